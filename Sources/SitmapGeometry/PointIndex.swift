import CGEOS
#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A GEOS STRtree over points, answering "which points lie within N km of here" exactly.
///
/// Queries take the conservative lon/lat box of the circle from the tree, then decide each candidate
/// on the WGS84 ellipsoid: a local flat-earth distance settles the clear cases and PROJ's
/// `geod_inverse` the ones near the circle, so the answer equals a brute-force geodesic scan.
/// Tied to the ``GeometryContext`` it was built in (not thread-safe).
public final class PointIndex {
    /// The indexed points, in the order given; query results are indices into this array.
    public let points: [Coordinate]
    private let context: GeometryContext
    private let tree: OpaquePointer
    /// The point geometries whose envelopes the tree references: they live as long as the tree.
    private var members: [OpaquePointer] = []

    /// Indexes lon/lat points.
    public convenience init(points: [Coordinate], in context: GeometryContext) throws {
        try self.init(planar: points, in: context)
    }

    /// Indexes points of any plane (x = longitude field, y = latitude field).
    init(planar points: [Coordinate], in context: GeometryContext) throws {
        // node capacity 10, as GEOS's own default
        guard let tree = GEOSSTRtree_create_r(context.handle, 10) else { throw context.failure("STRtree create") }
        self.points = points
        self.context = context
        self.tree = tree
        members.reserveCapacity(points.count)
        for (i, p) in points.enumerated() {
            guard let point = GEOSGeom_createPointFromXY_r(context.handle, p.longitude, p.latitude) else {
                throw context.failure("create point")
            }
            members.append(point)
            // the item is the index + 1 so that no item is a NULL pointer
            GEOSSTRtree_insert_r(context.handle, tree, point, UnsafeMutableRawPointer(bitPattern: i + 1))
        }
    }

    deinit {
        GEOSSTRtree_destroy_r(context.handle, tree)
        for point in members { GEOSGeom_destroy_r(context.handle, point) }
    }

    /// Indices of the points whose box intersects the given box (x = longitude field).
    func candidates(inBox box: (min: Coordinate, max: Coordinate)) -> [Int] {
        guard let query = GEOSGeom_createRectangle_r(context.handle, box.min.longitude, box.min.latitude,
                                                     box.max.longitude, box.max.latitude) else { return [] }
        defer { GEOSGeom_destroy_r(context.handle, query) }
        var hits: [Int] = []
        hits.reserveCapacity(64)
        withUnsafeMutablePointer(to: &hits) { hitsPointer in
            GEOSSTRtree_query_r(context.handle, tree, query, { item, userdata in
                guard let userdata else { return }
                userdata.assumingMemoryBound(to: [Int].self).pointee.append(Int(bitPattern: item) - 1)
            }, hitsPointer)
        }
        return hits
    }

    /// Indices of the points within `kilometres` (geodesic) of `centre`, in no particular order.
    public func indices(within kilometres: Double, of centre: Coordinate) -> [Int] {
        let metres = kilometres * 1000
        let flat = LocalFlatDistance(centre: centre, radiusMetres: metres)
        return boxCandidates(within: metres, of: centre).filter { i in
            switch flat.decide(points[i]) {
            case .inside: return true
            case .outside: return false
            case .undecided: return Geodesic.distanceMetres(centre, points[i]) <= metres
            }
        }
    }

    /// The points within `kilometres` of `centre` with their geodesic distance in metres, nearest first
    /// (ties by index).
    public func neighbours(within kilometres: Double, of centre: Coordinate) -> [(index: Int, metres: Double)] {
        let metres = kilometres * 1000
        return boxCandidates(within: metres, of: centre)
            .map { (index: $0, metres: Geodesic.distanceMetres(centre, points[$0])) }
            .filter { $0.metres <= metres }
            .sorted { ($0.metres, $0.index) < ($1.metres, $1.index) }
    }

    /// Candidates from the tree: every point that can lie within `metres`, split at the antimeridian.
    private func boxCandidates(within metres: Double, of centre: Coordinate) -> [Int] {
        // A degree of latitude is never shorter than 110.574 km; a degree of longitude at latitude φ
        // never shorter than 111.319 km · cos φ. Both bounds are shrunk by 0.5% for safety.
        let dLat = metres / 110_574 / 0.995
        let south = max(-90, centre.latitude - dLat), north = min(90, centre.latitude + dLat)
        let widest = max(abs(south), abs(north))
        let cosine = cos(widest * .pi / 180)
        let dLon = cosine > 1e-6 ? metres / (111_319.49 * cosine) / 0.995 : 360
        if dLon >= 180 {
            return candidates(inBox: (Coordinate(longitude: -180, latitude: south), Coordinate(longitude: 180, latitude: north)))
        }
        var west = centre.longitude - dLon, east = centre.longitude + dLon
        var found: [Int] = []
        if west < -180 {
            found += candidates(inBox: (Coordinate(longitude: west + 360, latitude: south), Coordinate(longitude: 180, latitude: north)))
            west = -180
        }
        if east > 180 {
            found += candidates(inBox: (Coordinate(longitude: -180, latitude: south), Coordinate(longitude: east - 360, latitude: north)))
            east = 180
        }
        return found + candidates(inBox: (Coordinate(longitude: west, latitude: south), Coordinate(longitude: east, latitude: north)))
    }
}
