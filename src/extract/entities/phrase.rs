//! From a capitalised run of tokens to the names in it: where the run ends, then the
//! sentence-initial words, titles, possessives and descriptions it sheds.

use super::*;

/// The last token of the capitalised phrase starting at `i`.
/// `the Terminally Ill Adults (End of Life) Bill`, `the Children (Scotland) Act`: a statute's
/// short title keeps its parts in brackets. From the `(` at `open`, the `Bill` or `Act` that
/// ends the title. (Not a part with `and` in it, which would later be read as two names.)
fn bracketed_statute_end(p: &Para, mut open: usize) -> Option<usize> {
    for _ in 0..3 {
        if !p.is_punct(open, "(") {
            return None;
        }
        let close = (open + 2..open + 8).find(|&k| p.is_punct(k, ")"))?;
        let titled = (open + 1..close)
            .all(|k| is_name_word(p, k) || matches!(p.lower(k), "of" | "the" | "for" | "to"));
        if !titled || !is_name_word(p, open + 1) {
            return None;
        }
        if super::words::is_statute_word(p.word(close + 1)) {
            return Some(close + 1);
        }
        open = close + 1;
    }
    None
}

pub(super) fn phrase_end(p: &Para, i: usize) -> usize {
    if let Some(end) = work_title_at(p, i) {
        return end;
    }
    let mut end = i;
    // (No further than a name runs: a longer run is no name, and is not read to its end from
    // each of its words.)
    while end < i + MAX_NAME_TOKENS {
        // `New York-based Citigroup`: the place and the bank are two names.
        if strip_adjective_suffix(p.word(end)).len() < p.word(end).len() {
            return end;
        }
        let next = end + 1;
        // `the Kuwait News Agency KUNA`: initials right after the name they stand for are a
        // name of their own, as they are in brackets.
        if end > i
            && p.word(next).len() >= 3
            && p.word(next).bytes().all(|b| b.is_ascii_uppercase())
            && !p.word(end).bytes().all(|b| b.is_ascii_uppercase())
            && super::words::stand_for(p.word(next), p.slice(i, end))
        {
            return end;
        }
        // `Tory Home Affairs spokesman`: the party's brief is part of the title.
        if is_a_partys_word(p.word(end)) && briefs_end(p, next).is_some() {
            return end;
        }
        // `the Transport and General Workers' Union`: a plural's apostrophe is its own token.
        let plural_possessive = p.apostrophe_after_s(end);
        // `the Liberal Democrats' Treasury spokesman`: a portfolio before a title is not part of
        // the name.
        if plural_possessive {
            // (`the Teachers' Pension Fund`: the kind at the end of the words after it; `by The
            // Actors' Gang`: any words, after a `The` written with a capital inside a sentence.)
            let run_end = (next + 1..next + 4)
                .take_while(|&k| is_name_word(p, k))
                .last();
            // (But `The Streets' Mike Skinner`: a given name after it opens a person's.)
            let titled_the = i > 0
                && p.word(i) == "The"
                && (p.is_punct(i - 1, ",") || (p.is_word(i - 1) && !p.is_capitalised(i - 1)))
                && !is_given_name(p.word(next + 1));
            // (`the United Nations' World Food Programme`: a body known by the words before
            // the apostrophe owns the one after it.)
            let owner_known = || {
                let owner = p.slice(i, end);
                gazetteer().contains_key(owner.strip_prefix("The ").unwrap_or(owner))
            };
            // (`National Farmers' Union president Tom Bradshaw`: a body's own head noun before
            // a title is the body's.)
            let org_follows = run_end.is_some_and(|last| {
                (titled_the || kind_from_last_word(p.word(last)).is_some())
                    && (!precedes_a_title(p, last) || super::words::is_a_bodys_head(p.lower(last)))
            }) && !owner_known();
            if !org_follows {
                return end;
            }
            end = next + 1;
            continue;
        }
        // `Do They Know It's Christmas?`: a title's contraction, not an owner's possessive.
        if end > i && is_contraction_with_s(p.lower(end)) && is_name_word(p, next) {
            end = next;
            continue;
        }
        if is_possessive(p.word(end)) {
            // (`Lloyd's of London`: a known name that holds a possessive and an `of`;
            // `Moody's Investors Service`: or the words after it.)
            let from = if p.lower(next) == "of" {
                next + 1
            } else {
                next
            };
            let known = (from > next || is_name_word(p, next))
                .then(|| (from..from + 2).find(|&last| gazetteer().contains_key(p.slice(i, last))))
                .flatten();
            if let Some(last) = known {
                end = last;
                continue;
            }
            // `the U.S. Trade Representative's Office` is one name; `Japan's Ministry of
            // Finance` is a place's body, two names (but `America's Cup` is one).
            // (`The Children's Investment Fund`, `the People's Bank of China`: a people's
            // body is named for them, and is of the kind the words after it end on.)
            let owner_first = if p.lower(i) == "the" { i + 1 } else { i };
            // (`Queen's Medical Centre`, `King's College Hospital`: so is a place named for a
            // monarch.)
            let peoples = end == owner_first
                && (crate::extract::lexicon::is_irregular_plural(strip_possessive(p.word(end)))
                    || matches!(strip_possessive(p.word(end)), "Queen" | "King"));
            let run_end = (next + 1..next + 3)
                .take_while(|&k| peoples && is_name_word(p, k) && !is_possessive(p.word(k - 1)))
                .last();
            let next_kind = kind_from_last_word(p.word(next))
                .or_else(|| run_end.and_then(|k| kind_from_last_word(p.word(k))));
            // (`Microsoft's Bill Gates`: a given name and a surname are a person's, whatever
            // the first word names alone.)
            let person_follows = is_given_name(p.word(next)) && is_name_word(p, next + 1);
            let org_follows = is_name_word(p, next)
                && next_kind.is_some()
                && !precedes_a_title(p, next)
                && !person_follows;
            let body = next_kind == Some(EntityKind::Organization)
                && !matches!(p.word(next), "Cup" | "League" | "Championship" | "Trophy");
            // (`Labour's Commons majority`: a known body's too.)
            let owner = strip_possessive(p.slice(i, end));
            let places_body = body
                && (is_known_place(owner)
                    || gazetteer().get(owner) == Some(&EntityKind::Organization));
            // `Prime Minister's Questions`, `the Queen's Speech`: a title's one-word event or
            // office is named by the title's holder (not `Labour's Commons majority`).
            let titles_event = is_titles_possessive(p.word(end))
                && is_name_word(p, next)
                && next_kind.is_none()
                && !is_name_word(p, next + 1);
            if titles_event {
                return next;
            }
            // `Ocean's Eleven`, `Ocean's Twelve`: a number in words, written with a capital
            // after an owner, names a film or a band, as one.
            let owners_number = p.is_capitalised(next)
                && crate::extract::lexicon::small_number(p.lower(next)).is_some()
                && !is_name_word(p, next + 1);
            if owners_number {
                return next;
            }
            // `Fishermen's Bend`, `King's Cross`, `Martha's Vineyard`: a place named for its
            // owner by the lie of the land (not a known place's or body's: `London's Hyde
            // Park`).
            let owners_feature = is_name_word(p, next)
                && is_owned_feature(p.word(next))
                && !is_name_word(p, next + 1)
                && !gazetteer().contains_key(owner);
            if owners_feature {
                return next;
            }
            // (`Oliver's Channel 4 series`: a known name after the possessive.)
            let known_after = || {
                p.is_capitalised(next)
                    && (next..next + 3).any(|last| gazetteer().contains_key(p.slice(next, last)))
            };
            // `Wendy's International Inc`, `Frank's Nursery unit`: a business named by a
            // given name alone is one name with what follows (not `Diana's brother`, nor a
            // known name).
            let named_for_someone = (end == i || !is_name_word(p, end - 1))
                && is_given_name(strip_possessive(p.word(end)))
                && is_name_word(p, next)
                && !is_given_name(strip_possessive(p.word(next)))
                // (`Bob's Cat's owner`: an owner's owner.)
                && !is_possessive(p.word(next))
                && !person_follows
                && !precedes_a_title(p, next)
                && !known_after();
            if named_for_someone {
                end = next;
                continue;
            }
            // `Rupert Murdoch's News Corporation`: a person's body is a name of its own; so
            // is a known one after anybody's possessive.
            let persons_body = || (end > i && is_given_name(p.word(i))) || known_after();
            if !org_follows || places_body || persons_body() {
                return end;
            }
            end = next;
            continue;
        }
        // `Norsk Hydro A/S`: a Danish or Norwegian company's legal form, written with a slash,
        // ends the name.
        // (Asked at every word of a name: whether the next token touches it first.)
        let slashed_form = end > i
            && p.touching(end, next)
            && p.word(end) == "A"
            && p.is_punct(next, "/")
            && p.word(next + 1) == "S"
            && p.touching(next, next + 1);
        if slashed_form {
            return next + 1;
        }
        // `Blink-182`, `Covid-19`: a number hyphened onto the name, written as one, ends it.
        let hyphened_number = p.is_punct(next, "-")
            && p.touching(end, next)
            && p.is_number(next + 1)
            && p.touching(next, next + 1)
            && !p.touching(next + 1, next + 2);
        if hyphened_number {
            return next + 1;
        }
        // `Disney+`, `Canal+`: a plus written onto the name is the name's, and ends it.
        if p.is_punct(next, "+")
            && p.touching(end, next)
            && !(p.touching(next, next + 1) && (p.is_word(next + 1) || p.is_number(next + 1)))
        {
            return next;
        }
        // `BBC Radio 4`, `Channel 5`; not `beat Manchester City 1-0`: a score (`3–2` with
        // an en dash too).
        let dash = |k: usize| p.is_punct(k, "-") || p.is_punct(k, "–");
        let glued = p.touching(next, next + 1)
            && (p.is_word(next + 1) || p.is_number(next + 1) || dash(next + 1));
        // Not `give Congress 90 days notice`: a span of time counts.
        // (Nor `the Liberal Democrats 62`: a party's seats, after a plural.)
        // (Nor `Labour 229 and the Liberal-SDP Alliance 22`: counts listed after a count.)
        if p.is_number(next)
            && p.word(next).len() <= 2
            && !glued
            && !p.word(end).ends_with('s')
            && kind_from_last_word(p.word(end)).is_some()
            && !crate::extract::lexicon::is_time_unit(p.lower(next + 1))
            // (Nor `left United 11 points behind`: a side's tally.)
            && !crate::extract::figures::counts_a_tally(p, next)
            && !crate::extract::figures::left_elliptical_after_a_name(p, next)
        {
            end = next;
            continue;
        }
        // `Fathers 4 Justice`, `Kids 4 Peace`: a digit said as `for` or `to`, after a plural
        // and before another word of a name, joins them (not a model's number: `the Beagle 2
        // Mars lander`; nor a score: `Chelsea 2 Arsenal 1`).
        let said_as_a_word = matches!(p.word(next), "2" | "4")
            && !glued
            && p.word(end).len() > 3
            && p.word(end).ends_with('s')
            && is_name_word(p, next + 1)
            && !p.is_number(next + 2)
            && !date_at(p, next + 1);
        if said_as_a_word {
            end = next + 1;
            continue;
        }
        // `Xbox 360`, `Apollo 11`, `the Beagle 2 Mars lander`: a number that counts nothing,
        // as the figures read it, is the name's, and ends it.
        // (Not `Boeing Co 757 aircraft`: after its legal form a firm's name is whole, and the
        // number is a model's.)
        let names_number = || {
            p.word(next).len() <= 3
                && !super::words::is_legal_suffix(p.word(end))
                && !super::words::is_foreign_legal_form(p.word(end))
                && !p.word(next).contains('.')
                // (`Published 24 November`: a day.)
                && !is_month_word(p.lower(next + 1))
                && crate::extract::figures::numbers_the_name_before(p, next)
        };
        // `Fahrenheit 9/11`: a name's number written with a slash (not a wire price's
        // fraction, `1/4`, `3/8`).
        let slashed = || {
            p.is_punct(next + 1, "/")
                && p.touching(next, next + 1)
                && p.touching(next + 1, next + 2)
                && p.is_number(next + 2)
                && !matches!(p.word(next + 2), "2" | "4" | "8" | "16" | "32" | "64")
        };
        if p.is_number(next) && slashed() && names_number() {
            return next + 2;
        }
        // (`Boeing 737 Max jets`, `Airbus A320 planes`: a maker's name ends before its
        // airliner's model.)
        // (A token's kind first: this is asked after every word of a name.)
        let airliner = if p.is_number(next) {
            crate::extract::figures::is_airliner_number(p, next)
        } else {
            p.is_word(next) && crate::extract::figures::is_airbus_model(p, next)
        };
        if airliner {
            return end;
        }
        if p.is_number(next) && !glued && names_number() {
            return next;
        }
        // `Euro 2004`, `Windows 2000`: a name's year, as the dates read it.
        if p.is_number(next)
            && crate::extract::dates::year_number(p, next).is_some()
            && crate::extract::dates::names_with_the_word_before(p, next)
        {
            end = next;
            continue;
        }
        // `J. Hugh Liedtke`, `John F. Kennedy`: an initial and its dot; `St. Louis`, `Mt.
        // Everest`: a saint's or a mount's.
        let w = p.word(end);
        if ((w.len() == 1 && w.chars().all(char::is_uppercase)) || matches!(w, "St" | "Mt" | "Ft"))
            && p.is_punct(next, ".")
            && p.touching(end, next)
            && is_name_word(p, next + 1)
            && !is_function_word(p.lower(next + 1))
        {
            end = next + 1;
            continue;
        }
        if let Some(last) = bracketed_statute_end(p, next) {
            end = last;
            continue;
        }
        // `Cheung Kong (Holdings) Ltd`: a word in brackets before a company's legal suffix is
        // part of its registered name.
        let bracketed_in_a_company = p.is_punct(next, "(")
            && is_name_word(p, next + 1)
            && p.is_punct(next + 2, ")")
            && is_legal_suffix(p.word(next + 3));
        if bracketed_in_a_company {
            end = next + 3;
            continue;
        }
        if end > i && p.is_punct(next, ":") {
            if let Some(last) = subtitle_end(p, i, end) {
                return last;
            }
        }
        // `Gary "Mani" Mounfield`: a nickname in quote marks between a first name and a
        // surname.
        let closes = |k: usize| matches!(p.word(k), "\"" | "”" | "’" | "'");
        if p.is_some_punct(next) && is_quote_mark(p.word(next)) && is_given_name(p.word(end)) {
            let inside = (next + 1..next + 3)
                .take_while(|&k| p.is_capitalised(k))
                .last();
            if let Some(last) = inside.filter(|&l| closes(l + 1) && is_name_word(p, l + 2)) {
                end = last + 2;
                continue;
            }
        }
        // `Theresa May` is a name; `Texas April 3` is a date, and so is a holiday.
        if is_name_word(p, next) && !date_at(p, next) && !initials_end_a_sentence(p, end) {
            end = next;
            continue;
        }
        // `Ali al-Khalifa al-Sabah`, `Abdel Fattah el-Sisi`: a family's particle, in lower
        // case, joined to the name it is part of.
        if is_name_particle(p.word(next)) {
            end = next;
            continue;
        }
        let connector = p.lower(next);
        // `Royal Dutch/Shell Group`: two names written as one with a slash. A single listed
        // name on either side is a pair of names (`the U.S./Soviet grain agreement`,
        // `EC/Japan talks`).
        let listed_pair = || {
            end == i
                && (gazetteer().contains_key(p.word(end))
                    || gazetteer().contains_key(p.word(next + 1)))
        };
        if connector == "/"
            && p.touching(end, next)
            && p.touching(next, next + 1)
            && is_name_word(p, next + 1)
            && !listed_pair()
        {
            end = next + 1;
            continue;
        }
        // `the Campaign to Protect Rural England`, `the Committee to Protect Journalists`: a
        // body named for what it is to do.
        let to_do = connector == "to"
            && matches!(
                p.word(end),
                "Campaign" | "Committee" | "Coalition" | "Alliance" | "Movement" | "Fund"
            )
            && is_name_word(p, next + 1)
            && is_name_word(p, next + 2);
        if to_do {
            end = next + 1;
            continue;
        }
        let joins = matches!(
            connector,
            "of" | "for"
                | "on"
                | "and"
                // `Dar es Salaam`, `Ali al-Khalifa`, `Osama bin Laden`, `Mabon ap Gwynfor`
                | "es"
                | "al"
                | "bin"
                | "ibn"
                | "ap"
                | "&"
                // `Bank fuer Gemeinwirtschaft`, `Kreditanstalt fuer Wiederaufbau`
                | "fuer"
                | "für"
                // `Corriere della Sera`, `Cassa dei Risparmi`, `Banque des Etats`,
                // `Gazzetta dello Sport`
                | "della"
                | "dello"
                | "delle"
                | "degli"
                | "dei"
                | "des"
        ) || (is_surname_particle(connector)
            && (!matches!(connector, "ten" | "ter") || is_given_name(p.word(end))));
        // `George Harrison on the Beatles' recordings`, `challenge Roger Knapman for the
        // leadership`: a person's name takes no `on` or `for`.
        // (`report to President Reagan on Japan's compliance`: nor a title and a surname;
        // but `General Agreement on Tariffs and Trade`.)
        let titled_surname = || {
            end == i + 1
                && (is_honorific(p.word(i))
                    || matches!(
                        p.word(i),
                        "President" | "Senator" | "Chancellor" | "Premier" | "Pope"
                    ))
                && !is_title_word(p.lower(end))
        };
        // (`Norman Baker of Campaign for Better Transport`: past an `of`, the name is the
        // body's, not the person's.)
        let persons = matches!(connector, "on" | "for")
            && end > i
            && (is_given_name(p.word(i)) || titled_surname())
            && (i + 1..end).all(|k| p.lower(k) != "of");
        // `travel to Istanbul for the Champions League final`: nor a known place a `for`.
        // (`agreed a fee with Sevilla for Spain striker Jose Antonio Reyes`: nor a place
        // whose player, by role, follows.)
        // (`pressure from Washington on Tokyo`: nor an `on`; a place so named is written with
        // hyphens, `Stoke-on-Trent`.)
        // (Asked only of an `on` before a name: `said on Monday` asks nothing.)
        // (`the Needles on the Isle of Wight`: nor before a known place, unless what comes
        // before is a body's noun, as in `Commission on Scotland`.)
        let on_a_place = || {
            let k = if p.lower(next + 1) == "the" {
                next + 2
            } else {
                next + 1
            };
            p.is_capitalised(k)
                && kind_from_last_word(p.word(end)) != Some(EntityKind::Organization)
                && (k..k + 3).any(|last| is_known_place(p.slice(k, last)))
        };
        let places = (connector == "on"
            && ((p.is_capitalised(next + 1) && is_known_place(p.slice(i, end))) || on_a_place()))
            || connector == "for"
                && (is_known_place(p.slice(i, end))
                    || (is_known_place(p.word(next + 1))
                        && p.is_word(next + 2)
                        && !p.is_capitalised(next + 2)
                        && crate::extract::lexicon::describes_person(p.lower(next + 2))));
        // (`Ford Motor Co of the U.S.`: after a firm's legal form, `of the` says where it
        // is from.)
        let firms_country = connector == "of"
            && p.lower(next + 1) == "the"
            && super::words::is_legal_suffix(p.word(end));
        if joins
            && !persons
            && !places
            && !firms_country
            && !of_after_warn_or_accuse(p, i, end, connector)
        {
            // `Secretary of State for the Family`, `Commission for Racial Equality`
            let mut k = next + 1;
            if p.lower(k) == "the" && matches!(connector, "of" | "for" | "on") {
                k += 1;
            }
            // `the Foundation for a Free Information Infrastructure`: a body named for an aim.
            let a_body = || kind_from_last_word(p.word(end)) == Some(EntityKind::Organization);
            if connector == "for" && matches!(p.lower(k), "a" | "an") && a_body() {
                k += 1;
            }
            // `Ursula von der Leyen`, `Rafael van den Berg`, `Ana de la Cruz`
            let particle = matches!(connector, "von" | "van" | "de");
            if particle && matches!(p.lower(k), "der" | "den" | "la" | "los" | "las") {
                k += 1;
            }
            // `in Vienna on December 9`, `Paris on New Year's Eve`, `Brent for June
            // delivery`: a date, not the rest of a name.
            // (`Microsoft's Xbox for the Christmas market`: nor a season or a word naming
            // nothing alone before a noun in lower case.)
            let a_time_of_year = matches!(connector, "for" | "on")
                && (is_month_word(p.lower(k))
                    || (crate::extract::lexicon::names_nothing_alone(p.lower(k))
                        && p.is_word(k + 1)
                        && !p.is_capitalised(k + 1)));
            // (`Shrek and The Polar Express`, `Smith and The Times`: a `The` written in
            // capitals inside a sentence opens a name of its own.)
            let a_names_own_the = connector == "and" && p.word(k) == "The";
            if is_name_word(p, k) && !date_at(p, k) && !a_time_of_year && !a_names_own_the {
                end = k;
                continue;
            }
        }
        // `Save the Children`, `Stop the War Coalition`: a known name that holds a `the`.
        if connector == "the" {
            let known = (next + 1..=(next + 3).min(p.tokens().len() - 1))
                .rev()
                .find(|&last| (i..=end).any(|a| gazetteer().contains_key(p.slice(a, last))));
            if let Some(last) = known {
                end = last;
                continue;
            }
        }
        // `Culture, Media and Sport Secretary Tessa Jowell`: portfolios listed in one title.
        // (The cheap tests first: asked at every comma after a name.)
        if connector == ","
            && p.is_capitalised(next + 1)
            && p.is_capitalised(end)
            && is_portfolio(p.lower(end))
        {
            if let Some(last) = portfolios_listed_before_a_title(p, next + 1) {
                end = last;
                continue;
            }
        }
        // `Goldman, Sachs and Co`, `Kidder, Peabody & Co`: a firm of partners' names keeps its
        // comma.
        if connector == "," {
            let mut k = next + 1;
            while k < next + 3 && is_name_word(p, k) {
                k += 1;
            }
            let firm = k > next + 1
                && matches!(p.lower(k), "and" | "&")
                && matches!(p.word(k + 1), "Co" | "Company" | "Cie");
            if firm {
                end = k + 1;
                continue;
            }
            if let Some(last) = listed_in_a_name(p, i, end) {
                end = last;
                continue;
            }
        }
        // `Meet the Fockers`, `Kill the Messenger`: a title, a single common word before
        // `the` and a name (`Do the Right Thing`: a function word too, when only a title
        // would capitalise it, inside a sentence).
        let capitalised_inside =
            || i > p.sentence_of(i).0 && !p.is_punct(i - 1, ":") && !is_quote_mark(p.word(i - 1));
        if connector == "the"
            && end == i
            && is_name_word(p, next + 1)
            && !gazetteer().contains_key(p.word(i))
            && !is_given_name(p.word(i))
            && !is_title_word(p.lower(i))
            && (!is_function_word(p.lower(i)) || capitalised_inside())
            && !is_possessive(p.word(i))
        {
            end = next + 1;
            continue;
        }
        // `Breakfast with Frost`: a title of a programme or work, after a single word.
        if connector == "with"
            && end == i
            && is_name_word(p, next + 1)
            && !gazetteer().contains_key(p.word(i))
        {
            end = next + 1;
            continue;
        }
        return end;
    }
    end
}

/// `acquisition`, `dynamics`, `instrument`, `utility`: a word whose ending makes it an
/// abstract or a made thing's noun, never a surname.
fn names_a_thing_not_a_person(lower: &str) -> bool {
    let lower = lower.strip_suffix("'s").unwrap_or(lower);
    [
        "tion", "sion", "ics", "ment", "ments", "ity", "ities", "ance", "ence",
    ]
    .iter()
    .any(|suffix| lower.len() > suffix.len() + 2 && lower.ends_with(suffix))
}

/// `MP`, `MEP`, `MSP`: a member who sits for a seat, which is a place.
fn is_member_for_a_seat(title: &str) -> bool {
    matches!(
        title,
        "mp" | "mep" | "msp" | "mla" | "am" | "councillor" | "cllr"
    )
}

/// `the Scottish Executive`, `the Northern Ireland Executive`: a country's government, named
/// for its people or its place, not a chief executive.
fn names_a_government(p: &Para, first: usize, end: usize) -> bool {
    end > first
        && strip_possessive(p.word(end)) == "Executive"
        && (is_demonym(p.word(end - 1)) || is_known_place(p.slice(first, end - 1)))
}

/// `Mourinho warns Chelsea of Barca threat`, `warned Chelsea of Barcelona's pace`: the `of` a
/// verb takes after its object (warn, accuse, remind, convict someone of something) joins no
/// name. (Not `warns Bank of England`: a body's noun names the body with its `of`.)
fn of_after_warn_or_accuse(p: &Para, i: usize, end: usize, connector: &str) -> bool {
    connector == "of"
        && end == i
        && i > 0
        && takes_its_object_of(p.lower(i - 1))
        && kind_from_last_word(p.word(i)).is_none()
        && !is_title_word(p.lower(i))
        && !gazetteer().contains_key(p.slice(i, i + 2))
}

/// `warns`, `accused`, `reminding`: a verb that takes its object and then what it is about
/// with `of` (told by its stem, its ending taken off).
fn takes_its_object_of(verb: &str) -> bool {
    let stem = ["ing", "ies", "ied", "es", "ed", "s", "e", "y"]
        .iter()
        .find_map(|suffix| verb.strip_suffix(suffix))
        .unwrap_or(verb);
    matches!(
        stem,
        "warn"
            | "accus"
            | "remind"
            | "convict"
            | "acquit"
            | "acquitt"
            | "rob"
            | "robb"
            | "depriv"
            | "inform"
            | "assur"
            | "suspect"
            | "absolv"
            | "strip"
            | "stripp"
            | "notif"
            | "convinc"
    )
}

/// The last portfolio of a list from `k` to a title (`Media and Sport` before `Secretary`),
/// each item one or two capitalised portfolios (`Rural Affairs`).
fn portfolios_listed_before_a_title(p: &Para, mut k: usize) -> Option<usize> {
    let portfolio = |k: usize| p.is_capitalised(k) && is_portfolio(p.lower(k));
    for _ in 0..4 {
        if !portfolio(k) {
            return None;
        }
        if portfolio(k + 1) {
            k += 1;
        }
        match p.word(k + 1) {
            "," => k += 2,
            "and" => {
                let mut last = k + 2;
                if !portfolio(last) {
                    return None;
                }
                if portfolio(last + 1) {
                    last += 1;
                }
                return is_title_word(p.lower(last + 1)).then_some(last);
            }
            _ => return None,
        }
    }
    None
}

/// `the Ministry of Agriculture, Fisheries and Food`, `the New York Coffee, Sugar and Cocoa
/// Exchange`: a list after the name `i..=end` that is part of it, because the name is a body
/// of something or the list ends in a body's noun. The list's last token, if so.
fn listed_in_a_name(p: &Para, i: usize, end: usize) -> Option<usize> {
    let is_body = |k: usize| kind_from_last_word(p.word(k)) == Some(EntityKind::Organization);
    // (The run may open its sentence, and the body be described: `The Ministry of …`, `the
    // Canadian Brotherhood of Railway, Transport and General Workers`.)
    let body_of = (i + 1..end).any(|k| matches!(p.lower(k), "of" | "for") && is_body(k - 1));
    // Items of up to three words, or one each when only the list's end says it is a body's.
    let most = if body_of { 3 } else { 1 };
    // (Written as a common noun too: `BBC One, ITV1 and Sky News` lists names of their own.)
    let common = |k: usize| {
        let w = p.word(k);
        !gazetteer().contains_key(w) && !is_given_name(w) && written_as_a_common_word(w)
    };
    if !body_of && !common(end) {
        return None;
    }
    let mut k = end + 2;
    for _ in 0..4 {
        let start = k;
        while k < start + most && is_name_word(p, k) && common(k) {
            k += 1;
        }
        if k == start {
            return None;
        }
        match p.lower(k) {
            "," => k += 1,
            "and" => {
                let start = k + 1;
                let mut last = start;
                while last < start + 3 && is_name_word(p, last + 1) {
                    last += 1;
                }
                let named = is_name_word(p, start) && common(start);
                // (`the Smoking, Health and Social Care (Scotland) Bill`: or a statute's.)
                let statute = bracketed_statute_end(p, last + 1)
                    .or_else(|| super::words::is_statute_word(p.word(last)).then_some(last));
                if let Some(statute) = statute.filter(|_| named) {
                    return Some(statute);
                }
                return (named && (body_of || is_body(last))).then_some(last);
            }
            _ => return None,
        }
    }
    None
}

/// The name ending at `end`, at `from` or after, ends in a treaty's or a statute's word, or
/// in one and its year (`the Crime and Disorder Act 1998`).
fn ends_in_a_document_word(p: &Para, from: usize, end: usize) -> bool {
    let dated = end > from && crate::extract::dates::year_number(p, end).is_some();
    let last = end - usize::from(dated);
    last >= from && (is_document_word(p.word(last)) || super::words::is_statute_word(p.word(last)))
}

/// The name at `start..=end` is counted, by a number before it, in the plural (`four FA
/// Cups`, `three Brit Awards`; not `the 2004 Olympics`, a year).
fn counted_in_the_plural(p: &Para, start: usize, end: usize) -> bool {
    let last = p.word(end);
    // (Not `four Olympic Games`: an event named only in the plural.)
    let plural = last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !matches!(last, "Games" | "Olympics" | "Paralympics");
    plural
        && start > 0
        && end > start
        && (crate::extract::lexicon::small_number(p.lower(start - 1)).is_some_and(|n| n >= 2)
            || (p.is_number(start - 1)
                && crate::extract::dates::year_number(p, start - 1).is_none()
                // (`at 1251 Avenue of the Americas`: a house's number counts nothing.)
                && !crate::extract::dates::street_named_from(p, start)))
}

/// `al-Sabah`, `el-Sisi`: a lower-case particle of up to three letters, a hyphen and a
/// capitalised name.
fn is_name_particle(w: &str) -> bool {
    // (`Giscard d'Estaing`, `Cie Generale d'Electricite`: `d'` written onto a capital.)
    if let Some(rest) = w.strip_prefix("d'").or_else(|| w.strip_prefix("d’")) {
        return rest.chars().next().is_some_and(char::is_uppercase);
    }
    // Asked after most names: the dash is looked for in the first four bytes only.
    let b = w.as_bytes();
    let Some(dash) = b.iter().take(4).position(|&c| c == b'-').filter(|&d| d > 0) else {
        return false;
    };
    b[..dash].iter().all(u8::is_ascii_lowercase)
        && w[dash + 1..].chars().next().is_some_and(char::is_uppercase)
}

pub(super) fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'")
}

/// A date starts at name word `k`: a month and its day (`April 3`) or a holiday (`New Year's
/// Eve`). Asked only of name words, after the cheaper tests.
fn date_at(p: &Para, k: usize) -> bool {
    (is_month_word(p.lower(k)) && p.is_number(k + 1))
        || crate::extract::dates::holiday_at(p, k).is_some()
}

/// What the land does at a place named for its owner: `Bend` in `Fishermen's Bend`.
fn is_owned_feature(w: &str) -> bool {
    matches!(
        w,
        "Bend"
            | "End"
            | "Cross"
            | "Court"
            | "Wood"
            | "Bush"
            | "Vineyard"
            | "Point"
            | "Creek"
            | "Landing"
            | "Heath"
            // `St George's Chapel`, `Guy's Hospital`, `King's College`
            | "Chapel"
            | "Cathedral"
            | "Hospital"
            | "College"
    )
}

/// `Keane, The Streets and Joss Stone have …`: the name ending at `end` opens a list of names,
/// the rest capitalised up to an `and` and a capitalised name after it.
fn heads_a_list_of_names(p: &Para, end: usize) -> bool {
    if !p.is_punct(end + 1, ",") || !p.is_capitalised(end + 2) {
        return false;
    }
    let and = (end + 3..end + 8).find(|&k| !p.is_capitalised(k));
    and.is_some_and(|k| p.word(k) == "and" && p.is_capitalised(k + 1))
}

/// A short preposition: one that titles write with a capital (`To` in `The Long Walk To
/// Justice`, `On` in `On the Waterfront`), and that no words describing a kind of body run
/// across (`a partner at the firm`).
pub(super) fn is_title_preposition(w: &str) -> bool {
    matches!(w, "to" | "of" | "for" | "in" | "on" | "at" | "with")
}

/// A small word written with a capital inside a name, as titles are written: `The Long
/// Walk To Justice` is one name, not the title `Justice` after a body.
fn in_title_case(p: &Para, k: usize) -> bool {
    let w = p.lower(k);
    p.is_capitalised(k) && (is_title_preposition(w) || matches!(w, "and" | "a"))
}

/// A small word that, written with a capital, may open a title: `On the Waterfront` (not
/// `A`, which ends `Plan A`).
fn opens_a_title(w: &str) -> bool {
    is_title_preposition(w) || w == "the"
}

/// A kind of debt security written as the last word of its name: `Notes`, `Bonds`.
fn is_a_security(w: &str) -> bool {
    matches!(
        w,
        "Notes" | "Bonds" | "Bills" | "Debentures" | "Warrants" | "Gilts"
    )
}

/// `Separately, the Bank of Canada …`, `Additionally, …`: an adverb opening a sentence,
/// set off by its comma, is no name (but `Italy, France and Spain`, `Kelly, 36,`: a place or
/// a given name the gazetteer knows).
fn adverb_set_off(p: &Para, k: usize) -> bool {
    const ENDINGS: &[&str] = &[
        "ately", "ally", "ently", "antly", "ously", "ively", "edly", "ingly", "fully", "arly",
        "ssly", "ibly", "ably",
    ];
    let w = p.lower(k);
    p.is_punct(k + 1, ",")
        && w.len() >= 7
        && ENDINGS.iter().any(|e| w.ends_with(e))
        && !p.word(k).bytes().skip(1).any(|b| b.is_ascii_uppercase())
        && !gazetteer().contains_key(p.word(k))
        && !crate::extract::lexicon::is_given_name(p.word(k))
}

/// Turn a capitalised phrase into zero or more candidate names.
/// `First City lost 402 mln dlrs`, `New Labour won`: `First` or `New` written straight
/// before a name word (no comma, no title: `First Minister Jack McConnell`) opens the
/// name rather than the sentence.
fn first_or_new_opens_the_name(p: &Para, first: usize) -> bool {
    matches!(p.lower(first), "first" | "new")
        && p.is_word(first + 1)
        && p.is_capitalised(first + 1)
        && !is_title_word(p.word(first + 1))
        && !is_month_word(p.lower(first + 1))
        && weekday_index(p.lower(first + 1)).is_none()
}

/// `sold 3.7 billion dlrs worth to the U.S. Last year`: the dot of the initials at `k`, written
/// in their word, ends a sentence before a word that only opens one.
fn initials_end_a_sentence(p: &Para, k: usize) -> bool {
    p.has_inner_capital(k)
        && p.word(k).ends_with('.')
        && crate::text::sentences::initials_end_before(p.word(k + 1))
}

pub(super) fn clean_phrase<'a>(
    p: &Para<'a>,
    start: usize,
    end: usize,
    out: &mut Vec<Candidate<'a>>,
) {
    // `won Oscars for On the Waterfront`: a small word written with a capital that ends the
    // phrase opens a title the phrase runs into; the name ends before it and its joining word.
    let mut end = end;
    // `3.2 billion H.K. Dlrs`, `71.40 U.S. Cents`: the currency a wire story writes in
    // capitals after its figure is nobody's name; a known place before it stays one.
    // (The cheap tests first: asked of every phrase.)
    // (`more than two U.S. Cents`: a number spelled out too.)
    let after_a_figure = start > 0
        && (p.is_number(start - 1)
            || crate::extract::lexicon::small_number(p.lower(start - 1)).is_some()
            || (start > 1
                && p.is_number(start - 2)
                && crate::extract::lexicon::scale(p.lower(start - 1)).is_some()));
    let currency = || {
        crate::extract::lexicon::is_currency_word(p.lower(end))
            || matches!(p.lower(end), "cents" | "cts")
    };
    // (`the iPhone 16 Pro Max`, `the PlayStation 5 Pro`: a model's edition after its number
    // is no name.)
    let edition = |k: usize| {
        matches!(
            p.word(k),
            "Pro" | "Max" | "Plus" | "Ultra" | "Mini" | "Lite" | "Air" | "SE" | "XL"
        )
    };
    if start > 0 && p.is_number(start - 1) && (start..=end).all(edition) {
        return;
    }
    // `a former Law Lord`, `the First Sea Lord`: a peer's title with no name after it is an
    // office (not `the House of Lords`).
    if end > start && matches!(p.word(end), "Lord" | "Lords") && p.lower(end - 1) != "of" {
        return;
    }
    if after_a_figure && currency() {
        if end == start || !is_known_place(p.slice(start, end - 1)) {
            return;
        }
        end -= 1;
    }
    while end > start && p.is_capitalised(end) && opens_a_title(p.lower(end)) {
        end -= 1;
        while end > start && !p.is_capitalised(end) && is_connector(p.lower(end)) {
            end -= 1;
        }
    }
    // `her album Hopes and Fears`, `Hopes and Fears, the Keane album,`: a work's title is
    // whole, its `and` no list.
    // (`Grand Theft Auto: San Andreas`: a subtitle says so too.)
    let subtitled = || end > start && p.slice(start, end).bytes().any(|b| b == b':');
    if work_title_at(p, start).is_some() || set_off_as_a_work(p, end) || subtitled() {
        out.push(Candidate {
            kind: Some(EntityKind::Other),
            ..Candidate::new(p.slice(start, end), start, end)
        });
        return;
    }
    let sentence_start = p.sentence_of(start).0;
    // A word right after an opening quote mark starts a sentence too, as does the first
    // after a wire dateline (`CAIRO, Jan 8 (Reuters) - Negotiators …`, `HOUSTON, April 7 -
    // Pilots …`).
    let after_dateline = p.follows_a_dateline(start);
    // (`to the U.S. Last year`: so does a word that only opens one after initials' dot.)
    let after_initials = start > 0 && initials_end_a_sentence(p, start - 1);
    // (`Storm Darragh: Thousands without power`: so does the first word after a headline's
    // colon; in a story's text a colon can also open a title's second part, `Lord of the
    // Rings: The Return of the King`.)
    let after_headline_colon = p.role == Role::Headline && start > 0 && p.is_punct(start - 1, ":");
    let opens_sentence = start == sentence_start
        || after_headline_colon
        || (start >= 2 && super::is_label_at(p, start - 2))
        || (start > 0 && is_quote_mark(p.word(start - 1)))
        || after_dateline
        || after_initials;
    let mut first = start;
    let mut after_a_sum = false;
    if opens_sentence {
        // Sentence-initial function words: `Though`, `Meanwhile`, `The`; but not the first
        // word of a known name (`New York`, `The Times`) nor a company's (`First Boston
        // Corp`, `New England Electric Co`).
        // (`First Boston said`: one that speaks, too.)
        let company = end > first
            && (is_legal_suffix(p.word(end))
                || crate::extract::lexicon::is_speech_verb(p.lower(end + 1))
                || first_or_new_opens_the_name(p, first));
        // (Not an honorific: `Mr Brown, who …` keeps what says he is a person.)
        // (`The New Forces rebels`: `New` after `The` is the name's.)
        let new_after_the =
            |k: usize| k > start && k < end && p.lower(k) == "new" && p.lower(k - 1) == "the";
        // (`The Times leads on …` keeps its `The`; `The Sunday Times Rich List` names the list
        // by the paper without it.)
        let known_from = |k: usize| {
            if p.lower(k) == "the" {
                let whole = strip_adjective_suffix(strip_possessive(p.slice(k, end)));
                gazetteer().contains_key(whole)
            } else {
                opens_known_name(p, k, end)
            }
        };
        // (`Later, Crum and Forster Inc said`: the comma after such a word too.)
        while first <= end
            && (is_function_word(p.lower(first))
                || is_connector(p.lower(first))
                || (first > start && p.is_punct(first, ","))
                || (first == start && adverb_set_off(p, first)))
            && !(first < end && is_honorific(p.word(first)))
            && !known_from(first)
            && !(company && matches!(p.lower(first), "first" | "new" | "one" | "next"))
            && !new_after_the(first)
        {
            first += 1;
        }
        // `Total Bahia sales`, `Net U.S. imports`: a sum's word before the name it is of (but
        // `Total Petroleum said`, a company).
        if first < end
            && matches!(
                p.lower(first),
                "total" | "net" | "gross" | "combined" | "overall" | "cumulative" | "average"
            )
            && !company
            && !opens_known_name(p, first, end)
        {
            first += 1;
            after_a_sum = true;
        }
        // `Three U.S. warships`, `Two British soldiers`, `Seven Labour MPs`, `Twelve
        // Japan-flag tankers`: a number counting the plural after a name is no part of it
        // (but a number and a plural open a name of their own: `Four Seasons hotels`).
        let counting = first < end
            && crate::extract::lexicon::small_number(p.lower(first)).is_some_and(|n| n >= 2)
            && ((p.is_word(end + 1)
                && !p.is_capitalised(end + 1)
                && crate::extract::figures::is_plural(p.lower(end + 1)))
                || crate::extract::lexicon::is_plural_acronym(p.word(end + 1)))
            && {
                let counted = p.slice(first + 1, end);
                is_initialism(&counted.replace('.', ""))
                    || is_demonym(counted)
                    || is_known_place(counted)
                    || !(p.word(first + 1).ends_with('s') || opens_known_name(p, first, end))
            };
        if counting {
            first += 1;
        }
    }
    // `Volume on the New York Stock Exchange`, `Shares of IBM`: a sentence-initial common
    // noun joined to a name by a connector is not part of the name.
    // (`Talks with SAIC have dragged on`, too.)
    // (`The Zone of Interest won`: after an opening `The`, a capital is the name's own.)
    let after_an_opening_the = first == start + 1 && p.word(start) == "The";
    if opens_sentence
        && first + 1 < end
        && matches!(p.lower(first + 1), "of" | "on" | "for" | "from" | "with")
        && !after_an_opening_the
    {
        let head = p.word(first);
        // (`Transport for Wales said`: what speaks is a body's name; but `Lawyers for Mr
        // Tanzi say`: people of a kind, or a person's, name no body.)
        let a_person_after = || {
            is_honorific(p.word(first + 2))
                || is_given_name(p.word(first + 2))
                || is_common_opener(p.lower(first))
        };
        // (`Services on Scotland's ScotRail`: whatever the noun, a known place's possessive
        // after it owns what follows, no body's name; but not a body's noun before `of`:
        // `The Bank of Canada's rate`, `The Museum of London's collection`.)
        let places_possessive = || {
            is_possessive(p.word(end))
                && !(kind_from_last_word(head) == Some(EntityKind::Organization)
                    && p.lower(first + 1) == "of")
                && is_known_place(strip_possessive(p.slice(first + 2, end)))
                && !gazetteer().contains_key(strip_possessive(p.slice(first, end)))
        };
        if (kind_from_last_word(head).is_none() || places_possessive())
            && !gazetteer().contains_key(head)
            && !is_title_word(head)
            && !heads_a_titled_name(p, end)
            && !gazetteer().contains_key(p.slice(first, end))
            && (!is_speech_verb(p.lower(end + 1)) || a_person_after())
        {
            first += 2;
            while first <= end && is_connector(p.lower(first)) {
                first += 1;
            }
        }
    }
    // `Rival Unilever`, `Striker Harry Kane`: a word describing the name that opens the
    // sentence is not part of it.
    // (`Holders Arsenal`, `Organisers Extinction Rebellion`: described in the plural, a
    // group.)
    // (`Sentencing Walsh, Judge Guy Kearl said`: what the subject did to a name, no part
    // of it.)
    // (`Expanding Heathrow will strengthen …`: so is any word in `-ing` before a known name,
    // when the word itself names nothing the gazetteer or the given names know.)
    let doing_a_known_name = || {
        let w = p.word(first);
        w.len() >= 6
            && w.ends_with("ing")
            && !gazetteer().contains_key(w)
            && !is_given_name(w)
            && gazetteer().contains_key(p.slice(first + 1, end))
    };
    if opens_sentence
        && first < end
        && (crate::extract::lexicon::is_opening_participle(p.lower(first)) || doing_a_known_name())
    {
        first += 1;
    }
    // A word describing the name opening a sentence may say it is a body: a group, in the
    // plural (`Holders Arsenal`), or a body's kind (`Retailer Next`).
    let mut described_as_a_body = false;
    // (Not a title with its portfolio: `Director of Public Prosecutions Ken Macdonald`.)
    // (`Co-owners Ryan Reynolds and Rob McElhenney`: people of a kind held jointly, or
    // named in the plural before a given name, as kin are: `Brothers Liam and Noel
    // Gallagher`; but `Writers Guild of America` is a body's name.)
    // (`Teenagers Arturo Lupoli, Quincy Owusu-Abeyie and …`: or before the first of a list of
    // names of two words, whose given names need not be known.)
    let first_of_a_list = || {
        end == first + 2
            && (p.is_punct(end + 1, ",") || p.lower(end + 1) == "and")
            && kind_from_last_word(p.word(end)).is_none()
    };
    let people_of_a_kind = |w: &str| {
        let w = w.strip_prefix("co-").unwrap_or(w);
        let in_the_plural = (w.strip_suffix('s'))
            .is_some_and(crate::extract::lexicon::describes_person)
            || super::words::is_kin_plural(w);
        crate::extract::lexicon::describes_person(w)
            || (in_the_plural && (is_given_name(p.word(first + 1)) || first_of_a_list()))
    };
    // (`Retailers Woolworths and HMV said`: bodies of a kind, in the plural before a list.)
    let bodies_of_a_kind = |w: &str| {
        w.strip_suffix('s')
            .is_some_and(crate::extract::lexicon::describes_body)
            && (p.lower(end + 1) == "and" || p.is_punct(end + 1, ","))
    };
    if opens_sentence
        && first < end
        && (is_descriptor(p.lower(first))
            || people_of_a_kind(p.lower(first))
            || bodies_of_a_kind(p.lower(first)))
        && !matches!(p.lower(first + 1), "of" | "for")
    {
        // (`Actress Tilda Swinton`, `Boss Jose Mourinho`: a singular in `-ss`, a person; so
        // are `Owners Ryan Reynolds and Rob McElhenney`, whose first is given a name.)
        described_as_a_body = crate::extract::figures::is_plural(p.lower(first))
            && !is_given_name(p.word(first + 1))
            && !(people_of_a_kind(p.lower(first)) && first_of_a_list());
        // (`Rival Target said`, `Retailer Next`: a rival not named by a given name, or a
        // body's kind, describes a body; `rival Gordon Brown` a person.)
        let rival_body = p.lower(first) == "rival" && !is_given_name(p.word(first + 1));
        described_as_a_body |=
            rival_body || crate::extract::lexicon::describes_body(p.lower(first));
        first += 1;
    }
    // `Former Beatle Sir Paul McCartney`, `Rocker Dame Shirley Bassey`: the words before a
    // knighthood describe the person it opens the name of; so do those before a peerage
    // (`Former Law Lord Lord Lloyd of Berwick`: the last `Lord`).
    // (A title before it has its own reading: `Labour MP Sir Gerald Kaufman`.)
    let knighted = (first + 1..end)
        .take_while(|&k| !is_title_word(p.lower(k)))
        .find(|&k| {
            matches!(p.word(k), "Sir" | "Dame" | "Lord" | "Baroness") && p.word(k + 1) != "Lord"
        });
    if let Some(k) = knighted {
        // (`Lord Howard of Lympne and Lord Smith`: a name joined before it is one of its own.)
        if k >= first + 2 && p.word(k - 1) == "and" {
            clean_phrase(p, first, k - 2, out);
        }
        first = k;
    }
    // `… and Chrysler Corp. Any agreement`: a function word alone after a dot opens a
    // sentence the abbreviation hid (but `rivals such as Next` is a name).
    if first == end && first > 0 && p.is_punct(first - 1, ".") && is_function_word(p.lower(first)) {
        return;
    }
    // `Critics say…`: a plural noun alone at the start of a sentence; `Oil prices rose`:
    // a trade that ends a company's name (`Shell Oil`) is not one alone.
    // `Council tax rises`, `Police said`: the kind of body alone names none.
    // (`NOTE: Company said …`: after a colon too.)
    let after_colon = first > 0 && p.is_punct(first - 1, ":");
    if (opens_sentence || after_colon) && first == end && is_generic_body(p.word(first)) {
        return;
    }
    // (`the first Labour Budget`, `the Tory Government`: a known body's budget or government,
    // written in capitals, is the body's.)
    if first < end
        && matches!(p.word(end), "Budget" | "Government" | "Cabinet")
        && gazetteer().get(p.slice(first, end - 1)) == Some(&EntityKind::Organization)
    {
        end -= 1;
    }
    // (`Senate Democratic leader Robert Byrd`: a chamber's party is the chamber's members, not
    // a body of its own.)
    if first < end
        && matches!(p.word(end), "Democratic" | "Republican")
        && matches!(p.word(end - 1), "Senate" | "House" | "Assembly")
    {
        end -= 1;
    }
    // (`in the Budget`, `a Budget that will hit growth`: the chancellor's yearly statement.)
    if first == end && p.word(first) == "Budget" {
        return;
    }
    // (`said the Government would act`, `the Opposition objected`: a generic title of a
    // country's government or its opponents, written in capitals, names no body of its own.)
    if first == end
        && first > 0
        && p.lower(first - 1) == "the"
        && matches!(p.word(first), "Government" | "Cabinet" | "Opposition")
    {
        return;
    }
    // `Philippine Investment Notes`, `Treasury Bills`: a debt security named in capitals is
    // no person, body or place (one word alone is a name: `Mr Bills`).
    if first < end && is_a_security(p.word(end)) && !gazetteer().contains_key(p.slice(first, end)) {
        return;
    }
    // `Sterling M3 rose`, `M0 grew 4.1 pct`: a measure of the money supply, no name (but
    // `the M4`, a motorway).
    let measure_at = |k: usize| {
        let w = p.word(k).as_bytes();
        matches!(w, [b'M', b'0'..=b'4'] | [b'M', b'0'..=b'4', b'A' | b'B'])
            && !(k > 0 && p.lower(k - 1) == "the")
    };
    if measure_at(end) && (first == end || (first + 1 == end && p.lower(first) == "sterling")) {
        return;
    }
    // `referred by a GP to hospital`, `an MP.`: initials used as a common noun (not `a BBC
    // reporter`, whose initials name the body).
    let a_common_noun = first == end
        && first > 0
        && matches!(p.lower(first - 1), "a" | "an")
        && is_initialism(p.word(first))
        && (!p.is_word(end + 1) || is_function_word(p.lower(end + 1)));
    if a_common_noun {
        return;
    }
    // `the H5N1 strain`, `the Ebola virus`: a pathogen, no body or place; `Asperger's
    // syndrome`, `Alzheimer's disease`: an illness named for whom first described it.
    // (One word: `Mr Smith's disease` is still Mr Smith.)
    let illness = || {
        first == end
            && matches!(p.lower(end + 1), "syndrome" | "disease")
            && !p.is_capitalised(end + 1)
            && is_possessive(p.word(end))
    };
    if matches!(p.lower(end + 1), "strain" | "virus" | "variant") || illness() {
        return;
    }
    // `the discount and Lombard rates`, `the Libor rate`: a rate's name, no body's.
    let names_a_rate = first == end
        && matches!(p.lower(end + 1), "rate" | "rates")
        && !gazetteer().contains_key(p.word(first))
        && !is_initialism(p.word(first));
    if names_a_rate {
        return;
    }
    // `West Texas Intermediate crude`, `Canada Western Red Spring wheat`, `Arab Light crude`:
    // a grade of a commodity is named for where it comes from, and is no place nor body
    // itself; a known place it opens with stays one (`U.S. West Texas Intermediate` → U.S.),
    // and a name holding the word of a body's or a place's kind is no grade (`Chicago Board
    // of Trade wheat futures`, `North Sea Brent crude`).
    let grade = end > first
        && matches!(
            p.lower(end + 1),
            "crude" | "wheat" | "corn" | "coffee" | "cocoa" | "sugar" | "cotton"
        )
        && !p.is_capitalised(end + 1)
        && !gazetteer().contains_key(p.slice(first, end))
        && (first..=end).all(|k| {
            !matches!(
                kind_from_last_word(p.word(k)),
                Some(EntityKind::Organization | EntityKind::Place)
            )
        });
    // (`We could see Brent in the low 60s`: a grade's name alone too.)
    let grade_alone = first == end && crate::extract::lexicon::is_grade_name(p.lower(first));
    if grade_alone {
        return;
    }
    if grade {
        match (first..end)
            .rev()
            .find(|&k| is_known_place(p.slice(first, k)))
        {
            Some(k) => end = k,
            None => return,
        }
    }
    // `Young people care…`, `Older workers…`: an adjective before the plural it describes
    // (but `Young said`).
    let describes_a_plural = || {
        crate::extract::lexicon::is_plain_adjective(p.lower(first))
            && p.is_word(first + 1)
            && !p.is_capitalised(first + 1)
            && {
                let next = p.lower(first + 1);
                next == "people" || (next.len() > 3 && next.ends_with('s') && !next.ends_with("ss"))
            }
    };
    // `House prices rose`, `Car sales fell`: a word that says what a market measure is of
    // (not a known name's: `Tesco sales`).
    // (`Total Bahia sales`: a place's, after the word of their sum.)
    // (`Pfizer's sales rose`: an owner's.)
    let measures_a_market = || {
        !after_a_sum
            && matches!(p.lower(end + 1), "prices" | "sales" | "rents")
            && !crate::extract::lexicon::is_possessive(p.word(first))
            && !p.is_capitalised(end + 1)
            && !gazetteer().contains_key(p.word(first))
    };
    // (`… a vice president at Cargill Inc. Wheat futures rose`: after a dot an abbreviation
    // hid the sentence's start behind.)
    let after_a_dot = first > 0 && p.is_punct(first - 1, ".");
    // (`The Socialists won`: a party the gazetteer knows is named, whatever its ending.)
    if (opens_sentence || after_a_dot)
        && first == end
        && !gazetteer().contains_key(p.word(first))
        && (is_common_opener(p.lower(first))
            || is_trade_word(p.lower(first))
            || crate::extract::lexicon::is_commodity(p.lower(first))
            || crate::extract::lexicon::is_everyday_noun(p.lower(first))
            || describes_a_plural()
            || measures_a_market())
    {
        return;
    }
    // `In February, …`, `On Monday …`, `April West Texas Intermediate crude` (a delivery
    // month); but `Jan Berry` keeps her first name.
    // (`December Brent rose`, `In March Brent rose`: a month no one is named, written out,
    // before a name is no part of it.)
    let delivery = || crate::extract::lexicon::is_commodity(p.lower(end + 1));
    let no_given_name = |w: &str| {
        matches!(
            w,
            "January"
                | "February"
                | "March"
                | "July"
                | "September"
                | "October"
                | "November"
                | "December"
        )
    };
    let before_the_month = first;
    // (`The March and May figures`: a month listed after one.)
    let listing_months = |k: usize| {
        k > before_the_month
            && matches!(p.lower(k), "and" | "or")
            && is_month_word(p.lower(k - 1))
            && is_month_word(p.lower(k + 1))
    };
    while first <= end
        && ((is_month_word(p.lower(first))
            && (first == end || delivery() || no_given_name(p.word(first)))
            && !abbreviation_joined_to_a_name(p, first))
            || (weekday_index(p.lower(first)).is_some()
                && !crate::extract::dates::weekday_in_a_name(p, first))
            || listing_months(first))
    {
        first += 1;
    }
    // (`December Brent`: what is delivered then, no name.)
    if first > end
        || (first > before_the_month
            && first == end
            && crate::extract::lexicon::is_commodity(p.lower(first)))
    {
        return;
    }
    // `3.2 times New York May`, `London March`: a market's delivery month after the place
    // it trades in (not `Theresa May`).
    if end > first && is_month_word(p.lower(end)) && is_known_place(p.slice(first, end - 1)) {
        end -= 1;
    }
    // `the Tampa Bay Buccaneers American football team`: a people after a name describes
    // what follows it (not a people in the plural: `the Board of Deputies of British Jews
    // said`).
    let plural = |w: &str| w.ends_with('s') && !w.ends_with("ss");
    if end > first + 1
        && p.is_word(end + 1)
        && !p.is_capitalised(end + 1)
        && !plural(p.word(end))
        && is_demonym(p.word(end))
        && !gazetteer().contains_key(p.slice(first, end))
        // (`Colombia and Central American producers`: a people of two words.)
        && !is_demonym(p.slice(end - 1, end))
    {
        clean_phrase(p, first, end - 1, out);
        return;
    }
    // `Liberal Democrat Treasury spokesman Vince Cable`: a party's department before a title
    // is the brief the title holds, not a name.
    // (The cheapest test first: most names end in no body's word.)
    if end > first
        && p.is_word(end + 1)
        && !p.is_capitalised(end + 1)
        && kind_from_last_word(p.word(end)) == Some(EntityKind::Organization)
    {
        let party = p.slice(first, end - 1);
        let department = !matches!(p.word(end), "Party" | "Parties")
            && (is_member_of_body(party)
                || gazetteer().get(party) == Some(&EntityKind::Organization))
            && !gazetteer().contains_key(p.slice(first, end));
        if department && heads_a_titled_name(p, end) {
            clean_phrase(p, first, end - 1, out);
            return;
        }
    }
    let mut kind = described_as_a_body.then_some(EntityKind::Organization);
    // Counted in the plural (`four FA Cups`): named in the singular.
    let mut counted = false;
    // `its RKO General broadcasting unit`: a body's initials and `General`, with nobody named
    // after it, are the body's name, no title.
    let initials_general = end > first
        && p.word(end).starts_with("General")
        && strip_possessive(p.word(end)) == "General"
        && is_initialism(p.word(end - 1));
    // `General Acquisition`, `General Dynamics`: `General` before one word that names a
    // thing, never a person, is a company's name (or an event's), no officer's.
    let general_company = first + 1 == end
        && p.lower(first) == "general"
        && names_a_thing_not_a_person(p.lower(end))
        && !is_given_name(p.word(end));
    let introduced = introduced_at(p, start);
    let mut title = None;
    // `Premier League`: a title word inside an organisation's name. `Mervyn King`, `Lord
    // King`, `Mr Major`: a title word that is also a surname, after a first name or an
    // honorific.
    // (Not a portfolio a title is for or of: `the Minister for Industry`.)
    let a_titles_portfolio = || {
        is_portfolio(p.lower(end))
            && (first..end)
                .any(|k| is_title_word(p.lower(k)) && matches!(p.lower(k + 1), "for" | "of"))
    };
    // (`the King Power Stadium`, `Prince William County`: or a place's, by a word that is
    // nobody's surname, as `Hill` and `Lake` are: `Detective Inspector Sue Hill`.)
    let org_name = match kind_from_last_word(p.word(end)) {
        Some(EntityKind::Organization) => !a_titles_portfolio(),
        Some(EntityKind::Place) => end > first && is_a_built_place(p.word(end)),
        _ => false,
    };
    let surname = end > first
        && matches!(
            strip_possessive(p.word(end)),
            "King" | "Bishop" | "Marshal" | "Judge" | "Cardinal" | "Major"
        )
        && !is_title_word(p.lower(end - 1));
    let search_to = if surname { end - 1 } else { end };
    // `the General Agreement on Tariffs and Trade`: a name joined by `on` or `and` after a
    // title word is no person's.
    // (But `Minister for Trade and Industry`: two portfolios joined are one title's.)
    let portfolios_joined = |j: usize| is_portfolio(p.lower(j - 1)) && is_portfolio(p.lower(j + 1));
    let joined_after = |k: usize| {
        (k + 1..=end).any(|j| p.word(j) == "on" || (p.word(j) == "and" && !portfolios_joined(j)))
    };
    // `the Office of the Deputy Prime Minister`: a body of an office is a body (not `Bank
    // of Italy Governor Carlo Ciampi`, whose title follows what the body is of).
    let body_of = |k: usize| {
        first < end
            && p.lower(first + 1) == "of"
            && kind_from_last_word(p.word(first)) == Some(EntityKind::Organization)
            && (first + 2..k).all(|j| {
                p.lower(j) == "the" || is_title_modifier(p.lower(j)) || is_title_word(p.lower(j))
            })
    };
    // `the General Authority for Supply Commodities`, `the General Assembly`: a title word
    // before the kind of body is the body's name.
    let before_a_body =
        |k: usize| k < end && kind_from_last_word(p.word(k + 1)) == Some(EntityKind::Organization);
    // `the National Association of Head Teachers`: a title word in what a body is of.
    // (`the Brotherhood of Railway, Transport and General Workers`: or in a list of whom it
    // is of, before the plural that ends it.)
    let of_a_body = |k: usize| {
        let body_before = |to: usize| {
            (first..to).any(|j| kind_from_last_word(p.word(j)) == Some(EntityKind::Organization))
        };
        // (`the Council of Economic Advisers`, `the Association of Chief Police Officers`:
        // or the title in the plural ends it.)
        let listed = (k + 1 == end || k == end)
            && p.word(end).ends_with('s')
            && !is_given_name(p.word(end))
            && (first + 1..k).any(|j| matches!(p.lower(j), "of" | "for") && body_before(j));
        (k > first + 1 && matches!(p.lower(k - 1), "of" | "for") && body_before(k - 1)) || listed
    };
    if let Some(title_at) = (first..=search_to)
        .rev()
        // (`the Prosecutor General's office`: a title's possessive at the phrase's end.)
        .find(|&k| is_title_word(p.lower(k)) || (k == end && is_titles_possessive(p.word(k))))
        .filter(|&k| {
            let title_cased = k > first && in_title_case(p, k - 1);
            // `Promoter Paul Sergeant`: a title word after a given name, ending the phrase,
            // is a surname.
            let surname = k == end && k > first && is_given_name(p.word(k - 1));
            // (`the Health and Safety Executive`: a known body's name ends in a title word,
            // or holds one: `the United Nations High Commissioner for Refugees`.)
            let known_body = || {
                let known = |last: usize| {
                    gazetteer().get(strip_possessive(p.slice(first, last)))
                        == Some(&EntityKind::Organization)
                };
                known(k) || (end > k && known(end))
            };
            let a_government = || k == end && names_a_government(p, first, end);
            // (`Fathers 4 Justice`: a name joined by a digit said as a word, after a plural;
            // see `phrase_end`.)
            let joined_by_a_digit = || {
                k >= first + 2
                    && matches!(p.word(k - 1), "2" | "4")
                    && p.is_number(k - 1)
                    && p.word(k - 2).ends_with('s')
            };
            !(surname
                || (k == first && general_company)
                || joined_by_a_digit()
                || (k == end && initials_general)
                // (`His former employer, Domestic and General, said`)
                || (k == end && set_off_after_a_body_noun(p, first, end))
                || org_name
                || body_of(k)
                || joined_after(k)
                || before_a_body(k)
                || of_a_body(k)
                || title_cased
                || known_body()
                || a_government())
        })
    {
        // `the Duke of Edinburgh`, `the Prince of Wales`: a peer's title and where it is of
        // name the peer.
        let peer = matches!(
            p.lower(title_at),
            "duke" | "duchess" | "prince" | "princess" | "earl" | "countess" | "king" | "queen"
        ) && p.lower(title_at + 1) == "of"
            && title_at + 2 <= end
            && (title_at + 2..=end).all(|k| p.is_capitalised(k));
        if peer {
            // (`the Prince of Persia and Splinter Cell games`: a work's title.)
            let work = is_a_work_named(p, end);
            out.push(Candidate {
                kind: Some(if work {
                    EntityKind::Other
                } else {
                    EntityKind::Person
                }),
                ..Candidate::new(p.slice(title_at, end), title_at, end)
            });
            return;
        }
        // `Secretary of State for the Family`: the title runs over `of`/`for` phrases, but
        // not over a place (`an MEP for the East Midlands`).
        let mut t = title_at;
        let mut place_after = None;
        // `MP for Birkenhead`, `MP for Birkenhead Frank Field`: what a member sits for is a
        // place, known or not, up to a given name.
        let mut seat = None;
        while t + 2 <= end && matches!(p.lower(t + 1), "of" | "for") {
            let mut next = t + 2;
            if p.lower(next) == "the" && next < end {
                next += 1;
            }
            if next <= end && p.lower(t + 1) == "for" && is_member_for_a_seat(p.lower(t)) {
                match (next + 1..=end).find(|&k| is_given_name(p.word(k))) {
                    Some(holder) => {
                        seat = Some((next, holder - 1));
                        t = holder - 1;
                    }
                    None => seat = Some((next, end)),
                }
                break;
            }
            if next <= end && is_known_place(p.slice(next, end)) {
                place_after = Some(next);
                break;
            }
            t = next;
            // (`Minister of Foreign Affairs Joschka Fischer`, `the Director of Public
            // Prosecutions`: a portfolio of more words than one; `Commissioner of Labor
            // Statistics Janet Norwood`: any word that ends it before the holder's given name.)
            loop {
                let word = t + 1 + usize::from(p.lower(t + 1) == "and");
                let before_the_holder = word + 1 < end && is_given_name(p.word(word + 1));
                if word > end
                    || !p.is_capitalised(word)
                    || !(is_portfolio(p.lower(word)) || before_the_holder)
                {
                    break;
                }
                t = word;
            }
        }
        // What stands before the title may be a name of its own: `US President …`,
        // `The Conservative Party Co-Chairman`, `Federal Reserve Board Vice Chairman …`.
        let mut title_start = title_at;
        // `Oil Minister`, `Labour Secretary`, `Information Commissioner`: portfolios that
        // open only an office holder's title (`Shell Oil Chairman` is Shell Oil's).
        // (`Oil Minister Sheikh Ali`: a title before a title is one with it.)
        // (`Petroleum Resources Minister`: a portfolio of two such words.)
        let minister = |k: usize| {
            matches!(
                p.lower(k),
                "minister" | "secretary" | "undersecretary" | "under-secretary" | "commissioner"
            ) || (k < title_at && is_ministers_portfolio(p.lower(k)))
        };
        // (`Culture, Media and Sport Secretary`, `Work and Pensions Secretary`: portfolios
        // listed in one title.)
        let listed_portfolio = |k: usize| {
            k >= first + 2
                && matches!(p.word(k - 1), "and" | ",")
                && is_portfolio(p.lower(k))
                && is_portfolio(p.lower(k - 2))
        };
        // (`U.S. Under Secretary of State Allen Wallis`: an under-secretary, written apart.)
        let under_secretary = |k: usize| p.word(k - 1) == "Under" && p.lower(k) == "secretary";
        // (`Lance Corporal Darren Larkin`, `Flight Lieutenant`, `Rear Admiral`: a rank's own
        // first word, a given name elsewhere.)
        let rank_of_two_words = |k: usize| {
            matches!(
                (p.word(k - 1), p.lower(k)),
                ("Lance", "corporal" | "sergeant" | "bombardier")
                    | ("Staff" | "Flight", "sergeant" | "lieutenant")
                    | ("Rear" | "Vice", "admiral")
                    | ("Field" | "Air", "marshal")
            )
        };
        loop {
            if title_start > first
                && (is_title_modifier(p.lower(title_start - 1))
                    || is_title_word(p.lower(title_start - 1))
                    || (minister(title_start) && is_ministers_portfolio(p.lower(title_start - 1)))
                    || under_secretary(title_start)
                    || rank_of_two_words(title_start))
            {
                title_start -= 1;
            } else if listed_portfolio(title_start) {
                title_start -= 2;
            } else if title_start >= first + 2
                && p.lower(title_start - 2) == "chief"
                && p.is_capitalised(title_start - 1)
            {
                // `Chief Medical Officer`, `Chief Scientific Adviser`: what the chief is of.
                title_start -= 2;
            } else {
                break;
            }
        }
        // `Prime Minister Tony Blair and President George Bush`, `… and IMF Managing
        // Director Michel Camdessus`: a name, and a title-holder joined to it by `and`, are
        // two names (not the `and` of a body's name: `House Ways and Means Committee
        // Chairman Dan Rostenkowski`).
        let owner_first = match (first + 1..title_start)
            .rev()
            .take(4)
            .find(|&k| p.lower(k) == "and")
        {
            // (Nor `the Trade and Industry Secretary`: two portfolios of one title.)
            Some(and)
                if !names_a_body_whole(p, first, title_start - 1)
                    && !is_portfolio(p.lower(and - 1))
                    && !is_ministers_portfolio(p.lower(and - 1)) =>
            {
                clean_phrase(p, first, and - 1, out);
                and + 1
            }
            _ => first,
        };
        if title_start > owner_first {
            let first = owner_first;
            let before = title_start - 1;
            // (`Saudi Arabian Oil Minister`: a people is no name of its own.)
            let known = gazetteer()
                .get(strip_possessive(p.slice(first, before)))
                .is_some_and(|&k| k != EntityKind::Other)
                || kind_from_last_word(p.word(before)).is_some();
            // `Honda Chief Executive Toshihiro Mibe`, `Radio 1 DJ Chris Moyles`: whose the
            // title is, a body.
            // (`Bank of Italy Governor Carlo Ciampi`: a body's name joined by `of`.)
            let body = !known
                && (first..=before).all(|k| {
                    p.is_capitalised(k)
                        || (k > first && p.is_number(k))
                        || (k > first && k < before && is_connector(p.lower(k)))
                })
                && !is_honorific(p.word(before))
                && !is_demonym(p.word(before))
                && !is_descriptor(p.lower(before));
            if known || body {
                let found = out.len();
                clean_phrase(p, first, before, out);
                if body {
                    for c in &mut out[found..] {
                        c.kind.get_or_insert(EntityKind::Organization);
                    }
                }
            }
        }
        if let Some((first, last)) = seat {
            out.push(Candidate {
                kind: Some(EntityKind::Place),
                ..Candidate::new(p.slice(first, last), first, last)
            });
            if last == end {
                return;
            }
        }
        if let Some(place) = place_after {
            clean_phrase(p, place, end, out);
            return;
        }
        if t >= end {
            return; // only a title: `the Home Secretary`
        }
        // `Major U.S. barge lines`: a title word before a place is no person's title.
        if is_known_place(strip_possessive(p.slice(t + 1, end))) {
            clean_phrase(p, t + 1, end, out);
            return;
        }
        let words: Vec<String> = (first..=t)
            .map(|k| p.lower(k).to_string())
            .filter(|w| !is_demonym_lower(w))
            .collect();
        title = Some(words.join(" "));
        // `Prince Charles`, `King Fahd`, `Queen Beatrix`: a royal is named with the title, as
        // the given name alone is anyone's.
        first = if is_royal_title(p.word(t)) { t } else { t + 1 };
        kind = Some(EntityKind::Person);
    } else if general_company {
        // (`the General Election`: an event.)
        let event = matches!(p.lower(end), "election" | "elections");
        kind = Some(if event {
            EntityKind::Other
        } else {
            EntityKind::Organization
        });
    } else if introduced == Some(Introduced::ByTitle) {
        // `special envoy Steve Witkoff`, `Central Bank president Francisco Gros`
        title = Some(p.lower(start - 1).to_string());
        kind = Some(EntityKind::Person);
    } else if introduced == Some(Introduced::ByRole) {
        // `Icelandic singer Björk`, `striker Didier Drogba`: what a person does.
        kind = Some(EntityKind::Person);
    } else if (start > 0 && names_a_body(p, start))
        || is_a_body_named(p, end)
        || names_a_government(p, first, end)
        || named_as_a_group(p, first, end)
        || heads_a_club(p, start, end)
        || heads_a_band(p, end)
        || ((of_after_a_name(p, start) || listed_as_bodies(p, start))
            && !is_known_place(strip_possessive(p.slice(start, end))))
    {
        kind = Some(EntityKind::Organization);
    } else if (acted_in(p, start)
        || (end > start && listed_as_works(p, start))
        || described_as_a_work(p, start, end))
        && !is_possessive(p.word(end))
    {
        // `her role in Vera Drake`: a film or a show (not `in Mike Leigh's Vera Drake`).
        kind = Some(EntityKind::Other);
    } else if names_a_place(p, start)
        || is_a_place_named(p, end)
        || before_a_known_place(p, end)
        // (`the Toulouse-based company`: where it is; not `the London Metal Exchange-based
        // formula`, a body's.)
        || (crate::extract::lexicon::says_where_based(p.word(end))
            && kind_from_last_word(strip_adjective_suffix(p.word(end)))
                != Some(EntityKind::Organization))
    {
        kind = Some(EntityKind::Place);
    } else if is_a_work_named(p, end) || is_a_product_named(p, start, end) {
        // (A work named after its kind, `her album Hopes and Fears`, was kept whole above.)
        kind = Some(EntityKind::Other);
    } else if heads_a_titled_name(p, end) && !(end > start && is_given_name(p.word(start))) {
        // (`Andy Murray's coach Mark Petchey`: a person's title.)
        kind = Some(EntityKind::Organization);
    } else if counted_in_the_plural(p, start, end) {
        // `four FA Cups`, `two Brit Awards`: things won or held, no person.
        kind = Some(EntityKind::Other);
        counted = true;
    }
    while first <= end && is_connector(p.lower(first)) && !opens_known_name(p, first, end) {
        first += 1;
    }
    if first > end {
        return;
    }
    // `a Wisconsin Democrat`, `a Texas Republican`: a party's member from a place is no name
    // of its own, but the place is one.
    if end > first
        && is_member_of_body(p.word(end))
        && is_known_place(strip_possessive(p.slice(first, end - 1)))
    {
        clean_phrase(p, first, end - 1, out);
        return;
    }
    // `Tory Liam Fox`, `Labour Tony Blair`, `Democrat Nancy Pelosi`: a party or body (or one
    // of its members) before a person's name.
    // (`Liberal Democrat Paul Burstow`, `Lib Dem Ed Davey`: a party of two words.)
    for party_end in [first, first + 1] {
        if end < party_end + 2 {
            break;
        }
        let party = p.slice(first, party_end);
        let known_body = gazetteer().get(party) == Some(&EntityKind::Organization);
        if known_body || is_member_of_body(party) {
            // (`Sony Computer Entertainment president Ken Kutaragi`: a body whose title
            // follows.)
            // (Not `Airbus Industrie A320 jets`: no surname is a letter or holds a digit.)
            let surname = p.word(end);
            let rest_is_name = surname.len() > 1
                && !surname.bytes().any(|b| b.is_ascii_digit())
                && (party_end + 1..=end)
                    .all(|k| p.is_capitalised(k) && kind_from_last_word(p.word(k)).is_none())
                && !gazetteer().contains_key(p.slice(first, end))
                && !heads_a_titled_name(p, end);
            if rest_is_name {
                clean_phrase(p, first, party_end, out);
                clean_phrase(p, party_end + 1, end, out);
                return;
            }
        }
    }
    // `Manaspas Xuto of Thailand`, `Steve Sinnott of the National Union of Teachers`: a
    // person of a place or a body is two names.
    if let Some(of) = (first + 1..end).find(|&k| p.lower(k) == "of") {
        // (`the Horn of Africa`, `the Isle of Man`: a known name is one; but `Sarah Hill of
        // Devon Police` opens with a given name, and `Hill` is her surname.)
        let given = (first..of)
            .find(|&k| !is_title_word(p.lower(k)))
            .unwrap_or(of);
        let named_person = of >= given + 2 && is_given_name(p.word(given));
        let left_is_org = (!named_person
            && (first..of).any(|k| kind_from_last_word(p.word(k)).is_some()))
            || gazetteer().contains_key(p.slice(first, of - 1))
            || gazetteer().contains_key(strip_possessive(p.slice(first, end)));
        // `Farmers Group Inc of Los Angeles`: a company's legal name ends at its suffix, and
        // where it is follows (but `Hospital Corp of America`, `Sony Corp of America`: a
        // company of America is named so; and `the Mining Corporation of Bolivia`, named
        // with an article, is a body of the place).
        let company_of_a_place = of > first
            && is_legal_suffix(p.word(of - 1))
            && !(first > 0 && p.lower(first - 1) == "the")
            && is_known_place(strip_possessive(p.slice(of + 1, end)))
            && !strip_possessive(p.slice(of + 1, end)).eq_ignore_ascii_case("america");
        if company_of_a_place {
            clean_phrase(p, first, of - 1, out);
            clean_phrase(p, of + 1, end, out);
            return;
        }
        let right_start = if p.lower(of + 1) == "the" {
            of + 2
        } else {
            of + 1
        };
        let right = strip_possessive(p.slice(right_start.min(end), end));
        let right_is_place = is_known_place(right);
        // `Brendan Gold of the GMB`: an acronym is a body.
        let acronym =
            right_start == end && right.len() >= 2 && right.bytes().all(|b| b.is_ascii_uppercase());
        // (`Dot Gibson of the National Pensioners Convention`: a body by its first word.)
        let right_is_body = of >= first + 2
            && (acronym
                || gazetteer().contains_key(right)
                || (right_start < end && opens_a_body(p.word(right_start)))
                || (right_start..=end)
                    .any(|k| kind_from_last_word(p.word(k)) == Some(EntityKind::Organization)));
        // `Charles Bradford of Merrill Lynch`: a person named in full, of any name; so is
        // one a role introduces (`analyst Piers Harding-Rolls of Screen Digest`).
        // (`said Safa Rashtchy of Piper Jaffray`: or one a quote is said by.)
        let said_by = first == start && first > 0 && is_speech_verb(p.lower(first - 1));
        // (`Alasdair Philips of Powerwatch said`: or one who speaks right after.)
        let says = || {
            of == first + 2 && is_speech_verb(p.lower(end + 1)) && !is_title_word(p.lower(first))
        };
        let left_is_person = of >= first + 2
            && (is_given_name(p.word(first))
                || (first == start && introduced.is_some())
                || (said_by && of == first + 2))
            && (first + 1..of).all(|k| p.is_capitalised(k))
            && is_name_word(p, right_start);
        // (`Gold Fields of South Africa Ltd`: a company's legal name, of a place before its
        // suffix, is whole.)
        let legal_name_of_a_place = || {
            end > of + 2
                && is_legal_suffix(p.word(end))
                && !is_honorific(p.word(first))
                && is_known_place(p.slice(of + 1, end - 1))
        };
        // (`Gold Fields of South Africa Ltd and Anglo American Corp`: so is one another name
        // follows.)
        let suffix_before_and = (of + 2..end)
            .find(|&k| p.lower(k + 1) == "and" && is_legal_suffix(p.word(k)))
            .filter(|&k| !is_honorific(p.word(first)) && is_known_place(p.slice(of + 1, k - 1)));
        if let Some(k) = suffix_before_and {
            clean_phrase(p, first, k, out);
            clean_phrase(p, k + 2, end, out);
            return;
        }
        // `Lord Lloyd of Berwick`, `Baroness Kennedy of the Shaws`: a peer's title names
        // where the peerage is of, one name (not `Lord King of British Airways`, a body).
        // (`Lord Howard of Lympne and Labour's Baroness Kennedy`: up to an `and` that joins
        // another name.)
        // (The cheap tests first: asked of every name with an `of`.)
        let a_peers_title = of == first + 2 && is_peers_title(p.word(first));
        let of_a_body = |last: usize| {
            if last == end {
                right_is_body
            } else {
                gazetteer().contains_key(p.slice(right_start, last))
                    || (right_start..=last)
                        .any(|k| kind_from_last_word(p.word(k)) == Some(EntityKind::Organization))
            }
        };
        let peerage_end = a_peers_title
            .then(|| {
                (right_start..=end)
                    .take_while(|&k| p.is_capitalised(k))
                    .last()
            })
            .flatten()
            .filter(|&last| (last == end || p.word(last + 1) == "and") && !of_a_body(last));
        if let Some(last) = peerage_end {
            out.push(Candidate {
                kind: Some(EntityKind::Person),
                gender: gender_of(p.word(first)),
                ..Candidate::new(strip_possessive(p.slice(first, last)), first, last)
            });
            if last + 2 <= end {
                clean_phrase(p, last + 2, end, out);
            }
            return;
        }
        if !left_is_org
            && (right_is_place || right_is_body || left_is_person || says())
            && (left_is_person || !legal_name_of_a_place())
        {
            clean_phrase(p, first, of - 1, out);
            let found = out.len();
            clean_phrase(p, of + 1, end, out);
            if !right_is_place {
                for c in &mut out[found..] {
                    c.kind.get_or_insert(EntityKind::Organization);
                }
            }
            return;
        }
    }
    // `a partnership of Wagner and Brown and AFG Industries Inc`: a second `and` joins a
    // firm of two partners' names, whole, to the next name.
    // (`… of AFG Industries Inc and Wagner and Brown`: or follows a company's legal suffix,
    // which ends the name before it.)
    let partners_at =
        |k: usize| p.is_capitalised(k) && p.word(k + 1) == "and" && p.is_capitalised(k + 2);
    let firm = |k: usize| Candidate {
        kind: Some(EntityKind::Organization),
        ..Candidate::new(p.slice(k, k + 2), k, k + 2)
    };
    // (Not `Cumbria and Dumfries and Galloway`: places listed, a known one first.)
    if end > first + 3
        && partners_at(first)
        && p.word(first + 3) == "and"
        && p.is_capitalised(first + 4)
        && !is_known_place(p.word(first))
    {
        out.push(firm(first));
        clean_phrase(p, first + 4, end, out);
        return;
    }
    if end >= first + 5
        && partners_at(end - 2)
        && p.word(end - 3) == "and"
        && is_legal_suffix(p.word(end - 4))
    {
        clean_phrase(p, first, end - 4, out);
        out.push(firm(end - 2));
        return;
    }
    // `AT and T`: a firm's initials joined by `and`, as a wire story writes `AT&T`.
    // (Not two names of their own: `the US and UK`, `EU and UN`.)
    let short_initials = |k: usize| {
        let w = p.word(k);
        (1..=2).contains(&w.len())
            && w.bytes().all(|b| b.is_ascii_uppercase())
            && !gazetteer().contains_key(w)
    };
    if end == first + 2
        && p.word(first + 1) == "and"
        && short_initials(first)
        && short_initials(end)
    {
        out.push(Candidate {
            kind: Some(EntityKind::Organization),
            ..Candidate::new(p.slice(first, end), first, end)
        });
        return;
    }
    // `pressure from Washington for Tokyo to open`: two places joined by `for` are two
    // names (a body's `for` joins no two places: `Campaign for Nuclear Disarmament`).
    if let Some(f) = (first + 1..end).find(|&k| p.lower(k) == "for") {
        let place = |a: usize, b: usize| is_known_place(strip_possessive(p.slice(a, b)));
        if place(first, f - 1) && place(f + 1, end) {
            clean_phrase(p, first, f - 1, out);
            clean_phrase(p, f + 1, end, out);
            return;
        }
    }
    // `National Grid and Royal Mail`, `Bank of England and European Central Bank`: two
    // names of two words or more each are two names (a body's own `and` has a single word
    // before it: `Food and Drug Administration`).
    // (Nor the `and` that ends a list in a name: `Ministry of Agriculture, Fisheries and
    // Food`; the run holds a comma only for such a list.)
    let ends_a_list = |and: usize| (first..and).any(|k| p.is_punct(k, ","));
    // (Nor the `and` of a body of several things: `the Department of Health and Social
    // Security`, `the Office of Cane and Sugar Board`; but `Bank of England and European
    // Central Bank`, whose `of` names a place, are two.)
    let of_several = |and: usize| {
        let Some(of) = (first + 1..and).find(|&k| p.lower(k) == "of") else {
            return false;
        };
        kind_from_last_word(p.word(of - 1)) == Some(EntityKind::Organization)
            && of + 1 < and
            && !gazetteer().contains_key(p.slice(of + 1, and - 1))
            && !gazetteer().contains_key(p.slice(and + 1, end))
            && end - and <= 3
            && !is_legal_suffix(p.word(end))
            // (`Canadian Imperial Bank of Commerce and Toronto Dominion Bank`: a body named
            // for its place after the `and` is one of its own.)
            && !(end > and + 1
                && kind_from_last_word(p.word(end)) == Some(EntityKind::Organization)
                && is_known_place(p.word(and + 1)))
    };
    // (Nor the `and` between what a body trades in: `the Chinese Gold and Silver Exchange`.)
    let trades_in_both = |and: usize| {
        let commodity = |k: usize| crate::extract::lexicon::is_commodity(p.lower(k));
        commodity(and - 1)
            && commodity(and + 1)
            && kind_from_last_word(p.word(end)) == Some(EntityKind::Organization)
    };
    // (Nor the `and` of a company named for two trades: `Nippon Telegraph and Telephone
    // Corp`, `American Telephone and Telegraph Co`: one word between it and the suffix, and no
    // suffix before it, as in `Ford Motor Co and Chrysler Corp`.)
    // (`British Printing and Communication Corp PLC`: a suffix of two words.)
    // (`Daewoo Shipbuilding and Heavy Machinery Ltd`: or a trade's word on either side, the
    // second perhaps described: two trades.)
    let company_of_two = |and: usize| {
        let suffixes = usize::from(is_legal_suffix(p.word(end)))
            + usize::from(end > and + 2 && is_legal_suffix(p.word(end - 1)));
        let two_trades = end == and + 2 + suffixes
            && and > first + 1
            && (and - 1..end + 1 - suffixes).all(|k| {
                k == and
                    || is_trade_word(p.lower(k))
                    || (k == and + 1 && matches!(p.lower(k), "heavy" | "light" | "general"))
            });
        // (`Esso Exploration and Production`: two trades closing a name need no suffix.)
        let two_trades_close_it = suffixes == 0
            && end == and + 1
            && and > first + 1
            && is_trade_word(p.lower(and - 1))
            && is_trade_word(p.lower(end));
        ((suffixes > 0 && (end == and + 1 + suffixes || two_trades)) || two_trades_close_it)
            && !(first..and).any(|k| is_legal_suffix(p.word(k)))
    };
    // (Nor a body named for two fields: `the Human Fertilisation and Embryology Authority`:
    // one word between the `and` and a public body's kind, and no body, known name or given
    // name before it, as there is in `Tesco Stores and Water Authority bonds`.)
    // (`the National Snow and Ice Data Center`: or two, the second a common word.)
    let body_of_two_fields = |and: usize| {
        (end == and + 2
            || (end == and + 3
                && written_as_a_common_word(p.word(end - 1))
                && !gazetteer().contains_key(p.word(end - 1))))
            && matches!(
                p.word(end),
                "Authority"
                    | "Administration"
                    | "Agency"
                    | "Commission"
                    | "Council"
                    | "Board"
                    | "Institute"
                    | "Service"
                    | "Executive"
                    | "Committee"
                    | "Center"
                    | "Centre"
                    // (`the British Beer and Pub Association`)
                    | "Association"
                    | "Federation"
                    | "Confederation"
                    | "Society"
                    | "Academy"
                    | "Foundation"
                    | "Union"
            )
            // (A people's word may open it: `the British Beer and Pub Association`.)
            && !(first..and).any(|k| {
                is_legal_suffix(p.word(k))
                    || kind_from_last_word(p.word(k)).is_some()
                    || (gazetteer().contains_key(p.word(k))
                        && !(k == first && is_demonym(p.word(k))))
            })
            && !gazetteer().contains_key(p.slice(first, and - 1))
            && !gazetteer().contains_key(p.word(and + 1))
            && !gazetteer().contains_key(p.slice(and + 1, end))
            && !is_given_name(p.word(first))
    };
    // (Nor the `and` of a statute's short title: `the Hate Crime and Public Order (Scotland)
    // Act`, `the Crime and Disorder Act 1998`, no place or given name opening it.)
    let a_statute = |and: usize| {
        ends_in_a_document_word(p, and + 2, end)
            && !gazetteer().contains_key(p.slice(first, and - 1))
            && !is_given_name(p.word(first))
    };
    // (Nor the `and` of a programme's name: `the Mobile Telecommunications and Health
    // Research programme`, no known name on either side.)
    let one_programme = |and: usize| {
        !p.is_capitalised(end + 1)
            && matches!(
                p.lower(end + 1),
                "programme" | "program" | "project" | "scheme"
            )
            && !is_given_name(p.word(first))
            && !gazetteer().contains_key(p.slice(first, and - 1))
            && !gazetteer().contains_key(p.slice(and + 1, end))
    };
    // `the journal Zoosystematics and Evolution`: a publication named after the noun for it
    // is one title (not `the journals Nature and Science`, two; nor `the journal Nature and
    // Science reported`, where a verb after the second says it is a name of its own).
    let one_publication = || {
        first > 0
            && !p.is_capitalised(first - 1)
            && matches!(
                p.lower(first - 1),
                "journal" | "magazine" | "newspaper" | "periodical"
            )
            && (!p.is_word(end + 1) || crate::extract::lexicon::is_function_word(p.lower(end + 1)))
    };
    // `Merrill Lynch and Co and Salomon Brothers Inc`: `and Co` closes a firm's name before
    // an `and` that joins another.
    // (Five words at least: the cheap test first, as every name comes here.)
    let partners_then_and = || {
        (first + 2..end.saturating_sub(1)).find(|&k| {
            p.word(k - 1) == "and" && p.word(k + 1) == "and" && is_a_firms_partners(p.word(k))
        })
    };
    if let Some(co) = (end >= first + 4).then(partners_then_and).flatten() {
        clean_phrase(p, first, co, out);
        clean_phrase(p, co + 2, end, out);
        return;
    }
    if let Some(and) = (first + 2..end.saturating_sub(1)).find(|&k| {
        p.word(k) == "and"
            && !one_programme(k)
            && !known_name_across(p, first, k, end)
            && !ends_a_list(k)
            && !of_several(k)
            && !trades_in_both(k)
            && !company_of_two(k)
            && !body_of_two_fields(k)
            && !a_statute(k)
    }) {
        clean_phrase(p, first, and - 1, out);
        clean_phrase(p, and + 1, end, out);
        return;
    }
    // `Canadian Imperial Bank of Commerce and Citicorp`: a company's one-word name after the
    // `and` that would end a body's name of `of` is a name of its own (not `Department of
    // Trade and Industry`).
    if end >= first + 4
        && p.word(end - 1) == "and"
        && (first + 1..end - 2).any(|k| p.word(k) == "of")
        && is_a_company_s_own_word(p.word(end))
    {
        clean_phrase(p, first, end - 2, out);
        clean_phrase(p, end, end, out);
        return;
    }
    // `the British and Irish Lions`: two peoples' side, named in the plural, is one name.
    let peoples_side = end == first + 3
        && p.word(first + 1) == "and"
        && is_demonym(p.word(first))
        && is_demonym(p.word(first + 2))
        && p.word(end).ends_with('s');
    // `managed by Shearson and Goldman Sachs and Co`: of two `and`s, the last joining a
    // firm's partners (`and Co`), the first joins two firms.
    let partners_at = |and: usize| {
        is_a_firms_partners(p.word(and + 1)) && (and + 2..=end).all(|k| is_legal_suffix(p.word(k)))
    };
    let ands = || (first + 1..end).filter(|&k| p.word(k) == "and");
    // (Five words at least: the cheap test first, as every name comes here.)
    let two_ands = || (end >= first + 4).then(|| (ands().next(), ands().next_back()));
    if let Some((Some(one), Some(last))) = two_ands() {
        if one + 1 < last && partners_at(last) && !known_name_across(p, first, one, end) {
            clean_phrase(p, first, one - 1, out);
            clean_phrase(p, one + 1, end, out);
            return;
        }
    }
    // (`Bosnia and Herzegovina and Croatia`: a known name of its own `and` ends at the next
    // one. Five words at least.)
    if end >= first + 4 {
        let known_end = (first + 2..end - 1)
            .rev()
            .filter(|&b| p.word(b + 1) == "and")
            .find(|&b| gazetteer().contains_key(p.slice(first, b)) && !partners_at(b + 1));
        if let Some(b) = known_end {
            clean_phrase(p, first, b, out);
            clean_phrase(p, b + 2, end, out);
            return;
        }
    }
    // `easyJet and British Airways`: a known name before the `and` is a name of its own
    // (not `Goldman Sachs and Co`, the firm's partners).
    if let Some(and) = (first + 1..end)
        .find(|&k| p.word(k) == "and")
        .filter(|_| !peoples_side)
    {
        let known_left = gazetteer().contains_key(p.slice(first, and - 1)) && !partners_at(and);
        if known_left
            && !known_name_across(p, first, and, end)
            && !body_of_an_area(p, first, and, end)
        {
            clean_phrase(p, first, and - 1, out);
            clean_phrase(p, and + 1, end, out);
            return;
        }
    }
    // Split lists: `Texas and Louisiana`, `Avi and Joel` — but not `Trade and Development`
    // inside an organisation's name.
    // (`Charles Kennedy and Treasury chief secretary Danny Alexander`: a person's name before
    // the `and` at `k` is no partner's in a firm's, nor part of a body's.)
    // (`Mexican Finance Minister Gustavo Petricioli and Citibank vice-chairman William
    // Rhodes`: or a name after a title.)
    let person_before = |k: usize| {
        k >= first + 2
            && (is_given_name(p.word(first))
                || (first + 1..k.saturating_sub(1))
                    .any(|j| is_title_word(p.lower(j)) && !is_title_word(p.lower(j + 1))))
    };
    let org_like = (first..=end).any(|k| matches!(p.lower(k), "of" | "for" | "on"))
        // `Goldman Sachs and Co`, `Smith and Sons`
        || is_a_firms_partners(p.word(end))
        // (`Merrill-Lynch and Co Inc`: and the firm's legal form after them.)
        || ands().next_back().is_some_and(partners_at)
        // `Transport and General Workers' Union` (not `ITV1 and Sky News`: no common word
        // before the `and`; nor `Internet Explorer and Office`: a thing on the web first)
        || (end > first + 2
            && kind_from_last_word(p.word(end)) == Some(EntityKind::Organization)
            && !is_the_medium(p.word(first))
            && (first..end).find(|&k| p.word(k) == "and").is_none_or(|and| {
                written_as_a_common_word(p.word(and - 1)) && !person_before(and)
            }))
        // `the Stability and Growth Pact`, `the Children and Families Bill`: a treaty's or a
        // statute's name
        || ands().next().is_some_and(|and| ends_in_a_document_word(p, and + 2, end))
        // `Carroll McEntee and McGinley Inc`: partners' names and the firm's legal form
        || (first + 2..end).find(|&k| p.word(k) == "and").is_some_and(company_of_two)
        || peoples_side;
    if !org_like {
        let and = (first..=end).find(|&k| p.word(k) == "and");
        // `Wagner and Brown spokesman Jim Smith`: one body, whose title follows.
        // (`A spokesman for Wagner and Brown`: whom a spokesman speaks for is one body.)
        let spoken_for = first > 1
            && p.lower(first - 1) == "for"
            && crate::extract::lexicon::speaks_for_a_body(p.lower(first - 2));
        let one_body = |k: usize| {
            known_name_across(p, first, k, end)
                || body_of_an_area(p, first, k, end)
                || (heads_a_titled_name(p, end) && !person_before(k))
                || ends_a_list(k)
                || spoken_for
                // (`Pratt and Whitney, a unit of United Technologies`: set off as one body;
                // `His former employer, Domestic and General, said`: or after a body's noun.)
                || set_off_as_a_body(p, end)
                || set_off_after_a_body_noun(p, first, end)
                // (`its Brunswick Mining and Smelting unit`: one body of the kind after it.)
                || is_a_body_named(p, end)
                || (!p.is_capitalised(end + 1)
                    && matches!(p.lower(end + 1), "unit" | "subsidiary" | "division" | "affiliate"))
                || one_programme(k)
                || one_publication()
                // (`<Wagner and Brown>`: a wire story's angle brackets hold one company.)
                || (first > 0 && p.is_punct(first - 1, "<") && p.is_punct(end + 1, ">"))
        };
        if let Some(and) = and.filter(|&k| !one_body(k)) {
            clean_phrase(p, first, and - 1, out);
            clean_phrase(p, and + 1, end, out);
            return;
        }
    }
    let mut name_first = first;
    let mut gender = None;
    // (`Lord of the Rings`: a title, not a lord.)
    if is_honorific(p.word(first)) && first < end && p.lower(first + 1) != "of" {
        kind = Some(EntityKind::Person);
        gender = gender_of(p.word(first));
        if !matches!(p.word(first), "Sir" | "Dame" | "Lord" | "Lady") {
            name_first = first + 1;
        }
    }
    // (`British North Sea oil output`: a nationality describing a known place of two words
    // or more is no part of its name; but `British Columbia` is one name, and `Canadian
    // Pacific` a company's.)
    if name_first + 1 < end
        && is_demonym(p.word(name_first))
        && is_known_place(p.slice(name_first + 1, end))
        && !gazetteer().contains_key(p.slice(name_first, end))
    {
        name_first += 1;
    }
    // A nationality alone is an adjective: `Russian bombs`, `Irish tycoons`; so are two
    // places joined to describe what is between them: `U.S.-China trade`.
    // (`its British-built lander`: an adjective's ending shed, still a nationality.)
    if name_first == end && (is_demonym(shorn_name(p, end, end)) || joins_two_places(p.word(end))) {
        return;
    }
    // (`West German farm minister`: a people of two words too.)
    // (`Costa Rican President Oscar Arias`: the first words of those the gazetteer lists, told
    // before it is asked.)
    let two_word_people = || {
        (is_compass_word(p.word(name_first))
            || matches!(
                p.word(name_first),
                "New" | "Sri" | "Saudi" | "Latin" | "Central" | "Costa" | "Sierra"
            ))
            && is_demonym(strip_possessive(p.slice(name_first, end)))
    };
    // (Asked once, of every name of two words or more.)
    let opens_with_a_people = name_first < end && is_demonym(p.word(name_first));
    // (`Sunni Muslim areas`, `Shia Kurdish parties`: a people of each word.)
    let two_peoples = || opens_with_a_people && is_demonym(p.word(end));
    if name_first + 1 == end && (two_word_people() || two_peoples()) {
        return;
    }
    // (`Gulf Arab states`: a people after a place, a known one or a word no one is named
    // by, describes what follows; the place is the name.)
    let a_place_before = || {
        is_known_place(p.slice(name_first, end - 1))
            || (name_first + 1 == end
                && !is_given_name(p.word(name_first))
                // (`North American`: a people of two words.)
                && !is_compass_word(p.word(name_first))
                && gazetteer().get(p.word(name_first)).is_none())
    };
    // (Not `The Houston Texans won`: a people in the plural names a team.)
    if name_first < end
        && p.is_word(end + 1)
        && !p.is_capitalised(end + 1)
        && !p.word(end).ends_with('s')
        && is_demonym(p.word(end))
        && !gazetteer().contains_key(p.slice(name_first, end))
        && a_place_before()
    {
        clean_phrase(p, name_first, end - 1, out);
        return;
    }
    // `NOTE: Fourth quarter 1986 includes …`, `… vs 3.32 billion Year shr 3.40 dlrs`: a
    // period of a company's results, capitalised in a wire story's table, names nothing.
    if name_first == end && crate::extract::lexicon::is_period_of_results(p.lower(end)) {
        return;
    }
    // `her Olympic disappointment`, `over the Christmas period`: an adjective or a holiday
    // alone is no person, body or place.
    // (`Merry Christmas`, `Happy New Year`: a greeting.)
    let greeting = name_first < end && matches!(p.word(name_first), "Merry" | "Happy");
    if (name_first == end || greeting)
        && crate::extract::lexicon::names_nothing_alone(strip_adjective_suffix(strip_possessive(
            p.lower(end),
        )))
    {
        return;
    }
    // `Russian President Vladimir Putin`, `Australian Alex de Minaur`: a nationality before a
    // person's name; not `Australian Open` or `British Medical Association`.
    let before_a_name = end >= name_first + 2
        && kind_from_last_word(p.word(end)).is_none()
        // `the Canadian Auto Workers union`
        && !is_a_body_named(p, end)
        && !(name_first..=end).any(|k| is_connector(p.lower(k)))
        // (`Scottish Development International`: a body's name, its next word a thing's.)
        && !names_a_thing_not_a_person(p.lower(name_first + 1))
        && !gazetteer().contains_key(p.slice(name_first, end));
    if opens_with_a_people && (kind == Some(EntityKind::Person) || before_a_name) {
        // (`Frenchman Cyril Saulnier`: what `said the Frenchman` will call him.)
        if title.is_none() && crate::extract::lexicon::is_a_national(p.word(name_first)) {
            title = Some(p.lower(name_first).to_string());
        }
        name_first += 1;
    }
    // `a Band D property`, `Plan B`, `Vitamin C`: a word and a letter name a grade or a kind
    // (`John F. Kennedy`'s initial has its dot).
    let graded = name_first + 1 == end
        && p.word(end).len() == 1
        && p.is_capitalised(end)
        && !p.is_punct(end + 1, ".")
        && kind.is_none();
    if graded {
        return;
    }
    let name = shorn_name(p, name_first, end);
    // (`A Saudi Arabian-led consortium`: a people of two words, its ending shed.)
    if name_first < end && is_demonym(name) {
        return;
    }
    // (`four FA Cups` … `the FA Cup final`: what is counted is named in the singular.)
    let name = if counted { singular_of(name) } else { name };
    // `U2`, `O2`, `G8`, `G-7`: a capital and digits name a band, a firm or a group.
    let digits = name
        .get(1..)
        .map(|rest| rest.strip_prefix('-').unwrap_or(rest));
    let letter_and_digits = (2..=4).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && digits.is_some_and(|d| !d.is_empty() && d.bytes().all(|b| b.is_ascii_digit()));
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2 && !letter_and_digits {
        return;
    }
    let initial = name_first == end
        && (name_first == sentence_start || (name_first == start && opens_sentence));
    // `Tom Clancy's Splinter Cell`: what a person's name owns is a thing of theirs, not
    // somebody (`Rupert Murdoch's News Corporation` is told by its last word).
    let persons_thing = kind.is_none()
        && name_first >= 2
        && is_possessive(p.word(name_first - 1))
        && is_given_name(p.word(name_first - 2))
        && !is_given_name(p.word(name_first))
        && !is_honorific(p.word(name_first))
        && kind_from_last_word(p.word(end)).is_none();
    if persons_thing {
        kind = Some(EntityKind::Other);
    }
    // `Acclaim, the games maker, …`: a word set off by a kind of body names one.
    let set_off = set_off_as_a_body(p, end);
    // `Chelsea have sacked their manager`: one word taking a plural verb is a team or a body,
    // as British copy writes them (a plural name, `the Kurds are`, is left alone; so is the
    // object of a preposition, `a crash in Lincolnshire have described him`, whose verb is
    // the subject's before it).
    let plural_verb = matches!(p.lower(end + 1), "have" | "are" | "were")
        && !p.word(end).ends_with('s')
        && !(name_first > 0
            && matches!(
                p.lower(name_first - 1),
                "in" | "at" | "from" | "near" | "of" | "across" | "to" | "into" | "outside"
            ))
        && written_as_a_common_word(p.word(end));
    // `the Reagan administration`, `the Blair government`: a leader's surname before the
    // government they lead is the leader's (a party or a place before it keeps its kind).
    let leads_a_government = || {
        matches!(p.lower(end + 1), "administration" | "government")
            && !gazetteer().contains_key(p.word(end))
            && !is_demonym(p.word(end))
    };
    if kind.is_none() && name_first == end && leads_a_government() {
        kind = Some(EntityKind::Person);
    }
    // `while Costco's sales were up`: one word owning a firm's figures is a firm.
    let a_firms_figures = || {
        is_possessive(p.word(end))
            && matches!(
                p.lower(end + 1),
                "sales" | "profits" | "shares" | "revenue" | "revenues" | "earnings" | "turnover"
            )
            && !is_given_name(p.word(end))
            && !is_known_place(strip_possessive(p.word(end)))
    };
    if kind.is_none()
        && name_first == end
        && (set_off || plural_verb || a_firms_figures() || does_a_bodys_work(p, end))
    {
        kind = Some(EntityKind::Organization);
    }
    // (Asked only of a word opening its sentence, which needs vouching for.)
    let set_off_as_one = initial && !set_off && set_off_as_a_person(p, end);
    // (`The owner, Seán Mac Giolla Phádraig, 47, said`: an age set off after a name of any
    // length is a person's.)
    let aged = || p.is_punct(end + 1, ",") && is_an_age(p, end + 2) && p.is_punct(end + 3, ",");
    if kind.is_none() && (set_off_as_one || aged()) {
        kind = Some(EntityKind::Person);
    }
    if kind.is_none() && initials_general {
        kind = Some(EntityKind::Organization);
    }
    // `his wife Imelda`, `Her husband, Sam,`: a relative named by a first name alone, of the
    // relative's gender.
    let relative_at = |k: usize| crate::extract::lexicon::relative_gender(p.lower(k));
    let relative = (kind.is_none() && name_first == end && name_first > 0)
        .then(|| {
            relative_at(name_first - 1).or_else(|| {
                (name_first > 1 && p.is_punct(name_first - 1, ","))
                    .then(|| relative_at(name_first - 2))
                    .flatten()
            })
        })
        .flatten();
    if let Some(g) = relative {
        kind = Some(EntityKind::Person);
        gender = gender.or(Some(g));
    }
    // `his parents, Joe and Katherine`: first names after relatives in the plural.
    let plural_relative_at = |k: usize| {
        crate::extract::lexicon::is_plural_relative(p.lower(k))
            || (k > 0
                && p.is_punct(k, ",")
                && crate::extract::lexicon::is_plural_relative(p.lower(k - 1)))
    };
    let of_plural_relatives = kind.is_none()
        && name_first == end
        && name_first > 0
        && (plural_relative_at(name_first - 1)
            || (name_first > 2
                && p.lower(name_first - 1) == "and"
                && p.is_capitalised(name_first - 2)
                && plural_relative_at(name_first - 3)));
    if of_plural_relatives {
        kind = Some(EntityKind::Person);
    }
    out.push(Candidate {
        kind,
        initial_single: initial,
        before_speech: !p.is_capitalised(end + 1)
            && is_speech_verb(p.lower(end + 1))
            // (`Showers continued throughout the week`: a going on, not a speaking, unless
            // speech or its end follows.)
            && (p.lower(end + 1) != "continued" || !p.is_word(end + 2) || p.lower(end + 2) == "that"),
        // `Renault, which owns…`, `Chelsea's manager Jose Mourinho`: the text treats it as a
        // name.
        // `Hutchison's 3 network`: a possessive opening a sentence is somebody's or
        // something's, not a common word's (`Today's`).
        // (`Babyshambles, the band fronted by …`: so does a kind of body set off after it.)
        named_by_context: (p.is_punct(end + 1, ",")
            && matches!(p.lower(end + 2), "which" | "who" | "whose"))
            || set_off
            || set_off_as_one
            || (initial && set_off_before_speech(p, end))
            // (`Conservative leader Michael Howard`, `Conservative MP Bill Cash`: a party's
            // word before a title and a name is the party.)
            || (initial && is_a_partys_word(p.word(end)) && party_before_a_title(p, end))
            || heads_a_list_of_names(p, end)
            || (is_possessive(p.word(end))
                && (heads_a_titled_name(p, end)
                    || !possessive_names_nobody(strip_possessive(p.lower(end))))),
        said_a_body: (p.is_punct(end + 1, ",") && p.lower(end + 2) == "which") || set_off,
        // `in Des Moines`, `at the Nou Camp` (not `in Michael Howard's party`)
        after_in: name_first > 0
            && !is_possessive(p.word(end))
            && (p.lower(name_first - 1) == "in"
                || (name_first > 1
                    && p.lower(name_first - 1) == "the"
                    && p.lower(name_first - 2) == "at")
                || set_off_after_a_place_in(p, name_first, end)),
        // `the Mac Mini`, `its Media Player`: a thing or a body, by the word before it.
        after_a_determiner: name_first > 0
            && matches!(p.lower(name_first - 1), "the" | "its" | "their" | "our"),
        title,
        gender,
        ..Candidate::new(name, name_first, end)
    });
}

/// `Cosla, which represents local authorities`, `Stagecoach, which employed him`: what the
/// `which` after the name at `end` does is a body's work.
fn does_a_bodys_work(p: &Para, end: usize) -> bool {
    p.is_punct(end + 1, ",")
        && p.lower(end + 2) == "which"
        && matches!(
            p.lower(end + 3),
            "represents"
                | "employs"
                | "employed"
                | "owns"
                | "owned"
                | "operates"
                | "operated"
                | "regulates"
                | "manages"
                | "managed"
                | "oversees"
                | "organises"
                | "organizes"
                | "organised"
                | "organized"
                | "publishes"
                | "campaigns"
                | "lobbies"
        )
}

/// `In Pontypridd, Rhondda Cynon Taf, dozens of homes`: a name set off after a one-word
/// place that follows `in` is the larger place it lies in. (Not a person's, named first by
/// a given name: `In Paris, Jacques Chirac said`.)
fn set_off_after_a_place_in(p: &Para, name_first: usize, end: usize) -> bool {
    name_first >= 3
        && p.is_punct(name_first - 1, ",")
        && p.is_capitalised(name_first - 2)
        && p.lower(name_first - 3) == "in"
        && (p.is_punct(end + 1, ",") || p.is_punct(end + 1, ".") || end + 1 == p.tokens().len())
        && !is_given_name(p.word(name_first))
}

/// `Grand Theft Auto: San Andreas`, `The Lord of the Rings: The Return of the King`: in a
/// story's text, a colon written onto a name of two words or more, and a name after it, are
/// a work's title and its subtitle. The subtitle's last token, after the name ending at
/// `end`, which opens at `i`. (Not a headline's colon, `Storm Darragh: Thousands without
/// power`; nor a team's line-up, `Man Utd: Carroll, Neville, Ferdinand`; nor what a known
/// name says, `The Daily Mail: Labour is doomed`.)
fn subtitle_end(p: &Para, i: usize, end: usize) -> Option<usize> {
    let colon = end + 1;
    if p.role == Role::Headline || !p.touching(end, colon) || p.touching(colon, colon + 1) {
        return None;
    }
    let known = |first: usize, last: usize| {
        let first = if p.lower(first) == "the" {
            first + 1
        } else {
            first
        };
        gazetteer().contains_key(p.slice(first, last))
            || kind_from_last_word(p.word(last)).is_some()
    };
    if known(i, end) {
        return None;
    }
    let first = colon + 1;
    if !is_name_word(p, first) || is_quote_mark(p.word(first)) {
        return None;
    }
    // (`Grand Theft Auto: San Andreas and Halo 2`: the `and` of a list ends the subtitle.)
    let whole = phrase_end(p, first);
    let last = (first + 1..=whole)
        .find(|&k| p.lower(k) == "and")
        .map_or(whole, |and| and - 1);
    let listed = p.is_punct(last + 1, ",") && p.is_capitalised(last + 2);
    (!listed && !known(first, last)).then_some(last)
}

/// The words `first..=last` are one body's name, `and` and all: one the gazetteer knows, or
/// one its last word says is a body (`Ways and Means Committee`).
fn names_a_body_whole(p: &Para, first: usize, last: usize) -> bool {
    gazetteer().contains_key(strip_possessive(p.slice(first, last)))
        || kind_from_last_word(strip_possessive(p.word(last))) == Some(EntityKind::Organization)
}

/// `won at Lord's to take the lead`, `sold at Christie's in London`: a possessive after `at`
/// with nothing it owns after it is the name of a place or a firm, `'s` and all (but
/// `similar to Australia's but …` is the country's).
fn names_a_place_by_its_owner(p: &Para, first: usize, end: usize) -> bool {
    if first == 0 || p.lower(first - 1) != "at" || !is_possessive(p.word(end)) {
        return false;
    }
    let owns_nothing = (p.is_some_punct(end + 1) && !is_quote_mark(p.word(end + 1)))
        || end + 1 >= p.tokens().len()
        || matches!(
            p.lower(end + 1),
            "to" | "in"
                | "on"
                | "at"
                | "for"
                | "and"
                | "or"
                | "but"
                | "with"
                | "from"
                | "after"
                | "before"
                | "since"
                | "until"
                | "by"
                | "last"
                | "this"
                | "when"
        );
    owns_nothing && !is_known_place(strip_possessive(p.slice(first, end)))
}

/// The name the words `first..=end` give once a possessive or an adjective's ending is shed,
/// unless the name is written so (`Sainsbury's`, `McDonald’s`, `Moody's`) or names a place by
/// its owner (`at Lord's`).
fn shorn_name<'a>(p: &Para<'a>, first: usize, end: usize) -> &'a str {
    // `Consumer group Which? said`: a question mark written onto a name that ends no
    // sentence is the name's (`a report by Which?.`: nor one a stop or a comma follows).
    let stop_after =
        || matches!(p.word(end + 2), "." | "," | ";" | ":") && p.touching(end + 1, end + 2);
    let marked = p.word(end + 1) == "?"
        && p.touching(end, end + 1)
        && ((p.is_word(end + 2) && !p.is_capitalised(end + 2)) || stop_after());
    if marked {
        return p.slice(first, end + 1);
    }
    let written = p.slice(first, end);
    // (`Christie's said`: a possessive right before `said` owns nothing; but `OPEC's agreed
    // ceiling` owns one.)
    let speaks = || crate::extract::lexicon::is_saying(p.word(end + 1));
    // (`Barnardo's welcomed the pledge`: nor does one before a verb in the past with its
    // object; but `OPEC's agreed ceiling` is owned.)
    let acts = || {
        p.lower(end + 1).ends_with("ed")
            && matches!(
                p.lower(end + 2),
                "the" | "a" | "an" | "its" | "his" | "her" | "their"
            )
            && !is_known_place(strip_possessive(written))
    };
    if is_possessive(written)
        && (gazetteer().contains_key(written)
            || names_a_place_by_its_owner(p, first, end)
            || speaks()
            || acts())
    {
        written
    } else {
        strip_adjective_suffix(strip_possessive(written))
    }
}

/// `it's`, `what's`: a word and `is` (or `us`, in `let's`), written like an owner's `'s`.
fn is_contraction_with_s(lower: &str) -> bool {
    crate::extract::lexicon::possessive_owner(lower).is_some_and(|word| {
        matches!(
            word,
            "it" | "that" | "what" | "here" | "there" | "let" | "who" | "where"
        )
    })
}

/// The word at `k` is a past participle before a preposition: `Faced with`, `Hit by`, `Set
/// up` (not a given name: `Alfred in Paris`).
pub(super) fn opens_on_a_participle(p: &Para, k: usize) -> bool {
    // (The preposition first: asked of every sentence opening on a word alone.)
    let before_a_preposition = !p.is_capitalised(k + 1)
        && matches!(
            p.lower(k + 1),
            "with" | "by" | "in" | "on" | "at" | "to" | "from" | "for" | "as" | "up" | "out"
        );
    let w = p.lower(k);
    before_a_preposition
        && ((w.len() > 4 && w.ends_with("ed") && !is_given_name(p.word(k)))
            || crate::extract::lexicon::is_irregular_participle(w)
            || matches!(w, "set" | "hit" | "cut" | "put"))
}

/// A royal's title, kept with the name it comes before: `Prince Charles`.
fn is_royal_title(word: &str) -> bool {
    matches!(word, "Prince" | "Princess" | "King" | "Queen")
}

/// A peer's title, which a peerage's place may follow: `Lord Lloyd of Berwick`.
pub(super) fn is_peers_title(word: &str) -> bool {
    matches!(
        word,
        "Lord"
            | "Baroness"
            | "Lady"
            | "Viscount"
            | "Viscountess"
            | "Earl"
            | "Countess"
            | "Marquess"
    )
}

/// `Citicorp`, `Bancorp`, `Commerzbank`: a word coined for a company, its trade written onto
/// it in lower case; or a company known by one word (`Barclays`).
fn is_a_company_s_own_word(w: &str) -> bool {
    let coined = |trade: &str| {
        w.len() > trade.len() + 1 && w.ends_with(trade) && w.as_bytes()[0].is_ascii_uppercase()
    };
    coined("corp")
        || coined("bank")
        || coined("co")
        || gazetteer().get(w) == Some(&EntityKind::Organization)
}

/// `Stadium`, `Street`: a place's last word that is nobody's surname.
fn is_a_built_place(w: &str) -> bool {
    matches!(
        w,
        "Stadium" | "Street" | "Road" | "Square" | "Avenue" | "Airport" | "County" | "Bridge"
    )
}
