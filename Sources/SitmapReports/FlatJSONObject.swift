/// A strict reader for the line a JSON-lines feed nearly always has: one JSON object whose values are all
/// strings. It reads that many times faster than `JSONSerialization`, and gives up (nil) on anything else: other
/// values (numbers, `true`, nested objects, arrays), a key given twice, an escape that is not JSON's or names no
/// character (a lone surrogate), or text that is not JSON. A line it gives up on is for `JSONSerialization`,
/// whose answer is then the one that counts.
enum FlatJSONObject {
    /// The string values that the object on `line` (the whole of it an object but for white space around) gives
    /// `keys`, in their order, nil for a key it does not give. Only these values become `String`s; the others are
    /// read only to check them. The bytes of every string are checked to be well-formed UTF-8 (those between are
    /// JSON's own ASCII), so a line read is UTF-8 throughout; a line given up on may not be.
    static func strings(of keys: [String], in line: UnsafeBufferPointer<UInt8>) -> [String?]? {
        var reader = Reader(bytes: line)
        guard reader.skip(UInt8(ascii: "{")) else { return nil }
        var values = [String?](repeating: nil, count: keys.count)
        var others: [[UInt8]] = []
        if !reader.skip(UInt8(ascii: "}")) {
            repeat {
                guard let key = reader.string({ bytes, _ in
                          keys.firstIndex { $0.utf8.count == bytes.count && $0.utf8.elementsEqual(bytes) }.map(Key.asked) ?? .other(Array(bytes))
                      }),
                      reader.skip(UInt8(ascii: ":"))
                else { return nil }
                switch key {
                case .asked(let index):
                    guard values[index] == nil, let value = reader.string(String.init(knownUTF8:isASCII:)) else { return nil }
                    values[index] = value
                case .other(let key):
                    guard !others.contains(key), reader.string({ _, _ in }) != nil else { return nil }
                    others.append(key)
                }
            } while reader.skip(UInt8(ascii: ","))
            guard reader.skip(UInt8(ascii: "}")) else { return nil }
        }
        return reader.atEnd ? values : nil
    }

    /// A position in a line, moving forward, that reads its JSON from its `bytes`.
    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var at = 0
        /// The quotes and backslashes ahead, found with `memchr`: where a string ends and where its escapes are.
        private var quotes = NextOccurrence(of: UInt8(ascii: "\""))
        private var backslashes = NextOccurrence(of: UInt8(ascii: "\\"))
        /// The bytes of a string with escapes, the escapes decoded.
        private var decoded: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

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

        /// Passes the string that comes next (after white space) to `body`: its UTF-8 bytes, escapes decoded, and
        /// whether they are all ASCII; nil when no string comes next.
        mutating func string<Result>(_ body: (UnsafeBufferPointer<UInt8>, _ isASCII: Bool) -> Result) -> Result? {
            guard skip(UInt8(ascii: "\"")) else { return nil }
            let start = at
            let end = quotes.offset(from: start, in: bytes)
            // nearly always: no escape before the closing quote, so the string is the bytes up to it
            if end < backslashes.offset(from: start, in: bytes) {
                guard let isASCII = plainText(start..<end) else { return nil }
                at = end + 1
                return body(UnsafeBufferPointer(rebasing: bytes[start..<end]), isASCII)
            }
            decoded.removeAll(keepingCapacity: true)
            decoded.reserveCapacity(bytes.count - start)  // as many as are left: never more
            var isASCII = true
            while true {
                let run = at
                at = min(quotes.offset(from: run, in: bytes), backslashes.offset(from: run, in: bytes))
                guard at < bytes.count, let runIsASCII = plainText(run..<at) else { return nil }
                decoded.append(contentsOf: bytes[run..<at])
                isASCII = isASCII && runIsASCII
                let byte = bytes[at]
                at += 1
                if byte == UInt8(ascii: "\"") { return decoded.withUnsafeBufferPointer { body($0, isASCII) } }
                guard let scalar = escape() else { return nil }
                UTF8.encode(scalar) { decoded.append($0) }
                isASCII = isASCII && scalar.isASCII
            }
        }

        /// Whether the bytes in `range` are all ASCII; nil when they are not well-formed UTF-8 or hold a control
        /// character, which a JSON string holds only escaped.
        private func plainText(_ range: Range<Int>) -> Bool? {
            let scan = UTF8Scan(UnsafeBufferPointer(rebasing: bytes[range]))
            guard scan.firstInvalid == nil, !scan.hasControl else { return nil }
            return scan.isASCII
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

    /// A key of the object: one of those asked for, by its index, or another, by its bytes.
    private enum Key {
        case asked(Int)
        case other([UInt8])
    }
}
