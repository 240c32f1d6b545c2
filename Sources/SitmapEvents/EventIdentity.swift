import Foundation

/// Content-derived event ids: the same event from the same reports always gets the same id.
///
/// "SYR-YYYYMMDD-xxxxxxxx": the date, then 32 bits of an FNV-1a hash of the event's type, place, actors,
/// sources and evidence, so ids are stable across runs and machines (Swift's `Hasher` is seeded per process
/// and cannot be used).
enum EventIdentity {
    static func id(of event: Event) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        func add(_ text: String) {
            var text = text
            text.withUTF8 { bytes in
                for byte in bytes { hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
            }
        }
        // the parts, a list's items joined by "|", each part closed by 0x1F (hashed as they come, without joining)
        func endPart() {
            hash ^= 0x1F
            hash = hash &* 0x0000_0100_0000_01B3
        }
        func add(_ list: [String]) {
            for (k, item) in list.enumerated() {
                if k > 0 { add("|") }
                add(item)
            }
        }
        add(event.subEventType.rawValue); endPart()
        add(event.location.placeID ?? event.location.name); endPart()
        add(event.actors); endPart()
        add(event.sources); endPart()
        add(event.notes.first ?? ""); endPart()
        add(event.fatalities.isAggregate ? "aggregate" : ""); endPart()
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
