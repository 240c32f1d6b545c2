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

    /// The lines of feed text. Split by bytes, which is many times faster than by characters, unless the text
    /// has CR LF line ends: a character split keeps "\r\n" together, and so does this.
    static func lines(of text: String) -> [Substring] {
        let bytes = text.utf8
        var crlf = false
        var previous: UInt8 = 0
        for byte in bytes {
            if byte == 0x0A && previous == 0x0D { crlf = true; break }
            previous = byte
        }
        if crlf { return text.split(separator: "\n", omittingEmptySubsequences: false) }
        return bytes.split(separator: 0x0A, omittingEmptySubsequences: false).map { Substring($0) }
    }

    /// Parses feed text.
    static func parse(_ text: String, name: String, stem: String, fallbackDate: Day?) -> (reports: [Report], problems: [ReportProblem]) {
        var reports: [Report] = []
        var problems: [ReportProblem] = []
        for (index, line) in lines(of: text).enumerated() {
            let number = index + 1
            if line.isBlank { continue }
            let problem = { (message: String) in ReportProblem(file: name, line: number, message: message) }
            guard let object = (try? JSONSerialization.jsonObject(with: Data(line.utf8))) as? [String: Any] else {
                problems.append(problem("not a JSON object"))
                continue
            }
            guard let body = object["text"] as? String, !body[...].isBlank else {
                problems.append(problem("no \"text\""))
                continue
            }
            let id = (object["id"] as? String) ?? (object["id"] as? NSNumber)?.stringValue ?? "\(stem)-\(number)"
            var day = fallbackDate
            if let published = object["published"] as? String {
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
            reports.append(Report(id: id, published: day, title: (object["title"] as? String) ?? "",
                                  source: object["source"] as? String, url: object["url"] as? String,
                                  text: body, file: "\(name):\(number)"))
        }
        return (reports, problems)
    }
}
