import CGEOS

/// A GEOS context handle: every geometry is created and operated on in one.
///
/// Not thread-safe and deliberately not `Sendable`: create one context per thread or per task,
/// and keep the geometries made in it on that thread. GEOS reports errors through a message
/// handler; the last message is kept here and turned into a ``GeometryError``.
public final class GeometryContext {
    let handle: GEOSContextHandle_t
    private var lastMessage: String?

    /// A new GEOS context with its error handler installed.
    public init() {
        guard let handle = GEOS_init_r() else { fatalError("GEOS_init_r returned NULL (out of memory)") }
        self.handle = handle
        let handler: GEOSMessageHandler_r = { message, userdata in
            guard let message, let userdata else { return }
            let context = Unmanaged<GeometryContext>.fromOpaque(userdata).takeUnretainedValue()
            context.lastMessage = String(cString: message)
        }
        // The context outlives the handler registration: GEOS_finish_r in deinit drops it.
        GEOSContext_setErrorMessageHandler_r(handle, handler, Unmanaged.passUnretained(self).toOpaque())
    }

    deinit {
        GEOS_finish_r(handle)
    }

    /// The GEOS error for a failed `operation`, with GEOS's message, and clears it.
    func failure(_ operation: String) -> GeometryError {
        defer { lastMessage = nil }
        return .geos(operation: operation, message: lastMessage ?? "unknown GEOS error")
    }

    /// Wraps a geometry pointer GEOS returned (NULL on exception) as an owned ``Geometry``.
    func owned(_ pointer: OpaquePointer?, _ operation: String) throws -> Geometry {
        guard let pointer else { throw failure(operation) }
        return Geometry(owning: pointer, in: self)
    }

    /// Reads a GEOS `char` predicate result: 1 true, 0 false, 2 exception.
    func predicate(_ value: CChar, _ operation: String) throws -> Bool {
        switch value {
        case 1: return true
        case 0: return false
        default: throw failure(operation)
        }
    }
}
