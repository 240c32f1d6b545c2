import Foundation
import SitmapControl
import SitmapEvents
import SitmapReports

/// Writes the output folder of a run:
///
///     output/
///       index.json                 days, files, counts
///       events.csv                 every event, ACLED column names
///       timeline.kml               every day, with TimeSpan, for Google Earth's time slider
///       YYYY-MM-DD/
///         events.geojson           events of that day
///         control.geojson          territory per side, contested areas, front lines
///         situation.kml            the same as one KML document
///
/// Every file is written whole or not at all (``AtomicFile``), and the same input gives the same bytes.
/// Day folders that an earlier run wrote for days outside this run lose their sitmap files, so the
/// folder always matches its `index.json`.
public struct SnapshotWriter {
    /// The output folder.
    public let folder: URL
    /// Sides for names, colours and KML styles.
    public let sides: [Side]

    /// The files of each day folder, in the order written.
    public static let dayFiles = ["events.geojson", "control.geojson", "situation.kml"]
    /// The files covering the whole run.
    public static let runFiles = ["events.csv", "timeline.kml", "index.json"]

    public init(folder: URL, sides: [Side]) {
        self.folder = folder
        self.sides = sides
    }

    /// Writes one day's folder and returns its index entry.
    @discardableResult
    public func write(_ snapshot: Snapshot) throws -> SnapshotIndex.Entry {
        let day = folder.appendingPathComponent(snapshot.day.iso, isDirectory: true)
        try AtomicFile.write(GeoJSONExport.events(snapshot.mappedEvents), to: day.appendingPathComponent("events.geojson"))
        let control = snapshot.control ?? ControlLayer(day: snapshot.day, features: [])
        try AtomicFile.write(GeoJSONExport.control(control), to: day.appendingPathComponent("control.geojson"))
        try AtomicFile.write(KMLExport.situation(snapshot, sides: sides), to: day.appendingPathComponent("situation.kml"))
        return SnapshotIndex.Entry(snapshot, files: Self.dayFiles.map { "\(snapshot.day.iso)/\($0)" })
    }

    /// Writes `events.csv` (all `events`, by date and id), `timeline.kml` (the snapshots) and `index.json`, after the days,
    /// then clears day folders of earlier runs that this run does not cover.
    @discardableResult
    public func finish(events: [Event], snapshots: [Snapshot], entries: [SnapshotIndex.Entry]) throws -> SnapshotIndex {
        try AtomicFile.write(CSVExport.events(events.sorted { ($0.date, $0.id) < ($1.date, $1.id) }), to: folder.appendingPathComponent("events.csv"))
        try AtomicFile.write(KMLExport.timeline(snapshots, sides: sides), to: folder.appendingPathComponent("timeline.kml"))
        let index = SnapshotIndex(days: entries, files: Self.runFiles, events: events.count,
                                  eventsWithoutCoordinates: events.filter { $0.location.coordinate == nil }.count)
        try AtomicFile.write(index.json, to: folder.appendingPathComponent("index.json"))
        try removeStaleDays(keeping: Set(entries.map(\.day)))
        return index
    }

    /// Writes every snapshot and the run files at once.
    @discardableResult
    public func write(events: [Event], snapshots: [Snapshot]) throws -> SnapshotIndex {
        let entries = try snapshots.map(write)
        return try finish(events: events, snapshots: snapshots, entries: entries)
    }

    /// Removes sitmap's files from `YYYY-MM-DD` folders of other days, and the folders left empty.
    private func removeStaleDays(keeping days: Set<Day>) throws {
        let fm = FileManager.default
        for name in (try? fm.contentsOfDirectory(atPath: folder.path)) ?? [] {
            guard let day = Day(iso: name), day.iso == name, !days.contains(day) else { continue }
            let stale = folder.appendingPathComponent(name, isDirectory: true)
            for file in Self.dayFiles where fm.fileExists(atPath: stale.appendingPathComponent(file).path) {
                try fm.removeItem(at: stale.appendingPathComponent(file))
            }
            if (try? fm.contentsOfDirectory(atPath: stale.path))?.isEmpty == true { try fm.removeItem(at: stale) }
        }
    }
}
