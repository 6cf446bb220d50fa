//! Text primitives shared by ingest and extraction: tokens with byte spans, sentences, and
//! byte tests eight at a time.

pub mod ascii8;
pub mod sentences;
pub mod tokens;
pub mod wrap;
