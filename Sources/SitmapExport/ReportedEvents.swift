import Foundation
import SitmapEvents
import SitmapGazetteer
import SitmapReports

/// Reports read from files and folders, turned into merged events with the bundled gazetteer and actor
/// table: what `sitmap run` and `sitmap near` start from.
public struct ReportedEvents {
    /// Merged events, sorted.
    public let events: [Event]
    /// Reports read.
    public let reportCount: Int
    /// Files or lines that could not be read (they never stop the others).
    public let problems: [ReportProblem]

    /// Reads `paths` (report files, folders, JSON-lines feeds; with their manifests, or `manifest`) and
    /// extracts the events, placing them with `gazetteer`. `published` dates the reports that give no date.
    public init(reading paths: [URL], manifest: URL?, published: Day? = nil, gazetteer: Gazetteer) throws {
        let read = ReportReader.read(paths, manifest: manifest, published: published)
        reportCount = read.reports.count
        problems = read.problems
        events = EventPipeline.events(from: read.reports, gazetteer: gazetteer, actors: try ActorTable.bundled())
    }

    /// The bundled sample reports (`samples/reports`, with its `manifest.tsv`), beside `geodata/`.
    public static func bundledSamples() throws -> URL {
        try Geodata.folder().deletingLastPathComponent().appendingPathComponent("samples/reports", isDirectory: true)
    }
}
