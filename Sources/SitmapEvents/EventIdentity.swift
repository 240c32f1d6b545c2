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
        return "SYR-" + padded(c.year, 4) + padded(c.month, 2) + padded(c.day, 2) + "-" + padded(folded, 8, radix: 16)
    }

    /// `value` in `radix` with leading zeros to `width` digits (`String(format:)` costs more than the hash).
    private static func padded(_ value: some BinaryInteger, _ width: Int, radix: Int = 10) -> String {
        let digits = String(value, radix: radix)
        return digits.count < width ? String(repeating: "0", count: width - digits.count) + digits : digits
    }
}
