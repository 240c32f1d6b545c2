import ArgumentParser

/// `sitmap gazetteer`: Manage the gazetteer (import GeoNames dumps).
struct GazetteerCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "gazetteer", abstract: "Manage the gazetteer (import GeoNames dumps).")

    func run() throws {
        throw NotBuiltYet(command: "gazetteer")
    }
}
