import Foundation
import SitmapText

/// The folded forms of the words of one run (see ``WordForm``), kept as ranges of one byte buffer that
/// is reused from run to run, so that matching makes no `String` per word.
struct FoldedWords {
    private var bytes: [UInt8] = []
    /// Per word: its range in `bytes` (start -1 while it is not folded) and whether it is in Latin script.
    private var spans: [(start: Int32, end: Int32, isLatin: Bool)] = []

    init() {
        bytes.reserveCapacity(512)
        spans.reserveCapacity(64)
    }

    /// Forgets every word and makes room for a run of `count` words, none folded yet (the spans are as
    /// many as the longest run's words so far: only the run's part is reset).
    mutating func reset(count: Int) {
        bytes.removeAll(keepingCapacity: true)
        let none = (start: Int32(-1), end: Int32(-1), isLatin: true)
        if spans.count < count { spans.append(contentsOf: repeatElement(none, count: count - spans.count)) }
        spans.withUnsafeMutableBufferPointer { spans in
            for j in 0..<count { spans[j] = none }
        }
    }

    /// Whether word `j` is folded.
    func has(_ j: Int) -> Bool { spans[j].start >= 0 }

    /// Whether word `j` is in Latin script (its folded bytes are ASCII).
    func isLatin(_ j: Int) -> Bool { spans[j].isLatin }

    /// Keeps `folded` as the folded form of word `j`.
    mutating func set(_ j: Int, to folded: some Collection<UInt8>, isLatin: Bool) {
        let start = Int32(bytes.count)
        bytes.append(contentsOf: folded)
        spans[j] = (start, Int32(bytes.count), isLatin)
    }

    /// Keeps the folded form of word `j` when it is written in ASCII (`written`), as ``WordFolder`` folds
    /// it; false, keeping nothing, when it is not.
    mutating func setASCII(_ j: Int, written: UnsafeBufferPointer<UInt8>) -> Bool {
        for byte in written where byte >= 0x80 { return false }
        let start = Int32(bytes.count)
        for byte in written { WordFolder.appendFolded(ascii: byte, to: &bytes) }
        spans[j] = (start, Int32(bytes.count), true)
        return true
    }

    /// Calls `body` with the folded bytes of word `j`.
    func withBytes<R>(_ j: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        let span = spans[j]
        return bytes.withUnsafeBufferPointer { body(UnsafeBufferPointer(rebasing: $0[Int(span.start)..<Int(span.end)])) }
    }

    /// Whether word `j` folds to the ASCII `word`.
    func equals(_ j: Int, _ word: StaticString) -> Bool {
        let span = spans[j], count = word.utf8CodeUnitCount
        guard Int(span.end - span.start) == count else { return false }
        return count == 0 || bytes.withUnsafeBufferPointer { memcmp($0.baseAddress! + Int(span.start), word.utf8Start, count) == 0 }
    }

    /// Appends the folded bytes of word `j` to `out`.
    func append(_ j: Int, to out: inout [UInt8]) {
        let span = spans[j]
        out.append(contentsOf: bytes[Int(span.start)..<Int(span.end)])
    }
}

/// A fixed table of folded words (and what each stands for), asked about a `String` or about folded
/// bytes as the matcher keeps them.
///
/// An ASCII word is found by a byte comparison, which for ASCII is what `String` equality means; any
/// other word is looked up as a `String` (by canonical equivalence), so the answers are exactly those
/// of a `[String: Value]`.
struct FoldedWordTable<Value: Sendable>: Sendable {
    private let all: [String: Value]
    private let ascii: ByteKeyTable
    private let asciiValues: [Value]
    /// The lengths of the ASCII words: a word of another length is none of them, without hashing it.
    private let asciiLengths: ClosedRange<Int>?

    init(_ all: [String: Value]) {
        self.all = all
        let ascii = all.filter { $0.key.utf8.allSatisfy { $0 < 0x80 } }.sorted { $0.key < $1.key }
        self.ascii = ByteKeyTable(keys: ascii.map(\.key))
        asciiValues = ascii.map(\.value)
        let lengths = ascii.map(\.key.utf8.count)
        asciiLengths = lengths.min().map { $0...lengths.max()! }
    }

    /// What `word` stands for, if it is listed.
    subscript(_ word: String) -> Value? { all[word] }

    /// What the word with these folded bytes stands for, if it is listed.
    subscript(_ bytes: UnsafeBufferPointer<UInt8>) -> Value? {
        guard bytes.allSatisfy({ $0 < 0x80 }) else { return all[String(decoding: bytes, as: UTF8.self)] }
        guard asciiLengths?.contains(bytes.count) == true else { return nil }
        return ascii.id(of: bytes).map { asciiValues[Int($0)] }
    }
}

extension FoldedWordTable where Value == Void {
    /// A plain list of words.
    init(words: some Sequence<String>) {
        self.init(Dictionary(words.map { ($0, ()) }, uniquingKeysWith: { first, _ in first }))
    }
}
