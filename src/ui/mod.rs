//! The view: a pure function of the state. One widget per pane; the layout comes from
//! `app::layout`, the same computation the state uses for scrolling.

pub mod cells;
pub mod header;
pub mod overlay;
pub mod sidebar;
pub mod status;
pub mod story;
pub mod theme;

use crate::app::layout::{self, Mode};
use crate::app::{App, Focus};
use ratatui::buffer::Buffer;
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};
use ratatui::Frame;
use theme::Theme;

/// The whole screen, every pane laid out for the state's size.
pub struct Reader<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Reader<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let Reader { app, theme } = self;
        let a = app.areas();
        if a.mode == Mode::TooSmall {
            let notice = vec![
                Line::from("too small"),
                Line::from(format!(
                    "{}×{} < {}×{}",
                    area.width,
                    area.height,
                    layout::MIN_WIDTH,
                    layout::MIN_HEIGHT
                )),
            ];
            let y = area.height.saturating_sub(2) / 2;
            Paragraph::new(notice).alignment(Alignment::Center).render(
                Rect {
                    y,
                    height: area.height - y,
                    ..area
                },
                buf,
            );
            return;
        }
        header::Header { app, theme }.render(a.header, buf);
        if let Some(tabs) = a.tabs {
            tab_row(app, theme).render(tabs, buf);
        }
        if a.story.width > 0 && a.story.height > 0 {
            story::Story {
                app,
                theme,
                bordered: a.mode == Mode::Wide,
            }
            .render(a.story, buf);
        }
        if a.sidebar.width > 0 && a.sidebar.height > 0 {
            sidebar::Sidebar {
                app,
                theme,
                compact: a.mode == Mode::Narrow,
            }
            .render(a.sidebar, buf);
        }
        status::Status { app, theme }.render(a.status, buf);
        if let Some(o) = app.overlay {
            overlay::OverlayView {
                app,
                theme,
                overlay: o,
            }
            .render(area, buf);
        }
    }
}

/// Draw the reader's screen in a ratatui frame.
pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    frame.render_widget(Reader { app, theme }, frame.area());
}

/// A pane's rounded border, highlighted when the pane has the focus.
pub fn pane_block<'a>(title: String, focused: bool, theme: &Theme) -> ratatui::widgets::Block<'a> {
    ratatui::widgets::Block::new()
        .borders(ratatui::widgets::Borders::ALL)
        .border_type(ratatui::widgets::BorderType::Rounded)
        .border_style(if focused {
            theme.border_focused
        } else {
            theme.border
        })
        .title(Span::styled(title, theme.title))
}

fn tab_row<'a>(app: &App, theme: &Theme) -> Line<'a> {
    let on_story = app.focus == Focus::Story;
    let tab = |name: &'static str, active: bool| {
        if active {
            Span::styled(format!(" {name} "), theme.selected)
        } else {
            Span::styled(format!(" {name} "), theme.dim)
        }
    };
    Line::from(vec![
        tab("Brief", !on_story),
        Span::raw("│"),
        tab("Story", on_story),
        Span::styled("  Tab", theme.dim),
    ])
}

/// Render one frame into plain text lines (for `brief render`, docs and tests).
pub fn render_to_text(app: &App, theme: &Theme) -> String {
    let (w, h) = app.size;
    let mut buffer = Buffer::empty(Rect::new(0, 0, w, h));
    Reader { app, theme }.render(buffer.area, &mut buffer);
    buffer_text(&buffer)
}

/// The text of a buffer, one line per row, trailing spaces trimmed.
pub fn buffer_text(buffer: &ratatui::buffer::Buffer) -> String {
    let area = buffer.area;
    let mut out = String::new();
    for y in 0..area.height {
        let mut line = String::new();
        let mut skip = 0;
        for x in 0..area.width {
            if skip > 0 {
                skip -= 1;
                continue;
            }
            let cell = &buffer[(x, y)];
            let sym = cell.symbol();
            line.push_str(sym);
            skip = unicode_width::UnicodeWidthStr::width(sym).saturating_sub(1);
        }
        out.push_str(line.trim_end());
        out.push('\n');
    }
    out
}
