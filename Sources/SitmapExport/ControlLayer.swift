import SitmapGeometry
import SitmapReports

/// One feature of a day's control map: a side's territory, a contested area or a front line.
public struct ControlFeature: Hashable, Sendable {
    /// Which layer of the control map the feature belongs to; the raw value is what files say.
    public enum Layer: String, Hashable, Sendable, CaseIterable {
        case territory
        case contested
        case frontLine = "front_line"
    }

    public var layer: Layer
    /// The side holding a territory; nil for contested areas and front lines.
    public var side: String?
    /// The two sides a front line separates, in the order the territory gives them.
    public var sideA: String?, sideB: String?
    /// Readable name ("HTS-led opposition", "Front line: HTS-led opposition / Syrian government and allies").
    public var name: String
    /// Polygons for territory and contested areas, lines for front lines (lon/lat).
    public var shape: Shape
    /// Area of a territory or contested area, km².
    public var areaSquareKilometres: Double?
    /// Length of a front line, km.
    public var lengthKilometres: Double?
    /// Settlements a side holds, or contested settlements.
    public var settlements: Int?
    /// Map colour, `#RRGGBB`.
    public var colour: String

    public init(layer: Layer, side: String? = nil, sideA: String? = nil, sideB: String? = nil, name: String, shape: Shape,
                areaSquareKilometres: Double? = nil, lengthKilometres: Double? = nil, settlements: Int? = nil, colour: String) {
        self.layer = layer
        self.side = side
        self.sideA = sideA
        self.sideB = sideB
        self.name = name
        self.shape = shape
        self.areaSquareKilometres = areaSquareKilometres
        self.lengthKilometres = lengthKilometres
        self.settlements = settlements
        self.colour = colour
    }

    /// The feature's properties as files write them: `layer`, `side`, `side_a` and `side_b` (front lines),
    /// `date`, `area_km2` (1 decimal) or `length_km` (2 decimals), `settlements` (areas), `colour`, `name`.
    public func properties(on day: Day) -> [(name: String, value: FieldValue)] {
        var properties: [(name: String, value: FieldValue)] = [
            ("layer", .text(layer.rawValue)),
            ("side", side.map(FieldValue.text) ?? .absent),
        ]
        if layer == .frontLine {
            properties += [("side_a", sideA.map(FieldValue.text) ?? .absent), ("side_b", sideB.map(FieldValue.text) ?? .absent)]
        }
        properties.append(("date", .day(day)))
        if layer == .frontLine {
            properties.append(("length_km", lengthKilometres.map { .decimal($0, decimals: 2) } ?? .absent))
        } else {
            properties.append(("area_km2", areaSquareKilometres.map { .decimal($0, decimals: 1) } ?? .absent))
        }
        if layer != .frontLine { properties.append(("settlements", settlements.map(FieldValue.integer) ?? .absent)) }
        properties += [("colour", .text(colour)), ("name", .text(name))]
        return properties
    }

    /// One readable line for map pop-ups: "HTS-led opposition on 2024-12-01: 2345.6 km², 120 settlements."
    public func summary(on day: Day) -> String {
        var text = "\(name) on \(day.iso)"
        if let area = areaSquareKilometres { text += ": " + (FieldValue.decimal(area, decimals: 1).plainText ?? "?") + " km²" }
        if let length = lengthKilometres { text += ": " + (FieldValue.decimal(length, decimals: 2).plainText ?? "?") + " km" }
        if let settlements { text += ", \(settlements) settlement\(settlements == 1 ? "" : "s")" }
        return text + "."
    }

    /// Colour of contested areas.
    public static let contestedColour = "#9E9E9E"
    /// Colour of front lines.
    public static let frontLineColour = "#000000"
}

/// The control map of one day, ready to write: territory per side, contested areas, front lines.
///
/// Building a layer cleans and orients every shape once, so each writer gets the same geometry:
/// rings with fewer than 4 positions and polygons without an exterior are dropped, exteriors run
/// counter-clockwise and holes clockwise (RFC 7946 §3.1.6, which KML viewers accept too), and
/// features left with no geometry are left out.
public struct ControlLayer: Hashable, Sendable {
    public let day: Day
    public let features: [ControlFeature]

    /// A layer from its features, in the order given.
    public init(day: Day, features: [ControlFeature]) {
        self.day = day
        let context = GeometryContext()
        self.features = features.compactMap { feature in
            var feature = feature
            guard let shape = ControlLayer.cleaned(feature.shape, in: context) else { return nil }
            feature.shape = shape
            return feature
        }
    }

    /// The shape with degenerate parts removed and rings oriented; nil when nothing is left.
    static func cleaned(_ shape: Shape, in context: GeometryContext) -> Shape? {
        let polygons = shape.polygons.compactMap { rings -> [[Coordinate]]? in
            guard let exterior = rings.first, exterior.count >= 4 else { return nil }
            return [exterior] + rings.dropFirst().filter { $0.count >= 4 }
        }
        if !polygons.isEmpty {
            let kept: Shape = polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
            // orientation fails only when GEOS cannot build a sequence of finite positions
            return try? kept.orientedForRFC7946(in: context)
        }
        let lines = shape.lines.filter { $0.count >= 2 }
        if !lines.isEmpty { return lines.count == 1 ? .lineString(lines[0]) : .multiLineString(lines) }
        return nil
    }
}
