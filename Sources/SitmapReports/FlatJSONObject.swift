/// A strict reader for the line a JSON-lines feed nearly always has: one JSON object whose values are all
/// strings. It reads that many times faster than `JSONSerialization`, and gives up (nil) on anything else: other
/// values (numbers, `true`, nested objects, arrays), a key given twice, an escape that is not JSON's or names no
/// character (a lone surrogate), or text that is not JSON. A line it gives up on is for `JSONSerialization`,
/// whose answer is then the one that counts.
enum FlatJSONObject {
    /// The keys and string values of the object that is the whole of `line` (white space around it aside).
    static func strings(in line: Substring) -> [String: String]? {
        var storage = line
        return storage.withUTF8 { bytes in
            var reader = Reader(line: line, bytes: bytes)
            guard reader.skip(UInt8(ascii: "{")) else { return nil }
            var fields: [String: String] = [:]
            if !reader.skip(UInt8(ascii: "}")) {
                repeat {
                    guard let key = reader.string(), reader.skip(UInt8(ascii: ":")), let value = reader.string(),
                          fields.updateValue(value, forKey: key) == nil
                    else { return nil }
                } while reader.skip(UInt8(ascii: ","))
                guard reader.skip(UInt8(ascii: "}")) else { return nil }
            }
            return reader.atEnd ? fields : nil
        }
    }

    /// A position in a line, moving forward: the line is read by its UTF-8 `bytes`, and text is copied from it
    /// as `Substring`s (which, unlike bytes, need no check that they are UTF-8).
    private struct Reader {
        let line: Substring
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0

        /// Whether only white space is left.
        var atEnd: Bool {
            mutating get {
                skipWhiteSpace()
                return at == bytes.count
            }
        }

        /// Moves past white space and `byte`, if `byte` comes next; whether it did.
        mutating func skip(_ byte: UInt8) -> Bool {
            skipWhiteSpace()
            guard at < bytes.count, bytes[at] == byte else { return false }
            at += 1
            return true
        }

        /// JSON white space: space, tab, line feed, carriage return.
        mutating func skipWhiteSpace() {
            while at < bytes.count, bytes[at] == 0x20 || bytes[at] == 0x09 || bytes[at] == 0x0A || bytes[at] == 0x0D { at += 1 }
        }

        /// The string that comes next (after white space), decoded; nil when none does.
        mutating func string() -> String? {
            guard skip(UInt8(ascii: "\"")) else { return nil }
            var decoded = ""
            while true {
                let run = at
                at = endOfPlainText(from: run)
                decoded += text(run..<at)
                guard at < bytes.count else { return nil }
                let byte = bytes[at]
                at += 1
                if byte == UInt8(ascii: "\"") { return decoded }
                // a backslash, or a control character, which must be escaped
                guard byte == UInt8(ascii: "\\"), let scalar = escape() else { return nil }
                decoded.unicodeScalars.append(scalar)
            }
        }

        /// Where the text from `start` stops being plain: at a quote, a backslash or a control character.
        private func endOfPlainText(from start: Int) -> Int {
            var end = start
            // eight bytes at a time while none of them stops plain text
            let raw = UnsafeRawBufferPointer(bytes)
            while end + 8 <= bytes.count && !Self.mayStopPlainText(raw.loadUnaligned(fromByteOffset: end, as: UInt64.self)) { end += 8 }
            while end < bytes.count, bytes[end] != UInt8(ascii: "\""), bytes[end] != UInt8(ascii: "\\"), bytes[end] >= 0x20 { end += 1 }
            return end
        }

        /// Whether any of eight bytes is a quote, a backslash or a control character (exact: the bit tricks can
        /// only be wrong about which byte it is).
        private static func mayStopPlainText(_ word: UInt64) -> Bool {
            let ones: UInt64 = 0x0101_0101_0101_0101, highs: UInt64 = 0x8080_8080_8080_8080
            func hasZeroByte(_ x: UInt64) -> Bool { (x &- ones) & ~x & highs != 0 }
            let hasControl = (word &- 0x20 &* ones) & ~word & highs != 0  // a byte below 0x20
            return hasControl || hasZeroByte(word ^ (0x22 &* ones)) || hasZeroByte(word ^ (0x5C &* ones))  // a quote, a backslash
        }

        /// The text of the line at these byte offsets (which fall between characters).
        private func text(_ offsets: Range<Int>) -> Substring {
            let utf8 = line.utf8
            return line[utf8.index(utf8.startIndex, offsetBy: offsets.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: offsets.upperBound)]
        }

        /// The character of the escape whose backslash was just read.
        private mutating func escape() -> Unicode.Scalar? {
            guard at < bytes.count else { return nil }
            let letter = bytes[at]
            at += 1
            switch letter {
            case UInt8(ascii: "\""), UInt8(ascii: "\\"), UInt8(ascii: "/"): return Unicode.Scalar(letter)
            case UInt8(ascii: "b"): return "\u{08}"
            case UInt8(ascii: "f"): return "\u{0C}"
            case UInt8(ascii: "n"): return "\n"
            case UInt8(ascii: "r"): return "\r"
            case UInt8(ascii: "t"): return "\t"
            case UInt8(ascii: "u"):
                guard let unit = hexUnit() else { return nil }
                guard (0xD800..<0xDC00).contains(unit) else { return Unicode.Scalar(unit) }  // nil for a lone low surrogate
                // a high surrogate must be followed by an escaped low one
                guard skipExactly("\\u"), let low = hexUnit(), (0xDC00..<0xE000).contains(low) else { return nil }
                return Unicode.Scalar(0x10000 + ((UInt32(unit) - 0xD800) << 10 | (UInt32(low) - 0xDC00)))
            default: return nil
            }
        }

        /// Moves past `text`, if it comes next (no white space first); whether it did.
        private mutating func skipExactly(_ text: StaticString) -> Bool {
            let expected = UnsafeBufferPointer(start: text.utf8Start, count: text.utf8CodeUnitCount)
            guard bytes.count - at >= expected.count, bytes[at..<at + expected.count].elementsEqual(expected) else { return false }
            at += expected.count
            return true
        }

        /// Four hex digits, as a UTF-16 code unit.
        private mutating func hexUnit() -> UInt16? {
            guard bytes.count - at >= 4 else { return nil }
            var unit: UInt16 = 0
            for _ in 0..<4 {
                guard let digit = hexDigit(bytes[at]) else { return nil }
                unit = unit << 4 | UInt16(digit)
                at += 1
            }
            return unit
        }

        private func hexDigit(_ byte: UInt8) -> UInt8? {
            switch byte {
            case UInt8(ascii: "0")...UInt8(ascii: "9"): return byte - UInt8(ascii: "0")
            case UInt8(ascii: "a")...UInt8(ascii: "f"): return byte - UInt8(ascii: "a") + 10
            case UInt8(ascii: "A")...UInt8(ascii: "F"): return byte - UInt8(ascii: "A") + 10
            default: return nil
            }
        }
    }
}
