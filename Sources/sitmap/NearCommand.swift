import ArgumentParser

/// `sitmap near`: List events within a distance of a place, nearest first.
struct NearCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "near", abstract: "List events within a distance of a place, nearest first.")

    func run() throws {
        throw NotBuiltYet(command: "near")
    }
}
