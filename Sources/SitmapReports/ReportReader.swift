import Foundation

/// Reads reports from files, folders and JSON-lines feeds.
///
/// Every problem names its file (and line) and never stops the others from being read.
public enum ReportReader {
    /// Reads `.txt` files (dates from a front-matter header or a manifest), folders (every `.txt` and `.jsonl`
    /// in them, with their `manifest.tsv` when present) and `.jsonl` feeds. `manifest` overrides the manifests
    /// found beside the files; `published` dates the reports that have no date of their own.
    public static func read(_ paths: [URL], manifest: URL? = nil, published: Day? = nil) -> (reports: [Report], problems: [ReportProblem]) {
        var context = Context(fallbackDate: published)
        if let manifest {
            let (parsed, problems) = Manifest.read(manifest, name: manifest.relativePath)
            context.problems += problems
            context.explicitManifest = parsed
            if parsed == nil { context.explicitManifestFailed = true }
        }
        for path in paths { context.read(path) }
        return (context.uniqueReports(), context.problems)
    }

    /// Reads one report from text already in memory (tests, stdin); the text may start with a header.
    public static func report(text: String, id: String, published: Day?, title: String? = nil, file: String? = nil) -> Result<Report, ReportProblem> {
        let name = file ?? id
        let header = FrontMatter.parse(text)
        let body = header.map { String($0.body) } ?? text
        guard let day = header?.fields["published"].flatMap({ Day(published: $0) }) ?? published else {
            return .failure(ReportProblem(file: name, message: missingDate))
        }
        let headline = header?.fields["title"] ?? title ?? firstLineHeadline(body) ?? ""
        return .success(Report(id: header?.fields["id"] ?? id, published: day, title: headline,
                               source: header?.fields["source"], url: header?.fields["url"], text: body, file: name))
    }

    static let missingDate = "no publication date (give it in a manifest.tsv row, a 'published:' header, or with --published DATE)"

    /// The first line when it reads like a headline: short, not ending like a sentence, followed by a blank line.
    static func firstLineHeadline(_ text: String) -> String? {
        let lines = text.split(separator: "\n", maxSplits: 2, omittingEmptySubsequences: false)
        guard let first = lines.first?.trimmingCharacters(in: .whitespaces), !first.isEmpty else { return nil }
        let words = first.split(separator: " ").count
        guard words <= 25, let last = first.last, !".!?\"”".contains(last) else { return nil }
        return first
    }

    /// The state of one `read` call.
    private struct Context {
        let fallbackDate: Day?
        var explicitManifest: Manifest?
        var explicitManifestFailed = false
        var reports: [Report] = []
        var problems: [ReportProblem] = []
        var seen: Set<String> = []
        var manifests: [String: Manifest?] = [:]

        init(fallbackDate: Day?) { self.fallbackDate = fallbackDate }

        mutating func read(_ url: URL) {
            var isFolder: ObjCBool = false
            guard FileManager.default.fileExists(atPath: url.path, isDirectory: &isFolder) else {
                problems.append(ReportProblem(file: url.relativePath, message: "no such file or folder"))
                return
            }
            if isFolder.boolValue {
                let names = (try? FileManager.default.contentsOfDirectory(atPath: url.path)) ?? []
                let files = names.filter { ["txt", "jsonl", "ndjson"].contains(($0 as NSString).pathExtension.lowercased()) }.sorted()
                if files.isEmpty { problems.append(ReportProblem(file: url.relativePath, message: "folder holds no .txt or .jsonl reports")) }
                for name in files { readFile(url.appendingPathComponent(name)) }
            } else {
                readFile(url)
            }
        }

        mutating func readFile(_ url: URL) {
            let key = url.standardizedFileURL.path
            guard seen.insert(key).inserted else { return }
            switch url.pathExtension.lowercased() {
            case "jsonl", "ndjson":
                let feed = JSONLinesFeed.read(url, name: url.relativePath, fallbackDate: fallbackDate)
                reports += feed.reports
                problems += feed.problems
            default:
                readText(url)
            }
        }

        mutating func readText(_ url: URL) {
            let name = url.relativePath
            let text: String
            switch TextFile.read(url, name: name) {
            case .failure(let problem): problems.append(problem); return
            case .success(let read): text = read
            }
            let entry = manifest(beside: url)?.entry(for: url)
            let id = url.deletingPathExtension().lastPathComponent
            switch ReportReader.report(text: text, id: id, published: entry?.published ?? fallbackDate, title: entry?.title, file: name) {
            case .success(let report): reports.append(report)
            case .failure(let problem): problems.append(problem)
            }
        }

        /// The explicit manifest, else the `manifest.tsv` in the file's folder (read once per folder).
        mutating func manifest(beside url: URL) -> Manifest? {
            if explicitManifest != nil || explicitManifestFailed { return explicitManifest }
            let folder = url.deletingLastPathComponent()
            let key = folder.standardizedFileURL.path
            if let known = manifests[key] { return known }
            let candidate = folder.appendingPathComponent("manifest.tsv")
            var found: Manifest?
            if FileManager.default.fileExists(atPath: candidate.path) {
                let (parsed, readProblems) = Manifest.read(candidate, name: candidate.relativePath)
                problems += readProblems
                found = parsed
            }
            manifests[key] = found
            return found
        }

        /// Reports with ids made unique ("-2", "-3" on repeats), in reading order.
        func uniqueReports() -> [Report] {
            var counts: [String: Int] = [:]
            return reports.map { report in
                counts[report.id, default: 0] += 1
                guard let n = counts[report.id], n > 1 else { return report }
                return Report(id: "\(report.id)-\(n)", published: report.published, title: report.title, source: report.source,
                              url: report.url, text: report.text, file: report.file)
            }
        }
    }
}
