//! Countdown text for a deadline: pure functions of the due day and a clock reading.

use chrono::{Datelike, NaiveDate, NaiveDateTime};

/// `Fri 8 Aug 2025`
pub fn due_label(due: NaiveDate) -> String {
    format!(
        "{} {} {} {}",
        due.format("%a"),
        due.day(),
        due.format("%b"),
        due.year()
    )
}

/// A date-only deadline is due at the end of its day (local time).
pub fn due_moment(due: NaiveDate) -> NaiveDateTime {
    due.succ_opt()
        .unwrap_or(due)
        .and_hms_opt(0, 0, 0)
        .unwrap_or_default()
}

/// `in 2d 04h 13m`, `in 03:12:09`, `passed 110 days ago`; a year or more away in years and
/// days (`in 1y 35d`, `passed 39y 287d ago`: an archive's deadlines).
pub fn live(due: NaiveDate, now: NaiveDateTime) -> String {
    let moment = due_moment(due);
    let secs = (moment - now).num_seconds();
    if secs > 0 {
        let (d, h, m, s) = (secs / 86_400, secs / 3600 % 24, secs / 60 % 60, secs % 60);
        if let Some((years, days)) = years_and_days(now.date(), moment.date()) {
            format!("in {years}y {days}d")
        } else if d > 0 {
            format!("in {d}d {h:02}h {m:02}m")
        } else {
            format!("in {h:02}:{m:02}:{s:02}")
        }
    } else {
        let ago = -secs;
        let days = ago / 86_400;
        if let Some((years, days)) = years_and_days(moment.date(), now.date()) {
            return format!("passed {years}y {days}d ago");
        }
        match days {
            0 => format!("passed {}h {:02}m ago", ago / 3600, ago / 60 % 60),
            1 => "passed 1 day ago".to_string(),
            n => format!("passed {n} days ago"),
        }
    }
}

/// Whole calendar years from `from` to `to`, and the days left over; `None` under a year.
fn years_and_days(from: NaiveDate, to: NaiveDate) -> Option<(u32, i64)> {
    let mut years = u32::try_from(to.year() - from.year()).ok()?;
    let on = |years: u32| from.checked_add_months(chrono::Months::new(years.checked_mul(12)?));
    while years > 0 && on(years).is_none_or(|d| d > to) {
        years -= 1;
    }
    let anniversary = on(years).filter(|_| years > 0)?;
    Some((years, (to - anniversary).num_days()))
}

/// Measured from the dateline: `2 days to go`, `due that day`, `3 days before`.
pub fn as_published(due: NaiveDate, dateline: NaiveDate) -> String {
    let days = (due - dateline).num_days();
    match days {
        0 => "due that day".to_string(),
        1 => "1 day to go".to_string(),
        n if n > 1 => format!("{n} days to go"),
        -1 => "1 day before".to_string(),
        n => format!("{} days before", -n),
    }
}

/// Does the countdown show seconds at this moment (so it must redraw every second)?
pub fn ticks_every_second(due: NaiveDate, now: NaiveDateTime) -> bool {
    let secs = (due_moment(due) - now).num_seconds();
    secs > 0 && secs < 86_400
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(s: &str) -> NaiveDateTime {
        NaiveDateTime::parse_from_str(s, "%Y-%m-%d %H:%M:%S").unwrap()
    }

    fn day(s: &str) -> NaiveDate {
        NaiveDate::parse_from_str(s, "%Y-%m-%d").unwrap()
    }

    #[test]
    fn days_hours_minutes_then_a_clock_then_passed() {
        let due = day("2025-08-08");
        assert_eq!(live(due, at("2025-08-06 19:46:00")), "in 2d 04h 14m");
        assert_eq!(live(due, at("2025-08-08 20:47:51")), "in 03:12:09");
        assert_eq!(live(due, at("2025-11-24 12:00:00")), "passed 107 days ago");
        assert_eq!(live(due, at("2026-11-24 12:00:00")), "passed 1y 107d ago");
        assert_eq!(live(due, at("2024-07-01 12:00:00")), "in 1y 39d");
        assert_eq!(live(due, at("2025-08-09 03:30:00")), "passed 3h 30m ago");
        assert!(ticks_every_second(due, at("2025-08-08 01:00:00")));
        assert!(!ticks_every_second(due, at("2025-08-06 01:00:00")));
    }

    #[test]
    fn as_published_counts_days_from_the_dateline() {
        assert_eq!(
            as_published(day("2025-08-08"), day("2025-08-06")),
            "2 days to go"
        );
        assert_eq!(
            as_published(day("2025-08-06"), day("2025-08-06")),
            "due that day"
        );
        assert_eq!(due_label(day("2025-08-08")), "Fri 8 Aug 2025");
    }
}
