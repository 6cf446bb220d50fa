//! Bytes to text: BOMs, UTF-16, lossy UTF-8, and refusing binary input.

use std::borrow::Cow;

/// Text decoded from a file, with notes for the status bar when decoding was not clean.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Decoded<'a> {
    /// Borrowed when the bytes were already valid UTF-8: a large file is not copied.
    pub text: Cow<'a, str>,
    pub notes: Vec<String>,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum DecodeError {
    /// NUL bytes outside a UTF-16 file: this is not a briefing.
    Binary,
}

pub fn decode(bytes: &[u8]) -> Result<Decoded<'_>, DecodeError> {
    let mut notes = Vec::new();
    if let Some(rest) = bytes.strip_prefix(&[0xFF, 0xFE]) {
        notes.push("decoded from UTF-16".to_string());
        return Ok(Decoded {
            text: Cow::Owned(utf16(rest, u16::from_le_bytes, &mut notes)),
            notes,
        });
    }
    if let Some(rest) = bytes.strip_prefix(&[0xFE, 0xFF]) {
        notes.push("decoded from UTF-16".to_string());
        return Ok(Decoded {
            text: Cow::Owned(utf16(rest, u16::from_be_bytes, &mut notes)),
            notes,
        });
    }
    let bytes = bytes.strip_prefix(&[0xEF, 0xBB, 0xBF]).unwrap_or(bytes);
    if memchr(0, bytes) {
        return Err(DecodeError::Binary);
    }
    let text = match std::str::from_utf8(bytes) {
        Ok(s) => Cow::Borrowed(s),
        Err(_) => {
            notes.push("invalid UTF-8 replaced with \u{FFFD}".to_string());
            String::from_utf8_lossy(bytes)
        }
    };
    Ok(Decoded { text, notes })
}

fn memchr(needle: u8, haystack: &[u8]) -> bool {
    haystack.contains(&needle)
}

fn utf16(bytes: &[u8], word: fn([u8; 2]) -> u16, notes: &mut Vec<String>) -> String {
    let units: Vec<u16> = bytes.chunks_exact(2).map(|c| word([c[0], c[1]])).collect();
    let text: String = char::decode_utf16(units)
        .map(|r| r.unwrap_or(char::REPLACEMENT_CHARACTER))
        .collect();
    if bytes.len() % 2 == 1 || text.contains(char::REPLACEMENT_CHARACTER) {
        notes.push("invalid UTF-16 replaced with \u{FFFD}".to_string());
    }
    text
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strips_utf8_bom() {
        assert_eq!(decode(b"\xEF\xBB\xBFhi").unwrap().text, "hi");
    }

    #[test]
    fn refuses_nul_bytes() {
        assert_eq!(decode(b"ab\0cd"), Err(DecodeError::Binary));
    }

    #[test]
    fn invalid_utf8_is_lossy_with_a_note() {
        let d = decode(b"caf\xE9 au lait").unwrap();
        assert_eq!(d.text, "caf\u{FFFD} au lait");
        assert_eq!(d.notes.len(), 1);
    }

    #[test]
    fn utf16_both_endians() {
        let le: Vec<u8> = [0xFF, 0xFE]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(|u| u.to_le_bytes()))
            .collect();
        let be: Vec<u8> = [0xFE, 0xFF]
            .into_iter()
            .chain("Hé".encode_utf16().flat_map(|u| u.to_be_bytes()))
            .collect();
        assert_eq!(decode(&le).unwrap().text, "Hé");
        assert_eq!(decode(&be).unwrap().text, "Hé");
    }
}
