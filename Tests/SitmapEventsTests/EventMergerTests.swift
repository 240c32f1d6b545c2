import SitmapEvents
import SitmapGeometry
import SitmapReports
import Testing

/// The merge rules on hand-made candidates.
@Suite struct EventMergerTests {
    private let idlib = Location(placeID: "169389", name: "Idlib", admin1: "Idlib Governorate",
                                 coordinate: Coordinate(latitude: 35.9306, longitude: 36.6339), geoPrecision: 1)

    private func strike(_ source: String, _ day: String, killed: Int?, revision: Bool = false, period: (String, String)? = nil,
                        published: String? = nil, aggregate: Bool = false) -> Event {
        var event = Event(id: source, date: Day(iso: day)!, timePrecision: period == nil ? 1 : 2, eventType: .explosionsRemoteViolence,
                          subEventType: .airDroneStrike, actor1: "Russian forces", location: idlib,
                          fatalities: Fatalities(best: killed, low: killed, high: killed, reportedBy: ["White Helmets"], isAggregate: aggregate),
                          sources: [source], notes: ["\(source) says so."])
        event.fatalities.isRevision = revision
        event.period = period.map { DateSpan(first: Day(iso: $0.0)!, last: Day(iso: $0.1)!, precision: 2) }
        event.lastReported = Day(iso: published ?? day)
        return event
    }

    @Test func theSameStrikeFromThreeReportsIsOneWithTheRangeOfFigures() throws {
        let merged = EventMerger.merge([strike("a", "2024-12-01", killed: 4), strike("b", "2024-12-01", killed: 7),
                                        strike("c", "2024-12-01", killed: nil, period: ("2024-11-26", "2024-12-02"), published: "2024-12-02")])
        let event = try #require(merged.first)
        #expect(merged.count == 1)
        #expect(event.sources == ["a", "b", "c"] && event.sourceCount == 3)
        #expect(event.fatalities.low == 4 && event.fatalities.best == 4 && event.fatalities.high == 7)
        #expect(event.date.iso == "2024-12-01" && event.timePrecision == 1 && event.period == nil)
        #expect(event.id.hasPrefix("SYR-20241201-"))
    }

    @Test func aRevisedTollWinsAndStrikesOnNextDaysStayApart() {
        let merged = EventMerger.merge([strike("a", "2024-12-01", killed: 8), strike("b", "2024-12-01", killed: 11, revision: true, published: "2024-12-02"),
                                        strike("c", "2024-12-02", killed: 6)])
        #expect(merged.map(\.date.iso) == ["2024-12-01", "2024-12-02"])
        #expect(merged[0].fatalities.best == 11 && merged[0].fatalities.low == 8)
    }

    @Test func aRunningTollNeverJoinsAStrike() {
        let merged = EventMerger.merge([strike("a", "2024-12-01", killed: 7),
                                        strike("b", "2024-12-01", killed: 56, period: ("2024-11-27", "2024-12-01"), aggregate: true)])
        #expect(merged.count == 2)
        #expect(merged.filter(\.fatalities.isAggregate).map(\.fatalities.best) == [56])
    }

    @Test func idsAreStableAndContentDerived() {
        let first = EventMerger.merge([strike("a", "2024-12-01", killed: 4), strike("b", "2024-12-01", killed: 7)])
        let again = EventMerger.merge([strike("b", "2024-12-01", killed: 7), strike("a", "2024-12-01", killed: 4)])
        #expect(first.map(\.id) == again.map(\.id))
        #expect(first[0].id != EventMerger.merge([strike("a", "2024-12-01", killed: 4)])[0].id)
    }
}
