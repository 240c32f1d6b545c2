import CGEOS

extension Geometry {
    /// The geometry with polygon rings oriented as RFC 7946 §3.1.6 asks: exteriors counter-clockwise,
    /// holes clockwise. Other parts are kept as they are.
    ///
    /// GEOS 3.11 has no `GEOSOrientPolygons_r` and `GEOSNormalize_r` makes shells clockwise, so the
    /// rings are checked with `GEOSCoordSeq_isCCW_r` and rebuilt.
    public func orientedForRFC7946() throws -> Geometry {
        try context.geometry(try shape().orientedForRFC7946(in: context))
    }
}

extension Shape {
    /// The shape with exterior rings counter-clockwise and holes clockwise (RFC 7946).
    public func orientedForRFC7946(in context: GeometryContext) throws -> Shape {
        func orient(_ rings: [[Coordinate]]) throws -> [[Coordinate]] {
            try rings.enumerated().map { index, ring in
                let wantCounterClockwise = index == 0
                return try context.isCounterClockwise(ring) == wantCounterClockwise ? ring : ring.reversed()
            }
        }
        switch self {
        case let .polygon(rings): return .polygon(try orient(rings))
        case let .multiPolygon(polygons): return .multiPolygon(try polygons.map(orient))
        case let .collection(shapes): return .collection(try shapes.map { try $0.orientedForRFC7946(in: context) })
        default: return self
        }
    }
}

extension GeometryContext {
    /// Whether a closed ring runs counter-clockwise (x east, y north).
    public func isCounterClockwise(_ ring: [Coordinate]) throws -> Bool {
        guard ring.count >= 4 else { return false }
        var flat: [Double] = []
        flat.reserveCapacity(ring.count * 2)
        for c in ring { flat.append(c.longitude); flat.append(c.latitude) }
        guard let seq = GEOSCoordSeq_copyFromBuffer_r(handle, flat, UInt32(ring.count), 0, 0) else {
            throw failure("coordinate sequence")
        }
        defer { GEOSCoordSeq_destroy_r(handle, seq) }
        var ccw: CChar = 0
        // returns 0 on exception
        guard GEOSCoordSeq_isCCW_r(handle, seq, &ccw) == 1 else { throw failure("ring orientation") }
        return ccw == 1
    }
}
