import CPROJ

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
