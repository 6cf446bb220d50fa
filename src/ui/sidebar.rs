//! The sidebar: deadline countdowns, key figures and quote highlights. Stacked blocks in
//! the wide layout; one compact list (the "Brief" tab) in the narrow one.

use super::theme::Theme;
use crate::app::layout::{inner, sidebar_blocks};
use crate::app::{App, Focus};
use crate::text::wrap::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, BorderType, Borders, Paragraph, Widget};

pub struct Sidebar<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    /// The narrow layout's brief: one line per item, no borders.
    pub compact: bool,
}

/// One item of a list: its lines, already cut to width.
type Item = Vec<Line<'static>>;

impl Widget for Sidebar<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        if self.compact {
            self.render_brief(area, buf);
            return;
        }
        let app = self.app;
        let blocks = sidebar_blocks(area, app.sidebar_rows());
        let titles = [
            format!(" Deadlines ({}) ", app.findings.deadlines.len()),
            format!(" Key figures ({}) ", app.findings.figures.len()),
            format!(" Quotes ({}) ", app.findings.quotes.len()),
        ];
        let focus = [Focus::Deadlines, Focus::Figures, Focus::Quotes];
        for list in 0..3 {
            let rect = blocks[list];
            let focused = app.focus == focus[list];
            Block::new()
                .borders(Borders::ALL)
                .border_type(BorderType::Rounded)
                .border_style(if focused {
                    self.theme.border_focused
                } else {
                    self.theme.border
                })
                .title(Span::styled(titles[list].clone(), self.theme.title))
                .render(rect, buf);
            let body = inner(rect);
            let items = self.items(list, body.width as usize, false);
            let selected = focused.then_some(app.selected[list]);
            render_list(items, selected, body, buf, self.theme);
        }
    }
}

impl Sidebar<'_> {
    fn items(&self, list: usize, width: usize, compact: bool) -> Vec<Item> {
        let app = self.app;
        let t = self.theme;
        if app.extracting {
            return vec![vec![Line::styled(truncate("finding…", width), t.dim)]];
        }
        match list {
            0 if app.findings.deadlines.is_empty() => {
                vec![vec![Line::styled(truncate("no deadlines", width), t.dim)]]
            }
            0 => app
                .findings
                .deadlines
                .iter()
                .map(|d| {
                    let date = crate::app::countdown::due_label(d.due);
                    let count = app.countdown_text(d.due);
                    if compact {
                        let line = format!("{count} · {date}");
                        return vec![Line::styled(truncate(&line, width), t.countdown)];
                    }
                    let detail = if d.label.is_empty() {
                        date
                    } else {
                        format!("{date} · {}", d.label)
                    };
                    vec![
                        Line::styled(truncate(&count, width), t.countdown),
                        Line::styled(truncate(&detail, width), t.dim),
                    ]
                })
                .collect(),
            1 => app
                .findings
                .figures
                .iter()
                .map(|r| vec![Line::styled(truncate(&r.text, width), t.figure)])
                .collect(),
            _ => app
                .findings
                .quotes
                .iter()
                .map(|r| {
                    let by = r.by.as_deref().map(|b| format!("— {b}"));
                    if compact {
                        // One line: the speaker's surname is enough.
                        let surname = r.by.as_deref().and_then(|b| b.split_whitespace().last());
                        let line = match surname {
                            Some(b) => format!("{} — {b}", r.text),
                            None => r.text.clone(),
                        };
                        return vec![Line::styled(truncate(&line, width), t.quote)];
                    }
                    let mut item = vec![Line::styled(truncate(&r.text, width), t.quote)];
                    if let Some(b) = by {
                        item.push(Line::styled(truncate(&format!("  {b}"), width), t.dim));
                    }
                    item
                })
                .collect(),
        }
    }

    /// The narrow layout's brief: deadlines, then figures and quotes sharing the rest.
    fn render_brief(&self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let width = area.width.saturating_sub(1) as usize;
        let x = Rect {
            x: area.x + 1,
            width: area.width.saturating_sub(1),
            ..area
        };
        let deadlines = self.items(0, width, true);
        let d_rows = (deadlines.len() as u16)
            .min(area.height / 3)
            .max(1.min(area.height));
        let rest = area.height.saturating_sub(d_rows);
        let f_rows = rest
            .div_ceil(2)
            .min(app.findings.figures.len().max(1) as u16);
        let q_rows = rest - f_rows;
        let mut y = area.y;
        let focus = [Focus::Deadlines, Focus::Figures, Focus::Quotes];
        for (list, rows) in [(0, d_rows), (1, f_rows), (2, q_rows)] {
            let rect = Rect {
                y,
                height: rows,
                ..x
            };
            let items = if list == 0 {
                deadlines.clone()
            } else {
                self.items(list, width, true)
            };
            let selected = (app.focus == focus[list]).then_some(app.selected[list]);
            render_list(items, selected, rect, buf, self.theme);
            y += rows;
        }
    }
}

/// Draw items top-down, scrolled so the selected one is visible, the selected one reversed.
fn render_list(
    items: Vec<Item>,
    selected: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    if area.height == 0 {
        return;
    }
    let heights: Vec<usize> = items.iter().map(Vec::len).collect();
    let mut first = 0;
    if let Some(sel) = selected {
        // Scroll just enough that the selected item ends on screen.
        while first < sel
            && heights[first..=sel.min(heights.len().saturating_sub(1))]
                .iter()
                .sum::<usize>()
                > area.height as usize
        {
            first += 1;
        }
    }
    let mut lines: Vec<Line> = Vec::new();
    for (i, item) in items.into_iter().enumerate().skip(first) {
        let is_selected = selected == Some(i);
        for l in item {
            lines.push(if is_selected {
                l.patch_style(theme.selected)
            } else {
                l.patch_style(Style::new())
            });
        }
        if lines.len() >= area.height as usize {
            break;
        }
    }
    Paragraph::new(lines).render(area, buf);
}
