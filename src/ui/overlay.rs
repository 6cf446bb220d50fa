//! Overlays over the reader: help (from the keymap), the outline, people and places.

use super::theme::Theme;
use crate::app::keymap::help_lines;
use crate::app::{App, Overlay};
use crate::model::EntityKind;
use crate::text::wrap::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Widget};

pub struct OverlayView<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub overlay: Overlay,
}

impl Widget for OverlayView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let help = match self.overlay {
            Overlay::Help => help_lines(),
            _ => Vec::new(),
        };
        let (title, count, selected) = match self.overlay {
            Overlay::Help => (" Keys ", help.len(), None),
            Overlay::Outline => (
                " Outline ",
                self.app.doc.sections.len(),
                Some(self.app.overlay_selected),
            ),
            Overlay::Entities => (
                // While extraction runs, the list is of the names found so far.
                if self.app.extracting {
                    " People and places · finding… "
                } else {
                    " People and places "
                },
                self.app.doc.entities.len().max(1),
                Some(self.app.overlay_selected),
            ),
        };
        let w = (area.width.saturating_sub(4))
            .min(72)
            .max(area.width.min(20));
        let h = (count as u16)
            .saturating_add(2)
            .min(area.height.saturating_sub(2))
            .max(area.height.min(3));
        let rect = Rect {
            x: area.x + (area.width - w) / 2,
            y: area.y + (area.height - h) / 2,
            width: w,
            height: h,
        };
        Clear.render(rect, buf);
        let block = Block::new()
            .borders(Borders::ALL)
            .border_type(BorderType::Rounded)
            .border_style(self.theme.border_focused)
            .title(Span::styled(title, self.theme.title))
            .title_bottom(Span::styled(
                " j/k move · Enter go · Esc close ",
                self.theme.dim,
            ));
        let inner = block.inner(rect);
        block.render(rect, buf);
        let height = inner.height as usize;
        // Lists keep the selection on screen; help scrolls by its own offset.
        let first = match selected {
            Some(s) => s.saturating_sub(height.saturating_sub(1)),
            None => self.app.overlay_selected.min(count.saturating_sub(height)),
        };
        let width = inner.width as usize;
        // Only the rows on screen are worded: a large briefing has a section per paragraph.
        let shown: Vec<Line> = (first..count.min(first + height))
            .map(|i| {
                let text = match self.overlay {
                    Overlay::Help => help[i].clone(),
                    Overlay::Outline => self.outline_line(i),
                    Overlay::Entities => self.entity_line(i),
                };
                let text = truncate(&text, width);
                if selected == Some(i) {
                    Line::styled(text, self.theme.selected)
                } else {
                    Line::raw(text)
                }
            })
            .collect();
        super::cells::put_lines(buf, inner, &shown);
    }
}

impl OverlayView<'_> {
    fn outline_line(&self, i: usize) -> String {
        let title = self.app.doc.section_title(i);
        format!("{:>3}  {title}", i + 1)
    }

    fn entity_line(&self, i: usize) -> String {
        let Some(e) = self.app.doc.entities.get(i) else {
            return "nobody and nowhere named".to_string();
        };
        let kind = match e.kind {
            EntityKind::Person => "person",
            EntityKind::Organization => "org",
            EntityKind::Place => "place",
            EntityKind::Other => "other",
        };
        format!("{kind:<7} {} ×{}", e.name, e.mentions)
    }
}
