import Foundation
import SitmapReports
import SitmapTestSupport
import Testing

@Suite struct ReportReaderTests {
    private func write(_ files: [String: Data], in folder: URL) throws {
        for (name, data) in files { try data.write(to: folder.appendingPathComponent(name)) }
    }

    @Test func readsTheSampleFolderWithItsManifest() throws {
        let (reports, problems) = ReportReader.read([Repository.samples])
        #expect(problems.isEmpty)
        #expect(reports.count == 9)
        let first = try #require(reports.first)
        #expect(first.id == "01-offensive-begins")
        #expect(first.published.iso == "2024-11-27")
        #expect(first.title == "Rebels launch surprise offensive in western Aleppo countryside")
    }

    @Test func readsTheSeedsAndKeepsAnEmptyManifestTitle() throws {
        let seeds = try #require(Repository.seeds)
        let (reports, problems) = ReportReader.read([seeds])
        #expect(problems.isEmpty)
        #expect(reports.map(\.published.iso) == ["2024-12-01", "2024-12-02", "2024-12-02", "2024-11-30", "2024-12-02"])
        #expect(reports[4].title == "")
    }

    @Test func readsAFrontMatterHeader() throws {
        let folder = try Repository.temporaryFolder()
        try write(["strike.txt": Data("""
            ---
            published: 2024-12-01T09:30:00Z
            title: Jets strike Idlib
            source: Example Wire
            url: https://example.org/a
            ---
            Jets struck Idlib on Sunday.
            """.utf8)], in: folder)
        let (reports, problems) = ReportReader.read([folder.appendingPathComponent("strike.txt")])
        #expect(problems.isEmpty)
        let report = try #require(reports.first)
        #expect(report.published.iso == "2024-12-01")
        #expect(report.title == "Jets strike Idlib")
        #expect(report.source == "Example Wire")
        #expect(report.url == "https://example.org/a")
        #expect(report.text == "Jets struck Idlib on Sunday.")
    }

    @Test func readsAJSONLinesFeedAndNamesItsBadLines() throws {
        let folder = try Repository.temporaryFolder()
        try write(["feed.jsonl": Data("""
            {"id": "a1", "published": "2024-11-30", "title": "One", "text": "Rebels took Saraqib on Saturday.", "source": "Wire"}
            not json
            {"id": "a3", "title": "No date", "text": "Text."}
            {"id": "a4", "published": "2024-13-01", "text": "Text."}

            {"id": 5, "published": "2024-12-01", "text": "Jets struck Idlib on Sunday."}
            """.utf8)], in: folder)
        let (reports, problems) = ReportReader.read([folder.appendingPathComponent("feed.jsonl")])
        #expect(reports.map(\.id) == ["a1", "5"])
        #expect(reports[0].source == "Wire")
        #expect(problems.map(\.line) == [2, 3, 4])
        #expect(problems[0].description.hasSuffix("feed.jsonl:2: not a JSON object"))
        #expect(problems[1].message.contains("no publication date"))
    }

    @Test func aMissingDateIsAnErrorUnlessOneIsGiven() throws {
        let folder = try Repository.temporaryFolder()
        try write(["undated.txt": Data("Headline\n\nJets struck Idlib on Sunday.\n".utf8)], in: folder)
        let url = folder.appendingPathComponent("undated.txt")
        let (none, problems) = ReportReader.read([url])
        #expect(none.isEmpty)
        #expect(problems.count == 1 && problems[0].file.hasSuffix("undated.txt") && problems[0].message.contains("--published"))
        let (reports, noProblems) = ReportReader.read([url], published: Day(iso: "2024-12-01"))
        #expect(noProblems.isEmpty)
        #expect(reports.first?.published.iso == "2024-12-01")
        #expect(reports.first?.title == "Headline")
    }

    @Test func badFilesGiveAMessageAndTheOthersAreStillRead() throws {
        let folder = try Repository.temporaryFolder()
        var invalid = Data("line one\nline two \u{00E9}\n".utf8)
        invalid.append(contentsOf: [0x41, 0xC3, 0x28, 0x0A])
        try write([
            "a-good.txt": Data("Jets struck Idlib on Sunday.\n".utf8),
            "b-empty.txt": Data(),
            "c-binary.txt": Data([0x89, 0x50, 0x4E, 0x47, 0x00, 0x01]),
            "d-invalid.txt": invalid,
            "manifest.tsv": Data("""
                # file\tpublished\ttitle
                a-good.txt\t2024-12-01\tJets strike Idlib
                b-empty.txt\t2024-12-01\t
                c-binary.txt\t2024-12-01\t
                d-invalid.txt\tyesterday\tBad date
                broken row without tabs
                e-large.txt\t2024-12-01\tHuge

                """.utf8),
        ], in: folder)
        let large = folder.appendingPathComponent("e-large.txt")
        #expect(FileManager.default.createFile(atPath: large.path, contents: nil))
        let handle = try FileHandle(forWritingTo: large)
        try handle.truncate(atOffset: 50 * 1024 * 1024)
        try handle.close()

        let (reports, problems) = ReportReader.read([folder])
        #expect(reports.map(\.id) == ["a-good"])
        let messages = problems.map { "\(($0.file as NSString).lastPathComponent):\($0.line.map(String.init) ?? "-"): \($0.message)" }
        #expect(messages.contains("manifest.tsv:5: malformed row: published \"yesterday\" is not a YYYY-MM-DD date"))
        #expect(messages.contains { $0.hasPrefix("manifest.tsv:6: malformed row: expected file<TAB>published<TAB>title") })
        #expect(messages.contains("b-empty.txt:-: empty file: no text"))
        #expect(messages.contains("c-binary.txt:1: binary file (a NUL byte at offset 4), not text"))
        #expect(messages.contains("d-invalid.txt:3: invalid UTF-8 (byte 0xC3 at offset 22)"))
        #expect(messages.contains("e-large.txt:-: too large to be a report (50.0 MB, the limit is 8 MB)"))
        #expect(problems.count == 6)
    }

    @Test func aMissingPathIsAProblem() {
        let (reports, problems) = ReportReader.read([URL(fileURLWithPath: "/nonexistent/report.txt")])
        #expect(reports.isEmpty)
        #expect(problems.map(\.description) == ["/nonexistent/report.txt: no such file or folder"])
    }
}
