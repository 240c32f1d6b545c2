import SitmapEvents

extension Event {
    /// One readable paragraph for map pop-ups: what, who, where, when, the toll, the sources and the
    /// evidence. "Air/drone strike (Explosions/Remote violence) by Syrian government forces in Idlib,
    /// Idlib Governorate, on 2024-12-01. Fatalities: 11 (8–11). Sources: 06, 08. …"
    public var summary: String {
        var text = "\(subEventType.rawValue) (\(eventType.rawValue)) by \(actor1)"
        if let actor2 { text += " against \(actor2)" }
        text += " in \(location.name)"
        if !location.admin1.isEmpty, location.admin1 != location.name { text += ", \(location.admin1)" }
        text += " on \(date.iso)."
        if let best = fatalities.best {
            text += " Fatalities: \(best)"
            if let low = fatalities.low, let high = fatalities.high, low != high { text += " (\(low)–\(high))" }
            text += "."
        }
        if let displaced { text += " Displaced: \(displaced)." }
        text += " Sources: \(sources.joined(separator: ", "))."
        if !notes.isEmpty { text += " Evidence: " + notes.joined(separator: " ") }
        return text
    }
}
