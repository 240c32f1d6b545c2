import CPROJ
import Foundation

/// The WGS84 ellipsoid for PROJ's geodesic routines (Karney's algorithms, exact to nanometres).
///
/// Initialised once and only read afterwards: the `geod_*` functions take it as `const`, so
/// sharing it between threads is safe.
nonisolated(unsafe) private let wgs84: UnsafeMutablePointer<geod_geodesic> = {
    let g = UnsafeMutablePointer<geod_geodesic>.allocate(capacity: 1)
    geod_init(g, 6_378_137, 1 / 298.257223563)
    return g
}()

/// Geodesic measurements on the WGS84 ellipsoid through PROJ's `geodesic.h`.
public enum Geodesic {
    /// The shortest distance over the ellipsoid, in metres.
    public static func distanceMetres(_ a: Coordinate, _ b: Coordinate) -> Double {
        inverse(from: a, to: b).metres
    }

    /// A cheap estimate of the distance in metres: the great circle on the sphere of the Earth's mean
    /// radius (haversine). Within 0.6% of ``distanceMetres(_:_:)``, so it can rule out pairs that are
    /// clearly farther apart than a limit before the exact geodesic is asked.
    public static func sphericalEstimateMetres(_ a: Coordinate, _ b: Coordinate) -> Double {
        let radians = Double.pi / 180
        let dLatitude = (b.latitude - a.latitude) * radians, dLongitude = (b.longitude - a.longitude) * radians
        let h = sin(dLatitude / 2) * sin(dLatitude / 2)
            + cos(a.latitude * radians) * cos(b.latitude * radians) * sin(dLongitude / 2) * sin(dLongitude / 2)
        return 2 * 6_371_008.8 * asin(min(1, h.squareRoot()))
    }

    /// Distance in metres and the azimuths (degrees clockwise from north) at both ends.
    public static func inverse(from a: Coordinate, to b: Coordinate) -> (metres: Double, initialAzimuth: Double, finalAzimuth: Double) {
        var metres = 0.0, azimuth1 = 0.0, azimuth2 = 0.0
        // latitude first, degrees
        geod_inverse(wgs84, a.latitude, a.longitude, b.latitude, b.longitude, &metres, &azimuth1, &azimuth2)
        return (metres, azimuth1, azimuth2)
    }

    /// The point reached after `metres` from `start` heading `azimuth` degrees clockwise from north.
    public static func destination(from start: Coordinate, azimuth: Double, metres: Double) -> Coordinate {
        var latitude = 0.0, longitude = 0.0, finalAzimuth = 0.0
        geod_direct(wgs84, start.latitude, start.longitude, azimuth, metres, &latitude, &longitude, &finalAzimuth)
        return Coordinate(longitude: longitude, latitude: latitude)
    }

    /// Length in metres of a path through the coordinates, along geodesics.
    public static func pathLengthMetres(_ path: [Coordinate]) -> Double {
        zip(path, path.dropFirst()).reduce(0) { $0 + distanceMetres($1.0, $1.1) }
    }

    /// Area in square metres enclosed by a ring of geodesic edges (sign dropped), PROJ `geod_polygonarea`.
    /// Used to check the projected areas independently.
    public static func ringAreaSquareMetres(_ ring: [Coordinate]) -> Double {
        var latitudes = ring.map(\.latitude), longitudes = ring.map(\.longitude)
        if ring.count > 1, ring.first == ring.last { latitudes.removeLast(); longitudes.removeLast() }
        var area = 0.0, perimeter = 0.0
        geod_polygonarea(wgs84, &latitudes, &longitudes, Int32(latitudes.count), &area, &perimeter)
        return abs(area)
    }
}
