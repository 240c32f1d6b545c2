import CGEOS

/// A geometry indexed by GEOS for many repeated predicate tests against it.
public final class PreparedGeometry {
    /// The geometry being tested against, kept alive as long as its prepared form.
    public let geometry: Geometry
    private let prepared: OpaquePointer

    /// Prepares `geometry`.
    public init(_ geometry: Geometry) throws {
        guard let prepared = GEOSPrepare_r(geometry.context.handle, geometry.pointer) else {
            throw geometry.context.failure("prepare")
        }
        self.geometry = geometry
        self.prepared = prepared
    }

    deinit {
        GEOSPreparedGeom_destroy_r(geometry.context.handle, prepared)
    }

    private var context: GeometryContext { geometry.context }

    /// Whether `other` lies inside (not only on the boundary).
    public func contains(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSPreparedContains_r(context.handle, prepared, other.pointer), "prepared contains")
    }

    /// Whether the point lies inside (GEOS 3.11 has no `GEOSPreparedContainsXY_r`: a point is made).
    public func contains(_ point: Coordinate) throws -> Bool {
        try contains(context.point(point))
    }

    /// Whether `other` lies inside or on the boundary.
    public func covers(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSPreparedCovers_r(context.handle, prepared, other.pointer), "prepared covers")
    }

    /// Whether the two share any point.
    public func intersects(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSPreparedIntersects_r(context.handle, prepared, other.pointer), "prepared intersects")
    }
}
