//! Lays out the word lists of `assets/` as read-only lookup tables (see
//! `src/extract/word_table.rs`), so that no map is built when `brief` starts.

#[path = "src/extract/word_hash.rs"]
mod word_hash;

use std::collections::HashMap;
use std::fmt::Write as _;

fn main() {
    println!("cargo:rerun-if-changed=assets/gazetteer.tsv");
    println!("cargo:rerun-if-changed=assets/given_names.txt");
    println!("cargo:rerun-if-changed=src/extract/word_hash.rs");
    let mut out = String::new();
    let gazetteer = std::fs::read_to_string("assets/gazetteer.tsv").expect("assets/gazetteer.tsv");
    table(&mut out, "GAZETTEER", gazetteer_words(&gazetteer));
    let names = std::fs::read_to_string("assets/given_names.txt").expect("assets/given_names.txt");
    table(&mut out, "GIVEN_NAMES", given_names(&names));
    let dir = std::env::var("OUT_DIR").expect("cargo sets OUT_DIR");
    std::fs::write(format!("{dir}/word_tables.rs"), out).expect("writing the word tables");
}

/// Gazetteer names and their kinds: 0 a place, 1 an organisation, 2 a demonym, 3 a country.
fn gazetteer_words(list: &str) -> Vec<(String, u8)> {
    let mut words = Vec::new();
    for line in list.lines() {
        let Some((kind, name)) = line.split_once('\t') else {
            continue;
        };
        let kind = match kind {
            "place" => 0,
            "organization" => 1,
            "demonym" => 2,
            "country" => 3,
            _ => continue,
        };
        let name = name.trim();
        // `Opec`, `Nato`, `Unicef`: British papers write an acronym said as a word in title
        // case.
        if name.len() >= 4 && name.bytes().all(|b| b.is_ascii_uppercase()) {
            words.push((
                name[..1].to_string() + &name[1..].to_ascii_lowercase(),
                kind,
            ));
        }
        // `McDonald’s`: the name with a typographic apostrophe, as BBC copy has it.
        if name.contains('\'') {
            words.push((name.replace('\'', "’"), kind));
        }
        words.push((name.to_string(), kind));
    }
    words
}

/// Given names and the gender they say: 0 either, 1 a man's, 2 a woman's.
fn given_names(list: &str) -> Vec<(String, u8)> {
    list.lines()
        .filter(|l| !l.starts_with('#') && !l.is_empty())
        .map(|l| {
            let (name, gender) = l.split_once('\t').unwrap_or((l, ""));
            let gender = match gender {
                "m" => 1,
                "f" => 2,
                _ => 0,
            };
            (name.to_string(), gender)
        })
        .collect()
}

/// Write `static NAME: WordTable` holding `words` (a word listed twice keeps its last value).
fn table(out: &mut String, name: &str, words: Vec<(String, u8)>) {
    let mut last: HashMap<String, u8> = HashMap::new();
    let mut order = Vec::new();
    for (word, value) in words {
        assert!(
            (1..=255).contains(&word.len()),
            "{name}: a word of 1 to 255 bytes: {word:?}"
        );
        if last.insert(word.clone(), value).is_none() {
            order.push(word);
        }
    }
    // At most half full: a word that is missing meets an empty slot after a probe or two.
    let size = (order.len() * 2).next_power_of_two();
    let mut slots = vec![(0u32, 0u8, 0u8); size];
    let mut text = String::new();
    for word in &order {
        let mut i = word_hash::word_hash(word) as usize & (size - 1);
        while slots[i].1 != 0 {
            i = (i + 1) & (size - 1);
        }
        slots[i] = (text.len() as u32, word.len() as u8, last[word]);
        text.push_str(word);
    }
    let _ = write!(
        out,
        "pub static {name}: WordTable = WordTable::new({text:?}, &["
    );
    for (start, len, value) in slots {
        let _ = write!(out, "({start},{len},{value}),");
    }
    out.push_str("]);\n");
}
