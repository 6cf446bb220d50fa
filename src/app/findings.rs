//! The sidebar's rows, derived once from the document: what each finding reads as, and the
//! span `Enter` jumps to.

use crate::extract::lexicon::{is_approximate, is_currency_word, kind_from_last_word};
use crate::extract::Found;
use crate::model::{
    CompactString, DateMention, Deadline, Document, Figure, Paragraph, Quote, Span,
};
use crate::text::{sentences, tokens};
use chrono::NaiveDate;

#[derive(Debug, Clone, PartialEq)]
pub struct DeadlineRow {
    pub due: NaiveDate,
    pub label: CompactString,
    pub target: Span,
}

/// The sidebar's lists. A large briefing has hundreds of thousands of figures and quotes, so
/// rows hold only what cannot be read off the document cheaply, and are worded when drawn.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Findings {
    pub deadlines: Vec<DeadlineRow>,
    /// For each of the document's figures, in its order, the date its sentence mentions
    /// (an index into the document's dates, or `NO_DATE`): `6,400+ missiles and drones · July`.
    pub figures: Vec<u32>,
    /// The document's quotes in the order the sidebar lists them.
    pub quotes: Vec<u32>,
}

impl Findings {
    pub fn from_document(doc: &Document) -> Self {
        Self::build(
            &doc.paragraphs,
            &doc.figures,
            &doc.dates,
            &doc.deadlines,
            &doc.quotes,
        )
    }

    /// The rows for findings not yet put into their document (built off the UI thread).
    pub fn from_found(paragraphs: &[Paragraph], found: &Found) -> Self {
        Self::build(
            paragraphs,
            &found.figures,
            &found.dates,
            &found.deadlines,
            &found.quotes,
        )
    }

    fn build(
        paragraphs: &[Paragraph],
        figures: &[Figure],
        dates: &[DateMention],
        deadlines: &[Deadline],
        quotes: &[Quote],
    ) -> Self {
        let deadlines = deadlines
            .iter()
            .filter_map(|d| {
                Some(DeadlineRow {
                    due: d.due,
                    label: d.label.clone(),
                    target: *d.mentions.first()?,
                })
            })
            .collect();
        // Figures come in paragraph order: split each paragraph into sentences once.
        let mut sentences: (usize, Vec<(usize, usize)>) = (usize::MAX, Vec::new());
        let figures = figures
            .iter()
            .map(|f| {
                if sentences.0 != f.span.paragraph() {
                    sentences = (
                        f.span.paragraph(),
                        sentence_bounds(paragraphs, f.span.paragraph()),
                    );
                }
                context_date(dates, &sentences.1, f.span).map_or(NO_DATE, |d| d as u32)
            })
            .collect();
        // Quote highlights: real quotes first, scare quotes after, each in reading order.
        let mut order: Vec<u32> = (0..quotes.len() as u32).collect();
        order.sort_by_key(|&i| {
            let q = &quotes[i as usize];
            (q.minor, q.span)
        });
        Findings {
            deadlines,
            figures,
            quotes: order,
        }
    }
}

/// A speaker as one short line allows: a person by surname (`Putin`); a body, whose last word
/// is only its kind (`Ford Motor Co`, `Labour Party`) or which is of something (`Bank of
/// England`), by its whole name.
pub fn short_speaker(name: &str) -> &str {
    let joined = name
        .split_whitespace()
        .any(|w| w.starts_with(|c: char| c.is_lowercase()));
    match name.split_whitespace().last() {
        Some(last) if !joined && kind_from_last_word(last).is_none() => last,
        _ => name,
    }
}

/// No date in a figure's sentence.
pub const NO_DATE: u32 = u32::MAX;

/// `6,400+ missiles and drones`, `~300p`, `£800m`, `≤2 years`.
pub fn figure_label(f: &Figure, context: Option<&str>) -> String {
    let number = human_number(f.value);
    let unit = f.unit.as_deref().unwrap_or("");
    let (prefix, suffix) = match f.qualifier.as_deref() {
        Some(
            "over" | "more than" | "above" | "at least" | "greater than" | "in excess of"
            | "upwards of" | "just over" | "well over" | "no less than" | "not less than"
            | "no fewer than" | "not fewer than" | "longer than" | "nothing less than",
        ) => ("", "+"),
        Some(q) if is_approximate(q) => ("~", ""),
        Some(
            "up to" | "at most" | "as high as" | "as many as" | "as much as" | "no more than"
            | "not more than" | "no longer than" | "not longer than",
        ) => ("≤", ""),
        Some(
            "below" | "under" | "less than" | "fewer than" | "just under" | "well below"
            | "as low as" | "as few as" | "as little as",
        ) => ("<", ""),
        _ => ("", ""),
    };
    let mut label = match unit {
        "$" | "£" | "€" | "¥" | "₹" => {
            format!("{prefix}{unit}{}{suffix}", money_number(f.value))
        }
        "%" | "p" | "°C" | "°F" => format!("{prefix}{}{unit}{suffix}", plain_number(f.value)),
        "" => format!("{prefix}{number}{suffix}"),
        // A multiple: `6-fold`.
        "fold" => format!("{prefix}{number}{suffix}-fold"),
        // Wire copy's `27.50 dlrs`, `15.80 euros`: money written as a word.
        word if is_currency_word(word) => {
            format!("{prefix}{}{suffix} {unit}", money_number(f.value))
        }
        _ => format!("{prefix}{number}{suffix} {unit}"),
    };
    if f.qualifier.as_deref() == Some("record") {
        label.push_str(" (record)");
    }
    if let Some(c) = context {
        label.push_str(" · ");
        label.push_str(c);
    }
    label
}

/// `6,400`, `1.5bn`, `800m`, `2.25`.
fn human_number(v: f64) -> String {
    for (scale, suffix) in [(1e12, "tn"), (1e9, "bn"), (1e6, "m")] {
        if v.abs() >= scale {
            return format!("{}{suffix}", plain_number(v / scale));
        }
    }
    plain_number(v)
}

/// `6.10`, `1,738.74`, `1.5bn`: an amount below a million with cents keeps both digits.
fn money_number(v: f64) -> String {
    let mut number = human_number(v);
    if v.abs() < 1e6 && number.find('.').is_some_and(|dot| number.len() - dot == 2) {
        number.push('0');
    }
    number
}

fn plain_number(v: f64) -> String {
    if v.fract().abs() > 1e-9 {
        // `1,738.74`, `3.3315`: separators in the whole part, and the decimals written, up to
        // four (an exchange rate's); a value read from a fraction such as 1/3 stops there.
        let s = format!("{:.4}", v.abs());
        let (whole, frac) = s.split_once('.').unwrap_or((&s, ""));
        let frac = frac.trim_end_matches('0');
        let whole = plain_number(whole.parse::<f64>().unwrap_or(0.0));
        let sign = if v < 0.0 { "-" } else { "" };
        return format!("{sign}{whole}.{frac}");
    }
    let digits = format!("{}", v.abs() as u64);
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    if v < 0.0 {
        out.insert(0, '-');
    }
    out
}

/// Byte ranges of a paragraph's sentences.
fn sentence_bounds(paragraphs: &[Paragraph], paragraph: usize) -> Vec<(usize, usize)> {
    let Some(p) = paragraphs.get(paragraph) else {
        return Vec::new();
    };
    let toks = tokens::tokenize(&p.text);
    sentences::split(&p.text, &toks)
        .into_iter()
        .map(|(a, b)| (toks[a].range().start, toks[b - 1].range().end))
        .collect()
}

/// The date a figure's sentence mentions (`… record attacks in July, firing over 6,400 …`).
fn context_date(dates: &[DateMention], sentences: &[(usize, usize)], span: Span) -> Option<usize> {
    let k = sentences.partition_point(|&(_, end)| end <= span.start());
    let &(start, end) = sentences.get(k)?;
    // Near the figure only: a run-on "sentence" can be megabytes long.
    const REACH: usize = 300;
    let (start, end) = (
        start.max(span.start().saturating_sub(REACH)),
        end.min(span.end() + REACH),
    );
    let first =
        dates.partition_point(|d| (d.span.paragraph(), d.span.start()) < (span.paragraph(), start));
    dates[first..]
        .iter()
        .enumerate()
        .take_while(|(_, d)| d.span.paragraph() == span.paragraph() && d.span.start() < end)
        .filter(|(_, d)| d.span.end() <= end)
        .min_by_key(|(_, d)| d.span.start().abs_diff(span.start()))
        .map(|(k, _)| first + k)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn figure(value: f64, unit: &str, qualifier: Option<&str>) -> Figure {
        Figure {
            value,
            unit: Some(unit.into()).filter(|u: &CompactString| !u.is_empty()),
            qualifier: qualifier.map(Into::into),
            span: Span::new(0, 0, 0),
        }
    }

    #[test]
    fn labels_read_like_a_fact_sheet() {
        assert_eq!(
            figure_label(
                &figure(6400.0, "missiles and drones", Some("over")),
                Some("July")
            ),
            "6,400+ missiles and drones · July"
        );
        assert_eq!(figure_label(&figure(8e8, "£", None), None), "£800m");
        assert_eq!(figure_label(&figure(6.1, "$", None), None), "$6.10");
        assert_eq!(
            figure_label(&figure(27.5, "dlrs", None), None),
            "27.50 dlrs"
        );
        assert_eq!(
            figure_label(&figure(4.6e9, "euros", None), None),
            "4.6bn euros"
        );
        assert_eq!(figure_label(&figure(1.5, "°C", None), None), "1.5°C");
        assert_eq!(figure_label(&figure(1.5e9, "$", None), None), "$1.5bn");
        assert_eq!(
            figure_label(&figure(300.0, "p", Some("about")), None),
            "~300p"
        );
        assert_eq!(figure_label(&figure(28.1, "%", None), None), "28.1%");
        assert_eq!(
            figure_label(&figure(93.0, "£", Some("no more than")), None),
            "≤£93"
        );
        assert_eq!(
            figure_label(&figure(6.0, "months", Some("longer than")), None),
            "6+ months"
        );
        assert_eq!(
            figure_label(&figure(18.0, "weeks", Some("no longer than")), None),
            "≤18 weeks"
        );
        assert_eq!(figure_label(&figure(6.0, "fold", None), None), "6-fold");
        assert_eq!(figure_label(&figure(1738.74, "", None), None), "1,738.74");
        assert_eq!(
            figure_label(&figure(1.47e9, "dlrs", None), None),
            "1.47bn dlrs"
        );
    }

    #[test]
    fn a_rate_keeps_the_decimals_that_tell_it_apart() {
        // `3.3280 to the mark` and `3.3315` were both shown as 3.33.
        assert_eq!(
            figure_label(&figure(3.3315, "to the mark", None), None),
            "3.3315 to the mark"
        );
        assert_eq!(figure_label(&figure(3.328, "", None), None), "3.328");
        assert_eq!(figure_label(&figure(1.125e9, "$", None), None), "$1.125bn");
        assert_eq!(figure_label(&figure(1.0 / 3.0, "", None), None), "0.3333");
    }

    #[test]
    fn a_person_is_shortened_to_a_surname_but_a_body_is_not() {
        assert_eq!(short_speaker("Vladimir Putin"), "Putin");
        assert_eq!(short_speaker("Ford Motor Co"), "Ford Motor Co");
        assert_eq!(short_speaker("Bank of England"), "Bank of England");
        assert_eq!(short_speaker("Kremlin"), "Kremlin");
    }
}
