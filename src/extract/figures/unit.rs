//! The words around a number: the qualifier before it (`over`, `up to`) and the unit after
//! or around it (what is counted: `missiles and drones`, `attendances rose … to 12.3 million`).

use super::*;
use crate::extract::lexicon::is_collective;

/// The qualifier right before the figure at `first` (`about`, `at least`), and where it
/// starts (`first` when there is none).
pub(crate) fn qualifier_before(p: &Para, first: usize) -> (Option<CompactString>, usize) {
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
        // (`3% a year over three years`: after a rate too.)
        let after_a_rate = start > 1
            && matches!(p.lower(start - 1), "year" | "month" | "week" | "annum")
            && matches!(p.lower(start - 2), "a" | "per");
        // (`13.2 billion dlrs of foreign debt over 17 years`: after what an amount is of.)
        let after_an_amount_of = (start.saturating_sub(4)..start).rev().any(|j| {
            j > 0
                && p.lower(j) == "of"
                && ends_an_amount(p, j - 1)
                && (j + 1..start).all(|k| p.is_word(k) && !p.is_capitalised(k))
        });
        // (`An extra £1bn for the NHS over three years`: a span of time after an amount and
        // what it is for, a few words before in the same clause; not `71,000 people waited
        // over six months`.)
        let over_a_span_after_an_amount = *q == "over"
            && is_time_unit(p.lower(first + 1))
            && (start.saturating_sub(8)..start)
                .rev()
                .take_while(|&j| !matches!(p.word(j), "," | ";" | ":"))
                .any(|j| {
                    ends_an_amount(p, j)
                        && matches!(p.lower(j + 1), "for" | "in" | "to" | "on" | "of")
                });
        // (`£280m would be spent over three years`: after spending an amount named before in
        // the clause; not `he spent over three years in jail`.)
        // (`the £1.5bn being spent on school sport over three years`: what it is spent on
        // between, when a span of time follows.)
        let spending = |k: usize| matches!(p.lower(k), "spent" | "invested" | "paid");
        let spent_at = || {
            if start > 0 && spending(start - 1) {
                Some(start - 1)
            } else if is_time_unit(p.lower(first + 1)) {
                (start.saturating_sub(5)..start)
                    .rev()
                    .take_while(|&k| p.is_word(k))
                    .find(|&k| spending(k))
            } else {
                None
            }
        };
        let spent_over_after_an_amount = *q == "over"
            && spent_at().is_some_and(|spent| {
                (spent.saturating_sub(8)..spent)
                    .rev()
                    .take_while(|&j| !matches!(p.word(j), "," | ";" | ":"))
                    .any(|j| ends_an_amount(p, j))
            });
        // (`reduce its debt by a third over three years`: after a share of something.)
        let after_a_fraction = *q == "over"
            && start > 1
            && matches!(
                p.lower(start - 1),
                "half" | "third" | "thirds" | "quarter" | "quarters" | "fifth" | "fifths"
            )
            && matches!(p.lower(start - 2), "a" | "one" | "two" | "three" | "by");
        // (`took $93.7m (£51m) over three days`: after an amount given in another currency.)
        let after_a_converted_amount =
            start > 1 && p.is_punct(start - 1, ")") && ends_an_amount(p, start - 2);
        let spread = matches!(*q, "over" | "under")
            && start > 0
            && (ends_an_amount(p, start - 1)
                || after_a_converted_amount
                || spreads(p.lower(start - 1))
                // (`phased in over three years`)
                || (start > 1 && p.lower(start - 1) == "in" && spreads(p.lower(start - 2)))
                || after_a_rate
                || after_an_amount_of
                || over_a_span_after_an_amount
                || spent_over_after_an_amount
                || after_a_fraction);
        // `will take over 14 routes`, `handed over 500 files`: the verb's `over`, not more
        // than (but `took over 30 years` is more than thirty).
        let verbs_over = *q == "over"
            && start > 0
            && !is_time_unit(p.lower(first + 1))
            && matches!(
                p.lower(start - 1),
                "take"
                    | "takes"
                    | "took"
                    | "taken"
                    | "taking"
                    | "hand"
                    | "hands"
                    | "handed"
                    | "handing"
                    | "turn"
                    | "turns"
                    | "turned"
                    | "turning"
            );
        // `Three jailed over £20m VAT fraud`, `a row over £5m in fees`: what a dispute or a
        // punishment is about, not more than.
        let about = *q == "over"
            && start > 0
            && !is_time_unit(p.lower(first + 1))
            && is_dispute_or_punishment(p.lower(start - 1));
        // `a comedy about two friends`, `inside information about six takeovers`: what a story
        // or news is about, not a rough count.
        let subject = *q == "about" && start > 0 && is_about_something(p.lower(start - 1));
        // `were revised up to 133,000`: `up` is where the verb moved it, `to` what it came to.
        // (`revised February sales up to 775,000 units from the previously reported
        // 764,000`: moved up from another number too.)
        let from_another = || {
            (first + 1..first + 5)
                .take_while(|&k| p.is_word(k) || p.is_number(k))
                .find(|&k| p.lower(k) == "from")
                .is_some_and(|from| (from + 1..from + 5).any(|k| p.is_number(k)))
        };
        let moved_up =
            *q == "up to" && ((start > 0 && moves_up(p.lower(start - 1))) || from_another());
        if matches && !spread && !subject && !moved_up && !verbs_over && !about {
            return (Some((*q).into()), start);
        }
    }
    (None, first)
}

/// What a thing said to be `over` a sum is about: a dispute or a punishment (`jailed over`,
/// `a row over`, `talks over`).
fn is_dispute_or_punishment(w: &str) -> bool {
    matches!(
        w,
        "jailed"
            | "fined"
            | "charged"
            | "arrested"
            | "sued"
            | "sacked"
            | "convicted"
            | "cleared"
            | "questioned"
            | "row"
            | "dispute"
            | "clash"
            | "talks"
            | "concern"
            | "concerns"
            | "fears"
            | "probe"
            | "inquiry"
            | "anger"
            | "battle"
            | "fight"
            | "rift"
            | "split"
            | "wrangle"
            | "stand-off"
    )
}

/// A verb that `up` can be the direction of: `revised up`, `moved up`, `went up`.
fn moves_up(w: &str) -> bool {
    matches!(
        w,
        "revised"
            | "revise"
            | "revises"
            | "moved"
            | "move"
            | "moves"
            | "went"
            | "go"
            | "goes"
            | "gone"
            | "marked"
            | "pushed"
            | "stepped"
            | "ratcheted"
            | "scaled"
            | "bumped"
            | "edged"
            | "shot"
    )
}

/// A verb that spreads something over a time (`phased out`, `repaid`), or what is spread
/// (`stretches repayments over 17 years`, `spread the cost over`).
pub(super) fn spreads(w: &str) -> bool {
    matches!(
        w,
        "out"
            | "spread"
            | "repaid"
            | "payable"
            | "repayable"
            | "rescheduled"
            | "reschedules"
            | "phased"
            | "staggered"
            | "amortised"
            | "amortized"
            | "repayments"
            | "payments"
            | "instalments"
            | "installments"
            | "cost"
            | "costs"
    )
}

/// A work or a telling that is about something, which `about` follows as a preposition, not
/// as a rough count: `a film about two couples`, `information about six takeovers`.
fn is_about_something(w: &str) -> bool {
    crate::extract::lexicon::is_kind_of_work(w)
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
                | "information"
                | "details"
                | "news"
                | "questions"
                | "complaints"
                | "knowledge"
                | "rumours"
        )
}

/// Token `k` ends an amount: a number, a unit written onto one (`5.5bn`), a percent or a
/// scale or currency word after one.
pub(super) fn ends_an_amount(p: &Para, k: usize) -> bool {
    let w = p.lower(k);
    p.is_number(k)
        || (k > 0 && p.is_number(k - 1) && p.touching(k - 1, k))
        || p.is_punct(k, "%")
        || matches!(w, "percent" | "pct" | "cent")
        || scale(w).is_some()
        || is_currency_word(w)
}

pub(super) fn is_nounish(word: &str) -> bool {
    crate::extract::lexicon::with_lower(word, nounish_lower)
}

pub(super) fn nounish_lower(w: &str) -> bool {
    is_plural(w) || is_singular_unit(w) || is_a_count_in_the_singular(w) || {
        // `clay-courters`, `year-olds`
        w.rsplit_once('-')
            .is_some_and(|(_, t)| is_singular_unit(t) || (t.len() > 2 && t.ends_with('s')))
    }
}

/// A singular noun that is itself a count, of people mostly, whose level a number gives:
/// `Net immigration was 151,000`, `Unemployment fell 20,000`, `Its circulation rose to
/// 400,000`, `Labour's majority could be cut to about 60`.
fn is_a_count_in_the_singular(w: &str) -> bool {
    matches!(
        w,
        "majority"
            | "immigration"
            | "emigration"
            | "migration"
            | "unemployment"
            | "employment"
            | "attendance"
            | "membership"
            | "enrolment"
            | "enrollment"
            | "readership"
            | "circulation"
            | "population"
    )
}

/// The token after a model's number starting at `k` (`737-800`, `2`), written as one.
fn model_number_end(p: &Para, k: usize) -> Option<usize> {
    if !p.is_number(k) {
        return None;
    }
    let mut m = k + 1;
    while p.is_punct(m, "-") && p.touching(m - 1, m) && p.is_number(m + 1) && p.touching(m, m + 1) {
        m += 2;
    }
    // (`A300-600R`, `767-300ER`: a version's letters glued on.)
    if p.is_word(m) && p.touching(m - 1, m) && is_model_letters(p.word(m)) {
        m += 1;
    }
    Some(m)
}

/// One or two capitals of a model's name: the `ER` of `767-300ER`, the `F` and `A` of
/// `F/A-18`.
fn is_model_letters(w: &str) -> bool {
    (1..=2).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase())
}

/// `787` of `the new 787 Dreamliner jets`, `ten 737 jets`, `two 747s`, `Boeing 777s`: the
/// number of one of Boeing's airliners (seven, a digit, seven), told by what is written
/// next to it.
pub(crate) fn is_airliner_number(p: &Para, k: usize) -> bool {
    let b = p.word(k).as_bytes();
    let sevens = b.len() == 3 && b[0] == b'7' && b[2] == b'7' && b[1].is_ascii_digit();
    if !sevens || !p.is_number(k) {
        return false;
    }
    let next = p.lower(k + 1);
    let glued = p.touching(k, k + 1);
    // (A word in capitals says nothing in a headline in capitals: `FOR 757 MLN DLRS`.)
    let named_after =
        p.is_capitalised(k + 1) && p.word(k + 1).bytes().any(|b| b.is_ascii_lowercase());
    // (`18 777 and 20 787 Dreamliner aircraft`: right after a count, what it counts.)
    let counted = k > 0
        && p.is_number(k - 1)
        && written_value(p.word(k - 1)).is_some_and(|v| v < 1000.0 && v.fract() == 0.0);
    (glued && (next == "s" || next == "-"))
        || (k > 0 && p.lower(k - 1) == "boeing")
        || counted
        || (!glued && named_after)
        || matches!(
            next,
            "jet"
                | "jets"
                | "jetliner"
                | "jetliners"
                | "airliner"
                | "airliners"
                | "plane"
                | "planes"
                | "aircraft"
                | "jumbo"
                | "jumbos"
                | "freighter"
                | "freighters"
        )
}

/// `A320` of `Airbus A320 planes`, `the A380`: an Airbus airliner's model, at `k`.
pub(crate) fn is_airbus_model(p: &Para, k: usize) -> bool {
    let b = p.word(k).as_bytes();
    b.len() == 4
        && b[0] == b'A'
        && matches!(b[1], b'2' | b'3')
        && b[2..].iter().all(u8::is_ascii_digit)
}

/// `3G` of `10 million 3G customers`, `3D` of `3D televisions`: a number and a capital or
/// two written as one, at `k`, describing the plural after them.
fn generation_tag(p: &Para, k: usize) -> bool {
    let tag = p.word(k + 1);
    p.is_number(k)
        && p.is_word(k + 1)
        && p.touching(k, k + 1)
        && (1..=2).contains(&tag.len())
        && tag.bytes().all(|b| b.is_ascii_uppercase())
        && p.is_word(k + 2)
        && is_plural(p.lower(k + 2))
}

/// What a number counts, from the words after it: `missiles and drones`, `United directors`,
/// `of those months`. Returns the unit and the last token it covers.
pub(super) fn noun_unit(p: &Para, from: usize) -> Option<(CompactString, usize)> {
    let mut j = from;
    // `2.5 mln head of cattle`: livestock is counted by the head.
    if p.lower(j) == "head" && p.lower(j + 1) == "of" && p.is_word(j + 2) {
        return Some((p.slice(j, j + 2).into(), j + 2));
    }
    // `to finish on 16 under par`: a golfer's strokes against the course's.
    if matches!(p.lower(j), "under" | "over") && p.lower(j + 1) == "par" {
        return Some((p.slice(j, j + 1).into(), j + 1));
    }
    // `a 36 billion European Currency Unit (ECU) budget`: the European Community's money,
    // named in the singular before what it measures.
    if p.lower(j) == "european" && p.lower(j + 1) == "currency" && p.lower(j + 2) == "unit" {
        return Some((p.slice(j, j + 2).into(), j + 2));
    }
    // `Four men, two of them armed`: what `them` stands for is counted before (see
    // `subject_left_elliptical`), unless a plural says what they are (`six of them children`).
    if p.lower(j) == "of" && p.lower(j + 1) == "them" && !is_plural(p.lower(j + 2)) {
        return None;
    }
    // `six of those months`, `about 100 of his men`, `50 of Boeing's new jets`
    let owners = |k: usize| {
        p.is_capitalised(k) && crate::extract::lexicon::possessive_owner(p.word(k)).is_some()
    };
    if p.lower(j) == "of"
        && (matches!(
            p.lower(j + 1),
            "those" | "these" | "the" | "them" | "its" | "their" | "his" | "her" | "our"
        ) || owners(j + 1))
    {
        j += 2;
        // `two of their five games`: a part of a whole with a count of its own (see
        // `part_of_a_count`).
        if whole_count(p, j).is_some() {
            return None;
        }
    }
    // `3,000 more consultants`, `5,000 extra police officers`: how many more of them.
    // (`70 more Boeing jets`: a maker's name before them.)
    // (`10 more crossing points`, `20,000 more community support officers`: a word or two
    // describing them first.)
    let describes = |k: usize| p.is_word(k) && !p.is_capitalised(k);
    let described_plural = |k: usize| {
        describes(k)
            && p.is_word(k + 1)
            && (is_plural(p.lower(k + 1))
                || (describes(k + 1) && p.is_word(k + 2) && is_plural(p.lower(k + 2))))
    };
    if matches!(p.lower(j), "more" | "fewer" | "extra" | "additional")
        && p.is_word(j + 1)
        && (is_nounish(p.lower(j + 1)) || p.is_capitalised(j + 1) || described_plural(j + 1))
        && !ends_unit(p.lower(j + 1))
    {
        j += 1;
    }
    // (`after rejecting two earlier offers`: the offers before, not a time ago.)
    if matches!(p.lower(j), "earlier" | "later")
        && p.is_word(j + 1)
        && !p.is_capitalised(j + 1)
        && is_plural(p.lower(j + 1))
        && !is_time_unit(p.lower(j + 1))
    {
        j += 1;
    }
    if let Some(end) = names_listed_before_a_plural(p, j) {
        return Some((p.slice(j, end).into(), end));
    }
    let start = j;
    let mut best: Option<usize> = None;
    let mut k = j;
    // Tokens of a model's number (or a name's second word) passed over, which do not count
    // towards the phrase's length.
    let mut passed_over = 0;
    while k < p.tokens().len() && k < start + 4 + passed_over {
        if k == start && generation_tag(p, k) {
            passed_over += 1;
            k += 2;
            continue;
        }
        // (`about 60,000 1987 model year minivans`: the year of a model says which.)
        let model_year = k == start
            && p.lower(k + 1).starts_with("model")
            && crate::extract::dates::year_number(p, k).is_some();
        if model_year {
            passed_over += 1;
            k += 1;
            continue;
        }
        if !p.is_word(k) {
            // (`12 F/A-18 Hornet fighters`: a slash between a model's letters, the second of
            // which is no article.)
            let slashed_letters = k > start
                && p.is_punct(k, "/")
                && p.touching(k - 1, k)
                && p.touching(k, k + 1)
                && is_model_letters(p.word(k - 1))
                && is_model_letters(p.word(k + 1));
            if slashed_letters {
                passed_over += 2;
                k += 2;
                continue;
            }
            // `70 Boeing 737-800 aircraft`, `PlayStation 2 consoles`: a model's number after
            // its maker's name, before what is counted (or before the model's name: `50
            // Boeing 787 Dreamliner jets`).
            // (`ten 737 jets`, `27 of the new 787 Dreamliner jets`: an airliner's number
            // says whose model it is.)
            let airliner = is_airliner_number(p, k);
            // (`15 Airbus A300-600R jets`, `five F-16 jets`: a model written with letters,
            // then its series.)
            let series = k > start
                && p.is_punct(k, "-")
                && p.touching(k - 1, k)
                && p.touching(k, k + 1)
                && p.is_capitalised(k - 1)
                && (p.word(k - 1).len() <= 3 || p.word(k - 1).bytes().any(|b| b.is_ascii_digit()));
            let model_from = if series { k + 1 } else { k };
            let after = model_number_end(p, model_from).filter(|&m| {
                ((k > start && p.is_capitalised(k - 1)) || airliner)
                    && p.is_word(m)
                    && (is_nounish(p.lower(m)) || p.is_capitalised(m) || described_plural(m))
            });
            // `18 Boeing 777s`, `two 747s`, `70 million PlayStation 2s`: the model's plural
            // is what is counted.
            // (`40 F-16s`: after its series' letters.)
            let named_model = k > start && p.is_capitalised(k - 1) && p.is_number(k);
            let n = model_from;
            if (airliner || named_model || (series && p.is_number(n)))
                && p.lower(n + 1) == "s"
                && p.touching(n, n + 1)
            {
                best = Some(n + 1);
                break;
            }
            // (`18 777 and 20 787 Dreamliner aircraft`: the model alone, before the next.)
            if airliner && k == start && matches!(p.lower(k + 1), "and" | "or" | "," | ".") {
                best = Some(k);
                break;
            }
            if let Some(m) = after {
                passed_over += m - k;
                k = m;
                continue;
            }
            // `2,000 consultants' posts`: what a plural's possessive owns is what is counted.
            let owned = k > start
                && best == Some(k - 1)
                && p.apostrophe_after_s(k - 1)
                && is_plural(p.lower(k - 1))
                && p.is_word(k + 1)
                && is_nounish(p.lower(k + 1));
            if owned {
                k += 1;
                continue;
            }
            break;
        }
        let w = p.word(k);
        let lower = p.lower(k);
        // `where 110,000 died`: those who died are counted (not `Four people died`, whose
        // plural says who they were).
        if k == start && lower == "died" {
            best = Some(k);
            break;
        }
        // `12 others`: who they are is said before.
        let pronoun = k == start && lower == "others";
        // `up from 6.2 billion two years ago`: a number next is a figure of its own (but not
        // a name's first word: `five Six Nations matches`).
        let another_figure = k == start
            && crate::extract::lexicon::small_number(lower).is_some()
            && !(p.is_capitalised(k) && p.is_capitalised(k + 1));
        // `splitting in two unless its owners agree`: a clause of its own begins.
        let opens_a_clause = crate::extract::lexicon::is_subordinator(lower) || lower == "if";
        // (`The Tories with 197 came second`: after another word, `second` is a place in
        // order, not a span of time.)
        let ordinal = k > start && lower == "second";
        if month_number(lower).is_some() && p.is_capitalised(k)
            || weekday_index(lower).is_some()
            || ordinal
            || pronoun
            || another_figure
            || opens_a_clause
        {
            break;
        }
        if ends_unit(w) {
            // `missiles and drones`: a second plural joined by `and`.
            // (Not `3,200 workers and builds the cars`, `70,000 employees and operates more
            // than 600 stores`: a verb with its object.)
            // (Nor `55 MPs and hopes to gain seats`: a verb with an infinitive.)
            let infinitive = p.lower(k + 2) == "to"
                && p.is_word(k + 3)
                && !p.is_capitalised(k + 3)
                && !crate::extract::lexicon::is_function_word(p.lower(k + 3));
            let verb_with_object = matches!(p.lower(k + 2), "the" | "a" | "an" | "its" | "their")
                || infinitive
                || p.is_number(k + 2)
                // (`27,000 people and runs eight channels`: a count spelled out.)
                || small_number(p.lower(k + 2)).is_some()
                // (`two screens and costs $149`: a sum with its sign.)
                || (crate::extract::lexicon::currency_symbol(p.word(k + 2)).is_some()
                    && p.is_number(k + 3))
                || (matches!(p.lower(k + 2), "more" | "fewer" | "less")
                    && p.lower(k + 3) == "than")
                // (`4,000 people and loses about £1m a day`: a figure qualified.)
                || ((p.is_number(k + 3)
                    || crate::extract::lexicon::currency_symbol(p.word(k + 3)).is_some())
                    && !crate::extract::lexicon::qualifiers_ending_with(p.lower(k + 2))
                        .is_empty())
                // (`400 workers and makes cars`: a verb in `-s` with a plural for its object.)
                || (p.lower(k + 1).ends_with('s')
                    && !p.lower(k + 1).ends_with("ss")
                    && p.is_word(k + 2)
                    && !p.is_capitalised(k + 2)
                    && is_plural(p.lower(k + 2))
                    && !crate::extract::lexicon::is_function_word(p.lower(k + 2)));
            // (`300 full-time and part-time hospital staff`: staff are counted as a plural.)
            let many = |w: &str| is_plural(w) || matches!(w, "staff" | "personnel");
            // (Nor `full-time and part-time hospital staff`: two words describing the plural
            // after them.)
            let describes_what_follows = !many(p.lower(k + 1))
                && !p.is_capitalised(k + 2)
                && (many(p.lower(k + 2))
                    || (p.is_word(k + 2)
                        && !crate::extract::lexicon::is_function_word(p.lower(k + 2))
                        && !p.is_capitalised(k + 3)
                        && many(p.lower(k + 3))));
            // (Nor `nine years and Jones seven`: a name ending in `s`, capitalised after an
            // `and` that is not, as it is in a headline's capitals.)
            if w.eq_ignore_ascii_case("and")
                && !describes_what_follows
                && best == Some(k - 1)
                && p.is_word(k + 1)
                && (!p.is_capitalised(k + 1) || p.is_capitalised(k))
                && is_nounish(p.lower(k + 1))
                && !ends_unit(p.lower(k + 1))
                && !verb_with_object
                // (Nor `A dozen firms and hundreds of workers`: a count of its own.)
                && !matches!(
                    p.lower(k + 1),
                    "hundreds" | "thousands" | "millions" | "billions" | "dozens" | "scores" | "tens"
                )
            {
                best = Some(k + 1);
                k += 2;
                continue;
            }
            // `44 gold and coal mines`, `oil and gas fields`: two words describing one plural
            // (after a word describing both: `black gold and coal miners`).
            // (`current and former female employees`: a word describing the plural after
            // the pair, which does not count towards the phrase's length.)
            let described = !p.is_capitalised(k + 2)
                && p.is_word(k + 3)
                && !p.is_capitalised(k + 3)
                && !ends_unit(p.lower(k + 2))
                && !crate::extract::lexicon::is_function_word(p.lower(k + 2))
                && !many(p.lower(k + 2))
                && many(p.lower(k + 3));
            let plural = k + 2 + usize::from(described);
            let two_kinds = w.eq_ignore_ascii_case("and")
                && (best.is_none()
                    || (describes_what_follows
                        && k == start + 1
                        && best == Some(start)
                        && !many(p.lower(start))))
                && (k == start + 1 || (k == start + 2 && !p.is_capitalised(start)))
                && p.is_word(k + 1)
                && p.is_word(k + 2)
                && !ends_unit(p.lower(k + 1))
                && !crate::extract::lexicon::is_function_word(p.lower(k + 1))
                && (many(p.lower(k + 2)) || described);
            if two_kinds {
                // (`French and United Nations peacekeepers`: a name of two words.)
                if p.is_capitalised(k + 1) && p.is_capitalised(k + 2) {
                    passed_over += 1;
                }
                passed_over += usize::from(described);
                best = Some(plural);
                k = plural + 1;
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
        // `five people killed when …`: a participle after the plural says what befell those
        // counted; it is what is counted only on its own (`killing three`, `40 hurt`).
        if plural_before && crate::extract::lexicon::befell_people(lower) {
            break;
        }
        // `The summit of the seven industrial democracies opens in Venice`: a verb agreeing
        // with a singular before the count (a plural in `-ies` describes no noun after it).
        let agrees_with_a_singular = lower.ends_with('s') && !lower.ends_with("ss");
        if plural_before
            && p.lower(k - 1).ends_with("ies")
            && agrees_with_a_singular
            && is_verb_after_plural(p, k)
        {
            break;
        }
        // `the two things people most want`: a clause about the plural, its `that` left out
        // (but `30 sales people`, counted bare, are people).
        let definite = start >= 2 && matches!(p.lower(start - 2), "the" | "these" | "those");
        if plural_before && lower == "people" && definite {
            break;
        }
        // `two Champions League matches`: a plural inside a name is not what is counted
        // (a headline in capitals capitalises every word).
        let inside_a_name = p.is_capitalised(k)
            && p.is_capitalised(k + 1)
            && w.bytes().any(|b| b.is_ascii_lowercase());
        // `the 200,000 increase economists had expected`: a plural after a change or a level
        // opens a clause about it, its `that` left out.
        let subject_of_a_clause = best.is_none()
            && k == start + 1
            && matches!(
                p.lower(start),
                "increase"
                    | "rise"
                    | "fall"
                    | "gain"
                    | "drop"
                    | "decline"
                    | "cut"
                    | "jump"
                    | "figure"
                    | "level"
                    | "target"
            )
            && matches!(
                p.lower(k + 1),
                "had" | "has" | "have" | "were" | "are" | "expected" | "forecast" | "predicted"
            );
        if subject_of_a_clause {
            break;
        }
        if is_nounish(w) && !inside_a_name {
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
                && !crate::extract::lexicon::is_function_word(p.lower(end + 1))
                && p.is_number(end + 2)));
    if label {
        return None;
    }
    let unit = p.slice(start, end).to_string();
    Some((CompactString::from(unit), end))
}

/// `Plymouth Horizon and Dodge Omni cars`, `1986 model year Ford and Mercury cars`: two
/// names of a maker's models (of one or two words each, after a model's year) joined by `and`
/// before the plural they are: the plural's token, if so.
fn names_listed_before_a_plural(p: &Para, from: usize) -> Option<usize> {
    let mut k = from;
    if crate::extract::dates::year_number(p, k).is_some() && p.lower(k + 1) == "model" {
        k += 2 + usize::from(p.lower(k + 2) == "year");
    }
    let name = |k: usize| {
        p.is_word(k) && p.is_capitalised(k) && !crate::extract::lexicon::is_function_word(p.word(k))
    };
    let name_end = |k: usize| name(k).then(|| k + usize::from(name(k + 1)));
    let and = name_end(k)? + 1;
    if p.lower(and) != "and" {
        return None;
    }
    let plural = name_end(and + 1)? + 1;
    let w = p.lower(plural);
    (p.is_word(plural) && !p.is_capitalised(plural) && is_plural(w) && !ends_unit(w))
        .then_some(plural)
}

/// `MPs`, `workers`, `people`: a plural noun (in lower case; not `bus`, `crisis`, `firm's`).
pub(crate) fn is_plural(w: &str) -> bool {
    let regular = w.len() > 2
        && w.ends_with('s')
        && !w.ends_with("ss")
        && !w.ends_with("us")
        && !w.ends_with("is")
        && !w.ends_with("'s")
        && !w.ends_with("’s")
        && !ends_in_s_but_no_noun(w);
    regular || is_irregular_plural(w) || is_a_people(w) || is_a_plural_in_i(w)
}

/// `taxis`, `rabbis`, `Mac Minis`: the plural of a word ending in `i`, written like `crisis`.
/// (`13.2 million Wiis`: any word in `-iis`, as no singular ends so.)
fn is_a_plural_in_i(w: &str) -> bool {
    w.ends_with("iis")
        || matches!(
            w,
            "taxis"
                | "skis"
                | "rabbis"
                | "kiwis"
                | "minis"
                | "bikinis"
                | "safaris"
                | "semis"
                | "yetis"
                | "martinis"
                | "alibis"
                | "khakis"
                | "wikis"
                | "emojis"
        )
}

/// `its`, `has`, `always`: words of grammar that end in `s` like a plural (`BT said its own
/// customer base had grown to 1.6 million` counts no `its`).
fn ends_in_s_but_no_noun(w: &str) -> bool {
    matches!(
        w,
        "its"
            | "his"
            | "hers"
            | "ours"
            | "yours"
            | "theirs"
            | "has"
            | "was"
            | "does"
            | "goes"
            | "whereas"
            | "perhaps"
            | "always"
            | "towards"
            | "afterwards"
            | "besides"
            | "sometimes"
            | "nowadays"
    )
}

/// `iraqis`, `pakistanis`: a people in the plural, though written like `crisis` or `tennis`.
fn is_a_people(w: &str) -> bool {
    let Some(one) = w.strip_suffix("is").map(|stem| &w[..stem.len() + 1]) else {
        return false;
    };
    let mut spelled = [0u8; 32];
    let Some(title) = spelled.get_mut(..one.len()) else {
        return false;
    };
    title.copy_from_slice(one.as_bytes());
    title[0] = title[0].to_ascii_uppercase();
    std::str::from_utf8(title).is_ok_and(crate::extract::lexicon::is_demonym)
}

/// A word after a plural that is a verb by what follows it: `vote against`, `vote no`, `walk
/// out`.
pub(super) fn is_verb_after_plural(p: &Para, k: usize) -> bool {
    matches!(
        p.lower(k + 1),
        "against" | "for" | "no" | "yes" | "out" | "to" | "on" | "in" | "the" | "a" | "it" | "them"
    ) || !p.is_word(k + 1)
}

/// How many tokens before a figure the words that say what it counts are looked for: a
/// sentence of thousands of figures is not read back to its start from each.
const REACH: usize = 30;

/// `The number of broadband users in the UK has passed six million`: the count is of what the
/// sentence numbers, the first plural within three words of `number of`. (Looked for in the
/// figure's clause's reach, not back to the sentence's start from every number of a long one.)
pub(super) fn number_of(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    // (`the attacks brought to 31 the number of ships hit`: the number named after the count
    // it was brought to.)
    let named_after = first > s
        && p.lower(first - 1) == "to"
        && p.lower(first + 1) == "the"
        && matches!(p.lower(first + 2), "number" | "total")
        && p.lower(first + 3) == "of";
    if named_after {
        return (first + 4..first + 7)
            .take_while(|&k| p.is_word(k) && !p.is_capitalised(k))
            .find(|&k| is_plural(p.lower(k)) && nounish_lower(p.lower(k)))
            .map(|k| p.word(k).into());
    }
    if let Some(object) = object_taken_to(p, s, first) {
        return Some(object);
    }
    let from = (s + 1).max(first.saturating_sub(REACH));
    // (`The inventory of homes for sale … was 357,000`: a stock of things is counted in
    // them, as a number of them is.)
    let of = (from..first).find(|&k| {
        p.lower(k) == "of"
            && matches!(
                p.lower(k - 1),
                "number" | "inventory" | "inventories" | "backlog" | "stockpile" | "tally"
            )
    });
    let Some(of) = of else {
        return described_by_number(p, from, first);
    };
    // (`The number of unemployed fell by 38,000, while employment rose by 52,000`: a clause
    // of its own counts what its own subject says.)
    if (of + 1..first).any(|k| matches!(p.lower(k), "while" | "whereas" | ";")) {
        return None;
    }
    // (`the number of unemployed`: those a word describes, too; `the number of A380s
    // ordered`: a model's plural.)
    let models = |k: usize| {
        let w = p.word(k);
        w.len() > 2 && w.ends_with('s') && w.bytes().any(|b| b.is_ascii_digit())
    };
    (of + 1..(of + 4).min(first))
        .take_while(|&k| p.is_word(k))
        .find(|&k| {
            (!p.is_capitalised(k)
                && (nounish_lower(p.lower(k)) || (k == of + 1 && describes_people(p.lower(k)))))
                || (k == of + 1 && models(k))
        })
        .map(|k| p.word(k).into())
}

/// `taking its total workforce in the country to more than 75,000`, `bringing its members to
/// 3,000`: what a level is taken or brought to measures the verb's object, when that is a
/// plural or a body of people (not `the total`, `the number of stores`, said by other rules).
fn object_taken_to(p: &Para, s: usize, first: usize) -> Option<CompactString> {
    if first < s + 3 || p.lower(first - 1) != "to" {
        return None;
    }
    let verb = (first.saturating_sub(10).max(s)..first - 1)
        .rev()
        .find(|&k| {
            matches!(
                p.lower(k),
                "taking" | "takes" | "took" | "take" | "bringing" | "brings" | "brought" | "bring"
            )
        })?;
    // The object's head: the last word before a preposition (`in the country`) or the `to`.
    let mut head = None;
    for k in verb + 1..first - 1 {
        let w = p.lower(k);
        let preposition = matches!(w, "in" | "at" | "of" | "on" | "for" | "from" | "across");
        if !p.is_word(k) || preposition {
            break;
        }
        if !p.is_capitalised(k) && !crate::extract::lexicon::is_function_word(w) {
            head = Some(k);
        }
    }
    let head = head?;
    let w = p.lower(head);
    ((is_plural(w) && !is_time_unit(w)) || is_collective(w)).then(|| p.word(head).into())
}

/// `Starts of single-family homes fell 5.1 pct to 1.21 mln, while multi-family starts rose
/// 3.8 pct to 572,000`: a change in a clause after `while` or `whereas` counts that clause's
/// own plural subject, right before its level verb (not when the figure before wrote what it
/// counted after its number: `Exports rose to 19.36 billion dlrs, while imports fell to 9.31
/// billion` → dlrs).
pub(super) fn subject_after_while(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    // (The clause's words first; the figures before it only when they say something.)
    let (s, _) = p.sentence_of(first);
    let from = s.max(first.saturating_sub(REACH));
    let while_at = (from..first)
        .rev()
        .find(|&k| matches!(p.lower(k), "while" | "whereas"))?;
    let verb = (while_at + 2..first).find(|&k| is_level_verb(p.lower(k)))?;
    let subject = p.lower(verb - 1);
    let plural_subject = p.is_word(verb - 1)
        && !p.is_capitalised(verb - 1)
        && is_plural(subject)
        && !crate::extract::lexicon::is_function_word(subject);
    if !plural_subject {
        return None;
    }
    let counted = in_sentence(p, first, before).find(|f| {
        f.unit
            .as_deref()
            .is_some_and(|u| !super::is_rate_or_span(u))
    });
    let written = counted.is_some_and(|f| {
        let text = p.text().get(f.span.start()..f.span.end()).unwrap_or("");
        f.unit.as_deref().is_some_and(|u| text.ends_with(u))
    });
    (!written).then(|| subject.into())
}

/// `unemployed`, `injured`: a word that names the people it describes.
fn describes_people(w: &str) -> bool {
    matches!(
        w,
        "unemployed"
            | "employed"
            | "jobless"
            | "homeless"
            | "injured"
            | "wounded"
            | "killed"
            | "dead"
            | "missing"
    )
}

/// `The number waiting more than 13 weeks fell by 11,500 to 18,400`, `the number
/// unemployed`: those the word after `number` describes, when no `number of` says (people,
/// who are what a participle after it leaves unsaid: `people waiting`).
fn described_by_number(p: &Para, from: usize, first: usize) -> Option<CompactString> {
    let k = (from..first).find(|&k| p.lower(k) == "number" && p.lower(k - 1) == "the")?;
    let w = p.lower(k + 1);
    if !p.is_word(k + 1) || p.is_capitalised(k + 1) {
        return None;
    }
    if w.len() > 5 && w.ends_with("ing") {
        Some(format!("people {}", p.word(k + 1)).into())
    } else {
        describes_people(w).then(|| p.word(k + 1).into())
    }
}

/// `nine of their last 10 league games`, `six of the 12 players`, `340,000 of the
/// industry's 500,000 miners`: a part counts what the whole after it counts.
pub(super) fn part_of_a_count(p: &Para, of: usize) -> Option<CompactString> {
    if p.lower(of) != "of" {
        return None;
    }
    // (`56 of Scotland's 59 seats`: whose whole it is, with no article.)
    let owned = crate::extract::lexicon::is_possessive(p.word(of + 1));
    let k = if !owned && !crate::extract::lexicon::is_definite_determiner(p.lower(of + 1)) {
        // (`2,000 of an estimated 23,000 guerrillas`, `12 of 40 banks`: a whole estimated, or
        // told with no article; not a year, `5 of 1987 models`.)
        let mut whole =
            of + 1 + 2 * usize::from(p.lower(of + 1) == "an" && p.lower(of + 2) == "estimated");
        whole += usize::from(crate::extract::lexicon::is_approximate(p.lower(whole)));
        if !p.is_number(whole) || crate::extract::dates::year_number(p, whole).is_some() {
            return None;
        }
        whole
    } else {
        // (Past whose whole it is after the article: `the industry's`.)
        let mut whole = of + 2;
        if !owned && crate::extract::lexicon::is_possessive(p.word(whole)) {
            whole += 1;
        }
        whole_count(p, whole)?
    };
    // (`70 mln of the 2.19 billion shares`: past the whole's scale.)
    let scaled = crate::extract::lexicon::scale(p.lower(k + 1)).is_some();
    noun_unit(p, k + 1 + usize::from(scaled)).map(|(unit, _)| unit)
}

/// The count of a whole a part is taken from, at `k` or after `last`, `past`, `other`…: `10`
/// in `of their last 10 league games`, `five` in `of their five games` (spelled out too).
pub(super) fn whole_count(p: &Para, mut k: usize) -> Option<usize> {
    if matches!(
        p.lower(k),
        "last" | "first" | "next" | "other" | "remaining" | "past" | "previous"
    ) {
        k += 1;
    }
    // (`360 of Mexico's roughly 500 creditor banks`: a whole told roughly.)
    k += usize::from(crate::extract::lexicon::is_approximate(p.lower(k)));
    // (`five of their Six Nations games`: a number word capitalised in a name counts none.)
    let in_a_name = p.is_capitalised(k) && p.is_capitalised(k + 1);
    (p.is_number(k) || (small_number(p.lower(k)).is_some() && !in_a_name)).then_some(k)
}

/// `a crowd of 52,316`, `a workforce of 7,500`: the count is of the group named before it
/// (`value`, what the count comes to, says whether a plural is counted or measured).
pub(super) fn collective_of(p: &Para, first: usize, value: f64) -> Option<CompactString> {
    // (`crowds of up to 20,000`: in the plural too; `first` is the qualifier's.)
    // (`a majority of just five`: past a word that says it is few.)
    let of = first.checked_sub(1 + usize::from(first > 0 && is_few_word(p.lower(first - 1))))?;
    if of < 1 || p.lower(of) != "of" {
        return None;
    }
    let noun = p.lower(of - 1);
    // (`net immigration of 151,000 a year`: a count in the singular too.)
    let collective = is_collective(noun)
        || noun.strip_suffix('s').is_some_and(is_collective)
        || is_a_count_in_the_singular(noun);
    // (`expected claims of about 360,000`: a plural of things counted in thousands, in lower
    // case; not a span of time, nor money told without its currency: `profits of 230`; nor
    // a measure: `speeds of 100`.)
    let counted_plural = || {
        value >= 1000.0
            && p.is_word(of - 1)
            && !p.is_capitalised(of - 1)
            && is_plural(noun)
            && !is_time_unit(noun)
            && !is_told_in_money(noun)
            && !matches!(noun, "numbers" | "figures" | "levels" | "totals")
    };
    (collective || counted_plural()).then(|| p.word(of - 1).into())
}

/// `profits`, `losses`: a plural that an amount of money measures (the lexicon's sums of
/// money, and what is paid or offered).
fn is_told_in_money(w: &str) -> bool {
    crate::extract::lexicon::is_sum_of_money(w)
        || matches!(
            w,
            "losses"
                | "prices"
                | "payments"
                | "savings"
                | "funds"
                | "fines"
                | "damages"
                | "bids"
                | "offers"
        )
}

/// `just`, `only`: a word before a count that says it is few.
fn is_few_word(w: &str) -> bool {
    matches!(w, "just" | "only" | "barely" | "merely")
}

/// `put the death toll at 2,600`, `a death toll of 300`: the dead are counted.
pub(super) fn toll_of(p: &Para, first: usize) -> Option<CompactString> {
    (first >= 2 && matches!(p.lower(first - 1), "at" | "of"))
        .then(|| death_toll_at(p, first - 2))
        .flatten()
}

/// `death toll` ending at `k`: what counts the dead.
fn death_toll_at(p: &Para, k: usize) -> Option<CompactString> {
    (k > 0 && p.lower(k) == "toll" && p.lower(k - 1) == "death").then(|| p.slice(k - 1, k).into())
}

/// `Its audience for last year's ceremony was 1.2 million`: what a number the sentence says
/// a body of people was counts.
pub(super) fn collective_subject(p: &Para, first: usize) -> Option<CompactString> {
    if first == 0 || !matches!(p.lower(first - 1), "was" | "were" | "is" | "are") {
        return None;
    }
    let (s, _) = p.sentence_of(first);
    (s.max(first.saturating_sub(REACH))..first - 1)
        .find(|&k| is_collective(p.lower(k)))
        .map(|k| p.word(k).into())
}

/// `cut its workforce by 6,000`, `reduced staff to 300`, `has trimmed jobs by 1,200`: a
/// count a verb of change takes its object by or to is counted by that object, a body of
/// people or a plural that is no sum of money (not `cut its prices by 5`).
pub(super) fn object_of_a_change(p: &Para, first: usize) -> Option<CompactString> {
    if first < 3 || !matches!(p.lower(first - 1), "by" | "to") {
        return None;
    }
    let noun = first - 2;
    let w = p.lower(noun);
    let counted = p.is_word(noun)
        && !p.is_capitalised(noun)
        && (is_collective(w) || (is_plural(w) && !is_told_in_money(w) && !is_time_unit(w)));
    if !counted {
        return None;
    }
    let owned = crate::extract::lexicon::is_definite_determiner(p.lower(noun - 1));
    let verb = noun - 1 - usize::from(owned);
    matches!(
        p.lower(verb),
        "cut"
            | "cuts"
            | "cutting"
            | "reduced"
            | "reduce"
            | "reduces"
            | "reducing"
            | "trimmed"
            | "trim"
            | "slashed"
            | "slash"
            | "raised"
            | "raise"
            | "raising"
            | "increased"
            | "increase"
            | "increasing"
            | "boosted"
            | "boost"
            | "expanded"
            | "expand"
            | "lifted"
    )
    .then(|| w.into())
}

/// A verb that says where a count stands or went: `peaked at`, `fell to`.
pub(super) fn is_level_verb(w: &str) -> bool {
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
            // (`had risen by 12,500`, `has fallen to`, `had grown to`)
            | "risen"
            | "fallen"
            | "grown"
            | "dropped"
            | "climbed"
            | "grew"
            | "reached"
            | "doubled"
            | "tripled"
            | "trebled"
            | "halved"
            // (`downloads soared to 5.7 million`, `Profits jumped by 30,000`)
            | "soared"
            | "surged"
            | "jumped"
            | "plunged"
            | "slumped"
            | "tumbled"
            | "increased"
            | "decreased"
            | "declined"
            | "slipped"
            | "dipped"
            // (`Its workforce could shrink to 75,000`: after a modal, as it is written.)
            | "shrink"
            | "shrinks"
            | "shrank"
            | "shrunk"
            | "grow"
            | "grows"
            | "drop"
            | "drops"
            | "climb"
            | "climbs"
            | "increase"
            | "increases"
            | "decline"
            | "declines"
            // (`Unemployment remained at 3.1 million`: where a count stayed.)
            | "remained"
            | "remains"
            | "stayed"
    )
}

/// A pronoun a verb follows as its subject: `he expects`, `which rose`.
pub(super) fn is_subject_pronoun(w: &str) -> bool {
    matches!(
        w,
        "he" | "she" | "it" | "they" | "we" | "i" | "who" | "which"
    )
}

/// A verb whose object is the level a count comes to: `expects sales to reach 730 million`.
pub(crate) fn reaches(w: &str) -> bool {
    matches!(
        w,
        "reach"
            | "reached"
            | "reaches"
            | "reaching"
            | "top"
            | "topped"
            | "exceed"
            | "exceeded"
            | "exceeds"
            | "surpass"
            | "surpassed"
            | "passed"
    )
}

/// Token `k` is `top` the verb, after `to`, an auxiliary or a plural subject: `expects sales
/// to top 730 million`, `Broadband users top six million` (not `a top five hit`, `its top 10`).
pub(super) fn is_top_verb(p: &Para, k: usize) -> bool {
    if p.lower(k) != "top" || k == 0 {
        return false;
    }
    // (`would still top 80 billion`, `could easily top`: past an adverb, to its verb.)
    let adverb =
        |w: &str| matches!(w, "still" | "not" | "also" | "soon" | "even") || w.ends_with("ly");
    let k = if k > 1 && adverb(p.lower(k - 1)) && !p.is_capitalised(k - 1) {
        k - 1
    } else {
        k
    };
    let before = p.lower(k - 1);
    let plural_subject = p.is_word(k - 1)
        && !p.is_capitalised(k - 1)
        && before.len() > 3
        && before.ends_with('s')
        && !before.ends_with("'s");
    plural_subject
        || matches!(
            before,
            "to" | "will" | "would" | "could" | "may" | "might" | "should" | "can" | "did"
        )
}

/// `All remaining plants … -- totaling nearly 400`, `monthly applications, which peaked at
/// 8,900`: the count is of the sentence's first plural noun.
pub(super) fn total_of(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    // (`stands at more than 150,000`: the verb is looked for before the qualifier, and
    // before a seasonal adjustment: `fell to a seasonally adjusted 352,000`.)
    let from = past_seasonal_adjustment(p, qualifier_before(p, first).1);
    // `Manufacturing jobs fell 25,000`, `Payrolls rose 164,000`: a count of thousands
    // straight after a level verb is a change in a plural subject (not the points of an
    // index: `The Dow fell 102`).
    let thousands = || {
        written_value(p.word(first)).is_some_and(|v| v >= 1000.0)
            || crate::extract::lexicon::scale(p.lower(first + 1)).is_some()
    };
    let changed_by = from == first
        && first > s
        && is_level_verb(p.lower(first - 1))
        && p.is_number(first)
        && thousands();
    let verb = (from.saturating_sub(3).max(s)..first)
        .find(|&k| {
            matches!(
                p.lower(k),
                "totaling" | "totalling" | "numbering" | "totaled" | "totalled"
            ) || (p.lower(k) == "total" && !(k > s && total_is_a_noun(p, k, s)))
                || (is_level_verb(p.lower(k))
                    && matches!(p.lower(k + 1), "at" | "to" | "by" | "from"))
                // (`rose above five million`, `fell below 3%`: with the level's qualifier.)
                || (is_level_verb(p.lower(k)) && k + 1 == from && from < first)
                || (k + 1 == first
                    && reaches(p.lower(k))
                    && (p.lower(k) != "top" || is_top_verb(p, k)))
                // (`Sales hit 3.4 million`: a large level hit, not so many struck.)
                || (k + 1 == first && matches!(p.lower(k), "hit" | "hits") && thousands())
                // (`Album sales reached a record 237 million`: an article before the level.)
                || (k + 2 == from
                    && matches!(p.lower(k), "reached" | "reach" | "reaches" | "hit" | "hits")
                    && matches!(p.lower(k + 1), "a" | "an"))
                // `Its majority could be cut to about 60`: a level set for the subject.
                || (k > s
                    && matches!(p.lower(k), "cut" | "reduced" | "raised" | "increased" | "lowered")
                    && matches!(p.lower(k - 1), "be" | "been" | "was" | "were" | "is" | "are")
                    && p.lower(k + 1) == "to")
                // (`with its majority cut from 14,571 to 2,033`: a count so changed.)
                || (k > s
                    && matches!(p.lower(k), "cut" | "reduced" | "slashed" | "increased")
                    && is_a_count_in_the_singular(p.lower(k - 1))
                    && matches!(p.lower(k + 1), "to" | "from"))
                // `Net immigration to the UK was 151,000`: a number of people stated.
                || (k + 1 == first
                    && matches!(p.lower(k), "was" | "is")
                    && (k.saturating_sub(6).max(s)..k).any(|j| is_a_count_in_the_singular(p.lower(j))))
        })
        .or_else(|| changed_by_to(p, s, first))
        .or_else(|| level_reached(p, s, first))
        .or_else(|| changed_by.then(|| first - 1))?;
    // The verb's own clause: `…, after the kwacha fell to 21` is not what the sentence's
    // first noun did (but `applications, which peaked at 8,900` refers back).
    let clause = (s.max(verb.saturating_sub(REACH))..verb)
        .rev()
        .find(|&k| {
            matches!(
                p.lower(k),
                "after" | "before" | "when" | "while" | "because" | "although" | "since" | ";"
            ) || (p.is_word(k)
                && crate::extract::lexicon::is_speech_verb(p.lower(k))
                // (`Initial claims stood at 381,000`: a noun, right before the verb.)
                && k + 1 != verb)
                // (`said 12 million people were undersaving and that the pension age might
                // rise to 67`: a second thing said.)
                || (p.lower(k) == "that" && k > s && matches!(p.lower(k - 1), "and" | "but"))
                // (`Sales of CD singles fell by 30%, but legal downloads of songs soared to
                // 5.7 million`: a clause of its own after `, but`.)
                || (p.lower(k) == "but" && k > s && p.is_punct(k - 1, ","))
        })
        .map_or(s.max(verb.saturating_sub(REACH)), |k| k + 1);
    // `Organisers expect ticket sales to top 50,000`: what is to come to the level is the
    // noun right before `to`, not the subject of the verb before it.
    if verb >= clause + 2 && p.lower(verb - 1) == "to" {
        let k = verb - 2;
        if p.is_word(k)
            && !p.is_capitalised(k)
            && is_plural(p.lower(k))
            && !is_time_unit(p.lower(k))
        {
            return Some(p.word(k).into());
        }
        // `Economists had expected the claimant count to fall by about 5,000`: a singular
        // noun expected to come to the level names no unit; the sentence's subject does not
        // either.
        let expected = |j: usize| {
            matches!(
                p.lower(j),
                "expected" | "expect" | "expects" | "forecast" | "forecasts" | "predicted"
            )
        };
        let singular_subject = p.is_word(k)
            && !p.is_capitalised(k)
            && (k.saturating_sub(4).max(clause + 1)..k).any(|j| {
                matches!(p.lower(j), "the" | "its" | "their" | "a" | "an") && expected(j - 1)
            });
        if singular_subject {
            return None;
        }
    }
    // `The death toll from the disaster has passed 150,000`: the dead are counted.
    if let Some(toll) = (clause..verb).find_map(|k| death_toll_at(p, k)) {
        return Some(toll);
    }
    // `The claimant count, which measures those receiving jobless benefits, fell by 7,800`:
    // the subject is not in a clause set off about it, nor in what it takes in
    // (`Unadjusted unemployment, including school-leavers, rose 52,000`).
    let aside = (clause + 1..verb)
        .find(|&k| {
            p.is_punct(k - 1, ",")
                && matches!(p.lower(k), "which" | "who" | "including" | "excluding")
        })
        .and_then(|which| {
            (which + 1..verb)
                .find(|&k| p.is_punct(k, ","))
                .map(|end| which..end)
        });
    // `The first episode of the new series peaked at 10.5 million`: a subject that is one
    // thing is no count (not `the number of`, `the total of`, which say what is counted).
    let one_thing_of = (clause + 1..verb).find(|&k| {
        p.lower(k + 1) == "of"
            && matches!(
                p.lower(k - 1),
                "the" | "a" | "an" | "its" | "their" | "first" | "last"
            )
            && p.is_word(k)
            && !p.is_capitalised(k)
            && !is_nounish(p.lower(k))
            && !is_a_measure_of(p.lower(k))
            && !crate::extract::lexicon::is_function_word(p.lower(k))
    });
    if one_thing_of.is_some() {
        return None;
    }
    if let Some(k) = (clause + 1..verb).find(|&k| a_count_named_by_what_it_counts(p, k, s)) {
        let opens = k - 1 == s || p.follows_a_dateline(k - 1);
        return Some(if opens { p.lower(k - 1) } else { p.word(k - 1) }.into());
    }
    (clause..verb)
        .filter(|k| !aside.as_ref().is_some_and(|a| a.contains(k)))
        .find(|&k| {
            // (`The number waiting more than six months fell to 69,000`: not months.)
            // (Capitalised only as the sentence's first word: `Sales will reach …`.)
            p.is_word(k)
                && (!p.is_capitalised(k) || opens_with_a_common_noun(p, k, s))
                && !ends_unit(p.lower(k))
                && is_nounish(p.lower(k))
                && !is_time_unit(p.lower(k))
                // (`The four-week moving average of new claims fell to 361,500`: nor a span
                // that describes the noun.)
                && !p
                    .lower(k)
                    .rsplit_once('-')
                    .is_some_and(|(_, last)| is_time_unit(last))
                // (`Record numbers rose 2% to 3 million`: of what, the sentence does not say.)
                && !matches!(p.lower(k), "numbers" | "figures" | "levels" | "totals")
                // (`He expects sales to reach`: a verb after its subject.)
                && !(k > s && is_subject_pronoun(p.lower(k - 1)))
                // (`Sales of phones … doubled to 246 million`: phones; but `Sales of the
                // iPod rose to 4.5 million`: the sales, of a thing named; `Cases of flu rose
                // to 1,861`: the cases, of what is no count.)
                && (p.lower(k + 1) != "of"
                    || sales_of_a_named_thing(p, k)
                    || (is_plural(p.lower(k)) && of_what_is_no_count(p, k + 2)))
                // (`The pension age, 65 for men, could rise to 67`: not what the age is for.)
                && !(k > clause && matches!(p.lower(k - 1), "for" | "among" | "with"))
                // (`The index, measured in dollars, stood at 79.4`: what it is reckoned in.)
                && !(k > clause && p.lower(k - 1) == "in" && is_currency_word(p.lower(k)))
        })
        // (`Payroll employment rose 134,000`: or a count in the singular.)
        .filter(|&k| {
            verb != first - 1
                || !changed_by
                || is_plural(p.lower(k))
                || is_a_count_in_the_singular(p.lower(k))
        })
        .map(|k| {
            let opens = k == s || p.follows_a_dateline(k);
            if opens { p.lower(k) } else { p.word(k) }.into()
        })
}

/// `flu` of `Cases of flu`: the words from `k` name, in the singular, what a plural before
/// their `of` counts cases, sales or deaths of (not `imported cars`, `single-family homes`).
fn of_what_is_no_count(p: &Para, k: usize) -> bool {
    let mut words = (k..k + 3)
        .take_while(|&j| {
            p.is_word(j)
                && !p.is_capitalised(j)
                && !crate::extract::lexicon::is_function_word(p.lower(j))
                && !crate::extract::dates::opens_a_noun_phrase(p.lower(j))
        })
        .peekable();
    words.peek().is_some() && words.all(|j| !is_plural(p.lower(j)))
}

/// `The jobless total rose by 40,000`, `the total`: the noun at `k`, not the verb.
fn total_is_a_noun(p: &Para, k: usize, s: usize) -> bool {
    a_count_named_by_what_it_counts(p, k, s)
        || matches!(
            p.lower(k - 1),
            "the" | "a" | "its" | "their" | "grand" | "running"
        )
}

/// `The claimant count`, `Germany's jobless total`, `the vote tally` at `k`: a count whose
/// word before says what it counts (not `the grand total`, `the official count`).
fn a_count_named_by_what_it_counts(p: &Para, k: usize, s: usize) -> bool {
    if !matches!(p.lower(k), "count" | "total" | "tally") || !p.is_word(k - 1) {
        return false;
    }
    let w = p.lower(k - 1);
    (!p.is_capitalised(k - 1) || k - 1 == s)
        && !crate::extract::lexicon::is_function_word(w)
        && !crate::extract::lexicon::is_possessive(w)
        && !matches!(
            w,
            "grand"
                | "running"
                | "final"
                | "overall"
                | "combined"
                | "new"
                | "latest"
                | "official"
                | "annual"
                | "total"
                | "head"
                | "sperm"
                | "cell"
        )
        // (`monthly`, `daily`, `officially`)
        && !w.ends_with("ly")
        && !is_time_unit(w)
}

/// `Sales of the iPod`, `shipments of Apple's Mac`: a plural of a named thing, which the
/// plural counts.
fn sales_of_a_named_thing(p: &Para, k: usize) -> bool {
    let mut named = k + 2;
    if matches!(p.lower(named), "the" | "its" | "their") {
        named += 1;
    }
    if crate::extract::lexicon::is_possessive(p.word(named)) {
        named += 1;
    }
    // (Not `Sales of Microsoft shares`: the shares are counted.)
    let its_plural = p.is_word(named + 1) && is_plural(p.lower(named + 1));
    is_plural(p.lower(k))
        && p.is_word(named)
        && p.word(named).bytes().any(|b| b.is_ascii_uppercase())
        && !its_plural
}

/// Token `k` opens sentence `s` with a common noun capitalised only for that: `Sales will
/// reach …` (not `Its`, `The`, nor a name in capitals).
fn opens_with_a_common_noun(p: &Para, k: usize, s: usize) -> bool {
    (k == s || p.follows_a_dateline(k))
        && !crate::extract::lexicon::is_function_word(p.lower(k))
        && !p.word(k).bytes().skip(1).any(|b| b.is_ascii_uppercase())
}

/// `to a seasonally adjusted 2.65 mln`: how a level at `first` is counted stands between it
/// and the verb; where that starts (`first` when there is none).
fn past_seasonal_adjustment(p: &Para, first: usize) -> usize {
    let mut level = first;
    if level >= 2 && p.lower(level - 1) == "adjusted" && p.lower(level - 2) == "seasonally" {
        level -= 2;
        if level >= 1 && matches!(p.lower(level - 1), "a" | "an") {
            level -= 1;
        }
    }
    level
}

/// `attendances rose by 2.4% to 12.3 million`: the level verb before a change in percent and
/// the `to` that gives the count it came to.
pub(super) fn changed_by_to(p: &Para, s: usize, first: usize) -> Option<usize> {
    let level = past_seasonal_adjustment(p, first);
    let to = level.checked_sub(1).filter(|&k| p.lower(k) == "to")?;
    let verb = (to.saturating_sub(10).max(s)..to)
        .rev()
        .find(|&k| is_level_verb(p.lower(k)))?;
    let change = verb + 1..to;
    // (`fell by 18% over the year to 5.9 million`: and the period it took; `rose sixfold
    // in the last three months of 2004, to 4.5 million`: a multiple, and a comma after.)
    let multiple = |j: usize| p.is_word(j) && p.lower(j).len() > 4 && p.lower(j).ends_with("fold");
    let is_change = |j: usize| {
        p.is_number(j)
            || multiple(j)
            || (j + 1 == to && p.is_punct(j, ","))
            || (j > verb + 1 && small_number(p.lower(j)).is_some())
            || (j > verb + 1 && is_time_unit(p.lower(j)))
            || (j > verb + 1 && p.lower(j) == "of" && p.is_number(j + 1))
            // (`rose 0.4 pct in March to 2.65 mln`)
            || (j > verb + 1 && p.is_capitalised(j) && month_number(p.lower(j)).is_some())
            || matches!(
                p.lower(j),
                "by" | "%"
                    | "pct"
                    | "percent"
                    | "per"
                    | "cent"
                    // (`Deaths fell from 1,092 to 641`: from a level.)
                    | "from"
                    | "over"
                    | "in"
                    | "during"
                    | "the"
                    // (`rose 70% in a week, to 1,861`)
                    | "a"
                    | "past"
                    | "last"
                    | "year"
                    | "quarter"
                    | "month"
                    | "week"
                    | "period"
            )
    };
    let counts = |j: usize| p.is_number(j) || multiple(j) || small_number(p.lower(j)).is_some();
    (change.clone().all(is_change) && change.clone().any(counts)).then_some(verb)
}

/// `jobs fell by 19,000 to a record low of 3.2 million`: the level verb a count reached as a
/// low, a high or a peak.
fn level_reached(p: &Para, s: usize, first: usize) -> Option<usize> {
    let of = first.checked_sub(1).filter(|&k| p.lower(k) == "of")?;
    if !matches!(p.lower(of.checked_sub(1)?), "low" | "high" | "peak") {
        return None;
    }
    (of.saturating_sub(8).max(s)..of)
        .rev()
        .find(|&k| is_level_verb(p.lower(k)))
}

/// `The dollar closed at 151.40 yen after opening at 152.10`: a price where a market opened,
/// closed, ended or settled, or stayed unchanged, bare, is in the unit of the sentence's price
/// before it (not of a figure in a sentence before: `owns 9.8 pct. Its shares closed at
/// 118-1/2`).
pub(super) fn price_a_market_stood_at(
    p: &Para,
    first: usize,
    before: Before,
) -> Option<CompactString> {
    let at = first.checked_sub(1).filter(|&k| p.lower(k) == "at")?;
    let verb = p.lower(at.checked_sub(1)?);
    // (`gained 62.8 points, or 0.6%, to finish at 10,597.8`: the infinitive too.)
    if !matches!(
        verb,
        "opening"
            | "opened"
            | "open"
            | "closing"
            | "closed"
            | "close"
            | "finishing"
            | "finished"
            | "finish"
            | "ending"
            | "ended"
            | "end"
            | "settling"
            | "settled"
            | "settle"
            // (`Dresdner was unchanged at 402`)
            | "unchanged"
            | "steady"
    ) {
        return None;
    }
    // (A level is not the change's percentage before it.)
    in_sentence(p, first, before).find_map(|f| f.unit.clone().filter(|u| u != "%"))
}

/// A number that a figure before it is measured against: `up from 733,000`, `, from 350`,
/// `down from`, `compared with`, `against`; or a part of: `2.6 billion dlrs of bills, of
/// which 1.9 billion were accepted`.
pub(super) fn compared_with_before(p: &Para, first: usize) -> bool {
    let before = |k: usize| first.checked_sub(k).map_or("", |k| p.lower(k));
    match before(1) {
        // (`fell to 300 tonnes, from 350 a year earlier`: set off after the level.)
        "from" => matches!(before(2), "up" | "down" | ","),
        "with" => matches!(before(2), "compared" | "compares"),
        "which" => before(2) == "of",
        // `recovered to 141.20 yen from an overnight low of 139.80`
        // (`averaged 32 minutes, against a target of 18`, `compared with a forecast of 1.1
        // mln`.)
        "of" => {
            matches!(before(2), "low" | "high" | "peak" | "trough")
                || (matches!(
                    before(2),
                    "target" | "forecast" | "forecasts" | "estimate" | "estimates" | "expectations"
                ) && {
                    let against = if matches!(before(3), "a" | "an" | "the") {
                        4
                    } else {
                        3
                    };
                    matches!(before(against), "against" | "with" | "versus")
                })
        }
        "against" | "versus" | "vs" => true,
        _ => false,
    }
}

/// A number a percentage change is measured from, or a scaled one it comes to: `up 17 pct
/// from 1.77 billion`, `fell 9.4 pct to 9.12 billion` (not `rose 2 pct to 7`: a rate).
/// (`plunging 3,836.48 points, or 14.9 pct, to 21,910.08`: a comma between; and a count of
/// thousands is no rate either.) A rate a verb came to is a level, no change: `cut to 3.55
/// pct from 3.80`.
pub(super) fn changed_from(p: &Para, first: usize, scaled: bool) -> bool {
    let mut change = first.saturating_sub(2);
    if change > 0 && p.is_punct(change, ",") {
        change -= 1;
    }
    let reached = |rate: usize| {
        let number = rate.saturating_sub(if p.lower(rate) == "cent" { 2 } else { 1 });
        number > 0 && p.is_number(number) && matches!(p.lower(number - 1), "to" | "at")
    };
    first >= 2
        && (p.lower(first - 1) == "from" || (scaled && p.lower(first - 1) == "to"))
        && matches!(p.lower(change), "pct" | "%" | "percent" | "cent")
        && !(p.lower(first - 1) == "from" && reached(change))
}

/// The figures found so far in the sentence holding token `first`, the latest first (the
/// latest few of a sentence that is a long list of them).
pub(super) fn in_sentence<'b>(
    p: &Para,
    first: usize,
    before: Before<'b>,
) -> impl Iterator<Item = &'b Figure> + Clone {
    const LATEST: usize = 32;
    let sentence_start = p.span(p.sentence_of(first).0, first).start();
    let paragraph = p.index;
    (before.figures.iter().rev())
        .take_while(move |f| f.span.paragraph() == paragraph && f.span.start() >= sentence_start)
        .take(LATEST)
}

/// The unit of the sentence's latest figure that counted something (not a rate or a span).
pub(super) fn counted_in_sentence(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    in_sentence(p, first, before)
        .filter_map(|f| f.unit.as_ref())
        .find(|u| !is_rate_or_span(u))
        .cloned()
}

/// `we had 14 shots and they had six`: a bare count after the same verb as a count before it
/// in its sentence, in a clause of its own, counts what that count counted.
pub(super) fn repeats_a_count_s_verb(
    p: &Para,
    first: usize,
    before: Before,
) -> Option<CompactString> {
    let verb = first.checked_sub(1)?;
    // (A verb, `had` too; not a word a number follows in a phrase: `of`, `to`, `and`.)
    let a_verb = |w: &str| {
        matches!(w, "had" | "has" | "have" | "got" | "get" | "gets")
            || !crate::extract::lexicon::is_function_word(w)
    };
    if !p.is_word(verb) || p.is_capitalised(verb) || !a_verb(p.lower(verb)) {
        return None;
    }
    let (s, _) = p.sentence_of(first);
    let earlier = (s.max(first.saturating_sub(REACH))..verb.saturating_sub(2))
        .rev()
        .find(|&j| p.lower(j) == p.lower(verb))?;
    let joined = (earlier + 2..verb)
        .any(|k| p.is_punct(k, ",") || matches!(p.lower(k), "and" | "but" | "while" | "whereas"));
    if !joined {
        return None;
    }
    let at = p.span(earlier + 1, earlier + 1).start();
    in_sentence(p, first, before)
        .find(|f| f.span.start() == at)?
        .unit
        .clone()
        .filter(|u| !is_rate_or_span(u))
}

/// `had expected to receive 57 jets …, but now expects only about 40`: a bare count ending its
/// sentence after `but` and the verb of the clause before it (with an adverb or two) counts
/// what the sentence's count before it counted. `first..=last`: the number with its
/// qualifier.
pub(super) fn contrasted_count(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    let ends_the_sentence = last + 1 >= p.tokens().len() || p.is_punct(last + 1, ".");
    if !ends_the_sentence || first < 2 {
        return None;
    }
    let adverb = |k: usize| {
        let w = p.lower(k);
        matches!(w, "now" | "only" | "just" | "still" | "then" | "instead") || w.ends_with("ly")
    };
    let mut verb = first - 1;
    while verb > 0 && adverb(verb) {
        verb -= 1;
    }
    let mut but = verb.checked_sub(1)?;
    while but > 0 && adverb(but) {
        but -= 1;
    }
    if !matches!(p.lower(but), "but" | "whereas") || !p.is_word(verb) || p.is_capitalised(verb) {
        return None;
    }
    // (`but prices fell 4`: a clause with a subject of its own counts something else.)
    let stem = verb_stem(p.lower(verb));
    let (s, _) = p.sentence_of(first);
    (s.max(but.saturating_sub(REACH))..but)
        .any(|k| verb_stem(p.lower(k)) == stem)
        .then(|| counted_in_sentence(p, first, before))
        .flatten()
}

/// A verb's form without its ending, so that `expects` and `expected` are one verb; `has`
/// and `had` are `have`.
fn verb_stem(w: &str) -> &str {
    if matches!(w, "has" | "had" | "have") {
        return "have";
    }
    ["ed", "es", "s", "d"]
        .iter()
        .find_map(|end| w.strip_suffix(end).filter(|stem| stem.len() >= 3))
        .unwrap_or(w)
}

/// `Avg shrs 136.7 mln vs 136.5 mln`: the line of an earnings table that counts the shares,
/// its label right before its first number.
pub(super) fn shares_in_a_table(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    let label = first.checked_sub(1).filter(|&k| k >= s)?;
    let labelled = matches!(p.lower(label), "shrs" | "shares")
        && (label == s || (label == s + 1 && p.lower(s) == "avg"));
    labelled.then(|| p.word(label).into())
}

/// `Net 15.6 mln vs 12.4 mln`, `Revs 386.2 mln vs 361.0 mln`, `Deposits 19.9 billion vs 18.3
/// billion`: a line of an earnings table
/// that gives money, which a wire story's table counts in dollars without saying so.
pub(super) fn money_in_a_table(p: &Para, first: usize) -> Option<CompactString> {
    let (s, e) = p.sentence_of(first);
    let money_label = |k: usize| {
        matches!(
            p.lower(k),
            "net"
                | "revs"
                | "revenues"
                | "revenue"
                | "sales"
                | "loss"
                | "profit"
                | "oper"
                | "income"
                // A bank's balance sheet: `Assets 26.3 billion vs 24.1 billion`.
                | "assets"
                | "loans"
                | "deposits"
        )
    };
    let labelled = (1..=3).contains(&(first - s)) && (s..first).all(money_label);
    let compared = (first + 1..e.min(first + 6)).any(|k| p.lower(k) == "vs");
    (labelled && compared).then(|| "dlrs".into())
}

/// `Passenger numbers rose 24% to 6.5 million`: what the sentence says the numbers of are
/// (within the reach of `number_of`).
pub(super) fn numbers_of(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    ((s + 1).max(first.saturating_sub(REACH))..first)
        .find(|&k| p.lower(k) == "numbers" && p.is_word(k - 1))
        .filter(|&k| {
            let w = p.lower(k - 1);
            !crate::extract::lexicon::is_function_word(w)
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
        // (`Passenger numbers rose …`: a capital only for opening the sentence.)
        .map(|k| {
            if k - 1 == s || !p.is_capitalised(k - 1) {
                plural_counted(p.lower(k - 1))
            } else {
                p.word(k - 1).into()
            }
        })
}

/// What numbers of a noun count: its plural (`passenger numbers` count `passengers`,
/// `casualty numbers` `casualties`), but a noun that is its own plural or counts no things
/// stays (`police`, `staff`, `membership`).
fn plural_counted(w: &str) -> CompactString {
    let stays = is_plural(w)
        || matches!(
            w,
            "police"
                | "staff"
                | "personnel"
                | "cattle"
                | "livestock"
                | "aircraft"
                | "sheep"
                | "deer"
                | "fish"
                | "salmon"
                | "crew"
                | "traffic"
                | "membership"
                | "audience"
                | "attendance"
                | "unemployment"
                | "employment"
                | "tourism"
                | "wildlife"
                | "population"
                | "stock"
                | "trade"
                | "labour"
        )
        || !w.bytes().all(|b| b.is_ascii_lowercase());
    if stays {
        return w.into();
    }
    let consonant_y = w.len() > 2
        && w.ends_with('y')
        && !matches!(w.as_bytes()[w.len() - 2], b'a' | b'e' | b'o' | b'u');
    let mut plural = CompactString::from(if consonant_y { &w[..w.len() - 1] } else { w });
    plural.push_str(if consonant_y {
        "ies"
    } else if ["s", "x", "z", "ch", "sh"]
        .iter()
        .any(|end| w.ends_with(end))
    {
        "es"
    } else {
        "s"
    });
    plural
}

/// `by 316 votes to 311`, `from 500 jobs to 300`, `to 144.10 yen from 143.55`: a number after
/// `to` or `from` counts what the figure just before it counted, and nothing when that counted
/// nothing (`cut its workforce to 52,000 from 166,000`). `None` when no figure is just before.
/// `value`: the number's own, which says whether it can be a share.
pub(super) fn unit_to_the_next(
    p: &Para,
    first: usize,
    value: f64,
    figures: &[Figure],
) -> Option<Option<CompactString>> {
    // (`rising to 144.10 yen from 143.55` too; `closed 12 yen lower at 543`: the level a
    // move ended at.)
    let moved_at = first >= 3
        && p.lower(first - 1) == "at"
        && matches!(
            p.lower(first - 2),
            "lower" | "higher" | "up" | "down" | "off" | "firmer" | "easier"
        );
    // (`up 8.50 dlrs from yesterday's 163.50`: whose level it was, between.)
    let days = first >= 3
        && p.lower(first - 2) == "from"
        && p.lower(first - 1).strip_suffix("'s").is_some_and(|day| {
            day == "yesterday" || crate::extract::lexicon::weekday_index(day).is_some()
        });
    if first < 2 || !(matches!(p.lower(first - 1), "to" | "from") || moved_at || days) {
        return None;
    }
    let previous = figures.last()?;
    // (`rose to 70.20 U.S. cents on Thursday from 69.85`: the day the level was reached,
    // between.)
    let on_a_day = first >= 4
        && p.lower(first - 1) == "from"
        && p.lower(first - 3) == "on"
        && crate::extract::lexicon::weekday_index(p.lower(first - 2)).is_some();
    // (`fell to 145.50 yen yesterday from 146.20`: or a day said without `on`.)
    let a_day_said = first >= 3
        && p.lower(first - 1) == "from"
        && matches!(p.lower(first - 2), "yesterday" | "today");
    let ends_at = |k: usize| {
        previous.span.paragraph() == p.index && previous.span.end() == p.span(k, k).end()
    };
    // (`fell to 1.4210 francs in Zurich today from 1.4530`: where and when the level was
    // reached, a few words between, for a level near the one before.)
    let said_where_and_when = || {
        let near = previous.value > 0.0 && (previous.value / value).log10().abs() < 1.0;
        let adverbial = |k: usize| {
            p.is_word(k)
                && (p.is_capitalised(k)
                    || matches!(
                        p.lower(k),
                        "in" | "on" | "at" | "today" | "yesterday" | "early" | "late" | "trading"
                    ))
        };
        let opens = |k: usize| matches!(p.lower(k), "in" | "on" | "at");
        first >= 4
            && near
            && p.lower(first - 1) == "from"
            && (first.saturating_sub(8)..first - 2)
                .rev()
                .take_while(|&k| adverbial(k + 1))
                .any(|k| opens(k + 1) && ends_at(k))
    };
    let before = if on_a_day {
        first - 4
    } else if moved_at || days || a_day_said {
        first - 3
    } else {
        first - 2
    };
    // (`to 3.3210 francs per mark from 3.3450`, `to 1,034 stg a tonne from 1,046`: past what
    // the figure is a rate of.)
    let rate_of = |k: usize| {
        k >= 2 && matches!(p.lower(k - 1), "per" | "a" | "an") && p.is_word(k) && ends_at(k - 2)
    };
    // (Not `rose in the last two years to 4.5 million`: a period the change took is no level
    // it started from.)
    let a_period = previous.unit.as_deref().is_some_and(is_time_unit)
        && written_after(
            p,
            previous,
            &[
                b"last ", b"past ", b"next ", b"first ", b"in ", b"over ", b"within ",
            ],
        );
    // (`closed 1.2 pct higher at 30.4`, `The CAC index rose 1.2 pct to 303.4`: a move told
    // as a share ends at a level, no share; so does a level past a hundred, however it is
    // reached.)
    let share_moved = previous.unit.as_deref() == Some("%") && (moved_at || value > 100.0);
    let right_after = ends_at(before) || rate_of(before);
    // (`Jardine gained 40 cents to 18.70`: a level below the move is no count of cents or
    // pence, but of the money they are parts of, as the story last wrote it.)
    let a_part = |u: &str| matches!(u, "cents" | "cts" | "cent" | "p" | "pence");
    let of_the_parts = previous.unit.as_deref().is_some_and(a_part)
        && p.lower(first - 1) == "to"
        && value < previous.value;
    if of_the_parts && right_after {
        let money = |u: &&str| (is_currency_word(u) || is_signed_money(u)) && !a_part(u);
        // (None written before: the money cents and pence are parts of, dollars and pounds.)
        let parts_of = match previous.unit.as_deref() {
            Some("p" | "pence") => "£",
            _ => "dlrs",
        };
        let whole = (figures.iter().rev().take(8))
            .find_map(|f| f.unit.as_deref().filter(money))
            .unwrap_or(parts_of);
        return Some(Some(CompactString::from(whole)));
    }
    ((right_after || said_where_and_when()) && !a_period)
        .then(|| previous.unit.clone().filter(|_| !share_moved))
}

/// Which amounts of money a number left elliptical may be counting.
#[derive(Clone, Copy)]
pub(super) enum MoneyMeant {
    Any,
    /// Not money written with its sign (`70 Boeing aircraft … worth $4.6bn, and options on a
    /// further 70`: the sign would be on the number).
    Unsigned,
    /// No money (`1.5 billion dlrs, with options on a further 12`: more money would be
    /// scaled, or say its currency again).
    NotMoney,
}

/// What a number measured against an earlier figure counts: what the sentence's latest
/// figure counted, passing over spans of time (`71,000 people were waiting longer than six
/// months, down from 104,000`, `4.5 million iPods in the three months to December, up from
/// 733,000`) unless there is nothing else (`fell to 18 weeks, down from 26`). With no
/// figure before it in its sentence, the latest figure's, not a span of time. `money` says
/// which amounts of money it may be; a `scaled` count is no rate either (`3.6 million
/// children, or 28%, …, up from 3.4 million` → children).
pub(super) fn compared_unit(
    p: &Para,
    first: usize,
    before: Before,
    money: MoneyMeant,
    scaled: bool,
) -> Option<CompactString> {
    let in_sentence = in_sentence(p, first, before);
    // (`112.70 guilders per 100 marks, against 112.75`: not what a rate is per.)
    let per_what = |f: &Figure| written_after(p, f, &[b"per "]);
    // (`42 flights a week between the two countries, up from 21`: not what `the` refers to.)
    let referred_to = |f: &Figure| written_after(p, f, &[b"the "]);
    let not_meant = |u: &str| {
        (scaled && super::is_rate_or_span(u))
            || match money {
                MoneyMeant::Any => false,
                MoneyMeant::Unsigned => is_signed_money(u),
                MoneyMeant::NotMoney => is_signed_money(u) || is_currency_word(u),
            }
    };
    let passed_over = |f: &Figure| f.unit.as_deref().is_some_and(not_meant);
    let mut measured = (in_sentence.clone()).filter(|f| !per_what(f) && !passed_over(f));
    let latest = measured.clone().find_map(|f| f.unit.as_ref());
    let counted = measured
        .find(|f| !referred_to(f) && f.unit.as_ref().is_some_and(|u| !is_time_unit(u)))
        .and_then(|f| f.unit.as_ref());
    match (counted, latest) {
        (Some(u), _) | (None, Some(u)) => Some(u.clone()),
        // `Net 1,456,000 vs 1,197,000`: what the sentence left uncounted stays so.
        (None, None) if in_sentence.count() > 0 => None,
        (None, None) => (before.last_unit)
            .filter(|u| !is_time_unit(u) && !not_meant(u))
            .cloned(),
    }
}

/// `Air defences shot down 76 drones across 17 regions, while 95 others were lost`: what a
/// count of others counts, the sentence's latest plural counted before it, not one of where
/// (after `across`, `in`, `at`, `over`, `throughout`), nor money, a rate or a span.
pub(super) fn what_others_are(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    let says_where = |f: &Figure| {
        written_after(
            p,
            f,
            &[b"across ", b"in ", b"at ", b"over ", b"throughout "],
        )
    };
    latest_plural_counted(in_sentence(p, first, before).filter(|f| !says_where(f)))
}

/// The figure `f`, of this paragraph, is written right after one of `words` (each with its
/// space: `b"per "`).
fn written_after(p: &Para, f: &Figure, words: &[&[u8]]) -> bool {
    let text = p.text().as_bytes();
    let before = &text[..f.span.start().min(text.len())];
    words.iter().any(|w| before.ends_with(w))
}

/// `in addition to the 11 it announced`, `adding to the 15 they own`: a count after `the`
/// that a clause about it follows (its `that` left out) counts what its sentence counted
/// before it in the plural.
pub(super) fn the_ones_a_clause_is_about(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    if first == 0 || p.lower(first - 1) != "the" || !is_subject_pronoun(p.lower(last + 1)) {
        return None;
    }
    latest_plural_counted(in_sentence(p, first, before))
}

/// `More than 3 million have been sold`, `1.2 million were shipped`: a count left bare as
/// the subject of a passive verb of trade (the count from `first` to `last`) counts what the story
/// last counted in the plural, in this paragraph or the few before (`hoping to sell 1.5
/// million units`), passing over money, rates and spans.
pub(super) fn sold_left_elliptical(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    // (The count is the subject, opening its clause: not `Profits of 2,300 were made`.)
    let opens = first == p.sentence_of(first).0
        || p.is_punct(first - 1, ",")
        || matches!(p.lower(first - 1), "and" | "but" | "while");
    let mut k = last + 1;
    if !opens || !matches!(p.lower(k), "have" | "has" | "had" | "were" | "was") {
        return None;
    }
    k += 1;
    // (`have already been sold`, `have now been sold`)
    if (p.is_word(k) && p.lower(k).ends_with("ly"))
        || matches!(p.lower(k), "already" | "now" | "so" | "since")
    {
        k += 1;
    }
    if p.lower(k) == "been" {
        k += 1;
    }
    if !matches!(
        p.lower(k),
        "sold" | "shipped" | "bought" | "delivered" | "produced" | "made" | "built" | "ordered"
    ) {
        return None;
    }
    latest_plural_counted(before.figures.iter().rev().take(6))
}

/// The first unit among `figures` (latest first) that counts things in the plural.
fn latest_plural_counted<'f>(figures: impl Iterator<Item = &'f Figure>) -> Option<CompactString> {
    figures
        .filter_map(|f| f.unit.as_deref())
        .find(|u| counts_things(u))
        .map(CompactString::from)
}

/// A unit that counts things in the plural (`drones`, `major semiconductor makers`), not
/// money, a rate or a span.
fn counts_things(unit: &str) -> bool {
    let noun = unit.rsplit(' ').next().unwrap_or(unit);
    is_plural(noun) && !is_rate_or_span(unit) && !is_currency_word(unit)
}

/// `About 400 people were injured and 200 are missing`, `Of the 3,000 workers, 200 were
/// sacked`, `Of the 36 councils that responded, 33 said`, `Four men, two of them armed`: a
/// bare count opening a clause, as the subject of
/// its verb or a part of `them`, counts the things the sentence counted before it (not money,
/// a share or a span of time).
pub(super) fn subject_left_elliptical(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    let opens_a_clause = first > 0 && (p.is_punct(first - 1, ",") || p.lower(first - 1) == "and");
    let verb = matches!(
        p.lower(last + 1),
        "are"
            | "were"
            | "is"
            | "was"
            | "have"
            | "had"
            | "remain"
            | "remained"
            | "died"
            | "said"
            | "say"
    );
    let of_them = p.lower(last + 1) == "of" && p.lower(last + 2) == "them";
    let opens_a_sentence = p.sentence_of(first).0 == first;
    if !((opens_a_clause && (verb || of_them)) || (opens_a_sentence && of_them)) {
        return None;
    }
    latest_plural_counted(in_sentence(p, first, before))
        .or_else(|| of_them.then(|| the_one_plural_before(p, first)).flatten())
}

/// `Labour MPs were given a free vote, and 119 of them backed it`: whom `them` means when no
/// count said, the one plural named before it, in its sentence or, for a sentence it opens,
/// in the one before. (With two, `Police questioned residents, and 12 of them`, neither.)
fn the_one_plural_before(p: &Para, first: usize) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    let from = if s == first && s > 0 {
        p.sentence_of(s - 1).0
    } else {
        s
    };
    let mut plurals = (from..first).filter(|&k| {
        let w = p.lower(k);
        p.is_word(k) && is_plural(w) && !is_rate_or_span(w) && !is_currency_word(w)
    });
    match (plurals.next(), plurals.next()) {
        (Some(k), None) => Some(p.word(k).into()),
        _ => None,
    }
}

/// `It plans to open 30 new shops and close 12`: a bare count closing a verb joined by `and`
/// to the one before counts the plural that one's count did (its head noun).
pub(super) fn object_left_elliptical(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    let verb_before = first >= 2
        && p.lower(first - 2) == "and"
        && p.is_word(first - 1)
        && !p.is_capitalised(first - 1)
        && !crate::extract::lexicon::is_function_word(p.lower(first - 1));
    let closes = !p.is_word(last + 1) && !p.is_number(last + 1);
    if !(verb_before && closes) {
        return None;
    }
    let unit = in_sentence(p, first, before).next()?.unit.as_deref()?;
    things_counted(unit)
}

/// The head noun of a count's unit (`stores` of `new stores`), when it counts things: a
/// plural, no rate, span or money.
fn things_counted(unit: &str) -> Option<CompactString> {
    let noun = unit.rsplit(' ').next().unwrap_or(unit);
    (is_plural(noun) && !is_rate_or_span(unit) && !is_currency_word(unit))
        .then(|| CompactString::from(noun))
}

/// `The recall affects Accord and Civic models made between 1998 and 2001, including about
/// 600,000 in the US`: a bare count after `including` counts the plural the clause before it
/// ends on (past the words describing it); with a figure before it in its sentence, what that
/// counted (`plans to open 500 new stores this year, including 60 in China`).
pub(super) fn included_in_a_plural(
    p: &Para,
    first: usize,
    before: Before,
) -> Option<CompactString> {
    let from = qualifier_before(p, first).1;
    if from < 2 || p.lower(from - 1) != "including" || !p.is_punct(from - 2, ",") {
        return None;
    }
    if let Some(counted) = in_sentence(p, first, before).next() {
        return things_counted(counted.unit.as_deref()?);
    }
    let s = p.sentence_of(first).0;
    // Back over the words describing the plural: numbers, `and`, `between`, a participle.
    (from.saturating_sub(10).max(s)..from - 2)
        .rev()
        .take_while(|&k| p.is_word(k) || p.is_number(k))
        .find(|&k| p.is_word(k) && !p.is_capitalised(k) && is_plural(p.lower(k)))
        .filter(|&k| {
            !crate::extract::lexicon::is_function_word(p.lower(k))
                && !crate::extract::lexicon::is_time_unit(p.lower(k))
        })
        .map(|k| p.lower(k).into())
}

/// `Applications from BA employees numbered more than 36,000`: what a sentence says numbered
/// so many is its subject, a plural opening it (after its article). `rice farmers, who number
/// about 3.8 mln`, `a force numbering 3,000`: what the relative or the participle hangs from.
pub(super) fn numbered_subject(p: &Para, first: usize) -> Option<CompactString> {
    if first < 2 {
        return None;
    }
    let verb = first - 1;
    let relative = matches!(p.lower(verb), "number" | "numbered")
        && matches!(p.lower(verb - 1), "who" | "which");
    if relative || p.lower(verb) == "numbering" {
        let before = if relative { verb - 1 } else { verb };
        let comma = before > 0 && p.is_punct(before - 1, ",");
        let noun = (before - usize::from(comma)).checked_sub(1)?;
        let w = p.lower(noun);
        return (p.is_word(noun) && is_plural(w)).then(|| w.into());
    }
    if p.lower(verb) != "numbered" {
        return None;
    }
    let (s, _) = p.sentence_of(first);
    let head = if p.lower(s) == "the" { s + 1 } else { s };
    let w = p.lower(head);
    (p.is_word(head) && is_plural(w)).then(|| w.into())
}

/// `The state pension age for women is due to rise from 60 to 65`, `The average age of a
/// gamer is now 28`: a whole number of years a rule or an average sets as an age; or one
/// told of life expectancy, in years.
pub(super) fn age_set(p: &Para, first: usize, value: f64) -> Option<CompactString> {
    if !(value.fract() == 0.0 && (10.0..=120.0).contains(&value)) {
        return None;
    }
    let (s, _) = p.sentence_of(first);
    // (Not `Age Concern`, a name. A count of something else names it after the number: `in
    // an age of 24-hour news, 30 channels`.)
    if (first.saturating_sub(16).max(s)..first)
        .any(|k| matches!(p.lower(k), "age" | "ages") && !p.is_capitalised(k))
    {
        return Some("years of age".into());
    }
    // (`Life expectancy at 65 has risen … to 86 for men and 88 for women`: how long people
    // live, in years, within the clause's reach.)
    (first.saturating_sub(REACH).max(s)..first)
        .any(|k| p.lower(k) == "expectancy")
        .then(|| "years".into())
}

/// `killing two and wounding 12`: the count's unit is what the verb did to them.
pub(super) fn verb_unit(p: &Para, first: usize) -> Option<CompactString> {
    if first == 0 {
        return None;
    }
    let prev = p.lower(first - 1);
    // `employs 8,500`, `employing 300`: people employed.
    if matches!(prev, "employs" | "employ" | "employed" | "employing") {
        return Some("employees".into());
    }
    // (`including 1.2 million in the US`: a participle used as a preposition does nothing
    // to what it counts; nor does one that only says how many: `numbering 3,000`, or how
    // many a thing has room for: `one holding 240`.)
    if matches!(
        prev,
        "including"
            | "excluding"
            | "following"
            | "regarding"
            | "concerning"
            | "during"
            | "numbering"
            | "totalling"
            | "totaling"
            | "holding"
            | "containing"
            | "carrying"
            | "having"
            | "housing"
            | "seating"
            | "storing"
            // (`Needing 64 to win`: what is wanted, not done to.)
            | "needing"
            | "requiring"
    ) {
        return None;
    }
    let stem = prev.strip_suffix("ing")?;
    // (`Nigeria is producing 1.4 mln`: a verb of output or trade says what is done with the
    // thing counted, named before, not what it is.)
    if stem.len() < 3 || trades_in(prev) {
        return None;
    }
    let participle = match stem.chars().last() {
        Some('e') => format!("{stem}d"),
        _ => format!("{stem}ed"),
    };
    Some(CompactString::from(participle))
}

/// `producing`, `exporting`, `selling`: a verb of output or trade.
fn trades_in(w: &str) -> bool {
    matches!(
        w,
        "producing"
            | "pumping"
            | "exporting"
            | "importing"
            | "shipping"
            | "selling"
            | "buying"
            | "making"
            | "earning"
            | "paying"
            | "spending"
            | "costing"
            | "raising"
            | "offering"
            | "supplying"
            | "delivering"
            | "mining"
            | "refining"
            | "processing"
    )
}

/// The words from `k`, after a number written with `m`, say it is in metres: `1.5m of water`,
/// `10m high`.
pub(super) fn measures_in_metres(p: &Para, k: usize) -> bool {
    let material = p.lower(k) == "of"
        && matches!(
            p.lower(k + 1),
            "water" | "floodwater" | "snow" | "rain" | "mud" | "ice" | "sand" | "rock" | "soil"
        );
    // `fountains up to 100m into the air`, `a cliff 50m away`
    let skyward = matches!(p.lower(k), "into" | "in")
        && p.lower(k + 1) == "the"
        && matches!(p.lower(k + 2), "air" | "sky");
    // `the cathedral's 96m spire`, `a 30m drop`: a thing of that height or length, which no
    // sum without its currency's sign is written before.
    let structure = matches!(
        p.lower(k),
        "spire"
            | "tower"
            | "mast"
            | "cliff"
            | "statue"
            | "yacht"
            | "pool"
            | "drop"
            | "wave"
            | "waves"
            | "crater"
            | "chimney"
            | "rocket"
    );
    material
        || skyward
        || structure
        || matches!(
            p.lower(k),
            "high" | "deep" | "tall" | "long" | "wide" | "thick" | "above" | "below" | "away"
        )
}

/// A noun that measures what follows its `of`: `the number of`, `the total of`, `the value of`.
fn is_a_measure_of(w: &str) -> bool {
    matches!(
        w,
        "number"
            | "total"
            | "amount"
            | "share"
            | "proportion"
            | "majority"
            | "count"
            | "sum"
            | "level"
            | "value"
            | "volume"
            | "price"
            | "cost"
            | "rate"
            | "figure"
            | "percentage"
            | "output"
            | "supply"
            | "production"
            | "population"
            | "size"
            | "toll"
            | "tally"
            | "sale"
    )
}
