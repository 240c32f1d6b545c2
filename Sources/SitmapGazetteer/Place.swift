import SitmapGeometry

/// A named place of the gazetteer: a GeoNames row or a curated one (`geodata/places.tsv`).
public struct Place: Hashable, Sendable, Identifiable {
    /// GeoNames id ("170063") or a curated id ("sitmap-sheikh-najjar").
    public let id: String
    /// Preferred name as GeoNames gives it ("Khanāşir").
    public let name: String
    /// Name in plain ASCII ("Khanasir").
    public let asciiName: String
    /// Other names and spellings, Latin and Arabic script.
    public let alternateNames: [String]
    /// Position (WGS84).
    public let coordinate: Coordinate
    /// GeoNames feature class: P populated place, A administrative area, S spot (airbase), L area.
    public let featureClass: String
    /// GeoNames feature code: PPL, PPLA, PPLC, PPLX, ADM1, PCLI, AIRB, AIRP, INDS, …
    public let featureCode: String
    /// ISO 3166-1 alpha-2 country code.
    public let countryCode: String
    /// GeoNames admin1 (governorate) code; empty for countries.
    public let admin1Code: String
    /// Population, 0 when unknown.
    public let population: Int

    public init(id: String, name: String, asciiName: String, alternateNames: [String], coordinate: Coordinate,
                featureClass: String, featureCode: String, countryCode: String, admin1Code: String, population: Int) {
        self.id = id
        self.name = name
        self.asciiName = asciiName
        self.alternateNames = alternateNames
        self.coordinate = coordinate
        self.featureClass = featureClass
        self.featureCode = featureCode
        self.countryCode = countryCode
        self.admin1Code = admin1Code
        self.population = population
    }

    /// A first-order administrative division (a governorate, province).
    public var isFirstOrderDivision: Bool { featureCode == "ADM1" }

    /// A country (independent political entity and its kin).
    public var isCountry: Bool { featureClass == "A" && featureCode.hasPrefix("PCL") }

    /// A place that can be held by a side: a populated place, a district, or a site such as an airbase
    /// or an industrial city.
    public var isSettlement: Bool { featureClass == "P" || featureClass == "S" || featureClass == "L" }
}
