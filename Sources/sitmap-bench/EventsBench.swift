import ArgumentParser
import Foundation
import SitmapEvents
import SitmapExport
import SitmapGazetteer
import SitmapReports

/// `sitmap-bench events`: reports per second through reading, cleaning, extraction and merging, on a synthetic
/// corpus made from the sentences of the bundled sample reports.
struct EventsBench: ParsableCommand {
    static let configuration = CommandConfiguration(commandName: "events",
                                                    abstract: "Event extraction and merging figures on a synthetic corpus of ~4 KB reports.")

    @Option(help: "Reports in the synthetic corpus.") var reports = 20_000
    @Option(help: "Bytes of text per report, about.") var bytes = 4_096
    @Option(help: "Also write the corpus as a JSON-lines feed here and time reading it back.") var feed: String?
    @Option(help: "Write every candidate and merged event here, one per line, to compare two builds.") var dump: String?

    func run() throws {
        let gazetteer = try Gazetteer.bundled()
        let actors = try ActorTable.bundled()
        let corpus = try syntheticCorpus()
        let megabytes = Double(corpus.reduce(0) { $0 + $1.text.utf8.count }) / 1_048_576
        print(String(format: "corpus: %d reports, %.1f MB, from %d sample sentences", corpus.count, megabytes, try sampleSentences().count))

        var reading: Double?
        if let feed {
            let url = URL(fileURLWithPath: feed)
            try writeFeed(corpus, to: url)
            let clock = ContinuousClock.now
            let read = ReportReader.read([url])
            let elapsed = seconds(since: clock)
            reading = elapsed
            print(String(format: "read JSON lines: %.0f reports/s (%d read, %d problems)", Double(read.reports.count) / elapsed,
                         read.reports.count, read.problems.count))
        }

        let sample = Array(corpus.prefix(500))
        var clock = ContinuousClock.now
        let cleaned = sample.map(ReportCleaner.clean)
        let sentences = cleaned.flatMap { $0.sentences.map(\.text) }
        stage("clean and split", clock, sample.count)
        clock = .now
        for sentence in sentences { _ = Tokenizer.tokens(in: sentence) }
        stage("tokenize", clock, sample.count)
        clock = .now
        // as the extractor resolves them: one resolver per report, rankings shared across reports
        let context = ResolutionContext(focusCountryCode: "SY")
        let rankings = RankingCache(gazetteer: gazetteer, context: context)
        for report in cleaned {
            var resolver = MentionResolver(gazetteer: gazetteer, context: context, shared: rankings)
            for sentence in report.sentences { _ = resolver.resolvedMentions(in: sentence.text) }
        }
        stage("place mentions, every sentence", clock, sample.count)

        let extractor = EventExtractor(gazetteer: gazetteer, actors: actors)
        clock = ContinuousClock.now
        var candidates: [Event] = []
        candidates.reserveCapacity(corpus.count * 8)
        for report in corpus { candidates += extractor.candidates(in: report) }
        let extraction = seconds(since: clock)
        print(String(format: "extract (one core): %.0f reports/s, %.1f MB/s, %d candidate events", Double(corpus.count) / extraction,
                     megabytes / extraction, candidates.count))

        clock = .now
        let merged = EventMerger.merge(candidates)
        let merging = seconds(since: clock)
        print(String(format: "merge: %.2f s for %d candidates → %d events", merging, candidates.count, merged.count))
        if let reading {
            print(String(format: "read + clean + extract (one core): %.0f reports/s (goal: 5,000)", Double(corpus.count) / (reading + extraction)))
        }
        print(String(format: "end to end, with merging: %.0f reports/s", Double(corpus.count) / ((reading ?? 0) + extraction + merging)))
        if let dump {
            let lines = candidates.map { "candidate \($0)" } + merged.map { "merged \($0)" }
            try Data((lines.joined(separator: "\n") + "\n").utf8).write(to: URL(fileURLWithPath: dump))
        }
    }

    /// The cleaned sentences of `samples/reports`, headlines apart.
    private func sampleSentences() throws -> [String] {
        let (samples, _) = ReportReader.read([try ReportedEvents.bundledSamples()])
        return samples.flatMap { ReportCleaner.clean($0).sentences.map(\.text) }
    }

    /// Reports of about `bytes` each, made of sample sentences in a deterministic shuffle, published over
    /// two weeks, each with a dateline and an "Also Read" line as scraped pages have.
    private func syntheticCorpus() throws -> [Report] {
        let sentences = try sampleSentences()
        var state: UInt64 = 0x9E37_79B9_7F4A_7C15
        func next() -> Int {
            state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
            return Int(truncatingIfNeeded: state >> 33)
        }
        let start = Day(iso: "2024-11-25")!
        return (0..<reports).map { i in
            var text = "BEIRUT: "
            var paragraph = 0
            while text.utf8.count < bytes {
                text += sentences[next() % sentences.count]
                paragraph += 1
                text += paragraph % 3 == 0 ? "\n\n" : " "
            }
            text += "\n\nAlso Read | Storm warnings raised along the coast\n"
            return Report(id: String(format: "synthetic-%06d", i), published: start.adding(days: i % 14),
                          title: "Synthetic report \(i)", text: text, file: "synthetic")
        }
    }

    private func writeFeed(_ corpus: [Report], to url: URL) throws {
        var lines = ""
        for report in corpus {
            let object: [String: String] = ["id": report.id, "published": report.published.iso, "title": report.title, "text": report.text]
            lines += String(decoding: try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys]), as: UTF8.self) + "\n"
        }
        try Data(lines.utf8).write(to: url)
    }

    /// "  stage: N reports/s" for a stage timed over `count` reports.
    private func stage(_ name: String, _ start: ContinuousClock.Instant, _ count: Int) {
        print(String(format: "  %@: %.0f reports/s", name, Double(count) / seconds(since: start)))
    }

}
