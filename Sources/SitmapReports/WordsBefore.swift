/// The keys of the words before a token, nearest first: `[0]` is the word just before it, and before the first
/// word of the sentence every key is `.empty`. Rules ask it of every trigger and number; it makes no array.
public struct WordsBefore {
    let tokens: [Token]
    let index: Int
    let stems: Bool

    /// The words before `tokens[index]`; with `stems`, their stems ("army" for "army's").
    public init(_ tokens: [Token], _ index: Int, stems: Bool = false) {
        self.tokens = tokens
        self.index = index
        self.stems = stems
    }

    /// The key (or stem) of the word `k + 1` places before the token.
    public subscript(k: Int) -> WordKey {
        let j = index - 1 - k
        guard j >= 0 && j < tokens.count else { return .empty }
        return stems ? tokens[j].stem : tokens[j].key
    }
}
