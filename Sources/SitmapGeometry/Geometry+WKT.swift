import CGEOS

extension GeometryContext {
    /// Parses Well-Known Text (x = longitude, y = latitude for geographic data).
    ///
    /// Throws ``GeometryError/geos(operation:message:)`` with GEOS's parse message on bad input.
    public func geometry(wkt: String) throws -> Geometry {
        guard let reader = GEOSWKTReader_create_r(handle) else { throw failure("WKT reader") }
        defer { GEOSWKTReader_destroy_r(handle, reader) }
        return try owned(GEOSWKTReader_read_r(handle, reader, wkt), "WKT read")
    }
}

extension Geometry {
    /// Well-Known Text with trailing zeros trimmed; `decimals` rounds the coordinates.
    public func wkt(decimals: Int? = nil) throws -> String {
        let handle = context.handle
        guard let writer = GEOSWKTWriter_create_r(handle) else { throw context.failure("WKT writer") }
        defer { GEOSWKTWriter_destroy_r(handle, writer) }
        GEOSWKTWriter_setTrim_r(handle, writer, 1)
        if let decimals { GEOSWKTWriter_setRoundingPrecision_r(handle, writer, Int32(decimals)) }
        guard let text = GEOSWKTWriter_write_r(handle, writer, pointer) else { throw context.failure("WKT write") }
        // strings from GEOS are freed with GEOSFree_r
        defer { GEOSFree_r(handle, text) }
        return String(cString: text)
    }
}
