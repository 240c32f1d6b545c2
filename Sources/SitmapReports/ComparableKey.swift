import Foundation

/// A line's comparable form: lowercased letters and digits only, single-spaced, so that lines that differ only
/// in punctuation compare equal. ASCII is folded byte by byte; other characters are kept as they are (apart from
/// typographic punctuation, which separates like ASCII punctuation).
///
/// The bytes live in a caller's scratch buffer, so comparing the lines of a report makes no `String`. Keys
/// compare as the `String`s of their bytes would: an ASCII key (only `0-9`, `a-z` and spaces) by its bytes,
/// a key with other characters by canonical equivalence. The two kinds are never equal, since no scalar above
/// U+007F decomposes canonically to those ASCII characters (only U+037E, U+1FEF and U+212A decompose to ASCII
/// at all: to ";", "`" and "K").
struct ComparableKey: Equatable {
    /// The comparable form, in a buffer that outlives the key.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether every byte is ASCII.
    let isASCII: Bool
    /// A hash of the bytes, for ASCII keys (``ComparableKeyTable`` hashes other keys by their `string`).
    let hash: Int

    /// Writes the comparable form of `text` (well-formed UTF-8) to the start of `out`, which has room for
    /// `text.count` bytes: the form is never longer than the text.
    ///
    /// A separator writes a space after a kept character, and a space left at the end is taken back: that puts
    /// one space between two kept characters wherever separators stand between them. Runs of ASCII letters,
    /// digits and single spaces, most of a line, are folded eight bytes at a time; a byte that stops a run is
    /// taken by itself, with the separators after it.
    init(of text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(text), target = UnsafeMutableRawBufferPointer(out)
        var count = 0, i = 0
        // whether the last byte written is a kept one (not a space)
        var kept = false, isASCII = true
        while i < text.count {
            if i + 8 <= text.count {
                let word = UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
                let (folded, length) = Self.foldedWords(word, afterKept: kept)
                if length > 0 {
                    // all eight bytes are written (`count` never passes `i`), the first `length` taken
                    target.storeBytes(of: folded.littleEndian, toByteOffset: count, as: UInt64.self)
                    count += length
                    i += length
                    kept = UInt8(truncatingIfNeeded: folded >> (8 * length - 8)) != 0x20
                    if length == 8 { continue }
                }
            }
            // the byte that stops a run (or one of the last few), by itself
            let byte = text[i]
            i += 1
            switch byte {
            case 0x30...0x39, 0x61...0x7A:
                out[count] = byte
            case 0x41...0x5A:
                out[count] = byte + 32
            case 0xE2:  // U+2000–U+2FFF: dashes, quotes, spaces
                i += 2
                Self.separate(out, &count, &kept)
                continue
            case 0x80...:
                out[count] = byte
                isASCII = false
            default:
                Self.separate(out, &count, &kept)
                // the ASCII separators after it add nothing
                while i < text.count, text[i] < 0x80, !Self.isLetterOrDigit(text[i]) { i += 1 }
                continue
            }
            count += 1
            kept = true
        }
        if count > 0 && !kept { count -= 1 }
        bytes = UnsafeBufferPointer(rebasing: out[..<count])
        self.isASCII = isASCII
        hash = isASCII ? ComparableKey.hash(bytes) : 0
    }

    @inline(__always)
    private static func isLetterOrDigit(_ byte: UInt8) -> Bool {
        byte &- 0x30 < 10 || (byte | 0x20) &- 0x61 < 26
    }

    /// A separator: a space after a kept character, nothing after a space or at the start.
    @inline(__always)
    private static func separate(_ out: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int, _ kept: inout Bool) {
        guard kept else { return }
        out[count] = 0x20
        count += 1
        kept = false
    }

    /// Eight bytes (in memory order) folded at once, and how many of them, from the first, fold so: each an
    /// ASCII letter, digit or space, no space after a space (nor, with `afterKept` false, first). Bytes after
    /// the first that does not fold may come out wrong (a byte above 0x7F carries into the ones after it).
    @inline(__always)
    private static func foldedWords(_ word: UInt64, afterKept: Bool) -> (folded: UInt64, length: Int) {
        let highBits: UInt64 = 0x8080_8080_8080_8080
        let letters = word.highBitsOfLetters, spaces = word.highBits(ofBytesIn: 0x20...0x20)
        let folding = letters | word.highBits(ofBytesIn: 0x30...0x39) | spaces
        var stops = (word | ~folding | spaces & (spaces << 8)) & highBits
        if !afterKept { stops |= spaces & 0x80 }
        return (word | letters >> 2, stops.trailingZeroBitCount >> 3)
    }

    /// The comparable form as a `String`.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func == (a: ComparableKey, b: ComparableKey) -> Bool {
        guard a.isASCII == b.isASCII else { return false }
        guard a.isASCII else { return a.string == b.string }
        return a.hash == b.hash && a.bytes.count == b.bytes.count
            && (a.bytes.isEmpty || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
    }

    /// A quick hash of bytes, eight at a time; ``ComparableKeyTable`` takes its low bits, into which `mix` folds
    /// high ones.
    private static func hash(_ bytes: UnsafeBufferPointer<UInt8>) -> Int {
        let raw = UnsafeRawBufferPointer(bytes)
        var h: UInt64 = 0xCBF2_9CE4_8422_2325 ^ UInt64(raw.count)
        var i = 0
        while i + 8 <= raw.count {
            h = mix(h, raw.loadUnaligned(fromByteOffset: i, as: UInt64.self))
            i += 8
        }
        var tail: UInt64 = 0
        while i < raw.count {
            tail = tail << 8 | UInt64(raw[i])
            i += 1
        }
        return Int(truncatingIfNeeded: mix(h, tail))
    }

    @inline(__always)
    private static func mix(_ h: UInt64, _ word: UInt64) -> UInt64 {
        let m = (h ^ word) &* 0x9E37_79B9_7F4A_7C15
        return m ^ (m >> 29)
    }
}

/// The keys of the lines kept so far, to tell a repeated line: open addressing on the keys' own hashes, which
/// for a report's few dozen lines costs less than a `Set` (no `Hasher`, no growing from empty).
struct ComparableKeyTable {
    private var slots = [ComparableKey?](repeating: nil, count: 32)
    private var count = 0

    /// Adds `key`; false when an equal key is there already.
    mutating func insert(_ key: ComparableKey) -> Bool {
        if 2 * (count + 1) > slots.count { grow() }
        let mask = slots.count - 1
        // a key with other characters than ASCII hashes as its string, which canonical equivalence respects
        var i = (key.isASCII ? key.hash : key.string.hashValue) & mask
        while let other = slots[i] {
            if other == key { return false }
            i = (i + 1) & mask
        }
        slots[i] = key
        count += 1
        return true
    }

    private mutating func grow() {
        let old = slots
        slots = [ComparableKey?](repeating: nil, count: 2 * old.count)
        count = 0
        for case let key? in old { _ = insert(key) }
    }
}
