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

/// A repeatable pseudo-random sequence (SplitMix64), so failures can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    var state: UInt64
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
