import Foundation

/// Content-derived event ids: the same event from the same reports always gets the same id.
///
/// "SYR-YYYYMMDD-xxxxxxxx": the date, then 32 bits of an FNV-1a hash of the event's type, place, actors,
/// sources and evidence, so ids are stable across runs and machines (Swift's `Hasher` is seeded per process
/// and cannot be used).
enum EventIdentity {
    private static let hexDigits = Array("0123456789abcdef".utf8)

    static func id(of event: Event) -> String {
        // the parts, a list's items joined by "|", each part closed by 0x1F (hashed as they come, without joining)
        var hash = FNV1a()
        hash.add(event.subEventType.rawValue); hash.endPart()
        hash.add(event.location.placeID ?? event.location.name); hash.endPart()
        hash.add(event.actors); hash.endPart()
        hash.add(event.sources); hash.endPart()
        hash.add(event.notes.first ?? ""); hash.endPart()
        hash.add(event.fatalities.isAggregate ? "aggregate" : ""); hash.endPart()
        let folded = UInt32(truncatingIfNeeded: hash.value ^ (hash.value >> 32))
        let c = event.date.components
        // "SYR-" + YYYYMMDD + "-" + 8 hex digits, written into one buffer (`String(format:)` costs more than the hash)
        return String(unsafeUninitializedCapacity: 21) { id in
            var end = 0
            let hexDigits = hexDigits
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

/// 64-bit FNV-1a over UTF-8 bytes, with a part separator.
private struct FNV1a {
    private(set) var value: UInt64 = 0xcbf2_9ce4_8422_2325
    private static let prime: UInt64 = 0x0000_0100_0000_01B3

    mutating func add(_ text: String) {
        var text = text
        var hash = value
        text.withUTF8 { bytes in
            for byte in bytes { hash = (hash ^ UInt64(byte)) &* FNV1a.prime }
        }
        value = hash
    }

    /// The items of `list` joined by "|".
    mutating func add(_ list: [String]) {
        for (k, item) in list.enumerated() {
            if k > 0 { add("|") }
            add(item)
        }
    }

    /// Closes a part with 0x1F.
    mutating func endPart() {
        value = (value ^ 0x1F) &* FNV1a.prime
    }
}
