import Foundation
import SitmapEvents
@testable import SitmapExport
import SitmapReports
import SitmapTestSupport
import Testing

@Suite struct KMLExportTests {
    private let placemarks = "count(//*[local-name()='Placemark'])"

    @Test func coloursAreWrittenAlphaBlueGreenRed() {
        #expect(KMLStyle.kmlColour("#E8412C", alpha: 0xFF) == "ff2c41e8")
        #expect(KMLStyle.kmlColour("#1a6b32", alpha: 0x66) == "66326b1a")
        #expect(KMLStyle.kmlColour("red", alpha: 0x80) == "80000000")
        #expect(KMLStyle.kmlColour("#0072B2", alpha: 0x05) == "05b27200")
    }

    @Test func styleIdsAreXMLNames() {
        #expect(KMLStyle.id(eventType: .explosionsRemoteViolence) == "event-explosions-remote-violence")
        #expect(KMLStyle.id(side: "us_coalition") == "side-us_coalition")
        #expect(KMLStyle.xmlID("2nd corps/Ḥamā") == "x2nd-corps-am")
    }

    @Test func everyDocumentValidatesAgainstTheOGCSchema() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let day = Snapshot(day: Fixtures.day("2024-12-01"), events: Fixtures.events, control: Fixtures.control())
        let earlier = Snapshot(day: Fixtures.day("2024-11-30"), events: [], control: nil)
        let files = [
            try Validators.file("situation.kml", KMLExport.situation(day, sides: Fixtures.sides), in: folder),
            try Validators.file("control.kml", KMLExport.control(Fixtures.control(), sides: Fixtures.sides), in: folder),
            try Validators.file("timeline.kml", KMLExport.timeline([earlier, day], sides: Fixtures.sides), in: folder),
            try Validators.file("empty.kml", KMLExport.timeline([], sides: []), in: folder),
        ]
        let result = try Validators.validate(files)
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")

        // 4 mapped events + 4 control features (the degenerate one dropped)
        #expect(try Validators.xpath(placemarks, in: files[0]) == "8")
        #expect(try Validators.xpath("count(//*[local-name()='Style'])", in: files[0]) == "\(Fixtures.sides.count + 2 + EventType.allCases.count)")
        #expect(try Validators.xpath("string(//*[local-name()='Placemark'][1]/*[local-name()='TimeStamp'])", in: files[0]) == "2024-12-01")
        #expect(try Validators.xpath("count(//*[local-name()='innerBoundaryIs'])", in: files[1]) == "1")
        #expect(try Validators.xpath("count(//*[local-name()='MultiGeometry'])", in: files[1]) == "1")
    }

    @Test func timelineGivesEveryPlacemarkTheSpanOfItsDay() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let snapshots = [
            Snapshot(day: Fixtures.day("2024-11-30"), events: [Fixtures.events[3]], control: Fixtures.control(on: "2024-11-30")),
            Snapshot(day: Fixtures.day("2024-12-01"), events: Array(Fixtures.events.prefix(3)), control: Fixtures.control()),
        ]
        let url = try Validators.file("timeline.kml", KMLExport.timeline(snapshots, sides: Fixtures.sides), in: folder)
        #expect(try Validators.xpath(placemarks, in: url) == "\(1 + 4 + 3 + 4)")
        let spanned = "count(//*[local-name()='Placemark'][*[local-name()='TimeSpan']])"
        #expect(try Validators.xpath(spanned, in: url) == "12")
        let firstDay = "//*[local-name()='Folder'][1]/*[local-name()='TimeSpan']"
        #expect(try Validators.xpath("string(\(firstDay)/*[local-name()='begin'])", in: url) == "2024-11-30T00:00:00Z")
        #expect(try Validators.xpath("string(\(firstDay)/*[local-name()='end'])", in: url) == "2024-11-30T23:59:59Z")
    }

    @Test func textIsEscapedAndDataCarriesTheACLEDFields() throws {
        let day = Snapshot(day: Fixtures.day("2024-11-30"), events: [Fixtures.events[3]], control: Fixtures.control(on: "2024-11-30"))
        let kml = KMLExport.situation(day, sides: Fixtures.sides)
        #expect(kml.contains("<name>Air/drone strike: Aleppo</name>"))
        #expect(kml.contains("Aleppo; &lt;12&gt; &amp; &apos;more&apos; killed.\nLine two."))
        #expect(kml.contains("<name>Syrian government &amp; allies &lt;SAA&gt;</name>"))
        #expect(kml.contains("<Data name=\"sources\">\n"))
        #expect(kml.contains("<value>04;06</value>"))
        #expect(!kml.contains("<Data name=\"actor2\">"), "absent values have no Data")
        #expect(kml.contains("<styleUrl>#side-hts</styleUrl>"))
        #expect(kml.contains("<color>66326b1a</color>"))
    }
}
