import SitmapEvents

/// Events as a plain JSON array of records (no geometry), one record a line, fields named as in GeoJSON
/// and CSV: for scripts that want answers, not maps.
public enum JSONExport {
    /// The records of `events` in the order given, each led by its `distance_km` (3 decimals) when
    /// `distancesKilometres` (parallel to `events`) is given. Events without coordinates are kept.
    public static func events(_ events: [Event], distancesKilometres: [Double]? = nil) -> String {
        precondition(distancesKilometres == nil || distancesKilometres?.count == events.count, "one distance per event")
        var buffer = TextBuffer(capacity: 16 + events.count * 600)
        buffer.byte(UInt8(ascii: "["))
        for (i, event) in events.enumerated() {
            buffer.raw(i == 0 ? "\n{" : ",\n{")
            buffer.eventProperties(event, distanceKilometres: distancesKilometres?[i])
            buffer.byte(UInt8(ascii: "}"))
        }
        buffer.raw(events.isEmpty ? "]\n" : "\n]\n")
        return buffer.text
    }
}
