import Foundation
import SitmapControl
import SitmapTestSupport
import Testing

@Suite struct BaselineTests {
    private func write(_ text: String, named name: String) throws -> URL {
        let url = try Repository.temporaryFolder().appendingPathComponent(name)
        try text.write(to: url, atomically: true, encoding: .utf8)
        return url
    }

    @Test func readsRowsAndTakesTheDayFromTheFileName() throws {
        let url = try write("place_id\tname\tside\tstatus\tsource\n# a comment\n170063\tAleppo\tgovernment\theld\tISW\n\n"
                            + "sitmap-sheikh-najjar\tSheikh Najjar\tgovernment\tcontested\tISW\n", named: "baseline-2024-11-26.tsv")
        let baseline = try Baseline.load(from: url)
        #expect(baseline.day?.iso == "2024-11-26")
        #expect(baseline.rows == [
            BaselineRow(placeID: "170063", name: "Aleppo", side: "government", status: .held, source: "ISW", line: 3),
            BaselineRow(placeID: "sitmap-sheikh-najjar", name: "Sheikh Najjar", side: "government", status: .contested,
                        source: "ISW", line: 5),
        ])
    }

    @Test func aDayCommentWins() throws {
        let url = try write("# day: 2024-12-05\nplace_id\tname\tside\tstatus\tsource\n1\tA\thts\theld\tx\n", named: "mine.tsv")
        #expect(try Baseline.load(from: url).day?.iso == "2024-12-05")
        let undated = try write("place_id\tname\tside\tstatus\tsource\n1\tA\thts\theld\tx\n", named: "undated.tsv")
        #expect(try Baseline.load(from: undated).day == nil)
    }

    @Test func errorsNameFileAndLine() throws {
        let url = try write("place_id\tname\tside\tstatus\tsource\n1\tA\thts\theld\tx\n2\tB\thts\tsieged\tx\n", named: "bad.tsv")
        #expect { try Baseline.load(from: url) } throws: { error in
            "\(error)" == "\(url.path):3: status 'sieged' is neither held nor contested"
        }
        let twice = try write("place_id\tname\tside\tstatus\tsource\n1\tA\thts\theld\tx\n1\tA\thts\theld\tx\n", named: "twice.tsv")
        #expect { try Baseline.load(from: twice) } throws: { "\($0)" == "\(twice.path):3: 1 is already given on line 2" }
        let header = try write("id\tside\n", named: "header.tsv")
        #expect { try Baseline.load(from: header) } throws: { ($0 as? BaselineFileError)?.line == 1 }
        let unknown = try write("place_id\tname\tside\tstatus\tsource\n1\tA\tisis\theld\tx\n", named: "unknown.tsv")
        #expect { try Baseline.load(from: unknown).check(sides: [Side(id: "hts", name: "HTS", colour: "#000000")]) } throws: {
            "\($0)" == "\(unknown.path):2: unknown side 'isis' (sides: hts)"
        }
    }
}
