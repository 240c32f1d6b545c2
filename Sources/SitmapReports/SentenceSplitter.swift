import Foundation

/// Splits a paragraph into sentences at `.`, `!` or `?` (and a closing quote or bracket after it) followed by a
/// space and a capital letter, a digit or an opening quote, except after abbreviations ("Mr.", "Nov.", "U.S.").
public enum SentenceSplitter {
    /// Words that a point after them does not end a sentence.
    static let abbreviations: WordSet = [
        "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "maj", "sgt", "capt", "cpt", "adm", "gov", "sen", "rep",
        "jr", "sr", "prof", "no", "vs", "etc", "approx", "est", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
        "sept", "oct", "nov", "dec", "mt", "ft", "inc", "ltd", "co", "corp",
    ]

    /// The sentences of `paragraph`, trimmed, in order.
    public static func sentences(in paragraph: String) -> [String] {
        let bytes = Array(paragraph.utf8)
        var result: [String] = []
        var start = 0
        var i = 0
        while i < bytes.count {
            let byte = bytes[i]
            guard byte == UInt8(ascii: ".") || byte == UInt8(ascii: "!") || byte == UInt8(ascii: "?") else { i += 1; continue }
            var end = i + 1
            // closing quotes and brackets belong to the sentence: " ' ) ” ’
            while end < bytes.count {
                if bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: "'") {
                    end += 1
                } else if end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 {
                    end += 3
                } else {
                    break
                }
            }
            guard end < bytes.count, bytes[end] == UInt8(ascii: " ") else { i = end; continue }
            var next = end
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            guard next < bytes.count, startsSentence(bytes, next), byte != UInt8(ascii: ".") || !isAbbreviation(bytes, before: i) else {
                i = end
                continue
            }
            append(bytes[start..<end], to: &result)
            start = next
            i = next
        }
        append(bytes[start...], to: &result)
        return result
    }

    private static func append(_ slice: ArraySlice<UInt8>, to result: inout [String]) {
        let text = String(decoding: slice, as: UTF8.self).trimmed()
        if !text.isEmpty { result.append(text) }
    }

    /// A capital letter, a digit, an opening quote or bracket, or a non-ASCII letter.
    private static func startsSentence(_ bytes: [UInt8], _ i: Int) -> Bool {
        let c = bytes[i]
        return (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "(")
            || c == UInt8(ascii: "'") || c >= 0xC3
    }

    /// Whether the word ending just before the point at `i` is an abbreviation or an initial ("U.S", "J").
    private static func isAbbreviation(_ bytes: [UInt8], before i: Int) -> Bool {
        var j = i
        while j > 0, isLetter(bytes[j - 1]) { j -= 1 }
        let word = String(decoding: bytes[j..<i], as: UTF8.self).lowercased()
        if word.count == 1 && (0x41...0x5A).contains(bytes[j]) { return true }  // an initial, "U.S."
        if word.count == 1 && j > 0 && bytes[j - 1] == UInt8(ascii: ".") { return true }
        return abbreviations.contains(word)
    }

    private static func isLetter(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
}
