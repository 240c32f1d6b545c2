import Foundation
import SitmapGazetteer
import SitmapTestSupport
import Testing

/// A small GeoNames dump in the standard 19-column form, with malformed rows on lines 3 to 7.
let smallDump = [
    "8884421\tKhirbat al-Test\tKhirbat al-Test\tKhirbet et Test,Test Ruins\t36.10000\t37.30000\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t350\tAsia/Damascus\t2024-01-01",
    "168351\tKhanāşir\tKhanasir\tKhunasira\t35.78159\t37.49919\tP\tPPL\tSY\t\t09\t\t\t\t9000\t\t400\tAsia/Damascus\t2024-01-01",
    "8884422\tTooShort\t36.1\t37.3",
    "x8884423\tBad Id\tBad Id\t\t36.1\t37.3\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01",
    "8884424\tNorth Pole Plus\tNorth Pole Plus\t\t91.5\t37.3\tP\tPPL\tSY\t\t09\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01",
    "8884425\tOdd Class\tOdd Class\t\t36.1\t37.3\tQ\tPPL\tSY\t\t09\t\t\t\t0\t\t\tAsia/Damascus\t2024-01-01",
    "8884426\tMany People\tMany People\t\t36.1\t37.3\tP\tPPL\tSY\t\t09\t\t\t\tlots\t\t\tAsia/Damascus\t2024-01-01",
    "8884427\tQarat Test\tQarat Test\t\t34.1\t36.7\tP\tPPL\tLB\t\t05\t\t\t\t1200\t\t\tAsia/Beirut\t2024-01-01",
].joined(separator: "\n") + "\n"

@Suite struct ImportTests {
    func writeDump(_ text: String = smallDump) throws -> URL {
        let url = try Repository.temporaryFolder().appendingPathComponent("SY.txt")
        try Data(text.utf8).write(to: url)
        return url
    }

    @Test func readsGoodRowsAndReportsMalformedOnesByLine() throws {
        let url = try writeDump()
        let reading = try GeoNamesDump.read(url)
        #expect(reading.places.map(\.id) == ["8884421", "168351", "8884427"])
        #expect(reading.issues.map(\.line) == [3, 4, 5, 6, 7])
        #expect(reading.issues[0].description == "\(url.path):3: expected 19 tab-separated columns, found 4")
        #expect(reading.issues[1].reason.contains("geonameid"))
        #expect(reading.issues[2].reason.contains("latitude"))
        #expect(reading.issues[3].reason.contains("feature class"))
        #expect(reading.issues[4].reason.contains("population"))
        let test = reading.places[0]
        #expect(test.alternateNames == ["Khirbet et Test", "Test Ruins"])
        #expect(test.admin1Code == "09" && test.featureCode == "PPL" && test.coordinate.latitude == 36.1)
    }

    @Test func filtersByCountryAndFeatureClass() throws {
        let reading = try GeoNamesDump.read(try writeDump(), filter: GeoNamesDump.Filter(countryCodes: ["LB"]))
        #expect(reading.places.map(\.id) == ["8884427"])
        #expect(reading.filteredOut == 2)
        let none = try GeoNamesDump.read(try writeDump(), filter: GeoNamesDump.Filter(featureClasses: ["S"]))
        #expect(none.places.isEmpty && none.filteredOut == 3)
    }

    @Test func aDumpWithoutFinalNewlineOrWithCRLFReadsTheSame() throws {
        let crlf = smallDump.replacingOccurrences(of: "\n", with: "\r\n").dropLast(2)
        let reading = try GeoNamesDump.read(try writeDump(String(crlf)))
        #expect(reading.places.map(\.id) == ["8884421", "168351", "8884427"])
        #expect(reading.issues.count == 5)
    }

    @Test func theStoreKeepsWhatWasLoadedAndMergesOverTheBundledPlaces() throws {
        let store = PlaceStore(folder: try Repository.temporaryFolder().appendingPathComponent("data"))
        let reading = try GeoNamesDump.read(try writeDump())
        let first = try store.add(reading.places, source: "GeoNames dump SY.txt")
        #expect(first.added == 3 && first.replaced == 0)
        let again = try store.add(Array(reading.places.prefix(1)), source: "GeoNames dump SY.txt")
        #expect(again.added == 0 && again.replaced == 1)
        #expect(try store.importedRows().map(\.place.id) == ["8884421", "168351", "8884427"])
        #expect(try store.importedRows().allSatisfy { $0.source == "GeoNames dump SY.txt" })
        // no temporary file is left beside the table
        #expect(try FileManager.default.contentsOfDirectory(atPath: store.folder.path) == ["places.tsv"])

        let gazetteer = try Gazetteer.bundled(dataFolder: store.folder)
        let bundledCount = bundledGazetteer.places.count
        #expect(gazetteer.places.count == bundledCount + 2)
        // the imported Khanāşir replaces the bundled row and keeps its news spellings
        let khanasir = try #require(gazetteer.place(id: "168351"))
        #expect(khanasir.population == 9000)
        #expect(khanasir.alternateNames.contains("Khunasira") && khanasir.alternateNames.contains("Khansir"))
        #expect(gazetteer.resolve("Khansir").best?.place.id == "168351")
        #expect(gazetteer.resolve("Khirbet et Test").best?.place.id == "8884421")
        #expect(gazetteer.mentions(in: "Fighting near Khirbat al-Test.").map(\.text) == ["Khirbat al-Test"])
    }

    @Test func aTableIsReadBackAsItWasWritten() throws {
        let folder = try Repository.temporaryFolder()
        let store = PlaceStore(folder: folder)
        let original = try GeoNamesDump.read(try writeDump()).places
        try store.add(original, source: "test")
        let loaded = try Gazetteer(contentsOf: [store.file]).places
        #expect(loaded == original)
    }
}
