//! When a step of progress (extraction's, or a search's count of the matches so far) is
//! drawn: never sooner than [`PROGRESS_GAP`] after the frame before. A key's frame is not
//! followed a moment later by a status-bar redraw, and neither the reading thread nor the
//! search is slowed by frames that say little.

use std::time::{Duration, Instant};

/// The least time between a frame and one drawn only to show progress.
pub const PROGRESS_GAP: Duration = Duration::from_millis(250);

#[derive(Debug)]
pub struct Pacing {
    last_frame: Instant,
    /// A progress step arrived too soon after a frame and is not on screen yet.
    held: bool,
}

impl Pacing {
    pub fn new(now: Instant) -> Self {
        Pacing {
            last_frame: now,
            held: false,
        }
    }

    /// A frame went out at `now`, showing everything up to it.
    pub fn drawn(&mut self, now: Instant) {
        self.last_frame = now;
        self.held = false;
    }

    /// A progress step arrived at `now`: whether to draw it now. When not, it is held, and
    /// [`Pacing::wait`] wakes the loop when its time comes.
    pub fn progress(&mut self, now: Instant) -> bool {
        let due = now.saturating_duration_since(self.last_frame) >= PROGRESS_GAP;
        self.held = !due;
        due
    }

    /// How long the loop may sleep, given what else wakes it (`None`: only a message).
    pub fn wait(&self, now: Instant, otherwise: Option<Duration>) -> Option<Duration> {
        if !self.held {
            return otherwise;
        }
        let left = PROGRESS_GAP.saturating_sub(now.saturating_duration_since(self.last_frame));
        Some(otherwise.map_or(left, |other| other.min(left)))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_step_right_after_a_frame_waits_for_the_gap_then_draws() {
        let start = Instant::now();
        let mut pacing = Pacing::new(start);
        let soon = start + Duration::from_millis(40);
        assert!(!pacing.progress(soon));
        assert_eq!(
            pacing.wait(soon, None),
            Some(PROGRESS_GAP - Duration::from_millis(40))
        );
        // A clock tick due sooner still wakes the loop first.
        let tick = Duration::from_millis(10);
        assert_eq!(pacing.wait(soon, Some(tick)), Some(tick));
        let later = start + PROGRESS_GAP;
        assert!(pacing.progress(later));
        assert_eq!(pacing.wait(later, None), None);
    }

    #[test]
    fn a_frame_for_anything_else_shows_the_held_step() {
        let start = Instant::now();
        let mut pacing = Pacing::new(start);
        assert!(!pacing.progress(start + Duration::from_millis(5)));
        pacing.drawn(start + Duration::from_millis(8));
        assert_eq!(pacing.wait(start + Duration::from_millis(9), None), None);
        // The gap counts from that frame.
        assert!(!pacing.progress(start + Duration::from_millis(200)));
    }
}
