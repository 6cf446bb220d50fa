//! Where each pane goes for a terminal size: computed, never stored, so the view and the
//! state's scrolling agree without the view writing anything back.

use ratatui::layout::Rect;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// Story and sidebar side by side; the sidebar's three lists stacked.
    Wide,
    /// One pane at a time, with tabs: the brief (deadlines, figures, quotes) or the story.
    Narrow,
    /// Not even the narrow layout fits: a notice.
    TooSmall,
}

pub const MIN_WIDTH: u16 = 24;
pub const MIN_HEIGHT: u16 = 6;
const WIDE_MIN_WIDTH: u16 = 70;
const WIDE_MIN_HEIGHT: u16 = 16;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Areas {
    pub mode: Mode,
    pub header: Rect,
    /// The tab row of the narrow layout.
    pub tabs: Option<Rect>,
    /// The story pane, borders included (empty when the narrow layout shows the brief).
    pub story: Rect,
    pub sidebar: Rect,
    pub status: Rect,
}

pub fn mode_for(width: u16, height: u16) -> Mode {
    if width < MIN_WIDTH || height < MIN_HEIGHT {
        Mode::TooSmall
    } else if width < WIDE_MIN_WIDTH || height < WIDE_MIN_HEIGHT {
        Mode::Narrow
    } else {
        Mode::Wide
    }
}

/// Split the screen. `header_height` comes from the headline's wrapped length; `story_tab`
/// says which pane the narrow layout shows.
pub fn compute(size: Rect, header_height: u16, story_tab: bool) -> Areas {
    let mode = mode_for(size.width, size.height);
    let status = Rect {
        y: size.bottom().saturating_sub(1),
        height: 1.min(size.height),
        ..size
    };
    let header_height = header_height.min(size.height.saturating_sub(3));
    let header = Rect {
        height: header_height,
        ..size
    };
    let body_top = size.y + header_height;
    let body_height = size.height.saturating_sub(header_height + 1);
    let empty = Rect {
        x: size.x,
        y: body_top,
        width: 0,
        height: 0,
    };
    match mode {
        Mode::TooSmall => Areas {
            mode,
            header: empty,
            tabs: None,
            story: empty,
            sidebar: empty,
            status: empty,
        },
        Mode::Wide => {
            let sidebar_width = (size.width * 38 / 100).clamp(30, 56);
            let story = Rect {
                x: size.x,
                y: body_top,
                width: size.width - sidebar_width,
                height: body_height,
            };
            let sidebar = Rect {
                x: story.right(),
                y: body_top,
                width: sidebar_width,
                height: body_height,
            };
            Areas {
                mode,
                header,
                tabs: None,
                story,
                sidebar,
                status,
            }
        }
        Mode::Narrow => {
            let tabs = Rect {
                y: body_top,
                height: 1,
                ..size
            };
            let content = Rect {
                y: body_top + 1,
                height: body_height.saturating_sub(1),
                ..size
            };
            let (story, sidebar) = if story_tab {
                (content, empty)
            } else {
                (empty, content)
            };
            Areas {
                mode,
                header,
                tabs: Some(tabs),
                story,
                sidebar,
                status,
            }
        }
    }
}

/// The three stacked lists of the wide sidebar: deadlines, figures, quotes (borders included).
/// `rows` is how many lines each list would like; the quotes take what is left.
pub fn sidebar_blocks(sidebar: Rect, rows: [usize; 3]) -> [Rect; 3] {
    let h = sidebar.height;
    let want = |n: usize| (n.max(1) as u16).saturating_add(2);
    let deadline_h = want(rows[0]).min(h / 3).max(3.min(h));
    let rest = h - deadline_h;
    let figures_h = want(rows[1]).min(rest / 2).max(3.min(rest));
    let quotes_h = rest - figures_h;
    let d = Rect {
        height: deadline_h,
        ..sidebar
    };
    let f = Rect {
        y: d.bottom(),
        height: figures_h,
        ..sidebar
    };
    let q = Rect {
        y: f.bottom(),
        height: quotes_h,
        ..sidebar
    };
    [d, f, q]
}

/// Inside a bordered block.
pub fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x.saturating_add(1),
        y: r.y.saturating_add(1),
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn modes_by_size() {
        assert_eq!(mode_for(120, 40), Mode::Wide);
        assert_eq!(mode_for(80, 24), Mode::Wide);
        assert_eq!(mode_for(40, 12), Mode::Narrow);
        assert_eq!(mode_for(20, 5), Mode::TooSmall);
    }

    #[test]
    fn areas_tile_the_screen() {
        let a = compute(Rect::new(0, 0, 80, 24), 3, false);
        assert_eq!(a.story.width + a.sidebar.width, 80);
        assert_eq!(a.header.height + a.story.height + a.status.height, 24);
        assert_eq!(a.status.y, 23);
        let blocks = sidebar_blocks(a.sidebar, [2, 5, 16]);
        assert_eq!(
            blocks.iter().map(|b| b.height).sum::<u16>(),
            a.sidebar.height
        );
    }
}
