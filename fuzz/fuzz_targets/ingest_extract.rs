//! Arbitrary bytes through ingest and extraction: no panic, every finding's span points at text,
//! and the JSON model reads back to the same model.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2025, 8, 6).unwrap();
    let Ok(doc) = briefing::load(data, None, today) else {
        return;
    };
    let has_text = |s| doc.span_text(s).is_some_and(|t| !t.is_empty());
    assert!(doc.figures.iter().all(|f| has_text(f.span)));
    assert!(doc.quotes.iter().all(|q| has_text(q.span)));
    assert!(doc.dates.iter().all(|d| has_text(d.span)));
    let json = serde_json::to_vec(&doc).unwrap();
    let back = briefing::load(&json, Some(briefing::ingest::Format::Json), today).unwrap();
    assert_eq!(back, doc);
});
