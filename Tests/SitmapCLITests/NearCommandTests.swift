import Foundation
import SitmapTestSupport
import Testing

/// `sitmap near` end to end: which events happened within N km of a place.
@Suite struct NearCommandTests {
    @Test(.enabled(if: Repository.seeds != nil, "needs ../shared/corpus/seeds"))
    func nearAleppoListsSheikhNajjarAndAleppoButNotIdlibOrKhanasir() throws {
        let seeds = try #require(Repository.seeds)
        let result = try Command.sitmap(["near", "Aleppo", "--km", "20", seeds.path])
        #expect(result.status == 0, "\(result.standardError)")
        let lines = result.standardOutput.split(separator: "\n").map(String.init)
        #expect(lines.first?.hasPrefix("Events within 20 km of Aleppo") == true)
        let rows = lines.dropFirst(2)
        #expect(rows.contains { $0.contains("Non-state actor overtakes territory") && $0.contains("Sheikh Najjar") })
        #expect(rows.contains { $0.contains("  Aleppo  ") })
        #expect(!rows.contains { $0.contains("Idlib") || $0.contains("Khanasir") })
        let distances = rows.compactMap { Double($0.split(separator: " ").first ?? "") }
        #expect(distances.count == rows.count)
        #expect(distances == distances.sorted())
        #expect(distances.allSatisfy { $0 <= 20 })
    }

    @Test(.enabled(if: Repository.seeds != nil, "needs ../shared/corpus/seeds"))
    func geodesicDistancesFromACoordinateAsGeoJSON() throws {
        let seeds = try #require(Repository.seeds)
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let result = try Command.sitmap(["near", "36.2021,37.1343", "--km", "60", "--on", "2024-12-01", seeds.path, "--format", "geojson"])
        #expect(result.status == 0, "\(result.standardError)")
        let url = folder.appendingPathComponent("near.geojson")
        try Data(result.standardOutput.utf8).write(to: url)
        let validation = try Command.run(Repository.root.appendingPathComponent("scripts/validate-output"), [url.path], in: Repository.root)
        #expect(validation.status == 0, "\(validation.standardOutput)\(validation.standardError)")

        let document = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let properties = (document["features"] as? [[String: Any]] ?? []).compactMap { $0["properties"] as? [String: Any] }
        #expect(properties.allSatisfy { $0["event_date"] as? String == "2024-12-01" })
        let byPlace = Dictionary(properties.map { ($0["location"] as? String ?? "", $0["distance_km"] as? Double ?? -1) }, uniquingKeysWith: min)
        // pyproj Geod(ellps="WGS84").inv from 36.2021 N 37.1343 E: Sheikh Najjar 13.491 km, Idlib (35.93062, 36.63393) 54.216 km,
        // Khanasir 57.094 km
        #expect(byPlace["Sheikh Najjar Industrial City"] == 13.491)
        #expect(byPlace["Idlib"] == 54.216)
        #expect(byPlace["Khanasir"] == 57.094)
        #expect(properties.map { $0["distance_km"] as? Double ?? -1 } == properties.map { $0["distance_km"] as? Double ?? -1 }.sorted())
    }

    @Test func datesNarrowTheAnswerOnTheBundledSamples() throws {
        let all = try Command.sitmap(["near", "Aleppo", "--km", "20", "--format", "json"])
        let window = try Command.sitmap(["near", "Aleppo", "--km", "20", "--from", "2024-11-30", "--to", "2024-12-01", "--format", "json"])
        #expect(all.status == 0 && window.status == 0, "\(all.standardError)\(window.standardError)")
        let dates = { (text: String) in
            ((try? JSONSerialization.jsonObject(with: Data(text.utf8))) as? [[String: Any]] ?? []).compactMap { $0["event_date"] as? String }
        }
        #expect(!dates(all.standardOutput).isEmpty)
        #expect(dates(window.standardOutput) == dates(all.standardOutput).filter { $0 >= "2024-11-30" && $0 <= "2024-12-01" })
    }

    @Test func unknownPlacesAndConflictingDatesAreRefused() throws {
        let unknown = try Command.sitmap(["near", "Xqzzvbn", "--km", "5"])
        #expect(unknown.status == 1)
        #expect(unknown.standardError.contains("no place named 'Xqzzvbn'"))
        let both = try Command.sitmap(["near", "Aleppo", "--on", "2024-12-01", "--from", "2024-11-01"])
        #expect(both.status == 64)
        let radius = try Command.sitmap(["near", "Aleppo", "--km", "-3"])
        #expect(radius.status == 64)
    }
}
