/// A fixed list of words, asked about tokens' keys (``WordKey``): one probe of an integer table.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    @usableFromInline let table: WordMap<Void>
    /// The listed words.
    public let words: Set<String>

    /// A list of `words` (repeats count once).
    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        self.words = Set(words)
        table = WordMap(self.words.map { (word: $0, value: ()) })
    }

    /// A list written out: `["near", "outside"]`.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// This list with `words` added.
    public func union<Words: Sequence>(_ words: Words) -> WordSet where Words.Element == String {
        WordSet(self.words.union(words))
    }

    /// Whether the word with this key is listed.
    @inlinable
    public func contains(_ key: WordKey) -> Bool { table.contains(key) }

    /// Whether `word` (lowercase, as keys are) is listed.
    public func contains(_ word: String) -> Bool { contains(WordKey(word)) }
}
