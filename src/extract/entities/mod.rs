//! People, organisations and places: capitalised phrases, cleaned of sentence-initial words,
//! titles and possessives, classified by cues (honorifics, titles, suffixes like `Bank`,
//! the gazetteer), and merged so `Putin` and `Mr Putin` count as `Vladimir Putin`.
//!
//! This file gathers the names paragraph by paragraph ([`Collector`]); `phrase` cuts a
//! capitalised run into names, `context` and `words` are the cues it reads, `kind` classifies
//! a name and `merge` folds the names into entities. The rules share one vocabulary, so each
//! part sees the others' items through `use super::*`.

use super::lexicon::{
    gazetteer, gender_of, is_body_noun, is_common_capitalised, is_common_opener, is_demonym,
    is_descriptor, is_dollar_country, is_function_word, is_generic_body, is_given_name,
    is_honorific, is_possessive, is_post_nominal, is_reference_word, is_speech_verb, is_title_word,
    kind_from_hyphenated_last_word, kind_from_last_word, weekday_index, Gender,
};
use super::Para;
use crate::model::{CompactString, Entity, EntityKind, Role, Span};
use rustc_hash::{FxHashMap as HashMap, FxHashSet as HashSet};

mod context;
mod kind;
mod merge;
mod phrase;
#[cfg(test)]
mod tests;
mod words;

use context::*;
use kind::*;
use merge::*;
use phrase::*;
use words::*;
pub(crate) use words::{is_portfolio, is_title_modifier, number_opens_name, singulars};

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

/// A title given to a person (`Home Secretary Charles Clarke`): whom, and where, by the
/// paragraph and the token of the name.
#[derive(Debug, Clone, Copy)]
pub struct TitleGiven {
    pub entity: usize,
    pub paragraph: u32,
    pub first: u32,
}

impl TitleGiven {
    /// Given before token `token` of paragraph `paragraph`: `the prime minister` means only a
    /// person the text has called so by then.
    pub fn before(&self, paragraph: usize, token: usize) -> bool {
        (self.paragraph as usize, self.first as usize) < (paragraph, token)
    }
}

pub struct Entities {
    pub list: Vec<Entity>,
    /// Every mention, in reading order.
    mentions: Vec<Mention>,
    /// Where each paragraph's mentions start in `mentions` (one more entry than paragraphs
    /// with a mention): the rules ask for a paragraph's names many times, and a bisection of
    /// a large briefing's million mentions misses the cache at every step.
    paragraph_starts: Vec<u32>,
    /// Titles the text puts before a person's name (`home secretary`, `secretary`), the first
    /// time each is given, for `the home secretary said` later on.
    pub titles: HashMap<String, TitleGiven>,
    /// Titles the text puts after a body's name and before a person's (`Chelsea manager
    /// Jose Mourinho`), by the body's entity and the title, for `the Chelsea manager said`.
    pub body_titles: HashMap<(usize, String), TitleGiven>,
    /// Each entity's gender, when an honorific or a given name says it (`Ms Kelly`, `Ruth
    /// Kelly`): whom `she said` can mean.
    pub genders: Vec<Option<Gender>>,
}

impl Entities {
    pub fn kind(&self, entity: usize) -> EntityKind {
        self.list[entity].kind
    }

    pub fn name(&self, entity: usize) -> &str {
        &self.list[entity].name
    }

    pub fn gender(&self, entity: usize) -> Option<Gender> {
        self.genders.get(entity).copied().flatten()
    }

    /// The entities with their mentions, which are sorted by paragraph and token.
    pub(super) fn new(
        list: Vec<Entity>,
        mentions: Vec<Mention>,
        titles: HashMap<String, TitleGiven>,
        body_titles: HashMap<(usize, String), TitleGiven>,
        genders: Vec<Option<Gender>>,
    ) -> Self {
        let paragraphs = mentions.last().map_or(0, |m| m.paragraph() + 1);
        let mut paragraph_starts = Vec::with_capacity(paragraphs + 1);
        for (k, m) in mentions.iter().enumerate() {
            while paragraph_starts.len() <= m.paragraph() {
                paragraph_starts.push(k as u32);
            }
        }
        paragraph_starts.push(mentions.len() as u32);
        Entities {
            list,
            mentions,
            paragraph_starts,
            titles,
            body_titles,
            genders,
        }
    }

    /// The mentions in paragraph `p`, from its first token on or after `from`.
    fn in_paragraph_from(&self, p: usize, from: usize) -> &[Mention] {
        let (Some(&start), Some(&end)) = (
            self.paragraph_starts.get(p),
            self.paragraph_starts.get(p + 1),
        ) else {
            return &[];
        };
        let here = &self.mentions[start as usize..end as usize];
        &here[here.partition_point(|m| m.first() < from)..]
    }

    /// Mentions inside paragraph `p` whose tokens lie within `[from, to)`.
    pub fn in_range(&self, p: usize, from: usize, to: usize) -> impl Iterator<Item = &Mention> {
        (self.in_paragraph_from(p, from).iter())
            .take_while(move |m| m.first() < to)
            .filter(move |m| m.last() < to)
    }

    /// A mention in paragraph `p` starts at token `first`.
    pub fn starts_a_name(&self, p: usize, first: usize) -> bool {
        (self.in_paragraph_from(p, first).first()).is_some_and(|m| m.first() == first)
    }

    /// The mention in paragraph `p` that ends at token `last`.
    pub fn ending_at(&self, p: usize, last: usize) -> Option<&Mention> {
        // A name is a few tokens long: start looking a little before `last`.
        let from = last.saturating_sub(MAX_NAME_TOKENS);
        (self.in_paragraph_from(p, from).iter())
            .take_while(|m| m.first() <= last)
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
    /// After `the` or an owner's word: `the Mac Mini`, `its Media Player` are things or
    /// bodies, not somebody.
    after_a_determiner: bool,
    /// Followed by `, which` or a body's kind: `Network Rail, which owns the track`,
    /// `Creative Strategies, a consultancy` are no people.
    said_a_body: bool,
    /// The gender an honorific before the name says: `Ms Kelly`.
    gender: Option<Gender>,
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
            after_a_determiner: false,
            said_a_body: false,
            gender: None,
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
    /// large briefing, so two bytes rather than nine.
    cues: u16,
}

const NO_TITLE: u32 = u32::MAX;
const INITIAL_SINGLE: u16 = 1;
const BEFORE_SPEECH: u16 = 2;
const NAMED_BY_CONTEXT: u16 = 4;
const AFTER_IN: u16 = 8;
const SAID_A_BODY: u16 = 16;
const MALE: u16 = 32;
const FEMALE: u16 = 64;
/// The name was put together and is read from the collector's list of those.
const COMPOSED: u16 = 128;
const AFTER_A_DETERMINER: u16 = 256;

/// Where kept candidates' names are read from: their paragraphs' texts, and the few names
/// put together from two places in a text (`Steve and Jane Harris` → `Steve Harris`).
#[derive(Clone, Copy)]
struct Names<'t> {
    texts: &'t [&'t str],
    composed: &'t [Box<str>],
}

impl Kept {
    /// The name as written, read back from its paragraph's text (or, for a name put
    /// together, from the list of those: `name_end` is then its index there).
    fn name<'t>(&self, names: Names<'t>) -> &'t str {
        if self.has(COMPOSED) {
            return names.composed.get(self.name_end as usize).map_or("", |n| n);
        }
        names
            .texts
            .get(self.paragraph as usize)
            .and_then(|t| t.get(self.start as usize..self.name_end as usize))
            .unwrap_or("")
    }

    /// The honorific written right before the name (`Mrs` of `Mrs Kennedy`), if any.
    fn honorific_before<'t>(&self, names: Names<'t>) -> Option<&'t str> {
        let text = names.texts.get(self.paragraph as usize)?;
        let before = text.get(..self.start as usize)?.strip_suffix(' ')?;
        let word = before.rsplit(' ').next()?;
        is_honorific(word).then_some(word)
    }

    /// The words before the possessive right before the name, if one is (`Clint Eastwood`
    /// of `Clint Eastwood's Million Dollar Baby`), as far back as the text goes.
    fn possessive_before<'t>(&self, names: Names<'t>) -> Option<&'t str> {
        if self.has(COMPOSED) {
            return None;
        }
        let before = names
            .texts
            .get(self.paragraph as usize)?
            .get(..self.start as usize)?
            .strip_suffix(' ')?;
        // (`Kanye West's The College Dropout`: past a title's article.)
        let before = before.strip_suffix(" The").unwrap_or(before);
        crate::extract::lexicon::possessive_owner(before)
    }

    /// Where the name's text starts, without reading it: to ask the memory for it ahead of
    /// its turn.
    fn name_at(&self, names: Names) -> *const u8 {
        if self.has(COMPOSED) {
            return self.name(names).as_ptr();
        }
        names
            .texts
            .get(self.paragraph as usize)
            .map_or(std::ptr::null(), |t| {
                t.as_ptr().wrapping_add(self.start as usize)
            })
    }

    fn has(&self, cue: u16) -> bool {
        self.cues & cue != 0
    }

    fn gender(&self) -> Option<Gender> {
        if self.has(MALE) {
            Some(Gender::Male)
        } else if self.has(FEMALE) {
            Some(Gender::Female)
        } else {
            None
        }
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
    /// Initials the text writes as a common noun's plural (`DVD` for `DVDs`, `MP` for
    /// `MPs`), or spells out in lower case (`the consumer prices index (CPI)`).
    common_initials: HashSet<u64>,
    /// Initials said as a word, spelled out in the plural (`European currency units
    /// (Ecus)`): asked apart, of title-case plurals only, since many names are short words.
    spoken_initials: HashSet<u64>,
    /// The last hash added in each of a few thousand slots: `the`, `of` and `said` come back
    /// every few words and skip the set's probe.
    recent: Box<[u64; RECENT_SLOTS]>,
}

const RECENT_SLOTS: usize = 4096;

impl Default for LowerWords {
    fn default() -> Self {
        LowerWords {
            set: HashSet::default(),
            common_initials: HashSet::default(),
            spoken_initials: HashSet::default(),
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

    /// `DVDs`, `CEOs`, `PS2s`: a capitalised word that is initials and a lower-case plural `s`.
    fn note_plural_initials(&mut self, word: &str) {
        if let Some(initials) = word.strip_suffix('s') {
            if is_initials_shape(initials) {
                self.common_initials.insert(Self::hash(initials));
            }
        }
    }

    /// `the retail prices index (RPI)`, `gross domestic product (GDP)`: initials in brackets
    /// after the lower-case words they stand for, at token `open` (the bracket).
    /// (`European currency units (Ecus)`, `special drawing rights (SDRs)`: a plural, and
    /// initials said as a word in title case, after a name's adjective.)
    #[inline(never)] // (Rare, and kept out of the loop over every token.)
    fn note_spelled_initials(&mut self, p: &Para, open: usize) {
        let word = p.word(open + 1);
        let initials = word
            .strip_suffix('s')
            .filter(|w| w.len() >= 2)
            .unwrap_or(word);
        let shaped = is_initials_shape(initials) || is_said_as_a_word(initials);
        if !p.is_punct(open + 2, ")") || !shaped || open < initials.len() {
            return;
        }
        let spelled = (open - initials.len()..open)
            .zip(initials.bytes())
            .all(|(k, letter)| {
                p.is_word(k)
                    && (k + 1 < open || !p.is_capitalised(k))
                    && p.word(k).as_bytes()[0].eq_ignore_ascii_case(&letter)
            });
        let in_lower_case = (open - initials.len()..open).any(|k| !p.is_capitalised(k));
        if spelled && in_lower_case {
            if is_initials_shape(initials) {
                self.common_initials.insert(Self::hash(initials));
            } else {
                self.spoken_initials.insert(Self::hash(initials));
                self.common_initials
                    .insert(Self::hash(&initials.to_ascii_uppercase()));
            }
        }
    }

    /// `name` is initials the text counts in the plural, or that plural (`DVD sales`, `80
    /// million PS2s`), or initials it spells out in lower case: a common noun's.
    fn common_initials(&self, name: &str) -> bool {
        if self.common_initials.is_empty() {
            return false;
        }
        let (initials, plural) = match name.strip_suffix('s') {
            Some(stem) => (stem, true),
            None => (name, false),
        };
        if is_initials_shape(initials) {
            return self.common_initials.contains(&Self::hash(initials));
        }
        plural
            && !self.spoken_initials.is_empty()
            && is_said_as_a_word(initials)
            && self.spoken_initials.contains(&Self::hash(initials))
    }

    fn contains(&self, word: &str) -> bool {
        self.set.contains(&Self::hash(word))
    }
}

/// `Ecu`, `Opec`: initials said as a word, written in title case.
fn is_said_as_a_word(w: &str) -> bool {
    (2..=5).contains(&w.len())
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.bytes().skip(1).all(|b| b.is_ascii_lowercase())
}

/// Names gathered paragraph by paragraph (so a paragraph's tokens can be dropped after it),
/// merged into entities at the end.
#[derive(Default)]
pub struct Collector<'a> {
    candidates: Vec<Kept>,
    titles: Vec<Box<str>>,
    /// Names put together from two places in a paragraph (see [`Names`]).
    composed: Vec<Box<str>>,
    /// Each paragraph's text, to read names back.
    texts: Vec<&'a str>,
    /// Words the text writes in lower case somewhere.
    lower_words: LowerWords,
    /// Firms of two names the text has named with their legal form (`Gulf and Western` of
    /// `Gulf and Western Inc`), by hash: the two names are one later without it.
    firms_of_two: HashSet<u64>,
    /// Initials in brackets right after the name they stand for, and the name
    /// (`the International Cocoa Organization (ICCO)`): the same body, whatever their letters.
    bracketed: HashMap<Box<str>, Box<str>>,
    /// Names the text says are products' (`the Mac Mini, a computer`): no entity where it
    /// names them again without saying so (`1.2 million Mac Minis`).
    products: HashSet<Box<str>>,
}

impl<'a> Collector<'a> {
    pub fn paragraph(&mut self, p: &Para<'a>) {
        for i in 0..p.tokens().len() {
            if p.is_word(i) {
                if !p.is_capitalised(i) {
                    self.lower_words.insert(p.word(i));
                } else if p.word(i).ends_with('s') {
                    self.lower_words.note_plural_initials(p.word(i));
                }
            } else if p.is_punct(i, "(") {
                self.lower_words.note_spelled_initials(p, i);
            }
        }
        if self.texts.len() <= p.index {
            self.texts.resize(p.index + 1, "");
        }
        self.texts[p.index] = p.text();
        if p.role == Role::Headline && !is_sentence_case(p) {
            if let Some(c) = headline_company(p) {
                self.keep(p, c);
            }
            return;
        }
        let mut found = Vec::new();
        // A wire label opening the paragraph (`NOTE:`) is passed over; so are the tokens a
        // dateline took.
        let labelled = opens_with_a_label(p);
        if !labelled {
            dateline(p, &mut found);
        }
        let taken = found.iter().map(|c| c.last + 1).max().unwrap_or(0);
        let mut i = if labelled { 1 } else { taken };
        while i < p.tokens().len() {
            if !is_name_word(p, i) {
                i += 1;
                continue;
            }
            // `the album chart with How to Dismantle an Atomic Bomb`: a work's title.
            if let Some(end) = title_opened_by_a_small_word(p, i) {
                found.push(Candidate {
                    kind: Some(EntityKind::Other),
                    ..Candidate::new(p.slice(i, end), i, end)
                });
                i = end + 1;
                continue;
            }
            // A month opens a name only as a first name: `Jan Berry`, not `March 3`.
            // (Nor is a month's abbreviation joined to a name: `Ant and Dec won`.)
            let month_name = (is_month_word(p.lower(i))
                && !(is_name_word(p, i + 1)
                    && !is_month_word(p.lower(i + 1))
                    && !p.is_number(i + 2))
                && !abbreviation_joined_to_a_name(p, i))
                || may_s_the_month(p, i);
            // `Chapter 11`, `Article 50`: references, not names.
            let reference = is_reference_word(p.word(i)) && p.is_number(i + 1);
            // `(Reporting by Kate Abnett; Editing by Alex Richardson)`: a wire story's credits.
            let credit = is_credit_word(p.lower(i)) && matches!(p.lower(i + 1), "by" | "reporting");
            // `Pennzoil Co <PZL>`, `Guinness Plc <GUIN.L>`: a company's ticker, in a wire
            // story's angle brackets (but `<Dome Petroleum Ltd>`, a company with none, is a
            // name).
            if let Some(close) = (i > 0).then(|| ticker_close(p, i - 1)).flatten() {
                i = close + 1;
                continue;
            }
            // `the Liberal Democrats' Treasury spokesman`: a party's brief, part of the title.
            let after_possessive = i > 0
                && (is_possessive(p.word(i - 1))
                    || p.is_punct(i - 1, "'")
                    || p.is_punct(i - 1, "’"));
            let brief = after_possessive
                && precedes_a_title(p, i)
                && kind_from_last_word(p.word(i)) == Some(EntityKind::Organization);
            // (`the Liberal Democrats' Home Affairs spokesman`, `Foreign Affairs spokesman Mark
            // Oaten`: portfolios, the brief's words only; but `a Treasury spokesman` is the
            // department's.)
            let departments = |last: usize| {
                last == i
                    && kind_from_last_word(p.word(i)) == Some(EntityKind::Organization)
                    && !(i > 0 && context::is_a_partys_word(p.word(i - 1)))
            };
            let briefs_end = (!brief).then(|| context::briefs_end(p, i)).flatten();
            if let Some(last) = briefs_end.filter(|&last| !departments(last)) {
                i = last + 1;
                continue;
            }
            // `often called "Dr Doom"`, `dubbed the "Iron Lady"`: a nickname in quotes names
            // nobody of its own.
            // (Asked at every name: whether a mark comes before, first.)
            let after_a_mark = i > 1 && p.is_some_punct(i - 1);
            if let Some(close) = after_a_mark.then(|| nickname_close(p, i)).flatten() {
                i = close + 1;
                continue;
            }
            // `on Christmas Day 2003`, `New Year's Eve`: a holiday is a date, no name.
            if let Some(holiday) = crate::extract::dates::holiday_at(p, i) {
                i = holiday.last + 1;
                continue;
            }
            // (`in the New Year`: the season, no name either.)
            if p.word(i) == "New" && p.word(i + 1) == "Year" && !p.is_capitalised(i + 2) {
                i += 2;
                continue;
            }
            // `the former Beatle said`: a word describing the person in focus, no name.
            if let Some(last) = describes_a_former_member(p, i) {
                i = last + 1;
                continue;
            }
            // `The White Paper, published on Tuesday`, `the Bill was passed`: no name.
            if let Some(last) = a_paper_or_bill_end(p, i) {
                i = last + 1;
                continue;
            }
            let end = phrase_end(p, i);
            // A capitalised run longer than any name is Title Case or capitals, not names:
            // passed over whole.
            if end - i >= MAX_NAME_TOKENS {
                i = long_run_end(p, end) + 1;
                continue;
            }
            // `the iPod Shuffle`, `an iPhone Pro`: a product's model; `its Zen Micro player`,
            // `the Mac Mini, a computer`: a product.
            // (`the 737 Max`, `787 Dreamliner jets`: an airliner's model, after its number.)
            let model = crate::extract::figures::is_airbus_model(p, i)
                || (i > 0
                    && (is_product_word(p.word(i - 1))
                        || (p.is_number(i - 1)
                            && crate::extract::figures::is_airliner_number(p, i - 1))));
            if model || is_a_product(p, i, end) {
                // (`their Apple computer`, `their Acme phones`: a maker's name before what it
                // makes is still the maker's elsewhere; `its` says the maker's own product.)
                let name = p.slice(i, end);
                let users_own = i > 0 && p.lower(i - 1) == "their";
                if !users_own && gazetteer().get(name) != Some(&EntityKind::Organization) {
                    self.products.insert(name.into());
                }
                i = end + 1;
                continue;
            }
            // `Faced with losses, …`, `Hit by the strike, …`, `Set up in 1990, …`: a participle
            // opening a sentence before its preposition is no name.
            let participle = end == i && p.sentence_of(i).0 == i && opens_on_a_participle(p, i);
            if participle
                || is_a_currency_counted(p, i, end)
                || is_a_security(p, i, end)
                || is_a_benefit(p, i, end)
            {
                i = end + 1;
                continue;
            }
            if month_name || reference || credit || brief || makers_products_counted(p, i) {
                i += 1;
                continue;
            }
            let start = if i > 0 && number_opens_name(p, i - 1) {
                i - 1
            } else {
                i
            };
            // `sterling M3`, `the narrow measure, M0`: a measure of the money supply is no
            // name. (Told once a run, not again of each part of it.)
            if is_money_measure(p, end) {
                let sterling = end == start + 1 && p.lower(start) == "sterling";
                if end > start && !sterling {
                    clean_phrase(p, start, end - 1, &mut found);
                }
                i = end + 1;
                continue;
            }
            let found_before = found.len();
            match self.firm_named_before(p, start, end) {
                Some(f) => {
                    if f > start {
                        clean_phrase(p, start, f - 1, &mut found);
                    }
                    found.push(Candidate {
                        kind: Some(EntityKind::Organization),
                        ..Candidate::new(p.slice(f, end), f, end)
                    });
                }
                None => clean_phrase(p, start, end, &mut found),
            }
            self.note_firms_of_two(p, start, end, &found[found_before..]);
            i = end + 1;
        }
        self.note_bracketed_initials(p, &found);
        // (Most paragraphs join no two names by `and`: nothing to allocate for them.)
        let joined = found
            .iter()
            .any(|c| c.first >= 2 && p.lower(c.first - 1) == "and");
        let partners: Vec<Option<(usize, usize)>> = if joined {
            found
                .iter()
                .map(|c| partner_sharing_a_surname(p, &found, c))
                .collect()
        } else {
            Vec::new()
        };
        let is_partner = |c: &Candidate| {
            c.first == c.last && partners.iter().flatten().any(|&(k, _)| k == c.first)
        };
        for (n, c) in found.into_iter().enumerate() {
            if let Some(&Some((partner, surname_first))) = partners.get(n) {
                self.keep_partner(p, partner, surname_first, c.last);
            }
            if !is_partner(&c) {
                self.keep(p, c);
            }
        }
    }

    /// `Gulf and Western shares rose`, after `Gulf and Western Inc`: where a firm of two names
    /// the text has named whole ends the run `start..=end` (after a word opening the sentence,
    /// perhaps).
    fn firm_named_before(&self, p: &Para, start: usize, end: usize) -> Option<usize> {
        let named = end >= start + 2
            && !self.firms_of_two.is_empty()
            && p.word(end - 1) == "and"
            && (self.firms_of_two).contains(&LowerWords::hash(p.slice(end - 2, end)));
        named.then(|| end - 2)
    }

    /// Note the initials in brackets among the names `found` with the name right before them
    /// (`the London Interbank Offered Rate (LIBOR)`), when both open with the same letter.
    fn note_bracketed_initials(&mut self, p: &Para, found: &[Candidate]) {
        for pair in found.windows(2) {
            let (name, initials) = (&pair[0], &pair[1]);
            let short = initials.name;
            // (`the Mining Corporation of Bolivia (Comibol)`: or a word made of a name of three
            // words or more in another language, opening with one of its words' initials.)
            let coined = || {
                let mut words = name.name.split_whitespace();
                words.clone().nth(2).is_some()
                    && short.len() >= 4
                    && short.bytes().skip(1).all(|b| b.is_ascii_lowercase())
                    && !gazetteer().contains_key(short)
                    && words.any(|w| w.as_bytes().first() == short.as_bytes().first())
            };
            let bracketed = initials.first == name.last + 2
                && initials.first == initials.last
                && p.is_punct(name.last + 1, "(")
                && p.is_punct(initials.last + 1, ")")
                && (((is_initials_shape(short) || is_initials_with_ampersand(short))
                    && name.name.as_bytes().first() == short.as_bytes().first())
                    || coined());
            // (`the Kuwait News Agency KUNA`: or right after it, with no brackets, when they
            // stand for it letter by letter.)
            let adjacent = || {
                initials.first == name.last + 1
                    && initials.first == initials.last
                    && words::stand_for(short, name.name)
            };
            if bracketed || adjacent() {
                (self.bracketed).insert(initials.name.into(), name.name.into());
            }
        }
    }

    /// Note the firms of two names with their legal form among the names `found` in the run
    /// `start..=end` (`Gulf and Western Inc`), for their later mentions without it.
    fn note_firms_of_two(&mut self, p: &Para, start: usize, end: usize, found: &[Candidate]) {
        // (Four tokens at least: asked of every run.)
        if end < start + 3 {
            return;
        }
        for c in found {
            if c.last == c.first + 3
                && p.word(c.first + 1) == "and"
                && is_legal_suffix(p.word(c.last))
            {
                (self.firms_of_two).insert(LowerWords::hash(p.slice(c.first, c.last - 1)));
            }
        }
    }

    /// `Steve` of `Steve and Jane Harris`: a person named by a first name and the surname of
    /// the name after the `and`, `Steve Harris`, mentioned where the first name is written.
    fn keep_partner(&mut self, p: &Para, partner: usize, surname_first: usize, last: usize) {
        let span = p.span(partner, partner);
        let name = format!("{} {}", p.word(partner), p.slice(surname_first, last));
        self.composed.push(name.into_boxed_str());
        self.candidates.push(Kept {
            paragraph: p.index as u32,
            first: partner as u32,
            last: partner as u32,
            start: span.start() as u32,
            end: span.end() as u32,
            name_end: (self.composed.len() - 1) as u32,
            title: NO_TITLE,
            kind: Some(EntityKind::Person),
            cues: COMPOSED,
        });
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
                (c.after_a_determiner, AFTER_A_DETERMINER),
                (c.said_a_body, SAID_A_BODY),
                (c.gender == Some(Gender::Male), MALE),
                (c.gender == Some(Gender::Female), FEMALE),
            ]
            .into_iter()
            .filter(|&(on, _)| on)
            .fold(0, |cues, (_, bit)| cues | bit),
        });
    }

    pub fn finish(self) -> Entities {
        let names = Names {
            texts: &self.texts,
            composed: &self.composed,
        };
        merge(
            self.candidates,
            &self.titles,
            names,
            &self.lower_words,
            &self.bracketed,
            &self.products,
        )
    }
}

/// `Steve and Jane Harris`, `Bill and Melinda Gates`: a first name alone before the `and` of
/// a person's name that opens with one too shares that name's surname. The first name's
/// token and where the surname starts.
fn partner_sharing_a_surname(
    p: &Para,
    found: &[Candidate],
    c: &Candidate,
) -> Option<(usize, usize)> {
    let partner = c.first.checked_sub(2)?;
    // (`Brothers Liam and Noel Gallagher`: after kin named in the plural opening the sentence.)
    let after_kin =
        |k: usize| k + 1 == partner && words::is_kin_plural(p.lower(k)) && p.sentence_of(k).0 == k;
    let alone = partner == 0
        || !p.is_capitalised(partner - 1)
        || p.is_some_punct(partner - 1)
        || after_kin(partner - 1);
    // (`Jamie Foxx for Ray and Johnny Depp for Finding Neverland`: a name after another
    // name's `for`, `in` or `as` is what that one did, a film or a part.)
    let part_of_the_name_before = partner >= 2
        && matches!(p.lower(partner - 1), "for" | "in" | "as")
        && p.is_capitalised(partner - 2);
    let couple = p.lower(c.first - 1) == "and"
        && c.last > c.first
        && p.is_capitalised(partner)
        && is_given_name(p.word(partner))
        && is_given_name(p.word(c.first))
        && matches!(c.kind, None | Some(EntityKind::Person))
        && alone
        && !part_of_the_name_before
        // (The first name alone may be a candidate of its own, which it replaces.)
        && !found
            .iter()
            .any(|o| {
                o.first <= partner && partner <= o.last && o.last > o.first && !after_kin(o.first)
            });
    couple.then_some((partner, c.first + 1))
}

/// The last token of the capitalised run that goes on past `from`: name words, and words
/// joined to them by a connector (`Texas and Texas and …`).
fn long_run_end(p: &Para, from: usize) -> usize {
    let mut end = from;
    loop {
        if is_name_word(p, end + 1) {
            end += 1;
        } else if is_connector(p.lower(end + 1)) && is_name_word(p, end + 2) {
            end += 2;
        } else {
            return end;
        }
    }
}

/// Headlines in sentence case name things the way body text does; Title Case and ALL CAPS
/// headlines capitalise every word and would make every word a name.
fn is_sentence_case(p: &Para) -> bool {
    let words: Vec<usize> = (0..p.tokens().len()).filter(|&i| p.is_word(i)).collect();
    let capitalised = words.iter().filter(|&&i| p.is_capitalised(i)).count();
    // (`Benitez hails Liverpool spirit`: half its words are names, and a verb and a noun
    // in lower case say it is not Title Case; `Post Office scandal: Paula Vennells to hand
    // back CBE`: more than half are, and two such words say so.)
    let content_in_lower_case = || {
        (words.iter())
            .filter(|&&i| {
                !p.is_capitalised(i) && p.word(i).len() >= 3 && !is_function_word(p.lower(i))
            })
            .count()
    };
    words.len() >= 3
        && (capitalised * 2 < words.len() || {
            let in_lower_case = content_in_lower_case();
            in_lower_case >= 2 || (in_lower_case == 1 && capitalised * 2 == words.len())
        })
}

/// `70 more Boeings`, `ten Airbuses`: one word, a listed body's name in the plural after a
/// count, is what the body makes, counted (the figure has it as its unit), and names no one.
fn makers_products_counted(p: &Para, i: usize) -> bool {
    let w = p.word(i);
    if !w.ends_with('s') || i == 0 || is_name_word(p, i + 1) {
        return false;
    }
    let counted = p.is_number_or_spelled(i - 1)
        || (i >= 2
            && matches!(p.lower(i - 1), "more" | "further" | "new" | "other")
            && p.is_number_or_spelled(i - 2));
    let listed_body = |singular: Option<&str>| {
        singular.is_some_and(|s| gazetteer().get(s) == Some(&EntityKind::Organization))
    };
    counted && (listed_body(w.strip_suffix('s')) || listed_body(w.strip_suffix("es")))
}

/// `in the run-up to May's general election`: the month's, where the dates read a month (a
/// preposition before it); `Theresa May's speech` is a name's.
fn may_s_the_month(p: &Para, i: usize) -> bool {
    // (Asked of every capitalised word: the word itself first.)
    matches!(p.lower(i), "may's" | "may’s") && crate::extract::dates::month_at(p, i).is_some()
}

/// `GENERAL SIGNAL CORP <GSX> 1ST QTR NET`, `ACME INC SETS QUARTERLY DIVIDEND`: a wire
/// headline in capitals opens with the company it is about, ended by its ticker in angle
/// brackets or by its legal suffix. (Its other words are capitalised too, so they name
/// nothing for sure.)
fn headline_company<'a>(p: &Para<'a>) -> Option<Candidate<'a>> {
    let in_name = |k: usize| p.is_word(k) || p.is_punct(k, "&") || p.is_punct(k, "'");
    let run = (0..8).take_while(|&k| in_name(k)).count();
    let ticker = ticker_close(p, run).is_some() && run > 0;
    let last = if ticker {
        run - 1
    } else {
        let suffix = (1..run).find(|&k| is_legal_suffix_in_capitals(p.word(k)))?;
        // (`HOSPITAL CORP OF AMERICA`: a company of America is named so.)
        let of_america =
            suffix + 2 < run && p.word(suffix + 1) == "OF" && p.word(suffix + 2) == "AMERICA";
        if of_america {
            suffix + 2
        } else {
            suffix
        }
    };
    let all_caps = (0..=last).all(|k| !p.word(k).chars().any(char::is_lowercase));
    // (`CANADA'S DOME PETROLEUM <DMP>`: a company named after the place it is of is the
    // words after the place's.)
    let of_a_place = |owner: &str| title_cased(owner).is_some_and(|t| is_known_place(&t));
    let first = usize::from(
        last > 0 && crate::extract::lexicon::possessive_owner(p.word(0)).is_some_and(of_a_place),
    );
    // (`MOODY'S MAY DOWNGRADE TEXAS AIR <TEX> DEBT`, `GENERAL PARTNERS BOOSTS GENCORP <GY>
    // STAKE`: the ticker's company is the words after the headline's verb.)
    let verb = (first..last)
        .rev()
        .find(|&k| is_headline_verb(p.lower(k)))
        .filter(|_| ticker);
    let first = verb.map_or(first, |verb| verb + 1);
    all_caps.then(|| Candidate {
        kind: Some(EntityKind::Organization),
        ..Candidate::new(p.slice(first, last), first, last)
    })
}

/// A wire headline's verb (or the word that joins it to its object), which no company's
/// name holds: `MAY DOWNGRADE`, `BOOSTS`, `TO BUY`.
fn is_headline_verb(lower: &str) -> bool {
    matches!(
        lower,
        "may"
            | "to"
            | "will"
            | "says"
            | "sees"
            | "buys"
            | "sells"
            | "sets"
            | "cuts"
            | "raises"
            | "boosts"
            | "lowers"
            | "ups"
            | "offers"
            | "bids"
            | "acquires"
            | "completes"
            | "files"
            | "gets"
            | "plans"
            | "seeks"
            | "wins"
            | "agrees"
            | "rejects"
            | "extends"
            | "downgrade"
            | "downgrades"
            | "upgrade"
            | "upgrades"
            | "rates"
            | "buy"
            | "sell"
            | "in"
            | "for"
            | "on"
            | "at"
            | "by"
            | "with"
    )
}

/// `NOTE: Results restated …`, `CORRECTION: …`: a wire label and its colon opening a
/// paragraph (not `BRITAIN:`, a place so written).
pub(super) fn opens_with_a_label(p: &Para) -> bool {
    is_label_at(p, 0)
}

/// A wire label and its colon at `k`, wherever it stands (`… vs 201.3 mln Note: Current year
/// includes …`, the note closing an earnings table).
#[inline]
pub(super) fn is_label_at(p: &Para, k: usize) -> bool {
    p.is_punct(k + 1, ":")
        && p.is_capitalised(k)
        && matches!(
            p.lower(k),
            "note"
                | "notes"
                | "correction"
                | "clarification"
                | "update"
                | "repeat"
                | "editors"
                | "advisory"
                | "urgent"
                | "flash"
                | "bulletin"
        )
}

/// `<PZL>`, `<BRG.L>` (its exchange after the dot), opened at `open`: a company's ticker in
/// a wire story's angle brackets. The index of its closing bracket.
fn ticker_close(p: &Para, open: usize) -> Option<usize> {
    let capitals = |k: usize, most: usize| super::lexicon::is_ticker_part(p.word(k), most);
    if !p.is_punct(open, "<") || !p.is_word(open + 1) || !capitals(open + 1, 6) {
        return None;
    }
    if p.is_punct(open + 2, ">") {
        return Some(open + 2);
    }
    let exchange = p.is_punct(open + 2, ".")
        && p.is_word(open + 3)
        && capitals(open + 3, 2)
        && p.is_punct(open + 4, ">");
    exchange.then_some(open + 4)
}

/// `BRASILIA, March 26 -` opening a wire story's first paragraph.
fn dateline<'a>(p: &Para<'a>, out: &mut Vec<Candidate<'a>>) {
    if p.role != Role::Body || p.tokens().len() < 4 {
        return;
    }
    // Asked of every paragraph: the cheapest test first (most open with `The`).
    let w = p.word(0);
    let caps = |w: &str| !w.chars().any(char::is_lowercase);
    let letters = |w: &str| w.chars().filter(|c| c.is_alphabetic()).count();
    // (`LA PAZ, June 24 - `, `EL PASO, Texas`: a place's article of two letters opens it, the
    // place's name and its comma after.)
    let is_caps = caps(w)
        && (letters(w) >= 3
            || (letters(w) == 2
                && p.is_word(1)
                && caps(p.word(1))
                && letters(p.word(1)) >= 3
                && p.is_punct(2, ",")));
    // `ST. LOUIS, Feb 12 - `, `SAULT STE. MARIE`, `FT. WORTH`: a saint's or a fort's
    // abbreviation, with its dot, is part of the name.
    let abbreviation_at = |k: usize| {
        matches!(p.word(k), "ST" | "STE" | "FT" | "MT")
            && p.is_punct(k + 1, ".")
            && p.is_word(k + 2)
    };
    let dash_soon =
        || (1..12).any(|k| p.is_punct(k, "-") || p.is_punct(k, "—") || p.is_punct(k, "–"));
    if (is_caps || abbreviation_at(0)) && p.is_word(0) && dash_soon() {
        let mut last = 0;
        loop {
            if abbreviation_at(last) {
                last += 2;
            } else if p.is_word(last + 1) && p.word(last + 1).chars().all(|c| !c.is_lowercase()) {
                last += 1;
            } else {
                break;
            }
        }
        out.push(Candidate {
            kind: Some(EntityKind::Place),
            ..Candidate::new(p.slice(0, last), 0, last)
        });
    }
}
