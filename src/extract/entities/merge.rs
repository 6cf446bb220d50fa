//! Merging the names kept paragraph by paragraph into entities: short forms and aliases
//! (`Putin` → `Vladimir Putin`, `IMF` → `International Monetary Fund`) found by hash lookups.

use super::*;

/// Short and variant forms of the entities listed so far, for merging: `Putin` →
/// `Vladimir Putin`, `United` → `Manchester United` (the first in the text),
/// `Liberal Democrat` → `Liberal Democrats`, `Gulf States` → `Gulf States Utilities Co`,
/// `IMF` → `International Monetary Fund`. Hash lookups, so merging stays linear.
#[derive(Default)]
pub(super) struct Aliases {
    exact: HashMap<CompactString, usize>,
    /// `gencorp` for `GenCorp Inc`: a one-word name with a capital inside, in lower case, for
    /// the same name in capitals (`GENCORP` in a wire headline).
    inner_capital: HashMap<String, usize>,
    suffix: HashMap<String, (Span, usize)>,
    prefix: HashMap<String, (Span, usize)>,
    initials: HashMap<String, usize>,
    /// The entities listed as places, whose initials a known place's are (`US` for the
    /// `United States`, not for the `University of Sydney`).
    places: HashSet<usize>,
    /// A body's initials in alphabetical order, for the initials of its name in its own
    /// language: `IBC` for the `Brazilian Coffee Institute` (Instituto Brasileiro do Café).
    initials_in_any_order: HashMap<String, usize>,
    /// `Labour` for the `Labour Party`: a party by its name alone (not by a plural of it:
    /// `the Conservatives` are listed as written).
    party: HashMap<String, usize>,
    /// `Bank` for `Bank of England`: the noun a body of something is named by; of two such
    /// bodies, the one named first (`the Bank said` after the `Bank of England`, before the
    /// `Royal Bank of Scotland`).
    head: HashMap<String, (Span, usize)>,
    /// `BCal` for `British Caledonian`, `NatWest` for `National Westminster Bank`: a body
    /// by the starts of its first two words written as one, keyed by their first letters;
    /// the two words, and the body.
    contracted: HashMap<[u8; 2], (CompactString, CompactString, usize)>,
    /// `Shearson` for `Shearson Lehman Brothers Inc`, `Goldman` for `Goldman Sachs`: a body
    /// by its first word, asked after a person's surname.
    company: HashMap<String, usize>,
    /// `Tiago` for `Tiago Mendes`: a person by their first name, when only one person has it
    /// (`None` when two do).
    given: HashMap<String, Option<usize>>,
    /// `Lay` → `Kenneth`, for `Ken Lay`: the given names of the people of two names (or three,
    /// for `Carlo Ciampi`), by their surname.
    by_surname: HashMap<String, Vec<(String, usize)>>,
    /// Surnames the text gives one first name only, in names of two words (`Turner` of
    /// `Adair Turner`): a peer titled by the surname is that person.
    one_first_name: HashSet<String>,
    /// `Leeds` for `Leeds United`: a football club by its town, when the text names one club
    /// of that town (`None` when it names two: `Manchester United` and `Manchester City`).
    club: HashMap<String, Option<usize>>,
}

impl Aliases {
    /// The forms of entity `k`'s name; a name in capitals (`GENERAL SIGNAL CORP`, from a
    /// wire headline) gives those of its title-cased form too (`General Signal`).
    /// (`BAT` for `B.A.T Industries Plc`: the forms of its initials written without dots too.)
    fn add(&mut self, e: &Entity, k: usize) {
        if e.kind == EntityKind::Place {
            self.places.insert(k);
        }
        self.add_forms(e, k);
        let variant = |name: String| Entity {
            name: name.into(),
            kind: e.kind,
            mentions: 0,
            spans: e.spans[..1].to_vec(),
        };
        if let Some(title) = title_cased(&e.name) {
            self.add_forms(&variant(title), k);
        }
        if let Some(dotless) = initials_without_dots(&e.name) {
            self.add_forms(&variant(dotless), k);
        }
    }

    fn add_forms(&mut self, e: &Entity, k: usize) {
        // (A new entity's name is not yet a key; its title-cased form may be another's.)
        self.exact.entry(e.name.clone()).or_insert(k);
        let words: Vec<&str> = e.name.split_whitespace().collect();
        // `Chrysler` for `Chrysler Corp`, `American Motors` for `American Motors Corp`, `HSBC`
        // for `HSBC Holdings` (a holding or a group keeps its letters in initials: `LBG`).
        let legal = |w: &&&str| {
            is_legal_suffix(w)
                || is_foreign_legal_form(w)
                || matches!(**w, "Company" | "Holdings" | "Group" | "LLC" | "AB")
        };
        let core = words.len() - words.iter().rev().take_while(legal).count();
        if let [word] = words[..core.max(1)] {
            if has_a_capital_inside(word) {
                self.inner_capital.entry(word.to_lowercase()).or_insert(k);
            }
        }
        // `Christie` of `Christie's specialist Pat Frost` for `Christie's`: a name written
        // with its possessive, by its owner.
        if let [word] = words[..] {
            if let Some(owner) = crate::extract::lexicon::possessive_owner(word) {
                self.exact.entry(CompactString::from(owner)).or_insert(k);
            }
        }
        // `Sainsbury's` for `J Sainsbury`, `Smith's` for `W H Smith`: a company named by its
        // founder's initials and surname, called by the surname's possessive.
        if let [initials @ .., surname] = &words[..core.max(1)] {
            let initial = |w: &&str| {
                let letters = w.strip_suffix('.').unwrap_or(w);
                letters.len() == 1 && letters.bytes().all(|b| b.is_ascii_uppercase())
            };
            if e.kind == EntityKind::Organization
                && !initials.is_empty()
                && initials.iter().all(initial)
            {
                for mark in ["'s", "’s"] {
                    self.exact
                        .entry(CompactString::from(format!("{surname}{mark}")))
                        .or_insert(k);
                }
            }
        }
        // `Mo.` for `Missouri`: a state by the wire's abbreviation (a place's only: the
        // abbreviation is written after a town, `Leeds, Mo.`).
        if e.kind == EntityKind::Place {
            for &short in crate::extract::lexicon::state_abbreviations(&e.name) {
                self.exact.entry(CompactString::from(short)).or_insert(k);
            }
        }
        // `Heathrow` for `Heathrow Airport`: an airport by its own name (not `Manchester`
        // for `Manchester Airport`, a city's).
        if let [head, "Airport"] = words[..] {
            if e.kind == EntityKind::Place && (!is_known_place(head) || is_an_airports_name(head)) {
                self.exact.entry(CompactString::from(head)).or_insert(k);
            }
        }
        if let [town @ .., last] = &words[..] {
            if e.kind == EntityKind::Organization && !town.is_empty() && is_a_club_s_last_word(last)
            {
                let town = town.join(" ");
                if is_known_place(&town) {
                    the_only(&mut self.club, town, k);
                }
            }
        }
        if let [name @ .., "Party"] = &words[..] {
            if !name.is_empty() {
                self.party.entry(name.join(" ")).or_insert(k);
            }
        }
        if core > 0 && core < words.len() {
            self.exact
                .entry(CompactString::from(words[..core].join(" ")))
                .or_insert(k);
        }
        if let [first, second, ..] = words[..core] {
            let capitalised = |w: &str| w.len() >= 3 && w.as_bytes()[0].is_ascii_uppercase();
            if e.kind == EntityKind::Organization && capitalised(first) && capitalised(second) {
                let key = [first.as_bytes()[0], second.as_bytes()[0]];
                self.contracted
                    .entry(key)
                    .or_insert((first.into(), second.into(), k));
            }
        }
        // `Paramount` for `Paramount Pictures`, `Getty` for `Getty Petroleum Corp`: a company
        // by the word before its trade, when that word names nothing else (not `American
        // Airlines`'s `American`, `General Motors`'s `General` or `United Airlines`'s `United`;
        // nor the `BBC` of the `BBC Trust`, a known body's initials).
        // (`Lloyds` for `Lloyds Bank Plc`: a known company's bank is the company.)
        if let [head, trade] = words[..core] {
            let known_initials = || is_initialism(head) && gazetteer().contains_key(head);
            // (`Chemical` for `Chemical Bank`: a bank by its own word, too, when that word
            // says no kind of bank.)
            let known_bank = || {
                trade == "Bank"
                    && !is_initialism(head)
                    && (gazetteer().get(head) == Some(&EntityKind::Organization)
                        || !names_a_kind_of_bank(head))
            };
            let company = e.kind == EntityKind::Organization
                && (crate::extract::lexicon::with_lower(trade, is_trade_word) || known_bank())
                && !matches!(
                    gazetteer().get(head),
                    Some(EntityKind::Place | EntityKind::Other)
                )
                && !known_initials()
                && !is_title_word(head)
                // (But `Southern` for `Southern Railway`: a company's adjective of a compass
                // point.)
                && (!is_compass_word(head) || head.ends_with("ern"))
                // (A word that closes a body's name is no name alone, `Electric`; but a
                // bank's own word is, `Chemical`.)
                && (kind_from_last_word(head).is_none() || known_bank());
            if company {
                self.exact.entry(CompactString::from(head)).or_insert(k);
            }
        }
        // `Kodak` for `Eastman Kodak Co`: a company with a legal form, by the second of its
        // two words, when that could name a company alone and says no trade, and the first
        // is no given name (not `Stanley` of `Morgan Stanley Inc`).
        if let [first, second] = words[..core] {
            let by_its_second = e.kind == EntityKind::Organization
                && core < words.len()
                && !is_given_name(first)
                && names_a_company_alone(second)
                && !crate::extract::lexicon::with_lower(second, is_trade_word)
                && !second.ends_with('s');
            // (Asked after a person's surname, as a company's first word is: `Mr Morgan` of
            // `Peter Morgan` beside `Dow Morgan Inc`.)
            if by_its_second {
                self.company.entry(second.to_string()).or_insert(k);
            }
        }
        // (`the Dow` for the `Dow Jones Industrial Average`: a market's index by its first
        // word too.)
        let an_index = words.len() >= 3 && matches!(words[words.len() - 1], "Average" | "Index");
        if (e.kind == EntityKind::Organization || an_index) && core >= 2 {
            let initial = |w: &&&str| w.len() >= 2 && w.ends_with('.');
            let named = words[..core].iter().find(|w| !initial(w));
            // (`Moody's` for `Moody's Investors Service Inc`: a known short form of a known
            // company's name.)
            let known_short_form = |head: &str| {
                gazetteer().get(head) == Some(&EntityKind::Organization)
                    && gazetteer().get(words[..core].join(" ").as_str())
                        == Some(&EntityKind::Organization)
            };
            // (`Northwest` for `Northwest Airlines Inc`: a company with a legal form by the
            // quarter of the compass it opens with, which alone would be a region.)
            let a_registered_quarter = |head: &str| {
                core < words.len()
                    && matches!(head, "Northwest" | "Northeast" | "Southwest" | "Southeast")
            };
            let alone = |head: &str| {
                names_a_company_alone(head) || known_short_form(head) || a_registered_quarter(head)
            };
            if let Some(&head) = named.filter(|&&head| alone(head)) {
                self.company.entry(head.to_string()).or_insert(k);
            }
        }
        // `TimeWarner` for `Time Warner`: the name written as one word.
        if (2..=3).contains(&words.len()) {
            self.exact
                .entry(CompactString::from(written_together(&e.name)))
                .or_insert(k);
        }
        // `G-7` and `G7` for the `Group of Seven`: a group by its count of members.
        if let ["Group", "of", count] = words[..] {
            let n = (crate::extract::lexicon::small_number(&count.to_lowercase()))
                .or_else(|| count.parse().ok());
            if let Some(n) = n {
                for short in [format!("G-{n}"), format!("G{n}")] {
                    self.exact.entry(CompactString::from(short)).or_insert(k);
                }
            }
        }
        // `the Fed` for `the Federal Reserve Board`: a body's well-known short form.
        if e.kind == EntityKind::Organization {
            for short in crate::extract::lexicon::short_forms_of(&e.name) {
                self.exact.entry(CompactString::from(short)).or_insert(k);
            }
        }
        let first = e.spans[0];
        let keep_first = |map: &mut HashMap<String, (Span, usize)>, key: String| {
            let slot = map.entry(key).or_insert((first, k));
            if first < slot.0 {
                *slot = (first, k);
            }
        };
        // (`Guild` for the `Writers Guild of America`: the noun right before the `of`.)
        // (Not `Nintendo` for `Nintendo of America`: a company's arm in a place is not the
        // company, as `the Bank` is the `Bank of England`.)
        if e.kind == EntityKind::Organization {
            if let Some(of) = words.iter().position(|w| *w == "of").filter(|&of| of > 0) {
                let an_arm_in_a_place = matches!(words[..], [head, "of", place]
                    if is_known_place(place) && kind_from_last_word(head).is_none());
                if !an_arm_in_a_place {
                    keep_first(&mut self.head, words[of - 1].to_string());
                }
            }
        }
        // (`Sir Stelios Haji-Ioannou` is `Stelios` too, and `Sir Stelios`: a knight is
        // called by his first name.)
        // (`Lord Lloyd of Berwick` is `Lord Lloyd`: a peer without the peerage's place.)
        if let [title, name, "of", ..] = words[..] {
            if e.kind == EntityKind::Person && is_peers_title(title) {
                self.exact
                    .entry(CompactString::from(format!("{title} {name}")))
                    .or_insert(k);
            }
        }
        let given = match words[..] {
            [knighted @ ("Sir" | "Dame"), given, _, ..] if e.kind == EntityKind::Person => {
                self.exact
                    .entry(CompactString::from(format!("{knighted} {given}")))
                    .or_insert(k);
                Some(given)
            }
            [first, _, ..] if e.kind == EntityKind::Person && !is_honorific(first) => Some(first),
            _ => None,
        };
        // (`Donald Findlay QC` is `Donald Findlay` and `Mr Findlay`: a person is called by
        // the name before the letters after it.)
        let post_nominals = match e.kind {
            EntityKind::Person => words
                .iter()
                .rev()
                .take_while(|w| is_post_nominal(w))
                .count(),
            _ => 0,
        };
        let named = &words[..words.len() - post_nominals];
        if post_nominals > 0 && named.len() >= 2 {
            self.exact
                .entry(CompactString::from(named.join(" ")))
                .or_insert(k);
            for n in 1..named.len() {
                keep_first(&mut self.suffix, named[named.len() - n..].join(" "));
            }
        }
        // (`Robert Kilroy-Silk` is `Kilroy` too: a double-barrelled surname's first half.)
        if let ([_, .., surname], EntityKind::Person) = (named, e.kind) {
            let half = surname.split_once('-').map(|(first, _)| first);
            if let Some(half) = half.filter(|h| h.len() >= 3 && h.starts_with(char::is_uppercase)) {
                keep_first(&mut self.suffix, half.to_string());
            }
        }
        // (`Fernando Santos Alvite` is `Santos` too: of a Spanish or Portuguese name's two
        // surnames, the first is the one the story goes on with; a middle word that is a
        // given name is no surname: `Jan Peter Balkenende`.)
        if let ([first, middle, _], EntityKind::Person) = (named, e.kind) {
            if is_given_name(first)
                && !is_given_name(middle)
                && middle.len() >= 3
                && middle.starts_with(char::is_uppercase)
                && middle.chars().all(char::is_alphabetic)
            {
                keep_first(&mut self.suffix, middle.to_string());
            }
        }
        // (`Carlo Azeglio Ciampi` is `Carlo Ciampi` too: a middle name may be left out.)
        let given_and_surname = match named[..] {
            [first, surname] => Some((first, surname)),
            [first, middle, surname] if middle.starts_with(char::is_uppercase) => {
                Some((first, surname))
            }
            _ => None,
        };
        if let Some((first, surname)) = given_and_surname {
            if e.kind == EntityKind::Person && !is_honorific(first) {
                let given = self.by_surname.entry(surname.to_string()).or_default();
                if !given.iter().any(|(g, _)| g == first) {
                    given.push((first.to_string(), k));
                }
            }
        }
        if let Some(given) = given {
            the_only(&mut self.given, given.to_string(), k);
        }
        // (`the Royal Bank of Canada` is not the `Bank of Canada`, nor the `Industrial Bank
        // of Japan` the `Bank of Japan`: a body's noun and what it is of, after more words,
        // name another body.)
        let another_body = |from: usize| {
            from > 0
                && words.get(from + 1) == Some(&"of")
                && kind_from_last_word(words[from]) == Some(EntityKind::Organization)
        };
        // (`the National Lottery Commission` is not the `National Lottery`: a body that
        // oversees, rules on or advises on something is named for it as a last word.)
        let overseer = |n: usize| {
            n + 1 == words.len()
                && matches!(
                    words[n],
                    "Commission"
                        | "Committee"
                        | "Council"
                        | "Authority"
                        | "Agency"
                        | "Regulator"
                        | "Tribunal"
                        | "Ombudsman"
                        | "Inquiry"
                )
        };
        // (`the House` alone is a chamber, not the `White House` or `Chatham House`.)
        let a_building_s_house = |n: usize| n == 1 && words[words.len() - 1] == "House";
        for n in 1..words.len() {
            if !another_body(words.len() - n) && !a_building_s_house(n) {
                keep_first(&mut self.suffix, words[words.len() - n..].join(" "));
            }
            if e.kind == EntityKind::Organization && n >= 2 && !overseer(n) {
                keep_first(&mut self.prefix, words[..n].join(" "));
            }
        }
        // `GSK` for `GlaxoSmithKline`: the capitals of a name written as one word.
        if let [word] = words[..] {
            let capitals: String = word.chars().filter(char::is_ascii_uppercase).collect();
            if capitals.len() >= 3 && capitals.len() < word.len() {
                self.initials.entry(capitals).or_insert(k);
            }
        }
        if words.len() >= 2 {
            let own = initials(&e.name);
            if e.kind == EntityKind::Organization {
                if let Some(with_form) = initials_with_its_first_form(&words) {
                    self.initials.entry(with_form).or_insert(k);
                }
                if words.len() >= 3 {
                    (self.initials_in_any_order)
                        .entry(in_order(&own))
                        .or_insert(k);
                }
            }
            // (Not initials that spell the name's own first word: `US` of the `U.S. Senate` is
            // the country.)
            let first_word = words[0].replace('.', "");
            let spells_the_first_word = |letters: &String| *letters == first_word;
            if !spells_the_first_word(&own) {
                self.initials.entry(own).or_insert(k);
            }
            // `SEC` for the `US Securities and Exchange Commission`: a body's initials leave
            // out the country named before it.
            if let [country, rest @ ..] = &words[..] {
                if e.kind == EntityKind::Organization && rest.len() >= 2 && is_known_place(country)
                {
                    self.initials.entry(initials(&rest.join(" "))).or_insert(k);
                }
            }
            // `BOJ`, `BoE`, `DOJ`, `DfT`: some write the `of` or the `for` too.
            let with_of: String = words
                .iter()
                .filter(|w| matches!(**w, "of" | "for") || !is_connector(&w.to_lowercase()))
                .filter_map(|w| w.chars().next())
                .map(|c| c.to_ascii_uppercase())
                .collect();
            if !spells_the_first_word(&with_of) {
                self.initials.entry(with_of).or_insert(k);
            }
            // `PSP` for `PlayStation Portable`: a word with a capital inside gives all its
            // capitals.
            if words.iter().any(|w| has_a_capital_inside(w)) {
                let capitals: String = (words.iter())
                    .filter(|w| !is_connector(&w.to_lowercase()))
                    .flat_map(|w| w.chars().filter(char::is_ascii_uppercase))
                    .collect();
                self.initials.entry(capitals).or_insert(k);
            }
            // `UKIP` for `UK Independence Party`: an acronym in the name gives all its letters.
            if words.iter().any(|w| is_initialism(w)) {
                let spelled: String = (words.iter())
                    .filter(|w| !is_connector(&w.to_lowercase()))
                    .map(|w| match w.chars().next() {
                        _ if is_initialism(w) => w.to_string(),
                        Some(c) => c.to_ascii_uppercase().to_string(),
                        None => String::new(),
                    })
                    .collect();
                self.initials.entry(spelled).or_insert(k);
            }
        }
    }

    /// `BCal`, `NatWest`: a word of two parts, each opening with a capital, that start the
    /// first two words of a body's name (`B`ritish `Cal`edonian), with three letters or more
    /// in the second.
    fn contraction_of(&self, name: &str) -> Option<usize> {
        // (Asked of every name not found otherwise: its bytes first.)
        let bytes = name.as_bytes();
        let split = (bytes.iter().rposition(u8::is_ascii_uppercase)).filter(|&at| at > 0)?;
        let (head, tail) = name.split_at(split);
        let two_parts = tail.len() >= 3
            && !head.bytes().skip(1).any(|b| b.is_ascii_uppercase())
            && name.is_ascii()
            && !name.contains(' ')
            && has_a_capital_inside(name);
        if !two_parts {
            return None;
        }
        let (first, second, k) = self.contracted.get(&[bytes[0], bytes[split]])?;
        (first.starts_with(head) && second.starts_with(tail)).then_some(*k)
    }

    /// The people of two names (or three) whose surname is `surname`.
    fn people_of_surname(&self, surname: &str) -> impl Iterator<Item = usize> + '_ {
        (self.by_surname.get(surname).into_iter().flatten()).map(|&(_, k)| k)
    }

    fn find(&self, name: &str) -> Option<usize> {
        if let Some(&k) = self.exact.get(name).or_else(|| self.party.get(name)) {
            return Some(k);
        }
        if let Some(&Some(k)) = self.club.get(name) {
            return Some(k);
        }
        // `News Corp` for `News Corporation`: the company with its legal form written otherwise.
        let core = name
            .rsplit_once(' ')
            .filter(|(_, last)| is_legal_suffix(last));
        if let Some(&k) = core.and_then(|(core, _)| self.exact.get(core)) {
            return Some(k);
        }
        // `EasyJet` opening a sentence is `easyJet`, and the other way round.
        if let Some(other) = first_letter_flipped(name) {
            if let Some(&k) = self.exact.get(other.as_str()) {
                return Some(k);
            }
        }
        // `WASHINGTON, April 13 - ` in a dateline, `Washington` in the story; `GENCORP` in a
        // headline, `GenCorp Inc`.
        if let Some(title) = title_cased(name) {
            if let Some(&k) = self.exact.get(title.as_str()) {
                return Some(k);
            }
            if let Some(&k) = self.inner_capital.get(&name.to_lowercase()) {
                return Some(k);
            }
            // (`SHEARSON LEHMAN` or `SHEARSON` in a headline, `Shearson Lehman Brothers Inc`
            // in the story: a company's first words; not `NEW YORK` for the `New York Stock
            // Exchange`.)
            let first_words = if is_known_place(&title) {
                None
            } else if title.contains(' ') {
                self.prefix.get(title.as_str()).map(|&(_, k)| k)
            } else {
                self.company.get(title.as_str()).copied()
            };
            if first_words.is_some() {
                return first_words;
            }
        }
        if let Some(k) = self.contraction_of(name) {
            return Some(k);
        }
        // (`Tory` for `Tories`: a plural in `-ies`.)
        let plural = self.exact.get(format!("{name}s").as_str()).or_else(|| {
            let stem = name.strip_suffix('y')?;
            self.exact.get(format!("{stem}ies").as_str())
        });
        let singular = singulars(name).find_map(|s| self.exact.get(s.as_ref()));
        if let Some(&k) = plural.or(singular) {
            return Some(k);
        }
        // (`Scotland` is no short form of `ASH Scotland` or the `Bank of Scotland`.)
        let is_place = is_known_place(name);
        // (`House` is the `House of Representatives` before it is the `White House`: a body
        // named by its noun before `of` goes by that noun alone, and the other body by
        // its whole name.)
        if let Some(&(_, k)) = self.head.get(name) {
            return Some(k);
        }
        if let Some(&(_, k)) = self.suffix.get(name).filter(|_| !is_place) {
            return Some(k);
        }
        // (`Du Plessis` opening a sentence for `Barend du Plessis`: a surname's particle,
        // capitalised.)
        // (Particles are short: most names are turned away by the length.)
        if let Some((particle, rest)) = name.split_once(' ').filter(|(w, _)| w.len() <= 3) {
            let lowered = crate::extract::lexicon::with_lower(particle, |lower| {
                (lower != particle && is_surname_particle(lower))
                    .then(|| self.suffix.get(&format!("{lower} {rest}")))
                    .flatten()
                    .map(|&(_, k)| k)
            });
            if lowered.is_some() {
                return lowered;
            }
        }
        let words = name.split_whitespace().count();
        if words >= 2 && !is_place {
            if let Some(&(_, k)) = self.prefix.get(name) {
                return Some(k);
            }
        }
        // `Ken Lay` for `Kenneth Lay`: one given name the short form of the other; `Carlo
        // Ciampi` for `Carlo Azeglio Ciampi`: the same without the middle name.
        if let Some((given, surname)) = name.split_once(' ').filter(|_| words == 2) {
            let short_of = |g: &str| {
                let (short, long) = if g.len() < given.len() {
                    (g, given)
                } else {
                    (given, g)
                };
                (short.len() >= 3 && short.len() < long.len() && long.starts_with(short))
                    // (`Bill Clinton` for `William Clinton`: a pet form not the start of it.)
                    || crate::extract::lexicon::is_pet_form_of(short, long)
            };
            let found = (self.by_surname.get(surname))
                .and_then(|people| people.iter().find(|(g, _)| g == given || short_of(g)));
            if let Some(&(_, k)) = found {
                return Some(k);
            }
            // `Lord Turner` and `Adair Turner`: a life peer is titled by his surname; the
            // one person of that surname the text names is the peer, whichever comes first.
            // (Not `Lady`, which a peer's or a knight's wife is called too.)
            let one_person = self.one_first_name.contains(surname);
            if matches!(given, "Lord" | "Baroness") && one_person {
                if let Some([(_, k)]) = self.by_surname.get(surname).map(Vec::as_slice) {
                    return Some(*k);
                }
            } else if one_person && !is_honorific(given) {
                let peer = ["Lord", "Baroness"]
                    .iter()
                    .find_map(|title| self.exact.get(format!("{title} {surname}").as_str()));
                if let Some(&k) = peer {
                    return Some(k);
                }
            }
        }
        // `Sir Stelios` for `Stelios Haji-Ioannou`: a knight called by the first name of the
        // one person the text gave it to.
        let knight = (words == 2)
            .then(|| {
                name.strip_prefix("Sir ")
                    .or_else(|| name.strip_prefix("Dame "))
            })
            .flatten()
            .and_then(|given| self.given.get(given).copied().flatten());
        if knight.is_some() {
            return knight;
        }
        if words == 1 {
            if let Some(&Some(k)) = self.given.get(name) {
                if !gazetteer().contains_key(name) {
                    return Some(k);
                }
            }
            // `Danny` for `Daniel Price`: a pet form of the given name of the one person
            // the text gives it to.
            let by_pet_form = crate::extract::lexicon::full_names_of(name)
                .iter()
                .find_map(|&full| self.given.get(full).copied().flatten());
            if let Some(k) = by_pet_form {
                return Some(k);
            }
            if let Some(&k) = self.company.get(name) {
                return Some(k);
            }
        }
        // `U.S.`, `U.N.`: initials with their dots; `M&S`, `AT&T`: with the ampersand the
        // name's `&` or `and` stands for.
        let letters: std::borrow::Cow<str> = if name.contains(['.', '&']) {
            name.replace(['.', '&'], "").into()
        } else {
            name.into()
        };
        let acronym = letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase());
        if acronym || is_acronym_with_of(name) {
            let letters = letters.to_ascii_uppercase();
            let any_order = || {
                (letters.len() >= 3)
                    .then(|| self.initials_in_any_order.get(&in_order(&letters)))
                    .flatten()
            };
            // (`the UK` and `the University of Kent`, `the US` and `the University of
            // Sydney`: a known place's initials are the place's, not a body's of those
            // letters.)
            let a_place_s = is_known_place(name);
            return self
                .initials
                .get(&letters)
                .or_else(any_order)
                .copied()
                .filter(|k| !a_place_s || self.places.contains(k));
        }
        // `Esa` after `the European Space Agency (Esa)`: initials written as a word, as the
        // BBC writes them (`Nato`, `Opec`); not a given name, nor a name the gazetteer knows.
        let bytes = name.as_bytes();
        let initials_as_a_word = (3..=5).contains(&bytes.len())
            && bytes[0].is_ascii_uppercase()
            && bytes[1..].iter().all(u8::is_ascii_lowercase)
            && !crate::extract::lexicon::is_given_name(name)
            && !gazetteer().contains_key(name);
        if initials_as_a_word {
            return self.initials.get(&name.to_ascii_uppercase()).copied();
        }
        None
    }
}

/// Notes entity `k` under `key`, or `None` there once another entity has the key too: who
/// a first name or a town alone means, when only one has it.
fn the_only(map: &mut HashMap<String, Option<usize>>, key: String, k: usize) {
    let slot = map.entry(key).or_insert(Some(k));
    if *slot != Some(k) {
        *slot = None;
    }
}

/// The word a football club's name ends in after its town's: `Leeds United`, `Cardiff City`,
/// `Bristol Rovers`, `Sheffield Wednesday`.
fn is_a_club_s_last_word(word: &str) -> bool {
    matches!(
        word,
        "United"
            | "City"
            | "Town"
            | "Rovers"
            | "Wanderers"
            | "Athletic"
            | "Albion"
            | "Rangers"
            | "Argyle"
            | "Orient"
            | "Alexandra"
            | "Wednesday"
    )
}

/// The letters of some initials in alphabetical order.
fn in_order(initials: &str) -> String {
    let mut letters: Vec<char> = initials.chars().collect();
    letters.sort_unstable();
    letters.into_iter().collect()
}

/// `GenCorp`, `easyJet`, `JPMorgan`: a word with a capital after its first letter, and a
/// lower-case letter (not initials).
/// The name with its dotted initials (`B.A.T`, `J.P.`) written without their dots, when it
/// has any.
fn initials_without_dots(name: &str) -> Option<String> {
    let dotted = |w: &str| {
        let letters = w.trim_end_matches('.');
        letters.len() >= 3
            && letters
                .split('.')
                .all(|l| l.len() == 1 && l.bytes().all(|b| b.is_ascii_uppercase()))
    };
    if !name.split_whitespace().any(dotted) {
        return None;
    }
    let words: Vec<String> = name
        .split_whitespace()
        .map(|w| {
            if dotted(w) {
                w.replace('.', "")
            } else {
                w.to_string()
            }
        })
        .collect();
    Some(words.join(" "))
}

fn has_a_capital_inside(word: &str) -> bool {
    word.chars().skip(1).any(char::is_uppercase) && word.chars().any(char::is_lowercase)
}

/// A one-word name with a capital inside, its first letter's case flipped: `EasyJet` for
/// `easyJet` and the other way round. `None` for any other name (most of them, turned away
/// by their first bytes).
/// `plural` is `singular` in the plural.
fn is_plural_of(plural: &str, singular: &str) -> bool {
    // (The cheap test first: asked of every mention merged.)
    plural.len() > singular.len()
        && plural.ends_with('s')
        && singulars(plural).any(|s| s == singular)
}

fn first_letter_flipped(name: &str) -> Option<String> {
    let b = name.as_bytes();
    let camel = b.len() >= 4
        && b[0].is_ascii_alphabetic()
        && b[1].is_ascii_lowercase()
        && b.iter().all(u8::is_ascii_alphanumeric)
        && has_a_capital_inside(name);
    camel.then(|| {
        let first = if b[0].is_ascii_uppercase() {
            b[0].to_ascii_lowercase()
        } else {
            b[0].to_ascii_uppercase()
        };
        format!("{}{}", char::from(first), &name[1..])
    })
}

/// A name's words written as one: `TimeWarner` for `Time Warner`.
fn written_together(name: &str) -> String {
    name.split_whitespace().collect()
}

/// A company's first word that can stand for it: no place, people, title, kind of body or
/// common word (not `American` for `American Express Co`, `General` for `General Motors
/// Corp`, `First` for `First Boston Corp`, `Charles` for `Charles Schwab Corp`).
pub(super) fn names_a_company_alone(head: &str) -> bool {
    let lower = head.to_lowercase();
    head.chars().next().is_some_and(char::is_uppercase)
        && head.chars().any(char::is_lowercase)
        && !gazetteer().contains_key(head)
        && !is_title_word(head)
        && !is_compass_word(head)
        && kind_from_last_word(head).is_none()
        && !is_demonym(head)
        // (Not `Lincolnshire` for `Lincolnshire Police`: a county is a place of its own.)
        && !is_county(head)
        // (`Sun` for `Sun Microsystems`: a weekday's abbreviation, once it names.)
        && (!is_common_capitalised(head) || crate::extract::lexicon::is_weekday_abbreviation(head))
        && !is_common_opener(&lower)
        && !is_function_word(&lower)
        && !is_given_name(head)
}

/// A name written in capitals, three letters or more, as a story writes it: `WASHINGTON` is
/// `Washington`, `NEW YORK` is `New York`, `NATO` is `Nato`.
pub(super) fn title_cased(name: &str) -> Option<String> {
    // Asked of every name not found as written: most have a lower-case letter early on.
    if name.chars().any(char::is_lowercase)
        || name.chars().filter(|c| c.is_alphabetic()).count() < 3
    {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    for (n, word) in name.split(' ').enumerate() {
        if n > 0 {
            out.push(' ');
        }
        let from = out.len();
        for (k, c) in word.chars().enumerate() {
            if k == 0 {
                out.push(c);
            } else {
                out.extend(c.to_lowercase());
            }
        }
        // (`HOSPITAL CORP OF AMERICA` → `Hospital Corp of America`: joining words in lower
        // case.)
        if n > 0 && is_connector(&out[from..].to_lowercase()) {
            out[from..].make_ascii_lowercase();
        }
    }
    Some(out)
}

/// `General Acquisition said`, after `General Acquisition Inc`: a body whose name opens with
/// a title word, not General Acquisition the officer.
pub(super) fn titled_body(
    aliases: &Aliases,
    list: &[Entity],
    title_list: &[Box<str>],
    c: &Kept,
    name: &str,
) -> Option<usize> {
    let title = title_list
        .get(c.title as usize)
        .filter(|t| !t.contains(' '))?;
    let mut letters = title.chars();
    let head = letters.next()?;
    let whole = format!("{}{} {name}", head.to_uppercase(), letters.as_str());
    // Only a body's own name or its name without a legal suffix: the looser forms `find`
    // tries would cost every titled name several lookups.
    (aliases.exact.get(whole.as_str()).copied())
        .filter(|&k| list[k].kind == EntityKind::Organization)
}

/// Candidate indices by word count, most words first, in reading order within each count:
/// a counting sort, linear in the number of candidates.
pub(super) fn longest_first(words: &[u8]) -> Vec<u32> {
    let mut counts = [0usize; 256];
    for &w in words {
        counts[w as usize] += 1;
    }
    let mut next = [0usize; 256];
    let mut at = 0;
    for w in (0..256).rev() {
        next[w] = at;
        at += counts[w];
    }
    let mut order = vec![0u32; words.len()];
    for (i, &w) in words.iter().enumerate() {
        order[next[w as usize]] = i as u32;
        next[w as usize] += 1;
    }
    order
}

/// Entity `k`'s sex, when an honorific or a given name says it.
fn known_gender(list: &[Entity], genders: &[Option<Gender>], k: usize) -> Option<Gender> {
    genders[k].or_else(|| {
        let first = list[k].name.split_whitespace().next()?;
        gender_of(first).filter(|_| list[k].kind == EntityKind::Person)
    })
}

/// `Jamie`, `Clint Eastwood`, `West` after `Kanye West`, `Green Day`: the words before a
/// possessive name a person (by a given name, as the last word or the one before it, that
/// is no place's or body's) or one already met as a person or an artist.
fn is_a_persons(owner: &str, aliases: &Aliases, list: &[Entity]) -> bool {
    let given = |w: &str| is_given_name(w) && !gazetteer().contains_key(w);
    let mut words = owner.rsplit(' ');
    let last = words.next().unwrap_or("");
    let before = words.next();
    // (By the whole name or its last words only: asked after every possessive before a
    // guessed name.)
    let met = |name: &str| {
        let k = (aliases.exact.get(name).copied())
            .or_else(|| aliases.suffix.get(name).map(|&(_, k)| k));
        k.is_some_and(|k| matches!(list[k].kind, EntityKind::Person | EntityKind::Other))
    };
    let two_words = before.map(|b| &owner[owner.len() - last.len() - b.len() - 1..]);
    given(last) || before.is_some_and(given) || met(last) || two_words.is_some_and(met)
}

pub(super) fn merge(
    candidates: Vec<Kept>,
    title_list: &[Box<str>],
    names: Names,
    lower_words: &LowerWords,
    bracketed: &HashMap<Box<str>, Box<str>>,
    products: &HashSet<Box<str>>,
) -> Entities {
    let name = |c: &Kept| c.name(names);
    // (In the plural too: `1.2 million Mac Minis`. Asked in the passes that read each name
    // anyway: a large briefing's names are spread over more text than the cache holds.)
    let a_product = |n: &str| {
        !products.is_empty()
            && (products.contains(n) || products.contains(n.strip_suffix('s').unwrap_or(n)))
    };
    // A word that opens a sentence is vouched for as a name by the other candidates: by one
    // of them ending in it, by its use mid-sentence, or by opening two sentences (the
    // headline and the lede, say). One pass over them: a large briefing's are spread over
    // more text than the cache holds.
    let mut multi_last: HashSet<&str> = HashSet::default();
    // (The first words of names of more than one word that open with a given name.)
    let mut given_first: HashSet<&str> = HashSet::default();
    let mut mid_sentence: HashSet<&str> = HashSet::default();
    let mut initial_counts: HashMap<&str, usize> = HashMap::default();
    let mut with_a_peer = false;
    for c in &candidates {
        let n = name(c);
        if a_product(n) {
            continue;
        }
        if let Some((core, last)) = n.rsplit_once(' ') {
            multi_last.insert(last);
            let first = core.split(' ').next().unwrap_or(core);
            if is_given_name(first) {
                given_first.insert(first);
            }
            with_a_peer |= core == "Lord" || core == "Baroness";
            // (`Guinness has said` after `Guinness Plc`: a company without its legal form;
            // `Zenith lost` after `Zenith Electronics Corp`, without its trade too.)
            if is_legal_suffix(last) {
                multi_last.insert(core);
                if let Some((head, trade)) = core.split_once(' ') {
                    if crate::extract::lexicon::with_lower(trade, is_trade_word) {
                        multi_last.insert(head);
                    }
                }
            }
        }
        if c.has(INITIAL_SINGLE) {
            *initial_counts.entry(n).or_default() += 1;
        } else {
            mid_sentence.insert(n);
        }
    }
    // In place: a large briefing has a million candidates.
    let mut kept = candidates;
    kept.retain(|c| {
        // `Nine mths` opening the lines of an earnings table counts; it names nothing.
        if a_product(name(c))
            || lower_words.common_initials(name(c))
            || crate::extract::lexicon::small_number(name(c)).is_some()
        {
            return false;
        }
        if !c.has(INITIAL_SINGLE) {
            return true;
        }
        // (`Grace warns of hunger`: a given name alone, opening a sentence, is a person's
        // only when the text names somebody by it in full: `Kylie cancels tour` after or
        // before `Kylie Minogue`.)
        // (Nor `Charity warns`, `Union says`: a noun for a kind of body or person.)
        let names_nobody_alone = || {
            (is_given_name(name(c)) && !given_first.contains(name(c)))
                || is_noun_for_a_kind(name(c))
                || is_abstract_noun(name(c))
        };
        let vouched = gazetteer().contains_key(name(c))
            || is_initialism(name(c))
            || mid_sentence.contains(name(c))
            || multi_last.contains(name(c))
            || ((c.has(BEFORE_SPEECH) || c.has(NAMED_BY_CONTEXT)) && !names_nobody_alone())
            // (Not `Smoking` opening two sentences: a word ending in `-ing` is a verb's.)
            // (Nor `Obesity`: an abstract noun's ending.)
            || (initial_counts.get(name(c)).is_some_and(|&n| n >= 2)
                && !is_gerund(name(c))
                && !is_abstract_noun(name(c))
                && !is_noun_for_a_kind(name(c)));
        // Words the text also writes in lower case are ordinary words (`Ministers say` vs
        // `ministers would`), and so are those whose plural it does (`Pub operator M&B` and
        // `Pub chain profits rise` vs `its pubs`).
        vouched && {
            let mut lower = name(c).to_lowercase();
            !lower_words.contains(&lower) && {
                lower.push('s');
                !lower_words.contains(&lower)
            }
        }
    });

    // Longest forms first, so short forms can attach to them; reading order within each
    // length (the index is part of the key). A body's well-known short form (`Man Utd`) comes
    // after every name, to find its full one (`Manchester United`) wherever that is.
    // Names are at most `MAX_NAME_TOKENS` long: a byte each.
    let words: Vec<u8> = kept
        .iter()
        .map(|c| {
            let name = name(c);
            // (`Mo.`, a state's abbreviation, after `Missouri` wherever the text has it.)
            if crate::extract::lexicon::is_short_form(name) || is_known_place_abbreviation(name) {
                0
            } else {
                name.split_whitespace().count().min(255) as u8
            }
        })
        .collect();
    let order = longest_first(&words);
    drop(words);
    let mut list: Vec<Entity> = Vec::new();
    // How each entity's kind was found.
    let mut bases: Vec<Basis> = Vec::new();
    let mut genders: Vec<Option<Gender>> = Vec::new();
    let mut aliases = Aliases::default();
    let mut first_names: HashMap<&str, Option<&str>> = HashMap::default();
    // (Only for a text with a peer in it: most have none.)
    for c in kept.iter().filter(|_| with_a_peer) {
        if let Some((first, surname)) = name(c).split_once(' ') {
            if !is_honorific(first)
                && !super::phrase::is_peers_title(first)
                && !surname.contains(' ')
            {
                let seen = first_names.entry(surname).or_insert(Some(first));
                if *seen != Some(first) {
                    *seen = None;
                }
            }
        }
    }
    aliases.one_first_name = (first_names.into_iter())
        .filter(|(_, first)| first.is_some())
        .map(|(surname, _)| surname.to_string())
        .collect();
    let mut namesakes: HashMap<(&str, Gender), usize> = HashMap::default();
    let mut of_candidate = vec![0u32; kept.len()];
    // The names are read longest first, each length in reading order: a large briefing's
    // text is far bigger than the cache, so each name's text is asked for a few names ahead.
    const AHEAD: usize = 16;
    for (n, &ci) in order.iter().enumerate() {
        if let Some(&later) = order.get(n + AHEAD) {
            crate::text::prefetch(kept[later as usize].name_at(names));
        }
        let ci = ci as usize;
        let c = &kept[ci];
        // (`ICCO` after `the International Cocoa Organization (ICCO)`: looked for by the
        // name it stands for, read before it as a longer one.)
        let known_as = bracketed.get(name(c)).map_or(name(c), |full| full);
        let target =
            titled_body(&aliases, &list, title_list, c, name(c)).or_else(|| aliases.find(known_as));
        // `the musical biopic Ray, about singer Ray Charles`: a work named for a person is not
        // the person (one only guessed from a name's length may still be the work, unless the
        // name opens with a given name the work's name is shorter than: `who plays Ray
        // Charles`).
        let target = target.filter(|&k| {
            !(c.kind == Some(EntityKind::Other)
                && list[k].kind == EntityKind::Person
                && (bases[k] != Basis::Guessed || opens_with_given_name(&list[k].name, name(c))))
        });
        // `Mrs Kennedy` after `Charles Kennedy`: an honorific of the other sex names another
        // person of the surname, one already met, or one of her own.
        let of_the_other_sex = c.gender().filter(|&g| {
            target.is_some_and(|k| known_gender(&list, &genders, k).is_some_and(|own| own != g))
        });
        let target = match of_the_other_sex {
            Some(g) => aliases
                .people_of_surname(name(c))
                .find(|&k| known_gender(&list, &genders, k) == Some(g))
                .or_else(|| namesakes.get(&(name(c), g)).copied()),
            None => target,
        };
        // `Mr Mittal` after `Lakshmi Mittal` and `Mittal Steel`: an honorific (or a title)
        // names the person of the surname, not the body named after them.
        let target = match target {
            Some(k)
                if c.kind == Some(EntityKind::Person)
                    && list[k].kind == EntityKind::Organization =>
            {
                aliases.people_of_surname(name(c)).next().or(target)
            }
            _ => target,
        };
        let k = match target {
            Some(k) => {
                list[k].spans.push(c.span());
                // `GENERAL SIGNAL CORP` in a headline, `General Signal Corp` in the story:
                // the story's spelling names it (not `NATO`'s initials, written `Nato`; but
                // `TOKYO` is `Tokyo`).
                let spelled = name(c);
                let initials = is_initialism(&list[k].name) && !is_known_place(spelled);
                if !initials && title_cased(&list[k].name).is_some_and(|t| t == spelled) {
                    list[k].name = spelled.into();
                }
                // `Tory co-chairman Liam Fox` first, `the Tories` after: a party its members
                // name goes by their plural (not `Porsche` by `Porsches`, its cars).
                if list[k].kind == EntityKind::Organization
                    && is_plural_of(spelled, &list[k].name)
                    && gazetteer().get(spelled) == Some(&EntityKind::Organization)
                {
                    list[k].name = spelled.into();
                }
                // `won two Brit Awards` (named in the singular, as a name of two words or
                // more counted is) and `the Brit Awards`: an event named in the plural goes by
                // its name.
                if list[k].kind == EntityKind::Other
                    && list[k].name.contains(' ')
                    && is_plural_of(spelled, &list[k].name)
                {
                    list[k].name = spelled.into();
                }
                // `EasyJet` at a sentence's start, `easyJet` as the company writes itself.
                if spelled.starts_with(|c: char| c.is_ascii_lowercase())
                    && first_letter_flipped(spelled).is_some_and(|f| f == list[k].name)
                {
                    list[k].name = spelled.into();
                }
                // `JP Morgan` and `JPMorgan`: the spelling the gazetteer knows names it, and
                // says what it is (not a person with the initials JP).
                // (The cheap tests first: this runs for every mention merged.)
                let joined = !spelled.contains(' ')
                    && spelled.len() < list[k].name.len()
                    && list[k].name.contains(' ');
                let known = joined
                    .then(|| gazetteer().get(spelled))
                    .flatten()
                    .filter(|_| written_together(&list[k].name) == spelled);
                if let Some(&known) = known {
                    list[k].name = spelled.into();
                    list[k].kind = known;
                    bases[k] = Basis::Found;
                }
                if let Some(hint) = c.kind {
                    let told_a_person = bases[k] == Basis::Relative && hint == EntityKind::Person;
                    // `Tim Henman` first, `Henman's coach Paul Annacone` later: a surname read
                    // as a body that employs the titled person is still the person's (not
                    // `Aston Villa` … `Villa boss David O'Leary`, no given name).
                    let a_persons_surname = list[k].kind == EntityKind::Person
                        && hint == EntityKind::Organization
                        && opens_with_given_name(&list[k].name, name(c));
                    // (`drew with Bolton` first, `Bolton manager Sam Allardyce` later: the
                    // town is its club, as at a first mention.)
                    let a_towns_club = list[k].kind == EntityKind::Place
                        && hint == EntityKind::Organization
                        && is_a_town(&list[k].name);
                    if (list[k].kind == EntityKind::Other
                        || bases[k] == Basis::Guessed
                        || told_a_person
                        || a_towns_club)
                        && !a_persons_surname
                    {
                        list[k].kind = hint;
                        bases[k] = Basis::Found;
                    }
                } else if bases[k] == Basis::Guessed
                    && list[k].kind == EntityKind::Person
                    && c.has(SAID_A_BODY)
                    && !c.has(BEFORE_SPEECH)
                {
                    // `supplies MG Rover` first, `MG Rover, which employs 6,000 people` later:
                    // a guess of a person's name gives way to a `which`, as at a first mention.
                    list[k].kind = EntityKind::Organization;
                    bases[k] = Basis::Relative;
                }
                genders[k] = genders[k].or(c.gender());
                k
            }
            None => {
                let cues = Cues {
                    hint: c.kind,
                    before_speech: c.has(BEFORE_SPEECH),
                    after_in: c.has(AFTER_IN),
                    after_a_determiner: c.has(AFTER_A_DETERMINER),
                    said_a_body: c.has(SAID_A_BODY),
                };
                let (mut kind, basis) = classify(name(c), cues);
                // (`under President Ford`: a company's word given a person's title is the
                // person's name.)
                let titled = c.title != NO_TITLE
                    && c.kind == Some(EntityKind::Person)
                    && !name(c).contains(' ');
                if titled && kind == EntityKind::Organization {
                    kind = EntityKind::Person;
                }
                // A guess of a person's name that is no given name's, after a person's
                // possessive, is a work or a thing of theirs (`Mike Leigh's Vera Drake` is
                // a film; `Chelsea's Frank Lampard` a player).
                // (The possessive asked first: most names have none before them.)
                let persons_thing = || {
                    c.possessive_before(names).is_some_and(|owner| {
                        let first = name(c).split(' ').next().unwrap_or("");
                        !is_given_name(first) && is_a_persons(owner, &aliases, &list)
                    })
                };
                if kind == EntityKind::Person && basis == Basis::Guessed && persons_thing() {
                    kind = EntityKind::Other;
                }
                bases.push(basis);
                genders.push(c.gender());
                list.push(Entity {
                    name: name(c).into(),
                    kind,
                    mentions: 0,
                    spans: vec![c.span()],
                });
                let k = list.len() - 1;
                // (A namesake of the other sex is found by the honorific alone: the name
                // still means whoever had it first.)
                match of_the_other_sex {
                    Some(g) => {
                        namesakes.insert((name(c), g), k);
                        if let Some(honorific) = c.honorific_before(names) {
                            list[k].name = format!("{honorific} {}", name(c)).into();
                        }
                    }
                    None => aliases.add(&list[k], k),
                }
                k
            }
        };
        of_candidate[ci] = k as u32;
    }
    // Reading order for the list and the mentions.
    for e in &mut list {
        e.spans.sort_unstable();
        e.mentions = e.spans.len();
        // `Lansing, Mich.`: a state's abbreviation is named as written, with its dot (a
        // token of its own, so no mention holds it).
        if e.kind == EntityKind::Place && is_known_place_abbreviation(&e.name) {
            e.name.push('.');
        }
    }
    // Most-mentioned first, then by name.
    let mut by_first: Vec<usize> = (0..list.len()).collect();
    by_first.sort_by(|&a, &b| {
        list[b]
            .mentions
            .cmp(&list[a].mentions)
            .then_with(|| list[a].name.cmp(&list[b].name))
    });
    let mut renumber = vec![0; list.len()];
    for (new, &old) in by_first.iter().enumerate() {
        renumber[old] = new;
    }
    // A person's gender, from an honorific (`Ms Kelly`) or else the given name (`Ruth Kelly`).
    let genders: Vec<Option<Gender>> = by_first
        .iter()
        .map(|&k| known_gender(&list, &genders, k))
        .collect();
    let mut sorted: Vec<Option<Entity>> = list.into_iter().map(Some).collect();
    let list: Vec<Entity> = by_first.iter().filter_map(|&k| sorted[k].take()).collect();
    let mut titles = HashMap::default();
    let mut body_titles = HashMap::default();
    for (ci, c) in kept.iter().enumerate() {
        if let Some(t) = title_list.get(c.title as usize) {
            let e = renumber[of_candidate[ci] as usize];
            let given = TitleGiven {
                entity: e,
                paragraph: c.paragraph,
                first: c.first,
            };
            titles.entry(t.to_string()).or_insert(given);
            let last = t.rsplit(' ').next().filter(|l| *l != &**t);
            if let Some(last) = last {
                titles.entry(last.to_string()).or_insert(given);
            }
            // (`Chelsea chief executive Peter Kenyon`: the body's name ends a word or two
            // before the title's last word.)
            let title_words = t.split(' ').count() as u32;
            let body = ci
                .checked_sub(1)
                .map(|b| (b, &kept[b]))
                .filter(|(_, b)| {
                    b.paragraph == c.paragraph
                        && c.first
                            .checked_sub(b.last + 1)
                            .is_some_and(|gap| (title_words..=title_words + 2).contains(&gap))
                })
                .map(|(b, _)| renumber[of_candidate[b] as usize])
                .filter(|&b| list[b].kind != EntityKind::Person);
            if let Some(body) = body {
                for title in std::iter::once(&**t).chain(last) {
                    body_titles
                        .entry((body, title.to_string()))
                        .or_insert(given);
                }
            }
        }
    }
    // The candidates become their mentions in place, so the two are never held at once.
    let mut mentions: Vec<Mention> = kept
        .into_iter()
        .enumerate()
        .map(|(ci, c)| Mention {
            paragraph: c.paragraph,
            first: c.first,
            last: c.last,
            entity: renumber[of_candidate[ci] as usize] as u32,
        })
        .collect();
    // No two mentions start at the same token: an unstable sort, which needs no buffer.
    mentions.sort_unstable_by_key(|m| (m.paragraph, m.first));
    mentions.shrink_to_fit();
    Entities::new(list, mentions, titles, body_titles, genders)
}

/// `Tim Henman` for `Henman`, `Ray Charles` for `Ray`: a longer name whose first word is a
/// given name.
fn opens_with_given_name(full: &str, short: &str) -> bool {
    full.len() > short.len()
        && full
            .split_once(' ')
            .is_some_and(|(first, _)| is_given_name(first))
}
