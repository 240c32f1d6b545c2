import Foundation
import SitmapControl
import SitmapEvents
import SitmapGazetteer
import SitmapReports

/// The main job: events in, the daily snapshots of `output/` out.
///
/// Settlement control comes from the bundled baseline and the events' control claims; each day's
/// territory from the bundled country outline. Days are written one after another, so a caller can
/// report each as it is done.
public struct SnapshotRun {
    public let events: [Event]
    public let gazetteer: Gazetteer
    public let output: URL

    public init(events: [Event], gazetteer: Gazetteer, output: URL) {
        self.events = events
        self.gazetteer = gazetteer
        self.output = output
    }

    /// The days the run writes: from the first to the last event.
    public var days: [Day] { Snapshot.days(of: events) }

    /// Computes and writes every day, calling `dayWritten` after each, then the run files.
    @discardableResult
    public func write(dayWritten: (SnapshotIndex.Entry) -> Void = { _ in }) throws -> SnapshotIndex {
        let sides = try Side.bundled()
        let ledger = ControlLedger(baseline: try Baseline.bundled(), places: gazetteer.places, events: events)
        let builder = try TerritoryBuilder(settlements: ledger.settlements, outline: try CountryOutline.bundled())
        let writer = SnapshotWriter(folder: output, sides: sides)
        let byDay = Dictionary(grouping: events, by: \.date)
        var snapshots: [Snapshot] = [], entries: [SnapshotIndex.Entry] = []
        for day in days {
            let territory = try builder.territory(for: ledger.control(on: day), on: day)
            let snapshot = Snapshot(day: day, events: byDay[day] ?? [], control: ControlLayer(territory, sides: sides))
            let entry = try writer.write(snapshot)
            snapshots.append(snapshot)
            entries.append(entry)
            dayWritten(entry)
        }
        return try writer.finish(events: events, snapshots: snapshots, entries: entries)
    }
}
