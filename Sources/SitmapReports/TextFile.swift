import Foundation

/// Reading one input file as UTF-8 text, with a clear message for what is not text.
enum TextFile {
    /// Largest report file read (a report is a few KB; anything this big is not one report).
    static let maximumReportBytes = 8 * 1024 * 1024
    /// Largest JSON-lines feed read whole.
    static let maximumFeedBytes = 1024 * 1024 * 1024

    /// The text of `url`, or the problem that stops it being read: missing, too large, empty, binary, not UTF-8.
    static func read(_ url: URL, name: String, limit: Int = maximumReportBytes) -> Result<String, ReportProblem> {
        bytes(of: url, name: name, limit: limit).flatMap { bytes in
            let scan = bytes.withUnsafeBufferPointer(UTF8Scan.init)
            if let bad = scan.firstInvalid {
                return .failure(ReportProblem(file: name, line: line(at: bad, in: bytes), message: invalidUTF8(bytes[bad], at: bad)))
            }
            var text = bytes.withUnsafeBufferPointer { String(knownUTF8: $0, isASCII: scan.isASCII) }
            if text.hasPrefix("\u{FEFF}") { text.removeFirst() }
            return .success(text)
        }
    }

    /// The bytes of `url`, or the problem that stops them being text: missing, too large, empty, binary. Whether
    /// they are UTF-8 is left to the caller.
    static func bytes(of url: URL, name: String, limit: Int) -> Result<[UInt8], ReportProblem> {
        let fail = { (line: Int?, message: String) in Result<[UInt8], ReportProblem>.failure(ReportProblem(file: name, line: line, message: message)) }
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
        return .success(bytes)
    }

    /// What is wrong with `byte`, at `offset` in its file, that starts no well-formed UTF-8 sequence.
    static func invalidUTF8(_ byte: UInt8, at offset: Int) -> String {
        "invalid UTF-8 (byte 0x\(String(byte, radix: 16, uppercase: true)) at offset \(offset))"
    }

    /// 1-based line of byte `offset`.
    static func line(at offset: Int, in bytes: [UInt8]) -> Int {
        var count = 1
        for byte in bytes[..<offset] where byte == 0x0A { count += 1 }
        return count
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
