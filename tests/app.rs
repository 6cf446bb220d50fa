//! `App::update` for every action, without a terminal: state after each step, and the screen
//! where that is what a user would notice.

use briefing::app::action::Action;
use briefing::app::{App, CountdownMode, Focus, Overlay};
use briefing::ui::{render_to_text, theme::Theme};
use chrono::NaiveDateTime;

fn now() -> NaiveDateTime {
    NaiveDateTime::parse_from_str("2025-08-06 19:46:00", "%Y-%m-%d %H:%M:%S").unwrap()
}

fn seed_app(w: u16, h: u16) -> App {
    seed_app_with_clock(w, h, true)
}

/// The bundled seed at a size; `pinned` as with `--now`.
fn seed_app_with_clock(w: u16, h: u16, pinned: bool) -> App {
    let doc = briefing::load(briefing::source::SEED, None, now().date()).unwrap();
    let mut app = App::new(doc, "seed".into(), now(), pinned);
    app.update(Action::Resize(w, h));
    app
}

fn screen(app: &App) -> String {
    render_to_text(app, &Theme::mono())
}

/// The first text line of the story pane.
fn story_top(app: &App) -> String {
    let vp = app.story_viewport();
    screen(app)
        .lines()
        .nth(vp.y as usize)
        .unwrap_or("")
        .to_string()
}

#[test]
fn scrolling_stops_at_both_ends() {
    let mut app = seed_app(80, 24);
    app.update(Action::Up);
    assert_eq!(app.scroll, 0);
    app.update(Action::Down);
    assert_eq!(app.scroll, 1);
    app.update(Action::Bottom);
    let max = app.max_scroll();
    assert!(max > 0);
    assert_eq!(app.scroll, max);
    app.update(Action::Down);
    app.update(Action::PageDown);
    assert_eq!(app.scroll, max, "no scrolling past the end");
    app.update(Action::PageUp);
    assert_eq!(
        app.scroll,
        max.saturating_sub(app.story_viewport().height as usize)
    );
    app.update(Action::Top);
    assert_eq!(app.scroll, 0);
}

#[test]
fn section_jumps() {
    let mut app = seed_app(80, 24);
    assert_eq!(
        app.current_section(),
        Some(0),
        "the standfirst opens the first section"
    );
    app.update(Action::NextSection);
    assert_eq!(app.current_section(), Some(1));
    app.update(Action::NextSection);
    assert_eq!(app.current_section(), Some(2));
    assert!(
        story_top(&app).contains("The meeting happened amid"),
        "{}",
        screen(&app)
    );
    app.update(Action::PrevSection);
    assert_eq!(app.current_section(), Some(1));
    app.update(Action::Section(3)); // the key `4`
    assert!(story_top(&app).contains("Despite Trump’s threats"));
    app.update(Action::Section(8));
    assert_eq!(app.message.as_deref(), Some("no section 9"));
}

#[test]
fn focus_cycles_through_the_panes() {
    let mut app = seed_app(120, 40);
    let mut seen = vec![app.focus];
    for _ in 0..4 {
        app.update(Action::FocusNext);
        seen.push(app.focus);
    }
    assert_eq!(
        seen,
        [
            Focus::Story,
            Focus::Deadlines,
            Focus::Figures,
            Focus::Quotes,
            Focus::Story
        ]
    );
    app.update(Action::FocusPrev);
    assert_eq!(app.focus, Focus::Quotes);
}

#[test]
fn selection_moves_within_a_list_and_stops_at_its_ends() {
    let mut app = seed_app(120, 40);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext); // figures
    app.update(Action::Up);
    assert_eq!(app.selected[1], 0);
    for _ in 0..20 {
        app.update(Action::Down);
    }
    assert_eq!(app.selected[1], app.findings.figures.len() - 1);
    assert_eq!(app.scroll, 0, "moving in a list does not scroll the story");
}

#[test]
fn enter_jumps_to_the_selected_figure() {
    let mut app = seed_app(80, 24);
    app.update(Action::FocusNext);
    app.update(Action::FocusNext); // figures
    for _ in 0..3 {
        app.update(Action::Down); // the fourth figure: over 6,400 missiles and drones
    }
    app.update(Action::Activate);
    let span = app.highlight.expect("a highlighted span");
    assert_eq!(
        app.doc.span_text(span),
        Some("over 6,400 missiles and drones")
    );
    let line = app.story.line_of(&app.doc, span).unwrap();
    assert!(
        line >= app.scroll && line < app.scroll + app.story_viewport().height as usize,
        "the span is on screen"
    );
    app.update(Action::Escape);
    assert_eq!(app.highlight, None);
}

#[test]
fn enter_on_a_deadline_and_a_quote() {
    let mut app = seed_app(120, 40);
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    assert_eq!(
        app.doc.span_text(app.highlight.unwrap()),
        Some("two days before President Trump’s deadline")
    );
    app.update(Action::FocusNext);
    app.update(Action::FocusNext); // quotes
    app.update(Action::Down);
    app.update(Action::Activate);
    assert_eq!(
        app.doc.span_text(app.highlight.unwrap()),
        Some("Dialogue will prevail")
    );
}

#[test]
fn search_highlights_live_and_wraps_around() {
    let mut app = seed_app(80, 24);
    app.update(Action::SearchStart);
    for c in "russia".chars() {
        app.update(Action::SearchInput(c));
    }
    let n = app.search.matches.len();
    assert!(n >= 5, "smart case finds Russia and Russian: {n}");
    assert_eq!(app.search.current, Some(0));
    app.update(Action::SearchSubmit);
    assert!(!app.search.editing);
    for _ in 1..n {
        app.update(Action::SearchNext);
    }
    assert_eq!(app.search.current, Some(n - 1));
    app.update(Action::SearchNext);
    assert_eq!(app.search.current, Some(0));
    assert_eq!(app.message.as_deref(), Some("search wrapped to the top"));
    app.update(Action::SearchPrev);
    assert_eq!(app.search.current, Some(n - 1));
    assert_eq!(app.message.as_deref(), Some("search wrapped to the bottom"));
}

#[test]
fn the_status_bar_says_which_match_is_current_until_escape() {
    let mut app = seed_app(100, 30);
    app.update(Action::SearchStart);
    for c in "russia".chars() {
        app.update(Action::SearchInput(c));
    }
    app.update(Action::SearchSubmit);
    let n = app.search.matches.len();
    let status = |app: &App| screen(app).lines().last().unwrap_or("").to_string();
    let current = app.search.current.unwrap() + 1;
    assert!(n > current, "{n}");
    let here = format!("/russia {current}/{n}");
    assert!(status(&app).contains(&here), "{}", status(&app));
    app.update(Action::SearchNext);
    let next = format!("/russia {}/{n}", current + 1);
    assert!(status(&app).contains(&next), "{}", status(&app));
    app.update(Action::Escape);
    assert!(!status(&app).contains("/russia"), "{}", status(&app));
}

#[test]
fn search_typing_backspace_and_cancel() {
    let mut app = seed_app(80, 24);
    app.update(Action::SearchStart);
    for c in "Fridayx".chars() {
        app.update(Action::SearchInput(c));
    }
    assert!(app.search.matches.is_empty());
    app.update(Action::SearchBackspace);
    assert_eq!(app.search.matches.len(), 1);
    assert!(
        screen(&app).contains("/Friday"),
        "the prompt shows the query"
    );
    app.update(Action::Quit);
    assert!(app.quit, "Ctrl-C still quits while typing");
    let mut app = seed_app(80, 24);
    app.update(Action::SearchStart);
    app.update(Action::SearchInput('q'));
    assert!(!app.quit, "q is text while typing");
    app.update(Action::Escape);
    assert!(!app.search.editing && app.search.matches.is_empty());
    app.update(Action::SearchNext);
    assert_eq!(app.message.as_deref(), Some("no search: press /"));
}

#[test]
fn overlays_open_close_and_jump() {
    let mut app = seed_app(80, 24);
    app.update(Action::ToggleHelp);
    assert_eq!(app.overlay, Some(Overlay::Help));
    assert!(screen(&app).contains("next / previous section"));
    app.update(Action::Escape);
    assert_eq!(app.overlay, None);
    app.update(Action::ToggleOutline);
    app.update(Action::Down);
    app.update(Action::Down);
    app.update(Action::Activate);
    assert_eq!(app.overlay, None);
    assert_eq!(app.current_section(), Some(2));
    app.update(Action::ToggleEntities);
    assert!(screen(&app).contains("Vladimir Putin"));
    app.update(Action::Activate);
    let first = &app.doc.entities[0];
    assert_eq!(app.highlight, first.spans.first().copied());
    app.update(Action::ToggleEntities);
    app.update(Action::ToggleEntities);
    assert_eq!(app.overlay, None, "the same key closes it");
}

#[test]
fn countdown_switches_between_now_and_as_published() {
    let mut app = seed_app(120, 40);
    assert!(screen(&app).contains("in 2d 04h 14m"));
    app.update(Action::ToggleCountdown);
    assert_eq!(app.countdown, CountdownMode::AsPublished);
    assert!(screen(&app).contains("2 days to go"));
    app.update(Action::ToggleCountdown);
    assert_eq!(app.countdown, CountdownMode::Now);
}

#[test]
fn ticks_move_a_live_clock_but_not_a_pinned_one() {
    let mut app = seed_app(120, 40);
    let later = NaiveDateTime::parse_from_str("2025-08-08 20:47:51", "%Y-%m-%d %H:%M:%S").unwrap();
    app.update(Action::Tick(later));
    assert_eq!(app.now, now(), "pinned by --now");
    let mut live = seed_app_with_clock(120, 40, false);
    live.update(Action::Tick(later));
    assert!(screen(&live).contains("in 03:12:09"));
    assert!(live.ticking(), "under a day: redraw every second");
}

#[test]
fn resize_keeps_the_reading_position_and_switches_layout() {
    let mut app = seed_app(80, 24);
    app.update(Action::Section(1));
    let before = story_top(&app);
    assert!(before.contains("Though details"));
    app.update(Action::Resize(96, 26));
    assert_eq!(
        story_top(&app)
            .trim_start_matches('│')
            .split_whitespace()
            .next(),
        before.trim_start_matches('│').split_whitespace().next()
    );
    app.update(Action::Resize(40, 12));
    assert!(screen(&app).contains("Brief │ Story"));
    app.update(Action::Resize(10, 4));
    assert!(screen(&app).contains("too small"));
    app.update(Action::Resize(1, 1));
    app.update(Action::Resize(120, 40));
    assert!(screen(&app).contains("Key figures"));
}

#[test]
fn mouse_wheel_scrolls_and_click_focuses() {
    let mut app = seed_app(120, 40);
    let story = app.story_viewport();
    app.update(Action::ScrollWheel {
        down: true,
        column: story.x + 2,
        row: story.y + 2,
    });
    assert_eq!(app.scroll, 3);
    app.update(Action::ScrollWheel {
        down: false,
        column: story.x + 2,
        row: story.y + 2,
    });
    assert_eq!(app.scroll, 0);
    let a = app.areas();
    app.update(Action::Click {
        column: a.sidebar.x + 3,
        row: a.sidebar.bottom() - 2,
    });
    assert_eq!(app.focus, Focus::Quotes);
    app.update(Action::Click {
        column: story.x + 1,
        row: story.y + 1,
    });
    assert_eq!(app.focus, Focus::Story);
}

#[test]
fn quit() {
    let mut app = seed_app(80, 24);
    app.update(Action::Quit);
    assert!(app.quit);
}

#[test]
fn empty_briefing_has_its_own_screen() {
    let doc = briefing::load(b"", None, now().date()).unwrap();
    let mut app = App::new(doc, "empty.txt".into(), now(), true);
    app.update(Action::Resize(80, 24));
    let s = screen(&app);
    assert!(s.contains("(empty briefing)"), "{s}");
    assert!(s.contains("This briefing is empty."));
    app.update(Action::Bottom);
    app.update(Action::NextSection);
    app.update(Action::FocusNext);
    app.update(Action::Activate);
    assert_eq!(app.scroll, 0);
}

#[test]
fn an_empty_list_says_so() {
    let doc = briefing::load(
        b"Head\n\nNobody said anything of note today.\n",
        None,
        now().date(),
    )
    .unwrap();
    let mut app = App::new(doc, "quiet.txt".into(), now(), true);
    app.update(Action::Resize(100, 30));
    let s = screen(&app);
    for empty in ["no deadlines", "no figures", "no quotes"] {
        assert!(s.contains(empty), "{empty}: {s}");
    }
}

#[test]
fn background_results_fill_the_reader() {
    let text = "date 2025-08-06 Head\n\nTalks end by Friday, with over 300 delegates.\n";
    let (doc, _) = briefing::ingest::ingest(text.as_bytes(), None).unwrap();
    let mut app = App::new(doc.clone(), "t".into(), now(), true);
    app.update(Action::Resize(100, 30));
    app.update(Action::Working { loading: true });
    assert!(screen(&app).contains("reading the rest…"));
    app.update(Action::Working { loading: false });
    assert!(screen(&app).contains("finding figures, quotes, dates… 0%"));
    app.update(Action::Progress(42));
    assert!(screen(&app).contains("finding figures, quotes, dates… 42%"));
    let found = briefing::extract::find_all(&doc, now().date());
    let rows = briefing::app::findings::Findings::from_found(&doc.paragraphs, &found);
    app.update(Action::Extracted(Box::new(found), Box::new(rows)));
    assert!(!app.extracting);
    assert_eq!(app.doc.figures.len(), 1);
    let s = screen(&app);
    assert!(s.contains("300+ delegates"), "{s}");
    assert!(s.contains("Fri 8 Aug 2025"));
}

#[test]
fn loading_failure_keeps_the_start_and_says_why() {
    let mut app = seed_app(80, 24);
    app.update(Action::LoadFailed(
        "big.txt: binary file (NUL bytes), not a briefing".into(),
    ));
    assert!(screen(&app).contains("binary file"));
    assert!(!app.loading);
}

#[test]
fn moving_between_briefings() {
    let mut app = seed_app(80, 24);
    app.update(Action::NextBriefing);
    assert_eq!(app.wanted, None);
    assert_eq!(app.message.as_deref(), Some("the only briefing open"));
    app.library = (0, 3);
    app.update(Action::PrevBriefing);
    assert_eq!(app.message.as_deref(), Some("the first briefing"));
    app.update(Action::NextBriefing);
    assert_eq!(app.wanted, Some(1));
    app.update(Action::OpenFailed("b.txt: permission denied".into()));
    assert_eq!(app.wanted, None);
    assert!(screen(&app).contains("b.txt: permission denied"));
    app.update(Action::NextBriefing);
    // The edge opens it and answers.
    app.update(Action::Bottom);
    let doc = briefing::load(
        b"Second headline\n\nIts only paragraph.",
        None,
        now().date(),
    )
    .unwrap();
    app.update(Action::Opened(Box::new(doc), "b.txt".into(), 1));
    assert_eq!(app.library, (1, 3));
    assert_eq!(app.wanted, None, "answered");
    assert_eq!(app.scroll, 0, "a new briefing starts at the top");
    let s = screen(&app);
    assert!(
        s.contains("Second headline") && s.contains("b.txt · 2/3"),
        "{s}"
    );
}

#[test]
fn a_short_briefing_opens_with_its_findings_a_longer_one_finds_them_after() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    let short = dir.join("short.txt");
    let paragraph = "Talks end by Friday, with over 300 delegates.\n\n";
    std::fs::write(&short, format!("Head\n\n{paragraph}")).unwrap();
    let long = dir.join("long.txt");
    std::fs::write(&long, format!("Head\n\n{}", paragraph.repeat(1000))).unwrap();
    let today = now().date();
    let opened = briefing::term::open_for_reader(Some(&short), today).unwrap();
    assert_eq!(opened.doc.figures.len(), 1);
    assert!(matches!(
        opened.background,
        briefing::term::Background::Nothing
    ));
    let opened = briefing::term::open_for_reader(Some(&long), today).unwrap();
    // Its opening's findings are there at once; the rest are found in the background.
    // A figure in each paragraph whose text fits in the opening (after the headline's).
    let at_once = opened.doc.figures.len();
    let fit = briefing::extract::OPENING_BYTES / paragraph.trim_end().len();
    assert!(
        (fit - 1..=fit).contains(&at_once),
        "{at_once} figures at once, {fit} fit"
    );
    assert!(matches!(
        opened.background,
        briefing::term::Background::Extract { .. }
    ));
}

/// A briefing whose opening names a deadline (August 20) and whose far end names an earlier
/// one (August 10).
fn two_deadlines() -> briefing::model::Document {
    let mut text = String::from("Talks on the budget\n\n");
    text += "The union gave ministers a deadline of August 20 to answer.\n\n";
    text += &"Nothing else changed in the talks that day.\n\n".repeat(400);
    text += "Ministers set a deadline of August 10 for the vote.\n";
    let (doc, _) = briefing::ingest::ingest(text.as_bytes(), None).unwrap();
    doc
}

#[test]
fn while_extraction_runs_the_sidebar_shows_the_opening_and_keeps_the_selection() {
    let today = now().date();
    let whole = two_deadlines();
    let mut doc = whole.clone();
    briefing::extract::extract_opening(&mut doc, today);
    let mut app = App::new(doc, "long.txt".into(), now(), true);
    app.update(Action::Resize(120, 30));
    app.update(Action::Working { loading: false });
    let s = screen(&app);
    assert!(s.contains("Deadlines (1…)"), "{s}");
    assert!(s.contains("Wed 20 Aug 2025"), "{s}");
    assert!(s.contains("finding…"), "{s}");
    app.update(Action::ToggleEntities);
    let s = screen(&app);
    assert!(s.contains("People and places · finding…"), "{s}");
    app.update(Action::ToggleEntities);
    app.focus = Focus::Deadlines;
    let found = briefing::extract::find_all(&whole, today);
    let rows = briefing::app::findings::Findings::from_found(&whole.paragraphs, &found);
    app.update(Action::Extracted(Box::new(found), Box::new(rows)));
    let s = screen(&app);
    assert!(
        s.contains("Deadlines (2)") && !s.contains("finding…"),
        "{s}"
    );
    app.update(Action::ToggleEntities);
    let s = screen(&app);
    assert!(
        s.contains("People and places") && !s.contains("finding…"),
        "{s}"
    );
    app.update(Action::ToggleEntities);
    // August 10 now comes first; the selection stays on August 20.
    assert_eq!(app.selected[0], 1);
    app.update(Action::Activate);
    assert!(story_top(&app).contains("August 20"), "{}", story_top(&app));
}
