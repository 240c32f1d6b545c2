import Foundation
import SitmapControl
import SitmapTestSupport
import Testing

@Suite struct SideTests {
    @Test func readsSidesAndRejectsABadColourWithItsLine() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let good = folder.appendingPathComponent("sides.tsv")
        try "side\tname\tcolour\tdescription\ngovernment\tGovernment\t#d62728\tx\nhts\tHTS-led\t#2ca02c\ty\n".write(to: good, atomically: true, encoding: .utf8)
        #expect(try Side.load(from: good).map(\.id) == ["government", "hts"])
        let bad = folder.appendingPathComponent("bad.tsv")
        try "side\tname\tcolour\tdescription\ngovernment\tGovernment\tred\tx\n".write(to: bad, atomically: true, encoding: .utf8)
        #expect { try Side.load(from: bad) } throws: { ($0 as? SideFileError)?.line == 2 }
    }
}
