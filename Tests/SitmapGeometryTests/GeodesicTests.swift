import SitmapGeometry
import SitmapTestSupport
import Testing

@Suite struct GeodesicTests {
    @Test func aleppoToIdlibIs54Kilometres() {
        let km = Geodesic.distanceMetres(Reference.aleppo, Reference.idlib) / 1000
        #expect(abs(km - 54.22) <= 0.05)
        #expect(abs(km - Reference.aleppoToIdlibKilometres) < 0.001)
    }

    @Test func distanceIsSymmetricAndZeroAtAPoint() {
        let there = Geodesic.distanceMetres(Reference.aleppo, Reference.idlib)
        let back = Geodesic.distanceMetres(Reference.idlib, Reference.aleppo)
        #expect(abs(there - back) < 1e-6)
        #expect(Geodesic.distanceMetres(Reference.aleppo, Reference.aleppo) == 0)
    }

    @Test func destinationInvertsTheInverseProblem() {
        let (metres, azimuth, _) = Geodesic.inverse(from: Reference.aleppo, to: Reference.idlib)
        let reached = Geodesic.destination(from: Reference.aleppo, azimuth: azimuth, metres: metres)
        #expect(abs(reached.latitude - Reference.idlib.latitude) < 1e-9)
        #expect(abs(reached.longitude - Reference.idlib.longitude) < 1e-9)
    }

    @Test func quarterMeridianIsKnown() {
        // Equator to pole on WGS84: 10 001 965.729 m.
        let metres = Geodesic.distanceMetres(Coordinate(latitude: 0, longitude: 0), Coordinate(latitude: 90, longitude: 0))
        #expect(abs(metres - 10_001_965.729) < 0.01)
    }

    @Test func sphericalEstimateStaysWithinSixPerMille() {
        var random = SplitMix64(state: 11)
        for _ in 0..<2000 {
            let a = Coordinate(latitude: Double.random(in: -89...89, using: &random), longitude: Double.random(in: -180...180, using: &random))
            let b = Coordinate(latitude: Double.random(in: -89...89, using: &random), longitude: Double.random(in: -180...180, using: &random))
            let exact = Geodesic.distanceMetres(a, b)
            guard exact > 1 else { continue }
            #expect(abs(Geodesic.sphericalEstimateMetres(a, b) - exact) / exact < 0.006)
        }
        let estimate = Geodesic.sphericalEstimateMetres(Reference.aleppo, Reference.idlib) / 1000
        #expect(abs(estimate - Reference.aleppoToIdlibKilometres) < 0.2)
    }

    @Test func lineLengthIsGeodesic() throws {
        let context = GeometryContext()
        let line = try context.lineString([Reference.aleppo, Reference.idlib])
        #expect(abs(try line.lengthKilometres() - Reference.aleppoToIdlibKilometres) < 0.001)
    }
}
