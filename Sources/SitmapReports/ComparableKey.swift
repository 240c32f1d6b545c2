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
struct ComparableKey: Hashable {
    /// The comparable form, in a buffer that outlives the key.
    let bytes: UnsafeBufferPointer<UInt8>
    /// Whether every byte is ASCII.
    let isASCII: Bool
    /// A hash of the bytes, for ASCII keys.
    let hash: Int

    /// Writes the comparable form of `text` (well-formed UTF-8) to the start of `out`, which has room for
    /// `text.count` bytes: the form is never longer than the text.
    ///
    /// A separator writes a space after a kept character, and a space left at the end is taken back: that puts
    /// one space between two kept characters wherever separators stand between them. Runs of eight ASCII letters,
    /// digits and single spaces, most of a line, are folded eight bytes at a time.
    init(of text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        let raw = UnsafeRawBufferPointer(text), target = UnsafeMutableRawBufferPointer(out)
        var count = 0, i = 0
        // whether the last byte written is a kept one (not a space)
        var kept = false, isASCII = true
        while i < text.count {
            if i + 8 <= text.count,
               let folded = Self.foldedWords(UInt64(littleEndian: raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)), afterKept: kept) {
                target.storeBytes(of: folded.littleEndian, toByteOffset: count, as: UInt64.self)
                count += 8
                i += 8
                kept = folded >> 56 != 0x20
                continue
            }
            // the eight bytes that would not fold (or the last few), one character at a time
            let stop = min(i + 8, text.count)
            while i < stop {
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
                    continue
                }
                count += 1
                kept = true
            }
        }
        if count > 0 && !kept { count -= 1 }
        bytes = UnsafeBufferPointer(rebasing: out[..<count])
        self.isASCII = isASCII
        hash = isASCII ? ComparableKey.hash(bytes) : 0
    }

    /// A separator: a space after a kept character, nothing after a space or at the start.
    @inline(__always)
    private static func separate(_ out: UnsafeMutableBufferPointer<UInt8>, _ count: inout Int, _ kept: inout Bool) {
        guard kept else { return }
        out[count] = 0x20
        count += 1
        kept = false
    }

    /// Eight bytes (in memory order) folded at once, when each is an ASCII letter, digit or space and no space
    /// follows a space (nor, with `afterKept` false, stands first); nil when they must be taken one by one.
    @inline(__always)
    private static func foldedWords(_ word: UInt64, afterKept: Bool) -> UInt64? {
        guard word & 0x8080_8080_8080_8080 == 0 else { return nil }
        let letters = word.highBitsOfLetters, spaces = word.highBits(ofBytesIn: 0x20...0x20)
        guard letters | word.highBits(ofBytesIn: 0x30...0x39) | spaces == 0x8080_8080_8080_8080,
              spaces & (spaces << 8) == 0, afterKept || spaces & 0x80 == 0
        else { return nil }
        return word | letters >> 2
    }

    /// The comparable form as a `String`.
    var string: String { String(decoding: bytes, as: UTF8.self) }

    static func == (a: ComparableKey, b: ComparableKey) -> Bool {
        guard a.isASCII == b.isASCII else { return false }
        guard a.isASCII else { return a.string == b.string }
        return a.hash == b.hash && a.bytes.count == b.bytes.count
            && (a.bytes.isEmpty || memcmp(a.bytes.baseAddress!, b.bytes.baseAddress!, a.bytes.count) == 0)
    }

    func hash(into hasher: inout Hasher) {
        if isASCII { hasher.combine(hash) } else { hasher.combine(string) }
    }

    /// A quick hash of bytes, eight at a time (the `Hasher` mixes it further).
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
