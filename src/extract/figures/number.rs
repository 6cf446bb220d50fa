//! Reading the number at a token: digits with their scale and currency (`£1.2bn`, `45 mln`),
//! spelled numbers (`two million`, `half a million`), wire fractions (`38-1/2`).

use super::*;

// Asked of most tokens, from two callers: as a call it cost 1% of extraction.
#[inline(always)]
pub(super) fn core_at(p: &Para, i: usize) -> Option<Core> {
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
        // The second half of a score or range (`6-2`) or of a wire fraction (`8-3/4`) was
        // judged with the first.
        let dash = i > 1 && (p.is_punct(i - 1, "-") || p.is_punct(i - 1, "–"));
        if dash && p.touching(i - 1, i) && p.is_number(i - 2) && p.touching(i - 2, i - 1) {
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
pub(super) fn fraction_at(p: &Para, i: usize) -> Option<Core> {
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
    // `1.95-1/4 dlrs a bushel`: after decimals the fraction is of the last decimal place, a
    // quarter of a cent (1.9525).
    let place = match p.word(i).split_once('.') {
        Some((_, decimals)) if mixed => 10f64.powi(-(decimals.len() as i32)),
        _ => 1.0,
    };
    let (whole, numerator) = if mixed {
        (first, whole_number(top)?)
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
        value: whole + numerator / denominator * place,
        unit: None,
        scaled: false,
        spelled: false,
    })
}

/// Units of measure written onto a number, lower-cased.
pub(super) fn is_touching_measure(w: &str) -> bool {
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
            | "oz"
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

/// A short form written onto a number that reads better spelled out: a span of time, as copy
/// writes a race's time (`2hrs 23mins 10secs`), and inches (`a 2in screen`).
fn short_unit_written_on(w: &str) -> Option<&'static str> {
    match w {
        "hr" | "hrs" => Some("hours"),
        "min" | "mins" => Some("minutes"),
        "sec" | "secs" => Some("seconds"),
        "in" => Some("inches"),
        _ => None,
    }
}

/// A number token's value as written: `6,400` is 6400.
pub(super) fn written_value(raw: &str) -> Option<f64> {
    raw.replace(',', "").parse().ok()
}

/// The word at `k` is written in capitals alone, two or more: `DRAM`, `RAM`.
fn is_initials_word(p: &Para, k: usize) -> bool {
    let w = p.word(k);
    p.is_word(k) && w.len() >= 2 && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// The number at `i` follows a name that is not a place's or a day's: `iPhone 5C`, `Boeing
/// 767F` (not `Madrid 40C`, `Wednesday 30C`).
fn after_a_maker_s_name(p: &Para, i: usize) -> bool {
    let name = i
        .checked_sub(1)
        .filter(|&k| p.is_word(k))
        .map(|k| p.word(k));
    name.is_some_and(|name| {
        names_a_maker(name) && crate::extract::lexicon::weekday_index(name).is_none()
    })
}

pub(super) fn digits_at(p: &Para, i: usize) -> Option<Core> {
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
            // (`£8,000m`: a sum's sign before the number.)
            let signed = i > 0 && currency_symbol(p.word(i - 1)).is_some();
            let lower = next.to_lowercase();
            match lower.as_str() {
                "p" => unit = Some("p".into()),
                "pc" => unit = Some("%".into()),
                "b" if i > 0 && !signed => return None,
                // `3M Co`: a name; a million without a currency is written `3m` or `3 mln`.
                "m" if next == "M" && !raw.contains('.') && !signed => {
                    return None;
                }
                // `iPhone 5C`, `Boeing 767F`: a model's number after its name (but `Madrid
                // 40C`, a place's temperature).
                "c" | "f" if matches!(next, "C" | "F") && after_a_maker_s_name(p, i) => {
                    return None;
                }
                // `256K DRAM chips`, `64K RAM`: a chip's size before its initials names a
                // model, no thousands.
                "k" if next == "K" && is_initials_word(p, i + 2) => return None,
                // `1.5C`: a temperature (a capital only: `5c` is not one).
                "c" | "f" if matches!(next, "C" | "F") => {
                    unit = Some(if next == "C" { "°C" } else { "°F" }.into());
                }
                // `4.7mm`, `120km`, `500MW`: a measure written onto its number.
                w if is_touching_measure(w) => unit = Some(next.into()),
                w if short_unit_written_on(w).is_some() => {
                    unit = short_unit_written_on(w).map(Into::into);
                }
                // `900g`: grams in lower case only, as `3G` and `4G` are mobile networks.
                "g" if next == "g" => unit = Some("g".into()),
                // `the 100m champion`, `800m and 1500m gold`: a race, named by its distance.
                "m" if !signed && names_a_race(p, i) => return None,
                // `1.5m of water`, `waves 10m high`: metres. So is `8,000m` with no
                // currency: a million is not counted in thousands (`8bn`, not `8,000m`).
                "m" if !signed
                    && (measures_in_metres(p, i + 2)
                        || (raw.contains(',') && !is_currency_word(p.word(i + 2)))) =>
                {
                    unit = Some("m".into());
                }
                w => {
                    // `£5bn-a-year`, `a 10km-long tunnel`: a scale or a measure joined to
                    // the words after it.
                    let (head, after) = w.split_once('-').unwrap_or((w, ""));
                    let dimension = matches!(after, "long" | "high" | "wide" | "tall" | "deep");
                    if !after.is_empty()
                        && (is_touching_measure(head) || (head == "m" && dimension && !signed))
                    {
                        unit = Some(next[..head.len()].into());
                    } else if head == "b" && !signed {
                        return None;
                    } else {
                        match scale(head) {
                            Some(s) => {
                                value *= s;
                                scaled = true;
                                // `a 3.95bn-euro account`: the currency joined to the scale.
                                if let Some((_, currency)) = scale_and_currency(w) {
                                    unit = Some(next[next.len() - currency.len()..].into());
                                }
                            }
                            None => return None, // `802.11b`, `8am`, `1990s`, `5th`
                        }
                    }
                }
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
            // `60-day`: the unit rides on the number; `10-K`: a name (but `90-DAY` in a
            // headline's capitals is a span).
            let w = p.word(i + 2);
            let span_in_capitals = || {
                w.bytes().all(|b| b.is_ascii_uppercase()) && is_time_unit(&w.to_ascii_lowercase())
            };
            if !w.chars().next().is_some_and(char::is_lowercase) && !span_in_capitals() {
                return None;
            }
            if w.starts_with("year-old") || w.starts_with("month-old") {
                return None; // an age: `the 30-year-old`
            }
            // (`its 500-odd creditor banks`: a round number, what it counts after it.)
            if w != "odd" {
                // `a 300-million-euro fund`: a scale and its currency, joined on.
                match scale_and_currency(w) {
                    Some((s, currency)) => {
                        value *= s;
                        scaled = true;
                        unit = Some(currency.into());
                    }
                    None => unit = Some(w.into()),
                }
            }
            last = i + 2;
        } else if (next == "-" || next == "–") && p.is_number(i + 2) && p.touching(i + 1, i + 2) {
            // A score (`6-2`) or a bare range: only a range with a unit is a figure.
            let after = i + 3;
            // (`£3-4bn`, `3-4 million`: a range of sums scaled as one, from its lower end.)
            let range_scale = p
                .is_word(after)
                .then(|| scale(p.lower(after)))
                .flatten()
                .filter(|_| written_value(p.word(i + 2)).is_some_and(|top| top > value));
            if let Some(s) = range_scale {
                return Some(Core {
                    first: i,
                    last: after,
                    value: value * s,
                    unit: None,
                    scaled: true,
                    spelled: false,
                });
            }
            // (`30-40 minutes`, `40,000-50,000 people`: a range of a plural's count, from its
            // lower end; a score counts no plural after it: `a 24-18 win`.)
            let counted = p.is_word(after)
                && !p.is_capitalised(after)
                && super::unit::is_plural(p.lower(after))
                && written_value(p.word(i + 2)).is_some_and(|top| top > value);
            if counted {
                return Some(Core {
                    first: i,
                    last: i + 2,
                    value,
                    unit: None,
                    scaled,
                    spelled: false,
                });
            }
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

pub(super) fn spelled_at(p: &Para, i: usize) -> Option<Core> {
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
        if let Some(core) = fraction_of_a(p, i).or_else(|| a_fraction_point(p, i)) {
            return Some(core);
        }
    }
    if w == "a" && spelled_scale(i + 1) {
        return more_spelled(p, i, 1.0);
    }
    // `five-year`, `one-million`, `two-thirds` (a byte loop: words are short)
    let dash = w.bytes().position(|b| b == b'-');
    if let Some((head, tail)) = dash.map(|d| (&w[..d], &w[d + 1..])) {
        // (`seventy-two` is 72 whole, not its tens.)
        if let Some(whole) = small_number(w) {
            return more_spelled(p, i, whole as f64);
        }
        let n = small_number(head)?;
        // `one-day`, `one-off`: not key figures; `a two-for-one split`: a ratio; `a two-tier
        // system`: a kind, not a count.
        let kind_of_thing = names_a_kind_of_thing(tail);
        // (`seven-year-olds`, `a nine-month-old`: an age.)
        let age = tail.starts_with("year-old") || tail.starts_with("month-old");
        // `a three-and-a-half-year contract`, `one-and-a-half`: half more.
        let (half, tail) = match tail.strip_prefix("and-a-half") {
            Some(rest) => (0.5, rest.strip_prefix('-').unwrap_or(rest)),
            None => (0.0, tail),
        };
        let n = n as f64 + half;
        if n <= 1.0 || tail.starts_with("for-") || kind_of_thing || age {
            return None;
        }
        if tail.is_empty() {
            return more_spelled(p, i, n);
        }
        // (`a two-million-pound bid`: its currency joined on too.)
        let scaled = match scale_and_currency(tail) {
            Some((s, currency)) => Some((s, Some(currency))),
            None => scale(tail).map(|s| (s, None)),
        };
        if let Some((s, currency)) = scaled {
            return Some(Core {
                first: i,
                last: i,
                value: n * s,
                unit: currency.map(CompactString::from),
                scaled: true,
                spelled: true,
            });
        }
        if is_fraction_word(tail) {
            return None;
        }
        return Some(Core {
            first: i,
            last: i,
            value: n,
            unit: Some(p.word(i)[w.len() - tail.len()..].into()),
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
    // `two thirds of the budget` is a share, as `two-thirds` is (but `the preceding three
    // quarters` are a year's).
    if is_fraction_word(p.lower(i + 1)) && p.lower(i + 2) == "of" {
        return None;
    }
    more_spelled(p, i, n as f64)
}

/// `million-euro`, `bn-dollar`: a scale and the currency hyphened onto it.
fn scale_and_currency(w: &str) -> Option<(f64, &str)> {
    let (head, currency) = w.split_once('-')?;
    is_currency_word(currency)
        .then(|| scale(head))
        .flatten()
        .map(|s| (s, currency))
}

/// `thirds`, `quarters`, `fifths`: so many parts of a whole.
fn is_fraction_word(w: &str) -> bool {
    matches!(
        w,
        "halves"
            | "thirds"
            | "quarters"
            | "fourths"
            | "fifths"
            | "sixths"
            | "sevenths"
            | "eighths"
            | "ninths"
            | "tenths"
            | "hundredths"
    )
}

/// A number word in title case inside a sentence, next to another capitalised word, is part
/// of a name: `the Six Nations`, `the Big Four`. Not `Six Nations` opening a sentence, nor
/// `SIX PCT` in a headline in capitals.
pub(super) fn names_with_its_neighbour(p: &Para, i: usize) -> bool {
    let title_case = p.is_capitalised(i)
        && (p.word(i).bytes().skip(1)).all(|b| b.is_ascii_lowercase() || b == b'-');
    // After an opening quote mark or a colon, a capital opens a sentence of its own.
    // (`the Group of Seven leading nations`: a name's `of` between.)
    let name_of = || i >= 2 && p.lower(i - 1) == "of" && p.is_capitalised(i - 2);
    title_case
        && p.sentence_of(i).0 != i
        && (!p.is_some_punct(i - 1) || p.is_punct(i - 1, ","))
        && (p.is_capitalised(i + 1) || p.is_capitalised(i - 1) || name_of())
}

/// `half a million people`, `three-quarters of a billion`, `a quarter of a percentage
/// point`, `half a point`: a fraction of a scale word, or of a point or a percent (a rate
/// whose unit the words after the `a` at `i` give). Read at the `a`, looking back at the
/// fraction: most `a`s have none.
pub(super) fn fraction_of_a(p: &Para, i: usize) -> Option<Core> {
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

/// `a quarter point`, `a half percentage point`, `a quarter-point cut`: a fraction of a point
/// said before it, read at the `a` at `i`.
fn a_fraction_point(p: &Para, i: usize) -> Option<Core> {
    let next = p.lower(i + 1);
    let (fraction, hyphenated) = match next.strip_suffix("-point") {
        Some(f) => (f, true),
        None => (next, false),
    };
    let value = match fraction {
        "quarter" => 0.25,
        "half" => 0.5,
        "three-quarter" => 0.75,
        _ => return None,
    };
    let point_after = matches!(p.lower(i + 2), "point" | "points")
        || (p.lower(i + 2) == "percentage" && matches!(p.lower(i + 3), "point" | "points"));
    if !hyphenated && !point_after {
        return None;
    }
    Some(Core {
        first: i,
        last: i + 1,
        value,
        unit: hyphenated.then(|| "point".into()),
        scaled: false,
        spelled: true,
    })
}

/// `three hundred`, `two million`, `twenty thousand`, `two and a half years`.
pub(super) fn more_spelled(p: &Para, i: usize, n: f64) -> Option<Core> {
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

/// `Labour won 356 seats, the Conservatives 197 and the Liberal Democrats 62`, `England have 20
/// players, Wales 10, Ireland 11 and Scotland three`: a count left elliptical after a body named
/// in the plural or a place in a list, not a number in its name.
pub(crate) fn left_elliptical_after_a_name(p: &Para, i: usize) -> bool {
    let prev = p.word(i - 1);
    let list_goes_on = !p.is_word(i + 1) || p.lower(i + 1) == "and";
    let plural_body = prev.len() > 3
        && prev.ends_with('s')
        && crate::extract::lexicon::possessive_owner(prev).is_none()
        && (i.saturating_sub(4)..i - 1).any(|k| p.lower(k) == "the");
    let listed_place = || {
        i >= 2
            && (p.is_punct(i - 2, ",") || p.lower(i - 2) == "and")
            && crate::extract::lexicon::gazetteer().get(prev)
                == Some(&crate::model::EntityKind::Place)
    };
    // (`The Conservatives won 375 seats, Labour 229 and the Liberal-SDP Alliance 22`: any name
    // listed after a count whose plural ends the list's first item.)
    let listed_after_a_count = || {
        let mut k = i - 1;
        while k > 0 && i - k < 5 && p.is_capitalised(k - 1) {
            k -= 1;
        }
        if k > 0 && p.lower(k - 1) == "the" {
            k -= 1;
        }
        let listed = k > 0 && (p.is_punct(k - 1, ",") || p.lower(k - 1) == "and");
        listed
            && (p.sentence_of(i).0..k).any(|j| {
                p.is_number(j) && super::unit::is_plural(p.lower(j + 1)) && p.is_punct(j + 2, ",")
            })
    };
    list_goes_on && (plural_body || listed_place() || listed_after_a_count())
}

/// `a two-tier system`, `a two-way race`, `a three-pronged attack`, `the four-piece`,
/// `four-wheel-drive vehicles`, `a two-door car`, `a two-stroke engine`: what follows a
/// number's hyphen (`unit`, up to its next hyphen) names a kind of thing, which the number
/// does not count.
/// `two-tier`, `four-wheel-drive`, `two-door`: a word written with a number that names a kind
/// of thing, not a count of it (its first part, before any further hyphen).
pub(super) fn names_a_kind_of_thing(unit: &str) -> bool {
    matches!(
        unit.split('-').next(),
        Some(
            "tier"
                | "tiered"
                | "way"
                | "horse"
                | "sided"
                | "pronged"
                | "dimensional"
                | "faced"
                | "piece"
                | "wheel"
                | "door"
                | "stroke"
                | "seater"
                | "speed"
                | "poster"
        )
    )
}
