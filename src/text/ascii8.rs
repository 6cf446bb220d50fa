//! Eight bytes at a time: tests on a `u64` of text (first byte lowest) that set the high bit
//! of each byte they hold for. The loops over a whole briefing (tokenizing, cleaning) ask
//! them instead of looking at one byte after another.

pub const HIGH: u64 = 0x8080_8080_8080_8080;

/// `b` in every byte.
const fn splat(b: u8) -> u64 {
    b as u64 * 0x0101_0101_0101_0101
}

/// Bytes `>= c`, for bytes below 0x80: each is compared by adding to it within its own seven
/// bits, so no carry crosses into the next byte.
fn at_least(low7: u64, c: u8) -> u64 {
    (low7 + splat(0x80 - c)) & HIGH
}

/// ASCII letters and digits.
pub fn alnum(x: u64) -> u64 {
    let low7 = x & !HIGH;
    let digit = at_least(low7, b'0') & !at_least(low7, b'9' + 1);
    let folded = low7 | splat(0x20);
    let letter = at_least(folded, b'a') & !at_least(folded, b'z' + 1);
    (digit | letter) & !x & HIGH
}

/// ASCII capital letters.
pub fn upper(x: u64) -> u64 {
    let low7 = x & !HIGH;
    at_least(low7, b'A') & !at_least(low7, b'Z' + 1) & !x & HIGH
}

/// Printable ASCII, space included: no control character, no DEL, nothing past ASCII.
pub fn printable(x: u64) -> u64 {
    let low7 = x & !HIGH;
    at_least(low7, b' ') & !at_least(low7, 0x7f) & !x & HIGH
}

/// Spaces.
pub fn spaces(x: u64) -> u64 {
    let low7 = x & !HIGH;
    at_least(low7, b' ') & !at_least(low7, b' ' + 1) & !x & HIGH
}

/// The eight bytes from `k`, if there are eight.
pub fn load(bytes: &[u8], k: usize) -> Option<u64> {
    let chunk = bytes.get(k..k + 8)?;
    let mut eight = [0; 8];
    eight.copy_from_slice(chunk);
    Some(u64::from_le_bytes(eight))
}

#[cfg(test)]
mod tests {
    use super::*;

    type EightAtOnce = fn(u64) -> u64;
    type OneAtATime = fn(u8) -> bool;

    /// Each test against its one-byte meaning, for every byte value at every position.
    #[test]
    fn eight_at_once_agree_with_one_at_a_time() {
        let tests: [(EightAtOnce, OneAtATime); 4] = [
            (alnum, |b| b.is_ascii_alphanumeric()),
            (upper, |b| b.is_ascii_uppercase()),
            (printable, |b| (b' '..0x7f).contains(&b)),
            (spaces, |b| b == b' '),
        ];
        for (eight, one) in tests {
            for b in 0..=255u8 {
                for at in 0..8 {
                    let mut bytes = *b"a1 Z.\x7f\x80\x1b";
                    bytes[at] = b;
                    let got = eight(u64::from_le_bytes(bytes));
                    for (k, &byte) in bytes.iter().enumerate() {
                        let set = got >> (8 * k + 7) & 1 == 1;
                        assert_eq!(set, one(byte), "{byte:#x} at {k} in {bytes:?}");
                    }
                }
            }
        }
    }
}
