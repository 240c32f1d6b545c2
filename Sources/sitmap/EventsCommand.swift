import ArgumentParser
import Foundation
import SitmapEvents
import SitmapExport
import SitmapGazetteer
import SitmapReports

/// `sitmap events`: the merged events of reports, with ACLED/UCDP field names.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "events",
        abstract: "List the merged events found in reports.",
        discussion: """
            Reads report files, folders (every .txt with its manifest.tsv) and JSON-lines feeds, finds the \
            events each sentence tells (ACLED event and sub-event types), and merges the same event told by \
            several reports into one, with every source and the range of figures. A file that cannot be read \
            is reported on standard error and the others are still processed.
            """)

    enum Format: String, ExpressibleByArgument, CaseIterable {
        case table, json, geojson, csv
    }

    @Argument(help: "Report files, folders or JSON-lines feeds (default: the bundled sample reports).") var reports: [String] = []
    @Option(help: "A manifest.tsv giving the reports' publication dates and headlines.") var manifest: String?
    @Option(help: "The publication date (YYYY-MM-DD) of reports that give none.") var published: String?
    @Option(help: "Only events on or after this day (YYYY-MM-DD).") var from: String?
    @Option(help: "Only events on or before this day (YYYY-MM-DD).") var to: String?
    @Option(help: "table, json, geojson or csv.") var format: Format = .table

    func validate() throws {
        for (flag, value) in [("--published", published), ("--from", from), ("--to", to)] {
            if let value, Day(iso: value) == nil { throw ValidationError("\(flag) wants a date as YYYY-MM-DD, got '\(value)'") }
        }
        if let from, let to, from > to { throw ValidationError("--from \(from) is after --to \(to)") }
    }

    func run() throws {
        let read = ReportReader.read(try reportPaths(reports), manifest: manifest.map(URL.init(fileURLWithPath:)),
                                     published: published.flatMap { Day(iso: $0) })
        warn(read.problems)
        guard !read.reports.isEmpty else { throw NoReports(problems: read.problems.count) }
        let all = EventPipeline.events(from: read.reports, gazetteer: try Gazetteer.bundled(), actors: try ActorTable.bundled())
        let first = from.flatMap { Day(iso: $0) }, last = to.flatMap { Day(iso: $0) }
        let events = all.filter { event in first.map { event.date >= $0 } ?? true && last.map { event.date <= $0 } ?? true }
        switch format {
        case .table: print(EventTable.text(events, reports: read.reports.count), terminator: "")
        case .json: print(JSONExport.events(events), terminator: "")
        case .geojson: print(GeoJSONExport.events(events), terminator: "")
        case .csv: print(CSVExport.events(events), terminator: "")
        }
    }
}

/// The merged events as an aligned text table: one row an event, ACLED field names as headers.
enum EventTable {
    static let header = ["event_id", "event_date", "time_precision", "sub_event_type", "actor1", "actor2", "location", "admin1",
                         "geo_precision", "fatalities_low", "fatalities", "fatalities_high", "source_count"]

    static func text(_ events: [Event], reports: Int) -> String {
        let rows = [header] + events.map { e in
            [e.id, e.date.iso, String(e.timePrecision), e.subEventType.rawValue, e.actor1, e.actor2 ?? "", e.location.name,
             e.location.admin1, String(e.location.geoPrecision), e.fatalities.low.map(String.init) ?? "",
             e.fatalities.best.map(String.init) ?? "", e.fatalities.high.map(String.init) ?? "", String(e.sourceCount)]
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        let lines = rows.map { row in
            row.enumerated().map { column, cell in cell.padding(toLength: widths[column], withPad: " ", startingAt: 0) }
                .joined(separator: "  ").replacingOccurrences(of: "\\s+$", with: "", options: .regularExpression)
        }
        return lines.joined(separator: "\n") + "\n\(events.count) event\(events.count == 1 ? "" : "s") from \(reports) report\(reports == 1 ? "" : "s")\n"
    }
}

/// None of the reports could be read: there is nothing to list.
struct NoReports: Error, CustomStringConvertible {
    let problems: Int
    var description: String { "no report could be read (\(problems) problem\(problems == 1 ? "" : "s") above); nothing to list" }
}
