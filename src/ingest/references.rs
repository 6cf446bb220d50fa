//! Character references that plain text keeps from the markup it was cut from: wire copy
//! taken from SGML writes `Texaco Inc &lt;TX>` and `Standard &amp; Poor's`. They are read as
//! the characters they stand for; anything else with an `&` is left as written (`AT&T`).

use std::borrow::Cow;

/// `s` with its character references replaced (borrowed when it has none).
pub fn unescape(s: &str) -> Cow<'_, str> {
    // The standard library's search, not the memchr crate's: that one asks the processor
    // for its features the first time, a few costly instructions on a virtual machine, in
    // the start of every run.
    if !s.as_bytes().contains(&b'&') {
        return Cow::Borrowed(s);
    }
    let mut out = String::with_capacity(s.len());
    let mut rest = s;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let from_amp = &rest[at..];
        match reference(from_amp) {
            Some((c, len)) => {
                out.push(c);
                rest = &from_amp[len..];
            }
            None => {
                out.push('&');
                rest = &from_amp[1..];
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// The character a reference opening `s` (at its `&`) stands for, and the reference's length.
/// (A control it names is made visible later, as any other: see `clean::display_text`.)
fn reference(s: &str) -> Option<(char, usize)> {
    // The longest is `&#x10FFFF;`.
    let semi = s.bytes().take(10).position(|b| b == b';')?;
    let name = s.get(1..semi)?;
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        _ => {
            let number = name.strip_prefix('#')?;
            let code = match number.strip_prefix(['x', 'X']) {
                Some(hex) if hex.bytes().all(|b| b.is_ascii_hexdigit()) => {
                    u32::from_str_radix(hex, 16).ok()?
                }
                None if number.bytes().all(|b| b.is_ascii_digit()) => number.parse().ok()?,
                _ => return None,
            };
            char::from_u32(code)?
        }
    };
    Some((c, semi + 1))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn named_and_numbered_references_are_their_characters() {
        assert_eq!(
            unescape("Texaco Inc &lt;TX> &amp; Standard &amp; Poor&#39;s &#x2018;buy&#8217;"),
            "Texaco Inc <TX> & Standard & Poor's ‘buy’"
        );
        assert_eq!(unescape("a&nbsp;b &quot;c&quot; &gt;"), "a b \"c\" >");
    }

    #[test]
    fn an_ampersand_that_opens_no_reference_stays() {
        for s in [
            "AT&T",
            "R&D; costs",
            "&",
            "x &;",
            "&#;",
            "&#x;",
            "&#12a;",
            "&#+5;",
            "&bogus;",
            "&#1114112;",
            "&amp",
        ] {
            assert_eq!(unescape(s), s, "{s}");
        }
        assert!(matches!(unescape("no references"), Cow::Borrowed(_)));
    }
}
