//! Styled text written into a frame's cells, as ratatui's `Paragraph` writes unwrapped,
//! left-aligned lines, but without cutting ASCII into graphemes and measuring each one: most
//! of a briefing is ASCII, written here a byte a cell.

use ratatui::buffer::{Buffer, CellWidth};
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use unicode_segmentation::UnicodeSegmentation;

/// Where text goes on one row: from `x` up to (not including) `end`, in a row `width` wide.
#[derive(Debug, Clone, Copy)]
pub struct Row {
    x: u16,
    y: u16,
    end: u16,
    width: u16,
}

impl Row {
    /// The start of row `y` of `area`.
    pub fn of(area: Rect, y: u16) -> Row {
        Row {
            x: area.x,
            y: area.y + y,
            end: area.right(),
            width: area.width,
        }
    }

    /// Write `text` in `style` (patched over each cell's own) and move on past it. Returns
    /// false once the row is full: a character that does not fit ends it, as `Paragraph`
    /// cuts a line; one wider than the whole row is left out. Nothing is written outside the
    /// buffer.
    pub fn put(&mut self, buf: &mut Buffer, text: &str, style: Style) -> bool {
        if text.is_ascii() {
            for &b in text.as_bytes() {
                if b.is_ascii_control() {
                    continue;
                }
                if self.x >= self.end {
                    return false;
                }
                let Some(cell) = buf.cell_mut((self.x, self.y)) else {
                    return false;
                };
                cell.set_char(char::from(b)).set_style(style);
                self.x += 1;
            }
            return true;
        }
        for g in text.graphemes(true) {
            if g.contains(char::is_control) {
                continue;
            }
            let width = g.cell_width();
            if width > self.width {
                continue;
            }
            if self.x + width > self.end {
                return false;
            }
            if width > 0 {
                let Some(cell) = buf.cell_mut((self.x, self.y)) else {
                    return false;
                };
                cell.set_symbol(g).set_style(style);
                self.x += width;
            }
        }
        true
    }
}

/// Write `lines` top-down into `area`, each cut at its right edge, as an unwrapped,
/// left-aligned `Paragraph` of them would.
pub fn put_lines(buf: &mut Buffer, area: Rect, lines: &[Line]) {
    let area = area.intersection(buf.area);
    if area.is_empty() {
        return;
    }
    for (y, line) in (0..area.height).zip(lines) {
        put_line(buf, Row::of(area, y), line);
    }
}

/// Write one line's spans, each in the line's style patched with its own.
fn put_line(buf: &mut Buffer, mut row: Row, line: &Line) {
    for span in &line.spans {
        if !row.put(buf, &span.content, line.style.patch(span.style)) {
            break;
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier};
    use ratatui::text::Span;
    use ratatui::widgets::{Paragraph, Widget};

    fn style_of(n: u8) -> Style {
        match n % 4 {
            0 => Style::new(),
            1 => Style::new().fg(Color::Cyan),
            2 => Style::new().add_modifier(Modifier::BOLD),
            _ => Style::new().bg(Color::Blue).remove_modifier(Modifier::BOLD),
        }
    }

    /// Spans of ASCII, typographic punctuation, accents (also combining), wide characters,
    /// emoji with and without joiners and flags, and control characters.
    fn lines_strategy() -> impl Strategy<Value = Vec<(u8, Vec<(u8, String)>)>> {
        let text =
            "[a-z ,.’“”é\u{301}東界\u{1F600}\u{200D}\u{1F1FA}\u{1F1F8}\t\u{7}\u{FE0F}]{0,14}";
        let spans = prop::collection::vec((any::<u8>(), text), 0..4);
        prop::collection::vec((any::<u8>(), spans), 0..5)
    }

    proptest! {
        /// Whatever the text and wherever the area, the cells are the ones `Paragraph` would
        /// write.
        #[test]
        fn lines_are_written_as_a_paragraph_writes_them(
            lines in lines_strategy(),
            width in 1u16..16,
            buffer_width in 1u16..18,
        ) {
            let lines: Vec<Line> = lines
                .into_iter()
                .map(|(style, spans)| {
                    let spans: Vec<Span> = spans
                        .into_iter()
                        .map(|(s, text)| Span::styled(text, style_of(s)))
                        .collect();
                    Line::from(spans).style(style_of(style))
                })
                .collect();
            let area = Rect::new(1, 1, width, 4);
            // The area may reach past the buffer's right edge.
            let whole = Rect::new(0, 0, buffer_width, 6);
            let mut ours = Buffer::empty(whole);
            let mut theirs = Buffer::empty(whole);
            // Text over text, as a frame is drawn over the last one's buffer.
            for buffer in [&mut ours, &mut theirs] {
                buffer.set_string(0, 2, "ab東cdefghijklmnopq", Style::new().fg(Color::Red));
            }
            put_lines(&mut ours, area, &lines);
            Paragraph::new(lines).render(area, &mut theirs);
            prop_assert_eq!(ours, theirs);
        }
    }

    #[test]
    fn a_row_reports_when_it_is_full() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 1));
        let mut row = Row::of(buffer.area, 0);
        assert!(row.put(&mut buffer, "over ", Style::new()));
        assert!(!row.put(&mut buffer, "6,400", Style::new()));
        assert_eq!(crate::ui::buffer_text(&buffer), "over 6\n");
    }
}
