#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// A fixed table from keys to ids (their positions), looked up straight from UTF-8 bytes so that a
/// hot loop over the words of a text never makes a `String` or pays for seeded, Unicode-aware hashing.
///
/// Open addressing over an FNV-1a hash of the bytes; keys compare byte for byte. Used for the word keys
/// of the gazetteer's name trie.
public struct ByteKeyTable: Sendable {
    /// Per slot, the id of a key, or -1 when the slot is empty.
    @usableFromInline let slots: [Int32]
    /// Per id, the offset of its key in `bytes`, and one past the last key's end.
    @usableFromInline let starts: [Int32]
    @usableFromInline let bytes: [UInt8]
    @usableFromInline let mask: Int

    /// A table of `keys`; a key's id is its position in `keys`.
    public init(keys: [String]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var starts: [Int32] = [], bytes: [UInt8] = []
        starts.reserveCapacity(keys.count + 1)
        for (id, key) in keys.enumerated() {
            starts.append(Int32(bytes.count))
            let start = bytes.count
            bytes.append(contentsOf: key.utf8)
            var slot = bytes.withUnsafeBufferPointer { ByteKeyTable.hash(UnsafeBufferPointer(rebasing: $0[start...])) } & (capacity - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (capacity - 1) }
            slots[slot] = Int32(id)
        }
        starts.append(Int32(bytes.count))
        self.slots = slots
        self.starts = starts
        self.bytes = bytes
        mask = capacity - 1
    }

    /// FNV-1a over the bytes.
    @inlinable @inline(__always)
    public static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of the key with these bytes, if any.
    @inlinable
    public func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = ByteKeyTable.hash(key) & mask
        return slots.withUnsafeBufferPointer { slots in
            bytes.withUnsafeBufferPointer { stored in
                starts.withUnsafeBufferPointer { starts in
                    while true {
                        let id = slots[slot]
                        if id < 0 { return nil }
                        let start = Int(starts[Int(id)]), end = Int(starts[Int(id) + 1])
                        if end - start == key.count && (key.isEmpty || memcmp(stored.baseAddress! + start, key.baseAddress!, key.count) == 0) {
                            return id
                        }
                        slot = (slot + 1) & mask
                    }
                }
            }
        }
    }

    /// The id of a key given as a string.
    @inlinable
    public func id(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { id(of: $0) }
    }
}
