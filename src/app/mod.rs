//! The reader's state and the one place it changes: [`App::update`].
//!
//! No terminal and no clock in here: the size arrives as `Resize`, the time as `Tick`, keys as
//! actions. Everything the view needs is either state or derived from it by pure functions.

pub mod action;
pub mod countdown;
pub mod findings;
pub mod keymap;
pub mod layout;
mod overlay;
pub mod search;
pub mod story;

use crate::model::{Document, Span};
use crate::text::wrap;
use action::Action;
use chrono::{Datelike, NaiveDateTime};
use findings::Findings;
use layout::{Areas, Mode};
use ratatui::layout::Rect;
use search::Search;
use std::ops::ControlFlow;
use std::sync::Arc;
use story::StoryLines;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Focus {
    Story,
    Deadlines,
    Figures,
    Quotes,
}

impl Focus {
    const ORDER: [Focus; 4] = [
        Focus::Story,
        Focus::Deadlines,
        Focus::Figures,
        Focus::Quotes,
    ];

    fn step(self, forward: bool) -> Focus {
        let i = Self::ORDER.iter().position(|f| *f == self).unwrap_or(0);
        let n = Self::ORDER.len();
        Self::ORDER[if forward {
            (i + 1) % n
        } else {
            (i + n - 1) % n
        }]
    }

    /// Index of a sidebar list (deadlines, figures, quotes).
    pub fn list(self) -> Option<usize> {
        match self {
            Focus::Story => None,
            Focus::Deadlines => Some(0),
            Focus::Figures => Some(1),
            Focus::Quotes => Some(2),
        }
    }
}

/// What the header shows, line by line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct HeaderText {
    pub dateline: Option<String>,
    pub headline: Vec<String>,
    pub standfirst: Vec<String>,
}

impl HeaderText {
    pub fn height(&self) -> u16 {
        (usize::from(self.dateline.is_some()) + self.headline.len() + self.standfirst.len()) as u16
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Overlay {
    Help,
    Outline,
    Entities,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum CountdownMode {
    Now,
    AsPublished,
}

pub struct App {
    /// Shared with a background extraction while it runs.
    pub doc: Arc<Document>,
    /// The name shown in the header (file name, or "standard input").
    pub source: String,
    pub findings: Findings,
    pub size: (u16, u16),
    pub story: StoryLines,
    /// The first story line on screen.
    pub scroll: usize,
    pub focus: Focus,
    /// Selected row of each sidebar list.
    pub selected: [usize; 3],
    pub overlay: Option<Overlay>,
    pub overlay_selected: usize,
    pub search: Search,
    /// The span `Enter` jumped to.
    pub highlight: Option<Span>,
    pub countdown: CountdownMode,
    pub now: NaiveDateTime,
    /// `--now` was given: ticks do not move the clock.
    pub clock_pinned: bool,
    pub message: Option<String>,
    pub quit: bool,
    /// Extraction is still running in the background.
    pub extracting: bool,
    /// How far extraction has got, in percent, while `extracting`.
    pub progress: u8,
    /// Only the start of the briefing is shown; the rest is being read.
    pub loading: bool,
    /// Which of the briefings opened together is shown, and how many there are.
    pub library: (usize, usize),
    /// The briefing the user asked for; the edge opens it and answers with `Opened`.
    pub wanted: Option<usize>,
    sized: bool,
}

impl App {
    pub fn new(doc: Document, source: String, now: NaiveDateTime, clock_pinned: bool) -> Self {
        let findings = Findings::from_document(&doc);
        let message = (!doc.notes.is_empty()).then(|| doc.notes.join("; "));
        App {
            doc: Arc::new(doc),
            source,
            findings,
            size: (0, 0),
            story: StoryLines::default(),
            scroll: 0,
            focus: Focus::Story,
            selected: [0; 3],
            overlay: None,
            overlay_selected: 0,
            search: Search::default(),
            highlight: None,
            countdown: CountdownMode::Now,
            now,
            clock_pinned,
            message,
            quit: false,
            extracting: false,
            progress: 0,
            loading: false,
            library: (0, 1),
            wanted: None,
            sized: false,
        }
    }

    pub fn mode(&self) -> Mode {
        layout::mode_for(self.size.0, self.size.1)
    }

    /// The standfirst sits in the header when there is room, in the story otherwise.
    pub fn standfirst_in_header(&self) -> bool {
        self.mode() == Mode::Wide && self.size.1 >= 30 && self.standfirst_lines().len() <= 4
    }

    fn standfirst_lines(&self) -> Vec<(usize, usize)> {
        match &self.doc.standfirst {
            Some(s) => wrap::wrap(s, self.size.0.saturating_sub(2) as usize),
            None => Vec::new(),
        }
    }

    /// The header: the dateline (wide layout), the headline wrapped, and the standfirst when
    /// it fits.
    pub fn header(&self) -> HeaderText {
        let width = self.size.0.saturating_sub(2) as usize;
        let narrow = self.mode() != Mode::Wide;
        let max_headline = if narrow { 2 } else { 3 };
        // Wrapped only as far as it is shown: a headline can be a whole file's first line.
        let mut headline: Vec<String> = Vec::new();
        wrap::wrap_from(&self.doc.headline, 0, width, |a, b| {
            headline.push(self.doc.headline[a..b].to_string());
            if headline.len() > max_headline {
                ControlFlow::Break(())
            } else {
                ControlFlow::Continue(())
            }
        });
        if headline.len() > max_headline {
            headline.truncate(max_headline);
            if let Some(last) = headline.last_mut() {
                *last = wrap::truncate(&format!("{last} …"), width);
            }
        }
        if headline.is_empty() {
            let stand_in = match self.doc.body().next() {
                None => "(empty briefing)",
                Some(_) => "(untitled)",
            };
            headline.push(stand_in.to_string());
        }
        let standfirst = match (&self.doc.standfirst, self.standfirst_in_header()) {
            (Some(s), true) => self
                .standfirst_lines()
                .into_iter()
                .map(|(a, b)| s[a..b].to_string())
                .collect(),
            _ => Vec::new(),
        };
        HeaderText {
            dateline: (!narrow).then(|| self.dateline()),
            headline,
            standfirst,
        }
    }

    /// `Wed 6 Aug 2025 · seeds/000_….txt`
    pub fn dateline(&self) -> String {
        // `· 2/12` when several briefings are open.
        let place = match self.library {
            (i, n) if n > 1 => format!("{} · {}/{}", self.source, i + 1, n),
            _ => self.source.clone(),
        };
        match self.doc.date {
            Some(d) => format!(
                "{} {} {} {} · {place}",
                d.format("%a"),
                d.day(),
                d.format("%b"),
                d.year()
            ),
            None => format!("undated · {place}"),
        }
    }

    pub fn areas(&self) -> Areas {
        let header = self.header().height() + u16::from(self.mode() == Mode::Wide);
        let story_tab = self.focus == Focus::Story;
        layout::compute(Rect::new(0, 0, self.size.0, self.size.1), header, story_tab)
    }

    /// The story's text area: inside its border in the wide layout.
    pub fn story_viewport(&self) -> Rect {
        let a = self.areas();
        match a.mode {
            Mode::Wide => layout::inner(a.story),
            // The narrow layout measures the story even while the brief tab is showing.
            _ => Rect {
                x: 1,
                y: a.header.bottom() + 1,
                width: self.size.0.saturating_sub(2),
                height: self.size.1.saturating_sub(a.header.height + 2),
            },
        }
    }

    fn page(&self) -> usize {
        self.story_viewport().height.max(1) as usize
    }

    pub fn max_scroll(&self) -> usize {
        self.story.len().saturating_sub(self.page())
    }

    /// How many findings sidebar list `list` holds (so far, while extraction runs).
    pub fn list_len(&self, list: usize) -> usize {
        match list {
            0 => self.findings.deadlines.len(),
            1 => self.findings.figures.len(),
            _ => self.findings.quotes.len(),
        }
    }

    /// Rewrap the story for the current size, keeping the line at the top in view.
    /// The width the story wraps at, and whether it includes the standfirst.
    pub fn story_shape(&self) -> (usize, bool) {
        (
            self.story_viewport().width.max(1) as usize,
            !self.standfirst_in_header(),
        )
    }

    fn relayout(&mut self) {
        self.relayout_keeping(self.top_anchor());
    }

    /// Lay the story out for the current size, keeping `anchor` in view.
    fn relayout_keeping(&mut self, anchor: Option<Span>) {
        let (width, with_standfirst) = self.story_shape();
        let lines = StoryLines::build(&self.doc, width, with_standfirst);
        self.adopt_lines(lines, anchor);
    }

    /// Where in the text the top line of the story is.
    fn top_anchor(&self) -> Option<Span> {
        self.story.anchor(&self.doc, self.scroll)
    }

    /// Take a fresh layout, keeping `anchor` (the text at the top before) in view.
    fn adopt_lines(&mut self, lines: StoryLines, anchor: Option<Span>) {
        self.story = lines;
        if let Some(a) = anchor {
            self.scroll = self.story.line_of(&self.doc, a).unwrap_or(self.scroll);
        }
        self.scroll = self.scroll.min(self.max_scroll());
    }

    /// Scroll so `line` is on screen, a third of the way down.
    fn reveal(&mut self, line: usize) {
        let page = self.page();
        if line < self.scroll || line >= self.scroll + page {
            self.scroll = line.saturating_sub(page / 3);
        }
        self.scroll = self.scroll.min(self.max_scroll());
    }

    fn jump_to(&mut self, span: Span) {
        self.highlight = Some(span);
        if let Some(line) = self.story.line_of(&self.doc, span) {
            self.reveal(line);
        }
        if self.mode() == Mode::Narrow {
            self.focus = Focus::Story;
            self.relayout();
            if let Some(line) = self.story.line_of(&self.doc, span) {
                self.reveal(line);
            }
        }
    }

    pub fn current_section(&self) -> Option<usize> {
        self.story.section_at(self.scroll)
    }

    pub fn update(&mut self, action: Action) {
        if !matches!(action, Action::Tick(_) | Action::Resize(..)) {
            self.message = None;
        }
        if self.search.editing {
            self.update_search_input(action);
            return;
        }
        if let Some(overlay) = self.overlay {
            if self.update_overlay(overlay, &action) {
                return;
            }
        }
        match action {
            Action::Quit => self.quit = true,
            Action::Escape => {
                if self.overlay.take().is_none() {
                    self.highlight = None;
                    self.search.matches.clear();
                    self.search.current = None;
                    self.search.scan = None;
                }
            }
            Action::Down => self.move_by(1),
            Action::Up => self.move_by(-1),
            Action::PageDown => self.scroll_story(self.page() as isize),
            Action::PageUp => self.scroll_story(-(self.page() as isize)),
            Action::Top => match self.focus.list() {
                Some(l) => self.selected[l] = 0,
                None => self.scroll = 0,
            },
            Action::Bottom => match self.focus.list() {
                Some(l) => self.selected[l] = self.list_len(l).saturating_sub(1),
                None => self.scroll = self.max_scroll(),
            },
            Action::NextSection => {
                // Reading the standfirst is reading the opening of the first section.
                let from = self
                    .story
                    .section_starts
                    .first()
                    .map_or(self.scroll, |&s| s.max(self.scroll));
                let next = self
                    .story
                    .section_starts
                    .iter()
                    .copied()
                    .find(|&s| s > from);
                match next {
                    Some(line) if line <= self.max_scroll() || self.scroll < self.max_scroll() => {
                        self.scroll = line.min(self.max_scroll())
                    }
                    _ => self.message = Some("last section".to_string()),
                }
            }
            Action::PrevSection => {
                let prev = self
                    .story
                    .section_starts
                    .iter()
                    .copied()
                    .rev()
                    .find(|&s| s < self.scroll);
                self.scroll = prev.unwrap_or(0);
            }
            Action::Section(n) => match self.story.section_starts.get(n) {
                Some(&line) => {
                    self.scroll = line.min(self.max_scroll());
                    self.show_story_tab();
                }
                None => self.message = Some(format!("no section {}", n + 1)),
            },
            Action::FocusNext | Action::FocusPrev => {
                self.focus = self.focus.step(action == Action::FocusNext);
                if self.mode() == Mode::Narrow {
                    self.relayout();
                }
            }
            Action::Activate => self.activate(),
            Action::SearchStart => {
                self.search = Search {
                    editing: true,
                    ..Search::default()
                };
            }
            Action::SearchMore => self.scan_step(search::SCAN_STEP_BYTES),
            Action::SearchNext => self.step_match(true),
            Action::SearchPrev => self.step_match(false),
            Action::ToggleCountdown => {
                self.countdown = match self.countdown {
                    CountdownMode::Now => CountdownMode::AsPublished,
                    CountdownMode::AsPublished => CountdownMode::Now,
                };
                if self.countdown == CountdownMode::AsPublished && self.doc.date.is_none() {
                    self.message =
                        Some("no dateline: as published is measured from today".to_string());
                }
            }
            Action::ToggleHelp => self.toggle_overlay(Overlay::Help),
            Action::ToggleOutline => self.toggle_overlay(Overlay::Outline),
            Action::ToggleEntities => self.toggle_overlay(Overlay::Entities),
            Action::Resize(w, h) => {
                self.size = (w, h);
                if !self.sized {
                    self.sized = true;
                    // A tiny terminal opens on the brief: the gist before the story.
                    let has_brief = self.extracting || !self.findings.deadlines.is_empty();
                    if self.mode() == Mode::Narrow && has_brief {
                        self.focus = Focus::Deadlines;
                    }
                }
                self.relayout();
            }
            Action::Tick(now) => {
                if !self.clock_pinned {
                    self.now = now;
                }
            }
            Action::ScrollWheel { down, column, row } => {
                let step = if down { 3 } else { -3 };
                match self.pane_at(column, row) {
                    Some(Focus::Story) | None => self.scroll_story(step),
                    Some(f) => {
                        if let Some(l) = f.list() {
                            self.move_selection(l, step.signum());
                        }
                    }
                }
            }
            Action::Click { column, row } => {
                if let Some(f) = self.pane_at(column, row) {
                    self.focus = f;
                }
            }
            Action::Loaded(doc, lines) => {
                // The layout so far is of the document being replaced.
                let anchor = self.top_anchor();
                self.replace_findings(|app| {
                    app.doc = doc;
                    app.findings = Findings::from_document(&app.doc);
                });
                self.loading = false;
                if !self.search.query.is_empty() {
                    self.search.scan = None;
                    self.search.matches = search::find_all(&self.doc, &self.search.query);
                }
                // Wrapping a large story takes long: use the lines wrapped in the background
                // when they fit the screen as it is now.
                match lines {
                    Some(l) if (l.width, l.with_standfirst) == self.story_shape() => {
                        self.adopt_lines(*l, anchor)
                    }
                    _ => self.relayout_keeping(anchor),
                }
            }
            Action::NextBriefing | Action::PrevBriefing => {
                let (i, n) = self.library;
                let target = if action == Action::NextBriefing {
                    Some(i + 1).filter(|&t| t < n)
                } else {
                    i.checked_sub(1)
                };
                match target {
                    Some(t) => self.wanted = Some(t),
                    None if n == 1 => self.message = Some("the only briefing open".to_string()),
                    None if i == 0 => self.message = Some("the first briefing".to_string()),
                    None => self.message = Some("the last briefing".to_string()),
                }
            }
            Action::Opened(doc, name, index) => {
                let size = self.size;
                let (pinned, now, countdown) = (self.clock_pinned, self.now, self.countdown);
                let total = self.library.1;
                *self = App::new(*doc, name, now, pinned);
                self.countdown = countdown;
                self.library = (index, total);
                self.sized = true;
                self.update(Action::Resize(size.0, size.1));
            }
            Action::OpenFailed(why) => {
                self.wanted = None;
                self.message = Some(why);
            }
            Action::Working { loading } => {
                self.extracting = true;
                self.loading = loading;
                self.progress = 0;
            }
            Action::Progress(percent) => self.progress = percent.min(100),
            Action::LoadFailed(why) => {
                self.loading = false;
                self.extracting = false;
                self.message = Some(format!("{why}; showing the start only"));
            }
            Action::Extracted(found, rows) => {
                self.replace_findings(|app| {
                    // The extraction thread has let go of the document by now: no copy is made.
                    found.apply(Arc::make_mut(&mut app.doc));
                    app.findings = *rows;
                    app.extracting = false;
                });
            }
            Action::SearchInput(_) | Action::SearchBackspace | Action::SearchSubmit => {}
        }
    }

    fn show_story_tab(&mut self) {
        if self.mode() == Mode::Narrow && self.focus != Focus::Story {
            self.focus = Focus::Story;
            self.relayout();
        }
    }

    fn activate(&mut self) {
        let Some(list) = self.focus.list() else {
            return;
        };
        if let Some(span) = self.target(list, self.selected[list]) {
            self.jump_to(span);
        }
    }

    /// Where item `i` of a sidebar list is in the story.
    fn target(&self, list: usize, i: usize) -> Option<Span> {
        match list {
            0 => self.findings.deadlines.get(i).map(|r| r.target),
            1 => self.doc.figures.get(i).map(|f| f.span),
            _ => self.quote(i).map(|q| q.span),
        }
    }

    /// Replace the findings (`change` does), keeping each list on the finding it had
    /// selected: the opening's findings give way to the whole briefing's while the user may
    /// be moving through them.
    fn replace_findings(&mut self, change: impl FnOnce(&mut Self)) {
        let kept = [0, 1, 2].map(|list| self.target(list, self.selected[list]));
        change(self);
        for (list, span) in kept.into_iter().enumerate() {
            self.selected[list] = span
                .and_then(|span| {
                    (0..self.list_len(list)).position(|i| self.target(list, i) == Some(span))
                })
                .unwrap_or(0);
        }
    }

    fn move_by(&mut self, delta: isize) {
        match self.focus.list() {
            Some(l) => self.move_selection(l, delta),
            None => self.scroll_story(delta),
        }
    }

    fn move_selection(&mut self, list: usize, delta: isize) {
        let len = self.list_len(list);
        let cur = self.selected[list] as isize;
        self.selected[list] = (cur + delta).clamp(0, len.saturating_sub(1) as isize) as usize;
    }

    fn scroll_story(&mut self, delta: isize) {
        let target = self.scroll as isize + delta;
        self.scroll = target.clamp(0, self.max_scroll() as isize) as usize;
    }

    /// Which pane a screen cell belongs to.
    pub fn pane_at(&self, column: u16, row: u16) -> Option<Focus> {
        let a = self.areas();
        let pos = ratatui::layout::Position { x: column, y: row };
        if a.story.contains(pos) {
            return Some(Focus::Story);
        }
        if a.sidebar.contains(pos) {
            if a.mode == Mode::Narrow {
                return Some(self.focus);
            }
            let blocks = layout::sidebar_blocks(a.sidebar, self.sidebar_rows());
            let lists = [Focus::Deadlines, Focus::Figures, Focus::Quotes];
            return blocks
                .iter()
                .position(|b| b.contains(pos))
                .map(|i| lists[i]);
        }
        None
    }

    /// Figure `i` as the sidebar reads it, with the date of its sentence.
    pub fn figure_label(&self, i: usize) -> Option<String> {
        let f = self.doc.figures.get(i)?;
        let context = self
            .findings
            .figures
            .get(i)
            .and_then(|&d| self.doc.dates.get(d as usize))
            .and_then(|d| self.doc.span_text(d.span));
        Some(findings::figure_label(f, context))
    }

    /// The `i`th quote the sidebar lists.
    pub fn quote(&self, i: usize) -> Option<&crate::model::Quote> {
        let k = *self.findings.quotes.get(i)?;
        self.doc.quotes.get(k as usize)
    }

    /// Lines each sidebar list would like (deadlines and quotes take two lines an item).
    pub fn sidebar_rows(&self) -> [usize; 3] {
        let f = &self.findings;
        // While extraction runs, each list ends in a "finding…" row.
        let more = usize::from(self.extracting);
        [
            2 * f.deadlines.len() + more,
            f.figures.len() + more,
            2 * f.quotes.len() + more,
        ]
    }

    /// The countdown text for a deadline, in the current mode.
    pub fn countdown_text(&self, due: chrono::NaiveDate) -> String {
        match (self.countdown, self.doc.date) {
            (CountdownMode::AsPublished, Some(d)) => countdown::as_published(due, d),
            (CountdownMode::AsPublished, None) => countdown::as_published(due, self.now.date()),
            (CountdownMode::Now, _) => countdown::live(due, self.now),
        }
    }

    /// Must the screen be redrawn every second (a countdown shows seconds)?
    pub fn ticking(&self) -> bool {
        self.countdown == CountdownMode::Now
            && !self.clock_pinned
            && self
                .findings
                .deadlines
                .iter()
                .any(|d| countdown::ticks_every_second(d.due, self.now))
    }
}
