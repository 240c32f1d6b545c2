/// A small header at the top of a report file: `key: value` lines (`published`, `title`, `source`, `url`,
/// `id`), optionally between `---` lines, ended by a blank line or the closing `---`.
struct FrontMatter {
    /// Keys a header may carry; any other `key:` line ends the header (it is text, like a dateline).
    static let keys: Set<String> = ["published", "date", "title", "source", "url", "id"]

    var fields: [String: String] = [:]
    /// The text after the header.
    var body: Substring

    /// The header of `text`, or nil when the text does not start with one.
    static func parse(_ text: String) -> FrontMatter? {
        var lines = text.split(separator: "\n", omittingEmptySubsequences: false)[...]
        let fenced = lines.first.map { $0.trimmingCharacters(in: .whitespaces) == "---" } ?? false
        if fenced { lines = lines.dropFirst() }
        var fields: [String: String] = [:]
        var consumed = fenced ? 1 : 0
        for line in lines {
            let trimmed = line.trimmingCharacters(in: .whitespacesAndNewlines)
            consumed += 1
            if trimmed.isEmpty || (fenced && trimmed == "---") { break }
            guard let colon = trimmed.firstIndex(of: ":"),
                  case let key = trimmed[..<colon].lowercased(), keys.contains(key) else {
                if fenced { return nil }
                consumed -= 1
                break
            }
            fields[key == "date" ? "published" : key] = trimmed[trimmed.index(after: colon)...].trimmingCharacters(in: .whitespaces)
        }
        guard fields["published"] != nil || fields["title"] != nil else { return nil }
        let body = text.split(separator: "\n", maxSplits: consumed, omittingEmptySubsequences: false)
        return FrontMatter(fields: fields, body: body.count > consumed ? body[consumed] : "")
    }
}
