import Foundation

/// A sentence of a cleaned report.
public struct Sentence: Hashable, Sendable {
    /// The text, trimmed.
    public let text: String
    /// Index of its paragraph among the kept paragraphs.
    public let paragraph: Int
    /// Index among all sentences of the report.
    public let index: Int

    public init(text: String, paragraph: Int, index: Int) {
        self.text = text
        self.paragraph = paragraph
        self.index = index
    }
}

/// Scraped-page clutter that cleaning removed, kept so it can be shown and tested.
public struct Debris: Hashable, Sendable {
    /// Why it was removed.
    public enum Kind: String, Hashable, Sendable {
        case repeatedHeadline = "repeated headline"
        case duplicateParagraph = "duplicate paragraph"
        case alsoRead = "related-story link"
        case trailingList = "trailing headline list"
        case commentNotice = "comment-section notice"
        case photoCaption = "photo caption"
        case subheading = "section heading"
    }

    public let kind: Kind
    public let text: String
}

/// A report after cleaning: its headline, its dateline, and the sentences that can carry events.
public struct CleanReport: Sendable {
    public let report: Report
    /// The headline (the report's title), "" when there is none.
    public let headline: String
    /// Where the reporter filed from ("Damascus"), removed from the text: it is not where anything happened.
    public let dateline: String?
    /// The sentences of the body, in order.
    public let sentences: [Sentence]
    /// What was removed and why.
    public let debris: [Debris]
}

/// Removes what scraped news carries besides the story.
///
/// Paragraphs are lines. Removed: a line repeating the headline or an earlier line, "Also Read | …" links,
/// everything from a "Recent News" / "Latest" / "Related" heading on, comment-section notices and photo
/// captions. A dateline ("Damascus:", "AMMAN, Nov 30 (Staff) -") at the start of one of the first paragraphs
/// is cut off and kept apart: it says where the reporter filed, not where anything happened.
public enum ReportCleaner {
    /// Headings after which a page lists other stories.
    static let listHeadingWords = [
        "recent news", "latest", "latest news", "related", "related news", "related articles", "related stories",
        "more news", "more stories", "more from this section", "trending", "trending now", "most read", "most popular",
        "you may also like", "read more", "top stories", "also read", "editor's picks", "popular stories",
    ]
    static let listHeadings = WordSet(listHeadingWords)
    /// A comparable form longer than this many bytes has more scalars than any heading has characters (a scalar
    /// is at most four bytes, and canonical decomposition never makes fewer), so it cannot be a heading.
    static let longestListHeadingKey = 4 * listHeadingWords.map(\.utf8.count).max()!
    /// Line starts of links to other stories.
    static let linkPrefixes = ["also read", "read also", "read more", "see also", "related:", "watch:", "watch |", "must read"]
        .map { Array($0.utf8) }
    /// Words of comment-section notices (with "comment").
    static let commentCues = ["moderated", "refrain", "not from", "reflect the views", "derogatory", "obscene",
                              "offensive language", "log in", "sign in", "be the first", "community guidelines"]
    /// Words of photo captions and credits.
    static let captionCues = ["photo:", "photo by", "photograph:", "file photo", "still image", "this image", "(photo",
                              "picture:", "image:", "photo credit", "pictured", "getty images"]
    /// The phrases looked for in every line, in one pass, in the groups of ``Cue``.
    static let cues = PhraseScan([["comment"], commentCues, captionCues])

    /// The groups of ``cues``.
    enum Cue: Int {
        case comment, commentCue, captionCue
    }

    /// Cleans `report`.
    ///
    /// Never inlined (one call per report costs nothing): profiles, and the benchmark's callgrind toggle, find
    /// cleaning by this name.
    @inline(never)
    public static func clean(_ report: Report) -> CleanReport {
        let headline = report.title.trimmed()
        var cleaning = Cleaning()
        report.text.withUTF8Bytes { text in
            headline.withUTF8Bytes { headline in
                withUnsafeTemporaryAllocation(of: UInt8.self, capacity: text.count + headline.count) { scratch in
                    cleaning.run(text, headline: headline, scratch: scratch)
                }
            }
        }
        return CleanReport(report: report, headline: headline, dateline: cleaning.dateline, sentences: cleaning.sentences,
                           debris: cleaning.debris)
    }

    /// Why `line` (trimmed, not empty) is removed, before the check for repeats; nil when it is not.
    static func removal(of line: UnsafeBufferPointer<UInt8>, key: ComparableKey, headline: ComparableKey) -> Debris.Kind? {
        if key.bytes.count <= longestListHeadingKey && listHeadings.contains(key.isASCII ? WordKey(utf8: key.bytes) : WordKey(key.string)) {
            return .trailingList
        }
        if !headline.bytes.isEmpty && key == headline { return .repeatedHeadline }
        if linkPrefixes.contains(where: { PhraseScan.matches($0, at: 0, in: line) }) { return .alsoRead }
        let found = cues.groups(in: line)
        if found.contains(Cue.comment.rawValue) && found.contains(Cue.commentCue.rawValue) { return .commentNotice }
        if found.contains(Cue.captionCue.rawValue) { return .photoCaption }
        if isSubheading(line) { return .subheading }
        return nil
    }

    /// A section heading inside the body ("Civilians Flee Aleppo"): a few words without closing punctuation.
    ///
    /// Asked of every line, so answered from the bytes when they tell: a line whose last character is a closing
    /// mark is no heading, and an ASCII line's words are its runs of bytes other than spaces.
    static func isSubheading(_ line: UnsafeBufferPointer<UInt8>) -> Bool {
        switch endsWithClosingMark(line) {
        case true?: return false
        case false? where line.isASCII: return line.split(separator: UInt8(ascii: " ")).count <= 8
        default: return isSubheading(String(decoding: line, as: UTF8.self))
        }
    }

    /// ``isSubheading(_:)-(UnsafeBufferPointer<UInt8>)`` by characters.
    static func isSubheading(_ line: String) -> Bool {
        guard let last = line.last, !closingMarks.contains(last) else { return false }
        return line.split(separator: " ").count <= 8
    }

    /// Characters that end a sentence or a quotation.
    static let closingMarks = ".!?:\"”’')"

    /// Whether the last character of `line` (not empty) is one of the closing marks; nil when the bytes cannot
    /// tell (a closing mark after a non-ASCII scalar might be one character with it).
    ///
    /// No character other than the marks themselves is canonically equivalent to one, so a line whose last scalar
    /// is no closing mark does not end with one.
    static func endsWithClosingMark(_ line: UnsafeBufferPointer<UInt8>) -> Bool? {
        var last = line.count - 1
        while line[last] & 0xC0 == 0x80 { last -= 1 }
        guard closingMarks.unicodeScalars.contains(line.scalar(at: last).scalar) else { return false }
        return last == 0 || line[last - 1] < 0x80 ? true : nil
    }
}

/// One report's cleaning, line by line: what is kept and what is removed.
private struct Cleaning {
    var sentences: [Sentence] = []
    var debris: [Debris] = []
    var dateline: String?
    /// Paragraphs kept so far.
    var paragraphs = 0

    /// Cleans the lines of `text` under `headline`; `scratch` has room for the comparable forms of both.
    mutating func run(_ text: UnsafeBufferPointer<UInt8>, headline: UnsafeBufferPointer<UInt8>,
                      scratch: UnsafeMutableBufferPointer<UInt8>) {
        let headlineKey = ComparableKey(of: headline, into: scratch)
        // the keys of kept lines stay in `scratch`; a line's key is written after them
        var used = headlineKey.bytes.count
        var seen = ComparableKeyTable()
        for line in Lines(text) {
            let key = ComparableKey(of: line, into: UnsafeMutableBufferPointer(rebasing: scratch[used...]))
            if let kind = ReportCleaner.removal(of: line, key: key, headline: headlineKey) {
                debris.append(Debris(kind: kind, text: String(decoding: line, as: UTF8.self)))
                if kind == .trailingList { break }
                continue
            }
            guard seen.insert(key) else {
                debris.append(Debris(kind: .duplicateParagraph, text: String(decoding: line, as: UTF8.self)))
                continue
            }
            used += key.bytes.count
            keep(line)
        }
    }

    /// Keeps a paragraph: its dateline cut off when it is one of the first, its sentences added.
    mutating func keep(_ line: UnsafeBufferPointer<UInt8>) {
        if paragraphs < 3, dateline == nil, let cut = Dateline.split(line) {
            dateline = cut.place
            addSentences(of: cut.rest)
        } else {
            addSentences(of: line)
        }
        paragraphs += 1
    }

    mutating func addSentences(of paragraph: UnsafeBufferPointer<UInt8>) {
        SentenceSplitter.forEachSentence(in: paragraph) { text in
            sentences.append(Sentence(text: text, paragraph: paragraphs, index: sentences.count))
        }
    }
}

/// The lines of UTF-8 text, trimmed (newlines too), blank ones left out; each "\n" found with `memchr`.
struct Lines: Sequence, IteratorProtocol {
    let text: UnsafeBufferPointer<UInt8>
    var start = 0

    init(_ text: UnsafeBufferPointer<UInt8>) { self.text = text }

    mutating func next() -> UnsafeBufferPointer<UInt8>? {
        while start < text.count {
            let end = text.offset(of: 0x0A, from: start) ?? text.count
            let line = UnsafeBufferPointer(rebasing: text[start..<end]).trimmed(newlines: true)
            start = end + 1
            if !line.isEmpty { return line }
        }
        return nil
    }
}
