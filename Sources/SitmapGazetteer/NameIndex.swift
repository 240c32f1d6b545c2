import SitmapText
/// A trie over the word keys of every gazetteer name: the matcher walks it word by word through a
/// text, so all names are looked for in one pass, and a query finds its candidates by the same walk.
struct NameIndex: Sendable {
    /// How a place's name was written in the gazetteer.
    enum Kind: UInt8, Sendable { case preferred, alternate }

    /// One name of one place that ends at a terminal node.
    struct Entry: Sendable {
        let place: Int32
        /// The folded words of the name ("khanasir", "sheikh najjar").
        let folded: String
        /// Its length in UTF-8 bytes: the matcher passes over the entries of other lengths without reading `folded`.
        let foldedLength: Int32
        /// The light key of `folded` (see ``WordForm/lightKey(_:)``), made once when the index is built.
        let lightKey: String
        let kind: Kind
        /// The gazetteer wrote the name with the article ("Al Bāb"), which the key drops.
        let hadArticle: Bool
        /// The name is an acronym in capitals ("US", "UAE", "U.S."): text must write it so.
        let isAcronym: Bool
        let reach: Reach
        /// The name is a common word ("Police") or never a place on its own ("al-Sham"): see ``StopList``.
        let isCommonWord: Bool
        let isNeverAPlace: Bool
    }

    /// How far a place's names reach into one-word mentions in text: every name of a place in the
    /// region of the war, the preferred names and capitals and countries elsewhere.
    enum Reach: UInt8, Sendable { case region, major, other }

    /// Every name with one key: the node where its walk ends.
    struct Terminal: Sendable {
        let key: String
        var entries: [Entry]
        /// The places, each once, in gazetteer order.
        var places: [Int32]
    }

    static let root: Int32 = 0
    /// Longest name, in words, that is indexed.
    static let maximumWords = 10

    /// The word keys, looked up by their bytes.
    private(set) var words = ByteKeyTable(keys: [])
    private var edges: EdgeTable
    private var terminalOfNode: [Int32] = [-1]
    private(set) var terminals: [Terminal] = []

    /// Indexes every name of every place; `reach` says how far each place's names reach.
    init(places: [Place], reach: (Place) -> Reach) {
        edges = EdgeTable(capacity: places.count * 8)
        var builder = Builder()
        for (index, place) in places.enumerated() {
            let reach = reach(place)
            add(place.name, kind: .preferred, place: Int32(index), reach: reach, &builder)
            if place.asciiName != place.name { add(place.asciiName, kind: .preferred, place: Int32(index), reach: reach, &builder) }
            // GeoNames gives towns their airport codes ("HTS", "ALP"); only countries keep acronyms (US, UAE)
            for name in place.alternateNames
            where NameIndex.isIndexable(alternate: name) && (place.isCountry || !NameIndex.isAcronym(name)) {
                add(name, kind: .alternate, place: Int32(index), reach: reach, &builder)
            }
        }
        for phrase in StopList.phrases { add(phrase, kind: .alternate, place: NameIndex.notAPlace, reach: .other, &builder) }
        words = ByteKeyTable(keys: builder.keys)
    }

    /// The place of a stop-listed phrase's entry.
    static let notAPlace: Int32 = -1

    /// GeoNames' all-lowercase machine transliterations ("hlb", "a lei po") are not names anyone writes.
    static func isIndexable(alternate name: String) -> Bool {
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            return name.utf8.contains { $0 >= 0x41 && $0 <= 0x5A } || !name.utf8.contains { $0 >= 0x61 && $0 <= 0x7A }
        }
        var hasLatin = false
        for scalar in name.unicodeScalars {
            if scalar.properties.isUppercase { return true }
            if scalar.value < 0x250, scalar.properties.isAlphabetic { hasLatin = true }
        }
        return !hasLatin
    }

    /// Two or more letters, all capitals.
    static func isAcronym(_ name: String) -> Bool {
        var letters = 0
        if name.utf8.allSatisfy({ $0 < 0x80 }) {
            for byte in name.utf8 {
                if byte >= 0x61 && byte <= 0x7A { return false }
                if byte >= 0x41 && byte <= 0x5A { letters += 1 }
            }
            return letters >= 2
        }
        for scalar in name.unicodeScalars where scalar.properties.isAlphabetic {
            guard scalar.properties.isUppercase else { return false }
            letters += 1
        }
        return letters >= 2
    }

    private mutating func add(_ name: String, kind: Kind, place: Int32, reach: Reach, _ builder: inout Builder) {
        guard let hadArticle = builder.analyse(name), builder.wordIDs.count <= NameIndex.maximumWords else { return }
        var node = NameIndex.root
        for id in builder.wordIDs {
            if let child = edges.child(of: node, word: id) {
                node = child
            } else {
                let child = Int32(terminalOfNode.count)
                terminalOfNode.append(-1)
                edges.insert(node, word: id, child: child)
                node = child
            }
        }
        let folded = builder.foldedName
        let t = terminalOfNode[Int(node)]
        let existing = t >= 0 && terminals[Int(t)].entries.contains { $0.place == place && $0.folded == folded && $0.kind == kind }
        // an entry's place is among the terminal's places already
        if existing { return }
        let entry = Entry(place: place, folded: folded, foldedLength: Int32(folded.utf8.count), lightKey: builder.lightKey(), kind: kind,
                          hadArticle: hadArticle,
                          isAcronym: NameIndex.isAcronym(name), reach: reach, isCommonWord: StopList.isCommonWord(folded),
                          isNeverAPlace: StopList.isNeverAPlace(folded))
        if t < 0 {
            terminalOfNode[Int(node)] = Int32(terminals.count)
            terminals.append(Terminal(key: builder.key, entries: [entry], places: place >= 0 ? [place] : []))
        } else {
            terminals[Int(t)].entries.append(entry)
            if place >= 0 && !terminals[Int(t)].places.contains(place) {
                terminals[Int(t)].places.append(place)
            }
        }
    }

    /// The child of `node` along the word with that key id, if any.
    @inline(__always)
    func child(of node: Int32, word: Int32) -> Int32? { edges.child(of: node, word: word) }

    /// The terminal at a node: the names that end there.
    @inline(__always)
    func terminal(at node: Int32) -> Int32? {
        let t = terminalOfNode[Int(node)]
        return t < 0 ? nil : t
    }

    /// The terminal reached by a whole sequence of word keys.
    func terminal(forKeys keys: [String]) -> Int32? {
        var node = NameIndex.root
        for key in keys {
            guard let id = words.id(of: key), let next = child(of: node, word: id) else { return nil }
            node = next
        }
        return terminal(at: node)
    }
}
