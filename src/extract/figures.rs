//! Key figures: numbers that state a quantity, with the qualifier before them and the unit
//! (what is counted) after them. Dates found earlier are not figures.

use super::dates::FoundDate;
use super::lexicon::{
    currency_symbol, ends_unit, is_currency_word, is_dollar_country, is_irregular_plural,
    is_singular_unit, is_time_unit, month_number, qualifiers_ending_with, scale, small_number,
    weekday_index,
};
use super::Para;
use crate::model::{CompactString, Figure};

/// The number itself: `£1.2bn`, `6,400`, `two`, `45 mln`, `five-year`.
struct Core {
    first: usize,
    last: usize,
    value: f64,
    /// Money symbol or word, `%`, `p`, or a unit carried inside a hyphenated word.
    unit: Option<CompactString>,
    scaled: bool,
    spelled: bool,
}

/// The figures found so far in a document, in reading order.
#[derive(Default)]
pub struct Figures {
    pub list: Vec<Figure>,
    /// The unit of the latest figure that had one: what a bare `2.2 million` counts. Kept
    /// here, not looked for backwards, so a long run of figures without units stays linear.
    last_unit: Option<CompactString>,
}

/// What the figures before a number counted, for one without a unit of its own.
#[derive(Clone, Copy)]
struct Before<'a> {
    last_unit: Option<&'a CompactString>,
    /// Every figure so far, the latest last.
    figures: &'a [Figure],
}

impl Before<'_> {
    /// The latest figure is in paragraph `index`.
    fn last_in(&self, index: usize) -> bool {
        self.figures
            .last()
            .is_some_and(|f| f.span.paragraph() == index)
    }
}

impl Figures {
    fn push(&mut self, figure: Figure) {
        // `1.05 mln 60-kilo bags … from 1.62 mln`: the size right after a count is not what
        // the next bare count counts.
        let size_of_the_last = self.list.last().is_some_and(|last| {
            last.unit.is_some()
                && last.span.paragraph() == figure.span.paragraph()
                && last.span.end() + 1 == figure.span.start()
        });
        if let Some(unit) = figure.unit.as_ref().filter(|_| !size_of_the_last) {
            self.last_unit = Some(unit.clone());
        }
        self.list.push(figure);
    }

    fn before(&self) -> Before<'_> {
        Before {
            last_unit: self.last_unit.as_ref(),
            figures: &self.list,
        }
    }
}

/// A percentage, pence, cents or a span of time: never what a scaled count counts.
fn is_rate_or_span(unit: &str) -> bool {
    matches!(unit, "%" | "p" | "cts" | "cents" | "pence") || is_time_unit(unit)
}

pub fn find(paras: &[Para], dates: &[FoundDate]) -> Vec<Figure> {
    let mut out = Figures::default();
    for p in paras {
        let first = dates.partition_point(|d| d.mention.span.paragraph() < p.index);
        let in_p: Vec<FoundDate> = dates[first..]
            .iter()
            .take_while(|d| d.mention.span.paragraph() == p.index)
            .cloned()
            .collect();
        find_in(p, &in_p, &mut out);
    }
    out.list
}

/// The figures of one paragraph, appended to `out` (earlier figures lend their unit to a
/// bare scaled number). `dates` are this paragraph's: their tokens are not figures.
pub fn find_in(p: &Para, dates: &[FoundDate], out: &mut Figures) {
    let mut taken = vec![false; p.tokens().len()];
    for d in dates {
        for t in taken.iter_mut().take(d.last + 1).skip(d.first) {
            *t = true;
        }
    }
    let mut i = 0;
    while i < p.tokens().len() {
        if taken[i] || !may_start_figure(p, i) {
            i += 1;
            continue;
        }
        match figure_at::<ASKS_JOINED>(p, i, out.before()) {
            Some((figure, next)) => {
                out.push(figure);
                i = next;
            }
            None => i += 1,
        }
    }
}

/// Token `i` can open a figure: a number, a currency symbol, or a word whose first letter
/// opens a spelled number (`a dozen`, `five`, `twenty`). Asked of every token before the
/// rules are: most tokens are turned away here.
fn may_start_figure(p: &Para, i: usize) -> bool {
    if p.is_word(i) {
        opens_spelled_number(p.lower(i))
    } else if p.is_some_punct(i) {
        currency_symbol(p.word(i)).is_some()
    } else {
        true
    }
}

/// Every spelled number opens with `a` alone or with one of these three letters (`a dozen`,
/// `dozen`, `zero` to `ninety`, `five-year`, `fourfold`): asked of every word, it turns away
/// `the`, `to`, `said` and the rest before any rule reads them.
#[inline(always)]
fn opens_spelled_number(lower: &str) -> bool {
    let bytes = lower.as_bytes();
    if bytes == b"a" {
        return true;
    }
    let Some(first) = bytes.first_chunk::<3>() else {
        return false;
    };
    matches!(
        first,
        b"zer"
            | b"one"
            | b"two"
            | b"thr"
            | b"fou"
            | b"fiv"
            | b"six"
            | b"sev"
            | b"eig"
            | b"nin"
            | b"ten"
            | b"ele"
            | b"twe"
            | b"thi"
            | b"fif"
            | b"for"
            | b"doz"
    )
}

/// Whether a figure asks the number joined to it for a unit (`2.5 and 3.1 pct`). The
/// number asked does not ask on, so a long run of `1 and 2 and 3 …` stays linear; as a
/// constant, the two are two functions, neither calling itself, and the one asked of every
/// token can be inlined.
const ASKS_JOINED: bool = true;

fn figure_at<const JOINED: bool>(p: &Para, i: usize, before: Before) -> Option<(Figure, usize)> {
    let core = core_at(p, i)?;
    if is_excluded(p, &core) {
        return None;
    }
    let mut last = core.last;
    let mut unit = core.unit.clone();
    let mut value = core.value;
    let mut scaled = core.scaled;
    // `45 mln`, `68- billion`, `2.3 million`
    let mut j = last + 1;
    if p.is_punct(j, "-") && p.touching(last, j) && scale(p.lower(j + 1)).is_some() {
        j += 1;
    }
    // `$15 billion` too: an amount of money is scaled like a count.
    let money = unit.as_deref().is_some_and(|u| u != "%" && u != "p");
    if unit.is_none() || (money && !scaled) {
        if let Some(s) = scale(p.lower(j)).filter(|_| p.word(j).len() > 1) {
            value *= s;
            scaled = true;
            last = j;
            j += 1;
        }
    }
    // `per cent`, `pct`, `dlrs`, `lira`
    let w = p.lower(j);
    if unit.as_deref().is_none_or(|u| u != "%") {
        if matches!(w, "percent" | "pct") {
            unit = Some("%".into());
            last = j;
        } else if w == "per" && p.lower(j + 1) == "cent" {
            unit = Some("%".into());
            last = j + 1;
        } else if is_currency_word(w) && unit.is_none() {
            unit = Some(p.word(j).into());
            last = j;
        }
    }
    let mut text_end = last;
    // The qualifier and where the figure's text starts: also what a bare number follows.
    let (qualifier, first) = qualifier_before(p, core.first);
    // `1.2 mln 60-kilo bags`: the size of each stands between the count and what it counts
    // (and is a figure of its own, so this one's text ends before it).
    if unit.is_none() {
        let sized = p.is_number(last + 1)
            && p.is_punct(last + 2, "-")
            && p.touching(last + 1, last + 2)
            && p.touching(last + 2, last + 3)
            && p.is_word(last + 3);
        // `the kwacha fell to 21 per dollar`: a rate against something.
        let per = p.lower(last + 1) == "per"
            && p.is_word(last + 2)
            && !matches!(p.lower(last + 2), "cent" | "centum");
        if per {
            unit = Some(p.slice(last + 1, last + 2).into());
            text_end = last + 2;
        } else if let Some((u, end)) = noun_unit(p, if sized { last + 4 } else { last + 1 }) {
            unit = Some(u);
            if !sized {
                text_end = end;
            }
        } else if let Some(u) = part_of_a_count(p, last + 1) {
            unit = Some(u);
        } else if let Some(shared) = JOINED.then(|| shared_with_next(p, last, before)).flatten() {
            unit = Some(shared.unit);
            // (`fell 32,000 to 1.39 million`: a count in thousands is no share of a scale.)
            if !scaled && value < 1000.0 {
                value *= shared.scale;
            }
        } else if let Some(u) = verb_unit(p, core.first) {
            unit = Some(u);
        } else if core.first > 0 && after_a_plural_name(p, core.first) {
            // `… 356 seats, the Conservatives 197`: what the sentence counted.
            unit = counted_in_sentence(p, first, before);
        } else if changed_from(p, first, scaled) {
            // `profits of 2.07 billion stg, up 17 pct from 1.77 billion`, `imports fell 9.4
            // pct to 9.12 billion`: what the change is from or to is counted as the amount
            // before the change, in the same sentence (not `Passenger numbers rose 24% to 6.5
            // million` after a sentence of euros).
            unit = counted_in_sentence(p, first, before)
                .or_else(|| numbers_of(p, first))
                .or_else(|| total_of(p, core.first));
        } else if let Some(u) = unit_to_the_next(p, first, before.figures) {
            unit = Some(u);
        } else if let Some(u) = (scaled || core.spelled || value >= 1000.0)
            .then(|| number_of(p, first))
            .flatten()
        {
            unit = Some(u);
        } else if let Some(u) = collective_of(p, first).or_else(|| collective_subject(p, first)) {
            unit = Some(u);
        } else if scaled {
            // `That took the total to 2.2 million`: what the last figure counted.
            // Not `%` or pence: a scaled count is never a percentage; nor a span of time
            // (`waiting more than 18 weeks fell to 2.9 million`).
            // `Sales … more than doubled to 246 million` after a percentage: what the
            // sentence's level verb says.
            unit = total_of(p, core.first)
                .or_else(|| before.last_unit.filter(|u| !is_rate_or_span(u)).cloned());
        } else if let Some(u) = total_of(p, core.first) {
            unit = Some(u);
        } else if compared_with_before(p, first) || matches!(p.lower(last + 1), "more" | "others") {
            // `74,000 fans … and 250,000 more`: a count left elliptical counts what the
            // sentence counted.
            unit = compared_unit(p, first, before);
        } else if value >= 1000.0 && before.last_in(p.index) {
            // `The waiting list stood at 856,000, a fall of 47,000`: a large count left bare
            // counts what the paragraph's last figure counted, like a scaled one.
            unit = before.last_unit.filter(|u| !is_rate_or_span(u)).cloned();
        }
    }
    if core.spelled && unit.is_none() {
        return None;
    }
    let figure = Figure {
        value: without_float_noise(value),
        unit,
        qualifier,
        span: p.span(first, text_end),
    };
    Some((figure, last.max(core.last) + 1))
}

/// `2.03` times a billion is 2029999999.9999998 in binary floating point, and `8.2` times a
/// billion 8199999999.999999: rounded to 14 significant digits (more than any figure in a
/// text has), they are the 2030000000 and 8200000000 the text says.
fn without_float_noise(value: f64) -> f64 {
    if value == 0.0 || !value.is_finite() {
        return value;
    }
    let whole_digits = value.abs().log10().floor() as i32 + 1;
    let scale = 10f64.powi(14 - whole_digits);
    let rounded = (value * scale).round() / scale;
    if rounded.is_finite() {
        rounded
    } else {
        value
    }
}

/// What the second of two joined numbers says of both: `2.5 and 3.1 pct`, `between 5 and 10
/// million people`, `30 or 40 people`.
struct Shared {
    unit: CompactString,
    /// The scale word after the second number (`million`), or 1.
    scale: f64,
}

/// The unit (and scale) of the number joined to the one ending at `last` by `and`, `or` or
/// `to`, when that number has one.
fn shared_with_next(p: &Para, last: usize, before: Before) -> Option<Shared> {
    // (`three to six pct`: the second spelled out too.)
    let spelled = || small_number(p.lower(last + 2)).map(|v| v as f64);
    if !matches!(p.lower(last + 1), "and" | "or" | "to")
        || !(p.is_number(last + 2) || spelled().is_some())
    {
        return None;
    }
    let (next, _) = figure_at::<{ !ASKS_JOINED }>(p, last + 2, before)?;
    let unit = next.unit?;
    let written = written_value(p.word(last + 2)).or_else(spelled)?;
    // Only a scale word's power of ten: `101-1/4 dlrs` is a fraction, not a scale.
    let ratio = if written != 0.0 {
        next.value / written
    } else {
        1.0
    };
    let scale = [1e2, 1e3, 1e6, 1e9, 1e12]
        .into_iter()
        .find(|s| (ratio - s).abs() <= s * 1e-9)
        .unwrap_or(1.0);
    Some(Shared { unit, scale })
}

// Asked of most tokens, from two callers: as a call it cost 1% of extraction.
#[inline(always)]
fn core_at(p: &Para, i: usize) -> Option<Core> {
    // Currency symbol touching a number: `£800m`, `$15` (a symbol is a punctuation token;
    // asking the kind first spares most tokens a string comparison).
    let symbol = p
        .is_some_punct(i)
        .then(|| currency_symbol(p.word(i)))
        .flatten();
    if let Some(sym) = symbol {
        if p.is_number(i + 1) && p.touching(i, i + 1) {
            let mut core = digits_at(p, i + 1)?;
            core.first = i;
            if core.unit.as_deref().is_some_and(|u| u != "p") {
                return None;
            }
            // `A$18m`, `US$5m`, `HK$40m`: whose dollar it is.
            let country = i > 0 && p.touching(i - 1, i) && is_dollar_country(p.word(i - 1));
            if country {
                core.first = i - 1;
                core.unit = Some(p.slice(i - 1, i).into());
            } else {
                core.unit = Some(sym.into());
            }
            return Some(core);
        }
        return None;
    }
    if p.is_number(i) {
        if i > 0 && p.touching(i - 1, i) && (p.is_word(i - 1) || p.is_number(i - 1)) {
            return None;
        }
        // `Chandrayaan-3`, `Covid-19`: a number in a name.
        let dash_before = i > 1 && p.is_punct(i - 1, "-") && p.touching(i - 1, i);
        if dash_before && p.touching(i - 2, i - 1) && p.is_capitalised(i - 2) {
            return None;
        }
        if let Some(core) = fraction_at(p, i) {
            return Some(core);
        }
        // Slashed dates and the rest of fractions: `10/20`, `31-3/4`.
        let slash = |k: usize| p.is_punct(k, "/");
        if (i > 0 && slash(i - 1) && p.touching(i - 1, i))
            || (slash(i + 1) && p.touching(i, i + 1) && p.is_number(i + 2))
        {
            return None;
        }
        // Minutes of a time of day (`10:30`).
        if i > 1 && p.is_punct(i - 1, ":") && p.touching(i - 1, i) && p.is_number(i - 2) {
            return None;
        }
        // The second half of a score or range (`6-2`) was judged with the first.
        let dash = i > 1 && (p.is_punct(i - 1, "-") || p.is_punct(i - 1, "–"));
        if dash && p.touching(i - 1, i) && p.is_number(i - 2) && p.touching(i - 2, i - 1) {
            return None;
        }
        let mut core = digits_at(p, i)?;
        // `-230C`: a minus sign, not a dash between two words.
        let minus = i > 0
            && (p.is_punct(i - 1, "-") || p.is_punct(i - 1, "−"))
            && p.touching(i - 1, i)
            && !(i > 1 && p.touching(i - 2, i - 1));
        if minus {
            core.value = -core.value;
            core.first = i - 1;
        }
        return Some(core);
    }
    spelled_at(p, i)
}

/// A fraction as wire copy writes prices and rates, alone or after a whole number:
/// `38-1/2` (38.5), `13/16` (0.8125). Only halves, quarters, eighths … of less than one, so
/// `1986/87` and `10/20` are not fractions.
fn fraction_at(p: &Para, i: usize) -> Option<Core> {
    let joined = |k: usize, punct: &str| p.is_punct(k, punct) && p.touching(k - 1, k);
    let whole_number = |k: usize| written_value(p.word(k)).filter(|v| v.fract() == 0.0);
    // `38-1/2`: the whole number, then the fraction; `13/16`: the fraction alone. The shape
    // is asked first: most numbers are neither, and are not parsed here.
    let mixed = joined(i + 1, "-") && p.is_number(i + 2) && p.touching(i + 1, i + 2);
    let top = if mixed { i + 2 } else { i };
    if !joined(top + 1, "/") || !p.is_number(top + 2) || !p.touching(top + 1, top + 2) {
        return None;
    }
    let first = written_value(p.word(i))?;
    let (whole, numerator) = if mixed {
        (
            Some(first).filter(|v| v.fract() == 0.0)?,
            whole_number(top)?,
        )
    } else {
        (0.0, first)
    };
    let denominator = whole_number(top + 2)?;
    let binary = matches!(denominator as u32, 2 | 4 | 8 | 16 | 32 | 64);
    if !binary || numerator < 1.0 || numerator >= denominator {
        return None;
    }
    Some(Core {
        first: i,
        last: top + 2,
        value: whole + numerator / denominator,
        unit: None,
        scaled: false,
        spelled: false,
    })
}

/// Units of measure written onto a number, lower-cased.
fn is_touching_measure(w: &str) -> bool {
    matches!(
        w,
        "mm" | "cm"
            | "km"
            | "kg"
            | "mg"
            | "ml"
            | "mph"
            | "kph"
            | "ft"
            | "lb"
            | "lbs"
            | "kw"
            | "mw"
            | "gw"
            | "kwh"
            | "mwh"
            | "gwh"
            | "twh"
            // `a 512MB model`, `2GHz`
            | "kb"
            | "mb"
            | "gb"
            | "tb"
            | "mbps"
            | "kbps"
            | "gbps"
            | "ghz"
            | "mhz"
    )
}

/// A number token's value as written: `6,400` is 6400.
fn written_value(raw: &str) -> Option<f64> {
    raw.replace(',', "").parse().ok()
}

fn digits_at(p: &Para, i: usize) -> Option<Core> {
    let raw = p.word(i);
    if raw.matches('.').count() > 1 {
        return None;
    }
    let mut value = written_value(raw)?;
    let mut last = i;
    let mut unit = None;
    let mut scaled = false;
    if p.touching(i, i + 1) {
        let next = p.word(i + 1);
        if p.is_word(i + 1) {
            let lower = next.to_lowercase();
            match lower.as_str() {
                "p" => unit = Some("p".into()),
                "pc" => unit = Some("%".into()),
                "b" if i > 0 && currency_symbol(p.word(i - 1)).is_none() => return None,
                // `1.5C`: a temperature (a capital only: `5c` is not one).
                "c" | "f" if matches!(next, "C" | "F") => {
                    unit = Some(if next == "C" { "°C" } else { "°F" }.into());
                }
                // `4.7mm`, `120km`, `500MW`: a measure written onto its number.
                w if is_touching_measure(w) => unit = Some(next.into()),
                w => match scale(w) {
                    Some(s) => {
                        value *= s;
                        scaled = true;
                    }
                    None => return None, // `802.11b`, `8am`, `1990s`, `5th`
                },
            }
            last = i + 1;
            // `70km/h`: a measure per hour.
            let per_hour = p.is_punct(i + 2, "/")
                && p.lower(i + 3) == "h"
                && p.touching(i + 1, i + 2)
                && p.touching(i + 2, i + 3);
            if let (true, Some(u)) = (per_hour && is_touching_measure(&lower), &unit) {
                unit = Some(format!("{u}/h").into());
                last = i + 3;
            }
        } else if next == "%" {
            unit = Some("%".into());
            last = i + 1;
        } else if next == ":" && p.is_number(i + 2) {
            return None; // a time of day
        } else if next == "-" && p.is_word(i + 2) && p.touching(i + 1, i + 2) {
            // `60-day`: the unit rides on the number; `10-K`: a name.
            let w = p.word(i + 2);
            if !w.chars().next().is_some_and(char::is_lowercase) {
                return None;
            }
            if w.starts_with("year-old") || w.starts_with("month-old") {
                return None; // an age: `the 30-year-old`
            }
            unit = Some(w.into());
            last = i + 2;
        } else if (next == "-" || next == "–") && p.is_number(i + 2) && p.touching(i + 1, i + 2) {
            // A score (`6-2`) or a bare range: only a range with a unit is a figure.
            let after = i + 3;
            let percent = p.is_punct(after, "%") && p.touching(i + 2, after);
            if !percent {
                return None;
            }
            return Some(Core {
                first: i,
                last: after,
                value,
                unit: Some("%".into()),
                scaled,
                spelled: false,
            });
        }
    }
    Some(Core {
        first: i,
        last,
        value,
        unit,
        scaled,
        spelled: false,
    })
}

fn spelled_at(p: &Para, i: usize) -> Option<Core> {
    if !p.is_word(i) {
        return None;
    }
    let w = p.lower(i);
    if !opens_spelled_number(w) || names_with_its_neighbour(p, i) {
        return None;
    }
    // `a dozen`, `dozen`
    if w == "dozen" && (i == 0 || !matches!(p.lower(i - 1), "a" | "one")) {
        return Some(Core {
            first: i,
            last: i,
            value: 12.0,
            unit: None,
            scaled: false,
            spelled: true,
        });
    }
    if w == "a" && p.lower(i + 1) == "dozen" {
        return Some(Core {
            first: i,
            last: i + 1,
            value: 12.0,
            unit: None,
            scaled: false,
            spelled: true,
        });
    }
    // `a million people`, `a hundred days`: one of a scale word spelled out.
    let spelled_scale =
        |k: usize| p.lower(k) == "hundred" || (p.word(k).len() > 3 && scale(p.lower(k)).is_some());
    if w == "a" {
        if let Some(core) = fraction_of_a(p, i) {
            return Some(core);
        }
    }
    if w == "a" && spelled_scale(i + 1) {
        return more_spelled(p, i, 1.0);
    }
    // `five-year`, `one-million`, `two-thirds` (a byte loop: words are short)
    let dash = w.bytes().position(|b| b == b'-');
    if let Some((head, tail)) = dash.map(|d| (&w[..d], &w[d + 1..])) {
        let n = small_number(head).or_else(|| small_number(w))?;
        if small_number(w).is_some() {
            return more_spelled(p, i, n as f64);
        }
        // `one-day`, `one-off`: not key figures; `a two-for-one split`: a ratio; `a two-tier
        // system`, `a two-way race`, `a three-pronged attack`, `the four-piece`: a kind, not
        // a count.
        let kind_of_thing = matches!(
            tail,
            "tier"
                | "tiered"
                | "way"
                | "horse"
                | "sided"
                | "pronged"
                | "dimensional"
                | "faced"
                | "piece"
        );
        if n <= 1 || tail.starts_with("for-") || kind_of_thing {
            return None;
        }
        if let Some(s) = scale(tail) {
            return Some(Core {
                first: i,
                last: i,
                value: n as f64 * s,
                unit: None,
                scaled: true,
                spelled: true,
            });
        }
        if tail.ends_with("ths")
            || tail.ends_with("thirds")
            || tail.ends_with("halves")
            || tail.ends_with("quarters")
        {
            return None;
        }
        return Some(Core {
            first: i,
            last: i,
            value: n as f64,
            unit: Some(p.word(i)[head.len() + 1..].into()),
            scaled: false,
            spelled: true,
        });
    }
    // `a sixfold jump`: a multiple, as `three-fold` is.
    if let Some(n) = w.strip_suffix("fold").and_then(small_number) {
        if n < 2 {
            return None;
        }
        return Some(Core {
            first: i,
            last: i,
            value: n as f64,
            unit: Some("fold".into()),
            scaled: false,
            spelled: true,
        });
    }
    let n = small_number(w)?;
    more_spelled(p, i, n as f64)
}

/// A number word in title case inside a sentence, next to another capitalised word, is part
/// of a name: `the Six Nations`, `the Big Four`. Not `Six Nations` opening a sentence, nor
/// `SIX PCT` in a headline in capitals.
fn names_with_its_neighbour(p: &Para, i: usize) -> bool {
    let title_case = p.is_capitalised(i)
        && (p.word(i).bytes().skip(1)).all(|b| b.is_ascii_lowercase() || b == b'-');
    // After an opening quote mark or a colon, a capital opens a sentence of its own.
    title_case
        && p.sentence_of(i).0 != i
        && (!p.is_some_punct(i - 1) || p.is_punct(i - 1, ","))
        && (p.is_capitalised(i + 1) || p.is_capitalised(i - 1))
}

/// `half a million people`, `three-quarters of a billion`, `a quarter of a percentage
/// point`, `half a point`: a fraction of a scale word, or of a point or a percent (a rate
/// whose unit the words after the `a` at `i` give). Read at the `a`, looking back at the
/// fraction: most `a`s have none.
fn fraction_of_a(p: &Para, i: usize) -> Option<Core> {
    let before = |k: usize| i.checked_sub(k).map_or("", |k| p.lower(k));
    let (fraction, first) = match (before(1), before(2), before(3)) {
        ("half", ..) => (0.5, i - 1),
        ("of", "quarter", "a") => (0.25, i - 3),
        ("of", "third", "a") => (1.0 / 3.0, i - 3),
        ("of", "three-quarters", _) => (0.75, i - 2),
        ("of", "two-thirds", _) => (2.0 / 3.0, i - 2),
        _ => return None,
    };
    let next = p.lower(i + 1);
    if let Some(s) = scale(next).filter(|_| next.len() > 3) {
        return Some(Core {
            first,
            last: i + 1,
            value: fraction * s,
            unit: None,
            scaled: true,
            spelled: true,
        });
    }
    let of_a_rate = matches!(next, "percentage" | "point" | "per" | "percent" | "pct");
    of_a_rate.then_some(Core {
        first,
        last: i,
        value: fraction,
        unit: None,
        scaled: false,
        spelled: true,
    })
}

/// `three hundred`, `two million`, `twenty thousand`, `two and a half years`.
fn more_spelled(p: &Para, i: usize, n: f64) -> Option<Core> {
    let mut value = n;
    let mut last = i;
    let mut scaled = false;
    let and_a_half = p.lower(i + 1) == "and" && p.lower(i + 2) == "a" && p.lower(i + 3) == "half";
    if and_a_half && n >= 1.0 {
        value += 0.5;
        last = i + 3;
    }
    if last == i && p.lower(i + 1) == "hundred" {
        value *= 100.0;
        last = i + 1;
    }
    if let Some(s) = scale(p.lower(last + 1)).filter(|_| p.word(last + 1).len() > 1) {
        value *= s;
        last += 1;
        scaled = true;
    }
    if n <= 1.0 && last == i {
        return None; // `one` and `zero` are not key figures; `one hundred` is
    }
    Some(Core {
        first: i,
        last,
        value,
        unit: None,
        scaled,
        spelled: true,
    })
}

/// `Labour won 356 seats, the Conservatives 197 and the Liberal Democrats 62`: a count left
/// elliptical after a body named in the plural, not a number in its name.
fn after_a_plural_name(p: &Para, i: usize) -> bool {
    let prev = p.word(i - 1);
    prev.len() > 3
        && prev.ends_with('s')
        && super::lexicon::possessive_owner(prev).is_none()
        && (i.saturating_sub(4)..i - 1).any(|k| p.lower(k) == "the")
        && (!p.is_word(i + 1) || p.lower(i + 1) == "and")
}

/// Numbers that are not quantities: in names (`Radio 4`), ages after names (`Lucy, 36,`),
/// list numbering.
fn is_excluded(p: &Para, core: &Core) -> bool {
    let i = core.first;
    // A ratio counts nothing: `one in four children`, `1 in 5`.
    // (Small numbers only, so `4% in 2004` stays.)
    let is_count = |k: usize| {
        small_number(p.lower(k)).is_some()
            || (p.is_number(k) && written_value(p.word(k)).is_some_and(|v| v < 1000.0))
    };
    let bare_count = core.unit.is_none() && !core.scaled && core.value < 1000.0;
    let time = || is_time_unit(p.lower(core.last + 1));
    // (`seven out of 10 households` too.)
    let out_of_before = i > 2 && p.lower(i - 1) == "of" && p.lower(i - 2) == "out";
    let out_of_after = p.lower(core.last + 1) == "out" && p.lower(core.last + 2) == "of";
    // A vote's tally is a score: `voted 8 to 5`, `by a vote of 8-5`.
    let tally = |k: usize| matches!(p.lower(k), "voted" | "vote" | "votes");
    let tally_first = i > 0
        && tally(i - 1)
        && matches!(p.lower(core.last + 1), "to" | "-")
        && p.is_number(core.last + 2);
    let tally_second =
        i > 2 && matches!(p.lower(i - 1), "to" | "-") && p.is_number(i - 2) && tally(i - 3);
    if (bare_count && (tally_first || tally_second))
        || (i > 1 && p.lower(i - 1) == "in" && is_count(i - 2) && !time())
        // (`three in every five pensioners`)
        || (bare_count && i > 2 && p.lower(i - 1) == "every" && p.lower(i - 2) == "in" && is_count(i - 3))
        || (out_of_before && is_count(i - 3) && !time())
        || (bare_count && p.lower(core.last + 1) == "in" && is_count(core.last + 2))
        || (bare_count && out_of_after && is_count(core.last + 3))
    {
        return true;
    }
    let bare = core.unit.is_none() && !core.scaled && !core.spelled;
    if !bare || !p.is_number(i) {
        return false;
    }
    let next = p.lower(i + 1);
    if i == 0 && (p.is_punct(1, ".") || p.is_punct(1, ")")) {
        return true;
    }
    // A label: `Paragraph 4:`, `Item 12:`.
    if p.is_punct(i + 1, ":") && p.touching(i, i + 1) {
        return true;
    }
    // `Radio 4`, `iPhone 16`: a name with a number.
    let named = |k: usize| p.is_capitalised(k) || p.word(k).chars().any(char::is_uppercase);
    // Not `Nissan Motor Co Ltd 470,300`: a count in thousands is no model number; nor is
    // a span of time (`gives Congress 90 days`), an amount of money or a percentage (`Shr 34
    // cts vs 29 cts`). Asked only after a name.
    let counts = || {
        p.word(i).contains(',')
            || is_time_unit(next)
            || is_currency_word(next)
            || (next.len() > 1 && scale(next).is_some())
            || matches!(next, "pct" | "percent" | "cts")
    };
    if i > 0 && p.is_word(i - 1) && named(i - 1) && !counts() && !after_a_plural_name(p, i) {
        let prev = p.word(i - 1);
        // (`About 90 journalists` opens a sentence with a capital; `Channel 4 will show`
        // and `Halo 2 sales reach $125m` with a name.)
        let prev_lower = p.lower(i - 1);
        let opener = super::lexicon::is_function_word(prev_lower)
            || !super::lexicon::qualifiers_ending_with(prev_lower).is_empty();
        let sentence_start = p.sentence_of(i - 1).0 == i - 1
            && opener
            && super::lexicon::kind_from_last_word(prev).is_none();
        let possessive = super::lexicon::is_possessive(prev);
        let calendar = month_number(prev_lower).is_some() || weekday_index(prev_lower).is_some();
        if !sentence_start && !possessive && !calendar {
            return true;
        }
    }
    // A time of day: `by 1030 GMT`, `at 10 a.m.`
    if super::lexicon::is_time_zone(p.word(i + 1))
        || matches!(next, "am" | "pm")
        || next.starts_with("a.m")
        || next.starts_with("p.m")
    {
        return true;
    }
    // An identifier (`log 0215`), a number to call (`call 101`), ages (`aged 19 and 22`).
    let leading_zero =
        p.word(i).len() > 1 && p.word(i).starts_with('0') && !p.word(i).contains('.');
    let before = if i > 0 { p.lower(i - 1) } else { "" };
    // (`Aged 18 years and 185 days` counts time, and stays.)
    let bare_age = !p.is_word(i + 1) || matches!(next, "and" | "or");
    // (`aged over 65`, `aged between 16 and 18`, `aged 18 to 24` too.)
    let age_words = |k: usize| {
        p.is_number(k)
            || matches!(
                p.lower(k),
                "over" | "under" | "between" | "and" | "or" | "to"
            )
    };
    let aged = (bare_age || next == "to")
        && (i.saturating_sub(4)..i)
            .rev()
            .find(|&k| !age_words(k))
            .is_some_and(|k| p.lower(k) == "aged");
    // `I will be 67 at the next election`, `she turned 30`: somebody's age.
    let is_age_of = !is_nounish(next)
        && i > 1
        && matches!(
            before,
            "be" | "is" | "was" | "am" | "turned" | "turns" | "turning"
        )
        && (i.saturating_sub(4)..i - 1).any(|k| matches!(p.lower(k), "i" | "he" | "she"));
    // `18 to 24-year-olds`: the first age of a range of them.
    let ages_from = next == "to"
        && p.is_number(i + 2)
        && p.is_punct(i + 3, "-")
        && p.lower(i + 4).starts_with("year-old");
    // A rank or a label: `the world number 62`, `No 10`, `a top-10 player`.
    let top_hyphen =
        i > 1 && p.is_punct(i - 1, "-") && p.touching(i - 2, i - 1) && p.lower(i - 2) == "top";
    let rank = matches!(before, "number" | "top") || top_hyphen || (i > 0 && p.word(i - 1) == "No");
    if leading_zero
        || aged
        || ages_from
        || is_age_of
        || rank
        || matches!(before, "call" | "dial" | "ring")
    {
        return true;
    }
    // A model's number: `the 206 model`, `its 747 series`.
    // `Nokia's 6600 handset`, `its 7710 phones`: a number written without commas before
    // what a firm makes names the model (a count of thousands has its commas).
    let product = super::lexicon::is_product_noun(next)
        || next
            .strip_suffix('s')
            .is_some_and(super::lexicon::is_product_noun);
    let model_number = product
        && !p.word(i).contains([',', '.'])
        && (core.value >= 1000.0 || super::lexicon::is_product_noun(next));
    if model_number || matches!(next, "model" | "models" | "series") {
        return true;
    }

    let ends_phrase =
        [",", ")", ".", ";"].iter().any(|c| p.is_punct(i + 1, c)) || i + 1 == p.tokens().len();
    if i > 1 && p.is_punct(i - 1, ",") && p.is_capitalised(i - 2) && ends_phrase {
        return true;
    }
    // An age set off by commas after who it is: `The singer, 34, took the prize`.
    let age = core.value <= 120.0 && core.value.fract() == 0.0;
    age && i > 1 && p.is_punct(i - 1, ",") && p.is_word(i - 2) && p.is_punct(i + 1, ",")
}

fn qualifier_before(p: &Para, first: usize) -> (Option<CompactString>, usize) {
    // Every qualifier ends with the word before the figure: look only at those that do.
    let Some(before) = first
        .checked_sub(1)
        .filter(|&k| p.is_word(k))
        .map(|k| p.lower(k))
    else {
        return (None, first);
    };
    for q in qualifiers_ending_with(before) {
        let count = q.split(' ').count();
        if count > first {
            continue;
        }
        let start = first - count;
        let matches = q
            .split(' ')
            .enumerate()
            .all(|(k, w)| p.is_word(start + k) && p.lower(start + k) == w);
        // `£5.5bn over 10 years`, `phased out over 10 years`: after another figure or a
        // spreading verb, `over` is the time something is spread over.
        let spread = matches!(*q, "over" | "under")
            && start > 0
            && (ends_an_amount(p, start - 1) || spreads(p.lower(start - 1)));
        // `a comedy about two friends`: what a story is about, not a rough count.
        let subject = *q == "about" && start > 0 && is_story_noun(p.lower(start - 1));
        if matches && !spread && !subject {
            return (Some((*q).into()), start);
        }
    }
    (None, first)
}

/// A verb that spreads something over a time: `phased out`, `repaid`.
fn spreads(w: &str) -> bool {
    matches!(
        w,
        "out" | "spread" | "repaid" | "payable" | "staggered" | "amortised" | "amortized"
    )
}

/// A work or a telling that is about something: `a film about two couples`.
fn is_story_noun(w: &str) -> bool {
    super::lexicon::is_kind_of_work(w)
        || matches!(
            w,
            "films"
                | "comedy"
                | "thriller"
                | "book"
                | "story"
                | "stories"
                | "play"
                | "song"
                | "programme"
                | "program"
                | "series"
                | "article"
                | "report"
        )
}

/// Token `k` ends an amount: a number, a unit written onto one (`5.5bn`), a percent or a
/// scale or currency word after one.
fn ends_an_amount(p: &Para, k: usize) -> bool {
    let w = p.lower(k);
    p.is_number(k)
        || (k > 0 && p.is_number(k - 1) && p.touching(k - 1, k))
        || p.is_punct(k, "%")
        || matches!(w, "percent" | "pct" | "cent")
        || scale(w).is_some()
        || is_currency_word(w)
}

fn is_nounish(word: &str) -> bool {
    super::lexicon::with_lower(word, nounish_lower)
}

fn nounish_lower(w: &str) -> bool {
    is_plural(w) || is_singular_unit(w) || {
        // `clay-courters`, `year-olds`
        w.rsplit_once('-')
            .is_some_and(|(_, t)| is_singular_unit(t) || (t.len() > 2 && t.ends_with('s')))
    }
}

/// What a number counts, from the words after it: `missiles and drones`, `United directors`,
/// `of those months`. Returns the unit and the last token it covers.
fn noun_unit(p: &Para, from: usize) -> Option<(CompactString, usize)> {
    let mut j = from;
    // `2.5 mln head of cattle`: livestock is counted by the head.
    if p.lower(j) == "head" && p.lower(j + 1) == "of" && p.is_word(j + 2) {
        return Some((p.slice(j, j + 2).into(), j + 2));
    }
    // `six of those months`
    if p.lower(j) == "of"
        && matches!(
            p.lower(j + 1),
            "those" | "these" | "the" | "them" | "its" | "their"
        )
    {
        j += 2;
        // `two of their five games`: a part of a whole with a count of its own (see
        // `part_of_a_count`).
        if whole_count(p, j).is_some() {
            return None;
        }
    }
    // `3,000 more consultants`: how many more of them.
    if matches!(p.lower(j), "more" | "fewer")
        && p.is_word(j + 1)
        && is_nounish(p.lower(j + 1))
        && !ends_unit(p.lower(j + 1))
    {
        j += 1;
    }
    let start = j;
    let mut best: Option<usize> = None;
    let mut k = j;
    while k < p.tokens().len() && k < start + 4 {
        if !p.is_word(k) {
            break;
        }
        let w = p.word(k);
        let lower = p.lower(k);
        // `12 others`: who they are is said before.
        let pronoun = k == start && lower == "others";
        if month_number(lower).is_some() && p.is_capitalised(k)
            || weekday_index(lower).is_some()
            || pronoun
        {
            break;
        }
        if ends_unit(w) {
            // `missiles and drones`: a second plural joined by `and`.
            if w.eq_ignore_ascii_case("and")
                && best == Some(k - 1)
                && p.is_word(k + 1)
                && is_nounish(p.lower(k + 1))
                && !ends_unit(p.lower(k + 1))
            {
                best = Some(k + 1);
                k += 2;
                continue;
            }
            break;
        }
        // `60 MPs vote against it`, `200 workers strike`: a plural's phrase ends before
        // a verb that agrees with it.
        let plural_before = best == Some(k.wrapping_sub(1)) && is_plural(p.lower(k - 1));
        if plural_before && !lower.ends_with('s') && is_verb_after_plural(p, k) {
            break;
        }
        if is_nounish(w) {
            best = Some(k);
        } else if best.is_some() {
            // `40,000 workers wanted wage increases`: the noun's phrase ends at the verb.
            break;
        }
        k += 1;
    }
    let end = best?;
    // `Net 36.5 mln vs 33.2 mln Revs 3.51 billion`, `… Year shr 3.40 dlrs`: in a wire
    // story's table of results, a capitalised label names the next figure, not this one.
    let label = start == end
        && p.is_capitalised(start)
        && (p.is_number(end + 1)
            || (p.is_word(end + 1)
                && !p.is_capitalised(end + 1)
                && !super::lexicon::is_function_word(p.lower(end + 1))
                && p.is_number(end + 2)));
    if label {
        return None;
    }
    let unit = p.slice(start, end).to_string();
    Some((CompactString::from(unit), end))
}

/// `MPs`, `workers`, `people`: a plural noun (in lower case; not `bus`, `crisis`, `firm's`).
fn is_plural(w: &str) -> bool {
    let regular = w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s");
    regular || is_irregular_plural(w)
}

/// A word after a plural that is a verb by what follows it: `vote against`, `vote no`, `walk
/// out`.
fn is_verb_after_plural(p: &Para, k: usize) -> bool {
    matches!(
        p.lower(k + 1),
        "against" | "for" | "no" | "yes" | "out" | "to" | "on" | "in" | "the" | "a" | "it" | "them"
    ) || !p.is_word(k + 1)
}

/// `The number of broadband users in the UK has passed six million`: the count is of what the
/// sentence numbers, the first plural within three words of `number of`.
fn number_of(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    let of = (s + 1..first).find(|&k| p.lower(k) == "of" && p.lower(k - 1) == "number")?;
    (of + 1..(of + 4).min(first))
        .take_while(|&k| p.is_word(k))
        .find(|&k| !p.is_capitalised(k) && nounish_lower(p.lower(k)))
        .map(|k| p.word(k).into())
}

/// `nine of their last 10 league games`, `six of the 12 players`: a part counts what the
/// whole after it counts.
fn part_of_a_count(p: &Para, of: usize) -> Option<CompactString> {
    if p.lower(of) != "of" || !matches!(p.lower(of + 1), "the" | "their" | "its" | "his" | "her") {
        return None;
    }
    let k = whole_count(p, of + 2)?;
    noun_unit(p, k + 1).map(|(unit, _)| unit)
}

/// The count of a whole a part is taken from, at `k` or after `last`, `other`…: `10` in `of
/// their last 10 league games`, `five` in `of their five games` (spelled out too).
fn whole_count(p: &Para, mut k: usize) -> Option<usize> {
    if matches!(
        p.lower(k),
        "last" | "first" | "next" | "other" | "remaining"
    ) {
        k += 1;
    }
    (p.is_number(k) || small_number(p.lower(k)).is_some()).then_some(k)
}

/// `a crowd of 52,316`, `a workforce of 7,500`: the count is of the group named before it.
fn collective_of(p: &Para, first: usize) -> Option<CompactString> {
    if first < 2 || p.lower(first - 1) != "of" {
        return None;
    }
    is_collective(p.lower(first - 2)).then(|| p.word(first - 2).into())
}

/// A body of people counted as one: `crowd`, `audience`.
fn is_collective(w: &str) -> bool {
    matches!(
        w,
        "crowd"
            | "audience"
            | "workforce"
            | "population"
            | "membership"
            | "readership"
            | "staff"
            | "turnout"
            | "attendance"
    )
}

/// `Its audience for last year's ceremony was 1.2 million`: what a number the sentence says
/// a body of people was counts.
fn collective_subject(p: &Para, first: usize) -> Option<CompactString> {
    if first == 0 || !matches!(p.lower(first - 1), "was" | "were" | "is" | "are") {
        return None;
    }
    let (s, _) = p.sentence_of(first);
    (s..first - 1)
        .find(|&k| is_collective(p.lower(k)))
        .map(|k| p.word(k).into())
}

/// A verb that says where a count stands or went: `peaked at`, `fell to`.
fn is_level_verb(w: &str) -> bool {
    matches!(
        w,
        "peaked"
            | "peak"
            | "stood"
            | "stand"
            | "stands"
            | "fell"
            | "fall"
            | "falls"
            | "rose"
            | "rise"
            | "rises"
            | "dropped"
            | "climbed"
            | "grew"
            | "reached"
            | "doubled"
            | "tripled"
            | "trebled"
            | "halved"
    )
}

/// A pronoun a verb follows as its subject: `he expects`, `which rose`.
fn is_subject_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "it" | "they" | "we" | "i" | "who" | "which"
    )
}

/// A verb whose object is the level a count comes to: `expects sales to reach 730 million`.
fn reaches(w: &str) -> bool {
    matches!(
        w,
        "reach" | "reached" | "reaches" | "reaching" | "topped" | "exceed" | "exceeded"
    )
}

/// `All remaining plants … -- totaling nearly 400`, `monthly applications, which peaked at
/// 8,900`: the count is of the sentence's first plural noun.
fn total_of(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    let verb = (first.saturating_sub(3).max(s)..first)
        .find(|&k| {
            matches!(
                p.lower(k),
                "totaling" | "totalling" | "numbering" | "totaled" | "totalled" | "total"
            ) || (is_level_verb(p.lower(k)) && matches!(p.lower(k + 1), "at" | "to"))
                || (k + 1 == first && reaches(p.lower(k)))
        })
        .or_else(|| changed_by_to(p, s, first))?;
    // The verb's own clause: `…, after the kwacha fell to 21` is not what the sentence's
    // first noun did (but `applications, which peaked at 8,900` refers back).
    let clause = (s..verb)
        .rev()
        .find(|&k| {
            matches!(
                p.lower(k),
                "after" | "before" | "when" | "while" | "because" | "although" | "since" | ";"
            )
        })
        .map_or(s, |k| k + 1);
    (clause..verb)
        .find(|&k| {
            // (`The number waiting more than six months fell to 69,000`: not months.)
            p.is_word(k)
                && !p.is_capitalised(k)
                && !ends_unit(p.lower(k))
                && is_nounish(p.lower(k))
                && !is_time_unit(p.lower(k))
                // (`Record numbers rose 2% to 3 million`: of what, the sentence does not say.)
                && !matches!(p.lower(k), "numbers" | "figures" | "levels" | "totals")
                // (`He expects sales to reach`: a verb after its subject.)
                && !(k > s && is_subject_pronoun(p.lower(k - 1)))
        })
        .map(|k| p.word(k).into())
}

/// `attendances rose by 2.4% to 12.3 million`: the level verb before a change in percent and
/// the `to` that gives the count it came to.
fn changed_by_to(p: &Para, s: usize, first: usize) -> Option<usize> {
    let to = first.checked_sub(1).filter(|&k| p.lower(k) == "to")?;
    let verb = (to.saturating_sub(6).max(s)..to)
        .rev()
        .find(|&k| is_level_verb(p.lower(k)))?;
    let change = verb + 1..to;
    let is_change = |j: usize| {
        p.is_number(j) || matches!(p.lower(j), "by" | "%" | "pct" | "percent" | "per" | "cent")
    };
    (change.clone().all(is_change) && change.clone().any(|j| p.is_number(j))).then_some(verb)
}

/// A number that a figure before it is measured against: `up from 733,000`, `down from`,
/// `compared with`, `against`.
fn compared_with_before(p: &Para, first: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).map_or("", |k| p.lower(k));
    match before(1) {
        "from" => matches!(before(2), "up" | "down"),
        "with" => matches!(before(2), "compared" | "compares"),
        "against" | "versus" | "vs" => true,
        _ => false,
    }
}

/// A number a percentage change is measured from, or a scaled one it comes to: `up 17 pct
/// from 1.77 billion`, `fell 9.4 pct to 9.12 billion` (not `rose 2 pct to 7`: a rate).
fn changed_from(p: &Para, first: usize, scaled: bool) -> bool {
    first >= 2
        && (p.lower(first - 1) == "from" || (scaled && p.lower(first - 1) == "to"))
        && matches!(p.lower(first - 2), "pct" | "%" | "percent" | "cent")
}

/// The figures found so far in the sentence holding token `first`, the latest first.
fn in_sentence<'b>(
    p: &Para,
    first: usize,
    before: Before<'b>,
) -> impl Iterator<Item = &'b Figure> + Clone {
    let sentence_start = p.span(p.sentence_of(first).0, first).start();
    let paragraph = p.index;
    (before.figures.iter().rev())
        .take_while(move |f| f.span.paragraph() == paragraph && f.span.start() >= sentence_start)
}

/// The unit of the sentence's latest figure that counted something (not a rate or a span).
fn counted_in_sentence(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    in_sentence(p, first, before)
        .filter_map(|f| f.unit.as_ref())
        .find(|u| !is_rate_or_span(u))
        .cloned()
}

/// `Passenger numbers rose 24% to 6.5 million`: what the sentence says the numbers of are.
fn numbers_of(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    (s + 1..first)
        .find(|&k| p.lower(k) == "numbers" && p.is_word(k - 1))
        .filter(|&k| {
            let w = p.lower(k - 1);
            !super::lexicon::is_function_word(w)
                && !matches!(
                    w,
                    "record"
                        | "large"
                        | "small"
                        | "big"
                        | "huge"
                        | "growing"
                        | "rising"
                        | "falling"
                        | "increasing"
                        | "official"
                        | "latest"
                        | "overall"
                )
        })
        .map(|k| p.word(k - 1).into())
}

/// `by 316 votes to 311`, `from 500 jobs to 300`, `to 144.10 yen from 143.55`: a number after
/// `to` or `from` counts what the figure just before it counted.
fn unit_to_the_next(p: &Para, first: usize, figures: &[Figure]) -> Option<CompactString> {
    // (`rising to 144.10 yen from 143.55` too.)
    if first < 2 || !matches!(p.lower(first - 1), "to" | "from") {
        return None;
    }
    let previous = figures.last()?;
    let ends_before = previous.span.paragraph() == p.index
        && previous.span.end() == p.span(first - 2, first - 2).end();
    ends_before.then(|| previous.unit.clone()).flatten()
}

/// What a number measured against an earlier figure counts: what the sentence's latest
/// figure counted, passing over spans of time (`71,000 people were waiting longer than six
/// months, down from 104,000`, `4.5 million iPods in the three months to December, up from
/// 733,000`) unless there is nothing else (`fell to 18 weeks, down from 26`). With no
/// figure before it in its sentence, the latest figure's, not a span of time.
fn compared_unit(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    let in_sentence = in_sentence(p, first, before);
    let mut units = in_sentence.clone().filter_map(|f| f.unit.as_ref());
    let latest = units.next();
    let counted = latest.into_iter().chain(units).find(|u| !is_time_unit(u));
    match (counted, latest) {
        (Some(u), _) | (None, Some(u)) => Some(u.clone()),
        // `Net 1,456,000 vs 1,197,000`: what the sentence left uncounted stays so.
        (None, None) if in_sentence.count() > 0 => None,
        (None, None) => before.last_unit.filter(|u| !is_time_unit(u)).cloned(),
    }
}

/// `killing two and wounding 12`: the count's unit is what the verb did to them.
fn verb_unit(p: &Para, first: usize) -> Option<CompactString> {
    if first == 0 {
        return None;
    }
    let prev = p.lower(first - 1);
    let stem = prev.strip_suffix("ing")?;
    if stem.len() < 3 {
        return None;
    }
    let participle = match stem.chars().last() {
        Some('e') => format!("{stem}d"),
        _ => format!("{stem}ed"),
    };
    Some(CompactString::from(participle))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::Role;

    #[test]
    fn every_spelled_number_gets_past_the_first_letters() {
        let tens = [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        for n in crate::extract::lexicon::SPELLED_NUMBERS {
            for word in [n.to_string(), format!("{n}-year"), format!("{n}fold")] {
                assert!(opens_spelled_number(&word), "{word}");
            }
            for t in tens {
                assert!(opens_spelled_number(&format!("{t}-{n}")));
            }
        }
        for word in ["a", "dozen"] {
            assert!(opens_spelled_number(word), "{word}");
        }
        for word in ["the", "to", "said", "an", "of", "at", "fort"] {
            assert_eq!(opens_spelled_number(word), word == "fort", "{word}");
        }
    }

    fn figures(text: &str) -> Vec<(String, f64, Option<String>, Option<String>)> {
        let p = [Para::new(0, text, Role::Body)];
        let dates =
            super::super::dates::find(&p, chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        find(&p, &dates)
            .into_iter()
            .map(|f| {
                (
                    text[f.span.range()].into(),
                    f.value,
                    f.unit.map(Into::into),
                    f.qualifier.map(Into::into),
                )
            })
            .collect()
    }

    /// Each figure's text and unit.
    fn units_and_values(text: &str) -> Vec<(String, f64, Option<String>)> {
        figures(text).into_iter().map(|f| (f.0, f.1, f.2)).collect()
    }

    fn units(text: &str) -> Vec<(String, Option<String>)> {
        figures(text).into_iter().map(|f| (f.0, f.2)).collect()
    }

    #[test]
    fn a_change_in_numbers_counts_what_they_are_numbers_of() {
        assert_eq!(
            units("Profit rose to 34.6m euros. Passenger numbers rose 24% to 6.5 million. Record numbers rose 2% to 3 million."),
            [
                ("34.6m euros".into(), Some("euros".into())),
                ("24%".into(), Some("%".into())),
                ("6.5 million".into(), Some("Passenger".into())),
                ("2%".into(), Some("%".into())),
                ("3 million".into(), None),
            ]
        );
    }

    #[test]
    fn a_change_to_a_count_counts_the_subject_of_its_verb() {
        assert_eq!(
            units("Overall attendances rose by 2.4% to 12.3 million. Its shares rose 2% to 3.1m."),
            [
                ("2.4%".into(), Some("%".into())),
                ("12.3 million".into(), Some("attendances".into())),
                ("2%".into(), Some("%".into())),
                ("3.1m".into(), Some("shares".into())),
            ]
        );
    }

    #[test]
    fn a_count_a_verb_says_something_reaches_or_doubled_to_counts_its_subject() {
        assert_eq!(
            units("Sales rose 30%. He expects sales to reach 730 million. Its downloads doubled to 2.1m."),
            [
                ("30%".into(), Some("%".into())),
                ("730 million".into(), Some("sales".into())),
                ("2.1m".into(), Some("downloads".into())),
            ]
        );
        assert_eq!(units("It was a top five hit in folk clubs."), []);
    }

    #[test]
    fn over_after_a_spreading_verb_is_a_span() {
        assert_eq!(
            figures("Subsidies would be phased out over 10 years. It lasted over 20 years."),
            [
                fig("10 years", 10.0, Some("years"), None),
                fig("over 20 years", 20.0, Some("years"), Some("over")),
            ]
        );
    }

    #[test]
    fn what_a_story_is_about_is_no_rough_count() {
        assert_eq!(
            figures("It is a film about two couples, and an opera about three sisters, seen by about 90 critics."),
            [
                fig("two couples", 2.0, Some("couples"), None),
                fig("three sisters", 3.0, Some("sisters"), None),
                fig("about 90 critics", 90.0, Some("critics"), Some("about")),
            ]
        );
    }

    #[test]
    fn a_body_of_people_that_was_a_number_is_what_it_counts() {
        assert_eq!(
            units("It is a film about two couples. Its audience for the ceremony was 1.2 million. Attendance was 52,316."),
            [
                ("two couples".into(), Some("couples".into())),
                ("1.2 million".into(), Some("audience".into())),
                ("52,316".into(), Some("Attendance".into())),
            ]
        );
    }

    #[test]
    fn a_name_with_a_number_opening_a_sentence_is_no_figure() {
        assert_eq!(
            units("Channel 4 will show it. About 90 journalists vote."),
            [("About 90 journalists".into(), Some("journalists".into()))]
        );
        // Only a word that can open a sentence before a number lets it count.
        assert_eq!(
            units("Halo 2 sales reach $125m. Some 139 MPs rebelled."),
            [
                ("$125m".into(), Some("$".into())),
                ("Some 139 MPs".into(), Some("MPs".into()))
            ]
        );
    }

    fn fig(
        t: &str,
        v: f64,
        u: Option<&str>,
        q: Option<&str>,
    ) -> (String, f64, Option<String>, Option<String>) {
        (t.into(), v, u.map(Into::into), q.map(Into::into))
    }

    #[test]
    fn qualifier_value_and_counted_noun() {
        assert_eq!(
            figures("Rebels fired over 6,400 rockets and shells at towns."),
            [fig(
                "over 6,400 rockets and shells",
                6400.0,
                Some("rockets and shells"),
                Some("over")
            )]
        );
        // A plural in -men counts too.
        assert_eq!(
            units("About 40,000 seamen and 300 fishermen are on strike."),
            [
                ("About 40,000 seamen".into(), Some("seamen".into())),
                ("300 fishermen".into(), Some("fishermen".into())),
            ]
        );
    }

    #[test]
    fn a_size_between_a_count_and_what_it_counts() {
        assert_eq!(
            units("They shipped 1.2 mln 60-kilo bags in January, from 1.6 mln a year earlier."),
            [
                ("1.2 mln".into(), Some("bags".into())),
                ("60-kilo".into(), Some("kilo".into())),
                ("1.6 mln".into(), Some("bags".into()))
            ]
        );
    }

    #[test]
    fn a_number_measured_against_a_figure_counts_the_same() {
        let found = units("It sold 4.5 million iPods in three months, up from 733,000, and Nissan Motor Co Ltd 470,300 cars. It shipped 12,400 tonnes, against 9,800.");
        let found: Vec<(&str, Option<&str>)> = found
            .iter()
            .map(|(t, u)| (t.as_str(), u.as_deref()))
            .collect();
        assert_eq!(
            found,
            [
                ("4.5 million iPods", Some("iPods")),
                ("three months", Some("months")),
                ("733,000", Some("iPods")),
                ("470,300 cars", Some("cars")),
                ("12,400 tonnes", Some("tonnes")),
                ("9,800", Some("tonnes"))
            ]
        );
    }

    #[test]
    fn measured_against_passes_over_a_span_of_time_unless_that_is_all() {
        assert_eq!(
            units("71,000 people waited over six months, down from 104,000. The wait fell to 18 weeks, down from 26."),
            [
                ("71,000 people".into(), Some("people".into())),
                ("over six months".into(), Some("months".into())),
                ("104,000".into(), Some("people".into())),
                ("18 weeks".into(), Some("weeks".into())),
                ("26".into(), Some("weeks".into())),
            ]
        );
    }

    #[test]
    fn a_count_that_peaked_or_fell_counts_the_plural_before_it() {
        assert_eq!(
            units("Monthly applications, which peaked at 8,900, would fall to about 4,450. The number waiting more than six months fell to 69,000."),
            [
                ("8,900".into(), Some("applications".into())),
                ("about 4,450".into(), Some("applications".into())),
                ("more than six months".into(), Some("months".into())),
                ("69,000".into(), None),
            ]
        );
    }

    #[test]
    fn a_part_counts_what_the_whole_counts() {
        assert_eq!(
            units("United have won nine of their last 10 league games. Six of the 12 players were hurt."),
            [
                ("nine".into(), Some("league games".into())),
                ("10 league games".into(), Some("league games".into())),
                ("Six".into(), Some("players".into())),
                ("12 players".into(), Some("players".into())),
            ]
        );
        assert_eq!(
            units("England have lost four of their last six Tests."),
            [
                ("four".into(), Some("Tests".into())),
                ("six Tests".into(), Some("Tests".into())),
            ]
        );
        assert_eq!(
            units("England won only two of their five games."),
            [
                ("two".into(), Some("games".into())),
                ("five games".into(), Some("games".into())),
            ]
        );
    }

    #[test]
    fn a_crowd_of_a_number_counts_the_crowd() {
        assert_eq!(
            units("They won 10 league games. A crowd of 52,316 watched."),
            [
                ("10 league games".into(), Some("league games".into())),
                ("52,316".into(), Some("crowd".into())),
            ]
        );
    }

    #[test]
    fn a_bare_count_looks_no_further_back_than_its_paragraph() {
        let paras = [
            Para::new(0, "They won 10 league games.", Role::Body),
            Para::new(1, "The gate was 52,316.", Role::Body),
        ];
        let dates =
            super::super::dates::find(&paras, chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
        let found = find(&paras, &dates);
        assert_eq!(found.len(), 2);
        assert_eq!(found[1].unit, None);
    }

    #[test]
    fn one_cent_is_money_and_per_cent_a_rate() {
        assert_eq!(
            units("Heating oil rose 0.54 cent to 51.20 cents, up 1.1 per cent."),
            [
                ("0.54 cent".into(), Some("cent".into())),
                ("51.20 cents".into(), Some("cents".into())),
                ("1.1 per cent".into(), Some("%".into())),
            ]
        );
    }

    #[test]
    fn a_large_count_left_bare_counts_what_the_last_figure_counted() {
        assert_eq!(
            units("Toyota may ship 548,900 cars, Nissan 470,300. The list stood at 856,000, up 4%. It fell to 1,200 from 1,500."),
            [
                ("548,900 cars".into(), Some("cars".into())),
                ("470,300".into(), Some("cars".into())),
                ("856,000".into(), Some("cars".into())),
                ("4%".into(), Some("%".into())),
                // After a rate, what is counted is no longer clear.
                ("1,200".into(), None),
                ("1,500".into(), None),
            ]
        );
    }

    #[test]
    fn a_count_of_more_or_others_counts_what_its_sentence_counted() {
        assert_eq!(
            units("About 74,000 fans were inside and 250,000 more watched in the city. Four people died and 12 others were hurt."),
            [
                ("About 74,000 fans".into(), Some("fans".into())),
                ("250,000".into(), Some("fans".into())),
                ("Four people".into(), Some("people".into())),
                ("12".into(), Some("people".into())),
            ]
        );
    }

    #[test]
    fn a_number_after_to_counts_what_the_figure_before_it_counted() {
        assert_eq!(
            units("It passed by 316 votes to 311. Imports fell 9.4 pct to 9.12 billion dlrs and exports 3 pct to 5.1 billion. Rates rose 2 pct to 7."),
            [
                ("316 votes".into(), Some("votes".into())),
                ("311".into(), Some("votes".into())),
                ("9.4 pct".into(), Some("%".into())),
                ("9.12 billion dlrs".into(), Some("dlrs".into())),
                ("3 pct".into(), Some("%".into())),
                ("5.1 billion".into(), Some("dlrs".into())),
                ("2 pct".into(), Some("%".into())),
                ("7".into(), Some("%".into())),
            ]
        );
        assert_eq!(
            units("The dollar rose to 144.10 yen from 143.55."),
            [
                ("144.10 yen".into(), Some("yen".into())),
                ("143.55".into(), Some("yen".into())),
            ]
        );
    }

    #[test]
    fn a_fraction_of_a_scale_or_a_rate_is_that_part_of_it() {
        assert_eq!(
            units_and_values(
                "About half a million people marched. Rates rose by a quarter of a percentage \
                 point. Three-quarters of a billion dollars went. Two and a half years later, \
                 one and a half million jobs had gone and it cut by half a point."
            ),
            [
                (
                    "About half a million people".into(),
                    5e5,
                    Some("people".into())
                ),
                (
                    "a quarter of a percentage point".into(),
                    0.25,
                    Some("percentage point".into())
                ),
                (
                    "Three-quarters of a billion dollars".into(),
                    7.5e8,
                    Some("dollars".into())
                ),
                ("Two and a half years".into(), 2.5, Some("years".into())),
                (
                    "one and a half million jobs".into(),
                    1.5e6,
                    Some("jobs".into())
                ),
                ("half a point".into(), 0.5, Some("point".into())),
            ]
        );
        // Half of something else is no figure, nor a half alone.
        assert_eq!(
            figures("It took half an hour and a half share; half a loaf."),
            []
        );
    }

    #[test]
    fn a_wire_table_of_results_gives_each_figure_and_no_label_for_a_unit() {
        assert_eq!(
            units_and_values(
                "Shr 1.20 dlrs vs 1.10 dlrs Net 36.5 mln vs 33.2 mln Revs 3.51 billion vs \
                 3.32 billion Year shr 3.40 dlrs"
            ),
            [
                ("1.20 dlrs".into(), 1.2, Some("dlrs".into())),
                ("1.10 dlrs".into(), 1.1, Some("dlrs".into())),
                ("36.5 mln".into(), 36.5e6, Some("dlrs".into())),
                ("33.2 mln".into(), 33.2e6, Some("dlrs".into())),
                ("3.51 billion".into(), 3.51e9, Some("dlrs".into())),
                ("3.32 billion".into(), 3.32e9, Some("dlrs".into())),
                ("3.40 dlrs".into(), 3.4, Some("dlrs".into())),
            ]
        );
        // A name's own plural before a number after it still counts it.
        assert_eq!(
            units("It has five million BT Retail customers by 2006."),
            [(
                "five million BT Retail customers".into(),
                Some("BT Retail customers".into())
            )]
        );
    }

    #[test]
    fn a_count_after_a_body_named_in_the_plural_counts_what_the_sentence_counted() {
        assert_eq!(
            units("Labour won 356 seats, the Conservatives 197 and the Liberal Democrats 62."),
            [
                ("356 seats".into(), Some("seats".into())),
                ("197".into(), Some("seats".into())),
                ("62".into(), Some("seats".into())),
            ]
        );
        // Somebody's age is no figure; a lead in points is.
        assert_eq!(
            units("\"I will be 67 at the next election,\" he said. She is 2 points ahead."),
            [("2 points".into(), Some("points".into()))]
        );
    }

    #[test]
    fn a_rate_against_something_and_a_clause_of_its_own() {
        assert_eq!(
            units("It scrapped the IMF-backed reforms, after the kwacha fell to 21 per dollar from 2.2."),
            [
                ("21 per dollar".into(), Some("per dollar".into())),
                ("2.2".into(), Some("per dollar".into())),
            ]
        );
    }

    #[test]
    fn a_spelled_scale_after_a_is_one_of_it() {
        assert_eq!(
            figures("Nearly a million people, one hundred doctors and a hundred nurses came."),
            [
                fig(
                    "Nearly a million people",
                    1e6,
                    Some("people"),
                    Some("nearly")
                ),
                fig("one hundred doctors", 100.0, Some("doctors"), None),
                fig("a hundred nurses", 100.0, Some("nurses"), None),
            ]
        );
        assert_eq!(figures("It was one in a million."), []);
    }

    #[test]
    fn wire_fractions_are_prices_and_rates() {
        assert_eq!(
            figures(
                "Shares closed at 38-1/2, up 2-3/4, and the margin is 13/16 percentage points."
            ),
            [
                fig("38-1/2", 38.5, None, None),
                fig("2-3/4", 2.75, None, None),
                fig(
                    "13/16 percentage points",
                    0.8125,
                    Some("percentage points"),
                    None
                ),
            ]
        );
        // Crop years and slashed dates are no fractions.
        assert_eq!(figures("In the 1986/87 season, on 10/20, and 5/3."), []);
    }

    #[test]
    fn a_rank_is_no_figure() {
        assert_eq!(figures("He faces the world number 62, as No 10 said."), []);
        assert_eq!(figures("He never beat a top-10 player or the top 20."), []);
    }

    #[test]
    fn a_dollar_says_whose_it_is() {
        assert_eq!(
            units("Prize money is A$18m, and it cost HK$40m and $5m."),
            [
                ("A$18m".into(), Some("A$".into())),
                ("HK$40m".into(), Some("HK$".into())),
                ("$5m".into(), Some("$".into())),
            ]
        );
    }

    #[test]
    fn what_a_change_is_from_counts_as_the_amount_before_it() {
        assert_eq!(
            units("Profits were 2.07 billion stg, up 17 pct from 1.77 billion."),
            [
                ("2.07 billion stg".into(), Some("stg".into())),
                ("17 pct".into(), Some("%".into())),
                ("1.77 billion".into(), Some("stg".into()))
            ]
        );
        // Not the amount of a sentence before.
        assert_eq!(
            units("Profit was 46.6m euros. Traffic rose 24% to 6.5 million."),
            [
                ("46.6m euros".into(), Some("euros".into())),
                ("24%".into(), Some("%".into())),
                ("6.5 million".into(), None)
            ]
        );
    }

    #[test]
    fn a_model_s_number_is_no_figure() {
        assert_eq!(figures("Demand for the 206 model fell."), []);
        // Before what a firm makes, written without commas.
        let found = figures("Its 7710 phones and Nokia's 6600 handset sold; it made 5,000 phones.");
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["5,000 phones"]);
    }

    #[test]
    fn a_ratio_counts_nothing() {
        assert_eq!(
            figures("Almost one in four children and 1 in 5 adults are poor."),
            []
        );
        assert_eq!(
            figures("It leaves seven out of 10 households better off."),
            []
        );
        assert_eq!(figures("Three in every five pensioners gain."), []);
        // Money in a ratio is still money.
        let money = figures("It takes £1 in every £8 spent.");
        let units: Vec<Option<&str>> = money.iter().map(|f| f.2.as_deref()).collect();
        assert_eq!(units, [Some("£"), Some("£")]);
        let kept = figures("Sales rose 4% in 2004; 300 in 2005 and 12 in 30 minutes.");
        let texts: Vec<&str> = kept.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["4%", "300", "30 minutes"]);
    }

    #[test]
    fn a_counted_noun_ends_at_the_verb_after_it() {
        assert_eq!(
            figures("The 40,000 workers wanted wage rises."),
            [fig("40,000 workers", 40000.0, Some("workers"), None)]
        );
    }

    #[test]
    fn a_number_word_inside_a_name_is_no_figure() {
        let found = figures(
            "Wales won the Six Nations and the Big Four banks fell. Six men met. RISES SIX PCT",
        );
        let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
        assert_eq!(texts, ["Six men", "SIX PCT"]);
    }

    #[test]
    fn two_joined_numbers_share_the_second_s_unit_and_scale() {
        assert_eq!(
            figures("Shares fell 2.5 and 3.1 pct. Between 5 and 10 million people came."),
            [
                fig("2.5", 2.5, Some("%"), None),
                fig("3.1 pct", 3.1, Some("%"), None),
                fig("5", 5e6, Some("people"), None),
                fig("10 million people", 10e6, Some("people"), None),
            ]
        );
        assert_eq!(
            figures("Corn rose three to four cents a bushel."),
            [
                fig("three", 3.0, Some("cents"), None),
                fig("four cents", 4.0, Some("cents"), None),
            ]
        );
        // The first keeps a unit of its own (and lends it on); a bare second number lends
        // none.
        assert_eq!(
            figures("It slipped 15 yen to 1,120. The vote was 30 to 4."),
            [
                fig("15 yen", 15.0, Some("yen"), None),
                fig("1,120", 1120.0, Some("yen"), None),
                fig("30", 30.0, None, None),
                fig("4", 4.0, None, None),
            ]
        );
    }

    #[test]
    fn a_scaled_value_is_the_number_the_text_says() {
        let got = figures(
            "Profits rose to £2.03bn, sales to 4.133 mln tonnes and debt to 8.2 billion dlrs.",
        );
        let values: Vec<f64> = got.iter().map(|f| f.1).collect();
        assert_eq!(values, [2_030_000_000.0, 4_133_000.0, 8_200_000_000.0]);
    }

    #[test]
    fn feet_abbreviated_are_a_unit() {
        assert_eq!(
            figures("It will add 1.8 million sq ft of space."),
            [fig("1.8 million sq ft", 1.8e6, Some("sq ft"), None)]
        );
    }

    #[test]
    fn over_after_an_amount_is_the_time_it_is_spread_over() {
        assert_eq!(
            figures("It will cost about £5.5bn over 10 years, and over 300 staff."),
            [
                fig("about £5.5bn", 5.5e9, Some("£"), Some("about")),
                fig("10 years", 10.0, Some("years"), None),
                fig("over 300 staff", 300.0, Some("staff"), Some("over")),
            ]
        );
    }

    #[test]
    fn spelled_counts_take_the_verb() {
        assert_eq!(
            figures("A blast hit the depot, killing three and injuring 15."),
            [
                fig("three", 3.0, Some("killed"), None),
                fig("15", 15.0, Some("injured"), None)
            ]
        );
    }

    #[test]
    fn money_with_its_scale_in_a_word() {
        assert_eq!(
            figures("It wiped roughly $15 billion off; costs of €1.5 million and 20p billion."),
            [
                fig("roughly $15 billion", 15e9, Some("$"), Some("roughly")),
                fig("€1.5 million", 1.5e6, Some("€"), None),
                fig("20p", 20.0, Some("p"), None),
            ]
        );
    }

    #[test]
    fn temperatures_and_measures_written_onto_their_number() {
        assert_eq!(
            figures("It was 1.55C warmer, seas rose 4.7mm and a 500MW plant opened; 8am, 5c. Winds hit 70km/h and 40 mph, 3km / h."),
            [
                fig("1.55C", 1.55, Some("°C"), None),
                fig("4.7mm", 4.7, Some("mm"), None),
                fig("500MW", 500.0, Some("MW"), None),
                fig("70km/h", 70.0, Some("km/h"), None),
                fig("40 mph", 40.0, Some("mph"), None),
                fig("3km", 3.0, Some("km"), None),
            ]
        );
        assert_eq!(
            figures("A 512MB model and a 1GB one, on 512Kbps lines."),
            [
                fig("512MB", 512.0, Some("MB"), None),
                fig("1GB", 1.0, Some("GB"), None),
                fig("512Kbps", 512.0, Some("Kbps"), None),
            ]
        );
    }

    #[test]
    fn times_of_day_and_ages_are_not_figures() {
        assert_eq!(
            figures("Brent was up 45 cents by 1030 GMT. The singer, 34, won 32 awards at 10 a.m. and 9 pm."),
            [
                fig("45 cents", 45.0, Some("cents"), None),
                fig("32 awards", 32.0, Some("awards"), None),
            ]
        );
    }

    #[test]
    fn negative_numbers_and_numbers_in_names() {
        assert_eq!(
            figures("Chandrayaan-3 found craters as low as -230C, and Covid-19 cases rose."),
            [fig(
                "as low as -230C",
                -230.0,
                Some("°C"),
                Some("as low as")
            )]
        );
    }

    #[test]
    fn identifiers_numbers_to_call_and_ages_are_not_figures() {
        assert_eq!(
            figures("Two men, aged 19 and 22, were held. Call 101, quoting log 0215. It cost 0.5%. Aged 18 years, he won."),
            [
                fig("Two men", 2.0, Some("men"), None),
                fig("0.5%", 0.5, Some("%"), None),
                fig("18 years", 18.0, Some("years"), None),
            ]
        );
        assert_eq!(
            figures("Homes with someone aged over 65, or aged between 16 and 18, gain."),
            []
        );
        assert_eq!(
            figures("It surveyed people aged 18 to 24; turnout among 18 to 24-year-olds fell."),
            []
        );
    }

    #[test]
    fn a_model_number_is_part_of_its_name() {
        assert_eq!(
            figures("Over 90 million iPhone 16 units may sell; the iPhone 16 costs £799."),
            [
                fig("Over 90 million", 9e7, None, Some("over")),
                fig("£799", 799.0, Some("£"), None),
            ]
        );
    }

    #[test]
    fn money_scales_and_percentages() {
        assert_eq!(
            figures(
                "It paid £1.2bn, about 300p a share, and $4bn more; rates hit 5.5% or 12 per cent."
            ),
            [
                fig("£1.2bn", 1.2e9, Some("£"), None),
                fig("about 300p", 300.0, Some("p"), Some("about")),
                fig("$4bn", 4e9, Some("$"), None),
                fig("5.5%", 5.5, Some("%"), None),
                fig("12 per cent", 12.0, Some("%"), None),
            ]
        );
    }

    #[test]
    fn wire_copy_units() {
        assert_eq!(
            figures("Profits of 45 mln dlrs on 1.47 billion dlrs and a 60-day extension."),
            [
                fig("45 mln dlrs", 45e6, Some("dlrs"), None),
                fig("1.47 billion dlrs", 1.47e9, Some("dlrs"), None),
                fig("60-day", 60.0, Some("day"), None),
            ]
        );
    }

    #[test]
    fn not_figures() {
        assert!(figures(
            "He listens to Radio 4 at 10:30 on March 3 in 2004; the 1990s; 802.11b; one man."
        )
        .is_empty());
        assert!(figures("Nadal won 6-2 7-6 in the 2nd set.").is_empty());
        assert!(figures("Shares fell in a one-day slide.").is_empty());
        assert!(figures("\"Good,\" said Henman, 30. The 30-year-old won.").is_empty());
    }

    #[test]
    fn the_number_of_what_a_sentence_counts() {
        assert_eq!(
            units("It costs £20. The number of broadband users in the UK has passed six million and will reach 10 million."),
            [
                ("£20".into(), Some("£".into())),
                ("six million".into(), Some("users".into())),
                ("10 million".into(), Some("users".into())),
            ]
        );
    }

    #[test]
    fn a_wire_table_s_amounts_after_its_labels() {
        assert_eq!(
            units("Shr 34 cts vs 29 cts. Net 1,456,000 vs 1,197,000. Revs 24.5 mln vs 21.1 mln. a two-for-one split. PROFITS RISE 17 PCT"),
            [
                ("34 cts".into(), Some("cts".into())),
                ("29 cts".into(), Some("cts".into())),
                ("1,456,000".into(), None),
                ("1,197,000".into(), None),
                ("24.5 mln".into(), None),
                ("21.1 mln".into(), None),
                ("17 PCT".into(), Some("%".into())),
            ]
        );
    }

    #[test]
    fn a_scaled_number_never_inherits_percent() {
        let got = figures("Prices rose 0.4%. Sales fell by 1.2m in May.");
        assert_eq!(got[1].2, None);
    }

    #[test]
    fn a_scaled_number_inherits_what_was_counted_but_not_a_span_of_time() {
        let got = figures("It sold 300 cars, taking the total to 2.2 million. Those waiting 18 weeks fell to 2.9 million.");
        let units: Vec<Option<&str>> = got.iter().map(|f| f.2.as_deref()).collect();
        assert_eq!(units, [Some("cars"), Some("cars"), Some("weeks"), None]);
    }

    #[test]
    fn multiples_in_one_word() {
        assert_eq!(
            figures("a sixfold jump and a tenfold rise, but onefold is no figure"),
            [
                fig("sixfold", 6.0, Some("fold"), None),
                fig("tenfold", 10.0, Some("fold"), None)
            ]
        );
    }

    #[test]
    fn a_vote_s_tally_is_a_score() {
        assert_eq!(
            figures("the panel voted 8 to 5 to send 40 votes on; pilots voted 94 pct for it"),
            [
                fig("40 votes", 40.0, Some("votes"), None),
                fig("94 pct", 94.0, Some("%"), None)
            ]
        );
    }

    #[test]
    fn a_plurals_unit_ends_before_the_verb_that_follows_it() {
        assert_eq!(
            units(
                "It passes even if 60 Labour MPs vote against it, as 200 workers strike out. \
                   He sold 3 apple trees."
            ),
            [
                ("60 Labour MPs".to_string(), Some("Labour MPs".to_string())),
                ("200 workers".to_string(), Some("workers".to_string())),
                ("3 apple trees".to_string(), Some("apple trees".to_string())),
            ]
        );
    }

    #[test]
    fn how_many_more_counts_what_follows_and_ecus_are_money() {
        assert_eq!(
            units("They need 3,000 more consultants, 5% of its 38,000 workforce, and a budget of 23 billion Ecus."),
            [
                (
                    "3,000 more consultants".to_string(),
                    Some("consultants".to_string())
                ),
                ("5%".to_string(), Some("%".to_string())),
                ("38,000 workforce".to_string(), Some("workforce".to_string())),
                ("23 billion Ecus".to_string(), Some("Ecus".to_string())),
            ]
        );
    }

    #[test]
    fn a_count_in_thousands_takes_no_scale_from_the_next() {
        assert_eq!(
            units_and_values(
                "The jobless fell 32,000 to 1.39 million people; 2 to 3 million people left."
            ),
            [
                ("32,000".to_string(), 32000.0, Some("people".to_string())),
                (
                    "1.39 million people".to_string(),
                    1390000.0,
                    Some("people".to_string())
                ),
                ("2".to_string(), 2000000.0, Some("people".to_string())),
                (
                    "3 million people".to_string(),
                    3000000.0,
                    Some("people".to_string())
                ),
            ]
        );
    }

    #[test]
    fn livestock_is_counted_by_the_head() {
        assert_eq!(
            figures("farmers raise about 2.5 mln head of cattle"),
            [fig(
                "about 2.5 mln head of cattle",
                2.5e6,
                Some("head of cattle"),
                Some("about")
            )]
        );
    }

    #[test]
    fn currencies_of_the_world_are_units() {
        assert_eq!(
            figures("a price of 85,000 cedis, 40 guilders and 300 pesetas"),
            [
                fig("85,000 cedis", 85000.0, Some("cedis"), None),
                fig("40 guilders", 40.0, Some("guilders"), None),
                fig("300 pesetas", 300.0, Some("pesetas"), None),
            ]
        );
    }

    #[test]
    fn a_fraction_joined_to_another_shares_its_unit_but_no_scale() {
        assert_eq!(
            figures("shares rose 1-1/2 to 101-1/4 dlrs, or from 2 to 3 mln dlrs"),
            [
                fig("1-1/2", 1.5, Some("dlrs"), None),
                fig("101-1/4 dlrs", 101.25, Some("dlrs"), None),
                fig("2", 2e6, Some("dlrs"), None),
                fig("3 mln dlrs", 3e6, Some("dlrs"), None),
            ]
        );
    }

    #[test]
    fn durations_and_hyphenated_units() {
        assert_eq!(
            figures("a five-year plan lasting three hours and six of those months"),
            [
                fig("five-year", 5.0, Some("year"), None),
                fig("three hours", 3.0, Some("hours"), None),
                fig("six of those months", 6.0, Some("months"), None),
            ]
        );
        assert_eq!(
            figures("a two-tier system in a three-way race, won by the four-piece, during two-day talks"),
            [fig("two-day", 2.0, Some("day"), None)]
        );
    }
}
