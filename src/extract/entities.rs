//! People, organisations and places: capitalised phrases, cleaned of sentence-initial words,
//! titles and possessives, classified by cues (honorifics, titles, suffixes like `Bank`,
//! the gazetteer), and merged so `Putin` and `Mr Putin` count as `Vladimir Putin`.

use super::lexicon::{
    gazetteer, is_body_noun, is_common_capitalised, is_common_opener, is_demonym, is_descriptor,
    is_dollar_country, is_function_word, is_generic_body, is_given_name, is_honorific,
    is_possessive, is_reference_word, is_speech_verb, is_title_word, kind_from_last_word,
    weekday_index,
};
use super::Para;
use crate::model::{CompactString, Entity, EntityKind, Role, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

/// A name as it appears at one place in the text.
#[derive(Debug, Clone)]
pub struct Mention {
    paragraph: u32,
    /// Token range of the name itself (without titles or `Mr`).
    first: u32,
    last: u32,
    /// Index into the entity list.
    entity: u32,
}

/// A large briefing has a million mentions: `u32`s inside, `usize` to the rules.
impl Mention {
    pub fn paragraph(&self) -> usize {
        self.paragraph as usize
    }

    pub fn first(&self) -> usize {
        self.first as usize
    }

    pub fn last(&self) -> usize {
        self.last as usize
    }

    pub fn entity(&self) -> usize {
        self.entity as usize
    }
}

pub struct Entities {
    pub list: Vec<Entity>,
    /// Every mention, in reading order.
    pub mentions: Vec<Mention>,
    /// Titles the text puts before a person's name (`home secretary`, `secretary`), in
    /// reading order, for `the home secretary said` later on.
    pub titles: HashMap<String, usize>,
}

impl Entities {
    pub fn kind(&self, entity: usize) -> EntityKind {
        self.list[entity].kind
    }

    pub fn name(&self, entity: usize) -> &str {
        &self.list[entity].name
    }

    /// Mentions inside paragraph `p` whose tokens lie within `[from, to)`.
    pub fn in_range(&self, p: usize, from: usize, to: usize) -> impl Iterator<Item = &Mention> {
        // Mentions are sorted by (paragraph, first): find the start by bisection.
        let start = self
            .mentions
            .partition_point(|m| (m.paragraph(), m.first()) < (p, from));
        self.mentions[start..]
            .iter()
            .take_while(move |m| m.paragraph() == p && m.first() < to)
            .filter(move |m| m.last() < to)
    }

    /// The mention in paragraph `p` that ends at token `last`.
    pub fn ending_at(&self, p: usize, last: usize) -> Option<&Mention> {
        // A name is a few tokens long: start looking a little before `last`.
        let from = last.saturating_sub(MAX_NAME_TOKENS);
        let start = self
            .mentions
            .partition_point(|m| (m.paragraph(), m.first()) < (p, from));
        self.mentions[start..]
            .iter()
            .take_while(|m| m.paragraph() == p && m.first() <= last)
            .find(|m| m.last() == last)
    }
}

/// The most tokens a name takes. A longer capitalised run is not taken for names, and a
/// name's start is not looked for further back than this from its end.
const MAX_NAME_TOKENS: usize = 24;

/// One candidate phrase, as a paragraph's rules find it.
struct Candidate<'a> {
    /// Borrowed from the paragraph: the name's text, a prefix of its tokens' text (a
    /// possessive `’s` is left out).
    name: &'a str,
    /// Token range of the name.
    first: usize,
    last: usize,
    /// The title before the name, lower case.
    title: Option<String>,
    kind: Option<EntityKind>,
    /// A single word that opens its sentence: kept only if the text vouches for it.
    initial_single: bool,
    before_speech: bool,
    /// Followed by `, which` or `, who`.
    named_by_context: bool,
    /// After `in`: `supporters in Des Moines` is a place.
    after_in: bool,
    /// Followed by `, which` or a body's kind: `Network Rail, which owns the track`,
    /// `Creative Strategies, a consultancy` are no people.
    said_a_body: bool,
}

impl<'a> Candidate<'a> {
    /// The name at tokens `first..=last`, with no cues yet.
    fn new(name: &'a str, first: usize, last: usize) -> Self {
        Candidate {
            name,
            first,
            last,
            title: None,
            kind: None,
            initial_single: false,
            before_speech: false,
            named_by_context: false,
            after_in: false,
            said_a_body: false,
        }
    }
}

/// A candidate as the collector keeps it until merging. A large briefing has a million, so
/// each is 32 bytes: offsets as `u32` (a briefing is far below 4 GiB: sources stop at
/// 256 MiB), the name read back from the text, the title an index into a shared list.
struct Kept {
    paragraph: u32,
    first: u32,
    last: u32,
    /// Byte range of the name's tokens, and where the name itself ends.
    start: u32,
    end: u32,
    name_end: u32,
    /// Index into the collector's titles, or `NO_TITLE`.
    title: u32,
    kind: Option<EntityKind>,
    /// The candidate's cues, one bit each (`INITIAL_SINGLE`…): a million candidates in a
    /// large briefing, so one byte rather than four.
    cues: u8,
}

const NO_TITLE: u32 = u32::MAX;
const INITIAL_SINGLE: u8 = 1;
const BEFORE_SPEECH: u8 = 2;
const NAMED_BY_CONTEXT: u8 = 4;
const AFTER_IN: u8 = 8;
const SAID_A_BODY: u8 = 16;

impl Kept {
    fn has(&self, cue: u8) -> bool {
        self.cues & cue != 0
    }

    fn span(&self) -> Span {
        Span::new(
            self.paragraph as usize,
            self.start as usize,
            self.end as usize,
        )
    }
}

pub fn find(paras: &[Para]) -> Entities {
    let mut names = Collector::default();
    for p in paras {
        names.paragraph(p);
    }
    names.finish()
}

/// The words a text writes in lower case somewhere. Every lower-case token is added, millions
/// in a large briefing, so the set keeps 64-bit hashes of the words rather than the words: no
/// string comparison per token. Two different words sharing a hash would at worst keep a
/// sentence-initial name out of the list.
struct LowerWords {
    set: HashSet<u64>,
    /// The last hash added in each of a few thousand slots: `the`, `of` and `said` come back
    /// every few words and skip the set's probe.
    recent: Box<[u64; RECENT_SLOTS]>,
}

const RECENT_SLOTS: usize = 4096;

impl Default for LowerWords {
    fn default() -> Self {
        LowerWords {
            set: HashSet::default(),
            recent: Box::new([0; RECENT_SLOTS]),
        }
    }
}

impl LowerWords {
    fn hash(word: &str) -> u64 {
        use std::hash::BuildHasher;
        rustc_hash::FxBuildHasher.hash_one(word)
    }

    fn insert(&mut self, word: &str) {
        let hash = Self::hash(word);
        let slot = &mut self.recent[(hash >> 52) as usize % RECENT_SLOTS];
        if *slot != hash || hash == 0 {
            *slot = hash;
            self.set.insert(hash);
        }
    }

    fn contains(&self, word: &str) -> bool {
        self.set.contains(&Self::hash(word))
    }
}

/// Names gathered paragraph by paragraph (so a paragraph's tokens can be dropped after it),
/// merged into entities at the end.
#[derive(Default)]
pub struct Collector<'a> {
    candidates: Vec<Kept>,
    titles: Vec<Box<str>>,
    /// Each paragraph's text, to read names back.
    texts: Vec<&'a str>,
    /// Words the text writes in lower case somewhere.
    lower_words: LowerWords,
}

impl<'a> Collector<'a> {
    pub fn paragraph(&mut self, p: &Para<'a>) {
        for i in 0..p.tokens().len() {
            if p.is_word(i) && !p.is_capitalised(i) {
                self.lower_words.insert(p.word(i));
            }
        }
        if self.texts.len() <= p.index {
            self.texts.resize(p.index + 1, "");
        }
        self.texts[p.index] = p.text();
        if p.role == Role::Headline && !is_sentence_case(p) {
            return;
        }
        let mut found = Vec::new();
        dateline(p, &mut found);
        // Tokens the dateline already took.
        let taken = found.iter().map(|c| c.last + 1).max().unwrap_or(0);
        let mut i = taken;
        while i < p.tokens().len() {
            if !is_name_word(p, i) {
                i += 1;
                continue;
            }
            // A month opens a name only as a first name: `Jan Berry`, not `March 3`.
            let month_name = is_month_word(p.lower(i))
                && !(is_name_word(p, i + 1)
                    && !is_month_word(p.lower(i + 1))
                    && !p.is_number(i + 2));
            // `Chapter 11`, `Article 50`: references, not names.
            let reference = is_reference_word(p.word(i)) && p.is_number(i + 1);
            // `(Reporting by Kate Abnett; Editing by Alex Richardson)`: a wire story's credits.
            let credit = is_credit_word(p.lower(i)) && matches!(p.lower(i + 1), "by" | "reporting");
            // `the Liberal Democrats' Treasury spokesman`: a party's brief, part of the title.
            let after_possessive = i > 0
                && (is_possessive(p.word(i - 1))
                    || p.is_punct(i - 1, "'")
                    || p.is_punct(i - 1, "’"));
            let brief = after_possessive
                && precedes_a_title(p, i)
                && kind_from_last_word(p.word(i)) == Some(EntityKind::Organization);
            let end = phrase_end(p, i);
            // `the iPod Shuffle`, `an iPhone Pro`: a product's model; `its Zen Micro player`,
            // `the Mac Mini, a computer`: a product.
            let model = i > 0 && is_product_word(p.word(i - 1));
            if model || is_a_product(p, i, end) || is_a_currency_counted(p, i, end) {
                i = end + 1;
                continue;
            }
            if month_name || reference || credit || brief {
                i += 1;
                continue;
            }
            // A capitalised run longer than any name is Title Case or capitals, not names
            // (and cleaning it would take time in proportion to its square).
            if end - i < MAX_NAME_TOKENS {
                clean_phrase(p, i, end, &mut found);
            }
            i = end + 1;
        }
        for c in found {
            self.keep(p, c);
        }
    }

    fn keep(&mut self, p: &Para<'a>, c: Candidate<'a>) {
        let span = p.span(c.first, c.last);
        let title = match c.title {
            Some(t) => {
                self.titles.push(t.into_boxed_str());
                (self.titles.len() - 1) as u32
            }
            None => NO_TITLE,
        };
        self.candidates.push(Kept {
            paragraph: p.index as u32,
            first: c.first as u32,
            last: c.last as u32,
            start: span.start() as u32,
            end: span.end() as u32,
            name_end: (span.start() + c.name.len()) as u32,
            title,
            kind: c.kind,
            cues: [
                (c.initial_single, INITIAL_SINGLE),
                (c.before_speech, BEFORE_SPEECH),
                (c.named_by_context, NAMED_BY_CONTEXT),
                (c.after_in, AFTER_IN),
                (c.said_a_body, SAID_A_BODY),
            ]
            .into_iter()
            .filter(|&(on, _)| on)
            .fold(0, |cues, (_, bit)| cues | bit),
        });
    }

    pub fn finish(self) -> Entities {
        let texts = self.texts;
        let name = |c: &Kept| -> &str {
            texts
                .get(c.paragraph as usize)
                .and_then(|t| t.get(c.start as usize..c.name_end as usize))
                .unwrap_or("")
        };
        merge(self.candidates, &self.titles, name, &self.lower_words)
    }
}

/// Headlines in sentence case name things the way body text does; Title Case and ALL CAPS
/// headlines capitalise every word and would make every word a name.
fn is_sentence_case(p: &Para) -> bool {
    let words: Vec<usize> = (0..p.tokens().len()).filter(|&i| p.is_word(i)).collect();
    let capitalised = words.iter().filter(|&&i| p.is_capitalised(i)).count();
    words.len() >= 3 && capitalised * 2 < words.len()
}

/// `BRASILIA, March 26 -` opening a wire story's first paragraph.
fn dateline<'a>(p: &Para<'a>, out: &mut Vec<Candidate<'a>>) {
    if p.role != Role::Body || p.tokens().len() < 4 {
        return;
    }
    // Asked of every paragraph: the cheapest test first (most open with `The`).
    let w = p.word(0);
    let is_caps =
        !w.chars().any(char::is_lowercase) && w.chars().filter(|c| c.is_alphabetic()).count() >= 3;
    let dash_soon =
        || (1..12).any(|k| p.is_punct(k, "-") || p.is_punct(k, "—") || p.is_punct(k, "–"));
    if is_caps && p.is_word(0) && dash_soon() {
        let mut last = 0;
        while p.is_word(last + 1) && p.word(last + 1).chars().all(|c| !c.is_lowercase()) {
            last += 1;
        }
        out.push(Candidate {
            kind: Some(EntityKind::Place),
            ..Candidate::new(p.slice(0, last), 0, last)
        });
    }
}

fn is_name_word(p: &Para, i: usize) -> bool {
    // `-230C`, `5G`: a letter written onto a number is its unit.
    let capital = p.is_capitalised(i) || is_camel_case(p.word(i));
    if !capital || (i > 0 && p.is_number(i - 1) && p.touching(i - 1, i)) {
        return false;
    }
    // `HK$40m`: whose dollar it is, part of the figure.
    if p.is_punct(i + 1, "$") && p.touching(i, i + 1) && is_dollar_country(p.word(i)) {
        return false;
    }
    // `Saturday's final` names a day, not somebody.
    !is_common_capitalised(strip_possessive(p.word(i)))
        && (weekday_index(strip_possessive(p.lower(i))).is_none()
            || super::dates::weekday_in_a_name(p, i))
}

/// `iPod`, `iTunes`: a product named with a lower-case `i`.
fn is_product_word(w: &str) -> bool {
    let b = w.as_bytes();
    b.len() >= 3
        && b[0] == b'i'
        && b[1].is_ascii_uppercase()
        && b[2..].iter().all(u8::is_ascii_alphabetic)
}

/// `easyJet`, `eBay`: a company that starts in lower case and capitalises inside (not a
/// product, `iPod`, `iTunes`, nor a term with its initials in capitals, `mRNA`).
fn is_camel_case(w: &str) -> bool {
    let b = w.as_bytes();
    if b.len() < 4 || !b[0].is_ascii_lowercase() {
        return false;
    }
    // (Asked of every word in lower case: the rare capital inside is looked for first.)
    let Some(capital) = b[1..].iter().position(u8::is_ascii_uppercase) else {
        return false;
    };
    !is_product_word(w)
        && b[capital + 2..].iter().any(u8::is_ascii_lowercase)
        && b.iter().all(u8::is_ascii_alphabetic)
}

fn is_month_word(w: &str) -> bool {
    // `July's`: the month's; but `May's` and `Jan's` are more often a name's.
    if let Some(owner) = super::lexicon::possessive_owner(w) {
        return super::lexicon::with_lower(owner, |l| {
            l != "may" && super::lexicon::MONTHS.contains(&l)
        });
    }
    super::lexicon::with_lower(w, is_month_lower)
}

fn is_month_lower(l: &str) -> bool {
    super::lexicon::MONTHS.contains(&l)
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

fn strip_possessive(w: &str) -> &str {
    super::lexicon::possessive_owner(w)
        .or_else(|| w.strip_suffix('’'))
        .or_else(|| w.strip_suffix('\''))
        .unwrap_or(w)
}

/// `Acme Widgets chief executive Tom Bell`, `RCN Scotland director Colin Poolman`: a name
/// that a lower-case title and a person's name follow is the body whose title it is.
/// Token `k` comes right before a title in lower case: `Treasury spokesman`.
fn precedes_a_title(p: &Para, k: usize) -> bool {
    !p.is_capitalised(k + 1) && is_title_word(p.lower(k + 1))
}

fn heads_a_titled_name(p: &Para, end: usize) -> bool {
    let mut k = end + 1;
    let mut titled = false;
    while k <= end + 3 && p.is_word(k) && !p.is_capitalised(k) {
        let w = p.lower(k);
        if !is_title_modifier(w) {
            return false;
        }
        titled |= is_title_word(w);
        k += 1;
    }
    titled && p.is_capitalised(k)
}

/// `U.S.-China`, `Russia-Ukraine`, `February-June`, `Anglo-Dutch`: two known places, two
/// months or two peoples in one word.
fn joins_two_places(word: &str) -> bool {
    word.split_once('-').is_some_and(|(a, b)| {
        (is_known_place(a) && is_known_place(b))
            || (is_month_word(a) && is_month_word(b))
            // `the Anglo-Dutch group`, `Franco-German talks`: two peoples.
            || (is_combining_people(a) && is_demonym(b))
    })
}

/// The combining form of a people's name: `Anglo-`, `Franco-`, `Sino-`.
fn is_combining_people(w: &str) -> bool {
    matches!(
        w,
        "Anglo" | "Franco" | "Sino" | "Russo" | "Indo" | "Italo" | "Greco" | "Afro" | "Euro"
    )
}

/// A place the gazetteer knows.
fn is_known_place(name: &str) -> bool {
    gazetteer().get(name) == Some(&EntityKind::Place)
}

/// `Md`, `Mass`: a place the gazetteer knows by its abbreviation with a dot (`Md.`). Built on
/// the stack: this is asked of every short name.
fn is_known_place_abbreviation(name: &str) -> bool {
    let mut dotted = [0u8; 6];
    if name.len() >= dotted.len() {
        return false;
    }
    dotted[..name.len()].copy_from_slice(name.as_bytes());
    dotted[name.len()] = b'.';
    std::str::from_utf8(&dotted[..=name.len()]).is_ok_and(is_known_place)
}

/// `Leicestershire`, `North Yorkshire`: an English county.
fn is_county(name: &str) -> bool {
    name.len() > 6 && name.ends_with("shire")
}

/// `Cupertino, California`, `Austin, Texas`: a name before a comma and a known place is a
/// place within it.
fn before_a_known_place(p: &Para, end: usize) -> bool {
    if !p.is_punct(end + 1, ",") {
        return false;
    }
    // `Hayes, west London`
    let compass = matches!(
        p.lower(end + 2),
        "north"
            | "south"
            | "east"
            | "west"
            | "north-west"
            | "north-east"
            | "south-west"
            | "south-east"
            | "central"
    ) && !p.is_capitalised(end + 2);
    let from = end + 2 + usize::from(compass);
    if !p.is_capitalised(from) {
        return false;
    }
    // Not `Ross Walker, UK economist at …`: there the place says whose the title is.
    let place_at = |last: usize| {
        let name = p.slice(from, last);
        (is_known_place(name) || is_county(name))
            && !p.is_capitalised(last + 1)
            && !super::lexicon::is_title_word(p.word(last + 1))
    };
    place_at(from) || (p.is_capitalised(from + 1) && place_at(from + 1))
}

/// A known name holds the `and` at `and` between `first` and `end`: `Marks and Spencer`, `the
/// House Ways and Means subcommittee`.
fn known_name_across(p: &Para, first: usize, and: usize, end: usize) -> bool {
    (first..and).any(|a| (and + 1..=end).any(|b| gazetteer().contains_key(p.slice(a, b))))
}

/// `a consultancy`, `a research firm`, `the carmaker`: an article and the kind of body, at `k`.
fn is_a_kind_of_body(p: &Para, k: usize) -> bool {
    let body = |w: &str| {
        is_body_noun(w)
            || super::lexicon::describes_body(w)
            || matches!(
                w,
                "think-tank"
                    | "partnership"
                    | "consortium"
                    | "fund"
                    | "brokerage"
                    | "subsidiary"
                    | "unit"
            )
    };
    matches!(p.lower(k), "a" | "an" | "the")
        && (body(p.lower(k + 1)) || (!p.is_capitalised(k + 1) && body(p.lower(k + 2))))
}

/// The word before the name at `start` says it is a work: `British film Vera Drake`, `the
/// sitcom Only Fools and Horses`, `her album Confessions`.
fn names_a_work(p: &Para, start: usize) -> bool {
    !p.is_capitalised(start - 1) && super::lexicon::is_kind_of_work(p.lower(start - 1))
}

/// The word after the name ending at `end` says it is a work or an award: `the Tomb Raider
/// series`, `three Golden Globe awards`, `a Bafta nomination`.
fn is_a_work_named(p: &Para, end: usize) -> bool {
    !p.is_capitalised(end + 1)
        && matches!(
            p.lower(end + 1),
            "series"
                | "franchise"
                | "trilogy"
                | "award"
                | "awards"
                | "nomination"
                | "nominations"
                | "ceremony"
        )
}

/// `1.5 billion European Currency Units`, `20 mln Special Drawing Rights`: a currency
/// counted is no name.
fn is_a_currency_counted(p: &Para, start: usize, end: usize) -> bool {
    // (The rare last word first: this is asked of every name.)
    matches!(
        p.word(end),
        "Units" | "Unit" | "Rights" | "Marks" | "Francs"
    ) && start > 0
        && (p.is_number(start - 1) || super::lexicon::scale(p.lower(start - 1)).is_some())
}

/// The name at `start..=end` is a product's, as the words around it say: a maker's `its`
/// before and the kind of thing after (`its Zen Micro player`), or the kind set off after it
/// (`the Mac Mini, a computer`) or before it (`its new console, the PlayStation Portable`).
fn is_a_product(p: &Para, start: usize, end: usize) -> bool {
    let product = |k: usize| !p.is_capitalised(k) && super::lexicon::is_product_noun(p.lower(k));
    let owned = start > 0 && matches!(p.lower(start - 1), "its" | "their");
    let set_off_after = || start >= 3 && p.lower(start - 1) == "the" && p.is_punct(start - 2, ",");
    (owned && product(end + 1))
        || (p.is_punct(end + 1, ",") && matches!(p.lower(end + 2), "a" | "an") && product(end + 3))
        || (set_off_after() && product(start - 3))
}

/// The words before the name at `start` say it is a place: `the village of Varnavas`,
/// `the suburb of Penteli`.
fn names_a_place(p: &Para, start: usize) -> bool {
    start >= 2
        && p.lower(start - 1) == "of"
        && !p.is_capitalised(start - 2)
        && matches!(
            p.lower(start - 2),
            "village"
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

/// `the Rolling Stones`, `the Stone Roses`: a name in the plural after `the` is a group,
/// no person (a known place, `the Netherlands`, is looked up before this).
fn named_as_a_group(p: &Para, start: usize, end: usize) -> bool {
    if start == 0 || end == start || p.lower(start - 1) != "the" {
        return false;
    }
    let last = strip_possessive(p.word(end)).trim_end_matches(['’', '\'']);
    last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && !last.ends_with("us")
        && kind_from_last_word(last).is_none()
}

/// `Roger Bootle, of Capital Economics`: set after a name by a comma and `of`, the name of
/// where somebody works or comes from.
fn of_after_a_name(p: &Para, start: usize) -> bool {
    start >= 3
        && p.lower(start - 1) == "of"
        && p.is_punct(start - 2, ",")
        && p.is_word(start - 3)
        && p.is_capitalised(start - 3)
}

/// The words before the name at `start` say it is a body: `research firm Gartner`,
/// `carmaker Renault`, `analysts at Capital Economics`.
fn names_a_body(p: &Para, start: usize) -> bool {
    let before = p.lower(start - 1);
    if p.is_capitalised(start - 1) {
        return false;
    }
    // `chief executive of Passengerfocus`, `editor of Search Engine Watch`, `a spokeswoman
    // for Tesco`
    if before == "of" && start >= 2 {
        return matches!(
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
        return super::lexicon::is_spokesperson(w) || matches!(w, "works" | "worked");
    }
    // `an analyst at Refco`, `an economist with Drexel Burnham Lambert`
    if matches!(before, "at" | "with") && start >= 2 {
        return matches!(
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
    is_body_noun(before)
        || super::lexicon::describes_body(before)
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
            | "organisation"
            | "organization"
            | "association"
            | "club"
            | "band"
            | "firms"
            | "companies"
        )
}

/// `the Aslef union`, `the Likud party`: the body's kind follows its name.
fn is_a_body_named(p: &Para, end: usize) -> bool {
    // (`Michael Howard's party`: its owner, not its name.)
    !p.is_capitalised(end + 1) && is_body_noun(p.lower(end + 1)) && !is_possessive(p.word(end))
}

/// Tokens from `first` (up to four, within `end`) spell a name the gazetteer knows.
fn opens_known_name(p: &Para, first: usize, end: usize) -> bool {
    (first + 1..=end.min(first + 3)).any(|last| {
        let name = strip_adjective_suffix(strip_possessive(p.slice(first, last)));
        gazetteer().contains_key(name)
    })
}

/// `UK-based`, `Kremlin-backed`, `New York-born`: the name is what comes before the hyphen.
fn strip_adjective_suffix(name: &str) -> &str {
    // A byte search: this runs for every word of every capitalised phrase.
    let hyphen = name.bytes().rposition(|b| b == b'-');
    match hyphen.map(|k| (&name[..k], &name[k + 1..])) {
        Some((
            head,
            "based" | "led" | "born" | "owned" | "backed" | "run" | "made" | "funded" | "listed"
            | "controlled" | "bound" | "wide" | "linked" | "brokered" | "headquartered" | "winning"
            | "style" | "era" | "inspired" | "sponsored",
        )) => head,
        _ => name,
    }
}

/// What a word in lower case right before a name says of the person named.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Introduced {
    /// `special envoy Steve Witkoff`
    ByTitle,
    /// `singer Björk`
    ByRole,
}

/// How the word right before the name at `start` introduces a person, if it does.
fn introduced_at(p: &Para, start: usize) -> Option<Introduced> {
    if start == 0 || p.is_capitalised(start - 1) {
        return None;
    }
    let w = p.lower(start - 1);
    if is_title_word(w) {
        Some(Introduced::ByTitle)
    } else if super::lexicon::describes_person(w) {
        Some(Introduced::ByRole)
    } else {
        None
    }
}

/// A word whose possessive names nobody: `Today's`, `Everyone's`.
fn possessive_names_nobody(lower: &str) -> bool {
    matches!(
        lower,
        "today" | "tomorrow" | "yesterday" | "tonight" | "everyone" | "nobody"
    )
}

/// The last token of the capitalised phrase starting at `i`.
fn phrase_end(p: &Para, i: usize) -> usize {
    let mut end = i;
    loop {
        // `New York-based Citigroup`: the place and the bank are two names.
        if strip_adjective_suffix(p.word(end)).len() < p.word(end).len() {
            return end;
        }
        let next = end + 1;
        // `the Transport and General Workers' Union`: a plural's apostrophe is its own token.
        let plural_possessive = p.word(end).ends_with('s')
            && (p.is_punct(next, "'") || p.is_punct(next, "’"))
            && p.touching(end, next);
        // `the Liberal Democrats' Treasury spokesman`: a portfolio before a title is not part of
        // the name.
        if plural_possessive {
            let org_follows = is_name_word(p, next + 1)
                && kind_from_last_word(p.word(next + 1)).is_some()
                && !precedes_a_title(p, next + 1);
            if !org_follows {
                return end;
            }
            end = next + 1;
            continue;
        }
        if is_possessive(p.word(end)) {
            // `the U.S. Trade Representative's Office` is one name; `Japan's Ministry of
            // Finance` is a place's body, two names (but `America's Cup` is one).
            let next_kind = kind_from_last_word(p.word(next));
            let org_follows =
                is_name_word(p, next) && next_kind.is_some() && !precedes_a_title(p, next);
            let body = next_kind == Some(EntityKind::Organization)
                && !matches!(p.word(next), "Cup" | "League" | "Championship" | "Trophy");
            // (`Labour's Commons majority`: a known body's too.)
            let owner = strip_possessive(p.slice(i, end));
            let places_body = body
                && (is_known_place(owner)
                    || gazetteer().get(owner) == Some(&EntityKind::Organization));
            if !org_follows || places_body {
                return end;
            }
            end = next;
            continue;
        }
        // `BBC Radio 4`, `Channel 5`; not `beat Manchester City 1-0`: a score.
        let glued = p.touching(next, next + 1)
            && (p.is_word(next + 1) || p.is_number(next + 1) || p.is_punct(next + 1, "-"));
        // Not `give Congress 90 days notice`: a span of time counts.
        // (Nor `the Liberal Democrats 62`: a party's seats, after a plural.)
        if p.is_number(next)
            && p.word(next).len() <= 2
            && !glued
            && !p.word(end).ends_with('s')
            && kind_from_last_word(p.word(end)).is_some()
            && !super::lexicon::is_time_unit(p.lower(next + 1))
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
        // `Theresa May` is a name; `Texas April 3` is a date.
        let date_follows = is_month_word(p.lower(next)) && p.is_number(next + 1);
        if is_name_word(p, next) && !date_follows {
            end = next;
            continue;
        }
        let connector = p.lower(next);
        let joins = matches!(
            connector,
            "of" | "for"
                | "on"
                | "and"
                | "de"
                | "del"
                | "da"
                | "van"
                | "von"
                | "der"
                | "al"
                | "bin"
                | "&"
                | "la"
                | "le"
        );
        // `George Harrison on the Beatles' recordings`, `challenge Roger Knapman for the
        // leadership`: a person's name takes no `on` or `for`.
        let persons = matches!(connector, "on" | "for") && end > i && is_given_name(p.word(i));
        if joins && !persons {
            // `Secretary of State for the Family`, `Commission for Racial Equality`
            let mut k = next + 1;
            if p.lower(k) == "the" && matches!(connector, "of" | "for" | "on") {
                k += 1;
            }
            // `Ursula von der Leyen`, `Rafael van den Berg`, `Ana de la Cruz`
            let particle = matches!(connector, "von" | "van" | "de");
            if particle && matches!(p.lower(k), "der" | "den" | "la" | "los" | "las") {
                k += 1;
            }
            // `in Vienna on December 9`: a date, not the rest of a name.
            let date = is_month_word(p.lower(k)) && p.is_number(k + 1);
            if is_name_word(p, k) && !date {
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
        }
        // `Meet the Fockers`, `Kill the Messenger`: a title, a single common word before
        // `the` and a name.
        if connector == "the"
            && end == i
            && is_name_word(p, next + 1)
            && !gazetteer().contains_key(p.word(i))
            && !is_given_name(p.word(i))
            && !is_title_word(p.lower(i))
            && !is_function_word(p.lower(i))
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
}

fn is_quote_mark(w: &str) -> bool {
    matches!(w, "\"" | "“" | "‘" | "'")
}

/// Turn a capitalised phrase into zero or more candidate names.
fn clean_phrase<'a>(p: &Para<'a>, start: usize, end: usize, out: &mut Vec<Candidate<'a>>) {
    let sentence_start = p.sentence_of(start).0;
    // A word right after an opening quote mark starts a sentence too, as does the first
    // after a wire dateline (`CAIRO, Jan 8 (Reuters) - Negotiators …`, `HOUSTON, April 7 -
    // Pilots …`).
    let after_dateline = start >= 2
        && matches!(p.word(start - 1), "-" | "–" | "—")
        && (p.word(start - 2) == ")" || (p.is_number(start - 2) && start <= 8));
    let opens_sentence = start == sentence_start
        || (start > 0 && is_quote_mark(p.word(start - 1)))
        || after_dateline;
    let mut first = start;
    if opens_sentence {
        // Sentence-initial function words: `Though`, `Meanwhile`, `The`; but not the first
        // word of a known name (`New York`, `The Times`) nor a company's (`First Boston
        // Corp`, `New England Electric Co`).
        // (`First Boston said`: one that speaks, too.)
        let company = end > first
            && (is_legal_suffix(p.word(end)) || super::lexicon::is_speech_verb(p.lower(end + 1)));
        // (Not an honorific: `Mr Brown, who …` keeps what says he is a person.)
        while first <= end
            && (is_function_word(p.lower(first)) || is_connector(p.lower(first)))
            && !(first < end && is_honorific(p.word(first)))
            && !opens_known_name(p, first, end)
            && !(company && matches!(p.lower(first), "first" | "new" | "one" | "next"))
        {
            first += 1;
        }
    }
    // `Volume on the New York Stock Exchange`, `Shares of IBM`: a sentence-initial common
    // noun joined to a name by a connector is not part of the name.
    if opens_sentence
        && first + 1 < end
        && matches!(p.lower(first + 1), "of" | "on" | "for" | "from")
    {
        let head = p.word(first);
        if kind_from_last_word(head).is_none()
            && !gazetteer().contains_key(head)
            && !is_title_word(head)
            && !heads_a_titled_name(p, end)
            && !gazetteer().contains_key(p.slice(first, end))
        {
            first += 2;
            while first <= end && is_connector(p.lower(first)) {
                first += 1;
            }
        }
    }
    // `Rival Unilever`, `Striker Harry Kane`: a word describing the name that opens the
    // sentence is not part of it.
    if opens_sentence && first < end && is_descriptor(p.lower(first)) {
        first += 1;
    }
    // `… and Chrysler Corp. Any agreement`: a function word alone after a dot opens a
    // sentence the abbreviation hid (but `rivals such as Next` is a name).
    if first == end && first > 0 && p.is_punct(first - 1, ".") && is_function_word(p.lower(first)) {
        return;
    }
    // `Critics say…`: a plural noun alone at the start of a sentence; `Oil prices rose`:
    // a trade that ends a company's name (`Shell Oil`) is not one alone.
    // `Council tax rises`, `Police said`: the kind of body alone names none.
    if opens_sentence && first == end && is_generic_body(p.word(first)) {
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
    // `Young people care…`, `Older workers…`: an adjective before the plural it describes
    // (but `Young said`).
    let describes_a_plural = || {
        super::lexicon::is_plain_adjective(p.lower(first))
            && p.is_word(first + 1)
            && !p.is_capitalised(first + 1)
            && {
                let next = p.lower(first + 1);
                next == "people" || (next.len() > 3 && next.ends_with('s') && !next.ends_with("ss"))
            }
    };
    if opens_sentence
        && first == end
        && (is_common_opener(p.lower(first))
            || is_trade_word(p.lower(first))
            || super::lexicon::is_commodity(p.lower(first))
            || describes_a_plural())
    {
        return;
    }
    // `In February, …`, `On Monday …`, `April West Texas Intermediate crude` (a delivery
    // month); but `Jan Berry` keeps her first name.
    let delivery = || super::lexicon::is_commodity(p.lower(end + 1));
    while first <= end
        && ((is_month_word(p.lower(first)) && (first == end || delivery()))
            || (weekday_index(p.lower(first)).is_some()
                && !super::dates::weekday_in_a_name(p, first)))
    {
        first += 1;
    }
    if first > end {
        return;
    }
    // `the Tampa Bay Buccaneers American football team`: a people after a name describes
    // what follows it.
    if end > first + 1
        && p.is_word(end + 1)
        && !p.is_capitalised(end + 1)
        && is_demonym(p.word(end))
        && !gazetteer().contains_key(p.slice(first, end))
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
    let mut kind = None;
    let introduced = introduced_at(p, start);
    let mut title = None;
    // `Premier League`: a title word inside an organisation's name. `Mervyn King`, `Lord
    // King`, `Mr Major`: a title word that is also a surname, after a first name or an
    // honorific.
    let org_name = kind_from_last_word(p.word(end)) == Some(EntityKind::Organization);
    let surname = end > first
        && matches!(
            strip_possessive(p.word(end)),
            "King" | "Bishop" | "Marshal" | "Judge" | "Cardinal" | "Major"
        )
        && !is_title_word(p.lower(end - 1));
    let search_to = if surname { end - 1 } else { end };
    // `the General Agreement on Tariffs and Trade`: a name joined by `on` or `and` after a
    // title word is no person's.
    let joined_after = |k: usize| (k + 1..=end).any(|j| matches!(p.word(j), "on" | "and"));
    // `the Office of the Deputy Prime Minister`: a body of an office is a body.
    let body_of = first < end
        && p.lower(first + 1) == "of"
        && kind_from_last_word(p.word(first)) == Some(EntityKind::Organization);
    // `the General Authority for Supply Commodities`, `the General Assembly`: a title word
    // before the kind of body is the body's name.
    let before_a_body =
        |k: usize| k < end && kind_from_last_word(p.word(k + 1)) == Some(EntityKind::Organization);
    if let Some(title_at) = (first..=search_to)
        .rev()
        // (`the Prosecutor General's office`: a title's possessive at the phrase's end.)
        .find(|&k| {
            is_title_word(p.lower(k))
                || (k == end
                    && is_possessive(p.word(k))
                    && is_title_word(strip_possessive(p.lower(k))))
        })
        .filter(|&k| !org_name && !body_of && !joined_after(k) && !before_a_body(k))
    {
        // `Secretary of State for the Family`: the title runs over `of`/`for` phrases.
        let mut t = title_at;
        while t + 2 <= end && matches!(p.lower(t + 1), "of" | "for") {
            t += 2;
            if p.lower(t) == "the" && t < end {
                t += 1;
            }
        }
        // What stands before the title may be a name of its own: `US President …`,
        // `The Conservative Party Co-Chairman`, `Federal Reserve Board Vice Chairman …`.
        let mut title_start = title_at;
        // `Oil Minister`, `Labour Secretary`, `Information Commissioner`: portfolios that
        // open only an office holder's title (`Shell Oil Chairman` is Shell Oil's).
        let minister = matches!(p.lower(title_at), "minister" | "secretary" | "commissioner");
        while title_start > first
            && (is_title_modifier(p.lower(title_start - 1))
                || (minister && is_ministers_portfolio(p.lower(title_start - 1))))
        {
            title_start -= 1;
        }
        if title_start > first {
            let before = title_start - 1;
            // (`Saudi Arabian Oil Minister`: a people is no name of its own.)
            let known = gazetteer()
                .get(strip_possessive(p.slice(first, before)))
                .is_some_and(|&k| k != EntityKind::Other)
                || kind_from_last_word(p.word(before)).is_some();
            // `Honda Chief Executive Toshihiro Mibe`: whose the title is, a body.
            let body = !known
                && (first..=before).all(|k| p.is_capitalised(k))
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
        first = t + 1;
        kind = Some(EntityKind::Person);
    } else if introduced == Some(Introduced::ByTitle) {
        // `special envoy Steve Witkoff`, `Central Bank president Francisco Gros`
        title = Some(p.lower(start - 1).to_string());
        kind = Some(EntityKind::Person);
    } else if introduced == Some(Introduced::ByRole) {
        // `Icelandic singer Björk`, `striker Didier Drogba`: what a person does.
        kind = Some(EntityKind::Person);
    } else if (start > 0 && names_a_body(p, start))
        || is_a_body_named(p, end)
        || named_as_a_group(p, first, end)
        || (of_after_a_name(p, start) && !is_known_place(strip_possessive(p.slice(start, end))))
    {
        kind = Some(EntityKind::Organization);
    } else if names_a_place(p, start) || before_a_known_place(p, end) {
        kind = Some(EntityKind::Place);
    } else if (start > 0 && names_a_work(p, start)) || is_a_work_named(p, end) {
        kind = Some(EntityKind::Other);
    } else if heads_a_titled_name(p, end) && !(end > start && is_given_name(p.word(start))) {
        // (`Andy Murray's coach Mark Petchey`: a person's title.)
        kind = Some(EntityKind::Organization);
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
    let party = p.word(first);
    let known_body = gazetteer().get(party) == Some(&EntityKind::Organization);
    if end >= first + 2 && (known_body || is_member_of_body(party)) {
        // (`Sony Computer Entertainment president Ken Kutaragi`: a body whose title follows.)
        let rest_is_name = (first + 1..=end)
            .all(|k| p.is_capitalised(k) && kind_from_last_word(p.word(k)).is_none())
            && !gazetteer().contains_key(p.slice(first, end))
            && !heads_a_titled_name(p, end);
        if rest_is_name {
            clean_phrase(p, first, first, out);
            clean_phrase(p, first + 1, end, out);
            return;
        }
    }
    // `Manaspas Xuto of Thailand`, `Steve Sinnott of the National Union of Teachers`: a
    // person of a place or a body is two names.
    if let Some(of) = (first + 1..end).find(|&k| p.lower(k) == "of") {
        // (`the Horn of Africa`, `the Isle of Man`: a known name is one.)
        let left_is_org = (first..of).any(|k| kind_from_last_word(p.word(k)).is_some())
            || gazetteer().contains_key(p.slice(first, of - 1))
            || gazetteer().contains_key(strip_possessive(p.slice(first, end)));
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
        let right_is_body = of >= first + 2
            && (acronym
                || gazetteer().contains_key(right)
                || (right_start..=end)
                    .any(|k| kind_from_last_word(p.word(k)) == Some(EntityKind::Organization)));
        // `Charles Bradford of Merrill Lynch`: a person named in full, of any name; so is
        // one a role introduces (`analyst Piers Harding-Rolls of Screen Digest`).
        let left_is_person = of >= first + 2
            && (is_given_name(p.word(first)) || (first == start && introduced.is_some()))
            && (first + 1..of).all(|k| p.is_capitalised(k))
            && is_name_word(p, right_start);
        if !left_is_org && (right_is_place || right_is_body || left_is_person) {
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
    if let Some(and) = (first + 2..end.saturating_sub(1))
        .find(|&k| p.word(k) == "and" && !known_name_across(p, first, k, end))
    {
        clean_phrase(p, first, and - 1, out);
        clean_phrase(p, and + 1, end, out);
        return;
    }
    // `easyJet and British Airways`: a known name before the `and` is a name of its own.
    if let Some(and) = (first + 1..end).find(|&k| p.word(k) == "and") {
        let known_left = gazetteer().contains_key(p.slice(first, and - 1));
        if known_left && !known_name_across(p, first, and, end) {
            clean_phrase(p, first, and - 1, out);
            clean_phrase(p, and + 1, end, out);
            return;
        }
    }
    // Split lists: `Texas and Louisiana`, `Avi and Joel` — but not `Trade and Development`
    // inside an organisation's name.
    let org_like = (first..=end).any(|k| matches!(p.lower(k), "of" | "for" | "on"))
        // `Goldman Sachs and Co`, `Smith and Sons`
        || matches!(p.word(end), "Co" | "Company" | "Sons" | "Partners" | "Associates")
        // `Transport and General Workers' Union`
        || (end > first + 2 && kind_from_last_word(p.word(end)) == Some(EntityKind::Organization));
    if !org_like {
        let and = (first..=end).find(|&k| p.word(k) == "and");
        // `Wagner and Brown spokesman Jim Smith`: one body, whose title follows.
        let one_body =
            |k: usize| known_name_across(p, first, k, end) || heads_a_titled_name(p, end);
        if let Some(and) = and.filter(|&k| !one_body(k)) {
            clean_phrase(p, first, and - 1, out);
            clean_phrase(p, and + 1, end, out);
            return;
        }
    }
    let mut name_first = first;
    // (`Lord of the Rings`: a title, not a lord.)
    if is_honorific(p.word(first)) && first < end && p.lower(first + 1) != "of" {
        kind = Some(EntityKind::Person);
        if !matches!(p.word(first), "Sir" | "Dame" | "Lord" | "Lady") {
            name_first = first + 1;
        }
    }
    // A nationality alone is an adjective: `Russian bombs`, `Irish tycoons`; so are two
    // places joined to describe what is between them: `U.S.-China trade`.
    if name_first == end
        && (is_demonym(strip_possessive(p.word(end))) || joins_two_places(p.word(end)))
    {
        return;
    }
    // (`West German farm minister`: a people of two words too.)
    let two_word_people = || {
        (is_compass_word(p.word(name_first))
            || matches!(p.word(name_first), "New" | "Sri" | "Saudi" | "Latin"))
            && is_demonym(strip_possessive(p.slice(name_first, end)))
    };
    if name_first + 1 == end && two_word_people() {
        return;
    }
    // `NOTE: Fourth quarter 1986 includes …`, `… vs 3.32 billion Year shr 3.40 dlrs`: a
    // period of a company's results, capitalised in a wire story's table, names nothing.
    if name_first == end && super::lexicon::is_period_of_results(p.lower(end)) {
        return;
    }
    // `her Olympic disappointment`, `over the Christmas period`: an adjective or a holiday
    // alone is no person, body or place.
    // (`Merry Christmas`, `Happy New Year`: a greeting.)
    let greeting = name_first < end && matches!(p.word(name_first), "Merry" | "Happy");
    if (name_first == end || greeting)
        && super::lexicon::names_nothing_alone(strip_possessive(p.lower(end)))
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
        && !gazetteer().contains_key(p.slice(name_first, end));
    if name_first < end
        && is_demonym(p.word(name_first))
        && (kind == Some(EntityKind::Person) || before_a_name)
    {
        name_first += 1;
    }
    let name = strip_adjective_suffix(strip_possessive(p.slice(name_first, end)));
    // `U2`, `O2`, `G8`: a capital and digits name a band, a firm or a group.
    let letter_and_digits = (2..=4).contains(&name.len())
        && name.starts_with(|c: char| c.is_ascii_uppercase())
        && name[1..].bytes().all(|b| b.is_ascii_digit());
    if name.chars().filter(|c| c.is_alphabetic()).count() < 2 && !letter_and_digits {
        return;
    }
    let initial = name_first == end
        && (name_first == sentence_start || (name_first == start && opens_sentence));
    out.push(Candidate {
        kind,
        initial_single: initial,
        before_speech: !p.is_capitalised(end + 1) && is_speech_verb(p.lower(end + 1)),
        // `Renault, which owns…`, `Chelsea's manager Jose Mourinho`: the text treats it as a
        // name.
        // `Hutchison's 3 network`: a possessive opening a sentence is somebody's or
        // something's, not a common word's (`Today's`).
        named_by_context: (p.is_punct(end + 1, ",")
            && matches!(p.lower(end + 2), "which" | "who" | "whose"))
            || (is_possessive(p.word(end))
                && (heads_a_titled_name(p, end)
                    || !possessive_names_nobody(strip_possessive(p.lower(end))))),
        said_a_body: p.is_punct(end + 1, ",")
            && (p.lower(end + 2) == "which" || is_a_kind_of_body(p, end + 2)),
        // `in Des Moines`, `at the Nou Camp` (not `in Michael Howard's party`)
        after_in: name_first > 0
            && !is_possessive(p.word(end))
            && (p.lower(name_first - 1) == "in"
                || (name_first > 1
                    && p.lower(name_first - 1) == "the"
                    && p.lower(name_first - 2) == "at")),
        title,
        ..Candidate::new(name, name_first, end)
    });
}

/// Short and variant forms of the entities listed so far, for merging: `Putin` →
/// `Vladimir Putin`, `United` → `Manchester United` (the first in the text),
/// `Liberal Democrat` → `Liberal Democrats`, `Gulf States` → `Gulf States Utilities Co`,
/// `IMF` → `International Monetary Fund`. Hash lookups, so merging stays linear.
#[derive(Default)]
struct Aliases {
    exact: HashMap<CompactString, usize>,
    suffix: HashMap<String, (Span, usize)>,
    prefix: HashMap<String, (Span, usize)>,
    initials: HashMap<String, usize>,
    /// `Bank` for `Bank of England`: the noun a body of something is named by.
    head: HashMap<String, usize>,
    /// `Shearson` for `Shearson Lehman Brothers Inc`, `Goldman` for `Goldman Sachs`: a body
    /// by its first word, asked after a person's surname.
    company: HashMap<String, usize>,
    /// `Tiago` for `Tiago Mendes`: a person by their first name, when only one person has it
    /// (`None` when two do).
    given: HashMap<String, Option<usize>>,
}

impl Aliases {
    fn add(&mut self, e: &Entity, k: usize) {
        self.exact.insert(e.name.clone(), k);
        if let Some(title) = title_cased(&e.name) {
            self.exact.entry(title.into()).or_insert(k);
        }
        let words: Vec<&str> = e.name.split_whitespace().collect();
        // `Chrysler` for `Chrysler Corp`, `American Motors` for `American Motors Corp`, `HSBC`
        // for `HSBC Holdings` (a holding or a group keeps its letters in initials: `LBG`).
        let legal = |w: &&&str| {
            is_legal_suffix(w)
                || matches!(
                    **w,
                    "Company" | "Holdings" | "Group" | "AG" | "SA" | "NV" | "LLC"
                )
        };
        let core = words.len() - words.iter().rev().take_while(legal).count();
        if core > 0 && core < words.len() {
            self.exact
                .entry(CompactString::from(words[..core].join(" ")))
                .or_insert(k);
        }
        // `Paramount` for `Paramount Pictures`, `Getty` for `Getty Petroleum Corp`: a company
        // by the word before its trade, when that word names nothing else (not `American
        // Airlines`'s `American`, `General Motors`'s `General` or `United Airlines`'s `United`).
        if let [head, trade] = words[..core] {
            let company = e.kind == EntityKind::Organization
                && super::lexicon::with_lower(trade, is_trade_word)
                && !matches!(
                    gazetteer().get(head),
                    Some(EntityKind::Place | EntityKind::Other)
                )
                && !is_title_word(head)
                && !is_compass_word(head)
                && kind_from_last_word(head).is_none();
            if company {
                self.exact.entry(CompactString::from(head)).or_insert(k);
            }
        }
        if e.kind == EntityKind::Organization && core >= 2 {
            let initial = |w: &&&str| w.len() >= 2 && w.ends_with('.');
            let named = words[..core].iter().find(|w| !initial(w));
            if let Some(&head) = named.filter(|&&head| names_a_company_alone(head)) {
                self.company.entry(head.to_string()).or_insert(k);
            }
        }
        // `TimeWarner` for `Time Warner`: the name written as one word.
        if (2..=3).contains(&words.len()) {
            self.exact
                .entry(CompactString::from(words.concat()))
                .or_insert(k);
        }
        // `the Fed` for `the Federal Reserve Board`: a body's well-known short form.
        if e.kind == EntityKind::Organization {
            for short in super::lexicon::short_forms_of(&e.name) {
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
        if e.kind == EntityKind::Organization && words.get(1) == Some(&"of") {
            self.head.entry(words[0].to_string()).or_insert(k);
        }
        if e.kind == EntityKind::Person && words.len() >= 2 && !is_honorific(words[0]) {
            let slot = self.given.entry(words[0].to_string()).or_insert(Some(k));
            if *slot != Some(k) {
                *slot = None;
            }
        }
        for n in 1..words.len() {
            keep_first(&mut self.suffix, words[words.len() - n..].join(" "));
            if e.kind == EntityKind::Organization && n >= 2 {
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
            self.initials.entry(initials(&e.name)).or_insert(k);
            // `BOJ`, `BoE`, `DOJ`: some write the `of` too.
            let with_of: String = words
                .iter()
                .filter(|w| **w == "of" || !is_connector(&w.to_lowercase()))
                .filter_map(|w| w.chars().next())
                .map(|c| c.to_ascii_uppercase())
                .collect();
            self.initials.entry(with_of).or_insert(k);
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

    fn find(&self, name: &str) -> Option<usize> {
        if let Some(&k) = self.exact.get(name) {
            return Some(k);
        }
        // `WASHINGTON, April 13 - ` in a dateline, `Washington` in the story.
        if let Some(&k) = title_cased(name).and_then(|t| self.exact.get(t.as_str())) {
            return Some(k);
        }
        let plural = self.exact.get(format!("{name}s").as_str());
        let singular = name.strip_suffix('s').and_then(|n| self.exact.get(n));
        if let Some(&k) = plural.or(singular) {
            return Some(k);
        }
        // (`Scotland` is no short form of `ASH Scotland` or the `Bank of Scotland`.)
        let is_place = is_known_place(name);
        if let Some(&(_, k)) = self.suffix.get(name).filter(|_| !is_place) {
            return Some(k);
        }
        let words = name.split_whitespace().count();
        if words >= 2 && !is_place {
            if let Some(&(_, k)) = self.prefix.get(name) {
                return Some(k);
            }
        }
        if words == 1 {
            if let Some(&k) = self.head.get(name) {
                return Some(k);
            }
            if let Some(&Some(k)) = self.given.get(name) {
                if !gazetteer().contains_key(name) {
                    return Some(k);
                }
            }
            if let Some(&k) = self.company.get(name) {
                return Some(k);
            }
        }
        // `U.S.`, `U.N.`: initials with their dots.
        let letters: std::borrow::Cow<str> = if name.contains('.') {
            name.replace('.', "").into()
        } else {
            name.into()
        };
        let acronym = letters.len() >= 2 && letters.chars().all(|c| c.is_ascii_uppercase());
        if acronym || is_acronym_with_of(name) {
            return self.initials.get(&letters.to_ascii_uppercase()).copied();
        }
        None
    }
}

/// A company's first word that can stand for it: no place, people, title, kind of body or
/// common word (not `American` for `American Express Co`, `General` for `General Motors
/// Corp`, `First` for `First Boston Corp`, `Charles` for `Charles Schwab Corp`).
fn names_a_company_alone(head: &str) -> bool {
    let lower = head.to_lowercase();
    head.chars().next().is_some_and(char::is_uppercase)
        && head.chars().any(char::is_lowercase)
        && !gazetteer().contains_key(head)
        && !is_title_word(head)
        && !is_compass_word(head)
        && kind_from_last_word(head).is_none()
        && !is_demonym(head)
        && !is_common_capitalised(head)
        && !is_common_opener(&lower)
        && !is_function_word(&lower)
        && !is_given_name(head)
}

/// A name written in capitals, three letters or more, as a story writes it: `WASHINGTON` is
/// `Washington`, `NEW YORK` is `New York`, `NATO` is `Nato`.
fn title_cased(name: &str) -> Option<String> {
    // Asked of every name not found as written: most have a lower-case letter early on.
    if name.chars().any(char::is_lowercase)
        || name.chars().filter(|c| c.is_alphabetic()).count() < 3
    {
        return None;
    }
    let mut out = String::with_capacity(name.len());
    let mut word_start = true;
    for c in name.chars() {
        if word_start {
            out.push(c);
        } else {
            out.extend(c.to_lowercase());
        }
        word_start = c.is_whitespace();
    }
    Some(out)
}

/// `BA`, `FSA`, `NATO`: capitals only, two to five, which no sentence opens with by chance
/// (`US`, `IT` and `OK` are turned away before as common words).
fn is_initialism(name: &str) -> bool {
    (2..=5).contains(&name.len()) && name.bytes().all(|b| b.is_ascii_uppercase())
}

/// `BoE`, `MoD`, `DoJ`: initials with the `of` written in lower case.
fn is_acronym_with_of(word: &str) -> bool {
    let capitals = word.bytes().filter(u8::is_ascii_uppercase).count();
    word.starts_with(|c: char| c.is_ascii_uppercase())
        && word.contains('o')
        && capitals >= 2
        && word.bytes().all(|b| b.is_ascii_uppercase() || b == b'o')
}

/// The suffix that says a company is incorporated: `Corp`, `Inc`, `plc`.
fn is_legal_suffix(w: &str) -> bool {
    matches!(
        w,
        "Corp" | "Corporation" | "Co" | "Inc" | "Ltd" | "plc" | "Plc" | "PLC"
    )
}

fn initials(name: &str) -> String {
    // `General Motors Corp` is `GM`: a company's legal suffix has no letter in its initials.
    let words: Vec<&str> = name.split_whitespace().collect();
    let named = match words.split_last() {
        Some((last, rest)) if rest.len() >= 2 && is_legal_suffix(last.trim_end_matches('.')) => {
            rest
        }
        _ => &words[..],
    };
    named
        .iter()
        .filter(|w| !is_connector(&w.to_lowercase()))
        .filter_map(|w| w.chars().next())
        .filter(|c| c.is_uppercase())
        .collect()
}

fn is_demonym_lower(w: &str) -> bool {
    let mut c = w.chars();
    let cap: String = c
        .next()
        .map(|f| f.to_uppercase().chain(c).collect())
        .unwrap_or_default();
    is_demonym(&cap)
}

fn is_connector(w: &str) -> bool {
    matches!(w, "of" | "for" | "on" | "and" | "the" | "&")
}

/// `Democrat`, `Liberal Democrat`: one of a party (or body) the gazetteer knows by its plural.
fn is_member_of_body(name: &str) -> bool {
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

/// `General Acquisition said`, after `General Acquisition Inc`: a body whose name opens with
/// a title word, not General Acquisition the officer.
fn titled_body(
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

/// What the text says around a name's first mention, for its kind.
struct Cues {
    hint: Option<EntityKind>,
    before_speech: bool,
    after_in: bool,
    said_a_body: bool,
}

/// How an entity's kind was found.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Basis {
    /// From the name itself or the words around it.
    Found,
    /// From the name's length alone: two or three words are taken for a person's, until a
    /// later mention says otherwise (`Aston Villa` … `Villa boss David O'Leary`).
    Guessed,
}

fn classify(name: &str, cues: Cues) -> (EntityKind, Basis) {
    let before_speech = cues.before_speech;
    if let Some(kind) = kind_from_cues(name, cues) {
        return (kind, Basis::Found);
    }
    if before_speech {
        return (EntityKind::Person, Basis::Found);
    }
    if (2..=3).contains(&name.split_whitespace().count()) {
        return (EntityKind::Person, Basis::Guessed);
    }
    (EntityKind::Other, Basis::Guessed)
}

/// The kind the name or its first mention's context gives, if any.
fn kind_from_cues(name: &str, cues: Cues) -> Option<EntityKind> {
    let Cues {
        hint,
        before_speech,
        after_in,
        said_a_body,
    } = cues;
    if let Some(k) = gazetteer().get(name) {
        return Some(*k);
    }
    // `LANDOVER, Md., April 2`: a state's abbreviation, its dot a token of its own.
    if is_known_place_abbreviation(name) {
        return Some(EntityKind::Place);
    }
    if is_member_of_body(name) {
        return Some(EntityKind::Organization);
    }
    if hint.is_some() {
        return hint;
    }
    let words: Vec<&str> = name.split_whitespace().collect();
    // `Storm Darragh`, `Hurricane Milton`: weather with a name.
    if words.len() > 1
        && matches!(
            words[0],
            "Storm" | "Hurricane" | "Typhoon" | "Cyclone" | "Tropical"
        )
    {
        return Some(EntityKind::Other);
    }
    // `National Grid`, `Royal Mail`: no person's name starts so; nor `AC Milan`, `FC Porto`,
    // `SV Hamburg`: a club's initials before its town.
    let opens_a_body = |w: &str| {
        matches!(
            w,
            "National"
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
        )
    };
    if words.len() > 1 && opens_a_body(words[0]) {
        return Some(EntityKind::Organization);
    }
    // `ASH Scotland`, `BBC Wales`, `NHS England`: a body's initials and its country.
    if let [initials, place] = words.as_slice() {
        if is_initialism(initials) && is_known_place(place) {
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
    if words.contains(&"with") || matches!(words.as_slice(), [_, "the", _]) {
        return Some(EntityKind::Other);
    }
    if words
        .iter()
        .any(|w| matches!(*w, "of" | "for" | "on" | "and" | "the"))
    {
        return Some(EntityKind::Organization);
    }
    if let Some(k) = words.last().and_then(|w| kind_from_last_word(w)) {
        return Some(k);
    }
    // `British Gas`, `Scottish Power`, `Shell Oil`: a name that ends in a trade is a company.
    if words.len() > 1
        && words
            .last()
            .is_some_and(|w| super::lexicon::with_lower(w, is_trade_word))
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
    // `Network Rail, which owns the track` (a person would be `who`), `Creative Strategies,
    // a consultancy`.
    if (2..=3).contains(&words.len()) && said_a_body && !before_speech {
        return Some(EntityKind::Organization);
    }
    None
}

/// What a company trades in, which ends many of their names: `Shell Oil`, `Tata Steel`.
fn is_trade_word(w: &str) -> bool {
    matches!(
        w,
        "oil"
            | "energy"
            | "water"
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
    )
}

/// The work a wire story's credits name: `Reporting by`, `Editing by`, `Additional
/// reporting by`.
fn is_credit_word(w: &str) -> bool {
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

/// A minister's or commissioner's brief: `Energy Commissioner`, `Home Secretary`.
fn is_portfolio(w: &str) -> bool {
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
            | "industry"
            | "tourism"
            | "science"
            | "technology"
            | "pensions"
            // `EC farm commissioner Frans Andriessen`
            | "farm"
            | "fisheries"
            | "employment"
            | "competition"
            | "budget"
            | "monetary"
            | "sport"
    )
}

/// `Smoking`, `Banking`: a capitalised word ending in `-ing`.
fn is_gerund(name: &str) -> bool {
    name.len() > 5 && name.ends_with("ing") && name.chars().skip(1).all(|c| c.is_ascii_lowercase())
}

/// Portfolios of a minister that are also the trade of a company: `Oil Minister`.
fn is_ministers_portfolio(w: &str) -> bool {
    matches!(
        w,
        "oil"
            | "petroleum"
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
        )
        || is_title_word(w)
}

/// Words that name a part of a place: `North`, `Western`, `Central`.
fn is_compass_word(w: &str) -> bool {
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
    )
}

/// Candidate indices by word count, most words first, in reading order within each count:
/// a counting sort, linear in the number of candidates.
fn longest_first(words: &[u8]) -> Vec<u32> {
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

fn merge<'t>(
    candidates: Vec<Kept>,
    title_list: &[Box<str>],
    name: impl Fn(&Kept) -> &'t str,
    lower_words: &LowerWords,
) -> Entities {
    // Words the text also writes in lower case are ordinary words (`Ministers say` vs
    // `ministers would`).
    let multi_last: HashSet<&str> = candidates
        .iter()
        .filter(|c| name(c).contains(' '))
        .filter_map(|c| name(c).split_whitespace().last())
        .collect();
    let mid_sentence: HashSet<&str> = candidates
        .iter()
        .filter(|c| !c.has(INITIAL_SINGLE))
        .map(&name)
        .collect();
    // A name that opens two sentences (the headline and the lede, say) is a name.
    let mut initial_counts: HashMap<&str, usize> = HashMap::default();
    for c in candidates.iter().filter(|c| c.has(INITIAL_SINGLE)) {
        *initial_counts.entry(name(c)).or_default() += 1;
    }
    // In place: a large briefing has a million candidates.
    let mut kept = candidates;
    kept.retain(|c| {
        if !c.has(INITIAL_SINGLE) {
            return true;
        }
        let vouched = gazetteer().contains_key(name(c))
            || is_initialism(name(c))
            || mid_sentence.contains(name(c))
            || multi_last.contains(name(c))
            || c.has(BEFORE_SPEECH)
            || c.has(NAMED_BY_CONTEXT)
            // (Not `Smoking` opening two sentences: a word ending in `-ing` is a verb's.)
            || (initial_counts.get(name(c)).is_some_and(|&n| n >= 2) && !is_gerund(name(c)));
        vouched && !lower_words.contains(&name(c).to_lowercase())
    });

    // Longest forms first, so short forms can attach to them; reading order within each
    // length (the index is part of the key). A body's well-known short form (`Man Utd`) comes
    // after every name, to find its full one (`Manchester United`) wherever that is.
    // Names are at most `MAX_NAME_TOKENS` long: a byte each.
    let words: Vec<u8> = kept
        .iter()
        .map(|c| {
            let name = name(c);
            if super::lexicon::is_short_form(name) {
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
    let mut aliases = Aliases::default();
    let mut of_candidate = vec![0u32; kept.len()];
    for ci in order {
        let ci = ci as usize;
        let c = &kept[ci];
        let target =
            titled_body(&aliases, &list, title_list, c, name(c)).or_else(|| aliases.find(name(c)));
        let k = match target {
            Some(k) => {
                list[k].spans.push(c.span());
                if let Some(hint) = c.kind {
                    if list[k].kind == EntityKind::Other || bases[k] == Basis::Guessed {
                        list[k].kind = hint;
                        bases[k] = Basis::Found;
                    }
                }
                k
            }
            None => {
                let cues = Cues {
                    hint: c.kind,
                    before_speech: c.has(BEFORE_SPEECH),
                    after_in: c.has(AFTER_IN),
                    said_a_body: c.has(SAID_A_BODY),
                };
                let (kind, basis) = classify(name(c), cues);
                bases.push(basis);
                list.push(Entity {
                    name: name(c).into(),
                    kind,
                    mentions: 0,
                    spans: vec![c.span()],
                });
                let k = list.len() - 1;
                aliases.add(&list[k], k);
                k
            }
        };
        of_candidate[ci] = k as u32;
    }
    // Reading order for the list and the mentions.
    for e in &mut list {
        e.spans.sort_unstable();
        e.mentions = e.spans.len();
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
    let mut sorted: Vec<Option<Entity>> = list.into_iter().map(Some).collect();
    let list: Vec<Entity> = by_first.iter().filter_map(|&k| sorted[k].take()).collect();
    let mut titles = HashMap::default();
    for (ci, c) in kept.iter().enumerate() {
        if let Some(t) = title_list.get(c.title as usize) {
            let e = renumber[of_candidate[ci] as usize];
            titles.entry(t.to_string()).or_insert(e);
            if let Some(last) = t.rsplit(' ').next().filter(|l| *l != &**t) {
                titles.entry(last.to_string()).or_insert(e);
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
    Entities {
        list,
        mentions,
        titles,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn longer_names_first_and_reading_order_within_a_length() {
        assert_eq!(longest_first(&[1, 3, 1, 2, 3]), [1, 4, 3, 0, 2]);
        assert!(longest_first(&[]).is_empty());
    }

    /// Each entity's name and kind, without its count.
    fn kinds(text: &str) -> Vec<(String, EntityKind)> {
        names(text).into_iter().map(|(n, k, _)| (n, k)).collect()
    }

    fn names(text: &str) -> Vec<(String, EntityKind, usize)> {
        let paras: Vec<Para> = text
            .split("\n\n")
            .enumerate()
            .map(|(i, t)| Para::new(i, t, Role::Body))
            .collect();
        find(&paras)
            .list
            .into_iter()
            .map(|e| (e.name.into(), e.kind, e.mentions))
            .collect()
    }

    #[test]
    fn a_body_named_by_its_people_keeps_their_nationality() {
        assert_eq!(
            kinds("The Canadian Auto Workers union met Russian envoy Anna Petrova."),
            [
                ("Anna Petrova".into(), EntityKind::Person),
                ("Canadian Auto Workers".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_player_s_position_opening_a_sentence_is_not_his_name() {
        assert_eq!(
            kinds("Fly-half Gavin Henson kicked the Export Enhancement Program out. The band Keane wept."),
            [
                ("Export Enhancement Program".into(), EntityKind::Other),
                ("Gavin Henson".into(), EntityKind::Person),
                ("Keane".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_body_whose_name_opens_with_a_title_word_is_not_an_officer() {
        assert_eq!(
            kinds("General Acquisition Inc made a bid. General Acquisition said it had the money. General Tom Hale agreed."),
            [
                ("General Acquisition Inc".into(), EntityKind::Organization),
                ("Tom Hale".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_span_of_time_after_a_body_is_not_part_of_its_name() {
        assert_eq!(
            kinds("The law gives Congress 90 days to act. BBC Radio 4 listeners agreed."),
            [
                ("BBC Radio 4".into(), EntityKind::Organization),
                ("Congress".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_plc_in_title_case_is_a_company_with_its_nationality_and_its_and() {
        assert_eq!(
            kinds("British Telecommunications Plc faces Cable and Wireless Plc. BT shares rose."),
            [
                (
                    "British Telecommunications Plc".into(),
                    EntityKind::Organization
                ),
                ("Cable and Wireless Plc".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_trust_is_named_by_the_word_before_it() {
        assert_eq!(
            kinds("Hanson Trust PLC raised its bid. Hanson said 39 pct was tendered."),
            [("Hanson Trust PLC".into(), EntityKind::Organization)]
        );
    }

    #[test]
    fn two_words_after_at_the_are_a_place() {
        assert_eq!(
            kinds("They lost at the Nou Camp."),
            [("Nou Camp".into(), EntityKind::Place)]
        );
    }

    #[test]
    fn known_names_keep_their_first_word_and_adjectives_give_their_place() {
        let kind_of = |text: &str, name: &str| {
            names(text)
                .into_iter()
                .find(|(n, _, _)| n == name)
                .map(|(_, k, _)| k)
        };
        assert_eq!(
            kind_of("New Zealand won the toss.", "New Zealand"),
            Some(EntityKind::Place)
        );
        assert_eq!(
            kind_of("The Times reported it.", "The Times"),
            Some(EntityKind::Organization)
        );
        let found = names("New York-based Citigroup fell. The UK-based firm Sony Ericsson grew.");
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        for name in ["New York", "Citigroup", "UK", "Sony Ericsson"] {
            assert!(found.contains(&name), "{name} in {found:?}");
        }
        assert!(!found.iter().any(|n| n.contains("-based")), "{found:?}");
        assert_eq!(
            kind_of("Sales rose in North America.", "North America"),
            Some(EntityKind::Place)
        );
    }

    #[test]
    fn the_words_before_a_name_can_say_it_is_a_body() {
        let found = names(
            "Sales rose, according to research firm Gartner. Analysts at Capital Economics said \
             prices would fall, and reinsurer group Swiss Re agreed.",
        );
        for name in ["Gartner", "Capital Economics"] {
            let kind = found.iter().find(|(n, _, _)| n == name).map(|(_, k, _)| *k);
            assert_eq!(kind, Some(EntityKind::Organization), "{name} in {found:?}");
        }
    }

    #[test]
    fn a_body_before_a_two_word_title_is_a_name_of_its_own() {
        let found = names("Federal Reserve Board Vice Chairman Manuel Johnson spoke at 1300 EDT.");
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(found, ["Federal Reserve Board", "Manuel Johnson"]);
    }

    #[test]
    fn a_capital_and_digits_is_a_name_but_a_capital_alone_is_not() {
        let found = names("Irish band U2 and a spokesman for O2 met. He scored a B in French.");
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(found, ["O2", "U2"]);
    }

    #[test]
    fn a_first_name_alone_is_the_one_person_who_has_it() {
        let found = names(
            "Chelsea signed Tiago Mendes. Jose Mourinho worked with Tiago at Porto. \
             Gordon Brown and Gordon Lishman spoke; Gordon agreed.",
        );
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert!(found.contains(&"Tiago Mendes"), "{found:?}");
        assert!(!found.contains(&"Tiago"), "{found:?}");
        // Two people have it: nobody in particular.
        assert!(found.contains(&"Gordon"), "{found:?}");
    }

    #[test]
    fn a_known_body_s_division_before_a_title_is_one_name() {
        let found = kinds("Sony Computer Entertainment president Ken Kutaragi spoke.");
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Ken Kutaragi", "Sony Computer Entertainment"]);
    }

    #[test]
    fn a_company_in_camel_case_is_a_name_but_a_product_is_not() {
        let found =
            kinds("Rival easyJet and eBay reported. Sales of the iPod rose, as did mRNA tests.");
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["eBay", "easyJet"]);
    }

    #[test]
    fn a_place_before_a_title_says_whose_the_title_is() {
        let found = kinds("Ross Walker, UK economist at Royal Bank of Scotland, said so.");
        assert!(
            found.contains(&("Ross Walker".into(), EntityKind::Person)),
            "{found:?}"
        );
        let found = kinds("Jobs went at a plant near Cupertino, California, on Monday.");
        assert!(
            found.contains(&("Cupertino".into(), EntityKind::Place)),
            "{found:?}"
        );
    }

    #[test]
    fn a_club_s_initials_before_its_town_make_a_body() {
        let found = kinds("He joined from AC Milan and left for FC Porto.");
        assert_eq!(
            found,
            [
                ("AC Milan".into(), EntityKind::Organization),
                ("FC Porto".into(), EntityKind::Organization)
            ]
        );
    }

    #[test]
    fn a_name_after_the_kind_of_work_it_is_is_a_work() {
        let found = kinds(
            "British film Vera Drake won. Mike Leigh directed the sitcom Nuts. \
             The Tomb Raider series sold.",
        );
        assert!(
            found.contains(&("Tomb Raider".into(), EntityKind::Other)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Vera Drake".into(), EntityKind::Other)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Nuts".into(), EntityKind::Other)),
            "{found:?}"
        );
    }

    #[test]
    fn whose_title_it_is_may_be_a_body_or_a_person() {
        let found = kinds("Chelsea's manager Jose Mourinho said so.");
        assert!(
            found.contains(&("Chelsea".into(), EntityKind::Organization)),
            "{found:?}"
        );
        let found = kinds("Andy Murray's coach Mark Petchey said so.");
        assert!(
            found.contains(&("Andy Murray".into(), EntityKind::Person)),
            "{found:?}"
        );
    }

    #[test]
    fn a_company_suffix_written_onto_a_name_makes_a_body() {
        let found = kinds("A Citibank spokesman said so. Citicorp added three billion dlrs.");
        assert_eq!(
            found,
            [
                ("Citibank".into(), EntityKind::Organization),
                ("Citicorp".into(), EntityKind::Organization)
            ]
        );
    }

    #[test]
    fn an_acronym_inside_a_name_spells_out_in_its_initials() {
        let got =
            names("Mr Smith quit the UK Independence Party. UKIP leader Roger Knapman spoke.");
        assert!(
            got.contains(&("UK Independence Party".into(), EntityKind::Organization, 2)),
            "{got:?}"
        );
    }

    #[test]
    fn a_portfolio_after_a_possessive_belongs_to_the_title() {
        for text in [
            "The Liberal Democrats' Treasury spokesman, Vince Cable, said so.",
            "Labour's Treasury spokesman, Vince Cable, said so.",
        ] {
            let found = kinds(text);
            assert!(
                found.contains(&("Vince Cable".into(), EntityKind::Person)),
                "{found:?}"
            );
            assert!(
                !found.iter().any(|(n, _)| n.contains("Treasury")),
                "{found:?}"
            );
        }
        let found = kinds("Members of the Transport and General Workers' Union voted.");
        assert!(
            found.contains(&(
                "Transport and General Workers' Union".into(),
                EntityKind::Organization
            )),
            "{found:?}"
        );
    }

    #[test]
    fn a_word_in_ing_is_a_gerund_whatever_its_first_letter() {
        assert!(is_gerund("Smoking"));
        assert!(is_gerund("Élaning"));
        assert!(!is_gerund("Beijing Ltd") && !is_gerund("King") && !is_gerund("BOEING"));
    }

    #[test]
    fn a_country_is_no_short_form_of_a_body_named_after_it() {
        let found = kinds(
            "Smoking will be banned in Scotland, First Minister Jack McConnell said. \
             Smoking kills, say campaigners ASH Scotland. The Bank of Scotland agreed.",
        );
        assert_eq!(
            found,
            [
                ("ASH Scotland".into(), EntityKind::Organization),
                ("Bank of Scotland".into(), EntityKind::Organization),
                ("Jack McConnell".into(), EntityKind::Person),
                ("Scotland".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_surname_that_is_a_title_after_an_honorific() {
        let found = names("BA chairman Lord King spoke. Mr Major said so. John Major left.");
        assert!(
            found.contains(&("Lord King".into(), EntityKind::Person, 1)),
            "{found:?}"
        );
        assert!(
            found.contains(&("John Major".into(), EntityKind::Person, 2)),
            "{found:?}"
        );
    }

    #[test]
    fn a_title_word_before_the_kind_of_body_names_the_body() {
        let found = kinds("Egypt's General Authority for Supply Commodities will buy wheat.");
        assert!(
            found.contains(&(
                "General Authority for Supply Commodities".into(),
                EntityKind::Organization
            )),
            "{found:?}"
        );
    }

    #[test]
    fn a_known_name_keeps_its_and() {
        let found = kinds(
            "Marks and Spencer said sales fell. The House Ways and Means trade subcommittee \
             voted. Texas and Louisiana agreed.",
        );
        assert_eq!(
            found,
            [
                ("House Ways and Means".into(), EntityKind::Organization),
                ("Louisiana".into(), EntityKind::Place),
                ("Marks and Spencer".into(), EntityKind::Organization),
                ("Texas".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_system_a_survey_or_a_directorate_is_a_body_even_after_a_party_s_name() {
        let found = kinds(
            "The aid went to the Farm Credit System. The Labour Force Survey fell, the Customs \
             Directorate said.",
        );
        assert_eq!(
            found,
            [
                ("Customs Directorate".into(), EntityKind::Organization),
                ("Farm Credit System".into(), EntityKind::Organization),
                ("Labour Force Survey".into(), EntityKind::Organization)
            ]
        );
    }

    #[test]
    fn a_state_s_abbreviation_is_a_place() {
        let found = kinds("LANDOVER, Md., April 2 - Acme of Boston, Mass., said so.");
        assert!(
            found.contains(&("Md".into(), EntityKind::Place)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Mass".into(), EntityKind::Place)),
            "{found:?}"
        );
        assert!(is_known_place_abbreviation("Calif"));
        // Longer words are asked nothing (and never overrun the buffer).
        assert!(!is_known_place_abbreviation("Kansas"));
        assert!(!is_known_place_abbreviation("Londons"));
    }

    #[test]
    fn a_delivery_month_is_not_part_of_a_grade_s_name() {
        let found = kinds("April West Texas Intermediate crude settled at 18.82 dlrs.");
        let found: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(found, ["West Texas Intermediate"]);
    }

    #[test]
    fn a_date_after_a_place_is_not_part_of_its_name() {
        let found = names("Ministers will meet in Vienna on December 9 and in Geneva on Monday.");
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(found, ["Geneva", "Vienna"]);
    }

    #[test]
    fn a_person_of_an_acronym_is_two_names() {
        let found = names("\"It is a kick in the teeth,\" said Brendan Gold of the GMB union.");
        let kinds: Vec<(&str, EntityKind)> =
            found.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
        assert!(
            kinds.contains(&("Brendan Gold", EntityKind::Person)),
            "{kinds:?}"
        );
        assert!(
            kinds.contains(&("GMB", EntityKind::Organization)),
            "{kinds:?}"
        );
    }

    #[test]
    fn a_person_named_in_full_of_an_unknown_name_is_a_person_of_a_body() {
        let found = kinds("\"No one can afford it,\" said Charles Bradford of Pruett Lynch.");
        assert!(
            found.contains(&("Charles Bradford".into(), EntityKind::Person)),
            "{found:?}"
        );
        assert!(
            found.contains(&("Pruett Lynch".into(), EntityKind::Organization)),
            "{found:?}"
        );
    }

    #[test]
    fn a_party_named_in_the_singular_is_still_a_party() {
        let found = names("Liberal Democrat spokesman Phil Willis said the plans were wrong.");
        let kind = found
            .iter()
            .find(|(n, _, _)| n == "Liberal Democrat")
            .map(|(_, k, _)| *k);
        assert_eq!(kind, Some(EntityKind::Organization), "{found:?}");
    }

    #[test]
    fn first_person_contractions_and_days_are_not_names() {
        let found = names("He said: “I'm pleased and I’ve won.” Saturday's final is next.");
        assert!(found.is_empty(), "{found:?}");
        let found = names("It will be the Walkman of the 21st Century.");
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(found, ["Walkman"]);
    }

    #[test]
    fn a_function_word_with_s_opening_a_sentence_is_a_contraction_not_a_name() {
        let found = names(
            "“It's been a long year,” said Anna Berg. That’s over. What's next? Let's go. Where's Tom?",
        );
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(found, ["Anna Berg", "Tom"]);
    }

    #[test]
    fn a_name_after_a_persons_name_and_of_is_where_they_work_or_come_from() {
        let found =
            kinds("Roger Bootle, of Capital Economics, said so. Ann Lee, of Kansas City, agreed.");
        assert_eq!(
            found,
            [
                ("Ann Lee".into(), EntityKind::Person),
                ("Capital Economics".into(), EntityKind::Organization),
                ("Kansas City".into(), EntityKind::Place),
                ("Roger Bootle".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_period_of_results_in_a_wire_table_is_no_name() {
        let found = names(
            "Revs 3.32 billion Year shr 3.40 dlrs. NOTE: Fourth quarter 1986 includes a gain.",
        );
        assert!(found.is_empty(), "{found:?}");
    }

    #[test]
    fn a_partys_department_before_a_title_is_the_titles_brief() {
        let found = kinds(
            "Liberal Democrat Treasury spokesman Vince Cable and Labour Party chairman Ian \
             McCartney spoke.",
        );
        assert_eq!(
            found,
            [
                ("Ian McCartney".into(), EntityKind::Person),
                ("Labour Party".into(), EntityKind::Organization),
                ("Liberal Democrat".into(), EntityKind::Organization),
                ("Vince Cable".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_grade_of_crude_is_no_person_and_benchmark_no_part_of_it() {
        let found = kinds("Benchmark Arabian Light was quoted at 17.52 dlrs and Brent Blend fell.");
        assert_eq!(
            found,
            [
                ("Arabian Light".into(), EntityKind::Other),
                ("Brent Blend".into(), EntityKind::Other),
            ]
        );
    }

    #[test]
    fn an_adjective_or_a_holiday_alone_is_no_name_but_inside_one_it_is() {
        let found = names(
            "After her Olympic disappointment, sales over the Christmas period fell. The \
             Olympic Games and Christmas Island stayed. It said \"Merry Christmas\" before \
             last November's Presidential election.",
        );
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert_eq!(found, ["Christmas Island", "Olympic Games"]);
    }

    #[test]
    fn plural_acronyms_are_not_names() {
        let found = names("Up to 30 Labour MPs could rebel. Mr Brown told MPs and MEPs to wait.");
        let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
        assert!(found.contains(&"Labour"), "{found:?}");
        assert!(
            !found
                .iter()
                .any(|n| n.contains("MPs") || n.contains("MEPs")),
            "{found:?}"
        );
    }

    #[test]
    fn merges_short_forms_and_strips_titles() {
        let got = names(
            "Prime Minister Jane Okafor met Mr Okafor's rival in Lisbon. Okafor said little.",
        );
        assert_eq!(
            got,
            [
                ("Jane Okafor".into(), EntityKind::Person, 3),
                ("Lisbon".into(), EntityKind::Place, 1)
            ]
        );
    }

    #[test]
    fn lower_words_remember_every_word_added() {
        let mut words = LowerWords::default();
        let many: Vec<String> = (0..20_000).map(|n| format!("w{n}")).collect();
        for w in many
            .iter()
            .chain(&many)
            .chain(["the", "the", "despite"].map(String::from).iter())
        {
            words.insert(w);
        }
        assert!(many.iter().all(|w| words.contains(w)));
        assert!(words.contains("despite") && words.contains("the"));
        assert!(!words.contains("Despite") && !words.contains("w20000"));
    }

    #[test]
    fn an_acronym_may_keep_the_of_and_a_treasury_is_a_body() {
        let got =
            names("The Bank of Japan met. The BOJ and the BoE waited, as did the U.S. Treasury.");
        let got: Vec<(&str, EntityKind, usize)> =
            got.iter().map(|(n, k, c)| (n.as_str(), *k, *c)).collect();
        assert_eq!(
            got,
            [
                ("Bank of Japan", EntityKind::Organization, 2),
                ("BoE", EntityKind::Organization, 1),
                ("U.S. Treasury", EntityKind::Organization, 1),
            ]
        );
    }

    #[test]
    fn a_name_first_met_after_in_is_a_place() {
        let got = kinds(
            "Mr Trump told supporters in Des Moines. Jane Roe said it was cold in Des Moines.",
        );
        assert!(
            got.contains(&("Des Moines".into(), EntityKind::Place)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Jane Roe".into(), EntityKind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn a_place_s_body_is_two_names_but_a_body_s_office_is_one() {
        let mut got: Vec<String> = kinds(
            "Japan's Ministry of Finance spoke. Canada's Supreme Court agreed. \
             They met the U.S. Trade Representative's Office before America's Cup.",
        )
        .into_iter()
        .map(|(n, _)| n)
        .collect();
        got.sort();
        assert_eq!(
            got,
            [
                "America's Cup",
                "Canada",
                "Japan",
                "Ministry of Finance",
                "Supreme Court",
                "U.S. Trade Representative's Office"
            ]
        );
    }

    #[test]
    fn a_name_in_capitals_is_the_same_name_in_title_case() {
        let got = names(
            "WASHINGTON, April 13 - The officials in Washington met NATO envoys.\n\n\
             Nato said little.",
        );
        assert_eq!(
            got,
            [
                ("NATO".into(), EntityKind::Organization, 2),
                ("WASHINGTON".into(), EntityKind::Place, 2)
            ]
        );
    }

    #[test]
    fn a_name_after_the_kind_of_body_it_is_is_a_body() {
        let got = kinds("A survey by the think tank Demos, the charity Shelter Cymru and box office tracker Exhibitor Relations.");
        for body in ["Demos", "Shelter Cymru", "Exhibitor Relations"] {
            assert!(
                got.contains(&(body.into(), EntityKind::Organization)),
                "{body}: {got:?}"
            );
        }
    }

    #[test]
    fn an_oil_minister_is_a_title_but_a_company_s_oil_is_its_name() {
        let got = kinds(
            "Saudi Arabian Oil Minister Hisham Nazer spoke. Shell Oil Chairman John Bookout listened.",
        );
        let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
        assert!(
            !names.iter().any(|n| n.contains("Saudi Arabian")),
            "{got:?}"
        );
        for (name, kind) in [
            ("Hisham Nazer", EntityKind::Person),
            ("Shell Oil", EntityKind::Organization),
            ("John Bookout", EntityKind::Person),
        ] {
            assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
        }
    }

    #[test]
    fn a_company_is_also_named_by_the_word_before_its_trade() {
        let got = names(
            "Paramount Pictures, Getty Petroleum Corp, Allegheny International Inc and American \
             Airlines gained.\n\n\
             He and Paramount's president flew American Airlines, as did a North American tourist \
             and Getty's board. An Allegheny spokesman spoke.",
        );
        assert_eq!(
            got,
            [
                (
                    "Allegheny International Inc".into(),
                    EntityKind::Organization,
                    2
                ),
                ("American Airlines".into(), EntityKind::Organization, 2),
                ("Getty Petroleum Corp".into(), EntityKind::Organization, 2),
                ("Paramount Pictures".into(), EntityKind::Organization, 2),
                ("North American".into(), EntityKind::Other, 1)
            ]
        );
        let got = names("Unions at Ford Motor Co's plants will strike. Ford, which lost, said so.");
        assert_eq!(got, [("Ford Motor Co".into(), EntityKind::Organization, 2)]);
    }

    #[test]
    fn a_company_goes_by_its_first_word_unless_a_person_has_it() {
        let got = names(
            "Shearson Lehman Brothers Inc will buy units of E.F. Hutton Group Inc and of Dow \
             Morgan Inc. Shearson said Hutton agreed. Analyst Peter Morgan said Morgan gained. \
             First Boston Corp advised it. First Boston said talks went well.",
        );
        assert_eq!(
            got,
            [
                ("E.F. Hutton Group Inc".into(), EntityKind::Organization, 2),
                ("First Boston Corp".into(), EntityKind::Organization, 2),
                ("Peter Morgan".into(), EntityKind::Person, 2),
                (
                    "Shearson Lehman Brothers Inc".into(),
                    EntityKind::Organization,
                    2
                ),
                ("Dow Morgan Inc".into(), EntityKind::Organization, 1),
            ]
        );
    }

    #[test]
    fn a_body_is_told_by_its_kind_set_off_after_it_or_by_brothers() {
        assert_eq!(
            kinds(
                "Tim Bajarin, president of Creative Strategies, a consultancy, spoke. \
                   Shearson Lehman Brothers agreed."
            ),
            [
                ("Creative Strategies".into(), EntityKind::Organization),
                ("Shearson Lehman Brothers".into(), EntityKind::Organization),
                ("Tim Bajarin".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn initials_used_as_a_common_noun_are_no_name() {
        assert_eq!(
            kinds("Patients referred by a GP to hospital met an MP. A BBC reporter spoke of VAT."),
            [("BBC".into(), EntityKind::Organization)]
        );
    }

    #[test]
    fn a_persons_name_takes_no_on() {
        assert_eq!(
            kinds("A guitar played by George Harrison on the Beatles' records went to the General Agreement on Tariffs and Trade."),
            [
                ("Beatles".into(), EntityKind::Other),
                ("General Agreement on Tariffs and Trade".into(), EntityKind::Organization),
                ("George Harrison".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_titles_possessive_names_nobody_but_an_honorifics_surname_does() {
        assert_eq!(
            kinds("The Prosecutor General's office and the Attorney General's aides met the Queen's envoy and Lord King's staff. Prosecutor Jane Roe spoke."),
            [
                ("Jane Roe".into(), EntityKind::Person),
                ("Lord King".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_products_model_is_no_name() {
        assert_eq!(
            kinds("Apple said the iPod Shuffle and the iMac Pro will sell in the UK."),
            [
                ("Apple".into(), EntityKind::Organization),
                ("UK".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_letter_hyphened_onto_a_word_is_a_brand_and_a_duke_is_a_title() {
        assert_eq!(
            kinds("T-Mobile said Ralph Fiennes, who plays the Duke, called."),
            [
                ("Ralph Fiennes".into(), EntityKind::Person),
                ("T-Mobile".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn initials_that_open_a_sentence_are_a_name() {
        let got = names(
            "Cabin crew at British Airways voted to strike.\n\n\
             BA chief executive Rod Eddington was disappointed.",
        );
        assert!(
            got.contains(&("British Airways".into(), EntityKind::Organization, 2)),
            "{got:?}"
        );
    }

    #[test]
    fn a_region_named_by_its_compass_point_is_a_place() {
        let got = kinds("Farms in Sulawesi and North Sumatra grew; Western Airlines flew on.");
        assert!(
            got.contains(&("North Sumatra".into(), EntityKind::Place)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Western Airlines".into(), EntityKind::Organization)),
            "{got:?}"
        );
    }

    #[test]
    fn a_name_the_text_follows_with_which_is_no_person() {
        let got =
            kinds("Network Rail, which owns the track, will pay. Jane Roe, who runs it, agreed.");
        assert!(
            got.contains(&("Network Rail".into(), EntityKind::Organization)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Jane Roe".into(), EntityKind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn whom_a_chief_executive_or_a_spokesman_works_for_is_a_body() {
        let got = kinds(
            "Anna Berg, chief executive of Passengerfocus, said so. \
             A spokeswoman for Ofcom agreed, as did the editor of Search Engine Watch.",
        );
        for body in ["Passengerfocus", "Ofcom", "Search Engine Watch"] {
            assert!(
                got.contains(&(body.into(), EntityKind::Organization)),
                "{body}: {got:?}"
            );
        }
    }

    #[test]
    fn a_body_of_something_is_also_named_by_its_noun() {
        let got = names(
            "The Bank of England cut rates. The Bank's committee voted, and the Bank said so.",
        );
        assert_eq!(
            got,
            [("Bank of England".into(), EntityKind::Organization, 3)]
        );
    }

    #[test]
    fn a_wire_storys_credits_name_only_people() {
        assert_eq!(
            kinds("(Reporting by Kate Abnett; Additional reporting by Tom Bell; Editing by Alex Richardson)"),
            [
                ("Alex Richardson".into(), EntityKind::Person),
                ("Kate Abnett".into(), EntityKind::Person),
                ("Tom Bell".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_known_name_keeps_its_the_and_its_of() {
        assert_eq!(
            kinds("Save the Children and the Stop the War Coalition warned of drought in the Horn of Africa."),
            [
                ("Horn of Africa".into(), EntityKind::Place),
                ("Save the Children".into(), EntityKind::Organization),
                ("Stop the War Coalition".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_place_and_a_plural_is_a_team_and_a_partys_member_names_the_place() {
        assert_eq!(
            kinds("The Atlanta Falcons beat the Tampa Bay Buccaneers, said William Proxmire, a Wisconsin Democrat, at the Dubai Championships."),
            [
                ("Atlanta Falcons".into(), EntityKind::Organization),
                ("Dubai Championships".into(), EntityKind::Other),
                ("Tampa Bay Buccaneers".into(), EntityKind::Organization),
                ("William Proxmire".into(), EntityKind::Person),
                ("Wisconsin".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_players_position_opening_a_sentence_is_not_his_name() {
        assert_eq!(
            kinds("Quarterback Tom Brady threw two touchdowns."),
            [("Tom Brady".into(), EntityKind::Person)]
        );
    }

    #[test]
    fn a_brief_before_a_title_belongs_to_the_title() {
        assert_eq!(
            kinds("Health Secretary Wes Streeting met EU Energy Commissioner Dan Jorgensen."),
            [
                ("Dan Jorgensen".into(), EntityKind::Person),
                ("EU".into(), EntityKind::Organization),
                ("Wes Streeting".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_months_possessive_is_not_a_name_but_mays_is() {
        assert_eq!(
            kinds("It is below last July's rate. May's deal failed, said Theresa May."),
            [("Theresa May".into(), EntityKind::Person)]
        );
    }

    #[test]
    fn a_village_or_town_of_a_name_is_a_place() {
        assert_eq!(
            kinds("The fire began near the village of Varnavas and reached the suburb of Penteli."),
            [
                ("Penteli".into(), EntityKind::Place),
                ("Varnavas".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_name_before_a_lower_case_title_and_a_person_is_a_body() {
        assert_eq!(
            kinds("The plan failed. Acme Widgets chief executive Tom Bell agreed. Campaign for Better Transport director Ann Lee said so."),
            [
                ("Acme Widgets".into(), EntityKind::Organization),
                ("Ann Lee".into(), EntityKind::Person),
                ("Campaign for Better Transport".into(), EntityKind::Organization),
                ("Tom Bell".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_name_before_a_known_place_is_a_place_in_it() {
        assert_eq!(
            kinds("He spoke in Cupertino, California, and in Bexley, New York."),
            [
                ("Bexley".into(), EntityKind::Place),
                ("California".into(), EntityKind::Place),
                ("Cupertino".into(), EntityKind::Place),
                ("New York".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_trade_opening_a_sentence_is_not_a_name() {
        assert_eq!(
            kinds("Oil prices rose. Energy bills fell at Shell Oil."),
            [("Shell Oil".into(), EntityKind::Organization)]
        );
    }

    #[test]
    fn kinds_told_by_the_words_around_or_inside_a_name() {
        assert_eq!(
            kinds("The House of Representatives voted. She is from Oadby, Leicestershire, and wrote in the journal Nature Astronomy. She worked on Ward 7."),
            [
                ("House of Representatives".into(), EntityKind::Organization),
                ("Leicestershire".into(), EntityKind::Place),
                ("Nature Astronomy".into(), EntityKind::Organization),
                ("Oadby".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn more_kinds_told_by_the_words_around_or_inside_a_name() {
        assert_eq!(
            kinds("Families of victims spoke. The Post Office Horizon scandal grew. London Fire Brigade sent crews to Hayes, west London."),
            [
                ("Hayes".into(), EntityKind::Place),
                ("London".into(), EntityKind::Place),
                ("London Fire Brigade".into(), EntityKind::Organization),
                ("Post Office Horizon".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn names_whose_first_word_tells_their_kind() {
        assert_eq!(
            kinds("Thousands lost power as Storm Darragh hit, and National Grid and Royal Mail said so. He met Honda Chief Executive Toshihiro Mibe."),
            [
                ("Honda".into(), EntityKind::Organization),
                ("National Grid".into(), EntityKind::Organization),
                ("Royal Mail".into(), EntityKind::Organization),
                ("Storm Darragh".into(), EntityKind::Other),
                ("Toshihiro Mibe".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn two_long_names_joined_by_and_are_two() {
        assert_eq!(
            kinds("He met the Bank of England and European Central Bank, and the Food and Drug Administration."),
            [
                ("Bank of England".into(), EntityKind::Organization),
                ("European Central Bank".into(), EntityKind::Organization),
                ("Food and Drug Administration".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_companys_initials_leave_out_its_legal_suffix() {
        assert_eq!(
            names("General Motors Corp said so. GM shares fell."),
            [("General Motors Corp".into(), EntityKind::Organization, 2)]
        );
    }

    #[test]
    fn dotted_initials_join_their_name() {
        assert_eq!(
            names("The United States acted. U.S. officials and the U.N. agreed."),
            [
                ("United States".into(), EntityKind::Place, 2),
                ("U.N.".into(), EntityKind::Organization, 1),
            ]
        );
    }

    #[test]
    fn two_places_in_one_word_describe_and_reporters_write_from_cities() {
        assert_eq!(
            kinds("U.S.-China trade fell by 1:46 p.m. ET in the February-June period, said Ann Lee in Bengaluru. Corn added 4 cents."),
            [
                ("Ann Lee".into(), EntityKind::Person),
                ("Bengaluru".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn the_poles_are_places() {
        assert_eq!(
            kinds("The team reached the North Pole on Friday, and Anna Berg the South Pole."),
            [
                ("Anna Berg".into(), EntityKind::Person),
                ("North Pole".into(), EntityKind::Place),
                ("South Pole".into(), EntityKind::Place)
            ]
        );
    }

    #[test]
    fn a_tour_is_an_event_and_known_companies_are_bodies() {
        assert_eq!(
            kinds("The Eras Tour made more than any other, according to Spotify and Ofcom."),
            [
                ("Eras Tour".into(), EntityKind::Other),
                ("Ofcom".into(), EntityKind::Organization),
                ("Spotify".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn member_opening_a_sentence_is_not_a_name() {
        assert_eq!(kinds("Member states have until Sept. 30 to reply."), []);
    }

    #[test]
    fn a_commissioner_s_portfolio_is_part_of_the_title() {
        assert_eq!(
            kinds("The Information Commissioner, Richard Thomas, can fine firms."),
            [("Richard Thomas".into(), EntityKind::Person)]
        );
    }

    #[test]
    fn the_kind_of_body_alone_names_none_but_a_body_of_an_office_is_one() {
        let found = kinds(
            "Council tax rises. Police said so, according to the Office of the Deputy Prime Minister. Congress agreed.",
        );
        let names: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
        assert_eq!(names, ["Congress", "Office of the Deputy Prime Minister"]);
    }

    #[test]
    fn people_named_by_what_they_do_opening_a_sentence_are_no_name() {
        assert_eq!(kinds("Organisers said tickets had sold out."), []);
        assert_eq!(kinds("Broadcasters said the rights cost more."), []);
    }

    #[test]
    fn a_nationality_before_a_name_is_not_part_of_it() {
        let got = kinds(
            "He beat Australian Alex de Minaur at the Australian Open, said British Chambers of Commerce.",
        );
        assert_eq!(
            got,
            [
                ("Alex de Minaur".into(), EntityKind::Person),
                ("Australian Open".into(), EntityKind::Other),
                (
                    "British Chambers of Commerce".into(),
                    EntityKind::Organization
                ),
            ]
        );
    }

    #[test]
    fn water_companies_and_islands() {
        let got = kinds("Southern Water banned hosepipes in Hampshire and the Isle of Wight.");
        assert_eq!(
            got,
            [
                ("Hampshire".into(), EntityKind::Place),
                ("Isle of Wight".into(), EntityKind::Place),
                ("Southern Water".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_chief_executive_is_a_title() {
        let got = names("Results were weak, Chief Executive Jon Moeller told analysts.");
        assert_eq!(got, [("Jon Moeller".into(), EntityKind::Person, 1)]);
    }

    #[test]
    fn a_word_describing_the_name_that_opens_a_sentence_is_not_part_of_it() {
        let got = kinds(
            "Rival Unilever fell. Striker Harry Kane scored. Fellow Democrat Nancy Pelosi agreed. \
             Guitarist Jimmy Page played.",
        );
        assert_eq!(
            got,
            [
                ("Democrat".into(), EntityKind::Organization),
                ("Harry Kane".into(), EntityKind::Person),
                ("Jimmy Page".into(), EntityKind::Person),
                ("Nancy Pelosi".into(), EntityKind::Person),
                ("Unilever".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_dateline_without_reuters_opens_a_sentence_too() {
        let got =
            kinds("HOUSTON, April 7 - Pilots at Continental Airlines said they would strike.");
        assert!(!got.iter().any(|(n, _)| n.contains("Pilots")), "{got:?}");
        assert!(got.contains(&("Continental Airlines".into(), EntityKind::Organization)));
    }

    #[test]
    fn a_name_joined_by_on_after_a_title_word_is_no_person_s() {
        let got = kinds(
            "Talks under the General Agreement on Tariffs and Trade began. General Colin Powell spoke.",
        );
        let gatt = got
            .iter()
            .find(|(n, _)| n == "General Agreement on Tariffs and Trade");
        assert!(
            gatt.is_some_and(|(_, k)| *k != EntityKind::Person),
            "{got:?}"
        );
        assert!(
            got.contains(&("Colin Powell".into(), EntityKind::Person)),
            "{got:?}"
        );
    }

    #[test]
    fn two_places_joined_by_for_are_two() {
        let got = kinds("It added to pressure from Washington for Tokyo to open up. Members of the Campaign for Nuclear Disarmament marched.");
        for place in ["Washington", "Tokyo"] {
            assert!(got.contains(&(place.into(), EntityKind::Place)), "{got:?}");
        }
        assert!(
            got.iter()
                .any(|(n, _)| n == "Campaign for Nuclear Disarmament"),
            "{got:?}"
        );
    }

    #[test]
    fn a_wire_story_opens_a_sentence_after_its_dateline() {
        let got = kinds("CAIRO, Jan 8 (Reuters) - Negotiators from Israel met U.S. President-elect Donald Trump.");
        assert!(
            !got.iter().any(|(n, _)| n.contains("Negotiators")),
            "{got:?}"
        );
        assert!(
            got.contains(&("Donald Trump".into(), EntityKind::Person)),
            "{got:?}"
        );
        assert!(
            got.contains(&("Israel".into(), EntityKind::Place)),
            "{got:?}"
        );
    }

    #[test]
    fn drops_sentence_initial_words_and_weekdays() {
        let got = names("Meanwhile, the Acme Corporation said on Monday it would grow. Though small, Acme Corporation is known.");
        assert_eq!(
            got,
            [("Acme Corporation".into(), EntityKind::Organization, 2)]
        );
    }

    #[test]
    fn organisation_names_with_connectors() {
        let got =
            names("The Commission for Fair Trade and Development met Texas and Ohio officials.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            n,
            ["Commission for Fair Trade and Development", "Ohio", "Texas"]
        );
    }

    #[test]
    fn a_name_opening_two_sentences_is_kept() {
        let got = names("Harbourside agree terms.\n\nHarbourside have signed a striker from the Premier League.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Harbourside", "Premier League"]);
    }

    #[test]
    fn surnames_that_are_titles_and_nouns_before_connectors() {
        let got = names("Governor Anna King spoke. Volume on the Oslo Stock Exchange rose.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Anna King", "Oslo Stock Exchange"]);
    }

    #[test]
    fn company_short_names_and_clauses() {
        let got = names("Norsk Hydro Corp said it would buy a stake. Statkraft, which owns the rest, agreed. Norsk Hydro shares rose.");
        let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(n, [("Norsk Hydro Corp", 2), ("Statkraft", 1)]);
    }

    #[test]
    fn initials_first_names_like_months_and_references() {
        let got = names("Its chairman, Jan Berry, met J. Hugh Liedtke under Chapter 11. The Police Federation agreed.");
        let mut n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        n.sort();
        assert_eq!(n, ["J. Hugh Liedtke", "Jan Berry", "Police Federation"]);
    }

    #[test]
    fn firms_named_with_and_co() {
        let got = names("He hired Lazard Freres and Co and met Texas and Ohio officials.");
        let mut n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        n.sort();
        assert_eq!(n, ["Lazard Freres and Co", "Ohio", "Texas"]);
    }

    #[test]
    fn wire_dateline_is_a_place() {
        let got = names("OSLO, May 2 - Shipping rose.");
        assert_eq!(got[0], ("OSLO".into(), EntityKind::Place, 1));
    }

    #[test]
    fn a_saints_city_keeps_its_dot_and_known_cities_are_places() {
        let got = kinds("Barges ran from St. Louis to New Orleans and Kansas City.");
        assert_eq!(
            got,
            [
                ("Kansas City".into(), EntityKind::Place),
                ("New Orleans".into(), EntityKind::Place),
                ("St. Louis".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_firm_of_partners_names_keeps_its_comma() {
        let got = names("It was arranged by Goldman, Sachs and Co. Kidder, Peabody & Co advised.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Goldman, Sachs and Co", "Kidder, Peabody & Co"]);
        // A list of names is still a list.
        let got = names("It hired Smith, Jones and Brown.");
        assert!(got.iter().all(|g| !g.0.contains(',')), "{got:?}");
    }

    #[test]
    fn a_sentence_opening_adjective_before_a_place_is_no_title() {
        let got = kinds(
            "CHICAGO, April 14 - Major U.S. barge lines want more. Leading British banks agreed.",
        );
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["CHICAGO", "U.S."], "{got:?}");
    }

    #[test]
    fn an_award_is_no_person() {
        let got = kinds("The film won three Golden Globe awards and a Bafta nomination.");
        assert!(got.iter().all(|g| g.1 == EntityKind::Other), "{got:?}");
    }

    #[test]
    fn a_telecoms_firm_is_a_body() {
        let got = kinds("Orange, owned by France Telecom, said so.");
        assert!(
            got.contains(&("France Telecom".into(), EntityKind::Organization)),
            "{got:?}"
        );
        let got = kinds("Analysts at Informa Telecoms and Media predict growth.");
        assert_eq!(
            got,
            [(
                "Informa Telecoms and Media".into(),
                EntityKind::Organization
            )]
        );
    }

    #[test]
    fn a_possessive_opening_a_sentence_is_a_name_but_not_todays() {
        let got = names("Hutchison's 3 network complained. Today's ruling stands.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Hutchison"]);
    }

    #[test]
    fn a_known_name_before_and_is_a_name_of_its_own() {
        let got = names("Ryanair competes with easyJet and British Airways Plc.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["British Airways Plc", "Ryanair", "easyJet"]);
        let got = names("It joined the Transport and General Workers Union.");
        assert_eq!(got[0].0, "Transport and General Workers Union");
    }

    #[test]
    fn a_bodys_well_known_short_form_is_the_body() {
        let got = names("The Fed said so. The Federal Reserve Board acted. Man Utd won and Manchester United rose.");
        let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(n, [("Federal Reserve Board", 2), ("Manchester United", 2)]);
        // A party's nickname is a name of its own, as a reader lists it.
        let got =
            names("The Tories and the Lib Dems attacked the Conservatives and Liberal Democrats.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            n,
            ["Conservatives", "Lib Dems", "Liberal Democrats", "Tories"]
        );
    }

    #[test]
    fn a_body_s_first_word_alone_is_the_body() {
        let got = names("Goldman Sachs rose. Goldman said so. Wagner and Brown spokesman Jim Smith spoke. Wagner said no.");
        let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(
            n,
            [
                ("Goldman Sachs", 2),
                ("Wagner and Brown", 2),
                ("Jim Smith", 1)
            ]
        );
    }

    #[test]
    fn a_country_of_its_day_is_a_place_and_its_people_no_name() {
        let got = kinds("It follows pressure from the United States and West Germany for Japan to act. West German farm minister Ignaz Kiechle agreed.");
        assert_eq!(
            got,
            [
                ("Ignaz Kiechle".into(), EntityKind::Person),
                ("Japan".into(), EntityKind::Place),
                ("United States".into(), EntityKind::Place),
                ("West Germany".into(), EntityKind::Place),
            ]
        );
    }

    #[test]
    fn a_weekday_in_a_name_stays_in_it_and_a_role_opening_a_sentence_does_not() {
        let got = names("The Sunday Times Rich List is out. Compiler Philip Beresford said so. Host Jonathan Ross agreed. Stars Matt Lucas and David Walliams won.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(
            n,
            [
                "David Walliams",
                "Jonathan Ross",
                "Matt Lucas",
                "Philip Beresford",
                "Sunday Times Rich List"
            ]
        );
    }

    #[test]
    fn a_name_ending_in_a_trade_is_a_company_and_the_trade_alone_no_name() {
        let got = kinds(
            "British Gas raised prices. Virgin Rail agreed. Rail fares rose. Gas prices rose.",
        );
        assert_eq!(
            got,
            [
                ("British Gas".into(), EntityKind::Organization),
                ("Virgin Rail".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_name_in_the_plural_after_the_is_a_group() {
        let got = kinds("The Stone Roses are to reunite, and the Rolling Stones' Mick Jagger is glad. The Netherlands agreed.");
        assert_eq!(
            got,
            [
                ("Mick Jagger".into(), EntityKind::Person),
                ("Netherlands".into(), EntityKind::Place),
                ("Rolling Stones".into(), EntityKind::Organization),
                ("Stone Roses".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_word_the_and_a_name_is_a_title() {
        let got = kinds("Comedy sequel Meet the Fockers topped the chart.");
        assert_eq!(got, [("Meet the Fockers".into(), EntityKind::Other)]);
    }

    #[test]
    fn a_function_word_after_an_abbreviation_s_dot_opens_a_sentence() {
        // (`Both` is no word the sentence splitter knows to open a sentence after a dot.)
        let got =
            names("It was ahead of Chrysler Corp. Both sides would help rivals such as Next.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Chrysler Corp", "Next"]);
    }

    #[test]
    fn a_score_after_a_club_is_no_part_of_its_name_but_a_channel_s_number_is() {
        let got = names("Arsenal beat Manchester City 1-0 on BBC Radio 4.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Arsenal", "BBC Radio 4", "Manchester City"]);
    }

    #[test]
    fn a_known_body_with_and_stays_whole_and_an_owner_is_no_body() {
        let got = kinds("It was fined by the US Securities and Exchange Commission. The Anglo-Dutch group is in Michael Howard's party.");
        assert_eq!(
            got,
            [
                ("Michael Howard".into(), EntityKind::Person),
                (
                    "US Securities and Exchange Commission".into(),
                    EntityKind::Organization
                ),
            ]
        );
    }

    #[test]
    fn an_adjective_opening_a_sentence_before_a_plural_is_no_name() {
        let got = names("Young people shun politics. Older workers agree. Young said so.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Young"]);
    }

    #[test]
    fn an_honorific_opening_a_sentence_says_a_person() {
        let got =
            kinds("Mr Brown, who is a spokesman, said so. Mr Green, the party spokesman, agreed.");
        assert_eq!(
            got,
            [
                ("Brown".into(), EntityKind::Person),
                ("Green".into(), EntityKind::Person),
            ]
        );
    }

    #[test]
    fn a_campaign_group_known_by_name_opening_a_sentence_stays_whole() {
        let got = kinds("Friends of the Earth said so. Help the Aged agreed.");
        assert_eq!(
            got,
            [
                ("Friends of the Earth".into(), EntityKind::Organization),
                ("Help the Aged".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn a_name_written_as_one_word_is_the_same_name() {
        let got = names(
            "Profits at Time Warner rose. TimeWarner said so, and JP Morgan agreed with JPMorgan.",
        );
        let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(n, [("JP Morgan", 2), ("Time Warner", 2)]);
    }

    #[test]
    fn a_name_winning_something_is_that_name_and_tests_are_matches() {
        let got = names("He replaces World Cup-winning boss Sir Clive Woodward after five Tests.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Sir Clive Woodward", "World Cup"]);
    }

    #[test]
    fn a_known_body_s_possessive_and_a_party_s_seats_are_no_part_of_a_name() {
        let got = names(
            "It cut Labour's Commons majority; the Liberal Democrats 62 and BBC Radio 4 agreed.",
        );
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["BBC Radio 4", "Commons", "Labour", "Liberal Democrats"]);
    }

    #[test]
    fn a_people_after_a_name_describes_what_follows() {
        let got = kinds("He owns the Tampa Bay Buccaneers American football team.");
        assert_eq!(
            got,
            [("Tampa Bay Buccaneers".into(), EntityKind::Organization)]
        );
    }

    #[test]
    fn a_product_is_no_name() {
        let got = names("Creative Technology cut the price of its Zen Micro player. Apple showed the Mac Mini, a computer for $499. Apple shares rose.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Apple", "Creative Technology"]);
        let got = names("Sony's new console, the PlayStation Portable, sold out.");
        assert_eq!(got[0].0, "Sony");
        assert_eq!(got.len(), 1);
    }

    #[test]
    fn a_currency_counted_is_no_name() {
        let got = names("It would save 1.5 billion European Currency Units (ECUs) and 20 mln Special Drawing Rights, the European Commission said.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["European Commission"]);
    }

    #[test]
    fn a_person_a_role_introduces_of_a_body_is_two_names() {
        let got = kinds("Industry analyst Piers Harding-Rolls of Screen Digest said so.");
        assert_eq!(
            got,
            [
                ("Piers Harding-Rolls".into(), EntityKind::Person),
                ("Screen Digest".into(), EntityKind::Organization),
            ]
        );
    }

    #[test]
    fn the_capitals_of_a_one_word_name_are_its_initials() {
        let got = names("Drugs giant GlaxoSmithKline (GSK) is to cut jobs. Shares in GSK fell.");
        let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
        assert_eq!(n, [("GlaxoSmithKline", 3)]);
    }

    #[test]
    fn a_person_s_name_takes_no_for() {
        let got = names("He will challenge Roger Knapman for the UKIP leadership.");
        let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
        assert_eq!(n, ["Roger Knapman", "UKIP"]);
    }

    #[test]
    fn a_name_after_what_a_person_does_is_a_person() {
        let got = kinds("Icelandic singer Björk won. Björk said so.");
        assert_eq!(got, [("Björk".into(), EntityKind::Person)]);
    }

    #[test]
    fn a_nickname_between_a_first_name_and_a_surname_is_part_of_the_name() {
        let got = kinds("Bassist Gary \"Mani\" Mounfield joined Primal Scream.");
        assert_eq!(
            got[0],
            ("Gary \"Mani\" Mounfield".into(), EntityKind::Person)
        );
    }
}
