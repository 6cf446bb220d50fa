//! The seed end to end: what a reader should get out of it (see also shared/gold/seed.json).

use briefing::model::{CalendarDate, Document};

fn seed() -> Document {
    let bytes = std::fs::read(concat!(
        env!("CARGO_MANIFEST_DIR"),
        "/seeds/000_705664b66eb5bc4c.txt"
    ))
    .unwrap();
    // A reference date far from the dateline: the dateline must win.
    briefing::load(
        &bytes,
        None,
        chrono::NaiveDate::from_ymd_opt(2030, 1, 1).unwrap(),
    )
    .unwrap()
}

#[test]
fn seed_figures() {
    let doc = seed();
    let got: Vec<(f64, Option<&str>, Option<&str>)> = doc
        .figures
        .iter()
        .map(|f| (f.value, f.unit.as_deref(), f.qualifier.as_deref()))
        .collect();
    assert_eq!(
        got,
        [
            (3.0, Some("hours"), None),
            (2.0, Some("killed"), None),
            (12.0, Some("wounded"), None),
            (6400.0, Some("missiles and drones"), Some("over")),
            (2.0, Some("nuclear submarines"), None),
        ]
    );
    assert_eq!(
        doc.span_text(doc.figures[3].span),
        Some("over 6,400 missiles and drones")
    );
}

#[test]
fn seed_dates_and_the_one_deadline() {
    let doc = seed();
    let dates: Vec<(&str, String)> = doc
        .dates
        .iter()
        .map(|d| (doc.span_text(d.span).unwrap_or(""), d.date.to_string()))
        .collect();
    assert!(dates.contains(&("Wednesday", "2025-08-06".into())));
    assert!(dates.contains(&("August 8", "2025-08-08".into())));
    assert!(dates.contains(&("Friday", "2025-08-08".into())));
    assert!(dates.contains(&("July", "2025-07".into())));
    assert_eq!(doc.deadlines.len(), 1);
    let d = &doc.deadlines[0];
    assert_eq!(CalendarDate::Day(d.due).to_string(), "2025-08-08");
    let mentions: Vec<&str> = d
        .mentions
        .iter()
        .map(|m| doc.span_text(*m).unwrap())
        .collect();
    assert_eq!(
        mentions,
        [
            "two days before President Trump’s deadline",
            "August 8",
            "Friday"
        ]
    );
    assert!(
        d.label.contains("deadline for a Ukraine ceasefire"),
        "{}",
        d.label
    );
}

#[test]
fn seed_quotes_and_speakers() {
    let doc = seed();
    let major: Vec<(&str, Option<&str>)> = doc
        .quotes
        .iter()
        .filter(|q| !q.minor)
        .map(|q| (doc.span_text(q.span).unwrap_or(""), q.speaker.as_deref()))
        .collect();
    assert_eq!(
        major,
        [
            ("constructive and useful", Some("Kremlin")),
            ("Dialogue will prevail", Some("Kirill Dmitriev")),
            ("cruelty to intimidate", Some("Zelenskyy")),
            (
                "Russia will only genuinely seek peace once they feel adequate pressure",
                Some("Zelenskyy")
            ),
        ]
    );
}

#[test]
fn seed_entities_merge_and_skip_junk() {
    let doc = seed();
    let names: Vec<&str> = doc.entities.iter().map(|e| e.name.as_str()).collect();
    for want in [
        "Vladimir Putin",
        "Steve Witkoff",
        "Kirill Dmitriev",
        "Trump",
        "Kremlin",
        "NATO",
        "Moscow",
        "Gaza",
    ] {
        assert!(names.contains(&want), "{want} missing from {names:?}");
    }
    for junk in [
        "Putin",
        "Though",
        "Meanwhile",
        "Dialogue",
        "Wednesday",
        "President",
    ] {
        assert!(!names.contains(&junk), "{junk} should not be an entity");
    }
    let putin = doc
        .entities
        .iter()
        .find(|e| e.name == "Vladimir Putin")
        .unwrap();
    assert_eq!(
        putin.mentions, 5,
        "headline, standfirst and three in the body"
    );
}

#[test]
fn every_finding_in_the_json_carries_the_text_of_its_span() {
    let doc = seed();
    let json = serde_json::to_value(&doc).unwrap();
    let paragraphs = json["paragraphs"].as_array().unwrap();
    for list in ["figures", "dates", "quotes"] {
        let items = json[list].as_array().unwrap();
        assert!(!items.is_empty(), "{list}");
        for item in items {
            let at = |k: &str| item[k].as_u64().unwrap() as usize;
            let paragraph = paragraphs[at("paragraph")]["text"].as_str().unwrap();
            let text = item["text"].as_str().unwrap();
            assert!(!text.is_empty(), "{list}: {item}");
            assert_eq!(text, &paragraph[at("start")..at("end")], "{list}: {item}");
        }
    }
}

#[test]
fn extraction_is_deterministic() {
    assert_eq!(seed(), seed());
}
