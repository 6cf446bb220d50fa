//! Properties over arbitrary text: spans always point at their text, the model survives a
//! JSON round trip unchanged, and nothing panics.

use briefing::model::{Document, Span};
use proptest::prelude::*;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 8, 6).unwrap()
}

fn check_spans(doc: &Document) -> Result<(), TestCaseError> {
    let ok = |s: &Span| doc.span_text(*s).is_some();
    let some_text = |s: Span| doc.span_text(s).is_some_and(|t| !t.is_empty());
    for f in &doc.figures {
        prop_assert!(some_text(f.span));
    }
    for d in &doc.dates {
        prop_assert!(some_text(d.span));
    }
    for q in &doc.quotes {
        prop_assert!(some_text(q.span));
    }
    for d in &doc.deadlines {
        prop_assert!(d.mentions.iter().all(ok));
    }
    for e in &doc.entities {
        prop_assert!(e.spans.iter().all(ok));
        prop_assert_eq!(e.mentions, e.spans.len());
    }
    Ok(())
}

/// Text that looks like news often enough to exercise every rule.
fn newsy() -> impl Strategy<Value = String> {
    let word = prop_oneof![
        Just("said".to_string()),
        Just("Mr".to_string()),
        Just("Putin".to_string()),
        Just("over".to_string()),
        Just("6,400".to_string()),
        Just("£1.2bn".to_string()),
        Just("Friday".to_string()),
        Just("by".to_string()),
        Just("August 8".to_string()),
        Just("\"".to_string()),
        Just("“".to_string()),
        Just("”".to_string()),
        Just("‘".to_string()),
        Just("’".to_string()),
        Just("deadline".to_string()),
        Just("two".to_string()),
        Just("days".to_string()),
        Just("before".to_string()),
        Just(".".to_string()),
        Just(",".to_string()),
        Just("\n\n".to_string()),
        Just("date 2025-08-06".to_string()),
        Just("#".to_string()),
        Just("%".to_string()),
        "[A-Z][a-z]{1,8}",
        "[a-z]{1,8}",
        "[0-9]{1,5}",
        "\\PC{1,3}",
    ];
    prop::collection::vec(word, 0..60).prop_map(|w| w.join(" "))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(256))]

    #[test]
    fn spans_are_exact_and_json_round_trips(text in newsy()) {
        let doc = briefing::load(text.as_bytes(), None, today()).unwrap();
        check_spans(&doc)?;
        let json = serde_json::to_string(&doc).unwrap();
        let back = briefing::load(json.as_bytes(), Some(briefing::ingest::Format::Json), today()).unwrap();
        prop_assert_eq!(back, doc);
    }

    #[test]
    fn arbitrary_unicode_never_breaks_spans(text in "\\PC*") {
        let doc = briefing::load(text.as_bytes(), None, today()).unwrap();
        check_spans(&doc)?;
    }

    /// The rules slice a paragraph's text at its tokens without checking: every token must
    /// cut it between characters, in order and within it.
    #[test]
    fn tokens_cut_any_text_between_characters(text in "\\PC*|[ -~\u{80}-\u{10ffff}]*") {
        let tokens = briefing::text::tokens::tokenize(&text);
        let mut previous_end = 0;
        for t in &tokens {
            let (start, end) = (t.start as usize, t.end as usize);
            prop_assert!(previous_end <= start && start < end && end <= text.len());
            prop_assert!(text.is_char_boundary(start) && text.is_char_boundary(end), "{:?}", t);
            previous_end = end;
        }
    }

    #[test]
    fn arbitrary_bytes_never_panic(bytes in prop::collection::vec(any::<u8>(), 0..400)) {
        if let Ok(doc) = briefing::load(&bytes, None, today()) {
            check_spans(&doc)?;
        }
    }
}
