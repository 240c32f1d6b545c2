/// A word of a text: its place (UTF-8 offsets) and the forms it is matched by.
public struct Token: Hashable, Sendable {
    /// UTF-8 offset of the first byte.
    public let start: Int
    /// UTF-8 offset just past the last byte.
    public let end: Int
    /// Lowercased, typographic apostrophes written `'` ("hay'at", "army's", "14,000").
    public let key: String
    /// `key` without a possessive "'s" ("army"), else `key`.
    public let stem: String
    /// Whether the word starts with a capital letter (names, sentence starts).
    public let isCapitalized: Bool

    /// The number the token writes in digits ("14,000" → 14000), nil for words.
    public var digitValue: Int? {
        guard let first = key.utf8.first, (0x30...0x39).contains(first) else { return nil }
        var value = 0
        for byte in key.utf8 {
            switch byte {
            case 0x30...0x39: value = value &* 10 &+ Int(byte - 0x30)
            case UInt8(ascii: ","): continue
            default: return nil
            }
        }
        return value
    }
}

/// Splits text into `Token`s. Words are runs of letters and digits (any non-ASCII letter counts), joined by
/// inner hyphens and apostrophes ("al-Sham", "Hay’at", "army's"), by a comma or point between digits
/// ("14,000") and by the points of single-letter abbreviations ("U.S").
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        tokens.reserveCapacity(text.utf8.count / 5)
        text.utf8.withContiguousStorageIfAvailable { bytes in scan(bytes, into: &tokens) }
            ?? Array(text.utf8).withUnsafeBufferPointer { scan($0, into: &tokens) }
        return tokens
    }

    /// Kind of the character at `i`: a word character, an inner joiner, or a separator; and its length.
    @inline(__always)
    private static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (kind: UInt8, length: Int) {
        let byte = b[i]
        if byte < 0x80 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (1, 1)
            case UInt8(ascii: "-"): return (2, 1)
            case UInt8(ascii: "'"): return (4, 1)
            case UInt8(ascii: ","), UInt8(ascii: "."): return (3, 1)
            default: return (0, 1)
            }
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        if byte == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            // U+2018/2019 quotes join like an apostrophe; U+2010/2011 hyphens like a hyphen; other punctuation separates
            switch b[i + 2] {
            case 0x98, 0x99: return (4, 3)
            case 0x90, 0x91: return (2, 3)
            default: return (0, 3)
            }
        }
        if byte == 0xC2 { return (0, 2) }  // U+0080–U+00BF: no-break space, Latin-1 punctuation and signs
        if byte == 0xCA, i + 1 < b.count, (0xBB...0xBF).contains(b[i + 1]) { return (4, 2) }  // ʻ ʼ ʾ ʿ: ayn and hamza
        if byte == 0xC3, i + 1 < b.count, b[i + 1] == 0x97 || b[i + 1] == 0xB7 { return (0, 2) }  // × ÷
        return (1, length)
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        var i = 0
        let n = b.count
        var key: [UInt8] = []
        key.reserveCapacity(32)
        while i < n {
            let (kind, length) = classify(b, i)
            guard kind == 1 else { i += length; continue }
            let start = i
            var end = i
            var lastSegmentLength = 0
            var ascii = true
            // the key is the bytes as they are unless a capital is lowercased or a typographic joiner becomes ' or -
            var asWritten = true
            var j = i
            while j < n {
                let (k, len) = classify(b, j)
                if k == 1 {
                    for m in j..<(j + len) {
                        let c = b[m]
                        if c >= 0x80 { ascii = false }
                        if c >= 0x41 && c <= 0x5A { asWritten = false }
                    }
                    j += len
                    end = j
                    lastSegmentLength += 1
                    continue
                }
                guard k >= 2, j + len < n, classify(b, j + len).kind == 1 else { break }
                let next = b[j + len]
                let previous = b[j - 1]
                if k == 3 {
                    let digits = (0x30...0x39).contains(previous) && (0x30...0x39).contains(next)
                    let initials = b[j] == UInt8(ascii: ".") && lastSegmentLength == 1 && !(0x30...0x39).contains(next)
                    guard digits || initials else { break }
                } else if len > 1 {
                    asWritten = false
                }
                lastSegmentLength = 0
                j += len
            }
            var word: String
            if asWritten {
                word = String(decoding: UnsafeBufferPointer(rebasing: b[start..<end]), as: UTF8.self)
            } else {
                // word characters lowercased (ASCII here, the rest below), joiners written ' or - (a point or comma kept)
                key.removeAll(keepingCapacity: true)
                var m = start
                while m < end {
                    let (k, len) = classify(b, m)
                    if k == 1 {
                        for c in b[m..<(m + len)] { key.append(c >= 0x41 && c <= 0x5A ? c + 32 : c) }
                    } else {
                        key.append(k == 3 ? b[m] : k == 4 ? UInt8(ascii: "'") : UInt8(ascii: "-"))
                    }
                    m += len
                }
                word = String(decoding: key, as: UTF8.self)
            }
            if !ascii { word = word.lowercased() }
            // a possessive "'s", by bytes: when the last two bytes are "'s", they are the last two characters
            let utf8 = word.utf8
            let possessive = utf8.count >= 2 && utf8.last == UInt8(ascii: "s") && utf8.dropLast().last == UInt8(ascii: "'")
            let stem = possessive ? String(decoding: utf8.dropLast(2), as: UTF8.self) : word
            let first = b[start]
            tokens.append(Token(start: start, end: end, key: word, stem: stem,
                                isCapitalized: (0x41...0x5A).contains(first) || first == 0xC3 && b[start + 1] <= 0x9E))
            i = end
        }
    }
}
