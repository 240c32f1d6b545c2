import SitmapGeometry

/// The border between two neighbouring Voronoi cells, where a front line runs when their sites are
/// held by different sides.
struct SharedEdge {
    /// The two sites.
    let sites: (Int, Int)
    /// The edge's parts within reach, lon/lat.
    let lines: [[Coordinate]]
    /// Their geodesic length.
    let kilometres: Double

    /// Every edge two cells share, clipped to `reach`, in the order of the cells.
    ///
    /// Neighbouring cells of a GEOS Voronoi diagram list a shared edge with the very same vertices,
    /// so an edge is found as the same segment met twice.
    static func edges(of cells: [Geometry], clippedTo reach: Geometry, in plane: Projection) throws -> [SharedEdge] {
        let context = reach.context
        let prepared = try PreparedGeometry(reach)
        var firstOwner: [Segment: Int] = [:]
        var edges: [SharedEdge] = []
        for (site, cell) in cells.enumerated() {
            for ring in try cell.shape().polygons.flatMap({ $0 }) {
                for (p, q) in zip(ring, ring.dropFirst()) where p != q {
                    let segment = Segment(p, q)
                    guard let other = firstOwner.removeValue(forKey: segment) else {
                        firstOwner[segment] = site
                        continue
                    }
                    guard other != site else { continue }
                    let line = try context.lineString([p, q])
                    let inside: [[Coordinate]]
                    if try prepared.contains(line) {
                        inside = [[p, q]]
                    } else if try prepared.intersects(line) {
                        inside = try line.intersection(reach).shape().lines
                    } else {
                        continue
                    }
                    let lines = try inside.map { try $0.map { try plane.inverse(x: $0.longitude, y: $0.latitude) } }
                    guard !lines.isEmpty else { continue }
                    edges.append(SharedEdge(sites: (other, site), lines: lines,
                                            kilometres: lines.reduce(0) { $0 + Geodesic.pathLengthMetres($1) } / 1000))
                }
            }
        }
        return edges
    }
}

/// A segment with its ends in a fixed order, so both directions compare equal.
private struct Segment: Hashable {
    let x0: Double, y0: Double, x1: Double, y1: Double

    init(_ p: Coordinate, _ q: Coordinate) {
        let (a, b) = (p.longitude, p.latitude) < (q.longitude, q.latitude) ? (p, q) : (q, p)
        (x0, y0, x1, y1) = (a.longitude, a.latitude, b.longitude, b.latitude)
    }
}
