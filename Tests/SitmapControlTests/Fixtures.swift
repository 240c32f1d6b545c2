import SitmapControl
import SitmapEvents
import SitmapGazetteer
import SitmapGeometry
import SitmapReports

/// Small hand-made settlements, outlines and events for the control tests.
enum Fixture {
    /// A settlement of Syria (country SY) in governorate `admin1`.
    static func place(_ id: String, longitude: Double, latitude: Double, admin1: String = "09", population: Int = 0,
                      featureClass: String = "P", featureCode: String = "PPL") -> Place {
        Place(id: id, name: id.capitalized, asciiName: id.capitalized, alternateNames: [],
              coordinate: Coordinate(longitude: longitude, latitude: latitude), featureClass: featureClass,
              featureCode: featureCode, countryCode: "SY", admin1Code: admin1, population: population)
    }

    /// The lon/lat square 36–37 E, 35–36 N.
    static let square: Shape = .polygon([[
        Coordinate(longitude: 36, latitude: 35), Coordinate(longitude: 37, latitude: 35),
        Coordinate(longitude: 37, latitude: 36), Coordinate(longitude: 36, latitude: 36),
        Coordinate(longitude: 36, latitude: 35),
    ]])

    static func day(_ iso: String) -> Day { Day(iso: iso)! }

    /// A baseline from (place, side, status) triples, on 2024-11-26.
    static func baseline(_ rows: [(Place, String, ControlClaim.Status)]) -> Baseline {
        Baseline(day: day("2024-11-26"), rows: rows.enumerated().map { index, row in
            BaselineRow(placeID: row.0.id, name: row.0.name, side: row.1, status: row.2, source: "test", line: index + 2)
        })
    }

    /// An event at `place` on `date` carrying `claim`.
    static func event(_ id: String, _ date: String, at place: Place?, _ claim: ControlClaim) -> Event {
        Event(id: id, date: day(date), timePrecision: 1, eventType: .battles, subEventType: .nonStateActorOvertakesTerritory,
              actor1: "Hayat Tahrir al-Sham",
              location: Location(placeID: place?.id, name: place?.name ?? "Nowhere", admin1: "", coordinate: place?.coordinate,
                                 geoPrecision: 1),
              sources: ["r1"], notes: ["\(id) note"], controlClaim: claim)
    }

    /// Control of each place by one side, held, from the baseline.
    static func control(_ entries: [(Place, String)], status: ControlClaim.Status = .held) -> [SettlementControl] {
        entries.map { SettlementControl(place: $0.0, side: $0.1, status: status) }
    }
}
