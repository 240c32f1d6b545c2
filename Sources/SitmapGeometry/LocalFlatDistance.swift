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
    private let metresPerRadianNorth: Double
    private let primeVertical: Double
    private let radiusMetres: Double
    private let enabled: Bool
    private let inner: Double, outer: Double

    init(centre: Coordinate, radiusMetres: Double) {
        let a = 6_378_137.0, e2 = 0.00669437999014
        let phi = centre.latitude * .pi / 180
        let w = 1 - e2 * sin(phi) * sin(phi)
        // meridional radius of curvature M = a(1-e²)/w^1.5
        metresPerRadianNorth = a * (1 - e2) / (w * w.squareRoot())
        // prime-vertical radius N = a/√w for the east-west scale
        primeVertical = a / w.squareRoot()
        self.centre = centre
        self.radiusMetres = radiusMetres
        enabled = radiusMetres <= 200_000 && abs(centre.latitude) < 80
        let ratio = radiusMetres / 6_371_000
        let margin = 2e-4 + 0.05 * ratio + 4 * ratio * ratio
        inner = radiusMetres * (1 - margin)
        outer = radiusMetres * (1 + margin)
    }

    func decide(_ p: Coordinate) -> Decision {
        guard enabled else { return .undecided }
        var dLon = p.longitude - centre.longitude
        if dLon > 180 { dLon -= 360 } else if dLon < -180 { dLon += 360 }
        let meanLatitude = (p.latitude + centre.latitude) / 2 * .pi / 180
        let north = (p.latitude - centre.latitude) * .pi / 180 * metresPerRadianNorth
        let east = dLon * .pi / 180 * primeVertical * cos(meanLatitude)
        let d = (north * north + east * east).squareRoot()
        if d <= inner { return .inside }
        if d >= outer { return .outside }
        return .undecided
    }
}
