/// What the mention matcher's checks make of a name from its own words, before the words around it are
/// read (see ``MentionMatcher``). A one-word name's judgement is the same wherever the word is written
/// the same way, so ``KnownWords`` keeps it with the word: most names a report repeats are one word.
enum NameJudgement: Equatable {
    /// A stop-listed phrase, taken whole so that none of its words is matched.
    case blocked
    /// No place, whatever the words around say.
    case rejected
    /// Spelt as a name of the gazetteer. A common word (`common`) counts only with the article or a
    /// qualifier; a short name the gazetteer writes with the article (`needsArticle`) only with the article.
    case exact(common: Bool, needsArticle: Bool)
    /// Alike to a name only by its key; one Latin word (`needsQualifier`) counts only with a qualifier.
    case alike(needsQualifier: Bool)
}
