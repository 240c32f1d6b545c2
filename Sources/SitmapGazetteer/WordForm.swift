/// A word folded for comparison, and its matching key.
///
/// `folded` is lowercase without diacritics, apostrophes or the ʿayn and hamza marks ("khanasir",
/// "maarrat"; Arabic letters in one form each, the article ال dropped). `key` goes further for Latin
/// script so that transliterations of one Arabic word meet: vowel runs become one `a`, doubled letters
/// one letter, a final `h` after a vowel goes, `q` is `k`, `ch` is `sh`, `gh` is `g`, `dj` is `j`, and
/// `y`/`w` count as vowels where they close a syllable (Shaykh, Sheikh and Cheikh → `shakh`; Idlib and
/// Idleb → `adlab`; Tall, Tal and Tell → `tal`; Khanasir and Khanaser → `khanasar`).
struct WordForm: Sendable {
    let folded: String
    let key: String
    let isLatin: Bool

    /// The form of the word at `word` in `bytes`.
    init(_ word: Word, in bytes: UnsafeBufferPointer<UInt8>) {
        var folder = WordFolder()
        folder.fold(word, in: bytes)
        folder.makeKey()
        self.init(folder)
    }

    /// The form a folder holds (folded and keyed).
    init(_ folder: WordFolder) {
        folded = String(decoding: folder.folded, as: UTF8.self)
        key = String(decoding: folder.key, as: UTF8.self)
        isLatin = folder.isLatin
    }

    /// The Arabic article ال (and its forms after the prepositions و, ب, ف, ك: وال, بال, …) is not
    /// part of the name, as al- is not in Latin script; it stays when fewer than two letters would be left.
    static func dropArabicArticle(_ folded: inout [UInt8]) {
        // ا = D8 A7, ل = D9 84, each Arabic letter is two bytes
        guard folded.count >= 8, folded[0] == 0xD8, folded[1] == 0xA7, folded[2] == 0xD9, folded[3] == 0x84 else { return }
        folded.removeFirst(4)
    }

    /// Words that begin with a one-letter Arabic conjunction or preposition (و and, ب in, ل to, ف so,
    /// ك as) read without it, for a second look-up when the whole word is no name: وحلب → حلب.
    static func withoutArabicPrefix(_ folded: String) -> WordForm? {
        var bytes = Array(folded.utf8)
        guard bytes.count >= 8, let first = folded.unicodeScalars.first,
              [0x0648, 0x0628, 0x0644, 0x0641, 0x0643].contains(first.value) else { return nil }
        bytes.removeFirst(2)
        var folder = WordFolder()
        folder.fold(folded: bytes)
        return WordForm(folder)
    }

    /// The Latin matching key of lowercase ASCII letters.
    static func latinKey(_ s: [UInt8]) -> String {
        var out: [UInt8] = [], scratch: [UInt8] = []
        latinKey(s, into: &out, scratch: &scratch)
        return String(decoding: out, as: UTF8.self)
    }

    /// The Latin matching key of lowercase ASCII letters, written to `out` (`t` is scratch space).
    static func latinKey(_ s: [UInt8], into out: inout [UInt8], scratch t: inout [UInt8]) {
        let a = UInt8(ascii: "a"), h = UInt8(ascii: "h")
        // consonant spellings of one sound
        t.removeAll(keepingCapacity: true)
        var i = 0
        while i < s.count {
            let c = s[i], next = i + 1 < s.count ? s[i + 1] : 0
            switch (c, next) {
            case (UInt8(ascii: "c"), h): t.append(UInt8(ascii: "s")); t.append(h); i += 2
            case (UInt8(ascii: "g"), h): t.append(UInt8(ascii: "g")); i += 2
            case (UInt8(ascii: "d"), UInt8(ascii: "j")): t.append(UInt8(ascii: "j")); i += 2
            case (UInt8(ascii: "c"), UInt8(ascii: "k")): t.append(UInt8(ascii: "k")); i += 2
            case (UInt8(ascii: "q"), _): t.append(UInt8(ascii: "k")); i += 1
            default: t.append(c); i += 1
            }
        }
        // vowel runs → one a, doubled consonants → one
        out.removeAll(keepingCapacity: true)
        var previousIsVowel = false
        for j in t.indices {
            let c = t[j], next = j + 1 < t.count ? t[j + 1] : 0
            let isVowel: Bool
            switch c {
            case UInt8(ascii: "a"), UInt8(ascii: "e"), UInt8(ascii: "i"), UInt8(ascii: "o"), UInt8(ascii: "u"): isVowel = true
            case UInt8(ascii: "y"): isVowel = j > 0 && !isPlainVowel(next)
            case UInt8(ascii: "w"): isVowel = previousIsVowel && !isPlainVowel(next)
            default: isVowel = false
            }
            if isVowel {
                if !previousIsVowel { out.append(a) }
            } else if out.last != c {
                out.append(c)
            }
            previousIsVowel = isVowel
        }
        if out.count > 2, out[out.count - 1] == h, out[out.count - 2] == a { out.removeLast() }
        if out.count >= 4 && out.count <= 5 {
            for (spelling, key) in keySynonyms where out.elementsEqual(spelling.utf8) {
                out.removeAll(keepingCapacity: true)
                out.append(contentsOf: key.utf8)
                break
            }
        }
    }

    /// A lighter key for folded words that keeps the vowel's quality apart from a, e/i and o/u, so that
    /// spellings of one name meet (Idleb and Idlib, Deir and Dayr, Zour and Zawr, Raqqa and Raqqah,
    /// Sheikh and Shaikh) but English words rarely meet a town's name: Homes stays apart from Homs.
    /// The matcher accepts a one-word mention in text only when its folded form or this key agrees.
    static func lightKey(_ folded: String) -> String {
        var folded = folded, out: [UInt8] = [], word: [UInt8] = []
        folded.withUTF8 { lightKey(of: $0, into: &out, scratch: &word) }
        return String(decoding: out, as: UTF8.self)
    }

    /// The light key of folded bytes, written to `out` (`w` is scratch space): each word that is
    /// ASCII keyed, any other kept, words joined by single spaces.
    static func lightKey(of folded: UnsafeBufferPointer<UInt8>, into out: inout [UInt8], scratch w: inout [UInt8]) {
        let space = UInt8(ascii: " ")
        out.removeAll(keepingCapacity: true)
        var wordStart = 0
        while wordStart < folded.count {
            guard folded[wordStart] != space else { wordStart += 1; continue }
            var wordEnd = wordStart + 1
            while wordEnd < folded.count && folded[wordEnd] != space { wordEnd += 1 }
            if !out.isEmpty { out.append(space) }
            let word = UnsafeBufferPointer(rebasing: folded[wordStart..<wordEnd])
            wordStart = wordEnd
            guard word.allSatisfy({ $0 < 0x80 }) else { out.append(contentsOf: word); continue }
            w.removeAll(keepingCapacity: true)
            w.append(contentsOf: word)
            // a final -ah/-eh is -a (Hamah, Jableh)
            if w.count > 2, w[w.count - 1] == UInt8(ascii: "h"), w[w.count - 2] == UInt8(ascii: "a") || w[w.count - 2] == UInt8(ascii: "e") {
                w.removeLast(2)
                w.append(UInt8(ascii: "a"))
            }
            let start = out.count
            var i = 0
            while i < w.count {
                let c = w[i], next = i + 1 < w.count ? w[i + 1] : 0
                var mapped: UInt8
                switch c {
                case UInt8(ascii: "e"): mapped = UInt8(ascii: "i")
                case UInt8(ascii: "o"): mapped = UInt8(ascii: "u")
                case UInt8(ascii: "q"): mapped = UInt8(ascii: "k")
                case UInt8(ascii: "y") where i > 0 && !isPlainVowel(next): mapped = UInt8(ascii: "i")
                case UInt8(ascii: "w") where i > 0 && isPlainVowel(w[i - 1]) && !isPlainVowel(next): mapped = UInt8(ascii: "u")
                case UInt8(ascii: "c") where next == UInt8(ascii: "h"): mapped = UInt8(ascii: "s")
                case UInt8(ascii: "g") where next == UInt8(ascii: "h"): i += 1; mapped = UInt8(ascii: "g")
                case UInt8(ascii: "d") where next == UInt8(ascii: "j"): i += 1; mapped = UInt8(ascii: "j")
                default: mapped = c
                }
                i += 1
                // "ai"/"au" are one sound (Shaikh, Zaur); doubled letters are one letter
                if let last = out.last, out.count > start {
                    if last == UInt8(ascii: "a") && (mapped == UInt8(ascii: "i") || mapped == UInt8(ascii: "u")) {
                        out[out.count - 1] = mapped
                        continue
                    }
                    if last == mapped { continue }
                }
                out.append(mapped)
            }
        }
    }

    @inline(__always)
    private static func isPlainVowel(_ c: UInt8) -> Bool {
        c == UInt8(ascii: "a") || c == UInt8(ascii: "e") || c == UInt8(ascii: "i") || c == UInt8(ascii: "o") || c == UInt8(ascii: "u")
    }

    /// Spellings of common name words that the rules above leave apart.
    private static let keySynonyms: KeyValuePairs<String, String> = [
        "shak": "shakh",                   // Sheik, Shaik
        "kfar": "kafr", "kafar": "kafr",   // Kfar, Kafar
        "jbal": "jabal",                   // Jbel
    ]
}

/// Folds words into buffers it keeps between calls, so that the matcher allocates nothing per word.
struct WordFolder {
    /// The folded bytes of the last word (see ``WordForm``).
    private(set) var folded: [UInt8] = []
    /// Its matching key.
    private(set) var key: [UInt8] = []
    /// Whether it is in Latin script (its folded bytes are ASCII).
    private(set) var isLatin = true
    private var scratch: [UInt8] = []

    init() {
        folded.reserveCapacity(64)
        key.reserveCapacity(64)
        scratch.reserveCapacity(64)
    }

    /// Folds the word at `word` in `bytes`; ``makeKey()`` then makes its key.
    mutating func fold(_ word: Word, in bytes: UnsafeBufferPointer<UInt8>) {
        folded.removeAll(keepingCapacity: true)
        var i = word.start
        while i < word.end {
            let byte = bytes[i]
            if byte < 0x80 {
                WordFolder.appendFolded(ascii: byte, to: &folded)
                i += 1
                continue
            }
            let (scalar, length) = UTF8Decoding.scalar(in: bytes, at: i)
            Letters.appendFolded(scalar, to: &folded)
            i += length
        }
        finishFolding()
    }

    /// Appends the folded form of an ASCII byte of a word: a capital in lowercase, an apostrophe not at all.
    @inline(__always)
    static func appendFolded(ascii byte: UInt8, to folded: inout [UInt8]) {
        if byte >= 0x41 && byte <= 0x5A { folded.append(byte | 0x20) } else if byte != 0x27 && byte != 0x60 { folded.append(byte) }
    }

    /// Takes bytes that are already folded, and makes their key.
    mutating func fold(folded bytes: [UInt8]) {
        folded = bytes
        finishFolding()
        makeKey()
    }

    private mutating func finishFolding() {
        isLatin = true
        for byte in folded where byte >= 0x80 { isLatin = false; break }
        if !isLatin { WordForm.dropArabicArticle(&folded) }
    }

    /// Makes the key of the folded word.
    mutating func makeKey() {
        if isLatin {
            WordForm.latinKey(folded, into: &key, scratch: &scratch)
        } else {
            key.removeAll(keepingCapacity: true)
            key.append(contentsOf: folded)
        }
    }
}

/// The Arabic article in Latin script: al-, el- and the assimilated forms before sun letters.
enum Article {
    /// Whether a word's bytes can be an article at all: a cheap test before folding. Two or three
    /// ASCII letters must be of the list; a short word with diacritics ("Aḑ", "Aş") may be one.
    static func mayBe(_ bytes: UnsafeBufferPointer<UInt8>, from start: Int, to end: Int) -> Bool {
        guard end - start >= 2 && end - start <= 9 else { return false }
        // every form begins with a, e or t; a first letter with a diacritic may fold to one
        let first = bytes[start] | 0x20
        guard bytes[start] >= 0x80 || first == UInt8(ascii: "a") || first == UInt8(ascii: "e") || first == UInt8(ascii: "t") else {
            return false
        }
        var code: UInt32 = 0
        for k in start..<end {
            if bytes[k] >= 0x80 { return true }
            let lower = bytes[k] | 0x20
            guard lower >= 0x61 && lower <= 0x7A, end - start <= 3 else { return false }
            code = code << 8 | UInt32(lower)
        }
        return codes.contains(code)
    }

    /// A word of up to four ASCII bytes as one number, first byte highest; nil for any other word.
    private static func code(_ word: some Collection<UInt8>) -> UInt32? {
        guard word.count <= 4 else { return nil }
        var code: UInt32 = 0
        for byte in word {
            guard byte < 0x80 else { return nil }
            code = code << 8 | UInt32(byte)
        }
        return code
    }

    private static let always: Set<UInt32> = Set(["al", "el"].compactMap { code($0.utf8) })
    private static let the = code("the".utf8)!
    private static let codes: Set<UInt32> = always.union(consonants.keys).union([the])
    /// Assimilated forms and the consonant they assimilate to: ash-Shaykh, ad-Dana, az-Zabadani.
    private static let assimilated: [String: String] = [
        "ad": "d", "adh": "dh", "an": "n", "ar": "r", "as": "s", "ash": "sh", "at": "t", "ath": "th", "az": "z",
        "ed": "d", "en": "n", "er": "r", "es": "s", "esh": "sh", "et": "t", "ez": "z",
    ]
    /// `assimilated` by the code of the form.
    private static let consonants: [UInt32: String] = Dictionary(uniqueKeysWithValues: assimilated.map { (code($0.key.utf8)!, $0.value) })

    /// Whether a folded word is the article before `next`: al-/el- always, the assimilated forms when
    /// joined by a hyphen or when the next word begins with their consonant ("As Safirah", "ar-Raqqa"),
    /// and English "the" when it begins the name ("The Hague", "the Gambia").
    static func isArticle(_ folded: String, before next: String?, hyphen: Bool, leading: Bool = false) -> Bool {
        guard var next else { return false }
        var folded = folded
        return folded.withUTF8 { word in next.withUTF8 { isArticle(word, before: $0, hyphen: hyphen, leading: leading) } }
    }

    /// ``isArticle(_:before:hyphen:leading:)`` of folded bytes.
    static func isArticle(_ folded: UnsafeBufferPointer<UInt8>, before next: UnsafeBufferPointer<UInt8>, hyphen: Bool,
                          leading: Bool = false) -> Bool {
        // a word of three bytes or fewer that is not ASCII is none of the forms
        guard !next.isEmpty, folded.count <= 3, let code = code(folded) else { return false }
        if always.contains(code) || (leading && code == the) { return true }
        guard let consonant = consonants[code] else { return false }
        return hyphen || begins(next, with: consonant)
    }

    /// `String.hasPrefix` of folded bytes: it compares characters, so a letter that a combining mark
    /// follows is not the consonant alone.
    private static func begins(_ word: UnsafeBufferPointer<UInt8>, with consonant: String) -> Bool {
        let n = consonant.utf8.count
        guard word.count >= n, word.prefix(n).elementsEqual(consonant.utf8) else { return false }
        guard word.count > n, word[n] >= 0x80 else { return true }
        return String(decoding: word, as: UTF8.self).hasPrefix(consonant)
    }
}
