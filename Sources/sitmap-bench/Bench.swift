import ArgumentParser

/// `sitmap-bench`: speed figures of sitmap's hot paths on synthetic data. Build with `-c release`.
@main
struct Bench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "sitmap-bench",
        abstract: "Measure sitmap's hot paths on synthetic data (run a release build).",
        subcommands: [GeometryBench.self, NearBench.self, ControlBench.self, EventsBench.self, GazetteerBench.self]
    )
}
