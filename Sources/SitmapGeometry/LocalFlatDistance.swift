#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A cheap distance on the tangent plane at a centre, with the ellipsoid's radii of curvature,
/// that decides "within the radius?" for points clearly inside or outside and leaves the rest to
/// the exact geodesic.
///
/// Its relative error grows with the radius r: the radii of curvature change across the circle
/// (about e²·r/R) and the plane departs from the ellipsoid (about (r/R)²). The margin either side is
/// 2·10⁻⁴ + 0.05·r/R + 4·(r/R)², several times those terms, so every decision it takes is the one
/// the geodesic would take; for 20 km that is 0.04%. It declines beyond 200 km and above 80°.
struct LocalFlatDistance {
    enum Decision { case inside, outside, undecided }

    private let centre: Coordinate
    /// Metres a degree north (meridional radius M) and a degree east at the equator's scale (prime-vertical N).
    private let metresPerDegreeNorth: Double, metresPerDegreeEast: Double
    private let cosCentre: Double, sinCentre: Double
    private let enabled: Bool
    /// The squares of the radius shrunk and grown by the margin: decisions compare squared distances.
    private let innerSquared: Double, outerSquared: Double

    init(centre: Coordinate, radiusMetres: Double) {
        let a = 6_378_137.0, e2 = 0.00669437999014
        let phi = centre.latitude * .pi / 180
        let w = 1 - e2 * sin(phi) * sin(phi)
        // meridional radius of curvature M = a(1-e²)/w^1.5, prime-vertical radius N = a/√w
        metresPerDegreeNorth = a * (1 - e2) / (w * w.squareRoot()) * .pi / 180
        metresPerDegreeEast = a / w.squareRoot() * .pi / 180
        cosCentre = cos(phi)
        sinCentre = sin(phi)
        self.centre = centre
        enabled = radiusMetres <= 200_000 && abs(centre.latitude) < 80
        let ratio = radiusMetres / 6_371_000
        let margin = 2e-4 + 0.05 * ratio + 4 * ratio * ratio
        innerSquared = radiusMetres * (1 - margin) * radiusMetres * (1 - margin)
        outerSquared = radiusMetres * (1 + margin) * radiusMetres * (1 + margin)
    }

    func decide(_ p: Coordinate) -> Decision {
        guard enabled else { return .undecided }
        var dLon = p.longitude - centre.longitude
        if dLon > 180 { dLon -= 360 } else if dLon < -180 { dLon += 360 }
        // cos of the mean latitude, expanded around the centre's: cos(φ + h) ≈ cos φ (1 − h²/2) − h sin φ,
        // off by under 10⁻⁵ relative within 200 km and below 80°, far inside the margin, and no trigonometry
        let half = (p.latitude - centre.latitude) * .pi / 360
        let cosMean = cosCentre * (1 - half * half / 2) - sinCentre * half
        let north = (p.latitude - centre.latitude) * metresPerDegreeNorth
        let east = dLon * metresPerDegreeEast * cosMean
        let squared = north * north + east * east
        if squared <= innerSquared { return .inside }
        if squared >= outerSquared { return .outside }
        return .undecided
    }
}
