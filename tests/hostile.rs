//! Hostile and broken input through the whole pipeline: ingest, extraction and rendering
//! at random sizes. Nothing panics, every rendered cell is printable, nothing is drawn
//! outside the screen, and every span still points at its text.

use briefing::app::action::Action;
use briefing::app::App;
use briefing::ui::{draw, theme::Theme};
use proptest::prelude::*;
use ratatui::backend::TestBackend;
use ratatui::Terminal;

fn now() -> chrono::NaiveDateTime {
    chrono::NaiveDate::from_ymd_opt(2025, 8, 6)
        .unwrap()
        .and_hms_opt(12, 0, 0)
        .unwrap()
}

/// Render and check every cell; returns the screen's text.
fn render_checked(bytes: &[u8], w: u16, h: u16, keys: &[Action]) -> Result<String, TestCaseError> {
    let Ok(doc) = briefing::load(bytes, None, now().date()) else {
        return Ok(String::new()); // refused (binary): the CLI reports it
    };
    let mut app = App::new(doc, "hostile.txt".into(), now(), true);
    app.update(Action::Resize(w, h));
    for k in keys {
        app.update(k.clone());
    }
    let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
    terminal
        .draw(|f| draw(f, &app, &Theme::default_theme()))
        .unwrap();
    let buffer = terminal.backend().buffer();
    prop_assert_eq!(buffer.area, ratatui::layout::Rect::new(0, 0, w, h));
    for cell in buffer.content() {
        for c in cell.symbol().chars() {
            prop_assert!(
                !c.is_control(),
                "control character {:?} reached the screen",
                c
            );
            prop_assert!(
                !matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}'),
                "bidi control {:?} on screen",
                c
            );
        }
    }
    Ok(briefing::ui::buffer_text(buffer))
}

fn hostile_text() -> impl Strategy<Value = Vec<u8>> {
    let piece = prop_oneof![
        Just(b"\x1b[2J".to_vec()),
        Just(b"\x1b]0;pwned\x07".to_vec()),
        Just(b"\x1b]52;c;aGVsbG8=\x07".to_vec()),
        Just(b"\x1b]8;;http://evil\x1b\\link\x1b]8;;\x1b\\".to_vec()),
        Just(b"\x1bP+q\x1b\\".to_vec()),
        Just(b"\x07\x08\r\x0b\x0c\x7f".to_vec()),
        Just("\u{202E}evil\u{202C}".as_bytes().to_vec()),
        Just("\u{9b}31m".as_bytes().to_vec()),
        Just("東京 👩‍👩‍👧 é مرحبا ".as_bytes().to_vec()),
        Just(b"\"quoted,\" said Ann Lee. ".to_vec()),
        Just(b"over 6,400 by August 8 ".to_vec()),
        Just(b"\n\n".to_vec()),
        Just(b"\xff\xfe\xc3".to_vec()),
        prop::collection::vec(any::<u8>(), 0..20),
        "\\PC{0,20}".prop_map(|s| s.into_bytes()),
    ];
    prop::collection::vec(piece, 0..40).prop_map(|v| v.concat())
}

fn keys() -> impl Strategy<Value = Vec<Action>> {
    let key = prop_oneof![
        Just(Action::Down),
        Just(Action::PageDown),
        Just(Action::Bottom),
        Just(Action::NextSection),
        Just(Action::FocusNext),
        Just(Action::Activate),
        Just(Action::ToggleHelp),
        Just(Action::ToggleEntities),
        Just(Action::ToggleOutline),
        Just(Action::SearchStart),
        Just(Action::SearchInput('\u{1b}')),
        Just(Action::SearchInput('a')),
        Just(Action::SearchSubmit),
        Just(Action::SearchNext),
        Just(Action::SearchPrev),
        Just(Action::SearchBackspace),
        Just(Action::SearchMore),
        Just(Action::Escape),
        (1u16..200, 1u16..80).prop_map(|(w, h)| Action::Resize(w, h)),
    ];
    prop::collection::vec(key, 0..12)
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(200))]

    #[test]
    fn hostile_text_renders_safely(bytes in hostile_text(), w in 1u16..160, h in 1u16..60, keys in keys()) {
        render_checked(&bytes, w, h, &keys)?;
    }

    #[test]
    fn arbitrary_bytes_render_safely(bytes in prop::collection::vec(any::<u8>(), 0..600), w in 1u16..120, h in 1u16..50) {
        render_checked(&bytes, w, h, &[])?;
    }
}

#[test]
fn escape_sequences_are_shown_not_obeyed() {
    let text = "Head\x1b]0;pwned\x07line\n\nA \x1b[31mred\x1b[0m word and a bell\x07.\n";
    let screen = render_checked(text.as_bytes(), 80, 24, &[]).unwrap();
    assert!(screen.contains("Head␛]0;pwned␇line"), "{screen}");
    assert!(screen.contains("A ␛[31mred␛[0m word and a bell␇."));
}

#[test]
fn big_and_wide_inputs_wrap_inside_the_pane() {
    let line = "東京👩‍👩‍👧e\u{301}مرحبا ".repeat(20_000);
    let text = format!("Head\n\n{line}\n");
    let screen =
        render_checked(text.as_bytes(), 60, 20, &[Action::PageDown, Action::Bottom]).unwrap();
    for row in screen.lines() {
        assert!(
            unicode_width::UnicodeWidthStr::width(row) <= 60,
            "row too wide: {row}"
        );
    }
}

#[test]
fn many_paragraphs_and_quotes() {
    let paras: String = (0..20_000)
        .map(|i| format!("Item {i} said \"yes {i}.\"\n\n"))
        .collect();
    let text = format!("Head\n\n{paras}");
    let doc = briefing::load(text.as_bytes(), None, now().date()).unwrap();
    assert_eq!(doc.quotes.len(), 20_000);
    render_checked(
        text.as_bytes(),
        100,
        30,
        &[Action::Bottom, Action::ToggleOutline, Action::Bottom],
    )
    .unwrap();
}

#[test]
fn a_long_run_of_bare_figures_stays_linear() {
    // A bare `2 million` counts what the latest figure with a unit counted. There is none in
    // this long run: finding that out must not look back over every figure before it.
    let run = "It rose to 2 million. ".repeat(40_000);
    let text = format!("Head\n\n{run}\n\nSales hit 5 dlrs, then 3 million.\n");
    let doc = briefing::load(text.as_bytes(), None, now().date()).unwrap();
    assert_eq!(doc.figures.len(), 40_002);
    assert!(doc.figures[..40_000].iter().all(|f| f.unit.is_none()));
    assert_eq!(doc.figures[40_001].value, 3e6);
    assert_eq!(doc.figures[40_001].unit.as_deref(), Some("dlrs"));
}

#[test]
fn one_endless_sentence_of_numbers_dates_or_possessives_stays_linear() {
    // What a figure counts, where a date's clause starts and whether a name is somebody's
    // work are looked for a few words back or on, not from every number, date or name back
    // to the sentence's start or on to its end. Each repeat is found all along the sentence:
    // one figure or date per number or date written.
    let numbers: String = (0..40_000).map(|i| format!("{} ", 1000 + i)).collect();
    let runs = [
        (numbers, 40_000),
        ("up from 5 million, ".repeat(40_000), 40_000),
        ("the deadline is by March 3 and ".repeat(20_000), 20_000),
        ("by the end of March ".repeat(20_000), 20_000),
        ("until March 3 ".repeat(20_000), 20_000),
        ("rose by 59,000 to ".repeat(20_000), 20_000),
        ("the total is 52,000 and ".repeat(20_000), 20_000),
        ("and 1500m ".repeat(40_000), 40_000),
        // (A batsman's score is looked for words of cricket near it, not along the paragraph.)
        ("on 25 ".repeat(40_000), 40_000),
        // Chains a date was once looked for along by recursion, as deep as the chain.
        ("25 to ".repeat(50_000), 50_000),
        ("Monday, Tuesday ".repeat(50_000), 100_000),
    ];
    for (run, found) in runs {
        let text = format!("Head\n\n{run}\n");
        let doc = briefing::load(text.as_bytes(), None, now().date()).unwrap();
        assert_eq!(doc.figures.len() + doc.dates.len(), found, "{}", &run[..20]);
    }
    // Names owning names: each read no further on than a name runs.
    let text = format!("Head\n\n{}\n", "Ann's Bob's Cat's ".repeat(20_000));
    let doc = briefing::load(text.as_bytes(), None, now().date()).unwrap();
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    assert_eq!(names.len(), 3, "{names:?}");
}

#[test]
fn endless_capitalised_runs_are_not_names() {
    // One capitalised phrase of 160,000 words (an `and` list, Title Case, initials): no name
    // is that long, and splitting it name by name once recursed as deep as the list.
    for run in [
        "Texas and ",
        "Alpha Beta Gamma ",
        "Bank of ",
        "U.S. ",
        "March ",
    ] {
        let text = format!(
            "Head\n\nThey said {} but Putin stayed.\n",
            run.repeat(40_000)
        );
        let doc = briefing::load(text.as_bytes(), None, now().date()).unwrap();
        let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(names, ["Putin"], "{run:?}");
    }
}

#[test]
fn a_paragraph_of_back_to_back_quotes_shares_the_speaker_named_at_its_end() {
    // Each quote of a run takes the first speaker named further along it: looked for from
    // the end of the run once, not from every quote along the whole run.
    let run = "“Talks go on” ".repeat(20_000);
    let text = format!("Head\n\n{run}“No deal yet,” Putin said.\n");
    let doc = briefing::load(text.as_bytes(), None, now().date()).unwrap();
    assert_eq!(doc.quotes.len(), 20_001);
    assert!(doc
        .quotes
        .iter()
        .all(|q| q.speaker.as_deref() == Some("Putin")));
}

#[test]
fn a_markdown_list_of_eighty_thousand_items() {
    // Each item is a paragraph; whether it is the lede was once asked by counting every
    // paragraph before it.
    let items: String = (0..80_000).map(|i| format!("- item {i}\n")).collect();
    let text = format!("# Head\n\n{items}");
    let doc = briefing::load(
        text.as_bytes(),
        Some(briefing::ingest::Format::Markdown),
        now().date(),
    )
    .unwrap();
    assert_eq!(doc.standfirst.as_deref(), Some("item 0"));
    assert_eq!(doc.body().count(), 79_999);
}

#[test]
fn utf16_and_lossy_utf8_say_so() {
    let utf16: Vec<u8> = [0xFF, 0xFE]
        .into_iter()
        .chain(
            "Head\n\nBody text."
                .encode_utf16()
                .flat_map(|u| u.to_le_bytes()),
        )
        .collect();
    let doc = briefing::load(&utf16, None, now().date()).unwrap();
    assert_eq!(doc.headline, "Head");
    let screen = render_checked(b"Head\n\nBad \xff byte.", 80, 24, &[]).unwrap();
    assert!(
        screen.contains("invalid UTF-8"),
        "the status bar says so: {screen}"
    );
}
