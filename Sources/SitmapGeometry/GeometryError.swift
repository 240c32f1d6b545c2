/// A failure reported by GEOS or PROJ, or input the geometry layer refuses.
public enum GeometryError: Error, Equatable, CustomStringConvertible {
    /// GEOS raised an exception; the payload is GEOS's own message and the operation that failed.
    case geos(operation: String, message: String)
    /// PROJ could not create or apply a transformation; PROJ's own message.
    case proj(operation: String, message: String)
    /// The caller passed something that cannot make a geometry (too few points, an open ring, NaN).
    case invalidInput(String)

    public var description: String {
        switch self {
        case let .geos(operation, message): return "GEOS \(operation) failed: \(message)"
        case let .proj(operation, message): return "PROJ \(operation) failed: \(message)"
        case let .invalidInput(message): return "invalid geometry input: \(message)"
        }
    }
}
