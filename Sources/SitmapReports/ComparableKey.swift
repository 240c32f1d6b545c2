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
    init(of text: UnsafeBufferPointer<UInt8>, into out: UnsafeMutableBufferPointer<UInt8>) {
        var count = 0, i = 0
        var space = false, isASCII = true
        while i < text.count {
            let byte = text[i]
            i += 1
            let keep: UInt8
            switch byte {
            case 0x30...0x39, 0x61...0x7A: keep = byte
            case 0x41...0x5A: keep = byte + 32
            case 0xE2:  // U+2000–U+2FFF: dashes, quotes, spaces
                i += 2
                space = true
                continue
            case 0x80...:
                keep = byte
                isASCII = false
            default:
                space = true
                continue
            }
            // a separator goes before the next character, not inside one (before a continuation byte)
            if space && count > 0 && (keep < 0x80 || keep >= 0xC0) {
                out[count] = 0x20
                count += 1
            }
            out[count] = keep
            count += 1
            space = false
        }
        bytes = UnsafeBufferPointer(rebasing: out[..<count])
        self.isASCII = isASCII
        hash = isASCII ? ComparableKey.hash(bytes) : 0
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
