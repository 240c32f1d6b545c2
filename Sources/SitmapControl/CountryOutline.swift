import Foundation
import SitmapGazetteer
import SitmapGeometry

/// The country's outline that territory is clipped to (`geodata/syria.geojson`).
public enum CountryOutline {
    /// The bundled outline of Syria.
    public static func bundled() throws -> Shape {
        try load(from: Geodata.file("syria.geojson"))
    }

    /// The (multi-)polygon of a GeoJSON file: a geometry, a feature, or a feature collection whose
    /// polygons are taken together.
    public static func load(from url: URL) throws -> Shape {
        let object: Any
        do { object = try JSONSerialization.jsonObject(with: Data(contentsOf: url)) } catch {
            throw OutlineError(file: url.path, problem: "not JSON: \(error.localizedDescription)")
        }
        let polygons = try self.polygons(in: object, file: url.path)
        guard !polygons.isEmpty else { throw OutlineError(file: url.path, problem: "no polygon") }
        return polygons.count == 1 ? .polygon(polygons[0]) : .multiPolygon(polygons)
    }

    private static func polygons(in object: Any, file: String) throws -> [[[Coordinate]]] {
        guard let json = object as? [String: Any], let type = json["type"] as? String else {
            throw OutlineError(file: file, problem: "a GeoJSON object has no type")
        }
        func rings(_ value: Any?) throws -> [[Coordinate]] {
            guard let rings = value as? [[[Double]]] else { throw OutlineError(file: file, problem: "polygon coordinates are not rings of positions") }
            return try rings.map { ring in
                try ring.map { position in
                    guard position.count >= 2 else { throw OutlineError(file: file, problem: "a position has fewer than 2 numbers") }
                    return Coordinate(longitude: position[0], latitude: position[1])
                }
            }
        }
        switch type {
        case "FeatureCollection":
            return try (json["features"] as? [Any] ?? []).flatMap { try polygons(in: $0, file: file) }
        case "Feature":
            guard let geometry = json["geometry"], !(geometry is NSNull) else { return [] }
            return try polygons(in: geometry, file: file)
        case "Polygon":
            return [try rings(json["coordinates"])]
        case "MultiPolygon":
            guard let parts = json["coordinates"] as? [Any] else { throw OutlineError(file: file, problem: "MultiPolygon without coordinates") }
            return try parts.map(rings)
        default:
            return []
        }
    }
}

/// An outline file that cannot be used.
public struct OutlineError: Error, CustomStringConvertible {
    /// The file's path.
    public let file: String
    /// What is wrong, in a few words.
    public let problem: String
    /// `FILE: problem`.
    public var description: String { "\(file): \(problem)" }
}
