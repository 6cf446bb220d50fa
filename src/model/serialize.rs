//! The JSON contract of a [`Document`]: findings are written with the text their spans point
//! at, which the model itself keeps only once, in the paragraphs.

use super::{CalendarDate, Document, Span};
use serde::ser::SerializeStruct;
use serde::{Serialize, Serializer};

#[derive(Serialize)]
struct SectionOut<'a> {
    title: std::borrow::Cow<'a, str>,
    paragraphs: [usize; 2],
}

#[derive(Serialize)]
struct FigureOut<'a> {
    text: &'a str,
    value: f64,
    unit: Option<&'a str>,
    qualifier: Option<&'a str>,
    #[serde(flatten)]
    span: Span,
}

#[derive(Serialize)]
struct DateOut<'a> {
    text: &'a str,
    date: CalendarDate,
    #[serde(flatten)]
    span: Span,
}

#[derive(Serialize)]
struct QuoteOut<'a> {
    text: &'a str,
    speaker: Option<&'a str>,
    minor: bool,
    #[serde(flatten)]
    span: Span,
}

/// A list written item by item through its closure, with nothing collected first.
struct Each<'a, T, F>(&'a [T], F);

/// Ties the closure to the list's lifetime, so what it makes may borrow from the list.
fn each<'a, T, O: Serialize, F: Fn(&'a T) -> O>(items: &'a [T], out: F) -> Each<'a, T, F> {
    Each(items, out)
}

impl<'a, T, O, F> Serialize for Each<'a, T, F>
where
    O: Serialize,
    F: Fn(&'a T) -> O,
{
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        s.collect_seq(self.0.iter().map(&self.1))
    }
}

impl Serialize for Document {
    fn serialize<S: Serializer>(&self, s: S) -> Result<S::Ok, S::Error> {
        let text = |span: Span| self.span_text(span).unwrap_or("");
        let mut doc = s.serialize_struct("Document", 11)?;
        doc.serialize_field("date", &self.date)?;
        doc.serialize_field("headline", &self.headline)?;
        doc.serialize_field("standfirst", &self.standfirst)?;
        doc.serialize_field("paragraphs", &self.paragraphs)?;
        doc.serialize_field(
            "sections",
            &each(&self.sections, |section| SectionOut {
                title: self.title_of(section),
                paragraphs: section.paragraphs,
            }),
        )?;
        doc.serialize_field(
            "figures",
            &each(&self.figures, |f| FigureOut {
                text: text(f.span),
                value: f.value,
                unit: f.unit.as_deref(),
                qualifier: f.qualifier.as_deref(),
                span: f.span,
            }),
        )?;
        doc.serialize_field(
            "dates",
            &each(&self.dates, |d| DateOut {
                text: text(d.span),
                date: d.date,
                span: d.span,
            }),
        )?;
        doc.serialize_field("deadlines", &self.deadlines)?;
        doc.serialize_field(
            "quotes",
            &each(&self.quotes, |q| QuoteOut {
                text: text(q.span),
                speaker: q.speaker.as_deref(),
                minor: q.minor,
                span: q.span,
            }),
        )?;
        doc.serialize_field("entities", &self.entities)?;
        if self.notes.is_empty() {
            doc.skip_field("notes")?;
        } else {
            doc.serialize_field("notes", &self.notes)?;
        }
        doc.end()
    }
}
