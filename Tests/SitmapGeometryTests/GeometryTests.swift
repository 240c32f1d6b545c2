import SitmapGeometry
import Testing

@Suite struct GeometryTests {
    let context = GeometryContext()

    @Test func wktRoundTrips() throws {
        let polygon = try context.geometry(wkt: "POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35))")
        #expect(polygon.kind == .polygon)
        #expect(try polygon.wkt() == "POLYGON ((36 35, 37 35, 37 36, 36 36, 36 35))")
        #expect(try polygon.planarArea() == 1)
    }

    @Test func invalidWKTThrowsGEOSMessage() {
        #expect {
            _ = try context.geometry(wkt: "POLYGON ((36 35, 37 35")
        } throws: { error in
            guard case let .geos(operation, message) = error as? GeometryError else { return false }
            return operation == "WKT read" && message.contains("ParseException")
        }
    }

    @Test func shapesRoundTripThroughGEOS() throws {
        let shapes: [Shape] = [
            .point(Reference.aleppo),
            .lineString([Reference.aleppo, Reference.idlib]),
            .polygon([[Coordinate(longitude: 0, latitude: 0), Coordinate(longitude: 4, latitude: 0),
                       Coordinate(longitude: 4, latitude: 4), Coordinate(longitude: 0, latitude: 0)]]),
            .multiPoint([Reference.aleppo, Reference.idlib]),
            .multiLineString([[Reference.aleppo, Reference.idlib], [Reference.idlib, Reference.aleppo]]),
        ]
        for shape in shapes {
            #expect(try context.geometry(shape).shape() == shape)
        }
    }

    @Test func openRingIsClosedAndShortRingRefused() throws {
        let triangle = try context.polygon([[Coordinate(longitude: 0, latitude: 0), Coordinate(longitude: 1, latitude: 0),
                                             Coordinate(longitude: 0, latitude: 1)]])
        #expect(try triangle.shape().coordinates.count == 4)
        #expect(throws: GeometryError.self) {
            _ = try context.polygon([[Coordinate(longitude: 0, latitude: 0), Coordinate(longitude: 1, latitude: 0)]])
        }
    }

    @Test func overlayOperations() throws {
        let a = try context.geometry(wkt: "POLYGON ((0 0, 2 0, 2 2, 0 2, 0 0))")
        let b = try context.geometry(wkt: "POLYGON ((1 1, 3 1, 3 3, 1 3, 1 1))")
        #expect(try a.union(b).planarArea() == 7)
        #expect(try a.intersection(b).planarArea() == 1)
        #expect(try a.difference(b).planarArea() == 3)
        #expect(try a.symmetricDifference(b).planarArea() == 6)
        #expect(try context.union([a, b]).planarArea() == 7)
        #expect(try a.intersects(b))
        #expect(try !a.contains(b))
    }

    @Test func coverageUnionEqualsUnion() throws {
        let left = try context.geometry(wkt: "POLYGON ((0 0, 1 0, 1 1, 0 1, 0 0))")
        let right = try context.geometry(wkt: "POLYGON ((1 0, 2 0, 2 1, 1 1, 1 0))")
        let coverage = try context.coverageUnion([left, right])
        #expect(try coverage.topologicallyEquals(context.geometry(wkt: "POLYGON ((0 0, 2 0, 2 1, 0 1, 0 0))")))
    }

    @Test func makeValidRepairsABowTie() throws {
        let bowTie = try context.geometry(wkt: "POLYGON ((0 0, 2 2, 2 0, 0 2, 0 0))")
        #expect(try !bowTie.isValid())
        #expect(try bowTie.validityReason().hasPrefix("Self-intersection"))
        let repaired = try bowTie.madeValid()
        #expect(try repaired.isValid())
        #expect(repaired.kind == .multiPolygon)
        #expect(repaired.partCount == 2)
        #expect(abs(try repaired.planarArea() - 2) < 1e-12)
    }

    @Test func clockwisePolygonComesOutCounterClockwise() throws {
        // exterior clockwise, hole counter-clockwise: both wrong for RFC 7946
        let wrong = try context.geometry(wkt: "POLYGON ((0 0, 0 10, 10 10, 10 0, 0 0), (2 2, 4 2, 4 4, 2 4, 2 2))")
        let rings = try #require(try wrong.orientedForRFC7946().shape().polygons.first)
        #expect(try context.isCounterClockwise(rings[0]))
        #expect(try !context.isCounterClockwise(rings[1]))
        #expect(rings[0].first == Coordinate(longitude: 0, latitude: 0))
        #expect(try wrong.orientedForRFC7946().topologicallyEquals(wrong))
    }

    @Test func preparedContainment() throws {
        let square = try PreparedGeometry(context.geometry(wkt: "POLYGON ((36 35, 38 35, 38 37, 36 37, 36 35))"))
        #expect(try square.contains(Reference.aleppo))
        #expect(try !square.contains(Coordinate(longitude: 35, latitude: 35)))
    }

    @Test func envelopeAndCentroid() throws {
        let square = try context.geometry(wkt: "POLYGON ((36 35, 38 35, 38 37, 36 37, 36 35))")
        let box = try #require(square.envelope())
        #expect(box.min == Coordinate(longitude: 36, latitude: 35))
        #expect(box.max == Coordinate(longitude: 38, latitude: 37))
        #expect(try square.centroid() == Coordinate(longitude: 37, latitude: 36))
    }
}
