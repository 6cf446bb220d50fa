//! Keys and mouse to actions, as data: the same table drives input and the help overlay, so
//! help cannot drift from what the keys do.

use super::action::Action;
use crossterm::event::{Event, KeyCode, KeyEvent, KeyEventKind, KeyModifiers, MouseEventKind};

pub struct Binding {
    pub keys: &'static str,
    pub help: &'static str,
    matches: fn(&KeyEvent) -> Option<Action>,
}

fn plain(k: &KeyEvent, c: char) -> bool {
    k.code == KeyCode::Char(c)
        && !k
            .modifiers
            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT)
}

/// The bindings of normal mode, in the order help lists them.
pub const BINDINGS: &[Binding] = &[
    Binding {
        keys: "q  Ctrl-C",
        help: "quit",
        matches: |k| {
            (plain(k, 'q')
                || (k.code == KeyCode::Char('c') && k.modifiers.contains(KeyModifiers::CONTROL)))
            .then_some(Action::Quit)
        },
    },
    Binding {
        keys: "Esc",
        help: "close overlay, leave search, clear highlight",
        matches: |k| (k.code == KeyCode::Esc).then_some(Action::Escape),
    },
    Binding {
        keys: "j  ↓",
        help: "scroll down / next item",
        matches: |k| (plain(k, 'j') || k.code == KeyCode::Down).then_some(Action::Down),
    },
    Binding {
        keys: "k  ↑",
        help: "scroll up / previous item",
        matches: |k| (plain(k, 'k') || k.code == KeyCode::Up).then_some(Action::Up),
    },
    Binding {
        keys: "Space  PgDn",
        help: "page down",
        matches: |k| {
            (plain(k, ' ')
                || k.code == KeyCode::PageDown
                || (k.code == KeyCode::Char('f') && k.modifiers.contains(KeyModifiers::CONTROL)))
            .then_some(Action::PageDown)
        },
    },
    Binding {
        keys: "b  PgUp",
        help: "page up",
        matches: |k| {
            (plain(k, 'b')
                || k.code == KeyCode::PageUp
                || (k.code == KeyCode::Char('b') && k.modifiers.contains(KeyModifiers::CONTROL)))
            .then_some(Action::PageUp)
        },
    },
    Binding {
        keys: "g  Home",
        help: "top",
        matches: |k| (plain(k, 'g') || k.code == KeyCode::Home).then_some(Action::Top),
    },
    Binding {
        keys: "G  End",
        help: "bottom",
        matches: |k| {
            (k.code == KeyCode::Char('G') || k.code == KeyCode::End).then_some(Action::Bottom)
        },
    },
    Binding {
        keys: "]  [",
        help: "next / previous section",
        matches: |k| match k.code {
            KeyCode::Char(']') => Some(Action::NextSection),
            KeyCode::Char('[') => Some(Action::PrevSection),
            _ => None,
        },
    },
    Binding {
        keys: "1-9",
        help: "jump to section N",
        matches: |k| match k.code {
            KeyCode::Char(c @ '1'..='9') => Some(Action::Section(c as usize - '1' as usize)),
            _ => None,
        },
    },
    Binding {
        keys: "Tab  Shift-Tab",
        help: "next / previous pane",
        matches: |k| match k.code {
            KeyCode::Tab => Some(Action::FocusNext),
            KeyCode::BackTab => Some(Action::FocusPrev),
            _ => None,
        },
    },
    Binding {
        keys: ">  <",
        help: "next / previous briefing (when several are open)",
        matches: |k| match k.code {
            KeyCode::Char('>') => Some(Action::NextBriefing),
            KeyCode::Char('<') => Some(Action::PrevBriefing),
            _ => None,
        },
    },
    Binding {
        keys: "Enter",
        help: "jump to the selected finding in the story",
        matches: |k| (k.code == KeyCode::Enter).then_some(Action::Activate),
    },
    Binding {
        keys: "/",
        help: "search (live highlight)",
        matches: |k| plain(k, '/').then_some(Action::SearchStart),
    },
    Binding {
        keys: "n  N",
        help: "next / previous match",
        matches: |k| match k.code {
            KeyCode::Char('n') => Some(Action::SearchNext),
            KeyCode::Char('N') => Some(Action::SearchPrev),
            _ => None,
        },
    },
    Binding {
        keys: "c",
        help: "countdown: now / as published",
        matches: |k| plain(k, 'c').then_some(Action::ToggleCountdown),
    },
    Binding {
        keys: "o",
        help: "outline of sections",
        matches: |k| plain(k, 'o').then_some(Action::ToggleOutline),
    },
    Binding {
        keys: "e",
        help: "people and places",
        matches: |k| plain(k, 'e').then_some(Action::ToggleEntities),
    },
    Binding {
        keys: "?",
        help: "this help",
        matches: |k| plain(k, '?').then_some(Action::ToggleHelp),
    },
];

/// Mouse, listed in help.
pub const MOUSE_HELP: &[(&str, &str)] = &[
    ("wheel", "scroll the pane under the pointer"),
    ("click", "focus a pane"),
];

/// Keys while typing a search query.
pub const SEARCH_HELP: &[(&str, &str)] = &[
    ("Enter", "keep the query, go to the match"),
    ("Esc", "cancel the search"),
    ("Backspace", "delete a character"),
];

/// Lines in the help overlay: the bindings, then search keys and mouse under their headings.
pub fn help_lines() -> Vec<String> {
    let row = |k: &str, h: &str| format!("{k:<16} {h}");
    let mut out: Vec<String> = BINDINGS.iter().map(|b| row(b.keys, b.help)).collect();
    out.push(String::new());
    out.push("While searching".to_string());
    out.extend(SEARCH_HELP.iter().map(|(k, h)| row(k, h)));
    out.push(String::new());
    out.push("Mouse".to_string());
    out.extend(MOUSE_HELP.iter().map(|(k, h)| row(k, h)));
    out
}

/// Translate a terminal event. `searching`: a query is being typed, so characters are text.
pub fn action_for(event: &Event, searching: bool) -> Option<Action> {
    match event {
        Event::Key(k) if k.kind != KeyEventKind::Release => {
            if searching {
                return match k.code {
                    KeyCode::Esc => Some(Action::Escape),
                    KeyCode::Enter => Some(Action::SearchSubmit),
                    KeyCode::Backspace => Some(Action::SearchBackspace),
                    KeyCode::Char('c') if k.modifiers.contains(KeyModifiers::CONTROL) => {
                        Some(Action::Quit)
                    }
                    KeyCode::Char(c)
                        if !k
                            .modifiers
                            .intersects(KeyModifiers::CONTROL | KeyModifiers::ALT) =>
                    {
                        Some(Action::SearchInput(c))
                    }
                    _ => None,
                };
            }
            BINDINGS.iter().find_map(|b| (b.matches)(k))
        }
        Event::Mouse(m) => match m.kind {
            MouseEventKind::ScrollDown => Some(Action::ScrollWheel {
                down: true,
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::ScrollUp => Some(Action::ScrollWheel {
                down: false,
                column: m.column,
                row: m.row,
            }),
            MouseEventKind::Down(_) => Some(Action::Click {
                column: m.column,
                row: m.row,
            }),
            _ => None,
        },
        Event::Resize(w, h) => Some(Action::Resize(*w, *h)),
        _ => None,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(code: KeyCode, modifiers: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, modifiers))
    }

    #[test]
    fn vim_and_arrow_keys() {
        assert_eq!(
            action_for(&key(KeyCode::Char('j'), KeyModifiers::NONE), false),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(&key(KeyCode::Down, KeyModifiers::NONE), false),
            Some(Action::Down)
        );
        assert_eq!(
            action_for(&key(KeyCode::Char('G'), KeyModifiers::SHIFT), false),
            Some(Action::Bottom)
        );
        assert_eq!(
            action_for(&key(KeyCode::Char('3'), KeyModifiers::NONE), false),
            Some(Action::Section(2))
        );
        assert_eq!(
            action_for(&key(KeyCode::Char('c'), KeyModifiers::CONTROL), false),
            Some(Action::Quit)
        );
    }

    #[test]
    fn search_mode_takes_characters() {
        assert_eq!(
            action_for(&key(KeyCode::Char('q'), KeyModifiers::NONE), true),
            Some(Action::SearchInput('q'))
        );
        assert_eq!(
            action_for(&key(KeyCode::Enter, KeyModifiers::NONE), true),
            Some(Action::SearchSubmit)
        );
    }
}
