import Foundation
import SitmapGazetteer
import SitmapReports

/// A party or a reporter of `geodata/actors.tsv`.
///
/// A class: every mention of an actor in every sentence refers to its row of the table, and passing one
/// reference costs less than copying three strings. Two actors are equal when their canonical names are.
public final class Actor: Hashable, Sendable {
    /// What the actor is to an event.
    public enum Role: String, Hashable, Sendable {
        /// A party to events (a force, a government, civilians).
        case actor
        /// A monitor, rescue group or outlet that reports figures: a source, never a party.
        case reporter
    }

    /// Canonical name ("Syrian government forces").
    public let name: String
    /// Side id of `geodata/sides.tsv` ("government", "hts"), nil for actors outside the control sides.
    public let side: String?
    public let role: Role
    /// ACLED's name for it, when ACLED has one.
    public let acledName: String?

    public init(name: String, side: String?, role: Role, acledName: String?) {
        self.name = name
        self.side = side
        self.role = role
        self.acledName = acledName
    }

    public static func == (a: Actor, b: Actor) -> Bool { a === b || a.name == b.name }

    public func hash(into hasher: inout Hasher) { hasher.combine(name) }
}

/// An actor named in a sentence.
struct ActorMention: Hashable, Sendable {
    /// Token indices of the words naming it.
    let tokens: Range<Int>
    let actor: Actor
}

/// The actors of `geodata/actors.tsv` and their aliases, matched longest first.
public struct ActorTable: Sendable {
    /// Every actor, in table order.
    public let actors: [Actor]
    private let byName: [String: Actor]
    private let matcher: PhraseMatcher<Int>

    /// The table shipped in `geodata/actors.tsv`.
    public static func bundled() throws -> ActorTable {
        try ActorTable(contentsOf: try Geodata.file("actors.tsv"))
    }

    /// Reads a table with the columns `actor side role acled_name aliases` (aliases separated by `|`).
    public init(contentsOf url: URL) throws {
        let text = try String(contentsOf: url, encoding: .utf8)
        var actors: [Actor] = []
        var aliases: [(phrase: String, value: Int)] = []
        for (number, line) in text.split(separator: "\n").enumerated() where number > 0 && !line.hasPrefix("#") {
            let fields = line.split(separator: "\t", omittingEmptySubsequences: false).map(String.init)
            guard fields.count >= 5, !fields[0].isEmpty else {
                throw ReportProblem(file: url.lastPathComponent, line: number + 1, message: "expected actor<TAB>side<TAB>role<TAB>acled_name<TAB>aliases")
            }
            let actor = Actor(name: fields[0], side: fields[1].isEmpty ? nil : fields[1],
                              role: fields[2] == "reporter" ? .reporter : .actor, acledName: fields[3].isEmpty ? nil : fields[3])
            aliases.append((fields[0], actors.count))
            aliases += fields[4].split(separator: "|").map { (String($0), actors.count) }
            actors.append(actor)
        }
        self.init(actors: actors, aliases: aliases)
    }

    /// A table from actors and `(alias, index into actors)` pairs.
    public init(actors: [Actor], aliases: [(phrase: String, value: Int)]) {
        self.actors = actors
        byName = Dictionary(actors.map { ($0.name, $0) }, uniquingKeysWith: { first, _ in first })
        matcher = PhraseMatcher(aliases)
    }

    /// Side id of an actor by canonical name ("Turkey-backed factions" → "sna").
    public func side(ofActor name: String) -> String? { byName[name]?.side }

    /// The actor with that canonical name.
    public func actor(named name: String) -> Actor? { byName[name] }

    /// Every actor named in `tokens`, longest alias first. A shared noun counts for both adjectives:
    /// in "Syrian and Russian warplanes" the alias "russian warplanes" also yields "syrian warplanes".
    func mentions(in tokens: [Token]) -> [ActorMention] {
        let matches = matcher.matches(in: tokens)
        guard !matches.isEmpty else { return [] }
        var found: [ActorMention] = []
        found.reserveCapacity(matches.count + 1)
        for match in matches {
            let i = match.tokens.lowerBound
            if match.tokens.count >= 2, i >= 2, tokens[i - 1].key == "and" || tokens[i - 1].key == "or",
               !found.contains(where: { $0.tokens.contains(i - 2) }) {
                // "A and B noun": try "A noun"
                let shared = [tokens[i - 2]] + tokens[(i + 1)..<match.tokens.upperBound]
                if let other = matcher.match(in: shared, at: 0), other.tokens.count == shared.count {
                    found.append(ActorMention(tokens: (i - 2)..<(i - 1), actor: actors[other.value]))
                }
            }
            found.append(ActorMention(tokens: match.tokens, actor: actors[match.value]))
        }
        return found
    }
}
