import SitmapExport
import Testing

@Suite struct ProgressBarTests {
    /// Collects what the bar writes.
    private final class Sink: @unchecked Sendable {
        var text = ""
    }

    @Test func drawsTheShareDoneTheCountAndTheTime() {
        #expect(ProgressBar.line(done: 3, total: 6, label: "days", elapsed: .milliseconds(1450), width: 10)
                == "[#####-----]  3/6 days  1.5 s")
        #expect(ProgressBar.line(done: 0, total: 0, label: "days", elapsed: .zero, width: 4) == "[####]  0/0 days  0.0 s")
    }

    @Test func quickRunsPrintNothing() {
        let sink = Sink()
        for interactive in [true, false] {
            let bar = ProgressBar(total: 3, label: "days", delay: .seconds(60), interactive: interactive) { sink.text += $0 }
            bar.advance(); bar.advance(); bar.advance()
            bar.finish()
        }
        #expect(sink.text == "")
    }

    @Test func slowRunsRedrawOnATerminalAndWriteOneLineOtherwise() {
        let terminal = Sink()
        let bar = ProgressBar(total: 2, label: "days", delay: .zero, interactive: true) { terminal.text += $0 }
        bar.advance(); bar.advance()
        bar.finish()
        #expect(terminal.text.hasPrefix("\r\u{1B}[K["))
        #expect(terminal.text.contains("2/2 days"))
        #expect(terminal.text.hasSuffix("\r\u{1B}[K"))

        let log = Sink()
        let logged = ProgressBar(total: 2, label: "days", delay: .zero, interactive: false) { log.text += $0 }
        logged.advance(); logged.advance()
        logged.finish()
        #expect(log.text.hasPrefix("[" + String(repeating: "#", count: 30) + "]  2/2 days  "))
        #expect(log.text.filter { $0 == "\n" }.count == 1)
        #expect(!log.text.contains("\r"))
    }
}
