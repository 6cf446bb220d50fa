//! The header: dateline with weekday, the headline, and the standfirst when there is room.

use super::theme::Theme;
use crate::app::App;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::Line;
use ratatui::widgets::{Block, Borders, Widget};

pub struct Header<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
}

impl Widget for Header<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let h = self.app.header();
        let wide = h.dateline.is_some();
        let mut lines: Vec<Line> = Vec::new();
        if let Some(d) = h.dateline {
            lines.push(Line::styled(d, self.theme.dateline));
        }
        lines.extend(
            h.headline
                .into_iter()
                .map(|l| Line::styled(l, self.theme.headline)),
        );
        lines.extend(
            h.standfirst
                .into_iter()
                .map(|l| Line::styled(l, self.theme.standfirst)),
        );
        let mut text_area = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(2),
            ..area
        };
        if wide {
            Block::new()
                .borders(Borders::BOTTOM)
                .border_style(self.theme.border)
                .render(area, buf);
            text_area.height = text_area.height.saturating_sub(1);
        }
        super::cells::put_lines(buf, text_area, &lines);
    }
}
