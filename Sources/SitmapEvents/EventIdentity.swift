import Foundation

/// Content-derived event ids: the same event from the same reports always gets the same id.
///
/// "SYR-YYYYMMDD-xxxxxxxx": the date, then 32 bits of an FNV-1a hash of the event's type, place, actors,
/// sources and evidence, so ids are stable across runs and machines (Swift's `Hasher` is seeded per process
/// and cannot be used).
enum EventIdentity {
    private static let hexDigits = Array("0123456789abcdef".utf8)

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
        // "SYR-" + YYYYMMDD + "-" + 8 hex digits, written into one buffer (`String(format:)` costs more than the hash)
        return String(unsafeUninitializedCapacity: 21) { id in
            var end = 0
            func put(_ value: Int, _ width: Int, radix: Int = 10) {
                var value = value
                for k in stride(from: width - 1, through: 0, by: -1) {
                    id[end + k] = hexDigits[value % radix]
                    value /= radix
                }
                end += width
            }
            for byte in "SYR-".utf8 { id[end] = byte; end += 1 }
            put(c.year, 4); put(c.month, 2); put(c.day, 2)
            id[end] = UInt8(ascii: "-"); end += 1
            put(Int(folded), 8, radix: 16)
            return end
        }
    }
}
