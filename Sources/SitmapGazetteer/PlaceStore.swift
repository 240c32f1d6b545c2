import Foundation
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The user's own places: rows imported from GeoNames dumps, kept as one gazetteer table
/// (`places.tsv`, the bundled format) in the data folder and merged over the bundled places at load.
public struct PlaceStore: Sendable {
    /// The data folder.
    public let folder: URL
    /// The table of imported places.
    public var file: URL { folder.appendingPathComponent("places.tsv") }

    public init(folder: URL) {
        self.folder = folder
    }

    /// `$SITMAP_DATA`, else `$XDG_DATA_HOME/sitmap`, else `~/.local/share/sitmap`.
    public static func defaultFolder() -> URL {
        let environment = ProcessInfo.processInfo.environment
        if let folder = environment["SITMAP_DATA"], !folder.isEmpty { return URL(fileURLWithPath: folder) }
        if let data = environment["XDG_DATA_HOME"], !data.isEmpty {
            return URL(fileURLWithPath: data).appendingPathComponent("sitmap")
        }
        return FileManager.default.homeDirectoryForCurrentUser.appendingPathComponent(".local/share/sitmap")
    }

    /// The imported places with the source of each row (none before the first import).
    public func importedRows() throws -> [(place: Place, source: String)] {
        guard FileManager.default.fileExists(atPath: file.path) else { return [] }
        return try PlaceTable.readRows(file)
    }

    /// Adds places to the store: a place with the id of a stored one replaces it, the others are kept.
    /// The table is written whole to a temporary file in the folder and renamed over the old one, so a
    /// failure leaves the previous table as it was. Returns how many ids were new and how many replaced.
    @discardableResult
    public func add(_ places: [Place], source: String) throws -> (added: Int, replaced: Int) {
        var rows = try importedRows()
        var position: [String: Int] = [:]
        for (i, row) in rows.enumerated() { position[row.place.id] = i }
        var added = 0, replaced = 0
        for place in places {
            if let i = position[place.id] {
                rows[i] = (place, source)
                replaced += 1
            } else {
                position[place.id] = rows.count
                rows.append((place, source))
                added += 1
            }
        }
        var text = PlaceTable.header + "\n"
        for row in rows { text += PlaceTable.row(row.place, source: row.source) + "\n" }
        try writeAtomically(Data(text.utf8))
        return (added, replaced)
    }

    private func writeAtomically(_ data: Data) throws {
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        let temporary = folder.appendingPathComponent(".places.tsv.\(ProcessInfo.processInfo.processIdentifier).\(UUID().uuidString.prefix(8))")
        do {
            try data.write(to: temporary)
            // rename(2) replaces the old table in one step; returns -1 on failure
            guard rename(temporary.path, file.path) == 0 else {
                throw CocoaError(.fileWriteUnknown, userInfo: [NSFilePathErrorKey: file.path])
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }
}
