//! Ingest: bytes of a briefing to a [`Document`] with no findings yet. Pure functions; reading
//! the file is the caller's business (see `source.rs` at the edge).

pub mod builder;
pub mod clean;
pub mod decode;
pub mod json;
pub mod markdown;
pub mod plain;
pub mod references;

use crate::model::Document;
use std::path::Path;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    Plain,
    Markdown,
    Json,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum IngestError {
    Binary,
    BadJson(String),
}

impl std::fmt::Display for IngestError {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            IngestError::Binary => write!(f, "binary file (NUL bytes), not a briefing"),
            IngestError::BadJson(e) => write!(f, "not a valid briefing model: {e}"),
        }
    }
}

/// The format the file name says, if it says one.
pub fn format_from_name(name: &Path) -> Option<Format> {
    let ext = name.extension()?.to_str()?.to_ascii_lowercase();
    match ext.as_str() {
        "md" | "markdown" | "mdown" => Some(Format::Markdown),
        "json" => Some(Format::Json),
        "txt" | "text" => Some(Format::Plain),
        _ => None,
    }
}

/// Sniff the format from the content.
pub fn sniff(text: &str) -> Format {
    if text.trim_start().starts_with('{') {
        Format::Json
    } else if markdown::looks_like_markdown(text) {
        Format::Markdown
    } else {
        Format::Plain
    }
}

/// Decode and parse. JSON models arrive with their findings; other formats arrive without
/// (the caller runs extraction), which the boolean says.
pub fn ingest(bytes: &[u8], format: Option<Format>) -> Result<(Document, bool), IngestError> {
    let decoded = decode::decode(bytes).map_err(|_| IngestError::Binary)?;
    let sniffed = format.is_none();
    let format = format.unwrap_or_else(|| sniff(&decoded.text));
    let (mut doc, has_findings) = match format {
        Format::Plain => (plain::parse(&decoded.text), false),
        Format::Markdown => (markdown::parse(&decoded.text), false),
        // Text that merely starts with `{` is still a briefing.
        Format::Json => match json::parse(&decoded.text) {
            Err(_) if sniffed => (plain::parse(&decoded.text), false),
            other => other?,
        },
    };
    doc.notes.extend(decoded.notes);
    Ok((doc, has_findings))
}
