//! Deadlines: a resolved date tied to a cue (`deadline`, `by`, `until`, `expires`, `due`,
//! `ultimatum`, `goes into effect`). Every mention of the same due day joins that deadline,
//! and `two days before the deadline` (a date mention of its own, see `dates`) joins too.

use super::dates::FoundDate;
use super::lexicon::{is_saying, is_ticker_part, small_number};
use super::Para;
use crate::model::{CalendarDate, CompactString, Deadline, Role};
use chrono::{Datelike, NaiveDate};
use rustc_hash::FxHashMap as HashMap;

/// Cue words anywhere shortly before the date: `deadline for payment is set for March 31`.
const CUES: &[&str] = &[
    "deadline",
    "deadlines",
    "ultimatum",
    "expires",
    "expire",
    "expired",
    "expiry",
    "expiring",
    "due",
    "effect",
    "lapse",
    "lapses",
];

/// How far back a date's clause, and the verb that extends a term, are looked for: a long
/// clause reaches this far, and a sentence of thousands of dates is not read back to its start
/// from each.
const CLAUSE_REACH: usize = 40;

/// The most words a deadline's label keeps whole; a longer clause is cut to its head.
const LONGEST_LABEL: usize = 12;

/// Cue words that must stand right before the date: `by August 8`, not `rise by 3% from
/// 2 January`.
const NEXT_TO: &[&str] = &["by", "until", "till", "before", "ends", "end", "effective"];

/// What a date's sentence says about it: a deadline cue, and a label when there is one.
#[derive(Debug, Clone)]
pub struct Cue {
    pub cued: bool,
    pub label: CompactString,
    /// Said in the headline, whose label a mention in the story replaces.
    pub in_headline: bool,
    /// The label says only who set the deadline (`deadline set by Washington`): more than
    /// the word alone, less than what is to be done.
    pub only_who_set_it: bool,
}

/// How much a label says, the least first.
#[derive(Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
enum Says {
    Nothing,
    /// `deadline`
    Word,
    /// `deadline set by Washington`
    WhoSetIt,
    /// `Texaco must post a bond`
    WhatIsToBeDone,
}

impl Cue {
    fn says(&self) -> Says {
        if self.label.is_empty() {
            Says::Nothing
        } else if !self.label.contains(' ') {
            Says::Word
        } else if self.only_who_set_it {
            Says::WhoSetIt
        } else {
            Says::WhatIsToBeDone
        }
    }
}

/// The cues of one paragraph's dates, in the same order.
pub fn cues_in(p: &Para, dates: &[FoundDate]) -> Vec<Cue> {
    // Where the paragraph says `deadline`: found once, not once per date of a long sentence.
    let mut deadline_words: Option<Vec<usize>> = None;
    let mut last_cued: Option<(&FoundDate, CompactString)> = None;
    dates
        .iter()
        .map(|d| {
            let cued = cued(p, d, dates)
                || last_cued
                    .as_ref()
                    .is_some_and(|(e, _)| shares_the_verb(p, e, d));
            let (label, only_who_set_it) = if cued {
                let words = deadline_words.get_or_insert_with(|| {
                    (0..p.tokens().len())
                        .filter(|&k| names_a_due_day(p, k))
                        .collect()
                });
                // (`by the start of the winter season on October 25`: the clause before the
                // named time says what is due.)
                let (s, _) = p.sentence_of(d.first);
                let on = d.first > s && p.lower(d.first - 1) == "on";
                let first = a_time_named_before(p, s, d.first - usize::from(on)).unwrap_or(d.first);
                let (label, only_who_set_it) = label(p, first, d.last, words);
                let label = match &last_cued {
                    Some((e, told)) => subject_of_a_verb_left_out(p, e, told, d),
                    None => None,
                }
                .unwrap_or(label);
                (without_tickers(after_the_way_for(label)), only_who_set_it)
            } else {
                (CompactString::default(), false)
            };
            last_cued = cued.then(|| (d, label.clone()));
            Cue {
                cued,
                label,
                in_headline: p.role == Role::Headline,
                only_who_set_it,
            }
        })
        .collect()
}

/// `clearing the way for the deal to close by August 31`, `The vote paved the way for the
/// bill to become law by …`: what the way is cleared for is what is due, not the way.
fn after_the_way_for(label: CompactString) -> CompactString {
    const WAY: &str = "the way for ";
    let way = label
        .as_bytes()
        .windows(WAY.len())
        .position(|w| w.eq_ignore_ascii_case(WAY.as_bytes()));
    match way {
        Some(at) if label.len() > at + WAY.len() => label[at + WAY.len()..].into(),
        _ => label,
    }
}

/// `Chrysler Corp <C> said it would stop building cars …`: a label reads without the stock
/// tickers of the wire's company names.
fn without_tickers(label: CompactString) -> CompactString {
    if !label.contains(" <") {
        return label;
    }
    let mut out = CompactString::default();
    let mut rest = label.as_str();
    while let Some(open) = rest.find(" <") {
        // (As the names read them: `<PZL>`, `<BRG.L>`.)
        let ticker = rest[open + 2..].find('>').filter(|&close| {
            let inside = &rest[open + 2..open + 2 + close];
            match inside.split_once('.') {
                Some((symbol, exchange)) => {
                    is_ticker_part(symbol, 6) && is_ticker_part(exchange, 2)
                }
                None => is_ticker_part(inside, 6),
            }
        });
        match ticker {
            Some(close) => {
                out.push_str(&rest[..open]);
                rest = &rest[open + 2 + close + 1..];
            }
            None => {
                out.push_str(&rest[..open + 2]);
                rest = &rest[open + 2..];
            }
        }
    }
    out.push_str(rest);
    out
}

/// Where the last eight words before `end` start, back to `clause_start` at most; a name of
/// several words counts as one (`stakes in Societe Generale and Compagnie Generale
/// d'Electricite` is five).
fn eight_words_back(p: &Para, clause_start: usize, end: usize) -> usize {
    let in_a_name = |k: usize| {
        k > clause_start
            && (p.is_capitalised(k)
                || (matches!(p.lower(k), "of" | "and" | "&" | "de") && p.is_capitalised(k + 1)))
            && p.is_capitalised(k - 1)
    };
    let mut from = end;
    let mut words = 0;
    while from > clause_start && words < 8 {
        from -= 1;
        if !in_a_name(from) {
            words += 1;
        }
    }
    // (Back to the name's first word.)
    while from > clause_start && in_a_name(from) {
        from -= 1;
    }
    from
}

/// `the first furnace would shut by the end of June and the second by September`: a subject
/// joined after a due day, with the verb left out, is due by its own day to do what the
/// first was (`the second would shut`). `told`: the label of the due day `due`.
fn subject_of_a_verb_left_out(
    p: &Para,
    due: &FoundDate,
    told: &str,
    d: &FoundDate,
) -> Option<CompactString> {
    let subject = due.last + 2;
    let cue = d.first.checked_sub(1)?;
    if p.lower(due.last + 1) != "and"
        || !matches!(p.lower(cue), "by" | "until" | "before")
        || !(subject + 1..=subject + 4).contains(&cue)
        || !(subject..cue).all(|k| p.is_word(k) && !is_auxiliary(p.lower(k)))
        // (A subject, not a verb of its own: `register their sales by May 15 and ship the
        // coffee by the end of June`.)
        || !(is_determiner(p.lower(subject)) || p.is_capitalised(subject))
    {
        return None;
    }
    // (What the first was to do, from its auxiliary or modal on.)
    let verb = std::iter::once(0)
        .chain(told.match_indices(' ').map(|(at, _)| at + 1))
        .find(|&at| {
            let w = told[at..].split(' ').next().unwrap_or("");
            is_auxiliary(w) || matches!(w, "should" | "shall" | "can" | "could")
        })?;
    Some(format!("{} {}", p.slice(subject, cue - 1), &told[verb..]).into())
}

/// `The year for dairy products ends on May 31, and for cereals on June 30`: a day told
/// right after a due one, of the same verb left out, is due too.
fn shares_the_verb(p: &Para, due: &FoundDate, d: &FoundDate) -> bool {
    let mut k = due.last + 1;
    if p.is_punct(k, ",") {
        k += 1;
    }
    if p.lower(k) != "and" || !matches!(p.lower(k + 1), "for" | "in") {
        return false;
    }
    // What it is for: one to three words, then `on` or `by` and the day.
    let what = k + 2;
    let on = d.first.saturating_sub(1);
    (what + 1..=what + 3).contains(&on)
        && matches!(p.lower(on), "on" | "by")
        && (what..on).all(|j| p.is_word(j))
        // (Not `and in Paris on July 9 the ministers meet`: a verb of its own after the day.)
        && !p.is_word(d.last + 1)
}

pub fn find(paras: &[Para], dates: &[FoundDate]) -> Vec<Deadline> {
    let paragraph = |d: &FoundDate| d.mention.span.paragraph();
    let cues: Vec<Cue> = dates
        .chunk_by(|a, b| paragraph(a) == paragraph(b))
        .flat_map(|here| cues_in(&paras[paragraph(&here[0])], here))
        .collect();
    merge(dates, &cues)
}

/// Deadlines from all the dates and their cues: one per due day, with every mention of it.
pub fn merge(dates: &[FoundDate], cues: &[Cue]) -> Vec<Deadline> {
    let mut deadlines: Vec<Deadline> = Vec::new();
    let mut by_due: HashMap<NaiveDate, usize> = HashMap::default();
    // The cue whose label each deadline takes.
    let mut labelled_by: Vec<&Cue> = Vec::new();
    for (d, cue) in dates.iter().zip(cues) {
        let Some(due) = due_day(d.mention.date).filter(|_| cue.cued) else {
            continue;
        };
        let k = *by_due.entry(due).or_insert_with(|| {
            deadlines.push(Deadline {
                due,
                label: CompactString::default(),
                mentions: Vec::new(),
            });
            labelled_by.push(cue);
            deadlines.len() - 1
        });
        // The first label, unless another mention says more (what is to be done over who set
        // it, either over the word alone), or it is the headline's (`EC SETS JUNE 30 DEADLINE
        // FOR DAIRY PACT`) and a mention in the story says more than a word.
        let best = labelled_by[k];
        let fuller = cue.says() > best.says()
            || (cue.says() > Says::Word && best.in_headline && !cue.in_headline);
        if fuller {
            labelled_by[k] = cue;
        }
    }
    for (deadline, cue) in deadlines.iter_mut().zip(&labelled_by) {
        deadline.label = cue.label.clone();
    }
    // Every mention of a due day belongs to it, cued or not (`All eyes now turn to Friday`).
    for (d, cue) in dates.iter().zip(cues) {
        let day = match d.mention.date {
            CalendarDate::Day(day) => Some(day),
            other if cue.cued => due_day(other),
            _ => None,
        };
        if let Some(&k) = day.and_then(|day| by_due.get(&day)) {
            deadlines[k].mentions.push(d.mention.span);
        }
    }
    for dl in &mut deadlines {
        dl.mentions.sort();
        dl.mentions.dedup();
    }
    deadlines.sort_by_key(|d| d.due);
    deadlines
}

/// Years are too coarse to count down to; months are due on their last day.
fn due_day(date: CalendarDate) -> Option<NaiveDate> {
    match date {
        CalendarDate::Year(_) => None,
        other => other.last_day(),
    }
}

/// A cue word shortly before the date `d`, one of its paragraph's `dates`, in its sentence
/// (`by August 8`, `deadline for payment is set for March 31`, `due to go into effect April
/// 30`).
fn cued(p: &Para, d: &FoundDate, dates: &[FoundDate]) -> bool {
    // `is expected to decide by early October`: a part of a month is no day to be due by.
    let part_of_a_month = matches!(d.mention.date, CalendarDate::Month { .. })
        && (matches!(p.lower(d.first), "early" | "late" | "mid")
            || p.lower(d.first).starts_with("mid-"));
    // (`WASHINGTON, Feb 10 - The deadline had been …`: a wire dateline's day is when the
    // story was filed, whatever follows it.)
    if part_of_a_month || p.follows_a_dateline(d.last + 2) || names_its_days_event(p, d, dates) {
        return false;
    }
    let (s, _) = p.sentence_of(d.first);
    // `interest payments due between March and June`: a window is due by its last day, not
    // its first.
    // (`due to walk out from 4 to 10 March`: nor is the first day of a span.)
    let opens_a_window = d.first > s
        && matches!(
            (p.lower(d.first - 1), p.lower(d.last + 1)),
            ("between", "and") | ("from", "to" | "until" | "till")
        )
        && dates.iter().any(|other| other.first == d.last + 2);
    if opens_a_window {
        return false;
    }
    let from = d.first.saturating_sub(8).max(s);
    // (`faces a September 14 deadline, began talks on Monday`: a cue right after an earlier
    // date is that date's; `its debentures due 2006 on March 1`: so is one right before
    // another date.)
    // (But `an agreement signed last year expires on March 31`: a verb told of the day right
    // after it is this day's.)
    let verb_of_this_day = |k: usize| {
        matches!(p.lower(k), "expires" | "expire" | "lapses" | "lapse")
            && d.first > k
            && d.first <= k + 2
    };
    let another_dates = |k: usize| {
        dates.iter().any(|other| {
            (other.last + 1 == k && !verb_of_this_day(k))
                || (other.first == k + 1 && other.first != d.first)
        })
    };
    // (`The current mandate runs out on 28 February`: as it expires.)
    let runs_out = |k: usize| {
        p.lower(k) == "out" && k > 0 && matches!(p.lower(k - 1), "runs" | "run" | "running")
    };
    // (`ceased trading with immediate effect early on Saturday`: what took effect at once
    // was due on no day.)
    let at_once = |k: usize| p.lower(k) == "effect" && k > 0 && p.lower(k - 1) == "immediate";
    let near = (from..d.first).any(|k| {
        (CUES.contains(&p.lower(k)) || runs_out(k) || super::dates::comes_into_force(p, k))
            && !at_once(k)
            && !due_on_a_schedule(p, k)
            && !another_dates(k)
    }) && !done_then(p, d.first, s);
    // `by May 1` and `until the end of April` (the date mention holds `the end of`), with a
    // time of day between (`until midnight on Friday`).
    let mut before = d.first;
    while before > s && d.first - before < 5 && super::dates::is_time_of_day(p, before - 1) {
        before -= 1;
    }
    // (`hand back slots by the start of the winter season on October 25`: a time named, then
    // the day it falls on.)
    // (Its verb may stand too far back for a tense to be told: then a day still to come
    // will do.)
    let named_time = a_time_named_before(p, s, before);
    if let Some(named) = named_time {
        before = named;
    }
    // (`exports totalled 9.2 mln bags by the end of January`: when, looked back on, not by
    // when.)
    // (`The minister resigned before April 3`: what happened before it.)
    // (The clause the cue ends: `by` is no verb, and `before` opens a clause of its own.)
    // (`Sony said it had shipped 500,000 PSPs by the end of December`: done by then, whether
    // or not the day is over; not `had agreed to table proposals by …`, still to be done.)
    let had_done = |cue: usize| {
        (cue.saturating_sub(8).max(s)..cue).any(|k| {
            p.lower(k) == "had"
                && super::dates::is_past_verb(p.lower(k + 1))
                && !(k + 2..cue).any(|j| p.lower(j) == "to")
        })
    };
    // (`prices should have been fixed by July 1`: a term missed is still the term.)
    // (`Offers had to be submitted by April 20`: a term set in the past, too.)
    let missed = || {
        (before.saturating_sub(8).max(s)..before).any(|k| {
            (p.lower(k) == "should" && matches!(p.lower(k + 1), "have" | "'ve"))
                || (p.lower(k) == "had" && p.lower(k + 1) == "to")
        })
    };
    let looked_back_on = |cue: usize| {
        ((d.passed && super::dates::clause_tense(p, cue) == super::dates::Tense::Past)
            || had_done(cue))
            && !missed()
    };
    // (`Talks will not resume until September 28`, `adjourned a hearing … until next month`:
    // when something starts again, not by when it must be done; but `agreed to defer until
    // the end of the year interest payments` sets when they are due.)
    // (`agreed to delay interest payments until June 30`: named before the day, too.)
    let payments_put_off = || {
        let (_, e) = p.sentence_of(d.first);
        let before_the_day = before.saturating_sub(6).max(s)..before;
        (d.last + 1..e.min(d.last + 8))
            .chain(before_the_day)
            .any(|k| {
                matches!(
                    p.lower(k),
                    "payment" | "payments" | "repayment" | "repayments" | "interest" | "principal"
                )
            })
    };
    // (`Banks that have not signed have until January 15 to commit`: time one has is a
    // term, whatever a clause before it denies.)
    let has_until = before >= s + 2 && matches!(p.lower(before - 2), "has" | "have" | "had");
    let not_until = || {
        p.lower(before - 1) == "until"
            && !has_until
            && ((before.saturating_sub(6).max(s)..before - 1)
                .any(|k| matches!(p.lower(k), "not" | "n't" | "never"))
                || ((before.saturating_sub(CLAUSE_REACH).max(s)..before - 1).any(|k| {
                    matches!(
                        p.lower(k),
                        "adjourned"
                            | "adjourn"
                            | "postponed"
                            | "postpone"
                            | "deferred"
                            | "defer"
                            | "delay"
                            | "delayed"
                            | "delays"
                    )
                }) && !payments_put_off()))
    };
    // `No new talks are planned before the September session`, `The sale will not close
    // before June 30`: the earliest day something can happen, not the last. (But `if the
    // court does not rule before April 10, the deal collapses` is an ultimatum.)
    let not_before = || {
        if p.lower(before - 1) != "before" {
            return false;
        }
        let clause = clause_start_before(p, s, before - 1)..before - 1;
        clause
            .clone()
            .any(|k| matches!(p.lower(k), "no" | "not" | "n't" | "never"))
            && !clause
                .into_iter()
                .any(|k| matches!(p.lower(k), "if" | "unless"))
    };
    // `will keep output low at least until the end of June`: a least time, no term (as
    // `until at least November 6`, where the date is not next to its cue).
    let at_least_until = before >= s + 3
        && p.lower(before - 1) == "until"
        && p.lower(before - 2) == "least"
        && p.lower(before - 3) == "at";
    // `repairs would take until the end of May`: how long something takes, no term.
    let takes_until = before >= s + 2
        && p.lower(before - 1) == "until"
        && matches!(p.lower(before - 2), "take" | "takes" | "took" | "taking");
    let next_to = before > s
        && (NEXT_TO.contains(&p.lower(before - 1)) || in_force_through(p, s, before - 1))
        && !(at_least_until || takes_until || not_until() || not_before())
        && !a_span_ends(p, s, before - 1)
        && !names_a_cause(p, s, before - 1)
        && !(matches!(p.lower(before - 1), "by" | "before") && looked_back_on(before - 1))
        && !(p.lower(before - 1) == "before" && an_aside_says_when(p, s, before - 1))
        // `were up 5% by noon on Monday` says when, not by when.
        && (before == d.first
            || match super::dates::tense(p, d.first) {
                super::dates::Tense::Future => true,
                super::dates::Tense::Unknown => named_time.is_some() && !d.passed,
                super::dates::Tense::Past => missed(),
            })
        // `prices could reach 20 dlrs before the end of the month`: what might happen, not a
        // term. `hopes to sell three million by March`, `expect a rate increase by October`:
        // a hope or a forecast of a quantity or an event (but `expects the sale to be
        // completed by the end of June` plans an act by a day).
        // (A guess anywhere in the clause: `the bank may cut its discount rate by half a
        // percentage point to two pct before the end of September`.)
        && !guessed_before(p, s, before)
            .any(|k| {
                let w = p.lower(k);
                // (Not `a possible strike`: a word describing a noun guesses nothing.)
                let describes_a_noun = k > s
                    && matches!(w, "possible" | "likely")
                    && matches!(p.lower(k - 1), "a" | "an" | "the");
                let guess = (matches!(w, "could" | "might") || (w == "may" && !grants_a_right(p, k)))
                    || (is_likelihood(w) && !describes_a_noun);
                // (`About 5.5 million homes are expected to be able to get them by the end
                // of the year`: a count of things forecast or expected to be reached; not `The
                // sale of 51 pct is expected to be completed by June`, an act.)
                let count_before = || {
                    (k.saturating_sub(6).max(s)..k).any(|j| {
                        let mut n = j + 1;
                        if super::lexicon::scale(p.lower(n)).is_some() {
                            n += 1;
                        }
                        states_a_quantity(p, j)
                            && p.is_word(n)
                            && super::figures::is_plural(p.lower(n))
                            && !super::lexicon::is_currency_word(p.lower(n))
                            && !matches!(p.lower(n), "pct" | "percent" | "points")
                    })
                };
                // (`he expected to sell three million PSPs by March`, but not `is expected to
                // be completed` or `a meeting expected by`: said of an act.)
                let expected_actively = w == "expected"
                    && k > s
                    && (super::lexicon::is_pronoun(p.lower(k - 1)) || p.is_capitalised(k - 1));
                let forecast_of_an_outcome = (is_forecast_verb(w) || expected_actively)
                    && (!(k + 1..before).any(|j| p.lower(j) == "to")
                        || (k + 1..before).any(|j| states_a_quantity(p, j))
                        || count_before());
                let count_expected = w == "expected" && count_before();
                // (`he wants to increase sales by £2.5bn by the end of March 2008`: an amount
                // wanted is an outcome too; but `wanted quotas in place by April 1` is a term.)
                // (`plans to cut the workforce by 1,500 by the end of the year`, `its target of
                // six million by the end of 2004`: or planned.)
                let amount_wanted = matches!(
                    w,
                    "wants"
                        | "want"
                        | "wanted"
                        | "aims"
                        | "aim"
                        | "plans"
                        | "plan"
                        | "planned"
                        | "target"
                        | "targets"
                ) && (k + 1..before).any(|j| {
                    // (Not `must file its plan within 120 days, by September 3`: a time
                    // allowed is no amount.)
                    states_a_quantity(p, j) && !super::lexicon::is_time_unit(p.lower(j + 1))
                });
                // (`the trade deficit should start to narrow by the end of the year`,
                // `inflation will fall to 3 pct by June`: a level said to change, unless it
                // must.)
                // (`will pump about 220,000 bpd initially, rising to 300,000 bpd by the end of
                // the month`: or a participle set off after a level, to a quantity.)
                let participle_to_a_level = || {
                    p.is_punct(k - 1, ",")
                        && matches!(
                            w,
                            "rising" | "falling" | "growing" | "climbing" | "dropping" | "easing"
                        )
                        && (k + 1..before).any(|j| states_a_quantity(p, j))
                };
                // (`a teacher would earn more than £50,000 by April`, `the measure would save
                // about 600 mln dlrs by the end of January`: or an amount said to be reached;
                // not `is trying to save £3bn by the end of the month`, a saving to be made.)
                let reaches_an_amount = || {
                    (super::figures::reaches(w)
                        || matches!(w, "earn" | "total" | "hit")
                        || (w == "save" && p.lower(k - 1) != "to"))
                        && (k + 1..before).any(|j| states_a_quantity(p, j))
                };
                let level_to_change = k > s
                    && (((is_change_of_level(w) || reaches_an_amount())
                        && matches!(
                            p.lower(k - 1),
                            "should" | "would" | "will" | "to" | "could" | "shall"
                        ))
                        || participle_to_a_level())
                    && !(s..k).any(|j| p.lower(j) == "must");
                let forecast = k + 12 >= before
                    && (forecast_of_an_outcome || count_expected || amount_wanted || level_to_change);
                (guess || forecast) && !p.is_capitalised(k)
            })
        // `a settlement before the end of the month was unlikely`: a guess after it.
        && !(d.last + 1..d.last + 4).any(|k| is_likelihood(p.lower(k)));
    // `no later than April 20`
    let no_later =
        before > s + 1 && p.lower(before - 1) == "than" && p.lower(before - 2) == "later";
    // `extended its offer to midnight on April 24`, `until midnight EST March 20`, `extend
    // their output ceiling through June 30`: the new end of something that runs on.
    // (Not `postponed until October 7 its ruling`, `delayed the vote until May 5`: an event
    // put off is when it will happen.)
    // (Nor `borrowings less extended credits averaged … in the week to April 1`: a word of
    // extending that describes the plural after it.)
    let describes_a_plural = |k: usize| {
        p.is_word(k + 1)
            && super::figures::is_plural(p.lower(k + 1))
            && !super::lexicon::is_function_word(p.lower(k + 1))
    };
    let extended_to = before > s
        && matches!(p.lower(before - 1), "to" | "until" | "through")
        && (s.max(before.saturating_sub(CLAUSE_REACH))..before - 1)
            .rfind(|&k| is_extension(p.lower(k)) && !describes_a_plural(k))
            .is_some_and(|verb| {
                let put_off = (verb + 1..before - 1).chain(d.last + 1..d.last + 4);
                !put_off.into_iter().any(|k| is_an_event(p.lower(k)))
            });
    // `The consultation will close on 15 March`, `Voting ends on September 25`: when
    // something still open ends (not a span of time: `the fiscal year ends on March 31`).
    // (`the 1986/87 season, which ends on September 30`: the span a `which` stands for.)
    // (`The scheme closes to new applications on 31 March`: to whom or what it closes
    // between; `with the ballot closing on 17 December`: or in a participle.)
    let closing = |k: usize| {
        matches!(
            p.lower(k),
            "close" | "closes" | "closing" | "end" | "ends" | "ending"
        )
    };
    let verb = d.first.saturating_sub(2);
    let verb = if closing(verb) {
        verb
    } else {
        (d.first.saturating_sub(6).max(s)..verb)
            .find(|&k| {
                closing(k)
                    && matches!(p.lower(k + 1), "to" | "for")
                    && (k + 2..d.first - 1).all(|j| p.is_word(j) && !p.is_capitalised(j))
            })
            .unwrap_or(verb)
    };
    let what_ends = if verb >= s + 3 && p.lower(verb - 1) == "which" {
        verb - 3
    } else {
        verb.saturating_sub(1)
    };
    // (`Volcker, whose term ends on August 6, has said …`: a verb in the present says its
    // own tense, whatever the clause around it.)
    let closes_on = d.first >= s + 3
        && p.lower(d.first - 1) == "on"
        && closing(verb)
        && !is_a_span_of_time(p.lower(what_ends))
        // (`after the market closes on Thursday`: a day's trading ends, as every day.)
        && !matches!(
            p.lower(what_ends),
            "market" | "markets" | "exchange" | "exchanges" | "trading"
        )
        && (matches!(p.lower(verb), "closes" | "ends")
            // (`Subscriptions close on November 23, it said`: a plural's verb in the present,
            // whatever tense the saying after it is in.)
            || (matches!(p.lower(verb), "close" | "end") && verb > s && after_a_plural(p, verb))
            || super::dates::tense(p, d.first) != super::dates::Tense::Past)
        && !closed_for_a_holiday(p, d.last);
    // `the original May 1 deadline`, `the February 15 filing date`; `the tax payment date of
    // April 15` (a due date named before, too).
    let named_after = (d.first + 1..(d.last + 4).min(p.tokens().len()))
        .any(|k| names_a_due_day(p, k))
        || (d.first >= s + 3 && p.lower(d.first - 1) == "of" && names_a_due_day(p, d.first - 2))
        // `The closing date for a separate tender for 150,000 tonnes of flour is June 18`: the
        // due day the clause is about, however long its name.
        || (d.first > s
            && matches!(p.lower(d.first - 1), "is" | "was" | "be")
            && (clause_start_before(p, s, d.first)..d.first - 1).any(|k| names_a_due_day(p, k)));
    // `would strike at midnight on September 14 unless a contract is reached`, `… if no
    // agreement is reached`: an ultimatum.
    // (A day: `will meet again in September, unless a session is called earlier` is a plan.)
    let day = matches!(d.mention.date, crate::model::CalendarDate::Day(_));
    // (`… on May 15 if a local agreement is not reached`: the negation a few words on.)
    let if_not = |k: usize| {
        p.lower(k) == "if"
            && (k + 1..k + 7)
                .take_while(|&j| p.is_word(j))
                .any(|j| matches!(p.lower(j), "no" | "not" | "fails" | "fail"))
    };
    let unless = day && (d.last + 1..d.last + 3).any(|k| p.lower(k) == "unless" || if_not(k));
    let when_it_expires = day && expiry_told_after(p, d.last).is_some();
    let window = window_closes(p, s, d, dates);
    // `The agreement is valid through June 30`: good up to the day.
    // (`The contract, which runs through the end of next year`: as it runs until then; not
    // a span or an event run through, see `a_span_ends`.)
    let valid_through = before >= s + 2
        && p.lower(before - 1) == "through"
        && (matches!(
            p.lower(before - 2),
            "valid" | "good" | "exercisable" | "open"
        ) || (matches!(p.lower(before - 2), "runs" | "run") && !a_span_ends(p, s, before - 1)));
    near || next_to
        || valid_through
        || must_on(p, s, d, dates)
        || no_later
        || extended_to
        || closes_on
        || named_after
        || unless
        || when_it_expires
        || window
        || before_a_start(p, s, d.first)
}

/// `the start of the winter season on October 25`, the day's words starting at `day` (its
/// `on`, or a time of day): where `the` of a named start or end stands. (`the end of the
/// fiscal year ending March 31`, `… which ends June 30`: the end of a span, told by the day
/// the span ends on.)
fn a_time_named_before(p: &Para, s: usize, day: usize) -> Option<usize> {
    let span_ends = |verb: usize| {
        (verb > s && super::lexicon::is_calendar_span(p.lower(verb - 1)))
            || (verb > s + 1
                && matches!(p.lower(verb - 1), "which" | "that")
                && super::lexicon::is_calendar_span(p.lower(verb - 2)))
    };
    let (at, ending) = if p.lower(day) == "on" {
        (day, false)
    } else if day > s && matches!(p.lower(day - 1), "ending" | "ends") && span_ends(day - 1) {
        (day - 1, true)
    } else {
        return None;
    };
    let named_part = (at.saturating_sub(8).max(s + 1)..at.saturating_sub(2))
        .rev()
        .take_while(|&k| p.is_word(k))
        .find(|&k| {
            let named = if ending {
                matches!(p.lower(k), "end" | "close")
            } else {
                matches!(
                    p.lower(k),
                    "start" | "beginning" | "end" | "close" | "opening"
                )
            };
            named && p.lower(k - 1) == "the" && p.lower(k + 1) == "of"
        })
        .map(|k| k - 1);
    // (`has until the annual meeting on May 20 to decide`: an event named after the term's
    // word, then its day.)
    let event_after_a_term = || {
        let event = at
            .checked_sub(1)
            .filter(|&k| k > s && is_an_event(p.lower(k)))?;
        let the = (event.saturating_sub(2).max(s + 1)..event).find(|&k| p.lower(k) == "the")?;
        matches!(p.lower(the - 1), "until" | "by" | "before").then_some(the)
    };
    named_part.or_else(|| (!ending).then(event_after_a_term).flatten())
}

/// `will hold a conference on June 25, when the current agreement expires`: the day at `last`
/// is when something runs out, told right after it. The token that ends the telling.
fn expiry_told_after(p: &Para, last: usize) -> Option<usize> {
    if !(p.is_punct(last + 1, ",") && p.lower(last + 2) == "when") {
        return None;
    }
    (last + 3..last + 10)
        .take_while(|&k| p.is_word(k))
        .find(|&k| {
            matches!(p.lower(k), "expires" | "expire" | "lapses" | "lapse")
                || (p.lower(k) == "out" && matches!(p.lower(k - 1), "runs" | "run"))
        })
}

/// `before the August recess begins on August 7`: the month at `d` names an event whose day
/// follows in its clause; the day, not the month, is when it comes.
fn names_its_days_event(p: &Para, d: &FoundDate, dates: &[FoundDate]) -> bool {
    let CalendarDate::Month { year, month } = d.mention.date else {
        return false;
    };
    let event = d.last + 1;
    let attributive = p.is_word(event) && !p.is_capitalised(event) && p.lower(event) != "of";
    attributive
        && dates.iter().any(|o| {
            o.first > event
                && o.first <= event + 4
                && (event..o.first).all(|k| p.is_word(k))
                && matches!(o.mention.date, CalendarDate::Day(day)
                    if day.year() == year && day.month() == month)
        })
}

/// `Ministers must agree a package before the budget year starts on January 1`: what must be
/// done before something starts on the day at `first` is due then.
/// (`The House is expected to vote on it before the August recess begins on August 7`: or
/// is expected, due or scheduled to be.)
fn before_a_start(p: &Para, s: usize, first: usize) -> bool {
    if first < s + 4 || p.lower(first - 1) != "on" {
        return false;
    }
    let verb = first - 2;
    let starts = matches!(
        p.lower(verb),
        "starts" | "start" | "begins" | "begin" | "opens" | "open"
    ) || (p.lower(verb) == "effect" && matches!(p.lower(verb - 1), "take" | "takes"));
    if !starts {
        return false;
    }
    let Some(before) = (verb.saturating_sub(6).max(s)..verb)
        .rev()
        .take_while(|&k| p.is_word(k))
        .find(|&k| p.lower(k) == "before")
    else {
        return false;
    };
    let expected_to =
        |k: usize| matches!(p.lower(k), "expected" | "due" | "scheduled") && p.lower(k + 1) == "to";
    (s..before).any(|k| must_at(p, k) || expected_to(k))
}

/// `Funds will be credited on October 30 and must be repaid on December 4`: what the
/// date's own clause says must be done on the day is due then (not `should`: a forecast).
fn must_on(p: &Para, s: usize, d: &FoundDate, dates: &[FoundDate]) -> bool {
    if d.first < s + 3 || p.lower(d.first - 1) != "on" {
        return false;
    }
    let clause = clause_start_before(p, s, d.first).max(d.first.saturating_sub(12));
    let from = dates
        .iter()
        .filter(|o| o.last < d.first && o.last >= clause)
        .map(|o| o.last + 1)
        .max()
        .unwrap_or(clause);
    let must = |k: usize| must_at(p, k) && p.lower(k) != "should";
    if (from..d.first - 1).any(must) {
        return true;
    }
    // (`must reach a deal before EC heads of government meet in Copenhagen on December 4`:
    // what must be done before what happens on the day, however long its clause.)
    (from..d.first - 1)
        .find(|&k| p.lower(k) == "before")
        .is_some_and(|before| (clause_start_before(p, s, before)..before).any(must))
}

/// `Applications must be made between May 11 and May 20`: the last day of a window in which
/// something must be done (the clause says it must), one of the paragraph's `dates`.
fn window_closes(p: &Para, s: usize, d: &FoundDate, dates: &[FoundDate]) -> bool {
    if d.first < s + 3 || p.lower(d.first - 1) != "and" {
        return false;
    }
    let Some(opening) = dates.iter().find(|o| o.last + 2 == d.first) else {
        return false;
    };
    opening.first > s
        && p.lower(opening.first - 1) == "between"
        && (clause_start_before(p, s, opening.first)..opening.first).any(|k| must_at(p, k))
}

/// `the financing would remain in place through April 15`, `valid through June 30`: an
/// arrangement in force as far as a day, which ends then (`through` at `through`; not
/// `prices will stay high through June`, a forecast).
fn in_force_through(p: &Para, s: usize, through: usize) -> bool {
    p.lower(through) == "through"
        && (through.saturating_sub(4).max(s)..through).any(|k| {
            matches!(p.lower(k), "valid" | "open" | "effective")
                || (p.lower(k) == "in" && matches!(p.lower(k + 1), "place" | "force" | "effect"))
        })
}

/// `the drain caused by the end of the month`, `buying prompted by the end of the tax year`:
/// a day that caused something, which nothing is due by.
fn names_a_cause(p: &Para, s: usize, by: usize) -> bool {
    by > s
        && p.lower(by) == "by"
        && matches!(
            p.lower(by - 1),
            "caused"
                | "brought"
                | "driven"
                | "prompted"
                | "triggered"
                | "hit"
                | "hurt"
                | "affected"
                | "boosted"
                | "offset"
                | "fuelled"
                | "fueled"
                | "spurred"
                | "distorted"
                | "depressed"
                | "disrupted"
        )
}

/// `the 1986/87 marketing year, which ends May 31`: a span of time ending at its end, no term
/// for anything (`end` or `ends`, or `runs until`, at `end`, its subject just before, or before
/// `, which`). So is an event that runs until a day (`the meeting, which runs until June 27`,
/// `The festival runs through May 5`).
fn a_span_ends(p: &Para, s: usize, end: usize) -> bool {
    // (`The current coffee year runs until September 30`: runs to its end, as well.)
    let runs_until = matches!(p.lower(end), "until" | "through")
        && end >= s + 2
        && matches!(p.lower(end - 1), "runs" | "run" | "lasts" | "last");
    let verb = if runs_until { end - 1 } else { end };
    if !(runs_until || matches!(p.lower(end), "end" | "ends")) || verb < s + 1 {
        return false;
    }
    let mut subject = verb - 1;
    if p.lower(subject) == "which" && subject >= s + 2 && p.is_punct(subject - 1, ",") {
        subject -= 2;
    }
    let w = p.lower(subject);
    is_a_span_of_time(w) || (runs_until && is_held(w))
}

/// An event held over a time, not owed: `meeting`, `talks`, `summit`, `festival` (but not a
/// `decision`, a `ruling` or a `verdict`, which may be due).
fn is_held(w: &str) -> bool {
    (is_an_event(w) && !matches!(w, "decision" | "ruling" | "verdict"))
        || matches!(
            w,
            "conference" | "summit" | "visit" | "election" | "festival" | "exhibition" | "show"
        )
}

/// Something that happens on a day rather than is done by it: `ruling`, `vote`.
fn is_an_event(w: &str) -> bool {
    matches!(
        w,
        "ruling"
            | "decision"
            | "vote"
            | "meeting"
            | "talks"
            | "hearing"
            | "verdict"
            | "trial"
            | "announcement"
            | "launch"
            | "debate"
            | "session"
    )
}

/// `will close on April 29 for a national holiday`, `… for Labor Day`: a market shut for a
/// day, no term (`last`: the date's last token).
fn closed_for_a_holiday(p: &Para, last: usize) -> bool {
    p.lower(last + 1) == "for"
        && (last + 2..last + 6).take_while(|&k| p.is_word(k)).any(|k| {
            matches!(
                p.lower(k),
                "holiday" | "holidays" | "festival" | "christmas" | "easter"
            ) || (p.word(k) == "Day" && p.is_capitalised(k - 1))
        })
}

/// `year`, `quarter`, `season`, `half`: what ends on a day by the calendar, not as a term.
fn is_a_span_of_time(w: &str) -> bool {
    // (`after the August recess ends on September 8`: a break is a span too.)
    super::lexicon::is_calendar_span(w)
        || matches!(w, "half" | "recess" | "holiday" | "holidays" | "vacation")
}

/// A verb that looks ahead to an outcome: `hopes`, `expects`, `forecast`.
fn is_forecast_verb(w: &str) -> bool {
    matches!(
        w,
        "hopes"
            | "hope"
            | "hoped"
            | "hoping"
            | "expect"
            | "expects"
            | "forecast"
            | "forecasts"
            | "predict"
            | "predicts"
            // (`Inflation is projected at 5.0 pct by year-end`)
            | "predicted"
            | "project"
            | "projects"
            | "projected"
            // (`Analysts estimate Nintendo will sell 2.8 million by the end of the year`)
            | "estimate"
            | "estimates"
    )
}

/// A verb of a level that moves by itself: `narrow`, `rise`, `recover`.
fn is_change_of_level(w: &str) -> bool {
    matches!(
        w,
        "narrow"
            | "widen"
            | "rise"
            | "fall"
            | "grow"
            | "shrink"
            | "improve"
            | "recover"
            | "rebound"
            | "ease"
            | "slow"
            | "decline"
            | "drop"
            | "climb"
            | "peak"
            | "stabilise"
            | "stabilize"
    )
}

/// Token `k` states an amount: a number, spelled (`three`) or written (`5%`, `20`).
fn states_a_quantity(p: &Para, k: usize) -> bool {
    p.is_number(k)
        || super::lexicon::small_number(p.lower(k)).is_some()
        || super::lexicon::scale(p.lower(k)).is_some()
}

/// Token `k` names a day something is due: `deadline`, `payment date`, `filing date`.
fn names_a_due_day(p: &Para, k: usize) -> bool {
    match p.lower(k) {
        "deadline" => true,
        "date" => k > 0 && matches!(p.lower(k - 1), "payment" | "filing" | "due" | "closing"),
        _ => false,
    }
}

/// `Holders may convert the debentures until April 30`: the `may` at `k` lets those who hold
/// a right use it, a term; not a guess.
fn grants_a_right(p: &Para, k: usize) -> bool {
    // (`Holders who tendered shares may withdraw them`: past a clause about the holders.)
    let holders = |j: usize| is_a_holder(p.lower(j));
    let described = (k.saturating_sub(8)..k.saturating_sub(2)).any(|j| {
        holders(j) && matches!(p.lower(j + 1), "who" | "that") && (j + 2..k).all(|t| p.is_word(t))
    });
    (k > 0 && holders(k - 1)) || described
}

/// Those an offer or a security gives rights to: `holders`, `creditors`, `bidders`.
fn is_a_holder(w: &str) -> bool {
    matches!(
        w,
        "holders"
            | "shareholders"
            | "stockholders"
            | "bondholders"
            | "noteholders"
            | "debenture-holders"
            | "investors"
            | "creditors"
            | "customers"
            | "applicants"
            | "bidders"
            | "subscribers"
    )
}

/// How likely something is: `unlikely`, `possible`.
fn is_likelihood(w: &str) -> bool {
    matches!(
        w,
        "unlikely"
            | "likely"
            | "possible"
            | "impossible"
            | "doubtful"
            | "chance"
            | "chances"
            // `I am optimistic that an agreement can be reached before …`: a hope.
            | "optimistic"
            | "hopeful"
            | "pessimistic"
            // `denied rumours that the rupiah would be devalued before …`: talk of it.
            | "rumour"
            | "rumours"
            | "rumor"
            | "rumors"
            | "speculation"
            // `eased fears that the government would have to raise rates before …`: a dread.
            | "fear"
            | "fears"
            | "feared"
    )
}

/// `is due to visit Tokyo on April 28`, `are due to meet on Friday`, `trade figures due on
/// November 12`: an appointment or a release, kept or not, is no term (`due to go into
/// effect`, `due to expire` are).
fn due_on_a_schedule(p: &Para, due: usize) -> bool {
    if p.lower(due) != "due" {
        return false;
    }
    // `the U.S. trade figures due on November 12`, `the new crop, due in November`: what is
    // published or harvested then, not what must be done by then; and `due to be published`.
    // (`the trade figures due`, `the new crop, due`, `The next figures are due`.)
    let mut before = due.saturating_sub(1);
    if before > 0 && (p.is_punct(before, ",") || matches!(p.lower(before), "is" | "are")) {
        before -= 1;
    }
    // (`Figures from the Halifax, due on Thursday`: what is from a body, before its name.)
    let mut name = before;
    while name > 0 && p.is_capitalised(name) && before - name < 4 {
        name -= 1;
    }
    if name < before && name > 0 && p.lower(name) == "the" {
        name -= 1;
    }
    if name < before && name > 0 && matches!(p.lower(name), "from" | "of") {
        before = name - 1;
    }
    // (`A Paris Club meeting due on June 10`: nor a meeting, held then; but a decision, a
    // ruling or a verdict due is owed.)
    let scheduled = super::lexicon::is_statistic(p.lower(before))
        || matches!(
            p.lower(before),
            "results" | "crop" | "crops" | "harvest" | "figure"
        )
        || is_held(p.lower(before))
        || (p.lower(due + 1) == "out");
    // `is due to report its results on 18 January`: a release (not `due to report to
    // parliament by March 31`).
    let reports_results = p.lower(due + 1) == "to"
        && p.lower(due + 2) == "report"
        && (due + 3..due + 5).any(|k| {
            matches!(
                p.lower(k),
                "results" | "earnings" | "profits" | "figures" | "sales"
            )
        });
    if reports_results {
        return true;
    }
    // `to reschedule 700 mln dlrs of debt falling due between October 1, 1987, and December
    // 31, 1988`: which debt, by the period it falls due in; no term.
    let falls_due_in_a_period = due > 0
        && matches!(p.lower(due - 1), "falling" | "fall" | "falls")
        && matches!(
            p.lower(due + 1),
            "between" | "in" | "from" | "over" | "during"
        );
    if falls_due_in_a_period {
        return true;
    }
    // `was due to run in the 1500m on 19 February`, `had been due to run on 17 April`: a
    // race (not `due to run until March 3`).
    let runs_in_a_race = p.lower(due + 1) == "to"
        && p.lower(due + 2) == "run"
        && matches!(p.lower(due + 3), "in" | "on");
    // `A Fund team is due in Lusaka next month`: an arrival somewhere.
    let arrives = matches!(p.lower(due + 1), "in" | "at") && p.is_capitalised(due + 2);
    // `the auction, which is due to take place on 19 December`: an event, held then.
    let takes_place =
        p.lower(due + 1) == "to" && p.lower(due + 2) == "take" && p.lower(due + 3) == "place";
    // (`The figures are due to be published on Friday`, `The agreement is due to be reviewed
    // at a meeting in June`, `the case is due to be heard on March 4`, `two others are due to
    // be sentenced next month`: a release, or what a meeting or a court does then, in the
    // passive.)
    let done_then = p.lower(due + 1) == "to"
        && p.lower(due + 2) == "be"
        && matches!(
            p.lower(due + 3),
            "published"
                | "released"
                | "announced"
                | "launched"
                | "unveiled"
                | "reviewed"
                | "discussed"
                | "debated"
                | "considered"
                | "heard"
                | "held"
                | "sentenced"
                | "tried"
        );
    if scheduled || runs_in_a_race || arrives || takes_place || done_then {
        return true;
    }
    p.lower(due + 1) == "to"
        && matches!(
            p.lower(due + 2),
            "visit"
                | "meet"
                | "arrive"
                | "travel"
                | "fly"
                | "attend"
                | "speak"
                | "address"
                | "hold"
                | "host"
                | "play"
                | "appear"
                | "face"
                | "testify"
                // `are due to stand trial in January`, `is due to send a mission next month`
                | "stand"
                | "send"
                | "return"
                | "leave"
                | "tour"
                | "hear"
                | "discuss"
                | "debate"
                | "consider"
                | "vote"
                | "announce"
                // `was due to race on 19 February`.
                | "race"
                | "compete"
                | "start"
                | "begin"
                // `is due to open in the UK on 28 January`: a release, kept or not.
                | "open"
                | "launch"
                | "premiere"
                | "resume"
                // `is due to publish full-year results on 3 February`: a release.
                | "publish"
                | "release"
                | "unveil"
                | "reveal"
        )
}

/// Words that move an end later: `extended`, `postponed`.
fn is_extension(w: &str) -> bool {
    matches!(
        w,
        "extend"
            | "extends"
            | "extended"
            | "extending"
            | "extension"
            | "postpone"
            | "postpones"
            | "postponed"
            | "deferred"
            | "delayed"
    )
}

/// Words of what a verb extended to a day, at most, for its label.
const LONGEST_OBJECT: usize = 10;

/// `said it extended the expiration date of its offer to exchange … to May 20`: what a verb
/// moved to the day at `first` is its object, up to the first `to`, `until`, `through` or
/// stop, when its clause is too long to be the label (`The Commission has extended the old prices
/// on a provisional basis until …` is one whole).
fn what_was_extended(p: &Para, s: usize, first: usize) -> Option<CompactString> {
    if first < 2 || !matches!(p.lower(first - 1), "to" | "until" | "through") {
        return None;
    }
    let from = s.max(first.saturating_sub(CLAUSE_REACH));
    let verb = (from..first - 1)
        .rev()
        .find(|&k| is_extension(p.lower(k)) && p.lower(k) != "extension")?;
    let head = (from..verb)
        .rev()
        .find(|&k| is_saying(p.lower(k)))
        .map_or(from, |said| said + 1);
    let clause_words = (head..first - 1).filter(|&k| p.is_word(k)).count();
    let object = verb + 1;
    let end = (object..first)
        .find(|&k| matches!(p.lower(k), "to" | "until" | "through") || p.is_some_punct(k))?;
    // (`would extend its offer, due to expire on March 4, until March 18`: an aside between
    // the object and its new day makes the object the label, however short the clause.)
    let aside = p.is_punct(end, ",") && p.is_punct(first - 2, ",");
    if clause_words <= LONGEST_LABEL && !aside {
        return None;
    }
    let words = (object..end).filter(|&k| p.is_word(k)).count();
    ((2..=LONGEST_OBJECT).contains(&words) && is_determiner(p.lower(object)))
        .then(|| p.slice(object, end - 1).into())
}

/// `said it extended to October 16 from October 2 its offer to buy … shares of Pamour Inc
/// that it does not …`: what a verb moved to the day from `first` to `last` is its object,
/// after the day (and the day it was moved from), up to a relative word or a stop. `e`: where
/// the sentence ends.
fn extended_before_its_object(
    p: &Para,
    first: usize,
    last: usize,
    e: usize,
) -> Option<CompactString> {
    if first < 2
        || !matches!(p.lower(first - 1), "to" | "until")
        || !is_extension(p.lower(first - 2))
    {
        return None;
    }
    // (Past `from October 2`: a date of a few tokens.)
    let object = if p.lower(last + 1) == "from" {
        (last + 2..e.min(last + 7)).find(|&k| is_determiner(p.lower(k)))?
    } else {
        last + 1
    };
    if !is_determiner(p.lower(object)) {
        return None;
    }
    // (`extended until September 30 the period in which only Texaco may propose a plan`: a
    // relative after a preposition says what the object is, and goes with it.)
    let relative = |k: usize| {
        matches!(p.lower(k), "that" | "which" | "who") && !is_preposition(p.lower(k - 1))
    };
    let end = (object + 1..e)
        .take(LONGEST_OBJECT)
        .take_while(|&k| p.is_word(k) && !relative(k))
        .last()?;
    Some(p.slice(object, end).into())
}

/// The date at `first` says when something was done: `The previous deadline, set in
/// January, expired on March 31`, `which took effect on July 1`. Not `expired on`: an end is
/// what a deadline is.
fn done_then(p: &Para, first: usize, s: usize) -> bool {
    let mut k = first;
    // (`which took effect at 0600 on Sunday`: past the time of day too.)
    while k > s
        && (matches!(
            p.lower(k - 1),
            "in" | "on" | "at" | "from" | "effect" | "into" | "force"
        ) || super::dates::is_time_of_day(p, k - 1))
    {
        k -= 1;
    }
    if k == first || k == s {
        return false;
    }
    let verb = p.lower(k - 1);
    let ends = matches!(verb, "expired" | "ended" | "lapsed" | "ran");
    // `set in January`: `set` looks ahead only before `to` or `for`.
    (verb == "set" || super::dates::is_past_verb(verb)) && !ends
}

/// Where a deadline label ends: the noun phrase after `deadline` (`for a Ukraine ceasefire`).
fn label_end(p: &Para, deadline: usize, sentence_end: usize) -> usize {
    let mut end = deadline;
    if matches!(p.lower(deadline + 1), "for" | "on" | "to") {
        let mut k = deadline + 2;
        while k < sentence_end && k < deadline + 7 && p.is_word(k) {
            end = k;
            k += 1;
        }
        // (`deadline for bids on its RKO General Inc television stations`: not cut inside a
        // name.)
        while k < sentence_end && k < deadline + 10 && p.is_capitalised(end) && p.is_capitalised(k)
        {
            end = k;
            k += 1;
        }
    }
    // `a deadline for claims of 7 August`: the phrase ends before the date's own words; `the
    // deadline for posting a bond in its dispute …`, cut short, ends on a word that needs
    // none after it (`The original deadline for the package was`, before its date, too).
    let links = |w: &str| matches!(w, "was" | "is" | "were" | "are" | "be");
    while end > deadline + 1
        && (is_cue_word(p.lower(end)) || needs_a_word_after(p.lower(end)) || links(p.lower(end)))
    {
        end -= 1;
    }
    end
}

/// `By the end of 2005, no patient should wait …`: a date that opens its sentence, set off
/// by a comma, is due for the clause after it (up to a dozen words of it, to its first
/// stop); so is one that opens a clause reported after `that` (`He promised that by the end
/// of 2008 no patient would wait …`). `first..=last`: the date's tokens; `s..e`: its
/// sentence's.
fn clause_after_an_opening_date(
    p: &Para,
    s: usize,
    first: usize,
    last: usize,
    e: usize,
) -> Option<CompactString> {
    let cue = (s..first)
        .rev()
        .take_while(|&k| is_cue_word(p.lower(k)))
        .last()
        .unwrap_or(first);
    let comma = p.is_punct(last + 1, ",");
    // (`By the end of this year the maximum wait will be six months`, `…, and by the end of
    // this year the maximum wait …`: with or without a comma after the date.)
    let joined =
        cue >= s + 2 && matches!(p.lower(cue - 1), "and" | "but") && p.is_punct(cue - 2, ",");
    let opens = cue == s || joined;
    let reported = cue > s && cue < first && p.lower(cue - 1) == "that";
    if !opens && !reported {
        return None;
    }
    let from = last + 1 + usize::from(comma);
    let mut end = (from..e.min(from + 12))
        .take_while(|&k| p.is_word(k) || p.is_number(k) || p.is_punct(k, "-"))
        .last()?;
    // (`… from GP referral to`: a dozen words can end on a preposition too.)
    let cut_off = |w: &str| {
        needs_a_word_after(w)
            || matches!(w, "to" | "from" | "of" | "for" | "in" | "on" | "at" | "by")
    };
    while end > from && cut_off(p.lower(end)) {
        end -= 1;
    }
    (end > from).then(|| p.slice(from, end).into())
}

/// Token `k` says something must be done: `must`, `should`, `has to`.
fn must_at(p: &Para, k: usize) -> bool {
    matches!(p.lower(k), "must" | "should")
        || (matches!(p.lower(k), "has" | "have") && p.lower(k + 1) == "to")
}

/// `the first payment, due on Friday, and …`: what is due is the noun phrase before the
/// comma that sets its `due` off (`s`: the sentence's start; `first`: the date's).
fn named_before_its_due(p: &Para, s: usize, first: usize) -> Option<CompactString> {
    let due = (first.saturating_sub(2).max(s)..first).find(|&k| p.lower(k) == "due")?;
    if due < s + 2 || !p.is_punct(due - 1, ",") {
        return None;
    }
    let named = (s..due - 1)
        .rev()
        .take(6)
        .take_while(|&k| {
            p.is_word(k) && !is_preposition(p.lower(k)) && !matches!(p.lower(k), "and" | "or")
        })
        .find(|&k| is_determiner(p.lower(k)))?;
    Some(p.slice(named, due - 2).into())
}

/// Words a phrase cannot end on: an article, a possessive, a joining word.
fn needs_a_word_after(w: &str) -> bool {
    is_determiner(w)
        || matches!(
            w,
            "his"
                | "her"
                | "our"
                | "this"
                | "that"
                | "with"
                | "and"
                | "or"
                // (`the deadline for automatic spending cuts under`: a preposition cut off
                // from its object.)
                | "under"
                | "over"
                | "about"
                | "against"
                | "between"
                | "without"
                | "within"
                | "after"
                | "through"
                | "across"
                | "among"
        )
}

fn is_preposition(w: &str) -> bool {
    matches!(
        w,
        "before"
            | "after"
            | "by"
            | "to"
            | "for"
            | "of"
            | "in"
            | "on"
            | "at"
            | "until"
            | "with"
            | "than"
            | "days"
            | "weeks"
    )
}

/// Words between a deadline's clause and its date: `by the end of`, `into effect on`,
/// `from … to`.
fn is_cue_word(w: &str) -> bool {
    matches!(
        w,
        "by" | "until"
            | "from"
            | "to"
            | "till"
            | "through"
            | "on"
            | "before"
            | "the"
            | "end"
            | "of"
            | "effect"
            | "into"
            | "for"
            | "at"
            | "in"
            | "no"
            | "not"
            | "later"
            | "than"
            | "effective"
    )
}

/// `Smith, speaking before Saturday's game,` and `Speaking before the vote on Friday`: a
/// participle's aside says when something was said or done, not by when it must be. `cue`:
/// the `before`.
fn an_aside_says_when(p: &Para, s: usize, cue: usize) -> bool {
    let participle = |k: usize| {
        let w = p.lower(k);
        w.len() > 5 && w.ends_with("ing") && !matches!(w, "during" | "morning" | "evening")
    };
    cue > s && participle(cue - 1) && (cue - 1 == s || p.lower(cue - 2) == ",")
}

/// A short label from the date's clause: `if Putin doesn’t agree to peace`. `deadline_words`:
/// the tokens of the paragraph that say `deadline`.
/// Also whether the label says only who set the deadline.
fn label(p: &Para, first: usize, last: usize, deadline_words: &[usize]) -> (CompactString, bool) {
    let (s, e) = p.sentence_of(first);
    // (A wire dateline is no part of the sentence: `NEW YORK, March 20 - Carl Icahn said …`.)
    let s = if s == 0 {
        (1..first.min(10))
            .find(|&k| p.follows_a_dateline(k))
            .unwrap_or(0)
    } else {
        s
    };
    if let Some(named) = named_before_its_due(p, s, first) {
        return (named, false);
    }
    // (`…, when the current agreement expires`: what runs out, unless a term before the day
    // says what is due: `must agree the rules before the end of June, when …`.)
    let term_before = first > s && NEXT_TO.contains(&p.lower(first - 1));
    if let Some(end) = expiry_told_after(p, last).filter(|_| !term_before) {
        return (p.slice(last + 3, end).into(), false);
    }
    let in_sentence = deadline_words.get(deadline_words.partition_point(|&k| k < s));
    // (Not a deadline named in a later clause: `… set before April 1, but ministers have
    // missed the deadline for years`; `the April 1 deadline` is this date's.)
    // (`has set February 15 as the deadline for …`: named so after the date.)
    let this_dates =
        |k: usize| k < first || k <= last + 2 || (k == last + 3 && p.lower(last + 1) == "as");
    if let Some(&dl) = in_sentence.filter(|&&k| k < e && this_dates(k)) {
        let start = (s..dl)
            .rev()
            .take(3)
            // (`said the current deadline of June 30`: not the saying; `the 15 January
            // deadline`: nor the date's own words.)
            .take_while(|&k| {
                p.is_word(k)
                    && !(dl > last && (first..=last).contains(&k))
                    && !is_preposition(p.lower(k))
                    && p.lower(k) != "as"
                    && !is_saying(p.lower(k))
            })
            .last()
            .unwrap_or(dl);
        // (`The company has been given a deadline of April 30 to …`: a passive's `been`
        // opening the label goes back to its subject of a few words.)
        let start = if start < dl && matches!(p.lower(start), "been" | "be") {
            short_subject_before(p, s, start).unwrap_or(start)
        } else {
            start
        };
        // (`The deadline for bids is set for March 31`: the label ends before the date.)
        let end = label_end(p, dl, if first > dl { e.min(first) } else { e });
        // `the September 1 deadline set by Washington`: who set it, when nothing before it
        // or after it says what the deadline is for.
        let set_by = start == dl
            && end == dl
            && matches!(p.lower(dl + 1), "set" | "imposed")
            && p.lower(dl + 2) == "by";
        if set_by {
            let setter_end = (dl + 3..e.min(dl + 7)).take_while(|&k| p.is_word(k)).last();
            if let Some(setter_end) = setter_end {
                return (p.slice(dl, setter_end).into(), true);
            }
        }
        // `set a deadline of June 30 for the company to raise new equity`: what the deadline
        // is for follows its date, and the label goes on past the date to say it.
        let purpose_after_the_date = end == dl
            && first == dl + 2
            && p.lower(dl + 1) == "of"
            && matches!(p.lower(last + 1), "for" | "to");
        if purpose_after_the_date {
            let purpose_end = (last + 2..e.min(last + 11))
                .take_while(|&k| p.is_word(k))
                .last();
            if let Some(purpose_end) = purpose_end {
                let label = format!("{} {}", p.slice(start, dl), p.slice(last + 1, purpose_end));
                return (label.into(), false);
            }
        }
        return (p.slice(start, end).into(), false);
    }
    if let Some(extended) =
        what_was_extended(p, s, first).or_else(|| extended_before_its_object(p, first, last, e))
    {
        return (extended, false);
    }
    if let Some(after) = clause_after_an_opening_date(p, s, first, last, e) {
        return (after, false);
    }
    // The clause before the date, without the cue word; the one before it when that is
    // all there is (`An appeal must be lodged within 28 days, by 14 November`).
    let clause_before = |to: usize| clause_start_before(p, s, to);
    let mut clause_start = clause_before(first);
    if let Some(verb) = verb_after_a_place_set_off(p, s, clause_start, first) {
        clause_start = verb;
    }
    let mut end = first;
    // (`effective midnight tonight`: a time of day between the cue and the date.)
    let mut cue_end = first;
    while cue_end > clause_start && super::dates::is_time_of_day(p, cue_end - 1) {
        cue_end -= 1;
    }
    // (`subject to approval by U.S. antitrust authorities, expected by the end of July`: a
    // lone word of expectation is no clause of its own.)
    // (`a special dividend of 60 dlrs a share, payable by the end of September`: nor is when
    // a sum is paid.)
    let expected = matches!(
        p.lower(clause_start),
        "expected" | "due" | "scheduled" | "payable"
    ) && clause_start > s
        && p.is_punct(clause_start - 1, ",");
    // (`…, possibly until November 30`: nor is a hedge.)
    let hedge = |k: usize| {
        matches!(
            p.lower(k),
            "possibly" | "probably" | "perhaps" | "maybe" | "likely" | "potentially"
        )
    };
    // (`…, with effect from March 1`: nor how it takes effect.)
    let with_effect = |k: usize| p.lower(k) == "with" && p.lower(k + 1) == "effect";
    // (`…, or by July 1`: joined to the clause before.)
    let only_cue = (clause_start + usize::from(expected)..cue_end).all(|k| {
        is_cue_word(p.lower(k)) || hedge(k) || with_effect(k) || matches!(p.lower(k), "or" | "and")
    });
    // `The Bank of Japan will cut its discount rate by half a point …, effective March 16`:
    // what takes effect is the clause's head, up to its first preposition.
    let effective = only_cue
        && cue_end > 0
        && (p.lower(cue_end - 1) == "effective" || (clause_start..cue_end).any(with_effect));
    if only_cue && clause_start > s {
        end = clause_start - 1;
        clause_start = clause_before(end);
        // (`… with the banks' steering committee, headed by Citibank, by the end of March`:
        // an aside set off by commas is passed over for the clause it hangs from.)
        // (`cut its workforce by 25 pct, or about 40,000 jobs, by …`: nor a figure said again.)
        // (`announce a new contribution quota, currently 15 dlrs per bag, before …`: nor what
        // a thing is now or is worth.)
        let aside = |k: usize| {
            let w = p.lower(k);
            matches!(
                w,
                "which" | "who" | "currently" | "now" | "previously" | "formerly" | "worth"
            ) || p.is_number(k)
                || (matches!(w, "up" | "down") && p.lower(k + 1) == "from")
                // (`installed at its laboratories in Musashino, west of Tokyo, by …`: nor
                // where a place lies.)
                || (super::lexicon::is_compass_lower(w) && p.lower(k + 1) == "of")
                // (`its new programme, drawn up without the IMF, by …`: a participle's
                // phrase, whatever its verb's past looks like.)
                || (!p.is_capitalised(k)
                    && ((w.len() > 4 && w.ends_with("ed"))
                        || super::lexicon::is_irregular_participle(w)))
                || (w == "or"
                    && (k + 1..k + 3).any(|n| p.is_number(n) || small_number(p.lower(n)).is_some()))
        };
        if clause_start > s && aside(clause_start) && p.is_punct(clause_start - 1, ",") {
            end = clause_start - 1;
            clause_start = clause_before(end);
        }
        if effective {
            // (Not the `of` inside a name: `told the House of Commons the government …`.)
            let in_a_name = |k: usize| p.is_capitalised(k - 1) && p.is_capitalised(k + 1);
            // (`The Bank of France said it cut its money market intervention rate to …`: the
            // head of what was said, past its saying.)
            let head = (clause_start..end)
                .take(8)
                .find(|&k| is_saying(p.lower(k)))
                .map_or(clause_start + 3, |said| (said + 2).max(clause_start + 3));
            end = (head..end)
                .take(9)
                .find(|&k| is_preposition(p.lower(k)) && !in_a_name(k))
                .unwrap_or(end);
        }
    }
    // (`plans to buy more U.S. goods to ease trade friction, including 2.6 billion dlrs
    // worth of aircraft, by …`: what a list after `including` holds is part of what the
    // clause before it says, told up to its purpose.)
    if clause_start > s && p.lower(clause_start) == "including" && p.is_punct(clause_start - 1, ",")
    {
        end = clause_start - 1;
        clause_start = clause_before(end);
        end = (clause_start + 4..end)
            .find(|&k| p.lower(k) == "to")
            .unwrap_or(end);
    }
    // A cue word that is what happens stays: `would take effect on July 1` keeps `take
    // effect`, `The quota will end on February 1` keeps `will end`.
    let what_happens = |end: usize| {
        end >= 2
            && match p.lower(end - 1) {
                // (`come into effect`, `go into effect`)
                "effect" => matches!(
                    p.lower(end - 2),
                    "take" | "takes" | "took" | "taking" | "taken" | "into"
                ),
                // (`incentive programs, which end on March 2`: what the relative stands
                // for ends.)
                // (`will start on November 1 and end by December 20`: an end joined after
                // another day.)
                // (`The talks end on November 23`: a plural's verb in the present.)
                "end" => {
                    matches!(
                        p.lower(end - 2),
                        "will" | "would" | "shall" | "must" | "should" | "to" | "which"
                    ) || (end >= 3 && p.lower(end - 2) == "and" && p.is_number(end - 3))
                        || after_a_plural(p, end - 1)
                }
                "ends" => p.lower(end - 2) == "which",
                _ => false,
            }
    };
    // (`must be made between May 11 and May 20`: the window's opening day goes too.)
    if end > clause_start + 1 && p.lower(end - 1) == "and" {
        let between = (end.saturating_sub(7).max(clause_start)..end - 1)
            .rev()
            .find(|&k| p.lower(k) == "between");
        if let Some(b) = between {
            end = b;
        }
    }
    // (`could take effect as early as October 1`: how early or late the day may be goes
    // with the cue.)
    if end >= clause_start + 4
        && p.lower(end - 1) == "as"
        && p.lower(end - 3) == "as"
        && matches!(p.lower(end - 2), "early" | "soon" | "late")
    {
        end -= 3;
    }
    // (`will begin within 30 days and end no later than`, `meets on or before`: the joining
    // word left before the cue goes too.)
    // (`Bids must be in by noon on June 2`: an `in` after `be` is where a thing must be, no
    // cue.)
    let be_in = |end: usize| {
        end >= 2 && p.lower(end - 1) == "in" && matches!(p.lower(end - 2), "be" | "is" | "are")
    };
    // (`interest payments due on April 15 and May 1`, `due to strike from June 4 to June 10`:
    // another day's month goes too, with its `on` or `from`.)
    // (Not the end of a range written onto its start: `its budget for 2024-25`.)
    let range_end =
        |k: usize| k >= 2 && p.is_number(k) && p.is_punct(k - 1, "-") && p.touching(k - 1, k);
    while end > clause_start
        && (is_cue_word(p.lower(end - 1))
            || (super::dates::is_time_of_day(p, end - 1) && !range_end(end - 1))
            || matches!(p.lower(end - 1), "and" | "or")
            || (p.is_capitalised(end - 1)
                && super::lexicon::month_number(p.word(end - 1)).is_some()))
        && !what_happens(end)
        && !be_in(end)
    {
        end -= 1;
    }
    // (`The rate cut is effective tomorrow`, `The offer will be effective`: the verb the cue
    // word completed goes with it.)
    if end >= clause_start + 3 && is_cue_word(p.lower(end)) {
        while end > clause_start + 2
            && matches!(
                p.lower(end - 1),
                "is" | "are" | "was" | "were" | "be" | "become" | "becomes" | "will" | "would"
            )
        {
            end -= 1;
        }
    }
    // `cut its rate to 7-3/4 pct from eight pct with effect from tomorrow`: as after
    // `effective`, what takes effect is the clause's head, up to its first preposition.
    if end > clause_start + 1 && p.lower(end - 1) == "with" && p.lower(end) == "effect" {
        end -= 1;
        end = (clause_start + 3..end)
            .take(9)
            .find(|&k| is_preposition(p.lower(k)))
            .unwrap_or(end);
    }
    if end > clause_start + 8 {
        end = place_at_the_end(p, clause_start, end).unwrap_or(end);
    }
    if end > clause_start + 8 {
        end = level_at_the_end(p, clause_start, end).unwrap_or(end);
    }
    // (`Education Secretary Ruth Kelly will set out the details of the bill in the Commons
    // before …`: a clause too long for a label gives up its subject's title, not who acts.)
    if longer_than_a_label(p, clause_start, end) {
        if let Some(name) = name_past_its_title(p, clause_start, end) {
            clause_start = name;
        }
    }
    // (At most eight words, but not without a short subject: `Congress is expected to vote
    // on a trade bill before …`, `The full House is expected to …` keep theirs.)
    let mut from = eight_words_back(p, clause_start, end);
    // What was said starts past its saying: `… al-Sabah said OPEC must hold …`.
    let after_saying = (clause_start..from)
        .rev()
        .find(|&k| is_saying(p.lower(k)))
        .map(|said| said + 1);
    // (Past a saying: `Chrysler Corp said its offer to acquire American Motors Corp for about
    // 1.1 billion dlrs will expire …`; only when what was said is more than a label holds:
    // `said the target of a maximum six-month wait would be met` is whole.)
    let past_saying = after_saying.filter(|&subject| longer_than_a_label(p, subject, end));
    if clause_start == s || past_saying.is_some() {
        let subject = past_saying.unwrap_or(s);
        if let Some(label) = subject_s_head_and_verb(p, subject, from, end) {
            return (label, false);
        }
    }
    // (`The plan must still be approved by shareholders at a special meeting on …`: nor
    // a passive's `be` without its subject and modal.)
    let subject_left_out = |from: usize| {
        from == clause_start + 1
            || (from <= clause_start + 3
                && is_auxiliary(p.lower(from))
                && (clause_start..from).all(|k| p.is_word(k)))
            || (from <= clause_start + 5
                && matches!(p.lower(from), "be" | "been")
                && (clause_start..from).all(|k| p.is_word(k)))
    };
    // (`allow foreign banks to take part in the local money market`: not from a bare
    // infinitive, but from the verb and object it completes, a few words back.)
    // (Not `to` before a number or a noun's article: `on up to 300 mln dlrs`, `up to three
    // mln more shares`.)
    let infinitive = |from: usize| {
        p.lower(from) == "to"
            && p.lower(from - 1) != "up"
            && p.is_word(from + 1)
            && !p.is_capitalised(from + 1)
            && !is_determiner(p.lower(from + 1))
            && small_number(p.lower(from + 1)).is_none()
    };
    // (`OPEC must hold its output to the agreed ceiling of 16.6 mln bpd until …`: not from a
    // preposition's phrase, but the clause's head up to it, when that has its verb and is
    // short.)
    let head = after_saying.unwrap_or(clause_start);
    let head_has_its_verb = |from: usize| {
        (head + 1..from).any(|k| {
            is_auxiliary(p.lower(k))
                || matches!(p.lower(k), "must" | "should" | "shall" | "can")
                || (p.lower(k) == "may" && grants_a_right(p, k))
        })
    };
    if from > head
        && from - head <= 8
        && matches!(p.lower(from), "to" | "at" | "of" | "in" | "into" | "on" | "for" | "with")
        && !infinitive(from)
        // (Nor `an option to buy up to three mln more shares`: an amount's bound.)
        && p.lower(from - 1) != "up"
        && (head..from).all(|k| p.is_word(k))
        && head_has_its_verb(from)
        // (Not `will resume its talks on April 20 and must agree the rules`: a verb joined
        // after the phrase is the one due.)
        && !(from..end).any(|k| matches!(p.lower(k), "and" | "but" | "or"))
    {
        end = from;
        from = head;
    } else if from > head && head_has_its_verb(from) {
        // (`which must be approved by at least 90 pct of the country's 483 creditor banks by
        // …`: a clause too long, cut inside a phrase after its verb, is its head up to the
        // passive's agent.)
        let agent = (head + 3..=from.min(head + 8))
            .rev()
            .take_while(|&k| p.is_word(k) || p.is_number(k))
            .find(|&k| {
                p.lower(k) == "by"
                    && super::dates::is_past_verb(p.lower(k - 1))
                    && head_has_its_verb(k - 1)
            });
        // (Not `is due to be ended by February 15 and the levy …`: a day is no agent, and a
        // verb joined after it is the one due.)
        let words_to = |to: usize| (head..to).all(|k| p.is_word(k) || p.is_number(k));
        let no_verb_joined = |from: usize| {
            !(from..end).any(|k| {
                matches!(p.lower(k), "and" | "but" | "or")
                    // (`the Securities and Exchange Commission`: no verb joined.)
                    && !(p.is_capitalised(k - 1) && p.is_capitalised(k + 1))
            })
        };
        let whole = |by: usize| words_to(by) && !is_date_word(p, by + 1) && no_verb_joined(by);
        // (`Brazil will seek to resume talks with its commercial bank creditors on its 68
        // billion dlr foreign debt before …`: or, with no agent, up to the last preposition
        // that leaves the head a label's length; but `a credit line that expires on …`
        // names what is due in its relative clause.)
        let relative = || (head..end).any(|k| matches!(p.lower(k), "that" | "which" | "who"));
        // (A clause of up to a dozen words is a label whole: `The plan must still be approved
        // by shareholders at a special meeting`.)
        let too_long = longer_than_a_label(p, head, end);
        let preposition = || {
            (head + 3..end.min(head + 11))
                .rev()
                .filter(|&k| p.is_word(k) || p.is_number(k))
                .find(|&k| {
                    // (`will pay 10 mln dlrs of its arrears to the International Monetary
                    // Fund`: a `to` before its article too, no infinitive's.)
                    let to_whom = p.lower(k) == "to" && is_determiner(p.lower(k + 1));
                    (to_whom
                        || matches!(
                            p.lower(k),
                            "with" | "on" | "in" | "at" | "for" | "over" | "into"
                        ))
                        && head_has_its_verb(k)
                        && !p.is_capitalised(k + 1)
                        // (Not `its new machine will be in shops`: a verb left bare.)
                        && !is_auxiliary(p.lower(k - 1))
                        && !matches!(p.lower(k - 1), "be" | "been" | "being")
                })
        };
        if let Some(by) = agent.filter(|&by| whole(by)) {
            end = by;
            from = head;
        } else if let Some(k) = (too_long && !relative())
            .then(preposition)
            .flatten()
            .filter(|&k| whole(k))
        {
            end = k;
            from = head;
        } else if !too_long && words_to(end) && no_verb_joined(head) {
            from = head;
        }
    } else if from > head
        && is_determiner(p.lower(head))
        && !longer_than_a_label(p, head, end)
        && (head..end).all(|k| p.is_word(k))
    {
        // (`A stay barring Pennzoil from seeking to enforce the judgment expires on …`: not
        // from inside a subject whose verb ends the label, but the subject whole, when the
        // clause fits a label.)
        from = head;
    }
    if from > clause_start && infinitive(from) {
        let back = from.saturating_sub(3).max(clause_start);
        from = (back..from)
            .find(|&k| (k..from).all(|j| p.is_word(j)))
            .unwrap_or(from);
    }
    if from > clause_start && subject_left_out(from) {
        from = clause_start;
    }
    // (`The government's target is that no patient should wait more than six months …`: not
    // from the bare verb after a modal, but from the modal's subject of a few words.)
    if from > clause_start + 1 && super::dates::is_modal(p.lower(from - 1)) {
        if let Some(subject) = short_subject_before(p, clause_start, from - 1) {
            from = subject;
        }
    }
    // (`would close 11 plants by 1990 and cut white-collar staff by 25 pct, … by`: not from
    // the tail of another deadline's date, but from the verb joined after it.)
    let date_word = |k: usize| is_date_word(p, k);
    let joined_after_a_date = (from > clause_start)
        .then(|| (from + 1..(from + 3).min(end)).find(|&k| matches!(p.lower(k), "and" | "but")))
        .flatten()
        .filter(|&k| (from..k).all(date_word));
    if let Some(k) = joined_after_a_date {
        from = k + 1;
    }
    // (`Exporters must register their sales by May 15 and ship the coffee by …`: or after
    // the whole of another day something is due by, inside the label, with the clause's
    // subject and its verb's modal, when they open it. Not `begin talks on May 1 and end
    // them`: a day something starts on says what ends.)
    let due_by_before = |k: usize| {
        let mut first = k - 1;
        while first > from && date_word(first - 1) {
            first -= 1;
        }
        first > from && matches!(p.lower(first - 1), "by" | "before" | "until")
    };
    let joined_after_a_whole_date = (from > clause_start)
        .then(|| {
            (from + 2..end.saturating_sub(2)).find(|&k| {
                p.lower(k) == "and"
                    && date_word(k - 1)
                    && p.is_word(k + 1)
                    && !p.is_capitalised(k + 1)
                    && !is_preposition(p.lower(k + 1))
                    && due_by_before(k)
            })
        })
        .flatten();
    if let Some(k) = joined_after_a_whole_date {
        let modal = (clause_start + 1..(clause_start + 4).min(k))
            .find(|&m| is_auxiliary(p.lower(m)))
            .filter(|&m| (clause_start..m).all(|w| p.is_word(w) && !is_saying(p.lower(w))));
        if let Some(m) = modal {
            // (`… and must repay the bonds`: the joined verb's own modal instead.)
            let subject_end = m - usize::from(is_auxiliary(p.lower(k + 1)));
            let label = format!(
                "{} {}",
                p.slice(clause_start, subject_end),
                p.slice(k + 1, end - 1)
            );
            return (label.into(), false);
        }
        from = k + 1;
    }
    // Do not start inside a name: `Organization of Petroleum Exporting Countries agreed…`.
    // (`House Ways and Means Committee must report`: from its joining word too.)
    let joins_a_name = |w: &str| matches!(w, "of" | "for" | "on" | "and" | "the");
    if from > clause_start
        && joins_a_name(p.lower(from))
        && p.is_capitalised(from - 1)
        && p.is_capitalised(from + 1)
    {
        from -= 1;
    }
    // (`The International Atomic Energy Agency (IAEA) is due to report`: past a name's
    // initials in brackets, to the name.)
    let closing = [from, from.saturating_sub(1)]
        .into_iter()
        .find(|&k| p.is_punct(k, ")"));
    if let Some(name_end) = closing.and_then(|c| name_before_its_initials(p, clause_start, c)) {
        from = name_end;
    }
    // (`General Dynamics Corp <GD> plants`: past a ticker to the company it follows.)
    let ticker_open = [from, from.saturating_sub(1)]
        .into_iter()
        .find(|&k| k > clause_start && p.is_punct(k, "<") && p.is_capitalised(k - 1));
    if let Some(k) = ticker_open {
        from = k - 1;
    }
    let mut steps = 0;
    while p.is_capitalised(from) && steps < 6 {
        if from > clause_start && p.is_capitalised(from - 1) {
            from -= 1;
        } else if from > clause_start + 1
            && joins_a_name(p.lower(from - 1))
            && p.is_capitalised(from - 2)
        {
            from -= 2;
        } else {
            break;
        }
        steps += 1;
    }
    // Nor inside a phrase: `the target of a maximum six-month wait would be met`, not `of a
    // maximum …`; `a 1.95 billion dlr loan`, not `billion dlr loan`; `repay 45 mln dlrs of
    // debt`, not `dlrs of debt`.
    // (`Production of the Omni and Horizon models will end`: from the clause's first word too.)
    if from > clause_start && matches!(p.lower(from), "of" | "for" | "on" | "in" | "with") {
        from -= 1;
    }
    // (`13-1/2 pct`: a wire fraction's dash and slash too.)
    let in_fraction = |k: usize| {
        (p.is_punct(k, "/") || p.is_punct(k, "-"))
            && k > 0
            && p.is_number(k - 1)
            && p.touching(k - 1, k)
            && p.touching(k, k + 1)
    };
    // (`£25m would be spent`: a sum's sign written onto it.)
    let sign =
        |k: usize| super::lexicon::currency_symbol(p.word(k)).is_some() && p.is_number(k + 1);
    // (`its 60 dlr a share cash tender offer`: the figure's currency too.)
    let currency = |k: usize| {
        k > 0
            && super::lexicon::is_currency_word(p.lower(k))
            && (p.is_number(k - 1) || super::lexicon::scale(p.lower(k - 1)).is_some())
    };
    // (`until November 16 to file reports`: a month's day is no figure.)
    let days_month = |k: usize| k > 0 && super::lexicon::month_number(p.word(k - 1)).is_some();
    let in_figure = |k: usize| {
        (p.is_number(k) && !days_month(k))
            || super::lexicon::scale(p.lower(k)).is_some()
            || in_fraction(k)
            || currency(k)
            || sign(k)
    };
    // (`10-1/2 pct debentures`: nor inside a wire fraction, from its number after the dash.)
    if !p.is_number(from) || (from > clause_start && in_fraction(from - 1)) {
        while from > clause_start && in_figure(from - 1) {
            from -= 1;
        }
    }
    // A figure with its qualifier whole and what it is of: `at least 90 pct`, not `least 90
    // pct`; `its arrears of about 250 mln dlrs`, not `250 mln dlrs`.
    // (`up to three mln more shares`: a number spelled out too.)
    if let Some(n) = (from..(from + 3).min(end)).find(|&k| p.is_number_or_spelled(k)) {
        let (_, q) = super::figures::qualifier_before(p, n);
        if q <= from {
            from = q.max(clause_start);
            if from > clause_start + 1 && p.lower(from - 1) == "of" && p.is_word(from - 2) {
                from -= 2;
            }
        }
    }
    // And with its article: `the first disbursement`, `a 1.95 billion dlr loan`.
    if from > clause_start && from < end && is_determiner(p.lower(from - 1)) {
        from -= 1;
    }
    // Nor inside what the subject is of: `Farm prices for the new marketing year are to be
    // set`, not `the new marketing year are …`.
    if from > clause_start + 1 && matches!(p.lower(from - 1), "of" | "for" | "on" | "in") {
        let noun_from = (from - 1).saturating_sub(2).max(clause_start);
        let plain_words =
            (noun_from..from - 1).all(|k| p.is_word(k) && !is_preposition(p.lower(k)));
        if plain_words && noun_from < from - 1 {
            from = noun_from;
            // (`impose 100 pct tariffs on up to 300 mln dlrs`: the figure describing the
            // noun, whole.)
            while from > clause_start && in_figure(from - 1) {
                from -= 1;
            }
        }
    }
    // (`acquired 83 pct of Purolator in a tender offer that expired on …`: what the relative
    // clause ending the label is about, with its article, and not the phrase before it.)
    // (A label cut inside its clause only: `The loan will replace a facility that expired`
    // is whole.)
    let closing = if from > clause_start {
        end.saturating_sub(4).max(from + 2)..end
    } else {
        0..0
    };
    let relative_at_the_end = closing
        .into_iter()
        .find(|&k| matches!(p.lower(k), "that" | "which") && (k + 1..end).all(|w| p.is_word(w)));
    let its_noun = relative_at_the_end.and_then(|k| {
        (k.saturating_sub(4).max(from + 1)..k)
            .find(|&j| is_determiner(p.lower(j)) && (j + 1..k).all(|w| p.is_word(w)))
    });
    if let Some(j) = its_noun {
        from = j;
    }
    if end == from {
        return (CompactString::default(), false);
    }
    // `He said the Commission would …`, `said last week the institute would …`: the label is
    // what was said.
    // (`The union said it would strike` keeps who `it` is.)
    let mut listener = None;
    // (`The Royal Bank of Canada, the country's largest bank, said it will cut …`: who `it`
    // is, before the aside the saying comes after.)
    let mut said_past_an_aside = None;
    if let Some(v) = (clause_start..end)
        .rev()
        .find(|&k| is_saying(p.lower(k)) && !told_in_the_passive(p, clause_start, k))
    {
        let mut k = v + 1;
        loop {
            if k < end && is_when_said(p.lower(k), p.lower(v)) {
                k += 1;
            } else if k + 3 <= end && is_a_news_conference(p, k) {
                k += 3;
            } else {
                break;
            }
        }
        let is_pronoun = |k: usize| matches!(p.lower(k), "it" | "they" | "he" | "she" | "we");
        let pronoun = is_pronoun(k);
        // `told the companies they must submit their plans`: whom it was told is whom the
        // pronoun after them means when it is told what it must do (`the companies must
        // submit their plans`; but in `told the union it would close the plant`, `it` is
        // whoever told).
        // (Reported in the past too: `told the firm it had to`.)
        let obliged =
            |j: usize| must_at(p, j + 1) || (p.lower(j + 1) == "had" && p.lower(j + 2) == "to");
        // (Whom it was told, before what: only after `told`, from where the label may start.)
        let told = p.lower(v) == "told" && k >= from && !pronoun;
        let told_whom = told
            .then(|| {
                (k + 1..(k + 6).min(end)).find(|&j| {
                    matches!(p.lower(j), "it" | "they")
                        && obliged(j)
                        && (k..j).all(|w| p.is_word(w) && !is_saying(p.lower(w)))
                })
            })
            .flatten();
        // (`told its term buyers that contracts expiring on March 31 …`: what was told
        // starts after its `that`.)
        let told_that = told
            .then(|| {
                (k + 1..(k + 6).min(end))
                    .take_while(|&w| p.is_word(w))
                    .find(|&w| p.lower(w) == "that")
            })
            .flatten();
        if let Some(j) = told_whom.filter(|&j| end - j >= 3) {
            listener = Some(p.slice(k, j - 1));
            from = j + 1;
        } else if let Some(that) = told_that.filter(|&that| end - that >= 3) {
            from = that + 1;
        } else if end - k >= 2 && k > from && !pronoun {
            from = k;
        } else if k < from
            && (from - k <= 3 || (from - k <= 6 && !longer_than_a_label(p, k, end)))
            && !pronoun
            && (k..from).all(|w| p.is_word(w))
        {
            // (`said the government would review the rules governing the futures exchange`:
            // what was said, from its subject, though longer than a label is cut to.)
            from = k;
        } else if pronoun
            && v == clause_start
            && clause_start > s + 1
            && p.is_punct(clause_start - 1, ",")
            && matches!(p.lower(k), "it" | "they")
        {
            let comma = (s..clause_start).find(|&c| p.is_punct(c, ","));
            if let Some(comma) = comma.filter(|&c| c > s && c - s <= 8) {
                said_past_an_aside = Some(p.slice(s, comma - 1));
                from = k + 1;
            }
        } else if pronoun
            && v <= from
            && (clause_start..end)
                .filter(|&k| !p.is_punct(k, ",") && !p.is_punct(k, "."))
                .count()
                <= 16
        {
            // `Texaco Inc said it extended its tender offer for …`: who `it` is, whole (in a
            // clause of sixteen tokens at most, its commas and stops not counted: `at its
            // Kenosha, Wis., assembly plant`).
            from = clause_start;
        } else if let Some(object_end) = (pronoun && v <= from && v > clause_start)
            .then(|| verb_and_its_object_head(p, k + 1, end))
            .flatten()
            .filter(|&o| {
                let sayer = v - clause_start;
                sayer <= 4
                    && (clause_start..v).all(|w| p.is_capitalised(w))
                    && sayer + (k + 1..o).filter(|&w| p.is_word(w)).count() <= LONGEST_LABEL
            })
        {
            // (`General Motors Corp said it extended its 2.9 pct financing offer on most
            // 1987 model cars and light trucks through …`, too long to be whole: who `it`
            // is, the verb and its object up to the phrase after it.)
            said_past_an_aside = Some(p.slice(clause_start, v - 1));
            from = k + 1;
            end = object_end;
        }
    }
    // `will remain chairman but will step back from full-time work by July 2008`: the clause
    // the date belongs to starts after its conjunction; so does a clause with a subject of
    // its own after another date (`ended by February 15 and the levy is set to expire`).
    let new_subject = |k: usize| k > 0 && p.is_number(k - 1) && is_determiner(p.lower(k + 1));
    let mut shared_subject = said_past_an_aside;
    // (From the clause's first word: `…, and is expected to be completed by …`.)
    if let Some(and) = (from..end.saturating_sub(2)).rev().find(|&k| {
        matches!(p.lower(k), "but" | "and") && (is_auxiliary(p.lower(k + 1)) || new_subject(k))
    }) {
        from = and + 1;
        // (`Ratification votes will be held … and must be completed by September 30`: a
        // clause with no subject of its own has the sentence's.)
        if is_auxiliary(p.lower(and + 1)) {
            shared_subject = short_subject(p, s, and);
        }
    }
    if from > clause_start + 1 && shared_subject.is_none() {
        if let Some((subject, aux)) = subject_past_a_relative(p, s, clause_start, from, end) {
            shared_subject = Some(subject);
            from = aux;
        }
    }
    // `would seek protection under Chapter 11 if the court did not act by April 10`: the
    // condition the date is in.
    if let Some(condition) = (from + 1..end.saturating_sub(2))
        .rev()
        .find(|&k| matches!(p.lower(k), "if" | "unless"))
    {
        from = condition;
    }
    // `said in a letter to USAir that the offer would expire on June 26`: the clause said,
    // from its subject.
    let said_clause = (from + 1..end.saturating_sub(2)).rev().find(|&k| {
        p.lower(k) == "that"
            && matches!(
                p.lower(k + 1),
                "the" | "a" | "an" | "its" | "their" | "it" | "he" | "she" | "they"
            )
    });
    if let Some(that) = said_clause {
        from = that + 1;
    }
    let relative =
        from == clause_start && matches!(p.lower(from), "which" | "that" | "who" | "whose");
    let joined = second_thing_taken(p, clause_start, from, end)
        .or_else(|| verb_joined_after_another_day(p, from, end));
    if let Some(label) = joined {
        // (`the offer, which opens on 14 January and closes on 25 February` → the offer
        // closes: the noun a relative clause stands for, in place of its pronoun.)
        if relative {
            let subject = subject_of_short_label(p, s, clause_start, from + 1, end, true);
            if let Some((_, rest)) = label.split_once(' ').filter(|_| !subject.is_empty()) {
                return ((subject + rest).into(), false);
            }
        }
        return (label.into(), false);
    }
    // A label reads as a phrase: no leading `and`/`but`, nor a stop (but a sum's sign stays).
    while from + 1 < end
        && ((p.is_some_punct(from) && !sign(from))
            || matches!(
                p.lower(from),
                "and" | "but" | "or" | "which" | "that" | "while" | "who" | "whose"
            ))
    {
        from += 1;
    }
    // `gave Texas Air Corp until March 2 to file documents`: who was given the time, and what
    // they must do by then.
    // (`had given the union representing Eastern Airlines' machinists until September 1`:
    // a longer name for who was given it, within one phrase.)
    let in_one_phrase = |k: usize| {
        (k + 1..end.saturating_sub(1))
            .all(|j| !p.is_some_punct(j) || matches!(p.word(j), "'" | "’"))
    };
    let given = (from..end.saturating_sub(1))
        .rev()
        .take(9)
        .find(|&k| matches!(p.lower(k), "gave" | "give" | "gives" | "given" | "granted"))
        .filter(|&k| in_one_phrase(k) && infinitive_after(p, last).is_some());
    // (`Brazil has given its creditors until …`: whose they are stays.)
    let whose = |k: usize| {
        matches!(
            p.lower(k),
            "its"
                | "their"
                | "his"
                | "her"
                | "our"
                | "it"
                | "them"
                | "him"
                | "us"
                | "itself"
                | "themselves"
                | "himself"
                | "herself"
        )
    };
    let given_named = given.filter(|&verb| !whose(verb + 1));
    if let Some(verb) = given_named {
        from = verb + 1;
    }
    let mut label = if given_named.is_some() {
        String::new()
    } else if let Some(subject) = listener.filter(|_| shared_subject.is_none()) {
        format!("{subject} ")
    } else if let Some(subject) = shared_subject {
        format!("{subject} ")
    } else {
        subject_of_short_label(p, s, clause_start, from, end, relative)
    };
    // (`its plant in Kenosha, Wisconsin, by the end of the year`: no comma left at the end.)
    while end > from + 1 && p.is_punct(end - 1, ",") {
        end -= 1;
    }
    // (`He has been given until Monday to respond`: what he has, as after `has until`.)
    let given_time = end >= from + 3
        && matches!(p.lower(end - 1), "given" | "granted")
        && p.lower(end - 2) == "been"
        && matches!(p.lower(end - 3), "has" | "have" | "had");
    if given_time && infinitive_after(p, last).is_some() {
        end -= 2;
    }
    label.push_str(p.slice(from, end - 1));
    // `it has until 28 August to announce a bid`: what must be done by then follows the date.
    if given.is_some() || matches!(p.lower(end - 1), "has" | "have" | "had") {
        if let Some(what) = infinitive_after(p, last) {
            label.push(' ');
            label.push_str(what);
        }
    }
    (label.into(), false)
}

/// `applicants will be told of their allocations by February 9`: the subject is who is told,
/// and the clause is no saying whose words the label should start at.
fn told_in_the_passive(p: &Para, clause_start: usize, verb: usize) -> bool {
    verb > clause_start
        && matches!(p.lower(verb), "told" | "informed" | "advised")
        && matches!(
            p.lower(verb - 1),
            "be" | "been" | "being" | "is" | "are" | "was" | "were"
        )
        && matches!(p.lower(verb + 1), "of" | "about")
}

/// Where the object of the verb at `verb` (`extended`, or `would close` after its auxiliary)
/// ends: before the first preposition after its article or possessive, within a few words
/// and before `end`. `its 2.9 pct financing offer` in `extended its 2.9 pct financing offer on
/// most cars`.
fn verb_and_its_object_head(p: &Para, at: usize, end: usize) -> Option<usize> {
    let after_an_auxiliary = is_auxiliary(p.lower(at));
    let verb = at + usize::from(after_an_auxiliary);
    let object = verb + 1;
    let a_verb = p.is_word(verb)
        && !p.is_capitalised(verb)
        && (after_an_auxiliary || super::dates::is_past_verb(p.lower(verb)));
    if !a_verb || !is_determiner(p.lower(object)) {
        return None;
    }
    (object + 2..end.min(object + 8))
        .take_while(|&k| p.is_word(k) || p.is_number(k))
        .find(|&k| is_preposition(p.lower(k)))
}

/// A day's word: a number or a month's name.
fn is_date_word(p: &Para, k: usize) -> bool {
    p.is_number(k) || super::lexicon::month_number(p.word(k)).is_some()
}

/// `would cut 750 jobs at its head office in Holborn, central London`: where the thing a long
/// label (`clause_start..end`) tells is done, at its end; it is left out, so that what is
/// done fits. The token of its `in` or `at`, if so.
fn place_at_the_end(p: &Para, clause_start: usize, end: usize) -> Option<usize> {
    let k = (end.saturating_sub(7).max(clause_start + 2)..end)
        .find(|&k| matches!(p.lower(k), "in" | "at") && p.is_capitalised(k + 1))?;
    (k + 1..end)
        .all(|j| {
            p.is_capitalised(j)
                || p.is_punct(j, ",")
                || p.is_punct(j, ".")
                || super::lexicon::is_compass_lower(p.lower(j))
        })
        .then_some(k)
}

/// `would keep its crude oil output within its OPEC quota of 2.255 mln barrels per day (bpd)`:
/// the level a noun at the end of a long label (`clause_start..end`) is set at, when it would
/// fill half the label or more, is left out so that what is done fits (`agreed to pay wage
/// arrears of 3.5 mln dlrs` keeps its sum). The token of its `of`, if so.
fn level_at_the_end(p: &Para, clause_start: usize, end: usize) -> Option<usize> {
    let k = (end.saturating_sub(9).max(clause_start + 3)..end.saturating_sub(4)).find(|&k| {
        p.lower(k) == "of"
            && p.is_word(k - 1)
            && !is_preposition(p.lower(k - 1))
            && (p.is_number(k + 1) || (p.is_some_punct(k + 1) && p.is_number(k + 2)))
    })?;
    (k + 1..end)
        .all(|j| {
            !p.is_word(j)
                || matches!(p.lower(j), "per" | "a" | "an")
                || !super::lexicon::is_function_word(p.lower(j))
        })
        .then_some(k)
}

/// `shareholders who want to receive its special dividend of 1.50 dlrs a share must be
/// holders of record`: a relative clause about the subject, too long to fit a label starting
/// at `from`, is left out. The subject and the auxiliary its own verb starts at.
fn subject_past_a_relative<'a>(
    p: &Para<'a>,
    s: usize,
    clause_start: usize,
    from: usize,
    end: usize,
) -> Option<(&'a str, usize)> {
    let opener = |k: usize| !p.is_capitalised(k) || k == s;
    let r = (clause_start + 1..from)
        .rev()
        .take(10)
        .find(|&k| matches!(p.lower(k), "who" | "that"))
        .filter(|&r| {
            p.is_word(r - 1) && opener(r - 1) && super::figures::is_plural(p.lower(r - 1))
        })?;
    let aux = (from..end - 1).find(|&k| is_auxiliary(p.lower(k)))?;
    let plain = |j: usize| p.is_word(j) && !is_saying(p.lower(j)) && !is_preposition(p.lower(j));
    let subject_from = (r.saturating_sub(3).max(clause_start)..r)
        .find(|&k| (k..r).all(plain))
        .unwrap_or(r - 1);
    Some((p.slice(subject_from, r - 1), aux))
}

/// `Investors will pay 65 pence a share on application and the balance of 60 pence by
/// August`: the second of two things the verb takes is due, told with the verb, when a
/// label cut to `from..end` would start inside the first. (`Sony plans to ship 200,000
/// units for the launch and a further 300,000 by …`: a verb after `to` as well.)
fn second_thing_taken(p: &Para, clause_start: usize, from: usize, end: usize) -> Option<String> {
    if from <= clause_start + 2 {
        return None;
    }
    let aux = (clause_start + 1..(clause_start + 4).min(from))
        .find(|&k| matches!(p.lower(k), "will" | "would" | "must" | "should" | "to"))?;
    let and = (from..end.saturating_sub(2))
        .find(|&k| p.lower(k) == "and" && is_determiner(p.lower(k + 1)))?;
    let head = (clause_start..=aux + 1).all(|k| {
        p.is_word(k) && !is_saying(p.lower(k)) && (k == aux || !is_preposition(p.lower(k)))
    });
    (head && !p.is_capitalised(aux + 1)).then(|| {
        format!(
            "{} {}",
            p.slice(clause_start, aux + 1),
            p.slice(and + 1, end - 1)
        )
    })
}

/// `Purchases will start on November 1 and end by December 20`: what is due is the verb
/// joined after the other day's (the label `from..end` ends on it), with the subject and the
/// auxiliary they share.
fn verb_joined_after_another_day(p: &Para, from: usize, end: usize) -> Option<String> {
    if end < from + 6 || p.lower(end - 2) != "and" || !p.is_word(end - 1) {
        return None;
    }
    let on = (from + 2..end - 2)
        .rev()
        .take(5)
        .find(|&k| !is_date_word(p, k) && !p.is_punct(k, ","))?;
    // (A verb of a schedule, `start` or `takes effect`: not `start production on May 1 and
    // end`, whose object a label would lose.)
    let mut verb = on - 1;
    if !super::dates::is_schedule_verb(p.lower(verb)) {
        return None;
    }
    if p.lower(verb) == "effect" && verb > from && p.lower(verb - 1).starts_with("t") {
        verb -= 1;
    }
    let joined = |k: usize| !p.is_capitalised(k) && !is_preposition(p.lower(k));
    (matches!(p.lower(on), "on" | "in" | "from" | "at")
        && (on + 1..end - 2).any(|k| is_date_word(p, k))
        && verb > from
        && joined(verb)
        && joined(end - 1)
        && (from..verb).all(|k| p.is_word(k)))
    .then(|| format!("{} {}", p.slice(from, verb - 1), p.word(end - 1)))
}

/// `The International Atomic Energy Agency (IAEA)`, with its closing bracket at `close`: the
/// last word of the name before the initials, no earlier than `floor` and its next two.
fn name_before_its_initials(p: &Para, floor: usize, close: usize) -> Option<usize> {
    (close >= floor + 3
        && p.is_punct(close, ")")
        && p.is_punct(close - 2, "(")
        && p.is_capitalised(close - 1)
        && p.is_capitalised(close - 3))
    .then(|| close - 3)
}

/// The tokens a guess before a cue at `before` is looked for in: its clause, or the twelve
/// words before the cue when the clause is shorter; but not a relative aside set off before
/// the clause, said of its noun (`SAS, which has said it may bid for a stake, must decide
/// by November 2`).
fn guessed_before(p: &Para, s: usize, before: usize) -> impl Iterator<Item = usize> {
    let clause = clause_start_before(p, s, before);
    let from = clause.min(before.saturating_sub(12).max(s));
    let aside = (clause > from && p.is_punct(clause - 1, ","))
        .then(|| {
            (s.max(clause.saturating_sub(CLAUSE_REACH))..clause - 1)
                .rfind(|&k| p.is_punct(k, ",") && matches!(p.lower(k + 1), "which" | "who"))
        })
        .flatten()
        .unwrap_or(clause);
    (from..aside.max(from)).chain(clause..before)
}

/// `A ban on smoking in enclosed public places in Scotland will come into force on …`: a
/// label that would start at `from`, inside the subject opening the sentence at `s`, is the
/// subject's head (with what it is of, in a word) and its verb instead.
fn subject_s_head_and_verb(p: &Para, s: usize, from: usize, end: usize) -> Option<CompactString> {
    if from <= s || !is_determiner(p.lower(s)) {
        return None;
    }
    let verb = (s + 2..end).find(|&k| is_auxiliary(p.lower(k)))?;
    let plain = (s..verb).all(|k| (p.is_word(k) || p.is_number(k)) && !is_saying(p.lower(k)));
    if from > verb || !plain || end - verb < 2 {
        return None;
    }
    // (`A hosepipe ban affecting 1.4 million households in Yorkshire will come into force`:
    // a participle after the head ends it as a preposition does; its object, a number, a
    // name or an article, says it is no noun, as in `The new funding rules`.)
    let participle = |k: usize| {
        let w = p.lower(k);
        k > s + 1
            && w.len() > 5
            && w.ends_with("ing")
            && !p.is_capitalised(k)
            && (is_determiner(p.lower(k + 1)) || p.is_number(k + 1) || p.is_capitalised(k + 1))
    };
    let preposition = (s + 1..verb).find(|&k| is_preposition(p.lower(k)) || participle(k))?;
    // (A head of up to four words: `The new funding rules for schools in …`; but so far on
    // a verb may come first, `The bill's sponsors hope to have it signed`, `The SEC gave
    // companies until …`: a head that long is of plain words in lower case.)
    let plain_head = || {
        p.lower(preposition) != "to"
            && (s + 1..preposition)
                .all(|k| !p.is_capitalised(k) && !super::dates::is_past_verb(p.lower(k)))
    };
    if preposition > s + 4 || (preposition == s + 4 && !plain_head()) {
        return None;
    }
    if participle(preposition) {
        return Some(format!("{} {}", p.slice(s, preposition - 1), p.slice(verb, end - 1)).into());
    }
    // (`on smoking`: what the head is of, when it is one word before the next phrase.)
    let of_one_word = preposition + 2 < verb && is_preposition(p.lower(preposition + 2));
    // (`its offer to acquire American Motors Corp for …`: what the head is to do, with its
    // object, up to the next phrase.)
    let to_do = p.lower(preposition) == "to"
        && p.is_word(preposition + 1)
        && !p.is_capitalised(preposition + 1)
        && !is_determiner(p.lower(preposition + 1));
    // (The head up to the next phrase, and the verb, make a label.)
    let words = |from: usize, to: usize| (from..to).filter(|&k| p.is_word(k)).count();
    let what_it_is_to_do = to_do
        .then(|| (preposition + 3..verb).find(|&k| is_preposition(p.lower(k))))
        .flatten()
        .filter(|&next| words(s, next) + words(verb, end) <= LONGEST_LABEL);
    let head_end = if let Some(next) = what_it_is_to_do {
        next - 1
    } else if of_one_word {
        preposition + 1
    } else {
        preposition - 1
    };
    Some(format!("{} {}", p.slice(s, head_end), p.slice(verb, end - 1)).into())
}

/// Where a subject of up to four plain words right before `at` starts, no further back than
/// `floor`: `no patient` before `should wait`, `The company has` before `been given`. None
/// when the word before `at` is no such word (a preposition, a saying, a conjunction).
fn short_subject_before(p: &Para, floor: usize, at: usize) -> Option<usize> {
    (floor.max(at.saturating_sub(4))..at)
        .rev()
        .take_while(|&k| {
            p.is_word(k)
                && !matches!(p.lower(k), "that" | "and" | "but" | "or" | "if")
                && !is_saying(p.lower(k))
                && !is_preposition(p.lower(k))
        })
        .last()
}

/// The verb at `verb` (`close`, `end`) follows a plural noun, its subject, so is in the
/// present: `Subscriptions close`, `The talks end`.
fn after_a_plural(p: &Para, verb: usize) -> bool {
    verb > 0
        && p.is_word(verb - 1)
        && super::figures::is_plural(p.lower(verb - 1))
        && !super::lexicon::is_function_word(p.lower(verb - 1))
}

/// The words from `from` to `end` are more than a label holds.
fn longer_than_a_label(p: &Para, from: usize, end: usize) -> bool {
    (from..end)
        .filter(|&k| p.is_word(k))
        .nth(LONGEST_LABEL)
        .is_some()
}

/// Where the name starts after a title that opens a clause (`clause_start..end`) in
/// capitals: `Ruth Kelly` in `Education Secretary Ruth Kelly will …`. The name is one to three
/// capitalised words before a word in lower case.
fn name_past_its_title(p: &Para, clause_start: usize, end: usize) -> Option<usize> {
    let title_end = (clause_start..(clause_start + 3).min(end))
        .take_while(|&k| p.is_capitalised(k))
        .filter(|&k| super::lexicon::is_title_word(p.word(k)))
        .last()?
        + 1;
    let name_end = (title_end..(title_end + 3).min(end))
        .take_while(|&k| p.is_capitalised(k))
        .last()?
        + 1;
    // (Not `General Motors Corp`: a body's name whose first word is a title's.)
    let a_body_s = super::lexicon::kind_from_last_word(p.word(name_end - 1))
        == Some(crate::model::EntityKind::Organization);
    (p.is_word(name_end) && !p.is_capitalised(name_end) && !a_body_s).then_some(title_end)
}

/// Where the clause that ends before `to` starts, in the sentence starting at `s`. A dash set
/// off by spaces ends a clause too: a wire dateline's (`CAIRO, Jan 8 - The talks …`) or an
/// aside's.
fn clause_start_before(p: &Para, s: usize, to: usize) -> usize {
    let loose_dash = |k: usize| {
        (p.is_punct(k, "-") || p.is_punct(k, "–") || p.is_punct(k, "—"))
            && !(k > 0 && p.touching(k - 1, k))
            && !p.touching(k, k + 1)
    };
    // (`its Kenosha, Wisconsin, assembly plant`: the commas around a place's state or country
    // end no clause; nor around a state's abbreviation, its dot a token of its own, or a
    // name of two words: `its Kenosha, Wis., assembly plant`, `Edison, New Jersey,`.)
    let capitalised_back = |mut k: usize| {
        if k > 0 && p.is_punct(k, ".") {
            k -= 1;
        }
        let last = k;
        while k > last.saturating_sub(2) && p.is_capitalised(k) && p.is_capitalised(k - 1) {
            k -= 1;
        }
        p.is_capitalised(k).then_some(k)
    };
    // (`its head office in Holborn, central London, by …`: a part of the place first.)
    let compass = |k: usize| super::lexicon::is_compass_lower(p.lower(k)) && !p.is_capitalised(k);
    let around_a_state = |k: usize| {
        let state_before = || {
            capitalised_back(k - 1).is_some_and(|w| {
                let w = if w >= 3 && compass(w - 1) { w - 1 } else { w };
                w >= 2 && p.is_punct(w - 1, ",") && p.is_capitalised(w - 2)
            })
        };
        let state_after = || {
            p.is_capitalised(k - 1)
                && (k + 2..k + 6).any(|c| {
                    p.is_punct(c, ",")
                        && capitalised_back(c - 1)
                            .is_some_and(|w| w == k + 1 || (w == k + 2 && compass(k + 1)))
                })
        };
        k >= 3 && (state_before() || state_after())
    };
    // `… to succeed him when Volcker's term expires in August`: a clause a conjunction opens
    // (a condition keeps its `if`: `if the court did not act by April 10`).
    // (`… by November 30 so that it can be signed before January 2`: a purpose too.)
    // (`buy another 1.5 mln tonnes before the current grain agreement expires on …`: or a
    // clause of time whose subject comes to an end on the day.)
    // (`before current contracts with the two automakers expire`: or a plural with no
    // determiner.)
    let opens_a_noun = |k: usize| {
        is_determiner(p.lower(k))
            || (p.is_word(k)
                && !p.is_capitalised(k)
                && !crate::extract::lexicon::is_function_word(p.lower(k))
                && !is_cue_word(p.lower(k)))
    };
    // (`has paid 300 mln dlrs since the last rescheduling expired on …`: since, too.)
    let ends_then = |k: usize| {
        matches!(p.lower(k), "before" | "until" | "after" | "since")
            && k + 3 <= to
            && opens_a_noun(k + 1)
            && (k + 2..to).any(|j| comes_to_an_end(p.lower(j)))
    };
    // (`…, with the ballot closing on 17 December`: and a `with` set off that opens a clause
    // of its own; not `with effect from March 1`, said of the clause before.)
    let with_a_clause = |k: usize| {
        p.lower(k) == "with"
            && k > 0
            && p.is_punct(k - 1, ",")
            && !(k + 1..k + 3).any(|j| p.lower(j) == "effect")
    };
    let conjunction = |k: usize| {
        !p.is_capitalised(k)
            && (matches!(p.lower(k), "when" | "once" | "because")
                || (p.lower(k) == "that" && k > 0 && p.lower(k - 1) == "so")
                || with_a_clause(k)
                || ends_then(k))
    };
    // (`Construction will begin in June and production is scheduled to start by …`: a
    // clause with a subject of its own after `and`, when a verb came before it; not `The
    // company and its unions are due to agree`, one subject of two.)
    let joins_a_new_clause = |k: usize| {
        matches!(p.lower(k), "and" | "but")
            && (k.saturating_sub(CLAUSE_REACH).max(s)..k).any(|j| is_auxiliary(p.lower(j)))
            && (k + 2..(k + 5).min(to)).any(|v| {
                is_auxiliary(p.lower(v))
                    && (k + 1..v).all(|w| {
                        p.is_word(w)
                            && (is_determiner(p.lower(w))
                                || !crate::extract::lexicon::is_function_word(p.lower(w)))
                    })
            })
    };
    let condition = |k: usize| !p.is_capitalised(k) && matches!(p.lower(k), "if" | "unless");
    // (`to open its markets to American beef, cigarettes and insurance by …`: nor the comma
    // of a list whose last item comes before the date.)
    let in_a_list = |k: usize| {
        (k + 2..(k + 4).min(to)).any(|and| {
            matches!(p.lower(and), "and" | "or")
                && and + 1 < to
                && (k + 1..and).all(|w| {
                    p.is_word(w)
                        && !crate::extract::lexicon::is_function_word(p.lower(w))
                        && !is_cue_word(p.lower(w))
                })
        })
    };
    let s = s.max(to.saturating_sub(CLAUSE_REACH));
    (s..to)
        .rev()
        .find_map(|k| {
            let after = (p.is_punct(k, ",") && !around_a_state(k) && !in_a_list(k))
                || p.is_punct(k, ";")
                || loose_dash(k)
                || conjunction(k)
                || joins_a_new_clause(k);
            if after {
                Some(k + 1)
            } else {
                condition(k).then_some(k)
            }
        })
        .unwrap_or(s)
}

/// What a short label (`from..end`, in the clause from `clause_start`) is about, with a space
/// after it, when its own clause does not say: the noun a relative clause stands for (`the
/// program, which runs until September 30` → `the program runs`; `The current arrangements,
/// which cut output by 9.5 pct, expire at the end of March` → `The current arrangements
/// expire`), or the sentence's subject before an aside (`A moratorium on payments, first
/// declared in 1985, has been extended to …`). `relative`: the clause opens with `which`.
fn subject_of_short_label(
    p: &Para,
    s: usize,
    clause_start: usize,
    from: usize,
    end: usize,
    relative: bool,
) -> String {
    let mut subject = String::new();
    // The relative pronoun, with the noun it stands for before its comma.
    let set_off = |w: usize| w > s + 1 && p.is_punct(w - 1, ",");
    // (`, which had been set to close on`: five words say only when; a relative clause's ten
    // still need their noun: `The agreement, which must be approved by the banks by`.)
    let longest = if relative { 10 } else { 5 };
    let relative_at = if end - from > longest {
        None
    } else if relative {
        Some(clause_start).filter(|&w| set_off(w))
    } else if set_off(clause_start) && !(clause_start..from).any(|k| is_saying(p.lower(k))) {
        // (`The group, which owns 24.9 pct, said the offer would expire`: what was said has
        // a subject of its own.)
        let before = clause_start_before(p, s, clause_start - 1);
        (matches!(p.lower(before), "which" | "who") && set_off(before)).then_some(before)
    } else {
        None
    };
    // `925 mln dlrs in new loans, to be disbursed by …`: what the infinitive is said of.
    // (`its offer, due to expire on March 4, until …`: and what is due to do it.)
    let due_to =
        |k: usize| matches!(p.lower(k), "due" | "scheduled" | "set") && p.lower(k + 1) == "to";
    let infinitive_at =
        (end - from <= 3 && from == clause_start && (p.lower(from) == "to" || due_to(from)))
            .then_some(from)
            .filter(|&w| set_off(w));
    if let Some(w) = relative_at.or(infinitive_at) {
        // (`Scandinavian Airlines System (SAS), which …`: the name before its initials.)
        let noun_end = name_before_its_initials(p, s, w - 2).unwrap_or(w - 2);
        let noun = noun_ending_at(p, s, noun_end).map(|n| head_before_a_named_object(p, s, w, n));
        if let Some((first, last)) = noun {
            subject.push_str(p.slice(first, last));
            // `Paul Volcker, whose term expires in August` → `Paul Volcker's term expires`
            // (`Ford workers, whose contract expires` → `Ford workers' contract expires`)
            if p.lower(w) == "whose" {
                subject.push_str(if subject.ends_with('s') { "'" } else { "'s" });
            }
            subject.push(' ');
        }
    } else if (end - from <= 4 || is_auxiliary(p.lower(from)))
        && from == clause_start
        && clause_start > s + 1
        && (is_auxiliary(p.lower(from)) || verb_after_an_aside(p, s, from))
    {
        // The sentence's first clause, when that is short: `The INRA, originally due …, was
        // extended`, `The current contract, covering 4,200 workers, expired`; and whatever
        // the label's length when it opens with its verb (`Brazil, which has suspended …,
        // must reach an agreement with its creditors`).
        // (`Carl Icahn said his offer for the rest of Trans World Airlines Inc, worth …, will
        // expire`: past a saying, what was said is of the subject after it.)
        // (`The banks said the cut in rates, to 8.75 pct, would take effect`: and whoever
        // says it, named before the saying, is not what takes effect.)
        let said_of = |c: usize| {
            let verb = (s..c).find(|&k| is_saying(p.lower(k)))?;
            let from = verb + 1 + usize::from(p.lower(verb + 1) == "that");
            (from < c && c - from <= 10 && (from..c).all(|k| p.is_word(k))).then_some(from)
        };
        // (Not a saying set off as an aside: `The contract, its union said, will expire`.)
        let said_before_a_comma =
            (s..clause_start).find(|&k| is_saying(p.lower(k)) && p.is_word(k + 1));
        let comma = match said_before_a_comma {
            Some(verb) => (verb..clause_start).find(|&k| p.is_punct(k, ",")),
            None => (s..clause_start).find(|&k| p.is_punct(k, ",")),
        };
        let subject_from = comma.and_then(|c| {
            if c > s && c - s <= 8 && said_before_a_comma.is_none() {
                Some((s, c))
            } else {
                said_of(c).map(|from| (from, c))
            }
        });
        if let Some((from, comma)) = subject_from {
            subject.push_str(p.slice(from, comma - 1));
            subject.push(' ');
        }
    }
    subject
}

/// `The first plant, in Norwood, Ohio, will close on …`: a clause at `clause_start` that is
/// only where the subject is, set off by commas before the subject's verb; that verb, whose
/// label takes the subject from before the aside.
fn verb_after_a_place_set_off(
    p: &Para,
    s: usize,
    clause_start: usize,
    first: usize,
) -> Option<usize> {
    if clause_start <= s + 1
        || !p.is_punct(clause_start - 1, ",")
        || !matches!(p.lower(clause_start), "in" | "at" | "near" | "outside")
    {
        return None;
    }
    let place = clause_start + 1..first;
    let closing = place
        .clone()
        .take(6)
        .take_while(|&k| p.is_capitalised(k) || p.is_punct(k, ","))
        .filter(|&k| p.is_punct(k, ","))
        .last()?;
    (closing > place.start && is_auxiliary(p.lower(closing + 1))).then_some(closing + 1)
}

/// `expired`, `expires` right after an aside set off by commas, in a sentence that opens
/// with its subject (not `In March, …`).
fn verb_after_an_aside(p: &Para, s: usize, from: usize) -> bool {
    let w = p.lower(from);
    p.is_punct(from - 1, ",")
        && !is_preposition(p.lower(s))
        && (w.ends_with("ed") || comes_to_an_end(w))
}

/// A verb said of something that runs out, not of somebody: `expires`, `lapses`, `ends`.
fn comes_to_an_end(w: &str) -> bool {
    matches!(
        w,
        "expires" | "expire" | "expired" | "lapses" | "runs" | "ends" | "matures"
    )
}

/// A word that opens a noun phrase: `the`, `a`, `its`.
fn is_determiner(w: &str) -> bool {
    matches!(w, "the" | "a" | "an" | "its" | "their")
}

/// A noun with its article, ending at `end`: `the program`, `The current arrangements`.
fn noun_ending_at(p: &Para, s: usize, end: usize) -> Option<(usize, usize)> {
    if !p.is_word(end) {
        return None;
    }
    // (`Merrill Lynch Capital Partners`: a name is whole, with the words joining its own:
    // `the Monopolies and Mergers Commission, which has until …`.)
    if p.is_capitalised(end) {
        // (`the Gulf of St. Lawrence`: an abbreviation's dot too.)
        let joins = |k: usize| {
            k > s
                && p.is_capitalised(k - 1)
                && (matches!(p.lower(k), "of" | "and" | "for" | "&")
                    || (p.is_punct(k, ".") && p.touching(k - 1, k)))
        };
        let first = (s..end)
            .rev()
            .take_while(|&k| p.is_capitalised(k) || joins(k))
            .last()
            .unwrap_or(end);
        // (`Royal Mail, which has 200,000 staff, has until …`: a name opening the sentence
        // too, unless its first word is one only because it opens it.)
        let opens_the_sentence_whole = first == s && !super::lexicon::is_function_word(p.lower(s));
        if first > s || first == end || opens_the_sentence_whole {
            // (`the United States`, with its article.)
            let article = first > s && is_determiner(p.lower(first - 1));
            return Some((first - usize::from(article), end));
        }
    }
    let start = (end.saturating_sub(3).max(s)..end)
        .rev()
        .take_while(|&k| p.is_word(k))
        .find(|&k| is_determiner(p.lower(k)) || p.lower(k) == "this")
        .unwrap_or_else(|| {
            // (`its 15 billion dlrs of short-term trade and interbank credit lines, which
            // …`: the words describing the noun, with no determiner in reach; not a verb
            // after `to` or a modal: `to recall parliament, which is in recess`.)
            let described_from = (end.saturating_sub(2).max(s)..end)
                .rev()
                .take_while(|&k| {
                    p.is_word(k)
                        && !p.is_capitalised(k)
                        && !super::lexicon::is_function_word(p.lower(k))
                        && p.lower(k) != "per"
                })
                .last()
                .filter(|&k| k == s || !(p.lower(k - 1) == "to" || is_auxiliary(p.lower(k - 1))));
            described_from.unwrap_or(end)
        });
    Some((start, end))
}

/// The noun phrase a relative clause at `w` stands for when `noun` is only the name its
/// preposition governs and the clause says what only a thing does: `its grain agreement with
/// the United States, which expires …` is said of the agreement (but `talks with the
/// Commission, which must decide by May 1` of the Commission).
fn head_before_a_named_object(
    p: &Para,
    s: usize,
    w: usize,
    noun: (usize, usize),
) -> (usize, usize) {
    let (start, end) = noun;
    // `the agreement reached in Geneva in late June, which runs until …`: the month it was
    // reached in says when; the clause is said of the agreement.
    // (`the group's output ceiling of 15.8 mln barrels per day, which is due to expire`: nor
    // is it said of the time a rate is by.)
    let month =
        comes_to_an_end(p.lower(w + 1)) && super::lexicon::month_number(p.lower(end)).is_some();
    let rate = start > s + 1
        && ((start == end && p.lower(start - 1) == "per")
            || (start + 1 == end
                && matches!(p.lower(start), "a" | "an")
                && p.is_word(start - 1)
                && super::figures::is_plural(p.lower(start - 1))));
    if month || rate {
        let determiner = (start.saturating_sub(10).max(s)..start)
            .rev()
            .find(|&k| is_determiner(p.lower(k)));
        let head_end = determiner.and_then(|d| {
            (d + 1..start)
                .take_while(|&k| {
                    p.is_word(k)
                        && !is_preposition(p.lower(k))
                        && !(k > d + 1 && p.lower(k).ends_with("ed"))
                })
                .last()
        });
        if let (Some(d), Some(e)) = (determiner, head_end) {
            return (d, e);
        }
    }
    let named = comes_to_an_end(p.lower(w + 1)) && p.is_capitalised(end);
    // `a rival bid from Merrill Lynch Capital Partners, which expires …`: the bid from it
    // (`The offer by British Printing and Communication Corp, which expires …`: or by it).
    let from_a_name = named
        && start > s + 2
        && matches!(p.lower(start - 1), "from" | "by")
        && p.is_word(start - 2)
        && !p.is_capitalised(start - 2);
    if from_a_name {
        return (start - 2, end);
    }
    let governed = start > s + 1 && matches!(p.lower(start - 1), "with" | "of" | "between" | "for");
    if !(named && governed) {
        return noun;
    }
    match noun_ending_at(p, s, start - 2) {
        Some(head) if !p.is_capitalised(head.1) => head,
        _ => noun,
    }
}

/// A verb that needs its subject said: `has been extended`, `will expire`.
/// The subject of the sentence starting at `s`, when it is a few words before its first
/// auxiliary (before `to`) and says who: `Ratification votes` in `Ratification votes will be
/// held …`; not a pronoun. Past a saying that opens the sentence, the subject of what was
/// said, up to what it is of: `The company said deliveries of the first of 48 Tornado aircraft
/// were on schedule and would be completed …` → `deliveries`.
fn short_subject<'a>(p: &Para<'a>, s: usize, to: usize) -> Option<&'a str> {
    let said =
        (s + 1..to.min(s + 4)).find(|&k| is_saying(p.lower(k)) && (s..k).all(|w| p.is_word(w)));
    let start = said.map_or(s, |said| {
        said + 1 + usize::from(p.lower(said + 1) == "that")
    });
    let reach = if said.is_some() { 12 } else { 4 };
    let verb = (start + 1..to.min(start + reach + 1)).find(|&k| is_auxiliary(p.lower(k)))?;
    let plain =
        |k: usize| (p.is_word(k) || p.is_number(k)) && !super::lexicon::is_pronoun(p.lower(k));
    if !(start..verb).all(plain) {
        return None;
    }
    let head_end = if verb - start > 4 {
        (start + 1..verb).find(|&k| is_preposition(p.lower(k)))?
    } else {
        verb
    };
    (head_end - start <= 4).then(|| p.slice(start, head_end - 1))
}

fn is_auxiliary(w: &str) -> bool {
    matches!(
        w,
        "has" | "have" | "had" | "is" | "are" | "was" | "were" | "will" | "would" | "must"
    )
}

/// Words between `said` and what was said: `said last week`, `told reporters on Monday`.
/// (Whom it was told only after `told`: `said shareholders of BCal had until …` is what
/// was said of them.)
fn is_when_said(w: &str, verb: &str) -> bool {
    matches!(
        w,
        "last" | "week" | "month" | "on" | "yesterday" | "today" | "that"
    ) || super::lexicon::weekday_index(w).is_some()
        || (verb == "told"
            && matches!(
                w,
                "reporters"
                    | "journalists"
                    | "reuters"
                    // `told parliament the government wanted …`
                    | "parliament"
                    | "congress"
                    | "mps"
                    | "delegates"
                    | "shareholders"
            ))
}

/// `told a news conference`, `told the press briefing`: whom it was said to, three words.
fn is_a_news_conference(p: &Para, k: usize) -> bool {
    matches!(p.lower(k), "a" | "the")
        && matches!(p.lower(k + 1), "news" | "press")
        && matches!(p.lower(k + 2), "conference" | "briefing")
}

/// The token at `k` is a word of a name, or what joins two (`Competition and Markets
/// Authority`, `Bank of England`).
fn joins_a_name(p: &Para, k: usize) -> bool {
    p.is_word(k) && (p.is_capitalised(k) || matches!(p.lower(k), "and" | "of" | "for"))
}

/// `to announce a firm bid or walk away` right after a date, to the end of its clause (at
/// most eight words).
fn infinitive_after<'a>(p: &Para<'a>, last: usize) -> Option<&'a str> {
    // (`until Friday night to make a serious offer`: past the part of the day.)
    let part_of_the_day = matches!(
        p.lower(last + 1),
        "night" | "morning" | "afternoon" | "evening" | "midnight" | "noon"
    );
    let to = last + 1 + usize::from(part_of_the_day);
    if p.lower(to) != "to" || !p.is_word(to + 1) || p.is_capitalised(to + 1) {
        return None;
    }
    // (`to comply with a 1986 semiconductor agreement`, `to make a 30 mln dlr payment`: a
    // number before a word too.)
    let mut end = (to + 1..(to + 9).min(p.tokens().len()))
        .take_while(|&k| p.is_word(k) || (p.is_number(k) && p.is_word(k + 1)))
        .last()?;
    // `to resume some interest payments or face having its loans …`, cut short: the whole
    // first of the two.
    let cut_short = end + 1 < p.tokens().len() && p.is_word(end + 1);
    if cut_short {
        if let Some(joint) = (to + 3..end)
            .rev()
            .find(|&k| matches!(p.lower(k), "or" | "and"))
        {
            end = joint - 1;
        }
    }
    // (`to reply to its proposal for rescheduling 68 billion`, cut inside a figure: the
    // figure goes.)
    let in_a_figure = |k: usize| {
        p.is_number(k) || (super::lexicon::scale(p.lower(k)).is_some() && p.is_number(k - 1))
    };
    if in_a_figure(end) && p.is_word(end + 1) {
        while end > to + 1 && in_a_figure(end) {
            end -= 1;
        }
    }
    // (`to appeal to the Competition and Markets Authority.`, cut inside a name just begun
    // that ends the clause: the name goes on to its end, a few words more.)
    let name_starts =
        (to + 2..=end).find(|&k| p.is_capitalised(k) && (k..=end).all(|j| joins_a_name(p, j)));
    if let Some(start) = name_starts.filter(|&k| k + 3 >= end) {
        let mut k = end + 1;
        while k < start + 8
            && (p.is_capitalised(k) || (joins_a_name(p, k) && p.is_capitalised(k + 1)))
        {
            k += 1;
        }
        if k > end + 1 && !p.is_word(k) && !p.is_number(k) {
            end = k - 1;
        }
    }
    // (`to explain how its pact with the United States affects …`, cut inside a name: the
    // name goes, with what joins it on.)
    if p.is_capitalised(end) && p.is_capitalised(end + 1) && p.is_word(end + 1) {
        while end > to + 1 && p.is_capitalised(end) {
            end -= 1;
        }
    }
    // `to improve its wage offer of 17 to 23 pct`: not ending on `of`.
    while end > to + 1 && (is_cue_word(p.lower(end)) || needs_a_word_after(p.lower(end))) {
        end -= 1;
    }
    Some(p.slice(to, end))
}

#[cfg(test)]
mod tests;
