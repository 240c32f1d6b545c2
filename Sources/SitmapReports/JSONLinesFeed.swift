import Foundation

/// A JSON-lines feed: one object a line with `id`, `published`, `title`, `text` and optional `source`, `url`.
enum JSONLinesFeed {
    /// Reads every line of `url`; a bad line is a problem with its line number and the others still count.
    static func read(_ url: URL, name: String, fallbackDate: Day?) -> (reports: [Report], problems: [ReportProblem]) {
        switch TextFile.read(url, name: name, limit: TextFile.maximumFeedBytes) {
        case .failure(let problem): return ([], [problem])
        case .success(let text): return parse(text, name: name, stem: url.deletingPathExtension().lastPathComponent, fallbackDate: fallbackDate)
        }
    }

    /// The lines of feed text, split at each "\n" (found with `memchr`); the "\r" of a CR LF line end is left out.
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        let bounds = text.withUTF8Bytes { bytes -> [Range<Int>] in
            var found: [Range<Int>] = []
            var start = 0
            while start <= bytes.count {
                let at = bytes.offset(of: 0x0A, from: start) ?? bytes.count
                found.append(start..<(at > start && bytes[at - 1] == 0x0D ? at - 1 : at))
                start = at + 1
            }
            return found
        }
        return bounds.map { text[utf8.index(utf8.startIndex, offsetBy: $0.lowerBound)..<utf8.index(utf8.startIndex, offsetBy: $0.upperBound)] }
    }

    /// Parses feed text.
    static func parse(_ text: String, name: String, stem: String, fallbackDate: Day?) -> (reports: [Report], problems: [ReportProblem]) {
        var reports: [Report] = []
        var problems: [ReportProblem] = []
        for (index, line) in lines(of: text).enumerated() {
            let number = index + 1
            if line.isBlank { continue }
            let problem = { (message: String) in ReportProblem(file: name, line: number, message: message) }
            guard let fields = Fields(line) else {
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
        return (reports, problems)
    }
}

/// What the object on a feed line says, as far as reading uses it.
private struct Fields {
    let id, published, title, source, url, text: String?

    /// The fields of the object that is `line`, read by ``FlatJSONObject`` or, when it gives up, by
    /// `JSONSerialization`; nil when the line is not a JSON object.
    init?(_ line: Substring) {
        if let strings = FlatJSONObject.strings(in: line) {
            self.init { strings[$0] }
        } else if let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] {
            self.init { object[$0] }
        } else {
            return nil
        }
    }

    /// The fields from the value of each key: strings, and an `id` that may be a number.
    private init(_ value: (String) -> Any?) {
        id = value("id") as? String ?? (value("id") as? NSNumber)?.stringValue
        published = value("published") as? String
        title = value("title") as? String
        source = value("source") as? String
        url = value("url") as? String
        text = value("text") as? String
    }
}
