import Foundation
@testable import SitmapReports
import Testing

@Suite struct FlatJSONObjectTests {
    /// Lines the reader must give up on, for `JSONSerialization` to judge.
    static let givenUp = [
        #"{"id": 5, "text": "a"}"#, #"{"text": "a", "ok": true}"#, #"{"text": "a", "n": null}"#,
        #"{"text": "a", "meta": {"b": "c"}}"#, #"{"text": "a", "tags": ["b"]}"#, #"{"text": "a", "text": "b"}"#,
        #"{"x": "a", "y": "b", "y": "c"}"#, #"{"text": "\ud83d"}"#, #"{"text": "\ude00"}"#, #"{"text": "\ud83d\u0041"}"#, #"{"text": "\x"}"#, #"{"text": "\u12"}"#,
        "{\"text\": \"raw\ttab\"}", #"{"text": "a"} x"#, #"{"text": "a""#, #"{"text": "a",}"#, #"["text"]"#, "", "not json",
    ]

    /// Lines the reader reads itself.
    static let read = [
        #"{}"#, #" { "text" : "a" } "#, "{\"text\": \"a\"}\r", #"{"t\u0065xt": "a", "x": ""}"#,
        #"{"text": "q\"b\\s\/n\nt\tu\u00e9\ud83d\ude00 \u0041\b\f\r\u0000é"}"#,
    ]

    /// The values that the reader finds on `line` for `keys`, by key, those it finds only.
    private func strings(_ line: some Sequence<UInt8>, keys: [String] = ["id", "text", "x"]) -> [String: String]? {
        guard let values = Array(line).withUnsafeBufferPointer({ FlatJSONObject.strings(of: keys, in: $0) }) else { return nil }
        return Dictionary(uniqueKeysWithValues: zip(keys, values).compactMap { key, value in value.map { (key, $0) } })
    }

    @Test func decodesEveryEscapeExactly() throws {
        let line = #"{"id": "a1", "text": "q\"b\\s\/n\nt\tu\u00e9\ud83d\ude00 \u0041\b\f\r\u0000é中"}"#
        let fields = try #require(strings(line.utf8))
        #expect(fields == ["id": "a1", "text": "q\"b\\s/n\nt\tué😀 A\u{08}\u{0C}\r\u{0000}é中"])
        #expect(strings(#"{"t\u0065xt": "a"}"#.utf8) == ["text": "a"])
    }

    @Test func readsOnlyTheKeysAskedFor() throws {
        let line = #"{"id": "a1", "meta": "m", "text": "t"}"#
        #expect(strings(line.utf8, keys: ["text", "title", "id"]) == ["text": "t", "id": "a1"])
        #expect(strings(line.utf8, keys: []) == [:])
    }

    @Test func givesUpOnAnythingButAFlatObjectOfStrings() {
        for line in Self.givenUp { #expect(strings(line.utf8) == nil, "\(line)") }
    }

    @Test func givesUpOnBytesThatAreNotUTF8WhereverTheyAre() {
        let valid = Array(#"{"id": "a", "other": "é", "text": "b"}"#.utf8)
        #expect(strings(valid) == ["id": "a", "text": "b"])
        // a lone continuation byte in a value asked for, in another value, in a key, and between tokens
        for offset in [8, 22, 14, 6] {
            var invalid = valid
            invalid.insert(0x80, at: offset)
            #expect(strings(invalid) == nil, "0x80 at \(offset)")
        }
        var truncated = valid
        truncated.remove(at: 23)  // the second byte of "é"
        #expect(strings(truncated) == nil)
    }

    @Test func readsAsJSONSerializationDoes() throws {
        for line in Self.read {
            let object = try #require(try JSONSerialization.jsonObject(with: Data(line.utf8)) as? [String: String])
            let fields = try #require(strings(line.utf8, keys: Array(object.keys)), "\(line)")
            #expect(fields == object, "\(line)")
        }
    }
}
