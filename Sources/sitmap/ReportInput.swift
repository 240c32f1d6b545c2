import ArgumentParser
import Foundation
import SitmapExport
import SitmapGazetteer
import SitmapReports

/// The reports a command reads, shared by `run`, `events`, `near`, `control` and `diff`.
struct ReportInput: ParsableArguments {
    @Argument(help: "Report files, folders or JSON-lines feeds (default: the bundled sample reports).")
    var reports: [String] = []

    @Option(help: "A manifest.tsv giving the reports' publication dates and headlines (default: the manifest beside them).")
    var manifest: String?

    @Option(help: "The publication date (YYYY-MM-DD) of reports that give none.")
    var published: String?

    func validate() throws {
        _ = try DayOption.parse(published, flag: "--published")
    }

    /// Reads the reports, warns on standard error about any that could not be read, and extracts their
    /// merged events, placed with `gazetteer`.
    func events(gazetteer: Gazetteer) throws -> ReportedEvents {
        let paths = try reports.isEmpty ? [ReportedEvents.bundledSamples()] : reports.map { URL(fileURLWithPath: $0) }
        let input = try ReportedEvents(reading: paths, manifest: manifest.map(URL.init(fileURLWithPath:)),
                                       published: try DayOption.parse(published, flag: "--published"), gazetteer: gazetteer)
        warn(input.problems)
        return input
    }
}

/// Day-valued options (`--on`, `--from`, `--to`, `--published`), given as `YYYY-MM-DD`.
enum DayOption {
    /// The day an option names; a validation error names the flag.
    static func day(_ text: String, flag: String) throws -> Day {
        guard let day = Day(iso: text) else { throw ValidationError("\(flag) wants a date as YYYY-MM-DD, got '\(text)'") }
        return day
    }

    /// The day an optional option names, nil when it is absent.
    static func parse(_ text: String?, flag: String) throws -> Day? {
        try text.map { try day($0, flag: flag) }
    }

    /// The days from `--from` to `--to` (either may be open), nil when neither is given.
    static func range(from: String?, to: String?) throws -> ClosedRange<Day>? {
        let first = try parse(from, flag: "--from"), last = try parse(to, flag: "--to")
        guard first != nil || last != nil else { return nil }
        let range = (first ?? Day(ordinal: Int.min / 2), last ?? Day(ordinal: Int.max / 2))
        guard range.0 <= range.1 else { throw ValidationError("--from \(from!) is after --to \(to!)") }
        return range.0...range.1
    }
}

/// Prints problems to standard error; they never stop a run.
func warn(_ problems: [some CustomStringConvertible]) {
    for problem in problems { FileHandle.standardError.write(Data("sitmap: warning: \(problem)\n".utf8)) }
}
