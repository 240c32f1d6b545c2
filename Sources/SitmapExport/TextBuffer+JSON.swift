/// JSON pieces (RFC 8259): strings with escapes, numbers, members. The writers call these in order,
/// so output streams out without a tree of dictionaries being built first.
extension TextBuffer {
    /// Appends `text` as a JSON string: quotes, backslashes and control characters escaped, everything
    /// else (including non-ASCII) as UTF-8.
    mutating func jsonString(_ text: String) {
        byte(UInt8(ascii: "\""))
        jsonContent(text)
        byte(UInt8(ascii: "\""))
    }

    /// Appends an optional string, `null` when absent.
    mutating func jsonString(orNull text: String?) {
        if let text { jsonString(text) } else { raw("null") }
    }

    /// Appends the texts joined by `separator` as one JSON string, without joining them in memory first.
    mutating func jsonString(joining texts: [String], separator: StaticString) {
        byte(UInt8(ascii: "\""))
        for (i, text) in texts.enumerated() {
            if i > 0 { raw(separator) }
            jsonContent(text)
        }
        byte(UInt8(ascii: "\""))
    }

    /// Appends an optional whole number, `null` when absent.
    mutating func integer(orNull value: Int?) {
        if let value { integer(value) } else { raw("null") }
    }

    /// The inside of a JSON string: a plain copy unless some byte needs escaping.
    private mutating func jsonContent(_ text: String) {
        var text = text
        text.withUTF8 { utf8 in
            if TextBuffer.needsNoEscape(utf8) {
                append(UnsafeRawBufferPointer(utf8))
                return
            }
            var start = 0
            for (i, b) in utf8.enumerated() where TextBuffer.needsEscape(b) {
                append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start..<i])))
                escape(b)
                start = i + 1
            }
            append(UnsafeRawBufferPointer(UnsafeBufferPointer(rebasing: utf8[start...])))
        }
    }

    @inline(__always)
    private static func needsEscape(_ b: UInt8) -> Bool {
        b < 0x20 || b == UInt8(ascii: "\"") || b == UInt8(ascii: "\\")
    }

    /// Whether no byte needs escaping, checked eight bytes at a time: a byte below 0x20 or equal to a
    /// quote or a backslash sets its high bit in `below | quote | backslash` (the classic "has zero
    /// byte" and "has less than" word tricks; UTF-8 bytes ≥ 0x80 are excluded by `~word`).
    private static func needsNoEscape(_ utf8: UnsafeBufferPointer<UInt8>) -> Bool {
        let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
        var i = 0
        let raw = UnsafeRawPointer(utf8.baseAddress)
        if let raw {
            while i + 8 <= utf8.count {
                let word = raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
                let below = (word &- ones &* 0x20) & ~word
                let quote = word ^ (ones &* 0x22), backslash = word ^ (ones &* 0x5C)
                let hits = below | ((quote &- ones) & ~quote) | ((backslash &- ones) & ~backslash)
                if hits & highs != 0 { return false }
                i += 8
            }
        }
        while i < utf8.count {
            if needsEscape(utf8[i]) { return false }
            i += 1
        }
        return true
    }

    private mutating func escape(_ b: UInt8) {
        byte(UInt8(ascii: "\\"))
        switch b {
        case UInt8(ascii: "\""), UInt8(ascii: "\\"): byte(b)
        case 0x0A: byte(UInt8(ascii: "n"))
        case 0x0D: byte(UInt8(ascii: "r"))
        case 0x09: byte(UInt8(ascii: "t"))
        case 0x08: byte(UInt8(ascii: "b"))
        case 0x0C: byte(UInt8(ascii: "f"))
        default:
            let hex = { (nibble: UInt8) in nibble < 10 ? UInt8(ascii: "0") + nibble : UInt8(ascii: "a") + nibble - 10 }
            raw("u00")
            byte(hex(b >> 4))
            byte(hex(b & 0xF))
        }
    }

    /// Appends an array of strings.
    mutating func jsonStrings(_ texts: [String]) {
        byte(UInt8(ascii: "["))
        for (i, text) in texts.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            jsonString(text)
        }
        byte(UInt8(ascii: "]"))
    }

    /// Appends `"name":`, preceded by a comma unless it is the first member of its object.
    mutating func jsonKey(_ name: StaticString, first: Bool = false) {
        if !first { byte(UInt8(ascii: ",")) }
        byte(UInt8(ascii: "\""))
        raw(name)
        raw("\":")
    }

    /// Appends `"name":` for a name known only at run time.
    mutating func jsonKey(_ name: String, first: Bool = false) {
        if !first { byte(UInt8(ascii: ",")) }
        jsonString(name)
        byte(UInt8(ascii: ":"))
    }
}
