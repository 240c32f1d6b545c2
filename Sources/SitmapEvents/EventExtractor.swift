import SitmapGazetteer
import SitmapGeometry
import SitmapReports

/// Finds candidate events in a report, sentence by sentence, with explainable rules.
///
/// For each sentence of the cleaned report: trigger phrases (``TriggerLexicon``) say what happened; a trigger
/// is dropped when a modal, a negation, a fear or a long quotation frames it, and a whole sentence is dropped
/// when it denies ("deny targeting civilians") or when its only dates are history ("in 2016"). Each trigger
/// works within its clause (up to the next trigger or a clause word such as "after", "while"):
/// - place: the first gazetteer place after the trigger, else the nearest before it (geo precision 1, or 2 for
///   "near"/"outskirts of"/"south of", 3 for a governorate); a capture takes every listed place ("seized X, Y
///   and Z"). Only when the sentence refers back ("the city", "the strikes") does it borrow the place of an
///   earlier sentence of the paragraph (precision 2) or of the headline (precision 3); displacement figures,
///   which are regional, always may.
/// - actors: canonical names (``ActorTable``) before the trigger, else after it; reporters (monitors, rescuers)
///   are who gave the figures, never parties.
/// - date: the date phrase nearest the trigger in its clause, else in the sentence; none at all means the
///   week before publication (time precision 2), which merging narrows down.
/// - figures: deaths and displaced counts of the clause; a figure in a sentence without a trigger belongs to
///   the previous event of its paragraph ("Rescuers confirmed at least four fatalities"). A running toll over
///   several days is placed at the governorate (precision 3), and so is fighting along a front "between" two
///   places of one governorate.
/// Background is no event: a clash that "has been" going on, anything "now that" introduces.
public final class EventExtractor: Sendable {
    let gazetteer: Gazetteer
    let actorTable: ActorTable

    /// Rankings of place names, shared by the reports this extractor reads (on any thread).
    let rankings: RankingCache
    static let resolutionContext = ResolutionContext(focusCountryCode: "SY")

    public init(gazetteer: Gazetteer, actors: ActorTable) {
        self.gazetteer = gazetteer
        self.actorTable = actors
        rankings = RankingCache(gazetteer: gazetteer, context: EventExtractor.resolutionContext)
    }

    /// The events a report tells, one per trigger and place, before merging.
    public func candidates(in report: Report) -> [Event] {
        let clean = ReportCleaner.clean(report)
        // one resolver per report: its names are resolved once however often the report repeats them
        var resolver = MentionResolver(gazetteer: gazetteer, context: EventExtractor.resolutionContext, shared: rankings)
        let headline = SentenceReading(Sentence(text: clean.headline, paragraph: -1, index: -1), published: report.published,
                                       resolver: &resolver, actorTable: actorTable, locateAlways: true)
        var state = ReportState(report: report, headline: headline)
        for sentence in clean.sentences {
            let reading = SentenceReading(sentence, published: report.published, resolver: &resolver, actorTable: actorTable)
            read(reading, into: &state)
            state.remember(reading)
        }
        return state.events
    }

    /// What the extractor knows of a report while reading it.
    struct ReportState {
        let report: Report
        let headline: SentenceReading
        var events: [Event] = []
        /// The places and actors of the last sentence of the paragraph that named a place.
        var placed: (places: [PlaceMention], actors: [ActorMention])?
        /// The last exact day an earlier sentence of the paragraph gave.
        var paragraphDay: Day?
        var paragraph = -1
        /// Agents of the last event of each action, for sentences that leave them implied ("one of the strikes hit").
        var lastAgents = AgentsByAction()
        /// Index in `events` of the last event of the current paragraph.
        var lastEventOfParagraph: Int?
        /// The governorate names found so far, by country and admin1 code: a report names a few governorates,
        /// and a short list compares codes faster than the gazetteer finds a governorate.
        var governorateNames: [(countryCode: String, admin1Code: String, name: String)] = []

        mutating func remember(_ reading: SentenceReading) {
            if !reading.places.isEmpty { placed = (reading.places, reading.actors) }
            if let day = reading.dates.last(where: { $0.kind == .recent && $0.span.precision == 1 })?.span.first { paragraphDay = day }
        }

        mutating func enter(_ paragraph: Int) {
            guard paragraph != self.paragraph else { return }
            self.paragraph = paragraph
            placed = nil
            paragraphDay = nil
            lastEventOfParagraph = nil
        }
    }

    /// The agents last seen for each action: a list of at most one entry per action, searched in order (there
    /// are ten actions, fewer than a dictionary's hashing is worth).
    struct AgentsByAction {
        private var entries: [(action: Action, agents: [Actor])] = []

        subscript(action: Action) -> [Actor]? {
            get { entries.first { $0.action == action }?.agents }
            set {
                if let k = entries.firstIndex(where: { $0.action == action }) {
                    if let newValue { entries[k].agents = newValue } else { entries.remove(at: k) }
                } else if let newValue {
                    entries.append((action, newValue))
                }
            }
        }
    }

    private func read(_ reading: SentenceReading, into state: inout ReportState) {
        state.enter(reading.sentence.paragraph)
        let tokens = reading.tokens
        if tokens.contains(where: { TriggerLexicon.denials.contains($0.key) }) { return }
        // only history dates ("in 2016")
        if !reading.dates.isEmpty && reading.dates.allSatisfy({ $0.kind == .history }) { return }

        // clauses end at every trigger except weak words that did not fire ("met minimal resistance");
        // `reported` holds the indices into `triggers` of those that fired
        var triggers: [PhraseMatcher<Action>.Match] = []
        var reported: [Int] = []
        for trigger in reading.triggers {
            let fired = isReported(trigger, in: reading)
            guard fired || !Self.weakWords.contains(tokens[trigger.tokens.lowerBound].key) else { continue }
            if fired { reported.append(triggers.count) }
            triggers.append(trigger)
        }
        if reported.isEmpty {
            attachFigures(of: reading, to: &state)
            return
        }
        var made: [(action: Action, place: String)] = []
        var previous: (index: Int, action: Action, agents: [Actor])?
        for k in reported {
            let trigger = triggers[k]
            let action = resolvedAction(trigger, in: reading)
            let clause = clauseBounds(of: k, among: triggers, in: reading)
            // "capturing X and taking control of Y": a coordinated trigger shares its subject
            let i = trigger.tokens.lowerBound
            let shared = previous.flatMap { p in
                i > 0 && (tokens[i - 1].key == "and" || tokens[i - 1].key == "or") && family(p.action) == family(action) ? p.agents : nil
            }
            let context = TriggerContext(trigger: trigger, action: action, clause: clause,
                                         sentenceClause: clauseBounds(of: k, among: [], in: reading, around: trigger.tokens),
                                         isFirst: made.isEmpty, sharedAgents: shared)
            let kept = state.events.count
            let (madeAny, agents, parties) = addEvents(for: context, reading: reading, made: &made, state: &state)
            if madeAny { previous = (k, action, agents) }
            // the events of one trigger share their actors
            if state.events.count > kept {
                state.lastEventOfParagraph = state.events.count - 1
                state.lastAgents[action] = parties
            }
        }
        // a sentence whose triggers placed nothing may still carry the previous event's toll
        if made.isEmpty { attachFigures(of: reading, to: &state) }
    }

    /// Single trigger words that fire only with a place right after them (or, for "met", an official).
    private static let forcingWords: WordSet = ["forcing", "forced", "force", "forces", "prompting", "prompted"]
    private static let officialTitles: WordSet = ["minister", "president", "envoy", "delegation", "officials", "official", "secretary",
                                                  "spokesman"]

    private static let weakWords: WordSet = ["took", "taken", "take", "hit", "met", "fell", "visits", "entered", "entering"]

    /// Strikes of any weapon count as one kind within a sentence ("strikes hit", "the bombardment").
    func family(_ action: Action) -> Action {
        action == .strike || action == .airStrike ? .airStrike : action
    }

    /// Whether a trigger reports something that happened, not something feared, planned, denied or quoted.
    private func isReported(_ trigger: PhraseMatcher<Action>.Match, in reading: SentenceReading) -> Bool {
        let tokens = reading.tokens
        let i = trigger.tokens.lowerBound
        if reading.marks[i].contains(.quoted) { return false }
        let before = WordsBefore(tokens, i)
        if TriggerLexicon.blockers.contains(before[0]) || TriggerLexicon.blockers.contains(before[1]) && before[0] != "have" { return false }
        if tokens[max(0, i - 6)..<i].contains(where: { TriggerLexicon.framers.contains($0.key) }) { return false }
        // "displaced by the fighting", "during the clashes": a cause named in passing, not a new event
        if trigger.value == .clash && before[0] == "the" && ["by", "amid", "during", "of", "from"].contains(before[1]) { return false }
        // "has been fighting the SDF": an ongoing state, background; "now that fighting had reached the city": a reason
        if trigger.value == .clash && before[0] == "been" && ["has", "have", "had"].contains(before[1]) { return false }
        if before[0] == "that" && before[1] == "now" { return false }
        if before[0] == "to" || before[0] == "be" && before[1] == "to" {
            // "forcing government troops to retreat" is reported; "vowed to crush", "to regain" are not
            let forced = tokens[max(0, i - 6)..<i].contains { Self.forcingWords.contains($0.key) }
            if !forced { return false }
        }
        let word = tokens[i].key
        if Self.weakWords.contains(word) && trigger.tokens.count == 1 {
            let window = trigger.tokens.upperBound..<min(tokens.count, trigger.tokens.upperBound + 5)
            let placeAfter = reading.places.contains { window.contains($0.tokens.lowerBound) } || reading.refersBack(for: trigger.value)
            if word == "fell" { return placeAfter || reading.places.contains { $0.tokens.upperBound <= i } }
            if word == "met" { return isOfficial(reading, before: i) }
            if !placeAfter { return false }
        }
        switch trigger.value {
        case .visit: return isOfficial(reading, before: i)
        case .displacement:
            // "displaced families live" is an adjective; someone must flee: a figure, or civilians before the word
            if word == "displaced", i + 1 < tokens.count, FigureReader.people.contains(tokens[i + 1].key) { return false }
            return reading.figures.contains { $0.kind == .displaced }
                || reading.actors.contains { $0.actor.name == "Civilians" && $0.tokens.lowerBound < i }
        default: return true
        }
    }

    /// An official is the subject: a government actor or a title ("foreign minister", "president", "envoy").
    private func isOfficial(_ reading: SentenceReading, before i: Int) -> Bool {
        return reading.tokens[..<i].contains { Self.officialTitles.contains($0.stem) }
            || reading.actors.contains { $0.tokens.lowerBound < i && $0.actor.name.hasPrefix("Government of") }
    }

    /// A strike, raid or attack is an air strike, shelling or a clash by the words around it.
    private func resolvedAction(_ trigger: PhraseMatcher<Action>.Match, in reading: SentenceReading) -> Action {
        guard trigger.value == .strike else { return trigger.value }
        let tokens = reading.tokens
        if tokens.contains(where: { TriggerLexicon.groundFireWords.contains($0.stem) })
            && !tokens.contains(where: { TriggerLexicon.airWords.contains($0.stem) }) { return .shelling }
        return .airStrike
    }

    /// Token bounds of the clause of trigger `k`: from the previous trigger or clause word to the next one
    /// (with no `triggers`, from clause word to clause word around `around`).
    private func clauseBounds(of k: Int, among triggers: [PhraseMatcher<Action>.Match], in reading: SentenceReading,
                              around: Range<Int>? = nil) -> Range<Int> {
        let marks = reading.marks
        let trigger = around ?? triggers[k].tokens
        var lower = k > 0 && !triggers.isEmpty ? triggers[k - 1].tokens.upperBound : 0
        var i = trigger.lowerBound
        while i > lower {
            if marks[i].contains(.breakBefore) || marks[i - 1].contains(.clauseWord) { lower = max(lower, i); break }
            i -= 1
        }
        var upper = k + 1 < triggers.count && !triggers.isEmpty ? triggers[k + 1].tokens.lowerBound : reading.tokens.count
        for j in trigger.upperBound..<upper where !marks[j].isDisjoint(with: [.breakBefore, .clauseWord]) {
            upper = j
            break
        }
        return lower..<max(upper, trigger.upperBound)
    }
}
