import ArgumentParser
import Foundation
import SitmapGazetteer
import SitmapTestSupport

/// `sitmap-bench gazetteer`: gazetteer load time and the speed of finding mentions in report text.
struct GazetteerBench: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "gazetteer",
        abstract: "Gazetteer load time and mentions found per second over synthetic reports.",
        discussion: """
            Composes many short reports from news wording and the gazetteer's own place names (Syrian \
            places in their various spellings, governorates with "province" or "countryside", countries, \
            foreign cities), then runs mentions(in:) over each on one core.
            """)

    @Option(help: "Megabytes of report text to search.")
    var megabytes = 64

    @Option(help: "Seed of the text generator (the same seed gives the same corpus).")
    var seed: UInt64 = 2024

    @Option(help: "Reports on which to time resolvedMentions(in:) as well (0 for none).")
    var resolving = 2_000

    func run() throws {
        var clock = ContinuousClock.now
        let gazetteer = try Gazetteer.bundled(dataFolder: nil)
        print(String(format: "load: %d places in %.3f s", gazetteer.places.count, seconds(since: clock)))

        clock = .now
        var composer = ReportComposer(gazetteer: gazetteer, seed: seed)
        var reports: [String] = []
        var bytes = 0
        while bytes < megabytes << 20 {
            let report = composer.report()
            bytes += report.utf8.count
            reports.append(report)
        }
        print(String(format: "corpus: %d reports, %.1f MB, composed in %.2f s", reports.count, Double(bytes) / 1_048_576,
                     seconds(since: clock)))

        clock = .now
        let cpu = threadCPUSeconds()
        var mentions = 0
        for report in reports { mentions += gazetteer.mentions(in: report).count }
        let elapsed = seconds(since: clock), busy = threadCPUSeconds() - cpu
        let megabytes = Double(bytes) / 1_048_576
        print(String(format: "mentions(in:): %d mentions in %.2f s (%.2f s of CPU on one thread): %.1f MB/s, %.0f mentions/s; "
                     + "by CPU time %.1f MB/s, %.0f mentions/s",
                     mentions, elapsed, busy, megabytes / elapsed, Double(mentions) / elapsed, megabytes / busy, Double(mentions) / busy))

        guard resolving > 0 else { return }
        clock = .now
        var resolved = 0
        for report in reports.prefix(resolving) { resolved += gazetteer.resolvedMentions(in: report).count }
        let elapsedResolving = seconds(since: clock)
        print(String(format: "resolvedMentions(in:) on %d reports: %d mentions resolved in %.2f s, %.0f mentions/s",
                     min(resolving, reports.count), resolved, elapsedResolving, Double(resolved) / elapsedResolving))
    }

    /// CPU time of this thread: the machine may be shared, and wall time then overstates the cost.
    private func threadCPUSeconds() -> Double {
        var time = timespec()
        clock_gettime(CLOCK_THREAD_CPUTIME_ID, &time)
        return Double(time.tv_sec) + Double(time.tv_nsec) * 1e-9
    }

}

/// Writes synthetic war reports: a headline and paragraphs of sentences composed from news wording and
/// names drawn from the gazetteer, deterministic for a seed (SplitMix64).
struct ReportComposer {
    private var random: SplitMix64
    private let syrian: [String]
    private let regions: [String]
    private let elsewhere: [String]

    init(gazetteer: Gazetteer, seed: UInt64) {
        random = SplitMix64(state: seed)
        let latin = { (name: String) in name.unicodeScalars.allSatisfy { $0.value < 0x250 } && name.first?.isUppercase == true }
        syrian = gazetteer.places.filter { $0.countryCode == "SY" && $0.isSettlement }
            .flatMap { [$0.name, $0.asciiName] + $0.alternateNames.filter(latin).prefix(3) }
        regions = gazetteer.places.filter { $0.countryCode == "SY" && $0.isFirstOrderDivision }
            .map { $0.name.replacingOccurrences(of: " Governorate", with: "") }
        elsewhere = gazetteer.places.filter { $0.isCountry || $0.featureCode == "PPLC" || $0.population > 500_000 }.map(\.name)
    }

    private mutating func next() -> UInt64 { random.next() }

    private mutating func pick<T>(_ items: [T]) -> T { items[Int(next() % UInt64(items.count))] }

    private static let days = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"]
    private static let actors = ["government forces", "opposition fighters", "Russian warplanes", "Turkish-backed factions",
                                 "Kurdish-led fighters", "pro-government militias", "insurgents", "the Syrian army"]
    private static let verbs = ["shelled", "captured", "advanced on", "withdrew from", "struck", "besieged", "recaptured",
                                "launched drone attacks on"]
    private static let directions = ["northern", "southern", "eastern", "western"]

    /// One sentence of ordinary news wording around one to three place names.
    private mutating func sentence() -> String {
        let place = pick(syrian), other = pick(syrian), region = pick(regions)
        let day = pick(ReportComposer.days), actor = pick(ReportComposer.actors), verb = pick(ReportComposer.verbs)
        let figure = Int(next() % 40) + 2
        switch next() % 15 {
        case 0: return "On \(day), \(actor) \(verb) \(place) in \(region) province, according to local sources."
        case 1: return "At least \(figure) civilians were killed when \(actor) \(verb) the town of \(place) near \(other)."
        case 2: return "Residents of \(place) said the road to \(other) had been cut since \(day) morning."
        case 3: return "The fighting in \(region)'s \(pick(ReportComposer.directions)) countryside displaced thousands of families."
        case 4: return "Officials in \(pick(elsewhere)) and \(pick(elsewhere)) called for a ceasefire as \(actor) \(verb) \(place)."
        case 5: return "A monitoring group said \(figure) fighters died in clashes around \(place) and \(other) on \(day)."
        case 6: return "Witnesses described long queues of vehicles heading south, away from the front line."
        case 7: return "Aid agencies warned that hospitals in \(place) were running out of fuel and medicine."
        case 8: return "\(actor.prefix(1).uppercased() + actor.dropFirst()) said they had taken \(figure) villages, a claim that could not be verified."
        case 9: return "Prices of bread and fuel have risen sharply in recent weeks, residents told reporters by telephone."
        case 10: return "The ministry did not respond to a request for comment on the figures."
        case 11: return "Rescue workers were still searching the rubble for survivors late in the evening, a spokesman said."
        case 12: return "Analysts said the offensive was the most significant shift in the front lines in several years."
        case 13: return "Schools were closed and many families sheltered in basements during the bombardment."
        default: return "The United Nations said \(figure),000 people had been displaced since \(day), most of them women and children."
        }
    }

    /// A report of about three kilobytes.
    mutating func report() -> String {
        var text = "\(pick(ReportComposer.actors).capitalized) Press Offensive Near \(pick(syrian))\n\n"
        while text.utf8.count < 3_000 {
            for _ in 0..<4 { text += sentence() + " " }
            text += "\n\n"
        }
        return text
    }
}
