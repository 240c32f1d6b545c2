import SitmapGeometry
import Testing

@Suite struct MetricTests {
    @Test func twentyKilometreBufferHasTheCircleArea() throws {
        let context = GeometryContext()
        let disc = try context.point(Reference.aleppo).buffered(metres: 20_000)
        let area = try disc.areaSquareKilometres()
        #expect(abs(area - 1256.6) / 1256.6 < 0.001, "area \(area)")
        // Independent check: the same ring's area from PROJ's geodesic polygon area.
        let ring = try #require(try disc.shape().polygons.first?.first)
        let geodesicArea = Geodesic.ringAreaSquareMetres(ring) / 1_000_000
        #expect(abs(area - geodesicArea) / geodesicArea < 0.0005, "projected \(area) vs geodesic \(geodesicArea)")
    }

    @Test func bufferVerticesLieAtTheRadius() throws {
        let context = GeometryContext()
        let ring = try #require(try context.point(Reference.idlib).buffered(metres: 20_000).shape().polygons.first?.first)
        #expect(ring.count == 129)
        for vertex in ring {
            #expect(abs(Geodesic.distanceMetres(Reference.idlib, vertex) - 20_000) < 1)
        }
    }

    @Test func areaOfAOneDegreeCellMatchesTheGeodesicArea() throws {
        let context = GeometryContext()
        let cell = try context.polygon([[
            Coordinate(longitude: 36, latitude: 35), Coordinate(longitude: 37, latitude: 35),
            Coordinate(longitude: 37, latitude: 36), Coordinate(longitude: 36, latitude: 36),
        ]])
        let geodesic = Geodesic.ringAreaSquareMetres(try cell.shape().coordinates) / 1_000_000
        // edges differ (straight in lon/lat vs geodesic), but only by a fraction of a per mille
        #expect(abs(try cell.areaSquareKilometres() - geodesic) / geodesic < 0.001)
        #expect(abs(geodesic - 10_076) < 20)
    }

    @Test func projectionRoundTripsAndMeasuresMetres() throws {
        let plane = try Projection.equidistant(centredOn: Reference.aleppo)
        let (x, y) = try plane.forward(Reference.idlib)
        #expect(abs((x * x + y * y).squareRoot() / 1000 - Reference.aleppoToIdlibKilometres) < 0.001)
        let back = try plane.inverse(x: x, y: y)
        #expect(abs(back.latitude - Reference.idlib.latitude) < 1e-9)
        #expect(abs(back.longitude - Reference.idlib.longitude) < 1e-9)
    }

    @Test func badProjectionDefinitionThrowsPROJsMessage() {
        #expect {
            _ = try Projection("+proj=nosuchprojection")
        } throws: { error in
            guard case let .proj(_, message) = error as? GeometryError else { return false }
            return !message.isEmpty
        }
    }
}
