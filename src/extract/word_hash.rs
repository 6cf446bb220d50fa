//! The hash of the word tables that `build.rs` lays out: shared by the build script, which
//! places each word, and the reader, which looks it up, so both agree on every slot.

const K: u64 = 0xf135_7aea_2e62_a9c5;

fn mix(hash: u64, eight: u64) -> u64 {
    (hash.rotate_left(26) ^ eight).wrapping_mul(K)
}

/// `N` bytes from `at`, first byte lowest (zero when the word is shorter: not reached).
fn load<const N: usize>(bytes: &[u8], at: usize) -> u64 {
    let mut buf = [0; N];
    if let Some(chunk) = bytes.get(at..at + N) {
        buf.copy_from_slice(chunk);
    }
    buf.iter().rev().fold(0, |v, &b| v << 8 | u64::from(b))
}

/// Eight bytes at a time, each step a rotate, an exclusive or and a multiply (as the Fx hash
/// does), the last eight overlapping the ones before; shorter words in two overlapping
/// halves. The length goes in first. The same on every machine and at every build, unlike
/// the seeded hashers of run-time maps.
pub fn word_hash(word: &str) -> u64 {
    let bytes = word.as_bytes();
    let n = bytes.len();
    let mut hash = (n as u64).wrapping_mul(K);
    if n >= 8 {
        let mut at = 0;
        while at + 8 < n {
            hash = mix(hash, load::<8>(bytes, at));
            at += 8;
        }
        hash = mix(hash, load::<8>(bytes, n - 8));
    } else if n >= 4 {
        hash = mix(hash, load::<4>(bytes, 0) | load::<4>(bytes, n - 4) << 32);
    } else if n > 0 {
        let three =
            u64::from(bytes[0]) | u64::from(bytes[n / 2]) << 8 | u64::from(bytes[n - 1]) << 16;
        hash = mix(hash, three);
    }
    // The table takes the low bits: fold the well-mixed high bits into them.
    hash ^ (hash >> 32)
}
