import Foundation

/// Paths of the checkout the tests run in.
public enum Repository {
    /// The repository root (the folder holding Package.swift).
    public static let root: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// `geodata/` of the repository.
    public static var geodata: URL { root.appendingPathComponent("geodata") }

    /// The bundled sample reports.
    public static var samples: URL { root.appendingPathComponent("samples/reports") }

    /// `../shared/corpus/seeds` beside the checkout, when it is there (CI and developers have it).
    public static var seeds: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/corpus/seeds")
        return FileManager.default.fileExists(atPath: url.appendingPathComponent("manifest.tsv").path) ? url : nil
    }

    /// `../shared/schemas` beside the checkout, when it is there.
    public static var schemas: URL? {
        let url = root.deletingLastPathComponent().appendingPathComponent("shared/schemas")
        return FileManager.default.fileExists(atPath: url.path) ? url : nil
    }

    /// A fresh temporary folder for one test.
    public static func temporaryFolder(_ name: String = #function) throws -> URL {
        let url = FileManager.default.temporaryDirectory
            .appendingPathComponent("sitmap-tests-\(ProcessInfo.processInfo.processIdentifier)-\(UUID().uuidString.prefix(8))")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }
}
