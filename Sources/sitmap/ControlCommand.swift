import ArgumentParser

/// `sitmap control`: Territory, contested areas and front lines on a day.
struct ControlCommand: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "control", abstract: "Territory, contested areas and front lines on a day.")

    func run() throws {
        throw NotBuiltYet(command: "control")
    }
}
