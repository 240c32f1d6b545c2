import Foundation

/// A word of a text: its place (UTF-8 offsets) and the keys it is matched by.
///
/// A plain value without references: sentences are read as arrays of tokens, and copying them costs no
/// reference counting.
public struct Token: Hashable, Sendable {
    /// UTF-8 offset of the first byte.
    public let start: Int
    /// UTF-8 offset just past the last byte.
    public let end: Int
    /// The word lowercased, typographic apostrophes written `'` ("hay'at", "army's", "14,000").
    public let key: WordKey
    /// `key` without a possessive "'s" ("army"), else `key`.
    public let stem: WordKey
    /// The number the token writes in digits ("14,000" → 14000), nil for words.
    public let digitValue: Int?
    /// Whether the word starts with a capital letter (names, sentence starts).
    public let isCapitalized: Bool
    /// Whether the word starts with a digit ("14,000", "29th").
    public let startsWithDigit: Bool
    /// Whether a hyphen joins parts of the word ("al-Sham", "twenty-five").
    public let isHyphenated: Bool

    /// Bytes the word takes in the text; for a number in digits, its number of characters.
    public var writtenLength: Int { end - start }
}

/// Splits text into `Token`s. Words are runs of letters and digits (any non-ASCII letter counts), joined by
/// inner hyphens and apostrophes ("al-Sham", "Hay’at", "army's"), by a comma or point between digits
/// ("14,000") and by the points of single-letter abbreviations ("U.S").
public enum Tokenizer {
    /// The tokens of `text`, in order.
    public static func tokens(in text: String) -> [Token] {
        var tokens: [Token] = []
        var text = text
        text.withUTF8 { bytes in wordBytes.withUnsafeBufferPointer { scan(bytes, wordBytes: $0, into: &tokens) } }
        return tokens
    }

    /// The key of `token` written out ("al-sham's"), from the `text` it was found in: for the rare rule that
    /// looks inside a word ("twenty-five", "rebel-held").
    public static func keyText(of token: Token, in text: String) -> String {
        let key = keyBytes(of: token, in: text)
        let word = String(decoding: key, as: UTF8.self)
        return key.allSatisfy { $0 < 0x80 } ? word : word.lowercased()
    }

    /// The keys of the hyphen-joined parts of `token` ("twenty-five" → "twenty", "five"), from the `text` it was
    /// found in.
    public static func partKeys(of token: Token, in text: String) -> [WordKey] {
        let key = keyBytes(of: token, in: text)
        guard key.allSatisfy({ $0 < 0x80 }) else { return keyText(of: token, in: text).split(separator: "-").map { WordKey(String($0)) } }
        // an ASCII key's parts are its runs of bytes between hyphens
        return key.split(separator: UInt8(ascii: "-")).map { part in part.withUnsafeBufferPointer { WordKey(utf8: $0) } }
    }

    /// The key of `token` as bytes (``keyText(of:in:)`` before a non-ASCII key is lowercased).
    private static func keyBytes(of token: Token, in text: String) -> [UInt8] {
        var text = text
        return text.withUTF8 { bytes in
            var key: [UInt8] = []
            appendKey(bytes, token.start, token.end, to: &key)
            return key
        }
    }

    /// What a character is to a word: part of it, an inner joiner, or a separator.
    private enum Kind {
        case letter
        /// `-` and the typographic hyphens.
        case hyphen
        /// `,` and `.`, which join digits ("14,000") and initials ("U.S").
        case point
        /// `'` and the typographic apostrophes.
        case apostrophe
        case separator
    }

    /// What a byte other than an ASCII letter or digit says on its own, for the common word: ASCII letters and
    /// digits between separators.
    private enum ByteRole: UInt8 {
        /// Any ASCII character but letters, digits and joiners.
        case separator
        /// `-`, `'`, `,` or `.`: a joiner when a letter follows it, else a separator.
        case joiner
        /// A byte of a character beyond ASCII, which ``classify(_:_:)`` reads whole.
        case multibyte
    }

    /// Per byte value: for an ASCII letter or digit, the byte its key spells (lowercased, always above the
    /// ``ByteRole`` values); for any other byte, its role. Read once per text, so that a word's byte costs one
    /// load to tell it from a separator and to hash.
    private static let wordBytes: [UInt8] = (0...255).map { (byte: UInt8) in
        if byte >= 0x80 { return ByteRole.multibyte.rawValue }
        // `| 0x20` lowercases a letter and leaves a digit as it is
        if isASCIILetterOrDigit(byte) { return byte | 0x20 }
        return ("-',.".utf8.contains(byte) ? ByteRole.joiner : ByteRole.separator).rawValue
    }

    /// Whether a ``wordBytes`` value is a letter's or digit's key byte.
    @inline(__always)
    private static func isWordByte(_ value: UInt8) -> Bool { value > ByteRole.multibyte.rawValue }

    /// Kind of the character at `i`, and its length in bytes.
    @inline(__always)
    private static func classify(_ b: UnsafeBufferPointer<UInt8>, _ i: Int) -> (kind: Kind, length: Int) {
        let byte = b[i]
        if byte < 0x80 {
            switch byte {
            case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: return (.letter, 1)
            case UInt8(ascii: "-"): return (.hyphen, 1)
            case UInt8(ascii: "'"): return (.apostrophe, 1)
            case UInt8(ascii: ","), UInt8(ascii: "."): return (.point, 1)
            default: return (.separator, 1)
            }
        }
        let length = byte >= 0xF0 ? 4 : byte >= 0xE0 ? 3 : byte >= 0xC0 ? 2 : 1
        if byte == 0xE2, i + 2 < b.count, b[i + 1] == 0x80 {
            // U+2018/2019 quotes join like an apostrophe; U+2010/2011 hyphens like a hyphen; other punctuation separates
            switch b[i + 2] {
            case 0x98, 0x99: return (.apostrophe, 3)
            case 0x90, 0x91: return (.hyphen, 3)
            default: return (.separator, 3)
            }
        }
        if byte == 0xC2 { return (.separator, 2) }  // U+0080–U+00BF: no-break space, Latin-1 punctuation and signs
        if byte == 0xCA, i + 1 < b.count, (0xBB...0xBF).contains(b[i + 1]) { return (.apostrophe, 2) }  // ʻ ʼ ʾ ʿ: ayn and hamza
        if byte == 0xC3, i + 1 < b.count, b[i + 1] == 0x97 || b[i + 1] == 0xB7 { return (.separator, 2) }  // × ÷
        return (.letter, length)
    }

    private static func isDigit(_ byte: UInt8) -> Bool { byte &- 0x30 < 10 }

    @inline(__always)
    private static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool { (byte | 0x20) &- 0x61 < 26 || byte &- 0x30 < 10 }

    /// The end of the word that starts at `start`, whether a typographic joiner (’, ‑) is in it, whether it
    /// is ASCII and whether a hyphen joins it; for an ASCII word without typographic joiners, also its key and
    /// stem (as `keys(of:)` gives them), hashed as its bytes are read so that they are read once.
    private static func wordEnd(_ b: UnsafeBufferPointer<UInt8>, from start: Int)
        -> (end: Int, typographic: Bool, ascii: Bool, hyphen: Bool, keys: (key: WordKey, stem: WordKey)) {
        let n = b.count
        var end = start, j = start
        var lastSegmentLength = 0
        var ascii = true, typographic = false, hyphen = false
        // the word's bytes lowercased, and that hash before the last apostrophe: the stem of a possessive
        var hashing = WordKey.Hashing(), beforeApostrophe = hashing
        while j < n {
            // ASCII letters and digits, the bulk of a word, in one tight loop; `| 0x20` lowercases a letter
            // and leaves a digit as it is
            let run = j
            while j < n && isASCIILetterOrDigit(b[j]) {
                hashing.add(b[j] | 0x20)
                j += 1
            }
            if j > run {
                end = j
                lastSegmentLength += j - run
                if j == n { break }
            }
            let (kind, length) = classify(b, j)
            if kind == .letter {
                if length > 1 { ascii = false }
                j += length
                end = j
                lastSegmentLength += 1
                continue
            }
            guard kind != .separator, j + length < n, classify(b, j + length).kind == .letter else { break }
            if kind == .point {
                let next = b[j + length], previous = b[j - 1]
                let digits = isDigit(previous) && isDigit(next)
                let initials = b[j] == UInt8(ascii: ".") && lastSegmentLength == 1 && !isDigit(next)
                guard digits || initials else { break }
            } else if length > 1 {
                typographic = true
            }
            if kind == .hyphen { hyphen = true }
            if kind == .apostrophe { beforeApostrophe = hashing }
            hashing.add(b[j])
            lastSegmentLength = 0
            j += length
        }
        let key = hashing.key
        let possessive = end - start >= 2 && b[end - 1] | 0x20 == UInt8(ascii: "s") && b[end - 2] == UInt8(ascii: "'")
        return (end, typographic, ascii, hyphen, (key, possessive ? beforeApostrophe.key : key))
    }

    /// Appends the key bytes of the word at `start..<end`: word characters with ASCII lowercased, joiners
    /// written `'` or `-` (a point or comma kept).
    private static func appendKey(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int, to key: inout [UInt8]) {
        var m = start
        while m < end {
            let (kind, length) = classify(b, m)
            switch kind {
            case .letter: for c in b[m..<(m + length)] { key.append(c &- 0x41 < 26 ? c + 32 : c) }
            case .point: key.append(b[m])
            case .apostrophe: key.append(UInt8(ascii: "'"))
            case .hyphen, .separator: key.append(UInt8(ascii: "-"))
            }
            m += length
        }
    }

    /// The key and stem of key bytes, ASCII capitals lowercased on the way: the stem leaves out a final "'s".
    private static func keys(of key: UnsafeBufferPointer<UInt8>) -> (key: WordKey, stem: WordKey) {
        var hashing = WordKey.Hashing()
        let possessive = key.count >= 2 && key[key.count - 1] | 0x20 == UInt8(ascii: "s") && key[key.count - 2] == UInt8(ascii: "'")
        let stemLength = possessive ? key.count - 2 : key.count
        for k in 0..<stemLength {
            let c = key[k]
            hashing.add(c &- 0x41 < 26 ? c + 32 : c)
        }
        let stem = hashing.key
        guard possessive else { return (stem, stem) }
        hashing.add(UInt8(ascii: "'"))
        hashing.add(UInt8(ascii: "s"))
        return (hashing.key, stem)
    }

    /// The number written in digits, with thousands commas ("14,000"), nil when the word is not one.
    private static func digitValue(_ b: UnsafeBufferPointer<UInt8>, _ start: Int, _ end: Int) -> Int? {
        var value = 0
        for byte in b[start..<end] {
            if isDigit(byte) {
                value = value &* 10 &+ Int(byte - 0x30)
            } else if byte != UInt8(ascii: ",") {
                return nil
            }
        }
        return value
    }

    private static func scan(_ b: UnsafeBufferPointer<UInt8>, wordBytes: UnsafeBufferPointer<UInt8>, into tokens: inout [Token]) {
        let n = b.count
        // English averages a word per six bytes or so: one per three needs to grow only for lists of initials
        tokens.reserveCapacity(n / 3 + 1)
        var i = 0
        var scratch: [UInt8] = []  // the key bytes of a word with non-ASCII or typographic characters, rare
        while i < n {
            let first = wordBytes[Int(b[i])]
            if isWordByte(first) {
                // most words: ASCII letters and digits up to a separator, or a joiner that no letter follows,
                // hashed as they are read
                var hashing = WordKey.Hashing()
                hashing.add(first)
                var j = i &+ 1
                var stop = ByteRole.separator.rawValue  // the end of the text ends a word as a separator does
                while j < n {
                    let value = wordBytes[Int(b[j])]
                    guard isWordByte(value) else {
                        stop = value
                        break
                    }
                    hashing.add(value)
                    j &+= 1
                }
                if stop == ByteRole.separator.rawValue
                    || stop == ByteRole.joiner.rawValue && (j + 1 == n || wordBytes[Int(b[j + 1])] <= ByteRole.joiner.rawValue) {
                    let key = hashing.key
                    tokens.append(token(b, from: i, to: j, keys: (key, key), hyphen: false))
                    // what ended the word starts no other
                    i = j &+ 1
                    continue
                }
            } else if first != ByteRole.multibyte.rawValue {
                // ASCII separators, and joiners with no word before them
                i &+= 1
                continue
            }
            let (kind, length) = classify(b, i)
            guard kind == .letter else { i += length; continue }
            let start = i
            let (end, typographic, ascii, hyphen, asciiKeys) = wordEnd(b, from: start)
            let keys: (key: WordKey, stem: WordKey)
            if ascii && !typographic {
                keys = asciiKeys
            } else {
                scratch.removeAll(keepingCapacity: true)
                appendKey(b, start, end, to: &scratch)
                if ascii {
                    keys = scratch.withUnsafeBufferPointer { Tokenizer.keys(of: $0) }
                } else {
                    var word = String(decoding: scratch, as: UTF8.self).lowercased().precomposedStringWithCanonicalMapping
                    keys = word.withUTF8 { Tokenizer.keys(of: $0) }
                }
            }
            tokens.append(token(b, from: start, to: end, keys: keys, hyphen: hyphen))
            i = end
        }
    }

    /// The token of the word at `start..<end`.
    @inline(__always)
    private static func token(_ b: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int, keys: (key: WordKey, stem: WordKey),
                              hyphen: Bool) -> Token {
        let first = b[start]
        return Token(start: start, end: end, key: keys.key, stem: keys.stem,
                     digitValue: isDigit(first) ? digitValue(b, start, end) : nil,
                     isCapitalized: first &- 0x41 < 26 || first == 0xC3 && b[start + 1] <= 0x9E,
                     startsWithDigit: isDigit(first), isHyphenated: hyphen)
    }
}
