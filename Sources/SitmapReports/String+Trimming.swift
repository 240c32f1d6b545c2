extension String {
    /// The text without the white space at either end (see ``Substring/trimmed(newlines:)``).
    func trimmed(newlines: Bool = false) -> String { self[...].trimmed(newlines: newlines) }

    /// Calls `body` with the string's UTF-8 bytes, copying them into contiguous storage first only when they
    /// are not already there (a bridged string).
    func withUTF8Bytes<Result>(_ body: (UnsafeBufferPointer<UInt8>) throws -> Result) rethrows -> Result {
        if let result = try utf8.withContiguousStorageIfAvailable(body) { return result }
        var copy = self
        return try copy.withUTF8(body)
    }
}

extension Substring {
    /// The text without the white space at either end, as Foundation's `trimmingCharacters(in: .whitespaces)`
    /// trims it (Unicode category Zs and tab), or with `newlines` as `.whitespacesAndNewlines` does (all of Z,
    /// U+000A–U+000D, U+0085).
    ///
    /// Cleaning trims every line and sentence of every report; Foundation's trimming goes through UTF-16 and
    /// costs more than the rest of cleaning together. This looks only at the scalars at the two ends.
    func trimmed(newlines: Bool = false) -> String {
        var text = self
        return text.withUTF8 { String(decoding: $0.trimmed(newlines: newlines), as: UTF8.self) }
    }

    /// Whether the text is only white space and newlines (or empty), as trimming it with `.whitespacesAndNewlines`
    /// would leave nothing; looks no further than the first other character.
    var isBlank: Bool { unicodeScalars.allSatisfy { $0.isBlank(newlines: true) } }
}

extension Unicode.Scalar {
    /// Whether trimming removes this scalar: Zs and tab, and with `newlines` also the rest of Z, U+000A–U+000D
    /// and U+0085.
    @inline(__always)
    func isBlank(newlines: Bool) -> Bool {
        switch value {
        case 0x20, 0x09: return true
        case 0x0A...0x0D, 0x85: return newlines
        case 0x21..<0x80: return false
        default:
            switch properties.generalCategory {
            case .spaceSeparator: return true
            case .lineSeparator, .paragraphSeparator: return newlines
            default: return false
            }
        }
    }
}

extension UnsafeBufferPointer<UInt8> {
    /// These bytes (well-formed UTF-8) without the white space at either end, as ``Substring/trimmed(newlines:)``
    /// trims: only the scalars at the two ends are decoded.
    func trimmed(newlines: Bool = false) -> UnsafeBufferPointer<UInt8> {
        // most lines and sentences start and end with printable ASCII (U+0021–U+007F): nothing to trim
        if let first, let last, first &- 0x21 < 0x5F, last &- 0x21 < 0x5F { return self }
        var start = startIndex, end = endIndex
        while start < end {
            let (scalar, length) = scalar(at: start)
            guard scalar.isBlank(newlines: newlines) else { break }
            start += length
        }
        while start < end {
            var last = end - 1
            while self[last] & 0xC0 == 0x80 { last -= 1 }  // back over continuation bytes to the lead byte
            guard scalar(at: last).scalar.isBlank(newlines: newlines) else { break }
            end = last
        }
        return UnsafeBufferPointer(rebasing: self[start..<end])
    }

    /// The scalar whose UTF-8 sequence starts at `index`, and the length of that sequence.
    @inline(__always)
    func scalar(at index: Int) -> (scalar: Unicode.Scalar, length: Int) {
        let lead = self[index]
        if lead < 0x80 { return (Unicode.Scalar(lead), 1) }
        let length = lead >= 0xF0 ? 4 : lead >= 0xE0 ? 3 : 2
        var value = UInt32(lead) & (0x7F >> length)
        for k in 1..<length { value = value << 6 | UInt32(self[index + k] & 0x3F) }
        return (Unicode.Scalar(value) ?? "\u{FFFD}", length)
    }
}
