/// Finds gazetteer names in the runs of one text: at each capitalised word it walks the name trie
/// as far as the text goes and keeps the longest name that passes the checks, then goes on after it.
///
/// The checks stand in for an analyst's judgement:
/// - a name begins with a capital, or is in Arabic script;
/// - a common English word that some town is called ("Police", "Split", "Of"), a first name ("Ali")
///   and an Arabic common word ("مدينة") count only with the article or a qualifier ("al-Tall", "the
///   town of Hit"); a stop-listed phrase ("Hayat Tahrir al-Sham", "Bashar al-Assad") is taken whole;
/// - one word that is spelt as no name but alike by its key ("Saraqeb" for Saraqib) needs a
///   qualifier, and must name a place of the war's region; several such words must all be capitalised;
/// - one word names a place outside the region only as its preferred name, or a country or capital;
/// - a short name that the gazetteer writes with the article ("Al Bāb") needs it in the text;
/// - an acronym ("US", "UAE") must be in capitals, and a short word in capitals ("UN") is only an acronym.
struct MentionMatcher {
    /// One name found: byte offsets in the text, the trie terminal, the qualifier of the adjacent words.
    struct Match {
        let start: Int
        let end: Int
        let terminal: Int32
        let qualifier: Qualifier?
    }

    private let index: NameIndex
    private let bytes: UnsafeBufferPointer<UInt8>
    private var words: [Word] = []
    /// Per word of the run: its trie word id (`absent` none, `unknown` not looked up yet), its folded
    /// form and script, filled as they are needed.
    private var ids: [Int32] = []
    private var foldedWords: [String?] = []
    private var latin: [Bool] = []
    private var folder = WordFolder()
    private var ends: [(word: Int, terminal: Int32)] = []

    private static let unknown: Int32 = -2, absent: Int32 = -1
    init(index: NameIndex, bytes: UnsafeBufferPointer<UInt8>) {
        self.index = index
        self.bytes = bytes
    }

    /// Calls `emit` with each name of one run, in order.
    mutating func match(_ run: [Word], _ emit: (Match) -> Void) {
        words = run
        ids.removeAll(keepingCapacity: true)
        ids.append(contentsOf: repeatElement(MentionMatcher.unknown, count: run.count))
        foldedWords.removeAll(keepingCapacity: true)
        foldedWords.append(contentsOf: repeatElement(nil, count: run.count))
        latin.removeAll(keepingCapacity: true)
        latin.append(contentsOf: repeatElement(true, count: run.count))
        var i = 0
        while i < words.count {
            guard words[i].isCapitalised, !isArticle(i, leading: true), let found = longestMatch(from: i) else { i += 1; continue }
            if let match = found.match { emit(match) }
            i = found.lastWord + 1
        }
    }

    // MARK: - Words

    /// Folds word `j`.
    private mutating func fold(_ j: Int) {
        folder.fold(words[j], in: bytes)
        foldedWords[j] = String(decoding: folder.folded, as: UTF8.self)
        latin[j] = folder.isLatin
    }

    /// Looks word `j`'s key up; Arabic words are tried again without a one-letter prefix (وحلب is
    /// "and Aleppo"). Most capitalised words are no name's word: their folded form is not kept.
    private mutating func look(_ j: Int) {
        folder.fold(words[j], in: bytes)
        latin[j] = folder.isLatin
        folder.makeKey()
        var id = folder.key.withUnsafeBufferPointer { index.words.id(of: $0) } ?? MentionMatcher.absent
        if id == MentionMatcher.absent, words[j].isArabic, let bare = WordForm.withoutArabicPrefix(String(decoding: folder.folded, as: UTF8.self)),
           let bareID = index.words.id(of: bare.key) {
            foldedWords[j] = bare.folded
            id = bareID
        }
        ids[j] = id
    }

    private mutating func folded(_ j: Int) -> String {
        if foldedWords[j] == nil { fold(j) }
        return foldedWords[j]!
    }

    private mutating func isLatin(_ j: Int) -> Bool {
        if foldedWords[j] == nil { fold(j) }
        return latin[j]
    }

    private mutating func wordID(_ j: Int) -> Int32? {
        if ids[j] == MentionMatcher.unknown { look(j) }
        return ids[j] == MentionMatcher.absent ? nil : ids[j]
    }

    /// Whether word `j` is the Arabic article of the next word; with `leading`, English "the" too
    /// (it may begin a name, never stand inside one).
    private mutating func isArticle(_ j: Int, leading: Bool = false) -> Bool {
        guard j + 1 < words.count, !words[j].isArabic, Article.mayBe(bytes, from: words[j].start, to: words[j].end) else { return false }
        return Article.isArticle(folded(j), before: folded(j + 1), hyphen: words[j].hyphenAfter, leading: leading)
    }

    // MARK: - Matching

    /// The longest name that begins at word `i` and passes the checks (nil match: a stop-listed phrase).
    private mutating func longestMatch(from i: Int) -> (match: Match?, lastWord: Int)? {
        ends.removeAll(keepingCapacity: true)
        var node = NameIndex.root, j = i, steps = 0
        while j < words.count, steps < NameIndex.maximumWords {
            if j > i, isArticle(j) { j += 1; continue }
            guard let id = wordID(j), let next = index.child(of: node, word: id) else { break }
            node = next
            steps += 1
            if let terminal = index.terminal(at: node) { ends.append((j, terminal)) }
            j += 1
        }
        for (last, terminal) in ends.reversed() {
            switch verdict(i, last, terminal) {
            case .rejected: continue
            case .blocked: return (nil, last)
            case .place(let qualifier):
                var start = words[i].start
                if i > 0, isArticle(i - 1), words[i - 1].hyphenAfter || folded(i - 1) == "al" || folded(i - 1) == "el" {
                    start = words[i - 1].start
                }
                var end = words[last].end
                // the closing period of an initialism belongs to it: "U.S."
                if words[last].end - words[last].start == 1, end < bytes.count, bytes[end] == UInt8(ascii: "."), last > i {
                    end += 1
                }
                return (Match(start: start, end: end, terminal: terminal, qualifier: qualifier), last)
            }
        }
        return nil
    }

    /// What the checks make of a name found in the text.
    private enum Verdict { case place(Qualifier?), blocked, rejected }

    /// The checks a name must pass to be a mention (see the type's summary). A phrase of the stop
    /// list ("Hayat Tahrir al-Sham") is taken whole so that none of its words is matched.
    private mutating func verdict(_ i: Int, _ last: Int, _ terminal: Int32) -> Verdict {
        var folded = self.folded(i), letters = folded.unicodeScalars.count, contentWords = 1
        var allCapitalised = words[i].isCapitalised
        if last > i {
            for j in (i + 1)...last where !isArticle(j) {
                let word = self.folded(j)
                folded += " " + word
                letters += word.unicodeScalars.count
                contentWords += 1
                allCapitalised = allCapitalised && words[j].isCapitalised
            }
        }
        let entries = index.terminals[Int(terminal)].entries
        let oneLatinWord = contentWords == 1 && isLatin(i)
        let capitals = MentionMatcher.isAllCapitals(bytes, from: words[i].start, to: words[last].end)
        // "UN", "IS": a short word in capitals is an acronym, and only an acronym matches it
        let acronymOnly = oneLatinWord && capitals && letters <= 3
        var exact = false, allHadArticle = true, common = false
        for entry in entries where entry.folded == folded && (entry.isAcronym ? capitals : !acronymOnly) {
            if entry.place < 0 { return .blocked }
            // one Latin word names a place outside the war's region only as its preferred name, or a country's or capital's
            guard !oneLatinWord || entry.reach != .other || entry.kind == .preferred else { continue }
            if entry.isNeverAPlace { return .rejected }
            exact = true
            allHadArticle = allHadArticle && entry.hadArticle
            common = common || entry.isCommonWord
        }
        if exact {
            guard contentWords == 1 else { return .place(qualifier(i, last)) }
            let hasArticle = i > 0 && isArticle(i - 1)
            if oneLatinWord && (letters < 2 || (letters <= 3 && allHadArticle && !hasArticle)) { return .rejected }
            let qualifier = qualifier(i, last)
            // "Police", "Split", "مدينة": a town's name, but a word unless "al-", "the town of" or "province" says otherwise
            if common && !hasArticle && qualifier == nil { return .rejected }
            return .place(qualifier)
        }
        guard !oneLatinWord || letters >= 4, !StopList.isNeverAPlace(folded) else { return .rejected }
        // alike only by key: one word ("Saraqeb" for Saraqib) needs "town of", "countryside" or the like
        let qualifier = qualifier(i, last)
        if oneLatinWord && qualifier == nil { return .rejected }
        let light = WordForm.lightKey(folded)
        var tier = 0
        for entry in entries where entry.place >= 0 && !entry.isAcronym && (!oneLatinWord || entry.reach == .region) {
            tier = max(tier, WordForm.lightKey(entry.folded) == light ? 2 : letters >= 5 || !oneLatinWord ? 1 : 0)
            if tier == 2 { break }
        }
        switch tier {
        case 2: return .place(qualifier)
        case 1 where oneLatinWord || (allCapitalised && letters >= 6): return .place(qualifier)
        default: return .rejected
        }
    }

    private static func isAllCapitals(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        var k = start
        while k < end {
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: k)
            if scalar >= 0x61 && scalar <= 0x7A { return false }
            if scalar >= 0x80, let s = Unicode.Scalar(scalar), s.properties.isLowercase { return false }
            k += length
        }
        return true
    }

    // MARK: - Qualifiers

    /// What the words around a name say it is: "Idlib province", "Hama's northern countryside",
    /// "the countryside of Aleppo", "rural Idlib", "Idlib and Aleppo provinces".
    private mutating func qualifier(_ i: Int, _ last: Int) -> Qualifier? {
        if last > i {
            if let q = Qualifier(word: folded(last)) ?? Qualifier(leadingWord: folded(i)) { return q }
        }
        var k = last + 1, skipped = 0
        while k < words.count, skipped < 3, Qualifier.isDirection(folded(k)) { k += 1; skipped += 1 }
        if k < words.count {
            if let q = Qualifier(word: folded(k)) { return q }
            if folded(k) == "and", k + 2 < words.count, words[k + 1].isCapitalised,
               let q = Qualifier(word: folded(k + 2)), Qualifier.isPlural(folded(k + 2)) {
                return q
            }
        }
        var b = i - 1
        if b >= 0, isArticle(b) { b -= 1 }
        guard b >= 0 else { return nil }
        if let q = Qualifier(leadingWord: folded(b)) { return q }
        if folded(b) == "of", b > 0 { return Qualifier(word: folded(b - 1)) }
        return nil
    }
}
