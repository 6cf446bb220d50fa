//! The one sanitising step: raw paragraph text to display text.
//!
//! Everything a briefing shows passes through [`display_text`] at ingest, so no control
//! character, escape sequence or bidi override can reach the terminal later, and findings
//! are extracted from exactly the text that is displayed (their byte offsets need no mapping).

use crate::text::ascii8;

/// Collapse whitespace, make controls visible, drop bidi controls, and remove the stray
/// space some feeds put before punctuation (`the war .` → `the war.`).
pub fn display_text(raw: &str) -> String {
    let trimmed = raw.trim_matches(|c: char| c.is_ascii_whitespace());
    if is_clean(trimmed) {
        return trimmed.to_string();
    }
    let mut out = String::with_capacity(raw.len());
    let mut pending_space = false;
    let mut rest = raw;
    while let Some(c) = rest.chars().next() {
        let after = &rest[c.len_utf8()..];
        rest = after;
        if c.is_whitespace() && c != '\u{85}' {
            pending_space = !out.is_empty();
            continue;
        }
        if is_dropped(c) {
            continue;
        }
        if pending_space {
            pending_space = false;
            // `the war .` loses its space; `a .5 rise` and `:)` keep theirs.
            let next_is_word = after.chars().next().is_some_and(|n| n.is_alphanumeric());
            if !closes_tight(c) || next_is_word {
                out.push(' ');
            }
        }
        out.push(visible(c));
        // Printable ASCII after it needs no decision: one copy for the run.
        let run = after
            .bytes()
            .position(|b| !(0x21..0x7f).contains(&b))
            .unwrap_or(after.len());
        out.push_str(&after[..run]);
        rest = &after[run..];
    }
    out
}

/// Already display text: no controls, no bidi overrides, single ASCII spaces between words
/// and none before closing punctuation. Most wire copy is, and is copied as it is.
fn is_clean(s: &str) -> bool {
    let bytes = s.as_bytes();
    let mut after_space = false;
    let mut i = 0;
    while i < bytes.len() {
        // Eight bytes of printable ASCII, each space followed by a letter or digit: clean
        // at a glance. Anything else is looked at a character at a time.
        let end = match ascii8::load(bytes, i) {
            Some(x) => {
                let spaces = ascii8::spaces(x);
                let after_spaces = spaces << 8 | if after_space { 0x80 } else { 0 };
                if ascii8::printable(x) == ascii8::HIGH && after_spaces & !ascii8::alnum(x) == 0 {
                    after_space = spaces >> 63 == 1;
                    i += 8;
                    continue;
                }
                i + 8
            }
            None => bytes.len(),
        };
        while i < end {
            match clean_char_at(s, i, after_space) {
                Some((next, space)) => (i, after_space) = (next, space),
                None => return false,
            }
        }
    }
    true
}

/// The character at byte `i` in display text: where the next starts and whether it is a
/// space; `None` when it should not be there.
fn clean_char_at(s: &str, i: usize, after_space: bool) -> Option<(usize, bool)> {
    let b = *s.as_bytes().get(i)?;
    if b.is_ascii() {
        let space = b == b' ';
        let misplaced = after_space && (space || closes_tight(b as char));
        return (!b.is_ascii_control() && !misplaced).then_some((i + 1, space));
    }
    let c = s.get(i..)?.chars().next()?;
    let unclean = c.is_whitespace() || is_dropped(c) || ('\u{80}'..='\u{9F}').contains(&c);
    (!unclean).then_some((i + c.len_utf8(), false))
}

/// Punctuation that hugs the word before it.
fn closes_tight(c: char) -> bool {
    matches!(c, '.' | ',' | ';' | ':' | '!' | '?' | ')' | ']')
}

/// Bidi embedding, override and isolate controls: they could reorder what the reader sees.
fn is_dropped(c: char) -> bool {
    matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200E}' | '\u{200F}' | '\u{061C}')
}

/// C0 and C1 controls and DEL become visible symbols (␛ for ESC, ␇ for BEL, …).
pub fn visible(c: char) -> char {
    match c {
        '\0'..='\u{1F}' => char::from_u32(0x2400 + c as u32).unwrap_or('\u{FFFD}'),
        '\u{7F}' => '\u{2421}',
        '\u{80}'..='\u{9F}' => '\u{FFFD}',
        _ => c,
    }
}

/// Sanitise a one-line string that did not come through [`display_text`] (search input, say).
pub fn visible_line(s: &str) -> String {
    s.chars().filter(|c| !is_dropped(*c)).map(visible).collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn removes_space_before_punctuation() {
        assert_eq!(display_text("the war . Then , more"), "the war. Then, more");
        assert_eq!(display_text("a .5 rise"), "a .5 rise");
    }

    #[test]
    fn collapses_whitespace_and_tabs() {
        assert_eq!(display_text("  a\t\tb\n c  "), "a b c");
    }

    #[test]
    fn escape_sequences_become_visible() {
        let s = display_text("x\u{1b}[2Jy\u{7}\u{9b}z\u{202E}w");
        assert_eq!(s, "x\u{241B}[2Jy\u{2407}\u{FFFD}zw");
        assert!(!s.chars().any(|c| c.is_control()));
    }

    /// The text as it should be, one character at a time: single spaces between words and
    /// none before closing punctuation, no controls, no bidi overrides.
    fn is_clean_one_at_a_time(s: &str) -> bool {
        let mut after_space = false;
        for c in s.chars() {
            let space = c == ' ';
            let misplaced = after_space && (space || closes_tight(c));
            if (c.is_whitespace() && !space) || c.is_control() || is_dropped(c) || misplaced {
                return false;
            }
            after_space = space;
        }
        true
    }

    #[test]
    fn clean_text_is_recognised_eight_bytes_at_a_time_as_one_at_a_time() {
        let pieces = [
            "word", " ", "  ", ".", ", ", " .", " (", "’s", "é", "\u{202E}", "\t", "\u{85}",
            "\u{1b}", "\u{7f}", "6,400", " “", "\u{a0}", "x", "]",
        ];
        // Every string of up to four pieces, at every offset from the start of eight bytes.
        let mut checked = 0;
        let mut stack = vec![(String::new(), 0)];
        while let Some((s, count)) = stack.pop() {
            for pad in ["", "abc", "abcdefg"] {
                let text = format!("{pad}{s}");
                assert_eq!(is_clean(&text), is_clean_one_at_a_time(&text), "{text:?}");
                checked += 1;
            }
            if count < 4 {
                stack.extend(pieces.iter().map(|p| (format!("{s}{p}"), count + 1)));
            }
        }
        assert!(checked > 100_000, "{checked}");
    }

    #[test]
    fn lone_carriage_return_is_visible() {
        assert_eq!(display_text("abc\rdef"), "abc def");
    }
}
