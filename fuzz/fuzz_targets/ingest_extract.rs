//! Arbitrary bytes through ingest and extraction: no panic, every span points at its text,
//! and the JSON model reads back to the same model.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    let today = chrono::NaiveDate::from_ymd_opt(2025, 8, 6).unwrap();
    let Ok(doc) = briefing::load(data, None, today) else {
        return;
    };
    for f in &doc.figures {
        assert_eq!(doc.span_text(f.span), Some(f.text.as_str()));
    }
    for q in &doc.quotes {
        assert_eq!(doc.span_text(q.span), Some(q.text.as_str()));
    }
    for d in &doc.dates {
        assert_eq!(doc.span_text(d.span), Some(d.text.as_str()));
    }
    let json = serde_json::to_vec(&doc).unwrap();
    let back = briefing::load(&json, Some(briefing::ingest::Format::Json), today).unwrap();
    assert_eq!(back, doc);
});
