import Foundation
import SitmapEvents
import SitmapGazetteer
import SitmapReports

/// Settlement control on one day before the reports begin: the state the ledger starts from
/// (`geodata/baseline-YYYY-MM-DD.tsv`, or a user's file with the same columns).
public struct Baseline: Sendable {
    /// The day the baseline describes: from a `# day: YYYY-MM-DD` comment, else from a file name
    /// ending in `-YYYY-MM-DD.tsv`; nil when neither says.
    public let day: Day?
    /// The rows, in file order.
    public let rows: [BaselineRow]
    /// The file it came from.
    public let file: String

    /// A baseline from its rows; `file` names where they came from in messages.
    public init(day: Day?, rows: [BaselineRow], file: String = "") {
        self.day = day
        self.rows = rows
        self.file = file
    }

    /// The columns a baseline file starts with, in this order.
    public static let columns = ["place_id", "name", "side", "status", "source"]

    /// Reads a baseline file: a header line with ``columns``, then one settlement a line; blank lines
    /// and lines starting with `#` are skipped. Errors name the file and line.
    public static func load(from url: URL) throws -> Baseline {
        let text: String
        do { text = try String(contentsOf: url, encoding: .utf8) } catch {
            throw BaselineFileError(file: url.path, line: 0, problem: "cannot be read as UTF-8 text")
        }
        var day = Day(iso: url.deletingPathExtension().lastPathComponent.suffix(10))
        var rows: [BaselineRow] = []
        var sawHeader = false
        var seen: [String: Int] = [:]
        for (index, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let number = index + 1
            let line = rawLine.hasSuffix("\r") ? rawLine.dropLast() : rawLine
            func failure(_ problem: String) -> BaselineFileError { BaselineFileError(file: url.path, line: number, problem: problem) }
            if line.trimmingCharacters(in: .whitespaces).isEmpty { continue }
            if line.hasPrefix("#") {
                let comment = line.dropFirst().trimmingCharacters(in: .whitespaces)
                for key in ["day:", "date:"] where comment.lowercased().hasPrefix(key) {
                    let value = comment.dropFirst(key.count).trimmingCharacters(in: .whitespaces)
                    guard let parsed = Day(iso: value) else { throw failure("'\(value)' is not a YYYY-MM-DD day") }
                    day = parsed
                }
                continue
            }
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            if !sawHeader {
                guard Array(fields.prefix(columns.count)) == columns else {
                    throw failure("expected the header \(columns.joined(separator: "<TAB>"))")
                }
                sawHeader = true
                continue
            }
            guard fields.count >= columns.count else { throw failure("expected \(columns.count) tab-separated fields, got \(fields.count)") }
            let (placeID, side) = (fields[0], fields[2])
            guard !placeID.isEmpty else { throw failure("empty place_id") }
            guard !side.isEmpty else { throw failure("empty side for \(placeID)") }
            guard let status = ControlClaim.Status(rawValue: fields[3]) else {
                throw failure("status '\(fields[3])' is neither held nor contested")
            }
            if let earlier = seen[placeID] { throw failure("\(placeID) is already given on line \(earlier)") }
            seen[placeID] = number
            rows.append(BaselineRow(placeID: placeID, name: fields[1], side: side, status: status, source: fields[4], line: number))
        }
        guard sawHeader else { throw BaselineFileError(file: url.path, line: 1, problem: "no header line") }
        return Baseline(day: day, rows: rows, file: url.path)
    }

    /// The newest `geodata/baseline-YYYY-MM-DD.tsv`.
    public static func bundled() throws -> Baseline {
        let folder = try Geodata.folder()
        let names = try FileManager.default.contentsOfDirectory(atPath: folder.path)
            .filter { $0.hasPrefix("baseline-") && $0.hasSuffix(".tsv") }
            .sorted()
        guard let newest = names.last else {
            throw BaselineFileError(file: folder.appendingPathComponent("baseline-YYYY-MM-DD.tsv").path, line: 0, problem: "no bundled baseline")
        }
        return try load(from: folder.appendingPathComponent(newest))
    }

    /// Throws for the first row whose side is not one of `sides`.
    public func check(sides: [Side]) throws {
        let known = Set(sides.map(\.id))
        if let row = rows.first(where: { !known.contains($0.side) }) {
            throw BaselineFileError(file: file, line: row.line,
                                    problem: "unknown side '\(row.side)' (sides: \(sides.map(\.id).joined(separator: ", ")))")
        }
    }
}

/// One settlement of a baseline file.
public struct BaselineRow: Hashable, Sendable {
    /// Gazetteer place id.
    public let placeID: String
    /// The name as the file gives it (for readers; the gazetteer's name is used in output).
    public let name: String
    /// Side id holding it.
    public let side: String
    /// Held or contested.
    public let status: ControlClaim.Status
    /// Where the row's control comes from.
    public let source: String
    /// Line number in the file, for messages.
    public let line: Int

    /// A row; `line` is its line in the file (0 when it did not come from one).
    public init(placeID: String, name: String, side: String, status: ControlClaim.Status, source: String, line: Int = 0) {
        self.placeID = placeID
        self.name = name
        self.side = side
        self.status = status
        self.source = source
        self.line = line
    }
}

/// A baseline file that cannot be used, with the file and line at fault.
public struct BaselineFileError: Error, CustomStringConvertible {
    /// The file's path.
    public let file: String
    /// The line at fault, 0 for the file as a whole.
    public let line: Int
    /// What is wrong, in a few words.
    public let problem: String
    /// `FILE:LINE: problem`.
    public var description: String { line > 0 ? "\(file):\(line): \(problem)" : "\(file): \(problem)" }
}
