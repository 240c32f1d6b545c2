/// One news report as read from disk: its text and what a feed or manifest says about it.
public struct Report: Hashable, Sendable {
    /// Stable id: the file name without extension, or the feed's `id`.
    public let id: String
    /// The day the outlet published it; relative dates in the text resolve against it.
    public let published: Day
    /// The headline ("" when the feed gives none).
    public let title: String
    /// The outlet, when known.
    public let source: String?
    /// Where it was published, when known.
    public let url: String?
    /// The raw text as read (front matter removed), uncleaned.
    public let text: String
    /// The file it was read from (for messages).
    public let file: String

    public init(id: String, published: Day, title: String, source: String? = nil, url: String? = nil, text: String, file: String) {
        self.id = id
        self.published = published
        self.title = title
        self.source = source
        self.url = url
        self.text = text
        self.file = file
    }
}

/// Something wrong with one input file: reading goes on with the others.
public struct ReportProblem: Error, Hashable, Sendable, CustomStringConvertible {
    /// The file, as given on the command line or found in a folder.
    public let file: String
    /// The 1-based line, when the problem is on one line (a manifest row, a feed line, bad UTF-8).
    public let line: Int?
    /// What is wrong, in words.
    public let message: String

    public init(file: String, line: Int? = nil, message: String) {
        self.file = file
        self.line = line
        self.message = message
    }

    /// "FILE:LINE: message", or "FILE: message" without a line.
    public var description: String {
        if let line { return "\(file):\(line): \(message)" }
        return "\(file): \(message)"
    }
}
