//! `brief extract` without `--json`: a readable plain-text summary of the model.

use crate::model::{Document, EntityKind};
use std::fmt::Write;

pub fn summary(doc: &Document) -> String {
    let mut s = String::new();
    let text = |span| doc.span_text(span).unwrap_or("");
    let _ = writeln!(
        s,
        "{}",
        if doc.headline.is_empty() {
            "(no headline)"
        } else {
            &doc.headline
        }
    );
    if let Some(d) = doc.date {
        let _ = writeln!(s, "Date: {}", d.format("%A %-d %B %Y"));
    }
    if let Some(sf) = &doc.standfirst {
        let _ = writeln!(s, "\n{sf}");
    }
    let _ = writeln!(s, "\nSections ({}):", doc.sections.len());
    for i in 0..doc.sections.len() {
        let _ = writeln!(s, "  {:>2}. {}", i + 1, doc.section_title(i));
    }
    let _ = writeln!(s, "\nDeadlines ({}):", doc.deadlines.len());
    for d in &doc.deadlines {
        let _ = writeln!(
            s,
            "  {}  {} ({} mention{})",
            d.due.format("%a %-d %b %Y"),
            d.label,
            d.mentions.len(),
            if d.mentions.len() == 1 { "" } else { "s" }
        );
    }
    let _ = writeln!(s, "\nKey figures ({}):", doc.figures.len());
    for f in &doc.figures {
        let _ = writeln!(s, "  {}", crate::app::findings::figure_label(f, None));
    }
    let _ = writeln!(s, "\nDates ({}):", doc.dates.len());
    for d in &doc.dates {
        let _ = writeln!(s, "  {:<10}  {}", d.date.to_string(), text(d.span));
    }
    let _ = writeln!(s, "\nQuotes ({}):", doc.quotes.len());
    for q in &doc.quotes {
        let by = q.speaker.as_deref().unwrap_or("unattributed");
        let _ = writeln!(
            s,
            "  “{}” — {}{}",
            text(q.span),
            by,
            if q.minor { " (minor)" } else { "" }
        );
    }
    let _ = writeln!(
        s,
        "\nPeople, organisations and places ({}):",
        doc.entities.len()
    );
    for e in &doc.entities {
        let kind = match e.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "organisation",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        };
        let _ = writeln!(s, "  {:<13} {} ×{}", kind, e.name, e.mentions);
    }
    if !doc.notes.is_empty() {
        let _ = writeln!(s, "\nNotes: {}", doc.notes.join("; "));
    }
    s.trim_end().to_string()
}
