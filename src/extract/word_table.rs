//! Word lists from `assets/` as lookup tables laid out by `build.rs`: open addressing over
//! the words' text, so a table is read-only data that costs nothing when `brief` starts.
//! (Built at run time, the gazetteer's map took a tenth of a millisecond before the first
//! frame.)

use super::word_hash::word_hash;

/// A set of words, each with a small value.
pub struct WordTable {
    /// Every word of the table, one after another.
    text: &'static str,
    /// A power of two of slots, `(start, len, value)` of the word in `text`; an empty slot has
    /// `len == 0`. A word sits in the first free slot from its hash on (linear probing).
    slots: &'static [(u32, u8, u8)],
}

impl WordTable {
    pub const fn new(text: &'static str, slots: &'static [(u32, u8, u8)]) -> Self {
        WordTable { text, slots }
    }

    /// The value stored with `word`, if it is in the table.
    #[inline]
    pub fn value(&self, word: &str) -> Option<u8> {
        let mask = self.slots.len().checked_sub(1)?;
        // (The table is at most half full, so a missing word meets an empty slot soon.)
        let mut i = word_hash(word) as usize & mask;
        loop {
            let &(start, len, value) = self.slots.get(i)?;
            if len == 0 {
                return None;
            }
            let start = start as usize;
            if usize::from(len) == word.len()
                && self.text.as_bytes().get(start..start + word.len()) == Some(word.as_bytes())
            {
                return Some(value);
            }
            i = (i + 1) & mask;
        }
    }

    pub fn contains(&self, word: &str) -> bool {
        self.value(word).is_some()
    }
}

#[cfg(test)]
mod tests {
    use crate::extract::lexicon::{gazetteer, gender_of, is_given_name, Gender, GAZETTEER};
    use crate::model::EntityKind;

    #[test]
    fn every_name_of_the_gazetteer_is_found_with_its_kind() {
        let list = include_str!("../../assets/gazetteer.tsv");
        let mut names = 0;
        for (kind, name) in list.lines().filter_map(|l| l.split_once('\t')) {
            let kind = match kind {
                "place" | "country" => EntityKind::Place,
                "organization" => EntityKind::Organization,
                _ => EntityKind::Other,
            };
            assert_eq!(gazetteer().get(name.trim()), Some(&kind), "{name}");
            names += 1;
        }
        assert!(names > 1000, "{names} names read");
    }

    #[test]
    fn an_acronym_in_title_case_and_a_curly_apostrophe_are_found_too() {
        assert_eq!(gazetteer().get("Opec"), Some(&EntityKind::Organization));
        assert_eq!(
            gazetteer().get("McDonald’s"),
            Some(&EntityKind::Organization)
        );
        assert_eq!(
            gazetteer().get("McDonald's"),
            Some(&EntityKind::Organization)
        );
    }

    #[test]
    fn a_word_not_listed_is_not_found() {
        for word in ["", "Atlantis", "opec", "Franc", "Francee", "F", "ÉÉÉ"] {
            assert!(!gazetteer().contains_key(word), "{word}");
        }
        assert!(!gazetteer().contains_key(&"France ".repeat(60)));
        assert!(GAZETTEER.contains("France"));
    }

    #[test]
    fn given_names_say_a_gender_only_when_they_nearly_always_do() {
        assert!(is_given_name("Charles") && is_given_name("Lynn") && is_given_name("Ruth"));
        assert!(!is_given_name("Charle") && !is_given_name("Kremlin"));
        assert_eq!(gender_of("Ruth"), Some(Gender::Female));
        assert_eq!(gender_of("Charles"), Some(Gender::Male));
        assert_eq!(gender_of("Lynn"), None);
    }
}
