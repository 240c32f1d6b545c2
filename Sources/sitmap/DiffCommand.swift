import ArgumentParser

/// `sitmap diff`: What changed hands between two dates, per side, with areas in km².
struct DiffCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "diff", abstract: "What changed hands between two dates, per side, with areas in km².")

    func run() throws {
        throw NotBuiltYet(command: "diff")
    }
}
