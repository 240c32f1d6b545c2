import SitmapEvents
import SitmapReports

/// The situation on one day: the events of that day and the control map at its end.
public struct Snapshot: Hashable, Sendable {
    public let day: Day
    /// Events dated that day, sorted by id.
    public let events: [Event]
    /// Territory, contested areas and front lines; nil when no control map was computed.
    public let control: ControlLayer?

    public init(day: Day, events: [Event], control: ControlLayer?) {
        self.day = day
        self.events = events.sorted { $0.id < $1.id }
        self.control = control
    }

    /// Events placed on the map (with coordinates).
    public var mappedEvents: [Event] { events.filter { $0.location.coordinate != nil } }
}

extension Snapshot {
    /// Every day from the first to the last event's day, days without events included.
    public static func days(of events: [Event]) -> [Day] {
        guard let first = events.map(\.date).min(), let last = events.map(\.date).max() else { return [] }
        return (first.ordinal...last.ordinal).map(Day.init(ordinal:))
    }
}
