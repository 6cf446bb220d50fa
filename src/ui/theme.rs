//! Colours and emphasis, as data: the themes in `assets/themes/` (compiled in). `default`
//! uses the terminal's own palette so it reads on dark and light backgrounds; `mono` uses
//! only bold, italic, underline and reverse, for `NO_COLOR` and `--no-color`.

use ratatui::style::{Color, Modifier, Style};

#[derive(Debug, Clone, Copy, PartialEq, Default)]
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

/// The shipped themes by name.
const THEMES: &[(&str, &str)] = &[
    ("default", include_str!("../../assets/themes/default.theme")),
    ("mono", include_str!("../../assets/themes/mono.theme")),
];

impl Theme {
    pub fn default_theme() -> Self {
        Self::named("default").unwrap_or_default()
    }

    pub fn mono() -> Self {
        Self::named("mono").unwrap_or_default()
    }

    pub fn names() -> impl Iterator<Item = &'static str> {
        THEMES.iter().map(|(n, _)| *n)
    }

    /// A shipped theme by name.
    pub fn named(name: &str) -> Option<Self> {
        let (_, text) = THEMES.iter().find(|(n, _)| *n == name)?;
        Self::parse(text).ok()
    }

    /// Read a theme file: `role = [fg COLOR] [bg COLOR] [bold] [dim] [italic] [underlined]
    /// [reversed]`, one role a line, `#` comments.
    pub fn parse(text: &str) -> Result<Self, String> {
        let mut theme = Theme::default();
        for (n, line) in text.lines().enumerate() {
            let line = line.split('#').next().unwrap_or("").trim();
            if line.is_empty() {
                continue;
            }
            let (role, spec) = line
                .split_once('=')
                .ok_or_else(|| format!("line {}: expected `role = style`", n + 1))?;
            let style = parse_style(spec).map_err(|e| format!("line {}: {e}", n + 1))?;
            let slot = match role.trim() {
                "headline" => &mut theme.headline,
                "dateline" => &mut theme.dateline,
                "standfirst" => &mut theme.standfirst,
                "heading" => &mut theme.heading,
                "figure" => &mut theme.figure,
                "date" => &mut theme.date,
                "quote" => &mut theme.quote,
                "search" => &mut theme.search,
                "search_current" => &mut theme.search_current,
                "jump" => &mut theme.jump,
                "selected" => &mut theme.selected,
                "border" => &mut theme.border,
                "border_focused" => &mut theme.border_focused,
                "title" => &mut theme.title,
                "countdown" => &mut theme.countdown,
                "dim" => &mut theme.dim,
                "status" => &mut theme.status,
                "message" => &mut theme.message,
                other => return Err(format!("line {}: unknown role {other:?}", n + 1)),
            };
            *slot = style;
        }
        Ok(theme)
    }
}

fn parse_style(spec: &str) -> Result<Style, String> {
    let mut style = Style::new();
    let mut words = spec.split_whitespace();
    while let Some(w) = words.next() {
        style = match w {
            "fg" | "bg" => {
                let c = words.next().ok_or_else(|| format!("{w} needs a colour"))?;
                let color: Color = c.parse().map_err(|_| format!("not a colour: {c:?}"))?;
                if w == "fg" {
                    style.fg(color)
                } else {
                    style.bg(color)
                }
            }
            "bold" => style.add_modifier(Modifier::BOLD),
            "dim" => style.add_modifier(Modifier::DIM),
            "italic" => style.add_modifier(Modifier::ITALIC),
            "underlined" => style.add_modifier(Modifier::UNDERLINED),
            "reversed" => style.add_modifier(Modifier::REVERSED),
            other => return Err(format!("unknown style word {other:?}")),
        };
    }
    Ok(style)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_themes_parse() {
        for name in Theme::names() {
            let text = THEMES.iter().find(|(n, _)| *n == name).unwrap().1;
            assert!(Theme::parse(text).is_ok(), "{name}");
        }
        assert_eq!(
            Theme::default_theme().figure,
            Style::new().fg(Color::Yellow).add_modifier(Modifier::BOLD)
        );
    }

    #[test]
    fn mono_has_no_colour() {
        let m = Theme::mono();
        for s in [
            m.headline,
            m.figure,
            m.quote,
            m.search,
            m.search_current,
            m.border,
            m.countdown,
            m.status,
        ] {
            assert_eq!((s.fg, s.bg), (None, None));
        }
    }

    #[test]
    fn bad_theme_lines_are_reported() {
        assert_eq!(
            Theme::parse("figure = fg nosuchcolour").unwrap_err(),
            "line 1: not a colour: \"nosuchcolour\""
        );
        assert!(Theme::parse("nonsense").is_err());
    }
}
