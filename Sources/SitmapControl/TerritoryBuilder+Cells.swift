import Foundation
import SitmapGeometry

extension TerritoryBuilder {
    /// The Voronoi cells of `sites` in the plane, unclipped but for a frame well outside the outline,
    /// so that together they are an exact coverage whose neighbours share their vertices.
    static func voronoiCells(of sites: [Coordinate], around outline: Geometry, in plane: Projection,
                             context: GeometryContext) throws -> [Geometry] {
        guard let box = outline.envelope() else { return [] }
        var (low, high) = box
        for site in sites {
            low = Coordinate(longitude: min(low.longitude, site.longitude), latitude: min(low.latitude, site.latitude))
            high = Coordinate(longitude: max(high.longitude, site.longitude), latitude: max(high.latitude, site.latitude))
        }
        let margin = 1.0
        let frame = try context.polygon([[
            Coordinate(longitude: low.longitude - margin, latitude: low.latitude - margin),
            Coordinate(longitude: high.longitude + margin, latitude: low.latitude - margin),
            Coordinate(longitude: high.longitude + margin, latitude: high.latitude + margin),
            Coordinate(longitude: low.longitude - margin, latitude: high.latitude + margin),
        ]])
        if sites.count == 1 { return [try plane.project(frame.densified(tolerance: 0.01))] }
        // the cells come back in lon/lat; projecting them again maps a shared vertex to one point
        return try context.voronoiCells(sites: sites, clippedTo: frame, in: plane).map(plane.project)
    }

    /// The part of the plane outline within `metres` of a site.
    ///
    /// Only cells reaching beyond the circle inscribed in their site's disc (a 128-gon) can hold
    /// land out of reach, and only their own sites' discs can reach into them; so the land out of
    /// reach is the coverage union of those cells less the union of their discs. Overlaying whole
    /// unions keeps shared edges exact; clipping cell by cell would leave slivers along them.
    static func reach(of cells: [Geometry], sites: [Coordinate], within metres: Double, inside outline: Geometry,
                      in plane: Projection, context: GeometryContext) throws -> Geometry {
        let inscribed = metres * cos(Double.pi / 128)
        var reaching: [Geometry] = [], discs: [Geometry] = []
        for (cell, site) in zip(cells, sites) {
            let centre = try plane.forward(site)
            let farthest = try cell.shape().coordinates.lazy.map { hypot($0.longitude - centre.x, $0.latitude - centre.y) }.max() ?? 0
            guard farthest > inscribed else { continue }
            reaching.append(cell)
            discs.append(try context.point(Coordinate(longitude: centre.x, latitude: centre.y)).planarBuffer(metres))
        }
        guard !reaching.isEmpty else { return outline }
        let beyond = try context.coverageUnion(reaching).difference(context.union(discs))
        return try outline.difference(beyond)
    }
}
