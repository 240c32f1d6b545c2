import Foundation

/// Seconds from `start` to now.
func seconds(since start: ContinuousClock.Instant) -> Double {
    let d = ContinuousClock.now - start
    return Double(d.components.seconds) + Double(d.components.attoseconds) * 1e-18
}

/// The Python programs the benchmarks measure sitmap against (`bench/*.py`), run as subprocesses in the
/// same run on the same data.
enum PythonPeer {
    /// A file of the repository's `bench/` folder, found from this source file so a bench runs from any folder.
    static func script(_ name: String) -> String {
        URL(fileURLWithPath: #filePath).deletingLastPathComponent().deletingLastPathComponent()
            .deletingLastPathComponent().appendingPathComponent("bench/\(name)").path
    }

    /// Runs `program` (found on PATH) with `arguments` to completion: its exit status (127 when it is not
    /// there) and its standard output, followed by its standard error when `withErrors`.
    static func run(_ program: String, _ arguments: [String], withErrors: Bool = false) throws -> (status: Int32, output: String) {
        let process = Process()
        process.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        process.arguments = [program] + arguments
        // output goes to a file, so a chatty peer can never block on a full pipe
        let output = FileManager.default.temporaryDirectory.appendingPathComponent("sitmap-bench-peer-\(UUID().uuidString)")
        _ = FileManager.default.createFile(atPath: output.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: output) }
        let handle = try FileHandle(forWritingTo: output)
        process.standardOutput = handle
        process.standardError = withErrors ? handle : FileHandle.nullDevice
        try process.run()
        process.waitUntilExit()
        return (process.terminationStatus, try String(contentsOf: output, encoding: .utf8))
    }
}
