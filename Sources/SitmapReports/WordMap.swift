/// A fixed table from words to values, looked up by ``WordKey``: one probe of an integer array, where a
/// `[String: Value]` hashes and compares strings. Open addressing at a load of at most one quarter: most words
/// asked about are not listed, and an empty slot turns them away at the first or second probe.
public struct WordMap<Value: Sendable>: Sendable {
    /// Per slot, the raw key stored there, 0 when the slot is empty.
    @usableFromInline let slots: [UInt64]
    /// Per slot, the index of its value in `values`.
    @usableFromInline let positions: [Int32]
    @usableFromInline let values: [Value]
    @usableFromInline let mask: Int

    /// A table of `pairs`; when a key repeats, its first value wins.
    public init(keys pairs: [(key: WordKey, value: Value)]) {
        var capacity = 8
        while capacity < pairs.count * 4 { capacity <<= 1 }
        var slots = [UInt64](repeating: 0, count: capacity)
        var positions = [Int32](repeating: -1, count: capacity)
        var values: [Value] = []
        for (key, value) in pairs {
            var slot = Int(truncatingIfNeeded: key.rawValue) & (capacity - 1)
            while slots[slot] != 0 && slots[slot] != key.rawValue { slot = (slot + 1) & (capacity - 1) }
            guard slots[slot] == 0 else { continue }
            slots[slot] = key.rawValue
            positions[slot] = Int32(values.count)
            values.append(value)
        }
        self.slots = slots
        self.positions = positions
        self.values = values
        mask = capacity - 1
    }

    /// A table of words written out and their values; when a word repeats, its first value wins.
    public init(_ pairs: [(word: String, value: Value)]) {
        self.init(keys: pairs.map { (WordKey($0.word), $0.value) })
    }

    /// The value of `key`, nil when it is not listed.
    @inlinable
    public subscript(_ key: WordKey) -> Value? {
        slot(of: key).map { values[Int(positions[$0])] }
    }

    /// Whether `key` is listed; reads no value.
    @inlinable
    public func contains(_ key: WordKey) -> Bool { slot(of: key) != nil }

    /// The slot holding `key`, nil when it is not listed.
    @inlinable @inline(__always)
    func slot(of key: WordKey) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var slot = Int(truncatingIfNeeded: key.rawValue) & mask
            while true {
                let stored = slots[slot]
                if stored == key.rawValue { return slot }
                if stored == 0 { return nil }
                slot = (slot &+ 1) & mask
            }
        }
    }

    /// Number of words listed.
    public var count: Int { values.count }
}

extension WordMap: ExpressibleByDictionaryLiteral {
    /// A table written out: `["monday": 1, "tuesday": 2]`.
    public init(dictionaryLiteral elements: (String, Value)...) {
        self.init(elements.map { (word: $0.0, value: $0.1) })
    }
}
