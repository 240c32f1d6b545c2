import SitmapControl
import SitmapEvents

/// The shared styles of sitmap's KML documents: one per side, one per event type, contested areas and
/// front lines. Colours follow KML's `aabbggrr` order (alpha, blue, green, red), not `#RRGGBB`.
enum KMLStyle {
    /// Style id of a side's territory, "side-hts".
    static func id(side: String) -> String { "side-" + xmlID(side) }

    /// Style id of an event type, "event-explosions-remote-violence".
    static func id(eventType: EventType) -> String { "event-" + xmlID(eventType.rawValue.lowercased()) }

    static let contestedID = "contested"
    static let frontLineID = "front-line"

    /// Marker colours of the event types, `#RRGGBB`.
    static func colour(of type: EventType) -> String {
        switch type {
        case .battles: return "#D62728"
        case .explosionsRemoteViolence: return "#FF7F0E"
        case .violenceAgainstCivilians: return "#9467BD"
        case .strategicDevelopments: return "#1F77B4"
        case .displacement: return "#8C564B"
        }
    }

    /// `#RRGGBB` as KML's `aabbggrr` with the given opacity (0–255); black for a malformed colour.
    static func kmlColour(_ rgb: String, alpha: UInt8) -> String {
        let hex = Array(rgb.lowercased().utf8.drop { $0 == UInt8(ascii: "#") })
        let opacity = String(alpha, radix: 16)
        let aa = opacity.count == 1 ? "0" + opacity : opacity
        guard hex.count == 6, hex.allSatisfy({ (48...57).contains($0) || (97...102).contains($0) }) else { return aa + "000000" }
        let pair = { (i: Int) in String(decoding: hex[i..<i + 2], as: UTF8.self) }
        return aa + pair(4) + pair(2) + pair(0)
    }

    /// `text` made into a valid XML id (an NCName): letters, digits, "-", "_" and "." kept, runs of
    /// anything else become one "-", and a leading non-letter gets an "x" in front.
    static func xmlID(_ text: String) -> String {
        var id = ""
        for scalar in text.unicodeScalars {
            if scalar.isASCII, scalar.properties.isAlphabetic || ("0"..."9").contains(scalar) || "-_.".unicodeScalars.contains(scalar) {
                id.unicodeScalars.append(scalar)
            } else if !id.hasSuffix("-") {
                id += "-"
            }
        }
        while id.hasSuffix("-") { id.removeLast() }
        if let first = id.unicodeScalars.first, first.properties.isAlphabetic || first == "_" { return id }
        return "x" + id
    }
}

extension XMLWriter {
    /// The `Style` elements every sitmap document carries: sides, contested, front line, event types.
    mutating func kmlStyles(sides: [Side]) {
        for side in sides {
            areaStyle(id: KMLStyle.id(side: side.id), colour: side.colour)
        }
        areaStyle(id: KMLStyle.contestedID, colour: ControlFeature.contestedColour)
        start("Style", ["id": KMLStyle.frontLineID])
        start("LineStyle")
        leaf("color", KMLStyle.kmlColour(ControlFeature.frontLineColour, alpha: 0xFF))
        leaf("width", "3")
        end()
        end()
        for type in EventType.allCases {
            start("Style", ["id": KMLStyle.id(eventType: type)])
            start("IconStyle")
            leaf("color", KMLStyle.kmlColour(KMLStyle.colour(of: type), alpha: 0xFF))
            leaf("scale", "0.8")
            start("Icon")
            leaf("href", "https://maps.google.com/mapfiles/kml/shapes/placemark_circle.png")
            end()
            end()
            start("LabelStyle")
            leaf("scale", "0.7")
            end()
            end()
        }
    }

    /// A half-transparent fill with an opaque outline.
    private mutating func areaStyle(id: String, colour: String) {
        start("Style", ["id": id])
        start("LineStyle")
        leaf("color", KMLStyle.kmlColour(colour, alpha: 0xFF))
        leaf("width", "1.5")
        end()
        start("PolyStyle")
        leaf("color", KMLStyle.kmlColour(colour, alpha: 0x66))
        end()
        end()
    }
}
