import SitmapControl
import SitmapEvents
import SitmapReports

/// KML 2.2 documents valid against the OGC schema, for Google Earth and other KML viewers: one
/// `Document` with a style per side and per event type, `Folder`s for events and control, and
/// `Placemark`s with name, description, `ExtendedData` and a `TimeStamp` or `TimeSpan`.
public enum KMLExport {
    /// The control map of one day as a document.
    public static func control(_ layer: ControlLayer, sides: [Side]) -> String {
        var xml = XMLWriter()
        xml.kmlBegin(name: "sitmap control \(layer.day.iso)", description: "Territory per side, contested areas and front lines on \(layer.day.iso).", sides: sides)
        xml.controlFolder(layer, time: .span(layer.day))
        xml.kmlEnd()
        return xml.text
    }

    /// A day's situation: its events (each with a `TimeStamp`) and its control map (`TimeSpan` of the day).
    public static func situation(_ snapshot: Snapshot, sides: [Side]) -> String {
        var xml = XMLWriter()
        xml.kmlBegin(name: "sitmap \(snapshot.day.iso)", description: snapshot.headline, sides: sides)
        xml.daySituation(snapshot, time: { .stamp($0) }, open: true)
        xml.kmlEnd()
        return xml.text
    }

    /// Every day in one document, one folder a day, every feature with the `TimeSpan` of its day, so
    /// Google Earth's time slider plays the war day by day.
    public static func timeline(_ snapshots: [Snapshot], sides: [Side]) -> String {
        var xml = XMLWriter()
        let days = snapshots.map(\.day)
        let range = days.first.map { first in "\(first.iso) – \(days.last!.iso)" } ?? "no days"
        xml.kmlBegin(name: "sitmap timeline \(range)",
                     description: "Events and control day by day, \(range); use the time slider to play it.", sides: sides)
        for snapshot in snapshots {
            xml.folder(snapshot.day.iso, time: .span(snapshot.day)) { xml in
                xml.daySituation(snapshot, time: { .span($0) }, open: false)
            }
        }
        xml.kmlEnd()
        return xml.text
    }
}

extension Snapshot {
    /// "2024-12-01: 7 events (2 without coordinates), 3 sides, 2 front lines."
    var headline: String {
        let unmapped = events.count - mappedEvents.count
        var text = "\(day.iso): \(events.count) event\(events.count == 1 ? "" : "s")"
        if unmapped > 0 { text += " (\(unmapped) without coordinates)" }
        if let control {
            let sides = control.features.filter { $0.layer == .territory }.count
            let fronts = control.features.filter { $0.layer == .frontLine }.count
            text += ", \(sides) side\(sides == 1 ? "" : "s"), \(fronts) front line\(fronts == 1 ? "" : "s")"
        }
        return text + "."
    }
}

extension XMLWriter {
    /// The "Events" and "Control" folders of a day; events take `time(day)`, control the day's span.
    fileprivate mutating func daySituation(_ snapshot: Snapshot, time: (Day) -> KMLTime, open: Bool) {
        folder("Events", open: open) { xml in
            for event in snapshot.mappedEvents { xml.eventPlacemark(event, time: time(snapshot.day)) }
        }
        if let control = snapshot.control { controlFolder(control, time: .span(snapshot.day)) }
    }

    fileprivate mutating func controlFolder(_ layer: ControlLayer, time: KMLTime) {
        folder("Control") { xml in
            for feature in layer.features { xml.controlPlacemark(feature, day: layer.day, time: time) }
        }
    }
}
