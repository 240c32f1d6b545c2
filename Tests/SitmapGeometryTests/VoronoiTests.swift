import SitmapGeometry
import Testing

@Suite struct VoronoiTests {
    let context = GeometryContext()
    let sites = [
        Coordinate(longitude: 36.2, latitude: 35.2), Coordinate(longitude: 37.8, latitude: 35.3),
        Coordinate(longitude: 36.4, latitude: 36.7), Coordinate(longitude: 37.6, latitude: 36.6),
    ]

    @Test func eachSiteGetsTheCellThatContainsIt() throws {
        let boundary = try context.geometry(wkt: "POLYGON ((36 35, 38 35, 38 37, 36 37, 36 35))")
        let plane = try Projection.equalArea(centredOn: Coordinate(longitude: 37, latitude: 36))
        let cells = try context.voronoiCells(sites: sites, clippedTo: boundary, in: plane)
        #expect(cells.count == 4)
        for (site, cell) in zip(sites, cells) {
            #expect(try PreparedGeometry(cell).contains(site))
            // every other site is farther from this cell's site than the cell's own
            for other in sites where other != site {
                #expect(try !PreparedGeometry(cell).contains(other))
            }
        }
        // the cells are a coverage of the boundary: no overlap, union is the boundary
        for i in cells.indices { for j in cells.indices where i < j {
            #expect(try cells[i].intersection(cells[j]).planarArea() < 1e-12)
        } }
        let union = try context.coverageUnion(cells)
        let difference = try union.symmetricDifference(boundary).planarArea()
        // cells were clipped in the plane: only the densified boundary's vertices are exact
        #expect(difference / (try boundary.planarArea()) < 1e-5, "union differs from the boundary by \(difference) square degrees")
    }

    @Test func cellsAreMatchedWhateverTheInputOrder() throws {
        let forward = try context.voronoiCells(sites: sites)
        let backward = try context.voronoiCells(sites: sites.reversed())
        for (cell, other) in zip(forward, backward.reversed()) {
            #expect(try cell.topologicallyEquals(other))
        }
    }

    @Test func maximumRadiusCutsCells() throws {
        let plane = try Projection.equalArea(centredOn: Coordinate(longitude: 37, latitude: 36))
        let cells = try context.voronoiCells(sites: sites, in: plane, maximumRadius: 15_000)
        for (site, cell) in zip(sites, cells) {
            let area = try cell.areaSquareKilometres()
            // a 15 km disc is 706.9 km²; the sites are ~130 km apart so the disc is whole
            #expect(abs(area - 706.9) / 706.9 < 0.002, "area \(area)")
            for vertex in try cell.shape().coordinates {
                #expect(Geodesic.distanceMetres(site, vertex) < 15_100)
            }
        }
    }
}
