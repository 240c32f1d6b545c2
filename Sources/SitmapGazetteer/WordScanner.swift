/// A word of a name or of a text: letters and digits, with the apostrophes and combining marks inside
/// it ("Ma'arrat", "Khanāşir"), found by ``WordScanner``. Offsets are in UTF-8 bytes.
struct Word: Sendable {
    var start: Int
    var end: Int
    /// The first letter is a capital, or the word is in a script without case (Arabic).
    var isCapitalised: Bool
    /// The word is in Arabic script.
    var isArabic: Bool
    /// The word is joined to the next one by a hyphen ("al-Bab", "Turkey-backed").
    var hyphenAfter = false
    /// A possessive 's followed the word ("Aleppo's"); it is not part of the word.
    var possessive = false
}

/// Splits UTF-8 text into words and the words into runs: stretches that no sentence punctuation,
/// line break, quote or bracket interrupts. A place name never spans two runs.
struct WordScanner {
    /// What a character does between or inside words.
    enum Role { case letter, mark, apostrophe, hyphen, period, hardBreak, space }

    /// The words of the current run (the array is reused from run to run).
    private(set) var words: [Word] = []
    private let bytes: UnsafeBufferPointer<UInt8>
    private let breakingRuns: Bool
    private var i = 0
    private var current: Word?

    /// A scanner over UTF-8 text; with `breakingRuns` false (names, queries) everything is one run.
    init(_ bytes: UnsafeBufferPointer<UInt8>, breakingRuns: Bool = true) {
        self.bytes = bytes
        self.breakingRuns = breakingRuns
        words.reserveCapacity(64)
    }

    /// A scanner that takes over the storage of a words array of an earlier scanner.
    init(_ bytes: UnsafeBufferPointer<UInt8>, breakingRuns: Bool = true, reusing storage: inout [Word]) {
        self.bytes = bytes
        self.breakingRuns = breakingRuns
        swap(&words, &storage)
    }

    /// Moves on to the next run of words; false at the end of the text.
    mutating func nextRun() -> Bool {
        words.removeAll(keepingCapacity: true)
        let n = bytes.count
        while i < n {
            let byte = bytes[i]
            // most text is ASCII words and single spaces: a word with a space after it is taken at once
            if current == nil, byte < 0x80 {
                if byte == 0x20 { i += 1; continue }
                if WordScanner.isASCIILetterOrDigit(byte) {
                    let end = endOfASCIIWord(from: i + 1)
                    let word = Word(start: i, end: end, isCapitalised: byte >= 0x41 && byte <= 0x5A, isArabic: false)
                    i = end
                    if end < n, bytes[end] == 0x20 {
                        words.append(word)
                        i += 1
                    } else {
                        current = word
                    }
                    continue
                }
            }
            let scalar: UInt32, length: Int, role: Role
            if byte < 0x80 {
                (scalar, length, role) = (UInt32(byte), 1, WordScanner.asciiRole(byte))
            } else {
                (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
                role = WordScanner.role(of: scalar)
            }
            switch role {
            case .letter:
                if current == nil {
                    current = Word(start: i, end: i + length, isCapitalised: Letters.isCapitalOrCaseless(scalar),
                                   isArabic: Letters.isArabic(scalar))
                }
                // the ASCII letters and digits that follow are all taken at once
                let end = endOfASCIIWord(from: i + length)
                current!.end = end
                i = end
                continue
            case .mark:
                if current != nil { current!.end = i + length }
            case .apostrophe:
                guard current != nil else { break }
                let next = i + length < n ? UTF8Decoding.scalar(in: bytes, at: i + length) : (0, 0)
                guard next.1 > 0, WordScanner.role(of: next.0) == .letter else { endWord(); break }
                let afterS = i + length + next.1
                let isS = next.0 == 0x73 || next.0 == 0x53
                if isS && (afterS >= n || WordScanner.role(of: UTF8Decoding.scalar(in: bytes, at: afterS).0) != .letter) {
                    current!.possessive = true
                    endWord()
                    i = afterS
                    continue
                }
                current!.end = i + length
            case .hyphen:
                if current != nil {
                    let next = i + length < n ? UTF8Decoding.scalar(in: bytes, at: i + length).0 : 0
                    current!.hyphenAfter = WordScanner.role(of: next) == .letter
                    endWord()
                }
            case .period:
                // "U.S.": a period between single letters joins them
                let single = current.map { $0.end - $0.start == 1 } ?? false
                let next = i + length < n ? UTF8Decoding.scalar(in: bytes, at: i + length).0 : 0
                endWord()
                if breakingRuns && !(single && WordScanner.role(of: next) == .letter) && !words.isEmpty {
                    i += length
                    return true
                }
            case .hardBreak:
                endWord()
                if breakingRuns && !words.isEmpty {
                    i += length
                    return true
                }
            case .space:
                if current != nil { endWord() }
            }
            i += length
        }
        endWord()
        return !words.isEmpty
    }

    /// Where the ASCII letters and digits that begin at `start` end: eight bytes at a time while the
    /// text has eight left, each byte tested as ``isASCIILetterOrDigit(_:)`` tests it.
    @inline(__always)
    private func endOfASCIIWord(from start: Int) -> Int {
        let n = bytes.count
        var end = start
        while end + 8 <= n {
            let chunk = UInt64(littleEndian: UnsafeRawPointer(bytes.baseAddress! + end).loadUnaligned(as: UInt64.self))
            let others = ~WordScanner.asciiLettersAndDigits(chunk) & 0x8080_8080_8080_8080
            // the first byte in text order is the lowest
            if others != 0 { return end + others.trailingZeroBitCount >> 3 }
            end += 8
        }
        while end < n, WordScanner.isASCIILetterOrDigit(bytes[end]) { end += 1 }
        return end
    }

    /// The high bit of each byte of `chunk` set when that byte is an ASCII letter or digit: each range
    /// test adds to the low seven bits a constant that carries into the high bit at its bound.
    @inline(__always)
    static func asciiLettersAndDigits(_ chunk: UInt64) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101, low = 0x7F7F_7F7F_7F7F_7F7F as UInt64
        let lower = (chunk | 0x2020_2020_2020_2020) & low, plain = chunk & low
        // at least "a" and not beyond "z"; at least "0" and not beyond "9"
        let letters = (lower &+ (0x80 - 0x61) &* ones) & ~(lower &+ (0x7F - 0x7A) &* ones)
        let digits = (plain &+ (0x80 - 0x30) &* ones) & ~(plain &+ (0x7F - 0x39) &* ones)
        return (letters | digits) & ~chunk & 0x8080_8080_8080_8080
    }

    private mutating func endWord() {
        if let word = current {
            words.append(word)
            current = nil
        }
    }

    /// The role of a character; ASCII is decided by a table, the rest by its Unicode properties.
    static func role(of scalar: UInt32) -> Role {
        if scalar < 0x80 { return asciiRole(UInt8(scalar)) }
        switch scalar {
        case 0x2018, 0x2019, 0x00B4, 0x02B9, 0x02BB...0x02BF: return .apostrophe
        case 0x2010, 0x2011: return .hyphen
        case 0x00AB, 0x00BB, 0x2013, 0x2014, 0x201C...0x201E, 0x2022, 0x2026, 0x060C, 0x061B, 0x061F, 0x06D4,
             0x3001, 0x3002, 0xFF0C: return .hardBreak
        case 0x0300...0x036F, 0x0610...0x061A, 0x064B...0x065F, 0x0640, 0x0670, 0x06D6...0x06ED: return .mark
        // the Latin letters of transliterations and the Arabic alphabet, without a property look-up
        case 0x00C0...0x00D6, 0x00D8...0x00F6, 0x00F8...0x024F, 0x1E00...0x1EFF, 0x0621...0x063A, 0x0641...0x064A: return .letter
        default:
            guard let s = Unicode.Scalar(scalar) else { return .space }
            let properties = s.properties
            return properties.isAlphabetic || properties.numericType != nil ? .letter : .space
        }
    }

    /// Whether a byte is an ASCII letter or digit: the bytes of most words.
    @inline(__always)
    static func isASCIILetterOrDigit(_ byte: UInt8) -> Bool {
        let lower = byte | 0x20
        return (lower >= 0x61 && lower <= 0x7A) || (byte >= 0x30 && byte <= 0x39)
    }

    @inline(__always)
    static func asciiRole(_ byte: UInt8) -> Role {
        if isASCIILetterOrDigit(byte) { return .letter }
        switch byte {
        case 0x20: return .space
        case UInt8(ascii: "'"), UInt8(ascii: "`"): return .apostrophe
        case UInt8(ascii: "-"): return .hyphen
        case UInt8(ascii: "."): return .period
        case UInt8(ascii: ","), UInt8(ascii: ";"), UInt8(ascii: ":"), UInt8(ascii: "!"), UInt8(ascii: "?"),
             UInt8(ascii: "("), UInt8(ascii: ")"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"),
             UInt8(ascii: "}"), UInt8(ascii: "\""), UInt8(ascii: "/"), UInt8(ascii: "\\"), UInt8(ascii: "|"),
             UInt8(ascii: "\n"), UInt8(ascii: "\r"), UInt8(ascii: "*"), UInt8(ascii: "#"):
            return .hardBreak
        default: return .space
        }
    }
}

/// Decoding one scalar of valid UTF-8 (Swift strings always are).
enum UTF8Decoding {
    @inline(__always)
    static func scalar(in bytes: UnsafeBufferPointer<UInt8>, at i: Int) -> (UInt32, Int) {
        let b0 = UInt32(bytes[i])
        if b0 < 0x80 { return (b0, 1) }
        let n = bytes.count
        if b0 < 0xE0, i + 1 < n { return ((b0 & 0x1F) << 6 | UInt32(bytes[i + 1]) & 0x3F, 2) }
        if b0 < 0xF0, i + 2 < n {
            return ((b0 & 0x0F) << 12 | (UInt32(bytes[i + 1]) & 0x3F) << 6 | UInt32(bytes[i + 2]) & 0x3F, 3)
        }
        if i + 3 < n {
            return ((b0 & 0x07) << 18 | (UInt32(bytes[i + 1]) & 0x3F) << 12 | (UInt32(bytes[i + 2]) & 0x3F) << 6
                    | UInt32(bytes[i + 3]) & 0x3F, 4)
        }
        return (0xFFFD, 1)
    }
}
