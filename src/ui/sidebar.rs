//! The sidebar: deadline countdowns, key figures and quote highlights. Stacked blocks in
//! the wide layout; one compact list (the "Brief" tab) in the narrow one.

use super::theme::Theme;
use crate::app::layout::{inner, sidebar_blocks};
use crate::app::{App, Focus};
use crate::text::wrap::truncate;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::Line;
use ratatui::widgets::Widget;

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
        // While extraction runs, the counts are of what is found so far.
        let more = if app.extracting { "…" } else { "" };
        let titles = [
            format!(" Deadlines ({}{more}) ", app.findings.deadlines.len()),
            format!(" Key figures ({}{more}) ", app.findings.figures.len()),
            format!(" Quotes ({}{more}) ", app.findings.quotes.len()),
        ];
        let focus = [Focus::Deadlines, Focus::Figures, Focus::Quotes];
        for list in 0..3 {
            let rect = blocks[list];
            let focused = app.focus == focus[list];
            super::pane_block(titles[list].clone(), focused, self.theme).render(rect, buf);
            let body = inner(rect);
            let width = body.width as usize;
            let selected = focused.then_some(app.selected[list]);
            render_list(
                self.count(list),
                |i| self.item(list, i, width, false),
                selected,
                body,
                buf,
                self.theme,
            );
        }
    }
}

impl Sidebar<'_> {
    /// How many items a list shows: what is found, then a "finding…" row while extraction
    /// runs, or a "no deadlines" (figures, quotes) row for an empty list.
    fn count(&self, list: usize) -> usize {
        let n = self.app.list_len(list);
        if self.app.extracting {
            n + 1
        } else {
            n.max(1)
        }
    }

    /// Item `i` of a list, cut to `width`. Built only for the items on screen: a large
    /// briefing has hundreds of thousands.
    fn item(&self, list: usize, i: usize, width: usize, compact: bool) -> Item {
        let app = self.app;
        let t = self.theme;
        if app.extracting && i == self.app.list_len(list) {
            return vec![Line::styled(truncate("finding…", width), t.dim)];
        }
        match list {
            0 => {
                let Some(d) = app.findings.deadlines.get(i) else {
                    return vec![Line::styled(truncate("no deadlines", width), t.dim)];
                };
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
            }
            1 => match app.figure_label(i) {
                Some(label) => vec![Line::styled(truncate(&label, width), t.figure)],
                None => vec![Line::styled(truncate("no figures", width), t.dim)],
            },
            _ => {
                let Some(q) = app.quote(i) else {
                    return vec![Line::styled(truncate("no quotes", width), t.dim)];
                };
                let text = format!("“{}”", app.doc.span_text(q.span).unwrap_or(""));
                if compact {
                    // One line: a person's surname is enough.
                    let short = q
                        .speaker
                        .as_deref()
                        .map(crate::app::findings::short_speaker);
                    let line = match short {
                        Some(b) => format!("{text} — {b}"),
                        None => text,
                    };
                    return vec![Line::styled(truncate(&line, width), t.quote)];
                }
                let mut item = vec![Line::styled(truncate(&text, width), t.quote)];
                if let Some(b) = &q.speaker {
                    item.push(Line::styled(truncate(&format!("  — {b}"), width), t.dim));
                }
                item
            }
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
        let d_rows = (self.count(0) as u16)
            .min(area.height / 3)
            .max(1.min(area.height));
        let rest = area.height.saturating_sub(d_rows);
        let f_rows = rest.div_ceil(2).min(self.count(1).max(1) as u16);
        let q_rows = rest - f_rows;
        let mut y = area.y;
        let focus = [Focus::Deadlines, Focus::Figures, Focus::Quotes];
        for (list, rows) in [(0, d_rows), (1, f_rows), (2, q_rows)] {
            let rect = Rect {
                y,
                height: rows,
                ..x
            };
            let selected = (app.focus == focus[list]).then_some(app.selected[list]);
            render_list(
                self.count(list),
                |i| self.item(list, i, width, true),
                selected,
                rect,
                buf,
                self.theme,
            );
            y += rows;
        }
    }
}

/// Draw items top-down, scrolled so the selected one is visible, the selected one reversed.
fn render_list(
    count: usize,
    item: impl Fn(usize) -> Item,
    selected: Option<usize>,
    area: Rect,
    buf: &mut Buffer,
    theme: &Theme,
) {
    let height = area.height as usize;
    if height == 0 {
        return;
    }
    // Scroll just enough that the selected item ends on screen.
    let mut first = 0;
    if let Some(sel) = selected.filter(|&s| s < count) {
        let mut used = 0;
        first = sel + 1;
        while first > 0 {
            let h = item(first - 1).len();
            if used + h > height && first <= sel {
                break;
            }
            used += h;
            first -= 1;
        }
        first = first.min(sel);
    }
    let mut lines: Vec<Line> = Vec::new();
    for i in first..count {
        let style = if selected == Some(i) {
            theme.selected
        } else {
            Style::new()
        };
        lines.extend(item(i).into_iter().map(|l| l.patch_style(style)));
        if lines.len() >= height {
            break;
        }
    }
    super::cells::put_lines(buf, area, &lines);
}
