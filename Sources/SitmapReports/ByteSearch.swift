import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start`, found with `memchr`; nil when there is none.
    func offset(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress, let hit = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }
}

/// Where a byte next occurs in a buffer at or after a moving offset: looked up with `memchr` only once the
/// offset has passed the last place found.
struct NextOccurrence {
    let byte: UInt8
    private var found = -1

    init(of byte: UInt8) { self.byte = byte }

    /// The first `byte` at or after `start` in `bytes`, or `bytes.count`; `start` never moves back.
    mutating func offset(from start: Int, in bytes: UnsafeBufferPointer<UInt8>) -> Int {
        if found < start { found = bytes.offset(of: byte, from: start) ?? bytes.count }
        return found
    }
}
