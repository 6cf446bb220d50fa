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
                        let title = pending_title.take().unwrap_or_else(|| opening_words(&text));
                        sections.push(Section {
                            title,
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

/// A section title made from a paragraph's first words: `Despite Trump’s threats, Russia…`.
pub fn opening_words(text: &str) -> String {
    const MAX_WORDS: usize = 5;
    const MAX_CHARS: usize = 40;
    // The words that fit, then the title made in one allocation: this runs for every
    // paragraph of a briefing, and a large plain one keeps every title.
    let mut words = [""; MAX_WORDS];
    let mut count = 0;
    let mut chars = 0;
    let mut cut = false;
    for word in text.split_whitespace() {
        let word_chars = word.chars().count();
        if count == MAX_WORDS || chars + word_chars > MAX_CHARS {
            cut = true;
            break;
        }
        // The space before it counts from the next word on.
        chars += word_chars + usize::from(count > 0);
        words[count] = word;
        count += 1;
    }
    let words = &words[..count];
    let bytes =
        words.iter().map(|w| w.len() + 1).sum::<usize>() + if cut { '…'.len_utf8() } else { 0 };
    let mut title = String::with_capacity(bytes);
    for (i, word) in words.iter().enumerate() {
        if i > 0 {
            title.push(' ');
        }
        title.push_str(word);
    }
    if cut {
        let trimmed = title.trim_end_matches(|c: char| !c.is_alphanumeric()).len();
        title.truncate(trimmed);
        title.push('…');
    }
    title
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn titles_by_opening_words() {
        assert_eq!(
            opening_words("Despite Trump’s threats, Russia set record attacks in July"),
            "Despite Trump’s threats, Russia set…"
        );
        assert_eq!(opening_words("Short one."), "Short one.");
        assert_eq!(opening_words(""), "");
        assert_eq!(
            opening_words("One two three four five six"),
            "One two three four five…"
        );
        // Forty characters at most, counted as characters, not bytes.
        let title = opening_words("Überraschung überall, Äpfel überall!! noch mehr Wörter");
        assert_eq!(title, "Überraschung überall, Äpfel überall…");
        assert!(title.chars().count() <= 41);
    }
}
