import Foundation
import SitmapEvents
import SitmapGazetteer
import SitmapGeometry
import SitmapReports

/// The bundled gazetteer and actor table, loaded once for all tests of this target.
enum Pipeline {
    static let gazetteer: Gazetteer = try! Gazetteer.bundled()
    static let actors: ActorTable = try! ActorTable.bundled()
    static let extractor = EventExtractor(gazetteer: gazetteer, actors: actors)

    /// Merged events of the reports in `folder`.
    static func events(in folder: URL) -> (events: [Event], reports: [Report]) {
        let (reports, _) = ReportReader.read([folder])
        return (EventPipeline.events(from: reports, gazetteer: gazetteer, actors: actors), reports)
    }

    /// Candidate events of one inline report.
    static func candidates(_ text: String, published: String, title: String = "") -> [Event] {
        extractor.candidates(in: Report(id: "inline", published: Day(iso: published)!, title: title, text: text, file: "inline.txt"))
    }

    /// Kilometres from an event to a point.
    static func kilometres(_ event: Event, _ latitude: Double, _ longitude: Double) -> Double {
        guard let point = event.location.coordinate else { return .infinity }
        return Geodesic.distanceMetres(point, Coordinate(latitude: latitude, longitude: longitude)) / 1000
    }
}
