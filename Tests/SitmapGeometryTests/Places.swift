import SitmapGeometry

/// Reference coordinates used across the geometry tests.
enum Reference {
    static let aleppo = Coordinate(latitude: 36.2021, longitude: 37.1343)
    static let idlib = Coordinate(latitude: 35.9306, longitude: 36.6339)
    /// Aleppo → Idlib on WGS84, as PROJ's geod_inverse gives it (see the GEOS/PROJ notes).
    static let aleppoToIdlibKilometres = 54.2195
    /// π·r² of a 20 km circle on the plane; the geodesic circle is 1256.57 km².
    static let circle20kmSquareKilometres = 1256.637
}
