//! Incremental search over the story text: smart case (a capital letter makes it exact).

use super::action::Action;
use crate::model::{Document, Role, Span};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Search {
    /// Typing a query (the status bar shows the prompt).
    pub editing: bool,
    pub query: String,
    pub matches: Vec<Span>,
    pub current: Option<usize>,
}

/// Every match of `query` in the paragraphs the story shows.
pub fn find_all(doc: &Document, query: &str) -> Vec<Span> {
    if query.is_empty() {
        return Vec::new();
    }
    let exact = query.chars().any(char::is_uppercase) || !query.is_ascii();
    let mut out = Vec::new();
    for (i, p) in doc.paragraphs.iter().enumerate() {
        if p.role == Role::Headline {
            continue;
        }
        if exact {
            out.extend(
                p.text
                    .match_indices(query)
                    .map(|(s, m)| Span::new(i, s, s + m.len())),
            );
        } else {
            // ASCII case folding keeps byte offsets: ASCII bytes never occur inside a
            // multi-byte UTF-8 character. memchr finds candidates for the first letter in
            // either case at memory speed; the rest is checked in place.
            let hay = p.text.as_bytes();
            let needle = query.as_bytes();
            let (lo, up) = (
                needle[0].to_ascii_lowercase(),
                needle[0].to_ascii_uppercase(),
            );
            let mut next_free = 0;
            for s in memchr::memchr2_iter(lo, up, hay) {
                let fits = s >= next_free && s + needle.len() <= hay.len();
                if fits && hay[s..s + needle.len()].eq_ignore_ascii_case(needle) {
                    out.push(Span::new(i, s, s + needle.len()));
                    next_free = s + needle.len();
                }
            }
        }
    }
    out
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
                if !self.search.query.is_empty() && self.search.matches.is_empty() {
                    self.message = Some(format!("not found: {}", self.search.query));
                }
            }
            Action::Escape => self.search = Search::default(),
            Action::Quit => self.quit = true,
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
        self.search.matches = if narrowed {
            // Typing one more character can only narrow the matches: check them, not the text.
            narrow(
                &self.doc,
                std::mem::take(&mut self.search.matches),
                &self.search.query,
            )
        } else {
            find_all(&self.doc, &self.search.query)
        };
        let top = self.story.anchor(&self.doc, self.scroll);
        let current = self
            .search
            .matches
            .iter()
            .position(|m| {
                top.is_none_or(|t| (m.paragraph(), m.start()) >= (t.paragraph(), t.start()))
            })
            .or(if self.search.matches.is_empty() {
                None
            } else {
                Some(0)
            });
        self.search.current = current;
        if let Some(i) = current {
            let span = self.search.matches[i];
            self.show_story_tab();
            if let Some(line) = self.story.line_of(&self.doc, span) {
                self.reveal(line);
            }
        }
    }

    pub(super) fn step_match(&mut self, forward: bool) {
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
