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

    @OptionGroup var input: ReportInput
    @Option(help: "Only events on or after this day (YYYY-MM-DD).") var from: String?
    @Option(help: "Only events on or before this day (YYYY-MM-DD).") var to: String?
    @Option(help: "table, json, geojson or csv.") var format: Format = .table

    func validate() throws {
        _ = try DayOption.range(from: from, to: to)
    }

    func run() throws {
        let read = try input.events(gazetteer: try Gazetteer.bundled())
        guard read.reportCount > 0 else { throw NoReports(problems: read.problems.count) }
        let days = try DayOption.range(from: from, to: to)
        let events = read.events.filter { days?.contains($0.date) ?? true }
        switch format {
        case .table: print(EventTable.text(events, reports: read.reportCount), terminator: "")
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
        return TextTable.aligned(rows) + "\n\(events.count) event\(events.count == 1 ? "" : "s") from \(reports) report\(reports == 1 ? "" : "s")\n"
    }
}

/// None of the reports could be read: there is nothing to list.
struct NoReports: Error, CustomStringConvertible {
    let problems: Int
    var description: String { "no report could be read (\(problems) problem\(problems == 1 ? "" : "s") above); nothing to list" }
}
