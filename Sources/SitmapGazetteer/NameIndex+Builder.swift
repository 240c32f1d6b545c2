extension NameIndex {
    /// What the index keeps only while it is built: the word keys so far, and buffers for analysing
    /// one name at a time without allocating per word (the bundled gazetteer has 220,000 names).
    struct Builder {
        private var folder = WordFolder()
        private var ids: [String: Int32] = [:]
        private(set) var keys: [String] = []
        private var buffer: [Word] = []
        private var folded: [UInt8] = []
        private var light: [UInt8] = [], scratch: [UInt8] = []
        /// The last name analysed: its word ids, its folded words joined by spaces.
        private(set) var wordIDs: [Int32] = []
        private(set) var foldedName = ""

        /// The last name's key, words joined by spaces (as ``PlaceName/normalized(_:)`` gives it).
        var key: String { wordIDs.map { keys[Int($0)] }.joined(separator: " ") }

        /// Analyses a name as ``PlaceName/form(of:)`` does; nil when no word is left, else whether
        /// the name began with the article.
        mutating func analyse(_ name: String) -> Bool? {
            wordIDs.removeAll(keepingCapacity: true)
            folded.removeAll(keepingCapacity: true)
            var hadArticle = false
            var name = name
            name.withUTF8 { bytes in
                var scanner = WordScanner(bytes, breakingRuns: false, reusing: &buffer)
                _ = scanner.nextRun()
                let words = scanner.words
                for (i, word) in words.enumerated() {
                    if i + 1 < words.count, Article.mayBe(bytes, from: word.start, to: word.end),
                       Article.isArticle(fold(word, bytes), before: fold(words[i + 1], bytes), hyphen: word.hyphenAfter,
                                         leading: wordIDs.isEmpty) {
                        if wordIDs.isEmpty { hadArticle = true }
                        continue
                    }
                    folder.fold(word, in: bytes)
                    folder.makeKey()
                    guard !folder.key.isEmpty else { continue }
                    if !folded.isEmpty { folded.append(UInt8(ascii: " ")) }
                    folded.append(contentsOf: folder.folded)
                    wordIDs.append(id(of: String(decoding: folder.key, as: UTF8.self)))
                }
                buffer = scanner.words
            }
            guard !wordIDs.isEmpty else { return nil }
            foldedName = String(decoding: folded, as: UTF8.self)
            return hadArticle
        }

        /// The light key of the last name's folded words (see ``WordForm/lightKey(_:)``).
        mutating func lightKey() -> String {
            folded.withUnsafeBufferPointer { WordForm.lightKey(of: $0, into: &light, scratch: &scratch) }
            return String(decoding: light, as: UTF8.self)
        }

        private mutating func fold(_ word: Word, _ bytes: UnsafeBufferPointer<UInt8>) -> String {
            folder.fold(word, in: bytes)
            return String(decoding: folder.folded, as: UTF8.self)
        }

        private mutating func id(of key: String) -> Int32 {
            if let id = ids[key] { return id }
            let id = Int32(keys.count)
            ids[key] = id
            keys.append(key)
            return id
        }
    }
}
