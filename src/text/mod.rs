//! Text primitives shared by extraction: tokens with byte spans, and sentences.

pub mod sentences;
pub mod tokens;
pub mod wrap;
