import CGEOS
import CPROJ

/// A map projection from PROJ taking longitude/latitude in degrees to metres on a plane.
///
/// Owns its own `PJ_CONTEXT`, so it is not thread-safe and not `Sendable`: one per thread or task.
/// Built as a PROJ pipeline from a `+proj=…` definition, which needs no database and keeps
/// longitude first (no EPSG:4326 axis-order trap).
public final class Projection {
    /// The PROJ definition of the target plane, e.g. `+proj=laea +lat_0=35 +lon_0=38.5 +ellps=WGS84`.
    public let definition: String
    private let projContext: OpaquePointer
    private let transformation: OpaquePointer

    /// A projection from a PROJ definition of a projected plane on WGS84 lon/lat.
    public init(_ definition: String) throws {
        guard let projContext = proj_context_create() else { throw GeometryError.proj(operation: "context", message: "out of memory") }
        // errors are surfaced as Swift errors; keep PROJ from printing them too
        proj_log_level(projContext, PJ_LOG_NONE)
        let pipeline = "+proj=pipeline +step +proj=unitconvert +xy_in=deg +xy_out=rad +step \(definition)"
        guard let transformation = proj_create(projContext, pipeline) else {
            let message = Self.message(projContext)
            proj_context_destroy(projContext)
            throw GeometryError.proj(operation: "create '\(definition)'", message: message)
        }
        self.definition = definition
        self.projContext = projContext
        self.transformation = transformation
    }

    deinit {
        proj_destroy(transformation)
        proj_context_destroy(projContext)
    }

    /// Lambert azimuthal equal-area centred on `centre`: areas exact, shapes good near the centre.
    public static func equalArea(centredOn centre: Coordinate) throws -> Projection {
        try Projection("+proj=laea +lat_0=\(centre.latitude) +lon_0=\(centre.longitude) +ellps=WGS84 +units=m")
    }

    /// Azimuthal equidistant centred on `centre`: distances from the centre exact, for buffers in metres.
    public static func equidistant(centredOn centre: Coordinate) throws -> Projection {
        try Projection("+proj=aeqd +lat_0=\(centre.latitude) +lon_0=\(centre.longitude) +ellps=WGS84 +units=m")
    }

    /// The plane position of a coordinate, in metres east (`x`) and north (`y`).
    public func forward(_ c: Coordinate) throws -> (x: Double, y: Double) {
        let out = proj_trans(transformation, PJ_FWD, proj_coord(c.longitude, c.latitude, 0, 0))
        guard out.xy.x.isFinite, out.xy.y.isFinite else { throw failure("forward \(c)") }
        return (out.xy.x, out.xy.y)
    }

    /// The coordinate of a plane position.
    public func inverse(x: Double, y: Double) throws -> Coordinate {
        let out = proj_trans(transformation, PJ_INV, proj_coord(x, y, 0, 0))
        guard out.lp.lam.isFinite, out.lp.phi.isFinite else { throw failure("inverse (\(x), \(y))") }
        return Coordinate(longitude: out.lp.lam, latitude: out.lp.phi)
    }

    /// The geometry with lon/lat replaced by plane metres.
    public func project(_ geometry: Geometry) throws -> Geometry {
        try transform(geometry, PJ_FWD)
    }

    /// The geometry with plane metres replaced by lon/lat.
    public func unproject(_ geometry: Geometry) throws -> Geometry {
        try transform(geometry, PJ_INV)
    }

    private func transform(_ geometry: Geometry, _ direction: PJ_DIRECTION) throws -> Geometry {
        var state = (transformation, direction)
        let transformed = withUnsafeMutablePointer(to: &state) { statePointer in
            GEOSGeom_transformXY_r(geometry.context.handle, geometry.pointer, { x, y, userdata in
                guard let x, let y, let userdata else { return 0 }
                let (pj, direction) = userdata.assumingMemoryBound(to: (OpaquePointer, PJ_DIRECTION).self).pointee
                let out = proj_trans(pj, direction, proj_coord(x.pointee, y.pointee, 0, 0))
                // the callback returns 0 to make GEOS stop with an exception
                guard out.v.0.isFinite, out.v.1.isFinite else { return 0 }
                x.pointee = out.v.0
                y.pointee = out.v.1
                return 1
            }, statePointer)
        }
        guard let transformed else {
            _ = geometry.context.failure("transform")
            throw failure(direction == PJ_FWD ? "project" : "unproject")
        }
        return Geometry(owning: transformed, in: geometry.context)
    }

    private func failure(_ operation: String) -> GeometryError {
        let message = Self.message(projContext)
        proj_errno_reset(transformation)
        return .proj(operation: operation, message: message)
    }

    private static func message(_ projContext: OpaquePointer) -> String {
        let code = proj_context_errno(projContext)
        guard code != 0, let text = proj_context_errno_string(projContext, code) else { return "coordinate outside the projection's domain" }
        return String(cString: text)
    }
}
