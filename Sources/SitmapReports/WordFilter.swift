/// A quick "certainly not" for a fixed list of words, by first byte and length: reading tests every token of
/// every sentence against word lists (date words, number words, trigger phrases, clause words), and most
/// tokens are none of them. Hashing a `String` costs far more than this look at two bits.
public struct WordFilter: Sendable {
    /// Per first byte, a bit per length (lengths past 63 share the last bit).
    private let lengths: [UInt64]

    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        var lengths = [UInt64](repeating: 0, count: 256)
        for word in words {
            guard let first = word.utf8.first else { continue }
            lengths[Int(first)] |= WordFilter.bit(word.utf8.count)
        }
        self.lengths = lengths
    }

    /// False when `word` is certainly not in the list; true when it may be.
    @inlinable
    public func mayContain(_ word: String) -> Bool {
        guard let first = word.utf8.first else { return false }
        return bits(first) & WordFilter.bit(word.utf8.count) != 0
    }

    @usableFromInline
    func bits(_ first: UInt8) -> UInt64 { lengths[Int(first)] }

    @usableFromInline
    static func bit(_ length: Int) -> UInt64 { 1 << UInt64(min(length, 63)) }
}
