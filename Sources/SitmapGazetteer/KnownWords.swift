import Foundation
import SitmapText

/// What the mention matcher learnt of the words it looked up, by their bytes as written ("Aleppo",
/// "ALEPPO", "وحلب"): the trie word id of each, the folded form it keeps for it and, once judged, the
/// ``NameJudgement`` of the word as a one-word name. Reports write the same capitalised words again and
/// again, and folding a word, making its key and judging it cost more than finding it here.
///
/// One per gazetteer, shared by its matchers: safe to share between threads (a lock guards it); it stops
/// learning at `capacity` words. Open addressing over ``ByteKeyTable/hash(_:)`` of the written bytes.
final class KnownWords: @unchecked Sendable {
    /// What is known of one word, lent to the caller of ``withWord(_:_:)`` for the call.
    struct Word {
        /// Its trie word id; -1 when the trie has none.
        let id: Int32
        /// The folded form the matcher keeps for it: the table's own bytes, valid only inside the call.
        let folded: UnsafeBufferPointer<UInt8>
        /// Whether it is in Latin script (its folded bytes are ASCII).
        let isLatin: Bool
        /// Whether `folded` is the word without an Arabic prefix ("حلب" for وحلب).
        let isBare: Bool
        /// What the matcher's checks make of the word as a one-word name; nil until it is judged.
        let judgement: NameJudgement?
    }

    private let capacity: Int
    private let lock = NSLock()
    /// The table, out of line: a `let` pointer to it costs none of the dynamic exclusivity checks that
    /// a stored `var` of a class does on every access (the lock already keeps accesses apart).
    private let table: UnsafeMutablePointer<Table>

    init(capacity: Int = 100_000) {
        self.capacity = capacity
        table = UnsafeMutablePointer<Table>.allocate(capacity: 1)
        table.initialize(to: Table())
    }

    deinit {
        table.deinitialize(count: 1)
        table.deallocate()
    }

    /// Calls `body` with what is known of the word written with these bytes, under the lock, and
    /// returns its result; nil when nothing is known of the word.
    func withWord<R>(_ written: UnsafeBufferPointer<UInt8>, _ body: (Word) -> R) -> R? {
        lock.lock()
        defer { lock.unlock() }
        return table.pointee.withWord(written, hash: ByteKeyTable.hash(written), body)
    }

    /// Remembers what is known of the word written with these bytes (unless it is known already or the
    /// table is full).
    func remember(_ written: UnsafeBufferPointer<UInt8>, id: Int32, folded: some Collection<UInt8>, isLatin: Bool, isBare: Bool) {
        lock.lock()
        defer { lock.unlock() }
        let hash = ByteKeyTable.hash(written)
        guard table.pointee.count < capacity, table.pointee.entry(of: written, hash: hash) == nil else { return }
        table.pointee.add(written, hash: hash, id: id, folded: folded, isLatin: isLatin, isBare: isBare)
    }

    /// Remembers the judgement of the word written with these bytes as a one-word name (unless the word
    /// is not known).
    func remember(_ judgement: NameJudgement, for written: UnsafeBufferPointer<UInt8>) {
        lock.lock()
        defer { lock.unlock() }
        table.pointee.judge(written, hash: ByteKeyTable.hash(written), judgement)
    }

    /// The words, without the lock. Its look-ups are `mutating` though they change nothing: so they run
    /// on the pointee in place, not on a copy that retains its arrays.
    private struct Table {
        /// One word: its written bytes and its folded form as ranges of `bytes`, and the rest of ``Word``.
        private struct Entry {
            let start: Int32
            let foldedStart: Int32
            let end: Int32
            let id: Int32
            let isLatin: Bool
            let isBare: Bool
            var judgement: NameJudgement?
        }

        /// Per slot, the index of an entry, or -1 when the slot is empty.
        private var slots: [Int32] = []
        private var entries: [Entry] = []
        private var bytes: [UInt8] = []

        var count: Int { entries.count }

        /// The entry of the written word (whose hash is `hash`); nil when the word is not known.
        mutating func entry(of written: UnsafeBufferPointer<UInt8>, hash: Int) -> Int? {
            guard !slots.isEmpty else { return nil }
            var slot = hash & (slots.count - 1)
            return bytes.withUnsafeBufferPointer { stored in
                while true {
                    let index = Int(slots[slot])
                    if index < 0 { return nil }
                    let entry = entries[index]
                    if Int(entry.foldedStart - entry.start) == written.count,
                       written.isEmpty || memcmp(stored.baseAddress! + Int(entry.start), written.baseAddress!, written.count) == 0 {
                        return index
                    }
                    slot = (slot + 1) & (slots.count - 1)
                }
            }
        }

        /// `body` of what is known of the written word (whose hash is `hash`); nil when nothing is.
        mutating func withWord<R>(_ written: UnsafeBufferPointer<UInt8>, hash: Int, _ body: (Word) -> R) -> R? {
            guard let index = entry(of: written, hash: hash) else { return nil }
            let entry = entries[index]
            return bytes.withUnsafeBufferPointer { stored in
                body(Word(id: entry.id, folded: UnsafeBufferPointer(rebasing: stored[Int(entry.foldedStart)..<Int(entry.end)]),
                          isLatin: entry.isLatin, isBare: entry.isBare, judgement: entry.judgement))
            }
        }

        /// Keeps the judgement of the written word (whose hash is `hash`), if the word is known.
        mutating func judge(_ written: UnsafeBufferPointer<UInt8>, hash: Int, _ judgement: NameJudgement) {
            guard let index = entry(of: written, hash: hash) else { return }
            entries[index].judgement = judgement
        }

        /// Adds a word that is not known yet.
        mutating func add(_ written: UnsafeBufferPointer<UInt8>, hash: Int, id: Int32, folded: some Collection<UInt8>, isLatin: Bool, isBare: Bool) {
            if (entries.count + 1) * 2 > slots.count { grow() }
            let start = Int32(bytes.count)
            bytes.append(contentsOf: written)
            let foldedStart = Int32(bytes.count)
            bytes.append(contentsOf: folded)
            entries.append(Entry(start: start, foldedStart: foldedStart, end: Int32(bytes.count), id: id, isLatin: isLatin, isBare: isBare,
                                 judgement: nil))
            insert(entries.count - 1, hash: hash)
        }

        private mutating func insert(_ entry: Int, hash: Int) {
            var slot = hash & (slots.count - 1)
            while slots[slot] >= 0 { slot = (slot + 1) & (slots.count - 1) }
            slots[slot] = Int32(entry)
        }

        private mutating func grow() {
            slots = [Int32](repeating: -1, count: max(1024, slots.count * 2))
            for index in entries.indices {
                let entry = entries[index]
                let hash = bytes.withUnsafeBufferPointer { ByteKeyTable.hash(UnsafeBufferPointer(rebasing: $0[Int(entry.start)..<Int(entry.foldedStart)])) }
                insert(index, hash: hash)
            }
        }
    }
}
