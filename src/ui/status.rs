//! The status bar: section, position, the search prompt or a message, and key hints.

use super::theme::Theme;
use crate::app::App;
use crate::text::wrap::{truncate, width};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

pub struct Status<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Status<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let w = area.width as usize;
        let left = if app.search.editing {
            let n = app.search.found();
            format!(
                "/{}▏ {} match{}{}",
                crate::ingest::clean::visible_line(&app.search.query),
                n,
                if n == 1 { "" } else { "es" },
                if app.search.scan.is_some() { "…" } else { "" }
            )
        } else if let Some(m) = &app.message {
            m.clone()
        } else {
            self.position()
        };
        let hints = if app.loading {
            "reading the rest…".to_string()
        } else if app.extracting {
            format!("finding figures, quotes, dates… {}%", app.progress)
        } else {
            "? help  / search  Tab pane  q quit".to_string()
        };
        let space = w.saturating_sub(width(&left) + 2);
        let right = if space >= width(&hints) {
            hints
        } else if space >= 6 {
            "? help".to_string()
        } else {
            String::new()
        };
        let gap = w.saturating_sub(width(&left) + width(&right) + 1);
        let left_style = if app.message.is_some() && !app.search.editing {
            self.theme.status.patch(self.theme.message)
        } else {
            self.theme.status
        };
        let line = Line::from(vec![
            Span::styled(
                format!(" {}", truncate(&left, w.saturating_sub(1))),
                left_style,
            ),
            Span::styled(" ".repeat(gap), self.theme.status),
            Span::styled(right, self.theme.status),
        ]);
        buf.set_style(area, self.theme.status);
        super::cells::put_lines(buf, area, &[line]);
    }
}

impl Status<'_> {
    /// `§3/8 Though details remain… · 41%`
    fn position(&self) -> String {
        let app = self.app;
        let total = app.story.len();
        let percent = if app.max_scroll() == 0 {
            100
        } else {
            app.scroll * 100 / app.max_scroll()
        };
        let section = app.current_section().and_then(|s| {
            (s < app.doc.sections.len()).then(|| {
                format!(
                    "§{}/{} {}",
                    s + 1,
                    app.doc.sections.len(),
                    truncate(&app.doc.section_title(s), 24)
                )
            })
        });
        let at = match (section, total) {
            (_, 0) => return "empty briefing".to_string(),
            (Some(s), _) => format!("{s} · {percent}%"),
            (None, _) => format!("{percent}%"),
        };
        match self.search_position() {
            Some(found) => format!("{at} · {found}"),
            None => at,
        }
    }

    /// `/Brown 2/3`: which match of the search is current, as `n` and `N` step through.
    fn search_position(&self) -> Option<String> {
        let search = &self.app.search;
        let i = search.current?;
        let query = truncate(&crate::ingest::clean::visible_line(&search.query), 16);
        Some(if search.scan.is_some() {
            format!("/{query} {}…", i + 1)
        } else {
            format!("/{query} {}/{}", i + 1, search.found())
        })
    }
}
