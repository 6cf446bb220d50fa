//! Key figures: numbers that state a quantity, with the qualifier before them and the unit
//! (what is counted) after them. Dates found earlier are not figures.
//!
//! This file walks a paragraph's tokens and puts a figure together; `number` reads the
//! number at a token, `not_a_quantity` turns away numbers that count nothing, and `unit`
//! reads the qualifier and the unit around it. Each part sees the others' items through
//! `use super::*`.

use super::dates::FoundDate;
use super::lexicon::{
    currency_symbol, ends_unit, is_currency_word, is_dollar_country, is_irregular_plural,
    is_singular_unit, is_time_unit, month_number, qualifiers_ending_with, scale, small_number,
    weekday_index, Openings,
};
use super::Para;
use crate::model::{CompactString, Figure};

mod not_a_quantity;
mod number;
#[cfg(test)]
mod tests;
mod unit;

use not_a_quantity::*;
pub(crate) use not_a_quantity::{counts_a_tally, numbers_the_name_before};
pub(crate) use number::left_elliptical_after_a_name;
use number::*;
pub(crate) use unit::qualifier_before;
use unit::*;
pub(crate) use unit::{is_airbus_model, is_airliner_number, is_plural, reaches};

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
    /// `of_the_last`: the figure follows the one before it and `of` (`155,221 bags of 60
    /// kilos`).
    fn push(&mut self, figure: Figure, of_the_last: bool) {
        // `1.05 mln 60-kilo bags … from 1.62 mln`, `155,221 bags of 60 kilos, … a total of
        // 5.93 mln`: the size right after a count is not what the next bare count counts.
        let size_of_the_last = self.list.last().is_some_and(|last| {
            last.unit.is_some()
                && last.span.paragraph() == figure.span.paragraph()
                && (of_the_last || last.span.end() + 1 == figure.span.start())
        });
        // `3,000 billion lire of three-month bills, 4,000 billion of six-month`: a span in
        // the singular describes what is counted (`three-month bills`) and is not it.
        let describes_a_span =
            (figure.unit.as_deref()).is_some_and(|u| is_time_unit(u) && !u.ends_with('s'));
        if let Some(unit) =
            (figure.unit.as_ref()).filter(|_| !size_of_the_last && !describes_a_span)
        {
            self.last_unit = Some(unit.clone());
        }
        self.list.push(figure);
    }

    /// `Nintendo DS sells 500,000 in US` … `sold more than 500,000 units`: a bare number in
    /// the headline counts what the same number counts in the story. `in_headline` tells the
    /// headline's paragraphs, which come first.
    pub fn count_the_headline_as_the_story(&mut self, in_headline: impl Fn(usize) -> bool) {
        let heads = (self.list.iter())
            .take_while(|f| in_headline(f.span.paragraph()))
            .count();
        let (headline, story) = self.list.split_at_mut(heads);
        for bare in headline.iter_mut().filter(|f| f.unit.is_none()) {
            let counted = story
                .iter()
                .find(|f| f.value == bare.value && f.unit.is_some());
            bare.unit = counted.and_then(|f| f.unit.clone());
        }
    }

    fn before(&self) -> Before<'_> {
        Before {
            last_unit: self.last_unit.as_ref(),
            figures: &self.list,
        }
    }
}

/// Money written with its sign (`£`, `$`, and whose dollar it is: `A$`, `HK$`): a number
/// without the sign is never a sum of it.
fn is_signed_money(unit: &str) -> bool {
    currency_symbol(unit).is_some() || unit.ends_with('$')
}

/// `Boeing`, `iPhone`: a name a model's number may follow, written with a capital and not a
/// place's (`Madrid 40C` is a temperature, `Britain's 300 biggest firms` a count), nor a
/// common word opening a sentence (`The 1.5C target was missed`, `Then 2C …`).
fn names_a_maker(word: &str) -> bool {
    use super::lexicon::{is_common_opener, is_function_word, with_lower};
    word.bytes().any(|b| b.is_ascii_uppercase())
        && super::lexicon::gazetteer().get(word) != Some(&crate::model::EntityKind::Place)
        && !with_lower(word, |w| is_function_word(w) || is_common_opener(w))
}

/// A percentage, pence, cents, a speed or a span of time: never what a scaled count counts
/// (`20mph zones …, and that more than 2,000 had been set up`).
fn is_rate_or_span(unit: &str) -> bool {
    matches!(
        unit,
        "%" | "p" | "cts" | "cents" | "pence" | "mph" | "kph" | "km/h" | "mpg"
    ) || is_time_unit(unit)
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
    // Where the latest figure of the paragraph ended.
    let mut after_last = None;
    while i < p.tokens().len() {
        if taken[i] || !may_start_figure(p, i) {
            i += 1;
            continue;
        }
        match figure_at::<ASKS_JOINED>(p, i, out.before()) {
            Some((figure, next)) => {
                // (The figure's noun, a word or two, stands between.)
                let of_the_last = i >= 1
                    && p.lower(i - 1) == "of"
                    && after_last.is_some_and(|end| {
                        end < i && i - end <= 3 && (end..i - 1).all(|k| p.is_word(k))
                    });
                out.push(figure, of_the_last);
                after_last = Some(next);
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
static SPELLED_NUMBER_OPENINGS: Openings = Openings::new(&[
    b"zer", b"one", b"two", b"thr", b"fou", b"fiv", b"six", b"sev", b"eig", b"nin", b"ten", b"ele",
    b"twe", b"thi", b"fif", b"for", b"doz",
]);

#[inline(always)]
fn opens_spelled_number(lower: &str) -> bool {
    lower == "a" || SPELLED_NUMBER_OPENINGS.open(lower)
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
        // (`its 51 pct-owned unit`: a share held, written onto what it says of the unit.)
        let held = (w
            .strip_prefix("pct-")
            .or_else(|| w.strip_prefix("percent-")))
        .is_some_and(|rest| matches!(rest, "owned" | "held" | "controlled"));
        if matches!(w, "percent" | "pct") || held {
            unit = Some("%".into());
            last = j;
        } else if w == "per" && p.lower(j + 1) == "cent" {
            unit = Some("%".into());
            last = j + 1;
        } else if unit.is_none()
            && (is_currency_word(w)
                // (`a 1.2 billion crown contract`: a crown after a scale is the currency,
                // in the singular before what it prices.)
                || (scaled && w == "crown" && !p.is_capitalised(j)))
        {
            unit = Some(p.word(j).into());
            last = j;
        } else if unit.is_none() && currency_of_a_people(p, j) {
            unit = Some(p.slice(j, j + 1).into());
            last = j + 1;
        }
    }
    let mut text_end = last;
    if unit.as_deref() == Some("strong") {
        if let Some((what, end)) = what_is_so_strong(p, last) {
            unit = Some(what);
            text_end = end;
        }
    }
    // The qualifier and where the figure's text starts: also what a bare number follows.
    let (mut qualifier, first) = qualifier_before(p, core.first);
    // `a total of 5.93 mln against 5.81 a year ago`, `rose to 1.2 billion dlrs from 1.1`: a
    // level compared with a scaled one, written without the scale, is of its size.
    if let Some(s) = (unit.is_none() && !scaled && value < 1000.0)
        .then(|| scale_compared_with(p, first, value, before))
        .flatten()
    {
        value *= s;
        scaled = true;
    }
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
        // (`102.5 to the dollar`, `35.47 to the U.S. dollar`)
        let to_the = (p.lower(last + 1) == "to" && p.lower(last + 2) == "the")
            .then(|| currency_after_its_country(p, last + 3))
            .flatten();
        if per {
            unit = Some(rate_of(p, first, p.slice(last + 1, last + 2)));
            text_end = last + 2;
        } else if let Some(currency) = to_the {
            unit = Some(rate_of(p, first, p.slice(last + 1, currency)));
            text_end = currency;
        } else if let Some((u, end)) = noun_unit(p, if sized { last + 4 } else { last + 1 }) {
            unit = Some(u);
            if !sized {
                text_end = end;
            }
        } else if let Some((u, end)) = quoted_noun_unit(p, last) {
            unit = Some(u);
            text_end = end;
        } else if let Some((u, end)) = bound_after_the_number(p, last) {
            unit = Some(u);
            text_end = end;
            qualifier = qualifier.or_else(|| Some(p.slice(last + 1, last + 2).into()));
        } else if let Some(u) = object_of_a_change(p, first) {
            unit = Some(u);
        } else if let Some(u) = part_of_a_count(p, last + 1) {
            unit = Some(u);
        } else if let Some(u) = part_of_those_counted(p, last + 1, before) {
            unit = Some(u);
        } else if let Some(u) = part_of_those_named(p, first, last + 1, before) {
            unit = Some(u);
        } else if let Some(u) = counted_after_with(p, first, last, before) {
            unit = Some(u);
        } else if let Some(shared) = JOINED
            .then(|| shared_with_next(p, first, last, before))
            .flatten()
        {
            unit = Some(shared.unit);
            // (`fell 32,000 to 1.39 million`: a count in thousands is no share of a scale.)
            if !scaled && value < 1000.0 {
                value *= shared.scale;
            }
        } else if let Some(u) = verb_unit(p, core.first) {
            unit = Some(u);
        } else if let Some(u) = (!scaled).then(|| age_set(p, first, value)).flatten() {
            unit = Some(u);
        } else if let Some(u) = numbered_subject(p, first) {
            unit = Some(u);
        } else if let Some(u) = repeats_a_count_s_verb(p, first, before)
            .or_else(|| contrasted_count(p, first, last, before))
        {
            unit = Some(u);
        } else if core.first > 0 && left_elliptical_after_a_name(p, core.first) {
            // `… 356 seats, the Conservatives 197`: what the sentence counted.
            unit = counted_in_sentence(p, first, before);
        } else if changed_from(p, first, scaled || value >= 1000.0) {
            // `profits of 2.07 billion stg, up 17 pct from 1.77 billion`, `imports fell 9.4
            // pct to 9.12 billion`: what the change is from or to is counted as the amount
            // before the change, in the same sentence (not `Passenger numbers rose 24% to 6.5
            // million` after a sentence of euros).
            // (`34.1m euros (£23.6m), as passenger numbers grew by 23% to 6.1 million`: numbers
            // named before the change are no money, whatever the sentence counted first.)
            let is_money = |u: &str| currency_symbol(u).is_some() || is_currency_word(u);
            unit = match subject_after_while(p, first, before)
                .or_else(|| counted_in_sentence(p, first, before))
            {
                Some(money) if is_money(&money) => numbers_of(p, first).or(Some(money)),
                counted => counted.or_else(|| numbers_of(p, first)),
            }
            .or_else(|| total_of(p, core.first));
        } else if let Some(u) = unit_to_the_next(p, first, value, before.figures) {
            unit = u;
        } else if let Some(u) = (scaled
            || core.spelled
            || value >= 1000.0
            // (`bringing the total number of charges against him to 35`: what it reached.)
            || (first > 0 && p.lower(first - 1) == "to"))
            // (`police numbers … were at a record 142,795`: what the numbers are of, when no
            // level verb's subject says what is counted: `Passenger numbers rose 5 pct and
            // sales rose to 32,000` → sales.)
            .then(|| {
                number_of(p, first).or_else(|| {
                    (!scaled && total_of(p, core.first).is_none())
                        .then(|| numbers_of(p, first))
                        .flatten()
                })
            })
            .flatten()
        {
            unit = Some(u);
        } else if let Some(u) = collective_of(p, first, value)
            .or_else(|| collective_subject(p, first))
            .or_else(|| toll_of(p, first))
        {
            unit = Some(u);
        } else if let Some(u) = money_in_a_table(p, first) {
            unit = Some(u);
        } else if scaled {
            // `That took the total to 2.2 million`: what the last figure counted.
            // Not `%` or pence: a scaled count is never a percentage; nor a span of time
            // (`waiting more than 18 weeks fell to 2.9 million`).
            // `Sales … more than doubled to 246 million` after a percentage: what the
            // sentence's level verb says.
            // `double passenger numbers to 70 million a year`: what the numbers are of.
            // `98 mln stg for the three months to June 30, up from 59 mln`: what the sentence
            // counted, passing over its span of time.
            // (Not money written with its sign: `costs $249 and Sony hopes to sell three
            // million`; a sum of it would have the sign too.)
            unit = total_of(p, core.first)
                .filter(|noun| !sum_told_in_money(p, first, before, noun))
                .or_else(|| numbers_of(p, first))
                .or_else(|| second_of_a_pair(p, first, value, before))
                .or_else(|| shares_in_a_table(p, first))
                .or_else(|| {
                    (before.last_unit)
                        .filter(|u| !is_rate_or_span(u) && !is_signed_money(u))
                        .cloned()
                })
                .or_else(|| {
                    // (`rose to 1.27 billion rand in the six months to September 30 from
                    // 1.04 billion`: a plain `from` too.)
                    let from = first > 0 && p.lower(first - 1) == "from";
                    // (A scaled count, so no rate: `rose 1.4 pct to 2.65 mln from 2.61 mln`
                    // is not the change's.)
                    (compared_with_before(p, first) || from)
                        .then(|| compared_unit(p, first, before, MoneyMeant::Any, scaled))
                        .flatten()
                })
                .or_else(|| scaled_before_in(p, first, before))
                // (`rose 7.5 pct to 3.21 billion marks, while Dresdner reported a 4.2 pct
                // rise to 1.48 billion`: past the rate just before, what the sentence counted.)
                // (Not money with its sign, as above.)
                .or_else(|| counted_in_sentence(p, first, before).filter(|u| !is_signed_money(u)));
        } else if let Some(u) = total_of(p, core.first) {
            unit = Some(u);
        } else if let Some(u) = price_a_market_stood_at(p, first, before) {
            unit = Some(u);
        } else if compared_with_before(p, first)
            || matches!(p.lower(last + 1), "more" | "others")
            || (first > 0 && matches!(p.lower(first - 1), "further" | "another"))
        {
            // `74,000 fans … and 250,000 more`, `options on a further 70`: a count left
            // elliptical counts what the sentence counted (an amount of money would have
            // its sign).
            let money = if compared_with_before(p, first) {
                MoneyMeant::Any
            } else if scaled {
                MoneyMeant::Unsigned
            } else {
                MoneyMeant::NotMoney
            };
            unit = compared_unit(p, first, before, money, scaled);
            // (`Mr Tanzi and 28 others`: others are people or things, never the euros of a
            // debt told before.)
            if p.lower(last + 1) == "others" {
                unit = what_others_are(p, first, before)
                    .or_else(|| unit.filter(|u| !is_currency_word(u) && !is_rate_or_span(u)));
            }
        } else if let Some(u) = subject_left_elliptical(p, first, last, before) {
            unit = Some(u);
        } else if let Some(u) = object_left_elliptical(p, first, last, before) {
            unit = Some(u);
        } else if let Some(u) = included_in_a_plural(p, first, before) {
            unit = Some(u);
        } else if (value >= 1000.0 || had_so_many(p, first, last)) && before.last_in(p.index) {
            // `The waiting list stood at 856,000, a fall of 47,000`: a large count left bare
            // counts what the paragraph's last figure counted, like a scaled one; so does a
            // count a verb has, closing its clause (`The Aviator leads with 11 nominations.
            // Million Dollar Baby has seven`, `Cullum and Williams have two each`). (Not money
            // written with its sign: `Tickets at £22.50 … all 60,000 to be sold`; a sum of it
            // would have the sign too.)
            // (The last figure's own unit: a bare one before it leaves this one bare too,
            // not counting what a figure in an earlier paragraph counted.)
            unit = (before.figures.last())
                .and_then(|f| f.unit.as_ref())
                .filter(|u| !is_rate_or_span(u) && !is_signed_money(u))
                .cloned();
        }
    }
    if unit.is_none() && !scaled {
        unit = term_left_elliptical(p, first, last, before)
            .or_else(|| counts_of_another_kind(p, first, last, before))
            .or_else(|| counted_in_a_clause_set_against(p, first, before))
            .or_else(|| runs_scored(p, first, last, value))
            .or_else(|| share_price_in_a_wire_fraction(p, &core, before))
            .or_else(|| price_like_the_one_before(p, first, value, before))
            .or_else(|| the_ones_a_clause_is_about(p, first, last, before));
    }
    if unit.is_none() {
        unit = sold_left_elliptical(p, first, last, before);
    }
    // `leads with 10 nominations, followed by Keys and Usher with eight each`, `lead the
    // nominations, with four each`: a count shared out is one, of what its sentence counted
    // or named with an article, if anything.
    if core.spelled && unit.is_none() && !scaled {
        if !matches!(p.lower(last + 1), "each" | "apiece") {
            return None;
        }
        unit =
            things_counted_latest(p, first, before).or_else(|| counted_with_an_article(p, first));
    }
    let figure = Figure {
        value: without_float_noise(value),
        unit,
        qualifier,
        span: p.span(first, text_end),
    };
    Some((figure, last.max(core.last) + 1))
}

/// `retailers with 250 or more employees`: a bound after the number, then what it counts (the
/// unit and where the figure's text ends).
fn bound_after_the_number(p: &Para, last: usize) -> Option<(CompactString, usize)> {
    let bound = p.lower(last + 1) == "or"
        && matches!(
            p.lower(last + 2),
            "more" | "fewer" | "less" | "over" | "above"
        );
    bound.then(|| noun_unit(p, last + 3)).flatten()
}

/// `Emery shares closed unchanged at 14-1/4`: a share's price in a wire fraction is in the
/// dollars the story has counted in, or in dollars when it has counted no money before (wire
/// copy writes US prices so).
fn share_price_in_a_wire_fraction(p: &Para, core: &Core, before: Before) -> Option<CompactString> {
    let fraction = (core.first..=core.last).any(|k| p.is_punct(k, "/"));
    if !fraction {
        return None;
    }
    let (own, _) = p.sentence_of(core.first);
    let mut s = own;
    // (`The company's stock was suspended. It last traded at 4-7/8`, `Texaco shares fell
    // 1-1/4 to 35-1/2. Pennzoil rose 2 to 81-3/4`: the sentence before says what `It`, `They`
    // or a name that moved by so much is.)
    // (The tokens looked back over are then counted from where its own sentence starts.)
    let mut reach_from = core.first;
    if s > 0 && (matches!(p.lower(s), "it" | "they") || a_name_moved(p, s)) {
        s = p.sentence_of(s - 1).0;
        reach_from = own;
    }
    let of_shares = (s.max(reach_from.saturating_sub(SHARES_REACH))..core.first)
        .any(|k| matches!(p.lower(k), "shares" | "share" | "stock"));
    if !of_shares {
        return None;
    }
    // (`14.50 Canadian dlrs a share`: the latest dollars say whose; among the latest figures
    // only, so a long document stays linear.)
    let dollars = |f: &Figure| {
        let u = f.unit.as_deref()?;
        let (whose, last) = u.rsplit_once(' ').unwrap_or(("", u));
        // (`dlr`, `DLRS` in a headline: written as the story's prices are.)
        let in_dollars = last.eq_ignore_ascii_case("dlrs") || last.eq_ignore_ascii_case("dlr");
        in_dollars.then(|| match whose {
            "" => "dlrs".into(),
            _ => format!("{whose} dlrs").into(),
        })
    };
    let latest = || before.figures.iter().rev().take(DOLLARS_REACH);
    // (With no money counted before it, the dollars wire copy prices a share in.)
    let in_money = |f: &Figure| {
        f.unit.as_deref().is_some_and(|u| {
            is_signed_money(u) || is_currency_word(u.rsplit(' ').next().unwrap_or(u))
        })
    };
    latest()
        .find_map(dollars)
        .or_else(|| (!latest().any(in_money)).then(|| "dlrs".into()))
}

/// The sentence at `s` opens on a name of a word or two and a verb a price moves or ends by:
/// `Pennzoil rose`, `Getty Oil closed`.
fn a_name_moved(p: &Para, s: usize) -> bool {
    let verb = (s..s + 3).find(|&k| !p.is_capitalised(k) || !p.is_word(k));
    // (`Rates rose 1/4`: a plural opening a sentence is things, not a company.)
    verb.is_some_and(|k| {
        let w = p.lower(k);
        k > s
            && !is_plural(p.lower(k - 1))
            && (is_level_verb(w)
                || matches!(
                    w,
                    "gained" | "lost" | "added" | "eased" | "closed" | "ended" | "finished"
                ))
    })
}

/// `our 40,000-strong safety team`, `a 5,000-strong workforce`: what a number written on to
/// `-strong` (ending at `last`) counts is the word or two after it; with the last of them.
fn what_is_so_strong(p: &Para, last: usize) -> Option<(CompactString, usize)> {
    let noun = |k: usize| {
        p.is_word(k)
            && !p.is_capitalised(k)
            && !crate::extract::lexicon::is_function_word(p.lower(k))
    };
    // (Not a verb after a body of people, `workforce struck`, or agreeing with a noun, `team
    // works`.)
    let verb_after = |k: usize| {
        let w = p.lower(k);
        crate::extract::lexicon::is_collective(p.lower(k - 1))
            || w.ends_with("ed")
            || (w.ends_with('s') && !p.lower(k - 1).ends_with('s'))
    };
    if !noun(last + 1) {
        return None;
    }
    let end = last + 1 + usize::from(noun(last + 2) && !verb_after(last + 2));
    Some((p.slice(last + 1, end).into(), end))
}

/// How many tokens either side of a bare score the words of cricket are looked for.
const CRICKET_REACH: usize = 150;

/// How many figures back a share price looks for the story's dollars.
const DOLLARS_REACH: usize = 50;

/// How many tokens back a wire fraction looks for the shares it prices: a fraction takes
/// five (`closed yesterday at 4-1/8, down 3/8`).
const SHARES_REACH: usize = 20;

/// `Andrew Strauss made 147`, `unbeaten on 86`, `an unbeaten 135`, `400 for four`, `bowled
/// out for 120`, `chased down 359`: a batsman's or a side's score, left bare, is counted in
/// runs in a paragraph about cricket.
fn runs_scored(p: &Para, first: usize, last: usize, value: f64) -> Option<CompactString> {
    // (A score is written in digits: `four` of `400 for four` is the wickets down.)
    let whole = p.is_number(first) && value.fract() == 0.0 && (1.0..1000.0).contains(&value);
    let before = first.checked_sub(1).map_or("", |k| p.lower(k));
    let for_wickets = p.lower(last + 1) == "for"
        && (p.is_number(last + 2) || small_number(p.lower(last + 2)).is_some());
    // (`hit an unbeaten 135`, `chased down 359`: a score not out, or one chased.)
    let chased = before == "down"
        && first >= 2
        && matches!(p.lower(first - 2), "chased" | "chasing" | "chase");
    // (`Set 142 to win`, `needing 64`: a target is in runs too.)
    let target = matches!(before, "set" | "needing" | "needed" | "requiring")
        || (p.lower(last + 1) == "to" && p.lower(last + 2) == "win");
    let scored = matches!(
        before,
        "made" | "scored" | "hit" | "on" | "reached" | "for" | "unbeaten" | "chased" | "chasing"
    ) || for_wickets
        || chased
        || target;
    if !whole || !scored {
        return None;
    }
    // (Near the score, not the whole paragraph from each: a paragraph of `on 25 on 25 …` stays
    // linear.)
    let near = first.saturating_sub(CRICKET_REACH)..(last + CRICKET_REACH).min(p.tokens().len());
    let cricket = near.into_iter().any(|k| {
        matches!(
            p.lower(k),
            "wicket"
                | "wickets"
                | "century"
                | "innings"
                | "batsman"
                | "batsmen"
                | "bowler"
                | "bowlers"
                | "bowled"
                | "overs"
        )
    });
    cricket.then(|| "runs".into())
}

/// `66 "stealth taxes"`: what a number counts, in quotation marks after it (with the closing
/// mark, when it has one).
fn quoted_noun_unit(p: &Para, last: usize) -> Option<(CompactString, usize)> {
    let opens = matches!(p.word(last + 1), "\"" | "“")
        && !p.touching(last, last + 1)
        && p.touching(last + 1, last + 2)
        && p.is_word(last + 2)
        && !p.is_capitalised(last + 2);
    if !opens {
        return None;
    }
    let (unit, end) = unit::noun_unit(p, last + 2)?;
    let closed = matches!(p.word(end + 1), "\"" | "”") && p.touching(end, end + 1);
    Some((unit, if closed { end + 1 } else { end }))
}

/// The plural noun after `the` or an owner's word, latest in the sentence before `first`:
/// `the nominations` in `lead the nominations, with four each`.
fn counted_with_an_article(p: &Para, first: usize) -> Option<CompactString> {
    let s = p.sentence_of(first).0.max(first.saturating_sub(12));
    (s + 1..first)
        .rev()
        .find(|&k| {
            p.is_word(k)
                && !p.is_capitalised(k)
                && is_plural(p.lower(k))
                && crate::extract::lexicon::is_definite_determiner(p.lower(k - 1))
        })
        .map(|k| p.word(k).into())
}

/// `denies 14 counts of false accounting and two of fraudulent trading`: a number joined to
/// the count before it, of another kind, counts what that one counted (its plural, not a
/// rate, a span or money).
fn counts_of_another_kind(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    if first == 0 || !matches!(p.lower(first - 1), "and" | "or") || p.lower(last + 1) != "of" {
        return None;
    }
    let unit = things_counted_latest(p, first, before)?;
    (unit.ends_with('s') && p.is_word(first - 2)).then_some(unit)
}

/// `… had 14 flood warnings in place, while the Environment Agency issued more than 120
/// across England`: a bare count in a clause set against the one before (`while`,
/// `whereas`) counts what that clause counted in the plural.
fn counted_in_a_clause_set_against(
    p: &Para,
    first: usize,
    before: Before,
) -> Option<CompactString> {
    let s = p.sentence_of(first).0;
    let set_against = (first.saturating_sub(8).max(s + 1)..first)
        .any(|k| matches!(p.lower(k), "while" | "whereas") && p.is_punct(k - 1, ","));
    if !set_against {
        return None;
    }
    plural_counted_latest(p, first, before)
}

/// `Some 48,000 of them have waited more than a year`, after `a record 1.3 million`
/// people: a part of those counted last counts what they are (things, not a rate, a span
/// or money).
fn part_of_those_counted(p: &Para, of: usize, before: Before) -> Option<CompactString> {
    if p.lower(of) != "of" || !matches!(p.lower(of + 1), "them" | "these" | "those") {
        return None;
    }
    let unit = before.figures.last()?.unit.clone()?;
    counts_things(&unit).then_some(unit)
}

/// `Foreign banks, 51 of which have branches in Seoul`, `300 staff, 40 of whom`: a part
/// counted after a comma with `of which` or `of whom` counts what the noun before the comma
/// is (`first` is the part's number, `of` the token after it).
fn part_of_those_named(p: &Para, first: usize, of: usize, before: Before) -> Option<CompactString> {
    if p.lower(of) != "of" || !matches!(p.lower(of + 1), "which" | "whom") {
        return None;
    }
    let noun = first
        .checked_sub(2)
        .filter(|_| p.is_punct(first - 1, ","))?;
    if !p.is_word(noun) || p.is_capitalised(noun) {
        return None;
    }
    let w = p.lower(noun);
    // (What the figure just before the comma counts: `300 staff`.)
    let counted = before
        .figures
        .last()
        .and_then(|f| f.unit.as_deref())
        .is_some_and(|u| {
            u.eq_ignore_ascii_case(w)
                || u.strip_suffix(w)
                    .is_some_and(|before| before.ends_with(' '))
        });
    ((is_plural(w) && !crate::extract::lexicon::is_function_word(w)) || counted)
        .then(|| p.word(noun).into())
}

/// `leads the Oscar nominations with 11`: a count after `with` is of the plural just
/// before it (in lower case: `the Tories with 197` is told otherwise), or before what it is
/// for (`lead the nominations for this year's Brit Awards with five`); else, closing its
/// clause, of what the sentence's latest figure counted (`Chelsea lead with 52 points, and
/// Arsenal are second with 47`).
fn counted_after_with(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    let with = first.checked_sub(1)?;
    if p.lower(with) != "with" {
        return None;
    }
    let plural_at =
        |noun: usize| p.is_word(noun) && !p.is_capitalised(noun) && is_plural(p.lower(noun));
    let for_what = (with.saturating_sub(6)..with)
        .rev()
        .take_while(|&k| p.is_word(k) || p.is_punct(k, "'"))
        .find(|&k| p.lower(k) == "for")
        .filter(|&k| k > 0 && plural_at(k - 1));
    let noun = for_what.map_or(with.checked_sub(1)?, |k| k - 1);
    if plural_at(noun) {
        return Some(p.word(noun).into());
    }
    closes_its_clause(p, last)
        .then(|| plural_counted_latest(p, first, before))
        .flatten()
}

/// The figure ending at `last` is the last word of its clause: a stop, a comma or a
/// semicolon follows, or nothing does.
fn closes_its_clause(p: &Para, last: usize) -> bool {
    matches!(p.word(last + 1), "." | "," | ";") || last + 1 >= p.tokens().len()
}

/// What the sentence's latest figure before `first` counts, when it counts things: no rate,
/// span or money.
fn things_counted_latest(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    let unit = in_sentence(p, first, before).next()?.unit.clone()?;
    counts_things(&unit).then_some(unit)
}

/// The same, when its last word is a plural (`flood warnings`, `points`).
fn plural_counted_latest(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    things_counted_latest(p, first, before).filter(|u| is_plural(u.rsplit(' ').next().unwrap_or(u)))
}

/// A unit that counts things: no rate, span or money.
fn counts_things(unit: &str) -> bool {
    !is_rate_or_span(unit) && !is_currency_word(unit) && !is_signed_money(unit)
}

/// The scale of the sentence's latest figure when a bare number at `first` is compared with
/// it (`from`, `against`, `versus`) and is of its size in that scale.
fn scale_compared_with(p: &Para, first: usize, value: f64, before: Before) -> Option<f64> {
    if first == 0
        || !matches!(
            p.lower(first - 1),
            "from" | "against" | "versus" | "vs" | "vs."
        )
    {
        return None;
    }
    let latest = in_sentence(p, first, before).next()?;
    [1e9, 1e6].into_iter().find(|&s| {
        let ratio = latest.value / (value * s);
        latest.value >= s && (0.25..=4.0).contains(&ratio)
    })
}

/// `Imports totalled 74.9 billion francs …, while exports rose to 72.9 billion`: a sum the
/// sentence told in money before is of money too, not a count of its subject.
fn sum_told_in_money(p: &Para, first: usize, before: Before, noun: &str) -> bool {
    super::lexicon::is_sum_of_money(noun)
        && in_sentence(p, first, before)
            .any(|f| (f.unit.as_deref()).is_some_and(|u| is_currency_word(u) || is_signed_money(u)))
}

/// `received seven years, and their partner was jailed for five`, `got seven years and his
/// brother five`: a bare count closing its clause, after `for` or after whom it is of, is a
/// term as long as the sentence's latest figure, a span of time, counted.
fn term_left_elliptical(
    p: &Para,
    first: usize,
    last: usize,
    before: Before,
) -> Option<CompactString> {
    let closes = closes_its_clause(p, last);
    let prev = first.checked_sub(1)?;
    let after_whom = p.is_word(prev)
        && ((p.is_capitalised(prev) && prev > p.sentence_of(prev).0)
            || super::lexicon::relative_gender(p.lower(prev)).is_some()
            || matches!(p.lower(prev), "partner" | "accomplice" | "co-defendant"));
    if !closes || !(p.lower(prev) == "for" || after_whom) {
        return None;
    }
    let latest = in_sentence(p, first, before).next()?;
    let span = latest.unit.as_deref().filter(|u| is_time_unit(u))?;
    (latest.value < 100.0).then(|| span.into())
}

/// The count from `first` to `last` is what a verb has or won, and closes its clause (`has
/// seven.`, `have two each,`).
fn had_so_many(p: &Para, first: usize, last: usize) -> bool {
    // (Not `We had 12 corners and they won six`: what was won is another thing.)
    let had = first > 0 && matches!(p.lower(first - 1), "has" | "have" | "had");
    let after = if p.lower(last + 1) == "each" {
        last + 2
    } else {
        last + 1
    };
    had && (p.is_punct(after, ".") || p.is_punct(after, ",") || p.is_punct(after, ";"))
}

/// The unit of a rate against a currency (`to the dollar`, `per dollar`), with the currency
/// it is a price of when the clause names it before the figure: `the kwacha fell to 15 to
/// the dollar` is 15 `kwacha to the dollar`.
fn rate_of(p: &Para, first: usize, against: &str) -> CompactString {
    let (s, _) = p.sentence_of(first);
    let clause_start = s.max(first.saturating_sub(10));
    // (`the Philippine peso`, `the South African rand`: its country's adjective between.)
    let the_currency = |k: &usize| {
        let k = *k;
        let country = (k.saturating_sub(2).max(clause_start)..k)
            .rev()
            .take_while(|&j| p.is_word(j) && p.is_capitalised(j) && p.lower(j) != "the")
            .last()
            .unwrap_or(k);
        country > 0 && p.lower(country - 1) == "the" && is_currency_word(p.lower(k))
    };
    let priced = (clause_start + 1..first)
        .rev()
        .take_while(|&k| !p.is_punct(k, ","))
        .find(the_currency)
        // (`The won has risen 3.6 pct. It was fixed at 850.30 to the dollar`: the currency
        // the sentence before was about.)
        .or_else(|| {
            let it = s > 0 && p.lower(s) == "it";
            it.then(|| (p.sentence_of(s - 1).0 + 1..s).find(the_currency))
                .flatten()
        })
        // (`The rupiah was last devalued in 1986, when it was cut to 1,644 to the dollar`:
        // or the currency its sentence opens on.)
        .or_else(|| Some(s + 1).filter(|&k| k < first && the_currency(&k)));
    match priced {
        Some(k) if !against.ends_with(p.lower(k)) => format!("{} {against}", p.word(k)).into(),
        _ => against.into(),
    }
}

/// `Swedish crown`, `Swiss franc`, `Danish kroner` at `k`: a currency named by its people's
/// adjective, in the singular too when it describes what follows (`a 18 billion Swedish crown
/// programme`, `a 5 billion Swiss franc bond`).
fn currency_of_a_people(p: &Para, k: usize) -> bool {
    p.is_capitalised(k)
        && crate::extract::lexicon::is_demonym(p.word(k))
        && (is_currency_word(p.lower(k + 1)) || matches!(p.lower(k + 1), "crown" | "crowns"))
}

/// The currency word at `k`, or after its country's capitalised name (`U.S. dollar`).
fn currency_after_its_country(p: &Para, k: usize) -> Option<usize> {
    if is_currency_word(p.lower(k)) {
        return Some(k);
    }
    let country_end = (k..k + 3)
        .take_while(|&j| {
            p.is_capitalised(j) || (p.is_punct(j, ".") && j > k && p.touching(j - 1, j))
        })
        .last()
        .map_or(k, |j| j + 1);
    is_currency_word(p.lower(country_end)).then_some(country_end)
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

/// `The first tranche, of up to 60 billion francs, … The second, of 40 billion`: what the
/// paragraph's latest scaled figure counted, for a scaled count in a sentence whose subject
/// leaves its noun out (`The second`, `The rest`; not `Those waiting 18 weeks fell to 2.9
/// million`, which says whom it counts).
fn scaled_before_in(p: &Para, first: usize, before: Before) -> Option<CompactString> {
    let (s, _) = p.sentence_of(first);
    let elliptical = p.lower(s) == "the"
        && matches!(
            p.lower(s + 1),
            "second" | "third" | "fourth" | "last" | "other" | "rest" | "remainder" | "balance"
        )
        && (p.is_punct(s + 2, ",") || p.lower(s + 2) == "of");
    if !elliptical {
        return None;
    }
    (before.figures.iter().rev())
        .take_while(|f| f.span.paragraph() == p.index)
        .take(8)
        .find(|f| f.value >= 1e6 && f.unit.as_deref().is_some_and(|u| !is_rate_or_span(u)))
        .and_then(|f| f.unit.clone())
}

/// `sold 2.5 mln shares at 22 dlrs each and 1.5 mln at 23`: a bare price after `at` is in
/// the money of a price near it told before in the sentence.
fn price_like_the_one_before(
    p: &Para,
    first: usize,
    value: f64,
    before: Before,
) -> Option<CompactString> {
    if first == 0 || p.lower(first - 1) != "at" || value <= 0.0 {
        return None;
    }
    let money = |u: &str| currency_symbol(u).is_some() || is_currency_word(u);
    in_sentence(p, first, before)
        .find(|f| {
            f.value > 0.0
                && (f.value / value).log10().abs() < 1.0
                && f.unit.as_deref().is_some_and(money)
        })
        .and_then(|f| f.unit.clone())
}

/// `It sold 2.5 mln shares at 22 dlrs each and 1.5 mln at 23`, `paid 2.5 mln dlrs for 40
/// trucks and 1.5 mln for the rest`: a scaled count after `and` counts what the sentence's
/// latest figure of the same scale did (not a figure of another scale between).
fn second_of_a_pair(p: &Para, first: usize, value: f64, before: Before) -> Option<CompactString> {
    if first == 0 || p.lower(first - 1) != "and" {
        return None;
    }
    let bracket = |v: f64| (v.abs().max(1.0).log10() / 3.0).floor();
    let of_the_scale =
        in_sentence(p, first, before).find(|f| bracket(f.value) == bracket(value))?;
    let unit = of_the_scale.unit.as_deref()?;
    (!is_rate_or_span(unit)).then(|| CompactString::from(unit))
}

/// What the second of two joined numbers says of both: `2.5 and 3.1 pct`, `between 5 and 10
/// million people`, `30 or 40 people`.
struct Shared {
    unit: CompactString,
    /// The scale word after the second number (`million`), or 1.
    scale: f64,
}

/// The unit (and scale) of the number joined to the one at `first..=last` by `and`, `or`,
/// `to` or a hyphen, or listed before such a pair, when that number has one; or the level a
/// change reached, joined by `from` to where it started (`cut to 1.8 mln from 2.1 mln tonnes`).
fn shared_with_next(p: &Para, first: usize, last: usize, before: Before) -> Option<Shared> {
    // (`rates of 17, 26 and 29 pct`: past the list's numbers to the joined last one, a few
    // at most.)
    let mut joint = last + 1;
    while joint < last + 1 + 2 * 8 && p.is_punct(joint, ",") && p.is_number(joint + 1) {
        joint += 2;
    }
    // (`859 U.S. and 1,752 Soviet missiles`, `202 primary and 29 secondary schools`: a name
    // or a word describing each, the plural after the second counting both.)
    let describing_word = |k: usize| {
        p.is_capitalised(k)
            || p.word(k)
                .bytes()
                .all(|b| b.is_ascii_lowercase() || b == b'-')
    };
    let described = describing_word(joint)
        && matches!(p.lower(joint + 1), "and" | "or")
        && p.is_number(joint + 2);
    if described {
        joint += 1;
    }
    // (`three to six pct`: the second spelled out too.)
    let spelled = || small_number(p.lower(joint + 1)).map(|v| v as f64);
    let reached_from = || p.lower(joint) == "from" && first > 0 && p.lower(first - 1) == "to";
    // (`2m-3m tonnes`: a range written with a hyphen between the two.)
    let hyphened = || {
        (p.is_punct(joint, "-") || p.is_punct(joint, "–"))
            && p.touching(joint - 1, joint)
            && p.touching(joint, joint + 1)
    };
    if !(matches!(p.lower(joint), "and" | "or" | "to") || reached_from() || hyphened())
        || !(p.is_number(joint + 1) || spelled().is_some())
    {
        return None;
    }
    let (next, _) = figure_at::<{ !ASKS_JOINED }>(p, joint + 1, before)?;
    let unit = next.unit?;
    // (Of `Soviet missiles`, the missiles.)
    let unit = match unit.rsplit_once(' ') {
        Some((_, head)) if described => head.into(),
        _ => unit,
    };
    let written = written_value(p.word(joint + 1)).or_else(spelled)?;
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
