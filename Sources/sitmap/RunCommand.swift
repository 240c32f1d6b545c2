import ArgumentParser
import Foundation
import SitmapExport
import SitmapGazetteer

/// `sitmap run`: the main job. Reads the reports and writes daily GeoJSON/KML snapshots, events.csv,
/// timeline.kml and index.json to the output folder.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "run",
        abstract: "Read the reports and write daily GeoJSON/KML snapshots, events.csv, timeline.kml and index.json.",
        discussion: """
            For each day from the first to the last event it writes DIR/YYYY-MM-DD/events.geojson, control.geojson \
            and situation.kml, then DIR/events.csv, DIR/timeline.kml (every day, for Google Earth's time slider) \
            and DIR/index.json. Every file is written whole or not at all; the same input gives the same bytes.
            """)

    @OptionGroup var input: ReportInput

    @Option(name: .customLong("out"), help: "The output folder.")
    var output = "output"

    func run() throws {
        let start = ContinuousClock.now
        let gazetteer = try Gazetteer.bundled()
        let input = try self.input.events(gazetteer: gazetteer)
        guard !input.events.isEmpty else { throw NoEvents(reports: input.reportCount) }

        let run = SnapshotRun(events: input.events, gazetteer: gazetteer, output: URL(fileURLWithPath: output, isDirectory: true))
        let bar = ProgressBar(total: run.days.count, label: "days", start: start)
        let index = try run.write { entry in
            bar.pausing { print(entry.summaryLine) }
            bar.advance()
        }
        bar.finish()
        let unmapped = index.eventsWithoutCoordinates
        print("\(output)/: \(index.days.count) days, \(index.events) events from \(input.reportCount) reports"
              + (unmapped > 0 ? " (\(unmapped) without coordinates, in events.csv only)" : "")
              + "; events.csv, timeline.kml, index.json")
    }
}

/// No events could be extracted from the reports: nothing to write.
struct NoEvents: Error, CustomStringConvertible {
    let reports: Int
    var description: String { "no events found in \(reports) report\(reports == 1 ? "" : "s"); nothing was written" }
}
