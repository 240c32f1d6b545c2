import Foundation
import SitmapExport
import SitmapTestSupport
import Testing

@Suite struct AtomicFileTests {
    @Test func replacesTheFileWholeAndLeavesNoTemporaryFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("day/events.geojson")
        try AtomicFile.write("first", to: target)
        try AtomicFile.write("second", to: target)
        #expect(try String(contentsOf: target, encoding: .utf8) == "second")
        #expect(try FileManager.default.contentsOfDirectory(atPath: target.deletingLastPathComponent().path) == ["events.geojson"])
    }

    @Test func failedWriteKeepsTheOldFile() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let target = folder.appendingPathComponent("index.json")
        try AtomicFile.write("old", to: target)
        // a folder where the file should go makes the rename fail
        let blocked = folder.appendingPathComponent("blocked")
        try FileManager.default.createDirectory(at: blocked.appendingPathComponent("inside"), withIntermediateDirectories: true)
        #expect(throws: (any Error).self) { try AtomicFile.write("new", to: blocked) }
        #expect(try String(contentsOf: target, encoding: .utf8) == "old")
        #expect(try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted() == ["blocked", "index.json"])
    }
}
