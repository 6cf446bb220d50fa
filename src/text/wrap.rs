//! Width-aware word wrapping that keeps byte offsets, so wrapped lines can be traced back to
//! the paragraph text (and highlighted spans cut across lines correctly).

use std::ops::ControlFlow;
use unicode_segmentation::UnicodeSegmentation;
use unicode_width::UnicodeWidthStr;

/// Display width of a string in terminal cells.
pub fn width(s: &str) -> usize {
    // Printable ASCII is one cell a byte (ingest has made controls visible already).
    if s.bytes().all(|b| (0x20..0x7f).contains(&b)) {
        return s.len();
    }
    UnicodeWidthStr::width(s)
}

/// Wrap `text` into lines of at most `max` cells. Returns byte ranges into `text`; spaces at a
/// break are left out. Words longer than a line are broken between grapheme clusters.
pub fn wrap(text: &str, max: usize) -> Vec<(usize, usize)> {
    let mut lines = Vec::new();
    wrap_from(text, 0, max, |start, end| {
        lines.push((start, end));
        ControlFlow::Continue(())
    });
    lines
}

/// Wrap `text` from byte `from` (a line start found by an earlier wrap, or 0), handing each
/// line's byte range to `on_line` until it breaks. Greedy wrapping depends only on where a
/// line starts, so wrapping from a remembered line start gives the same lines as wrapping
/// the whole text: a reader can lay out only what is on screen.
pub fn wrap_from(
    text: &str,
    from: usize,
    max: usize,
    mut on_line: impl FnMut(usize, usize) -> ControlFlow<()>,
) {
    let max = max.max(1);
    let mut line_start: Option<usize> = None;
    let mut line_end = 0;
    let mut line_width = 0;
    let rest = text.get(from..).unwrap_or("");
    for (offset, word) in words(rest) {
        let word_start = from + offset;
        let w = width(word);
        if let Some(start) = line_start {
            if line_width + 1 + w <= max {
                line_end = word_start + word.len();
                line_width += 1 + w;
                continue;
            }
            if on_line(start, line_end).is_break() {
                return;
            }
        }
        if w <= max {
            line_start = Some(word_start);
            line_end = word_start + word.len();
            line_width = w;
            continue;
        }
        // A word wider than the line: break it between graphemes.
        let mut piece_start = word_start;
        let mut piece_width = 0;
        for (offset, g) in word.grapheme_indices(true) {
            let gw = width(g);
            if piece_width + gw > max && piece_start < word_start + offset {
                if on_line(piece_start, word_start + offset).is_break() {
                    return;
                }
                piece_start = word_start + offset;
                piece_width = 0;
            }
            piece_width += gw;
        }
        line_start = Some(piece_start);
        line_end = word_start + word.len();
        line_width = piece_width;
    }
    if let Some(start) = line_start {
        let _ = on_line(start, line_end);
    }
}

/// Words separated by single spaces (paragraph text is whitespace-normalised at ingest).
fn words(text: &str) -> impl Iterator<Item = (usize, &str)> {
    text.split(' ')
        .scan(0usize, |offset, w| {
            let start = *offset;
            *offset += w.len() + 1;
            Some((start, w))
        })
        .filter(|(_, w)| !w.is_empty())
}

/// Cut `s` to at most `max` cells, with `…` when something was cut.
pub fn truncate(s: &str, max: usize) -> String {
    if width(s) <= max {
        return s.to_string();
    }
    let mut out = String::new();
    let mut w = 0;
    for g in s.graphemes(true) {
        let gw = width(g);
        if w + gw + 1 > max {
            break;
        }
        out.push_str(g);
        w += gw;
    }
    let kept = out.trim_end().len();
    out.truncate(kept);
    out.push('…');
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;

    fn lines(text: &str, max: usize) -> Vec<&str> {
        wrap(text, max)
            .into_iter()
            .map(|(a, b)| &text[a..b])
            .collect()
    }

    #[test]
    fn wraps_at_word_boundaries() {
        assert_eq!(
            lines("the quick brown fox jumps", 10),
            ["the quick", "brown fox", "jumps"]
        );
    }

    #[test]
    fn double_width_and_long_words() {
        assert_eq!(
            lines("東京 東京東京東京", 5),
            ["東京", "東京", "東京"]
                .iter()
                .chain(&["東京"])
                .copied()
                .collect::<Vec<_>>()
        );
        assert_eq!(lines("abcdefgh", 3), ["abc", "def", "gh"]);
    }

    #[test]
    fn truncates_with_ellipsis() {
        assert_eq!(truncate("Dialogue will prevail", 10), "Dialogue…");
        assert_eq!(truncate("short", 10), "short");
    }

    proptest! {
        #[test]
        fn lines_fit_and_cover_every_word(text in "[a-zé東😀👩‍👩‍👧 ]{0,80}", max in 1usize..30) {
            let normalised = text.split_whitespace().collect::<Vec<_>>().join(" ");
            let ls = wrap(&normalised, max);
            for &(a, b) in &ls {
                let line = &normalised[a..b];
                // A single grapheme wider than the line is the only way past `max`.
                prop_assert!(width(line) <= max || line.graphemes(true).count() == 1);
            }
            // Resuming at any line's start gives the same lines from there on.
            if let Some(k) = (!ls.is_empty()).then(|| max % ls.len()) {
                let mut rest = Vec::new();
                wrap_from(&normalised, ls[k].0, max, |a, b| {
                    rest.push((a, b));
                    ControlFlow::Continue(())
                });
                prop_assert_eq!(&rest[..], &ls[k..]);
            }
            let joined: String = ls.iter().map(|&(a, b)| &normalised[a..b]).collect::<Vec<_>>().join("");
            prop_assert_eq!(joined.replace(' ', ""), normalised.replace(' ', ""));
        }
    }
}
