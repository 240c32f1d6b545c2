/// What a report says a named place is, from the words next to the name.
public enum Qualifier: String, Hashable, Sendable {
    case province, city, town, countryside, district

    /// Whether the qualifier points at the governorate rather than the settlement of that name.
    public var meansRegion: Bool { self == .province || self == .countryside }

    /// The qualifier a word after a name gives ("province", "governorates", "countryside", "town").
    init?(word folded: String) {
        guard let q = Qualifier.following[folded] else { return nil }
        self = q
    }

    /// The qualifier a word after a name gives, from the word's folded bytes.
    init?(word folded: UnsafeBufferPointer<UInt8>) {
        guard let q = Qualifier.following[folded] else { return nil }
        self = q
    }

    /// The qualifier a word before a name gives ("rural Idlib", "ريف حلب").
    init?(leadingWord folded: String) {
        guard let q = Qualifier.leading[folded] else { return nil }
        self = q
    }

    /// The qualifier a word before a name gives, from the word's folded bytes.
    init?(leadingWord folded: UnsafeBufferPointer<UInt8>) {
        guard let q = Qualifier.leading[folded] else { return nil }
        self = q
    }

    /// The words that name the qualifier in a gazetteer name or after a place name ("Idlib province").
    var words: [String] {
        switch self {
        case .province: ["province", "governorate"]
        case .countryside: ["countryside"]
        case .city: ["city"]
        case .town: ["town"]
        case .district: ["district"]
        }
    }

    static func isPlural(_ folded: String) -> Bool { folded.hasSuffix("s") && following[folded] != nil }

    /// ``isPlural(_:)`` of folded bytes (the listed words are ASCII: a final byte `s` is a final "s").
    static func isPlural(_ folded: UnsafeBufferPointer<UInt8>) -> Bool {
        folded.last == UInt8(ascii: "s") && following[folded] != nil
    }

    /// Compass words that may stand between a name and its qualifier ("Hama's northern countryside").
    static func isDirection(_ folded: String) -> Bool { directions[folded] != nil }

    /// ``isDirection(_:)`` of folded bytes.
    static func isDirection(_ folded: UnsafeBufferPointer<UInt8>) -> Bool { directions[folded] != nil }

    private static let following = FoldedWordTable<Qualifier>([
        "province": .province, "provinces": .province, "governorate": .province, "governorates": .province,
        "countryside": .countryside, "countrysides": .countryside, "suburbs": .countryside,
        "city": .city, "cities": .city, "town": .town, "towns": .town, "village": .town, "villages": .town,
        "district": .district, "districts": .district, "neighbourhood": .district, "neighborhood": .district,
        "neighbourhoods": .district, "neighborhoods": .district, "quarter": .district,
    ])

    private static let leading = FoldedWordTable<Qualifier>([
        "rural": .countryside, "ريف": .countryside, "محافظه": .province, "مدينه": .city, "بلده": .town,
        "قريه": .town, "حي": .district,
    ])

    private static let directions = FoldedWordTable(words: [
        "north", "south", "east", "west", "northern", "southern", "eastern", "western", "northeast", "northwest",
        "southeast", "southwest", "northeastern", "northwestern", "southeastern", "southwestern", "central",
    ])
}
