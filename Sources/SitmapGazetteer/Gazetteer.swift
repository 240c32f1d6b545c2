import Foundation
import SitmapGeometry

/// The places sitmap knows, indexed by name: mentions in text are found in one pass over a trie of
/// every name, and names are resolved by ranking their candidates.
///
/// Immutable after loading but for the words its mention matchers learn (a lock guards them): safe to
/// share across threads and tasks.
public final class Gazetteer: Sendable {
    /// Every place, in load order.
    public let places: [Place]
    let index: NameIndex
    private let byID: [String: Int]
    /// The first ADM1 row of each country and admin1 code ("SY\t09").
    private let governorateByRegion: [String: Int]
    private let settlementsByRegion: [String: [Int]]
    /// A representative point per country code, from the country rows.
    let countryPoints: [String: Coordinate]
    /// Per place, the population part of its resolution score (see ``effectivePopulation(_:)``), made at load.
    let populationScores: [Double]
    /// The countries of the war's region (see ``regionOfWar(governorates:countryPoints:)``).
    let regionCountryCodes: Set<String>
    /// Per place, its coordinate and its population: what resolving reads of a place, without copying it.
    let coordinates: [Coordinate]
    let populations: [Int]
    /// The words the mention matchers looked up (see ``KnownWords``).
    let knownWords = KnownWords()
    /// The geodesic distances the resolvers measured (see ``KnownDistances``).
    let knownDistances = KnownDistances()

    /// The bundled gazetteer (`geodata/places.tsv`) merged with the places the user imported into the
    /// data folder (see ``PlaceStore``).
    public static func bundled() throws -> Gazetteer {
        try bundled(dataFolder: PlaceStore.defaultFolder())
    }

    /// The bundled gazetteer merged with the places imported into `dataFolder` (none when nil).
    public static func bundled(dataFolder: URL?) throws -> Gazetteer {
        var files = [try Geodata.file("places.tsv")]
        if let dataFolder {
            let imported = PlaceStore(folder: dataFolder).file
            if FileManager.default.fileExists(atPath: imported.path) { files.append(imported) }
        }
        return try Gazetteer(contentsOf: files)
    }

    /// The places of gazetteer files (`places.tsv` format); a row of a later file replaces the row of an
    /// earlier one with the same id and keeps its alternate names.
    public convenience init(contentsOf files: [URL]) throws {
        var places: [Place] = []
        for file in files { places = PlaceTable.merging(try PlaceTable.read(file), into: places) }
        self.init(places: places)
    }

    public init(places: [Place]) {
        self.places = places
        var byID: [String: Int] = [:], governorates: [String: Int] = [:], settlements: [String: [Int]] = [:]
        var countries: [String: Coordinate] = [:]
        byID.reserveCapacity(places.count)
        for (i, place) in places.enumerated() {
            byID[place.id] = i
            let region = Gazetteer.region(place)
            if place.isFirstOrderDivision, governorates[region] == nil { governorates[region] = i }
            if place.isSettlement { settlements[region, default: []].append(i) }
            if place.isCountry, countries[place.countryCode] == nil { countries[place.countryCode] = place.coordinate }
        }
        self.byID = byID
        governorateByRegion = governorates
        settlementsByRegion = settlements
        countryPoints = countries
        coordinates = places.map(\.coordinate)
        populations = places.map(\.population)
        populationScores = places.map { place in
            var population = place.population
            if population == 0, place.isFirstOrderDivision, !place.admin1Code.isEmpty {
                population = (settlements[Gazetteer.region(place)] ?? []).reduce(0) { $0 + places[$1].population }
            }
            return min(1, log10(Double(population) + 1) / 7)
        }
        let region = Gazetteer.regionOfWar(governorates: governorates.keys, countryPoints: countries)
        regionCountryCodes = region
        let everywhere = governorates.isEmpty
        index = NameIndex(places: places) { place in
            if everywhere || region.contains(place.countryCode) { return .region }
            return place.isCountry || place.featureCode == "PPLC" || place.population >= 50_000 ? .major : .other
        }
    }

    /// The countries the gazetteer covers down to their governorates (those with ADM1 rows: Syria as
    /// bundled, any country whose GeoNames dump was imported) and the countries whose representative
    /// point lies within 1000 km of one of theirs: for Syria, Turkey, Iraq, Lebanon, Jordan, Israel,
    /// Palestine, Cyprus. Every name of their places counts in text; elsewhere only preferred names.
    /// A gazetteer without ADM1 rows counts every place as in the region.
    static func regionOfWar(governorates: Dictionary<String, Int>.Keys, countryPoints: [String: Coordinate]) -> Set<String> {
        let home = Set(governorates.compactMap { $0.split(separator: "\t").first.map(String.init) })
        // a gazetteer without governorates has no war in view: every place counts
        guard !home.isEmpty else { return Set(countryPoints.keys) }
        var region = home
        let homePoints = home.compactMap { countryPoints[$0] }
        for (code, point) in countryPoints where !region.contains(code) {
            if homePoints.contains(where: { Geodesic.distanceMetres($0, point) <= 1_000_000 }) { region.insert(code) }
        }
        return region
    }

    private static func region(_ place: Place) -> String { place.countryCode + "\t" + place.admin1Code }

    /// The place with that id.
    public func place(id: String) -> Place? { byID[id].map { places[$0] } }

    func indexOfID(_ id: String) -> Int? { byID[id] }

    /// The places of a name trie terminal, each once, in gazetteer order.
    func places(ofTerminal terminal: Int32) -> [Place] { index.terminals[Int(terminal)].places.map { places[Int($0)] } }

    /// The first-order division (governorate) a place lies in: the ADM1 row with the same country and
    /// admin1 code. A governorate is its own.
    public func governorate(of place: Place) -> Place? {
        guard !place.admin1Code.isEmpty else { return nil }
        return governorateByRegion[Gazetteer.region(place)].map { places[$0] }
    }

    /// The places of a governorate that can be held: settlements with its country and admin1 code.
    public func settlements(inGovernorateOf governorate: Place) -> [Place] {
        guard !governorate.admin1Code.isEmpty else { return [] }
        return (settlementsByRegion[Gazetteer.region(governorate)] ?? []).map { places[$0] }
    }
}
