import SitmapGazetteer
import SitmapReports

/// Reports in, merged events out.
public enum EventPipeline {
    /// Extracts the candidate events of every report and merges them (sorted by date then id).
    public static func events(from reports: [Report], gazetteer: Gazetteer, actors: ActorTable) -> [Event] {
        let extractor = EventExtractor(gazetteer: gazetteer, actors: actors)
        return EventMerger.merge(reports.flatMap(extractor.candidates(in:)))
    }
}
