import Foundation

/// A `manifest.tsv`: one row per report file, `file<TAB>published<TAB>title`; `#` lines are comments.
///
/// The title may be empty (a feed that lost the headline); a row that lacks a valid date is reported
/// with its line number and skipped, and the other rows still count.
struct Manifest {
    /// One row.
    struct Entry {
        let file: String
        let published: Day
        let title: String
        let line: Int
    }

    /// Rows by file name (the last path component of `file`).
    private(set) var entries: [String: Entry] = [:]
    /// Rows in file order.
    private(set) var rows: [Entry] = []
    /// Folder the `file` column is relative to.
    let folder: URL

    /// Reads and parses `url`; problems name the manifest and the line.
    static func read(_ url: URL, name: String) -> (manifest: Manifest?, problems: [ReportProblem]) {
        switch TextFile.read(url, name: name) {
        case .failure(let problem): return (nil, [problem])
        case .success(let text):
            let parsed = parse(text, name: name, folder: url.deletingLastPathComponent())
            return (parsed.manifest, parsed.problems)
        }
    }

    /// Parses manifest text.
    static func parse(_ text: String, name: String, folder: URL) -> (manifest: Manifest, problems: [ReportProblem]) {
        var manifest = Manifest(folder: folder)
        var problems: [ReportProblem] = []
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            let number = index + 1
            if line.trimmingCharacters(in: .whitespaces).isEmpty || line.hasPrefix("#") { continue }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if number == 1, fields.first == "file" { continue }  // an uncommented header row
            guard fields.count >= 2, !fields[0].trimmingCharacters(in: .whitespaces).isEmpty else {
                problems.append(ReportProblem(file: name, line: number,
                                              message: "malformed row: expected file<TAB>published<TAB>title, got \(quoted(line))"))
                continue
            }
            guard let day = Day(published: fields[1]) else {
                problems.append(ReportProblem(file: name, line: number,
                                              message: "malformed row: published \(quoted(fields[1])) is not a YYYY-MM-DD date"))
                continue
            }
            let file = fields[0].trimmingCharacters(in: .whitespaces)
            let title = fields.dropFirst(2).joined(separator: " ").trimmingCharacters(in: .whitespaces)
            let entry = Entry(file: file, published: day, title: title, line: number)
            manifest.rows.append(entry)
            manifest.entries[(file as NSString).lastPathComponent] = entry
        }
        return (manifest, problems)
    }

    /// The row for a report file, matched by file name.
    func entry(for url: URL) -> Entry? { entries[url.lastPathComponent] }

    private static func quoted(_ text: some StringProtocol) -> String {
        let short = text.count > 60 ? String(text.prefix(57)) + "..." : String(text)
        return "\"\(short.replacingOccurrences(of: "\t", with: "\\t"))\""
    }
}
