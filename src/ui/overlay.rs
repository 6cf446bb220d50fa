//! Overlays over the reader: help (from the keymap), the outline, people and places.

use super::theme::Theme;
use crate::app::keymap::help_lines;
use crate::app::{App, Overlay};
use crate::model::EntityKind;
use crate::text::wrap::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Clear, Paragraph, Widget};

pub struct OverlayView<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub overlay: Overlay,
}

impl Widget for OverlayView<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let (title, lines, selected) = match self.overlay {
            Overlay::Help => (" Keys ", help_lines(), None),
            Overlay::Outline => (
                " Outline ",
                self.outline_lines(),
                Some(self.app.overlay_selected),
            ),
            Overlay::Entities => (
                " People and places ",
                self.entity_lines(),
                Some(self.app.overlay_selected),
            ),
        };
        let w = (area.width.saturating_sub(4))
            .min(72)
            .max(area.width.min(20));
        let h = (lines.len() as u16 + 2)
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
            None => self
                .app
                .overlay_selected
                .min(lines.len().saturating_sub(height)),
        };
        let width = inner.width as usize;
        let shown: Vec<Line> = lines
            .into_iter()
            .enumerate()
            .skip(first)
            .take(height)
            .map(|(i, text)| {
                let text = truncate(&text, width);
                if selected == Some(i) {
                    Line::styled(text, self.theme.selected)
                } else {
                    Line::raw(text)
                }
            })
            .collect();
        Paragraph::new(shown).render(inner, buf);
    }
}

impl OverlayView<'_> {
    fn outline_lines(&self) -> Vec<String> {
        self.app
            .doc
            .sections
            .iter()
            .enumerate()
            .map(|(i, s)| format!("{:>3}  {}", i + 1, s.title))
            .collect()
    }

    fn entity_lines(&self) -> Vec<String> {
        if self.app.doc.entities.is_empty() {
            return vec!["nobody and nowhere named".to_string()];
        }
        self.app
            .doc
            .entities
            .iter()
            .map(|e| {
                let kind = match e.kind {
                    EntityKind::Person => "person",
                    EntityKind::Organization => "org",
                    EntityKind::Place => "place",
                    EntityKind::Other => "other",
                };
                format!("{kind:<7} {} ×{}", e.name, e.mentions)
            })
            .collect()
    }
}
