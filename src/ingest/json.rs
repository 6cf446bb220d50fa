//! The JSON model itself as an input format (what `brief extract --json` prints).
//!
//! A model from elsewhere is not trusted: its text is sanitised like any other input, and if
//! that changed anything, or a span does not fit its paragraph, its findings are dropped and
//! extracted again from the clean text.

use super::clean::display_text;
use super::IngestError;
use crate::model::{opening_words, Document, Span};

pub fn parse(text: &str) -> Result<(Document, bool), IngestError> {
    let mut doc: Document =
        serde_json::from_str(text).map_err(|e| IngestError::BadJson(e.to_string()))?;
    let mut changed = false;
    let mut clean = |s: &mut String| {
        let c = display_text(s);
        if c != *s {
            *s = c;
            changed = true;
        }
    };
    clean(&mut doc.headline);
    if let Some(s) = doc.standfirst.as_mut() {
        clean(s);
    }
    for p in &mut doc.paragraphs {
        clean(&mut p.text);
    }
    for heading in doc.sections.iter_mut().filter_map(|s| s.heading.as_mut()) {
        clean(heading);
    }
    let sections = doc.sections.len();
    let paragraphs = doc.paragraphs.len();
    for p in &mut doc.paragraphs {
        if p.section.is_some_and(|s| s >= sections) {
            p.section = None;
        }
    }
    doc.sections
        .retain(|s| s.paragraphs[0] <= s.paragraphs[1] && s.paragraphs[1] < paragraphs);
    // A title that is only the section's opening words (as `brief extract --json` writes a
    // plain briefing's) is no heading of its own.
    for s in &mut doc.sections {
        let opening =
            |heading: &String| *heading == opening_words(&doc.paragraphs[s.paragraphs[0]].text);
        if s.heading.as_ref().is_some_and(opening) {
            s.heading = None;
        }
    }
    if changed || !spans_fit(&doc) {
        doc.figures.clear();
        doc.dates.clear();
        doc.deadlines.clear();
        doc.quotes.clear();
        doc.entities.clear();
        return Ok((doc, false));
    }
    Ok((doc, true))
}

fn spans_fit(doc: &Document) -> bool {
    let fits = |s: &Span| doc.span_text(*s).is_some();
    doc.figures.iter().all(|f| fits(&f.span))
        && doc.dates.iter().all(|d| fits(&d.span))
        && doc.quotes.iter().all(|q| fits(&q.span))
        && doc.deadlines.iter().all(|d| d.mentions.iter().all(fits))
        && doc.entities.iter().all(|e| e.spans.iter().all(fits))
}
