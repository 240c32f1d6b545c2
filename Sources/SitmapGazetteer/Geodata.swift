import Foundation

/// Where the data sitmap ships (`geodata/`) is found at run time.
public enum Geodata {
    /// The `geodata` folder: `$SITMAP_GEODATA` if set, else the first `geodata/` holding `places.tsv`
    /// found walking up from the executable (a build under `.build/` finds the checkout's), else from
    /// the current directory.
    public static func folder() throws -> URL {
        let fm = FileManager.default
        if let override = ProcessInfo.processInfo.environment["SITMAP_GEODATA"], !override.isEmpty {
            return URL(fileURLWithPath: override)
        }
        let executable = URL(fileURLWithPath: CommandLine.arguments.first ?? ".").resolvingSymlinksInPath()
        for start in [executable.deletingLastPathComponent(), URL(fileURLWithPath: fm.currentDirectoryPath)] {
            var folder = start.standardizedFileURL
            while true {
                let candidate = folder.appendingPathComponent("geodata")
                if fm.fileExists(atPath: candidate.appendingPathComponent("places.tsv").path) { return candidate }
                let parent = folder.deletingLastPathComponent()
                if parent.path == folder.path { break }
                folder = parent
            }
        }
        throw GeodataError.notFound
    }

    /// A file of `geodata/`.
    public static func file(_ name: String) throws -> URL {
        try folder().appendingPathComponent(name)
    }
}

/// The bundled data could not be found.
public enum GeodataError: Error, CustomStringConvertible {
    case notFound

    public var description: String {
        "sitmap cannot find its geodata/ folder (with places.tsv); set SITMAP_GEODATA to its path"
    }
}
