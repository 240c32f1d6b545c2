import Foundation
import SitmapTestSupport
import Testing

/// `sitmap diff` run as a user runs it.
@Suite struct DiffCommandTests {
    @Test func seedsShowTheOffensiveTakingKhanasirSheikhNajjarAndAleppo() throws {
        let seeds = try #require(Repository.seeds)
        let result = try Command.sitmap(["diff", seeds.path, "--from", "2024-11-26", "--to", "2024-12-02", "--format", "json"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let changes = try #require(json["changes"] as? [[String: Any]])
        for id in ["168351", "sitmap-sheikh-najjar", "170063"] {  // Khanasir, Sheikh Najjar, Aleppo
            let change = try #require(changes.first { $0["place_id"] as? String == id }, "\(id) did not change hands")
            #expect(change["from"] as? String == "government")
            #expect(change["to"] as? String == "hts")
            #expect(!((change["evidence"] as? [String]) ?? []).isEmpty)
        }
        let sides = try #require(json["sides"] as? [[String: Any]])
        let hts = try #require(sides.first { $0["side"] as? String == "hts" })
        #expect((hts["gained_km2"] as? Double ?? 0) > 0)
    }

    @Test func seedsDiffAsGeoJSONPassesTheValidators() throws {
        let seeds = try #require(Repository.seeds)
        let result = try Command.sitmap(["diff", seeds.path, "--from", "2024-11-26", "--to", "2024-12-02", "--format", "geojson"])
        #expect(result.status == 0, "\(result.standardError)")
        let json = try #require(try JSONSerialization.jsonObject(with: Data(result.standardOutput.utf8)) as? [String: Any])
        let features = try #require(json["features"] as? [[String: Any]])
        let properties = features.compactMap { $0["properties"] as? [String: Any] }
        let gained = try #require(properties.first { $0["layer"] as? String == "gained" && $0["side"] as? String == "hts" })
        #expect((gained["area_km2"] as? Double ?? 0) > 0)
        let changed = Set(properties.filter { $0["layer"] as? String == "change" }.compactMap { $0["place_id"] as? String })
        #expect(changed.isSuperset(of: ["168351", "sitmap-sheikh-najjar", "170063"]))
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("diff.geojson")
        try Data(result.standardOutput.utf8).write(to: file)
        let check = try Command.run(Repository.root.appendingPathComponent("scripts/validate-output"), [file.path], in: Repository.root)
        #expect(check.status == 0, "\(check.standardOutput)\(check.standardError)")
    }

    @Test func aDayAgainstItselfIsEmpty() throws {
        let (baseline, reports) = try ControlCommandTests.folder(baseline: ControlCommandTests.threeTowns)
        let table = try Command.sitmap(["diff", reports.path, "--from", "2024-11-28", "--to", "2024-11-28", "--baseline", baseline.path])
        #expect(table.status == 0, "\(table.standardError)")
        #expect(table.standardOutput == "Changes from 2024-11-28 to 2024-11-28: none\n")
        let json = try Command.sitmap(["diff", reports.path, "--from", "2024-11-28", "--to", "2024-11-28", "--baseline", baseline.path,
                                       "--format", "json"])
        #expect(json.standardOutput == """
            {
              "changes" : [

              ],
              "from" : "2024-11-28",
              "sides" : [

              ],
              "to" : "2024-11-28"
            }

            """)
    }

    @Test func fromAfterToIsRefused() throws {
        let result = try Command.sitmap(["diff", "--from", "2024-12-02", "--to", "2024-11-26"])
        #expect(result.status == 64)
        #expect(result.standardError.contains("--from 2024-12-02 is after --to 2024-11-26"))
    }
}
