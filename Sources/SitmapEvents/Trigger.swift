import SitmapReports

/// What a trigger word says happened; the extractor turns it into an ACLED sub-event type.
enum Action: String, Hashable, Sendable, CaseIterable {
    /// An air or drone strike ("airstrikes", "warplanes struck").
    case airStrike
    /// Artillery, rockets, missiles ("shelling", "artillery pounded").
    case shelling
    /// A strike, raid or attack whose weapon the words around it decide.
    case strike
    /// A place taken whole ("captured", "seized", "took control of", "fell to").
    case capture
    /// A force entering a place it does not hold whole ("entered", "pushed into", "penetrated").
    case advance
    /// The government retaking a place ("recaptured", "regained control").
    case regain
    /// A force leaving a place ("withdrawal", "retreat", "redeployment", "pulled out").
    case withdrawal
    /// Fighting between two sides ("clashes", "fighting", "assault").
    case clash
    /// An official trip ("visited", "travelled to", "met ... in").
    case visit
    /// Civilians forced from their homes ("displaced", "fled", "exodus").
    case displacement

    /// Whether the action changes who holds a place.
    var changesControl: Bool { self == .capture || self == .advance || self == .regain || self == .withdrawal }
}

/// The trigger lexicon: phrases per action, in the words news reports use. One place for all of them, so the
/// coding of a sentence can be explained by pointing at the phrase that fired.
enum TriggerLexicon {
    static let phrases: [(phrase: String, value: Action)] = {
        var list: [(String, Action)] = []
        func add(_ action: Action, _ words: String) { list += words.split(separator: "|").map { (String($0), action) } }
        add(.airStrike, "airstrike|airstrikes|air strike|air strikes|air raid|air raids|air attack|air attacks|drone strike|drone strikes|"
            + "drone attack|drone attacks|aerial bombardment|barrel bomb|barrel bombs|bombing|bombings|bombed|warplanes struck|jets struck")
        add(.shelling, "shelling|shelled|shells landed|artillery fire|rocket attack|rocket attacks|mortar attack|mortar fire|missile attack|missile strike|missile strikes")
        add(.strike, "strike|strikes|struck|raid|raids|bombardment|pounded|pound|pounding|attacks on|attack on|hit")
        add(.capture, "captured|capture|capturing|captures|seized|seize|seizing|seizes|took control of|taken control of|take control of|taking control of|"
            + "gained control of|gaining control of|seized control of|took|taken|take|overran|overrun|fell to|fell|stormed|gaining territory|"
            + "took over|taken over|established control|establishing control")
        add(.advance, "entered|entering|entry into|pushed into|pushing into|poured into|penetrated|penetrated into|swept into|advanced into|"
            + "advance into|advancing into|moved into|moving into|broke into|taking positions|took positions|moved through|patrolling|made significant advances into|advances into")
        add(.regain, "recaptured|recapture|recapturing|retook|retaken|retake|regained|regain|regaining|reclaimed|regained control|regaining control")
        add(.withdrawal, "withdrawal|withdrew|withdrawn|withdraw|withdrawing|pulled out|pull-out|pullout|pulled back|pull back|pulling back|"
            + "retreat|retreated|retreating|redeployment|redeploy|redeployed|redeploying|evacuated their positions")
        add(.clash, "clashes|clashed|clash|fighting|fought|battles|battled|battling|assault on|assaults on|firefight|gun battle|heavy fighting")
        add(.visit, "visited|visiting|visit to|visits|arrived in|travelled to|traveled to|met|held talks")
        add(.displacement, "displaced|uprooted|exodus|flee|fled|fleeing|evacuated|forced from their homes|forced to leave")
        return list
    }()

    static let matcher = PhraseMatcher(phrases)

    /// Words just before a trigger that make it not a report of something that happened ("would retake", "no fighting").
    static let blockers: WordSet = ["would", "will", "could", "might", "may", "can", "should", "must", "not", "never", "no",
                                    "without", "counter", "any"]
    /// Words a little before a trigger that make it feared or planned ("feared a repeat of the devastating bombings").
    static let framers: WordSet = ["repeat", "fear", "fears", "feared", "threat", "threatens", "threatened", "risk", "risks",
                                   "prevent", "hoping", "hope", "plans", "plan", "prepare", "preparing", "vowed", "vows",
                                   "response", "retaliation", "months", "concerned"]
    /// Words that make a whole sentence a denial or a position, not an event ("deny targeting civilians").
    static let denials: WordSet = ["deny", "denies", "denied", "denying"]
    /// Words of air and of ground weapons, deciding what a plain "strike" or "attack" was.
    static let airWords: WordSet = ["jets", "warplanes", "aircraft", "air", "airstrikes", "airstrike", "helicopter", "helicopters",
                                    "drone", "drones", "aerial", "planes", "warplane", "bombers", "raids"]
    static let groundFireWords: WordSet = ["artillery", "shells", "shelling", "mortar", "mortars", "rocket", "rockets", "missile", "missiles", "tank"]
    /// Words that end a clause: a trigger looks for its place and actors within its clause.
    static let clauseBreaks: WordSet = ["while", "after", "as", "amid", "amidst", "when", "whereas", "but", "despite", "following",
                                        "before", "however", "meanwhile", "which", "who", "where"]
}
