import Foundation

/// A progress bar on standard error for runs that take more than a second.
///
/// Silent for the first second, so quick runs print nothing extra. On a terminal it then redraws
/// in place (at most ten times a second) and is cleared at the end; when standard error is a file or
/// a pipe it writes one final line instead of a stream of carriage returns.
public final class ProgressBar {
    private let total: Int
    private let label: String
    private let delay: Duration
    private let interactive: Bool
    private let output: (String) -> Void
    private let clock = ContinuousClock()
    private let start: ContinuousClock.Instant
    private var lastDrawn: ContinuousClock.Instant?
    private var done = 0

    /// A bar counting `total` steps of `label` ("days"); `output` receives what would go to standard
    /// error, `interactive` says whether it is a terminal; the first second counts from `start`.
    public init(total: Int, label: String, delay: Duration = .seconds(1), interactive: Bool = isatty(STDERR_FILENO) == 1,
                start: ContinuousClock.Instant = .now, output: @escaping (String) -> Void = { FileHandle.standardError.write(Data($0.utf8)) }) {
        self.total = max(total, 0)
        self.label = label
        self.delay = delay
        self.interactive = interactive
        self.output = output
        self.start = start
    }

    /// Runs `body` (which prints to the same terminal) with the bar lifted off its line, then redraws it.
    public func pausing(_ body: () -> Void) {
        guard interactive, lastDrawn != nil else { body(); return }
        output("\r\u{1B}[K")
        body()
        output(Self.line(done: done, total: total, label: label, elapsed: clock.now - start))
    }

    /// Counts one more step done, redrawing when due.
    public func advance() {
        done = min(done + 1, total)
        let now = clock.now
        guard interactive, now - start >= delay else { return }
        if let lastDrawn, now - lastDrawn < .milliseconds(100), done < total { return }
        lastDrawn = now
        output("\r\u{1B}[K" + Self.line(done: done, total: total, label: label, elapsed: now - start))
    }

    /// Ends the bar: clears it on a terminal, or writes the final line when the run was slow.
    public func finish() {
        let elapsed = clock.now - start
        if interactive {
            if lastDrawn != nil { output("\r\u{1B}[K") }
        } else if elapsed >= delay {
            output(Self.line(done: done, total: total, label: label, elapsed: elapsed) + "\n")
        }
    }

    /// "[#############-----------]  6/11 days  1.4 s"
    public static func line(done: Int, total: Int, label: String, elapsed: Duration, width: Int = 30) -> String {
        let filled = total > 0 ? width * done / total : width
        let seconds = Double(elapsed.components.seconds) + Double(elapsed.components.attoseconds) * 1e-18
        let tenths = Int((seconds * 10).rounded())
        return "[" + String(repeating: "#", count: filled) + String(repeating: "-", count: width - filled) + "]"
            + "  \(done)/\(total) \(label)  \(tenths / 10).\(tenths % 10) s"
    }
}
