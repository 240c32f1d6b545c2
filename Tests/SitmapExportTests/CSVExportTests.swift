import Foundation
import SitmapExport
import SitmapTestSupport
import Testing

@Suite struct CSVExportTests {
    @Test func headerIsTheACLEDColumnsAndEveryEventIsARowEvenWithoutCoordinates() throws {
        let csv = CSVExport.events(Fixtures.events)
        let lines = csv.components(separatedBy: "\r\n")
        #expect(lines[0] == "event_id,event_date,time_precision,event_type,sub_event_type,actor1,actor2,location,admin1,place_id,latitude,longitude,geo_precision,fatalities,fatalities_low,fatalities_high,sources,source_count,notes")
        #expect(lines[2] == "SYR-20241201-najjar,2024-12-01,1,Battles,Non-state actor overtakes territory,HTS-led rebels,,Sheikh Najjar industrial city,Aleppo Governorate,p-Sheikh Najjar industrial city,36.2728,37.2564,1,,,,06,1,A sentence.")
        #expect(lines.last == "", "the last record ends with CRLF")
        #expect(csv.contains("SYR-20241129-nowhere,2024-11-29,1,Displacement,Civilians displaced,Civilians,,northwestern Syria,,,,,1,,,,06,1,\"More than 14,000 people, nearly half of them children, were displaced.\"\r\n"))
    }

    @Test func fieldsWithCommasQuotesOrLineBreaksAreQuotedWithQuotesDoubled() throws {
        let csv = CSVExport.events([Fixtures.events[0], Fixtures.events[3]])
        #expect(csv.contains(",06-idleb;08-toll,2,\"Russian and Syrian jets struck the city of Idleb on Sunday, killing at least eight people. The toll rose to 11, \"\"including five children\"\", rescuers said.\"\r\n"))
        #expect(csv.contains("\"Strikes near a university roundabout, Aleppo; <12> & 'more' killed.\nLine two\u{1}.\"\r\n"))
    }

    @Test func pythonsCSVReaderReadsItBack() throws {
        let folder = try Repository.temporaryFolder()
        defer { try? FileManager.default.removeItem(at: folder) }
        let url = try Validators.file("events.csv", CSVExport.events(Fixtures.events), in: folder)
        let result = try Validators.validate([url])
        #expect(result.status == 0, "\(result.standardOutput)\(result.standardError)")
        let script = "import csv,sys; rows=list(csv.DictReader(open(sys.argv[1], newline=''))); print(len(rows), rows[3]['notes'].count(chr(10)), rows[0]['fatalities_high'])"
        let read = try #require(try Command.tool("python3", ["-c", script, url.path]))
        #expect(read.standardOutput == "5 1 11\n")
    }
}
