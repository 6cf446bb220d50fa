//! A single-pass tokenizer that keeps byte offsets: words (with inner apostrophes, hyphens and
//! initialism dots: `doesn’t`, `clay-courters`, `U.S.`), numbers (`6,400`, `28.1`), and single
//! punctuation characters.

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Word,
    Number,
    Punct,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Token {
    pub start: usize,
    pub end: usize,
    pub kind: Kind,
}

impl Token {
    pub fn text<'a>(&self, s: &'a str) -> &'a str {
        &s[self.start..self.end]
    }

    pub fn is_word(&self) -> bool {
        self.kind == Kind::Word
    }

    pub fn is_punct(&self, s: &str, c: char) -> bool {
        self.kind == Kind::Punct && s[self.start..self.end].starts_with(c)
    }
}

fn is_word_char(c: char) -> bool {
    c.is_alphanumeric() || is_mark(c)
}

fn is_mark(c: char) -> bool {
    matches!(c, '\u{300}'..='\u{36F}' | '\u{200D}' | '\u{FE0F}')
}

pub fn tokenize(s: &str) -> Vec<Token> {
    let mut tokens = Vec::with_capacity(s.len() / 5);
    let bytes = s.as_bytes();
    let mut i = 0;
    while i < s.len() {
        let c = match s[i..].chars().next() {
            Some(c) => c,
            None => break,
        };
        let len = c.len_utf8();
        if c.is_whitespace() {
            i += len;
            continue;
        }
        if c.is_ascii_digit() {
            let mut j = i + 1;
            while j < s.len() {
                let b = bytes[j];
                if b.is_ascii_digit()
                    || ((b == b',' || b == b'.')
                        && bytes.get(j + 1).is_some_and(u8::is_ascii_digit))
                {
                    j += 1;
                } else {
                    break;
                }
            }
            tokens.push(Token {
                start: i,
                end: j,
                kind: Kind::Number,
            });
            i = j;
            continue;
        }
        if is_word_char(c) {
            let j = word_end(s, i);
            tokens.push(Token {
                start: i,
                end: j,
                kind: Kind::Word,
            });
            i = j;
            continue;
        }
        tokens.push(Token {
            start: i,
            end: i + len,
            kind: Kind::Punct,
        });
        i += len;
    }
    tokens
}

fn word_end(s: &str, start: usize) -> usize {
    let mut j = start;
    let mut chars = s[start..].char_indices().peekable();
    let mut letters = 0;
    while let Some((off, c)) = chars.next() {
        if is_word_char(c) {
            letters += 1;
            j = start + off + c.len_utf8();
            continue;
        }
        let next = chars.peek().map(|&(_, n)| n);
        let joins = matches!(c, '\'' | '’' | '-' | '‐' | '.' | '&')
            && next.is_some_and(|n| n.is_alphabetic());
        if !joins {
            break;
        }
        if c == '.' {
            // Only initialisms (`U.S.`, `p.m.`): a dot after a single letter.
            let prev_single = letters == 1;
            if !prev_single {
                break;
            }
            let rest = &s[start + off + 1..];
            let mut it = rest.chars();
            let (Some(a), Some('.')) = (it.next(), it.next()) else {
                break;
            };
            if !a.is_alphabetic() {
                break;
            }
            j = start + off + 1 + a.len_utf8() + 1;
            // consume the pair and continue with further pairs
            chars.next();
            chars.next();
            letters = 1;
            continue;
        }
        if c == '&' && letters > 3 {
            break;
        }
        letters = 0;
        j = start + off + c.len_utf8();
    }
    j
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
    fn unicode_words() {
        assert_eq!(
            texts("Zelenskyy café 東京 x"),
            ["Zelenskyy", "café", "東京", "x"]
        );
    }
}
