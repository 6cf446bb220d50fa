//! The story as wrapped lines for one width: a line index built once per width, so scrolling,
//! section jumps and search need no re-wrapping.

use crate::ingest::builder::opening_words;
use crate::model::{Document, Role, Span};
use crate::text::wrap::wrap;

/// One wrapped line. A large briefing wraps to a million of these, so they hold `u32`s (a
/// briefing is far below 4 GiB) and take 16 bytes each.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Line {
    /// Bytes `start..end` of a paragraph.
    Text {
        paragraph: u32,
        start: u32,
        end: u32,
    },
    /// A section heading (only for briefings that have real headings).
    Heading(u32),
    Blank,
}

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryLines {
    pub width: usize,
    /// Whether the standfirst is part of the story (it is not when the header shows it).
    pub with_standfirst: bool,
    pub lines: Vec<Line>,
    /// The line each section starts at.
    pub section_starts: Vec<usize>,
    /// The first line of each paragraph the story shows, so a span finds its line without
    /// scanning a million lines.
    first_line: Vec<Option<usize>>,
}

/// Does the document have headings of its own (rather than titles made from opening words)?
pub fn has_headings(doc: &Document) -> bool {
    doc.sections.iter().any(|s| {
        doc.paragraphs
            .get(s.paragraphs[0])
            .is_some_and(|p| opening_words(&p.text) != s.title)
    })
}

impl StoryLines {
    /// Wrap the standfirst (when the story shows it) and the body at `width` cells.
    pub fn build(doc: &Document, width: usize, with_standfirst: bool) -> Self {
        let headings = has_headings(doc);
        let mut lines = Vec::new();
        let mut section_starts = vec![0; doc.sections.len()];
        let mut current_section = None;
        let mut first_line = vec![None; doc.paragraphs.len()];
        for (i, p) in doc.paragraphs.iter().enumerate() {
            let shown = match p.role {
                Role::Headline => false,
                Role::Standfirst => with_standfirst,
                Role::Body | Role::Quote => true,
            };
            if !shown {
                continue;
            }
            if !lines.is_empty() {
                lines.push(Line::Blank);
            }
            if let Some(s) = p.section.filter(|s| Some(*s) != current_section) {
                current_section = Some(s);
                if let Some(slot) = section_starts.get_mut(s) {
                    *slot = lines.len();
                }
                if headings {
                    lines.push(Line::Heading(s as u32));
                }
            }
            let indent = if p.role == Role::Quote { 2 } else { 0 };
            first_line[i] = Some(lines.len());
            for (start, end) in wrap(&p.text, width.saturating_sub(indent).max(1)) {
                lines.push(Line::Text {
                    paragraph: i as u32,
                    start: start as u32,
                    end: end as u32,
                });
            }
        }
        StoryLines {
            width,
            with_standfirst,
            lines,
            section_starts,
            first_line,
        }
    }

    pub fn len(&self) -> usize {
        self.lines.len()
    }

    pub fn is_empty(&self) -> bool {
        self.lines.is_empty()
    }

    /// The line that shows the start of `span`.
    pub fn line_of(&self, span: Span) -> Option<usize> {
        let first = (*self.first_line.get(span.paragraph())?)?;
        let mut found = None;
        for (k, line) in self.lines.iter().enumerate().skip(first) {
            match *line {
                Line::Text {
                    paragraph, start, ..
                } if paragraph as usize == span.paragraph() && start as usize <= span.start() => {
                    found = Some(k)
                }
                _ => break,
            }
        }
        found
    }

    /// Where line `k` points in the text, to keep the reading position across a re-wrap.
    pub fn anchor(&self, k: usize) -> Option<Span> {
        self.lines[k.min(self.lines.len().saturating_sub(1))..]
            .iter()
            .find_map(|l| match *l {
                Line::Text {
                    paragraph, start, ..
                } => Some(Span::new(
                    paragraph as usize,
                    start as usize,
                    start as usize,
                )),
                _ => None,
            })
    }

    /// The section shown at line `k`; the standfirst above the first section counts as the
    /// first section's opening.
    pub fn section_at(&self, k: usize) -> Option<usize> {
        if self.section_starts.is_empty() {
            return None;
        }
        Some(
            self.section_starts
                .iter()
                .rposition(|&s| s <= k)
                .unwrap_or(0),
        )
    }
}
