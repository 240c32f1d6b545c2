import CGEOS

extension GeometryContext {
    /// The Voronoi cell of each site, in the order of `sites`: `cells[i]` is the area nearer to
    /// `sites[i]` than to any other site.
    ///
    /// - Parameters:
    ///   - sites: lon/lat positions. Sites at the same position share one cell (each gets a copy).
    ///   - boundary: a lon/lat polygon the cells are clipped to (cells outside it come back empty);
    ///     its edges are densified to 0.01° before projection.
    ///   - plane: where the diagram is computed (an equal-area projection of the region is the right
    ///     choice for settlements); `nil` computes it in degrees.
    ///   - maximumRadius: if set, each cell is cut to a disc of this radius (plane units: metres)
    ///     around its site, so empty land far from any site is claimed by none.
    /// - Returns: lon/lat cells that together form a polygon coverage.
    ///
    /// GEOS 3.11 returns cells in no particular order, so each cell is matched back to the sites it
    /// contains through an STRtree of the sites and a prepared containment test.
    public func voronoiCells(sites: [Coordinate], clippedTo boundary: Geometry? = nil,
                             in plane: Projection? = nil, maximumRadius: Double? = nil) throws -> [Geometry] {
        guard !sites.isEmpty else { return [] }
        func toPlane(_ g: Geometry) throws -> Geometry { try plane?.project(g) ?? g }
        func fromPlane(_ g: Geometry) throws -> Geometry { try plane?.unproject(g) ?? g }

        let sitePoints = try sites.map { try toPlane(point($0)) }
        let planeSites = try sitePoints.map { try $0.shape().coordinates[0] }
        let multipoint = try collection(of: sitePoints, kind: .multiPoint)
        // densified first: a straight lon/lat edge becomes a chord in the plane otherwise
        let planeBoundary = try boundary.map { try toPlane(plane == nil ? $0 : $0.densified(tolerance: 0.01)) }
        let extent = try planeBoundary ?? multipoint.planarBuffer(1, quadrantSegments: 1)
        let diagram = try owned(GEOSVoronoiDiagram_r(handle, multipoint.pointer, extent.pointer, 0, 0), "Voronoi diagram")

        let index = try PointIndex(planar: planeSites, in: self)
        var cellOfSite = [Geometry?](repeating: nil, count: sites.count)
        for cellNumber in 0..<diagram.partCount {
            let cell = try diagram.part(cellNumber)
            guard let box = cell.envelope() else { continue }
            let prepared = try PreparedGeometry(cell)
            for site in index.candidates(inBox: box) where try prepared.covers(sitePoints[site]) {
                if cellOfSite[site] == nil { cellOfSite[site] = cell }
            }
        }

        let preparedBoundary = try planeBoundary.map(PreparedGeometry.init)
        return try cellOfSite.enumerated().map { site, found in
            guard var cell = found else { throw GeometryError.geos(operation: "Voronoi diagram", message: "no cell contains site \(site)") }
            if let preparedBoundary, try !preparedBoundary.contains(cell) {
                cell = try cell.intersection(preparedBoundary.geometry)
            }
            if let maximumRadius {
                let disc = try sitePoints[site].planarBuffer(maximumRadius)
                if try !disc.contains(cell) { cell = try cell.intersection(disc) }
            }
            return try fromPlane(cell)
        }
    }
}
