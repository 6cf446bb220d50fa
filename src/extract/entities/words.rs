//! What a single word says: the shape of a name's word, a month, a trade, a portfolio,
//! a title's modifier, a part of a place.

use super::*;
use crate::extract::lexicon::{is_weekday_abbreviation, month_number};
use std::borrow::Cow;

#[inline]
pub(super) fn is_name_word(p: &Para, i: usize) -> bool {
    // Asked of every token: most are words in lower case, turned away without a call.
    (p.is_capitalised(i) || p.has_inner_capital(i)) && name_word_rules(p, i)
}

fn name_word_rules(p: &Para, i: usize) -> bool {
    // (`easyJet's`: the company's possessive.)
    let capital = p.is_capitalised(i) || is_camel_case(strip_possessive(p.word(i)));
    // `-230C`, `5G`: a letter written onto a number is its unit.
    if !capital || (i > 0 && p.is_number(i - 1) && p.touching(i - 1, i)) {
        return false;
    }
    // `M-1 money supply`, `F-16 jets`: a letter and a number are a designation, no name
    // (but `the G-7`: a group of so many nations).
    if p.word(i).len() == 1
        && p.word(i) != "G"
        && p.is_punct(i + 1, "-")
        && p.is_number(i + 2)
        && p.touching(i, i + 1)
        && p.touching(i + 1, i + 2)
    {
        return false;
    }
    // `hand back her CBE`: an honour's letters, not after a name (`Jane Smith CBE`), name
    // nobody.
    if is_an_honour(p.word(i)) && !(i > 0 && p.is_word(i - 1) && p.is_capitalised(i - 1)) {
        return false;
    }
    // `HK$40m`: whose dollar it is, part of the figure.
    if p.is_punct(i + 1, "$") && p.touching(i, i + 1) && is_dollar_country(p.word(i)) {
        return false;
    }
    // `Sun Microsystems`, `Sun shares rose`: a weekday's abbreviation that names, not one
    // dating a line (`Sun, March 1`, `Sat 8 Aug`) nor a range of days (`Mon-Fri`).
    if is_weekday_abbreviation(p.word(i)) {
        let month = |k: usize| month_number(p.lower(k)).is_some();
        let dates = |k: usize| p.is_number(k) || month(k);
        // (`Mon: rain`: a line of a table by the day.)
        let dating = dates(i + 1)
            || p.is_punct(i + 1, ":")
            || ((p.is_punct(i + 1, ",") || p.is_punct(i + 1, ".")) && dates(i + 2));
        let range = |k: usize| p.is_punct(k, "-") || p.is_punct(k, "/") || p.is_punct(k, "–");
        let in_a_range = range(i + 1) || (i > 0 && range(i - 1));
        return !dating && !in_a_range && !is_common_capitalised(p.word(i + 1));
    }
    // `Mon-Fri`, written as one word.
    let days = p.word(i).len() == 7
        && (p.word(i).split_once('-'))
            .is_some_and(|(a, b)| is_weekday_abbreviation(a) && is_weekday_abbreviation(b));
    if days
        || is_letter_compound(p.word(i))
        || is_virus_strain(p.word(i))
        || is_number_compound(p.word(i))
    {
        return false;
    }
    // `Saturday's final` names a day, not somebody.
    (!is_common_capitalised(strip_possessive(p.word(i))) || opens_a_name_of_a_medium(p, i))
        && (weekday_index(strip_possessive(p.lower(i))).is_none()
            || crate::extract::dates::weekday_in_a_name(p, i))
}

/// `OBE`, `CBE`: the letters of an honour of the Order of the British Empire. (By its bytes:
/// asked of every capitalised word.)
fn is_an_honour(word: &str) -> bool {
    matches!(
        word.as_bytes(),
        [b'O' | b'M' | b'C' | b'K' | b'D' | b'G', b'B', b'E']
    )
}

/// `Six-time Olympic champion`, `Two-year-old`: a number word hyphened to a word in lower
/// case opening a sentence says how many, and names nothing.
fn is_number_compound(word: &str) -> bool {
    // (Asked of every capitalised word: by the first letter a number word can open with,
    // then for the hyphen among the bytes after its shortest, `Six`, and its longest,
    // `Seventeen`.)
    let b = word.as_bytes();
    if b.len() < 5 || !matches!(b[0], b'O' | b'T' | b'F' | b'S' | b'E' | b'N' | b'Z') {
        return false;
    }
    let Some(dash) = (3..b.len().min(10)).find(|&k| b[k] == b'-') else {
        return false;
    };
    b.get(dash + 1).is_some_and(u8::is_ascii_lowercase)
        && crate::extract::lexicon::with_lower(&word[..dash], |head| {
            crate::extract::lexicon::small_number(head).is_some()
        })
}

/// `U-turn`, `X-rays`, `the J-curve`, `A-level`: a capital letter hyphened to a word in lower
/// case is a common noun shaped like the letter or named for it.
fn is_letter_compound(word: &str) -> bool {
    let b = word.as_bytes();
    b.len() >= 4
        && b[0].is_ascii_uppercase()
        && b[1] == b'-'
        && b[2..].iter().all(u8::is_ascii_lowercase)
}

/// `Internet`, `Web`: the medium, a common word written with a capital, which opens names
/// of things on it (`Internet Explorer`) as well as of bodies (`Internet Watch Foundation`).
pub(super) fn is_the_medium(word: &str) -> bool {
    matches!(word, "Internet" | "Web")
}

/// `Internet Explorer`, `the Web Foundation`, `the GSM Association`: the medium or a
/// technology opening a name written right after it.
fn opens_a_name_of_a_medium(p: &Para, i: usize) -> bool {
    (is_the_medium(p.word(i)) || crate::extract::lexicon::is_a_technology(p.word(i)))
        && p.is_capitalised(i + 1)
        && !is_common_capitalised(p.word(i + 1))
        && is_name_word(p, i + 1)
}

/// `50 Cent has topped the chart`: the number at `i` opens a name. Running text writes a
/// unit in lower case, so a unit with a capital, singular, is part of a name.
pub(crate) fn number_opens_name(p: &Para, i: usize) -> bool {
    let unit = p.word(i + 1);
    p.is_number(i)
        && p.is_capitalised(i + 1)
        && unit.bytes().skip(1).all(|b| b.is_ascii_lowercase())
        && (crate::extract::lexicon::is_singular_unit(unit)
            || crate::extract::lexicon::is_currency_word(unit))
}

/// A word no person's name starts with, that opens a body's: `National Grid`, `Royal Mail`,
/// `Deutsche Boerse`;
/// a club's initials before its town, `AC Milan`, `FC Porto`, `SV Hamburg`.
pub(super) fn opens_a_body(w: &str) -> bool {
    matches!(
        w,
        "National"
            | "Deutsche"
            | "Royal"
            | "Federal"
            | "International"
            | "AC"
            | "FC"
            | "AS"
            | "SC"
            | "SV"
            | "CF"
            | "CD"
            | "RC"
            | "SL"
            | "AFC"
            | "VfB"
            | "VfL"
            // `Statistics Canada`, `Statistics Norway`: a land's statistics office.
            | "Statistics"
            // `Radio Five Live`, `Radio Free Europe`: a station.
            | "Radio"
    )
}

/// A place the gazetteer knows that is itself an airport, not the town it serves: `Heathrow`.
pub(super) fn is_an_airports_name(name: &str) -> bool {
    matches!(
        name,
        "Heathrow" | "Gatwick" | "Stansted" | "Schiphol" | "Changi" | "Narita" | "Orly" | "Dulles"
    )
}

/// A word that says what kind of bank a bank is, not which one: `Central Bank`, `World Bank`,
/// `National Bank`.
pub(super) fn names_a_kind_of_bank(head: &str) -> bool {
    matches!(
        head,
        "Central"
            | "National"
            | "World"
            | "Federal"
            | "Reserve"
            | "Royal"
            | "Development"
            | "Investment"
            | "Savings"
            | "Merchant"
            | "Commercial"
            | "Co-operative"
            | "Cooperative"
            | "European"
            | "International"
            | "First"
            | "State"
            | "Islamic"
            | "Agricultural"
            | "Industrial"
            | "Land"
            | "Export"
            | "Import"
            | "Export-Import"
            | "People's"
            | "Post"
            | "Food"
            | "Blood"
            | "Data"
    )
}

/// What `word` may be the plural of: `Democrat` for `Democrats`, `Tory` for `Tories`, `Xbox`
/// for `Xboxes`.
pub(crate) fn singulars(word: &str) -> impl Iterator<Item = Cow<'_, str>> {
    let s = word.strip_suffix('s');
    let es = s
        .and_then(|n| n.strip_suffix('e'))
        .filter(|stem| stem.ends_with(['x', 's', 'h', 'z']));
    let ies = s
        .and_then(|n| n.strip_suffix("ie"))
        .map(|stem| Cow::Owned(format!("{stem}y")));
    (s.into_iter().chain(es).map(Cow::Borrowed)).chain(ies)
}

/// `FA Cups` → `FA Cup`, `Golden Globes` → `Golden Globe`, `Davis Cup Matches` → `Davis Cup
/// Match`: the one singular of a name in the plural, a prefix of it (as a candidate's name is).
/// Unlike [`singulars`], which offers every form for a lookup to try, only the endings that
/// always take `-es` lose it (`Prizes` keeps its `e`).
pub(super) fn singular_of(name: &str) -> &str {
    let es = ["sses", "xes", "ches", "shes"]
        .iter()
        .any(|ending| name.ends_with(ending));
    if es {
        &name[..name.len() - 2]
    } else {
        name.strip_suffix('s').unwrap_or(name)
    }
}

/// A capitalised word written as a common noun is: no capital after the first letter and no
/// digit (`Fisheries`, `Transport`; not `ITV1`, `BBC`, `McDonald`).
pub(super) fn written_as_a_common_word(w: &str) -> bool {
    !w.bytes()
        .skip(1)
        .any(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// `H5N1`, `H1N1`, `H3N2`: a flu virus's strain, a letter and a number twice, which names
/// nobody.
fn is_virus_strain(w: &str) -> bool {
    let b = w.as_bytes();
    let digits = |from: usize| b[from..].iter().take_while(|c| c.is_ascii_digit()).count();
    (4..=6).contains(&b.len()) && b[0].is_ascii_uppercase() && {
        let first = digits(1);
        let second_letter = 1 + first;
        first > 0
            && b.get(second_letter).is_some_and(u8::is_ascii_uppercase)
            && digits(second_letter + 1) > 0
            && second_letter + 1 + digits(second_letter + 1) == b.len()
    }
}

/// `iPod`, `iTunes`: a product named with a lower-case `i`.
pub(super) fn is_product_word(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[0] == b'i'
        && b[1].is_ascii_uppercase()
        && b[2..].iter().all(u8::is_ascii_alphabetic)
}

/// `easyJet`, `eBay`, `mmO2`: a company that starts in lower case and capitalises inside,
/// with a small letter or a digit after the capital (not a product, `iPod`, `iTunes`, nor a
/// term with its initials in capitals, `mRNA`).
pub(super) fn is_camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 4 || !b[0].is_ascii_lowercase() {
        return false;
    }
    // (Asked of every word in lower case: the rare capital inside is looked for first.)
    let Some(capital) = b[1..].iter().position(u8::is_ascii_uppercase) else {
        return false;
    };
    let after = &b[capital + 2..];
    !is_product_word(w)
        && after
            .iter()
            .any(|c| c.is_ascii_lowercase() || c.is_ascii_digit())
        && b[..capital + 2].iter().all(u8::is_ascii_alphabetic)
        && after.iter().all(u8::is_ascii_alphanumeric)
}

pub(super) fn is_month_word(w: &str) -> bool {
    // (Asked of most names' words: by the first letter first, which most are turned away by.)
    if !opens_a_month(w) {
        return false;
    }
    // `July's`: the month's; but `May's` and `Jan's` are more often a name's.
    if let Some(owner) = crate::extract::lexicon::possessive_owner(w) {
        return crate::extract::lexicon::with_lower(owner, |l| {
            l != "may" && crate::extract::lexicon::MONTHS.contains(&l)
        });
    }
    crate::extract::lexicon::with_lower(w, is_month_lower)
}

/// Token `i` is a month's abbreviation (`Dec`, `Sept`) joined by `and` to a name that is no
/// month, with no number after it: a name's word (`Ant and Dec won`; not `Nov and Dec`, nor
/// `Oct and Dec 1987`).
pub(super) fn abbreviation_joined_to_a_name(p: &Para, i: usize) -> bool {
    let lower = p.lower(i);
    lower.len() <= 4
        && !crate::extract::lexicon::MONTHS.contains(&lower)
        && i >= 2
        && p.lower(i - 1) == "and"
        && p.is_capitalised(i - 2)
        && !is_month_word(p.lower(i - 2))
        && !p.is_number(i + 1)
        && !p.is_punct(i + 1, ".")
}

/// The letters months' names open with (their abbreviations open alike).
static MONTH_LETTERS: crate::extract::lexicon::FirstLetters =
    crate::extract::lexicon::FirstLetters::of(&crate::extract::lexicon::MONTHS);

/// `w` starts with a letter some month's name or abbreviation starts with.
fn opens_a_month(w: &str) -> bool {
    MONTH_LETTERS.open(w)
}

pub(super) fn is_month_lower(l: &str) -> bool {
    if !opens_a_month(l) {
        return false;
    }
    crate::extract::lexicon::MONTHS.contains(&l)
        || matches!(
            l,
            "jan"
                | "feb"
                | "mar"
                | "apr"
                | "jun"
                | "jul"
                | "aug"
                | "sep"
                | "sept"
                | "oct"
                | "nov"
                | "dec"
        )
}

/// A title's possessive: `Minister's`, `Queen’s`.
pub(super) fn is_titles_possessive(w: &str) -> bool {
    is_possessive(w) && is_title_word(strip_possessive(w))
}

pub(super) fn strip_possessive(w: &str) -> &str {
    crate::extract::lexicon::possessive_owner(w)
        .or_else(|| w.strip_suffix('’'))
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
}

/// `BA`, `FSA`, `NATO`: capitals only, two to five, which no sentence opens with by chance
/// (`US`, `IT` and `OK` are turned away before as common words).
pub(super) fn is_initialism(name: &str) -> bool {
    (2..=5).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// `DVD`, `PS2`, `MP`: capitals, and digits after the first, two to six in all; the shape of
/// initials a text may count in the plural (`80 million PS2s`).
pub(super) fn is_initials_shape(w: &str) -> bool {
    (2..=6).contains(&w.len())
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// `KUNA` for `Kuwait News Agency`, `IRNA` for `Islamic Republic News Agency`: initials of
/// three letters or more that open with the first word's initial, end with the last's, and
/// hold every capitalised word's initial in order (a word may give two letters, `KU`).
pub(super) fn stand_for(initials: &str, name: &str) -> bool {
    let letters = initials.as_bytes();
    if letters.len() < 3 || !is_initials_shape(initials) {
        return false;
    }
    let firsts = name
        .split_whitespace()
        .filter_map(|w| w.as_bytes().first().copied())
        .filter(u8::is_ascii_uppercase);
    // (Each initial found in order, the first at the initials' start.)
    let mut rest = letters.iter();
    let mut count = 0;
    let mut last = None;
    for f in firsts {
        let found = if count == 0 {
            rest.next() == Some(&f)
        } else {
            rest.any(|&l| l == f)
        };
        if !found {
            return false;
        }
        count += 1;
        last = Some(f);
    }
    count >= 2 && last.as_ref() == letters.last()
}

/// `T&G`, `M&S`, `AT&T`: capitals with an ampersand between them, initials a name in
/// brackets may be given.
pub(super) fn is_initials_with_ampersand(w: &str) -> bool {
    let b = w.as_bytes();
    (3..=6).contains(&b.len())
        && b[0].is_ascii_uppercase()
        && b[b.len() - 1].is_ascii_uppercase()
        && b.iter().filter(|&&c| c == b'&').count() == 1
        && b.iter().all(|&c| c == b'&' || c.is_ascii_uppercase())
}

/// `BoE`, `MoD`, `DoJ`, `DfT`: initials with the `of` or the `for` written in lower case.
pub(super) fn is_acronym_with_of(word: &str) -> bool {
    let capitals = word.bytes().filter(u8::is_ascii_uppercase).count();
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.contains(['o', 'f'])
        && capitals >= 2
        && word
            .bytes()
            .all(|b| b.is_ascii_uppercase() || b == b'o' || b == b'f')
}

/// The suffix that says a company is incorporated: `Corp`, `Inc`, `plc`.
/// `Bill`, `Act`: the word a statute's short title ends in (`the Children (Scotland) Act`).
pub(super) fn is_statute_word(w: &str) -> bool {
    matches!(w, "Bill" | "Act")
}

/// Kin in the plural, who may open a sentence before their given names: `Brothers Liam and
/// Noel Gallagher`, `Sisters Venus and Serena Williams`.
pub(super) fn is_kin_plural(w: &str) -> bool {
    matches!(w, "brothers" | "sisters" | "twins" | "siblings" | "cousins")
}

/// `and Co`, `and Sons`: the word for a firm's partners after its names' `and`.
pub(super) fn is_a_firms_partners(w: &str) -> bool {
    matches!(w, "Co" | "Company" | "Sons" | "Partners" | "Associates")
}

pub(super) fn is_legal_suffix(w: &str) -> bool {
    matches!(
        w,
        "Corp" | "Corporation" | "Co" | "Inc" | "Ltd" | "plc" | "Plc" | "PLC"
            // `Commercial Union Insurance Cos`: a group of companies.
            | "Cos"
    )
}

/// `SpA`, `NV`, `AG`: a company's legal form abroad, written after its name.
pub(super) fn is_foreign_legal_form(w: &str) -> bool {
    matches!(
        w,
        "SpA" | "NV" | "AG" | "SA" | "GmbH" | "BV" | "Oyj" | "ASA" | "SE" | "Srl" | "KK"
            // `Telefonos de Mexico SA de CV`, `Banco do Brasil SA`, `Maybank Bhd`
            | "CV" | "SAB" | "Ltda" | "SARL" | "Bhd" | "Tbk"
            // `Norsk Hydro A/S`
            | "A/S"
    )
}

/// `CORP`, `INC`, `PLC`: a legal suffix written in capitals, as a wire headline does.
pub(super) fn is_legal_suffix_in_capitals(w: &str) -> bool {
    let Some(first) = w
        .get(..1)
        .filter(|_| w.bytes().all(|b| b.is_ascii_uppercase()))
    else {
        return false;
    };
    is_legal_suffix(&format!("{first}{}", w[1..].to_ascii_lowercase()))
}

pub(super) fn initials(name: &str) -> String {
    // `General Motors Corp` is `GM`: a company's legal suffix has no letter in its initials
    // (`British Petroleum Co PLC` is `BP`: nor have two).
    let words: Vec<&str> = name.split_whitespace().collect();
    initials_of(without_legal_suffixes(&words))
}

/// `BPCC` for `British Printing and Communication Corp Plc`: the initials of a name's `words`
/// with the first of two or more legal suffixes, which some write; `None` when it has fewer.
pub(super) fn initials_with_its_first_form(words: &[&str]) -> Option<String> {
    let named = without_legal_suffixes(words);
    (words.len() >= named.len() + 2).then(|| initials_of(&words[..=named.len()]))
}

fn without_legal_suffixes<'a, 'w>(words: &'a [&'w str]) -> &'a [&'w str] {
    let mut named = words;
    while let Some((last, rest)) = named.split_last() {
        if rest.len() < 2 || !is_legal_suffix(last.trim_end_matches('.')) {
            break;
        }
        named = rest;
    }
    named
}

fn initials_of(words: &[&str]) -> String {
    words
        .iter()
        .filter(|w| !is_connector(&w.to_lowercase()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

pub(super) fn is_demonym_lower(w: &str) -> bool {
    let mut c = w.chars();
    let cap: String = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default();
    is_demonym(&cap)
}

/// A particle of a family's name, in lower case: `Faf du Plessis`, `Joao dos Santos`, `Ursula
/// von der Leyen`, `Ana de la Cruz`.
#[inline]
pub(super) fn is_surname_particle(lower: &str) -> bool {
    matches!(
        lower,
        "de" | "del"
            | "da"
            | "du"
            | "dos"
            | "das"
            | "di"
            | "van"
            | "von"
            | "der"
            | "la"
            | "le"
            // `Erik ten Hag`, `Gerard ter Borch` (after a given name only: `ten` counts too)
            | "ten"
            | "ter"
    )
}

pub(super) fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "on" | "and" | "the" | "&")
}

/// `Democrat`, `Liberal Democrat`: one of a party (or body) the gazetteer knows by its plural.
pub(super) fn is_member_of_body(name: &str) -> bool {
    // (A member of the Commons is an MP: `Common` opens names, `the Common Agricultural
    // Policy`.)
    if name == "Common" {
        return false;
    }
    // Asked of most capitalised phrases: the plural is spelled on the stack.
    let mut plural = [0u8; 64];
    let Some(spelled) = plural.get_mut(..name.len() + 1) else {
        return false;
    };
    spelled[..name.len()].copy_from_slice(name.as_bytes());
    spelled[name.len()] = b's';
    std::str::from_utf8(spelled)
        .is_ok_and(|plural| gazetteer().get(plural) == Some(&EntityKind::Organization))
}

/// `M3`, `M0`, `M1A`: a measure of the money supply, in a sentence about money (not the
/// `M1` motorway).
/// (Asked of every capitalised run: the shape is told inline, the sentence read only for one.)
#[inline]
pub(super) fn is_money_measure(p: &Para, k: usize) -> bool {
    let w = p.word(k).as_bytes();
    let shaped = (2..=3).contains(&w.len())
        && w[0] == b'M'
        && (b'0'..=b'4').contains(&w[1])
        && w.get(2).is_none_or(u8::is_ascii_uppercase);
    shaped && in_a_sentence_about_money(p, k)
}

#[cold]
fn in_a_sentence_about_money(p: &Para, k: usize) -> bool {
    let (first, end) = p.sentence_of(k);
    (first..end).any(|j| {
        matches!(
            p.lower(j),
            "money" | "measure" | "aggregate" | "supply" | "monetary"
        )
    })
}

/// What ends the name of a treaty or a law: `Pact`, `Treaty`, `Act`.
pub(super) fn is_document_word(w: &str) -> bool {
    matches!(
        w,
        "Pact" | "Treaty" | "Accord" | "Protocol" | "Charter" | "Convention" | "Act"
    )
}

/// What a company trades in, which ends many of their names: `Shell Oil`, `Tata Steel`.
pub(super) fn is_trade_word(w: &str) -> bool {
    matches!(
        w,
        "oil"
            | "energy"
            | "water"
            | "railway"
            | "railways"
            | "trains"
            | "steel"
            | "insurance"
            | "capital"
            | "holdings"
            | "securities"
            | "investments"
            | "industries"
            | "systems"
            | "technologies"
            | "utilities"
            | "petroleum"
            | "pharmaceuticals"
            | "airlines"
            | "airways"
            | "motors"
            | "motor"
            | "pictures"
            | "studios"
            | "records"
            | "trust"
            | "mining"
            | "chemicals"
            | "foods"
            | "electronics"
            | "international"
            | "enterprises"
            | "communications"
            | "telecommunications"
            | "resources"
            | "products"
            | "stores"
            | "entertainment"
            | "media"
            | "networks"
            | "computer"
            | "software"
            | "electric"
            | "financial"
            | "bancorp"
            | "laboratories"
            | "broadcasting"
            | "brands"
            | "technology"
            | "telecom"
            | "chemical"
            | "rail"
            | "gas"
            | "power"
            | "property"
            | "tobacco"
            | "shipbuilding"
            | "machinery"
            | "engineering"
            | "exploration"
            | "production"
            | "refining"
            | "marketing"
    )
}

/// The work a wire story's credits name: `Reporting by`, `Editing by`, `Additional
/// reporting by`.
pub(super) fn is_credit_word(w: &str) -> bool {
    matches!(
        w,
        "reporting"
            | "editing"
            | "writing"
            | "additional"
            | "compiled"
            | "graphics"
            | "research"
            | "translation"
            | "production"
    )
}

/// `union`, `association`: the noun a body of members is named by, never a portfolio.
pub(crate) fn is_a_bodys_head(w: &str) -> bool {
    matches!(
        w,
        "union"
            | "association"
            | "federation"
            | "confederation"
            | "congress"
            | "league"
            | "society"
            | "guild"
            | "alliance"
            | "party"
            | "club"
    )
}

/// A minister's or commissioner's brief: `Energy Commissioner`, `Home Secretary`.
pub(crate) fn is_portfolio(w: &str) -> bool {
    matches!(
        w,
        "energy"
            | "health"
            | "foreign"
            | "home"
            | "trade"
            | "finance"
            | "justice"
            | "defence"
            | "defense"
            | "interior"
            | "transport"
            | "education"
            | "environment"
            | "economy"
            | "economics"
            | "culture"
            | "housing"
            | "business"
            | "digital"
            | "climate"
            | "agriculture"
            | "treasury"
            | "commerce"
            | "immigration"
            | "security"
            | "development"
            // `International Development Secretary Hilary Benn`
            | "international"
            | "industry"
            | "tourism"
            | "science"
            | "technology"
            // `Work and Pensions Secretary Alan Johnson`
            | "work"
            | "pensions"
            | "food"
            // `EC farm commissioner Frans Andriessen`
            | "farm"
            | "fisheries"
            | "employment"
            | "competition"
            | "budget"
            | "monetary"
            | "sport"
            // `Local Government Minister Nick Raynsford`, `Constitutional Affairs Secretary`
            | "local"
            | "government"
            | "constitutional"
            | "affairs"
            // `the Director of Public Prosecutions`
            | "prosecutions"
            | "rural"
            | "communities"
            | "media"
            | "arts"
            | "policing"
            | "prisons"
            | "schools"
            // `Civil Aviation Minister Praful Patel`, `Public Works Minister`
            | "civil"
            | "aviation"
            | "shipping"
            | "railways"
            | "communications"
            | "telecommunications"
            | "information"
            | "broadcasting"
            | "public"
            | "works"
            | "social"
            | "welfare"
            | "planning"
            // `Law and Order Minister Adriaan Vlok`
            | "law"
            | "order"
    )
}

/// `Smoking`, `Banking`: a capitalised word ending in `-ing`.
pub(super) fn is_gerund(name: &str) -> bool {
    name.len() > 5 && name.ends_with("ing") && name.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// `Obesity`, `Inflation`, `Unemployment`: a word with an abstract noun's ending. Opening two
/// sentences (a headline and its lede), it still names nothing.
pub(super) fn is_abstract_noun(name: &str) -> bool {
    name.len() > 6
        && name.chars().skip(1).all(|c| c.is_ascii_lowercase())
        && ["ity", "ness", "tion", "sion", "ism", "ment"]
            .iter()
            .any(|suffix| name.ends_with(suffix))
}

/// `Supermarket`, `Carmaker`, `Campaigner`: a noun for a kind of body or of person. Opening
/// two sentences (`Supermarket to cut 2,000 jobs`, `Supermarket chain Morrisons is …`), it
/// still names nothing.
pub(super) fn is_noun_for_a_kind(name: &str) -> bool {
    use crate::extract::lexicon::{describes_body, describes_person, is_body_noun, with_lower};
    let plain = name.len() <= 16
        && name
            .bytes()
            .skip(1)
            .all(|b| b.is_ascii_lowercase() || b == b'-');
    plain
        && with_lower(name, |lower| {
            describes_body(lower) || is_body_noun(lower) || describes_person(lower)
        })
}

/// Portfolios of a minister that are also the trade of a company: `Oil Minister`.
pub(super) fn is_ministers_portfolio(w: &str) -> bool {
    matches!(
        w,
        "oil"
            | "petroleum"
            // `Petroleum Resources Minister`, `Water Resources Minister`
            | "resources"
            | "water"
            | "mineral"
            | "labour"
            | "labor"
            | "information"
            | "communications"
            | "mines"
            | "fisheries"
            | "sports"
            | "employment"
            // `First Minister Jack McConnell`, `First Secretary`
            | "first"
    )
}

/// Words that open a title: `Vice Chairman`, `Deputy Governor`, `Acting Director`.
pub(crate) fn is_title_modifier(w: &str) -> bool {
    is_portfolio(w)
        || matches!(
            w,
            "prime"
                | "vice"
                | "deputy"
                | "acting"
                | "assistant"
                | "associate"
                | "senior"
                | "executive"
                | "managing"
                | "interim"
                | "joint"
                // `chief financial officer`, `chief operating officer`
                | "financial"
                | "operating"
                | "technical"
                | "commercial"
                | "marketing"
                | "investment"
                // `Amicus national officer Linda McCulloch`, `regional organiser`
                | "national"
                | "regional"
                // `US District Judge Sim Lake`, `Circuit Judge …`
                | "district"
                | "circuit"
                // `Senate Majority Leader Robert Byrd`, `House Minority Whip`
                | "majority"
                | "minority"
        )
        || is_title_word(w)
}

/// Words that name a part of a place: `North`, `Western`, `Central`.
pub(super) fn is_compass_word(w: &str) -> bool {
    matches!(
        w,
        "North"
            | "South"
            | "East"
            | "West"
            | "Northern"
            | "Southern"
            | "Eastern"
            | "Western"
            | "Central"
            | "Northeast"
            | "Northwest"
            | "Southeast"
            | "Southwest"
            // `Sub-Saharan Africa`, `Greater London`: a part of a place, or all around it.
            | "Sub-Saharan"
            | "Greater"
    )
}
