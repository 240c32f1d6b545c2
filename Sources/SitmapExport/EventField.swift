import SitmapEvents
import SitmapReports

/// The columns of an event record, named and ordered as ACLED names them
/// (`../shared/docs/architecture.md`), so sitmap output mixes with ACLED and UCDP data.
///
/// GeoJSON properties, CSV columns and KML `ExtendedData` all come from this one list.
public enum EventField: String, CaseIterable, Sendable {
    case eventID = "event_id"
    case eventDate = "event_date"
    case timePrecision = "time_precision"
    case eventType = "event_type"
    case subEventType = "sub_event_type"
    case actor1
    case actor2
    case location
    case admin1
    case placeID = "place_id"
    case latitude
    case longitude
    case geoPrecision = "geo_precision"
    case fatalities
    case fatalitiesLow = "fatalities_low"
    case fatalitiesHigh = "fatalities_high"
    case sources
    case sourceCount = "source_count"
    case notes

    /// The column name.
    public var name: String { rawValue }

    /// The field's value for `event`.
    public func value(of event: Event) -> FieldValue {
        switch self {
        case .eventID: return .text(event.id)
        case .eventDate: return .day(event.date)
        case .timePrecision: return .integer(event.timePrecision)
        case .eventType: return .text(event.eventType.rawValue)
        case .subEventType: return .text(event.subEventType.rawValue)
        case .actor1: return .text(event.actor1)
        case .actor2: return event.actor2.map(FieldValue.text) ?? .absent
        case .location: return .text(event.location.name)
        case .admin1: return .text(event.location.admin1)
        case .placeID: return event.location.placeID.map(FieldValue.text) ?? .absent
        case .latitude: return event.location.coordinate.map { .decimal($0.latitude, decimals: 6) } ?? .absent
        case .longitude: return event.location.coordinate.map { .decimal($0.longitude, decimals: 6) } ?? .absent
        case .geoPrecision: return .integer(event.location.geoPrecision)
        case .fatalities: return event.fatalities.best.map(FieldValue.integer) ?? .absent
        case .fatalitiesLow: return event.fatalities.low.map(FieldValue.integer) ?? .absent
        case .fatalitiesHigh: return event.fatalities.high.map(FieldValue.integer) ?? .absent
        case .sources: return .list(event.sources)
        case .sourceCount: return .integer(event.sourceCount)
        case .notes: return .sentences(event.notes)
        }
    }
}
