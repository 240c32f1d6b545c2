import CGEOS

extension GeometryContext {
    /// A point.
    public func point(_ c: Coordinate) throws -> Geometry {
        try owned(GEOSGeom_createPointFromXY_r(handle, c.longitude, c.latitude), "create point")
    }

    /// A line string through at least two coordinates.
    public func lineString(_ coordinates: [Coordinate]) throws -> Geometry {
        guard coordinates.count >= 2 else { throw GeometryError.invalidInput("a line string needs 2 points, got \(coordinates.count)") }
        return try owned(GEOSGeom_createLineString_r(handle, try sequence(coordinates)), "create line string")
    }

    /// A polygon from closed rings, exterior first. A ring given open is closed here.
    public func polygon(_ rings: [[Coordinate]]) throws -> Geometry {
        guard let exteriorCoordinates = rings.first else {
            return try owned(GEOSGeom_createEmptyPolygon_r(handle), "create empty polygon")
        }
        let exterior = try ring(exteriorCoordinates)
        var holes: [OpaquePointer?] = []
        do {
            for hole in rings.dropFirst() { holes.append(try ring(hole)) }
        } catch {
            GEOSGeom_destroy_r(handle, exterior)
            holes.forEach { GEOSGeom_destroy_r(handle, $0) }
            throw error
        }
        // GEOSGeom_createPolygon_r takes ownership of the shell and the holes array's rings
        let made = holes.withUnsafeMutableBufferPointer {
            GEOSGeom_createPolygon_r(handle, exterior, $0.baseAddress, UInt32($0.count))
        }
        return try owned(made, "create polygon")
    }

    /// A geometry from its plain-value form.
    public func geometry(_ shape: Shape) throws -> Geometry {
        switch shape {
        case let .point(c): return try point(c)
        case let .lineString(cs): return try lineString(cs)
        case let .polygon(rings): return try polygon(rings)
        case let .multiPoint(cs): return try collection(of: cs.map(point), kind: .multiPoint)
        case let .multiLineString(lines): return try collection(of: lines.map(lineString), kind: .multiLineString)
        case let .multiPolygon(polygons): return try collection(of: polygons.map(polygon), kind: .multiPolygon)
        case let .collection(shapes): return try collection(of: shapes.map(geometry), kind: .collection)
        }
    }

    /// A multi-geometry or collection holding copies of `parts`.
    public func collection(of parts: [Geometry], kind: Geometry.Kind) throws -> Geometry {
        var clones: [OpaquePointer?] = []
        clones.reserveCapacity(parts.count)
        for part in parts {
            precondition(part.context === self, "geometries from different GEOS contexts")
            guard let clone = GEOSGeom_clone_r(handle, part.pointer) else {
                clones.forEach { GEOSGeom_destroy_r(handle, $0) }
                throw failure("clone")
            }
            clones.append(clone)
        }
        // takes ownership of the parts (not of the array)
        let made = clones.withUnsafeMutableBufferPointer {
            GEOSGeom_createCollection_r(handle, kind.rawValue, $0.baseAddress, UInt32($0.count))
        }
        if made == nil { clones.forEach { GEOSGeom_destroy_r(handle, $0) } }
        return try owned(made, "create collection")
    }

    private func ring(_ coordinates: [Coordinate]) throws -> OpaquePointer {
        var closed = coordinates
        if let first = closed.first, first != closed.last { closed.append(first) }
        guard closed.count >= 4 else { throw GeometryError.invalidInput("a ring needs 4 points when closed, got \(closed.count)") }
        guard let made = GEOSGeom_createLinearRing_r(handle, try sequence(closed)) else { throw failure("create ring") }
        return made
    }

    /// A GEOS coordinate sequence (owned by the caller until a constructor takes it).
    private func sequence(_ coordinates: [Coordinate]) throws -> OpaquePointer {
        var flat: [Double] = []
        flat.reserveCapacity(coordinates.count * 2)
        for c in coordinates {
            guard c.longitude.isFinite, c.latitude.isFinite else { throw GeometryError.invalidInput("non-finite coordinate \(c)") }
            flat.append(c.longitude); flat.append(c.latitude)
        }
        guard let seq = GEOSCoordSeq_copyFromBuffer_r(handle, flat, UInt32(coordinates.count), 0, 0) else {
            throw failure("create coordinate sequence")
        }
        return seq
    }
}

extension Geometry {
    /// The geometry as plain values.
    public func shape() throws -> Shape {
        try Self.shape(of: pointer, in: context)
    }

    private static func shape(of g: OpaquePointer, in context: GeometryContext) throws -> Shape {
        let handle = context.handle
        let kind = Kind(rawValue: GEOSGeomTypeId_r(handle, g)) ?? .collection
        func parts() throws -> [Shape] {
            try (0..<Int(GEOSGetNumGeometries_r(handle, g))).map { i in
                guard let part = GEOSGetGeometryN_r(handle, g, Int32(i)) else { throw context.failure("part") }
                return try shape(of: part, in: context)
            }
        }
        switch kind {
        case .point:
            if GEOSisEmpty_r(handle, g) == 1 { return .multiPoint([]) }
            return .point(try coordinates(of: g, in: context)[0])
        case .lineString, .linearRing:
            return .lineString(try coordinates(of: g, in: context))
        case .polygon:
            return .polygon(try rings(of: g, in: context))
        case .multiPoint:
            return .multiPoint(try parts().flatMap(\.coordinates))
        case .multiLineString:
            return .multiLineString(try parts().flatMap(\.lines))
        case .multiPolygon:
            return .multiPolygon(try parts().flatMap(\.polygons))
        case .collection:
            return .collection(try parts())
        }
    }

    /// Rings of a polygon pointer, exterior first; empty for an empty polygon.
    static func rings(of polygon: OpaquePointer, in context: GeometryContext) throws -> [[Coordinate]] {
        let handle = context.handle
        if GEOSisEmpty_r(handle, polygon) == 1 { return [] }
        // exterior and interior rings are borrowed from the polygon
        guard let exterior = GEOSGetExteriorRing_r(handle, polygon) else { throw context.failure("exterior ring") }
        var rings = [try coordinates(of: exterior, in: context)]
        let holes = GEOSGetNumInteriorRings_r(handle, polygon)
        guard holes >= 0 else { throw context.failure("interior rings") }
        for i in 0..<holes {
            guard let hole = GEOSGetInteriorRingN_r(handle, polygon, i) else { throw context.failure("interior ring") }
            rings.append(try coordinates(of: hole, in: context))
        }
        return rings
    }

    /// Coordinates of a point, line string or ring pointer.
    static func coordinates(of g: OpaquePointer, in context: GeometryContext) throws -> [Coordinate] {
        let handle = context.handle
        // the sequence is borrowed from the geometry
        guard let seq = GEOSGeom_getCoordSeq_r(handle, g) else { throw context.failure("coordinate sequence") }
        var size: UInt32 = 0
        guard GEOSCoordSeq_getSize_r(handle, seq, &size) == 1 else { throw context.failure("sequence size") }
        var flat = [Double](repeating: 0, count: Int(size) * 2)
        // returns 0 on exception
        guard GEOSCoordSeq_copyToBuffer_r(handle, seq, &flat, 0, 0) == 1 else { throw context.failure("copy coordinates") }
        return (0..<Int(size)).map { Coordinate(longitude: flat[2 * $0], latitude: flat[2 * $0 + 1]) }
    }
}
