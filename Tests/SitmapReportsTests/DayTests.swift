import SitmapReports
import Testing

@Suite struct DayTests {
    @Test func parsesAndPrintsISODates() throws {
        let day = try #require(Day(iso: "2024-12-01"))
        #expect(day.iso == "2024-12-01")
        #expect(day.components.year == 2024 && day.components.month == 12 && day.components.day == 1)
        #expect(Day(iso: "2024-02-30") == nil)
        #expect(Day(iso: "2024-2-3") == nil)
        #expect(Day(iso: "2024-02-29") != nil)
        #expect(Day(iso: "2023-02-29") == nil)
    }

    @Test func knowsTheWeekday() throws {
        // 2024-12-01 was a Sunday, 1970-01-01 a Thursday, 2000-02-29 a Tuesday
        #expect(try #require(Day(iso: "2024-12-01")).weekday == 7)
        #expect(Day(ordinal: 0).weekday == 4)
        #expect(try #require(Day(iso: "2000-02-29")).weekday == 2)
    }

    @Test func addsDaysAcrossMonthsAndYears() throws {
        let day = try #require(Day(iso: "2024-11-30"))
        #expect(day.adding(days: 1).iso == "2024-12-01")
        #expect(day.adding(days: 32).iso == "2025-01-01")
        #expect(day.adding(days: -366).iso == "2023-11-30")
        #expect(Day(ordinal: 0).iso == "1970-01-01")
    }
}
