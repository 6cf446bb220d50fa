//! What the words around a name say of it: a title after it, a kind of body or work before
//! it, a place it sits in, the way a person is introduced.

use super::*;

/// `Acme Widgets chief executive Tom Bell`, `RCN Scotland director Colin Poolman`: a name
/// that a lower-case title and a person's name follow is the body whose title it is.
/// Token `k` comes right before a title in lower case: `Treasury spokesman`.
pub(super) fn precedes_a_title(p: &Para, k: usize) -> bool {
    !p.is_capitalised(k + 1) && is_title_word(p.lower(k + 1))
}

/// `Home Affairs` of `Tory Home Affairs spokesman David Davis`, `Work and Pensions` of `the
/// Work and Pensions spokesman`: a party's brief, portfolios with capitals right before a
/// title in lower case, is part of the title. The brief's last token, from `k`.
pub(super) fn briefs_end(p: &Para, k: usize) -> Option<usize> {
    let portfolio = |k: usize| p.is_capitalised(k) && is_portfolio(p.lower(k));
    if !portfolio(k) {
        return None;
    }
    let mut last = k;
    loop {
        if portfolio(last + 1) {
            last += 1;
        } else if matches!(p.word(last + 1), "and" | "&") && portfolio(last + 2) {
            last += 2;
        } else {
            break;
        }
    }
    precedes_a_title(p, last).then_some(last)
}

/// A party's name or its last word, whose brief may follow it: `Tory`, `Lib Dem`, `Labour`.
pub(super) fn is_a_partys_word(w: &str) -> bool {
    matches!(
        w,
        "Tory"
            | "Tories"
            | "Labour"
            | "Conservative"
            | "Conservatives"
            | "Dem"
            | "Dems"
            | "Democrat"
            | "Democrats"
            | "Liberal"
            | "Republican"
            | "Republicans"
            | "Democratic"
            | "SNP"
            | "Plaid"
            | "UKIP"
            | "Green"
            | "Greens"
    )
}

/// The word at `end` heads a title in lower case and a name (`leader Michael Howard`), or
/// one in capitals (`MP Bill Cash`).
pub(super) fn party_before_a_title(p: &Para, end: usize) -> bool {
    heads_a_titled_name(p, end)
        || (p.is_capitalised(end + 1)
            && is_title_word(p.lower(end + 1))
            && p.is_capitalised(end + 2))
}

pub(super) fn heads_a_titled_name(p: &Para, end: usize) -> bool {
    let mut k = end + 1;
    let mut titled = false;
    // (`Sharapova's father Yuri`: a person's relative, not a body's officer.)
    let relative = |w: &str| {
        crate::extract::lexicon::relative_gender(w).is_some() && is_possessive(p.word(end))
    };
    while k <= end + 3 && p.is_word(k) && !p.is_capitalised(k) {
        let w = p.lower(k);
        if !is_title_modifier(w) || relative(w) {
            return false;
        }
        titled |= is_title_word(w);
        k += 1;
    }
    titled && p.is_capitalised(k)
}

/// `Bolton manager Sam Allardyce`, `Newcastle striker Alan Shearer`: a town whose manager
/// or player is named is its club (a country's, `Spain coach Jordi Arrese`, is its side,
/// written as the country).
pub(super) fn heads_a_club(p: &Para, start: usize, end: usize) -> bool {
    let role = end + 1;
    // (The cheap tests first: most names come here.)
    p.is_capitalised(role + 1)
        && p.is_word(role)
        && !p.is_capitalised(role)
        && crate::extract::lexicon::is_club_role(p.lower(role))
        && is_a_town(p.slice(start, end))
}

/// `Former Bucks Fizz singer Cheryl Baker`, `the Blur frontman Damon Albarn`: a name whose
/// singer or player is named after it is a band's (a person's would be `Damon Albarn's
/// guitarist`).
pub(super) fn heads_a_band(p: &Para, end: usize) -> bool {
    let role = end + 1;
    p.is_capitalised(role + 1)
        && p.is_word(role)
        && !p.is_capitalised(role)
        && matches!(
            p.lower(role),
            "singer"
                | "guitarist"
                | "drummer"
                | "bassist"
                | "frontman"
                | "frontwoman"
                | "keyboardist"
        )
        && !is_possessive(p.word(end))
        && !is_demonym(p.word(end))
}

/// `U.S.-China`, `Russia-Ukraine`, `U.S.-Soviet`, `February-June`, `Anglo-Dutch`,
/// `House-Senate`: two known places or peoples, two months or two houses, in one word.
pub(super) fn joins_two_places(word: &str) -> bool {
    // (`the U.S.-Soviet grains agreement`: a place and a people too.)
    let place_or_people = |w: &str| is_known_place(w) || is_demonym(w);
    let Some((a, b)) = word.split_once('-') else {
        return false;
    };
    // (`a House-Senate conference committee`: the two houses of a parliament.)
    let houses = matches!(
        (a, b),
        (
            "House" | "Senate" | "Commons" | "Lords",
            "House" | "Senate" | "Commons" | "Lords"
        )
    );
    let joined = (place_or_people(a) && place_or_people(b))
        || houses
        || (is_month_word(a) && is_month_word(b))
        // `the Anglo-Dutch group`, `Franco-German talks`: two peoples.
        || (is_combining_people(a) && is_demonym(b));
    // (`Asia-Pacific`, `Austria-Hungary`: a place the gazetteer knows by both.)
    joined && !is_known_place(word)
}

/// The combining form of a people's name: `Anglo-`, `Franco-`, `Sino-`.
pub(super) fn is_combining_people(w: &str) -> bool {
    matches!(
        w,
        "Anglo" | "Franco" | "Sino" | "Russo" | "Indo" | "Italo" | "Greco" | "Afro" | "Euro"
    )
}

/// A place the gazetteer knows.
pub(super) fn is_known_place(name: &str) -> bool {
    gazetteer().get(name) == Some(&EntityKind::Place)
}

/// `Md`, `Mass`: a place the gazetteer knows by its abbreviation with a dot (`Md.`). Built on
/// the stack: this is asked of every short name.
pub(super) fn is_known_place_abbreviation(name: &str) -> bool {
    let mut dotted = [0u8; 6];
    if name.len() >= dotted.len() {
        return false;
    }
    dotted[..name.len()].copy_from_slice(name.as_bytes());
    dotted[name.len()] = b'.';
    std::str::from_utf8(&dotted[..=name.len()]).is_ok_and(is_known_place)
}

/// `Leicestershire`, `North Yorkshire`: an English county.
pub(super) fn is_county(name: &str) -> bool {
    name.len() > 6 && name.ends_with("shire")
}

/// `Cupertino, California`, `Austin, Texas`, `Doraville, Ga.`: a name before a comma and a
/// known place is a place within it.
pub(super) fn before_a_known_place(p: &Para, end: usize) -> bool {
    if !p.is_punct(end + 1, ",") {
        return false;
    }
    // `Hayes, west London`
    let compass =
        crate::extract::lexicon::is_compass_lower(p.lower(end + 2)) && !p.is_capitalised(end + 2);
    let from = end + 2 + usize::from(compass);
    if !p.is_capitalised(from) {
        return false;
    }
    // Not `Ross Walker, UK economist at …`: there the place says whose the title is.
    let place_at = |last: usize| {
        let name = p.slice(from, last);
        // (`Doraville, Ga.`: a state's abbreviation, its dot a token of its own.)
        let abbreviation = || p.is_punct(last + 1, ".") && is_known_place_abbreviation(name);
        (is_known_place(name) || is_county(name) || abbreviation())
            && !p.is_capitalised(last + 1)
            && !crate::extract::lexicon::is_title_word(p.word(last + 1))
    };
    place_at(from) || (p.is_capitalised(from + 1) && place_at(from + 1))
}

/// A known name holds the `and` at `and` between `first` and `end`: `Marks and Spencer`, `the
/// House Ways and Means subcommittee`.
pub(super) fn known_name_across(p: &Para, first: usize, and: usize, end: usize) -> bool {
    (first..and).any(|a| (and + 1..=end).any(|b| gazetteer().contains_key(p.slice(a, b))))
}

/// `Cardiff and Vale NHS Trust`, `England and Wales Cricket Board`, `Devon and Cornwall
/// Police`, `the Luton and Dunstable Hospital`: a public body of the area a place and its
/// neighbour make is named whole, not a place and a body (but `Britain and Vodafone Group`
/// are two). So is a company named for a people's land and another
/// (`Scottish and Southern Energy`).
pub(super) fn body_of_an_area(p: &Para, first: usize, and: usize, end: usize) -> bool {
    if and != first + 1 || end < and + 2 {
        return false;
    }
    let public_body = matches!(
        p.word(end),
        "Trust"
            | "Board"
            | "Council"
            | "Authority"
            | "Police"
            | "Constabulary"
            | "Railways"
            | "Hospital"
            | "Hospitals"
    );
    let second = p.word(and + 1);
    (public_body
        && is_known_place(p.word(first))
        && gazetteer().get(second) != Some(&EntityKind::Organization))
        || (is_demonym(p.word(first))
            && (is_demonym(second)
                || matches!(second, "Northern" | "Southern" | "Eastern" | "Western"))
            && kind_from_last_word(p.word(end)) == Some(EntityKind::Organization))
}

/// `Acclaim, the games maker, …`, `Pratt and Whitney, a unit of …`: the name ending at `end`
/// is set off by a comma and a kind of body.
pub(super) fn set_off_as_a_body(p: &Para, end: usize) -> bool {
    p.is_punct(end + 1, ",") && is_a_kind_of_body(p, end + 2)
}

/// `His former employer, Domestic and General, said`, `the insurer, Legal and General,`: a
/// name `first..=end` set off by commas after a noun for a body is that body's.
pub(super) fn set_off_after_a_body_noun(p: &Para, first: usize, end: usize) -> bool {
    first >= 2
        && p.is_punct(first - 1, ",")
        && p.is_punct(end + 1, ",")
        && !p.is_capitalised(first - 2)
        && (crate::extract::lexicon::is_body_noun(p.lower(first - 2))
            || crate::extract::lexicon::describes_body(p.lower(first - 2))
            || matches!(
                p.lower(first - 2),
                "employer" | "owner" | "parent" | "rival"
            ))
}

/// `Bono, U2's lead singer, said`, `Drogba, the striker, scored`, `Foxx, 37, was`: a word
/// set off by what its bearer does, or by an age, and then a verb's lower-case word, names a
/// person; so does one set off by a nickname. (Not `Meanwhile, the chairman, Tom Hill,
/// said`: a name follows there.)
pub(super) fn set_off_as_a_person(p: &Para, end: usize) -> bool {
    /// Words describing a person before the comma that closes them, at most.
    const MAX_DESCRIBING: usize = 5;
    // (Not a sentence adverb: `Separately, the chairman, …`, `Afterwards, the striker, …`.)
    if !p.is_punct(end + 1, ",") || is_sentence_adverb(p.lower(end)) {
        return false;
    }
    // (`Gascoigne, nicknamed Gazza, …`)
    if p.lower(end + 2) == "nicknamed" {
        return true;
    }
    let Some(close) = (end + 2..end + 3 + MAX_DESCRIBING)
        .find(|&k| !p.is_word(k) && !p.is_number(k) && !p.apostrophe_after_s(k - 1))
    else {
        return false;
    };
    let closed = p.is_punct(close, ",")
        && close > end + 2
        && p.is_word(close + 1)
        && !p.is_capitalised(close + 1);
    let last = close - 1;
    let age = last == end + 2 && is_an_age(p, last);
    let does = p.is_word(last)
        && !p.is_capitalised(last)
        && crate::extract::lexicon::names_a_persons_job(p.lower(last));
    closed && (age || does)
}

/// Token `k` is a number that can be a grown person's age: `Foxx, 37,`.
pub(super) fn is_an_age(p: &Para, k: usize) -> bool {
    p.is_number(k)
        && p.word(k)
            .parse::<u8>()
            .is_ok_and(|n| (10..=110).contains(&n))
}

/// `Separately,`, `Afterwards,`: a word that opens a sentence and is set off by a comma as
/// a name can be, though it names nothing.
fn is_sentence_adverb(w: &str) -> bool {
    w.ends_with("ly")
        || matches!(
            w,
            "afterwards"
                | "afterward"
                | "nevertheless"
                | "nonetheless"
                | "otherwise"
                | "elsewhere"
                | "besides"
                | "moreover"
                | "furthermore"
                | "thereafter"
                | "likewise"
                | "anyway"
                | "meanwhile"
                | "however"
                | "instead"
                | "still"
                | "yesterday"
                | "today"
                | "later"
                | "earlier"
        )
}

/// `Citicorp, Brazil's largest creditor with some 4.6 billion dlrs in loans, said`, `Kidde,
/// the target of the bid, said`: a word set off by a description that opens with an article
/// or an owner, and that the speech verb follows, is the name of who speaks. (Not
/// `Meanwhile, the chairman, Tom Hill, said`: the description is cut by a comma there.)
pub(super) fn set_off_before_speech(p: &Para, end: usize) -> bool {
    /// Tokens of the description, at most.
    const MAX_DESCRIBING: usize = 16;
    if !p.is_punct(end + 1, ",") || is_sentence_adverb(p.lower(end)) {
        return false;
    }
    let opens = end + 2;
    let described = matches!(p.lower(opens), "the" | "a" | "an")
        || (p.is_capitalised(opens) && is_possessive(p.word(opens)));
    if !described {
        return false;
    }
    let close = (opens + 1..opens + MAX_DESCRIBING)
        .find(|&k| !p.is_word(k) && !p.is_number(k) && !p.apostrophe_after_s(k - 1));
    close.is_some_and(|close| {
        p.is_punct(close, ",")
            && !p.is_capitalised(close + 1)
            && crate::extract::lexicon::is_speech_verb(p.lower(close + 1))
    })
}

/// `a consultancy`, `a research firm`, `the carmaker`: an article and the kind of body, at `k`.
pub(super) fn is_a_kind_of_body(p: &Para, k: usize) -> bool {
    let body = |w: &str| {
        is_body_noun(w)
            || crate::extract::lexicon::describes_body(w)
            || matches!(
                w,
                "think-tank"
                    | "partnership"
                    | "consortium"
                    | "fund"
                    | "brokerage"
                    | "subsidiary"
                    | "unit"
                    // `the games maker`, `the oil giant`, `the band fronted by …`
                    | "maker"
                    | "giant"
                    | "chain"
                    | "operator"
                    | "band"
                    | "club"
                    | "label"
                    | "association"
            )
    };
    // (`John Carr, a broker with Continental Grain`, `Peter Gibbs, a dealer at the Bank of
    // Nova Scotia`: one who works at a body is a person; so is `a fund manager`, where the
    // body only describes the job.)
    // (`the world's biggest copper producer`: a trade's producer too.)
    let at = |w: usize| {
        (body(p.lower(w)) || is_a_trades_producer(p, w))
            && !matches!(p.lower(w + 1), "with" | "at")
            // (`… includes Neiman-Marcus and Bergdorf Goodman, the company said`: who says it,
            // not who they are.)
            && !crate::extract::lexicon::is_speech_verb(p.lower(w + 1))
            // (`Kimberly Quinn, the publisher of The Spectator`: nor who owns or runs one.)
            && !(matches!(p.lower(w), "publisher" | "partner" | "owner")
                && p.lower(w + 1) == "of")
            && !(p.is_word(w + 1)
                && !p.is_capitalised(w + 1)
                && (is_title_word(p.lower(w + 1))
                    || crate::extract::lexicon::is_role(p.lower(w + 1))))
    };
    // (`the rail users' watchdog`: up to three words describing it first.)
    // (The mark of `users'` may be a token of its own.)
    let plural_mark = |w: usize| p.is_punct(w, "'") && p.touching(w - 1, w);
    // (`the UK payments association`, `the US software giant`: where it is, or whose;
    // `a Netherlands Antilles-registered drugs company`: where it is based.)
    // (Not across a preposition: `Bob Scott, a partner at the firm`.)
    let describing = |w: usize| {
        p.is_word(w)
            && (!p.is_capitalised(w)
                || is_known_place(p.word(w))
                || is_demonym(p.word(w))
                || crate::extract::lexicon::says_where_based(p.word(w)))
            && !is_title_preposition(p.lower(w))
            && !matches!(p.lower(w), "by" | "from" | "the" | "a" | "an")
    };
    let described = |to: usize| (k + 1..to).all(|w| describing(w) || plural_mark(w));
    matches!(p.lower(k), "a" | "an" | "the") && (1..=4).any(|n| described(k + n) && at(k + n))
}

/// Where the title of a work starting at `start` ends, when the words around it say it is a
/// work: the word before (`British film Vera Drake`, `the sitcom Only Fools and Horses`, `her
/// album Confessions`, `its latest album, Hopes and Fears`), or an owner's possessive and the
/// small words inside it (`U2's How to Dismantle an Atomic Bomb`: capitalised words joined by
/// `to`, `a` or `an`, which no body's name is written with).
pub(super) fn work_title_at(p: &Para, start: usize) -> Option<usize> {
    let kind_at =
        |k: usize| !p.is_capitalised(k) && crate::extract::lexicon::is_kind_of_work(p.lower(k));
    if start == 0 {
        return None;
    }
    // (`sold a million copies of Hitman`: only a work has copies sold.)
    let copies_of = || start > 1 && p.lower(start - 1) == "of" && p.lower(start - 2) == "copies";
    // (`her new record Confessions on a Dance Floor`: a record that is new is a work; `broke
    // the record Federer set` is none.)
    let new_record = || {
        start > 1
            && p.lower(start - 1) == "record"
            && matches!(
                p.lower(start - 2),
                "new" | "latest" | "debut" | "forthcoming"
            )
    };
    // (Asked at every name's start: by the first letter of the word before it. `his hit
    // Candle in the Wind`; `whose hits include Rocket Man and Candle in the Wind`, each title
    // of a list up to its `and`.)
    let before = p.lower(start - 1);
    let listed = match before.as_bytes().first() {
        Some(b'h') if is_a_hit(p, start - 1) => return Some(work_title_end(p, start)),
        Some(b'i') => lists_works_after_their_kind(p, start - 1),
        Some(b'a' | b',') => {
            (before == "and" || p.is_punct(start - 1, ",")) && listed_after_their_kind(p, start)
        }
        _ => false,
    };
    if listed {
        let end = work_title_end(p, start);
        return Some(
            (start + 1..end)
                .find(|&k| p.lower(k) == "and" || p.is_punct(k, ","))
                .map_or(end, |and| and - 1),
        );
    }
    if kind_at(start - 1)
        || (start > 1 && p.is_punct(start - 1, ",") && kind_at(start - 2))
        || copies_of()
        || new_record()
    {
        return Some(work_title_end(p, start));
    }
    // (Asked at every name's start: the capital, then the possessive, then the title.)
    if !(p.is_capitalised(start - 1) && is_possessive(p.word(start - 1)))
        || is_title_word(p.lower(start))
    {
        return None;
    }
    let end = work_title_end(p, start);
    (start + 1..end)
        .any(|k| {
            !p.is_capitalised(k)
                && matches!(p.lower(k), "to" | "a" | "an")
                && p.is_capitalised(k + 1)
        })
        .then_some(end)
}

/// `hit` or `hits` at `k` after its owner or an article: a song, not the verb (`his hit`,
/// `whose hits`, not `the storm hit`).
fn is_a_hit(p: &Para, k: usize) -> bool {
    !p.is_capitalised(k)
        && matches!(p.lower(k), "hit" | "hits")
        && k > 0
        && matches!(
            p.lower(k - 1),
            "his" | "her" | "their" | "its" | "the" | "a" | "whose" | "biggest" | "latest"
        )
}

/// `include` at `verb` after a kind of work in the plural or a hit: what follows is a list of
/// works (`whose hits include`, `her films including`).
fn lists_works_after_their_kind(p: &Para, verb: usize) -> bool {
    verb > 0
        && matches!(
            p.lower(verb),
            "include" | "includes" | "included" | "including"
        )
        && (is_a_hit(p, verb - 1)
            || (!p.is_capitalised(verb - 1)
                && p.lower(verb - 1)
                    .strip_suffix('s')
                    .is_some_and(crate::extract::lexicon::is_kind_of_work)))
}

/// The name at `start`, after a list's `and` or comma, is a later title of a list of works:
/// back over the titles before it is what lists them.
fn listed_after_their_kind(p: &Para, start: usize) -> bool {
    (start.saturating_sub(MAX_NAME_TOKENS)..start - 1)
        .rev()
        .find(|&k| !(p.is_capitalised(k) || p.is_punct(k, ",") || is_title_small_word(p.lower(k))))
        .is_some_and(|verb| lists_works_after_their_kind(p, verb))
}

/// Small words that open a work's title when capitalised mid-sentence.
const SMALL_TITLE_OPENINGS: [&str; 14] = [
    "how",
    "what",
    "when",
    "where",
    "why",
    "who",
    "if",
    "all",
    "nothing",
    "everything",
    "never",
    "this",
    "only",
    "don't",
];

static SMALL_TITLE_OPENING_LETTERS: crate::extract::lexicon::FirstLetters =
    crate::extract::lexicon::FirstLetters::of(&SMALL_TITLE_OPENINGS);

/// Where the title of a work ends that a small word opens mid-sentence, capitalised as no
/// prose writes it (`the album chart with How to Dismantle an Atomic Bomb`, `the film What
/// Women Want`): it runs on over capitalised words.
#[inline]
pub(super) fn title_opened_by_a_small_word(p: &Para, start: usize) -> Option<usize> {
    // (Asked of every capitalised word: the word before, and the first letter, first.)
    let opens = start > 0
        && p.is_word(start - 1)
        && !p.is_capitalised(start - 1)
        && SMALL_TITLE_OPENING_LETTERS.open(p.word(start))
        && SMALL_TITLE_OPENINGS.contains(&p.lower(start));
    if !opens {
        return None;
    }
    let end = work_title_end(p, start);
    (end > start).then_some(end)
}

/// `Hopes and Fears, the Keane album, …`, `Only Fools and Horses, a BBC sitcom`: the name
/// ending at `end` is set off by the kind of work it is.
#[inline]
pub(super) fn set_off_as_a_work(p: &Para, end: usize) -> bool {
    p.is_punct(end + 1, ",")
        && matches!(
            p.lower(end + 2),
            "the" | "a" | "an" | "its" | "his" | "her" | "their"
        )
        && (end + 3..end + 7)
            .take_while(|&k| p.is_word(k) || p.is_number(k))
            .any(|k| {
                !p.is_capitalised(k)
                    && crate::extract::lexicon::is_kind_of_work(p.lower(k))
                    // (Not `Tom Smith, the film producer,`: who makes the work.)
                    && !crate::extract::lexicon::describes_person(p.lower(k + 1))
            })
}

/// The last token of the title of a work starting at `start`: capitalised words and the small
/// words between them, one or two (`How to Dismantle an Atomic Bomb`, `Music of the Spheres`).
fn work_title_end(p: &Para, start: usize) -> usize {
    let mut end = start;
    let small = |k: usize| !p.is_capitalised(k) && is_title_small_word(p.lower(k));
    // (Not `How to Dismantle an Atomic Bomb in November`: a month goes on no title.)
    // (Nor `Only Fools and Horses and The Office`: a capitalised article after `and` opens
    // another title.)
    let goes_on = |k: usize| {
        is_name_word(p, k)
            && !is_month_word(p.lower(k))
            && !(p.lower(k - 1) == "and" && matches!(p.word(k), "The" | "A" | "An"))
    };
    // (`Do They Know It's Christmas? by Band Aid`: a question mark the sentence goes on after
    // ends the title.)
    let asks = |end: usize| {
        p.is_punct(end + 1, "?")
            && p.touching(end, end + 1)
            && p.is_word(end + 2)
            && !p.is_capitalised(end + 2)
    };
    // (No longer than any name: a run of capitals is not read to its end from each word.)
    while end < start + MAX_NAME_TOKENS {
        if asks(end) {
            return end + 1;
        } else if is_name_word(p, end + 1) {
            end += 1;
        } else if p.is_punct(end + 1, ":") && p.touching(end, end + 1) && goes_on(end + 2) {
            // `Hitman: Blood Money`, `Star Wars: Episode III`: a subtitle.
            end += 2;
        } else if small(end + 1) && goes_on(end + 2) {
            end += 2;
        } else if small(end + 1) && small(end + 2) && goes_on(end + 3) {
            end += 3;
        } else {
            return end;
        }
    }
    end
}

fn is_title_small_word(w: &str) -> bool {
    matches!(
        w,
        "a" | "an" | "the" | "to" | "of" | "and" | "in" | "on" | "with" | "for" | "at" | "from"
    )
}

/// The word after the name ending at `end` says it is a work or an award: `the Tomb Raider
/// series`, `three Golden Globe awards`, `a Bafta nomination` (not `Greenspan's nomination`:
/// the nominee's).
pub(super) fn is_a_work_named(p: &Para, end: usize) -> bool {
    !p.is_capitalised(end + 1)
        && !is_possessive(p.word(end))
        && (matches!(
            p.lower(end + 1),
            "series"
                | "franchise"
                | "trilogy"
                | "award"
                | "awards"
                | "nomination"
                | "nominations"
                | "ceremony"
        ) || titles_of_works_listed(p, end))
}

/// `Microsoft's Xbox Live service`, `its Walkman brand`: a name between its owner and a
/// product's noun is the product's (not `the Royal Mail service`, a body's by its words).
pub(super) fn is_a_product_named(p: &Para, start: usize, end: usize) -> bool {
    start > 0
        && (is_possessive(p.word(start - 1)) || matches!(p.lower(start - 1), "its" | "their"))
        && !p.is_capitalised(end + 1)
        && matches!(
            p.lower(end + 1),
            "service" | "console" | "handset" | "brand" | "platform" | "software"
        )
}

/// `the Prince of Persia and Splinter Cell games`, `the Lethal Weapon and Mad Max films`:
/// names listed before works of a kind in the plural are the works' titles (the list's last
/// name, of up to four words, then the kind). A name whose last word the gazetteer knows, a
/// maker's or a place's, is no title (`the Nintendo and Sega games`).
fn titles_of_works_listed(p: &Para, end: usize) -> bool {
    // (Not `the E3 games show`, `its PlayStation 2 games console`: the kind describing
    // another noun.)
    let works = |k: usize| {
        p.is_word(k)
            && !p.is_capitalised(k)
            && matches!(
                p.lower(k),
                "games" | "films" | "movies" | "albums" | "novels"
            )
            && !matches!(
                p.lower(k + 1),
                "show"
                    | "console"
                    | "consoles"
                    | "industry"
                    | "market"
                    | "festival"
                    | "maker"
                    | "makers"
                    | "chart"
                    | "charts"
                    | "firm"
                    | "company"
                    | "studio"
                    | "publisher"
            )
    };
    let kind_at = if matches!(p.lower(end + 1), "and" | "or") && p.is_capitalised(end + 2) {
        (end + 3..end + 7).find(|&k| !p.is_capitalised(k) && !matches!(p.lower(k), "of" | "the"))
    } else {
        Some(end + 1)
    };
    kind_at.is_some_and(works) && !gazetteer().contains_key(p.word(end))
}

/// `1.5 billion European Currency Units`, `20 mln Special Drawing Rights`: a currency
/// counted is no name.
pub(super) fn is_a_currency_counted(p: &Para, start: usize, end: usize) -> bool {
    // (This is asked of every name: the rare last words first, then only a one-word name.)
    let listed = matches!(
        p.word(end),
        "Units" | "Unit" | "Rights" | "Marks" | "Francs"
    );
    if start == 0 || !(listed || start == end) {
        return false;
    }
    let number = p.is_number(start - 1);
    let scaled = !number && crate::extract::lexicon::scale(p.lower(start - 1)).is_some();
    // `2.5 billion Ecus`: a currency word written with a capital, in the plural or after a
    // scale (but `Rapper 50 Cent`).
    (number || scaled)
        && (listed
            || ((p.word(end).ends_with('s') || scaled)
                && crate::extract::lexicon::is_currency_word(p.word(end))))
}

/// `Treasury bills`, `Treasury bond yields`, `Federal funds`: a kind of paper traded, named
/// for its issuer, is no name.
pub(super) fn is_a_security(p: &Para, start: usize, end: usize) -> bool {
    start == end
        && matches!(p.word(start), "Treasury" | "Federal")
        && matches!(
            p.lower(end + 1),
            "bill" | "bills" | "bond" | "bonds" | "note" | "notes" | "securities" | "funds"
        )
}

/// `Jobseeker's Allowance`, `Housing Benefit`, `Working Tax Credit`: a state benefit is no
/// name of anybody or anything the story is about.
#[inline]
pub(super) fn is_a_benefit(p: &Para, start: usize, end: usize) -> bool {
    // (Asked of every name: by the first letters of its last word and the next first.)
    let lead = |k: usize| matches!(p.word(k).as_bytes().first(), Some(b'A' | b'B' | b'C'));
    if !lead(end) && !lead(end + 1) {
        return false;
    }
    let benefit = |k: usize| matches!(p.word(k), "Allowance" | "Allowances" | "Benefit");
    // (`Jobseeker's` and `Allowance` are read apart, at the possessive.)
    let owned = |k: usize| k > 0 && p.is_capitalised(k - 1) && is_possessive(p.word(k - 1));
    (benefit(end) && (end > start || owned(start)))
        || (start == end
            && is_possessive(p.word(end))
            && benefit(end + 1)
            && !p.is_capitalised(end + 2))
        || (end > start
            && matches!(p.word(end), "Credit" | "Credits")
            && matches!(p.word(end - 1), "Tax" | "Pension"))
}

/// The name at `start..=end` is a product's, as the words around it say: a maker's `its`
/// (or `whose`) before and the kind of thing after (`its Zen Micro player`, `Nokia, whose N92
/// handset`), or the kind set off after it
/// (`the Mac Mini, a computer`) or before it (`its new console, the PlayStation Portable`).
pub(super) fn is_a_product(p: &Para, start: usize, end: usize) -> bool {
    let product =
        |k: usize| !p.is_capitalised(k) && crate::extract::lexicon::is_product_noun(p.lower(k));
    let owned = start > 0 && matches!(p.lower(start - 1), "its" | "their" | "whose");
    let set_off_after = || start >= 3 && p.lower(start - 1) == "the" && p.is_punct(start - 2, ",");
    // `its cholesterol drug Lipitor`, `the painkiller Celebrex`: the kind of product right
    // before the name, after an owner's word or an article (not `the model Kate Moss`).
    let kind_before = || {
        start >= 2
            && product(start - 1)
            && (start.saturating_sub(4)..start - 1).any(|k| {
                matches!(p.lower(k), "its" | "their" | "whose" | "the" | "a" | "an")
                    || crate::extract::lexicon::is_possessive(p.word(k))
            })
            && !is_given_name(p.word(start))
    };
    // `older DC-9 aircraft`, `two Xbox 360 consoles`: a name ending in its model's number,
    // before the kind of thing it is (in the plural too). (`70 more Boeing 737 aircraft`
    // names its maker, a body, first: that stays a name.)
    let numbered_model = || {
        end > start
            && p.is_number(end)
            && gazetteer().get(p.word(start)) != Some(&EntityKind::Organization)
            && !p.is_capitalised(end + 1)
            && (crate::extract::lexicon::is_product_noun(p.lower(end + 1))
                || p.lower(end + 1) == "aircraft"
                || p.lower(end + 1)
                    .strip_suffix('s')
                    .is_some_and(crate::extract::lexicon::is_product_noun))
    };
    // (`70 million PlayStation 2s`: a model's plural, counted after a number.)
    // (The model's `s` asked first: it is seldom there.)
    let models_counted = || {
        p.is_number(end + 1)
            && p.word(end + 2) == "s"
            && p.touching(end + 1, end + 2)
            && start > 0
            && (p.is_number_or_spelled(start - 1)
                || crate::extract::lexicon::scale(p.lower(start - 1)).is_some())
            && gazetteer().get(p.word(start)) != Some(&EntityKind::Organization)
    };
    (owned && product(end + 1))
        || kind_before()
        || numbered_model()
        || models_counted()
        // (`His brother Jamie, a doubles player`: a given name is somebody's.)
        || (p.is_punct(end + 1, ",")
            && matches!(p.lower(end + 2), "a" | "an")
            && described_as_a_product(p, end + 3)
            && !is_given_name(p.word(start)))
        || (set_off_after() && product(start - 3))
}

/// A kind of product at `k`, after at most two words or a price describing it: `computer`,
/// `$499 computer`, `new handheld console`, `computer aimed at …` (but not `computer
/// expert`, whose last word is the thing meant).
fn described_as_a_product(p: &Para, k: usize) -> bool {
    let lower_word = |k: usize| {
        p.is_word(k)
            && !p.is_capitalised(k)
            && (p.lower(k) == "new" || !is_function_word(p.lower(k)))
    };
    // (`Bloglines, a popular website`: a website set off so is a business, not a thing.)
    let product = |k: usize| {
        lower_word(k)
            && crate::extract::lexicon::is_product_noun(p.lower(k))
            && p.lower(k) != "website"
    };
    let describing =
        |k: usize| lower_word(k) || p.is_number(k) || matches!(p.word(k), "$" | "£" | "€");
    // (`a stripped-down computer aimed at Windows users`: a participle's phrase after it.)
    let participle = |k: usize| {
        p.lower(k).ends_with("ed") && p.is_word(k + 1) && is_function_word(p.lower(k + 1))
    };
    (k..k + 4)
        .find(|&w| !describing(w) || product(w))
        .is_some_and(|w| product(w) && (!lower_word(w + 1) || participle(w + 1)))
}

/// The words before the name at `start` say it is a place: `the village of Varnavas`,
/// `the suburb of Penteli`, `the ports of Rosario and Bahia Blanca`.
pub(super) fn names_a_place(p: &Para, start: usize) -> bool {
    let after_of = |k: usize, nouns: fn(&str) -> bool| {
        k >= 2 && p.lower(k - 1) == "of" && !p.is_capitalised(k - 2) && nouns(p.lower(k - 2))
    };
    if after_of(start, |w| is_kind_of_place(w) || is_kinds_of_place(w)) {
        return true;
    }
    // `the ports of Rosario and Bahia Blanca`: the names listed after the first too.
    if start < 2 || !matches!(p.lower(start - 1), "and" | "or" | ",") {
        return false;
    }
    let first_listed = (start.saturating_sub(6)..start - 1)
        .rev()
        .take_while(|&k| p.is_capitalised(k) || p.is_punct(k, ","))
        .last();
    first_listed.is_some_and(|k| p.is_capitalised(k) && after_of(k, is_kinds_of_place))
}

fn is_kind_of_place(w: &str) -> bool {
    matches!(
        w,
        "village"
            | "state"
            | "town"
            | "city"
            | "suburb"
            | "district"
            | "region"
            | "province"
            | "county"
            | "island"
            | "port"
            | "neighbourhood"
            | "neighborhood"
            | "municipality"
            | "borough"
            | "hamlet"
    )
}

/// `the ports of`, `the cities of`: places, listed.
fn is_kinds_of_place(w: &str) -> bool {
    w.ends_with('s') && singulars(w).any(|one| is_kind_of_place(&one))
}

/// The words before the name at `start` say it is a film or a show somebody acts in: `her
/// role in Vera Drake`, `starred in Ray`.
pub(super) fn acted_in(p: &Para, start: usize) -> bool {
    start >= 2
        && p.lower(start - 1) == "in"
        && matches!(
            p.lower(start - 2),
            "role" | "roles" | "starred" | "starring" | "stars" | "appeared" | "appears" | "cameo"
        )
}

/// `Batman Begins, starring Christian Bale`, `Tom Cruise's War of the Worlds, directed by
/// Steven Spielberg`: a film or a show, by who stars in it or directed it. (Not `the biopic
/// of the aviation pioneer Howard Hughes, starring …`: the name the film is of.)
pub(super) fn described_as_a_work(p: &Para, start: usize, end: usize) -> bool {
    let k = if p.is_punct(end + 1, ",") {
        end + 2
    } else {
        end + 1
    };
    let described = match p.lower(k) {
        "starring" | "co-starring" => true,
        "directed" => p.lower(k + 1) == "by",
        _ => false,
    };
    let opens = || {
        start == p.sentence_of(start).0
            || is_possessive(p.word(start - 1))
            || matches!(
                p.lower(start - 1),
                "film"
                    | "movie"
                    | "drama"
                    | "comedy"
                    | "thriller"
                    | "musical"
                    | "series"
                    // (`while Finding Neverland, starring Johnny Depp, has 11`: a clause's
                    // subject.)
                    | "while"
                    | "but"
                    | "whereas"
            )
    };
    described && opens()
}

/// `three previous films, including Edward Scissorhands and Sleepy Hollow`, `albums such as
/// Parachutes`, `Her novels include Atonement`: works, listed after their kind in the plural.
pub(super) fn listed_as_works(p: &Para, start: usize) -> bool {
    kind_listed_before(p, start).is_some_and(|works| {
        singulars(works).any(|one| crate::extract::lexicon::is_kind_of_work(&one))
    })
}

/// `Rival firms, including Carphone Warehouse and Bulldog`, `rivals such as Lavasoft`:
/// bodies, listed after their kind in the plural (not `rivals such as Gordon Brown`: a
/// given name is a person's).
pub(super) fn listed_as_bodies(p: &Para, start: usize) -> bool {
    kind_listed_before(p, start).is_some_and(|bodies| {
        is_side_in_the_plural(bodies)
            || singulars(bodies).any(|one| {
                crate::extract::lexicon::is_body_noun(&one)
                    || crate::extract::lexicon::describes_body(&one)
            })
    }) && !is_given_name(p.word(start))
}

/// The kind in the plural, in lower case, that introduces a list the name at `start` is in:
/// `films` of `three films, including A, B and C` or `albums such as A`.
fn kind_listed_before<'p>(p: &'p Para, start: usize) -> Option<&'p str> {
    // (Asked of most names: the word before first.)
    if start < 2
        || !matches!(
            p.lower(start - 1),
            "including" | "include" | "included" | "includes" | "as" | "and" | ","
        )
    {
        return None;
    }
    // (The first of the list, for the names after it: `…, including A, B and C`.)
    let in_a_list = matches!(p.lower(start - 1), "and" | ",");
    let first = (start.saturating_sub(8)..start)
        .rev()
        .take_while(|&k| p.is_capitalised(k) || p.is_punct(k, ",") || p.lower(k) == "and")
        .filter(|&k| p.is_capitalised(k) && (k == 0 || !p.is_capitalised(k - 1)))
        .last()
        .filter(|_| in_a_list)
        .unwrap_or(start);
    if first < 2 {
        return None;
    }
    let mut kind = match p.lower(first - 1) {
        "including" | "include" | "included" | "includes" => first - 2,
        "as" if p.lower(first - 2) == "such" && first >= 3 => first - 3,
        _ => return None,
    };
    if p.is_punct(kind, ",") && kind > 0 {
        kind -= 1;
    }
    let plural = p.lower(kind);
    (plural.len() > 4 && plural.ends_with('s')).then_some(plural)
}

/// `the Rolling Stones`, `the Stone Roses`: a name in the plural after `the` is a group,
/// no person (a known place, `the Netherlands`, is looked up before this).
pub(super) fn named_as_a_group(p: &Para, start: usize, end: usize) -> bool {
    if start == 0 || end == start || p.lower(start - 1) != "the" {
        return false;
    }
    let last = strip_possessive(p.word(end)).trim_end_matches(['’', '\'']);
    last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && kind_from_last_word(last).is_none()
        // (Not `the Isle of Lewis`, `the Bay of Pigs`: a place of a kind.)
        && kind_from_last_word(p.word(start)) != Some(EntityKind::Place)
        // (Nor `the Scottish Highlands`, `the West Midlands`: lands, or a region by its
        // compass point.)
        && !last.ends_with("lands")
        && !(end > start && is_compass_word(p.word(start)))
}

/// `Roger Bootle, of Capital Economics`: set after a name by a comma and `of`, the name of
/// where somebody works or comes from.
pub(super) fn of_after_a_name(p: &Para, start: usize) -> bool {
    start >= 3
        && p.lower(start - 1) == "of"
        && p.is_punct(start - 2, ",")
        && p.is_word(start - 3)
        && p.is_capitalised(start - 3)
}

/// The words before the name at `start` say it is a body: `research firm Gartner`,
/// `carmaker Renault`, `analysts at Capital Economics`.
pub(super) fn names_a_body(p: &Para, start: usize) -> bool {
    let before = p.lower(start - 1);
    if p.is_capitalised(start - 1) {
        return false;
    }
    // `The company, Virgin Galactic, will …`: named in an aside after its kind (but `joined
    // the company, Tom Smith said`).
    if before == "," {
        // (`its main unit, Yuganskneftegas,`: a word describing the kind between.)
        let described = start >= 4
            && matches!(p.lower(start - 4), "the" | "a" | "its")
            && p.is_word(start - 3)
            && !p.is_capitalised(start - 3)
            && !crate::extract::lexicon::is_function_word(p.lower(start - 3))
            // (Not `the firm's administrator, Enrico Bondi`: whose office it is.)
            && !is_possessive(p.word(start - 3));
        return start >= 3
            && (matches!(p.lower(start - 3), "the" | "a" | "its") || described)
            && (is_body_noun(p.lower(start - 2))
                || crate::extract::lexicon::describes_body(p.lower(start - 2)))
            && !is_given_name(p.word(start));
    }
    // `chief executive of Passengerfocus`, `editor of Search Engine Watch`, `a spokeswoman
    // for Tesco`
    // (`president of Exhibitor Relations`, `managing director of Acme`: an office of a body,
    // unless of a known place: `president of France`.)
    if before == "of" && start >= 2 {
        let office = matches!(p.lower(start - 2), "president" | "director" | "head")
            && start >= 3
            && (p.is_punct(start - 3, ",")
                || matches!(
                    p.lower(start - 3),
                    "managing" | "vice" | "senior" | "executive"
                ));
        return office
            || matches!(
                p.lower(start - 2),
                "executive"
                    | "executives"
                    | "chairman"
                    | "chairwoman"
                    | "boss"
                    | "bosses"
                    | "founder"
                    | "shareholders"
                    | "employees"
                    | "subsidiary"
                    | "editor"
                    | "publisher"
            );
    }
    if before == "for" && start >= 2 {
        let w = p.lower(start - 2);
        // (`had worked for Kimberly Quinn`: for a person, named so.)
        let works_for_a_body = matches!(w, "works" | "worked") && !is_given_name(p.word(start));
        return crate::extract::lexicon::is_spokesperson(w) || works_for_a_body;
    }
    // `an analyst at Refco`, `an economist with Drexel Burnham Lambert`
    // (`Jim Lanzone, senior vice president of search properties at Ask Jeeves`: an office
    // held at it, in an aside after a name; not `the coach arrived at Stamford Bridge`.)
    if matches!(before, "at" | "with") && start >= 2 {
        let aside = (start.saturating_sub(8)..start - 1)
            .rev()
            .find(|&k| p.is_some_punct(k))
            .filter(|&comma| comma > 0 && p.is_punct(comma, ",") && p.is_capitalised(comma - 1));
        let office_held_at = before == "at"
            && aside.is_some_and(|comma| {
                (comma + 1..start - 1).any(|k| {
                    !p.is_capitalised(k) && crate::extract::lexicon::is_title_word(p.lower(k))
                })
            })
            && !is_given_name(p.word(start));
        return office_held_at
            || matches!(
                p.lower(start - 2),
                "analyst"
                    | "analysts"
                    | "economist"
                    | "economists"
                    | "strategist"
                    | "strategists"
                    | "researcher"
                    | "researchers"
            );
    }
    if is_side_in_the_plural(before) {
        return a_side_named(p, start);
    }
    // `who joined United from Everton`, `signed for Chelsea from Porto`: where a player or
    // an employee came from is a club or a firm (a known place stays one).
    if before == "from" && start >= 3 {
        let moved = (start.saturating_sub(5)..start - 1).any(|k| {
            matches!(
                p.lower(k),
                "joined" | "joins" | "join" | "signed" | "signs" | "sign" | "transferred"
            )
        });
        return moved
            && p.is_capitalised(start - 2)
            && !is_given_name(p.word(start))
            && !is_known_place(p.word(start));
    }
    // (And where they went: `joined Chelsea from Porto`; not `joined Blair in calling`.)
    if matches!(before, "joined" | "joins") && p.lower(start + 1) == "from" {
        return !is_given_name(p.word(start)) && !is_known_place(p.word(start));
    }
    is_body_noun(before)
        || crate::extract::lexicon::describes_body(before)
        || matches!(
            before,
            "maker"
            | "tracker"
            | "operator"
            | "producer"
            | "chain"
            | "giant"
            | "rival"
            | "newspaper"
            | "journal"
            | "magazine"
            | "tabloid"
            // `the think tank Demos`, `the charity Shelter`, `the campaign group Liberty`
            | "tank"
            // `travel industry body Abta`
            | "body"
            | "organisation"
            | "organization"
            | "association"
            | "club"
            | "band"
            | "firms"
            | "companies"
        )
}

/// `leaders Chelsea`, `holders Arsenal`, `rivals Sainsbury`: a side or a firm described by
/// its place among others.
fn is_side_in_the_plural(w: &str) -> bool {
    matches!(
        w,
        "leaders"
            | "champions"
            | "holders"
            | "hosts"
            | "visitors"
            | "rivals"
            | "opponents"
            | "neighbours"
            | "newcomers"
            | "strugglers"
            | "favourites"
            | "underdogs"
    )
}

/// The one word at `start`, after a plural that describes a side, names one: not a person's
/// given name (`rivals Gordon Brown`), nor one of people listed (`rivals Blair and Brown`),
/// nor after a plural of people (`world leaders Bush`).
fn a_side_named(p: &Para, start: usize) -> bool {
    let listed = matches!(p.lower(start + 1), "and" | ",") && p.is_capitalised(start + 2);
    let of_people = start >= 2
        && matches!(
            p.lower(start - 2),
            "world"
                | "party"
                | "opposition"
                | "business"
                | "union"
                | "church"
                | "religious"
                | "political"
                | "rebel"
                | "military"
                | "tribal"
                | "community"
        );
    !p.is_capitalised(start + 1) && !listed && !of_people && !is_given_name(p.word(start))
}

/// `the Aslef union`, `the Likud party`: the body's kind follows its name.
pub(super) fn is_a_body_named(p: &Para, end: usize) -> bool {
    // (`Michael Howard's party`: its owner, not its name.)
    // (Nor `the Toulouse-based company`: where it is.)
    // (Nor `a Frankfurt bank`, `a London firm`: a known place before a firm says where the
    // firm is. Only the firms among the body nouns: a known place's `union` or `council` is
    // its own.)
    let a_firm_of_the_place =
        || is_known_place(p.word(end)) && matches!(p.lower(end + 1), "bank" | "firm" | "company");
    !p.is_capitalised(end + 1)
        && is_body_noun(p.lower(end + 1))
        && !is_possessive(p.word(end))
        && !crate::extract::lexicon::says_where_based(p.word(end))
        && !a_firm_of_the_place()
}

/// `Indonesia's Aceh province`, `the Kirkuk region`, `Charleroi airport`: the place's kind
/// follows its name; or the kind in the plural follows the list it ends (`Cordoba and Santa
/// Fe provinces`, `Heathrow and Gatwick airports`).
pub(super) fn is_a_place_named(p: &Para, end: usize) -> bool {
    let kind_at = |k: usize, plural: bool| {
        p.is_word(k)
            && !p.is_capitalised(k)
            && if plural {
                matches!(
                    p.lower(k),
                    "provinces" | "regions" | "districts" | "counties" | "islands" | "airports"
                )
            } else {
                matches!(
                    p.lower(k),
                    "province"
                        | "region"
                        | "district"
                        | "county"
                        | "island"
                        | "municipality"
                        | "airport"
                )
            }
    };
    // (The list's last name, of up to three words, then the kind.)
    let listed = || {
        matches!(p.lower(end + 1), "and" | "or")
            && p.is_capitalised(end + 2)
            && (end + 3..end + 6)
                .find(|&k| !p.is_capitalised(k))
                .is_some_and(|k| kind_at(k, true))
    };
    !is_possessive(p.word(end)) && (kind_at(end + 1, false) || kind_at(end + 1, true) || listed())
}

/// Tokens from `first` (up to four, within `end`) spell a name the gazetteer knows.
pub(super) fn opens_known_name(p: &Para, first: usize, end: usize) -> bool {
    (first + 1..=end.min(first + 3)).any(|last| {
        let name = strip_adjective_suffix(strip_possessive(p.slice(first, last)));
        gazetteer().contains_key(name)
    })
}

/// `UK-based`, `Kremlin-backed`, `New York-born`: the name is what comes before the hyphen.
pub(super) fn strip_adjective_suffix(name: &str) -> &str {
    // A byte search: this runs for every word of every capitalised phrase.
    let hyphen = name.bytes().rposition(|b| b == b'-');
    match hyphen.map(|k| (&name[..k], &name[k + 1..])) {
        Some((
            head,
            "based" | "led" | "born" | "owned" | "backed" | "run" | "made" | "funded" | "listed"
            | "controlled" | "bound" | "wide" | "linked" | "brokered" | "headquartered" | "winning"
            | "style" | "era" | "inspired" | "sponsored" | "built" | "designed" | "trained"
            | "educated" | "registered" | "flagged" | "dominated" | "held" | "occupied" | "ruled"
            | "supported" | "affected" | "hit" | "leaning" | "aligned" | "affiliated" | "allied"
            | "speaking" | "friendly" | "oriented" | "focused" | "centred" | "centered" | "like",
        )) => head,
        // (`U.S.-escorted`, `Soviet-equipped`: any participle in lower case.)
        Some((head, tail))
            if tail.len() > 3
                && tail.ends_with("ed")
                && tail.bytes().all(|b| b.is_ascii_lowercase()) =>
        {
            head
        }
        // (`U.S.-flag vessels`, `a Japan-flag tanker`: a country's or a body's short name
        // before any word in lower case.)
        Some((head, tail))
            if tail.bytes().all(|b| b.is_ascii_lowercase())
                && (is_initials_with_dots(head)
                    || gazetteer().get(head) == Some(&EntityKind::Place)) =>
        {
            head
        }
        _ => name,
    }
}

/// `US`, `U.S.`, `EU`: capitals, with or without their dots.
fn is_initials_with_dots(w: &str) -> bool {
    w.bytes().filter(u8::is_ascii_uppercase).count() >= 2
        && w.bytes().all(|b| b.is_ascii_uppercase() || b == b'.')
}

/// What a word in lower case right before a name says of the person named.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Introduced {
    /// `special envoy Steve Witkoff`
    ByTitle,
    /// `singer Björk`
    ByRole,
}

/// Token `k` is a trade's producer, a body (`sugar producer British Sugar`, `the world's
/// biggest copper producer`); a film's is a person.
fn is_a_trades_producer(p: &Para, k: usize) -> bool {
    p.lower(k) == "producer"
        && k > 0
        && (crate::extract::lexicon::is_commodity(p.lower(k - 1))
            || super::words::is_trade_word(p.lower(k - 1)))
}

/// How the word right before the name at `start` introduces a person, if it does.
pub(super) fn introduced_at(p: &Para, start: usize) -> Option<Introduced> {
    if start == 0 || p.is_capitalised(start - 1) {
        return None;
    }
    let w = p.lower(start - 1);
    if is_title_word(w) {
        Some(Introduced::ByTitle)
    } else if is_a_trades_producer(p, start - 1) {
        None
    } else if crate::extract::lexicon::describes_person(w) {
        Some(Introduced::ByRole)
    } else {
        None
    }
}

/// A word whose possessive names nobody: `Today's`, `Everyone's`.
pub(super) fn possessive_names_nobody(lower: &str) -> bool {
    matches!(
        lower,
        "today"
            | "tomorrow"
            | "yesterday"
            | "tonight"
            | "everyone"
            | "everybody"
            | "someone"
            | "somebody"
            | "anyone"
            | "anybody"
            | "nobody"
            // (`Children's education`: a plural that takes `'s`; `Teachers'` is told by its
            // mark.)
            | "children"
            | "people"
            | "women"
            | "men"
    )
}

/// The closing quote mark of a nickname opening at `i`, right after its quote mark and a
/// word that gives it (`called "Dr Doom"`, `dubbed the "Iron Lady"`, `known as "Gazza"`):
/// a few words, closed soon.
pub(super) fn nickname_close(p: &Para, i: usize) -> Option<usize> {
    if i < 2 || !is_quote_mark(p.word(i - 1)) {
        return None;
    }
    let gives = |k: usize| {
        matches!(p.lower(k), "called" | "dubbed" | "nicknamed")
            || (p.lower(k) == "as" && k > 0 && p.lower(k - 1) == "known")
    };
    let giver = if p.lower(i - 2) == "the" {
        i.checked_sub(3)?
    } else {
        i - 2
    };
    if !gives(giver) {
        return None;
    }
    (i + 1..i + 5).find(|&k| matches!(p.word(k), "\"" | "”" | "’" | "'"))
}

/// `the former Beatle said`, `The former Spice Girl, 30,`: a word or two with a capital from
/// `i` after `the former`, that no name follows, describe the person in focus (not `the
/// former Yugoslavia`, known; nor `the former Bolton striker`, a body's player); their last
/// token. (Inlined: asked at every name, and called, it cost 0.4% more instructions.)
#[inline]
pub(super) fn describes_a_former_member(p: &Para, i: usize) -> Option<usize> {
    if !(i >= 2 && matches!(p.lower(i - 1), "former" | "ex") && p.lower(i - 2) == "the") {
        return None;
    }
    let ends_the_subject = |k: usize| {
        p.is_some_punct(k)
            || is_speech_verb(p.lower(k))
            || matches!(p.lower(k), "is" | "was" | "has" | "had" | "will" | "who")
    };
    let plain =
        |k: usize| p.is_word(k) && p.word(k).bytes().skip(1).all(|b| b.is_ascii_lowercase());
    // (`The former Spice Girl, 30, said`: a band's member in two words.)
    let last = if ends_the_subject(i + 1) {
        i
    } else if p.is_capitalised(i + 1) && plain(i + 1) && ends_the_subject(i + 2) {
        i + 1
    } else {
        return None;
    };
    let unknown = plain(i) && !gazetteer().contains_key(strip_possessive(p.slice(i, last)));
    unknown.then_some(last)
}

/// `The White Paper, published on Tuesday`, `the Bill was passed`: a government's paper or a
/// bill from `i`, written with a capital but named by no name; its last token. (`The` or `A`
/// opening a sentence is read with the name; `the Bill and Melinda Gates Foundation` and
/// `the Identity Cards Bill` are names.) (Inlined: asked at every name.)
#[inline]
pub(super) fn a_paper_or_bill_end(p: &Para, i: usize) -> Option<usize> {
    let article = matches!(p.word(i), "The" | "A" | "This");
    let noun = i + usize::from(article);
    let papers = matches!(p.word(noun), "White" | "Green") && p.word(noun + 1) == "Paper";
    let a_bill = p.word(noun) == "Bill"
        && noun > 0
        && matches!(p.lower(noun - 1), "the" | "a" | "this")
        && p.lower(noun + 1) != "and";
    let last = noun + usize::from(papers);
    ((papers || a_bill) && !p.is_capitalised(last + 1)).then_some(last)
}
