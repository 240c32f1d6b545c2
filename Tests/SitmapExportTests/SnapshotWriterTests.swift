import Foundation
import SitmapExport
import SitmapReports
import SitmapTestSupport
import Testing

@Suite struct SnapshotWriterTests {
    private func snapshots() -> [Snapshot] {
        let byDay = Dictionary(grouping: Fixtures.events, by: \.date)
        return Snapshot.days(of: Fixtures.events).map { day in
            Snapshot(day: day, events: byDay[day] ?? [], control: Fixtures.control(on: day.iso))
        }
    }

    private func contents(of folder: URL) throws -> [String: Data] {
        let fm = FileManager.default
        var files: [String: Data] = [:]
        for case let path as String in fm.enumerator(atPath: folder.path)! {
            var isFolder: ObjCBool = false
            let url = folder.appendingPathComponent(path)
            if fm.fileExists(atPath: url.path, isDirectory: &isFolder), !isFolder.boolValue { files[path] = try Data(contentsOf: url) }
        }
        return files
    }

    @Test func daysRunFromTheFirstToTheLastEventIncludingQuietDays() {
        let quiet = Fixtures.event("later", "2024-12-04", .armedClash, place: "Hama", at: nil)
        #expect(Snapshot.days(of: Fixtures.events + [quiet]).map(\.iso) == ["2024-11-29", "2024-11-30", "2024-12-01", "2024-12-02", "2024-12-03", "2024-12-04"])
        #expect(Snapshot.days(of: []).isEmpty)
    }

    @Test func writesTheLayoutTheIndexAndValidFiles() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = SnapshotWriter(folder: folder, sides: Fixtures.sides)
        let index = try writer.write(events: Fixtures.events, snapshots: snapshots())

        let names = try contents(of: folder).keys.sorted()
        #expect(names == ["2024-11-29/control.geojson", "2024-11-29/events.geojson", "2024-11-29/situation.kml",
                          "2024-11-30/control.geojson", "2024-11-30/events.geojson", "2024-11-30/situation.kml",
                          "2024-12-01/control.geojson", "2024-12-01/events.geojson", "2024-12-01/situation.kml",
                          "events.csv", "index.json", "timeline.kml"])
        #expect(index.days.map(\.events) == [1, 1, 3])
        #expect(index.eventsWithoutCoordinates == 1)
        #expect(index.days[2].summaryLine == "2024-12-01  3 events  hts 1590.5 km² (42)  government 900 km² (7)  contested 12.3 km²  1 front line 44.5 km")
        #expect(index.days[0].summaryLine.hasPrefix("2024-11-29  1 event (1 unmapped)  hts"))

        let json = try #require(try JSONSerialization.jsonObject(with: Data(contentsOf: folder.appendingPathComponent("index.json"))) as? [String: Any])
        #expect(json["first_day"] as? String == "2024-11-29")
        #expect(json["last_day"] as? String == "2024-12-01")
        #expect(json["events"] as? Int == 5)
        #expect(json["events_without_coordinates"] as? Int == 1)
        let days = try #require(json["days"] as? [[String: Any]])
        #expect(days.map { $0["date"] as? String } == ["2024-11-29", "2024-11-30", "2024-12-01"])
        #expect(days[2]["files"] as? [String] == ["2024-12-01/events.geojson", "2024-12-01/control.geojson", "2024-12-01/situation.kml"])
        #expect((days[2]["territory"] as? [[String: Any]])?.first?["area_km2"] as? Double == 1590.5)

        let result = try Validators.validate([folder])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        #expect(result.standardOutput.contains("12 files valid"))
    }

    @Test func writingTwiceGivesTheSameBytesAndClearsDaysOfEarlierRuns() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let writer = SnapshotWriter(folder: folder, sides: Fixtures.sides)
        // an earlier run that reached 2 December, and a file of the user's own
        let stale = Snapshot(day: Fixtures.day("2024-12-02"), events: [], control: nil)
        try writer.write(stale)
        try AtomicFile.write("mine", to: folder.appendingPathComponent("2024-12-02/notes.txt"))
        try writer.write(Snapshot(day: Fixtures.day("2024-12-03"), events: [], control: nil))

        try writer.write(events: Fixtures.events.reversed(), snapshots: snapshots())
        let first = try contents(of: folder)
        try writer.write(events: Fixtures.events, snapshots: snapshots())
        #expect(try contents(of: folder) == first)
        #expect(first["2024-12-02/notes.txt"] != nil)
        #expect(first.keys.filter { $0.hasPrefix("2024-12-02/") || $0.hasPrefix("2024-12-03") } == ["2024-12-02/notes.txt"])
        #expect(!FileManager.default.fileExists(atPath: folder.appendingPathComponent("2024-12-03").path))
    }
}
