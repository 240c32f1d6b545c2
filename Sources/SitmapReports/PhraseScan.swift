/// Groups of lowercase ASCII phrases, looked for in a line whatever its ASCII case (as in the line lowercased
/// byte by byte): one pass over the line tells which groups have a phrase in it.
///
/// Cleaning asks this of every line, and almost no line holds any phrase, so the pass looks at every third
/// four-byte window only: a phrase of six bytes or more covers one of them with one of its first three windows.
/// A filter of those windows lets through the few places where a phrase may be; there, a filter of the
/// phrases' first windows tells where one may start, and only there are the phrases compared. Windows are taken with 0x20 set in every byte, which lowercases ASCII letters (and maps
/// a few other bytes onto others, which only lets a place through that the comparison then rejects).
struct PhraseScan {
    /// The groups found in a line.
    struct Found {
        fileprivate var bits: UInt64 = 0

        /// Whether a phrase of group `index` (its position in the list the scan was made with) was found.
        func contains(_ index: Int) -> Bool { bits & (1 << index) != 0 }
    }

    /// Bytes between the windows looked at.
    private static let step = 3
    private let phrases: [(bytes: [UInt8], head: UInt32, group: Int)]
    /// The phrases' windows at the first `step` offsets, and their first windows.
    private let windows: WindowFilter, heads: WindowFilter

    /// A scan for `groups` of phrases: lowercase ASCII, six bytes or more each; at most 64 groups.
    init(_ groups: [[String]]) {
        precondition(groups.count <= 64)
        var phrases: [(bytes: [UInt8], head: UInt32, group: Int)] = []
        var windows = WindowFilter(), heads = WindowFilter()
        for (group, list) in groups.enumerated() {
            for phrase in list {
                let bytes = Array(phrase.utf8)
                precondition(bytes.count >= Self.step + 3 && bytes.allSatisfy { $0 < 0x80 && !(0x41...0x5A).contains($0) })
                let window = { (offset: Int) in bytes.withUnsafeBufferPointer { Self.window(at: offset, in: $0) } }
                phrases.append((bytes, window(0), group))
                heads.insert(window(0))
                for offset in 0..<Self.step { windows.insert(window(offset)) }
            }
        }
        self.phrases = phrases
        self.windows = windows
        self.heads = heads
    }

    /// The groups with a phrase in `line`.
    func groups(in line: UnsafeBufferPointer<UInt8>) -> Found {
        var found = Found()
        var at = 0
        while let hit = windows.firstPassed(in: line, from: at, step: Self.step) {
            for start in max(0, hit - Self.step + 1)...hit { found.bits |= groups(startingAt: start, in: line) }
            at = hit + Self.step
        }
        return found
    }

    /// The four bytes from `offset` (which has four bytes after it), with 0x20 set in each.
    @inline(__always)
    fileprivate static func window(at offset: Int, in bytes: UnsafeBufferPointer<UInt8>) -> UInt32 {
        UInt32(littleEndian: UnsafeRawPointer(bytes.baseAddress! + offset).loadUnaligned(as: UInt32.self)) | 0x2020_2020
    }

    /// The groups of the phrases that start at `start` in `line`, as bits.
    private func groups(startingAt start: Int, in line: UnsafeBufferPointer<UInt8>) -> UInt64 {
        guard start + 4 <= line.count else { return 0 }
        let head = Self.window(at: start, in: line)
        guard heads.mayContain(head) else { return 0 }
        var bits: UInt64 = 0
        // by index: a loop over the elements would copy each phrase's bytes (a retain and a release)
        for k in phrases.indices where phrases[k].head == head && Self.matches(phrases[k].bytes, at: start, in: line) {
            bits |= 1 << phrases[k].group
        }
        return bits
    }

    /// Whether `line` from `start` on, lowercased, begins with `phrase`.
    static func matches(_ phrase: [UInt8], at start: Int, in line: UnsafeBufferPointer<UInt8>) -> Bool {
        guard line.count - start >= phrase.count else { return false }
        for (k, byte) in phrase.enumerated() {
            let other = line[start + k]
            if (other &- 0x41 < 26 ? other + 32 : other) != byte { return false }
        }
        return true
    }
}

/// A filter of four-byte windows, a byte for each of 16,384 hash values: no false negatives, a few false
/// positives. A byte rather than a bit each, so that a window is looked up with one load.
private struct WindowFilter {
    private var slots = [Bool](repeating: false, count: 1 << 14)

    mutating func insert(_ window: UInt32) { slots[Self.slot(window)] = true }

    @inline(__always)
    func mayContain(_ window: UInt32) -> Bool { slots[Self.slot(window)] }

    /// The first of the windows of `bytes` at `start`, `start + step`, … that may be one inserted; nil when
    /// none may. The scan of every line: the filter's slots are taken in hand once for all its windows.
    func firstPassed(in bytes: UnsafeBufferPointer<UInt8>, from start: Int, step: Int) -> Int? {
        slots.withUnsafeBufferPointer { slots in
            var at = start
            let last = bytes.count &- 4
            while at <= last {
                if slots[Self.slot(PhraseScan.window(at: at, in: bytes))] { return at }
                at &+= step
            }
            return nil
        }
    }

    @inline(__always)
    private static func slot(_ window: UInt32) -> Int { Int((window &* 0x9E37_79B1) >> 18) }
}
