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
    static let listHeadings: WordSet = [
        "recent news", "latest", "latest news", "related", "related news", "related articles", "related stories",
        "more news", "more stories", "more from this section", "trending", "trending now", "most read", "most popular",
        "you may also like", "read more", "top stories", "also read", "editor's picks", "popular stories",
    ]
    /// Line starts of links to other stories.
    static let linkPrefixes = ["also read", "read also", "read more", "see also", "related:", "watch:", "watch |", "must read"]
    /// Words of comment-section notices (with "comment").
    static let commentCues = ["moderated", "refrain", "not from", "reflect the views", "derogatory", "obscene",
                              "offensive language", "log in", "sign in", "be the first", "community guidelines"]
    /// Words of photo captions and credits.
    static let captionCues = ["photo:", "photo by", "photograph:", "file photo", "still image", "this image", "(photo",
                              "picture:", "image:", "photo credit", "pictured", "getty images"]

    /// Cleans `report`.
    public static func clean(_ report: Report) -> CleanReport {
        let headline = report.title.trimmed()
        let headlineKey = comparable(headline)
        var seen: Set<String> = []
        var debris: [Debris] = []
        var paragraphs: [String] = []
        var dateline: String?
        for rawLine in lines(of: report.text) {
            var line = rawLine.trimmed(newlines: true)
            if line.isEmpty { continue }
            let lower = LowercasedBytes(line)
            let key = comparable(line)
            if listHeadings.contains(key) {
                debris.append(Debris(kind: .trailingList, text: line))
                break
            }
            if !headlineKey.isEmpty && key == headlineKey {
                debris.append(Debris(kind: .repeatedHeadline, text: line)); continue
            }
            if linkPrefixes.contains(where: lower.starts) {
                debris.append(Debris(kind: .alsoRead, text: line)); continue
            }
            if lower.contains("comment") && commentCues.contains(where: lower.contains) {
                debris.append(Debris(kind: .commentNotice, text: line)); continue
            }
            if captionCues.contains(where: lower.contains) {
                debris.append(Debris(kind: .photoCaption, text: line)); continue
            }
            if isSubheading(line) {
                debris.append(Debris(kind: .subheading, text: line)); continue
            }
            if !seen.insert(key).inserted {
                debris.append(Debris(kind: .duplicateParagraph, text: line)); continue
            }
            if paragraphs.count < 3, dateline == nil, let cut = Dateline.split(line) {
                dateline = cut.place
                line = cut.rest
            }
            paragraphs.append(line)
        }
        var sentences: [Sentence] = []
        for (p, paragraph) in paragraphs.enumerated() {
            for text in SentenceSplitter.sentences(in: paragraph) {
                sentences.append(Sentence(text: text, paragraph: p, index: sentences.count))
            }
        }
        return CleanReport(report: report, headline: headline, dateline: dateline, sentences: sentences, debris: debris)
    }

    /// The lines of a text, empty ones left out: its "\n"s found with `memchr` (a generic split of the UTF-8
    /// view costs more than the rest of reading a line).
    static func lines(of text: String) -> [Substring] {
        let utf8 = text.utf8
        let breaks: [Int]? = utf8.withContiguousStorageIfAvailable { buffer in
            var found: [Int] = []
            guard let base = buffer.baseAddress else { return found }
            var i = 0
            while i < buffer.count, let hit = memchr(base + i, 0x0A, buffer.count - i) {
                let at = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                found.append(at)
                i = at + 1
            }
            return found
        }
        guard let breaks else { return utf8.split(separator: 0x0A).map { Substring($0) } }
        var lines: [Substring] = []
        lines.reserveCapacity(breaks.count + 1)
        var start = 0
        for end in breaks + [utf8.count] {
            if end > start {
                lines.append(Substring(utf8[utf8.index(utf8.startIndex, offsetBy: start)..<utf8.index(utf8.startIndex, offsetBy: end)]))
            }
            start = end + 1
        }
        return lines
    }

    /// A section heading inside the body ("Civilians Flee Aleppo"): a few words without closing punctuation.
    static func isSubheading(_ line: String) -> Bool {
        guard let last = line.last, !".!?:\"”’')".contains(last) else { return false }
        return line.split(separator: " ").count <= 8
    }

    /// Lowercased letters and digits only, single-spaced: lines that differ only in punctuation compare equal.
    /// ASCII is folded byte by byte; other characters are kept as they are (apart from typographic
    /// punctuation, which separates like ASCII punctuation).
    static func comparable(_ text: String) -> String {
        var out: [UInt8] = []
        out.reserveCapacity(text.utf8.count)
        var space = false
        var bytes = text.utf8.makeIterator()
        while let byte = bytes.next() {
            var keep: UInt8?
            switch byte {
            case 0x30...0x39, 0x61...0x7A: keep = byte
            case 0x41...0x5A: keep = byte + 32
            case 0xE2:  // U+2000–U+2FFF: dashes, quotes, spaces
                _ = bytes.next(); _ = bytes.next()
            default: keep = byte >= 0x80 ? byte : nil
            }
            guard let keep else { space = true; continue }
            if space && !out.isEmpty && keep < 0x80 || space && !out.isEmpty && keep >= 0xC0 { out.append(0x20) }
            out.append(keep)
            space = false
        }
        return String(decoding: out, as: UTF8.self)
    }
}

/// A line's bytes with ASCII lowercased, for the cheap phrase tests cleaning makes on every line.
struct LowercasedBytes {
    let bytes: [UInt8]

    init(_ text: String) {
        var bytes = Array(text.utf8)
        bytes.withUnsafeMutableBufferPointer { b in
            for i in b.indices where b[i] &- 0x41 < 26 { b[i] += 32 }
        }
        self.bytes = bytes
    }

    func starts(_ phrase: String) -> Bool { bytes.starts(with: phrase.utf8) }

    func contains(_ phrase: String) -> Bool {
        var phrase = phrase
        return phrase.withUTF8 { needle in
            guard !needle.isEmpty, needle.count <= bytes.count else { return false }
            return bytes.withUnsafeBufferPointer { line in
                // memchr to each occurrence of the first byte, memcmp there
                let base = line.baseAddress!, last = line.count - needle.count
                var i = 0
                while i <= last {
                    guard let hit = memchr(base + i, Int32(needle[0]), last - i + 1) else { return false }
                    let j = base.distance(to: hit.assumingMemoryBound(to: UInt8.self))
                    if memcmp(base + j, needle.baseAddress!, needle.count) == 0 { return true }
                    i = j + 1
                }
                return false
            }
        }
    }
}

/// A dateline: one to three capitalized words, optionally ", Mon DD" and "(Credit)", then ":" or a dash.
enum Dateline {
    /// The place and the text after the dateline, or nil when `line` does not start with one.
    static func split(_ line: String) -> (place: String, rest: String)? {
        let head = line.prefix(48)
        var cut: (Substring.Index, Substring.Index)?
        if let colon = head.firstIndex(of: ":") {
            cut = (colon, head.index(after: colon))
        }
        for dash in [" - ", " – ", " — "] {
            if let range = head.range(of: dash), cut == nil || range.lowerBound < cut!.0 { cut = (range.lowerBound, range.upperBound) }
        }
        guard let (end, after) = cut else { return nil }
        var prefix = head[..<end].trimmed()
        if let open = prefix.firstIndex(of: "("), prefix.hasSuffix(")") { prefix = prefix[..<open].trimmed() }
        var place = prefix
        if let comma = prefix.firstIndex(of: ",") {
            place = String(prefix[..<comma])
            let date = prefix[prefix.index(after: comma)...].split(separator: " ")
            guard date.count == 2, date[0].first?.isUppercase == true, date[0].count <= 5, Int(date[1]) != nil else { return nil }
        }
        let words = place.split(separator: " ")
        guard (1...3).contains(words.count),
              words.allSatisfy({ $0.first?.isUppercase == true && $0.allSatisfy { $0.isLetter || $0 == "-" || $0 == "'" || $0 == "." } })
        else { return nil }
        let rest = line[after...].trimmed()
        guard !rest.isEmpty else { return nil }
        let name = words.joined(separator: " ")
        let display = name == name.uppercased() ? name.capitalized : name
        return (display, rest)
    }
}
