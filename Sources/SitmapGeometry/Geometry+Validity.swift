import CGEOS

extension Geometry {
    /// Whether the geometry is valid by the OGC rules (no self-intersection, closed rings, …).
    public func isValid() throws -> Bool {
        try context.predicate(GEOSisValid_r(context.handle, pointer), "validity check")
    }

    /// GEOS's explanation, "Valid Geometry" or e.g. "Self-intersection[37.5 36.2]".
    public func validityReason() throws -> String {
        guard let text = GEOSisValidReason_r(context.handle, pointer) else { throw context.failure("validity reason") }
        defer { GEOSFree_r(context.handle, text) }
        return String(cString: text)
    }

    /// A valid geometry covering the same points (GEOS `MakeValid`): a bow-tie becomes two triangles.
    public func madeValid() throws -> Geometry {
        try context.owned(GEOSMakeValid_r(context.handle, pointer), "make valid")
    }

    /// Self when valid, otherwise ``madeValid()``.
    public func validated() throws -> Geometry {
        try isValid() ? self : madeValid()
    }
}
