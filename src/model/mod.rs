//! The document model: one flat, serialisable structure per briefing.
//!
//! Every finding points back into the text through a [`Span`]: a paragraph index and a byte
//! range of that paragraph's (display) text. The headline and the standfirst are paragraphs
//! too (roles `headline` and `standfirst`), so findings in them have provenance like any other.

mod serialize;

use chrono::{Datelike, NaiveDate};
pub use compact_str::CompactString;
use serde::{Deserialize, Deserializer, Serialize, Serializer};
use std::fmt;

/// Serialised by hand (see `serialize.rs`): findings carry no copy of their text, the JSON
/// gives it from their spans.
#[derive(Debug, Clone, PartialEq, Deserialize, Default)]
pub struct Document {
    /// The dateline, when the briefing has one.
    pub date: Option<NaiveDate>,
    pub headline: String,
    pub standfirst: Option<String>,
    pub paragraphs: Vec<Paragraph>,
    pub sections: Vec<Section>,
    #[serde(default)]
    pub figures: Vec<Figure>,
    #[serde(default)]
    pub dates: Vec<DateMention>,
    #[serde(default)]
    pub deadlines: Vec<Deadline>,
    #[serde(default)]
    pub quotes: Vec<Quote>,
    #[serde(default)]
    pub entities: Vec<Entity>,
    /// Notes about how the input was read (lossy decoding, a UTF-16 source, …).
    #[serde(default)]
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize, Default)]
#[serde(rename_all = "lowercase")]
pub enum Role {
    Headline,
    Standfirst,
    #[default]
    Body,
    /// A block quote (Markdown `>`).
    Quote,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Paragraph {
    pub text: String,
    /// Index into `sections`; `None` for the headline and the standfirst.
    pub section: Option<usize>,
    #[serde(default)]
    pub role: Role,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Section {
    /// The section's own heading; without one it is titled by its opening words, made when
    /// asked ([`Document::section_title`]): a large plain briefing has a section per
    /// paragraph, and keeping every such title would cost memory and reading time.
    #[serde(rename = "title", default)]
    pub heading: Option<String>,
    /// First and last paragraph index, inclusive.
    pub paragraphs: [usize; 2],
}

/// A section title made from a paragraph's first words: `Despite Trump’s threats, Russia…`.
pub fn opening_words(text: &str) -> String {
    const MAX_WORDS: usize = 5;
    const MAX_CHARS: usize = 40;
    // The words that fit, then the title made in one allocation.
    let mut words = [""; MAX_WORDS];
    let mut count = 0;
    let mut chars = 0;
    let mut cut = false;
    for word in text.split_whitespace() {
        let word_chars = word.chars().count();
        if count == MAX_WORDS || chars + word_chars > MAX_CHARS {
            cut = true;
            break;
        }
        // The space before it counts from the next word on.
        chars += word_chars + usize::from(count > 0);
        words[count] = word;
        count += 1;
    }
    let words = &words[..count];
    let bytes =
        words.iter().map(|w| w.len() + 1).sum::<usize>() + if cut { '…'.len_utf8() } else { 0 };
    let mut title = String::with_capacity(bytes);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            title.push(' ');
        }
        title.push_str(word);
    }
    if cut {
        let trimmed = title.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        title.truncate(trimmed);
        title.push('…');
    }
    title
}

/// Where a finding sits: `paragraphs[paragraph].text[start..end]`.
///
/// Held as `u32`s, because a large briefing has a million spans and its sources stop far
/// below 4 GiB; read as `usize`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
pub struct Span {
    paragraph: u32,
    start: u32,
    end: u32,
}

impl Span {
    /// Bytes `start..end` of paragraph `paragraph`.
    pub fn new(paragraph: usize, start: usize, end: usize) -> Self {
        let narrow = |n: usize| u32::try_from(n).unwrap_or(u32::MAX);
        Span {
            paragraph: narrow(paragraph),
            start: narrow(start),
            end: narrow(end),
        }
    }

    pub fn paragraph(self) -> usize {
        self.paragraph as usize
    }

    pub fn start(self) -> usize {
        self.start as usize
    }

    pub fn end(self) -> usize {
        self.end as usize
    }

    pub fn range(self) -> std::ops::Range<usize> {
        self.start()..self.end()
    }

    /// The same start, ending at `end`.
    pub fn with_end(self, end: usize) -> Self {
        Span::new(self.paragraph(), self.start(), end)
    }
}

/// A finding's text is its span's text (`Document::span_text`): kept once, in the paragraph.
/// A model read from JSON has its `text` fields ignored for the same reason.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Figure {
    pub value: f64,
    /// What is counted or measured: `%`, `$`, `£`, `dlrs`, `missiles and drones`, `killed`.
    pub unit: Option<CompactString>,
    pub qualifier: Option<CompactString>,
    #[serde(flatten)]
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct DateMention {
    pub date: CalendarDate,
    #[serde(flatten)]
    pub span: Span,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Deadline {
    pub due: NaiveDate,
    pub label: CompactString,
    pub mentions: Vec<Span>,
}

/// Its text is the span's: the words without the quote marks.
#[derive(Debug, Clone, PartialEq, Deserialize)]
pub struct Quote {
    pub speaker: Option<CompactString>,
    /// One- or two-word scare quotes.
    #[serde(default)]
    pub minor: bool,
    #[serde(flatten)]
    pub span: Span,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum EntityKind {
    Person,
    Organization,
    Place,
    Other,
}

/// Names, units and labels are mostly short (`Putin`, `%`, `missiles and drones`): a
/// [`CompactString`] keeps up to 24 bytes inline, so a large briefing's hundreds of thousands
/// of them allocate nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Entity {
    pub name: CompactString,
    pub kind: EntityKind,
    /// How many times the text names it.
    pub mentions: usize,
    pub spans: Vec<Span>,
}

/// A date at the precision the text gives: a day, a month or a year.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum CalendarDate {
    Day(NaiveDate),
    Month { year: i32, month: u32 },
    Year(i32),
}

impl CalendarDate {
    /// The last day the date covers: a deadline of "May" is due at the end of May.
    pub fn last_day(self) -> Option<NaiveDate> {
        match self {
            CalendarDate::Day(d) => Some(d),
            CalendarDate::Month { year, month } => {
                let (y, m) = if month == 12 {
                    (year + 1, 1)
                } else {
                    (year, month + 1)
                };
                NaiveDate::from_ymd_opt(y, m, 1)?.pred_opt()
            }
            CalendarDate::Year(y) => NaiveDate::from_ymd_opt(y, 12, 31),
        }
    }
}

impl fmt::Display for CalendarDate {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CalendarDate::Day(d) => write!(f, "{:04}-{:02}-{:02}", d.year(), d.month(), d.day()),
            CalendarDate::Month { year, month } => write!(f, "{year:04}-{month:02}"),
            CalendarDate::Year(y) => write!(f, "{y:04}"),
        }
    }
}

impl std::str::FromStr for CalendarDate {
    type Err = String;
    fn from_str(s: &str) -> Result<Self, Self::Err> {
        let bad = || format!("not a date (YYYY-MM-DD, YYYY-MM or YYYY): {s:?}");
        let parts: Vec<&str> = s.split('-').collect();
        let num = |p: &str| p.parse::<i64>().map_err(|_| bad());
        match parts.as_slice() {
            [y] if y.len() == 4 => Ok(CalendarDate::Year(num(y)? as i32)),
            [y, m] if y.len() == 4 && m.len() == 2 => {
                let month = num(m)? as u32;
                if !(1..=12).contains(&month) {
                    return Err(bad());
                }
                Ok(CalendarDate::Month {
                    year: num(y)? as i32,
                    month,
                })
            }
            [_, _, _] => NaiveDate::parse_from_str(s, "%Y-%m-%d")
                .map(CalendarDate::Day)
                .map_err(|_| bad()),
            _ => Err(bad()),
        }
    }
}

impl Serialize for CalendarDate {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_str(self)
    }
}

impl<'de> Deserialize<'de> for CalendarDate {
    fn deserialize<D: Deserializer<'de>>(d: D) -> Result<Self, D::Error> {
        let s = String::deserialize(d)?;
        s.parse().map_err(serde::de::Error::custom)
    }
}

impl Document {
    /// Section `i`'s title: its heading, else its first paragraph's opening words.
    pub fn section_title(&self, i: usize) -> std::borrow::Cow<'_, str> {
        self.sections
            .get(i)
            .map_or("".into(), |section| self.title_of(section))
    }

    /// A section's title: its heading, else its first paragraph's opening words.
    pub fn title_of<'d>(&'d self, section: &'d Section) -> std::borrow::Cow<'d, str> {
        match &section.heading {
            Some(heading) => heading.as_str().into(),
            None => (self.paragraphs.get(section.paragraphs[0]))
                .map_or(String::new(), |p| opening_words(&p.text))
                .into(),
        }
    }

    /// The body paragraphs (not the headline or standfirst).
    pub fn body(&self) -> impl Iterator<Item = (usize, &Paragraph)> {
        self.paragraphs
            .iter()
            .enumerate()
            .filter(|(_, p)| matches!(p.role, Role::Body | Role::Quote))
    }

    /// The text a span points at, if the span is valid for this document.
    pub fn span_text(&self, span: Span) -> Option<&str> {
        self.paragraphs
            .get(span.paragraph())?
            .text
            .get(span.range())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_by_opening_words() {
        assert_eq!(
            opening_words("Despite Trump’s threats, Russia set record attacks in July"),
            "Despite Trump’s threats, Russia set…"
        );
        assert_eq!(opening_words("Short one."), "Short one.");
        assert_eq!(opening_words(""), "");
        assert_eq!(
            opening_words("One two three four five six"),
            "One two three four five…"
        );
        // Forty characters at most, counted as characters, not bytes.
        let title = opening_words("Überraschung überall, Äpfel überall!! noch mehr Wörter");
        assert_eq!(title, "Überraschung überall, Äpfel überall…");
        assert!(title.chars().count() <= 41);
    }
}
