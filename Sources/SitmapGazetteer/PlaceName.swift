/// The one normalisation of place names, used for the gazetteer's names, for text and for queries.
public enum PlaceName {
    /// The matching key of a name: the keys of its words (see the rules below), the Arabic article
    /// dropped, joined by single spaces.
    ///
    /// Case, diacritics, the ʿayn and hamza marks, apostrophes, hyphens and a possessive 's do not
    /// count; the article al-/el- (and ar-/as-/ash-/ad-/at-/an-/az- before their sun letter) is
    /// dropped, and so is a leading "the"; vowel runs become one `a`, doubled letters one letter, a final `h` after a vowel goes;
    /// `q`/`k`, `ch`/`sh`, `gh`/`g`, `dj`/`j` meet. So "Sheikh Najjar", "Shaykh Najjar" and
    /// "Cheikh Najjar" all give "shakh najar"; "Idleb" and "Idlib" give "adlab"; "Tell", "Tall", "Tal"
    /// give "tal"; "Khānāşir", "Khanasir" and "Khanaser" give "khanasar"; "al-Bab" and "Al Bāb" give
    /// "bab". Arabic script is folded letter by letter (hamza seats, alef maqsura, taa marbuta, harakat)
    /// and loses its article: "الرقة" and "رقه" meet. It is a matching key, not a display form.
    public static func normalized(_ name: String) -> String {
        form(of: name).key
    }

    /// The words of a name with its article dropped: their keys and folded forms.
    struct Form: Sendable {
        var keys: [String]
        var folded: [String]
        /// The name began with the article ("Al Bāb").
        var hadLeadingArticle: Bool
        var key: String { keys.joined(separator: " ") }
        var foldedName: String { folded.joined(separator: " ") }
    }

    /// The form of a name or a query: every word, all one run.
    static func form(of name: String) -> Form {
        var folder = WordFolder()
        return form(of: name, using: &folder)
    }

    /// The form of a name, folded with a folder the caller keeps (the index folds 200,000 names).
    static func form(of name: String, using folder: inout WordFolder) -> Form {
        var name = name
        return name.withUTF8 { bytes in
            var form = Form(keys: [], folded: [], hadLeadingArticle: false)
            var scanner = WordScanner(bytes, breakingRuns: false)
            while scanner.nextRun() {
                let words = scanner.words
                let forms = words.map { word -> WordForm in
                    folder.fold(word, in: bytes)
                    folder.makeKey()
                    return WordForm(folder)
                }
                for (i, word) in forms.enumerated() {
                    let next = i + 1 < forms.count ? forms[i + 1].folded : nil
                    if word.isLatin && Article.isArticle(word.folded, before: next, hyphen: words[i].hyphenAfter,
                                                         leading: form.keys.isEmpty) {
                        if form.keys.isEmpty { form.hadLeadingArticle = true }
                        continue
                    }
                    if word.key.isEmpty { continue }
                    form.keys.append(word.key)
                    form.folded.append(word.folded)
                }
            }
            return form
        }
    }
}
