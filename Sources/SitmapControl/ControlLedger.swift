import SitmapEvents
import SitmapGazetteer
import SitmapReports

/// Settlement control through time: the baseline, then the control claims of the events applied in
/// date order.
///
/// - A claim about a settlement changes its side (or makes it contested) from the event's day.
/// - A claim about a governorate ("seized all of Idlib province") changes every tracked settlement of it.
/// - A claim that repeats the current state adds its event to the evidence; a confirmation by others
///   turns a state that was only claimed into a confirmed one.
/// - Several claims about one settlement on one day make one change: contested claims are applied
///   before held ones, then by event id, and the day's last state wins with all their events.
///
/// Only settlements of the baseline are tracked; inputs that cannot be used are listed in ``notes``.
/// Immutable after `init`, so it can be shared between tasks.
public final class ControlLedger: Sendable {
    /// The tracked settlements (the baseline's settlements found in the gazetteer), sorted by place id.
    public let settlements: [Place]
    /// The baseline's day: events on or before it are already in the baseline.
    public let baselineDay: Day?
    /// Baseline rows and events that could not be used, one sentence each, in input order.
    public let notes: [String]

    /// Each tracked settlement's states, oldest (the baseline) first.
    private let timelines: [String: [LedgerState]]

    /// Builds the ledger from a baseline, the gazetteer's places and the events (any order).
    public init(baseline: Baseline, places: [Place], events: [Event]) {
        var placeByID: [String: Place] = [:]
        for place in places where placeByID[place.id] == nil { placeByID[place.id] = place }
        var notes: [String] = []
        var timelines: [String: [LedgerState]] = [:]
        for row in baseline.rows {
            guard let place = placeByID[row.placeID] else {
                notes.append("baseline line \(row.line): \(row.placeID) (\(row.name)) is not in the gazetteer")
                continue
            }
            guard place.isSettlement else {
                notes.append("baseline line \(row.line): \(row.placeID) (\(row.name)) is not a settlement")
                continue
            }
            timelines[place.id] = [LedgerState(side: row.side, status: row.status, since: nil)]
        }
        let settlements = timelines.keys.compactMap { placeByID[$0] }.sorted { $0.id < $1.id }
        let byGovernorate = Dictionary(grouping: settlements.map(\.id)) { Self.governorateKey(of: placeByID[$0]!) }

        let claims = events.compactMap { event in event.controlClaim.map { (event, $0) } }
            .filter { event, _ in baseline.day.map { event.date > $0 } ?? true }
            .sorted { a, b in
                (a.0.date, a.1.status == .held ? 1 : 0, a.0.id) < (b.0.date, b.1.status == .held ? 1 : 0, b.0.id)
            }
        for (event, claim) in claims {
            let targets: [String]
            guard let placeID = event.location.placeID, let place = placeByID[placeID] else {
                notes.append("event \(event.id): its place '\(event.location.name)' is not in the gazetteer")
                continue
            }
            if claim.scope == .governorate || place.isFirstOrderDivision {
                targets = byGovernorate[Self.governorateKey(of: place)] ?? []
            } else {
                targets = timelines[placeID] == nil ? [] : [placeID]
            }
            if targets.isEmpty {
                notes.append("event \(event.id): \(place.asciiName) (\(placeID)) has no settlement in the baseline")
            }
            let evidence = LedgerEvidence(id: event.id, day: event.date, confirmation: claim.confirmation)
            for target in targets { timelines[target]!.apply(claim, evidence) }
        }
        self.settlements = settlements
        self.baselineDay = baseline.day
        self.notes = notes
        self.timelines = timelines
    }

    /// The control of every tracked settlement at the end of `day`, sorted by place id. Days before
    /// the baseline get the baseline.
    public func control(on day: Day) -> [SettlementControl] {
        settlements.map { place in
            let states = timelines[place.id]!
            let state = states.last { ($0.since ?? day) <= day } ?? states[0]
            let evidence = state.evidence.filter { $0.day <= day }
            return SettlementControl(place: place, side: state.side, status: state.status, since: state.since,
                                     evidence: Self.ids(evidence), confirmation: Self.confirmation(evidence))
        }
    }

    /// The changes after `from` up to and including `to`, by day then place id; their evidence is
    /// what was reported by `to`.
    public func changes(from: Day, to: Day) -> [ControlChange] {
        settlements.flatMap { place in
            let states = timelines[place.id]!
            return zip(states, states.dropFirst()).compactMap { before, after -> ControlChange? in
                guard let day = after.since, day > from, day <= to else { return nil }
                let evidence = after.evidence.filter { $0.day <= to }
                return ControlChange(place: place, from: before.side, to: after.side, status: after.status, day: day,
                                     evidence: Self.ids(evidence), confirmation: Self.confirmation(evidence) ?? .claimed)
            }
        }
        .sorted { ($0.day, $0.place.id) < ($1.day, $1.place.id) }
    }

    /// Settlements of the gazetteer in the baseline's countries that the baseline leaves out, sorted by id.
    public func untrackedSettlements(among places: [Place]) -> [Place] {
        let countries = Set(settlements.map(\.countryCode))
        return places.filter { $0.isSettlement && countries.contains($0.countryCode) && timelines[$0.id] == nil }
            .sorted { $0.id < $1.id }
    }

    private static func governorateKey(of place: Place) -> String { place.countryCode + "." + place.admin1Code }

    private static func ids(_ evidence: [LedgerEvidence]) -> [String] { Array(Set(evidence.map(\.id))).sorted() }

    private static func confirmation(_ evidence: [LedgerEvidence]) -> ControlClaim.Confirmation? {
        guard !evidence.isEmpty else { return nil }
        return evidence.contains { $0.confirmation == .confirmed } ? .confirmed : .claimed
    }
}

/// One event's word on a settlement.
private struct LedgerEvidence: Sendable {
    let id: String
    let day: Day
    let confirmation: ControlClaim.Confirmation
}

/// A settlement's side and status from a day on.
private struct LedgerState: Sendable {
    var side: String
    var status: ControlClaim.Status
    /// nil for the baseline.
    var since: Day?
    var evidence: [LedgerEvidence] = []
}

extension Array where Element == LedgerState {
    /// Applies one claim to a settlement's timeline (claims come in the order the ledger sorts them).
    fileprivate mutating func apply(_ claim: ControlClaim, _ evidence: LedgerEvidence) {
        // a later claim of the same day replaces that day's state: one change a day
        if count > 1, let last, last.since == evidence.day, (last.side, last.status) != (claim.side, claim.status) {
            var replaced = removeLast()
            if (self.last!.side, self.last!.status) != (claim.side, claim.status) {
                replaced.side = claim.side
                replaced.status = claim.status
                replaced.evidence.append(evidence)
                append(replaced)
                return
            }
        }
        if (last!.side, last!.status) == (claim.side, claim.status) {
            self[count - 1].evidence.append(evidence)
        } else {
            append(LedgerState(side: claim.side, status: claim.status, since: evidence.day, evidence: [evidence]))
        }
    }
}
