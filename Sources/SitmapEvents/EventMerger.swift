import Foundation
import SitmapGeometry
import SitmapReports

/// Merges the candidate events of many reports into one event per real-world event.
///
/// Rules, applied to candidates taken most precise first (known days, then the shortest periods):
/// - Kind: the same sub-event type; captures, advances and withdrawals are one family (the army's withdrawal
///   from a city and the rebels' entry into it are one change of hands), as long as the side that gains agrees.
///   A running toll ("56 killed since November 27") merges only with running tolls, never with one strike.
/// - Day: the same day. One-off changes (a capture by the same side, a visit) may also be a day apart, as
///   outlets date them by the claim or by the night they began; repeatable events (strikes, clashes) may not:
///   a strike on Idlib on Sunday and one on Monday are two. A period ("earlier this week", no date at all)
///   merges with any event inside it and narrows to the overlap.
/// - Place: the same gazetteer place, or within 5 km when one of them is only near a place; an event placed only at a governorate merges with one in
///   that governorate; regional figures (displaced counts, running tolls) within 100 km.
/// - Actors: the named parties overlap, or one report names none. Displacement figures within 25 % of each
///   other; running tolls from the same reporter or with the same figure.
/// The merged event keeps every source and evidence sentence, the most precise place and date, and the range
/// of figures: `low` and `high` are the smallest and largest, `best` the most conservative (ACLED's practice)
/// but never below the highest lower bound ("at least four", "at least seven": 7), unless a report revises the
/// toll ("rose to 16"), when the latest revision wins.
public enum EventMerger {
    /// Merged events, sorted by date then id.
    public static func merge(_ candidates: [Event]) -> [Event] {
        // the order's keys made once per candidate, not once per comparison
        let keys = candidates.map { (span($0).length, isRegional($0), $0.date, $0.subEventType.rawValue, $0.sources.first ?? "", $0.id) }
        let ordered = candidates.indices.sorted { i, j in
            let (a, b) = (keys[i], keys[j])
            if a.0 != b.0 { return a.0 < b.0 }
            // specific places found clusters before governorate-wide mentions join them
            if a.1 != b.1 { return !a.1 }
            if a.2 != b.2 { return a.2 < b.2 }
            if a.3 != b.3 { return a.3 < b.3 }
            return (a.4, a.5) < (b.4, b.5)
        }.map { candidates[$0] }
        // clusters by kind and by 1° cell: a candidate is tested only against clusters of its kind in its cell
        // and the eight around it (a regional figure merges within 100 km, less than a cell)
        var clusters: [Cluster] = []
        var buckets: [BucketKey: [Int]] = [:]
        for candidate in ordered {
            var chosen: (index: Int, rank: (Int, Int, Int))?
            for i in nearbyClusters(of: candidate, in: buckets) where clusters[i].accepts(candidate) {
                // (no copy of the cluster: it holds every member)
                let rank = (clusters[i].kind == candidate.subEventType ? 0 : 1,
                            clusters[i].distance(to: span(candidate)), -clusters[i].members.count)
                if chosen == nil || rank < chosen!.rank || rank == chosen!.rank && i < chosen!.index { chosen = (i, rank) }
            }
            if let chosen {
                clusters[chosen.index].add(candidate)
            } else {
                clusters.append(Cluster(first: candidate))
                chosen = (clusters.count - 1, (0, 0, 0))
            }
            // a cluster is findable from every cell its places are in
            let key = BucketKey(candidate)
            if !(buckets[key]?.contains(chosen!.index) ?? false) { buckets[key, default: []].append(chosen!.index) }
        }
        var merged = clusters.map { $0.event() }
        merged.sort { ($0.date, $0.id) < ($1.date, $1.id) }
        var seen: [String: Int] = [:]
        for i in merged.indices {
            seen[merged[i].id, default: 0] += 1
            if let n = seen[merged[i].id], n > 1 { merged[i].id += "-\(n)" }
        }
        return merged
    }

    /// Kind family and 1° cell of an event, the unit of the merge index.
    struct BucketKey: Hashable {
        let kind: String
        let latitude: Int
        let longitude: Int

        init(_ event: Event, offset: (Int, Int) = (0, 0)) {
            kind = territorial.contains(event.subEventType) ? "territory" : event.subEventType.rawValue
            let c = event.location.coordinate
            latitude = c.map { Int(($0.latitude).rounded(.down)) + offset.0 } ?? Int.min
            longitude = c.map { Int(($0.longitude).rounded(.down)) + offset.1 } ?? Int.min
        }
    }

    /// Indices of the clusters a candidate may join, in ascending order.
    static func nearbyClusters(of event: Event, in buckets: [BucketKey: [Int]]) -> [Int] {
        var found: [Int] = []
        for dy in -1...1 {
            for dx in -1...1 { found += buckets[BucketKey(event, offset: (dy, dx))] ?? [] }
        }
        found.sort()
        // each once (a cluster is in every cell its places are in)
        var unique = 0
        for i in found.indices where i == 0 || found[i] != found[i - 1] {
            found[unique] = found[i]
            unique += 1
        }
        found.removeLast(found.count - unique)
        return found
    }

    /// Whether the event is placed only at a governorate.
    static func isRegional(_ event: Event) -> Bool { event.location.geoPrecision == 3 && event.location.name == event.location.admin1 }

    /// The days an event may have happened on.
    static func span(_ event: Event) -> DateSpan { event.period ?? DateSpan(day: event.date) }

    static let territorial: Set<SubEventType> = [.nonStateActorOvertakesTerritory, .governmentRegainsTerritory, .nonViolentTransferOfTerritory]

    /// Events taken to be one.
    struct Cluster {
        private(set) var members: [Event]
        private(set) var span: DateSpan
        /// The first member's sub-event type and whether its figure is a running total.
        let kind: SubEventType
        let isAggregate: Bool
        /// Summaries of the members, kept as they join so that a test costs the same however big the cluster.
        private(set) var exactDay: Day?
        private(set) var allExact = true
        private(set) var earliestPublication: Day?
        private(set) var places: [Event] = []
        private(set) var specificPlaces: [Event] = []
        private(set) var actors: Set<String> = []
        private(set) var sides: Set<String> = []
        private(set) var reporters: Set<String> = []
        private(set) var figures: Set<Int> = []
        private(set) var displaced: Int?
        private(set) var hasWithdrawal = false
        private(set) var hasTaking = false

        init(first: Event) {
            members = []
            span = EventMerger.span(first)
            kind = first.subEventType
            isAggregate = first.fatalities.isAggregate
            add(first)
        }

        mutating func add(_ event: Event) {
            let other = EventMerger.span(event)
            if !members.isEmpty && span.overlaps(other) {
                span = DateSpan(first: max(span.first, other.first), last: min(span.last, other.last), precision: max(span.precision, other.precision))
            }
            members.append(event)
            if event.period == nil { exactDay = exactDay ?? event.date } else { allExact = false }
            if let day = event.lastReported { earliestPublication = min(earliestPublication ?? day, day) }
            if !places.contains(where: { $0.location == event.location }) {
                places.append(event)
                if !EventMerger.isRegional(event) { specificPlaces.append(event) }
            }
            actors.formUnion(event.actors)
            if let side = event.controlClaim?.side { sides.insert(side) }
            reporters.formUnion(event.fatalities.reportedBy)
            if let best = event.fatalities.best { figures.insert(best) }
            displaced = displaced ?? event.displaced
            if event.subEventType == .nonViolentTransferOfTerritory { hasWithdrawal = true } else { hasTaking = true }
        }

        /// Days between the cluster's days and a span (0 when they overlap).
        func distance(to other: DateSpan) -> Int {
            if span.overlaps(other) { return 0 }
            return other.first > span.last ? other.first.ordinal - span.last.ordinal : span.first.ordinal - other.last.ordinal
        }

        func accepts(_ event: Event) -> Bool {
            guard isAggregate == event.fatalities.isAggregate else { return false }
            let territorial = EventMerger.territorial.contains(kind) && EventMerger.territorial.contains(event.subEventType)
            guard territorial || kind == event.subEventType else { return false }
            let withdrawal = event.subEventType == .nonViolentTransferOfTerritory
            let crossKind = withdrawal ? hasTaking : hasWithdrawal
            if territorial, let side = event.controlClaim?.side, !sides.isEmpty, !sides.contains(side) { return false }
            // days
            let other = EventMerger.span(event)
            if span.length == 1 && other.length == 1 && event.period == nil && allExact {
                let apart = abs(span.first.ordinal - other.first.ordinal)
                let oneOff = (territorial && !crossKind) || event.subEventType == .otherStrategicDevelopment
                guard apart == 0 || apart == 1 && oneOff else { return false }
            } else if !span.overlaps(other) {
                guard !crossKind, territorial, distance(to: other) <= 1, other.length == 1 || span.length == 1 else { return false }
            }
            // never a date after a source's publication
            if let day = exactDay, let own = event.lastReported, day > own { return false }
            if event.period == nil, let earliestPublication, event.date > earliestPublication { return false }
            // place: a specific place joins through the cluster's specific places, a governorate-wide one through any
            let anchors = specificPlaces.isEmpty || EventMerger.isRegional(event) ? places : specificPlaces
            guard anchors.contains(where: { EventMerger.samePlace($0, event) }) else { return false }
            // actors, figures
            if event.subEventType != .civiliansDisplaced && !territorial {
                // the named parties other than civilians overlap, or one side names none
                let namesNone = actors.isEmpty || actors.count == 1 && actors.contains("Civilians")
                let theyNameNone = event.actors.allSatisfy { $0 == "Civilians" }
                guard namesNone || theyNameNone || event.actors.contains(where: { $0 != "Civilians" && actors.contains($0) }) else { return false }
            }
            if let a = displaced, let b = event.displaced {
                guard Double(abs(a - b)) <= 0.25 * Double(max(a, b)) else { return false }
            }
            if event.fatalities.isAggregate {
                guard !reporters.isDisjoint(with: event.fatalities.reportedBy) || event.fatalities.best.map(figures.contains) == true
                else { return false }
            }
            return true
        }

        /// The merged event.
        func event() -> Event {
            let exact = members.filter { $0.period == nil }
            var merged = members[0]
            let lead = members.first { $0.subEventType != .nonViolentTransferOfTerritory && EventMerger.territorial.contains($0.subEventType) } ?? merged
            merged.subEventType = lead.subEventType
            merged.eventType = lead.eventType
            if exact.isEmpty {
                merged.date = span.last
                merged.period = span
                merged.timePrecision = span.precision
            } else {
                merged.period = nil
                merged.timePrecision = 1
            }
            var actors = lead.actors
            var named = Set(actors)
            for member in members { actors += member.actors.filter { named.insert($0).inserted } }
            merged.actors = actors
            merged.actor1 = actors[0]
            merged.actor2 = actors.count > 1 ? actors[1] : nil
            // the most precise place, unless the claim covers a whole governorate ("all of Idlib province")
            let wide = members.first { $0.controlClaim?.scope == .governorate }
            // (the first member of the smallest precision: `min` keeps the first of equals)
            merged.location = wide?.location ?? members.min { $0.location.geoPrecision < $1.location.geoPrecision }!.location
            merged.fatalities = EventMerger.fatalities(of: members)
            merged.displaced = members.compactMap(\.displaced).min()
            merged.sources = Array(Set(members.flatMap(\.sources))).sorted()
            var notes: [String] = [], seenNotes: Set<String> = []
            for note in members.flatMap(\.notes) where seenNotes.insert(note).inserted { notes.append(note) }
            merged.notes = notes
            merged.lastReported = members.compactMap(\.lastReported).max()
            merged.controlClaim = controlClaim(sources: merged.sources.count)
            merged.id = EventIdentity.id(of: merged)
            return merged
        }

        private func controlClaim(sources: Int) -> ControlClaim? {
            let claims = members.compactMap(\.controlClaim)
            guard var claim = claims.first(where: { _ in true }) else { return nil }
            if let gaining = members.first(where: { $0.subEventType != .nonViolentTransferOfTerritory && $0.controlClaim != nil })?.controlClaim {
                claim.side = gaining.side
            }
            claim.previousSide = claims.compactMap(\.previousSide).first { $0 != claim.side }
            claim.scope = claims.contains { $0.scope == .governorate } ? .governorate : .settlement
            // a withdrawal does not say how much the other side took: the captures decide
            let taking = members.filter { $0.subEventType != .nonViolentTransferOfTerritory }.compactMap(\.controlClaim)
            claim.status = (taking.isEmpty ? claims : taking).contains { $0.status == .held } ? .held : .contested
            claim.confirmation = sources > 1 || claims.contains { $0.confirmation == .confirmed } ? .confirmed : .claimed
            return claim
        }
    }

    /// The range of figures across members (see the type's rules).
    static func fatalities(of members: [Event]) -> Fatalities {
        let given = members.filter { $0.fatalities.best != nil }
        var result = Fatalities(reportedBy: Array(Set(members.flatMap(\.fatalities.reportedBy))).sorted(),
                                isAggregate: members[0].fatalities.isAggregate)
        guard !given.isEmpty else { return result }
        result.low = given.compactMap { $0.fatalities.low ?? $0.fatalities.best }.min()
        result.high = given.compactMap { $0.fatalities.high ?? $0.fatalities.best }.max()
        let revisions = given.filter(\.fatalities.isRevision)
        if let latest = revisions.max(by: { ($0.lastReported ?? $0.date, $0.fatalities.best!) < ($1.lastReported ?? $1.date, $1.fatalities.best!) }) {
            result.best = latest.fatalities.best
            result.isRevision = true
        } else {
            // the most conservative exact figure, but never below what a source says is the least ("at least seven")
            let exact = given.filter { !$0.fatalities.isLowerBound }.compactMap(\.fatalities.best).min()
            let bound = given.filter(\.fatalities.isLowerBound).compactMap(\.fatalities.best).max()
            result.best = [exact, bound].compactMap { $0 }.max()
            result.isLowerBound = exact == nil
        }
        return result
    }

    /// Whether two events are at the same place (see the type's rules).
    static func samePlace(_ a: Event, _ b: Event) -> Bool {
        if let x = a.location.placeID, x == b.location.placeID { return true }
        guard let p = a.location.coordinate, let q = b.location.coordinate else { return false }
        // two places each named as such are two places, however close ("captured Anadan and Hraytan")
        let bothNamed = a.location.geoPrecision == 1 && b.location.geoPrecision == 1
        let regional = a.subEventType == .civiliansDisplaced || a.fatalities.isAggregate
        let limit = regional ? 100_000.0 : bothNamed ? 0 : 5_000
        // the geodesic only when a spherical estimate does not put the places well apart (2 %, over three times its worst error)
        if limit > 0, Geodesic.sphericalEstimateMetres(p, q) <= limit * 1.02 {
            let metres = Geodesic.distanceMetres(p, q)
            if metres <= 5_000 && !bothNamed { return true }
            if regional && metres <= 100_000 { return true }
        }
        // a governorate-level event and an event inside that governorate
        return (isRegional(a) || isRegional(b)) && !a.location.admin1.isEmpty && a.location.admin1 == b.location.admin1
    }
}
