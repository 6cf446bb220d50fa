//! The view: a pure function of the state. One widget per pane; the layout comes from
//! `app::layout`, the same computation the state uses for scrolling.

pub mod header;
pub mod overlay;
pub mod sidebar;
pub mod status;
pub mod story;
pub mod theme;

use crate::app::layout::{self, Mode};
use crate::app::{App, Focus};
use ratatui::layout::{Alignment, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;
use theme::Theme;

pub fn draw(frame: &mut Frame, app: &App, theme: &Theme) {
    let area = frame.area();
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
        frame.render_widget(
            Paragraph::new(notice).alignment(Alignment::Center),
            Rect {
                y,
                height: area.height - y,
                ..area
            },
        );
        return;
    }
    frame.render_widget(header::Header { app, theme }, a.header);
    if let Some(tabs) = a.tabs {
        frame.render_widget(tab_row(app, theme), tabs);
    }
    if a.story.width > 0 && a.story.height > 0 {
        frame.render_widget(
            story::Story {
                app,
                theme,
                bordered: a.mode == Mode::Wide,
            },
            a.story,
        );
    }
    if a.sidebar.width > 0 && a.sidebar.height > 0 {
        frame.render_widget(
            sidebar::Sidebar {
                app,
                theme,
                compact: a.mode == Mode::Narrow,
            },
            a.sidebar,
        );
    }
    frame.render_widget(status::Status { app, theme }, a.status);
    if let Some(o) = app.overlay {
        frame.render_widget(
            overlay::OverlayView {
                app,
                theme,
                overlay: o,
            },
            area,
        );
    }
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
    use ratatui::backend::TestBackend;
    use ratatui::Terminal;
    let (w, h) = app.size;
    let Ok(mut terminal) = Terminal::new(TestBackend::new(w, h));
    if terminal.draw(|f| draw(f, app, theme)).is_err() {
        return String::new();
    }
    buffer_text(terminal.backend().buffer())
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
