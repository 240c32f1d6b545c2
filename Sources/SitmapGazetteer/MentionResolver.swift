import Foundation
import SitmapGeometry

/// Resolves the mentions of one report, text after text (sentence after sentence), remembering what does
/// not change between them: a report names the same places again and again, and each name's candidates,
/// their match quality and their distances are worked out once.
///
/// Gives exactly what ``Gazetteer/resolvedMentions(in:context:)`` gives for each text: that function is
/// this one with a fresh resolver. Keep one per report (or per thread); it is a value, not shared.
public struct MentionResolver {
    public let gazetteer: Gazetteer
    public let context: ResolutionContext
    private var finder: MentionFinder
    private var memo = ResolutionMemo()
    /// The names ranked so far, and at the same place in `ranked` their rankings: a report names a few
    /// dozen, and a scan that compares terminals first finds one sooner than hashing its strings would.
    private var keys: [RankingKey] = []
    private var ranked: [RankedName] = []
    private let shared: RankingCache?
    /// Buffers kept from text to text: each mention's place in `ranked`, the text's anchors, the points
    /// a mention is resolved near.
    private var slots: [Int] = []
    private var anchors: Anchors
    private var nearby: [Coordinate] = []

    /// What a found name's ranking depends on besides the context: its trie terminal (which gives its
    /// normalised name and candidates), its spelling and its qualifier.
    struct RankingKey: Equatable {
        let terminal: Int32
        let text: String
        let qualifier: Qualifier?

        /// Whether this is the key of `mention`, compared without making its key.
        func isKey(of mention: Mention) -> Bool {
            terminal == mention.terminal && text == mention.text && qualifier == mention.qualifier
        }
    }

    /// A name's ranking, its resolution on its own, and where that puts it when it is confident enough
    /// to anchor the other names of a text (see ``Anchors``).
    final class RankedName {
        let ranking: Gazetteer.Ranking
        let alone: Resolution
        let anchor: Coordinate?

        init(_ ranking: Gazetteer.Ranking, alone: Resolution) {
            self.ranking = ranking
            self.alone = alone
            anchor = Anchors.point(of: alone)
        }
    }

    /// A resolver for one report; with `shared`, it also reuses (and adds to) the rankings that resolvers
    /// of other reports made with the same gazetteer and context.
    public init(gazetteer: Gazetteer, context: ResolutionContext = ResolutionContext(), shared: RankingCache? = nil) {
        precondition(shared.map { $0.gazetteer === gazetteer && $0.context == RankingCache.Context(context) } ?? true,
                     "a ranking cache serves one gazetteer and one resolution context")
        self.gazetteer = gazetteer
        self.context = context
        self.shared = shared
        finder = MentionFinder(gazetteer: gazetteer)
        anchors = Anchors(context: context.nearby)
    }

    /// Every mention of `text` resolved in two passes: first each on its own, then each again with the
    /// places the others confidently resolved to as `nearby`, so that a report about Aleppo's
    /// countryside places an ambiguous village name near Aleppo.
    public mutating func resolvedMentions(in text: String) -> [ResolvedMention] {
        let found = finder.mentions(in: text)
        guard !found.isEmpty else { return [] }
        slots.removeAll(keepingCapacity: true)
        for mention in found { slots.append(rank(mention)) }
        anchors.reset()
        for slot in slots {
            if let point = ranked[slot].anchor { anchors.add(keys[slot].terminal, at: point) }
        }
        var resolved: [ResolvedMention] = []
        resolved.reserveCapacity(found.count)
        // by index: a mention is copied only into its resolved mention
        for k in found.indices {
            let slot = slots[k]
            anchors.nearby(apartFrom: keys[slot].terminal, into: &nearby)
            let resolution = if nearby.isEmpty {
                ranked[slot].alone
            } else if let same = slots[..<k].firstIndex(of: slot) {
                // the same name again: the same places are nearby
                resolved[same].resolution
            } else {
                gazetteer.resolution(of: ranked[slot].ranking, nearby: nearby, memo: &memo)
            }
            resolved.append(ResolvedMention(mention: found[k], resolution: resolution))
        }
        return resolved
    }

    /// A mention's place in `ranked`, ranked and resolved on its own once per spelling, name and
    /// qualifier. The mention is one the finder found: it has a terminal.
    private mutating func rank(_ mention: Mention) -> Int {
        if let slot = keys.firstIndex(where: { $0.isKey(of: mention) }) { return slot }
        guard let terminal = mention.terminal else { preconditionFailure("a found mention has a terminal") }
        let key = RankingKey(terminal: terminal, text: mention.text, qualifier: mention.qualifier)
        let made = shared?.ranked(key) ?? {
            let ranking = gazetteer.ranking(of: mention, context: context, memo: &memo)
            let made = RankedName(ranking, alone: gazetteer.resolution(of: ranking, nearby: context.nearby, memo: &memo))
            shared?.remember(made, for: key)
            return made
        }()
        keys.append(key)
        ranked.append(made)
        return ranked.count - 1
    }
}

/// The places the mentions of one text confidently resolved to, each name once (by its trie terminal,
/// which stands for its normalised name): what the other mentions of the text are resolved near, after
/// the context's own points. Its buffers are kept from text to text.
struct Anchors {
    /// Each anchor: the terminal of its name, and its point.
    private var anchors: [(name: Int32, point: Coordinate)] = []
    /// The context's points.
    private let context: [Coordinate]

    init(context: [Coordinate]) {
        self.context = context
    }

    /// Where a name resolved on its own confidently is: its best place, unless that is a country or
    /// leads the runner-up by less than 0.1.
    static func point(of resolution: Resolution) -> Coordinate? {
        guard let score = resolution.best?.score, resolution.best?.place.isCountry == false else { return nil }
        let margin = score - (resolution.runnersUp.first?.score ?? 0)
        guard resolution.runnersUp.isEmpty || margin >= 0.1 else { return nil }
        return resolution.best?.place.coordinate
    }

    /// Forgets the anchors of the last text.
    mutating func reset() {
        anchors.removeAll(keepingCapacity: true)
    }

    /// Adds the anchor of a mention of the name at terminal `name` at `point`, unless the name is an
    /// anchor already.
    mutating func add(_ name: Int32, at point: Coordinate) {
        guard !anchors.contains(where: { $0.name == name }) else { return }
        anchors.append((name, point))
    }

    /// Writes to `nearby` the context's points, then those of the first 20 anchors other than the one
    /// of the name at terminal `name`.
    func nearby(apartFrom name: Int32, into nearby: inout [Coordinate]) {
        nearby.removeAll(keepingCapacity: true)
        if !context.isEmpty { nearby.append(contentsOf: context) }
        // one by one: a text has a few anchors, fewer than slicing them costs
        var taken = 0
        for anchor in anchors where anchor.name != name {
            if taken == 20 { break }
            nearby.append(anchor.point)
            taken += 1
        }
    }
}

/// Rankings of names shared by the resolvers of many reports, for one gazetteer and one resolution
/// context: a corpus names the same few hundred places in the same few spellings, and ranking a name's
/// candidates costs more than finding it. Safe to share between threads (a lock guards it); it stops
/// growing at `capacity` names. The rankings are kept by terminal, so that finding one hashes nothing.
public final class RankingCache: @unchecked Sendable {
    let gazetteer: Gazetteer
    let context: Context
    private let capacity: Int
    private let lock = NSLock()
    /// Per trie terminal, the rankings of its names so far.
    private var rankings: [[(key: MentionResolver.RankingKey, ranked: MentionResolver.RankedName)]]
    private var count = 0

    /// What of a ``ResolutionContext`` a ranking depends on.
    struct Context: Equatable {
        let focusCountryCode: String?
        let nearby: [Coordinate]
        let qualifier: Qualifier?

        init(_ context: ResolutionContext) {
            focusCountryCode = context.focusCountryCode
            nearby = context.nearby
            qualifier = context.qualifier
        }
    }

    public init(gazetteer: Gazetteer, context: ResolutionContext = ResolutionContext(), capacity: Int = 100_000) {
        self.gazetteer = gazetteer
        self.context = Context(context)
        self.capacity = capacity
        rankings = Array(repeating: [], count: gazetteer.index.terminals.count)
    }

    func ranked(_ key: MentionResolver.RankingKey) -> MentionResolver.RankedName? {
        lock.lock()
        defer { lock.unlock() }
        return rankings[Int(key.terminal)].first { $0.key == key }?.ranked
    }

    func remember(_ ranked: MentionResolver.RankedName, for key: MentionResolver.RankingKey) {
        lock.lock()
        defer { lock.unlock() }
        guard count < capacity, !rankings[Int(key.terminal)].contains(where: { $0.key == key }) else { return }
        rankings[Int(key.terminal)].append((key, ranked))
        count += 1
    }
}

/// What resolving remembers between names: each terminal's match qualities for a spelling.
struct ResolutionMemo {
    private var qualities: [QualityKey: [Int: Double]] = [:]

    private struct QualityKey: Hashable {
        let terminal: Int32
        let folded: String
    }

    /// ``Gazetteer/candidates(at:folded:)``, remembered.
    mutating func candidates(at terminal: Int32, folded: String, in gazetteer: Gazetteer) -> [Int: Double] {
        let key = QualityKey(terminal: terminal, folded: folded)
        if let known = qualities[key] { return known }
        let made = gazetteer.candidates(at: terminal, folded: folded)
        qualities[key] = made
        return made
    }

    /// The geodesic distance in metres from place `index` to `point` when it may be within `limit`; when
    /// the distance along a meridian (3 %) or a spherical estimate (2 %, over three times the sphere's
    /// worst error) puts it well beyond, that figure, which is beyond `limit` too. Scores use a distance
    /// only up to a limit, so they come out the same, and most candidates are far from most points.
    /// The geodesics are the gazetteer's ``KnownDistances``.
    func distance(from index: Int, to point: Coordinate, within limit: Double, in gazetteer: Gazetteer) -> Double {
        let place = gazetteer.coordinates[index]
        // the sphere's distance is never below the difference of latitude: a bound without trigonometry
        let meridian = abs(place.latitude - point.latitude) * (Double.pi / 180 * 6_371_008.8)
        if meridian > limit * 1.03 { return meridian }
        let estimate = Geodesic.sphericalEstimateMetres(place, point)
        if estimate > limit * 1.02 { return estimate }
        return gazetteer.knownDistances.metres(from: index, at: place, to: point)
    }
}
