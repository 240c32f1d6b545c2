import SitmapGeometry
import SitmapTestSupport
import Testing

@Suite struct PointIndexTests {
    @Test(arguments: [5.0, 20.0, 75.0])
    func queriesEqualABruteForceGeodesicScan(kilometres: Double) throws {
        var random = SplitMix64(state: 7)
        let points = (0..<4000).map { _ in
            Coordinate(longitude: Double.random(in: 35.5...38.5, using: &random), latitude: Double.random(in: 34.8...37.2, using: &random))
        }
        let index = try PointIndex(points: points, in: GeometryContext())
        let centres = [Reference.aleppo, Reference.idlib] + (0..<20).map { _ in points[Int.random(in: 0..<points.count, using: &random)] }
        for centre in centres {
            let expected = Set(points.indices.filter { Geodesic.distanceMetres(centre, points[$0]) <= kilometres * 1000 })
            #expect(Set(index.indices(within: kilometres, of: centre)) == expected)
            let neighbours = index.neighbours(within: kilometres, of: centre)
            #expect(Set(neighbours.map(\.index)) == expected)
            #expect(neighbours.map(\.metres) == neighbours.map(\.metres).sorted())
        }
    }

    @Test func pointsExactlyAtTheRadiusAreDecidedLikeTheScan() throws {
        let onCircle = (0..<360).map { Geodesic.destination(from: Reference.aleppo, azimuth: Double($0), metres: 20_000) }
        let index = try PointIndex(points: onCircle, in: GeometryContext())
        let expected = Set(onCircle.indices.filter { Geodesic.distanceMetres(Reference.aleppo, onCircle[$0]) <= 20_000 })
        #expect(Set(index.indices(within: 20, of: Reference.aleppo)) == expected)
    }

    /// Points within a hair of the circle, where the flat-earth shortcut must hand over to the
    /// geodesic, at latitudes from the equator to 79° and radii up to the shortcut's 200 km limit.
    @Test(arguments: [0.0, 36.0, 60.0, 79.0])
    func decisionsNearTheCircleMatchTheGeodesic(latitude: Double) throws {
        var random = SplitMix64(state: UInt64(latitude * 10) + 1)
        let centre = Coordinate(latitude: latitude, longitude: 37)
        for kilometres in [0.5, 20, 75, 200] {
            let points = (0..<3000).map { _ in
                let offset = Double.random(in: -0.02...0.02, using: &random)
                return Geodesic.destination(from: centre, azimuth: Double.random(in: 0..<360, using: &random),
                                            metres: kilometres * 1000 * (1 + offset * abs(offset)))
            }
            let index = try PointIndex(points: points, in: GeometryContext())
            let expected = Set(points.indices.filter { Geodesic.distanceMetres(centre, points[$0]) <= kilometres * 1000 })
            #expect(Set(index.indices(within: kilometres, of: centre)) == expected, "\(kilometres) km at \(latitude)°")
        }
    }

    @Test func queriesAcrossTheAntimeridianAndNearThePole() throws {
        let points = [Coordinate(longitude: 179.9, latitude: 0), Coordinate(longitude: -179.9, latitude: 0),
                      Coordinate(longitude: 0, latitude: 89.95), Coordinate(longitude: 180, latitude: 89.95)]
        let index = try PointIndex(points: points, in: GeometryContext())
        #expect(Set(index.indices(within: 30, of: Coordinate(longitude: 180, latitude: 0))) == [0, 1])
        #expect(Set(index.indices(within: 12, of: Coordinate(longitude: 90, latitude: 90))) == [2, 3])
    }
}
