import Foundation

extension UnsafeBufferPointer<UInt8> {
    /// The offset of the first `byte` at or after `start`, found with `memchr`; nil when there is none.
    func offset(of byte: UInt8, from start: Int) -> Int? {
        guard start < count, let base = baseAddress, let hit = memchr(base + start, Int32(byte), count - start) else { return nil }
        return base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
    }

    /// Whether every byte is below 0x80, looked at eight at a time (the last eight overlapping the ones before).
    var isASCII: Bool {
        guard count >= 8, let base = baseAddress else { return allSatisfy { $0 < 0x80 } }
        let raw = UnsafeRawPointer(base)
        var any = raw.loadUnaligned(fromByteOffset: count &- 8, as: UInt64.self), i = 0
        while i &+ 8 <= count {
            any |= raw.loadUnaligned(fromByteOffset: i, as: UInt64.self)
            i &+= 8
        }
        return any & 0x8080_8080_8080_8080 == 0
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

/// Eight bytes read as one word, the first byte lowest: questions about all eight at once.
extension UInt64 {
    /// The high bit of each byte (of eight below 0x80) that lies in `range`.
    @inline(__always)
    func highBits(ofBytesIn range: ClosedRange<UInt8>) -> UInt64 {
        let ones: UInt64 = 0x0101_0101_0101_0101
        // with every byte below 0x80, adding to each byte carries into its own high bit only
        let atLeastLow = self &+ (0x80 - UInt64(range.lowerBound)) &* ones
        let aboveHigh = self &+ (0x7F - UInt64(range.upperBound)) &* ones
        return atLeastLow & ~aboveHigh & 0x8080_8080_8080_8080
    }

    /// The high bit of each byte (of eight below 0x80) that is an ASCII letter.
    @inline(__always)
    var highBitsOfLetters: UInt64 { (self | 0x2020_2020_2020_2020).highBits(ofBytesIn: 0x61...0x7A) }
}
