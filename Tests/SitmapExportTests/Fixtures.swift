import Foundation
import SitmapControl
import SitmapEvents
import SitmapExport
import SitmapGeometry
import SitmapReports
import SitmapTestSupport
import Testing

/// Hand-built events and control maps around Aleppo, 27 November – 1 December 2024.
enum Fixtures {
    static let aleppo = Coordinate(latitude: 36.2021, longitude: 37.1343)
    static let idlib = Coordinate(latitude: 35.9306, longitude: 36.6339)
    static let sheikhNajjar = Coordinate(latitude: 36.2728, longitude: 37.2564)
    static let khanasir = Coordinate(latitude: 35.78159, longitude: 37.49919)

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    static func event(_ id: String, _ date: String, _ type: SubEventType, actor: String = "HTS-led rebels", place: String,
                      at coordinate: Coordinate?, fatalities: Fatalities = .init(), sources: [String] = ["06"],
                      notes: [String] = ["A sentence."]) -> Event {
        Event(id: id, date: day(date), timePrecision: 1, eventType: type.eventType, subEventType: type,
              actor1: actor, location: Location(placeID: coordinate == nil ? nil : "p-\(place)", name: place,
                                                admin1: coordinate == nil ? "" : "Aleppo Governorate",
                                                coordinate: coordinate, geoPrecision: 1),
              fatalities: fatalities, sources: sources, notes: notes)
    }

    /// The Idlib strike of 1 December (with a revised toll), the Sheikh Najjar and Khanasir captures,
    /// an Aleppo strike, an event no place was found for, and notes full of characters every format escapes.
    static let events: [Event] = [
        event("SYR-20241201-idlib", "2024-12-01", .airDroneStrike, actor: "Syrian government forces", place: "Idlib", at: idlib,
              fatalities: Fatalities(best: 11, low: 8, high: 11), sources: ["06-idleb", "08-toll"],
              notes: ["Russian and Syrian jets struck the city of Idleb on Sunday, killing at least eight people.",
                      "The toll rose to 11, \"including five children\", rescuers said."]),
        event("SYR-20241201-najjar", "2024-12-01", .nonStateActorOvertakesTerritory, place: "Sheikh Najjar industrial city", at: sheikhNajjar),
        event("SYR-20241201-khanasir", "2024-12-01", .nonStateActorOvertakesTerritory, place: "Khanasir", at: khanasir),
        event("SYR-20241130-aleppo", "2024-11-30", .airDroneStrike, actor: "Russian forces", place: "Aleppo", at: aleppo,
              fatalities: Fatalities(best: 16, low: 12, high: 16), sources: ["04", "06"],
              notes: ["Strikes near a university roundabout, Aleppo; <12> & 'more' killed.\nLine two\u{1}."]),
        event("SYR-20241129-nowhere", "2024-11-29", .civiliansDisplaced, actor: "Civilians", place: "northwestern Syria", at: nil,
              notes: ["More than 14,000 people, nearly half of them children, were displaced."]),
    ]

    /// A square (lon/lat) given clockwise, with a hole given counter-clockwise: the writers must turn both.
    static let clockwiseSquareWithHole: Shape = .polygon([
        [c(37.0, 36.0), c(37.0, 36.4), c(37.4, 36.4), c(37.4, 36.0), c(37.0, 36.0)],
        [c(37.1, 36.1), c(37.2, 36.1), c(37.2, 36.2), c(37.1, 36.2), c(37.1, 36.1)],
    ])

    static func c(_ longitude: Double, _ latitude: Double) -> Coordinate { Coordinate(longitude: longitude, latitude: latitude) }

    /// One day's control map: HTS (a polygon with a hole), the government (two polygons), a contested
    /// square, a front line, and a degenerate ring that must be dropped.
    static func control(on iso: String = "2024-12-01") -> ControlLayer {
        ControlLayer(day: day(iso), features: [
            ControlFeature(layer: .territory, side: "hts", name: "HTS-led opposition", shape: clockwiseSquareWithHole,
                           areaSquareKilometres: 1_590.4567, settlements: 42, colour: "#1A6B32"),
            ControlFeature(layer: .territory, side: "government", name: "Syrian government & allies <SAA>", shape: .multiPolygon([
                [[c(37.5, 36.0), c(37.8, 36.0), c(37.8, 36.3), c(37.5, 36.3), c(37.5, 36.0)]],
                [[c(36.5, 35.0), c(36.6, 35.0), c(36.6, 35.1), c(36.5, 35.0)]],
                [[c(36.0, 35.0), c(36.1, 35.0), c(36.0, 35.0)]],
            ]), areaSquareKilometres: 900.04, settlements: 7, colour: "#E8412C"),
            ControlFeature(layer: .contested, name: "Contested", shape: .polygon([[c(37.4, 36.0), c(37.5, 36.0), c(37.5, 36.1), c(37.4, 36.1), c(37.4, 36.0)]]),
                           areaSquareKilometres: 12.25, settlements: 1, colour: ControlFeature.contestedColour),
            ControlFeature(layer: .frontLine, sideA: "government", sideB: "hts", name: "Front line: government / HTS",
                           shape: .lineString([c(37.4, 36.0), c(37.4, 36.4)]), lengthKilometres: 44.4789, colour: ControlFeature.frontLineColour),
            ControlFeature(layer: .territory, side: "sdf", name: "Nothing left", shape: .polygon([[c(37.0, 36.0), c(37.1, 36.0)]]),
                           areaSquareKilometres: 0, settlements: 0, colour: "#F0E442"),
        ])
    }

    static let sides = [
        Side(id: "government", name: "Syrian government and allies", colour: "#E8412C"),
        Side(id: "hts", name: "HTS-led opposition", colour: "#1A6B32"),
        Side(id: "sdf", name: "Syrian Democratic Forces", colour: "#F0E442"),
    ]
}

/// The independent readers: `scripts/validate-output` runs ogrinfo, the GeoJSON JSON schema, the RFC 7946
/// winding check, xmllint with the OGC KML schema and a CSV reader over files.
enum Validators {
    static func validate(_ paths: [URL]) throws -> CommandResult {
        try Command.run(Repository.root.appendingPathComponent("scripts/validate-output"), paths.map(\.path), in: Repository.root)
    }

    /// Runs `xmllint --xpath` on a file and returns what it prints.
    static func xpath(_ expression: String, in file: URL) throws -> String {
        let result = try #require(try Command.tool("xmllint", ["--xpath", expression, file.path]))
        return result.standardOutput.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    /// Writes `text` to a file named `name` in `folder`.
    static func file(_ name: String, _ text: String, in folder: URL) throws -> URL {
        let url = folder.appendingPathComponent(name)
        try AtomicFile.write(text, to: url)
        return url
    }
}
