//! Everything that can change the reader's state.

use chrono::NaiveDateTime;

#[derive(Debug, Clone, PartialEq)]
pub enum Action {
    Quit,
    /// Close the open overlay, or leave search, or clear the jump highlight.
    Escape,
    /// Move down/up one line in the story, or one row in a list.
    Down,
    Up,
    PageDown,
    PageUp,
    Top,
    Bottom,
    NextSection,
    PrevSection,
    /// Jump to section N (0-based).
    Section(usize),
    FocusNext,
    FocusPrev,
    /// Enter: jump from the selected finding (or outline entry) to its place in the story.
    Activate,
    SearchStart,
    SearchInput(char),
    SearchBackspace,
    SearchSubmit,
    SearchNext,
    SearchPrev,
    /// Go on looking for the query in a large briefing (while no key is waiting).
    SearchMore,
    ToggleCountdown,
    ToggleHelp,
    ToggleOutline,
    ToggleEntities,
    Resize(u16, u16),
    /// The clock, from the edge: the countdowns move.
    Tick(NaiveDateTime),
    ScrollWheel {
        down: bool,
        column: u16,
        row: u16,
    },
    Click {
        column: u16,
        row: u16,
    },
    /// The whole briefing has been read in the background (the reader opened on its start).
    /// With the story already wrapped for the width the reader had then, when it could be.
    Loaded(
        std::sync::Arc<crate::model::Document>,
        Option<Box<super::story::StoryLines>>,
    ),
    /// Reading the rest failed (binary data further on, the file went away): the start stays.
    LoadFailed(String),
    /// How far extraction has got, in percent.
    Progress(u8),
    /// Extraction finished in the background: the sidebars fill in.
    /// With the sidebar rows built from them on the same thread.
    Extracted(Box<crate::extract::Found>, Box<super::findings::Findings>),
    /// Move to the next / previous briefing of those opened together.
    NextBriefing,
    PrevBriefing,
    /// The edge opened briefing N of the library (after `NextBriefing`/`PrevBriefing`).
    Opened(Box<crate::model::Document>, String, usize),
    /// The briefing asked for could not be opened (a one-line reason).
    OpenFailed(String),
    /// Background work has started: extraction, and reading the rest when `loading`.
    Working {
        loading: bool,
    },
}
