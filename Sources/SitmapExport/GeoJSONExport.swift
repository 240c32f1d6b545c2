import Foundation
import SitmapControl
import SitmapEvents
import SitmapGeometry
import SitmapReports

/// GeoJSON per RFC 7946: one FeatureCollection with a `bbox`, positions `[lon, lat]` with 6 decimals,
/// exterior rings counter-clockwise and holes clockwise, no `crs` member, one feature a line.
///
/// Written by a streaming writer straight into bytes: no dictionary tree, no `JSONEncoder`.
public enum GeoJSONExport {
    /// The events that have coordinates as Point features, properties named as ACLED names them.
    /// Events without coordinates are left out (they stay in the CSV).
    public static func events(_ events: [Event]) -> String {
        var buffer = TextBuffer(capacity: 256 + events.count * 700)
        write(events, distancesKilometres: nil, into: &buffer)
        return buffer.text
    }

    /// The same as ``events(_:)`` with a leading `distance_km` property per event (3 decimals), for
    /// proximity answers; `distancesKilometres` runs parallel to `events`.
    public static func events(_ events: [Event], distancesKilometres: [Double]) -> String {
        precondition(events.count == distancesKilometres.count, "one distance per event")
        var buffer = TextBuffer(capacity: 256 + events.count * 700)
        write(events, distancesKilometres: distancesKilometres, into: &buffer)
        return buffer.text
    }

    /// Streams ``events(_:)`` to `url` atomically, in chunks: a million events never sit whole in memory.
    public static func write(_ events: [Event], to url: URL) throws {
        try AtomicFile.write(to: url) { write(events, distancesKilometres: nil, into: &$0) }
    }

    /// A control layer as a FeatureCollection, with properties `layer`, `side`, `side_a`/`side_b` (front
    /// lines), `date`, `area_km2` or `length_km`, `settlements` (areas), `colour` and `name`.
    public static func control(_ layer: ControlLayer) -> String {
        collection(layer.features.map { ($0.shape, $0.properties(on: layer.day)) })
    }

    /// Features of shapes already cleaned and oriented (``ControlLayer/cleaned(_:in:)``) with their properties.
    static func collection(_ features: [(shape: Shape, properties: [(name: String, value: FieldValue)])]) -> String {
        var buffer = TextBuffer(capacity: 4096)
        var box = BoundingBox()
        for feature in features { box.include(feature.shape) }
        buffer.collectionHeader(box)
        for (i, feature) in features.enumerated() {
            buffer.featureSeparator(first: i == 0)
            buffer.raw("{\"type\":\"Feature\",\"geometry\":")
            buffer.geoJSONGeometry(feature.shape)
            buffer.raw(",\"properties\":{")
            for (j, property) in feature.properties.enumerated() {
                buffer.jsonKey(property.name, first: j == 0)
                buffer.json(property.value)
            }
            buffer.raw("}}")
        }
        buffer.collectionFooter()
        return buffer.text
    }

    /// Writes the FeatureCollection of the mapped `events`, with distances when given.
    static func write(_ events: [Event], distancesKilometres: [Double]?, into buffer: inout TextBuffer) {
        var box = BoundingBox()
        for event in events { if let c = event.location.coordinate { box.include(c) } }
        buffer.collectionHeader(box)
        var first = true
        for i in events.indices where events[i].location.coordinate != nil {
            buffer.featureSeparator(first: first)
            first = false
            // the event is passed borrowed, straight from the array: no copy, no reference counting
            buffer.pointFeature(events[i], distanceKilometres: distancesKilometres?[i])
            buffer.flushIfFull()
        }
        buffer.collectionFooter()
    }
}

extension TextBuffer {
    /// A Point feature for a placed event, its event id as feature id.
    fileprivate mutating func pointFeature(_ event: borrowing Event, distanceKilometres: Double?) {
        raw("{\"type\":\"Feature\",\"id\":")
        jsonString(event.id)
        raw(",\"geometry\":{\"type\":\"Point\",\"coordinates\":")
        position(event.location.coordinate!)
        raw("},\"properties\":{")
        eventProperties(event, distanceKilometres: distanceKilometres)
        raw("}}")
    }

    /// The event's fields as JSON members, `"event_id":…,"event_date":…`, in ``EventField`` order, led by
    /// `"distance_km":…` (3 decimals) when a distance is given.
    ///
    /// Written out field by field rather than through ``EventField/value(of:)``: a million events would
    /// otherwise pay for 19 million enum values and their reference counting. `GeoJSONExportTests`
    /// checks that names, order and values stay those of ``EventField``.
    mutating func eventProperties(_ event: borrowing Event, distanceKilometres: Double? = nil) {
        if let distanceKilometres {
            raw("\"distance_km\":")
            decimal(distanceKilometres, decimals: 3)
            byte(UInt8(ascii: ","))
        }
        raw("\"event_id\":")
        jsonString(event.id)
        raw(",\"event_date\":\"")
        day(event.date)
        raw("\",\"time_precision\":")
        integer(event.timePrecision)
        raw(",\"event_type\":")
        jsonString(event.eventType.rawValue)
        raw(",\"sub_event_type\":")
        jsonString(event.subEventType.rawValue)
        raw(",\"actor1\":")
        jsonString(event.actor1)
        raw(",\"actor2\":")
        jsonString(orNull: event.actor2)
        raw(",\"location\":")
        jsonString(event.location.name)
        raw(",\"admin1\":")
        jsonString(event.location.admin1)
        raw(",\"place_id\":")
        jsonString(orNull: event.location.placeID)
        raw(",\"latitude\":")
        if let c = event.location.coordinate { coordinate(c.latitude) } else { raw("null") }
        raw(",\"longitude\":")
        if let c = event.location.coordinate { coordinate(c.longitude) } else { raw("null") }
        raw(",\"geo_precision\":")
        integer(event.location.geoPrecision)
        raw(",\"fatalities\":")
        integer(orNull: event.fatalities.best)
        raw(",\"fatalities_low\":")
        integer(orNull: event.fatalities.low)
        raw(",\"fatalities_high\":")
        integer(orNull: event.fatalities.high)
        raw(",\"sources\":")
        jsonStrings(event.sources)
        raw(",\"source_count\":")
        integer(event.sourceCount)
        raw(",\"notes\":")
        jsonString(joining: event.notes, separator: FieldValue.sentenceSeparator)
    }

    fileprivate mutating func collectionHeader(_ box: BoundingBox) {
        raw("{\"type\":\"FeatureCollection\"")
        if let b = box.box {
            raw(",\"bbox\":")
            bbox(b)
        }
        raw(",\"features\":[")
    }

    fileprivate mutating func featureSeparator(first: Bool) {
        raw(first ? "\n" : ",\n")
    }

    fileprivate mutating func collectionFooter() {
        raw("\n]}\n")
    }
}
