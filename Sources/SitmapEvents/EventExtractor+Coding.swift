import SitmapGazetteer
import SitmapReports

extension EventExtractor {
    /// A place chosen for an event, and how precisely the text gives it.
    struct Placement {
        let place: Place
        let geoPrecision: Int
        let isWhole: Bool
    }

    /// A trigger with what the sentence around it decides.
    struct TriggerContext {
        let trigger: PhraseMatcher<Action>.Match
        let action: Action
        /// Tokens of its clause: up to the neighbouring triggers and clause words.
        let clause: Range<Int>
        /// Tokens between the clause words around it, across other triggers: where its date may stand.
        let sentenceClause: Range<Int>
        /// No event of the sentence came before: this one takes the sentence's figures outside other clauses.
        let isFirst: Bool
        /// The subject of a trigger it is coordinated with ("capturing X and taking Y").
        let sharedAgents: [Actor]?
    }

    /// Adds to `state.events` the events of one trigger: one per place (a capture may list several), coded with
    /// ACLED's types, except those of a kind and place the sentence already has (`made`). Returns whether the
    /// trigger made any (added or not); the agents found, for a trigger coordinated with it; and the parties of
    /// the events, for sentences after it.
    func addEvents(for context: TriggerContext, reading: SentenceReading, made: inout [(action: Action, place: String)],
                   state: inout ReportState) -> (made: Bool, agents: [Actor], parties: [Actor]) {
        let (trigger, action, clause, isFirst) = (context.trigger, context.action, context.clause, context.isFirst)
        let placements = placements(for: trigger, action: action, clause: clause, reading: reading, state: state)
        guard !placements.isEmpty else { return (false, [], []) }
        let report = state.report
        let tokens = reading.tokens

        // when: the date phrase nearest the trigger in its clause, else in the sentence, else the week before publication
        func near(_ mention: DateMention) -> Int { abs(mention.tokens.lowerBound - trigger.tokens.lowerBound) }
        // in one pass over the dates: the first date after the trigger in its clause ("travelled to Ankara on
        // Monday"), the nearest in its clause, the nearest in its sentence clause (the first of equally near ones)
        var firstAfter: DateMention?, nearestOwn: DateMention?, nearestInClause: DateMention?
        var historyInClause = false
        for mention in reading.dates {
            let start = mention.tokens.lowerBound
            guard mention.kind != .history else {
                historyInClause = historyInClause || clause.contains(start)
                continue
            }
            if clause.contains(start) {
                if firstAfter == nil && start >= trigger.tokens.upperBound { firstAfter = mention }
                if nearestOwn.map({ near(mention) < near($0) }) ?? true { nearestOwn = mention }
            }
            if context.sentenceClause.contains(start), nearestInClause.map({ near(mention) < near($0) }) ?? true {
                nearestInClause = mention
            }
        }
        let dateMention = firstAfter ?? nearestOwn ?? nearestInClause
        // "since government troops recaptured it eight years ago": history of its own clause
        if nearestOwn == nil && historyInClause { return (false, [], []) }
        let span: DateSpan
        var day: Day
        if let dateMention {
            span = dateMention.kind == .since ? DateSpan(first: dateMention.span.first, last: report.published, precision: 2) : dateMention.span
            day = span.last
        } else {
            span = DateSpan(first: report.published.adding(days: -6), last: report.published, precision: 2)
            day = state.paragraphDay.flatMap { span.first <= $0 && $0 <= span.last ? $0 : nil } ?? report.published
        }
        day = min(day, report.published)

        // who: the parties nearest before the trigger in its clause (one side), else after it; reporters give figures
        // local functions, not closure values: passed where a closure is asked, they capture without allocating
        let (marks, text) = (reading.marks, reading.sentence.text)
        func isParty(_ m: ActorMention) -> Bool {
            m.actor.role == .actor && m.actor.name != "Civilians" && !marks[m.tokens.lowerBound].contains(.aside)
        }
        let remote = action == .airStrike || action == .strike || action == .shelling
        // "the rebel-held town": a target, never the attacker of a strike
        func names(_ m: ActorMention) -> Bool {
            let last = tokens[m.tokens.upperBound - 1]
            return !remote || !last.isHyphenated || !Self.heldWords.contains(Tokenizer.partKeys(of: last, in: text).last!)
        }
        func isEarlier(_ m: ActorMention) -> Bool { m.tokens.upperBound <= trigger.tokens.lowerBound && isParty(m) }
        func isLater(_ m: ActorMention) -> Bool { m.tokens.lowerBound >= trigger.tokens.upperBound && isParty(m) }
        func isBefore(_ m: ActorMention) -> Bool { isEarlier(m) && clause.contains(m.tokens.lowerBound) && names(m) }
        var agents: [Actor]
        if remote && !reading.actors.contains(where: isBefore) {
            // after a strike, only "by X" names the attacker: "the rebel-controlled city" names the target
            agents = oneSide(reading.actors) { m in
                isLater(m) && clause.contains(m.tokens.lowerBound) && m.tokens.lowerBound > 0 && tokens[m.tokens.lowerBound - 1].key == "by"
            }
        } else {
            agents = oneSide(reading.actors.reversed(), where: isBefore)
        }
        if action == .visit {
            // the visitor is the official named first ("Iran's Foreign Minister Abbas Araghchi, who met Assad")
            agents = oneSide(reading.actors, where: isEarlier)
        }
        if let shared = context.sharedAgents, !shared.isEmpty { agents = shared }
        if agents.isEmpty && !remote {
            // the nearest party before the trigger anywhere in the sentence; else, for "they took", the last
            // event's; else the first party after it
            agents = oneSide(reading.actors.reversed(), where: isEarlier)
            if agents.isEmpty { agents = state.lastAgents[action] ?? [] }
            if agents.isEmpty { agents = oneSide(reading.actors, where: isLater) }
        }
        if agents.isEmpty { agents = state.lastAgents[action] ?? state.lastAgents[family(action)] ?? [] }
        if agents.isEmpty && remote {
            agents = state.headline.actors.map(\.actor).filter { $0.role == .actor && $0.side == "government" }
        }
        if action == .displacement { agents = [actorTable.actor(named: "Civilians")].compactMap { $0 } }

        // figures of the clause; the first violent trigger also takes the sentence's unclaimed ones
        let aggregate = isAggregate(reading, since: dateMention)
        let deaths = reading.figures.first { $0.kind == .deaths && (isFirst || clause.contains($0.token)) }
        let displaced = reading.figures.first { $0.kind == .displaced && (isFirst || clause.contains($0.token)) }
        if action == .displacement && displaced == nil && aggregate { return (false, [], []) }

        // the parties, the sub-event type and the figures are the same at every place
        let sub = subEventType(action, gaining: agents.first { $0.side != nil })
        var actors = action == .displacement ? agents : agents.filter { $0.name != "Civilians" }
        let victims = secondParty(for: action, agents: agents, clause: clause, trigger: trigger, reading: reading, state: state)
        actors += victims.filter { v in !actors.contains(v) }
        guard let actor1 = actors.first else { return (false, agents, []) }
        let parties = actors.count < 2 ? actors : unique(actors)
        let actorNames = parties.map(\.name)
        var fatalities = Fatalities(best: deaths?.best, low: deaths?.low, high: deaths?.high,
                                    reportedBy: deaths == nil && displaced == nil ? [] : reporters(in: reading), isAggregate: aggregate)
        fatalities.isRevision = deaths?.isRevision ?? false
        fatalities.isLowerBound = deaths?.isLowerBound ?? false

        for placement in placements {
            var location = locationOf(placement, state: &state)
            if aggregate && span.length > 1 {
                // a running toll over several days counts the dead of a region, not of the place named with it
                location = locationOf(Placement(place: gazetteer.governorate(of: placement.place) ?? placement.place, geoPrecision: 3,
                                                isWhole: false), state: &state)
                location.geoPrecision = 3
            }
            // one event per kind and place in a sentence
            let key = (action: family(action), place: location.placeID ?? "")
            if made.contains(where: { $0.action == key.action && $0.place == key.place }) { continue }
            made.append(key)
            // made in place in the report's list: an event is never copied
            state.events.append(Event(id: "", date: day, timePrecision: span.precision, eventType: sub.eventType, subEventType: sub,
                                      actor1: actor1.name, actor2: actors.dropFirst().first?.name, actors: actorNames,
                                      location: location, fatalities: fatalities,
                                      displaced: action == .displacement ? displaced?.best : nil,
                                      sources: [report.id], notes: [reading.sentence.text],
                                      controlClaim: controlClaim(action, agents: agents, victims: victims, placement: placement,
                                                                 clause: clause, reading: reading)))
            let index = state.events.count - 1
            if dateMention == nil || span.length > 1 { state.events[index].period = span }
            state.events[index].lastReported = report.published
            state.events[index].id = EventIdentity.id(of: state.events[index])
        }
        return (true, agents, parties)
    }

    /// Of the mentions `isCandidate` accepts, the first one's actor and the others of its side, in order (nearest
    /// first when given so).
    func oneSide<Mentions: Sequence<ActorMention>>(_ mentions: Mentions, where isCandidate: (ActorMention) -> Bool) -> [Actor] {
        var side: [Actor] = []
        for mention in mentions where isCandidate(mention)
            && (side.isEmpty || mention.actor.side == side[0].side && !side.contains(mention.actor)) {
            side.append(mention.actor)
        }
        return side
    }

    /// Who gave the sentence's figures: its reporters' canonical names, sorted.
    func reporters(in reading: SentenceReading) -> [String] {
        unique(reading.actors.lazy.filter { $0.actor.role == .reporter }.map(\.actor.name)).sorted()
    }

    /// ACLED sub-event type of an action: who gains decides between a non-state actor overtaking territory
    /// and the government regaining it.
    func subEventType(_ action: Action, gaining: Actor?) -> SubEventType {
        switch action {
        case .airStrike, .strike: return .airDroneStrike
        case .shelling: return .shellingArtilleryMissileAttack
        case .capture, .advance, .regain:
            return gaining?.side == "government" ? .governmentRegainsTerritory : .nonStateActorOvertakesTerritory
        case .withdrawal: return .nonViolentTransferOfTerritory
        case .clash: return .armedClash
        case .visit: return .otherStrategicDevelopment
        case .displacement: return .civiliansDisplaced
        }
    }

    /// The other party: who lost the place ("from Kurdish-led forces"), who took it when a force withdrew,
    /// whose area was struck ("rebel-held"), or civilians when the dead were civilians.
    func secondParty(for action: Action, agents: [Actor], clause: Range<Int>, trigger: PhraseMatcher<Action>.Match,
                     reading: SentenceReading, state: borrowing ReportState) -> [Actor] {
        // a party of a side none of the agents is on
        func isOtherSide(_ actor: Actor) -> Bool { actor.side == nil || !agents.contains { $0.side == actor.side } }
        let marks = reading.marks
        let mentions = reading.actors.lazy.filter { !marks[$0.tokens.lowerBound].contains(.aside) }
        switch action {
        case .withdrawal:
            // the other side nearest the withdrawal took over ("rebels spread across the city after the army's pull-out")
            func distance(_ m: ActorMention) -> Int { abs(m.tokens.lowerBound - trigger.tokens.lowerBound) }
            func isTaker(_ actor: Actor) -> Bool { actor.role == .actor && actor.side != nil && isOtherSide(actor) }
            let nearest = mentions.filter { isTaker($0.actor) }.min { distance($0) < distance($1) }
            if let taker = nearest?.actor { return [taker] }
            let earlier = state.placed?.actors.first { isTaker($0.actor) } ?? state.headline.actors.first { isTaker($0.actor) }
            return earlier.map { [$0.actor] } ?? []
        case .displacement, .visit:
            return []
        default:
            // "captured Tal Rifaat from Kurdish-led forces": who lost it comes first, then the other parties (two at most)
            var victims: [Actor] = []
            for m in mentions where m.tokens.lowerBound >= trigger.tokens.upperBound && m.actor.role == .actor
                && reading.tokens[max(0, m.tokens.lowerBound - 2)..<m.tokens.lowerBound].contains(where: { $0.key == "from" }) {
                victims.append(m.actor)
                if victims.count == 2 { return victims }
            }
            let from = victims
            for m in mentions where m.actor.role == .actor && !agents.contains(m.actor) && isOtherSide(m.actor) && !from.contains(m.actor) {
                victims.append(m.actor)
                if victims.count == 2 { break }
            }
            return victims
        }
    }

    /// What a capture, advance or withdrawal says about who holds the place.
    func controlClaim(_ action: Action, agents: [Actor], victims: [Actor], placement: Placement, clause: Range<Int>,
                      reading: SentenceReading) -> ControlClaim? {
        guard action.changesControl else { return nil }
        let gainer = action == .withdrawal ? victims.first : agents.first { $0.side != nil }
        let loser = action == .withdrawal ? agents.first { $0.side != nil } : victims.first { $0.side != nil }
        guard let side = gainer?.side else { return nil }
        let (partialWords, acknowledgingWords) = (Self.partialWords, Self.acknowledgingWords)
        let partial = reading.tokens[clause].contains { partialWords.contains($0.stem) }
        let status: ControlClaim.Status = action == .advance || partial ? .contested : .held
        let confirmed = action == .withdrawal || reading.tokens.contains { acknowledgingWords.contains($0.key) }
            || reading.actors.contains { Self.monitors.contains($0.actor.name) }
        return ControlClaim(side: side, previousSide: loser?.side == side ? nil : loser?.side,
                            scope: placement.isWhole && placement.place.isFirstOrderDivision ? .governorate : .settlement,
                            status: status, confirmation: confirmed ? .confirmed : .claimed)
    }

    /// The event's location fields for a placement.
    func locationOf(_ placement: Placement, state: inout ReportState) -> Location {
        let place = placement.place
        let admin1: String
        if place.isFirstOrderDivision {
            admin1 = place.asciiName
        } else if let known = state.governorateNames.first(where: { $0.admin1Code == place.admin1Code && $0.countryCode == place.countryCode }) {
            admin1 = known.name
        } else {
            admin1 = gazetteer.governorate(of: place)?.asciiName ?? ""
            state.governorateNames.append((place.countryCode, place.admin1Code, admin1))
        }
        let name = place.asciiName.isEmpty ? place.name : place.asciiName
        return Location(placeID: place.id, name: name, admin1: admin1, coordinate: place.coordinate,
                        geoPrecision: place.isFirstOrderDivision ? 3 : placement.geoPrecision)
    }

    /// A figure in a sentence without a trigger belongs to the previous event of the paragraph, if it has none.
    func attachFigures(of reading: SentenceReading, to state: inout ReportState) {
        guard let index = state.lastEventOfParagraph, let figure = reading.figures.first(where: { $0.kind == .deaths }) else { return }
        // only a strike's or a clash's own toll: not a running total ("301 killed in the recent fighting")
        let type = state.events[index].subEventType
        guard state.events[index].fatalities.best == nil,
              type == .airDroneStrike || type == .shellingArtilleryMissileAttack || type == .armedClash,
              !isAggregate(reading, since: nil) else { return }
        // edited in place: the event is not copied
        state.events[index].fatalities.best = figure.best
        state.events[index].fatalities.low = figure.low
        state.events[index].fatalities.high = figure.high
        state.events[index].fatalities.isRevision = figure.isRevision
        state.events[index].fatalities.isLowerBound = figure.isLowerBound
        state.events[index].fatalities.reportedBy = reporters(in: reading)
        state.events[index].notes.append(reading.sentence.text)
        state.events[index].id = EventIdentity.id(of: state.events[index])
    }

    /// Whether the sentence's figure is a running total: "since November 27", "the total", "in the recent fighting".
    func isAggregate(_ reading: SentenceReading, since date: DateMention?) -> Bool {
        let (tokens, totalWords) = (reading.tokens, Self.totalWords)
        return date?.kind == .since || reading.dates.contains { $0.kind == .since } || tokens.indices.contains { i in
            totalWords.contains(tokens[i].key) || tokens[i].key == "recent" && i + 1 < tokens.count && tokens[i + 1].key == "fighting"
        }
    }

    /// Last parts of a hyphenated word that make the actor named before it a target ("rebel-held town").
    static let heldWords: WordSet = ["held", "controlled"]
    static let totalWords: WordSet = ["total", "overall", "cumulative", "tally"]
    static let partialWords: WordSet = ["parts", "part", "portions", "much", "areas", "positions", "neighbourhoods", "neighborhoods",
                                        "districts", "streets", "intersections", "most"]
    static let acknowledgingWords: WordSet = ["acknowledged", "acknowledges", "confirmed", "confirms", "admission", "admitted", "conceded"]
    /// Reporters whose word on a change of control confirms it (canonical names).
    static let monitors: Set<String> = ["Syrian Observatory for Human Rights", "Syrian state media", "Syrian military sources"]

    /// The items without repeats, in order (a linear search: the lists here hold a few actors).
    func unique<Items: Sequence>(_ items: Items) -> [Items.Element] where Items.Element: Equatable {
        var kept: [Items.Element] = []
        for item in items where !kept.contains(item) { kept.append(item) }
        return kept
    }
}
