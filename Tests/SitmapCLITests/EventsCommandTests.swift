import Foundation
import SitmapTestSupport
import Testing

/// `sitmap events` run as a user runs it.
@Suite struct EventsCommandTests {
    @Test func listsTheSampleEventsAsATable() throws {
        let result = try Command.sitmap(["events", "samples/reports"])
        #expect(result.status == 0)
        let lines = result.standardOutput.split(separator: "\n")
        #expect(lines.first?.hasPrefix("event_id") == true)
        #expect(lines.last == "24 events from 9 reports")
        #expect(result.standardError.isEmpty)
    }

    @Test func jsonOutputIsByteIdenticalAcrossRuns() throws {
        let first = try Command.sitmap(["events", "samples/reports", "--format", "json"])
        let second = try Command.sitmap(["events", "samples/reports", "--format", "json"])
        #expect(first.status == 0 && first.standardOutput == second.standardOutput)
        let records = try #require(try JSONSerialization.jsonObject(with: Data(first.standardOutput.utf8)) as? [[String: Any]])
        #expect(records.count == 24)
        #expect(records.contains { $0["location"] as? String == "Damascus" && $0["event_date"] as? String == "2024-12-01" })
    }

    @Test func filtersByDayAndWritesGeoJSON() throws {
        let result = try Command.sitmap(["events", "samples/reports", "--from", "2024-12-02", "--to", "2024-12-02", "--format", "geojson"])
        #expect(result.status == 0)
        let collection = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let features = try #require(collection["features"] as? [[String: Any]])
        #expect(features.count == 4)
    }

    @Test func badFilesAreNamedAndTheOthersStillRead() throws {
        let folder = try Repository.temporaryFolder()
        try Data("Russian jets struck Sarmada on Sunday, killing four people.\n".utf8).write(to: folder.appendingPathComponent("good.txt"))
        try Data([0x00, 0x01, 0x02]).write(to: folder.appendingPathComponent("blob.txt"))
        try Data().write(to: folder.appendingPathComponent("empty.txt"))
        let result = try Command.sitmap(["events", folder.path, "--published", "2024-12-01"])
        #expect(result.status == 0)
        #expect(result.standardError.contains("blob.txt:1: binary file"))
        #expect(result.standardError.contains("empty.txt: empty file"))
        #expect(result.standardOutput.contains("Sarmada"))
        #expect(result.standardOutput.hasSuffix("1 event from 1 report\n"))
    }

    @Test func aReportWithoutADateIsAnError() throws {
        let folder = try Repository.temporaryFolder()
        try Data("Jets struck Sarmada on Sunday.\n".utf8).write(to: folder.appendingPathComponent("undated.txt"))
        let result = try Command.sitmap(["events", folder.appendingPathComponent("undated.txt").path])
        #expect(result.status != 0)
        #expect(result.standardError.contains("undated.txt: no publication date"))
    }

    @Test func rejectsABadDate() throws {
        let result = try Command.sitmap(["events", "--from", "December"])
        #expect(result.status != 0)
        #expect(result.standardError.contains("--from wants a date as YYYY-MM-DD"))
    }
}
