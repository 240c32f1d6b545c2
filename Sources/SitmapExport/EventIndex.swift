import SitmapEvents
import SitmapGeometry
import SitmapReports

/// Events by where they happened: "which events happened within 20 km of Aleppo", answered from a GEOS
/// STRtree (``PointIndex``) with exact geodesic distances on WGS84.
///
/// sitmap places events on gazetteer places, so many events share a position: the tree holds each
/// position once and a query expands the positions found to their events. Events without coordinates
/// are not indexed. Owns a ``GeometryContext``: use one index per thread or task.
public final class EventIndex {
    /// The indexed events (those with coordinates), in the order given.
    public let events: [Event]
    private let context = GeometryContext()
    private let points: PointIndex
    /// The events at each indexed position (positions in order of first appearance, events in order).
    private let eventsAt: [[Int]]

    /// Indexes the events that have coordinates.
    public init(events: [Event]) throws {
        self.events = events.filter { $0.location.coordinate != nil }
        var positions: [Coordinate] = [], eventsAt: [[Int]] = [], slot: [Coordinate: Int] = [:]
        for (i, event) in self.events.enumerated() {
            let c = event.location.coordinate!
            if let known = slot[c] {
                eventsAt[known].append(i)
            } else {
                slot[c] = positions.count
                positions.append(c)
                eventsAt.append([i])
            }
        }
        self.eventsAt = eventsAt
        points = try PointIndex(points: positions, in: context)
    }

    /// An event found near a place, with its geodesic distance.
    public struct Match: Sendable {
        public let event: Event
        public let kilometres: Double
    }

    /// The events within `kilometres` (geodesic) of `centre` dated within `days` (every day when nil),
    /// nearest first; events at the same distance keep the index order.
    public func events(within kilometres: Double, of centre: Coordinate, on days: ClosedRange<Day>? = nil) -> [Match] {
        points.neighbours(within: kilometres, of: centre).flatMap { hit in
            eventsAt[hit.index].compactMap { i -> Match? in
                if let days, !days.contains(events[i].date) { return nil }
                return Match(event: events[i], kilometres: hit.metres / 1000)
            }
        }
    }

    /// Positions in ``events`` of the events within `kilometres` of `centre`, in no particular order:
    /// the same set as ``events(within:of:on:)`` without computing every distance (most are decided by
    /// a bound, only those near the circle by the geodesic).
    public func indices(within kilometres: Double, of centre: Coordinate) -> [Int] {
        let found = points.indices(within: kilometres, of: centre)
        if eventsAt.count == events.count { return found.map { eventsAt[$0][0] } }
        return found.flatMap { eventsAt[$0] }
    }
}
