import Foundation

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
    /// The text of the run being matched.
    private var bytes = UnsafeBufferPointer<UInt8>(start: nil, count: 0)
    private var words: [Word] = []
    /// Per word of the run: its trie word id (`absent` none, `unknown` not looked up yet), filled as
    /// it is needed; so are the folded words.
    private var ids: [Int32] = []
    /// Per word of the run that is looked up: its judgement as a one-word name, when it is known.
    private var judgements: [NameJudgement?] = []
    private var folds = FoldedWords()
    private var folder = WordFolder()
    /// The words looked up so far, by this matcher and the others of its gazetteer.
    private let known: KnownWords
    private var ends: [(word: Int, terminal: Int32)] = []
    /// The folded name that ``verdict(_:_:_:)`` checks, words joined by spaces.
    private var name: [UInt8] = []

    private static let unknown: Int32 = -2, absent: Int32 = -1
    /// A matcher for text after text: it keeps its buffers, and what it learns of words goes to `known`.
    init(index: NameIndex, known: KnownWords) {
        self.index = index
        self.known = known
    }

    /// Calls `emit` with each name of one run of the text `bytes`, in order.
    mutating func match(_ run: [Word], in bytes: UnsafeBufferPointer<UInt8>, _ emit: (Match) -> Void) {
        self.bytes = bytes
        words = run
        // the arrays are as long as the longest run so far: only the run's part is reset
        if ids.count < run.count {
            judgements.append(contentsOf: repeatElement(nil, count: run.count - ids.count))
            ids.append(contentsOf: repeatElement(MentionMatcher.unknown, count: run.count - ids.count))
        }
        ids.withUnsafeMutableBufferPointer { ids in
            for j in 0..<run.count { ids[j] = MentionMatcher.unknown }
        }
        folds.reset(count: run.count)
        var i = 0
        while i < words.count {
            guard words[i].isCapitalised, !isArticle(i, leading: true), let found = longestMatch(from: i) else { i += 1; continue }
            if let match = found.match { emit(match) }
            i = found.lastWord + 1
        }
        // let go of the run, so that the scanner refills its own array rather than copying it
        words.removeAll()
    }

    // MARK: - Words

    /// Folds word `j` unless it is folded; a word in ASCII straight into `folds`.
    private mutating func fold(_ j: Int) {
        guard !folds.has(j), !folds.setASCII(j, written: UnsafeBufferPointer(rebasing: bytes[words[j].start..<words[j].end])) else { return }
        folder.fold(words[j], in: bytes)
        folds.set(j, to: folder.folded, isLatin: folder.isLatin)
    }

    /// Looks word `j`'s key up, or finds it among the words known; a word found without its Arabic
    /// prefix folds to the bare form (see ``learn(_:written:)``). A word that may be written in ASCII (its
    /// folded form is ASCII and as long) is left to ``fold(_:)``, which folds it again as cheaply as
    /// copying its form, and only if it is needed: most words looked up are not.
    private mutating func look(_ j: Int) {
        let written = UnsafeBufferPointer(rebasing: bytes[words[j].start..<words[j].end])
        let found = known.withWord(written) { word in
            let mayBeASCII = word.isLatin && word.folded.count == written.count
            if word.isBare || !(folds.has(j) || mayBeASCII) { folds.set(j, to: word.folded, isLatin: word.isLatin) }
            return (word.id, word.judgement)
        }
        guard let found else { return learn(j, written: written) }
        ids[j] = found.0
        judgements[j] = found.1
    }

    /// Folds word `j` (written so), looks its key up and remembers both; Arabic words are tried again
    /// without a one-letter prefix (وحلب is "and Aleppo"), and then the word folds to the bare form.
    private mutating func learn(_ j: Int, written: UnsafeBufferPointer<UInt8>) {
        folder.fold(words[j], in: bytes)
        folder.makeKey()
        var id = folder.key.withUnsafeBufferPointer { index.words.id(of: $0) } ?? MentionMatcher.absent
        if id == MentionMatcher.absent, words[j].isArabic, let bare = WordForm.withoutArabicPrefix(String(decoding: folder.folded, as: UTF8.self)),
           let bareID = index.words.id(of: bare.key) {
            folds.set(j, to: bare.folded.utf8, isLatin: folder.isLatin)
            known.remember(written, id: bareID, folded: bare.folded.utf8, isLatin: folder.isLatin, isBare: true)
            id = bareID
        } else {
            if !folds.has(j) { folds.set(j, to: folder.folded, isLatin: folder.isLatin) }
            known.remember(written, id: id, folded: folder.folded, isLatin: folder.isLatin, isBare: false)
        }
        ids[j] = id
        judgements[j] = nil
    }

    /// Calls `body` with the folded bytes of word `j`.
    private mutating func withFolded<R>(_ j: Int, _ body: (UnsafeBufferPointer<UInt8>) -> R) -> R {
        fold(j)
        return folds.withBytes(j, body)
    }

    /// Whether word `j` folds to `word`.
    private mutating func folds(_ j: Int, to word: StaticString) -> Bool {
        fold(j)
        return folds.equals(j, word)
    }

    private mutating func wordID(_ j: Int) -> Int32? {
        if ids[j] == MentionMatcher.unknown { look(j) }
        return ids[j] == MentionMatcher.absent ? nil : ids[j]
    }

    /// Whether word `j` is the Arabic article of the next word; with `leading`, English "the" too
    /// (it may begin a name, never stand inside one).
    private mutating func isArticle(_ j: Int, leading: Bool = false) -> Bool {
        guard j + 1 < words.count, !words[j].isArabic, Article.mayBe(bytes, from: words[j].start, to: words[j].end) else { return false }
        fold(j)
        fold(j + 1)
        let hyphen = words[j].hyphenAfter
        return folds.withBytes(j) { word in
            folds.withBytes(j + 1) { Article.isArticle(word, before: $0, hyphen: hyphen, leading: leading) }
        }
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
                if i > 0, isArticle(i - 1), words[i - 1].hyphenAfter || folds(i - 1, to: "al") || folds(i - 1, to: "el") {
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

    /// The checks a name must pass to be a mention (see the type's summary): its judgement, then the
    /// article and qualifier around it.
    private mutating func verdict(_ i: Int, _ last: Int, _ terminal: Int32) -> Verdict {
        let judgement: NameJudgement
        if last == i, let judged = judgements[i] {
            judgement = judged
        } else {
            judgement = judge(i, last, terminal)
            if last == i {
                judgements[i] = judgement
                known.remember(judgement, for: UnsafeBufferPointer(rebasing: bytes[words[i].start..<words[i].end]))
            }
        }
        switch judgement {
        case .blocked: return .blocked
        case .rejected: return .rejected
        case .exact(let common, let needsArticle):
            guard last == i else { return .place(qualifier(i, last)) }
            let hasArticle = i > 0 && isArticle(i - 1)
            if needsArticle && !hasArticle { return .rejected }
            let qualifier = qualifier(i, last)
            // "Police", "Split", "مدينة": a town's name, but a word unless "al-", "the town of" or "province" says otherwise
            if common && !hasArticle && qualifier == nil { return .rejected }
            return .place(qualifier)
        case .alike(let needsQualifier):
            let qualifier = qualifier(i, last)
            return needsQualifier && qualifier == nil ? .rejected : .place(qualifier)
        }
    }

    /// What the checks make of the name of words `i` through `last` at `terminal` from its own words. A
    /// phrase of the stop list ("Hayat Tahrir al-Sham") is taken whole so that none of its words is matched.
    private mutating func judge(_ i: Int, _ last: Int, _ terminal: Int32) -> NameJudgement {
        fold(i)
        name.removeAll(keepingCapacity: true)
        folds.append(i, to: &name)
        var contentWords = 1, allCapitalised = words[i].isCapitalised
        if last > i {
            for j in (i + 1)...last where !isArticle(j) {
                fold(j)
                name.append(UInt8(ascii: " "))
                folds.append(j, to: &name)
                contentWords += 1
                allCapitalised = allCapitalised && words[j].isCapitalised
            }
        }
        // the letters of the words: every scalar of the name but the spaces between words
        let letters = name.reduce(0) { $0 + ($1 & 0xC0 == 0x80 ? 0 : 1) } - (contentWords - 1)
        let entries = index.terminals[Int(terminal)].entries
        let oneLatinWord = contentWords == 1 && folds.isLatin(i)
        let capitals = MentionMatcher.isAllCapitals(bytes, from: words[i].start, to: words[last].end)
        // "UN", "IS": a short word in capitals is an acronym, and only an acronym matches it
        let acronymOnly = oneLatinWord && capitals && letters <= 3
        let spelling = FoldedSpelling(name)
        var exact = false, allHadArticle = true, common = false
        // entries are read in place: a terminal may have hundreds, and copying one retains its strings
        for k in entries.indices where spelling.maySpell(length: entries[k].foldedLength) && (entries[k].isAcronym ? capitals : !acronymOnly) {
            // one Latin word names a place outside the war's region only as its preferred name, or a country's or
            // capital's; such a place's other names need not be spelt out (a stop-listed phrase, place -1, still blocks)
            let outOfReach = oneLatinWord && entries[k].reach == .other && entries[k].kind != .preferred
            guard !(outOfReach && entries[k].place >= 0), spelling.spells(entries[k].folded) else { continue }
            if entries[k].place < 0 { return .blocked }
            if outOfReach { continue }
            if entries[k].isNeverAPlace { return .rejected }
            exact = true
            allHadArticle = allHadArticle && entries[k].hadArticle
            common = common || entries[k].isCommonWord
        }
        if exact {
            if oneLatinWord && letters < 2 { return .rejected }
            return .exact(common: common, needsArticle: oneLatinWord && letters <= 3 && allHadArticle)
        }
        let folded = spelling.string
        guard !oneLatinWord || letters >= 4, !StopList.isNeverAPlace(folded) else { return .rejected }
        let light = WordForm.lightKey(folded)
        var tier = 0
        for entry in entries where entry.place >= 0 && !entry.isAcronym && (!oneLatinWord || entry.reach == .region) {
            tier = max(tier, entry.lightKey == light ? 2 : letters >= 5 || !oneLatinWord ? 1 : 0)
            if tier == 2 { break }
        }
        // alike only by key: one word ("Saraqeb" for Saraqib) needs "town of", "countryside" or the like
        switch tier {
        case 2: return .alike(needsQualifier: oneLatinWord)
        case 1 where oneLatinWord || (allCapitalised && letters >= 6): return .alike(needsQualifier: oneLatinWord)
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
            if let q = withFolded(last, { Qualifier(word: $0) }) ?? withFolded(i, { Qualifier(leadingWord: $0) }) { return q }
        }
        var k = last + 1, skipped = 0
        while k < words.count, skipped < 3, withFolded(k, { Qualifier.isDirection($0) }) { k += 1; skipped += 1 }
        if k < words.count {
            if let q = withFolded(k, { Qualifier(word: $0) }) { return q }
            if folds(k, to: "and"), k + 2 < words.count, words[k + 1].isCapitalised,
               let q = withFolded(k + 2, { Qualifier(word: $0) }), withFolded(k + 2, { Qualifier.isPlural($0) }) {
                return q
            }
        }
        var b = i - 1
        if b >= 0, isArticle(b) { b -= 1 }
        guard b >= 0 else { return nil }
        if let q = withFolded(b, { Qualifier(leadingWord: $0) }) { return q }
        if folds(b, to: "of"), b > 0 { return withFolded(b - 1, { Qualifier(word: $0) }) }
        return nil
    }
}
