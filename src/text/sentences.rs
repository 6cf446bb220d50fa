//! Sentence boundaries within a paragraph, from its tokens.

use super::tokens::{Kind, Token};

const ABBREVIATIONS: &[&str] = &[
    "mr", "mrs", "ms", "dr", "st", "prof", "gen", "sen", "rep", "gov", "lt", "col", "capt", "sgt",
    "jr", "sr", "co", "corp", "inc", "ltd", "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep",
    "sept", "oct", "nov", "dec", "vs", "mt", "ft", "rev", "hon", "gov", "approx",
];

/// Sentence ranges as token index ranges `[start, end)`.
pub fn split(text: &str, tokens: &[Token]) -> Vec<(usize, usize)> {
    let mut out = Vec::new();
    split_into(text, tokens, &mut out);
    out
}

/// Sentence ranges into `out` (cleared first), reusing its allocation.
pub fn split_into(text: &str, tokens: &[Token], out: &mut Vec<(usize, usize)>) {
    out.clear();
    let mut start = 0;
    let mut i = 0;
    while i < tokens.len() {
        let t = tokens[i];
        let is_stop = t.kind == Kind::Punct && matches!(t.text(text), "." | "!" | "?" | "…");
        if !is_stop {
            i += 1;
            continue;
        }
        let number_sign = i > 0
            && tokens[i - 1].text(text) == "No"
            && tokens.get(i + 1).is_some_and(|n| n.kind == Kind::Number);
        if t.text(text) == "."
            && i > 0
            && (is_abbreviation(tokens[i - 1].text(text)) || number_sign)
            && tokens[i - 1].end == t.start
        {
            i += 1;
            continue;
        }
        // Closing quotes and brackets stay with the sentence they close.
        let mut end = i + 1;
        while end < tokens.len()
            && tokens[end].start == tokens[end - 1].end
            && matches!(tokens[end].text(text), "\"" | "”" | "’" | "'" | ")" | "]")
        {
            end += 1;
        }
        let next_starts = match tokens.get(end) {
            None => true,
            Some(n) => {
                let spaced = n.start > tokens[end - 1].end;
                let first = n.text(text).chars().next().unwrap_or(' ');
                spaced
                    && (first.is_uppercase()
                        || first.is_ascii_digit()
                        || matches!(first, '"' | '“' | '‘' | '\'' | '('))
            }
        };
        if next_starts {
            out.push((start, end));
            start = end;
        }
        i = end;
    }
    if start < tokens.len() {
        out.push((start, tokens.len()));
    }
}

fn is_abbreviation(word: &str) -> bool {
    ABBREVIATIONS.iter().any(|a| a.eq_ignore_ascii_case(word))
        || (word.chars().count() == 1 && word.chars().all(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::tokens::tokenize;

    fn sentences(s: &str) -> Vec<String> {
        let t = tokenize(s);
        split(s, &t)
            .into_iter()
            .map(|(a, b)| s[t[a].start as usize..t[b - 1].end as usize].to_string())
            .collect()
    }

    #[test]
    fn splits_on_terminal_punctuation() {
        assert_eq!(
            sentences("Mr. Smith left. He said \"no.\" Then U.S. Steel rose 5%."),
            [
                "Mr. Smith left.",
                "He said \"no.\"",
                "Then U.S. Steel rose 5%."
            ]
        );
    }

    #[test]
    fn does_not_split_before_lowercase() {
        assert_eq!(
            sentences("It was 5 p.m. on the dot. Yes."),
            ["It was 5 p.m. on the dot.", "Yes."]
        );
    }
}
