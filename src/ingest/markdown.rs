//! Markdown briefings, read with pulldown-cmark: `#` headline, `##`/`###` sections, `>` block
//! quotes; emphasis is dropped for display and links keep their text.

use super::builder::DocumentBuilder;
use super::plain::split_dateline;
use crate::model::{Document, Role};
use pulldown_cmark::{Event, HeadingLevel, Parser, Tag, TagEnd};

pub fn parse(text: &str) -> Document {
    let (date, rest) = split_dateline(text);
    let mut builder = DocumentBuilder::default();
    builder.date(date);
    let mut buf = String::new();
    let mut quote_depth = 0usize;
    let mut seen_section = false;
    for event in Parser::new(rest) {
        match event {
            Event::Start(Tag::Heading { .. })
            | Event::Start(Tag::Paragraph)
            | Event::Start(Tag::Item)
            | Event::Start(Tag::CodeBlock(_)) => buf.clear(),
            Event::End(TagEnd::Heading(level)) => {
                if level == HeadingLevel::H1 && !builder.has_headline() {
                    builder.headline(&buf);
                } else {
                    builder.heading(&buf);
                    seen_section = true;
                }
                buf.clear();
            }
            Event::Start(Tag::BlockQuote(_)) => quote_depth += 1,
            Event::End(TagEnd::BlockQuote(_)) => quote_depth = quote_depth.saturating_sub(1),
            Event::End(TagEnd::Paragraph | TagEnd::Item | TagEnd::CodeBlock) => {
                let role = if quote_depth > 0 {
                    Role::Quote
                } else {
                    Role::Body
                };
                // The paragraph right under the `#` headline, before any section, is the lede.
                let is_lede = builder.has_headline()
                    && !seen_section
                    && builder.body_len() == 0
                    && !builder.has_standfirst()
                    && role == Role::Body;
                if is_lede {
                    builder.standfirst(&buf);
                } else {
                    builder.paragraph(&buf, role);
                }
                buf.clear();
            }
            Event::Text(t) | Event::Code(t) | Event::Html(t) | Event::InlineHtml(t) => {
                buf.push_str(&t)
            }
            Event::SoftBreak | Event::HardBreak => buf.push(' '),
            _ => {}
        }
    }
    if !builder.has_headline() {
        // No `#` line: read it as plain text, where the first title-like line is the headline.
        return super::plain::parse(text);
    }
    builder.build()
}

/// Does the text look like Markdown (used when the file name does not say)?
pub fn looks_like_markdown(text: &str) -> bool {
    text.lines().take(200).any(|line| {
        let l = line.trim_start();
        l.starts_with("# ") || l.starts_with("## ") || l.starts_with("### ") || l.starts_with("> ")
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    const SAMPLE: &str = "# Ports reopen after *storm*\n\nThe lede paragraph.\n\n## Shipping\n\nShips **queue** at [the harbour](http://x).\n\n> \"We are ready,\" the mayor said.\n\n### Costs\n\nPrices rose.\n";

    #[test]
    fn headline_sections_quotes_and_emphasis() {
        let doc = parse(SAMPLE);
        assert_eq!(doc.headline, "Ports reopen after storm");
        assert_eq!(doc.standfirst.as_deref(), Some("The lede paragraph."));
        let titles: Vec<_> = (0..doc.sections.len())
            .map(|i| doc.section_title(i))
            .collect();
        assert_eq!(titles, ["Shipping", "Costs"]);
        let body: Vec<_> = doc.body().map(|(_, p)| (p.text.as_str(), p.role)).collect();
        assert_eq!(
            body,
            [
                ("Ships queue at the harbour.", Role::Body),
                ("\"We are ready,\" the mayor said.", Role::Quote),
                ("Prices rose.", Role::Body)
            ]
        );
        assert_eq!(doc.sections[0].paragraphs, [2, 3]);
    }

    #[test]
    fn sniffing() {
        assert!(looks_like_markdown(SAMPLE));
        assert!(!looks_like_markdown("Plain headline\n\nA paragraph."));
    }
}
