import Foundation

/// A JSON-lines feed: one object a line with `id`, `published`, `title`, `text` and optional `source`, `url`.
enum JSONLinesFeed {
    /// Reads every line of `url`; a bad line is a problem with its line number and the others still count.
    static func read(_ url: URL, name: String, fallbackDate: Day?) -> (reports: [Report], problems: [ReportProblem]) {
        switch TextFile.bytes(of: url, name: name, limit: TextFile.maximumFeedBytes) {
        case .failure(let problem): return ([], [problem])
        case .success(let bytes): return parse(bytes, name: name, stem: url.deletingPathExtension().lastPathComponent, fallbackDate: fallbackDate)
        }
    }

    /// Parses the bytes of a feed. The file is never one `String`: each line is checked to be UTF-8 and only its
    /// fields become `String`s, so no byte is checked twice; a line that is not UTF-8 is a problem of its own.
    static func parse(_ bytes: [UInt8], name: String, stem: String, fallbackDate: Day?) -> (reports: [Report], problems: [ReportProblem]) {
        var reports: [Report] = []
        var problems: [ReportProblem] = []
        bytes.withUnsafeBufferPointer { bytes in
            for (number, start, line) in FeedLines(bytes) {
                let problem = { (message: String) in ReportProblem(file: name, line: number, message: message) }
                // a line that FlatJSONObject reads is UTF-8; one it gives up on is checked before the rest is tried
                let fields: Fields
                if let flat = Fields(flat: line) {
                    fields = flat
                } else if let bad = UTF8Scan(line).firstInvalid {
                    problems.append(problem(TextFile.invalidUTF8(line[bad], at: start + bad)))
                    continue
                } else if line.trimmed(newlines: true).isEmpty {
                    continue
                } else if let serialized = Fields(serialized: line) {
                    fields = serialized
                } else {
                    problems.append(problem("not a JSON object"))
                    continue
                }
                guard let body = fields.text, !body[...].isBlank else {
                    problems.append(problem("no \"text\""))
                    continue
                }
                let id = fields.id ?? "\(stem)-\(number)"
                var day = fallbackDate
                if let published = fields.published {
                    guard let parsed = Day(published: published) else {
                        problems.append(problem("published \"\(published)\" is not a YYYY-MM-DD date"))
                        continue
                    }
                    day = parsed
                }
                guard let day else {
                    problems.append(problem(ReportReader.missingDate))
                    continue
                }
                reports.append(Report(id: id, published: day, title: fields.title ?? "", source: fields.source, url: fields.url,
                                      text: body, file: "\(name):\(number)"))
            }
        }
        return (reports, problems)
    }
}

/// The lines of a feed's bytes, numbered from 1, with the offset where each starts: split at each "\n" (found with
/// `memchr`), the "\r" of a CR LF line end and a byte order mark at the start of the file left out.
private struct FeedLines: Sequence, IteratorProtocol {
    let bytes: UnsafeBufferPointer<UInt8>
    var start: Int
    var number = 0

    init(_ bytes: UnsafeBufferPointer<UInt8>) {
        self.bytes = bytes
        start = bytes.starts(with: [0xEF, 0xBB, 0xBF]) ? 3 : 0
    }

    mutating func next() -> (number: Int, start: Int, line: UnsafeBufferPointer<UInt8>)? {
        guard start <= bytes.count else { return nil }
        let end = bytes.offset(of: 0x0A, from: start) ?? bytes.count
        let line = UnsafeBufferPointer(rebasing: bytes[start..<(end > start && bytes[end - 1] == 0x0D ? end - 1 : end)])
        defer { start = end + 1 }
        number += 1
        return (number, start, line)
    }
}

/// What the object on a feed line says, as far as reading uses it.
private struct Fields {
    let id, published, title, source, url, text: String?
    /// The keys of the fields, in the order of the fields.
    private static let keys = ["id", "published", "title", "source", "url", "text"]

    /// The fields of a flat object of strings, read by ``FlatJSONObject``; nil when it gives up.
    init?(flat line: UnsafeBufferPointer<UInt8>) {
        guard let strings = FlatJSONObject.strings(of: Self.keys, in: line) else { return nil }
        (id, published, title, source, url, text) = (strings[0], strings[1], strings[2], strings[3], strings[4], strings[5])
    }

    /// The fields of any JSON object (well-formed UTF-8), read by `JSONSerialization`: strings, and an `id` that
    /// may be a number; nil when the line is not a JSON object.
    init?(serialized line: UnsafeBufferPointer<UInt8>) {
        guard let object = (try? JSONSerialization.jsonObject(with: Data(buffer: line))) as? [String: Any] else { return nil }
        id = object["id"] as? String ?? (object["id"] as? NSNumber)?.stringValue
        published = object["published"] as? String
        title = object["title"] as? String
        source = object["source"] as? String
        url = object["url"] as? String
        text = object["text"] as? String
    }
}
