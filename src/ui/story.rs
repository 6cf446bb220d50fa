//! The story pane: the wrapped lines on screen, with figures, dates, quotes, search matches
//! and the jump target highlighted in place.

use super::cells::Row;
use super::theme::Theme;
use crate::app::story::Line as StoryLine;
use crate::app::{App, Focus};
use crate::model::{Role, Span};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::widgets::Widget;

pub struct Story<'a> {
    pub app: &'a App,
    pub theme: &'a Theme,
    pub bordered: bool,
}

impl Widget for Story<'_> {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let app = self.app;
        let inner = if self.bordered {
            let focused = app.focus == Focus::Story;
            let title = match app
                .current_section()
                .filter(|&s| s < app.doc.sections.len())
            {
                Some(s) => format!(
                    " Story · {} ",
                    crate::text::wrap::truncate(
                        &app.doc.section_title(s),
                        area.width.saturating_sub(12) as usize
                    )
                ),
                None => " Story ".to_string(),
            };
            let block = super::pane_block(title, focused, self.theme);
            let inner = block.inner(area);
            block.render(area, buf);
            inner
        } else {
            Rect {
                x: area.x + 1,
                width: area.width.saturating_sub(2),
                ..area
            }
        };
        let inner = inner.intersection(buf.area);
        if app.story.is_empty() {
            if inner.height > 0 {
                Row::of(inner, 0).put(buf, "This briefing is empty.", self.theme.dim);
            }
            return;
        }
        let window = app
            .story
            .window(&app.doc, app.scroll, inner.height as usize);
        for (y, line) in (0..inner.height).zip(window.iter()) {
            self.line(buf, Row::of(inner, y), line);
        }
    }
}

impl Story<'_> {
    fn line(&self, buf: &mut Buffer, mut row: Row, line: &StoryLine) {
        let doc = &self.app.doc;
        match *line {
            StoryLine::Blank => {}
            StoryLine::Heading(s) => {
                row.put(buf, &doc.section_title(s as usize), self.theme.heading);
            }
            StoryLine::Text {
                paragraph,
                start,
                end,
            } => {
                let (paragraph, start, end) = (paragraph as usize, start as usize, end as usize);
                let p = &doc.paragraphs[paragraph];
                let base = match p.role {
                    Role::Standfirst => self.theme.standfirst,
                    Role::Quote => self.theme.quote,
                    _ => Style::new(),
                };
                if p.role == Role::Quote && !row.put(buf, "│ ", self.theme.dim) {
                    return;
                }
                for (a, b, style) in self.styled_segments(paragraph, start, end, base) {
                    let Some(piece) = p.text.get(a..b) else {
                        continue;
                    };
                    if !row.put(buf, piece, style) {
                        break;
                    }
                }
            }
        }
    }

    /// Cut `start..end` of a paragraph into runs of one style each.
    fn styled_segments(
        &self,
        paragraph: usize,
        start: usize,
        end: usize,
        base: Style,
    ) -> Vec<(usize, usize, Style)> {
        let app = self.app;
        let mut marks: Vec<(Span, Style)> = Vec::new();
        let in_line = |s: &Span| s.paragraph() == paragraph && s.start() < end && s.end() > start;
        // Lowest priority first; later marks are patched over earlier ones.
        marks.extend(
            in_paragraph(&app.doc.quotes, paragraph, |q| q.span)
                .filter(|q| in_line(&q.span))
                .map(|q| (q.span, self.theme.quote)),
        );
        marks.extend(
            in_paragraph(&app.doc.dates, paragraph, |d| d.span)
                .filter(|d| in_line(&d.span))
                .map(|d| (d.span, self.theme.date)),
        );
        marks.extend(
            in_paragraph(&app.doc.figures, paragraph, |f| f.span)
                .filter(|f| in_line(&f.span))
                .map(|f| (f.span, self.theme.figure)),
        );
        let search = &app.search;
        let first = search
            .matches
            .partition_point(|m| (m.paragraph(), m.end()) <= (paragraph, start));
        for (k, m) in search.matches.iter().enumerate().skip(first) {
            if m.paragraph() != paragraph || m.start() >= end {
                break;
            }
            let style = if search.current == Some(k) {
                self.theme.search_current
            } else {
                self.theme.search
            };
            marks.push((*m, style));
        }
        if let Some(h) = app.highlight.filter(in_line) {
            marks.push((h, self.theme.jump));
        }
        let mut cuts: Vec<usize> = vec![start, end];
        for (s, _) in &marks {
            cuts.push(s.start().clamp(start, end));
            cuts.push(s.end().clamp(start, end));
        }
        cuts.sort_unstable();
        cuts.dedup();
        cuts.windows(2)
            .filter(|w| w[0] < w[1])
            .map(|w| {
                let (a, b) = (w[0], w[1]);
                let style = marks
                    .iter()
                    .filter(|(s, _)| s.start() <= a && s.end() >= b)
                    .fold(base, |acc, (_, st)| acc.patch(*st));
                (a, b, style)
            })
            .collect()
    }
}

/// The items of a list (in reading order) that sit in one paragraph.
fn in_paragraph<T>(
    items: &[T],
    paragraph: usize,
    span: impl Fn(&T) -> Span,
) -> impl Iterator<Item = &T> {
    let first = items.partition_point(|x| span(x).paragraph() < paragraph);
    items[first..]
        .iter()
        .take_while(move |x| span(x).paragraph() == paragraph)
}
