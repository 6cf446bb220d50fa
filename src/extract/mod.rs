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
mod para;
pub mod quotes;
mod word_hash;
mod word_table;

pub use para::{Para, Spare};

use crate::model::{DateMention, Deadline, Document, Entity, Figure, Quote, Role};
use chrono::NaiveDate;

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
    figures.count_the_headline_as_the_story(|i| paragraphs[i].role == Role::Headline);
    dates::headline_dates_as_the_story_tells(&mut found_dates, reference);
    // Quotes need every name first: `Putin` early on is `Vladimir Putin` from later.
    let entities = names.finish();
    let mut finder = quotes::QuoteFinder::default();
    let mut quotes = Vec::new();
    for i in 0..paragraphs.len() {
        report(paragraphs.len() + i);
        let p = para(i, spare);
        finder.paragraph(&p, &entities, &mut quotes);
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
    use crate::model::CalendarDate;

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
    fn a_bare_number_in_the_headline_counts_what_the_story_counts_with_it() {
        let doc = crate::ingest::plain::parse(
            "Nintendo DS sells 500,000 in US and 20\n\nThe console sold more than 500,000 \
             units in its first week, at $149.99 each.",
        );
        let found = find_all(&doc, NaiveDate::default());
        let units: Vec<(f64, Option<&str>)> = (found.figures.iter())
            .map(|f| (f.value, f.unit.as_deref()))
            .collect();
        assert_eq!(
            units,
            [
                (500_000.0, Some("units")),
                (20.0, None),
                (500_000.0, Some("units")),
                (149.99, Some("$")),
            ]
        );
    }

    #[test]
    fn a_headline_s_month_is_in_the_year_the_story_gives_it() {
        let doc = crate::ingest::plain::parse(
            "Nurses to strike over pay in January\n\nNurses will strike on 19 January unless \
             talks open.",
        );
        let today = NaiveDate::from_ymd_opt(2026, 12, 5).unwrap();
        let found = find_all(&doc, today);
        let dates: Vec<CalendarDate> = found.dates.iter().map(|d| d.date).collect();
        assert_eq!(
            dates,
            [
                CalendarDate::Month {
                    year: 2027,
                    month: 1
                },
                CalendarDate::Day(NaiveDate::from_ymd_opt(2027, 1, 19).unwrap()),
            ]
        );
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
}
