import ArgumentParser

/// `sitmap events`: List the merged events found in reports.
struct EventsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events", abstract: "List the merged events found in reports.")

    func run() throws {
        throw NotBuiltYet(command: "events")
    }
}
