import CGEOS

extension Geometry {
    private func binary(_ other: Geometry, _ operation: String,
                        _ call: (GEOSContextHandle_t, OpaquePointer, OpaquePointer) -> OpaquePointer?) throws -> Geometry {
        precondition(other.context === context, "geometries from different GEOS contexts")
        return try context.owned(call(context.handle, pointer, other.pointer), operation)
    }

    /// The points in either geometry.
    public func union(_ other: Geometry) throws -> Geometry { try binary(other, "union", GEOSUnion_r) }
    /// The points in both geometries.
    public func intersection(_ other: Geometry) throws -> Geometry { try binary(other, "intersection", GEOSIntersection_r) }
    /// The points of this geometry that are not in `other`.
    public func difference(_ other: Geometry) throws -> Geometry { try binary(other, "difference", GEOSDifference_r) }
    /// The points in exactly one of the two geometries.
    public func symmetricDifference(_ other: Geometry) throws -> Geometry {
        try binary(other, "symmetric difference", GEOSSymDifference_r)
    }

    /// The union of all the parts of this geometry (dissolves a collection).
    public func unaryUnion() throws -> Geometry { try context.owned(GEOSUnaryUnion_r(context.handle, pointer), "unary union") }

    /// The boundary: rings of polygons as lines, end points of lines.
    public func boundary() throws -> Geometry { try context.owned(GEOSBoundary_r(context.handle, pointer), "boundary") }

    /// Touching line parts sewn into the longest possible lines.
    public func lineMerged() throws -> Geometry { try context.owned(GEOSLineMerge_r(context.handle, pointer), "line merge") }

    /// Douglas–Peucker simplification that keeps polygons valid; tolerance in coordinate units.
    public func simplified(tolerance: Double) throws -> Geometry {
        try context.owned(GEOSTopologyPreserveSimplify_r(context.handle, pointer, tolerance), "simplify")
    }

    /// The geometry with vertices added so that no segment is longer than `tolerance` (coordinate
    /// units): straight lon/lat edges then stay close to where they were after a projection.
    public func densified(tolerance: Double) throws -> Geometry {
        try context.owned(GEOSDensify_r(context.handle, pointer, tolerance), "densify")
    }

    /// A planar buffer in coordinate units (use ``buffered(metres:)`` for lon/lat data).
    public func planarBuffer(_ distance: Double, quadrantSegments: Int = 32) throws -> Geometry {
        try context.owned(GEOSBuffer_r(context.handle, pointer, distance, Int32(quadrantSegments)), "buffer")
    }

    /// Whether the two geometries share any point.
    public func intersects(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSIntersects_r(context.handle, pointer, other.pointer), "intersects")
    }

    /// Whether `other` lies inside this geometry (not only on its boundary).
    public func contains(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSContains_r(context.handle, pointer, other.pointer), "contains")
    }

    /// Whether the two are the same point set.
    public func topologicallyEquals(_ other: Geometry) throws -> Bool {
        try context.predicate(GEOSEquals_r(context.handle, pointer, other.pointer), "equals")
    }
}

extension GeometryContext {
    /// The union of many geometries in one GEOS call (cascaded), empty collection for none.
    public func union(_ geometries: [Geometry]) throws -> Geometry {
        try collection(of: geometries, kind: .collection).unaryUnion()
    }

    /// The union of polygons that form a coverage (they may share edges but never overlap), as
    /// Voronoi cells do: much faster than ``union(_:)``, and wrong for overlapping input.
    public func coverageUnion(_ polygons: [Geometry]) throws -> Geometry {
        let all = try collection(of: polygons, kind: .collection)
        return try owned(GEOSCoverageUnion_r(handle, all.pointer), "coverage union")
    }
}
