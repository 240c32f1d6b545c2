import SitmapGeometry

/// GeoJSON geometry objects (RFC 7946 §3.1): positions are `[longitude, latitude]` with 6 decimals.
extension TextBuffer {
    /// Appends `{"type":…,"coordinates":…}` for a shape, or a GeometryCollection for a collection.
    mutating func geoJSONGeometry(_ shape: Shape) {
        switch shape {
        case let .point(c):
            raw("{\"type\":\"Point\",\"coordinates\":")
            position(c)
        case let .lineString(line):
            raw("{\"type\":\"LineString\",\"coordinates\":")
            positions(line)
        case let .polygon(rings):
            raw("{\"type\":\"Polygon\",\"coordinates\":")
            nested(rings) { $0.positions($1) }
        case let .multiPoint(points):
            raw("{\"type\":\"MultiPoint\",\"coordinates\":")
            positions(points)
        case let .multiLineString(lines):
            raw("{\"type\":\"MultiLineString\",\"coordinates\":")
            nested(lines) { $0.positions($1) }
        case let .multiPolygon(polygons):
            raw("{\"type\":\"MultiPolygon\",\"coordinates\":")
            nested(polygons) { buffer, rings in buffer.nested(rings) { $0.positions($1) } }
        case let .collection(shapes):
            raw("{\"type\":\"GeometryCollection\",\"geometries\":")
            nested(shapes) { $0.geoJSONGeometry($1) }
        }
        byte(UInt8(ascii: "}"))
    }

    /// Appends `[lon,lat]`.
    @inline(__always)
    mutating func position(_ c: Coordinate) {
        byte(UInt8(ascii: "["))
        coordinate(c.longitude)
        byte(UInt8(ascii: ","))
        coordinate(c.latitude)
        byte(UInt8(ascii: "]"))
    }

    /// Appends a bbox array `[west,south,east,north]`.
    mutating func bbox(_ box: (min: Coordinate, max: Coordinate)) {
        byte(UInt8(ascii: "["))
        coordinate(box.min.longitude)
        byte(UInt8(ascii: ","))
        coordinate(box.min.latitude)
        byte(UInt8(ascii: ","))
        coordinate(box.max.longitude)
        byte(UInt8(ascii: ","))
        coordinate(box.max.latitude)
        byte(UInt8(ascii: "]"))
    }

    private mutating func positions(_ cs: [Coordinate]) {
        nested(cs) { $0.position($1) }
    }

    /// Appends a JSON array of `items`, each written by `write`.
    private mutating func nested<T>(_ items: [T], _ write: (inout TextBuffer, T) -> Void) {
        byte(UInt8(ascii: "["))
        for (i, item) in items.enumerated() {
            if i > 0 { byte(UInt8(ascii: ",")) }
            write(&self, item)
        }
        byte(UInt8(ascii: "]"))
    }
}

/// Growing bounding box of the positions written.
struct BoundingBox {
    private(set) var box: (min: Coordinate, max: Coordinate)?

    mutating func include(_ c: Coordinate) {
        guard var b = box else { box = (c, c); return }
        b.min.longitude = min(b.min.longitude, c.longitude); b.min.latitude = min(b.min.latitude, c.latitude)
        b.max.longitude = max(b.max.longitude, c.longitude); b.max.latitude = max(b.max.latitude, c.latitude)
        box = b
    }

    mutating func include(_ shape: Shape) {
        guard let other = shape.boundingBox else { return }
        include(other.min)
        include(other.max)
    }
}
