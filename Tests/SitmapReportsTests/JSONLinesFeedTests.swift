import Foundation
@testable import SitmapReports
import Testing

@Suite struct JSONLinesFeedTests {
    @Test func aFeedWithOtherValuesAndBadLinesReadsAsBefore() {
        let text = """
            {"id": 7, "published": "2024-12-01", "title": "T", "text": "Jets struck.", "meta": {"tags": ["a"]}, "n": 1.5}
            {"id": "x", "published": "2024-12-01", "text": "Shelling \\u201Cheavy\\u201D \\ud83d\\ude00.", "url": "https:\\/\\/e.org"}
            {"id": "y", "published": "2024-12-01", "text": "\\ud83d"}
            {"id": "z", "published": 20241201, "text": "No date."}
            {"id": "w", "published": "01/12/2024", "text": "Bad date."}
            {"id": "v", "published": "2024-12-01", "text": " \\n "}

            """
        let (reports, problems) = JSONLinesFeed.parse(Array(text.utf8), name: "f.jsonl", stem: "f", fallbackDate: nil)
        #expect(reports.map(\.id) == ["7", "x"])
        #expect(reports.map(\.title) == ["T", ""])
        #expect(reports[1].text == "Shelling “heavy” 😀.")
        #expect(reports[1].url == "https://e.org")
        #expect(reports.map(\.file) == ["f.jsonl:1", "f.jsonl:2"])
        #expect(problems.map(\.description) == [
            "f.jsonl:3: not a JSON object",
            "f.jsonl:4: \(ReportReader.missingDate)",
            "f.jsonl:5: published \"01/12/2024\" is not a YYYY-MM-DD date",
            "f.jsonl:6: no \"text\"",
        ])
    }

    @Test func aFeedWithCRLFLineEndsHasALineEachAndTheLinesNumbered() {
        let text = "{\"id\": \"a\", \"published\": \"2024-12-01\", \"text\": \"One.\"}\r\n"
            + "not json\r\n"
            + "{\"id\": \"b\", \"published\": \"2024-12-02\", \"text\": \"Two.\"}\r\n"
        let (reports, problems) = JSONLinesFeed.parse(Array(text.utf8), name: "crlf.jsonl", stem: "crlf", fallbackDate: nil)
        #expect(reports.map(\.id) == ["a", "b"])
        #expect(reports.map(\.text) == ["One.", "Two."])
        #expect(reports.map(\.file) == ["crlf.jsonl:1", "crlf.jsonl:3"])
        #expect(problems.map(\.description) == ["crlf.jsonl:2: not a JSON object"])
    }

    @Test func aLineThatIsNotUTF8IsAProblemOfItsOwn() {
        var feed = Array("{\"id\": \"a\", \"published\": \"2024-12-01\", \"text\": \"One.\"}\n".utf8)
        let second = feed.count
        feed += Array("{\"id\": \"b\", \"published\": \"2024-12-01\", \"text\": \"T".utf8) + [0xC3, 0x28] + Array("wo.\"}\n".utf8)
        let third = feed.count
        feed += Array("{\"id\": 3, \"published\": \"2024-12-01\", \"text\": \"".utf8) + [0xFF] + Array("\"}\n".utf8)
        feed += Array("{\"id\": \"d\", \"published\": \"2024-12-02\", \"text\": \"Fo\u{00FC}r.\"}".utf8)
        let (reports, problems) = JSONLinesFeed.parse(feed, name: "f.jsonl", stem: "f", fallbackDate: nil)
        #expect(reports.map(\.id) == ["a", "d"])
        #expect(reports.map(\.text) == ["One.", "Fo\u{00FC}r."])
        #expect(reports.map(\.file) == ["f.jsonl:1", "f.jsonl:4"])
        #expect(problems.map(\.description) == [
            "f.jsonl:2: invalid UTF-8 (byte 0xC3 at offset \(second + 49))",
            "f.jsonl:3: invalid UTF-8 (byte 0xFF at offset \(third + 46))",
        ])
    }

    @Test func aByteOrderMarkBeforeTheFirstLineIsLeftOut() {
        let feed: [UInt8] = [0xEF, 0xBB, 0xBF] + Array("{\"id\": \"a\", \"published\": \"2024-12-01\", \"text\": \"One.\"}\n\n".utf8)
        let (reports, problems) = JSONLinesFeed.parse(feed, name: "f.jsonl", stem: "f", fallbackDate: nil)
        #expect(reports.map(\.id) == ["a"])
        #expect(problems.isEmpty)
    }

    @Test func everyLineReadsAsJSONSerializationReadsIt() throws {
        // ASCII and not, escapes at the ends and in the middle, long and short values, unknown keys
        let texts = ["Plain ASCII text that runs past sixteen bytes.", "é", "Shelling “heavy” near Hama — 3 killed.",
                     "Line one.\nLine \"two\".\t\\", "\u{1F600} at the start", "x", "ends with é"]
        let lines = texts.enumerated().map { index, text in
            let object: [String: Any] = ["id": "r\(index)", "published": "2024-12-01", "text": text, "title": String(text.prefix(3)),
                                         "source": "Wire é", "url": "https://e.org/\(index)", "lang": "en"]
            return try! JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
        }
        var feed: [UInt8] = []
        for line in lines { feed += Array(line) + [0x0A] }
        let (reports, problems) = JSONLinesFeed.parse(feed, name: "f.jsonl", stem: "f", fallbackDate: nil)
        #expect(problems.isEmpty)
        #expect(reports.map(\.text) == texts)
        #expect(reports.map(\.title) == texts.map { String($0.prefix(3)) })
        #expect(reports.allSatisfy { $0.source == "Wire é" && $0.url == "https://e.org/\($0.id.dropFirst())" })
    }
}
