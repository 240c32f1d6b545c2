import Foundation
import SitmapTestSupport
import Testing

/// `sitmap run`, the main job, end to end on the built binary; its files read back by ogrinfo, the
/// GeoJSON schema, xmllint with the OGC KML schema and Python's CSV reader (`scripts/validate-output`).
@Suite struct RunCommandTests {
    static let sampleDays = ["2024-11-27", "2024-11-28", "2024-11-29", "2024-11-30", "2024-12-01", "2024-12-02"]

    /// Every file under `folder`, by relative path.
    private func files(in folder: URL) throws -> [String: Data] {
        var files: [String: Data] = [:]
        for case let path as String in FileManager.default.enumerator(atPath: folder.path)! {
            let url = folder.appendingPathComponent(path)
            if (try url.resourceValues(forKeys: [.isRegularFileKey])).isRegularFile == true { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    private func json(_ url: URL) throws -> [String: Any] {
        try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: url)) as? [String: Any])
    }

    @Test func theBundledSamplesGiveValidDailySnapshotsTheSameBytesTwice() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let output = folder.appendingPathComponent("output")
        let run = try Command.sitmap(["run", "--out", output.path])
        #expect(run.status == 0, "\(run.standardError)")

        // one summary line a day, then the total
        let lines = run.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.count == Self.sampleDays.count + 1)
        #expect(zip(lines, Self.sampleDays).allSatisfy { line, day in line.hasPrefix(day + "  ") && line.contains(" event") })
        #expect(lines.last?.contains("6 days") == true)
        #expect(lines.last?.contains("from 9 reports") == true)

        let written = try files(in: output)
        let expected = Set(Self.sampleDays.flatMap { day in ["events.geojson", "control.geojson", "situation.kml"].map { "\(day)/\($0)" } }
                           + ["events.csv", "timeline.kml", "index.json"])
        #expect(Set(written.keys) == expected)

        let index = try json(output.appendingPathComponent("index.json"))
        #expect(index["first_day"] as? String == "2024-11-27")
        #expect(index["last_day"] as? String == "2024-12-02")
        let days = try #require(index["days"] as? [[String: Any]])
        #expect(days.map { $0["date"] as? String } == Self.sampleDays)
        // the index counts what the files hold
        let csvRows = String(decoding: try #require(written["events.csv"]), as: UTF8.self).components(separatedBy: "\r\n").count - 2
        #expect(index["events"] as? Int == csvRows)
        for day in days {
            let date = try #require(day["date"] as? String)
            let geojson = try json(output.appendingPathComponent("\(date)/events.geojson"))
            let mapped = (day["events"] as? Int ?? -1) - (day["events_without_coordinates"] as? Int ?? -1)
            #expect((geojson["features"] as? [Any])?.count == mapped, "\(date)")
            let control = try json(output.appendingPathComponent("\(date)/control.geojson"))
            let layers = (control["features"] as? [[String: Any]])?.compactMap { ($0["properties"] as? [String: Any])?["layer"] as? String }
            #expect(layers?.contains("territory") == true, "\(date)")
            #expect(layers?.contains("front_line") == true, "\(date)")
        }

        let validation = try Command.run(Repository.root.appendingPathComponent("scripts/validate-output"), [output.path], in: Repository.root)
        #expect(validation.status == 0, "\(validation.standardOutput)\(validation.standardError)")
        #expect(validation.standardOutput.contains("\(expected.count) files valid"))

        let again = try Command.sitmap(["run", "--out", output.path])
        #expect(again.status == 0)
        #expect(again.standardOutput == run.standardOutput)
        #expect(try files(in: output) == written, "a second run changed bytes")
    }

    @Test(.enabled(if: Repository.seeds != nil, "needs ../shared/corpus/seeds"))
    func theSeedsPutTheIdlibStrikeOnTheFirstOfDecemberAndTheTimelineCoversEveryDay() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let seeds = try #require(Repository.seeds)
        let run = try Command.sitmap(["run", seeds.path, "--out", folder.path])
        #expect(run.status == 0, "\(run.standardError)")

        let december = try json(folder.appendingPathComponent("2024-12-01/events.geojson"))
        let properties = (december["features"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
        let strike = properties.first { $0["location"] as? String == "Idlib" && $0["sub_event_type"] as? String == "Air/drone strike" }
        #expect(strike != nil, "no Idlib air strike on 2024-12-01")
        #expect((strike?["source_count"] as? Int ?? 0) >= 2)

        let index = try json(folder.appendingPathComponent("index.json"))
        let first = try #require(index["first_day"] as? String)
        #expect(first >= "2024-11-27" && first <= "2024-11-30")
        #expect(index["last_day"] as? String == "2024-12-02")
        let timeline = folder.appendingPathComponent("timeline.kml")
        let folders = try #require(try Command.tool("xmllint", ["--xpath", "//*[local-name()='Document']/*[local-name()='Folder']/*[local-name()='name']/text()", timeline.path]))
        let days = folders.standardOutput.split(separator: "\n").map(String.init)
        #expect(days.first == first)
        #expect(days.last == "2024-12-02")
        #expect(days.count == (index["days"] as? [Any])?.count)

        let validation = try Command.run(Repository.root.appendingPathComponent("scripts/validate-output"), [folder.path], in: Repository.root)
        #expect(validation.status == 0, "\(validation.standardOutput)\(validation.standardError)")
    }

    @Test func reportsWithoutEventsWriteNothing() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let report = folder.appendingPathComponent("quiet.txt")
        try "---\npublished: 2024-12-01\n---\nNothing happened today.\n\nThe weather was mild.\n".write(to: report, atomically: true, encoding: .utf8)
        let output = folder.appendingPathComponent("output")
        let run = try Command.sitmap(["run", report.path, "--out", output.path])
        #expect(run.status != 0)
        #expect(run.standardError.contains("no events found in 1 report"))
        #expect(!FileManager.default.fileExists(atPath: output.path))
    }
}
