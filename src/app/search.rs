//! Incremental search over the story text: smart case (a capital letter makes it exact).

use super::action::Action;
use crate::model::{Document, Role, Span};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Typing a query (the status bar shows the prompt).
    pub editing: bool,
    pub query: String,
    /// In reading order. While a scan is under way, only those from where it started.
    pub matches: Vec<Span>,
    pub current: Option<usize>,
    /// Set while the matches are still being looked for.
    pub scan: Option<Scan>,
}

/// A search of a large briefing goes through its text a step at a time, from the reading
/// position to the end and then from the start, so each key typed into the prompt redraws
/// at once; the matches on screen come first.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Scan {
    /// The paragraph the scan started at, and where it ends after wrapping.
    from: usize,
    /// The next paragraph to look in.
    next: usize,
    wrapped: bool,
    /// The reading position when the query changed: the first match after it is current.
    top: Option<Span>,
    /// Matches before `from`, found after wrapping; they go before the others at the end.
    above: Vec<Span>,
}

/// How much text one step of a scan reads between frames: a few milliseconds of work (memchr
/// reads it at several GB/s; a common letter has a match every 60 bytes). Unit tests step
/// through a smaller briefing.
#[cfg(not(test))]
pub const SCAN_STEP_BYTES: usize = 16 << 20;
#[cfg(test)]
pub const SCAN_STEP_BYTES: usize = 1 << 20;

/// How much a key typed into the prompt reads before its frame: the matches near the reading
/// position, well past a screen's worth. The rest is read in steps between frames, so keys that
/// come in a burst (a paste, a fast typist) read the text once, for the whole query, rather
/// than once for each of its prefixes.
#[cfg(not(test))]
pub const SCAN_FIRST_BYTES: usize = 512 << 10;
#[cfg(test)]
pub const SCAN_FIRST_BYTES: usize = 64 << 10;

impl Search {
    /// How many matches are known so far.
    pub fn found(&self) -> usize {
        self.matches.len() + self.scan.as_ref().map_or(0, |s| s.above.len())
    }
}

/// Every match of `query` in the paragraphs the story shows.
pub fn find_all(doc: &Document, query: &str) -> Vec<Span> {
    let mut out = Vec::new();
    find_in(doc, query, 0..doc.paragraphs.len(), &mut out);
    out
}

/// The matches of `query` in paragraphs `within`, appended to `out`.
pub fn find_in(doc: &Document, query: &str, within: std::ops::Range<usize>, out: &mut Vec<Span>) {
    if query.is_empty() {
        return;
    }
    let exact = query.chars().any(char::is_uppercase) || !query.is_ascii();
    let needle = query.as_bytes();
    let finder = memchr::memmem::Finder::new(needle);
    // ASCII case folding keeps byte offsets: ASCII bytes never occur inside a multi-byte
    // UTF-8 character. memchr finds the needle's rarest letter in either case at memory
    // speed; the rest is checked in place.
    let k = rarest(needle);
    let (lo, up) = (
        needle[k].to_ascii_lowercase(),
        needle[k].to_ascii_uppercase(),
    );
    let paragraphs = doc.paragraphs.get(within.clone()).unwrap_or_default();
    for (i, p) in within.zip(paragraphs) {
        if p.role == Role::Headline {
            continue;
        }
        let hay = p.text.as_bytes();
        if exact {
            out.extend(
                finder
                    .find_iter(hay)
                    .map(|s| Span::new(i, s, s + needle.len())),
            );
            continue;
        }
        let mut next_free = 0;
        for at in memchr::memchr2_iter(lo, up, hay) {
            let Some(s) = at.checked_sub(k).filter(|&s| s >= next_free) else {
                continue;
            };
            let hit = hay
                .get(s..s + needle.len())
                .is_some_and(|h| h.eq_ignore_ascii_case(needle));
            if hit {
                out.push(Span::new(i, s, s + needle.len()));
                next_free = s + needle.len();
            }
        }
    }
}

/// The position of the needle's least common byte in English text, ignoring case.
fn rarest(needle: &[u8]) -> usize {
    const COMMON_FIRST: &[u8] = b" etaoinshrdlcumwfgypbvkjxqz";
    let rarity = |b: u8| {
        COMMON_FIRST
            .iter()
            .position(|&c| c == b.to_ascii_lowercase())
            .unwrap_or(COMMON_FIRST.len())
    };
    (0..needle.len())
        .max_by_key(|&k| (rarity(needle[k]), std::cmp::Reverse(k)))
        .unwrap_or(0)
}

/// The matches of a longer `query` among the matches of its prefix, which is all of them when
/// the case mode is the same.
pub fn narrow(doc: &Document, previous: Vec<Span>, query: &str) -> Vec<Span> {
    let exact = query.chars().any(char::is_uppercase) || !query.is_ascii();
    previous
        .into_iter()
        .filter_map(|m| {
            let text = &doc.paragraphs.get(m.paragraph())?.text;
            let candidate = text.get(m.start()..m.start() + query.len())?;
            let hit = if exact {
                candidate == query
            } else {
                candidate.eq_ignore_ascii_case(query)
            };
            hit.then_some(m.with_end(m.start() + query.len()))
        })
        .collect()
}

/// Typing a query and stepping through its matches.
impl super::App {
    pub(super) fn update_search_input(&mut self, action: Action) {
        match action {
            Action::SearchInput(c) => {
                // Smart case changes when the first capital is typed: then search afresh.
                let narrowed = !self.search.query.is_empty() && !c.is_uppercase() && c.is_ascii();
                self.search.query.push(c);
                self.refresh_matches(narrowed);
            }
            Action::SearchBackspace => {
                self.search.query.pop();
                self.refresh_matches(false);
            }
            Action::SearchSubmit => {
                self.search.editing = false;
                if self.search.found() == 0 {
                    // Whether there is anything to find must be known now.
                    self.finish_scan();
                }
                if !self.search.query.is_empty() && self.search.matches.is_empty() {
                    self.message = Some(format!("not found: {}", self.search.query));
                }
            }
            Action::Escape => self.search = Search::default(),
            Action::Quit => self.quit = true,
            Action::SearchMore => self.scan_step(SCAN_STEP_BYTES),
            Action::Resize(..) | Action::Tick(_) => {
                self.search.editing = false;
                self.update(action);
                self.search.editing = true;
            }
            _ => {}
        }
    }

    /// Live highlighting: the first match at or after the reading position is current.
    pub(super) fn refresh_matches(&mut self, narrowed: bool) {
        let top = self.top_anchor();
        let query = &self.search.query;
        if narrowed {
            // Typing one more character can only narrow the matches: check them, not the text.
            let matches = std::mem::take(&mut self.search.matches);
            self.search.matches = narrow(&self.doc, matches, query);
            if let Some(scan) = self.search.scan.as_mut() {
                scan.above = narrow(&self.doc, std::mem::take(&mut scan.above), query);
                scan.top = top;
            }
        } else {
            self.search.matches.clear();
            let from = top.map_or(0, |t| t.paragraph());
            self.search.scan = (!query.is_empty()).then(|| Scan {
                from,
                next: from,
                top,
                ..Scan::default()
            });
        }
        self.search.current = None;
        self.settle_current(top);
        self.scan_step(SCAN_FIRST_BYTES);
    }

    /// Look through about `budget` more bytes of the text for the query.
    pub(super) fn scan_step(&mut self, budget: usize) {
        let Some(scan) = self.search.scan.as_mut() else {
            return;
        };
        let end = if scan.wrapped {
            scan.from
        } else {
            self.doc.paragraphs.len()
        };
        let start = scan.next;
        let mut stop = start;
        let mut bytes = 0;
        while stop < end && bytes < budget {
            bytes += self.doc.paragraphs[stop].text.len();
            stop += 1;
        }
        let out = if scan.wrapped {
            &mut scan.above
        } else {
            &mut self.search.matches
        };
        find_in(&self.doc, &self.search.query, start..stop, out);
        scan.next = stop;
        let top = scan.top;
        if stop == end && !scan.wrapped && scan.from > 0 {
            scan.wrapped = true;
            scan.next = 0;
        } else if stop == end {
            // Done: the matches above the start go first. The longer list is grown, so no
            // second copy of it is made.
            let mut above = std::mem::take(&mut scan.above);
            let shift = above.len();
            if above.len() >= self.search.matches.len() {
                above.append(&mut self.search.matches);
                self.search.matches = above;
            } else {
                self.search.matches.splice(0..0, above);
            }
            self.search.scan = None;
            self.search.current = self.search.current.map(|i| i + shift);
        }
        self.settle_current(top);
    }

    /// Finish the scan at once (before stepping through the matches).
    pub(super) fn finish_scan(&mut self) {
        while self.search.scan.is_some() {
            self.scan_step(SCAN_STEP_BYTES);
        }
    }

    /// Make the first match at or after `top` current (or the first of all, once every match
    /// is known) and bring it into view.
    fn settle_current(&mut self, top: Option<Span>) {
        if self.search.current.is_some() {
            return;
        }
        let matches = &self.search.matches;
        let after_top = matches.iter().position(|m| {
            top.is_none_or(|t| (m.paragraph(), m.start()) >= (t.paragraph(), t.start()))
        });
        let all_known = self.search.scan.is_none();
        let Some(i) = after_top.or((all_known && !matches.is_empty()).then_some(0)) else {
            return;
        };
        self.search.current = Some(i);
        let span = self.search.matches[i];
        self.show_story_tab();
        if let Some(line) = self.story.line_of(&self.doc, span) {
            self.reveal(line);
        }
    }

    pub(super) fn step_match(&mut self, forward: bool) {
        self.finish_scan();
        let n = self.search.matches.len();
        if n == 0 {
            self.message = Some(if self.search.query.is_empty() {
                "no search: press /".to_string()
            } else {
                format!("not found: {}", self.search.query)
            });
            return;
        }
        let next = match self.search.current {
            None => 0,
            Some(i) if forward && i + 1 == n => {
                self.message = Some("search wrapped to the top".to_string());
                0
            }
            Some(0) if !forward => {
                self.message = Some("search wrapped to the bottom".to_string());
                n - 1
            }
            Some(i) => {
                if forward {
                    i + 1
                } else {
                    i - 1
                }
            }
        };
        self.search.current = Some(next);
        let span = self.search.matches[next];
        self.show_story_tab();
        if let Some(line) = self.story.line_of(&self.doc, span) {
            self.reveal(line);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    use crate::app::App;

    /// A plain briefing of `paragraphs` paragraphs, each mentioning Friday twice.
    fn long_briefing(paragraphs: usize) -> Document {
        let mut text = String::from("Head\n\n");
        for i in 0..paragraphs {
            text.push_str(&"Talks resume on Friday, aides said. ".repeat(20));
            text.push_str(&format!("friday {i}\n\n"));
        }
        crate::ingest::plain::parse(&text)
    }

    /// The reader on `doc`, in a window of 100×30.
    fn reader(doc: Document) -> App {
        let now = chrono::NaiveDate::from_ymd_opt(2025, 8, 6)
            .and_then(|d| d.and_hms_opt(9, 0, 0))
            .unwrap();
        let mut app = App::new(doc, "long".into(), now, true);
        app.update(Action::Resize(100, 30));
        app
    }

    #[test]
    fn a_large_briefing_is_searched_a_step_at_a_time_from_the_reading_position() {
        let doc = long_briefing(3 * SCAN_STEP_BYTES / 700);
        let (all_fr, all_friday) = (find_all(&doc, "fr"), find_all(&doc, "friday"));
        let mut app = reader(doc);
        app.scroll = app.max_scroll() / 2;
        let top = app.story.anchor(&app.doc, app.scroll).unwrap();
        app.update(Action::SearchStart);
        app.update(Action::SearchInput('f'));
        // The first key found the match at the reading position without reading it all.
        assert!(app.search.scan.is_some());
        let at = |m: Span| (m.paragraph(), m.start());
        let current_of = |app: &App| app.search.matches[app.search.current.unwrap()];
        let current = current_of(&app);
        assert!(at(current) >= at(top));
        // A key typed while the scan goes on narrows what it found and reads on.
        app.update(Action::SearchInput('r'));
        assert!(app.search.scan.is_some());
        assert!(app.search.found() < all_fr.len());
        let mut steps = 0;
        while app.search.scan.is_some() {
            app.update(Action::SearchMore);
            steps += 1;
        }
        assert!(steps >= 1);
        assert_eq!(app.search.matches, all_fr);
        assert_eq!(at(current_of(&app)), at(current));
        for c in "iday".chars() {
            app.update(Action::SearchInput(c));
        }
        assert_eq!(app.search.scan, None);
        assert_eq!(app.search.matches, all_friday);
        assert_eq!(at(current_of(&app)), at(current));
    }

    #[test]
    fn keys_typed_in_a_burst_read_the_text_once_for_the_whole_query() {
        let doc = long_briefing(3 * SCAN_STEP_BYTES / 700);
        let all_friday = find_all(&doc, "friday");
        let text_bytes: usize = doc.paragraphs.iter().map(|p| p.text.len()).sum();
        let mut app = reader(doc);
        app.update(Action::SearchStart);
        for c in "friday".chars() {
            app.update(Action::SearchInput(c));
        }
        // Six keys read about six first steps, not six steps between frames.
        let scan = app
            .search
            .scan
            .as_ref()
            .expect("the scan goes on after the keys");
        let read: usize = app.doc.paragraphs[scan.from..scan.next]
            .iter()
            .map(|p| p.text.len())
            .sum();
        assert!(read <= 6 * SCAN_FIRST_BYTES + 1000, "read {read} bytes");
        // The first match is current at once, and the rest is read for the whole query.
        assert!(app.search.current.is_some());
        let mut steps = 0;
        while app.search.scan.is_some() {
            app.update(Action::SearchMore);
            steps += 1;
        }
        assert!(
            steps <= text_bytes.div_ceil(SCAN_STEP_BYTES) + 1,
            "{steps} steps"
        );
        assert_eq!(app.search.matches, all_friday);
    }

    #[test]
    fn smart_case() {
        let doc = crate::ingest::plain::parse("Head\n\nFriday comes. friday again. FRIDAY.");
        assert_eq!(find_all(&doc, "friday").len(), 3);
        assert_eq!(find_all(&doc, "Friday").len(), 1);
        assert_eq!(
            find_all(&doc, "Head").len(),
            0,
            "the headline is not in the story"
        );
    }
}
