import Foundation

/// Content-derived event ids: the same event from the same reports always gets the same id.
///
/// "SYR-YYYYMMDD-xxxxxxxx": the date, then 32 bits of an FNV-1a hash of the event's type, place, actors,
/// sources and evidence, so ids are stable across runs and machines (Swift's `Hasher` is seeded per process
/// and cannot be used).
enum EventIdentity {
    static func id(of event: Event) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        let parts = [event.subEventType.rawValue, event.location.placeID ?? event.location.name, event.actors.joined(separator: "|"),
                     event.sources.joined(separator: "|"), event.notes.first ?? "", event.fatalities.isAggregate ? "aggregate" : ""]
        for part in parts {
            for byte in part.utf8 {
                hash ^= UInt64(byte)
                hash = hash &* 0x0000_0100_0000_01B3
            }
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01B3
        }
        let c = event.date.components
        let folded = UInt32(truncatingIfNeeded: hash ^ (hash >> 32))
        let hex = String(folded, radix: 16)
        return "SYR-" + String(format: "%04d%02d%02d", c.year, c.month, c.day) + "-" + String(repeating: "0", count: 8 - hex.count) + hex
    }
}
