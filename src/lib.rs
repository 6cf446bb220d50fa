//! `brief`: a terminal reader for news briefings.
//!
//! - [`model`]: the document model and its JSON contract.
//! - [`ingest`]: bytes to a model (plain text, Markdown, the JSON model).
//! - [`extract`]: figures, dates, deadlines, quotes and entities from the model's text.
//! - [`app`]: reader state, changed only by actions.
//! - [`ui`]: drawing the state, one widget per pane.
//! - [`term`] and [`cli`]: the edges — terminal, clock, files, the command line.

pub mod extract;
pub mod ingest;
pub mod model;
pub mod text;

use chrono::NaiveDate;
use model::Document;

/// Read a briefing from bytes and find everything in it. `today` resolves dates when the
/// briefing has no dateline.
pub fn load(
    bytes: &[u8],
    format: Option<ingest::Format>,
    today: NaiveDate,
) -> Result<Document, ingest::IngestError> {
    let (mut doc, has_findings) = ingest::ingest(bytes, format)?;
    if !has_findings {
        extract::extract(&mut doc, today);
    }
    Ok(doc)
}
pub mod app;
pub mod cli;
pub mod error;
pub mod source;
pub mod summary;
pub mod term;
pub mod ui;
