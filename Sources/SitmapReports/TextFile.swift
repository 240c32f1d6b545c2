import Foundation

/// Reading one input file as UTF-8 text, with a clear message for what is not text.
enum TextFile {
    /// Largest report file read (a report is a few KB; anything this big is not one report).
    static let maximumReportBytes = 8 * 1024 * 1024
    /// Largest JSON-lines feed read whole.
    static let maximumFeedBytes = 1024 * 1024 * 1024

    /// The text of `url`, or the problem that stops it being read: missing, too large, empty, binary, not UTF-8.
    static func read(_ url: URL, name: String, limit: Int = maximumReportBytes) -> Result<String, ReportProblem> {
        let fail = { (line: Int?, message: String) in Result<String, ReportProblem>.failure(ReportProblem(file: name, line: line, message: message)) }
        guard let attributes = try? FileManager.default.attributesOfItem(atPath: url.path) else {
            return fail(nil, "no such file")
        }
        let size = (attributes[.size] as? NSNumber)?.intValue ?? 0
        if size > limit {
            return fail(nil, String(format: "too large to be a report (%.1f MB, the limit is %d MB)",
                                    Double(size) / 1_048_576, limit / 1_048_576))
        }
        guard let data = try? Data(contentsOf: url) else { return fail(nil, "cannot be read") }
        let bytes = [UInt8](data)
        if bytes.allSatisfy({ $0 == 0x20 || $0 == 0x0A || $0 == 0x0D || $0 == 0x09 }) {
            return fail(nil, "empty file: no text")
        }
        if let zero = bytes.withUnsafeBufferPointer({ $0.offset(of: 0, from: 0) }) {
            return fail(line(at: zero, in: bytes), "binary file (a NUL byte at offset \(zero)), not text")
        }
        if let bad = firstInvalidUTF8(bytes) {
            return fail(line(at: bad, in: bytes), "invalid UTF-8 (byte 0x\(String(bytes[bad], radix: 16, uppercase: true)) at offset \(bad))")
        }
        var text = String(decoding: bytes, as: UTF8.self)
        if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
        return .success(text)
    }

    /// 1-based line of byte `offset`.
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        var count = 1
        for byte in bytes[..<offset] where byte == 0x0A { count += 1 }
        return count
    }

    /// Offset of the first byte that does not start or continue a well-formed UTF-8 sequence, nil if all is well.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> Int? {
        bytes.withUnsafeBufferPointer(firstInvalidUTF8)
    }

    private static func firstInvalidUTF8(_ bytes: UnsafeBufferPointer<UInt8>) -> Int? {
        let raw = UnsafeRawBufferPointer(bytes)
        var i = 0
        let n = bytes.count
        while i < n {
            // eight ASCII bytes at a time: most text is ASCII
            if i + 8 <= n && raw.loadUnaligned(fromByteOffset: i, as: UInt64.self) & 0x8080_8080_8080_8080 == 0 {
                i += 8
                continue
            }
            let lead = bytes[i]
            if lead < 0x80 { i += 1; continue }
            let length: Int, minimum: UInt32
            switch lead {
            case 0xC2...0xDF: (length, minimum) = (2, 0x80)
            case 0xE0...0xEF: (length, minimum) = (3, 0x800)
            case 0xF0...0xF4: (length, minimum) = (4, 0x10000)
            default: return i
            }
            guard i + length <= n else { return i }
            var scalar = UInt32(lead) & (0xFF >> (length + 1))
            for k in 1..<length {
                let continuation = bytes[i + k]
                guard continuation & 0xC0 == 0x80 else { return i }
                scalar = scalar << 6 | UInt32(continuation & 0x3F)
            }
            // overlong forms, UTF-16 surrogates and values past U+10FFFF are not UTF-8
            if scalar < minimum || (0xD800...0xDFFF).contains(scalar) || scalar > 0x10FFFF { return i }
            i += length
        }
        return nil
    }
}

extension Day {
    /// A publication date as feeds write it: `YYYY-MM-DD`, or an ISO 8601 date-time whose date part is taken.
    public init?(published text: some StringProtocol) {
        // what feeds nearly always write: exactly `YYYY-MM-DD`, read from its bytes
        if let date = text.utf8.withContiguousStorageIfAvailable(Self.isoDigits) ?? nil {
            self.init(year: date.year, month: date.month, day: date.day)
            return
        }
        let trimmed = String(text).trimmed()
        guard trimmed.count >= 10 else { return nil }
        let datePart = trimmed.prefix(10)
        if trimmed.count > 10, let next = trimmed.dropFirst(10).first, next != "T", next != " " { return nil }
        self.init(iso: datePart)
    }

    /// The numbers of ten bytes `YYYY-MM-DD` (four digits, a hyphen, two digits, a hyphen, two digits); nil when
    /// the bytes are not of that form.
    private static func isoDigits(_ bytes: UnsafeBufferPointer<UInt8>) -> (year: Int, month: Int, day: Int)? {
        guard bytes.count == 10, bytes[4] == UInt8(ascii: "-"), bytes[7] == UInt8(ascii: "-") else { return nil }
        func number(_ range: Range<Int>) -> Int? {
            var value = 0
            for k in range {
                guard bytes[k] &- UInt8(ascii: "0") < 10 else { return nil }
                value = value * 10 + Int(bytes[k] &- UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0..<4), let month = number(5..<7), let day = number(8..<10) else { return nil }
        return (year, month, day)
    }
}
