//! Text primitives shared by ingest and extraction: tokens with byte spans, sentences, and
//! byte tests eight at a time.

pub mod ascii8;
pub mod sentences;
pub mod tokens;
pub mod wrap;

/// Ask the memory for the bytes at `at` ahead of their use: a hint with no effect on what
/// the program does, for reads of a text far larger than the cache whose order is known.
#[inline]
pub fn prefetch(at: *const u8) {
    #[cfg(target_arch = "x86_64")]
    // SAFETY: a prefetch is a hint that never faults, whatever the address.
    unsafe {
        std::arch::x86_64::_mm_prefetch::<{ std::arch::x86_64::_MM_HINT_T0 }>(at.cast());
    }
    #[cfg(not(target_arch = "x86_64"))]
    let _ = at;
}
