/// A geometry as plain Swift values: what exporters walk and what crosses threads.
///
/// Rings are closed (first coordinate repeated last); the first ring of a polygon is its exterior.
/// Unlike ``Geometry`` a shape is `Sendable`, holds no C memory and needs no context.
public indirect enum Shape: Hashable, Sendable {
    case point(Coordinate)
    case lineString([Coordinate])
    /// Rings: exterior first, then holes.
    case polygon([[Coordinate]])
    case multiPoint([Coordinate])
    case multiLineString([[Coordinate]])
    /// Polygons, each as its rings.
    case multiPolygon([[[Coordinate]]])
    case collection([Shape])

    /// Every coordinate of the shape, in order.
    public var coordinates: [Coordinate] {
        switch self {
        case let .point(c): return [c]
        case let .lineString(cs), let .multiPoint(cs): return cs
        case let .polygon(rings), let .multiLineString(rings): return rings.flatMap { $0 }
        case let .multiPolygon(polygons): return polygons.flatMap { $0.flatMap { $0 } }
        case let .collection(shapes): return shapes.flatMap(\.coordinates)
        }
    }

    /// The polygons of a polygon, multi-polygon or collection, each as its rings.
    public var polygons: [[[Coordinate]]] {
        switch self {
        case let .polygon(rings): return [rings]
        case let .multiPolygon(polygons): return polygons
        case let .collection(shapes): return shapes.flatMap(\.polygons)
        default: return []
        }
    }

    /// The lines of a line string, multi-line string or collection.
    public var lines: [[Coordinate]] {
        switch self {
        case let .lineString(line): return [line]
        case let .multiLineString(lines): return lines
        case let .collection(shapes): return shapes.flatMap(\.lines)
        default: return []
        }
    }

    /// Bounding box as (minimum corner, maximum corner), nil when there are no coordinates.
    public var boundingBox: (min: Coordinate, max: Coordinate)? {
        let all = coordinates
        guard let first = all.first else { return nil }
        var lo = first, hi = first
        for c in all.dropFirst() {
            lo.longitude = min(lo.longitude, c.longitude); lo.latitude = min(lo.latitude, c.latitude)
            hi.longitude = max(hi.longitude, c.longitude); hi.latitude = max(hi.latitude, c.latitude)
        }
        return (lo, hi)
    }
}
