/// A stretch of days an event falls in, with ACLED's time precision.
public struct DateSpan: Hashable, Sendable {
    public let first: Day
    public let last: Day
    /// ACLED time precision: 1 the day is known, 2 a week (or a few days), 3 a month.
    public let precision: Int

    public init(first: Day, last: Day, precision: Int) {
        self.first = min(first, last)
        self.last = max(first, last)
        self.precision = precision
    }

    /// One known day.
    public init(day: Day) { self.init(first: day, last: day, precision: 1) }

    /// Whether the two spans share a day.
    public func overlaps(_ other: DateSpan) -> Bool { first <= other.last && other.first <= last }

    /// Number of days in the span.
    public var length: Int { last.ordinal - first.ordinal + 1 }
}

/// A date phrase found in a sentence.
public struct DateMention: Hashable, Sendable {
    /// What the phrase says.
    public enum Kind: String, Hashable, Sendable {
        /// A day or period in the report's time ("on Sunday", "earlier this week", "on November 29").
        case recent
        /// A running period up to publication ("since November 27", "since the offensive began on Wednesday").
        case since
        /// History: a year or period long before publication ("in 2016", "eight years ago", "in recent years").
        case history
    }

    /// Token indices of the phrase.
    public let tokens: Range<Int>
    public let span: DateSpan
    public let kind: Kind
}

/// Resolves date phrases against a report's publication date.
///
/// Conventions (those of `samples/reports/README.md`): a weekday means the latest day of that name on or before
/// publication ("on Wednesday" in a Wednesday report is that day); "earlier this week" runs from the Monday of
/// the publication week to the day before; "last week" is Monday to Sunday of the week before; an explicit date
/// without a year takes the latest year that puts it on or before publication. No resolved day is ever after
/// publication. A year or a "years ago" before the publication year is history, not an event date.
public enum DateResolver {
    static let weekdayNumbers = ["monday": 1, "tuesday": 2, "wednesday": 3, "thursday": 4, "friday": 5, "saturday": 6, "sunday": 7]
    static let monthNumbers = [
        "january": 1, "jan": 1, "february": 2, "feb": 2, "march": 3, "mar": 3, "april": 4, "apr": 4, "may": 5,
        "june": 6, "jun": 6, "july": 7, "jul": 7, "august": 8, "aug": 8, "september": 9, "sep": 9, "sept": 9,
        "october": 10, "oct": 10, "november": 11, "nov": 11, "december": 12, "dec": 12,
    ]
    static let countWords = ["two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
                             "ten": 10, "a": 1, "several": 3, "many": 5, "few": 3]
    /// Day of the week (Monday 1) by name.
    public static let weekdays = WordMap(weekdayNumbers.map { (word: $0.key, value: $0.value) })
    static let months = WordMap(monthNumbers.map { (word: $0.key, value: $0.value) })
    static let numberWords = WordMap(countWords.map { (word: $0.key, value: $0.value) })
    /// Abbreviations and "may", "mar": a month only with a day number ("Nov 29"), else a word ("may strike").
    static let shortMonthWords = WordSet(monthNumbers.keys.filter { $0.count <= 3 })

    /// Every date phrase of `tokens`, in order.
    public static func mentions(in tokens: [Token], published: Day) -> [DateMention] {
        var found: [DateMention] = []
        let starts = phraseStarts  // read once, not once per token
        var i = 0
        while i < tokens.count {
            if let mention = mention(in: tokens, at: i, published: published, starts: starts) {
                found.append(mention)
                i = mention.tokens.upperBound
            } else {
                i += 1
            }
        }
        return found
    }

    private static func key(_ tokens: [Token], _ i: Int) -> WordKey { i >= 0 && i < tokens.count ? tokens[i].stem : .empty }

    /// Every word a date phrase can begin with (a number in digits can begin one too): most words are
    /// none, and they are turned away with one look-up.
    static let phraseStarts: WordSet = {
        var words: Set<String> = ["since", "from", "yesterday", "today", "tonight", "last", "earlier", "this", "recent", "past",
                                  "years", "decades", "decade", "prior", "previous", "for"]
        words.formUnion(weekdayNumbers.keys)
        words.formUnion(monthNumbers.keys)
        words.formUnion(countWords.keys)
        return WordSet(words)
    }()

    /// The date phrase starting at token `i`, if one does; `starts` is `phraseStarts`.
    @inline(__always)
    static func mention(in tokens: [Token], at i: Int, published: Day, starts: WordSet) -> DateMention? {
        // most tokens are turned away here, without the call below (a large function, slow to enter)
        guard tokens[i].startsWithDigit || starts.contains(tokens[i].stem) else { return nil }
        return phrase(in: tokens, at: i, published: published, starts: starts)
    }

    /// The date phrase starting at token `i`, a word `phraseStarts` lists or a number, if one does.
    @inline(never)
    private static func phrase(in tokens: [Token], at i: Int, published: Day, starts: WordSet) -> DateMention? {
        let word = key(tokens, i)
        // "since …": a running period up to publication
        if word == "since" || word == "from" && key(tokens, i + 1) != "the" {
            // "since the offensive began on Wednesday": the date may come a few words later
            for k in (i + 1)..<min(tokens.count, i + 7) {
                if let start = mention(in: tokens, at: k, published: published, starts: starts) {
                    if start.kind == .history { return DateMention(tokens: i..<start.tokens.upperBound, span: start.span, kind: .history) }
                    guard word == "since" else { return nil }
                    return DateMention(tokens: i..<start.tokens.upperBound,
                                       span: DateSpan(first: start.span.first, last: published, precision: 2), kind: .since)
                }
            }
            return nil
        }
        if let weekday = weekdays[word] {
            let back = (published.weekday - weekday + 7) % 7
            let strictlyBefore = key(tokens, i - 1) == "last" && back == 0
            let day = published.adding(days: -(strictlyBefore ? 7 : back))
            let start = key(tokens, i - 1) == "last" ? i - 1 : i
            return DateMention(tokens: start..<i + 1, span: DateSpan(day: day), kind: .recent)
        }
        switch word {
        case "yesterday":
            return DateMention(tokens: i..<i + 1, span: DateSpan(day: published.adding(days: -1)), kind: .recent)
        case "today", "tonight":
            return DateMention(tokens: i..<i + 1, span: DateSpan(day: published), kind: .recent)
        case "last" where key(tokens, i + 1) == "night":
            return DateMention(tokens: i..<i + 2, span: DateSpan(day: published.adding(days: -1)), kind: .recent)
        default: break
        }
        if let mention = week(in: tokens, at: i, published: published) { return mention }
        if let mention = calendarDate(in: tokens, at: i, published: published) { return mention }
        return history(in: tokens, at: i, published: published)
    }

    /// "earlier this week", "this week", "last week", "in recent days", "the past week".
    private static func week(in tokens: [Token], at i: Int, published: Day) -> DateMention? {
        var monday: Day { published.adding(days: 1 - published.weekday) }
        let (a, b, c) = (key(tokens, i), key(tokens, i + 1), key(tokens, i + 2))
        if a == "earlier", b == "this", c == "week" {
            return DateMention(tokens: i..<i + 3, span: DateSpan(first: min(monday, published.adding(days: -1)), last: published.adding(days: -1), precision: 2), kind: .recent)
        }
        if a == "this", b == "week", key(tokens, i - 1) != "earlier" {
            return DateMention(tokens: i..<i + 2, span: DateSpan(first: monday, last: published, precision: 2), kind: .recent)
        }
        if a == "last", b == "week" {
            return DateMention(tokens: i..<i + 2, span: DateSpan(first: monday.adding(days: -7), last: monday.adding(days: -1), precision: 2), kind: .recent)
        }
        if (a == "recent" && b == "days") || (a == "past" && (b == "week" || b == "few" && c == "days")) {
            let length = a == "recent" ? 2 : b == "few" ? 3 : 2
            return DateMention(tokens: i..<i + length, span: DateSpan(first: published.adding(days: -6), last: published, precision: 2), kind: .recent)
        }
        return nil
    }

    /// "November 29", "Nov 29, 2024", "29 November", "December 1 2024", "late November", "in November".
    private static func calendarDate(in tokens: [Token], at i: Int, published: Day) -> DateMention? {
        func resolve(month: Int, day: Int, explicitYear: Int?) -> Day? {
            if let explicitYear { return Day(year: explicitYear, month: month, day: day) }
            let year = published.components.year
            guard let sameYear = Day(year: year, month: month, day: day) else { return nil }
            return sameYear <= published ? sameYear : Day(year: year - 1, month: month, day: day)
        }
        func yearAfter(_ j: Int) -> Int? {
            guard let value = j < tokens.count ? tokens[j].digitValue : nil, (1900...2100).contains(value), tokens[j].writtenLength == 4 else { return nil }
            return value
        }
        func dated(_ range: Range<Int>, _ day: Day) -> DateMention {
            let kind: DateMention.Kind = day.ordinal < published.ordinal - 120 ? .history : .recent
            return DateMention(tokens: range, span: DateSpan(day: min(day, published)), kind: day > published ? .history : kind)
        }
        let word = key(tokens, i)
        if let month = months[word] {
            if let dayNumber = i + 1 < tokens.count ? tokens[i + 1].digitValue : nil, (1...31).contains(dayNumber), tokens[i + 1].writtenLength <= 2 {
                let explicitYear = yearAfter(i + 2)
                guard let day = resolve(month: month, day: dayNumber, explicitYear: explicitYear) else { return nil }
                return dated(i..<(i + (explicitYear == nil ? 2 : 3)), day)
            }
            guard !shortMonthWords.contains(word) else { return nil }
            let year = published.components.year
            let part = key(tokens, i - 1)
            let explicitYear = yearAfter(i + 1)
            let monthYear = explicitYear ?? (month <= published.components.month ? year : year - 1)
            guard let monthStart = Day(year: monthYear, month: month, day: 1) else { return nil }
            let length = Day.length(ofMonth: month, year: monthYear)
            let range = (["late", "early", "mid"].contains(part) ? i - 1 : i)..<(explicitYear == nil ? i + 1 : i + 2)
            var first = monthStart, last = monthStart.adding(days: length - 1)
            switch part {
            case "early": last = monthStart.adding(days: 9)
            case "mid": first = monthStart.adding(days: 10); last = monthStart.adding(days: 19)
            case "late": first = monthStart.adding(days: 20)
            default: break
            }
            if last.ordinal < published.ordinal - 120 {
                return DateMention(tokens: range, span: DateSpan(first: first, last: last, precision: 3), kind: .history)
            }
            guard first <= published else { return nil }
            return DateMention(tokens: range, span: DateSpan(first: first, last: min(last, published), precision: part == .empty ? 3 : 2), kind: .recent)
        }
        if let dayNumber = tokens[i].digitValue, (1...31).contains(dayNumber), tokens[i].writtenLength <= 2,
           let month = months[key(tokens, i + 1)], key(tokens, i + 1) != "may" || yearAfter(i + 2) != nil {
            let explicitYear = yearAfter(i + 2)
            guard let day = resolve(month: month, day: dayNumber, explicitYear: explicitYear) else { return nil }
            return dated(i..<(i + (explicitYear == nil ? 2 : 3)), day)
        }
        return nil
    }

    /// "in 2016", "since 2011", "eight years ago", "a decade ago", "in recent years", "for years".
    private static func history(in tokens: [Token], at i: Int, published: Day) -> DateMention? {
        let token = tokens[i]
        // worked out only for the phrases that need it: most words that get this far are none
        var historic: DateSpan {
            let year = published.components.year
            return DateSpan(first: Day(year: year - 1, month: 1, day: 1)!, last: Day(year: year - 1, month: 12, day: 31)!, precision: 3)
        }
        if let value = token.digitValue, token.writtenLength == 4, (1900...2100).contains(value) {
            guard value < published.components.year, let first = Day(year: value, month: 1, day: 1), let last = Day(year: value, month: 12, day: 31) else { return nil }
            return DateMention(tokens: i..<i + 1, span: DateSpan(first: first, last: last, precision: 3), kind: .history)
        }
        let (a, b, c) = (key(tokens, i), key(tokens, i + 1), key(tokens, i + 2))
        if (a == "years" || a == "decades" || a == "decade") && b == "ago" {
            return DateMention(tokens: i..<i + 2, span: historic, kind: .history)
        }
        if (numberWords[a] != nil || token.digitValue != nil) && (b == "years" || b == "decade" || b == "decades") && c == "ago" {
            return DateMention(tokens: i..<i + 3, span: historic, kind: .history)
        }
        if (a == "recent" || a == "prior" || a == "previous" || a == "past") && b == "years" {
            return DateMention(tokens: i..<i + 2, span: historic, kind: .history)
        }
        if a == "for" && (b == "years" || b == "decades") {
            return DateMention(tokens: i..<i + 2, span: historic, kind: .history)
        }
        return nil
    }
}
