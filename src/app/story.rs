//! The story's lines for one width: a compact line index built once per width (how many lines
//! each paragraph wraps to), and the lines on screen wrapped when they are drawn.

use crate::model::{Document, Role, Span};
use crate::text::wrap::wrap_from;
use std::ops::ControlFlow;

/// One line of the story as drawn.
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

/// The story's layout at one width: how many lines each shown paragraph wraps to, not the
/// lines themselves. A large briefing wraps to a million lines; the screen shows sixty, and
/// they are wrapped again when drawn (see [`StoryLines::window`]).
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct StoryLines {
    pub width: usize,
    /// Whether the standfirst is part of the story (it is not when the header shows it).
    pub with_standfirst: bool,
    /// One per paragraph the story shows, in reading order.
    blocks: Vec<Block>,
    /// Where every `CHECKPOINT_EVERY`-th line of a long paragraph starts, in line order, so a
    /// line deep inside a paragraph of megabytes is wrapped from near it.
    checkpoints: Vec<Checkpoint>,
    len: usize,
    /// The line each section starts at.
    pub section_starts: Vec<usize>,
}

/// A shown paragraph: a blank line before it (but the first), its section's heading when it
/// opens a section of a briefing with headings, then its text lines.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Block {
    paragraph: u32,
    /// The block's first line (blank, heading or text).
    first: u32,
    /// Its first text line.
    text: u32,
    /// The section whose heading it shows, or `NO_HEADING`.
    heading: u32,
}

const NO_HEADING: u32 = u32::MAX;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
struct Checkpoint {
    line: u32,
    /// Byte offset of the line's start in its paragraph.
    start: u32,
}

const CHECKPOINT_EVERY: usize = 64;

/// Does the document have headings of its own (rather than titles made from opening words)?
pub fn has_headings(doc: &Document) -> bool {
    doc.sections.iter().any(|s| s.heading.is_some())
}

impl StoryLines {
    /// Lay out the standfirst (when the story shows it) and the body at `width` cells.
    pub fn build(doc: &Document, width: usize, with_standfirst: bool) -> Self {
        let headings = has_headings(doc);
        let mut story = StoryLines {
            width,
            with_standfirst,
            section_starts: vec![0; doc.sections.len()],
            ..StoryLines::default()
        };
        let mut current_section = None;
        for (i, p) in doc.paragraphs.iter().enumerate() {
            let shown = match p.role {
                Role::Headline => false,
                Role::Standfirst => with_standfirst,
                Role::Body | Role::Quote => true,
            };
            if !shown {
                continue;
            }
            let first = story.len;
            if !story.blocks.is_empty() {
                story.len += 1;
            }
            let mut heading = NO_HEADING;
            if let Some(s) = p.section.filter(|s| Some(*s) != current_section) {
                current_section = Some(s);
                if let Some(slot) = story.section_starts.get_mut(s) {
                    *slot = story.len;
                }
                // (A section before the first heading, titled by its opening words, shows
                // no heading: its title would only repeat them.)
                let written = doc.sections.get(s).is_some_and(|s| s.heading.is_some());
                if headings && written {
                    heading = s as u32;
                    story.len += 1;
                }
            }
            story.blocks.push(Block {
                paragraph: i as u32,
                first: first as u32,
                text: story.len as u32,
                heading,
            });
            let mut k = 0;
            wrap_from(&p.text, 0, story.text_width(p.role), |start, _| {
                if k > 0 && k % CHECKPOINT_EVERY == 0 {
                    story.checkpoints.push(Checkpoint {
                        line: (story.len + k) as u32,
                        start: start as u32,
                    });
                }
                k += 1;
                ControlFlow::Continue(())
            });
            story.len += k;
        }
        story.blocks.shrink_to_fit();
        story.checkpoints.shrink_to_fit();
        story
    }

    /// Block quotes are indented by their bar.
    fn text_width(&self, role: Role) -> usize {
        let indent = if role == Role::Quote { 2 } else { 0 };
        self.width.saturating_sub(indent).max(1)
    }

    pub fn len(&self) -> usize {
        self.len
    }

    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// Lines `from..from + count` (fewer at the end), wrapped now from the nearest known
    /// line start. `doc` is the document the layout was built from.
    pub fn window(&self, doc: &Document, from: usize, count: usize) -> Vec<Line> {
        let mut out = Vec::with_capacity(count.min(self.len.saturating_sub(from)));
        let mut b = self.blocks.partition_point(|b| b.first as usize <= from);
        let mut k = from;
        while out.len() < count && b > 0 && b <= self.blocks.len() {
            let block = self.blocks[b - 1];
            let end = self.block_end(b - 1);
            while k < block.text as usize && out.len() < count {
                let blank = k == block.first as usize && b > 1;
                out.push(if blank {
                    Line::Blank
                } else {
                    Line::Heading(block.heading)
                });
                k += 1;
            }
            if k < end && out.len() < count {
                let (mut line, start) = self.resume_at(block, k);
                let Some(p) = doc.paragraphs.get(block.paragraph as usize) else {
                    break;
                };
                wrap_from(&p.text, start, self.text_width(p.role), |start, end| {
                    if line >= k {
                        out.push(Line::Text {
                            paragraph: block.paragraph,
                            start: start as u32,
                            end: end as u32,
                        });
                    }
                    line += 1;
                    if out.len() < count {
                        ControlFlow::Continue(())
                    } else {
                        ControlFlow::Break(())
                    }
                });
            }
            k = end;
            b += 1;
        }
        out
    }

    /// The line after block `b`'s last.
    fn block_end(&self, b: usize) -> usize {
        self.blocks
            .get(b + 1)
            .map_or(self.len, |next| next.first as usize)
    }

    /// The latest known line start at or before text line `k` of `block`: the line and its
    /// byte offset.
    fn resume_at(&self, block: Block, k: usize) -> (usize, usize) {
        let n = self.checkpoints.partition_point(|c| c.line as usize <= k);
        match n.checked_sub(1).map(|i| self.checkpoints[i]) {
            Some(c) if c.line >= block.text => (c.line as usize, c.start as usize),
            _ => (block.text as usize, 0),
        }
    }

    /// The line that shows the start of `span`.
    pub fn line_of(&self, doc: &Document, span: Span) -> Option<usize> {
        let b = self
            .blocks
            .binary_search_by_key(&span.paragraph(), |b| b.paragraph as usize)
            .ok()?;
        let block = self.blocks[b];
        let p = doc.paragraphs.get(span.paragraph())?;
        // The last checkpoint of this block that starts at or before the span.
        let in_block = self.checkpoints.partition_point(|c| c.line < block.text)
            ..self
                .checkpoints
                .partition_point(|c| (c.line as usize) < self.block_end(b));
        let checkpoints = &self.checkpoints[in_block];
        let n = checkpoints.partition_point(|c| c.start as usize <= span.start());
        let (mut line, from) = match n.checked_sub(1).map(|i| checkpoints[i]) {
            Some(c) => (c.line as usize, c.start as usize),
            None => (block.text as usize, 0),
        };
        let mut found = None;
        wrap_from(&p.text, from, self.text_width(p.role), |start, _| {
            if start > span.start() {
                return ControlFlow::Break(());
            }
            found = Some(line);
            line += 1;
            ControlFlow::Continue(())
        });
        found
    }

    /// Where line `k` points in the text, to keep the reading position across a re-wrap.
    pub fn anchor(&self, doc: &Document, k: usize) -> Option<Span> {
        let k = k.min(self.len.saturating_sub(1));
        // The line itself, or the first text line after a blank or a heading.
        self.window(doc, k, 3).into_iter().find_map(|l| match l {
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::wrap::wrap;

    /// Every line of the story, wrapped all at once: what the lazy layout must reproduce.
    fn eager(story: &StoryLines, doc: &Document) -> Vec<Line> {
        let mut out = Vec::new();
        for (b, block) in story.blocks.iter().enumerate() {
            if b > 0 {
                out.push(Line::Blank);
            }
            if block.heading != NO_HEADING {
                out.push(Line::Heading(block.heading));
            }
            let p = &doc.paragraphs[block.paragraph as usize];
            for (start, end) in wrap(&p.text, story.text_width(p.role)) {
                out.push(Line::Text {
                    paragraph: block.paragraph,
                    start: start as u32,
                    end: end as u32,
                });
            }
        }
        out
    }

    fn long_briefing() -> Document {
        let long: Vec<String> = (0..900).map(|i| format!("word{i}")).collect();
        let text = format!(
            "# Head\n\nStandfirst line.\n\n## One\n\nShort.\n\n> Quoted words here.\n\n{}\n\n\
             ## Two\n\n{} tail\n\nLast one.",
            long.join(" "),
            "x".repeat(700),
        );
        crate::ingest::markdown::parse(&text)
    }

    #[test]
    fn windows_match_the_whole_story_wrapped_at_once() {
        let doc = long_briefing();
        for width in [7, 20, 33] {
            let story = StoryLines::build(&doc, width, true);
            let all = eager(&story, &doc);
            assert_eq!(story.len(), all.len());
            assert!(
                !story.checkpoints.is_empty(),
                "the long paragraph has checkpoints"
            );
            assert_eq!(story.window(&doc, 0, usize::MAX), all);
            for k in 0..all.len() {
                let end = (k + 5).min(all.len());
                assert_eq!(story.window(&doc, k, 5), all[k..end], "from line {k}");
            }
            assert!(story.window(&doc, all.len(), 5).is_empty());
        }
    }

    proptest::proptest! {
        #[test]
        fn any_text_lays_out_as_if_wrapped_at_once(
            paragraphs in proptest::collection::vec("[a-zé東😀 ]{0,300}", 1..6),
            width in 1usize..30,
            from in 0usize..200,
        ) {
            let text = paragraphs.join("\n\n");
            let doc = crate::ingest::plain::parse(&format!("Head\n\n{text}"));
            let story = StoryLines::build(&doc, width, true);
            let all = eager(&story, &doc);
            proptest::prop_assert_eq!(story.len(), all.len());
            let from = from.min(all.len());
            let end = (from + 7).min(all.len());
            proptest::prop_assert_eq!(story.window(&doc, from, 7), &all[from..end]);
        }
    }

    #[test]
    fn only_a_heading_the_briefing_writes_is_shown() {
        let doc = crate::ingest::markdown::parse(
            "# Head\n\n*Standfirst.*\n\n**CAIRO, Aug 28** - Talks resume.\n\n## Terms\n\nA truce.",
        );
        let story = StoryLines::build(&doc, 40, false);
        let headings: Vec<String> = eager(&story, &doc)
            .into_iter()
            .filter_map(|line| match line {
                Line::Heading(s) => Some(doc.section_title(s as usize).into_owned()),
                _ => None,
            })
            .collect();
        assert_eq!(headings, ["Terms"]);
        assert_eq!(
            story.section_starts.len(),
            2,
            "the opening is still a section"
        );
    }

    #[test]
    fn every_text_line_is_found_from_its_start() {
        let doc = long_briefing();
        let story = StoryLines::build(&doc, 20, false);
        for (k, line) in eager(&story, &doc).into_iter().enumerate() {
            if let Line::Text {
                paragraph, start, ..
            } = line
            {
                let span = Span::new(paragraph as usize, start as usize, start as usize + 1);
                assert_eq!(story.line_of(&doc, span), Some(k));
                assert_eq!(story.anchor(&doc, k), Some(span.with_end(start as usize)));
            }
        }
    }
}
