//! The terminal backend: crossterm's escape sequences, written with a memory of what the
//! screen shows so that a frame needs fewer of them. A terminal parses every sequence it is
//! sent, and ratatui's diff leaves one between most words:
//! - a short gap of unchanged cells (the space between two words) is written again rather
//!   than jumped over with a cursor move;
//! - a change of style is one SGR sequence, and a blank keeps the style it is written in
//!   when it looks the same in it (a space shows no foreground colour).

use crossterm::{cursor, queue, terminal};
use ratatui::backend::{Backend, ClearType, WindowSize};
use ratatui::buffer::Cell;
use ratatui::layout::{Position, Size};
use ratatui::style::{Color, Modifier};
use std::io::{self, Write};

/// Gaps up to this many cells are written again: a cursor move (`ESC[12;40H`) is as long as
/// four cells, and a terminal spends longer on a sequence than on a character.
const REWRITE_GAP: u16 = 4;

/// The modifiers that show on a blank cell.
const VISIBLE_ON_BLANK: Modifier = Modifier::UNDERLINED
    .union(Modifier::REVERSED)
    .union(Modifier::CROSSED_OUT);

/// How a cell is drawn.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
struct Pen {
    fg: Color,
    bg: Color,
    modifier: Modifier,
}

impl Pen {
    fn of(cell: &Cell) -> Self {
        Pen {
            fg: cell.fg,
            bg: cell.bg,
            modifier: cell.modifier,
        }
    }

    /// A blank drawn with `self` looks the same as one drawn with `other`.
    fn blank_looks_like(self, other: Pen) -> bool {
        self.bg == other.bg
            && !self.modifier.intersects(VISIBLE_ON_BLANK)
            && !other.modifier.intersects(VISIBLE_ON_BLANK)
    }

    /// `self` drawing `byte` looks the same as the cell it stands for.
    fn draws_alike(self, byte: u8, other: Pen) -> bool {
        self == other || (byte == b' ' && self.blank_looks_like(other))
    }
}

/// A cell the screen is known to show: an ASCII character and its pen. Anything else (wide
/// or combined characters, cells not yet drawn) is never written again from memory.
type Shown = Option<(u8, Pen)>;

/// A one-byte printable symbol.
fn ascii_symbol(symbol: &str) -> Option<u8> {
    match symbol.as_bytes() {
        &[b] if (b' '..=b'~').contains(&b) => Some(b),
        _ => None,
    }
}

pub struct ScreenBackend<W: Write> {
    out: W,
    width: u16,
    /// Row by row, `width` cells each; empty until the screen is first cleared.
    shown: Vec<Shown>,
}

impl<W: Write> ScreenBackend<W> {
    pub fn new(out: W) -> Self {
        ScreenBackend {
            out,
            width: 0,
            shown: Vec::new(),
        }
    }

    fn index(&self, x: u16, y: u16) -> Option<usize> {
        let i = usize::from(y) * usize::from(self.width) + usize::from(x);
        (x < self.width && i < self.shown.len()).then_some(i)
    }

    /// The cells from `from` to just before `to` on one row, when every one of them can be
    /// written again with `pen`: the cursor then moves by writing them.
    fn gap(&self, from: Position, to: Position, pen: Pen) -> Option<Gap> {
        if from.y != to.y || to.x <= from.x || to.x - from.x > REWRITE_GAP {
            return None;
        }
        let mut gap = Gap::default();
        for x in from.x..to.x {
            let (byte, drawn) = self.shown.get(self.index(x, from.y)?).copied()??;
            if !pen.draws_alike(byte, drawn) {
                return None;
            }
            gap.bytes[gap.len] = byte;
            gap.len += 1;
        }
        Some(gap)
    }

    /// Change the pen from `pen` to `to` in one sequence.
    fn set_pen(&mut self, pen: &mut Pen, to: Pen) -> io::Result<()> {
        if *pen == to {
            return Ok(());
        }
        let mut codes = Sgr::new(&mut self.out);
        let from = if (pen.modifier - to.modifier).is_empty() {
            *pen
        } else {
            // A modifier goes: reset everything and set what stays.
            codes.push(0)?;
            Pen::default()
        };
        let added = to.modifier - from.modifier;
        for code in modifier_codes(added) {
            codes.push(code.into())?;
        }
        let bold = to.modifier.contains(Modifier::BOLD);
        // A basic colour written short turns bright with bold on some terminals: bold
        // arriving writes it again, long.
        let brightened = added.contains(Modifier::BOLD) && ColorCode::basic(to.fg);
        if to.fg != from.fg || brightened {
            for code in ColorCode::foreground(to.fg, bold).params() {
                codes.push(code)?;
            }
        }
        if to.bg != from.bg {
            for code in ColorCode::background(to.bg).params() {
                codes.push(code)?;
            }
        }
        *pen = to;
        codes.end()
    }

    fn forget_all(&mut self) {
        self.shown.iter_mut().for_each(|c| *c = None);
    }
}

/// SGR codes that turn modifiers on.
fn modifier_codes(added: Modifier) -> impl Iterator<Item = u8> {
    [
        (Modifier::BOLD, 1),
        (Modifier::DIM, 2),
        (Modifier::ITALIC, 3),
        (Modifier::UNDERLINED, 4),
        (Modifier::SLOW_BLINK, 5),
        (Modifier::RAPID_BLINK, 6),
        (Modifier::REVERSED, 7),
        (Modifier::HIDDEN, 8),
        (Modifier::CROSSED_OUT, 9),
    ]
    .into_iter()
    .filter(move |(m, _)| added.contains(*m))
    .map(|(_, code)| code)
}

/// Cells written again instead of a cursor move.
#[derive(Default)]
struct Gap {
    bytes: [u8; REWRITE_GAP as usize],
    len: usize,
}

/// One SGR sequence, its parameters written as they come.
struct Sgr<'w, W: Write> {
    out: &'w mut W,
    started: bool,
}

impl<'w, W: Write> Sgr<'w, W> {
    fn new(out: &'w mut W) -> Self {
        Sgr {
            out,
            started: false,
        }
    }

    fn push(&mut self, code: u16) -> io::Result<()> {
        let lead: &[u8] = if self.started { b";" } else { b"\x1b[" };
        self.started = true;
        self.out.write_all(lead)?;
        write_decimal(self.out, code)
    }

    fn end(self) -> io::Result<()> {
        if self.started {
            self.out.write_all(b"m")?;
        }
        Ok(())
    }
}

/// The SGR parameters for a colour. The sixteen colours of the terminal's own palette have
/// short codes that every colour terminal knows (`36`, `90`, `43`), a third of the length of
/// the palette index (`38;5;6`); a frame is mostly these. One exception: some terminals
/// brighten the first eight with bold (`ESC[1;33m`) but not by index (`ESC[1;38;5;3m`), so
/// under bold those keep the index and look as they did in crossterm's.
struct ColorCode {
    color: Color,
    /// 38 for the foreground, 48 for the background.
    select: u8,
    short: bool,
}

impl ColorCode {
    fn foreground(color: Color, bold: bool) -> Self {
        let short = !(bold && Self::basic(color));
        ColorCode {
            color,
            select: 38,
            short,
        }
    }

    fn background(color: Color) -> Self {
        ColorCode {
            color,
            select: 48,
            short: true,
        }
    }

    /// One of the first eight colours, which bold can brighten.
    fn basic(color: Color) -> bool {
        Self::palette_index(color).is_some_and(|i| i < 8)
    }

    fn palette_index(color: Color) -> Option<u8> {
        Some(match color {
            Color::Reset | Color::Rgb(..) => return None,
            Color::Indexed(i) => i,
            Color::Black => 0,
            Color::Red => 1,
            Color::Green => 2,
            Color::Yellow => 3,
            Color::Blue => 4,
            Color::Magenta => 5,
            Color::Cyan => 6,
            Color::Gray => 7,
            Color::DarkGray => 8,
            Color::LightRed => 9,
            Color::LightGreen => 10,
            Color::LightYellow => 11,
            Color::LightBlue => 12,
            Color::LightMagenta => 13,
            Color::LightCyan => 14,
            Color::White => 15,
        })
    }
}

impl ColorCode {
    /// The SGR parameters, in order.
    fn params(&self) -> impl Iterator<Item = u16> {
        let ColorCode {
            color,
            select,
            short,
        } = *self;
        let select = u16::from(select);
        // 30-37 and 90-97 for the foreground, 40-47 and 100-107 for the background.
        let (normal, bright) = if select == 38 { (30, 90) } else { (40, 100) };
        let (codes, len): ([u16; 5], usize) = match (color, Self::palette_index(color)) {
            (Color::Rgb(r, g, b), _) => ([select, 2, r.into(), g.into(), b.into()], 5),
            (_, Some(i @ 0..8)) if short => ([normal + u16::from(i), 0, 0, 0, 0], 1),
            (_, Some(i @ 8..16)) if short => ([bright + u16::from(i) - 8, 0, 0, 0, 0], 1),
            (_, Some(i)) => ([select, 5, i.into(), 0, 0], 3),
            // The terminal's default colour: 39 or 49.
            (_, None) => ([select + 1, 0, 0, 0, 0], 1),
        };
        codes.into_iter().take(len)
    }
}

/// `n` in decimal digits, without the formatting machinery: a frame writes hundreds of numbers.
fn write_decimal(out: &mut impl Write, mut n: u16) -> io::Result<()> {
    let mut digits = [0u8; 5];
    let mut start = digits.len();
    loop {
        start -= 1;
        digits[start] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_all(&digits[start..])
}

/// Move the cursor to a cell (`ESC[row;colH`, counted from 1).
fn move_to(out: &mut impl Write, x: u16, y: u16) -> io::Result<()> {
    out.write_all(b"\x1b[")?;
    write_decimal(out, y.saturating_add(1))?;
    out.write_all(b";")?;
    write_decimal(out, x.saturating_add(1))?;
    out.write_all(b"H")
}

impl<W: Write> Backend for ScreenBackend<W> {
    type Error = io::Error;

    fn draw<'a, I>(&mut self, content: I) -> io::Result<()>
    where
        I: Iterator<Item = (u16, u16, &'a Cell)>,
    {
        let mut pen = Pen::default();
        // Where the terminal's cursor is, when that is certain.
        let mut at: Option<Position> = None;
        for (x, y, cell) in content {
            let here = Position { x, y };
            if at != Some(here) {
                match at.and_then(|from| self.gap(from, here, pen)) {
                    Some(gap) => self.out.write_all(&gap.bytes[..gap.len])?,
                    None => move_to(&mut self.out, x, y)?,
                }
            }
            let symbol = cell.symbol();
            let byte = ascii_symbol(symbol);
            let wanted = Pen::of(cell);
            let pen_for_cell = match byte {
                Some(b) if pen.draws_alike(b, wanted) => pen,
                _ => wanted,
            };
            self.set_pen(&mut pen, pen_for_cell)?;
            self.out.write_all(symbol.as_bytes())?;
            if let Some(i) = self.index(x, y) {
                self.shown[i] = byte.map(|b| (b, wanted));
            }
            if byte.is_some() || crate::text::wrap::width(symbol) == 1 {
                at = Some(Position { x: x + 1, y });
            } else {
                // Where a wide character leaves the cursor is the terminal's idea of its
                // width: move before the next cell, and never write over its right half.
                at = None;
                if let Some(i) = self.index(x + 1, y) {
                    self.shown[i] = None;
                }
            }
        }
        self.set_pen(&mut pen, Pen::default())
    }

    fn hide_cursor(&mut self) -> io::Result<()> {
        queue!(self.out, cursor::Hide)?;
        self.out.flush()
    }

    fn show_cursor(&mut self) -> io::Result<()> {
        queue!(self.out, cursor::Show)?;
        self.out.flush()
    }

    fn get_cursor_position(&mut self) -> io::Result<Position> {
        let (x, y) = cursor::position()?;
        Ok(Position { x, y })
    }

    fn set_cursor_position<P: Into<Position>>(&mut self, position: P) -> io::Result<()> {
        let Position { x, y } = position.into();
        queue!(self.out, cursor::MoveTo(x, y))?;
        self.out.flush()
    }

    fn clear(&mut self) -> io::Result<()> {
        self.clear_region(ClearType::All)
    }

    fn clear_region(&mut self, clear_type: ClearType) -> io::Result<()> {
        let kind = match clear_type {
            ClearType::All => {
                let size = self.size()?;
                self.clear_screen(size)?;
                return self.out.flush();
            }
            ClearType::AfterCursor => terminal::ClearType::FromCursorDown,
            ClearType::BeforeCursor => terminal::ClearType::FromCursorUp,
            ClearType::CurrentLine => terminal::ClearType::CurrentLine,
            ClearType::UntilNewLine => terminal::ClearType::UntilNewLine,
        };
        queue!(self.out, terminal::Clear(kind))?;
        self.forget_all();
        self.out.flush()
    }

    fn append_lines(&mut self, n: u16) -> io::Result<()> {
        for _ in 0..n {
            self.out.write_all(b"\n")?;
        }
        self.forget_all();
        self.out.flush()
    }

    fn size(&self) -> io::Result<Size> {
        let (width, height) = terminal::size()?;
        Ok(Size { width, height })
    }

    fn window_size(&mut self) -> io::Result<WindowSize> {
        let size = terminal::window_size()?;
        Ok(WindowSize {
            columns_rows: Size {
                width: size.columns,
                height: size.rows,
            },
            pixels: Size {
                width: size.width,
                height: size.height,
            },
        })
    }

    fn flush(&mut self) -> io::Result<()> {
        self.out.flush()
    }
}

impl<W: Write> ScreenBackend<W> {
    /// Clear a screen of `size`. The sequence waits in the output for the frame that follows,
    /// so the terminal never shows the blank screen between them.
    pub fn clear_screen(&mut self, size: Size) -> io::Result<()> {
        queue!(self.out, terminal::Clear(terminal::ClearType::All))?;
        self.screen_cleared(size);
        Ok(())
    }

    #[cfg(test)]
    pub fn output(&mut self) -> &mut W {
        &mut self.out
    }

    /// The screen of `size` was cleared (a clear sequence was sent): every cell is a blank.
    pub fn screen_cleared(&mut self, size: Size) {
        self.width = size.width;
        self.shown.clear();
        self.shown.resize(
            usize::from(size.width) * usize::from(size.height),
            Some((b' ', Pen::default())),
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use proptest::prelude::*;
    use ratatui::buffer::Buffer;
    use ratatui::layout::Rect;
    use ratatui::style::Style;

    /// Draw `previous` then `next` (each a list of rows) through the backend onto a cleared
    /// screen; return the bytes of the second frame and the screen a terminal shows.
    fn frames(previous: &[&str], next: &[&str], style: Style) -> (String, vt100::Parser) {
        let area = Rect::new(0, 0, 20, previous.len() as u16);
        let mut backend = ScreenBackend::new(Vec::new());
        backend.screen_cleared(area.as_size());
        let mut parser = vt100::Parser::new(area.height, area.width, 0);
        let mut shown = Buffer::empty(area);
        let mut bytes = Vec::new();
        for rows in [previous, next] {
            let mut buffer = Buffer::empty(area);
            for (y, row) in rows.iter().enumerate() {
                buffer.set_string(0, y as u16, row, style);
            }
            backend.draw(shown.diff(&buffer).into_iter()).unwrap();
            bytes = std::mem::take(&mut backend.out);
            parser.process(&bytes);
            shown = buffer;
        }
        (String::from_utf8(bytes).unwrap(), parser)
    }

    /// The bytes of `buffer` drawn onto a cleared screen.
    fn first_frame(buffer: &Buffer) -> String {
        let mut backend = ScreenBackend::new(Vec::new());
        backend.screen_cleared(buffer.area.as_size());
        backend
            .draw(Buffer::empty(buffer.area).diff(buffer).into_iter())
            .unwrap();
        String::from_utf8(backend.out).unwrap()
    }

    #[test]
    fn a_space_between_words_is_written_not_jumped() {
        let (bytes, screen) = frames(&[""], &["over 6,400 drones"], Style::default());
        assert_eq!(bytes, "\x1b[1;1Hover 6,400 drones");
        assert_eq!(screen.screen().contents(), "over 6,400 drones");
    }

    #[test]
    fn a_gap_is_written_again_with_what_the_screen_shows() {
        let (bytes, screen) = frames(&["ab cd"], &["xb cy"], Style::default());
        assert_eq!(bytes, "\x1b[1;1Hxb cy");
        assert_eq!(screen.screen().contents(), "xb cy");
    }

    #[test]
    fn a_long_gap_is_jumped() {
        let (bytes, screen) = frames(&["a          b"], &["c          d"], Style::default());
        assert_eq!(bytes, "\x1b[1;1Hc\x1b[1;12Hd");
        assert_eq!(screen.screen().contents(), "c          d");
    }

    #[test]
    fn a_wide_character_is_never_written_again_from_memory() {
        let (bytes, screen) = frames(&["a東b"], &["c東d"], Style::default());
        assert_eq!(bytes, "\x1b[1;1Hc\x1b[1;4Hd");
        assert_eq!(screen.screen().contents(), "c東d");
    }

    #[test]
    fn a_style_is_one_sequence_and_reset_at_the_end() {
        let style = Style::new()
            .fg(Color::Cyan)
            .bg(Color::Indexed(236))
            .add_modifier(Modifier::BOLD);
        let (bytes, screen) = frames(&[""], &["Hi"], style);
        assert_eq!(bytes, "\x1b[1;1H\x1b[1;38;5;6;48;5;236mHi\x1b[0m");
        let cell = screen.screen().cell(0, 1).unwrap();
        assert!(cell.bold());
        assert_eq!(cell.fgcolor(), vt100::Color::Idx(6));
        assert_eq!(cell.bgcolor(), vt100::Color::Idx(236));
    }

    #[test]
    fn a_blank_keeps_the_colour_it_is_written_in() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 5, 1));
        buffer.set_string(0, 0, "a", Style::new().fg(Color::Green));
        buffer.set_string(2, 0, "b", Style::new().fg(Color::Green));
        assert_eq!(first_frame(&buffer), "\x1b[1;1H\x1b[32ma b\x1b[39m");
    }

    #[test]
    fn an_underlined_blank_is_drawn_in_its_own_style() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 3, 1));
        buffer.set_string(0, 0, "a b", Style::new().fg(Color::Green));
        buffer.set_string(1, 0, " ", Style::new().add_modifier(Modifier::UNDERLINED));
        assert_eq!(
            first_frame(&buffer),
            "\x1b[1;1H\x1b[32ma\x1b[4m \x1b[0;32mb\x1b[39m"
        );
    }

    #[test]
    fn palette_colours_are_short_codes_but_bold_keeps_the_first_eight_by_index() {
        let mut buffer = Buffer::empty(Rect::new(0, 0, 6, 1));
        buffer.set_string(0, 0, "a", Style::new().fg(Color::DarkGray));
        buffer.set_string(1, 0, "b", Style::new().fg(Color::Black).bg(Color::Yellow));
        buffer.set_string(2, 0, "c", Style::new().fg(Color::Yellow));
        // Bold arrives on the same colour: it is written again, by index.
        buffer.set_string(3, 0, "d", Style::new().fg(Color::Yellow).bold());
        buffer.set_string(4, 0, "e", Style::new().fg(Color::LightRed).bold());
        buffer.set_string(5, 0, "f", Style::new().fg(Color::Indexed(3)));
        assert_eq!(
            first_frame(&buffer),
            "\x1b[1;1H\x1b[90ma\x1b[30;43mb\x1b[33;49mc\x1b[1;38;5;3md\x1b[91me\x1b[0;33mf\x1b[39m"
        );
    }

    fn style_strategy() -> impl Strategy<Value = Style> {
        let color = prop::sample::select(vec![
            Color::Reset,
            Color::Green,
            Color::Cyan,
            Color::DarkGray,
            Color::Indexed(236),
            Color::Rgb(1, 2, 3),
        ]);
        // Not dim: vt100 keeps one intensity, so bold and dim together depend on their order.
        let modifier = prop::sample::select(vec![
            Modifier::empty(),
            Modifier::BOLD,
            Modifier::ITALIC,
            Modifier::UNDERLINED,
            Modifier::REVERSED,
            Modifier::BOLD | Modifier::UNDERLINED,
        ]);
        (color.clone(), color, modifier)
            .prop_map(|(fg, bg, m)| Style::new().fg(fg).bg(bg).add_modifier(m))
    }

    /// Frames of 12×3 cells: runs of text in a few styles, with spaces, wide and accented
    /// characters and box lines.
    fn frame_strategy() -> impl Strategy<Value = Vec<(u16, u16, String, Style)>> {
        let text = "[a-c 東é─]{0,8}";
        prop::collection::vec((0u16..12, 0u16..3, text, style_strategy()), 0..8)
    }

    proptest! {
        /// Whatever frames follow each other, the terminal shows what it would show with
        /// ratatui's own crossterm backend: every character, colour and emphasis (except a
        /// blank's foreground colour, which does not show).
        #[test]
        fn the_terminal_shows_what_the_crossterm_backend_shows(
            frames in prop::collection::vec(frame_strategy(), 1..4)
        ) {
            let area = Rect::new(0, 0, 12, 3);
            let mut ours = ScreenBackend::new(Vec::new());
            ours.screen_cleared(area.as_size());
            let mut ours_shown = vt100::Parser::new(area.height, area.width, 0);
            let mut theirs_shown = vt100::Parser::new(area.height, area.width, 0);
            let mut shown = Buffer::empty(area);
            for runs in frames {
                let mut buffer = Buffer::empty(area);
                for (x, y, text, style) in runs {
                    buffer.set_stringn(x, y, &text, usize::from(area.width - x), style);
                }
                ours.draw(shown.diff(&buffer).into_iter()).unwrap();
                // ratatui's backend keeps nothing between frames.
                let mut theirs = Vec::new();
                ratatui::backend::CrosstermBackend::new(&mut theirs)
                    .draw(shown.diff(&buffer).into_iter())
                    .unwrap();
                ours_shown.process(&std::mem::take(&mut ours.out));
                theirs_shown.process(&theirs);
                for (x, y) in area.positions().map(|p| (p.x, p.y)) {
                    let got = ours_shown.screen().cell(y, x).unwrap();
                    let want = theirs_shown.screen().cell(y, x).unwrap();
                    let at = format!("at {x},{y}");
                    prop_assert_eq!(got.contents().trim(), want.contents().trim(), "{}", at);
                    prop_assert_eq!(got.bgcolor(), want.bgcolor(), "{}", at);
                    prop_assert_eq!(got.underline(), want.underline(), "{}", at);
                    prop_assert_eq!(got.inverse(), want.inverse(), "{}", at);
                    let blank = want.contents().trim().is_empty();
                    if !blank || want.underline() || want.inverse() {
                        prop_assert_eq!(got.fgcolor(), want.fgcolor(), "{}", at);
                        prop_assert_eq!(got.bold(), want.bold(), "{}", at);
                        prop_assert_eq!(got.dim(), want.dim(), "{}", at);
                        prop_assert_eq!(got.italic(), want.italic(), "{}", at);
                    }
                }
                shown = buffer;
            }
        }
    }
}
