#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

/// The word keys of the name trie: an open-addressing table from key bytes to word ids, so that the
/// matcher looks a word up straight from its folded bytes without making a `String`.
struct WordTable: Sendable {
    private let slots: [Int32]       // word id, -1 empty
    private let starts: [Int32]      // per word id: offset of its key in `bytes`
    private let bytes: [UInt8]
    private let mask: Int

    /// A table of `keys`, whose ids are their positions.
    init(keys: [String]) {
        var capacity = 16
        while capacity < keys.count * 2 { capacity <<= 1 }
        var slots = [Int32](repeating: -1, count: capacity)
        var starts: [Int32] = [], bytes: [UInt8] = []
        starts.reserveCapacity(keys.count + 1)
        for (id, key) in keys.enumerated() {
            starts.append(Int32(bytes.count))
            let start = bytes.count
            bytes.append(contentsOf: key.utf8)
            var slot = bytes.withUnsafeBufferPointer { WordTable.hash(UnsafeBufferPointer(rebasing: $0[start...])) } & (capacity - 1)
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
    @inline(__always)
    static func hash(_ key: UnsafeBufferPointer<UInt8>) -> Int {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in key { h = (h ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }
        return Int(truncatingIfNeeded: h ^ (h >> 29))
    }

    /// The id of the key with these bytes, if any.
    func id(of key: UnsafeBufferPointer<UInt8>) -> Int32? {
        var slot = WordTable.hash(key) & mask
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
    func id(of key: String) -> Int32? {
        var key = key
        return key.withUTF8 { id(of: $0) }
    }
}

/// The edges of the name trie: (node, word id) → child node, open addressing with a multiplicative hash.
struct EdgeTable: Sendable {
    private var keys: [UInt64]       // node << 32 | word, plus one; 0 empty
    private var children: [Int32]
    private var count = 0

    init(capacity: Int) {
        var size = 16
        while size < capacity * 2 { size <<= 1 }
        keys = [UInt64](repeating: 0, count: size)
        children = [Int32](repeating: 0, count: size)
    }

    @inline(__always)
    private static func key(_ node: Int32, _ word: Int32) -> UInt64 { (UInt64(UInt32(node)) << 32 | UInt64(UInt32(word))) &+ 1 }

    @inline(__always)
    private func slot(of key: UInt64) -> Int {
        Int(truncatingIfNeeded: (key &* 0x9E37_79B9_7F4A_7C15) >> 20) & (keys.count - 1)
    }

    /// The child of `node` along `word`.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? {
        let key = EdgeTable.key(node, word)
        var slot = slot(of: key)
        return keys.withUnsafeBufferPointer { keys in
            while true {
                let stored = keys[slot]
                if stored == key { return children[slot] }
                if stored == 0 { return nil }
                slot = (slot + 1) & (keys.count - 1)
            }
        }
    }

    /// Adds an edge (which must be new).
    mutating func insert(_ node: Int32, word: Int32, child: Int32) {
        if (count + 1) * 2 > keys.count { grow() }
        let key = EdgeTable.key(node, word)
        var slot = slot(of: key)
        while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
        keys[slot] = key
        children[slot] = child
        count += 1
    }

    private mutating func grow() {
        let old = zip(keys, children).filter { $0.0 != 0 }
        keys = [UInt64](repeating: 0, count: keys.count * 2)
        children = [Int32](repeating: 0, count: keys.count)
        count = 0
        for (key, child) in old {
            var slot = slot(of: key)
            while keys[slot] != 0 { slot = (slot + 1) & (keys.count - 1) }
            keys[slot] = key
            children[slot] = child
            count += 1
        }
    }
}
