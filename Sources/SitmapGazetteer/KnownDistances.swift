import Foundation
import SitmapGeometry

/// The geodesic distances that the resolvers of a gazetteer measured, from a place to a point: the
/// reports of a corpus name the same places near the same places, and one geodesic costs as much as
/// resolving a name without it.
///
/// One per gazetteer, shared by its resolvers: safe to share between threads (a lock guards it); it
/// stops learning at `capacity` distances.
final class KnownDistances: @unchecked Sendable {
    /// A place (its index in the gazetteer) and a point.
    struct Key: Hashable {
        let place: Int
        let latitude: Double
        let longitude: Double
    }

    private let capacity: Int
    private let lock = NSLock()
    /// The distances, out of line: a `let` pointer costs none of the dynamic exclusivity checks that a
    /// stored `var` of a class does on every access (the lock already keeps accesses apart).
    private let metres: UnsafeMutablePointer<[Key: Double]>

    init(capacity: Int = 1_000_000) {
        self.capacity = capacity
        metres = UnsafeMutablePointer<[Key: Double]>.allocate(capacity: 1)
        metres.initialize(to: [:])
    }

    deinit {
        metres.deinitialize(count: 1)
        metres.deallocate()
    }

    /// The geodesic distance in metres from place `index` (at `place`) to `point`, measured once.
    func metres(from index: Int, at place: Coordinate, to point: Coordinate) -> Double {
        let key = Key(place: index, latitude: point.latitude, longitude: point.longitude)
        lock.lock()
        let known = metres.pointee[key]
        lock.unlock()
        if let known { return known }
        let measured = Geodesic.distanceMetres(place, point)
        lock.lock()
        defer { lock.unlock() }
        if metres.pointee.count < capacity { metres.pointee[key] = measured }
        return measured
    }
}
