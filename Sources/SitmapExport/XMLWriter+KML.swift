import SitmapControl
import SitmapEvents
import SitmapGeometry
import SitmapReports

/// When a KML feature holds: an instant (`TimeStamp`) or the whole of a day (`TimeSpan`).
enum KMLTime {
    case stamp(Day)
    case span(Day)
}

/// KML 2.2 elements in the order the OGC schema (`ogckml22.xsd`) requires: for a feature `name`,
/// `open`, `description`, the time primitive, `styleUrl`, styles, `ExtendedData`, then the geometry.
extension XMLWriter {
    /// Opens `<kml><Document>` with its name, description and the shared styles.
    mutating func kmlBegin(name: String, description: String, sides: [Side]) {
        start("kml", ["xmlns": "http://www.opengis.net/kml/2.2"])
        start("Document")
        leaf("name", name)
        leaf("open", "1")
        leaf("description", description)
        kmlStyles(sides: sides)
    }

    /// Closes the document.
    mutating func kmlEnd() {
        end()
        end()
    }

    /// A `Folder` holding what `body` writes.
    mutating func folder(_ name: String, open: Bool = false, time: KMLTime? = nil, _ body: (inout XMLWriter) -> Void) {
        start("Folder")
        leaf("name", name)
        if open { leaf("open", "1") }
        if let time { kmlTime(time) }
        body(&self)
        end()
    }

    /// An event as a point Placemark styled by its event type; nothing for an event without coordinates.
    mutating func eventPlacemark(_ event: Event, time: KMLTime) {
        guard let c = event.location.coordinate else { return }
        start("Placemark")
        leaf("name", "\(event.subEventType.rawValue): \(event.location.name)")
        leaf("description", event.summary)
        kmlTime(time)
        leaf("styleUrl", "#" + KMLStyle.id(eventType: event.eventType))
        extendedData(EventField.allCases.map { ($0.name, $0.value(of: event)) })
        kmlGeometry(.point(c))
        end()
    }

    /// A territory, contested area or front line as a Placemark styled by side or layer.
    mutating func controlPlacemark(_ feature: ControlFeature, day: Day, time: KMLTime) {
        start("Placemark")
        leaf("name", feature.name)
        leaf("description", feature.summary(on: day))
        kmlTime(time)
        let style: String
        switch feature.layer {
        case .territory: style = KMLStyle.id(side: feature.side ?? "")
        case .contested: style = KMLStyle.contestedID
        case .frontLine: style = KMLStyle.frontLineID
        }
        leaf("styleUrl", "#" + style)
        extendedData(feature.properties(on: day))
        kmlGeometry(feature.shape)
        end()
    }

    /// `TimeStamp` with `when` as the day, or `TimeSpan` from its first to its last second (UTC), so that
    /// consecutive days never overlap on Google Earth's time slider.
    mutating func kmlTime(_ time: KMLTime) {
        switch time {
        case let .stamp(day):
            start("TimeStamp")
            leaf("when") { $0.day(day) }
            end()
        case let .span(day):
            start("TimeSpan")
            leaf("begin") { $0.day(day); $0.raw("T00:00:00Z") }
            leaf("end") { $0.day(day); $0.raw("T23:59:59Z") }
            end()
        }
    }

    /// `ExtendedData` with one `Data` per present value.
    private mutating func extendedData(_ fields: [(name: String, value: FieldValue)]) {
        start("ExtendedData")
        for field in fields {
            guard let text = field.value.plainText else { continue }
            start("Data", ["name": field.name])
            leaf("value", text)
            end()
        }
        end()
    }

    /// A KML geometry: polygons with outer and inner boundaries, tessellated lines, several parts in a
    /// MultiGeometry.
    mutating func kmlGeometry(_ shape: Shape) {
        switch shape {
        case let .point(c):
            start("Point")
            coordinates([c])
            end()
        case let .lineString(line):
            start("LineString")
            leaf("tessellate", "1")
            coordinates(line)
            end()
        case let .polygon(rings):
            start("Polygon")
            leaf("tessellate", "1")
            for (i, ring) in rings.enumerated() {
                i == 0 ? start("outerBoundaryIs") : start("innerBoundaryIs")
                start("LinearRing")
                coordinates(ring)
                end()
                end()
            }
            end()
        case let .multiPoint(points): multiGeometry(points.map(Shape.point))
        case let .multiLineString(lines): multiGeometry(lines.map(Shape.lineString))
        case let .multiPolygon(polygons): multiGeometry(polygons.map(Shape.polygon))
        case let .collection(shapes): multiGeometry(shapes)
        }
    }

    private mutating func multiGeometry(_ parts: [Shape]) {
        start("MultiGeometry")
        for part in parts { kmlGeometry(part) }
        end()
    }

    /// `lon,lat` tuples separated by spaces, 6 decimals.
    private mutating func coordinates(_ cs: [Coordinate]) {
        leaf("coordinates") { buffer in
            for (i, c) in cs.enumerated() {
                if i > 0 { buffer.byte(UInt8(ascii: " ")) }
                buffer.coordinate(c.longitude)
                buffer.byte(UInt8(ascii: ","))
                buffer.coordinate(c.latitude)
            }
        }
    }
}
