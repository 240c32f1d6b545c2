import SitmapText

/// A fixed list of words, looked up by their UTF-8 bytes: reading asks word lists about every token of every
/// sentence, and a `Set<String>` spends most of each question on seeded hashing and Unicode normalisation.
///
/// An ASCII word is found in a ``ByteKeyTable`` by a byte comparison, which for ASCII is what
/// `String` equality means; a word that is not ASCII, asked or listed, is compared as a `String` (by canonical
/// equivalence), so the answers are exactly those of a `Set<String>`.
public struct WordSet: Sendable, ExpressibleByArrayLiteral {
    /// The ASCII words, looked up by their bytes.
    @usableFromInline let table: ByteKeyTable
    /// Every word, for the questions bytes cannot answer.
    @usableFromInline let all: Set<String>
    /// Whether every listed word is ASCII (then an ASCII word not in the table is in no way listed).
    @usableFromInline let isASCII: Bool

    /// A list of `words` (repeats count once).
    public init<Words: Sequence>(_ words: Words) where Words.Element == String {
        all = Set(words)
        let ascii = all.filter { $0.utf8.allSatisfy { $0 < 0x80 } }.sorted()
        isASCII = ascii.count == all.count
        table = ByteKeyTable(keys: ascii)
    }

    /// A list written out: `["near", "outside"]`.
    public init(arrayLiteral words: String...) {
        self.init(words)
    }

    /// The listed words.
    public var words: Set<String> { all }

    /// This list with `words` added.
    public func union<Words: Sequence>(_ words: Words) -> WordSet where Words.Element == String {
        WordSet(all.union(words))
    }

    /// Whether `word` is listed.
    @inlinable
    public func contains(_ word: String) -> Bool {
        let answer = word.utf8.withContiguousStorageIfAvailable { bytes -> Bool? in
            // a word that is not ASCII is asked of the Set, which compares by canonical equivalence
            guard bytes.allSatisfy({ $0 < 0x80 }) else { return nil }
            return table.id(of: bytes) != nil
        }
        switch answer {
        case true??: return true
        case false??: return isASCII ? false : all.contains(word)
        default: return all.contains(word)
        }
    }
}
