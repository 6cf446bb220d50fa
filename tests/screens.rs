//! Whole screens of the seed at the sizes users have, with the clock pinned. Reviewed like
//! code: each must show the headline, the 6,400 figure, the Aug 8 countdown and the
//! Dmitriev quote.

use briefing::app::action::Action;
use briefing::app::App;
use briefing::ui::{render_to_text, theme::Theme};
use chrono::NaiveDateTime;

fn seed_screen(w: u16, h: u16, actions: &[Action]) -> String {
    let now = NaiveDateTime::parse_from_str("2025-08-06 19:46:00", "%Y-%m-%d %H:%M:%S").unwrap();
    let doc = briefing::load(briefing::source::SEED, None, now.date()).unwrap();
    let mut app = App::new(doc, "seeds/000_705664b66eb5bc4c.txt".into(), now, true);
    app.update(Action::Resize(w, h));
    for a in actions {
        app.update(a.clone());
    }
    render_to_text(&app, &Theme::default_theme())
}

fn assert_essentials(screen: &str) {
    assert!(screen.contains("Kremlin calls meeting"), "headline");
    assert!(screen.contains("6,400"), "the 6,400 figure");
    assert!(screen.contains("in 2d 04h 14m"), "the countdown");
    assert!(
        screen.contains("“Dialogue will prevail”") && screen.contains("Dmitriev"),
        "the Dmitriev quote"
    );
}

#[test]
fn seed_120x40() {
    let s = seed_screen(120, 40, &[]);
    assert_essentials(&s);
    insta::assert_snapshot!(s);
}

#[test]
fn seed_80x24() {
    let s = seed_screen(80, 24, &[]);
    assert_essentials(&s);
    insta::assert_snapshot!(s);
}

#[test]
fn seed_40x12_opens_on_the_brief() {
    let s = seed_screen(40, 12, &[]);
    assert_essentials(&s);
    insta::assert_snapshot!(s);
}

#[test]
fn seed_40x12_story_tab() {
    let s = seed_screen(40, 12, &[Action::FocusPrev]);
    assert!(s.contains("Story"));
    insta::assert_snapshot!(s);
}

#[test]
fn seed_too_small() {
    insta::assert_snapshot!(seed_screen(20, 5, &[]));
}

#[test]
fn seed_help_overlay_80x24() {
    insta::assert_snapshot!(seed_screen(80, 24, &[Action::ToggleHelp]));
}
