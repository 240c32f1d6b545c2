import Foundation
@testable import SitmapReports
import Testing

@Suite struct FlatJSONObjectTests {
    /// Lines the reader must give up on, for `JSONSerialization` to judge.
    static let givenUp = [
        #"{"id": 5, "text": "a"}"#, #"{"text": "a", "ok": true}"#, #"{"text": "a", "n": null}"#,
        #"{"text": "a", "meta": {"b": "c"}}"#, #"{"text": "a", "tags": ["b"]}"#, #"{"text": "a", "text": "b"}"#,
        #"{"text": "\ud83d"}"#, #"{"text": "\ude00"}"#, #"{"text": "\ud83d\u0041"}"#, #"{"text": "\x"}"#, #"{"text": "\u12"}"#,
        "{\"text\": \"raw\ttab\"}", #"{"text": "a"} x"#, #"{"text": "a""#, #"{"text": "a",}"#, #"["text"]"#, "", "not json",
    ]

    /// Lines the reader reads itself.
    static let read = [
        #"{}"#, #" { "text" : "a" } "#, "{\"text\": \"a\"}\r", #"{"t\u0065xt": "a", "x": ""}"#,
        #"{"text": "q\"b\\s\/n\nt\tu\u00e9\ud83d\ude00 \u0041\b\f\r\u0000é"}"#,
    ]

    @Test func decodesEveryEscapeExactly() throws {
        let line = #"{"id": "a1", "text": "q\"b\\s\/n\nt\tu\u00e9\ud83d\ude00 \u0041\b\f\r\u0000é中"}"#
        let fields = try #require(FlatJSONObject.strings(in: line[...]))
        #expect(fields == ["id": "a1", "text": "q\"b\\s/n\nt\tué😀 A\u{08}\u{0C}\r\u{0000}é中"])
        #expect(FlatJSONObject.strings(in: #"{"t\u0065xt": "a"}"#[...]) == ["text": "a"])
    }

    @Test func givesUpOnAnythingButAFlatObjectOfStrings() {
        for line in Self.givenUp { #expect(FlatJSONObject.strings(in: line[...]) == nil, "\(line)") }
    }

    @Test func readsAsJSONSerializationDoes() throws {
        for line in Self.read {
            let fields = try #require(FlatJSONObject.strings(in: line[...]), "\(line)")
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            #expect(fields == object, "\(line)")
        }
    }

    @Test func aFeedWithOtherValuesAndBadLinesReadsAsBefore() {
        let text = """
            {"id": 7, "published": "2024-12-01", "title": "T", "text": "Jets struck.", "meta": {"tags": ["a"]}, "n": 1.5}
            {"id": "x", "published": "2024-12-01", "text": "Shelling \\u201Cheavy\\u201D \\ud83d\\ude00.", "url": "https:\\/\\/e.org"}
            {"id": "y", "published": "2024-12-01", "text": "\\ud83d"}
            {"id": "z", "published": 20241201, "text": "No date."}
            {"id": "w", "published": "01/12/2024", "text": "Bad date."}
            {"id": "v", "published": "2024-12-01", "text": " \\n "}

            """
        let (reports, problems) = JSONLinesFeed.parse(text, name: "f.jsonl", stem: "f", fallbackDate: nil)
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
        let (reports, problems) = JSONLinesFeed.parse(text, name: "crlf.jsonl", stem: "crlf", fallbackDate: nil)
        #expect(reports.map(\.id) == ["a", "b"])
        #expect(reports.map(\.text) == ["One.", "Two."])
        #expect(reports.map(\.file) == ["crlf.jsonl:1", "crlf.jsonl:3"])
        #expect(problems.map(\.description) == ["crlf.jsonl:2: not a JSON object"])
    }
}
