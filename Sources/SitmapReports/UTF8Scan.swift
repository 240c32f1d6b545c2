/// What one pass over bytes finds out about them as UTF-8 text: where they stop being well-formed, whether they
/// are all ASCII, whether they hold a control character. About one instruction a byte while the bytes are ASCII.
struct UTF8Scan {
    /// The offset of the first byte that does not start or continue a well-formed UTF-8 sequence; nil if all is
    /// well. When there is one, the other answers are about the bytes before it.
    private(set) var firstInvalid: Int?
    /// Whether every byte is ASCII.
    private(set) var isASCII = true
    /// Whether a byte is an ASCII control character (below 0x20: tab, line feed, carriage return and the rest).
    private(set) var hasControl = false

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        let highs: UInt64 = 0x8080_8080_8080_8080
        let raw = UnsafeRawBufferPointer(bytes)
        var controls: UInt64 = 0
        defer { hasControl = hasControl || controls != 0 }
        var i = 0
        let n = bytes.count
        // the high bit of each byte below 0x20, for a word of ASCII bytes
        func controlBits(_ word: UInt64) -> UInt64 { word.highBits(ofBytesIn: 0x00...0x1F) }
        while i < n {
            // sixteen, then eight ASCII bytes at a time: most text is ASCII
            while i + 16 <= n {
                let first = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let second = raw.loadUnaligned(fromByteOffset: i + 8, as: UInt64.self)
                guard (first | second) & highs == 0 else { break }
                controls |= controlBits(first) | controlBits(second)
                i += 16
            }
            if i + 8 <= n {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                if word & highs == 0 {
                    controls |= controlBits(word)
                    i += 8
                    continue
                }
            }
            guard i < n else { break }
            let lead = bytes[i]
            if lead < 0x80 {
                hasControl = hasControl || lead < 0x20
                i += 1
                continue
            }
            isASCII = false
            let length: Int, minimum: UInt32
            switch lead {
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: firstInvalid = i; return
            }
            guard i + length <= n else { firstInvalid = i; return }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for k in 1..<length {
                let continuation = bytes[i + k]
                guard continuation & 0xC0 == 0x80 else { firstInvalid = i; return }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            // overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8
            if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF { firstInvalid = i; return }
            i += length
        }
    }
}
