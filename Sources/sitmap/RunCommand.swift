import ArgumentParser

/// `sitmap run`: Read the reports and write daily GeoJSON/KML snapshots, events.csv, timeline.kml and index.json.
struct RunCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "run", abstract: "Read the reports and write daily GeoJSON/KML snapshots, events.csv, timeline.kml and index.json.")

    func run() throws {
        throw NotBuiltYet(command: "run")
    }
}
