//! Extraction: from the paragraphs of a [`Document`] and a reference date (the dateline, or
//! today when there is none) to figures, dates, deadlines, quotes and entities.
//!
//! Pure and deterministic: the same text and reference date give the same findings. Each
//! paragraph is tokenized and split into sentences while it is read (two passes: dates,
//! figures, deadline cues and names first; quotes once every name is known).

pub mod dates;
pub mod deadlines;
pub mod entities;
pub mod figures;
pub mod lexicon;
pub mod quotes;

use crate::model::{DateMention, Deadline, Document, Entity, Figure, Quote, Role, Span};
use crate::text::sentences;
use crate::text::tokens::{tokenize_into, Kind, Token};
use chrono::NaiveDate;

/// One paragraph, tokenized, with its sentences.
pub struct Para<'a> {
    pub index: usize,
    pub text: &'a str,
    pub role: Role,
    pub tokens: Vec<Token>,
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

    pub fn word(&self, i: usize) -> &'a str {
        self.tokens.get(i).map_or("", |t| &self.text[t.range()])
    }

    /// Token `i` in lower case (ASCII letters; the word lists are ASCII).
    pub fn lower(&self, i: usize) -> &str {
        self.tokens
            .get(i)
            .map_or("", |t| &self.lower_text[t.range()])
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

    pub fn is_punct(&self, i: usize, c: &str) -> bool {
        self.tokens.get(i).is_some_and(|t| t.kind == Kind::Punct) && self.word(i) == c
    }

    /// Tokens `a` and `b` touch with no space between.
    pub fn touching(&self, a: usize, b: usize) -> bool {
        match (self.tokens.get(a), self.tokens.get(b)) {
            (Some(x), Some(y)) => x.end == y.start,
            _ => false,
        }
    }

    /// The bytes of tokens `first..=last`.
    fn bytes(&self, first: usize, last: usize) -> std::ops::Range<usize> {
        self.tokens[first].range().start..self.tokens[last].range().end
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

    pub fn is_capitalised(&self, i: usize) -> bool {
        self.tokens.get(i).is_some_and(|t| t.capitalised)
    }
}

/// Everything extraction finds in one document.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Found {
    pub figures: Vec<Figure>,
    pub dates: Vec<DateMention>,
    pub deadlines: Vec<Deadline>,
    pub quotes: Vec<Quote>,
    pub entities: Vec<Entity>,
}

impl Found {
    /// Give back what the lists grew into but do not use: on a large briefing that is a
    /// good part of the findings' memory.
    fn shrink_to_fit(&mut self) {
        self.figures.shrink_to_fit();
        self.dates.shrink_to_fit();
        self.deadlines.shrink_to_fit();
        self.quotes.shrink_to_fit();
        self.entities.shrink_to_fit();
        for e in &mut self.entities {
            e.spans.shrink_to_fit();
        }
    }

    /// Put the findings into their document.
    pub fn apply(self, doc: &mut Document) {
        doc.figures = self.figures;
        doc.dates = self.dates;
        doc.deadlines = self.deadlines;
        doc.quotes = self.quotes;
        doc.entities = self.entities;
    }
}

/// Find everything in a document's paragraphs. `today` stands in for the dateline when
/// there is none.
pub fn find_all(doc: &Document, today: NaiveDate) -> Found {
    find_all_reporting(doc, today, |_| {})
}

/// Paragraphs read between two progress reports.
const REPORT_EVERY: usize = 4096;

/// Like [`find_all`], telling `progress` now and then how far it is, in percent.
pub fn find_all_reporting(doc: &Document, today: NaiveDate, progress: impl FnMut(u8)) -> Found {
    find_in_first(doc, doc.paragraphs.len(), today, progress)
}

/// How much of a long briefing's opening is read before its first frame: its findings fill
/// the sidebars while the rest is still being read (half a millisecond's work).
pub const OPENING_BYTES: usize = 8 << 10;

/// The findings of a briefing's opening paragraphs, those that fit in [`OPENING_BYTES`] of
/// text: what the first screens show, found before the whole is read. A paragraph is never
/// read in part, so a briefing that opens with a very long paragraph has none.
pub fn find_in_opening(doc: &Document, today: NaiveDate) -> Found {
    let mut bytes = 0;
    let count = doc
        .paragraphs
        .iter()
        .take_while(|p| {
            bytes += p.text.len();
            bytes <= OPENING_BYTES
        })
        .count();
    find_in_first(doc, count, today, |_| {})
}

/// Find everything in the first `count` paragraphs.
fn find_in_first(
    doc: &Document,
    count: usize,
    today: NaiveDate,
    mut progress: impl FnMut(u8),
) -> Found {
    let paragraphs = &doc.paragraphs[..count.min(doc.paragraphs.len())];
    // Two passes over the paragraphs make the whole.
    let total = 2 * paragraphs.len().max(1);
    let mut report = |done: usize| {
        if done.is_multiple_of(REPORT_EVERY) {
            progress((done * 100 / total) as u8);
        }
    };
    let reference = reference_date(doc, today);
    let para = |i: usize, spare: Spare| {
        let p = &paragraphs[i];
        Para::reusing(i, &p.text, p.role, spare)
    };
    let mut spare = Spare::default();
    // Two passes over the paragraphs, each tokenized only while it is looked at, so memory
    // stays near the size of the findings rather than of every token at once.
    let mut found_dates = Vec::new();
    let mut cues = Vec::new();
    let mut figures = figures::Figures::default();
    let mut names = entities::Collector::default();
    for i in 0..paragraphs.len() {
        report(i);
        let p = para(i, spare);
        let dates_here = dates::find_in(&p, reference);
        figures::find_in(&p, &dates_here, &mut figures);
        cues.extend(deadlines::cues_in(&p, &dates_here));
        names.paragraph(&p);
        found_dates.extend(dates_here);
        spare = p.into_spare();
    }
    // Quotes need every name first: `Putin` early on is `Vladimir Putin` from later.
    let entities = names.finish();
    let mut finder = quotes::QuoteFinder::default();
    let mut quotes = Vec::new();
    for i in 0..paragraphs.len() {
        report(paragraphs.len() + i);
        let p = para(i, spare);
        quotes.extend(finder.paragraph(&p, &entities));
        spare = p.into_spare();
    }
    let deadlines = deadlines::merge(&found_dates, &cues);
    let mut dates: Vec<DateMention> = found_dates.into_iter().map(|d| d.mention).collect();
    dates.sort_by_key(|d| d.span);
    let mut found = Found {
        figures: figures.list,
        dates,
        deadlines,
        quotes,
        entities: entities.list,
    };
    found.shrink_to_fit();
    found
}

/// The day relative dates count from: the briefing's own date, else the day its wire
/// dateline names, else `today`.
fn reference_date(doc: &Document, today: NaiveDate) -> NaiveDate {
    doc.date
        .or_else(|| {
            let (i, p) = (doc.paragraphs.iter().enumerate())
                .take(3)
                .find(|(_, p)| p.role == Role::Body)?;
            dates::dateline_day(&Para::new(i, &p.text, p.role), today)
        })
        .unwrap_or(today)
}

/// Fill the document's findings.
pub fn extract(doc: &mut Document, today: NaiveDate) {
    find_all(doc, today).apply(doc);
}

/// Fill the document's findings with those of its opening, for a first look.
pub fn extract_opening(doc: &mut Document, today: NaiveDate) {
    find_in_opening(doc, today).apply(doc);
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn progress_is_reported_from_start_to_halfway_and_beyond() {
        let text = format!(
            "Head\n\n{}",
            "Talks end on Friday.\n\n".repeat(3 * REPORT_EVERY)
        );
        let doc = crate::ingest::plain::parse(&text);
        let mut seen = Vec::new();
        let found = find_all_reporting(&doc, NaiveDate::default(), |p| seen.push(p));
        assert_eq!(found, find_all(&doc, NaiveDate::default()));
        assert_eq!(seen.first(), Some(&0));
        assert!(seen.windows(2).all(|w| w[0] <= w[1]), "{seen:?}");
        assert!(seen.iter().any(|&p| (50..100).contains(&p)), "{seen:?}");
    }

    #[test]
    fn the_opening_holds_what_the_whole_finds_in_its_first_paragraphs() {
        let paragraph = "Over 300 delegates met on Friday. “We will stay,” said Anna Berg.\n\n";
        let text = format!("Head\n\n{}", paragraph.repeat(OPENING_BYTES / 40));
        let doc = crate::ingest::plain::parse(&text);
        let today = NaiveDate::default();
        let opening = find_in_opening(&doc, today);
        let whole = find_all(&doc, today);
        let read = 1 + opening.figures.last().unwrap().span.paragraph();
        let bytes: usize = doc.paragraphs[..read].iter().map(|p| p.text.len()).sum();
        assert!(bytes <= OPENING_BYTES && bytes + paragraph.len() > OPENING_BYTES);
        assert!(read < doc.paragraphs.len());
        assert_eq!(opening.figures, whole.figures[..opening.figures.len()]);
        assert_eq!(opening.dates, whole.dates[..opening.dates.len()]);
        assert_eq!(opening.quotes, whole.quotes[..opening.quotes.len()]);
        assert!(
            opening.quotes.len() >= read - 1,
            "a quote in every body paragraph"
        );
    }

    #[test]
    fn words_in_lower_case_are_joined_by_one_space() {
        let p = Para::new(0, "The Home Secretary  Said so", Role::Body);
        assert_eq!(p.lower_words(0, 2), "the home secretary");
        assert!(matches!(p.lower_words(1, 2), std::borrow::Cow::Borrowed(_)));
        assert_eq!(p.lower_words(2, 3), "secretary said");
        assert_eq!(p.lower_words(4, 4), "so");
    }

    #[test]
    fn an_undated_wire_story_counts_its_days_from_its_dateline() {
        let text = "Talks resume\n\nCAIRO, Aug 28 (Reuters) - Negotiators met on Wednesday.\n";
        let doc = crate::ingest::plain::parse(text);
        assert_eq!(doc.date, None);
        let today = NaiveDate::from_ymd_opt(2024, 10, 17).unwrap();
        let found = find_all(&doc, today);
        let days: Vec<String> = found.dates.iter().map(|d| d.date.to_string()).collect();
        assert_eq!(days, ["2024-08-28", "2024-08-28"]);
        assert_eq!(find_in_opening(&doc, today).dates, found.dates);
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
