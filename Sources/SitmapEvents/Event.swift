import SitmapGeometry
import SitmapReports

/// One real-world event, merged from every report that told it. Field names follow ACLED/UCDP
/// (see `../shared/docs/architecture.md`), so sitmap output mixes with those datasets.
public struct Event: Hashable, Sendable, Identifiable {
    /// Stable id derived from the event's content (same input, same id), e.g. "SYR-20241201-3f9a2c".
    public var id: String
    /// The day it happened.
    public var date: Day
    /// ACLED time precision: 1 the day is known, 2 only the week, 3 only the month.
    public var timePrecision: Int
    /// ACLED event type.
    public var eventType: EventType
    /// ACLED sub-event type (or sitmap's own for displacement).
    public var subEventType: SubEventType
    /// Canonical name of the main actor (`geodata/actors.tsv`), e.g. "Syrian government forces".
    public var actor1: String
    /// Canonical name of the other party, if any.
    public var actor2: String?
    /// Every actor named for this event, canonical names (actor1 and actor2 first).
    public var actors: [String]
    /// Where: the gazetteer place, its name and governorate.
    public var location: Location
    /// Fatalities: best estimate, lowest and highest figure reported, and who reported them.
    public var fatalities: Fatalities
    /// Civilians displaced, when the event is a displacement and a figure is given.
    public var displaced: Int?
    /// Report ids of every source, sorted.
    public var sources: [String]
    /// The evidence sentences, one per source sentence.
    public var notes: [String]
    /// What the event says about who holds the place (captures, withdrawals), if anything.
    public var controlClaim: ControlClaim?
    /// The days the event may have happened on, when the text gives a period rather than a day
    /// ("earlier this week", "since November 27", or no date at all: the week before publication);
    /// nil when the day is known. `date` lies within it.
    public var period: DateSpan? = nil
    /// The latest publication date among the sources: a revised figure from a later report wins.
    public var lastReported: Day? = nil

    public init(id: String, date: Day, timePrecision: Int, eventType: EventType, subEventType: SubEventType,
                actor1: String, actor2: String? = nil, actors: [String] = [], location: Location,
                fatalities: Fatalities = .init(), displaced: Int? = nil, sources: [String], notes: [String],
                controlClaim: ControlClaim? = nil) {
        self.id = id
        self.date = date
        self.timePrecision = timePrecision
        self.eventType = eventType
        self.subEventType = subEventType
        self.actor1 = actor1
        self.actor2 = actor2
        self.actors = actors.isEmpty ? [actor1] + (actor2.map { [$0] } ?? []) : actors
        self.location = location
        self.fatalities = fatalities
        self.displaced = displaced
        self.sources = sources
        self.notes = notes
        self.controlClaim = controlClaim
    }

    /// How many reports told it.
    public var sourceCount: Int { sources.count }
}

/// ACLED's event types, plus sitmap's displacement (ACLED has none).
public enum EventType: String, Hashable, Sendable, CaseIterable, Codable {
    case battles = "Battles"
    case explosionsRemoteViolence = "Explosions/Remote violence"
    case violenceAgainstCivilians = "Violence against civilians"
    case strategicDevelopments = "Strategic developments"
    case displacement = "Displacement"
}

/// ACLED's sub-event types that sitmap codes, plus its own displacement sub-type.
public enum SubEventType: String, Hashable, Sendable, CaseIterable, Codable {
    case armedClash = "Armed clash"
    case governmentRegainsTerritory = "Government regains territory"
    case nonStateActorOvertakesTerritory = "Non-state actor overtakes territory"
    case airDroneStrike = "Air/drone strike"
    case shellingArtilleryMissileAttack = "Shelling/artillery/missile attack"
    case attack = "Attack"
    case nonViolentTransferOfTerritory = "Non-violent transfer of territory"
    case headquartersOrBaseEstablished = "Headquarters or base established"
    case otherStrategicDevelopment = "Other"
    case civiliansDisplaced = "Civilians displaced"

    /// The ACLED event type this sub-event type belongs to.
    public var eventType: EventType {
        switch self {
        case .armedClash, .governmentRegainsTerritory, .nonStateActorOvertakesTerritory: return .battles
        case .airDroneStrike, .shellingArtilleryMissileAttack: return .explosionsRemoteViolence
        case .attack: return .violenceAgainstCivilians
        case .nonViolentTransferOfTerritory, .headquartersOrBaseEstablished, .otherStrategicDevelopment: return .strategicDevelopments
        case .civiliansDisplaced: return .displacement
        }
    }
}

/// Where an event happened.
public struct Location: Hashable, Sendable {
    /// Gazetteer id of the place, nil when no place could be resolved.
    public var placeID: String?
    /// The place's name as sitmap prints it ("Idlib", "Sheikh Najjar industrial city").
    public var name: String
    /// Governorate name ("Idlib Governorate"), empty when unknown.
    public var admin1: String
    /// Position of the place, nil when unresolved.
    public var coordinate: Coordinate?
    /// ACLED geo precision: 1 the place itself, 2 near it or part of it, 3 only the region.
    public var geoPrecision: Int

    public init(placeID: String?, name: String, admin1: String, coordinate: Coordinate?, geoPrecision: Int) {
        self.placeID = placeID
        self.name = name
        self.admin1 = admin1
        self.coordinate = coordinate
        self.geoPrecision = geoPrecision
    }
}

/// Reported fatalities: `best` is the figure sitmap reports, `low`/`high` the range across sources.
public struct Fatalities: Hashable, Sendable {
    public var best: Int?
    public var low: Int?
    public var high: Int?
    /// Who gave the figures (reporters such as "White Helmets"), canonical names, sorted.
    public var reportedBy: [String]
    /// Whether the figure is a running total over several days ("56 killed since November 27"),
    /// which never merges with a single strike's toll.
    public var isAggregate: Bool
    /// Whether `best` is a revised toll ("the toll rose to 16", "more than first reported"), which
    /// replaces the earlier figures of the same event rather than joining their range as the lowest.
    public var isRevision: Bool = false
    /// Whether `best` is a lower bound ("at least seven", "more than 14"): across sources the highest lower
    /// bound is the best estimate, as no source says fewer died.
    public var isLowerBound: Bool = false

    public init(best: Int? = nil, low: Int? = nil, high: Int? = nil, reportedBy: [String] = [], isAggregate: Bool = false) {
        self.best = best
        self.low = low
        self.high = high
        self.reportedBy = reportedBy
        self.isAggregate = isAggregate
    }
}

/// What an event claims about control of a place, for the control ledger.
public struct ControlClaim: Hashable, Sendable {
    /// How far the claim reaches.
    public enum Scope: String, Hashable, Sendable, Codable {
        /// The event's place (a town, a district, an airbase).
        case settlement
        /// Every settlement of the event's governorate ("seized all of Idlib province").
        case governorate
    }

    /// Whether the place is now held or only partly held.
    public enum Status: String, Hashable, Sendable, Codable {
        /// Taken whole ("captured the town").
        case held
        /// Partly taken or fought over ("large parts of the city", "entered the city").
        case contested
    }

    /// Who says so.
    public enum Confirmation: String, Hashable, Sendable, Codable {
        /// Only the side that gains says so ("insurgents claiming to have captured").
        case claimed
        /// The losing side, a monitor or several independent sources say so too.
        case confirmed
    }

    /// Side id (`geodata/sides.tsv`) that holds the place after the event.
    public var side: String
    /// Side id that held it before, when the text says.
    public var previousSide: String?
    public var scope: Scope
    public var status: Status
    public var confirmation: Confirmation

    public init(side: String, previousSide: String? = nil, scope: Scope = .settlement, status: Status = .held,
                confirmation: Confirmation = .claimed) {
        self.side = side
        self.previousSide = previousSide
        self.scope = scope
        self.status = status
        self.confirmation = confirmation
    }
}
