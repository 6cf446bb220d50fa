//! Sentence boundaries within a paragraph, from its tokens.

use super::tokens::{Kind, Token};

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
        let t = &tokens[i];
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
            && !abbreviation_ends_anyway(text, tokens, i)
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

/// `Elders Futures Inc. He said …`, `Cargill Inc. Wheat futures rose`: the dot at `i`, after
/// an abbreviation, ends a sentence all the same when a word that only opens one follows a
/// company's or a month's, or any capitalised word but a title a company's legal form.
/// (Rare, so kept out of the loop over every stop.)
#[cold]
#[inline(never)]
fn abbreviation_ends_anyway(text: &str, tokens: &[Token], i: usize) -> bool {
    let Some(next) = tokens.get(i + 1).map(|n| n.text(text)) else {
        return false;
    };
    let before = tokens[i - 1].text(text);
    (may_end_a_sentence(before) && opens_sentences_only(next))
        || (ends_a_company(before) && opens_after_a_company(next))
}

/// An abbreviation that also ends sentences: a company suffix, a month, `Jr`.
fn may_end_a_sentence(word: &str) -> bool {
    matches!(
        word,
        "Co" | "Corp"
            | "Inc"
            | "Ltd"
            | "Jr"
            | "Sr"
            | "Jan"
            | "Feb"
            | "Mar"
            | "Apr"
            | "Jun"
            | "Jul"
            | "Aug"
            | "Sep"
            | "Sept"
            | "Oct"
            | "Nov"
            | "Dec"
    )
}

/// A company's legal form, which ends its name: `Cargill Inc.` (not `Co`, which `Ltd` may
/// follow: `Nippon Co. Ltd`).
fn ends_a_company(word: &str) -> bool {
    matches!(word, "Inc" | "Ltd" | "Corp" | "Plc")
}

/// A capitalised word after a company's `Inc.`, `Ltd.`: it opens a sentence (`Cargill Inc.
/// Wheat futures rose`), unless it is another legal form or a title that goes on the
/// sentence (`Acme Inc. Chairman John Smith said`).
fn opens_after_a_company(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
        && !matches!(
            word,
            "Ltd"
                | "Inc"
                | "Corp"
                | "Co"
                | "Plc"
                | "LLC"
                | "SA"
                | "AG"
                | "NV"
                | "BV"
                | "Chairman"
                | "President"
                | "Chief"
                | "Vice"
                | "Managing"
                | "Executive"
                | "Director"
                | "Spokesman"
                | "Spokeswoman"
        )
}

/// A capitalised word that is never inside a name, so opens a sentence when it follows a dot.
fn opens_sentences_only(word: &str) -> bool {
    matches!(
        word,
        "He" | "She"
            | "It"
            | "They"
            | "We"
            | "I"
            | "The"
            | "This"
            | "Its"
            | "His"
            | "Her"
            | "Their"
            | "But"
            | "In"
            | "A"
            | "Any"
            | "That"
            | "These"
            | "Those"
            | "There"
            | "Some"
            | "If"
            | "When"
            | "While"
            | "After"
            | "Under"
            | "Shares"
            | "Analysts"
            | "Last"
            | "Next"
            | "Earlier"
            | "Later"
            | "Meanwhile"
    )
}

/// A word that opens a sentence after initials' dot (`the U.S. Last year`); not `Under`,
/// which opens a title after them (`U.S. Under Secretary of State`). The dot is the word's
/// own, so the splitter above, which looks only at stops, does not ask it: the name rules
/// do, where a name might run on past it.
pub fn initials_end_before(word: &str) -> bool {
    opens_sentences_only(word) && word != "Under"
}

/// A word a dot follows without ending the sentence: a title, a company suffix, a month, or a
/// single capital (an initial).
fn is_abbreviation(word: &str) -> bool {
    let mut one = word.chars();
    if let (Some(c), None) = (one.next(), one.next()) {
        return c.is_uppercase();
    }
    // Lower-cased on the stack: this runs for every full stop of a briefing.
    let mut lower = [0u8; 6];
    let Some(lower) = lower.get_mut(..word.len()) else {
        return false;
    };
    lower.copy_from_slice(word.as_bytes());
    lower.make_ascii_lowercase();
    matches!(
        &*lower,
        b"mr"
            | b"mrs"
            | b"ms"
            | b"dr"
            | b"st"
            | b"prof"
            | b"gen"
            | b"sen"
            | b"rep"
            | b"gov"
            | b"lt"
            | b"col"
            | b"capt"
            | b"sgt"
            | b"jr"
            | b"sr"
            | b"co"
            | b"corp"
            | b"inc"
            | b"ltd"
            | b"jan"
            | b"feb"
            | b"mar"
            | b"apr"
            | b"jun"
            | b"jul"
            | b"aug"
            | b"sep"
            | b"sept"
            | b"oct"
            | b"nov"
            | b"dec"
            | b"vs"
            | b"mt"
            | b"ft"
            | b"rev"
            | b"hon"
            | b"approx"
    )
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

    #[test]
    fn a_company_s_dot_ends_a_sentence_before_a_pronoun() {
        assert_eq!(
            sentences("Ask Elders Futures Inc. He said so. Acme Inc. Chairman Bo Li agreed. It beat Chrysler Corp. Any deal helps."),
            [
                "Ask Elders Futures Inc.",
                "He said so.",
                "Acme Inc. Chairman Bo Li agreed.",
                "It beat Chrysler Corp.",
                "Any deal helps."
            ]
        );
        // After a legal form, any capitalised word but another legal form or a title.
        assert_eq!(
            sentences("It sold wheat to Cargill Inc. Wheat futures rose. It hired Jardine Fleming and Co Ltd. Acceptances are due. It owns Nippon Co. Ltd shares."),
            [
                "It sold wheat to Cargill Inc.",
                "Wheat futures rose.",
                "It hired Jardine Fleming and Co Ltd.",
                "Acceptances are due.",
                "It owns Nippon Co. Ltd shares."
            ]
        );
        // (A word that says when, too.)
        assert_eq!(
            sentences("It sold Acme Corp. Last year it lost."),
            ["It sold Acme Corp.", "Last year it lost."]
        );
    }
}
