import Foundation

/// A word as reading compares it: a 64-bit hash of its lowercased form, as spaCy keys its vocabulary.
///
/// Reading asks word lists and phrase tables about every token of every sentence; comparing and hashing
/// `String`s made that most of its cost. A key is worked out once, when the word is tokenized, and after that a
/// list look-up is one probe of an integer table and a comparison is one integer comparison. Keys are FNV-1a
/// over the UTF-8 bytes (in Unicode's composed form, NFC, when not ASCII, so canonically equivalent spellings
/// share a key), finished with MurmurHash3's mixer. Two different words share a key with a chance of about
/// 2⁻⁶⁴: over a corpus of a million distinct words and the few thousand words sitmap lists, about 10⁻¹⁰.
@frozen
public struct WordKey: Hashable, Sendable, ExpressibleByStringLiteral, CustomStringConvertible {
    /// The hash; never 0, which tables use for an empty slot.
    public let rawValue: UInt64

    @inlinable
    init(rawValue: UInt64) { self.rawValue = rawValue }

    /// The key of a word written out; lists are written in lowercase, as tokens' keys are.
    public init(_ word: String) {
        var word = word
        var hasher = Hashing(), ascii = true
        word.withUTF8 { bytes in
            for byte in bytes {
                hasher.add(byte)
                ascii = ascii && byte < 0x80
            }
        }
        if ascii {
            self = hasher.key
        } else {
            var composed = word.precomposedStringWithCanonicalMapping
            self = composed.withUTF8 { WordKey(utf8: $0) }
        }
    }

    /// The key of a literal: `"the"`. Inlined, so that the optimiser can work the key out at compile time.
    @inlinable @inline(__always)
    public init(stringLiteral value: StaticString) {
        guard value.isASCII else { self.init(value.description); return }
        var hasher = Hashing()
        for k in 0..<value.utf8CodeUnitCount { hasher.add(value.utf8Start[k]) }
        self = hasher.key
    }

    /// The key of UTF-8 bytes as they are (ASCII, or already lowercased and composed).
    @inlinable
    public init(utf8 bytes: UnsafeBufferPointer<UInt8>) {
        var hasher = Hashing()
        for byte in bytes { hasher.add(byte) }
        self = hasher.key
    }

    /// The key of the empty word (what a position before the first token reads as). Computed from the literal,
    /// which the optimiser folds to a constant: a `static let` would cost a lazy-initialisation check per read.
    @inlinable
    public static var empty: WordKey { "" }

    public var description: String { "#" + String(rawValue, radix: 16) }

    /// FNV-1a over bytes fed one at a time: a tokenizer feeds a word's bytes as it finds them and reads the
    /// key of a prefix (a word without its possessive "'s") on the way.
    @frozen
    public struct Hashing {
        @usableFromInline var state: UInt64 = 0xcbf2_9ce4_8422_2325

        @inlinable
        public init() {}

        @inlinable @inline(__always)
        public mutating func add(_ byte: UInt8) { state = (state ^ UInt64(byte)) &* 0x0000_0100_0000_01B3 }

        /// The key of the bytes added so far.
        @inlinable
        public var key: WordKey {
            // MurmurHash3's fmix64: every bit of the state reaches every bit of the key
            var z = state
            z = (z ^ (z >> 33)) &* 0xFF51_AFD7_ED55_8CCD
            z = (z ^ (z >> 33)) &* 0xC4CE_B9FE_1A85_EC53
            z ^= z >> 33
            // 1 for 0, in bits: a comparison would let the optimiser test the state before the last byte instead,
            // and keep it alive through every byte of a tokenizer's loop
            return WordKey(rawValue: z | (~z & (z &- 1)) >> 63)
        }
    }
}
