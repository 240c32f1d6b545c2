import ArgumentParser

/// The `sitmap` command: news reports about a war in, events, control and daily map snapshots out.
@main
struct Sitmap: ParsableCommand {
    static let version = "0.1.0"

    static let configuration = CommandConfiguration(
        commandName: "sitmap",
        abstract: "Turn news reports about a war into events, territorial control and daily GeoJSON/KML snapshots.",
        version: version,
        subcommands: [
            RunCommand.self, EventsCommand.self, NearCommand.self, ControlCommand.self,
            DiffCommand.self, PlacesCommand.self, GazetteerCommand.self,
        ]
    )
}
