import Foundation
import SitmapGazetteer
import SitmapGeometry
import SitmapTestSupport

/// The bundled gazetteer, loaded once for all tests (without the user's imported places).
let bundledGazetteer: Gazetteer = {
    do {
        return try Gazetteer(contentsOf: [Repository.geodata.appendingPathComponent("places.tsv")])
    } catch {
        fatalError("cannot load geodata/places.tsv: \(error)")
    }
}()

/// A place for small hand-made gazetteers.
func place(_ id: String, _ name: String, alternates: [String] = [], latitude: Double, longitude: Double,
           code: String = "PPL", country: String = "SY", admin1: String = "09", population: Int = 0) -> Place {
    let featureClass = code.hasPrefix("PPL") ? "P" : code == "ADM1" || code.hasPrefix("PCL") ? "A" : "S"
    return Place(id: id, name: name, asciiName: name, alternateNames: alternates,
                 coordinate: Coordinate(latitude: latitude, longitude: longitude), featureClass: featureClass,
                 featureCode: code, countryCode: country, admin1Code: admin1, population: population)
}

/// Geodesic distance in kilometres.
func kilometres(_ a: Coordinate, _ latitude: Double, _ longitude: Double) -> Double {
    Geodesic.distanceMetres(a, Coordinate(latitude: latitude, longitude: longitude)) / 1000
}
