import Foundation
import SitmapTestSupport
import Testing

/// End-to-end checks of the built `sitmap` binary.
@Suite struct CommandLineTests {
    @Test func helpListsEverySubcommand() throws {
        let result = try Command.sitmap(["--help"])
        #expect(result.status == 0)
        for name in ["run", "events", "near", "control", "diff", "places", "gazetteer"] {
            #expect(result.standardOutput.contains("  \(name)"), "help lacks \(name)")
        }
    }

    @Test func versionIsPrinted() throws {
        let result = try Command.sitmap(["--version"])
        #expect(result.status == 0)
        #expect(result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines) == "0.1.0")
    }

    @Test func binaryLinksGEOSAndPROJ() throws {
        let binary = Command.productsFolder.appendingPathComponent("sitmap")
        let ldd = try #require(try Command.tool("ldd", [binary.path]))
        #expect(ldd.standardOutput.contains("libgeos_c"))
        #expect(ldd.standardOutput.contains("libproj"))
    }
}
