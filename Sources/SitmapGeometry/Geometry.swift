import CGEOS

/// A GEOS geometry owned by Swift: freed when the last reference goes.
///
/// Coordinates are longitude/latitude unless the geometry came out of a ``Projection``, in which
/// case they are that projection's metres. A geometry keeps its ``GeometryContext`` alive and must
/// only be combined with geometries of the same context.
public final class Geometry {
    /// The context this geometry was made in.
    public let context: GeometryContext
    let pointer: OpaquePointer

    init(owning pointer: OpaquePointer, in context: GeometryContext) {
        self.pointer = pointer
        self.context = context
    }

    deinit {
        GEOSGeom_destroy_r(context.handle, pointer)
    }

    /// The OGC simple-feature kinds GEOS knows.
    public enum Kind: Int32, Sendable {
        case point = 0, lineString, linearRing, polygon, multiPoint, multiLineString, multiPolygon, collection
    }

    /// Which kind of geometry this is.
    public var kind: Kind {
        Kind(rawValue: GEOSGeomTypeId_r(context.handle, pointer)) ?? .collection
    }

    /// Whether the geometry has no points at all.
    public var isEmpty: Bool {
        GEOSisEmpty_r(context.handle, pointer) == 1
    }

    /// The number of parts of a multi-geometry or collection; 1 for a single geometry.
    public var partCount: Int {
        Int(GEOSGetNumGeometries_r(context.handle, pointer))
    }

    /// A copy of part `index` of a multi-geometry or collection.
    public func part(_ index: Int) throws -> Geometry {
        guard index >= 0, index < partCount, let borrowed = GEOSGetGeometryN_r(context.handle, pointer, Int32(index)) else {
            throw GeometryError.invalidInput("part \(index) of a geometry with \(partCount) parts")
        }
        // GEOSGetGeometryN_r returns a borrowed pointer: clone it to own it.
        return try context.owned(GEOSGeom_clone_r(context.handle, borrowed), "clone")
    }

    /// Planar area in the units of the coordinates squared. For lon/lat data use ``areaSquareKilometres()``.
    public func planarArea() throws -> Double {
        var area = 0.0
        // returns 0 on exception
        guard GEOSArea_r(context.handle, pointer, &area) == 1 else { throw context.failure("area") }
        return area
    }

    /// Planar length (perimeter for polygons) in the units of the coordinates.
    public func planarLength() throws -> Double {
        var length = 0.0
        // returns 0 on exception
        guard GEOSLength_r(context.handle, pointer, &length) == 1 else { throw context.failure("length") }
        return length
    }

    /// The bounding box as (minimum corner, maximum corner), or nil for an empty geometry.
    public func envelope() -> (min: Coordinate, max: Coordinate)? {
        guard !isEmpty else { return nil }
        var minX = 0.0, minY = 0.0, maxX = 0.0, maxY = 0.0
        // each returns 0 on exception
        guard GEOSGeom_getXMin_r(context.handle, pointer, &minX) == 1,
              GEOSGeom_getYMin_r(context.handle, pointer, &minY) == 1,
              GEOSGeom_getXMax_r(context.handle, pointer, &maxX) == 1,
              GEOSGeom_getYMax_r(context.handle, pointer, &maxY) == 1 else { return nil }
        return (Coordinate(longitude: minX, latitude: minY), Coordinate(longitude: maxX, latitude: maxY))
    }

    /// The centroid (planar), or nil for an empty geometry.
    public func centroid() throws -> Coordinate? {
        guard !isEmpty else { return nil }
        let point = try context.owned(GEOSGetCentroid_r(context.handle, pointer), "centroid")
        var x = 0.0, y = 0.0
        // returns 0 on exception
        guard GEOSGeomGetX_r(context.handle, point.pointer, &x) == 1,
              GEOSGeomGetY_r(context.handle, point.pointer, &y) == 1 else { throw context.failure("centroid") }
        return Coordinate(longitude: x, latitude: y)
    }

    /// An independent copy.
    public func copy() throws -> Geometry {
        try context.owned(GEOSGeom_clone_r(context.handle, pointer), "clone")
    }
}
