import Foundation
import SitmapTestSupport
import Testing

/// `sitmap control` run as a user runs it.
@Suite struct ControlCommandTests {
    /// Aleppo and Khanasir held by the government, Idlib by HTS: three settlements more than 30 km
    /// apart, so each holds the whole 15 km 128-gon around it.
    static let threeTowns = "place_id\tname\tside\tstatus\tsource\n170063\tAleppo\tgovernment\theld\ttest\n"
        + "168351\tKhanasir\tgovernment\theld\ttest\n169389\tIdlib\thts\theld\ttest\n"

    /// A folder with a baseline file, and an empty reports folder.
    static func folder(baseline: String, named name: String = "baseline-2024-11-26.tsv") throws -> (baseline: URL, reports: URL) {
        let folder = try Repository.temporaryFolder()
        let reports = folder.appendingPathComponent("reports")
        try FileManager.default.createDirectory(at: reports, withIntermediateDirectories: true)
        let file = folder.appendingPathComponent(name)
        try baseline.write(to: file, atomically: true, encoding: .utf8)
        return (file, reports)
    }

    @Test func tableGivesEachSidesSettlementsAndArea() throws {
        let (baseline, reports) = try Self.folder(baseline: Self.threeTowns)
        let result = try Command.sitmap(["control", reports.path, "--on", "2024-11-26", "--baseline", baseline.path])
        #expect(result.status == 0, "\(result.standardError)")
        // 64 · 15² · sin(π/64) = 706.575 km² a settlement
        #expect(result.standardOutput == """
            Control on 2024-11-26 (baseline 2024-11-26, 3 settlements)
            side        name                          settlements     km²
            government  Syrian government and allies            2  1413.1
            hts         HTS-led opposition                      1   706.6

            Front lines: none

            """)
    }

    @Test func geoJSONHasATerritoryFeaturePerSide() throws {
        let (baseline, reports) = try Self.folder(baseline: Self.threeTowns)
        let result = try Command.sitmap(["control", reports.path, "--on", "2024-12-01", "--baseline", baseline.path, "--format", "geojson"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        #expect(properties.compactMap { $0["side"] as? String } == ["government", "hts"])
        #expect(properties.compactMap { $0["area_km2"] as? Double } == [1413.1, 706.6])
    }

    @Test func bundledBaselineDayEqualsTheBaseline() throws {
        let seeds = try #require(Repository.seeds)
        let result = try Command.sitmap(["control", seeds.path, "--on", "2024-11-26"])
        #expect(result.status == 0, "\(result.standardError)")
        let baseline = try String(contentsOf: Repository.geodata.appendingPathComponent("baseline-2024-11-26.tsv"), encoding: .utf8)
        let rows = baseline.split(separator: "\n").dropFirst().filter { !$0.hasPrefix("#") }
        let counts = Dictionary(grouping: rows) { $0.split(separator: "\t", omittingEmptySubsequences: false)[2] }.mapValues(\.count)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines[0] == "Control on 2024-11-26 (baseline 2024-11-26, \(rows.count) settlements)")
        for (side, count) in counts {
            #expect(lines.contains { $0.hasPrefix("\(side) ") && $0.split(separator: " ").dropLast().last.map(String.init) == String(count) },
                    "\(side) should hold \(count)")
        }
        #expect(!result.standardOutput.contains("contested"))
    }

    @Test func aBadBaselineNamesItsFileAndLine() throws {
        let (baseline, reports) = try Self.folder(baseline: Self.threeTowns + "1\tNowhere\trussia\theld\ttest\n", named: "mine.tsv")
        let result = try Command.sitmap(["control", reports.path, "--on", "2024-11-26", "--baseline", baseline.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(baseline.path):5: unknown side 'russia'"))
    }

    @Test func aBadDayIsRefused() throws {
        let result = try Command.sitmap(["control", "--on", "1 December"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--on wants a date as YYYY-MM-DD, got '1 December'"))
    }
}
