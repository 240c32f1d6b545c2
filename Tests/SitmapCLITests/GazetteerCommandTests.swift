import Foundation
import SitmapTestSupport
import Testing

/// End-to-end checks of `sitmap gazetteer import`, each in its own temporary data folder.
@Suite struct GazetteerCommandTests {
    static let dump = [
        "8884431\tTall al-Testiyah\tTall al-Testiyah\tTell Testiye\t36.40000\t37.20000\tP\tPPL\tSY\t\t09\t\t\t\t1500\t\t420\tAsia/Damascus\t2024-01-01",
        "8884432\tbroken row",
        "8884433\tKhirbat Testun\tKhirbat Testun\t\t36.50000\t37.10000\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01",
        "8884434\tNowhere\tNowhere\t\tnorth\t37.1\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01",
    ].joined(separator: "\n") + "\n"

    func setUp(_ text: String = dump) throws -> (data: URL, file: URL) {
        let folder = try Repository.temporaryFolder()
        let file = folder.appendingPathComponent("SY.txt")
        try Data(text.utf8).write(to: file)
        return (folder.appendingPathComponent("data"), file)
    }

    @Test func importsGoodRowsAndReportsBadOnesByLine() throws {
        let (data, file) = try setUp()
        let result = try Command.sitmap(["gazetteer", "import", file.path, "--data", data.path])
        #expect(result.status == 0)
        let errors = result.standardError.split(separator: "\n").map(String.init)
        #expect(errors == ["\(file.path):2: expected 19 tab-separated columns, found 2",
                           "\(file.path):4: latitude “north” is not a number from -90 to 90"])
        #expect(result.standardOutput.contains("\(file.path): 2 places imported (2 new, 0 replaced), 2 malformed rows skipped"))
        #expect(FileManager.default.fileExists(atPath: data.appendingPathComponent("places.tsv").path))

        // later commands see the imported places
        let places = try Command.sitmap(["places", "Tell Testiye", "--format", "json", "--data", data.path])
        #expect(places.status == 0)
        let json = try JSONSerialization.jsonObject(with: Data(places.standardOutput.utf8)) as? [String: Any]
        let best = try #require(json?["best"] as? [String: Any])
        #expect(best["place_id"] as? String == "8884431")
        #expect(best["population"] as? Int == 1500)
        #expect(best["admin1"] as? String == "Aleppo Governorate")
    }

    @Test func aSecondImportKeepsTheFirst() throws {
        let (data, file) = try setUp()
        _ = try Command.sitmap(["gazetteer", "import", file.path, "--data", data.path])
        let (_, other) = try setUp([
            "8884433\tKhirbat Testun\tKhirbat Testun\tTestun\t36.50000\t37.10000\tP\tPPL\tSY\t\t09\t\t\t\t800\t\t\tAsia/Damascus\t2024-02-01",
            "8884435\tQaryat Testat\tQaryat Testat\t\t36.60000\t37.00000\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t\tAsia/Damascus\t2024-02-01",
        ].joined(separator: "\n"))
        let result = try Command.sitmap(["gazetteer", "import", other.path, "--data", data.path])
        #expect(result.status == 0)
        #expect(result.standardOutput.contains("2 places imported (1 new, 1 replaced), 0 malformed rows skipped"))
        #expect(result.standardOutput.contains("3 imported places in all"))
        let info = try Command.sitmap(["gazetteer", "info", "--data", data.path])
        #expect(info.standardOutput.contains("(3 places)"))
    }

    @Test func aFileOfOnlyBadRowsImportsNothingAndFails() throws {
        let (data, file) = try setUp("not a dump\nstill not\n")
        let result = try Command.sitmap(["gazetteer", "import", file.path, "--data", data.path])
        #expect(result.status == 1)
        #expect(result.standardError.contains("\(file.path):1: expected 19 tab-separated columns, found 1"))
        #expect(result.standardError.contains("nothing was imported"))
        #expect(!FileManager.default.fileExists(atPath: data.appendingPathComponent("places.tsv").path))
    }

    @Test func filtersKeepOnlyTheAskedCountry() throws {
        let (data, file) = try setUp()
        let result = try Command.sitmap(["gazetteer", "import", file.path, "--country", "LB", "--data", data.path])
        #expect(result.status == 1)
        #expect(result.standardOutput.contains("2 rows left out by --country/--feature-class"))
    }
}
