import SitmapReports
import Testing

@Suite struct DateResolverTests {
    /// The resolved spans of `text` published on `published`, as "first..last/precision/kind".
    private func spans(_ text: String, published: String) -> [String] {
        DateResolver.mentions(in: Tokenizer.tokens(in: text), published: Day(iso: published)!).map {
            let range = $0.span.first == $0.span.last ? $0.span.first.iso : "\($0.span.first.iso)..\($0.span.last.iso)"
            return "\(range)/\($0.span.precision)/\($0.kind.rawValue)"
        }
    }

    @Test func weekdaysAreTheLatestSuchDayOnOrBeforePublication() {
        // 2024-12-01 is a Sunday
        #expect(spans("jets struck on Sunday", published: "2024-12-01") == ["2024-12-01/1/recent"])
        #expect(spans("Saturday's strikes", published: "2024-12-01") == ["2024-11-30/1/recent"])
        #expect(spans("advanced on Friday night", published: "2024-12-01") == ["2024-11-29/1/recent"])
        #expect(spans("late on Wednesday", published: "2024-11-28") == ["2024-11-27/1/recent"])
        #expect(spans("on Monday", published: "2024-12-02") == ["2024-12-02/1/recent"])
        #expect(spans("last Monday", published: "2024-12-02") == ["2024-11-25/1/recent"])
    }

    @Test func weeksAndRunningPeriods() {
        #expect(spans("fell earlier this week", published: "2024-11-30") == ["2024-11-25..2024-11-29/2/recent"])
        #expect(spans("swept in last week", published: "2024-12-02") == ["2024-11-25..2024-12-01/2/recent"])
        #expect(spans("killed since November 27", published: "2024-12-02") == ["2024-11-27..2024-12-02/2/since"])
        #expect(spans("since the offensive began on Wednesday", published: "2024-11-29") == ["2024-11-27..2024-11-29/2/since"])
        #expect(spans("since late November", published: "2024-12-02") == ["2024-11-21..2024-12-02/2/since"])
        #expect(spans("in recent days", published: "2024-11-30") == ["2024-11-24..2024-11-30/2/recent"])
    }

    @Test func explicitDatesNeverFallAfterPublication() {
        #expect(spans("released on November 29", published: "2024-11-30") == ["2024-11-29/1/recent"])
        #expect(spans("on December 1, 2024", published: "2024-12-02") == ["2024-12-01/1/recent"])
        #expect(spans("on 30 November", published: "2024-12-01") == ["2024-11-30/1/recent"])
        // a December date in a November report is last year's
        #expect(spans("on December 5", published: "2024-11-30") == ["2023-12-05/1/history"])
    }

    @Test func historyIsNotAnEventDate() {
        #expect(spans("reclaimed by government forces in 2016", published: "2024-12-01") == ["2016-01-01..2016-12-31/3/history"])
        #expect(spans("a civil war that began in 2011", published: "2024-12-01").map { $0.hasSuffix("history") } == [true])
        #expect(spans("retake the city eight years ago", published: "2024-12-02") == ["2023-01-01..2023-12-31/3/history"])
        #expect(spans("in recent years", published: "2024-12-02").count == 1)
        #expect(spans("the M4 and M5 highways, 14,000 people", published: "2024-12-02").isEmpty)
    }
}
