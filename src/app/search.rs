//! Incremental search over the story text: smart case (a capital letter makes it exact).

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
            out.extend(p.text.match_indices(query).map(|(s, m)| Span {
                paragraph: i,
                start: s,
                end: s + m.len(),
            }));
        } else {
            // ASCII case folding keeps byte offsets: ASCII bytes never occur inside a
            // multi-byte UTF-8 character.
            let hay = p.text.as_bytes();
            let needle = query.as_bytes();
            let mut s = 0;
            while s + needle.len() <= hay.len() {
                if hay[s..s + needle.len()].eq_ignore_ascii_case(needle) {
                    out.push(Span {
                        paragraph: i,
                        start: s,
                        end: s + needle.len(),
                    });
                    s += needle.len();
                } else {
                    s += 1;
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
            let text = &doc.paragraphs.get(m.paragraph)?.text;
            let candidate = text.get(m.start..m.start + query.len())?;
            let hit = if exact {
                candidate == query
            } else {
                candidate.eq_ignore_ascii_case(query)
            };
            hit.then_some(Span {
                end: m.start + query.len(),
                ..m
            })
        })
        .collect()
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
