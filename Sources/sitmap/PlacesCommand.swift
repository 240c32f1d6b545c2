import ArgumentParser

/// `sitmap places`: Resolve a place name against the gazetteer.
struct PlacesCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "places", abstract: "Resolve a place name against the gazetteer.")

    func run() throws {
        throw NotBuiltYet(command: "places")
    }
}
