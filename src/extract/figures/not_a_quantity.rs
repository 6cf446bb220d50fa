//! Numbers that state no quantity: in names (`Radio 4`), ages, ratios, list numbering.

use super::*;

/// Numbers that are not quantities: in names (`Radio 4`), ages after names (`Lucy, 36,`),
/// list numbering.
pub(super) fn is_excluded(p: &Para, core: &Core) -> bool {
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
    // (`by a vote of 34 to 2`: past its `of`.)
    // (`MEPs voted by 648 to 14`: past a `by`.)
    // (`The vote, 51 to 49,`: past a comma after the vote.)
    // (`backed a strike by a margin of 3 to 1`: the margin of a vote.)
    let tally = |k: usize| {
        matches!(p.lower(k), "voted" | "vote" | "votes")
            || (k > 0
                && (p.lower(k) == "of" || p.is_punct(k, ","))
                && matches!(p.lower(k - 1), "vote" | "votes" | "margin" | "majority"))
            || (k > 0 && p.lower(k) == "by" && p.lower(k - 1) == "voted")
            // (`The House passed its version in April by 290 to 137`: a motion's fate, by
            // so many to so many.)
            || (p.lower(k) == "by" && (k.saturating_sub(6)..k).any(|v| decides_a_motion(p.lower(v))))
    };
    let tally_first = i > 0
        && tally(i - 1)
        && matches!(p.lower(core.last + 1), "to" | "-")
        && p.is_number(core.last + 2);
    let tally_second =
        i > 2 && matches!(p.lower(i - 1), "to" | "-") && p.is_number(i - 2) && tally(i - 3);
    // (A tally of thousands too: `voted 2,194 to 1,233`.)
    let no_unit = core.unit.is_none() && !core.scaled;
    // `a 3-for-2 stock split`, `1-for-10`: either number of a ratio of shares.
    let ratio_from = |k: usize| {
        p.is_number(k)
            && p.is_punct(k + 1, "-")
            && p.lower(k + 2) == "for"
            && p.is_punct(k + 3, "-")
            && p.is_number(k + 4)
    };
    // `by a three-to-one margin`: a ratio written as one word.
    let ratio_word = (core.unit.as_deref())
        .and_then(|u| u.strip_prefix("to-"))
        .is_some_and(|n| small_number(n).is_some() || n.bytes().all(|b| b.is_ascii_digit()));
    if ratio_from(i) || (i >= 4 && ratio_from(i - 4)) || ratio_word {
        return true;
    }
    if (no_unit && (tally_first || tally_second))
        || (i > 1 && p.lower(i - 1) == "in" && is_count(i - 2) && !time())
        // (`three in every five pensioners`)
        || (bare_count && i > 2 && p.lower(i - 1) == "every" && p.lower(i - 2) == "in" && is_count(i - 3))
        || (out_of_before && is_count(i - 3) && !time())
        || (bare_count && p.lower(core.last + 1) == "in" && is_count(core.last + 2))
        || (bare_count && out_of_after && is_count(core.last + 3))
    {
        return true;
    }
    // `4-wheel drives`: a kind of thing written with digits counts nothing either (the
    // hyphened word carries the unit; spelled numbers are told as they are read).
    if !core.scaled && (core.unit.as_deref()).is_some_and(super::number::names_a_kind_of_thing) {
        return true;
    }
    // `10 Downing Street`, `1251 Avenue of the Americas`: a house's number opens its address,
    // a name.
    if no_unit && p.is_number(i) && crate::extract::dates::street_named_from(p, core.last + 1) {
        return true;
    }
    // An ordinal of a large scale: `its 200 millionth song`, `the 100 thousandth visitor`.
    if matches!(
        p.lower(core.last + 1),
        "millionth" | "billionth" | "thousandth" | "hundredth"
    ) {
        return true;
    }
    // A round of a cup: `will play Canas in the last 16`, `into the final four`, `in the
    // Champions League last 16` (after the cup's name).
    let round = i > 1
        && matches!(p.lower(i - 1), "last" | "final")
        && (crate::extract::lexicon::is_definite_determiner(p.lower(i - 2))
            || (p.is_word(i - 2) && p.is_capitalised(i - 2) && i - 2 > p.sentence_of(i).0));
    // (What follows is a preposition or a clause's joint, or names the round itself: `into
    // the last 16 as group winners`, `the last 16 stage`.)
    let nothing_counted = !p.is_word(i + 1)
        || matches!(
            p.lower(i + 1),
            "on" | "of"
                | "at"
                | "in"
                | "after"
                | "against"
                | "with"
                | "and"
                | "when"
                | "for"
                | "as"
                | "to"
                | "but"
                | "where"
                | "before"
                | "stage"
                | "tie"
                | "draw"
                | "round"
        );
    if bare_count && round && nothing_counted {
        return true;
    }
    // `band two bank bills`, `Phase two of the plan`, `tier 3 rules`: a number that names a
    // step or a class (not `the first phase two years ago`: a span).
    let designation = i > 0 && crate::extract::lexicon::names_one_by_number(p.lower(i - 1));
    // `No. 1 Canada Western Red Spring wheat`, `the No 2 carmaker`: a number that ranks.
    let ranked = i > 0
        && (p.word(i - 1) == "No" || (i > 1 && p.is_punct(i - 1, ".") && p.word(i - 2) == "No"));
    // (Several, bare, the second of a list too: `versions 5.01 and 6`, `routes 135 and 42`.)
    let several = |k: usize| crate::extract::lexicon::names_several_by_number(p.lower(k));
    let listed = core.unit.is_none()
        && i > 0
        && (several(i - 1)
            || (i > 2
                && matches!(p.lower(i - 1), "and" | "or" | ",")
                && p.is_number(i - 2)
                && several(i - 3)));
    let designation = (designation || ranked || listed) && !core.scaled && !time();
    if designation {
        return true;
    }
    // (`children aged six to 15`: spelled out too.)
    if core.spelled && core.unit.is_none() && !core.scaled && after_aged(p, i) {
        return true;
    }
    // (`Real's number seven belongs to Raul`, `the world number one`: a rank spelled out.)
    if core.spelled && !core.scaled && i > 0 && p.lower(i - 1) == "number" {
        return true;
    }
    let bare = core.unit.is_none() && !core.scaled && !core.spelled;
    if !bare || !p.is_number(i) {
        return false;
    }
    // `Hutchison's 3 network`: a number after a name's possessive, before one thing (not
    // several: `Britain's 300 biggest firms`), is the thing's name.
    let owner_before =
        i > 0 && p.is_capitalised(i - 1) && crate::extract::lexicon::is_possessive(p.word(i - 1));
    // (Not a scale or a unit: `Ryanair's 27.6 million`, `Renault's 46.1 pct stake`.)
    let one_thing = |k: usize| {
        let w = p.lower(k);
        p.is_word(k)
            && !p.is_capitalised(k)
            && !w.ends_with('s')
            && !ends_unit(w)
            && !crate::extract::lexicon::is_function_word(w)
            && !ends_an_amount(p, k)
            && !crate::extract::lexicon::is_singular_unit(w)
            && w != "per"
    };
    // (`Japan's 10 year bonds`, `Britain's 300 biggest firms`: a plural after it is counted.)
    let plural_after = |k: usize| {
        p.is_word(k)
            && is_plural(p.lower(k))
            && !crate::extract::lexicon::is_function_word(p.lower(k))
    };
    // (`Japan's 10 major semiconductor makers`: or after the words that describe it.)
    let plural_after_its_words = || {
        (core.last + 2..core.last + 4)
            .take_while(|&k| one_thing(k - 1))
            .any(plural_after)
    };
    // (`Japan's 10 largest semiconductor makers`: a superlative ranks what is counted.)
    if owner_before
        && one_thing(core.last + 1)
        && !plural_after_its_words()
        && !is_superlative(p.lower(core.last + 1))
    {
        return true;
    }
    let next = p.lower(i + 1);
    if i == 0 && (p.is_punct(1, ".") || p.is_punct(1, ")")) {
        return true;
    }
    // A label: `Paragraph 4:`, `Item 12:`.
    if p.is_punct(i + 1, ":") && p.touching(i, i + 1) {
        return true;
    }
    if numbers_the_name_before(p, i)
        || ends_a_list_of_names(p, i)
        || super::unit::is_airliner_number(p, i)
    {
        return true;
    }
    // (`a tax of 330 Ecus a tonne`: a currency in the plural written with a capital is no
    // name; `50 Cent` is one.)
    let currency = || next.ends_with('s') && is_currency_word(next);
    if crate::extract::entities::number_opens_name(p, i) && !currency() {
        return true;
    }
    // A time of day: `by 1030 GMT`, `at 10 a.m.`, `by 1230 local time`, `at 10 in the
    // morning`, `six o'clock`.
    // (A clock's hour is said after a preposition or in a span: not `Ten in the morning
    // shift were hurt`.)
    let part_of_the_day = || {
        let of_the_day = (next == "in"
            && p.lower(i + 2) == "the"
            && matches!(p.lower(i + 3), "morning" | "afternoon" | "evening"))
            || (next == "at" && p.lower(i + 2) == "night");
        of_the_day
            && i > 0
            && matches!(
                p.lower(i - 1),
                "at" | "by" | "until" | "till" | "from" | "to" | "before" | "after" | "around"
            )
    };
    if crate::extract::lexicon::is_time_zone(p.word(i + 1))
        || (next == "local" && p.lower(i + 2) == "time")
        || matches!(next, "am" | "pm" | "o'clock")
        || next.starts_with("a.m")
        || next.starts_with("p.m")
        || part_of_the_day()
    {
        return true;
    }
    // An identifier (`log 0215`), a number to call (`call 101`), ages (`aged 19 and 22`).
    let leading_zero =
        p.word(i).len() > 1 && p.word(i).starts_with('0') && !p.word(i).contains('.');
    let before = if i > 0 { p.lower(i - 1) } else { "" };
    let aged = after_aged(p, i);
    // `I will be 67 at the next election`, `she turned 30`, `died at the age of 73`, `He is
    // still only 19`: somebody's age.
    let ages_verb = || {
        let v = (i.saturating_sub(3)..i)
            .rev()
            .find(|&k| !matches!(p.lower(k), "still" | "only" | "just" | "now" | "already"));
        v.is_some_and(|v| {
            matches!(
                p.lower(v),
                "be" | "is" | "was" | "am" | "turned" | "turns" | "turning"
            ) && (v.saturating_sub(3)..v).any(|k| matches!(p.lower(k), "i" | "he" | "she"))
        })
    };
    // (`retired at age 65`, `dies at 87`: an age at which something happens to somebody.)
    let at_age = before == "age" && p.lower(i - 2) == "at";
    let dies_at = before == "at" && matches!(p.lower(i - 2), "dies" | "died" | "dead");
    let is_age_of = !is_nounish(next)
        && i > 1
        && ((before == "of" && p.lower(i - 2) == "age") || at_age || dies_at || ages_verb());
    // `18 to 24-year-olds`: the first age of a range of them (`15- to 34-year-olds`,
    // `18- and 19-year-olds`: its hyphen left hanging).
    let ages_from = || {
        let hanging = p.is_punct(i + 1, "-") && p.touching(i, i + 1);
        let to = i + 1 + usize::from(hanging);
        (p.lower(to) == "to" || (hanging && matches!(p.lower(to), "and" | "or")))
            && p.is_number(to + 1)
            && p.is_punct(to + 2, "-")
            && p.lower(to + 3).starts_with("year-old")
    };
    // A rank or a label: `the world number 62`, `No 10`, `a top-10 player`; an age band:
    // `an under-17 international`, `the over-50s`; a round of a cup: `their last-16 tie`.
    let top_hyphen = i > 1
        && p.is_punct(i - 1, "-")
        && p.touching(i - 2, i - 1)
        && matches!(p.lower(i - 2), "top" | "under" | "over" | "last");
    // A place in a sequence: `retired on lap 27`, `on page 5 of the report`, `day 3 of the
    // trial` (not `Every day 300 people …`, which counts).
    // (A stage, a chapter or a clause is a designation, above, written in words too.)
    let place_in_a_sequence = (matches!(
        before,
        "lap"
            | "page"
            | "hole"
            | "gate"
            | "platform"
            | "row"
            | "seat"
            | "room"
            | "exit"
            | "junction"
            | "game"
            | "day"
            | "week"
            | "episode"
            | "paragraph"
            | "track"
    ) && !is_nounish(next))
        // `type 2 diabetes`, `a category 5 hurricane`: a class, whatever follows.
        || matches!(before, "type" | "category" | "grade" | "class");
    // `ranked 72 in the world`, `seeded 12`, `climb to about 60 in the rankings`: a place in
    // a ranking.
    let ranked = matches!(before, "ranked" | "seeded")
        || (p.lower(i + 1) == "in"
            && p.lower(i + 2) == "the"
            && matches!(p.lower(i + 3), "rankings" | "ranking"));
    let rank = ranked
        || (matches!(before, "number" | "top") && !is_top_verb(p, i - 1))
        || top_hyphen
        || place_in_a_sequence
        || (i > 0 && p.word(i - 1) == "No");
    // `0800 555 111`: the later groups of a number to call, after its leading zero.
    let phone_group = || {
        let start = (i.saturating_sub(3)..i)
            .rev()
            .take_while(|&k| p.is_number(k))
            .last();
        start.is_some_and(|k| {
            let w = p.word(k);
            w.len() > 2 && w.starts_with('0') && w.bytes().all(|b| b.is_ascii_digit())
        })
    };
    if leading_zero
        || phone_group()
        || aged
        || ages_from()
        || is_age_of
        || rank
        // (`dialled 999`, `rang 111`: a number to call; but `phoned 20 witnesses` and `would
        // call 40 witnesses` count.)
        || (matches!(
            before,
            "call" | "dial" | "ring" | "dials" | "dialled" | "dialed" | "dialling" | "rang"
                | "phone" | "phoned"
        ) && !is_nounish(next))
        // (`could not respond to 999 calls`, `42 calls to 999`: the emergency line, not so
        // many.)
        || (matches!(p.word(i), "999" | "911" | "111" | "112" | "101")
            && (matches!(next, "call" | "calls" | "line" | "service" | "operator" | "number")
                || (before == "to" && i > 1 && matches!(p.lower(i - 2), "call" | "calls"))))
    {
        return true;
    }
    // A model's number: `the 206 model`, `its 747 series`.
    // `Nokia's 6600 handset`, `its 7710 phones`: a number written without commas before
    // what a firm makes names the model (a count of thousands has its commas).
    let product = crate::extract::lexicon::is_product_noun(next)
        || next
            .strip_suffix('s')
            .is_some_and(crate::extract::lexicon::is_product_noun);
    // (`whose 747 jumbo jet`: one word describing the product between; not a measure of it,
    // `a 5 megapixel camera`.)
    // (Not a scale: `25 million Game Pass subscribers`.)
    let described_product = p.is_word(i + 1)
        && !p.is_capitalised(i + 1)
        && scale(p.lower(i + 1)).is_none()
        && crate::extract::lexicon::is_product_noun(p.lower(i + 2))
        && !crate::extract::lexicon::is_singular_unit(p.lower(i + 1));
    // (`the country's 10 major chip makers`: a small count of what a product describes.)
    let product_at = if described_product { i + 2 } else { i + 1 };
    let describes_a_plural = core.value < 100.0 && super::unit::is_plural(p.lower(product_at + 1));
    // (The plural after a word that says whose: `its 7710 phones`, `Nokia's 6600
    // handsets`, `the Nokia 3310 phones`; `sold 3000 cars` counts them.)
    let whose = || {
        i > 0
            && (crate::extract::dates::opens_a_noun_phrase(p.lower(i - 1))
                || p.lower(i - 1) == "whose"
                || crate::extract::lexicon::is_possessive(p.word(i - 1))
                || (p.is_capitalised(i - 1) && p.sentence_of(i).0 < i - 1))
    };
    let model_number = !p.word(i).contains([',', '.'])
        && !describes_a_plural
        && (described_product
            || (product
                && (crate::extract::lexicon::is_product_noun(next)
                    || (core.value >= 1000.0 && whose()))));
    // (`Boeing's 737 models`, but `It sold 20 models`: a small count of them.)
    let models = next == "models" && core.value >= 100.0;
    // `65 of Boeing's 787 Dreamliners`: a maker's number before the model's own name (not
    // `Britain's 300 biggest firms`, nor `Tesco's 500 Express stores`, which count).
    let makers_model = || {
        let maker = i.checked_sub(1).map_or("", |k| p.word(k));
        crate::extract::lexicon::possessive_owner(maker).is_some_and(names_a_maker)
            && !p.word(i).contains([',', '.'])
            && p.is_capitalised(i + 1)
            && !super::unit::is_plural(p.lower(i + 2))
    };
    if model_number || models || matches!(next, "model" | "series") || makers_model() {
        return true;
    }

    let ends_phrase =
        [",", ")", ".", ";"].iter().any(|c| p.is_punct(i + 1, c)) || i + 1 == p.tokens().len();
    if i > 1 && p.is_punct(i - 1, ",") && p.is_capitalised(i - 2) && ends_phrase {
        return true;
    }
    // An age set off by commas after who it is: `The singer, 34, took the prize`; `Larry Page
    // and Sergey Brin, both 31,`.
    let age = core.value <= 120.0 && core.value.fract() == 0.0;
    let both = i > 2 && p.lower(i - 1) == "both" && p.is_punct(i - 2, ",");
    let set_off = i > 1 && p.is_punct(i - 1, ",") && p.is_word(i - 2);
    age && (set_off || both) && p.is_punct(i + 1, ",")
}

/// What a vote does to a motion or a bill (`passed`, `rejected`, `approved`), which a tally
/// of votes follows: `overrode the veto by 350 to 73`.
fn decides_a_motion(w: &str) -> bool {
    matches!(
        w,
        "passed"
            | "approved"
            | "rejected"
            | "defeated"
            | "carried"
            | "backed"
            | "adopted"
            | "overrode"
            | "overturned"
            | "upheld"
            | "sustained"
            | "ratified"
    )
}

/// `aged 19 and 22`, `aged over 65`, `aged between 16 and 18`, `aged 18 to 24`, `aged six to
/// 15`, `Pensioners aged over 65 will get`: ages (`Aged 18 years and 185 days` counts time,
/// and stays). Asked of the word `aged` first: most numbers have none before them.
fn after_aged(p: &Para, i: usize) -> bool {
    let age_words = |k: usize| {
        p.is_number(k)
            || small_number(p.lower(k)).is_some()
            || matches!(
                p.lower(k),
                "over" | "under" | "between" | "and" | "or" | "to"
            )
    };
    let next = p.lower(i + 1);
    (i.saturating_sub(4)..i)
        .rev()
        .find(|&k| !age_words(k))
        .is_some_and(|k| p.lower(k) == "aged")
        && (next == "to" || !is_nounish(next))
}

/// The number at `i`, written with `m` (`100m`), is a race's distance: a word of racing follows
/// it, or a list of such distances does (`800m and 1500m gold`), or it is `the 100m` alone, or
/// it is listed after such a race (`the 800m and 1500m`, `the 100m, 200m and 400m`).
pub(super) fn names_a_race(p: &Para, i: usize) -> bool {
    // (Back to the list's first distance, a few at most.)
    let mut first = i;
    for _ in 0..8 {
        let listed = first >= 3
            && matches!(p.lower(first - 1), "and" | "or" | ",")
            && p.lower(first - 2) == "m"
            && p.is_number(first - 3)
            && p.touching(first - 3, first - 2);
        if !listed {
            break;
        }
        first -= 3;
    }
    (first != i && names_a_race_from(p, first)) || names_a_race_from(p, i)
}

fn names_a_race_from(p: &Para, i: usize) -> bool {
    let mut k = i + 2;
    // Past the rest of a list of distances (a few: not down a list of thousands from each).
    while k < i + 2 + 3 * 8
        && matches!(p.lower(k), "and" | "or" | ",")
        && p.is_number(k + 1)
        && p.lower(k + 2) == "m"
        && p.touching(k + 1, k + 2)
    {
        k += 3;
    }
    // (`due to run in the 1500m on 19 February`, `the 5,000m with an injury`: a distance
    // raced, with a preposition after.)
    let raced = || {
        let distance = p.word(i).replace(',', "");
        matches!(
            distance.as_str(),
            "60" | "100"
                | "110"
                | "200"
                | "300"
                | "400"
                | "600"
                | "800"
                | "1000"
                | "1500"
                | "2000"
                | "3000"
                | "5000"
                | "10000"
        ) && matches!(p.lower(k), "on" | "in" | "at" | "for" | "with")
    };
    // (`Jones wins 100m in Paris`: a race won or run somewhere, not `won 200m in contracts`.)
    let run = || {
        matches!(
            p.lower(i - 1),
            "win" | "wins" | "won" | "winning" | "run" | "runs" | "ran" | "running"
        ) && raced()
            // (`ran 100m in 10.2 seconds`: in a time.)
            && (p.is_capitalised(k + 1) || p.lower(k + 1) == "the" || p.is_number(k + 1))
    };
    // (`silver in the women's 100m`: whose race it is.)
    let the_race = || {
        matches!(
            p.lower(i - 1),
            "the" | "men's" | "women's" | "men’s" | "women’s"
        )
    };
    let alone = i > 0 && (the_race() && (!p.is_word(k) || raced()) || run());
    alone
        || matches!(
            p.lower(k),
            "champion"
                | "champions"
                | "championship"
                | "gold"
                | "silver"
                | "bronze"
                | "title"
                | "final"
                | "finals"
                | "race"
                | "record"
                | "hurdles"
                | "freestyle"
                | "backstroke"
                | "breaststroke"
                | "butterfly"
                | "medley"
                | "relay"
                | "sprint"
                | "sprinter"
                | "runner"
                | "heat"
                | "heats"
                | "medal"
                | "medals"
                | "medallist"
                | "semi-final"
                | "world"
        )
}

/// `Vodafone, O2, Orange and 3`: a bare number closing a list of names is one of them (a
/// network, a channel), not a count of what the list names. Asked of a number with no unit.
fn ends_a_list_of_names(p: &Para, i: usize) -> bool {
    let named = |k: usize| p.is_word(k) && p.is_capitalised(k) && p.sentence_of(k).0 < k;
    i >= 4
        && p.word(i).len() == 1
        && matches!(p.lower(i - 1), "and" | "or")
        && named(i - 2)
        && p.is_punct(i - 3, ",")
        && named(i - 4)
        && !p.is_number(i + 1)
}

/// A standing in a table or a poll, the number at `i` and its tally: `leaves Chelsea 11
/// points clear`, `Labour 20 seats short` (not `Radio 4 points out`).
pub(crate) fn counts_a_tally(p: &Para, i: usize) -> bool {
    crate::extract::lexicon::is_tally(p.lower(i + 1)) && p.lower(i + 2) != "out"
}

/// The number at `i`, counting nothing, is part of the name before it: `Radio 4`, `iPhone
/// 16`, `Beagle 2`. Asked of a number with no unit.
pub(crate) fn numbers_the_name_before(p: &Para, i: usize) -> bool {
    let next = p.lower(i + 1);
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
            // (`captained England 22 times`: how often.)
            || matches!(next, "times" | "occasions")
            || counts_a_tally(p, i)
    };
    if !(i > 0
        && p.is_word(i - 1)
        && named(i - 1)
        && !counts()
        && !left_elliptical_after_a_name(p, i))
    {
        return false;
    }
    let prev = p.word(i - 1);
    // (`About 90 journalists` opens a sentence with a capital; `Channel 4 will show` and
    // `Halo 2 sales reach $125m` with a name.)
    let prev_lower = p.lower(i - 1);
    // `PRIME RATE TO 8-3/4 PCT`: a function word is capitalised only by a headline.
    if crate::extract::lexicon::is_function_word(prev_lower) && p.sentence_of(i - 1).0 < i - 1 {
        return false;
    }
    // `GM TO CLOSE 11 PLANTS`, `TO BUY 15 AIRBUS JETS`: in a line in capitals, a number
    // before a plural, up to two words on, counts it (not a year's: `SEES LOWER 1987
    // PROFITS`).
    let in_capitals = |k: usize| {
        let w = p.word(k);
        p.is_word(k) && w.len() > 1 && w.bytes().all(|b| b.is_ascii_uppercase())
    };
    if in_capitals(i - 1)
        && (i + 1..i + 4)
            .take_while(|&k| in_capitals(k))
            .any(|k| super::unit::is_plural(p.lower(k)))
        && crate::extract::dates::year_number(p, i).is_none()
    {
        return false;
    }
    // (`Chasing 240 to win, England …`: a participle opening the sentence.)
    // (`Set 378 to win, the hosts …`, `Given 20 minutes, …`: or one in the past.)
    let participle = (prev_lower.len() > 5
        && prev_lower.ends_with("ing")
        && !crate::extract::lexicon::gazetteer().contains_key(prev))
        || matches!(prev_lower, "set" | "given" | "left" | "asked" | "told");
    let opener = crate::extract::lexicon::is_function_word(prev_lower)
        || !crate::extract::lexicon::qualifiers_ending_with(prev_lower).is_empty()
        || participle;
    let sentence_start = p.sentence_of(i - 1).0 == i - 1
        && opener
        && crate::extract::lexicon::kind_from_last_word(prev).is_none();
    // (`Britain's 300 biggest firms` counts; `Standard and Poor's 500 index` is a name.)
    let an_index = next == "index" || (next == "stock" && p.lower(i + 2) == "index");
    let possessive = crate::extract::lexicon::is_possessive(prev) && !an_index;
    let calendar = month_number(prev_lower).is_some() || weekday_index(prev_lower).is_some();
    !sentence_start && !possessive && !calendar
}

/// `largest`, `biggest`, `richest`: a word that ranks (not `interest`, `protest`).
fn is_superlative(w: &str) -> bool {
    w.len() > 5
        && w.ends_with("est")
        && !matches!(
            w,
            "interest"
                | "request"
                | "protest"
                | "contest"
                | "harvest"
                | "forest"
                | "midwest"
                | "conquest"
                | "arrest"
                | "suggest"
                | "digest"
                | "manifest"
                | "invest"
        )
}
