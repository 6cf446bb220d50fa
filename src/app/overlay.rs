//! The overlays' own keys: help scrolls, the outline and the people list select and jump.

use super::action::Action;
use super::{keymap, App, Overlay};
use crate::model::Span;

impl App {
    pub(super) fn toggle_overlay(&mut self, o: Overlay) {
        if self.overlay == Some(o) {
            self.overlay = None;
        } else {
            self.overlay = Some(o);
            self.overlay_selected = match o {
                Overlay::Outline => self.current_section().unwrap_or(0),
                _ => 0,
            };
        }
    }

    /// Keys an overlay handles itself; returns false to let the normal handling run.
    pub(super) fn update_overlay(&mut self, overlay: Overlay, action: &Action) -> bool {
        let len = match overlay {
            Overlay::Help => keymap::help_lines().len(),
            Overlay::Outline => self.doc.sections.len(),
            Overlay::Entities => self.doc.entities.len(),
        };
        match action {
            Action::Down => {
                self.overlay_selected = (self.overlay_selected + 1).min(len.saturating_sub(1))
            }
            Action::Up => self.overlay_selected = self.overlay_selected.saturating_sub(1),
            Action::Top => self.overlay_selected = 0,
            Action::Bottom => self.overlay_selected = len.saturating_sub(1),
            Action::Activate => {
                let target = match overlay {
                    Overlay::Help => None,
                    Overlay::Outline => self
                        .doc
                        .sections
                        .get(self.overlay_selected)
                        .map(|s| Span::new(s.paragraphs[0], 0, 0)),
                    Overlay::Entities => self
                        .doc
                        .entities
                        .get(self.overlay_selected)
                        .and_then(|e| e.spans.first().copied()),
                };
                self.overlay = None;
                if let Some(span) = target {
                    if overlay == Overlay::Outline {
                        self.show_story_tab();
                        if let Some(&line) = self.story.section_starts.get(self.overlay_selected) {
                            self.scroll = line.min(self.max_scroll());
                        }
                    } else {
                        self.jump_to(span);
                    }
                }
            }
            _ => return false,
        }
        true
    }
}
