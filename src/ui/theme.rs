//! Colours and emphasis. The default reads on dark and light backgrounds (it uses the
//! terminal's own palette, never a fixed background); `mono` uses only bold, italic,
//! underline and reverse, for `NO_COLOR` and `--no-color`.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Theme {
    pub headline: Style,
    pub dateline: Style,
    pub standfirst: Style,
    pub heading: Style,
    pub figure: Style,
    pub date: Style,
    pub quote: Style,
    pub search: Style,
    pub search_current: Style,
    pub jump: Style,
    pub selected: Style,
    pub border: Style,
    pub border_focused: Style,
    pub title: Style,
    pub countdown: Style,
    pub dim: Style,
    pub status: Style,
    pub message: Style,
}

impl Theme {
    pub fn default_theme() -> Self {
        let none = Style::new();
        Theme {
            headline: none.add_modifier(Modifier::BOLD),
            dateline: none.fg(Color::Cyan),
            standfirst: none.add_modifier(Modifier::ITALIC),
            heading: none.fg(Color::Magenta).add_modifier(Modifier::BOLD),
            figure: none.fg(Color::Yellow).add_modifier(Modifier::BOLD),
            date: none.fg(Color::Cyan).add_modifier(Modifier::UNDERLINED),
            quote: none.fg(Color::Green),
            search: none.bg(Color::Yellow).fg(Color::Black),
            search_current: none
                .bg(Color::LightRed)
                .fg(Color::Black)
                .add_modifier(Modifier::BOLD),
            jump: none.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected: none.add_modifier(Modifier::REVERSED),
            border: none.fg(Color::DarkGray),
            border_focused: none.fg(Color::Cyan),
            title: none.add_modifier(Modifier::BOLD),
            countdown: none.fg(Color::LightRed).add_modifier(Modifier::BOLD),
            dim: none.add_modifier(Modifier::DIM),
            status: none.add_modifier(Modifier::REVERSED),
            message: none.fg(Color::Yellow),
        }
    }

    pub fn mono() -> Self {
        let none = Style::new();
        Theme {
            headline: none.add_modifier(Modifier::BOLD),
            dateline: none,
            standfirst: none.add_modifier(Modifier::ITALIC),
            heading: none.add_modifier(Modifier::BOLD | Modifier::UNDERLINED),
            figure: none.add_modifier(Modifier::BOLD),
            date: none.add_modifier(Modifier::UNDERLINED),
            quote: none.add_modifier(Modifier::ITALIC),
            search: none.add_modifier(Modifier::REVERSED),
            search_current: none
                .add_modifier(Modifier::REVERSED | Modifier::BOLD | Modifier::UNDERLINED),
            jump: none.add_modifier(Modifier::REVERSED | Modifier::BOLD),
            selected: none.add_modifier(Modifier::REVERSED),
            border: none,
            border_focused: none.add_modifier(Modifier::BOLD),
            title: none.add_modifier(Modifier::BOLD),
            countdown: none.add_modifier(Modifier::BOLD),
            dim: none,
            status: none.add_modifier(Modifier::REVERSED),
            message: none.add_modifier(Modifier::BOLD),
        }
    }

    /// A theme by name: `default`, `mono`, or a file in `assets/themes/` compiled in.
    pub fn named(name: &str) -> Option<Self> {
        match name {
            "default" | "dark" | "light" => Some(Self::default_theme()),
            "mono" | "none" => Some(Self::mono()),
            _ => None,
        }
    }
}
