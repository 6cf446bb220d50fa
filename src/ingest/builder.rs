//! Assembles paragraphs and headings into a [`Document`]: roles, section indices, titles.

use super::clean::display_text;
use crate::model::{Document, Paragraph, Role, Section};
use chrono::NaiveDate;

#[derive(Default)]
pub struct DocumentBuilder {
    date: Option<NaiveDate>,
    headline: Option<String>,
    standfirst: Option<String>,
    /// Body blocks in order: a heading (Some(title)) starts a section.
    blocks: Vec<Block>,
    /// How many of the blocks are paragraphs (asked after every paragraph of a Markdown file).
    paragraphs: usize,
}

enum Block {
    Heading(String),
    Paragraph(String, Role),
}

impl DocumentBuilder {
    pub fn date(&mut self, date: Option<NaiveDate>) {
        self.date = date;
    }

    pub fn headline(&mut self, raw: &str) {
        self.headline = Some(display_text(raw));
    }

    pub fn has_headline(&self) -> bool {
        self.headline.is_some()
    }

    pub fn has_standfirst(&self) -> bool {
        self.standfirst.is_some()
    }

    pub fn standfirst(&mut self, raw: &str) {
        let text = display_text(raw);
        if !text.is_empty() {
            self.standfirst = Some(text);
        }
    }

    pub fn heading(&mut self, raw: &str) {
        let text = display_text(raw);
        if !text.is_empty() {
            self.blocks.push(Block::Heading(text));
        }
    }

    pub fn paragraph(&mut self, raw: &str, role: Role) {
        let text = display_text(raw);
        if !text.is_empty() {
            self.blocks.push(Block::Paragraph(text, role));
            self.paragraphs += 1;
        }
    }

    pub fn body_len(&self) -> usize {
        self.paragraphs
    }

    pub fn build(self) -> Document {
        let mut paragraphs = Vec::with_capacity(self.blocks.len() + 2);
        let headline = self.headline.unwrap_or_default();
        if !headline.is_empty() {
            paragraphs.push(Paragraph {
                text: headline.clone(),
                section: None,
                role: Role::Headline,
            });
        }
        if let Some(s) = &self.standfirst {
            paragraphs.push(Paragraph {
                text: s.clone(),
                section: None,
                role: Role::Standfirst,
            });
        }
        let has_headings = self.blocks.iter().any(|b| matches!(b, Block::Heading(_)));
        let mut sections: Vec<Section> = Vec::new();
        let mut pending_title: Option<String> = None;
        for block in self.blocks {
            match block {
                Block::Heading(title) => {
                    // Consecutive headings (`## Part` then `### Topic`) name one section.
                    let title = match pending_title.take() {
                        Some(outer) => format!("{outer} · {title}"),
                        None => title,
                    };
                    pending_title = Some(title);
                }
                Block::Paragraph(text, role) => {
                    let index = paragraphs.len();
                    let starts_section = if has_headings {
                        pending_title.is_some() || sections.is_empty()
                    } else {
                        true
                    };
                    if starts_section {
                        sections.push(Section {
                            heading: pending_title.take(),
                            paragraphs: [index, index],
                        });
                    }
                    let section = sections.len() - 1;
                    sections[section].paragraphs[1] = index;
                    paragraphs.push(Paragraph {
                        text,
                        section: Some(section),
                        role,
                    });
                }
            }
        }
        // A large plain briefing has a section per paragraph: no room left over.
        sections.shrink_to_fit();
        Document {
            date: self.date,
            headline,
            standfirst: self.standfirst,
            paragraphs,
            sections,
            ..Document::default()
        }
    }
}
