import Foundation

/// What a finished process printed and returned.
public struct CommandResult: Sendable {
    public let status: Int32
    public let standardOutput: String
    public let standardError: String
}

/// Running the built `sitmap` binary and the external tools tests check output with.
public enum Command {
    /// The folder holding the built products (`.build/debug`), where the test runner itself lives.
    public static var productsFolder: URL {
        let runner = Bundle.main.executableURL ?? URL(fileURLWithPath: CommandLine.arguments[0])
        var folder = runner.deletingLastPathComponent()
        // on macOS the runner sits inside an .xctest bundle
        while folder.pathExtension == "xctest" || folder.lastPathComponent == "MacOS" || folder.lastPathComponent == "Contents" {
            folder = folder.deletingLastPathComponent()
        }
        return folder
    }

    /// Runs the built `sitmap` with `arguments` in `folder` (the repository root by default).
    public static func sitmap(_ arguments: [String], in folder: URL = Repository.root, input: Data? = nil) throws -> CommandResult {
        try run(productsFolder.appendingPathComponent("sitmap"), arguments, in: folder, input: input)
    }

    /// Runs a tool found on PATH, or returns nil when it is not installed.
    public static func tool(_ name: String, _ arguments: [String], in folder: URL = Repository.root,
                            environment: [String: String] = [:]) throws -> CommandResult? {
        guard let path = which(name) else { return nil }
        return try run(path, arguments, in: folder, environment: environment)
    }

    /// The full path of a program on PATH.
    public static func which(_ name: String) -> URL? {
        let paths = (ProcessInfo.processInfo.environment["PATH"] ?? "/usr/bin:/bin").split(separator: ":")
        return paths.map { URL(fileURLWithPath: String($0)).appendingPathComponent(name) }
            .first { FileManager.default.isExecutableFile(atPath: $0.path) }
    }

    /// Runs `executable` to completion, capturing both output streams.
    public static func run(_ executable: URL, _ arguments: [String], in folder: URL,
                           input: Data? = nil, environment: [String: String] = [:]) throws -> CommandResult {
        let process = Process()
        process.executableURL = executable
        process.arguments = arguments
        process.currentDirectoryURL = folder
        if !environment.isEmpty {
            process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
        }
        // output goes to temporary files, so a chatty child can never block on a full pipe
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("sitmap-run-\(UUID().uuidString)")
        let outURL = scratch.appendingPathExtension("out"), errURL = scratch.appendingPathExtension("err")
        _ = FileManager.default.createFile(atPath: outURL.path, contents: nil)
        _ = FileManager.default.createFile(atPath: errURL.path, contents: nil)
        defer { try? FileManager.default.removeItem(at: outURL); try? FileManager.default.removeItem(at: errURL) }
        let stdin = Pipe()
        process.standardOutput = try FileHandle(forWritingTo: outURL)
        process.standardError = try FileHandle(forWritingTo: errURL)
        process.standardInput = stdin
        try process.run()
        if let input { stdin.fileHandleForWriting.write(input) }
        try stdin.fileHandleForWriting.close()
        process.waitUntilExit()
        let outData = try Data(contentsOf: outURL), errData = try Data(contentsOf: errURL)
        return CommandResult(status: process.terminationStatus,
                             standardOutput: String(decoding: outData, as: UTF8.self),
                             standardError: String(decoding: errData, as: UTF8.self))
    }
}
