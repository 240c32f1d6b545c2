import Foundation

/// A position on the WGS84 ellipsoid in decimal degrees.
///
/// The fields are named so that the order cannot be confused: formats that say "x, y"
/// (GeoJSON, KML, WKT) put `longitude` first, geodesic routines take `latitude` first.
public struct Coordinate: Hashable, Sendable, CustomStringConvertible {
    /// Degrees east of Greenwich, -180...180.
    public var longitude: Double
    /// Degrees north of the equator, -90...90.
    public var latitude: Double

    /// A coordinate from its longitude and latitude in degrees.
    public init(longitude: Double, latitude: Double) {
        self.longitude = longitude
        self.latitude = latitude
    }

    /// A coordinate from its latitude and longitude in degrees, in the order people say them.
    public init(latitude: Double, longitude: Double) {
        self.init(longitude: longitude, latitude: latitude)
    }

    /// Whether both values lie in their valid ranges.
    public var isValid: Bool {
        latitude.isFinite && longitude.isFinite && abs(latitude) <= 90 && abs(longitude) <= 180
    }

    /// "36.2021 N, 37.1343 E" style, four decimals.
    public var description: String {
        func fmt(_ v: Double) -> String { String(format: "%.4f", abs(v)) }
        return "\(fmt(latitude)) \(latitude >= 0 ? "N" : "S"), \(fmt(longitude)) \(longitude >= 0 ? "E" : "W")"
    }
}
