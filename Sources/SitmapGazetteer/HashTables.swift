#if canImport(Glibc)
import Glibc
#elseif canImport(Darwin)
import Darwin
#endif

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
