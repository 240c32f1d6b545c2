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
        var result: [String] = []
        paragraph.withUTF8Bytes { bytes in forEachSentence(in: bytes) { result.append($0) } }
        return result
    }

    /// Calls `body` with each sentence of the paragraph `bytes` (well-formed UTF-8), trimmed, in order.
    static func forEachSentence(in bytes: UnsafeBufferPointer<UInt8>, _ body: (String) -> Void) {
        var points = NextOccurrence(of: UInt8(ascii: ".")), exclamations = NextOccurrence(of: UInt8(ascii: "!")),
            questions = NextOccurrence(of: UInt8(ascii: "?"))
        // an ASCII paragraph's sentences need no look of their own
        let isASCII = bytes.isASCII
        var start = 0
        var i = 0
        while true {
            i = min(points.offset(from: i, in: bytes), exclamations.offset(from: i, in: bytes), questions.offset(from: i, in: bytes))
            guard i < bytes.count else { break }
            let byte = bytes[i]
            let end = endOfClosers(in: bytes, from: i + 1)
            guard end < bytes.count, bytes[end] == UInt8(ascii: " ") else { i = end; continue }
            var next = end
            while next < bytes.count, bytes[next] == UInt8(ascii: " ") { next += 1 }
            guard next < bytes.count, startsSentence(bytes[next]), byte != UInt8(ascii: ".") || !isAbbreviation(bytes, before: i) else {
                i = end
                continue
            }
            emit(bytes[start..<end], inASCII: isASCII, to: body)
            start = next
            i = next
        }
        emit(bytes[start...], inASCII: isASCII, to: body)
    }

    /// Where the closing quotes and brackets (" ' ) ” ’) that run from `index` end: they belong to the sentence.
    private static func endOfClosers(in bytes: UnsafeBufferPointer<UInt8>, from index: Int) -> Int {
        var end = index
        while end < bytes.count {
            if bytes[end] == UInt8(ascii: "\"") || bytes[end] == UInt8(ascii: ")") || bytes[end] == UInt8(ascii: "'") {
                end += 1
            } else if end + 2 < bytes.count, bytes[end] == 0xE2, bytes[end + 1] == 0x80, bytes[end + 2] == 0x9D || bytes[end + 2] == 0x99 {
                end += 3
            } else {
                break
            }
        }
        return end
    }

    /// Calls `body` with the sentence `slice` trimmed, unless nothing is left; `inASCII` when the paragraph is
    /// all ASCII.
    private static func emit(_ slice: Slice<UnsafeBufferPointer<UInt8>>, inASCII: Bool, to body: (String) -> Void) {
        let text = UnsafeBufferPointer(rebasing: slice).trimmed()
        if !text.isEmpty { body(String(knownUTF8: text, isASCII: inASCII || text.isASCII)) }
    }

    /// A capital letter, a digit, an opening quote or bracket, or a non-ASCII letter.
    private static func startsSentence(_ c: UInt8) -> Bool {
        (0x41...0x5A).contains(c) || (0x30...0x39).contains(c) || c == UInt8(ascii: "\"") || c == UInt8(ascii: "(")
            || c == UInt8(ascii: "'") || c >= 0xC3
    }

    /// Whether the word ending just before the point at `i` is an abbreviation or an initial ("U.S", "J").
    private static func isAbbreviation(_ bytes: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        var j = i
        while j > 0, isLetter(bytes[j - 1]) { j -= 1 }
        if i - j == 1 && (0x41...0x5A).contains(bytes[j]) { return true }  // an initial, "U.S."
        if i - j == 1 && j > 0 && bytes[j - 1] == UInt8(ascii: ".") { return true }
        var word = WordKey.Hashing()
        for k in j..<i { word.add(bytes[k] | 0x20) }  // ASCII letters: lowercased
        return abbreviations.contains(word.key)
    }

    private static func isLetter(_ c: UInt8) -> Bool { (0x41...0x5A).contains(c) || (0x61...0x7A).contains(c) }
}
