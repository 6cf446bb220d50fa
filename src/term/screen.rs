//! The frame on screen and the next one, written as their difference. ratatui's `Terminal`
//! makes both buffers before its first frame; a reader's first frame lands on a screen just
//! cleared, so here it is written whole and the second buffer is made once it is out.

use super::backend::ScreenBackend;
use ratatui::backend::Backend;
use ratatui::buffer::{Buffer, Cell, CellDiffOption, CellWidth};
use ratatui::layout::{Rect, Size};
use ratatui::style::Color;
use std::io::{self, Write};

pub struct Screen<W: Write> {
    backend: ScreenBackend<W>,
    size: Size,
    /// What the terminal shows; `None` while it is blank.
    shown: Option<Buffer>,
    /// The frame before the one shown, drawn over for the next.
    spare: Option<Buffer>,
}

impl<W: Write> Screen<W> {
    /// A screen of `size` that `backend` has just cleared.
    pub fn cleared(mut backend: ScreenBackend<W>, size: Size) -> Self {
        backend.screen_cleared(size);
        Screen {
            backend,
            size,
            shown: None,
            spare: None,
        }
    }

    /// Draw a frame on a screen of `size` (cleared first when the size changed) and write it.
    pub fn draw(&mut self, size: Size, render: impl FnOnce(&mut Buffer)) -> io::Result<()> {
        if size != self.size {
            self.backend.clear_screen(size)?;
            self.size = size;
            self.shown = None;
            self.spare = None;
        }
        let mut next = match self.spare.take() {
            Some(mut buffer) => {
                buffer.reset();
                buffer
            }
            None => Buffer::empty(Rect::from((Default::default(), size))),
        };
        render(&mut next);
        match &self.shown {
            Some(shown) => self.backend.draw(shown.diff_iter(&next))?,
            None => self.backend.draw(drawn_on_blank(&next))?,
        }
        self.backend.flush()?;
        self.spare = self.shown.replace(next);
        Ok(())
    }
}

#[cfg(test)]
impl Screen<Vec<u8>> {
    /// The bytes written since last asked.
    fn written(&mut self) -> Vec<u8> {
        std::mem::take(self.backend.output())
    }
}

/// The cells of `frame` that a blank screen does not show: what ratatui's diff against a blank
/// buffer yields, without making one. A wide character's trailing cells are left to it (but
/// for an emoji with a presentation selector, whose trailing cells are written when they hold
/// something, as some terminals leave them uncleared).
fn drawn_on_blank(frame: &Buffer) -> impl Iterator<Item = (u16, u16, &Cell)> {
    let width = usize::from(frame.area.width.max(1));
    let at = move |i: usize, cell| {
        let (x, y) = (i % width, i / width);
        (frame.area.x + x as u16, frame.area.y + y as u16, cell)
    };
    // Trailing cells still to pass, and whether those holding something are written.
    let mut trailing = (0, false);
    frame
        .content
        .iter()
        .enumerate()
        .filter_map(move |(i, cell)| {
            if trailing.0 > 0 {
                trailing.0 -= 1;
                let written = trailing.1 && !skipped(cell) && cell.symbol() != " ";
                return written.then(|| at(i, cell));
            }
            let drawn = match cell.diff_option {
                _ if skipped(cell) => return None,
                CellDiffOption::ForcedWidth(w) => {
                    trailing = (usize::from(w.get()) - 1, false);
                    !is_blank(cell)
                }
                CellDiffOption::AlwaysUpdate => true,
                _ => !is_blank(cell),
            };
            // A one-byte symbol covers no cell after it.
            if !matches!(cell.diff_option, CellDiffOption::ForcedWidth(_))
                && cell.symbol().len() > 1
            {
                let wide = usize::from(cell.cell_width()).saturating_sub(1);
                let selector = drawn && wide > 0 && cell.symbol().contains('\u{FE0F}');
                trailing = (wide, selector);
            }
            drawn.then(|| at(i, cell))
        })
}

/// The cell is `Cell::EMPTY`; most cells that are not differ in their symbol or background,
/// which are asked first.
fn is_blank(cell: &Cell) -> bool {
    cell.symbol() == " " && cell.bg == Color::Reset && cell == &Cell::EMPTY
}

/// A cell ratatui's diff passes over.
fn skipped(cell: &Cell) -> bool {
    #[allow(deprecated)] // the diff still honours the old flag
    let old_flag = cell.skip && cell.diff_option == CellDiffOption::None;
    cell.diff_option == CellDiffOption::Skip || old_flag
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::style::{Color, Modifier, Style};

    /// Frames of 12×3 cells: runs of text with spaces, wide and accented characters, some
    /// styled.
    fn frame_strategy() -> impl Strategy<Value = Vec<(u16, u16, String, bool)>> {
        let text = "[a-c 東é─]{0,8}";
        prop::collection::vec((0u16..12, 0u16..3, text, any::<bool>()), 0..8)
    }

    fn buffer_of(area: Rect, runs: &[(u16, u16, String, bool)]) -> Buffer {
        let mut buffer = Buffer::empty(area);
        for (x, y, text, styled) in runs {
            let style = if *styled {
                Style::new().fg(Color::Cyan).add_modifier(Modifier::BOLD)
            } else {
                Style::new()
            };
            buffer.set_stringn(*x, *y, text, usize::from(area.width - x), style);
        }
        buffer
    }

    proptest! {
        /// The first frame writes exactly the cells ratatui's diff against a blank buffer
        /// would.
        #[test]
        fn a_first_frame_is_written_as_ratatuis_diff_from_blank_would_be(
            runs in frame_strategy()
        ) {
            let area = Rect::new(0, 0, 12, 3);
            let frame = buffer_of(area, &runs);
            let ours: Vec<_> = drawn_on_blank(&frame).collect();
            prop_assert_eq!(ours, Buffer::empty(area).diff(&frame));
        }

        /// Frame after frame, and across a change of size, the terminal shows the last frame.
        #[test]
        fn the_terminal_shows_the_last_frame(
            frames in prop::collection::vec(frame_strategy(), 1..4),
            narrower in any::<bool>(),
        ) {
            let mut size = Size::new(12, 3);
            let mut screen = Screen::cleared(ScreenBackend::new(Vec::new()), size);
            let mut terminal = vt100::Parser::new(size.height, size.width, 0);
            for (n, runs) in frames.iter().enumerate() {
                if narrower && n == 1 {
                    size = Size::new(10, 3);
                    terminal.screen_mut().set_size(size.height, size.width);
                }
                let area = Rect::from((Default::default(), size));
                // One run a row: a wide character whose right half another run writes over
                // is a buffer that ratatui's diff assumes away.
                let mut rows_taken = [false; 3];
                let runs: Vec<_> = runs
                    .iter()
                    .filter(|r| r.0 < size.width && !std::mem::replace(&mut rows_taken[usize::from(r.1)], true))
                    .cloned()
                    .collect();
                let want = buffer_of(area, &runs);
                screen.draw(size, |buffer| *buffer = want.clone()).unwrap();
                terminal.process(&screen.written());
                let rows: Vec<String> = crate::ui::buffer_text(&want)
                    .lines()
                    .map(str::to_string)
                    .collect();
                let shown: Vec<String> = terminal
                    .screen()
                    .rows(0, size.width)
                    .map(|r| r.trim_end().to_string())
                    .collect();
                prop_assert_eq!(shown, rows);
            }
        }
    }

    #[test]
    fn a_second_frame_writes_only_what_changed() {
        let size = Size::new(20, 1);
        let mut screen = Screen::cleared(ScreenBackend::new(Vec::new()), size);
        screen
            .draw(size, |b| {
                b.set_string(0, 0, "over 6,400 drones", Style::new());
            })
            .unwrap();
        assert_eq!(screen.written(), b"\x1b[1;1Hover 6,400 drones");
        screen
            .draw(size, |b| {
                b.set_string(0, 0, "over 6,500 drones", Style::new());
            })
            .unwrap();
        assert_eq!(screen.written(), b"\x1b[1;8H5");
    }
}
