//! The plain briefing format: an optional `date YYYY-MM-DD` prefix, paragraphs separated by
//! blank lines, and a short title-like line as the headline (first or second paragraph; a
//! paragraph before the headline is the standfirst).

use super::builder::DocumentBuilder;
use super::references::unescape;
use crate::model::{Document, Role};
use chrono::NaiveDate;

pub fn parse(text: &str) -> Document {
    let (date, rest) = split_dateline(text);
    let blocks = paragraphs(rest);
    let mut builder = DocumentBuilder::default();
    builder.date(date);
    let headline_at = blocks.iter().take(2).position(|b| is_title_like(b));
    let body_from = match headline_at {
        Some(0) => {
            builder.headline(&unescape(blocks[0]));
            1
        }
        Some(_) => {
            builder.standfirst(&unescape(blocks[0]));
            builder.headline(&unescape(blocks[1]));
            2
        }
        // No title-like line: a short first paragraph stands in as the headline; a long one
        // (a text pasted as one block, say) is story, and the briefing has no headline.
        None if blocks
            .first()
            .is_some_and(|b| b.split_whitespace().nth(MAX_STAND_IN_WORDS).is_none()) =>
        {
            builder.headline(&unescape(blocks[0]));
            1
        }
        None => 0,
    };
    for block in &blocks[body_from..] {
        builder.paragraph(&unescape(block), Role::Body);
    }
    builder.build()
}

/// The longest first paragraph that stands in as a headline when no line looks like one.
const MAX_STAND_IN_WORDS: usize = 40;

/// `date 2025-08-06 …` at the very start (after whitespace) is the dateline; the rest of that
/// line belongs to the first paragraph.
pub fn split_dateline(text: &str) -> (Option<NaiveDate>, &str) {
    let trimmed = text.trim_start();
    let Some(after) = strip_prefix_ignore_case(trimmed, "date") else {
        return (None, text);
    };
    let after_ws = after.trim_start_matches([' ', '\t', ':']);
    if after_ws.len() == after.len() {
        return (None, text);
    }
    let candidate = after_ws.get(..10).unwrap_or("");
    match NaiveDate::parse_from_str(candidate, "%Y-%m-%d") {
        Ok(date) => (Some(date), &after_ws[10..]),
        Err(_) => (None, text),
    }
}

fn strip_prefix_ignore_case<'a>(s: &'a str, prefix: &str) -> Option<&'a str> {
    let head = s.get(..prefix.len())?;
    head.eq_ignore_ascii_case(prefix)
        .then(|| &s[prefix.len()..])
}

/// Blocks of non-blank lines; those of three lines or more are cut into rows where a writer
/// broke them (see [`split_rows`]).
fn paragraphs(text: &str) -> Vec<&str> {
    let mut blocks = Vec::new();
    let mut start: Option<usize> = None;
    let mut lines = 0;
    let mut offset = 0;
    for line in text.split_inclusive('\n') {
        let blank = line.trim().is_empty();
        match (blank, start) {
            (true, Some(s)) => {
                push_block(&mut blocks, &text[s..offset], lines);
                start = None;
            }
            (false, None) => {
                start = Some(offset);
                lines = 1;
            }
            (false, Some(_)) => lines += 1,
            _ => {}
        }
        offset += line.len();
    }
    if let Some(s) = start {
        push_block(&mut blocks, &text[s..], lines);
    }
    blocks
}

/// A block opens with a line that is not blank, so none is empty.
fn push_block<'a>(blocks: &mut Vec<&'a str>, block: &'a str, lines: usize) {
    if lines >= 3 {
        split_rows(block, blocks);
    } else {
        blocks.push(block);
    }
}

/// A line shorter than this, followed by one that opens with a capital or a digit, ends where
/// its writer broke it rather than where an editor wrapped it (wrapping leaves a line that
/// short only before a very long word).
const SHORT_LINE: usize = 50;

/// A block of three lines or more is cut where its writer broke a line: the rows of a wire
/// story's table (`Shr 34 cts vs 29 cts` / `Net 1,456,000 vs 1,197,000`) are paragraphs of
/// their own, not one run-on line; wrapped prose stays one paragraph.
fn split_rows<'a>(block: &'a str, out: &mut Vec<&'a str>) {
    let mut start = 0;
    let mut offset = 0;
    let mut lines = block.split_inclusive('\n').peekable();
    while let Some(line) = lines.next() {
        offset += line.len();
        let broken = lines.peek().is_some_and(|next| {
            let opens = next.trim_start().chars().next();
            let opens_like_a_row = opens.is_some_and(|c| c.is_uppercase() || c.is_ascii_digit());
            let ends_there =
                || line.trim().chars().count() < SHORT_LINE || is_a_whole_paragraph(line);
            let opens_like_a_paragraph = opens_like_a_row || opens.is_some_and(is_quote_mark);
            (opens_like_a_row && ends_there())
                || (opens_like_a_paragraph && opens_an_indented_paragraph(line, next))
        });
        if broken {
            out.push(&block[start..offset]);
            start = offset;
        }
    }
    if start < block.len() {
        out.push(&block[start..]);
    }
}

/// A line longer than any editor wraps prose at, ending a sentence, is a paragraph written on
/// one line (text pasted with no blank lines between its paragraphs).
const LONG_LINE: usize = 100;

fn is_a_whole_paragraph(line: &str) -> bool {
    let text = line.trim();
    text.len() > LONG_LINE && text.chars().count() > LONG_LINE && ends_a_sentence(text)
}

fn ends_a_sentence(text: &str) -> bool {
    text.trim_end_matches(|c: char| is_quote_mark(c) || c == ')')
        .ends_with(['.', '!', '?'])
}

/// Wire copy marks a paragraph by indenting its first line and no blank line before it:
/// a line indented deeper than the one before opens a paragraph (the caller checks that it
/// opens like one) when that line ended a sentence or was a headline in capitals. (A list's
/// hanging indent follows a line that ends mid-sentence, and stays one paragraph.)
fn opens_an_indented_paragraph(line: &str, next: &str) -> bool {
    let indent = |l: &str| l.len() - l.trim_start().len();
    if indent(next) <= indent(line) {
        return false;
    }
    let text = line.trim();
    let in_capitals =
        text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase);
    ends_a_sentence(text) || in_capitals
}

const QUOTE_MARKS: [char; 6] = ['\'', '"', '’', '”', '‘', '“'];

fn is_quote_mark(c: char) -> bool {
    QUOTE_MARKS.contains(&c)
}

/// Short, one line, no sentence-ending punctuation: a headline.
fn is_title_like(block: &str) -> bool {
    let text = block.trim();
    let words = text.split_whitespace().count();
    let last = text.trim_end_matches(QUOTE_MARKS).chars().last();
    !text.contains('\n')
        && (1..=25).contains(&words)
        && !matches!(last, Some('.' | '!' | '?' | ':' | ';' | ','))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dateline_shares_the_first_line() {
        let (date, rest) = split_dateline(" date 2025-08-06 US envoy met Putin.\n");
        assert_eq!(date, NaiveDate::from_ymd_opt(2025, 8, 6));
        assert_eq!(rest, " US envoy met Putin.\n");
    }

    #[test]
    fn no_dateline_leaves_text_alone() {
        assert_eq!(split_dateline("dated news").0, None);
        assert_eq!(split_dateline("date 2025-13-40 x").0, None);
    }

    #[test]
    fn headline_second_when_first_is_a_sentence() {
        let doc =
            parse("A long lede sentence ends here.\n\nShort headline\n\nBody one.\n\nBody two.");
        assert_eq!(doc.headline, "Short headline");
        assert_eq!(
            doc.standfirst.as_deref(),
            Some("A long lede sentence ends here.")
        );
        assert_eq!(doc.body().count(), 2);
        assert_eq!(doc.sections.len(), 2);
        assert_eq!(doc.sections[1].heading, None);
        assert_eq!(doc.section_title(1), "Body two.");
    }

    #[test]
    fn character_references_kept_from_markup_are_read_as_characters() {
        let doc =
            parse("TEXACO &lt;TX> WINS DELAY\n\nTexaco Inc &lt;TX> and Standard &amp; Poor's.");
        assert_eq!(doc.headline, "TEXACO <TX> WINS DELAY");
        assert_eq!(
            doc.paragraphs[1].text,
            "Texaco Inc <TX> and Standard & Poor's."
        );
    }

    #[test]
    fn headline_first_in_wire_copy() {
        let doc = parse("Markets rally\r\n\r\nShares rose.\r\n\r\nBonds fell.\r\n");
        assert_eq!(doc.headline, "Markets rally");
        assert_eq!(doc.standfirst, None);
        assert_eq!(doc.paragraphs[1].text, "Shares rose.");
        assert_eq!(doc.paragraphs.len(), 3);
    }

    #[test]
    fn without_a_title_line_a_short_top_stands_in_and_a_long_one_is_story() {
        let doc = parse("Talks end without a deal.\n\nBody one.");
        assert_eq!(doc.headline, "Talks end without a deal.");
        assert_eq!(doc.body().count(), 1);
        let pasted = "The talks ran late into the night. ".repeat(30);
        let doc = parse(&pasted);
        assert_eq!(doc.headline, "");
        assert_eq!(doc.body().count(), 1);
        assert_eq!(doc.paragraphs[0].text, pasted.trim());
    }

    #[test]
    fn a_table_s_rows_are_paragraphs_and_wrapped_prose_is_one() {
        let prose = "The central bank said it provided the money market with 215 mln stg\n\
                     assistance in the afternoon session, bringing its total help today to\n\
                     379 mln stg. Dealers said Sterling was firm.";
        let table =
            "ROCHESTER, N.Y., March 2 -\nShr 34 cts vs 29 cts\nNet 1,456,000 vs 1,197,000\n\
                     NOTE: Company said results reflect a stock\nsplit paid in December.";
        let doc = parse(&format!("Head\n\n{prose}\n\n{table}"));
        let texts: Vec<&str> = doc.paragraphs[1..]
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(
            texts,
            [
                prose.replace('\n', " ").as_str(),
                "ROCHESTER, N.Y., March 2 -",
                "Shr 34 cts vs 29 cts",
                "Net 1,456,000 vs 1,197,000",
                "NOTE: Company said results reflect a stock split paid in December."
            ]
        );
    }

    #[test]
    fn an_indented_first_line_opens_a_paragraph_in_wire_copy() {
        let wire = "BRITISH AIRWAYS BID FOR BRITISH CALEDONIAN CLEARED FOR TAKE-OFF\n\
                    \x20   LONDON, June 1 - The government cleared the bid after BA agreed to give\n\
                    up some routes, Lord Young said.\n\
                    \x20   \"We are delighted,\" said BA chairman Lord King, who spoke to reporters\n\
                    at Heathrow.\n\n\
                    BA gives up these routes:\n\
                    - Gatwick to Riyadh and Jeddah, which with others make a list long enough\n\
                    \x20 To wrap, in a hanging indent.\n";
        let doc = parse(wire);
        let texts: Vec<&str> = doc.paragraphs.iter().map(|p| p.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "BRITISH AIRWAYS BID FOR BRITISH CALEDONIAN CLEARED FOR TAKE-OFF",
                "LONDON, June 1 - The government cleared the bid after BA agreed to give up some \
                 routes, Lord Young said.",
                "\"We are delighted,\" said BA chairman Lord King, who spoke to reporters at \
                 Heathrow.",
                "BA gives up these routes: - Gatwick to Riyadh and Jeddah, which with others \
                 make a list long enough To wrap, in a hanging indent."
            ]
        );
        assert_eq!(doc.headline, texts[0]);
    }

    #[test]
    fn a_line_longer_than_prose_is_wrapped_at_and_ending_a_sentence_is_a_paragraph() {
        let one = "The government cleared the bid after BA agreed to give up some routes to \
                   Saudi Arabia and Nigeria, Trade Secretary Lord Young said on Monday.";
        let two = "BA chairman Lord King said the airline was delighted and would complete \
                   the merger by the end of July, ahead of its own timetable.";
        let three = "Shares rose.";
        let doc = parse(&format!("Head\n\n{one}\n{two}\n{three}"));
        let texts: Vec<&str> = doc.paragraphs[1..]
            .iter()
            .map(|p| p.text.as_str())
            .collect();
        assert_eq!(texts, [one, two, three]);
    }

    #[test]
    fn lines_inside_a_paragraph_are_joined() {
        let doc = parse("Head\n\none\ntwo\n   \nthree");
        assert_eq!(doc.paragraphs[1].text, "one two");
        assert_eq!(doc.paragraphs[2].text, "three");
    }
}
