//! A single-pass tokenizer that keeps byte offsets: words (with inner apostrophes, hyphens and
//! initialism dots: `doesn’t`, `clay-courters`, `U.S.`), numbers (`6,400`, `28.1`), and single
//! punctuation characters.

use super::ascii8;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

/// Twelve bytes: a paragraph has a token for every five or six bytes of text, and tokens are
/// written and read by every rule, so their size is memory traffic. Byte offsets are `u32`
/// (sources stop far below 4 GiB); read them as `usize` with [`Token::range`].
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: u32,
    pub end: u32,
    pub kind: Kind,
    /// A word whose first letter is a capital: the name rules ask for every token.
    pub capitalised: bool,
    /// A word with an ASCII capital after its first character (`eBay`, `McDonald`): the
    /// name rules look inside a lower-case word only when it has one.
    pub inner_capital: bool,
}

impl Token {
    pub fn range(&self) -> std::ops::Range<usize> {
        self.start as usize..self.end as usize
    }

    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.range()]
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, s: &str, c: char) -> bool {
        self.kind == Kind::Punct && s[self.range()].starts_with(c)
    }
}

fn is_word_char(c: char) -> bool {
    if c.is_ascii() {
        c.is_ascii_alphanumeric()
    } else {
        c.is_alphanumeric() || is_mark(c)
    }
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{200D}' | '\u{FE0F}')
}

/// The character starting at byte `k`, decoding only when it is not ASCII (most news text is).
fn char_at(s: &str, k: usize) -> Option<char> {
    let b = *s.as_bytes().get(k)?;
    if b.is_ascii() {
        Some(b as char)
    } else {
        s.get(k..)?.chars().next()
    }
}

pub fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(s.len() / 5);
    tokenize_into(s, &mut tokens);
    tokens
}

/// What an ASCII byte starts: the tokenizer's first question about every character.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Starts {
    Space,
    Number,
    Word,
    Punct,
    /// Not ASCII: the character is decoded.
    Other,
}

static ASCII_STARTS: [Starts; 256] = {
    let mut table = [Starts::Other; 256];
    let mut b = 0;
    while b < 128 {
        let byte = b as u8;
        table[b] = if byte.is_ascii_whitespace() || byte == 0x0b {
            Starts::Space
        } else if byte.is_ascii_digit() {
            Starts::Number
        } else if byte.is_ascii_alphabetic() {
            Starts::Word
        } else {
            Starts::Punct
        };
        b += 1;
    }
    table
};

/// Tokenize into `tokens` (cleared first), reusing its allocation.
pub fn tokenize_into(s: &str, tokens: &mut Vec<Token>) {
    tokens.clear();
    let bytes = s.as_bytes();
    let mut i = 0;
    while let Some(&b) = bytes.get(i) {
        // The kind of token, whether it is capitalised, and the length of its first character.
        let (kind, capitalised, len) = match ASCII_STARTS[b as usize] {
            Starts::Space => {
                i += 1;
                continue;
            }
            Starts::Number => (Kind::Number, false, 1),
            Starts::Word => (Kind::Word, b.is_ascii_uppercase(), 1),
            Starts::Punct => (Kind::Punct, false, 1),
            Starts::Other => {
                let Some(c) = char_at(s, i) else {
                    break;
                };
                let len = c.len_utf8();
                if c.is_whitespace() {
                    i += len;
                    continue;
                }
                if is_word_char(c) {
                    (Kind::Word, c.is_uppercase(), len)
                } else {
                    (Kind::Punct, false, len)
                }
            }
        };
        let (end, inner_capital) = match kind {
            Kind::Word => word_end(s, i, len),
            Kind::Number => (number_end(bytes, i), false),
            Kind::Punct => (i + len, false),
        };
        tokens.push(Token {
            start: i as u32,
            end: end as u32,
            kind,
            capitalised,
            inner_capital,
        });
        i = end;
    }
}

/// Where the number starting at `start` ends: digits, with `,` and `.` between digits.
fn number_end(bytes: &[u8], start: usize) -> usize {
    let mut j = start + 1;
    while let Some(&b) = bytes.get(j) {
        let joins = (b == b',' || b == b'.') && bytes.get(j + 1).is_some_and(u8::is_ascii_digit);
        if !(b.is_ascii_digit() || joins) {
            break;
        }
        j += 1;
    }
    j
}

/// Where the run of ASCII letters and digits from `k` ends, and whether it holds a capital.
/// Eight bytes are classified at once: a word ends without the mispredicted branch a
/// byte-by-byte loop takes at its end.
fn alnum_run_end(bytes: &[u8], mut k: usize) -> (usize, bool) {
    let mut capital = false;
    while let Some(x) = ascii8::load(bytes, k) {
        let run = alnum_prefix(x);
        // (The run's bytes only: a mask of the `run` lowest bytes.)
        let in_run = u64::MAX.checked_shr(64 - 8 * run as u32).unwrap_or(0);
        capital |= ascii8::upper(x) & in_run != 0;
        k += run;
        if run < 8 {
            return (k, capital);
        }
    }
    while let Some(b) = bytes.get(k).filter(|b| b.is_ascii_alphanumeric()) {
        capital |= b.is_ascii_uppercase();
        k += 1;
    }
    (k, capital)
}

/// How many of the eight bytes of `x` (first byte lowest) are ASCII letters or digits
/// before the first that is not.
fn alnum_prefix(x: u64) -> usize {
    let stop = !ascii8::alnum(x) & ascii8::HIGH;
    (stop.trailing_zeros() / 8) as usize
}

/// Where the word starting at `start` (with a first character `first_len` bytes long) ends:
/// letters and digits, joined by inner apostrophes, hyphens and `&` before a letter, and
/// initialism dots; and whether it has an ASCII capital after its first character.
fn word_end(s: &str, start: usize, first_len: usize) -> (usize, bool) {
    let bytes = s.as_bytes();
    let mut k = start + first_len;
    let mut letters = 1;
    let mut inner_capital = false;
    loop {
        // ASCII letters and digits, most of any word, eight bytes at a time.
        let run_start = k;
        let capital;
        (k, capital) = alnum_run_end(bytes, k);
        inner_capital |= capital;
        letters += k - run_start;
        // Most words end at a space or a comma: no character to decode.
        match bytes.get(k) {
            None => return (k, inner_capital),
            Some(&b) if b.is_ascii() && !matches!(b, b'\'' | b'-' | b'.' | b'&') => {
                return (k, inner_capital)
            }
            _ => {}
        }
        let Some(c) = char_at(s, k) else {
            return (k, inner_capital);
        };
        let len = c.len_utf8();
        if is_word_char(c) {
            letters += 1;
            k += len;
            continue;
        }
        let joins = matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
            && char_at(s, k + len).is_some_and(char::is_alphabetic);
        if !joins {
            return (k, inner_capital);
        }
        if c == '.' {
            // Only initialisms (`U.S.`, `p.m.`): a dot after a single letter, then a letter
            // and its dot.
            if letters != 1 {
                return (k, inner_capital);
            }
            let mut rest = s[k + 1..].chars();
            let (Some(a), Some('.')) = (rest.next(), rest.next()) else {
                return (k, inner_capital);
            };
            if !a.is_alphabetic() {
                return (k, inner_capital);
            }
            inner_capital |= a.is_ascii_uppercase();
            k += 1 + a.len_utf8() + 1;
            letters = 1;
            continue;
        }
        if c == '&' && letters > 3 {
            return (k, inner_capital);
        }
        letters = 0;
        k += len;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s).iter().map(|t| t.text(s)).collect()
    }

    #[test]
    fn words_numbers_punctuation() {
        assert_eq!(
            texts("over 6,400 missiles, at £1.2bn (28.1%)."),
            [
                "over", "6,400", "missiles", ",", "at", "£", "1.2", "bn", "(", "28.1", "%", ")",
                "."
            ]
        );
    }

    #[test]
    fn inner_apostrophes_hyphens_initialisms() {
        assert_eq!(
            texts("Trump’s clay-courters doesn't U.S. plants 60-day"),
            [
                "Trump’s",
                "clay-courters",
                "doesn't",
                "U.S.",
                "plants",
                "60",
                "-",
                "day"
            ]
        );
    }

    #[test]
    fn eight_bytes_at_once_agree_with_one_at_a_time() {
        for b in 0..=255u8 {
            for at in 0..8 {
                let mut eight = *b"abcdefgh";
                eight[at] = b;
                let want = if b.is_ascii_alphanumeric() { 8 } else { at };
                assert_eq!(
                    alnum_prefix(u64::from_le_bytes(eight)),
                    want,
                    "{b:#x} at {at}"
                );
            }
        }
        assert_eq!(alnum_run_end(b"Zelenskyy1234567890 x", 0), (19, true));
        assert_eq!(alnum_run_end(b"zelenskyy1234567890 X", 0), (19, false));
        assert_eq!(alnum_run_end(b"eBay", 0), (4, true));
    }

    #[test]
    fn every_ascii_byte_starts_what_its_character_does() {
        for b in 0..128u8 {
            let c = b as char;
            let want = if c.is_whitespace() {
                Starts::Space
            } else if c.is_ascii_digit() {
                Starts::Number
            } else if is_word_char(c) {
                Starts::Word
            } else {
                Starts::Punct
            };
            assert!(ASCII_STARTS[b as usize] == want, "{b:#x}");
        }
        assert!(ASCII_STARTS[0x80..].iter().all(|&s| s == Starts::Other));
        assert_eq!(texts("a\x0bb\x1fc"), ["a", "b", "\x1f", "c"]);
    }

    #[test]
    fn a_capital_inside_a_word_is_marked() {
        let s = "eBay McDonald’s Tesco iPod clay-Courters ÉtienneX 5G U.S.";
        let inner: Vec<(&str, bool)> = tokenize(s)
            .iter()
            .map(|t| (t.text(s), t.inner_capital))
            .collect();
        assert_eq!(
            inner,
            [
                ("eBay", true),
                ("McDonald’s", true),
                ("Tesco", false),
                ("iPod", true),
                ("clay-Courters", true),
                ("ÉtienneX", true),
                ("5", false),
                ("G", false),
                ("U.S.", true),
            ]
        );
    }

    #[test]
    fn unicode_words() {
        assert_eq!(
            texts("Zelenskyy café 東京 x"),
            ["Zelenskyy", "café", "東京", "x"]
        );
    }
}
