//! An entity's kind (person, organisation, place) from its name and the cues around its
//! first mention.

use super::*;

/// What the text says around a name's first mention, for its kind.
pub(super) struct Cues {
    pub(super) hint: Option<EntityKind>,
    pub(super) before_speech: bool,
    pub(super) after_in: bool,
    pub(super) after_a_determiner: bool,
    pub(super) said_a_body: bool,
}

/// How an entity's kind was found.
#[derive(Clone, Copy, PartialEq, Eq)]
pub(super) enum Basis {
    /// From the name itself or the words around it.
    Found,
    /// From the name's length alone: two or three words are taken for a person's, until a
    /// later mention says otherwise (`Aston Villa` … `Villa boss David O'Leary`).
    Guessed,
    /// From `which` after it, a body's or a thing's, until a title or an honorific says a
    /// person (`designed by Burt Rutan, which won the prize` … `Mr Rutan said`: the `which`
    /// was the craft's).
    Relative,
}

pub(super) fn classify(name: &str, cues: Cues) -> (EntityKind, Basis) {
    let before_speech = cues.before_speech;
    let said_a_body = cues.said_a_body;
    let after_a_determiner = cues.after_a_determiner;
    let after_in = cues.after_in;
    if let Some(kind) = kind_from_cues(name, cues) {
        return (kind, Basis::Found);
    }
    let two_or_three_words = (2..=3).contains(&name.split_whitespace().count());
    // `Network Rail, which owns the track` (a person would be `who`), `Creative Strategies,
    // a consultancy`.
    if two_or_three_words && said_a_body && !before_speech {
        return (EntityKind::Organization, Basis::Relative);
    }
    // (`the Gunners said`: one word in the plural after `the` that speaks is a team or a
    // body.)
    let a_plural_after_a_determiner = before_speech
        && after_a_determiner
        && !name.contains(' ')
        && name.ends_with('s')
        && !name.ends_with("ss")
        && !crate::extract::lexicon::is_possessive(name);
    // (`The Sun said`: nor is one word in the singular after `the` a person's, unless it
    // says where they come from: `the Frenchman said`, `the Australian said`.)
    let one_word_after_the = before_speech
        && after_a_determiner
        && !name.contains(' ')
        && !is_demonym(name)
        && !name.ends_with("man")
        && !name.ends_with("woman");
    if a_plural_after_a_determiner || one_word_after_the {
        return (EntityKind::Organization, Basis::Found);
    }
    // (`Union Amicus said`, `Union Carbide`, `Bank Leumi`: a body's own word opening a name
    // is no given name.)
    let opens_with_a_body = || {
        name.split_whitespace()
            .next()
            .is_some_and(crate::extract::lexicon::is_generic_body)
    };
    if two_or_three_words && opens_with_a_body() {
        return (EntityKind::Organization, Basis::Found);
    }
    // (`"…," an exporter in Santos said`: who speaks stands before the `in`, not after.)
    if before_speech && after_in {
        return (EntityKind::Place, Basis::Found);
    }
    if before_speech {
        return (EntityKind::Person, Basis::Found);
    }
    if two_or_three_words && guessed_a_persons(name, after_a_determiner) {
        return (EntityKind::Person, Basis::Guessed);
    }
    if of_a_town(name) {
        return (EntityKind::Organization, Basis::Guessed);
    }
    (EntityKind::Other, Basis::Guessed)
}

/// `Dynamo Kiev`, `Inter Milan`, `Sporting Lisbon`: a word of no place before a known town
/// names a club or a firm of it (not a part of the town: `Greater Manchester`, `Downtown
/// Chicago`; nor a town of two words: `Fort Worth`, `Santa Monica`). (`Port Talbot`, `Lake
/// Geneva` and the like were told places by their first word before this is asked; `Old`
/// and `Lower` are plain adjectives.)
fn of_a_town(name: &str) -> bool {
    use crate::extract::lexicon::{is_plain_adjective, with_lower};
    let Some((first, town)) = name.split_once(' ') else {
        return false;
    };
    let part_of_a_town = matches!(
        first,
        "Greater"
            | "Inner"
            | "Outer"
            | "Central"
            | "Downtown"
            | "Metro"
            | "Metropolitan"
            | "Upper"
            | "New"
            | "Little"
            | "Great"
            | "St"
            | "Saint"
            | "San"
            | "Santa"
            | "Fort"
    );
    !town.contains(' ')
        && is_a_town(town)
        && !part_of_a_town
        && !is_given_name(first)
        && !is_known_place(first)
        && !is_compass_word(first)
        && !is_demonym(first)
        && !crate::extract::lexicon::is_possessive(first)
        && !with_lower(first, is_plain_adjective)
}

/// A name of two or three words that nothing else tells the kind of is guessed a person's
/// unless its words say it is something else:
/// - a first word with a capital inside (`PlayStation Portable`, `MacBook Air`): a product's
///   or a company's, as a given name has none;
/// - initials ending a name in mixed case (`Windows XP`, `Sony PSP`): a product's or a
///   model's, unless a king's numeral or the letters after a name (`Henry VIII`, `Donald
///   Findlay QC`);
/// - a plain adjective opening it (`Old Bailey`, `Big Brother`);
/// - a possessive opening it (`Frank's Nursery`);
/// - a known place opening or ending it (`London Colney`, `Celta Vigo`, `U.S. Trade`);
/// - an article or an owner's word before it (`the Mac Mini`, `its Media Player`, `the Hang
///   Seng index`).
///
/// A given name first keeps the guess whatever follows (`Charles Bradford`, `the Mike Leigh
/// film`).
fn guessed_a_persons(name: &str, after_a_determiner: bool) -> bool {
    use crate::extract::lexicon::{is_given_name, is_plain_adjective, is_post_nominal, with_lower};
    let (Some((first, _)), Some((_, last))) = (name.split_once(' '), name.rsplit_once(' ')) else {
        return false;
    };
    if is_given_name(first) {
        return true;
    }
    if after_a_determiner {
        return false;
    }
    let inner_capital = first.bytes().skip(1).any(|b| b.is_ascii_uppercase())
        && first.bytes().any(|b| b.is_ascii_lowercase());
    let a_persons_letters =
        last.bytes().all(|b| matches!(b, b'I' | b'V' | b'X')) || is_post_nominal(last);
    let models_initials = is_initials_shape(last)
        && !a_persons_letters
        && first.bytes().any(|b| b.is_ascii_lowercase());
    let place = |w: &str| gazetteer().get(w) == Some(&EntityKind::Place);
    // (`Frank's Nursery`: a person's name holds no one's possessive; `El Nino`, `La Scala`:
    // nor opens with a Spanish or Italian article.)
    !(inner_capital
        || matches!(first, "El" | "La" | "Los" | "Las")
        || crate::extract::lexicon::is_possessive(first)
        || models_initials
        || with_lower(first, is_plain_adjective)
        || place(first)
        || place(last))
}

/// A place the gazetteer knows that is no country: `Bolton`, not `Spain`; whose club a body
/// of that name is.
pub(super) fn is_a_town(name: &str) -> bool {
    gazetteer().get(name) == Some(&EntityKind::Place) && !gazetteer().is_country(name)
}

/// The first word of a company's name in French, Spanish, Italian or Portuguese.
fn opens_a_company_abroad(first: &str) -> bool {
    matches!(
        first,
        "Banque"
            | "Banco"
            | "Banca"
            | "Cie"
            | "Compagnie"
            | "Compania"
            | "Societe"
            | "Société"
            | "Groupe"
            | "Grupo"
            | "Caisse"
            | "Companhia"
    )
}

/// The kind the name or its first mention's context gives, if any (a `which` after it is
/// weighed by [`classify`], after everything here).
pub(super) fn kind_from_cues(name: &str, cues: Cues) -> Option<EntityKind> {
    let Cues {
        hint,
        before_speech,
        after_in,
        after_a_determiner: _,
        said_a_body: _,
    } = cues;
    if let Some(k) = gazetteer().get(name) {
        // `Bolton manager Sam Allardyce`: a town the words around name as a body is its club.
        if hint == Some(EntityKind::Organization) && is_a_town(name) {
            return hint;
        }
        return Some(*k);
    }
    // `at St Andrew's`, `St Mary's`: a saint's, by itself, is a ground, a church or a
    // hospital named for them.
    let a_saints = name
        .strip_prefix("St ")
        .is_some_and(|saint| !saint.contains(' ') && crate::extract::lexicon::is_possessive(saint));
    if a_saints {
        return Some(EntityKind::Place);
    }
    // `Disney+`: a service named for its company is the company's kind of name.
    if let Some(k) = name
        .strip_suffix('+')
        .and_then(|company| gazetteer().get(company))
    {
        return Some(*k);
    }
    // `Banque Indosuez`, `Cie Generale d'Electricite`: a company named so abroad.
    if name
        .split_once(' ')
        .is_some_and(|(first, _)| opens_a_company_abroad(first))
    {
        return Some(EntityKind::Organization);
    }
    // `Montedison SpA`, `Erbamont NV`, `Siemens AG`: a company's legal form abroad (before
    // `NV` is read as Nevada).
    if name
        .rsplit_once(' ')
        .is_some_and(|(_, last)| is_foreign_legal_form(last))
    {
        return Some(EntityKind::Organization);
    }
    // `LANDOVER, Md., April 2`: a state's abbreviation, its dot a token of its own.
    if is_known_place_abbreviation(name) {
        return Some(EntityKind::Place);
    }
    if is_member_of_body(name) {
        return Some(EntityKind::Organization);
    }
    // (`lead manager Baring Brothers and Co Ltd said`: a firm by its legal form, whatever
    // title stands before it.)
    let legal_form = name
        .rsplit_once(' ')
        .is_some_and(|(_, last)| super::words::is_legal_suffix(last));
    if legal_form {
        return Some(EntityKind::Organization);
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // `Sheffield Wednesday`: a club named by its town and its day; `Mansfield Town`,
    // `Ipswich Town`: or by its town and `Town` (a known place, `Cape Town`, was read above),
    // whatever the words before it say (`Stockport host Mansfield Town`: no TV host).
    match words.as_slice() {
        [town, day] if crate::extract::lexicon::is_a_clubs_town_before_its_day(town, day) => {
            return Some(EntityKind::Organization)
        }
        [town, "Town"] if !is_given_name(town) => return Some(EntityKind::Organization),
        // `League One`, `League Two`: a division, as `the Premier League` is.
        ["League", "One" | "Two"] => return Some(EntityKind::Organization),
        _ => {}
    }
    if hint.is_some() {
        return hint;
    }
    // `Christie's`, `Sotheby's`: a firm named for its founder, written with the possessive
    // (no one's own name ends in one).
    if let [word] = words[..] {
        if crate::extract::lexicon::possessive_owner(word).is_some() {
            return Some(EntityKind::Organization);
        }
    }
    // `AB Volvo`, `AB Electrolux`: a Swedish company's legal form written first.
    if words.len() >= 2 && words[0] == "AB" {
        return Some(EntityKind::Organization);
    }
    // `Air India`, `Air Canada`: an airline, named for its country or city.
    if let ["Air", place] = words[..] {
        if is_known_place(place) {
            return Some(EntityKind::Organization);
        }
    }
    // `Storm Darragh`, `Hurricane Milton`: weather with a name; `Internet Explorer`: a
    // thing of the web (a body's is told by its last word first).
    let body = || words.last().and_then(|w| kind_from_last_word(w)).is_some();
    if words.len() > 1
        && (matches!(
            words[0],
            "Storm" | "Hurricane" | "Typhoon" | "Cyclone" | "Tropical"
        ) || (is_the_medium(words[0]) && !body()))
    {
        return Some(EntityKind::Other);
    }
    // `the Queen's Speech`, `Prime Minister's Questions`: an event named by a title's holder.
    if let [owner @ .., last] = words.as_slice() {
        if owner.last().is_some_and(|w| is_titles_possessive(w))
            && kind_from_last_word(last).is_none()
        {
            return Some(EntityKind::Other);
        }
    }
    // `World War Two`, `World War II`: a war, whatever numeral ends it.
    if let ["World", "War", ..] = words.as_slice() {
        return Some(EntityKind::Other);
    }
    // `Independence Day`, `Election Day`: a day's name (not `Doris Day`, a person's).
    if let [first, "Day"] = words.as_slice() {
        if !is_given_name(first) && !is_honorific(first) {
            return Some(EntityKind::Other);
        }
    }
    // `National Grid`, `Royal Mail`, `AC Milan`: a body's name.
    if words.len() > 1 && opens_a_body(words[0]) {
        return Some(EntityKind::Organization);
    }
    // `ASH Scotland`, `BBC Wales`, `NHS England`: a body's initials and its country;
    // `Cancer Research UK`, `Age Concern England`: a body's words and its country.
    if let [first, .., place] = words.as_slice() {
        let bodys_words = words.len() >= 3
            && !is_given_name(first)
            && !is_honorific(first)
            && words
                .iter()
                .all(|w| !crate::extract::lexicon::with_lower(w, is_connector));
        let initials = words.len() == 2 && is_initialism(first);
        if (initials || bodys_words) && is_known_place(place) {
            return Some(EntityKind::Organization);
        }
    }
    // `Atlanta Falcons`, `Tampa Bay Buccaneers`: a place and a plural is a team.
    if let [place @ .., team] = words.as_slice() {
        let plural = team.len() > 3
            && team.ends_with('s')
            && !team.ends_with("ss")
            && kind_from_last_word(team).is_none();
        let placed = |place: &[&str]| {
            is_known_place(&place.join(" "))
                || (place.len() > 1
                    && place.last().and_then(|w| kind_from_last_word(w)) == Some(EntityKind::Place))
        };
        if plural && !place.is_empty() && placed(place) {
            return Some(EntityKind::Organization);
        }
    }
    // `North America`, `Western Europe`, `East London`: a part of a known place; `North
    // American`, `South African`: one of its people.
    if let [first, rest @ ..] = words.as_slice() {
        if is_compass_word(first) && !rest.is_empty() {
            let rest = rest.join(" ");
            if is_known_place(&rest) {
                return Some(EntityKind::Place);
            }
            if is_demonym(&rest) {
                return Some(EntityKind::Other);
            }
        }
    }
    // Lower-case words inside a name: `Breakfast with Frost` (a programme),
    // `Commission for Racial Equality` (a body).
    // (`Meet the Fockers`: a title too.)
    // (`Do the Right Thing` too; not `Stop the War Coalition`, a body by its last word.)
    let a_title = match words.as_slice() {
        [_, "the", _] => true,
        [_, "the", .., last] => kind_from_last_word(last).is_none(),
        _ => false,
    };
    if words.contains(&"with") || a_title {
        return Some(EntityKind::Other);
    }
    // `the Gulf of Mexico`, `the Bay of Biscay`: a place's kind before its `of` says so.
    // (Not `the Port of London Authority`, a body by its last word.)
    if let [head, "of", .., last] = words.as_slice() {
        if kind_from_last_word(head) == Some(EntityKind::Place)
            && kind_from_last_word(last) != Some(EntityKind::Organization)
        {
            return Some(EntityKind::Place);
        }
    }
    // (Not `the Terminally Ill Adults (End of Life) Bill`: a statute by its last word, or
    // the word before its year: `the Crime and Disorder Act 1998`.)
    let titled_word = match words.as_slice() {
        [.., w, year] if year.len() == 4 && year.bytes().all(|b| b.is_ascii_digit()) => Some(w),
        [.., w] => Some(w),
        [] => None,
    };
    let a_statute = titled_word.is_some_and(|w| super::words::is_statute_word(w));
    if !a_statute
        && words
            .iter()
            .any(|w| matches!(*w, "of" | "for" | "on" | "and" | "the" | "to"))
    {
        return Some(EntityKind::Organization);
    }
    let last_kind = |w: &&str| kind_from_last_word(w).or_else(|| kind_from_hyphenated_last_word(w));
    if let Some(k) = words.last().and_then(last_kind) {
        // (`Sarah Hill`, `Lucy Field`: a given name and a place's word are a person's name;
        // so are one and a body's word that is a surname too, `Jim Press`, `Alan Church`,
        // `Lisa Holding`.)
        let a_persons = words.len() == 2
            && (k == EntityKind::Place
                || matches!(words[1], "Press" | "Post" | "Church" | "Holding"))
            && is_given_name(words[0])
            && !is_known_place(words[0]);
        if !a_persons {
            return Some(k);
        }
    }
    // `Mount Kenya`, `Lake Geneva`, `Cape Cod`: a place by its first word.
    // (`County Durham`, `County Cork`: so is an Irish or a northern English county;
    // `Port Talbot`, `Port Harcourt`: and a port.)
    if words.len() > 1
        && matches!(
            words[0],
            "Isle" | "Mount" | "Lake" | "Cape" | "Loch" | "County" | "Port"
        )
    {
        return Some(EntityKind::Place);
    }
    // `British Gas`, `Scottish Power`, `Shell Oil`: a name that ends in a trade is a company.
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| crate::extract::lexicon::with_lower(w, is_trade_word))
    {
        return Some(EntityKind::Organization);
    }
    // `T-Mobile`, `E-Plus`: a letter hyphened onto a word names a brand, not a person.
    if let [word] = words.as_slice() {
        if let [initial, b'-', next, ..] = word.as_bytes() {
            if initial.is_ascii_uppercase() && next.is_ascii_uppercase() {
                return Some(EntityKind::Organization);
            }
        }
    }
    // `Citicorp`, `Citibank`: a company's suffix written onto its name.
    if let [word] = words.as_slice() {
        let glued = ["corp", "bank", "banc"]
            .iter()
            .any(|suffix| word.len() > suffix.len() + 2 && word.ends_with(suffix));
        if glued {
            return Some(EntityKind::Organization);
        }
    }
    if words.last().is_some_and(|w| is_county(w)) {
        return Some(EntityKind::Place);
    }
    // `North Sumatra`, `West Bengal`, `South Kivu`: a region named by its compass point.
    if (2..=3).contains(&words.len()) && words.first().is_some_and(|w| is_compass_word(w)) {
        return Some(EntityKind::Place);
    }
    // `BBC News Online`, `Post Office Horizon`: a known organisation's name leading a
    // longer one.
    let known_head = (1..words.len()).any(|k| {
        gazetteer().get(words[..k].join(" ").as_str()) == Some(&EntityKind::Organization)
            || (k >= 2 && kind_from_last_word(words[k - 1]) == Some(EntityKind::Organization))
    });
    if known_head {
        return Some(EntityKind::Organization);
    }
    // `Halo 2`, `Xbox 360`, `Beagle 2`, `Fokker F27`: no person's name ends in a number or a
    // model's designation; a thing so named is a product, a work or a craft, or what the word
    // before the number says (`Channel 4`).
    if let [.., head, number] = words.as_slice() {
        let designation = number.trim_start_matches(|c: char| c.is_ascii_uppercase());
        if !designation.is_empty()
            && number.len() - designation.len() <= 2
            // (`Fahrenheit 9/11`: written with a slash too.)
            && designation.bytes().all(|b| b.is_ascii_digit() || b == b'/')
        {
            return Some(kind_from_last_word(head).unwrap_or(EntityKind::Other));
        }
    }
    let acronym = words.len() == 1
        && name
            .chars()
            .filter(|c| c.is_alphabetic())
            .all(char::is_uppercase);
    if acronym || is_acronym_with_of(name) {
        return Some(EntityKind::Organization);
    }
    // `supporters in Des Moines`: two or three words after `in` name a place.
    if (2..=3).contains(&words.len()) && after_in && !before_speech {
        return Some(EntityKind::Place);
    }
    None
}
