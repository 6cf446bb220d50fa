//! One paragraph as the rules read it: its tokens, its sentences and its words in lower case.

use crate::model::{Role, Span};
use crate::text::sentences;
use crate::text::tokens::{tokenize_into, Kind, Token};

/// One paragraph, tokenized, with its sentences.
pub struct Para<'a> {
    pub index: usize,
    pub role: Role,
    /// Private, with `tokens`: every token is one the tokenizer found in this very text, so
    /// its bytes are on character boundaries (see [`Para::word`]).
    text: &'a str,
    tokens: Vec<Token>,
    /// Token index ranges `[start, end)`.
    pub sentences: Vec<(usize, usize)>,
    /// The text with ASCII letters lower-cased: same byte offsets, so tokens index it too.
    lower_text: String,
}

/// The buffers of a paragraph already read, for the next one: reading a large briefing
/// paragraph by paragraph then allocates almost nothing.
#[derive(Default)]
pub struct Spare {
    tokens: Vec<Token>,
    sentences: Vec<(usize, usize)>,
    lower_text: String,
}

impl<'a> Para<'a> {
    pub fn new(index: usize, text: &'a str, role: Role) -> Self {
        Self::reusing(index, text, role, Spare::default())
    }

    /// Like `new`, filling the buffers of an earlier paragraph.
    pub fn reusing(index: usize, text: &'a str, role: Role, spare: Spare) -> Self {
        let Spare {
            mut tokens,
            mut sentences,
            mut lower_text,
        } = spare;
        tokenize_into(text, &mut tokens);
        sentences::split_into(text, &tokens, &mut sentences);
        lower_text.clear();
        lower_text.push_str(text);
        lower_text.make_ascii_lowercase();
        Para {
            index,
            text,
            role,
            tokens,
            sentences,
            lower_text,
        }
    }

    /// Give the buffers back for the next paragraph.
    pub fn into_spare(self) -> Spare {
        Spare {
            tokens: self.tokens,
            sentences: self.sentences,
            lower_text: self.lower_text,
        }
    }

    /// The paragraph's text.
    pub fn text(&self) -> &'a str {
        self.text
    }

    /// Its tokens, in reading order.
    pub fn tokens(&self) -> &[Token] {
        &self.tokens
    }

    /// Token `i` as written ("" past the end).
    pub fn word(&self, i: usize) -> &'a str {
        match self.tokens.get(i) {
            // SAFETY: `tokens` and `text` are private and set together in `reusing`, where the
            // tokenizer cuts `text` only between characters, in order and within it (a
            // property test in `tests/properties.rs`). The rules ask for a word about ten
            // times per token; the checks of `&text[range]` were a tenth of extraction's
            // instructions.
            Some(t) => {
                debug_assert!(self.text.get(t.range()).is_some());
                unsafe { self.text.get_unchecked(t.range()) }
            }
            None => "",
        }
    }

    /// Token `i` in lower case (ASCII letters; the word lists are ASCII).
    pub fn lower(&self, i: usize) -> &str {
        match self.tokens.get(i) {
            // SAFETY: as in `word`: `lower_text` is `text` with only ASCII bytes changed, so
            // it has the same character boundaries.
            Some(t) => {
                debug_assert!(self.lower_text.get(t.range()).is_some());
                unsafe { self.lower_text.get_unchecked(t.range()) }
            }
            None => "",
        }
    }

    /// Tokens `first..=last` in lower case, one space between each: a slice of the text
    /// when that is how it is written.
    pub fn lower_words(&self, first: usize, last: usize) -> std::borrow::Cow<'_, str> {
        let spaced_once =
            (first..last).all(|k| match (self.tokens.get(k), self.tokens.get(k + 1)) {
                (Some(a), Some(b)) => {
                    b.start == a.end + 1 && self.text.as_bytes()[a.end as usize] == b' '
                }
                _ => false,
            });
        if spaced_once && last < self.tokens.len() {
            self.lower_text[self.bytes(first, last)].into()
        } else {
            let words: Vec<&str> = (first..=last).map(|k| self.lower(k)).collect();
            words.join(" ").into()
        }
    }

    pub fn is_word(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Word)
    }

    pub fn is_number(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Number)
    }

    /// Token `i` is a number in digits or a small one spelled out (`70`, `ten`).
    #[inline]
    pub fn is_number_or_spelled(&self, i: usize) -> bool {
        self.is_number(i) || super::lexicon::small_number(self.lower(i)).is_some()
    }

    /// Token `i` is a punctuation character, whichever.
    pub fn is_some_punct(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Punct)
    }

    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.word(i) == c
    }

    /// Token `i`, ending in `s`, has an apostrophe written onto it, a token of its own: a
    /// plural's or an `s`-name's possessive (`Workers'`, `Saunders'`).
    pub fn apostrophe_after_s(&self, i: usize) -> bool {
        self.word(i).ends_with('s')
            && (self.is_punct(i + 1, "'") || self.is_punct(i + 1, "\u{2019}"))
            && self.touching(i, i + 1)
    }

    /// Tokens `a` and `b` touch with no space between.
    pub fn touching(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    /// The bytes of tokens `first..=last`, as far as the paragraph goes: a rule that looks
    /// past its end reads nothing there rather than failing on text it was never shown.
    fn bytes(&self, first: usize, last: usize) -> std::ops::Range<usize> {
        let last = last.min(self.tokens.len().saturating_sub(1));
        match (self.tokens.get(first), self.tokens.get(last)) {
            (Some(a), Some(b)) if first <= last => a.range().start..b.range().end,
            (Some(a), _) => a.range().start..a.range().start,
            _ => self.text.len()..self.text.len(),
        }
    }

    /// The span covering tokens `first..=last`.
    pub fn span(&self, first: usize, last: usize) -> Span {
        let bytes = self.bytes(first, last);
        Span::new(self.index, bytes.start, bytes.end)
    }

    pub fn slice(&self, first: usize, last: usize) -> &'a str {
        &self.text[self.bytes(first, last)]
    }

    /// The sentence (token range) holding token `i`.
    pub fn sentence_of(&self, i: usize) -> (usize, usize) {
        let k = self.sentences.partition_point(|&(_, end)| end <= i);
        self.sentences
            .get(k)
            .copied()
            .unwrap_or((0, self.tokens.len()))
    }

    /// Token `i` is the first after a wire dateline's dash, and so opens a sentence of its
    /// own (`CAIRO, Jan 8 (Reuters) - Negotiators …`, `HOUSTON, April 7 - Pilots …`), not
    /// inside a wire fraction (`its 13-1/2 pct debentures`).
    #[inline]
    pub fn follows_a_dateline(&self, i: usize) -> bool {
        i >= 2
            && matches!(self.word(i - 1), "-" | "–" | "—")
            && (self.word(i - 2) == ")" || (self.is_number(i - 2) && i <= 8))
            && !self.touching(i - 1, i)
    }

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.capitalised)
    }

    /// Token `i` is a word with an ASCII capital after its first character (`eBay`).
    pub fn has_inner_capital(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.inner_capital)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_in_lower_case_are_joined_by_one_space() {
        let p = Para::new(0, "The Home Secretary  Said so", Role::Body);
        assert_eq!(p.lower_words(0, 2), "the home secretary");
        assert!(matches!(p.lower_words(1, 2), std::borrow::Cow::Borrowed(_)));
        assert_eq!(p.lower_words(2, 3), "secretary said");
        assert_eq!(p.lower_words(4, 4), "so");
    }

    #[test]
    fn a_slice_past_the_paragraph_s_end_reads_only_what_is_there() {
        let p = Para::new(0, "Lib Dem", Role::Body);
        assert_eq!(p.slice(0, 1), "Lib Dem");
        assert_eq!(p.slice(1, 2), "Dem");
        assert_eq!(p.slice(0, 9), "Lib Dem");
        assert_eq!(p.slice(2, 3), "");
        assert_eq!(p.slice(1, 0), "");
    }

    #[test]
    fn a_reused_paragraph_reads_like_a_fresh_one() {
        let long = "Mr Putin met Steve Witkoff in Moscow. Talks were ‘constructive’, aides said.";
        let short = "OVER 6,400 drones. Aug 8";
        let fresh = Para::new(1, short, Role::Body);
        let reused = Para::reusing(
            1,
            short,
            Role::Body,
            Para::new(0, long, Role::Body).into_spare(),
        );
        assert_eq!(reused.tokens, fresh.tokens);
        assert_eq!(reused.sentences, fresh.sentences);
        assert_eq!(reused.lower(0), "over");
        assert_eq!(reused.lower(reused.tokens.len() - 1), "8");
        assert_eq!(reused.lower_text, short.to_ascii_lowercase());
    }
}
