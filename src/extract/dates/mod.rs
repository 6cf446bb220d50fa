//! Dates a reader could put on a calendar, resolved against the reference date.
//!
//! `Aug 8`, `8 August`, `June 30, 1990`, `October 1985`, `in March`, `Last December`, `the end
//! of April`, weekdays (the tense decides the direction), `yesterday`, `last month`, years.

use super::lexicon::{month_number, weekday_index, Openings};
use super::Para;
use crate::model::{CalendarDate, DateMention, Role};
use chrono::{Datelike, Duration, NaiveDate};

/// A date mention and the tokens it covers.
#[derive(Debug, Clone)]
pub struct FoundDate {
    pub mention: DateMention,
    pub first: usize,
    pub last: usize,
    /// The date is over by the reference day: what a story looks back on.
    pub passed: bool,
    /// A headline's date with no year written, whose year the story may tell.
    pub year_unwritten_in_headline: bool,
}

impl FoundDate {
    /// The date written in tokens `first..=last`, counted from `reference`.
    fn new(p: &Para, first: usize, last: usize, date: CalendarDate, reference: NaiveDate) -> Self {
        FoundDate {
            mention: DateMention {
                date,
                span: p.span(first, last),
            },
            first,
            last,
            passed: is_over(date, reference),
            year_unwritten_in_headline: p.role == Role::Headline && !year_written(p, first, last),
        }
    }
}

/// How many paragraphs after a headline are read for the year of its date.
const STORY_REACH: usize = 40;

/// `Nurses to strike over pay in January`, then `will strike on 18 and 19 January`: a
/// headline's date without its year is in the year the story gives the same month (and
/// day), which reads its tense; a headline's few words seldom say one.
pub fn headline_dates_as_the_story_tells(found: &mut [FoundDate], reference: NaiveDate) {
    for h in 0..found.len() {
        if !found[h].year_unwritten_in_headline {
            continue;
        }
        let headline_date = found[h].mention.date;
        let Some((_, month, day)) = year_month_day(headline_date) else {
            continue;
        };
        // (Within the story's first paragraphs: a briefing of many stories is read once.)
        let story = found[h].mention.span.paragraph() + STORY_REACH;
        let told = found[h + 1..]
            .iter()
            .take_while(|b| b.mention.span.paragraph() <= story)
            .filter(|b| !b.year_unwritten_in_headline)
            .find_map(|b| {
                let (year, m, d) = year_month_day(b.mention.date)?;
                (m == month && (day.is_none() || d == day)).then_some(year)
            });
        if let Some(date) = told.and_then(|year| in_year(headline_date, year)) {
            found[h].mention.date = date;
            found[h].passed = is_over(date, reference);
        }
    }
}

/// The date is over by the reference day.
fn is_over(date: CalendarDate, reference: NaiveDate) -> bool {
    date.last_day().is_some_and(|d| d < reference)
}

/// A day's or a month's year, month and day (none for a month).
fn year_month_day(date: CalendarDate) -> Option<(i32, u32, Option<u32>)> {
    match date {
        CalendarDate::Day(d) => Some((d.year(), d.month(), Some(d.day()))),
        CalendarDate::Month { year, month } => Some((year, month, None)),
        CalendarDate::Year(_) => None,
    }
}

/// The same day or month in `year`.
fn in_year(date: CalendarDate, year: i32) -> Option<CalendarDate> {
    match date {
        CalendarDate::Day(d) => d.with_year(year).map(CalendarDate::Day),
        CalendarDate::Month { month, .. } => Some(CalendarDate::Month { year, month }),
        CalendarDate::Year(_) => None,
    }
}

pub fn find(paras: &[Para], reference: NaiveDate) -> Vec<FoundDate> {
    paras.iter().flat_map(|p| find_in(p, reference)).collect()
}

/// The day a wire story's dateline names (`CAIRO, Jan 8 (Reuters) - …`), in the latest year
/// that does not put it after `today`: what its `Wednesday` and `this year` count from
/// when the briefing gives no date of its own.
pub fn dateline_day(p: &Para, today: NaiveDate) -> Option<NaiveDate> {
    let opens_with_capitals = p.is_word(0) && !p.word(0).chars().any(char::is_lowercase);
    let dash = (1..12).find(|&k| matches!(p.word(k), "-" | "—" | "–"))?;
    if p.role != Role::Body || !opens_with_capitals {
        return None;
    }
    let (first, _, date) = (1..dash).find_map(|i| match_at(p, i, today))?;
    let CalendarDate::Day(day) = date else {
        return None;
    };
    // A dateline names the month and the day: only those were read, in today's year.
    let written_year = (first..dash).any(|k| year_number(p, k).is_some());
    if written_year || day <= today {
        return Some(day);
    }
    day.with_year(day.year() - 1)
}

/// The dates of one paragraph.
pub fn find_in(p: &Para, reference: NaiveDate) -> Vec<FoundDate> {
    let mut out = Vec::new();
    let mut i = 0;
    while i < p.tokens().len() {
        // Most tokens are turned away here, without a call to the rules.
        if !may_start_date(p, i) {
            i += 1;
            continue;
        }
        if let Some((first, last, date)) = match_at(p, i, reference) {
            // (Whether a year is written, and a span this date ends, read once: asked of every
            // date.)
            let written = year_written(p, first, last);
            let started = span_started(p, first, &out);
            let date = match started {
                Some(start) if !written => span_end(p, first, last, start, date),
                _ => date,
            };
            let in_the_end_s_year = started
                .filter(|_| written)
                .and_then(|start| start_in_the_end_s_year(p, start, date));
            let date = listed_after_one_ahead(p, first, last, &out, date, reference);
            if let Some(start) = start_of_a_yearly_span(p, first, &out, date).or(in_the_end_s_year)
            {
                if let Some(earlier) = out.last_mut() {
                    *earlier = FoundDate::new(p, earlier.first, earlier.last, start, reference);
                }
            }
            out.push(FoundDate::new(p, first, last, date, reference));
            i = last + 1;
        } else {
            i += 1;
        }
    }
    let anchored = anchored_deadlines(p, &out, reference);
    out.extend(anchored);
    out
}

/// A date without its year listed after one still to come in its sentence falls after it,
/// unless its clause looks back: a bare weekday after a bare weekday (`10 billion dlrs of
/// notes on Tuesday, 9.5 billion on Wednesday and 9.5 billion on Thursday`, written on a
/// Wednesday; not `arrived on Wednesday, having left on Monday`), and a month joined to a
/// month (`disbursed in two tranches, in December and in March`, written in November).
/// Not after a weekday that bounds what comes before it: `high until at least Wednesday,
/// with the river expected to peak on Tuesday`.
fn listed_after_one_ahead(
    p: &Para,
    first: usize,
    last: usize,
    found: &[FoundDate],
    date: CalendarDate,
    reference: NaiveDate,
) -> CalendarDate {
    let (s, _) = p.sentence_of(first);
    let Some(earlier) = found.last().filter(|d| d.first >= s) else {
        return date;
    };
    let bare_weekday = |k: usize| {
        weekday_index(p.lower(k)).is_some()
            && !(k > 0 && matches!(p.lower(k - 1), "last" | "next" | "this"))
    };
    let later = match (date, earlier.mention.date) {
        (CalendarDate::Day(day), CalendarDate::Day(from))
            if first == last
                && earlier.first == earlier.last
                && bare_weekday(first)
                && bare_weekday(earlier.first)
                && !is_a_bound(p, earlier.first)
                && from >= reference
                && day < from =>
        {
            CalendarDate::Day(weeks_on_past(day, from))
        }
        (
            CalendarDate::Month { year, month },
            CalendarDate::Month {
                year: from_year,
                month: from_month,
            },
        ) if earlier.last + 1 < first
            && (earlier.last + 1..first)
                .all(|k| matches!(p.lower(k), "and" | "or" | "," | "in" | "then"))
            && (from_year, from_month) >= (reference.year(), reference.month())
            && (year, month) < (from_year, from_month)
            && !(first..=last).any(|k| year_number(p, k).is_some()) =>
        {
            CalendarDate::Month {
                year: from_year + i32::from(month < from_month),
                month,
            }
        }
        _ => return date,
    };
    // (Asked last: it walks the clause.)
    if tense(p, first) == Tense::Past {
        return date;
    }
    later
}

/// The day at `i` is the latest a thing holds or happens by: `until Wednesday`, `by
/// Friday`, `until at least Wednesday`.
fn is_a_bound(p: &Para, i: usize) -> bool {
    let at_least = i >= 3 && p.lower(i - 2) == "at" && p.lower(i - 1) == "least";
    let before = if at_least { i - 2 } else { i };
    before > 0 && matches!(p.lower(before - 1), "until" | "till" | "by" | "before")
}

/// The same weekday as `day`, a whole number of weeks on, after `from`.
fn weeks_on_past(mut day: NaiveDate, from: NaiveDate) -> NaiveDate {
    while day <= from {
        day += Duration::days(7);
    }
    day
}

/// `The quota for the current year, which runs from January 1 to December 31`, written in
/// August: a period every year has starts before it ends, in the year of the end at
/// `first` (`date`) or the one before. The start's date, when it was read later.
fn start_of_a_yearly_span(
    p: &Para,
    first: usize,
    found: &[FoundDate],
    date: CalendarDate,
) -> Option<CalendarDate> {
    let start = found.last()?;
    let yearly = start.first >= p.sentence_of(first).0
        && start.last + 2 == first
        && matches!(p.lower(first - 1), "to" | "until" | "till" | "through")
        && p.lower(start.first - 1) == "from"
        && runs_from(p, start.first);
    let (true, CalendarDate::Day(from), CalendarDate::Day(to)) = (yearly, start.mention.date, date)
    else {
        return None;
    };
    if from <= to {
        return None;
    }
    [to.year(), to.year() - 1]
        .into_iter()
        .filter_map(|y| from.with_year(y))
        .find(|d| *d <= to)
        .map(CalendarDate::Day)
}

/// `which runs from July`: the date at `first` starts a period every year has.
fn runs_from(p: &Para, first: usize) -> bool {
    first >= 2 && matches!(p.lower(first - 2), "runs" | "run" | "running")
}

/// `suspended trading on Tuesday until Monday`, `for shipment between November and
/// January`, `between 23 December and 2 January`: a weekday, a month or a day without its
/// year that ends a span the same sentence started on an earlier date falls after that start
/// (the next week's Monday, the next year's January). A year written is kept (`from May 2004
/// to March 2003`, `between January and March last year`): this is asked only of a date
/// without one, ending a span `start` began.
fn span_end(
    p: &Para,
    first: usize,
    last: usize,
    start: &FoundDate,
    date: CalendarDate,
) -> CalendarDate {
    match (date, start.mention.date) {
        (CalendarDate::Day(day), CalendarDate::Day(from))
            if first == last && weekday_index(p.lower(first)).is_some() =>
        {
            CalendarDate::Day(weeks_on_past(day, from))
        }
        // (A day of a month; a weekday, `last Monday`, is read as said.)
        (CalendarDate::Day(day), CalendarDate::Day(from))
            if day < from && weekday_index(p.lower(last)).is_none() =>
        {
            day.with_year(day.year() + 1)
                .map_or(date, CalendarDate::Day)
        }
        (CalendarDate::Month { year, month }, from) => {
            let from = match from {
                CalendarDate::Day(d) => (d.year(), d.month()),
                CalendarDate::Month { year, month } => (year, month),
                CalendarDate::Year(_) => return date,
            };
            let year = if (year, month) < from {
                from.0 + i32::from(month < from.1)
            } else {
                year
            };
            CalendarDate::Month { year, month }
        }
        _ => date,
    }
}

/// The tokens `first..=last` write a year, as a number or counted from now: `March 1986`,
/// `March last year`.
fn year_written(p: &Para, first: usize, last: usize) -> bool {
    (first..=last).any(|k| year_number(p, k).is_some() || p.lower(k) == "year")
}

/// The date found last, when the date at `first` ends a span it starts in the same sentence.
fn span_started<'f>(p: &Para, first: usize, found: &'f [FoundDate]) -> Option<&'f FoundDate> {
    // The start right before: `on Tuesday until Monday` (not a dateline or a date a clause
    // before: `March 26 - … credit lines for 60 days until May 31`).
    let start = found.last().filter(|d| d.last + 2 == first)?;
    let ends_span = start.first >= p.sentence_of(first).0
        && match p.lower(first - 1) {
            "until" | "till" | "through" | "to" => true,
            // (`between November and January`)
            "and" => start.first > 0 && p.lower(start.first - 1) == "between",
            _ => false,
        };
    // (`the season, which runs from July to June`: a period every year has, not one span.)
    (ends_span && !runs_from(p, start.first)).then_some(start)
}

/// `between January and March last year`, `from December to February 1986`: a span's start
/// without its year is in the year of its end, or the one before when its month comes
/// later. The start's date, when `date`, with its year written, ends the span `start` began.
fn start_in_the_end_s_year(
    p: &Para,
    start: &FoundDate,
    date: CalendarDate,
) -> Option<CalendarDate> {
    if year_written(p, start.first, start.last) {
        return None;
    }
    let (end_year, end_month, end_day) = year_month_day(date)?;
    let (_, month, day) = year_month_day(start.mention.date)?;
    // (A month starts on its first day and ends on its last.)
    let later = (month, day.unwrap_or(1)) > (end_month, end_day.unwrap_or(31));
    in_year(start.mention.date, end_year - i32::from(later))
        .filter(|&start_date| start_date != start.mention.date)
}

/// `on Wednesday, just two days before the deadline`: the deadline is that many days after
/// the date the sentence names.
fn anchored_deadlines(p: &Para, found: &[FoundDate], reference: NaiveDate) -> Vec<FoundDate> {
    let mut out = Vec::new();
    for i in 0..p.tokens().len() {
        if p.lower(i) != "deadline" {
            continue;
        }
        let (s, e) = p.sentence_of(i);
        let Some(rel) =
            (s.max(i.saturating_sub(6))..i).find(|&k| matches!(p.lower(k), "before" | "after"))
        else {
            continue;
        };
        if rel < s + 2 {
            continue;
        }
        let n = p.word(rel - 2);
        let count = n
            .parse::<i64>()
            .ok()
            .or_else(|| super::lexicon::small_number(n).map(|v| v as i64));
        let per = match p.lower(rel - 1).trim_end_matches('s') {
            "day" => 1,
            "week" => 7,
            _ => continue,
        };
        let Some(count) = count else { continue };
        // `found` is in reading order: look only between the sentence start and the count.
        let anchor = found[found.partition_point(|d| d.first < s)..]
            .iter()
            .take_while(|d| d.first < rel - 2)
            .find(|d| d.last < rel - 2 && d.last < e);
        let Some(CalendarDate::Day(day)) = anchor.map(|d| d.mention.date) else {
            continue;
        };
        let sign = if p.lower(rel) == "before" { 1 } else { -1 };
        let date = CalendarDate::Day(day + Duration::days(sign * count * per));
        out.push(FoundDate::new(p, rel - 2, i, date, reference));
    }
    out
}

fn day_number(p: &Para, i: usize) -> Option<(u32, usize)> {
    if !p.is_number(i) {
        return None;
    }
    let w = p.word(i);
    if w.len() > 2 {
        return None;
    }
    let d: u32 = w.parse().ok()?;
    if !(1..=31).contains(&d) {
        return None;
    }
    // `8th`
    if p.touching(i, i + 1) && matches!(p.lower(i + 1), "st" | "nd" | "rd" | "th") {
        return Some((d, i + 1));
    }
    if p.touching(i, i + 1) && p.is_word(i + 1) {
        return None; // `8am`, `3D`
    }
    Some((d, i))
}

pub fn year_number(p: &Para, i: usize) -> Option<i32> {
    if !p.is_number(i) {
        return None;
    }
    let w = p.word(i);
    if w.len() != 4 {
        return None;
    }
    // `by 1300 EDT`, `at 1700 local time` are times of day.
    if super::lexicon::marks_a_clock_time(p.word(i + 1), p.word(i + 2)) {
        return None;
    }
    // (`quoting reference 1234`, `flight 1066`: a number naming one.)
    let names = |w: &str| {
        super::lexicon::names_one_by_number(w) || super::lexicon::names_several_by_number(w)
    };
    if i > 0 && names(p.lower(i - 1)) {
        return None;
    }
    // (`at 1251 Avenue of the Americas`: a house's number.)
    if street_named_from(p, i + 1) {
        return None;
    }
    let y: i32 = w.parse().ok()?;
    (1000..=2999).contains(&y).then_some(y)
}

/// One to three capitalised words from `k` with a street's word among them: `Downing Street`,
/// `Fifth Avenue`, `Avenue of the Americas`; a number before them is a house's.
pub(crate) fn street_named_from(p: &Para, k: usize) -> bool {
    (k..k + 3).take_while(|&j| p.is_capitalised(j)).any(|j| {
        matches!(
            p.word(j),
            "Street" | "Road" | "Avenue" | "Lane" | "Square" | "Drive"
        )
    })
}

/// The number at `i` is a name's, after a capitalised word inside a sentence: `Windows 2000`,
/// `Euro 2004` (not `Christmas 2004`, `Spain's 2000 victory`, nor a month's year, nor
/// `CUT JOBS BY 1990` in a headline's capitals).
pub(super) fn names_with_the_word_before(p: &Para, i: usize) -> bool {
    i > 0
        && p.is_word(i - 1)
        && p.is_capitalised(i - 1)
        && !super::lexicon::is_possessive(p.word(i - 1))
        && !super::lexicon::is_function_word(p.word(i - 1))
        && p.sentence_of(i).0 != i - 1
        && !super::lexicon::names_nothing_alone(p.lower(i - 1))
        // (`NOTE: Fiscal 1986 results restated`: the year a company reports for.)
        && !super::lexicon::is_period_of_results(p.lower(i - 1))
        && month_number(p.lower(i - 1)).is_none()
        && weekday_index(p.lower(i - 1)).is_none()
}

/// The year written at `k`: `1990`, or `next year`, `last year`, `this year` counted from
/// `r`; with the token it ends on.
/// How far back `that year` looks for the year it means.
const YEAR_REACH: usize = 60;

fn year_at(p: &Para, k: usize, r: NaiveDate) -> Option<(i32, usize)> {
    if let Some(y) = year_number(p, k) {
        return Some((y, k));
    }
    // `passed the House in September 1985, but was vetoed in December that year`: the year
    // written last before it (looked for as far back as a clause reaches, so that a paragraph
    // of thousands of dates stays linear).
    let that = if p.lower(k) == "of" { k + 1 } else { k };
    if p.lower(that) == "that" && p.lower(that + 1) == "year" {
        return (k.saturating_sub(YEAR_REACH)..k)
            .rev()
            .find_map(|j| year_number(p, j))
            .map(|y| (y, that + 1));
    }
    let dir = direction(p.lower(k)).filter(|_| p.lower(k + 1) == "year")?;
    Some((r.year() + dir, k + 1))
}

/// A capitalised month name at `i`, with its trailing abbreviation dot; `May` needs support.
pub(crate) fn month_at(p: &Para, i: usize) -> Option<(u32, usize)> {
    let w = p.word(i);
    // `until mid-July`, `BY MID-JULY`: the month.
    if let Some(month) = w.get(4..).filter(|_| p.lower(i).starts_with("mid-")) {
        let capital = month.starts_with(|c: char| c.is_ascii_uppercase());
        return month_number(month).filter(|_| capital).map(|m| (m, i));
    }
    if !p.is_capitalised(i) {
        return None;
    }
    // `last July's figure`: the month, as the one it belongs to.
    let lower = p.lower(i);
    let possessive = super::lexicon::possessive_owner(lower);
    let m = month_number(possessive.unwrap_or(lower))?;
    let full = super::lexicon::MONTHS[m as usize - 1];
    if possessive.is_some() && full.len() + 2 > w.len() {
        return None; // `Jan's`, `May's`: a name's
    }
    // `BY MAY` in an all-caps headline is too ambiguous to read as a month; `ON NOVEMBER 14`
    // is not, nor is `RESUME MAY 5` with nothing after its day (`MARCH 5 MILES` is a verb).
    let capitals = w.len() > 1 && w.chars().all(|c| !c.is_lowercase());
    if capitals {
        let day = day_number(p, i + 1);
        let verb_like = m == 3 || m == 5;
        // (`SETS MAY 1 DEADLINE`: what the day is, said after it.)
        let ends_at_day = day.is_some_and(|(_, last)| {
            !p.is_word(last + 1) || matches!(p.lower(last + 1), "deadline" | "deadlines")
        });
        // (`UNTIL MARCH 2 TO REPLY`: what comes before the day says it is one.)
        let after_a_preposition = i > 0
            && matches!(
                p.lower(i - 1),
                "until" | "till" | "by" | "on" | "before" | "after" | "since" | "from"
            );
        // (`DEC 31` too: an abbreviation with its day.)
        if day.is_none() || (verb_like && !ends_at_day && !after_a_preposition) {
            return None;
        }
    }
    // `the March wheat contract`, `April West Texas Intermediate crude`: a delivery month,
    // not a date (but `in April Brent crude rose` is one).
    // (Asked of every month: the words after it are looked at only when one is a name's.)
    let after_preposition = || {
        i > 0
            && matches!(
                p.lower(i - 1),
                "in" | "by" | "since" | "until" | "from" | "during" | "before" | "after" | "of"
            )
    };
    let grade_end = || {
        (i + 1..i + 5)
            .find(|&k| !p.is_capitalised(k))
            .unwrap_or(i + 5)
    };
    // (`for September delivery`, `December futures`, `the May contract`.)
    let delivery = super::lexicon::is_commodity(p.lower(i + 1))
        || matches!(
            p.lower(i + 1),
            "delivery"
                | "deliveries"
                | "futures"
                | "contract"
                | "contracts"
                | "options"
                | "loading"
        )
        || (p.is_capitalised(i + 1)
            && !after_preposition()
            && super::lexicon::is_commodity(p.lower(grade_end())))
        || described_contract(p, i, after_preposition);
    // `with November settling at 5.12-1/4 dlrs`, `with December at 1.68-3/4 dlrs`: a
    // contract month priced in a futures report.
    let priced = || {
        let settles = matches!(
            p.lower(i + 1),
            "settling"
                | "settled"
                | "closing"
                | "closed"
                | "ending"
                | "ended"
                | "finishing"
                | "finished"
                | "opening"
                | "opened"
        );
        !after_preposition()
            && ((p.lower(i + 1) == "at" && p.is_number(i + 2))
                || (settles && (i + 2..i + 6).any(|k| p.is_number(k))))
    };
    // `of March/April shipment`, `at 2.8 times for June/July`: two months written as one
    // are a trading period, like a delivery month.
    let paired = |slash: usize, other: usize| {
        p.is_punct(slash, "/")
            && p.touching(slash.min(i), slash.max(i))
            && month_number(p.lower(other)).is_some()
    };
    let trading_period = paired(i + 1, i + 2) || (i >= 2 && paired(i - 1, i - 2));
    if delivery || priced() || trading_period {
        return None;
    }
    let abbreviated = w.len() < full.len();
    let last = if abbreviated && p.is_punct(i + 1, ".") && p.touching(i, i + 1) {
        i + 1
    } else {
        i
    };
    if abbreviated && day_number(p, last + 1).is_none() && year_number(p, last + 1).is_none() {
        return None; // `Jan` alone is more often a name than a month
    }
    if m == 5 || (m == 3 && i > 0 && p.is_capitalised(i - 1)) {
        // `May` the month, not the name or the verb: a day, a year or a preposition beside it.
        let before = if i > 0 { p.lower(i - 1) } else { "" };
        // (`between May and July`.)
        let between = i > 0
            && p.lower(i - 1) == "between"
            && p.lower(last + 1) == "and"
            && month_number(p.lower(last + 2)).is_some();
        // (`for shipment in April and May`, `April, May and June`: listed after a month, and
        // no name's first word: `in March and May Smith said`.)
        let after_a_month = i >= 2
            && matches!(before, "and" | "or" | ",")
            && p.is_capitalised(i - 2)
            && month_number(p.lower(i - 2)).is_some()
            && !p.is_capitalised(last + 1);
        // (`figures for May`, `the May figures`, `The March and May figures`: the period a
        // statistic is of.)
        let listed_month_reported = || {
            p.lower(last + 1) == "and"
                && month_number(p.lower(last + 2)).is_some()
                && reports_on_the_month(p, last + 2, last + 2)
        };
        let supported = between
            || after_a_month
            || reports_on_the_month(p, i, last)
            || listed_month_reported()
            || day_number(p, last + 1).is_some()
            || year_number(p, last + 1).is_some()
            || (i > 0 && day_number(p, i - 1).is_some())
            || matches!(
                before,
                "in" | "by"
                    | "since"
                    | "until"
                    | "of"
                    | "early"
                    | "late"
                    | "mid"
                    | "last"
                    | "next"
                    | "this"
                    | "from"
                    | "through"
                    | "to"
                    | "before"
                    | "after"
                    | "during"
                    | "end"
                    | "till"
                    | "on"
            );
        if !supported {
            return None;
        }
    }
    Some((m, last))
}

/// `August white sugar futures`, `December live cattle`: a delivery month before a few words
/// in lower case that end in a commodity or its contract; not after a preposition (`in
/// August sugar prices rose`).
fn described_contract(p: &Para, i: usize, after_preposition: impl Fn() -> bool) -> bool {
    let contract = |w: &str| {
        super::lexicon::is_commodity(w) || matches!(w, "futures" | "contract" | "contracts")
    };
    p.is_word(i + 1)
        && !p.is_capitalised(i + 1)
        && (i + 2..i + 4)
            .take_while(|&k| {
                p.is_word(k)
                    && !p.is_capitalised(k)
                    && !super::lexicon::is_function_word(p.lower(k - 1))
            })
            .any(|k| contract(p.lower(k)))
        && !after_preposition()
}

/// The month at `i` is when goods are to be shipped or delivered: `for shipment in July`,
/// `for delivery between May and July`, `sold 1,000 tonnes of April shipment`. Where the word
/// that says so is.
fn shipped_then(p: &Para, i: usize) -> Option<usize> {
    let s = p.sentence_of(i).0;
    let says_so = |k: usize| {
        matches!(
            p.lower(k),
            "shipment" | "shipments" | "delivery" | "deliveries" | "loading" | "arrival"
        )
    };
    (i.saturating_sub(4).max(s)..i)
        .find(|&k| says_so(k))
        .or_else(|| Some(i + 1).filter(|&k| says_so(k)))
}

/// The month from `i` to `mlast` is the period a statistic reports on: `the June producer
/// price index`, `May trade figures`, `the April jobs report`, `its December sales`, `trade
/// figures for March`.
fn reports_on_the_month(p: &Para, i: usize, mlast: usize) -> bool {
    (i >= 2 && p.lower(i - 1) == "for" && is_a_measure_reported(p.lower(i - 2)))
        || (mlast + 1..mlast + 4)
            .take_while(|&k| p.is_word(k) && !p.is_capitalised(k))
            .any(|k| is_a_measure_reported(p.lower(k)))
}

/// What is reported for a month: `figures`, `data`, `sales`, `output`.
fn is_a_measure_reported(w: &str) -> bool {
    super::lexicon::is_statistic(w)
        || matches!(
            w,
            "sales" | "results" | "output" | "production" | "exports" | "imports"
        )
}

/// Can a date start at token `i`? A cheap test that turns away most tokens: a date starts
/// with a number, a capitalised word (a month or weekday) or one of a few lower-case words.
#[inline(always)]
fn may_start_date(p: &Para, i: usize) -> bool {
    if p.is_number(i) {
        return true;
    }
    if !p.is_word(i) {
        return false;
    }
    let lower = p.lower(i);
    if p.is_capitalised(i) {
        return opens_date_word(lower);
    }
    opens_lower_case_date_word(lower)
}

/// Every word in lower case that opens a date starts with one of these three letters:
/// `end`, `end-March`, `today`, `tonight`, `tomorrow`, `yesterday`, `last`, `next`, `this`,
/// `mid-April`, `year-end`. The letters turn away `the`, `said` and the rest before the
/// words are compared.
static LOWER_CASE_DATE_OPENINGS: Openings = Openings::new(&[
    b"end", b"tod", b"ton", b"tom", b"yes", b"las", b"nex", b"thi", b"mid", b"yea",
]);

#[inline(always)]
fn opens_lower_case_date_word(lower: &str) -> bool {
    LOWER_CASE_DATE_OPENINGS.open(lower)
        && (lower == "end"
            || day_offset(lower).is_some()
            || direction(lower).is_some()
            || lower.starts_with("mid-")
            || lower.starts_with("end-")
            || lower == "year-end")
}

/// Every capitalised word that opens a date starts with one of these three letters: a month
/// (`Sept.`, `July's`), a weekday (`Sunday's`), `End`, `Year-end`, `Today`, `Tonight`, `Yesterday`,
/// `Tomorrow`, `Last`, `Next`, `This`, `Mid-April` (`BY MID-APRIL` in a headline), or a holiday.
/// Names are most capitalised words, and are turned away here.
static DATE_OPENINGS: Openings = Openings::new(&[
    b"jan", b"feb", b"mar", b"apr", b"may", b"jun", b"jul", b"aug", b"sep", b"oct", b"nov", b"dec",
    b"mon", b"tue", b"wed", b"thu", b"fri", b"sat", b"sun", b"end", b"yea", b"tod", b"ton", b"yes",
    b"tom", b"las", b"nex", b"thi", b"mid",
    // Holidays: `Christmas Day`, `Boxing Day`, `New Year's Eve`, `Valentine's Day`,
    // `Halloween`.
    b"chr", b"box", b"new", b"val", b"hal",
]);

#[inline(always)]
fn opens_date_word(lower: &str) -> bool {
    DATE_OPENINGS.open(lower)
}

/// A holiday that falls on the same day every year, as written: `Christmas Day 2003`.
pub(super) struct Holiday {
    month: u32,
    day: u32,
    /// The year written after it, if any.
    year: Option<i32>,
    /// The last token, the year's when one is written.
    pub(super) last: usize,
}

/// The holiday at `i`, written as its name is (`Christmas` alone is a season, not a day),
/// with the year after it.
pub(super) fn holiday_at(p: &Para, i: usize) -> Option<Holiday> {
    // Asked of every name word: the first letter turns away most.
    if !matches!(
        p.word(i).as_bytes().first(),
        Some(b'C' | b'B' | b'N' | b'V' | b'H')
    ) {
        return None;
    }
    let apostrophe = |w: &str, owner: &str| {
        w.strip_prefix(owner)
            .is_some_and(|rest| matches!(rest, "'s" | "’s"))
    };
    let (m, d, last) = match (p.word(i), p.word(i + 1)) {
        ("Christmas", "Day") => (12, 25, i + 1),
        ("Christmas", "Eve") => (12, 24, i + 1),
        ("Boxing", "Day") => (12, 26, i + 1),
        ("New", year) if apostrophe(year, "Year") => match p.word(i + 2) {
            "Day" => (1, 1, i + 2),
            "Eve" => (12, 31, i + 2),
            _ => return None,
        },
        (valentine, "Day") if apostrophe(valentine, "Valentine") => (2, 14, i + 1),
        ("Halloween", _) => (10, 31, i),
        _ => return None,
    };
    let year = year_number(p, last + 1);
    Some(Holiday {
        month: m,
        day: d,
        year,
        last: last + usize::from(year.is_some()),
    })
}

/// `today`, `yesterday`, `tomorrow`: days from the reference date (`yesterday's close`, in
/// the possessive too).
fn day_offset(lower: &str) -> Option<i64> {
    match lower {
        "today" | "tonight" => Some(0),
        "yesterday" => Some(-1),
        "tomorrow" => Some(1),
        _ if lower.ends_with('s') => {
            let owner = lower
                .strip_suffix("'s")
                .or_else(|| lower.strip_suffix("’s"))?;
            day_offset(owner)
        }
        _ => None,
    }
}

/// `last`, `next`, `this` (month, year): which way from the reference date.
fn direction(lower: &str) -> Option<i32> {
    match lower {
        "last" => Some(-1),
        "next" => Some(1),
        "this" => Some(0),
        _ => None,
    }
}

/// The last day of month `m`, said by the tokens `first..=last` (`the end of January`,
/// `end-January`), in the year written after them or else the one the clause means: said in
/// December, `will decide by the end of January` is next January's; `exports totalled 9.2 mln
/// bags by the end of January`, said in February, this January's, looked back on.
fn end_of_month(
    p: &Para,
    (first, last): (usize, usize),
    m: u32,
    r: NaiveDate,
) -> Option<(usize, usize, CalendarDate)> {
    let cue = first.checked_sub(1).map_or("", |k| p.lower(k));
    let tense = clause_tense(p, first);
    let ahead = m < r.month()
        && (tense == Tense::Future
            || (matches!(cue, "by" | "until" | "before") && tense != Tense::Past))
        && !a_past_condition_on_a_month_gone(p, first, m, r);
    // `The loan was signed at the end of December`, written in February: last December's
    // end; so is a level compared with one it came from (`reserves stood at …, down from 3.6
    // billion at the end of December`).
    let compared_from = (first.saturating_sub(6)..first)
        .any(|k| k > 0 && p.lower(k) == "from" && matches!(p.lower(k - 1), "down" | "up"));
    let behind = m > r.month()
        && !matches!(cue, "by" | "until" | "before")
        && (tense == Tense::Past || (tense == Tense::Unknown && compared_from));
    let unwritten = if ahead {
        r.year() + 1
    } else if behind {
        r.year() - 1
    } else {
        r.year()
    };
    let (y, last) = year_at(p, last + 1, r).unwrap_or((unwritten, last));
    Some((first, last, CalendarDate::Day(month_end(y, m)?)))
}

/// `threatened retaliation if no deal was reached by the end of June`, written in July: a
/// condition put in the past, on a month gone by not long before, is on that month (a
/// condition in the present looks ahead: `if no deal is reached by June`).
fn a_past_condition_on_a_month_gone(p: &Para, i: usize, m: u32, r: NaiveDate) -> bool {
    m < r.month() && r.month() - m <= 6 && (put_as_a_past_condition(p, i) || said_back_then(p, i))
}

/// The date at `i` is in what was said before the story's day, reported from then: `had said
/// last month that Japan must open its markets by the end of March`, written in April (a
/// month gone, said of as still to come).
fn said_back_then(p: &Para, i: usize) -> bool {
    let s = p.sentence_of(i).0.max(i.saturating_sub(20));
    let when = |j: usize| p.lower(j) == "last" && matches!(p.lower(j + 1), "month" | "week");
    (s + 1..i).any(|k| {
        super::lexicon::is_saying(p.lower(k))
            && (p.lower(k - 1) == "had" || when(k + 1))
            && (k + 1..(k + 4).min(i)).any(|j| p.lower(j) == "that")
    })
}

/// The date at `i` is in a condition put in the past: `if no deal was reached by …`,
/// `unless Tokyo agreed to open its market by October 1`.
fn put_as_a_past_condition(p: &Para, i: usize) -> bool {
    let s = p.sentence_of(i).0.max(i.saturating_sub(12));
    let Some(k) = (s..i)
        .rev()
        .find(|&k| matches!(p.lower(k), "if" | "unless"))
    else {
        return false;
    };
    // (A participle after a present auxiliary is no past: `if no deal is reached by June`.)
    let past_verb = |j: usize| {
        is_past_verb(p.lower(j))
            && !matches!(
                p.lower(j - 1),
                "is" | "are" | "be" | "been" | "will" | "would" | "can" | "to" | "has" | "have"
            )
    };
    (k + 1..i).any(|j| matches!(p.lower(j), "was" | "were" | "had") || past_verb(j))
}

/// A day number at `i` and the month after it (`28 July`, `4th of May`), with its year.
fn day_then_month(p: &Para, i: usize, r: NaiveDate) -> Option<(usize, usize, CalendarDate)> {
    let (d, dlast) = day_number(p, i)?;
    let of = p.lower(dlast + 1) == "of";
    let mi = if of { dlast + 2 } else { dlast + 1 };
    let (m, mlast) = month_at(p, mi)?;
    let (y, last) = year_at(p, mlast + 1, r).unwrap_or((unwritten_year(p, i, m, d, r), mlast));
    Some((i, last, day(y, m, d)?))
}

/// The day that the day number ending at `dlast` is joined to by `and`, `or`, `to` or a comma,
/// over any days joined between, when a month follows it: `26 and 28 July`, `22 to 24 May`,
/// `26, 27 and 28 July`. A few days on at most, and without recursion: a sentence of a million
/// numbers joined by `to` is no date.
fn day_joined_to_a_month(p: &Para, dlast: usize, r: NaiveDate) -> Option<NaiveDate> {
    const MOST_DAYS: usize = 8;
    let mut last = dlast;
    for _ in 0..MOST_DAYS {
        if !joins_listed_days(p, last + 1) {
            return None;
        }
        let (_, next_last) = day_number(p, last + 2)?;
        if let Some((_, _, CalendarDate::Day(date))) = day_then_month(p, last + 2, r) {
            return Some(date);
        }
        last = next_last;
    }
    None
}

/// Where the month is whose day opens the list of days that the day number at `i` (ending at
/// `dlast`) is a later one of: back over `and 8`, `to 8` and `, 13` to `July 7`. A comma joins
/// only a list that goes on after the day (`March 12, 13 and 14`; not `March 12, 13
/// workers`); a few days back at most.
fn month_of_a_list_of_days(p: &Para, i: usize, dlast: usize) -> Option<usize> {
    let goes_on = || joins_listed_days(p, dlast + 1) && day_number(p, dlast + 2).is_some();
    if i < 3 || (p.is_punct(i - 1, ",") && !goes_on()) {
        return None;
    }
    let mut k = i;
    for _ in 0..6 {
        if k < 3 || !joins_listed_days(p, k - 1) {
            return None;
        }
        let (_, last) = day_number(p, k - 2)?;
        if last != k - 2 {
            return None;
        }
        if month_at(p, k - 3).is_some() {
            return Some(k - 3);
        }
        k -= 2;
    }
    None
}

/// Token `k` joins two days of a list: `and`, `or`, `&`, `to` or a comma.
fn joins_listed_days(p: &Para, k: usize) -> bool {
    matches!(p.lower(k), "and" | "or" | "&" | "to") || p.is_punct(k, ",")
}

/// A word after a number that makes it an amount: a scale (`9 billion`) or a currency
/// (`8 dlrs`).
fn names_an_amount(lower: &str) -> bool {
    super::lexicon::scale(lower).is_some() || super::lexicon::is_currency_word(lower)
}

fn match_at(p: &Para, i: usize, r: NaiveDate) -> Option<(usize, usize, CalendarDate)> {
    if !may_start_date(p, i) {
        return None;
    }
    let lower = p.lower(i);
    // "the end of April", "the end of the (calendar) year", "the end of the month"
    if lower == "end" && p.lower(i + 1) == "of" {
        let first = if i > 0 && p.lower(i - 1) == "the" {
            i - 1
        } else {
            i
        };
        let mut j = i + 2;
        if p.lower(j) == "the" || p.lower(j) == "this" {
            j += 1;
        }
        if p.lower(j) == "calendar" {
            j += 1;
        }
        // A fiscal year ends when its company or government says: not on a known day.
        if matches!(p.lower(j), "fiscal" | "financial" | "tax") {
            return None;
        }
        match p.lower(j) {
            "year" => return Some((first, j, day(r.year(), 12, 31)?)),
            "month" => return Some((first, j, CalendarDate::Day(month_end(r.year(), r.month())?))),
            _ => {}
        }
        // `by the end of next month`, `at the end of last month`
        if let Some(step) = direction(p.lower(j)).filter(|_| p.lower(j + 1) == "month") {
            let month = match step {
                1 => r.checked_add_months(chrono::Months::new(1))?,
                -1 => r.checked_sub_months(chrono::Months::new(1))?,
                _ => r,
            };
            return Some((
                first,
                j + 1,
                CalendarDate::Day(month_end(month.year(), month.month())?),
            ));
        }
        // `by the end of next March`, `at the end of last March`: the month named, the coming
        // one or the one gone.
        if let Some(step) = direction(p.lower(j)) {
            if let Some((m, last)) = month_at(p, j + 1) {
                let y = match step {
                    1 => r.year() + i32::from(m <= r.month()),
                    -1 => r.year() - i32::from(m >= r.month()),
                    _ => r.year(),
                };
                return Some((first, last, CalendarDate::Day(month_end(y, m)?)));
            }
        }
        // `the end of the first quarter of 1988`: the quarter's last day, in the year written.
        let quarter = match p.lower(j) {
            "first" => Some(3),
            "second" => Some(6),
            "third" => Some(9),
            "fourth" => Some(12),
            _ => None,
        };
        if let Some(m) = quarter.filter(|_| p.lower(j + 1) == "quarter") {
            if p.lower(j + 2) == "of" {
                if let Some((y, last)) = year_at(p, j + 3, r) {
                    return Some((first, last, CalendarDate::Day(month_end(y, m)?)));
                }
            }
            // `will close the plants by the end of the third quarter`: read as the end of its
            // last month.
            return end_of_month(p, (first, j + 1), m, r);
        }
        // `by the end of 2005`, `the end of next year`
        if let Some((y, last)) = year_at(p, j, r) {
            // (Not `the end of the 1986/87 season`: a season's or a crop year's end.)
            let season = matches!(p.word(last + 1), "/" | "-")
                && p.touching(last, last + 1)
                && p.is_number(last + 2);
            // (Nor `the end of the 2007 World Cup`, `the end of the 2005 campaign`: a year
            // that dates an event or a season, as its article says, or a name after it.)
            let article = j > i + 2 && p.lower(i + 2) == "the";
            let dates_a_thing =
                p.is_word(last + 1) && (article || p.is_capitalised(last + 1)) && p.is_number(last);
            if season || dates_a_thing {
                return None;
            }
            return Some((first, last, day(y, 12, 31)?));
        }
        if let Some((m, last)) = month_at(p, j) {
            return end_of_month(p, (first, last), m, r);
        }
        return None;
    }
    // `by year-end`, `BY YEAR-END`: the end of this year.
    if lower == "year-end" && !matches!(p.lower(i + 1), "results" | "figures" | "accounts") {
        return Some((i, i, day(r.year(), 12, 31)?));
    }
    // `by end-1987`: the end of that year.
    let hyphened_year = lower == "end"
        && p.is_punct(i + 1, "-")
        && p.touching(i, i + 1)
        && p.touching(i + 1, i + 2);
    if let Some(y) = hyphened_year.then(|| year_number(p, i + 2)).flatten() {
        return Some((i, i + 2, day(y, 12, 31)?));
    }
    // `by end-March`, `BY END-MARCH`: the end of March.
    if let Some(m) = lower.strip_prefix("end-").and_then(|rest| {
        let written = &p.word(i)[4..];
        month_number(rest).filter(|_| written.starts_with(|c: char| c.is_ascii_uppercase()))
    }) {
        return end_of_month(p, (i, i), m, r);
    }
    if let Some((m, mlast)) = month_at(p, i) {
        let before = if i > 0 { p.lower(i - 1) } else { "" };
        // Month Day[,] [Year]
        if let Some((d, dlast)) = day_number(p, mlast + 1) {
            let comma = p.is_punct(dlast + 1, ",");
            let yi = if comma { dlast + 2 } else { dlast + 1 };
            if let Some((y, last)) = year_at(p, yi, r) {
                return Some((i, last, day(y, m, d)?));
            }
            // `which expires next September 30`, written in October: the coming one, and
            // `last March 3` the one gone, whatever the verb says.
            let passed = (m, d) <= (r.month(), r.day());
            let (first, y) = match before {
                "next" => (i - 1, r.year() + i32::from(passed)),
                "last" => (i - 1, r.year() - i32::from(!passed)),
                _ => (i, unwritten_year(p, i, m, d, r)),
            };
            return Some((first, dlast, day(y, m, d)?));
        }
        // Month Year, `March next year`
        if let Some((y, last)) = year_at(p, mlast + 1, r) {
            return Some((i, last, CalendarDate::Month { year: y, month: m }));
        }
        // (`until early May`, `in late December`: the word before the month's part.)
        let part = matches!(before, "early" | "late" | "mid");
        let lead_at = i.checked_sub(1 + usize::from(part));
        let lead = lead_at.map_or("", |k| p.lower(k));
        // last / next / this / early / late Month
        let (first, y) = match before {
            "last" => (
                i - 1,
                if m < r.month() {
                    r.year()
                } else {
                    r.year() - 1
                },
            ),
            "next" => (
                i - 1,
                if m > r.month() {
                    r.year()
                } else {
                    r.year() + 1
                },
            ),
            "this" => (i - 1, r.year()),
            // `agreed in December`, written in March: last December.
            // (Not `to be made in May`: a participle after `be` is the auxiliary's.)
            _ if lead == "in"
                && m > r.month()
                && lead_at
                    .and_then(|k| k.checked_sub(1))
                    .is_some_and(|verb| marker_at(p, verb, p.sentence_of(i).0) == Tense::Past) =>
            {
                (i, r.year() - 1)
            }
            // `a target of 78% by March`, written in October: next March.
            // (`Sales rose until May`, written in December: a past verb's May is this year's.)
            _ if matches!(lead, "by" | "until" | "before")
                && m < r.month()
                && !a_past_condition_on_a_month_gone(p, i, m, r)
                && lead_at.is_some_and(|k| clause_tense(p, k) != Tense::Past) =>
            {
                (i, r.year() + 1)
            }
            // `set its price for June`, written in May: the coming month, whatever the verb.
            "for" if m > r.month() && m <= r.month() + 2 => (i, r.year()),
            // As a day without its year: `will earn more from April`, written in August.
            // (`bought rice for shipment between May and July`: when it is to be shipped.)
            // (`the June producer price index, due on Friday`, written in July: the figures of
            // a month gone, whatever their release looks ahead to.)
            // (`had resumed shipments in August`, written in December: a past verb's
            // shipments, unless bought `for shipment` then.)
            _ if m < r.month()
                && match clause_tense(p, i) {
                    Tense::Future => true,
                    // (`sold 500 tonnes for January shipment`: `for` before the month.)
                    Tense::Past => shipped_then(p, i).is_some_and(|k| {
                        let at = k.min(i);
                        at > 0 && p.lower(at - 1) == "for"
                    }),
                    Tense::Unknown => shipped_then(p, i).is_some(),
                }
                && !reports_on_the_month(p, i, mlast) =>
            {
                (i, r.year() + 1)
            }
            // `will report its December sales on Thursday`, written in January: the figures
            // of the month just gone, not of one most of a year ahead.
            _ if m > r.month() + 6 && reports_on_the_month(p, i, mlast) => (i, r.year() - 1),
            // `under the group's December agreement`, written in May: an agreement made then,
            // not one to come (unless the clause looks ahead).
            _ if m > r.month()
                && matches!(p.lower(mlast + 1), "agreement" | "accord" | "pact" | "deal")
                && clause_tense(p, i) != Tense::Future =>
            {
                (i, r.year() - 1)
            }
            // `since taking charge in December`, written in February: last December; so is
            // `November starts were revised`, whose verb follows.
            // (Not a month soon to come that something is hoped for by: `hoped for a reply by
            // mid-October`, written in September; but `had reached 5 mln by December` looks
            // back.)
            _ if m > r.month()
                && !(matches!(lead, "by" | "until" | "before")
                    && m <= r.month() + 3
                    && lead_at.is_some_and(|k| {
                        !(k.saturating_sub(6)..k).any(|j| p.lower(j) == "had")
                    }))
                && looks_back_on_a_month(p, i)
                && shipped_then(p, i).is_none() =>
            {
                (i, r.year() - 1)
            }
            _ => (i, r.year()),
        };
        // `in late November`, `early December`: the month's year as read, with its word.
        let first = if matches!(before, "early" | "late" | "mid") {
            i - 1
        } else {
            first
        };
        return Some((first, mlast, CalendarDate::Month { year: y, month: m }));
    }
    // `on Christmas Day`, `New Year's Eve 1999`: a holiday on a day of its own.
    if let Some(h) = holiday_at(p, i) {
        let y = h
            .year
            .unwrap_or_else(|| unwritten_year(p, i, h.month, h.day, r));
        return Some((i, h.last, day(y, h.month, h.day)?));
    }
    // Day Month [Year]
    if let Some((d, dlast)) = day_number(p, i) {
        // `on 26 and 28 July`, `from 22 to 24 May`: the first day takes the month of the second.
        if let Some(second) = day_joined_to_a_month(p, dlast, r) {
            return Some((i, dlast, day(second.year(), second.month(), d)?));
        }
        if let Some(found) = day_then_month(p, i, r) {
            return Some(found);
        }
        // `on July 7 and 8`, `from May 5 to 8`, `on March 12, 13 and 14`: a later day of a
        // list takes the month of its first.
        // (`on May 6 and 9 billion dlrs of bonds on May 7`: not an amount.)
        let an_amount = p.is_punct(dlast + 1, "%")
            || matches!(p.lower(dlast + 1), "pct" | "percent" | "per")
            || names_an_amount(p.lower(dlast + 1));
        let month = (!an_amount)
            .then(|| month_of_a_list_of_days(p, i, dlast))
            .flatten();
        if let Some((_, _, CalendarDate::Day(first))) = month.and_then(|m| match_at(p, m, r)) {
            return Some((i, dlast, day(first.year(), first.month(), d)?));
        }
        return None;
    }
    // `Sunday's final` is on Sunday.
    let day_name = p.lower(i);
    let day_name = super::lexicon::possessive_owner(day_name).unwrap_or(day_name);
    if let Some(wd) = weekday_index(day_name).filter(|_| p.is_capitalised(i)) {
        if weekday_in_a_name(p, i) || recurs(p, i) {
            return None;
        }
        // `the first Monday of June`: that day of the month.
        if let Some(found) = nth_weekday_of_a_month(p, i, wd, r) {
            return Some(found);
        }
        // `Tuesday 10 September`, `Tuesday, Sept. 10`: one date, the one written out; with no
        // year written, in the nearest year where that day is that weekday.
        let next = if p.is_punct(i + 1, ",") { i + 2 } else { i + 1 };
        // (Not another weekday: `Monday, Tuesday, …` is no chain of dates to follow.)
        let written = weekday_index(p.lower(next))
            .is_none()
            .then(|| match_at(p, next, r))
            .flatten();
        if let Some((_, last, CalendarDate::Day(date))) = written {
            let year_written =
                (next..=last).any(|k| year_number(p, k).is_some() || p.lower(k) == "year");
            let on_weekday = |d: &NaiveDate| d.weekday().num_days_from_monday() == wd;
            let date = [date.year(), r.year(), r.year() + 1, r.year() - 1]
                .into_iter()
                .filter_map(|y| date.with_year(y))
                .find(|d| !year_written && on_weekday(d))
                .unwrap_or(date);
            return Some((i, last, CalendarDate::Day(date)));
        }
        return Some(weekday(p, i, wd, r));
    }
    let sentence_start = p.sentence_of(i).0 == i;
    // Relative words; capitalised mid-sentence they are names (`Radio 4's Today`).
    let plain = !p.is_capitalised(i) || sentence_start;
    if plain {
        if let Some(o) = day_offset(lower) {
            return Some((i, i, CalendarDate::Day(r + Duration::days(o))));
        }
        if let Some(dir) = direction(lower) {
            match p.lower(i + 1) {
                "month" => {
                    let (y, m) = add_months(r.year(), r.month(), dir);
                    return Some((i, i + 1, CalendarDate::Month { year: y, month: m }));
                }
                "year" => return Some((i, i + 1, CalendarDate::Year(r.year() + dir))),
                _ => {}
            }
        }
    }
    // Bare years, not decades (`1990s`) and not counts (`2000 people`).
    if let Some(y) = year_number(p, i) {
        if p.touching(i, i + 1) && (p.is_word(i + 1) || p.is_punct(i + 1, "%")) {
            return None;
        }
        if i > 0 && p.touching(i - 1, i) && super::lexicon::currency_symbol(p.word(i - 1)).is_some()
        {
            return None;
        }
        let next = p.lower(i + 1);
        // `from 1990 levels`, `at 2020 prices`, `a target for 1987 exports`: plurals a year
        // is said of.
        let of_a_year = matches!(
            next,
            "levels"
                | "prices"
                | "figures"
                | "results"
                | "elections"
                | "accounts"
                | "terms"
                | "exports"
                | "imports"
                | "shipments"
                | "sales"
                | "earnings"
                | "profits"
                | "revenues"
                | "purchases"
                | "deliveries"
        );
        // `2000 people`, `1987 cars`; not `1987 is`, `1986 was`, `2024 has`.
        // (Nor `the 2011 census`, `the 1987 bonus`: a singular in `-us`.)
        let plural = next.len() > 3
            && next.ends_with('s')
            && !next.ends_with("us")
            && !next.ends_with("'s")
            && !next.ends_with("’s")
            && !matches!(next, "this" | "thus" | "plus" | "less" | "does" | "unless");
        // `Windows 2000`, `Euro 2004`: a name's number, after a capitalised word inside a
        // sentence (not `Christmas 2004`, `Spain's 2000 victory`, nor a month's year, read
        // with the month).
        if names_with_the_word_before(p, i) {
            return None;
        }
        // `Fourth quarter 1986 includes a gain`, `first half 1987 sales`, `Nine mths 1987
        // includes`: the period's year.
        let counted_months = i > 1
            && matches!(p.lower(i - 1), "months" | "mths" | "weeks" | "wks")
            && (p.is_number(i - 2) || super::lexicon::small_number(p.word(i - 2)).is_some());
        let of_a_period = counted_months
            || (i > 0 && matches!(p.lower(i - 1), "quarter" | "qtr" | "half" | "year"));
        // `Labour's 1997 and 2001 manifestos`: a number listed after a year is one too.
        // (Not `2,000 cars in 1999 and 2500 cars in 2000`: a year listed is near the one before.)
        let listed_after_a_year = i >= 2
            && (matches!(p.lower(i - 1), "and" | "or") || p.is_punct(i - 1, ","))
            && year_number(p, i - 2).is_some_and(|before| (y - before).abs() <= 50);
        // (`In 2000 protests at refineries led to shortages`, `Since 1998 talks have …`, `and
        // in 2003 bills went up`: a sentence or a clause opening on when is a year's, a count
        // of thousands being written with its comma.)
        let clause_opens_at = |k: usize| {
            p.sentence_of(k).0 == k
                || (k > 0
                    && (matches!(p.lower(k - 1), "and" | "but" | "while")
                        || p.is_punct(k - 1, ",")
                        || p.is_punct(k - 1, ";")))
        };
        let opens_on_when = i >= 1
            && clause_opens_at(i - 1)
            && matches!(
                p.lower(i - 1),
                "in" | "since" | "by" | "until" | "after" | "before"
            )
            && (1900..2100).contains(&y);
        let counted = p.is_word(i + 1)
            && !of_a_year
            && !of_a_period
            && !listed_after_a_year
            && !opens_on_when
            && !p.is_capitalised(i + 1)
            && (plural || super::lexicon::is_irregular_plural(next));
        if counted || names_an_amount(next) {
            return None;
        }
        return Some((i, i, CalendarDate::Year(y)));
    }
    None
}

/// The clause of the month at `i` looks back: its verb before the month is in the past, or,
/// when the month opens its sentence or follows its first word (`November starts were
/// revised`, `The November figures were revised`), the verb after it, as it is when that verb
/// follows the month at once (`Food riots in December left 15 people dead`).
fn looks_back_on_a_month(p: &Para, i: usize) -> bool {
    match clause_tense(p, i) {
        Tense::Past => true,
        Tense::Future => false,
        Tense::Unknown => {
            (p.sentence_of(i).0 + 1 >= i && tense(p, i) == Tense::Past)
                || (i + 1 < p.tokens().len() && marker_at(p, i + 1, i) == Tense::Past)
        }
    }
}

/// `1986 results include Eastern Airlines from November 25`, written in March 1987: a day in
/// a sentence about the results of a year gone is in that year.
fn year_of_results_told(p: &Para, i: usize, r: NaiveDate) -> Option<i32> {
    let s = p.sentence_of(i).0.max(i.saturating_sub(20));
    (s..i).find_map(|k| {
        let y = year_number(p, k)?;
        let results = matches!(
            p.lower(k + 1),
            "results" | "earnings" | "figures" | "accounts" | "net" | "profit" | "profits"
        );
        (results && y < r.year()).then_some(y)
    })
}

/// The year of a day written without one: the reference's; the next when the day has
/// passed and the clause looks ahead (`thresholds are due to fall on 1 April`, in December);
/// the last when the clause looks back at a day more than half a year ahead (`doubled after
/// the election on Nov. 5`, in January).
fn unwritten_year(p: &Para, i: usize, m: u32, d: u32, r: NaiveDate) -> i32 {
    if let Some(y) = year_of_results_told(p, i, r) {
        return y;
    }
    // (A day passed in the last fortnight that names an event is this year's whatever the
    // clause looks ahead to: `expected rates to be cut before the end of the week, after the
    // March 17 budget`, written on March 24.)
    let names_an_event =
        i > 0 && p.lower(i - 1) == "the" && p.is_word(i + 2) && !p.is_capitalised(i + 2);
    // This year's day has gone by, fewer than so many days ago.
    let this_years = NaiveDate::from_ymd_opt(r.year(), m, d);
    let gone_within =
        |days: i64| this_years.is_some_and(|day| day < r && r - day < Duration::days(days));
    let just_passed = names_an_event && gone_within(15);
    let passed = (m, d) < (r.month(), r.day()) && !just_passed;
    // `the December 26 disaster`, `the March 5 earthquake`: what nobody schedules has
    // happened, on the last such day.
    if names_an_event && is_unforeseen_event(p.lower(i + 2)) {
        return if (m, d) > (r.month(), r.day()) {
            r.year() - 1
        } else {
            r.year()
        };
    }
    // `have been off the job since August 1`, written in May: a day things have gone on
    // since is gone.
    // (`The union's contract expired on August 1`: a day a verb in the past ran out or
    // began on, too.)
    let ran_out_or_began_on = || {
        i >= 2
            && p.lower(i - 1) == "on"
            && matches!(
                p.lower(i - 2),
                "expired" | "ended" | "lapsed" | "began" | "started" | "collapsed"
            )
    };
    // (More than a week ahead: a day or two may be the wire's own slip. The day first:
    // most days are not ahead.)
    let ahead_by_a_week = this_years.is_some_and(|day| day > r + Duration::days(7));
    if ahead_by_a_week && i > 0 && (p.lower(i - 1) == "since" || ran_out_or_began_on()) {
        return r.year() - 1;
    }
    let far_ahead = m > r.month() + 6;
    // (`will limit its exports to 24,516 tonnes in the year from March 1`, written on March
    // 24, `in the year starting April 1`, written on April 8: a period already under way,
    // from this year's.)
    // (Asked only of a day gone by.)
    let under_way = || starts_a_period(p, i) && gone_within(92);
    // (`Data for the week ending March 9 will be released on Thursday`, written on March 12:
    // a week or a quarter just ended is this year's, whatever is still to be done with it.)
    let just_closed = || match period_closed_on(p, i) {
        Some("week") => gone_within(14),
        Some("month" | "quarter") => gone_within(92),
        _ => false,
    };
    // (`will cut the deficit to 2.2 billion dlrs from 4.1 billion in the year to June 30`,
    // written in August: what a change is from, the period last closed.)
    if passed && gone_within(366) && closes_the_base_of_a_change(p, i) {
        return r.year();
    }
    if passed && just_closed() {
        return r.year();
    }
    // `payable July 1 to shareholders of record on June 12`, written on June 17: a record
    // day just gone is this year's, whatever the payment's tense.
    let of_record = (i.saturating_sub(3)..i).any(|k| p.lower(k) == "record");
    if passed && of_record && gone_within(61) {
        return r.year();
    }
    if passed && bounds_a_period_ahead(p, i) && !under_way() {
        return r.year() + 1;
    }
    // `has called an overtime ban for January 11`, `Unions have called another day of
    // strikes for 31 January`, written in December: an action called for a day long gone
    // this year is next year's, whatever the tense of the calling.
    if passed && r.month() >= m + 4 && called_for(p, i) {
        return r.year() + 1;
    }
    // `CANADA SETS JANUARY 15 DEADLINE`, written in December: a deadline named by a day gone
    // this year is next year's, unless its clause looks back (`missed the January 15
    // deadline`).
    let names_a_deadline = || {
        (i + 1..i + 4)
            .take_while(|&k| p.is_word(k) || p.is_number(k))
            .any(|k| p.lower(k) == "deadline")
    };
    // (Read once: it walks the clause.)
    let passed_tense = passed.then(|| tense(p, i));
    if passed_tense.is_some_and(|t| t != Tense::Past) && names_a_deadline() {
        return r.year() + 1;
    }
    // `Talks resume on January 10`, `the rules take effect on January 1`, written in
    // December: a day long gone this year that a clause in the present sets something on is
    // next year's (not `published on January 10`).
    // (`the rules take effect from April 1`, `come into force from April 1`: from a day on.
    // Wire copy may leave the `on` out: `the quota, which takes effect January 1`.)
    let set_on = || set_by_a_verb(p, i).filter(|_| r.month() >= m + 4);
    // (`was ready to talk before the measures take effect on January 1`: the present after
    // `before` or `until` is still to come, whatever the verb before it.)
    let ahead_of_a_time_clause = || {
        // (Not `before the cuts took effect`: done.)
        let effect_taken =
            i >= 3 && p.lower(i - 2) == "effect" && !matches!(p.lower(i - 3), "take" | "takes");
        !effect_taken && time_clause_before(p, i).is_some()
    };
    let unsaid = passed_tense == Some(Tense::Unknown)
        || (passed_tense == Some(Tense::Past) && ahead_of_a_time_clause());
    // (`Officials said the quota, which takes effect January 1, was cut`: the verb that sets
    // the day speaks for it, not the sentence's others.)
    if passed && !dates_a_thing(p, i) && set_on().is_some_and(|present| unsaid || present) {
        return r.year() + 1;
    }
    // (`was due to expire on April 20`, written on April 29: this year's, come and gone; so
    // is a day a condition put in the past set, not long ago: `had threatened sanctions
    // unless Tokyo agreed to open its market by October 1`, written on October 2.)
    // (Or one said of, as still to come, before the story's day: `had said last month that
    // Japan must act by March 15`.)
    let recent_past_condition =
        || gone_within(183) && (put_as_a_past_condition(p, i) || said_back_then(p, i));
    if passed_tense == Some(Tense::Future)
        && !dates_a_thing(p, i)
        && !was_due(p, i)
        && !under_way()
        && !recent_past_condition()
    {
        r.year() + 1
    } else if (far_ahead || ((m, d) > (r.month(), r.day()) && closes_a_period_gone(p, i)))
        && reported_in_the_past(p, i)
    {
        r.year() - 1
    } else {
        r.year()
    }
}

/// Whether a verb right before the day at `i` (or its `on` or `from`) sets something on it:
/// `None` when none does; else whether the verb is itself in the present (`takes effect`,
/// `expires`, `comes into force`), whatever the verbs around it say.
fn set_by_a_verb(p: &Para, i: usize) -> Option<bool> {
    let on = i > 0 && matches!(p.lower(i - 1), "on" | "from");
    let verb = i.checked_sub(if on { 2 } else { 1 })?;
    // (Not the noun: `the vote on January 10`.)
    let a_noun = verb > 0 && opens_a_noun_phrase(p.lower(verb - 1));
    let bare = verb + 1 == i;
    let set = (is_schedule_verb(p.lower(verb)) && !(bare && a_noun))
        || comes_into_force(p, verb)
        || (!bare && released_on(p, i));
    if !set {
        return None;
    }
    let auxiliary = match p.lower(verb) {
        "effect" => verb.checked_sub(1),
        "force" => verb.checked_sub(2),
        _ => None,
    };
    let present = auxiliary.map_or(is_schedule_verb(p.lower(verb)), |k| {
        matches!(p.lower(k), "take" | "takes" | "come" | "comes")
    });
    Some(present && !a_noun)
}

/// The clause of the day at `i` looks back; for a period the day closes, the verb may
/// follow its subject (`Pre-tax profits for the three months to December 31 were 705 mln
/// stg`, `Profit in the year to December 31 rose 10 pct`).
fn reported_in_the_past(p: &Para, i: usize) -> bool {
    match clause_tense(p, i) {
        Tense::Past => true,
        Tense::Unknown => period_closed_on(p, i).is_some() && tense(p, i) == Tense::Past,
        Tense::Future => false,
    }
}

/// Where the clause of time the day at `i` is in opens: `before`, `until`, `once` or `when`
/// a few words before it, with no punctuation between.
fn time_clause_before(p: &Para, i: usize) -> Option<usize> {
    (i.saturating_sub(8).max(p.sentence_of(i).0)..i)
        .rev()
        .take_while(|&k| !p.is_some_punct(k))
        .find(|&k| matches!(p.lower(k), "before" | "until" | "once" | "when"))
}

/// What sets something on a day, in the present (`s` or not): `resumes`, `open`, `take
/// effect`.
pub(super) fn is_schedule_verb(lower: &str) -> bool {
    matches!(
        lower.strip_suffix('s').unwrap_or(lower),
        "resume"
            | "reconvene"
            | "convene"
            | "reopen"
            | "open"
            | "start"
            | "begin"
            | "meet"
            | "end"
            | "close"
            | "expire"
            | "effect"
            | "vote"
    )
}

/// The day at `i` is what an action was called for: `called a strike for`, `strikes for`.
fn called_for(p: &Para, i: usize) -> bool {
    if i < 2 || p.lower(i - 1) != "for" {
        return false;
    }
    let action = |w: &str| {
        matches!(
            w,
            "strike"
                | "strikes"
                | "walkout"
                | "walkouts"
                | "stoppage"
                | "stoppages"
                | "ban"
                | "protest"
                | "protests"
                | "demonstration"
                | "rally"
                | "march"
                | "ballot"
        )
    };
    action(p.lower(i - 2))
        || (i.saturating_sub(8)..i - 1).any(|k| matches!(p.lower(k), "called" | "calls" | "call"))
}

/// Token `k` is the `force` of `into force` (`the law comes into force on April 1`), which
/// sets a day as `takes effect` does.
pub(super) fn comes_into_force(p: &Para, k: usize) -> bool {
    k > 0 && p.lower(k) == "force" && p.lower(k - 1) == "into"
}

/// `speaking before the OPEC conference opens in Vienna on Thursday`: a schedule in the
/// present in a clause of time, still to come whatever the verb before it.
fn scheduled_in_a_time_clause(p: &Para, i: usize) -> bool {
    time_clause_before(p, i).is_some_and(|c| {
        // (A verb follows no article: not `before the effects show`.)
        (c + 1..i).any(|k| {
            p.lower(k).ends_with('s')
                && is_schedule_verb(p.lower(k))
                && !matches!(p.lower(k - 1), "the" | "a" | "an" | "its" | "their")
        })
    })
}

/// What happens without notice, so that a day naming it is gone: `earthquake`, `attack`.
fn is_unforeseen_event(lower: &str) -> bool {
    matches!(
        lower,
        "earthquake"
            | "quake"
            | "disaster"
            | "tsunami"
            | "attack"
            | "attacks"
            | "bombing"
            | "bombings"
            | "blast"
            | "explosion"
            | "crash"
            | "coup"
            | "massacre"
            | "shooting"
            | "accident"
            | "fire"
            | "flood"
            | "floods"
            | "storm"
            | "landslide"
            | "hijacking"
            | "killings"
            | "riots"
            | "collapse"
            | "invasion"
    )
}

/// `lost 15 mln stg in the year to October 31`: the day at `i` closes a period whose
/// results (an amount before it) a clause that looks back reports once it is over (not `the
/// budget for the year to September 30 had been approved`: a period under way).
fn closes_a_period_gone(p: &Para, i: usize) -> bool {
    let period = period_closed_on(p, i).is_some_and(|w| {
        matches!(
            w,
            "year" | "months" | "quarter" | "weeks" | "half" | "period"
        )
    });
    period && (p.sentence_of(i).0..i - 2).any(|k| p.is_number(k) && !counts_the_period(p, k))
}

/// `week` of `the week ending March 9`, `months` of `the six months to June 30`: the period
/// the day at `i` closes, in lower case.
fn period_closed_on<'p>(p: &'p Para, i: usize) -> Option<&'p str> {
    (i >= 2 && matches!(p.lower(i - 1), "to" | "ended" | "ending")).then(|| p.lower(i - 2))
}

/// The day at `i` closes the period of the amount a change is from: `from 4.1 billion in
/// the year to June 30`, `against 98 mln in the six months ended June 30`.
fn closes_the_base_of_a_change(p: &Para, i: usize) -> bool {
    if period_closed_on(p, i).is_none() {
        return false;
    }
    let s = p.sentence_of(i).0;
    // Back past the period's words to the `in` that opens it.
    let Some(in_at) = (i.saturating_sub(7).max(s)..i - 1)
        .rev()
        .take_while(|&k| p.is_word(k) || p.is_number(k))
        .find(|&k| p.lower(k) == "in")
    else {
        return false;
    };
    // Then past the amount to what it is compared by.
    (in_at.saturating_sub(5).max(s)..in_at)
        .rev()
        .take_while(|&k| p.is_word(k) || p.is_number(k))
        .find(|&k| matches!(p.lower(k), "from" | "against"))
        .is_some_and(|k| p.is_number(k + 1))
}

/// `6` in `the 6 months ended`: the period's own length, no amount it reports.
fn counts_the_period(p: &Para, k: usize) -> bool {
    matches!(p.lower(k + 1), "months" | "weeks")
}

/// A period that starts or ends on the day at `i` and is still to come: a start in a clause
/// that does not look back (`a walkout starting on 27 August`), or an end in a clause whose
/// verb, after the day, looks ahead (`the fiscal year ending March 31 would still top …`).
fn bounds_a_period_ahead(p: &Para, i: usize) -> bool {
    // `or face a walkout starting on 27 August`: a start still to come, unless the clause
    // looks back.
    let on = usize::from(i > 1 && p.lower(i - 1) == "on");
    if i > on
        && matches!(p.lower(i - 1 - on), "starting" | "beginning")
        && tense(p, i) != Tense::Past
    {
        return true;
    }
    let bounds = i > 0 && matches!(p.lower(i - 1), "ending" | "starting" | "beginning");
    let (_, e) = p.sentence_of(i);
    bounds
        && (i + 1..e.min(i + 8))
            .take_while(|&k| !p.is_punct(k, ",") && !p.is_punct(k, ";"))
            .any(|k| is_modal(p.lower(k)) && !p.is_capitalised(k))
}

/// `the year from March 1`, `the 12 months from April 1`, `the year starting April 1`: the
/// day at `i` opens a span of time.
fn starts_a_period(p: &Para, i: usize) -> bool {
    i >= 2
        && matches!(
            p.lower(i - 1),
            "from" | "starting" | "beginning" | "commencing"
        )
        && super::lexicon::is_calendar_span(p.lower(i - 2))
}

/// `the Paris accord of February 22`: the day at `i` is the date of the thing named before
/// its `of`, whatever the verb says of that thing (`is expected to review` looks ahead; the
/// accord was made on its day). Not a stretch of time around the day (`the week of March 2`).
fn dates_a_thing(p: &Para, i: usize) -> bool {
    // (`quoting incident 412 of 23 November`: the thing named by its number.)
    let numbered =
        |k: usize| k >= 1 && p.is_number(k) && super::lexicon::names_one_by_number(p.lower(k - 1));
    i >= 2
        && p.lower(i - 1) == "of"
        && (p.is_word(i - 2) || numbered(i - 2))
        && !p.is_capitalised(i - 2)
        && !super::lexicon::is_function_word(p.lower(i - 2))
        && !matches!(
            p.lower(i - 2),
            "end"
                | "start"
                | "beginning"
                | "middle"
                | "week"
                | "weekend"
                | "night"
                | "morning"
                | "afternoon"
                | "evening"
        )
}

/// How many words either side of a date its tense is looked for in.
const TENSE_REACH: usize = 30;

/// The tense of the verb between the start of token `i`'s clause and `i`, when it is plain:
/// a verb in the past (`doubled after the election on Nov. 5`) or an auxiliary that looks
/// ahead (`will earn more from April`). Not `set` or `is`, and nothing past a clause's start:
/// `agreed in December to cut output, which expires on Oct. 31`.
pub(super) fn clause_tense(p: &Para, i: usize) -> Tense {
    // (As far back as `tense` looks: a sentence of thousands of dates is not read back to its
    // start from each.)
    let start = p.sentence_of(i).0.max(i.saturating_sub(TENSE_REACH));
    let mut after_clause = false;
    // (`was sold to a little-known firm, Baikal Finance Group, on 19 December`: a day set off
    // by a comma after asides is the verb's before them.)
    let set_off = i >= 2 && matches!(p.lower(i - 1), "on" | "in") && p.is_punct(i - 2, ",");
    for j in (start..i).rev() {
        let w = p.lower(j);
        after_clause |= w == "after";
        if set_off && w == "," {
            continue;
        }
        // (`Exports rose in December, after falling in November`: a participle's phrase set
        // off after a clause has no tense of its own, but that clause's.)
        let participles_phrase = w == ","
            && matches!(p.lower(j + 1), "after" | "since")
            && j + 2 < i
            && p.lower(j + 2).len() > 5
            && p.lower(j + 2).ends_with("ing");
        if participles_phrase {
            continue;
        }
        // A clause of its own starts here: `had to be the last before the accord expires in
        // October` (but `doubled after the election on Nov. 5` is one).
        let clause_start = matches!(
            w,
            "," | ";"
                | ":"
                | "which"
                | "that"
                | "who"
                | "but"
                | "before"
                | "until"
                | "when"
                | "once"
                | "unless"
                | "if"
                | "because"
                | "while"
        );
        // (`will publish a review before the Budget in March`: but `before` a name is a
        // preposition, and the verb before it still decides.)
        let before_a_name = matches!(w, "before" | "until")
            && i - j <= 5
            && opens_a_noun_phrase(p.lower(j + 1))
            && (j + 2..i).all(|k| p.is_capitalised(k) || matches!(p.lower(k), "in" | "of"))
            && p.is_capitalised(j + 2);
        if clause_start && !before_a_name {
            break;
        }
        // `requested the utility to begin making prepayments by the end of April`: what an
        // infinitive says is still to come, whatever the verb before it.
        // (Not `had led to food riots in December`: a verb whose `to` governs a noun.)
        let infinitive = w == "to"
            && !(j > start
                && matches!(
                    p.lower(j - 1),
                    "led" | "lead" | "leads" | "leading" | "contributed" | "returned" | "linked"
                ))
            && j + 1 < i
            && p.is_word(j + 1)
            && !p.is_capitalised(j + 1)
            && !matches!(
                p.lower(j + 1),
                "the" | "a" | "an" | "its" | "their" | "his" | "her" | "this" | "that" | "be"
            );
        if infinitive {
            // (`Analysts expect the cap to fall in April`: an infinitive a verb in the present
            // looks ahead to is still to come.)
            if looked_ahead_to(p, j, start) {
                return Tense::Future;
            }
            break;
        }
        if modals_perfect(p, j) {
            return Tense::Past;
        }
        if expected_then(p, j, start) {
            return Tense::Past;
        }
        if modal_at(p, j) || (matches!(w, "due" | "scheduled") && !describes_a_plural(p, j, start))
        {
            return Tense::Future;
        }
        if w == "since" {
            return Tense::Past;
        }
        // `the coffee year starting October 1`: a start still to come.
        if j + 1 == i && matches!(w, "starting" | "beginning" | "effective") {
            return Tense::Future;
        }
        if perfect_passive(p, j, start, i) {
            return Tense::Past;
        }
        match marker_at(p, j, start) {
            Tense::Past => return Tense::Past,
            // `expected no change after the bank cut rates in January`: what came after the
            // expecting may be what it was about, or what had happened before it; no tense.
            Tense::Future if w.ends_with("ed") && after_clause => return Tense::Unknown,
            // `expected`, `scheduled`, `hoped to`
            Tense::Future if w.ends_with("ed") => return Tense::Future,
            _ => {}
        }
    }
    Tense::Unknown
}

/// The infinitive's `to` at `j` follows, in its clause from `start`, a verb in the present
/// that looks ahead: `expect the cap to fall`, `plans to open`, `wants talks to resume`.
fn looked_ahead_to(p: &Para, j: usize, start: usize) -> bool {
    // (`The Treasury is expected to publish a review in March`: so does what is expected
    // now; not `was expected to`.)
    let expected_now = |k: usize| {
        matches!(
            p.lower(k),
            "expected" | "likely" | "scheduled" | "poised" | "set"
        ) && k > start
            && matches!(p.lower(k - 1), "is" | "are")
    };
    (start.max(j.saturating_sub(6))..j).rev().any(|k| {
        expected_now(k)
            || matches!(
                p.lower(k),
                "expect"
                    | "expects"
                    | "plans"
                    | "plan"
                    | "intends"
                    | "intend"
                    | "aims"
                    | "hopes"
                    | "wants"
            ) && !(k > start && matches!(p.lower(k - 1), "the" | "a" | "its" | "their"))
    })
}

/// `The company reports its fourth-quarter results on 28 January`: what a verb of release in
/// the present puts out, on the day at `i` (past the words of its object).
fn released_on(p: &Para, i: usize) -> bool {
    if i < 3 || p.lower(i - 1) != "on" {
        return false;
    }
    (i.saturating_sub(8)..i - 1)
        .rev()
        .take_while(|&k| (p.is_word(k) && !p.is_capitalised(k)) || p.is_punct(k, "-"))
        .any(|k| {
            matches!(
                p.lower(k),
                "reports" | "publishes" | "releases" | "announces" | "unveils"
            )
        })
}

/// `The accord was expected to be signed in June, but was delayed`, `had originally been
/// due in June`: an expectation at `j` in the past was of a day gone by. `s`: where the
/// sentence starts.
fn expected_then(p: &Para, j: usize, s: usize) -> bool {
    j > s
        && matches!(p.lower(j), "expected" | "scheduled" | "due" | "supposed")
        && said_in_the_past(p, j, s)
}

/// The participle at `j`, in a sentence or clause from `s`, follows a past auxiliary: `was`,
/// `were` or `had been`, past an adverb (`had originally been`, `was widely expected`).
fn said_in_the_past(p: &Para, j: usize, s: usize) -> bool {
    let skip_adverb = |k: usize| {
        if k > s && p.lower(k).ends_with("ly") {
            k - 1
        } else {
            k
        }
    };
    let back = skip_adverb(j - 1);
    if matches!(p.lower(back), "was" | "were") {
        return true;
    }
    back > s && p.lower(back) == "been" && p.lower(skip_adverb(back - 1)) == "had"
}

/// `should have been fixed by July 1`, `would have expired in March`: a modal's perfect at `j`
/// looks back (but `will have finished by June` ahead).
fn modals_perfect(p: &Para, j: usize) -> bool {
    modal_at(p, j) && p.lower(j) != "will" && matches!(p.lower(j + 1), "have" | "'ve")
}

/// `had made all interest payments due up to the end of April`: `due` right after a plural
/// says which ones; the clause's verb gives the tense.
fn describes_a_plural(p: &Para, j: usize, start: usize) -> bool {
    j > start
        && p.is_word(j - 1)
        && !p.is_capitalised(j - 1)
        && !matches!(
            p.lower(j - 1),
            "was" | "has" | "does" | "always" | "perhaps"
        )
        && crate::extract::figures::is_plural(p.lower(j - 1))
}

/// A modal at `j` in lower case: not `May`, a month, nor `Will`, a name.
fn modal_at(p: &Para, j: usize) -> bool {
    is_modal(p.lower(j)) && !p.is_capitalised(j)
}

/// An auxiliary that puts its verb ahead: `will`, `must`, `could`.
pub(super) fn is_modal(w: &str) -> bool {
    matches!(
        w,
        "will" | "would" | "'ll" | "shall" | "should" | "must" | "can" | "could" | "may" | "might"
    )
}

/// The tense word `j` marks, in its sentence from `s`. A participle after `be` or `remain`
/// marks none (`will be played`, `will remain closed`: the auxiliary decides), and a past
/// intention before `to` looks ahead (`hoped to run flights on Saturday`).
fn marker_at(p: &Para, j: usize, s: usize) -> Tense {
    // (`The Met Office has a warning …`, `Will Smith`: a capital inside a sentence is a
    // name's, no verb's.)
    if j > s && p.role != Role::Headline && p.is_capitalised(j) {
        return Tense::Unknown;
    }
    let w = p.lower(j);
    // `must set their budgets by 10 March`, `will cut`: a bare verb after a modal has the
    // modal's tense, whatever its past form looks like.
    let after_a_modal = j > s && is_modal(p.lower(j - 1));
    if after_a_modal {
        return Tense::Unknown;
    }
    // `Dealers had expected no change`, `had hoped to`: the past perfect is done, whatever
    // its verb looks to.
    // (`had widely expected`, too.)
    let had = |k: usize| k >= s && p.lower(k) == "had";
    let had_before =
        j > s && (had(j - 1) || (j > s + 1 && p.lower(j - 1).ends_with("ly") && had(j - 2)));
    if had_before && w.ends_with("ed") {
        return Tense::Past;
    }
    // `the previous record, set on Friday`: done; `set to meet`, `set for Friday`: ahead;
    // `the price to be set on January 16`: as the auxiliary says (but `has been set … since
    // January 5` is done).
    let to_be_set = j > s && p.lower(j - 1) == "be";
    if w == "set" && !matches!(p.lower(j + 1), "to" | "for") && !to_be_set {
        return Tense::Past;
    }
    // `wants a bill passed by the end of March`, `needs the deal approved by May 1`: a
    // participle after the object of a verb of wanting is what is still to be done.
    let wanted_done = w.ends_with("ed")
        && (j.saturating_sub(4).max(s)..j.saturating_sub(1)).any(|k| {
            matches!(
                p.lower(k),
                "want" | "wants" | "need" | "needs" | "expects" | "expect"
            ) && opens_a_noun_phrase(p.lower(k + 1))
        });
    if wanted_done {
        return Tense::Future;
    }
    // `has yet to agree terms … by January 15`: what is still to be done.
    // (`ahead of the January 15 review`, `ahead of Friday's meeting`: what a day's event is
    // still to come; not `finished ahead of schedule in March`.)
    if (w == "yet" && p.lower(j + 1) == "to") || (w == "ahead" && date_follows_of(p, j + 1)) {
        return Tense::Future;
    }
    // `The scheme closes to new applications on 31 March`: what a term does in the present
    // is set for the coming day.
    if matches!(
        w,
        "closes" | "expires" | "ends" | "opens" | "begins" | "starts"
    ) {
        return Tense::Future;
    }
    // `is accused of killing three people on Tuesday`, `charged with murdering`: the deed
    // a charge names was done, whatever the tense of the charging.
    let charged_with_a_deed = j >= s + 2
        && w.len() > 5
        && w.ends_with("ing")
        && matches!(p.lower(j - 1), "of" | "with")
        && matches!(
            p.lower(j - 2),
            "accused" | "charged" | "convicted" | "suspected" | "guilty" | "suspicion"
        );
    if charged_with_a_deed {
        return Tense::Past;
    }
    // `The cuts follow a reduction in the rate on Friday`: what is followed came first.
    // (`following moves by Citibank … on Monday`: a plural with no article too.)
    let a_plural_next = || {
        p.is_word(j + 1)
            && !p.is_capitalised(j + 1)
            && super::figures::is_plural(p.lower(j + 1))
            && !super::lexicon::is_function_word(p.lower(j + 1))
    };
    let follows_a_noun = || {
        (opens_a_noun_phrase(p.lower(j + 1)) || a_plural_next())
            && !(j > s && opens_a_noun_phrase(p.lower(j - 1)))
    };
    if matches!(w, "follow" | "follows" | "following") && follows_a_noun() {
        return Tense::Past;
    }
    // `fewer jobs than expected in January`, `as expected`: a comparison, no tense.
    if matches!(w, "expected" | "forecast" | "predicted")
        && j > s
        && matches!(p.lower(j - 1), "than" | "as")
    {
        return Tense::Unknown;
    }
    // `told of the plans on Monday`: a plan named, not one being made.
    if matches!(w, "plan" | "plans") && j > s && opens_a_noun_phrase(p.lower(j - 1)) {
        return Tense::Unknown;
    }
    // (`kept their title hopes alive on Saturday`: hopes held, not hoped; the verb takes
    // `to`, `that` or what is hoped for.)
    let hopes_held = || {
        let next = p.lower(j + 1);
        (j > s && opens_a_noun_phrase(p.lower(j - 1)))
            || !(matches!(next, "to" | "that" | "for") || opens_a_noun_phrase(next))
    };
    if w == "hopes" && hopes_held() {
        return Tense::Unknown;
    }
    let t = marker(w);
    if t != Tense::Past {
        return t;
    }
    // (`unless arrears are cleared by January 15`: the passive in the present, no past;
    // `if a contract is not reached by 11 p.m.`, denied.)
    let denied = j > s + 1 && matches!(p.lower(j - 1), "not" | "n't");
    let be = j - usize::from(denied);
    let after_be = be > s
        && matches!(
            p.lower(be - 1),
            "be" | "been" | "being" | "remain" | "remains" | "stay" | "stays" | "is" | "are"
        );
    if after_be {
        return Tense::Unknown;
    }
    // `escorting reflagged tankers`, `the revised plan`: a participle describing a noun
    // (`The current guaranteed price regime`: after another word describing it, too).
    let describing = j > s && w.ends_with("ed") && {
        let before = p.lower(j - 1);
        opens_a_noun_phrase(before)
            || (before.len() > 4 && before.ends_with("ing") && before != "having")
            || matches!(
                before,
                "current" | "existing" | "present" | "previous" | "former" | "original"
                    // `the maximum allowed`, `the 4.99% allowed without a referendum`: what a
                    // limit or a figure is, not what was done.
                    | "maximum" | "minimum" | "%" | "pct" | "percent"
            )
    };
    if describing {
        return Tense::Unknown;
    }
    let intention = matches!(
        w,
        "hoped"
            | "planned"
            | "intended"
            | "aimed"
            | "wanted"
            | "promised"
            | "pledged"
            | "vowed"
            | "agreed"
            | "decided"
            | "threatened"
            | "offered"
    );
    if intention && p.lower(j + 1) == "to" {
        return Tense::Future;
    }
    // `weakness if output stayed above 16 mln bpd through March`: a condition, still ahead.
    if (j.saturating_sub(4).max(s)..j).any(|k| matches!(p.lower(k), "if" | "unless")) {
        return Tense::Future;
    }
    t
}

/// `Farmers have been hit by a drought in December`: a verb in the past at `j`, in the
/// present perfect's passive, was done on the date at `i` when that is when (`in`, `on`,
/// `during`), not where it was moved to (`has been postponed until December 5`, `moved to
/// December`).
fn perfect_passive(p: &Para, j: usize, s: usize, i: usize) -> bool {
    j >= s + 2
        && i > j
        && matches!(p.lower(i - 1), "in" | "on" | "during")
        && p.lower(j - 1) == "been"
        && matches!(p.lower(j - 2), "has" | "have" | "'ve")
        && is_past_verb(p.lower(j))
}

/// `of the January 15 review`, `of Friday's meeting`, `of March 3`: an `of` at `k` whose
/// object opens on a day.
fn date_follows_of(p: &Para, k: usize) -> bool {
    if p.lower(k) != "of" {
        return false;
    }
    let at = if opens_a_noun_phrase(p.lower(k + 1)) {
        k + 2
    } else {
        k + 1
    };
    let w = p.word(at);
    p.is_number(at)
        || super::lexicon::month_number(w).is_some()
        || super::lexicon::weekday_index(w.trim_end_matches("'s")).is_some()
}

fn day(y: i32, m: u32, d: u32) -> Option<CalendarDate> {
    NaiveDate::from_ymd_opt(y, m, d).map(CalendarDate::Day)
}

pub fn month_end(y: i32, m: u32) -> Option<NaiveDate> {
    CalendarDate::Month { year: y, month: m }.last_day()
}

fn add_months(y: i32, m: u32, delta: i32) -> (i32, u32) {
    let total = y * 12 + (m as i32 - 1) + delta;
    (total.div_euclid(12), total.rem_euclid(12) as u32 + 1)
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(super) enum Tense {
    Past,
    Future,
    Unknown,
}

/// A weekday resolved by the tense of its clause: `met on Wednesday` is the reference week's
/// Wednesday on or before the reference date, `will meet on Friday` the next one on or after.
fn weekday(p: &Para, i: usize, wd: u32, r: NaiveDate) -> (usize, usize, CalendarDate) {
    let today = r.weekday().num_days_from_monday();
    let back = (today + 7 - wd) % 7; // days back to the last such weekday (0 = today)
    let ahead = (wd + 7 - today) % 7;
    let before = if i > 0 { p.lower(i - 1) } else { "" };
    let (first, offset) = match before {
        "last" => (i - 1, -(if back == 0 { 7 } else { back } as i64)),
        "next" => (i - 1, if ahead == 0 { 7 } else { ahead } as i64),
        "this" => (i - 1, ahead as i64),
        // `The contract was due to expire at midnight Sunday`, written on Monday: what was to
        // happen may have come or be called off before it came, so the nearer one.
        _ if was_due(p, i) => (
            i,
            if back <= ahead {
                -(back as i64)
            } else {
                ahead as i64
            },
        ),
        // `ahead of Sunday's match`, `shares rose ahead of Thursday's auction`: still to
        // come, whatever the tense around it.
        _ if is_ahead_of(p, i) => (i, ahead as i64),
        _ if owns_a_move(p, i) => (i, -(back as i64)),
        _ if scheduled_in_a_time_clause(p, i) => (i, ahead as i64),
        // (`The new tariffs take effect on Saturday, the ministry said`: a verb in the present
        // that sets the day speaks for it, not the saying.)
        _ if set_by_a_verb(p, i) == Some(true) => (i, ahead as i64),
        _ => match tense(p, i) {
            Tense::Past => (i, -(back as i64)),
            // (`will meet again on Thursday`, written on a Thursday: next week's, as the day
            // itself would be `today`.)
            Tense::Future if ahead == 0 => (i, 7),
            Tense::Future | Tense::Unknown => (i, ahead as i64),
        },
    };
    (first, i, CalendarDate::Day(r + Duration::days(offset)))
}

/// The weekday at `i` is the day of what its clause is `ahead of`: `ahead of Thursday's
/// auction`, `buying was strong ahead of the Tokyo market's close for a holiday on
/// Thursday` (not `opened ahead of schedule on Monday`).
fn is_ahead_of(p: &Para, i: usize) -> bool {
    in_the_clause_before(p, i, 10, |k, s| {
        p.lower(k) == "of"
            && k > s
            && p.lower(k - 1) == "ahead"
            && !matches!(
                p.lower(k + 1),
                "schedule" | "time" | "expectations" | "forecasts" | "estimates" | "target"
            )
    })
}

/// `found` holds for a token of the clause before token `i`: up to `reach` tokens back, within
/// the sentence (whose start `found` is given too) and not past a comma.
fn in_the_clause_before(
    p: &Para,
    i: usize,
    reach: usize,
    found: impl Fn(usize, usize) -> bool,
) -> bool {
    let s = p.sentence_of(i).0;
    (s.max(i.saturating_sub(reach))..i)
        .rev()
        .take_while(|&k| !p.is_punct(k, ","))
        .any(|k| found(k, s))
}

/// `after Monday's 508-point fall`, `Friday's sharp rise`: a move or a result the weekday at
/// `i` owns is reported once it has happened, so the day has passed, whatever the tense
/// around it (not `ahead of Thursday's auction`).
fn owns_a_move(p: &Para, i: usize) -> bool {
    super::lexicon::is_possessive(p.word(i))
        && (i + 1..i + 6)
            .take_while(|&k| p.is_word(k) || p.is_number(k) || p.is_punct(k, "-"))
            .any(|k| {
                matches!(
                    p.lower(k),
                    "fall"
                        | "drop"
                        | "rise"
                        | "gain"
                        | "gains"
                        | "decline"
                        | "plunge"
                        | "slide"
                        | "loss"
                        | "losses"
                        | "crash"
                        | "rally"
                        | "surge"
                        | "jump"
                        | "tumble"
                        | "slump"
                        | "collapse"
                        | "sell-off"
                        | "selloff"
                        | "rout"
                        | "defeat"
                        | "victory"
                        | "win"
                        | "attack"
                        | "bombing"
                        | "explosion"
                        | "earthquake"
                        // `a premium to Friday's closing price`, `in Monday's session`
                        | "closing"
                        | "close"
                        | "session"
                )
            })
}

/// `was due to`, `were scheduled to`, `was originally set to`, `had originally been due` a
/// few words before the day at `i`, in its clause.
fn was_due(p: &Para, i: usize) -> bool {
    in_the_clause_before(p, i, 8, |k, s| {
        k > s && matches!(p.lower(k), "due" | "scheduled" | "set") && said_in_the_past(p, k, s)
    })
}

/// The weekday at `i` comes round again and again: `every Monday`, `each Friday`, `the second
/// Tuesday of each month`; or is any one of them: `on a Friday or Saturday night`.
fn recurs(p: &Para, i: usize) -> bool {
    let every_or_any = |w: &str| matches!(w, "every" | "each" | "a" | "any");
    let listed_after_any = i > 2
        && matches!(p.lower(i - 1), "or" | "and")
        && crate::extract::lexicon::weekday_index(p.word(i - 2)).is_some()
        && every_or_any(p.lower(i - 3));
    (i > 0 && every_or_any(p.lower(i - 1)))
        || listed_after_any
        || (p.lower(i + 1) == "of"
            && (every_or_any(p.lower(i + 2))
                || (p.lower(i + 2) == "the" && p.lower(i + 3) == "month")))
}

/// `the first Monday of June`, `the last Friday of March 1988`: the weekday at `i`, `wd`
/// days after Monday, counted in a month.
fn nth_weekday_of_a_month(
    p: &Para,
    i: usize,
    wd: u32,
    r: NaiveDate,
) -> Option<(usize, usize, CalendarDate)> {
    let nth = match p.lower(i.checked_sub(1)?) {
        "first" => 1,
        "second" => 2,
        "third" => 3,
        "fourth" => 4,
        "last" => 0,
        _ => return None,
    };
    if p.lower(i + 1) != "of" {
        return None;
    }
    let (_, last, CalendarDate::Month { year, month }) = match_at(p, i + 2, r)? else {
        return None;
    };
    let date = if nth == 0 {
        let end = month_end(year, month)?;
        let back = (end.weekday().num_days_from_monday() + 7 - wd) % 7;
        end - Duration::days(back as i64)
    } else {
        NaiveDate::from_weekday_of_month_opt(year, month, weekday_of(wd)?, nth)?
    };
    Some((i - 1, last, CalendarDate::Day(date)))
}

fn weekday_of(days_after_monday: u32) -> Option<chrono::Weekday> {
    chrono::Weekday::try_from(u8::try_from(days_after_monday).ok()?).ok()
}

/// The weekday at `i` is part of a name, not a day: `the Sunday Times`, `the Mail on
/// Sunday`, `since Black Monday`, `Bloody Sunday`, `Super Tuesday`, `Saturday Night Live`.
pub(super) fn weekday_in_a_name(p: &Para, i: usize) -> bool {
    let paper = p.is_capitalised(i + 1)
        && matches!(
            p.word(i + 1),
            "Times"
                | "Telegraph"
                | "Mirror"
                | "Express"
                | "People"
                | "Herald"
                | "Post"
                | "Mail"
                | "Independent"
                | "Tribune"
                | "Star"
                | "Sport"
                | "Business"
                | "Club"
                | "School"
        );
    // `Saturday Night Takeaway`, `Monday Night Football`: a show named for its night.
    let show = p.word(i + 1) == "Night" && p.is_capitalised(i + 2);
    let before = |k: usize| i.checked_sub(k).map_or("", |k| p.word(k));
    let mail_on = before(1) == "on" && before(2) == "Mail";
    // `Sheffield Wednesday`: a club named for its day.
    let club = super::lexicon::is_a_clubs_town_before_its_day(
        before(1),
        super::lexicon::possessive_owner(p.word(i)).unwrap_or(p.word(i)),
    );
    let event = matches!(
        before(1),
        "Black" | "Bloody" | "Super" | "Cyber" | "Ash" | "Maundy"
    );
    // `his album Friday's Child`, `her single Manic Monday`: a work's title after its kind.
    let kind_of_work = |k: Option<usize>| {
        k.is_some_and(|k| {
            !p.is_capitalised(k) && crate::extract::lexicon::is_kind_of_work(p.lower(k))
        })
    };
    let title = (kind_of_work(i.checked_sub(1)) && p.is_capitalised(i + 1))
        || (i >= 1 && p.is_capitalised(i - 1) && kind_of_work(i.checked_sub(2)));
    paper || show || mail_on || club || event || title
}

/// The tense of the clause around token `i`: the nearest marker before it wins, then the
/// nearest after it.
pub(super) fn tense(p: &Para, i: usize) -> Tense {
    let (s, e) = p.sentence_of(i);
    let (s, e) = (s.max(i.saturating_sub(TENSE_REACH)), e.min(i + TENSE_REACH));
    // `by` and `until` point ahead only when just a time of day stands between them and the
    // day (`until 18:00 on Monday`), and a verb before them still decides (`were up 5% by
    // noon on Monday`); elsewhere they are `led by Russia`, `stayed until dawn`.
    let mut ahead = false;
    for j in (s..i).rev() {
        let w = p.lower(j);
        if matches!(w, "by" | "until") {
            let time_only = (j + 1..i).all(|k| is_time_of_day(p, k));
            // `the union had until midnight on Friday`, `gave the United States until January
            // 15`: what it has, or was given, is time still to come.
            // (`had given the board of Trans World Airlines Inc until Monday`: past a
            // receiver's name of several words.)
            let given = (s.max(j.saturating_sub(10))..j)
                .rev()
                .take_while(|&k| p.is_word(k))
                .any(|k| match p.lower(k) {
                    "given" | "gave" | "give" | "gives" | "giving" => true,
                    // (Not an auxiliary: `should have been fixed by July 1`; nor what had to
                    // be done: `had to be submitted by April 20`.)
                    "has" | "have" | "had" => {
                        !matches!(p.lower(k + 1), "been" | "to")
                            && !k.checked_sub(1).is_some_and(|m| modals_perfect(p, m))
                    }
                    _ => false,
                });
            if time_only && given {
                return Tense::Future;
            }
            ahead |= time_only;
            continue;
        }
        // `clearing the way for the merger to be completed on Wednesday`: what is still to
        // be done, whatever was done before.
        // (But `Offers had to be submitted by April 20`: what had to be done was due then.)
        if w == "be" && j > s && p.lower(j - 1) == "to" {
            let had_to = j > s + 1 && p.lower(j - 2) == "had";
            return if had_to { Tense::Past } else { Tense::Future };
        }
        // (`have been below the "must buy" level since July 31`: what has been since a day
        // looks back to it, whatever modal stands before.)
        if w == "since" {
            return Tense::Past;
        }
        // `Analysts said talks could take until February or March`: the nearest verb's
        // modal, not the reporting verb before it.
        if modals_perfect(p, j) {
            return Tense::Past;
        }
        if modal_at(p, j) {
            return Tense::Future;
        }
        // (`would produce as much as it wanted from January 1`: the verb of a comparison
        // says no tense of the clause's.)
        let compared = || {
            j >= s + 3
                && p.lower(j - 2) == "as"
                && matches!(p.lower(j - 3), "much" | "many" | "long" | "far" | "often")
        };
        if perfect_passive(p, j, s, i) {
            return Tense::Past;
        }
        let t = marker_at(p, j, s);
        if t != Tense::Unknown && !compared() {
            return t;
        }
    }
    if ahead {
        return Tense::Future;
    }
    // (`Tamura, who leaves for Washington on Wednesday, said …`: a relative clause set off by
    // commas has a tense of its own, not the verb's after it.)
    let in_an_aside = (s..i)
        .rev()
        .find(|&k| p.is_punct(k, ","))
        .is_some_and(|c| matches!(p.lower(c + 1), "who" | "which" | "whose"));
    for j in i + 1..e {
        if in_an_aside && p.is_punct(j, ",") {
            break;
        }
        let w = p.lower(j);
        let t = if matches!(w, "by" | "until") {
            Tense::Unknown
        } else {
            marker(w)
        };
        if t != Tense::Unknown {
            return t;
        }
    }
    Tense::Unknown
}

/// Part of a time of day before a date: `18:00 on`, `noon on`, `10am GMT on`.
pub(super) fn is_time_of_day(p: &Para, k: usize) -> bool {
    // `10`, `1030`, `10.30`; not a count (`about 4,450 by September`), nor a sum after its
    // currency's sign (`should reach £5.35 by October`).
    let clock = |w: &str| w.len() <= 5 && !w.contains(',');
    let money = k > 0 && matches!(p.word(k - 1), "£" | "$" | "€" | "¥") && p.touching(k - 1, k);
    (p.is_number(k) && clock(p.word(k)) && !money)
        || p.is_punct(k, ":")
        || p.is_punct(k, ".")
        || super::lexicon::is_time_zone(p.word(k))
        // `1230 local time on`
        || (p.lower(k) == "local" && p.lower(k + 1) == "time")
        || (p.lower(k) == "time" && k > 0 && p.lower(k - 1) == "local")
        || matches!(
            p.lower(k),
            "on" | "noon" | "midnight" | "am" | "pm" | "a.m." | "p.m." | "the"
                // `until early May`: part of the date
                | "early" | "late" | "mid"
        )
        || is_in_close_of_business(p, k)
}

/// `the close of business`, `the end of trading`: the hour a market or an office shuts,
/// asked of each of its three words.
fn is_in_close_of_business(p: &Para, k: usize) -> bool {
    let shuts = |w: &str| matches!(w, "close" | "end");
    let hours = |w: &str| matches!(w, "business" | "trading");
    match p.lower(k) {
        "of" => k > 0 && shuts(p.lower(k - 1)) && hours(p.lower(k + 1)),
        w if shuts(w) => p.lower(k + 1) == "of" && hours(p.lower(k + 2)),
        w if hours(w) => k >= 2 && p.lower(k - 1) == "of" && shuts(p.lower(k - 2)),
        _ => false,
    }
}

/// An article or a possessive, before a noun: `the`, `its`, `these`. (Inlined: shared with
/// the figures, it had stopped being inlined in the tenses' loops, 0.45 million instructions
/// more on 2 MB.)
#[inline]
pub(crate) fn opens_a_noun_phrase(w: &str) -> bool {
    matches!(
        w,
        "the" | "a" | "an" | "its" | "their" | "his" | "her" | "our" | "this" | "these"
    )
}

/// A verb in the past: `set`, `agreed`, `took`.
pub(super) fn is_past_verb(w: &str) -> bool {
    marker(w) == Tense::Past
}

fn marker(w: &str) -> Tense {
    // A `match`, not a search of two lists: this is asked of every word back to a
    // sentence's start.
    match w {
        // `would`: reported speech, `said it would auction the notes on Thursday`.
        "will" | "would" | "'ll" | "shall" | "can" | "must" | "going" | "due" | "expected"
        | "scheduled" | "set" | "plans" | "plan" | "planned" | "upcoming" | "coming" | "until"
        | "by" | "intends" | "intend" | "aims" | "hopes" | "wants" | "expects" | "expect"
        | "is" | "are" | "turn" | "turns" => Tense::Future,
        "said" | "met" | "took" | "told" | "went" | "came" | "made" | "gave" | "held" | "had"
        | "was" | "were" | "did" | "saw" | "left" | "won" | "lost" | "beat" | "spoke" | "wrote"
        | "began" | "rose" | "fell" | "got" | "sent" | "sold" | "bought" | "paid" | "brought"
        | "thought" | "found" | "quit" | "ran" | "hit" | "struck" | "became" | "broke"
        | "chose" | "drove" | "flew" | "grew" | "knew" | "led" | "meant" | "read" | "shot"
        | "stood" | "threw" | "understood" | "woke" | "ago" | "earlier" => Tense::Past,
        // (Irregular pasts a story tells of as often: `kept their title hopes alive on
        // Saturday`; not `hung`, as often a parliament's or a jury's state.)
        "kept" | "felt" | "built" | "spent" | "lent" | "dealt" | "swept" | "sought" | "fought"
        | "caught" | "taught" | "drew" | "withdrew" | "blew" | "overtook" | "undertook"
        | "shook" | "forgot" | "froze" | "stole" | "wore" | "swore" | "rang" | "sang" | "sank"
        | "shrank" | "sprang" | "swam" | "spun" | "swung" | "stuck" | "fled" | "slid" | "hid"
        | "rode" | "arose" | "upheld" | "withheld" | "heard" | "laid" | "overcame" | "forgave"
        | "slept" | "mistook" | "foresaw" | "oversaw" | "underwent" => Tense::Past,
        // (Not `risk-based`, `state-owned`: adjectives.)
        _ if w.len() > 4
            && w.ends_with("ed")
            && !w.contains('-')
            && !matches!(
                w,
                "need" | "exceed" | "proceed" | "succeed" | "speed" | "indeed" | "breed" | "bleed"
            ) =>
        {
            Tense::Past
        }
        _ => Tense::Unknown,
    }
}

#[cfg(test)]
mod tests;
