//! Word lists the rules share. Names of real places and organisations are data, in
//! `assets/gazetteer.tsv`; what is here is closed-class English.

use super::word_table::WordTable;
use crate::model::EntityKind;
use rustc_hash::FxHashMap as HashMap;
use std::sync::OnceLock;

/// Run `f` on the ASCII-lowercased word without allocating (the word lists are ASCII;
/// longer words match nothing in them).
pub fn with_lower<R>(word: &str, f: impl FnOnce(&str) -> R) -> R {
    let mut buf = [0u8; 32];
    let bytes = word.as_bytes();
    if bytes.len() > buf.len() {
        return f("");
    }
    // Most words are in lower case already: no copy.
    if !bytes.iter().any(u8::is_ascii_uppercase) {
        return f(word);
    }
    buf[..bytes.len()].copy_from_slice(bytes);
    buf[..bytes.len()].make_ascii_lowercase();
    // Lowercasing ASCII bytes keeps the UTF-8 valid.
    f(std::str::from_utf8(&buf[..bytes.len()]).unwrap_or(""))
}

pub const MONTHS: [&str; 12] = [
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
];

/// `Aug`, `Sept`, `August` → 8.
pub fn month_number(word: &str) -> Option<u32> {
    // Every month starts with one of these letters: a `Bank` or a `Putin` is turned away
    // before it is lower-cased.
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    if !matches!(first, b'j' | b'f' | b'm' | b'a' | b's' | b'o' | b'n' | b'd') {
        return None;
    }
    with_lower(word, |w| {
        // A `match` on strings compiles to length and byte tests: this runs for every
        // capitalised word of a briefing.
        Some(match w.trim_end_matches('.') {
            "january" | "jan" => 1,
            "february" | "feb" => 2,
            "march" | "mar" => 3,
            "april" | "apr" => 4,
            "may" => 5,
            "june" | "jun" => 6,
            "july" | "jul" => 7,
            "august" | "aug" => 8,
            "september" | "sep" | "sept" => 9,
            "october" | "oct" => 10,
            "november" | "nov" => 11,
            "december" | "dec" => 12,
            _ => return None,
        })
    })
}

pub fn weekday_index(word: &str) -> Option<u32> {
    // Asked of every capitalised word, like `month_number`: most are turned away by length.
    if !(6..=9).contains(&word.len()) {
        return None;
    }
    with_lower(word, |w| {
        Some(match w {
            "monday" => 0,
            "tuesday" => 1,
            "wednesday" => 2,
            "thursday" => 3,
            "friday" => 4,
            "saturday" => 5,
            "sunday" => 6,
            _ => return None,
        })
    })
}

/// Spelled cardinal numbers below a hundred.
pub fn small_number(word: &str) -> Option<u64> {
    // 3 (`one`) to 13 (`seventy-seven`) bytes long: most words are turned away by length.
    if !(3..=13).contains(&word.len()) {
        return None;
    }
    if let Some(n) = spelled_number(word) {
        return Some(n);
    }
    // `twenty-five`; the shortest, `forty-one`, has nine letters.
    if word.len() < 9 {
        return None;
    }
    // A byte loop, not `split_once`: this runs for a third of a briefing's words.
    let dash = word.bytes().position(|b| b == b'-')?;
    let (tens, unit) = (
        spelled_number(&word[..dash])?,
        spelled_number(&word[dash + 1..])?,
    );
    (tens >= 20 && (1..10).contains(&unit)).then_some(tens + unit)
}

/// `zero` to `nineteen`, then the tens.
pub(crate) const SPELLED_NUMBERS: [&str; 28] = [
    "zero",
    "one",
    "two",
    "three",
    "four",
    "five",
    "six",
    "seven",
    "eight",
    "nine",
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
    "twenty",
    "thirty",
    "forty",
    "fifty",
    "sixty",
    "seventy",
    "eighty",
    "ninety",
];

/// One of [`SPELLED_NUMBERS`], in any case. A word without the first letter, last letter and
/// length of one of them (`the`, `that`) is turned away before any comparison.
#[inline(always)]
fn spelled_number(word: &str) -> Option<u64> {
    if !has_number_shape(word.as_bytes()) {
        return None;
    }
    let k = with_lower(word, |w| SPELLED_NUMBERS.iter().position(|&n| n == w))? as u64;
    Some(if k < 20 { k } else { 20 + 10 * (k - 20) })
}

/// The first letter, last letter and length of each of [`SPELLED_NUMBERS`]: bit `len` of
/// `[first][last]`.
static NUMBER_SHAPES: [[u16; 26]; 26] = {
    let mut table = [[0; 26]; 26];
    let mut k = 0;
    while k < SPELLED_NUMBERS.len() {
        let w = SPELLED_NUMBERS[k].as_bytes();
        table[(w[0] - b'a') as usize][(w[w.len() - 1] - b'a') as usize] |= 1 << w.len();
        k += 1;
    }
    table
};

fn has_number_shape(word: &[u8]) -> bool {
    let letter = |b: &u8| b.to_ascii_lowercase().checked_sub(b'a').filter(|&i| i < 26);
    match (word.first().and_then(letter), word.last().and_then(letter)) {
        (Some(first), Some(last)) => {
            NUMBER_SHAPES[first as usize][last as usize] >> word.len().min(15) & 1 == 1
        }
        _ => false,
    }
}

/// The first letters of a list of words, either case: asked first of a word the list is
/// asked of, and made from the list itself, so a word added to the list is never turned away.
pub struct FirstLetters(u32);

impl FirstLetters {
    /// The first letters of `words` (each opening with an ASCII letter).
    pub const fn of(words: &[&str]) -> Self {
        let mut mask = 0;
        let mut k = 0;
        while k < words.len() {
            let first = words[k].as_bytes()[0] | 0x20;
            assert!(first.is_ascii_lowercase(), "a word opening with a letter");
            mask |= 1 << (first - b'a');
            k += 1;
        }
        FirstLetters(mask)
    }

    /// `word` opens with one of the letters.
    #[inline(always)]
    pub fn open(&self, word: &str) -> bool {
        match word.as_bytes().first() {
            Some(&b) => {
                let letter = (b | 0x20).wrapping_sub(b'a');
                letter < 26 && self.0 >> letter & 1 == 1
            }
            None => false,
        }
    }
}

/// A set of three-letter openings (`jan`, `thr`), asked of every word to turn most away with
/// one lookup rather than a comparison with each: bit `c` of `[a][b]` for the opening `abc`
/// (ASCII letters in lower case).
pub struct Openings([[u32; 26]; 26]);

impl Openings {
    pub const fn new(openings: &[&[u8; 3]]) -> Self {
        let mut table = [[0; 26]; 26];
        let mut k = 0;
        while k < openings.len() {
            let [a, b, c] = *openings[k];
            table[(a - b'a') as usize][(b - b'a') as usize] |= 1 << (c - b'a');
            k += 1;
        }
        Openings(table)
    }

    /// `word` (in lower case) opens with one of the set.
    #[inline(always)]
    pub fn open(&self, word: &str) -> bool {
        let Some(&[a, b, c]) = word.as_bytes().first_chunk::<3>() else {
            return false;
        };
        let [a, b, c] = [a, b, c].map(|x| x.wrapping_sub(b'a'));
        a.max(b).max(c) < 26 && self.0[a as usize][b as usize] >> c & 1 == 1
    }
}

/// Scale words and suffixes: `million`, `mln`, `bn`, `m`, `k`.
pub fn scale(word: &str) -> Option<f64> {
    with_lower(word, |w| match w {
        "thousand" | "k" => Some(1e3),
        "million" | "millions" | "mln" | "mn" | "m" => Some(1e6),
        "billion" | "billions" | "bln" | "bn" | "b" => Some(1e9),
        "trillion" | "tn" | "trn" => Some(1e12),
        _ => None,
    })
}

/// Currency symbols and the unit they give.
pub fn currency_symbol(s: &str) -> Option<&'static str> {
    match s {
        "$" => Some("$"),
        "£" => Some("£"),
        "€" => Some("€"),
        "¥" => Some("¥"),
        "₹" => Some("₹"),
        _ => None,
    }
}

/// The prefixes that say whose dollar a `$` is: `A$18m`, `US$5m`, `HK$40m`.
pub fn is_dollar_country(prefix: &str) -> bool {
    matches!(prefix, "A" | "AU" | "US" | "HK" | "C" | "NZ" | "S" | "NT")
}

/// Currency words after a number: `dlrs`, `euros`, `lira`.
/// `exports`, `profits`, `deficit`: what is reckoned in money, not counted.
pub fn is_sum_of_money(noun: &str) -> bool {
    with_lower(noun, |w| {
        matches!(
            w,
            "exports"
                | "imports"
                | "sales"
                | "revenue"
                | "revenues"
                | "profit"
                | "profits"
                | "earnings"
                | "income"
                | "deficit"
                | "surplus"
                | "turnover"
                | "spending"
                | "investment"
                | "reserves"
                | "debt"
                | "debts"
                | "assets"
                | "deposits"
                | "loans"
                | "costs"
        )
    })
}

pub fn is_currency_word(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "dlr"
                | "dlrs"
                | "dollar"
                | "dollars"
                | "pound"
                | "pounds"
                | "euro"
                | "euros"
                | "yen"
                | "yuan"
                | "lira"
                | "lire"
                | "franc"
                | "francs"
                | "mark"
                | "marks"
                | "rupee"
                | "rupees"
                | "rouble"
                | "roubles"
                | "ruble"
                | "rubles"
                | "pence"
                | "cents"
                | "cent"
                | "stg"
                | "sterling"
                | "pesos"
                | "peso"
                | "krona"
                | "kronor"
                | "koruna"
                | "riyals"
                | "rand"
                | "won"
                | "hryvnia"
                | "guilder"
                | "guilders"
                | "ecu"
                | "ecus"
                // The IMF's special drawing rights: `a 100 mln SDR standby credit`.
                | "sdr"
                | "sdrs"
                | "peseta"
                | "pesetas"
                | "escudos"
                | "schillings"
                | "drachmas"
                | "australs"
                | "cruzados"
                | "cruzeiros"
                | "dinar"
                | "dinars"
                | "dirhams"
                | "riyal"
                | "rials"
                | "cedis"
                | "naira"
                | "rupiah"
                | "baht"
                | "ringgit"
                | "shekels"
                | "zlotys"
                | "forints"
                | "kroner"
                | "krone"
                // Currencies whose plural is their singular, or seldom written.
                | "kwacha"
                | "taka"
                | "kyat"
                | "dong"
                | "lei"
                | "leu"
                | "lev"
                | "kuna"
                | "manat"
                | "tenge"
                | "lari"
                | "reais"
                | "forint"
                | "zloty"
                | "shilling"
                | "bolivar"
                // A currency's hundredth: `39.5 kobo a litre`.
                | "kobo"
                | "paise"
                | "centimes"
                | "pfennigs"
                | "pfennig"
                | "kopecks"
                | "kopeks"
                | "centavos"
                | "ngwee"
                | "tambala"
                | "satang"
                | "piastres"
        )
    })
}

/// The qualifiers whose last word is `word` (lower-case), longest first: only those can end
/// right before a number. Looked up, not searched: this is asked of every figure.
pub fn qualifiers_ending_with(word: &str) -> &'static [&'static str] {
    static BY_LAST_WORD: OnceLock<HashMap<&'static str, Vec<&'static str>>> = OnceLock::new();
    let map = BY_LAST_WORD.get_or_init(|| {
        let mut map: HashMap<&str, Vec<&str>> = HashMap::default();
        for q in QUALIFIERS {
            let last = q.rsplit(' ').next().unwrap_or(q);
            map.entry(last).or_default().push(q);
        }
        map
    });
    map.get(word).map_or(&[], Vec::as_slice)
}

/// Qualifiers before a number, longest first.
const QUALIFIERS: &[&str] = &[
    // (`no more than £93`: at most.)
    "no more than",
    "not more than",
    "no less than",
    // (`would accept nothing less than 5 billion dlrs`: at least.)
    "nothing less than",
    "not less than",
    "no fewer than",
    "not fewer than",
    // (`should wait no longer than 18 weeks`: at most.)
    "no longer than",
    "not longer than",
    "more than",
    "less than",
    "fewer than",
    "greater than",
    "longer than",
    "up to",
    "at least",
    "at most",
    "as high as",
    "as low as",
    "as many as",
    "as much as",
    "as few as",
    "as little as",
    "just over",
    "just under",
    "well over",
    "well below",
    "an estimated",
    "in excess of",
    "upwards of",
    "close to",
    "nearly",
    "almost",
    "about",
    "around",
    "roughly",
    "approximately",
    "some",
    "over",
    "under",
    "below",
    "above",
    "record",
    "estimated",
];

/// A qualifier that says a figure is told roughly: `about`, `some`, `an estimated`.
pub fn is_approximate(qualifier: &str) -> bool {
    matches!(
        qualifier,
        "about"
            | "around"
            | "nearly"
            | "almost"
            | "roughly"
            | "approximately"
            | "some"
            | "an estimated"
            | "estimated"
            | "close to"
    )
}

/// Words that end the noun phrase that says what a number counts.
pub fn ends_unit(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "a" | "an"
                | "the"
                | "of"
                | "in"
                | "on"
                | "at"
                | "to"
                | "for"
                | "from"
                | "by"
                | "with"
                | "and"
                | "or"
                | "but"
                | "than"
                | "as"
                | "that"
                | "which"
                | "who"
                | "whom"
                | "whose"
                | "this"
                | "these"
                | "those"
                | "is"
                | "are"
                | "was"
                | "were"
                | "be"
                | "been"
                | "being"
                | "will"
                | "would"
                | "could"
                | "should"
                | "can"
                | "may"
                | "might"
                | "must"
                | "shall"
                | "has"
                | "have"
                | "had"
                | "do"
                | "does"
                | "did"
                | "if"
                | "when"
                | "while"
                | "after"
                | "before"
                | "since"
                | "until"
                | "into"
                | "over"
                | "under"
                | "about"
                | "per"
                | "each"
                | "every"
                | "ago"
                | "earlier"
                | "later"
                | "more"
                | "less"
                | "fewer"
                | "not"
                | "no"
                | "so"
                | "too"
                | "also"
                | "up"
                | "down"
                | "out"
                | "off"
                | "through"
                | "between"
                | "against"
                | "during"
                | "including"
                | "there"
                | "here"
                | "where"
                | "then"
                | "now"
                | "just"
                | "still"
                | "yet"
                | "already"
                | "said"
                | "says"
                | "say"
                | "told"
                | "old"
                | "year-old"
                | "years-old"
                | "according"
                | "last"
                | "next"
                | "across"
                | "around"
                | "behind"
                | "like"
                | "unlike"
                | "via"
                | "without"
                | "within"
                | "near"
                | "toward"
                | "towards"
                | "upon"
                | "onto"
                | "all"
                | "both"
                | "either"
                | "neither"
                | "worth"
                | "apiece"
                | "respectively"
                | "instead"
                | "again"
        )
    })
}

/// Plurals that do not end in `s`.
pub fn is_irregular_plural(word: &str) -> bool {
    with_lower(word, |w| {
        // `seamen`, `fishermen`, `businesswomen`
        (w.len() > 5
            && w.ends_with("men")
            && !matches!(w, "abdomen" | "specimen" | "regimen" | "acumen" | "semen"))
            || matches!(
                w,
                "people"
                    | "children"
                    | "men"
                    | "women"
                    | "police"
                    | "staff"
                    | "cattle"
                    | "sheep"
                    | "feet"
                    | "teeth"
                    | "mice"
                    | "geese"
                    | "data"
                    | "personnel"
                    | "troops"
                    | "crew"
                    | "livestock"
                    // `100 million poultry`, `40,000 salmon`: counted in the singular.
                    | "poultry"
                    | "salmon"
                    | "swine"
                    | "bison"
                    | "deer"
                    | "fish"
                    | "aircraft"
                    | "lira"
                    | "yen"
                    | "yuan"
                    | "pence"
                    | "tonnes"
            )
            // `killing three and injuring 15`: those counted by what befell them.
            || befell_people(w)
    })
}

/// `killed`, `arrested`, `homeless`: what befell people, a plural of its own after a count
/// (`40 hurt`), or what those counted underwent, after them (`five people killed`).
pub fn befell_people(w: &str) -> bool {
    matches!(
        w,
        "dead"
            | "killed"
            | "injured"
            | "wounded"
            | "missing"
            | "homeless"
            | "hurt"
            | "arrested"
            | "detained"
            | "jailed"
            | "evacuated"
            | "displaced"
            | "rescued"
    )
}

/// `Sheffield Wednesday`: a club named by its town and a weekday, the town before the day.
pub fn is_a_clubs_town_before_its_day(town: &str, day: &str) -> bool {
    town == "Sheffield" && day == "Wednesday"
}

/// A noun a number after it names one of, not a count: `phase 2`, `tier 3`, `article 50`,
/// `flight 103`, `version 6`, `quoting incident 412`.
pub fn names_one_by_number(noun: &str) -> bool {
    matches!(
        noun,
        "phase"
            | "stage"
            | "tier"
            | "band"
            | "round"
            | "level"
            | "grade"
            | "category"
            | "class"
            | "type"
            | "division"
            | "step"
            | "chapter"
            | "article"
            | "section"
            | "clause"
            | "paragraph"
            | "amendment"
            | "resolution"
            | "flight"
            | "route"
            | "platform"
            | "version"
            // `its adjustable rate preferred stock, series 3`, `tranche 2 of the loan`,
            // `junction 12 of the M4`
            | "series"
            | "tranche"
            | "junction"
            | "item"
            | "schedule"
            // (What police ask callers to quote: `quoting incident 412 of 23 November`.)
            | "incident"
            | "reference"
            | "log"
            | "occurrence"
    )
}

/// A plural a list of numbers after it names several of: `versions 5.01 and 6`, `routes 135
/// and 42`, `articles 3 and 4`.
pub fn names_several_by_number(noun: &str) -> bool {
    matches!(
        noun,
        "versions"
            | "routes"
            | "flights"
            | "platforms"
            | "junctions"
            | "phases"
            | "stages"
            | "articles"
            | "sections"
            | "clauses"
            | "chapters"
            | "amendments"
            | "resolutions"
    )
}

/// Units that name what is measured even in the singular: `1 year`, `60-day`.
pub fn is_singular_unit(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "second"
                | "minute"
                | "hour"
                | "day"
                | "week"
                | "month"
                | "year"
                | "decade"
                | "century"
                | "time"
                | "percent"
                | "point"
                | "mile"
                | "metre"
                | "meter"
                | "kilometre"
                | "kilometer"
                | "km"
                | "kg"
                | "tonne"
                | "ton"
                | "barrel"
                | "acre"
                | "hectare"
                | "person"
                | "share"
                | "vote"
                | "seat"
                | "job"
                | "member"
                | "game"
                | "goal"
                | "run"
                | "dollar"
                | "pound"
                | "euro"
                | "dlr"
                | "mph"
                | "degree"
                | "inch"
                | "foot"
                | "ft"
                | "lb"
                | "oz"
                | "yard"
                | "litre"
                | "liter"
                | "gallon"
                | "megawatt"
                | "gigawatt"
                | "kilowatt"
                | "watt"
                | "byte"
                | "kilobyte"
                | "megabyte"
                | "gigabyte"
                | "terabyte"
                | "megabit"
                | "gigabit"
                | "kilobit"
                | "megapixel"
                | "gram"
                | "kilogram"
                | "storey"
                | "mw"
                | "gw"
                | "bpd"
                // A ship's deadweight and gross registered tonnage: `the 81,283 dwt Bridgeton`.
                | "dwt"
                | "grt"
        ) || is_collective(w)
    })
}

/// A body of people counted as one: `crowd`, `audience`.
pub fn is_collective(w: &str) -> bool {
    matches!(
        w,
        "crowd"
            | "audience"
            | "workforce"
            | "population"
            | "membership"
            | "readership"
            | "staff"
            | "turnout"
            | "attendance"
            // `a majority of 167`: seats, counted as the majority
            | "majority"
    )
}

/// Verbs, nouns and adjectives that introduce or report speech.
pub fn is_speech_verb(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "said"
                | "says"
                | "say"
                | "saying"
                | "according"
                | "told"
                | "tells"
                | "added"
                | "adds"
                | "asked"
                | "asks"
                | "explained"
                | "explains"
                | "stressed"
                | "warned"
                | "warns"
                | "admitted"
                | "admits"
                | "argued"
                | "argues"
                | "insisted"
                | "insists"
                | "claimed"
                | "claims"
                | "noted"
                | "notes"
                | "urged"
                | "urges"
                | "called"
                | "calls"
                | "described"
                | "describes"
                | "wrote"
                | "writes"
                | "tweeted"
                | "posted"
                | "declared"
                | "announced"
                | "commented"
                | "replied"
                | "replies"
                | "stating"
                | "stated"
                | "states"
                | "accused"
                | "accuses"
                | "repeated"
                | "remarked"
                | "cautioned"
                | "predicted"
                | "suggested"
                | "conceded"
                | "concedes"
                | "added:"
                | "dismissed"
                | "branded"
                | "labelled"
                | "labeled"
                | "termed"
                | "hailed"
                | "praised"
                | "criticised"
                | "criticized"
                | "rejected"
                | "denied"
                | "confirmed"
                | "threatened"
                | "promised"
                | "vowed"
                | "pledged"
                | "believes"
                | "believed"
                | "thinks"
                | "thought"
                | "recalled"
                | "continued"
                | "concluded"
                | "acknowledged"
                | "complained"
                | "observed"
                | "responded"
                | "answered"
                | "demanded"
                | "told:"
                | "writing"
                | "adding"
                | "telling"
                | "speaking"
                | "quoted"
                | "quoting"
                | "reported"
                | "reckons"
                | "reckoned"
                | "exclaimed"
                | "agreed"
                | "apologised"
                | "apologized"
                | "apologises"
                | "apologizes"
        )
    })
}

/// Personal and possessive pronouns.
pub fn is_pronoun(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "he" | "she"
                | "it"
                | "they"
                | "we"
                | "i"
                | "you"
                | "his"
                | "her"
                | "its"
                | "their"
                | "our"
                | "my"
                | "your"
        )
    })
}

/// A function word, also with `'s` written on (`It's`, `That's`, `What's`: a contraction
/// more often than a possessive) or with its apostrophe.
pub fn is_function_word(word: &str) -> bool {
    with_lower(word, |w| {
        let w = w.trim_end_matches(['’', '\'']);
        is_function_lower(possessive_owner(w).unwrap_or(w))
    })
}

fn is_function_lower(w: &str) -> bool {
    is_pronoun(w)
        || matches!(
            w,
            "the"
                | "a"
                | "an"
                | "and"
                | "but"
                | "or"
                | "nor"
                | "so"
                | "yet"
                | "for"
                | "though"
                | "although"
                | "meanwhile"
                | "however"
                | "despite"
                | "if"
                | "when"
                | "while"
                | "whilst"
                | "where"
                | "whether"
                | "this"
                | "that"
                | "these"
                | "those"
                | "in"
                | "on"
                | "at"
                | "of"
                | "to"
                | "from"
                | "with"
                | "without"
                | "after"
                | "before"
                | "since"
                | "until"
                | "as"
                | "by"
                | "all"
                | "some"
                | "many"
                | "most"
                | "other"
                | "others"
                | "another"
                | "each"
                | "every"
                | "no"
                | "not"
                | "there"
                | "here"
                | "what"
                | "who"
                | "which"
                | "how"
                | "why"
                | "then"
                | "now"
                | "also"
                | "even"
                | "still"
                | "only"
                | "just"
                | "both"
                | "either"
                | "neither"
                | "such"
                | "much"
                | "more"
                | "less"
                | "one"
                | "first"
                | "last"
                | "next"
                | "new"
                | "further"
                | "earlier"
                | "later"
                | "hours"
                | "days"
                | "weeks"
                | "months"
                | "years"
                | "today"
                | "tomorrow"
                | "yesterday"
                | "tonight"
                | "instead"
                | "indeed"
                | "thus"
                | "hence"
                | "therefore"
                | "because"
                | "unless"
                | "once"
                | "again"
                | "perhaps"
                | "maybe"
                | "yes"
                | "overall"
                | "obviously"
                | "certainly"
                | "clearly"
                | "speaking"
                | "asked"
                | "using"
                | "according"
                | "under"
                | "over"
                | "between"
                | "among"
                | "against"
                | "during"
                | "about"
                | "above"
                | "below"
                | "through"
                | "within"
                | "upon"
                | "into"
                | "onto"
                | "like"
                | "unlike"
                | "do"
                | "does"
                | "did"
                | "is"
                | "are"
                | "was"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
                | "would"
                | "can"
                | "could"
                | "should"
                | "may"
                | "might"
                | "must"
                | "let"
                | "tell"
                | "mr"
                | "mrs"
                | "ms"
                | "dr"
                | "aged"
                | "anyone"
                | "everyone"
                | "nobody"
                | "someone"
                | "something"
                | "nothing"
                | "everything"
                | "any"
                | "few"
                | "several"
                | "half"
                | "around"
                | "ahead"
                | "away"
                | "back"
                | "well"
        )
}

/// A word that describes the person or body named after it (`rival Unilever`, `striker
/// Harry Kane`, `billionaire Elon Musk`): capitalised only when it opens a sentence.
pub fn is_descriptor(lower: &str) -> bool {
    is_describing_adjective(lower) || describes_person(lower) || describes_body(lower)
}

/// A past participle not written with `-ed`: `drawn`, `written`, `held`. (Not `set`, `run`
/// or `cut`, as often a verb of the present or a noun.)
pub fn is_irregular_participle(lower: &str) -> bool {
    matches!(
        lower,
        "drawn"
            | "written"
            | "given"
            | "taken"
            | "made"
            | "held"
            | "led"
            | "chosen"
            | "known"
            | "seen"
            | "built"
            | "brought"
            | "bought"
            | "sold"
            | "won"
            | "begun"
            | "done"
            | "shown"
            | "sent"
            | "spent"
            | "kept"
            | "thrown"
            | "struck"
            | "frozen"
            | "broken"
            | "grown"
    )
}

/// A participle that opens a sentence with what its subject did to the name after it:
/// `Sentencing Walsh, Judge Guy Kearl said …`, `Praising Kane, Gareth Southgate said …`.
pub fn is_opening_participle(lower: &str) -> bool {
    matches!(
        lower,
        "sentencing"
            | "jailing"
            | "addressing"
            | "praising"
            | "thanking"
            | "welcoming"
            | "describing"
            | "criticising"
            | "criticizing"
            | "defending"
            | "backing"
            | "urging"
            | "congratulating"
            | "quoting"
            | "citing"
            | "accusing"
            | "blaming"
            | "attacking"
            | "hailing"
            | "mocking"
            | "rejecting"
            | "dismissing"
            | "questioning"
            | "interviewing"
            | "replacing"
            | "succeeding"
            | "joining"
            | "leaving"
            | "visiting"
    )
}

/// A statistic that reports on a period and is released on a day: `the June producer price
/// index`, `trade figures due on November 12`.
pub fn is_statistic(lower: &str) -> bool {
    matches!(
        lower,
        "figures" | "data" | "statistics" | "numbers" | "report" | "index"
    )
}

/// Who speaks for a body: `spokesman`, `spokeswoman`.
pub fn is_spokesperson(w: &str) -> bool {
    matches!(w, "spokesman" | "spokeswoman" | "spokesperson")
}

/// Who speaks for the body named before them: `a Kremlin spokesman`, `an EC Commission
/// official`, `a Treasury source`, `one EC negotiator`.
pub fn speaks_for_a_body(w: &str) -> bool {
    is_spokesperson(w) || matches!(w, "official" | "source" | "negotiator")
}

/// A span of time by the calendar: a unit of time, a `quarter`, a `season`, a `period`.
pub fn is_calendar_span(lower: &str) -> bool {
    is_time_unit(lower) || matches!(lower, "quarter" | "season" | "period")
}

/// What a side or a party is counted in, in a table or a race: `points`, `goals`, `seats`.
pub fn is_tally(lower: &str) -> bool {
    matches!(
        lower,
        "points"
            | "point"
            | "goals"
            | "goal"
            | "seats"
            | "seat"
            | "votes"
            | "runs"
            | "wickets"
            | "places"
            | "shots"
            | "strokes"
            | "lengths"
            | "laps"
    )
}

/// A unit of time, singular or plural: `days`, `year`.
pub fn is_time_unit(lower: &str) -> bool {
    matches!(
        lower.strip_suffix('s').unwrap_or(lower),
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade"
    )
}

/// A kind of work with a title of its own: `film`, `album`, `sitcom`.
pub fn is_kind_of_work(w: &str) -> bool {
    matches!(
        w,
        "film"
            | "movie"
            | "album"
            | "novel"
            | "sitcom"
            | "documentary"
            | "musical"
            | "opera"
            | "drama"
            | "biopic"
            | "comedy"
            | "thriller"
            | "sequel"
            | "single"
            | "song"
            | "game"
            | "book"
    )
}

/// A kind of thing a firm makes and names: `player`, `handset`.
pub fn is_product_noun(w: &str) -> bool {
    matches!(
        w,
        "player"
            | "phone"
            | "handset"
            | "handheld"
            | "smartphone"
            | "tablet"
            | "console"
            | "computer"
            | "laptop"
            | "device"
            | "gadget"
            | "chip"
            | "processor"
            | "browser"
            | "software"
            | "website"
            | "camera"
            | "car"
            | "jet"
            | "plane"
            | "airliner"
            | "model"
            | "drug"
            | "painkiller"
            | "game"
    )
}

/// Short forms a body is widely known by, with the opening words of its full name.
const SHORT_FORMS: &[(&str, &str)] = &[
    ("Fed", "Federal Reserve"),
    ("Man Utd", "Manchester United"),
    ("Man City", "Manchester City"),
    ("Spurs", "Tottenham Hotspur"),
    ("Boro", "Middlesbrough"),
    ("Met", "Metropolitan Police"),
    ("Met Police", "Metropolitan Police"),
    // (Not the initials of its words: `ICO` is the International Coffee Organization.)
    ("ICCO", "International Cocoa Organization"),
];

/// `name` is a body's well-known short form.
pub fn is_short_form(name: &str) -> bool {
    SHORT_FORMS.iter().any(|&(short, _)| short == name)
}

/// The short forms of the body named `name`: `Fed` for `Federal Reserve Board`.
pub fn short_forms_of(name: &str) -> impl Iterator<Item = &'static str> + '_ {
    SHORT_FORMS.iter().filter_map(move |&(short, full)| {
        let rest = name.strip_prefix(full)?;
        (rest.is_empty() || rest.starts_with(' ')).then_some(short)
    })
}

/// `former`, `embattled`: says something of whoever or whatever follows.
pub fn is_describing_adjective(lower: &str) -> bool {
    matches!(
        lower,
        "rival"
            | "former"
            | "fellow"
            // `Opposition Labour councillors`
            | "opposition"
            // `Double Olympic champion Kelly Holmes`
            | "double"
            | "triple"
            | "embattled"
            | "beleaguered"
            | "troubled"
            | "struggling"
            | "veteran"
            | "outgoing"
            | "current"
            | "incoming"
            | "defending"
            | "reigning"
            | "ousted"
            | "jailed"
            | "exiled"
            | "disgraced"
            | "retired"
            | "major"
            | "leading"
            // `Benchmark Arabian Light was quoted at`: a grade described.
            | "benchmark"
            // `Newcomers Keane`, `Holders Arsenal`: a side or act described in the plural.
            | "newcomer"
            | "newcomers"
            | "rivals"
            | "holders"
            | "hosts"
            | "underdogs"
            | "favourites"
            | "outsiders"
            | "veterans"
            | "promoted"
            | "relegated"
            // `Organisers Extinction Rebellion said`, `Campaigners Friends of the Earth`
            | "organisers"
            | "organizers"
            | "campaigners"
            | "activists"
    )
}

/// `striker`, `singer`, `campaigner`: what a person does.
pub fn describes_person(lower: &str) -> bool {
    is_players_position(lower)
        || matches!(
            lower,
            "campaigner"
            // `Runner-up Gareth Gates`
            | "runner-up"
            | "winner"
            | "activist"
            | "billionaire"
            | "tycoon"
            // `Owner Roman Abramovich watched`
            | "owner"
            | "financier"
            | "investor"
            | "magnate"
            | "speculator"
            | "banker"
            | "lawyer"
            | "inventor"
            | "photographer"
            | "painter"
            | "sculptor"
            | "dancer"
            | "entrepreneur"
            | "businessman"
            | "businesswoman"
            | "batsman"
            | "bowler"
            | "sprinter"
            | "jockey"
            | "trainer"
            | "quarterback"
            | "linebacker"
            | "pitcher"
            | "outfielder"
            | "wicketkeeper"
            | "all-rounder"
            | "batter"
            | "actor"
            | "actress"
            | "singer"
            | "rapper"
            | "novelist"
            | "comedian"
            | "presenter"
            | "journalist"
            | "frontman"
            | "guitarist"
            | "drummer"
            | "bassist"
            | "songwriter"
            | "director"
            | "producer"
            | "compiler"
            | "sponsor"
            | "pollster"
            | "founder"
            | "founders"
            | "co-founder"
            | "author"
            | "promoter"
            | "pianist"
            | "violinist"
            | "conductor"
            | "composer"
            | "playwright"
            | "poet"
            | "artist"
            | "designer"
            | "chef"
            | "broadcaster"
            | "columnist"
            | "commentator"
            | "cyclist"
            | "golfer"
            | "boxer"
            | "swimmer"
            | "athlete"
            | "player"
            | "captain"
            | "skipper"
            | "host"
            | "star"
            | "stars"
            | "co-star"
            | "comic"
            | "writer"
            | "creator"
            | "co-creator"
            // `Assistant Bruno Saltor will take charge`: a coach's or a manager's.
            | "assistant"
            // `Teenager Cesc Fabregas`: an age or a stage of a career.
            | "teenager"
            | "youngster"
            // `Baby Harry Richford died`
            | "baby"
            | "toddler"
            | "schoolboy"
            | "schoolgirl"
            | "rookie"
            | "debutant"
            // `Ringleader Alex Bell, 29, was jailed`: a part in a crime or a trial.
            | "ringleader"
            | "gunman"
            | "suspect"
            | "defendant"
            | "hacker"
            | "fugitive"
            | "killer"
            | "murderer"
            | "whistleblower"
            // `The former Olympic champion added`
            | "champion"
            | "medallist"
        )
}

/// What a person does, as a title, a job or a role says it (`singer`, `chairman`,
/// `consultant`): a word that describes one somebody is.
pub fn names_a_persons_job(lower: &str) -> bool {
    describes_person(lower) || is_title_word(lower) || is_role(lower)
}

/// A job that speaks for itself before a name, as a title does: `specialist`, `economist`.
pub fn is_role(w: &str) -> bool {
    matches!(
        w,
        "specialist"
            | "consultant"
            | "expert"
            | "curator"
            | "strategist"
            | "auctioneer"
            | "lawyer"
            | "attorney"
            | "solicitor"
            | "barrister"
            | "banker"
            | "broker"
            | "trader"
            | "dealer"
            | "economist"
            | "analyst"
            | "adviser"
            | "advisor"
            // `said Red Cross official Anthony Mwangi`
            | "official"
            | "officer"
            | "worker"
            | "researcher"
            | "engineer"
            // `said Met Office forecaster Helen Chivers`
            | "forecaster"
            | "meteorologist"
            | "scientist"
            | "statistician"
            // `said her agent, Kim McDonald`
            | "agent"
            | "publicist"
            // `said Goldman Sachs partner Robert Rubin`: a partner of a firm.
            | "partner"
    )
}

/// Who speaks in a story without being named: `his widow`, `one witness`, `a neighbour`.
pub fn is_unnamed_person_noun(lower: &str) -> bool {
    matches!(
        lower,
        "son"
            | "daughter"
            | "mother"
            | "father"
            | "wife"
            | "husband"
            | "brother"
            | "sister"
            | "widow"
            | "widower"
            | "partner"
            | "girlfriend"
            | "boyfriend"
            | "friend"
            | "neighbour"
            | "neighbor"
            | "witness"
            | "eyewitness"
            | "resident"
            | "victim"
            | "relative"
            | "relatives"
            | "parent"
            | "parents"
            | "family"
            | "colleague"
            | "passenger"
            | "motorist"
            | "shopkeeper"
            | "survivor"
            | "protester"
            | "protestor"
            | "demonstrator"
            | "pensioner"
            | "commuter"
            | "shopper"
            | "voter"
            | "man"
            | "woman"
            | "source"
            // (`Seelig's lawyer said`: who speaks for a client, unnamed.)
            | "lawyer"
            | "solicitor"
            | "attorney"
            | "barrister"
    )
}

/// `firm`, `charity`, `union`: a kind of body, before its name (`research firm Gartner`),
/// after it (`the Aslef union`) or set off after it (`Creative Strategies, a consultancy`).
pub fn is_body_noun(lower: &str) -> bool {
    matches!(
        lower,
        "firm"
            | "company"
            | "consultancy"
            | "bank"
            | "charity"
            | "agency"
            | "group"
            | "union"
            | "party"
            // `the House Banking subcommittee`
            | "committee"
            | "subcommittee"
            // `Noranda Inc's Noranda Minerals unit`
            | "unit"
            | "subsidiary"
            | "division"
            // `the state copper commission Cochilco said`
            | "commission"
            | "authority"
            | "board"
            | "institute"
            | "association"
            | "federation"
            | "council"
            | "corporation"
    )
}

/// The plain verbs of reporting speech: `said`, `says`, `told`, `added` (not `agreed`,
/// which also describes: `OPEC's agreed ceiling`).
pub fn is_saying(w: &str) -> bool {
    matches!(w, "said" | "says" | "told" | "added")
}

/// The wire's abbreviations of U.S. states' names, without their dot: `Mo` for `Missouri`
/// (`Leeds, Mo.`). Each is in the gazetteer with its dot, as a place.
const STATE_ABBREVIATIONS: &[(&str, &[&str])] = &[
    ("Alabama", &["Ala"]),
    ("Arizona", &["Ariz"]),
    ("Arkansas", &["Ark"]),
    ("California", &["Calif"]),
    ("Colorado", &["Colo"]),
    ("Connecticut", &["Conn"]),
    ("Delaware", &["Del"]),
    ("Florida", &["Fla"]),
    ("Georgia", &["Ga"]),
    ("Illinois", &["Ill"]),
    ("Indiana", &["Ind"]),
    ("Kansas", &["Kan"]),
    ("Kentucky", &["Ky"]),
    ("Louisiana", &["La"]),
    ("Maryland", &["Md"]),
    ("Massachusetts", &["Mass"]),
    ("Michigan", &["Mich"]),
    ("Minnesota", &["Minn"]),
    ("Missouri", &["Mo"]),
    ("Montana", &["Mont"]),
    ("Nebraska", &["Neb"]),
    ("Nevada", &["Nev"]),
    ("Oklahoma", &["Okla"]),
    ("Oregon", &["Ore"]),
    ("Pennsylvania", &["Pa", "Penn"]),
    ("Tennessee", &["Tenn"]),
    ("Texas", &["Tex"]),
    ("Vermont", &["Vt"]),
    ("Virginia", &["Va"]),
    ("Washington", &["Wash"]),
    ("Wisconsin", &["Wis"]),
    ("Wyoming", &["Wyo"]),
];

/// The wire's abbreviations of the U.S. state `state`, without their dot (none for any
/// other name). Asked of places only, so a scan of the few states is cheap.
pub fn state_abbreviations(state: &str) -> &'static [&'static str] {
    STATE_ABBREVIATIONS
        .iter()
        .find(|(name, _)| *name == state)
        .map_or(&[], |(_, short)| short)
}

/// A word that opens a clause hanging off another: `after`, `because`, `unless`.
pub fn is_subordinator(w: &str) -> bool {
    matches!(
        w,
        "after"
            | "before"
            | "when"
            | "while"
            | "because"
            | "since"
            | "although"
            | "though"
            | "until"
            | "unless"
            | "whereas"
    )
}

/// `Toulouse-based`, `Dublin-headquartered`: where a body has its seat, a word that
/// describes it.
pub fn says_where_based(word: &str) -> bool {
    // (Asked of most names' last words: the last letter first.)
    // (`a Netherlands Antilles-registered drugs company`: where it is registered too.)
    word.ends_with('d')
        && (word.ends_with("-based")
            || word.ends_with("-headquartered")
            || word.ends_with("-registered"))
}

/// `carmaker`, `lender`, `broadcaster`, `charity`: what a body does.
pub fn describes_body(lower: &str) -> bool {
    matches!(
        lower,
        "carmaker"
            | "retailer"
            | "supermarket"
            | "lender"
            | "insurer"
            | "airline"
            | "carrier"
            | "chipmaker"
            | "broker"
            | "broadcaster"
            | "regulator"
            | "watchdog"
            | "publisher"
            | "manufacturer"
            | "conglomerate"
            | "charity"
            | "bookmaker"
            | "brewer"
            | "drugmaker"
            | "housebuilder"
            | "miner"
            | "grocer"
            // `Administrators PricewaterhouseCoopers said`: a firm in a role in a company's
            // affairs.
            | "administrator"
            | "administrators"
            | "auditor"
            | "auditors"
            | "receiver"
            | "receivers"
            | "liquidator"
            | "liquidators"
            | "brokers"
    )
}

/// What markets trade in and wire copy reports prices for: `Corn added 4 cents`, `the March
/// wheat contract`.
pub fn is_commodity(lower: &str) -> bool {
    is_grade_name(lower)
        || matches!(
            lower,
            "wheat"
                | "corn"
                | "soybeans"
                | "soybean"
                | "soyoil"
                | "soymeal"
                | "oats"
                | "barley"
                | "rice"
                | "cotton"
                | "sugar"
                | "coffee"
                | "cocoa"
                | "gold"
                | "silver"
                | "platinum"
                | "palladium"
                | "copper"
                | "aluminium"
                | "aluminum"
                | "nickel"
                | "zinc"
                | "tin"
                | "crude"
                | "gasoline"
                | "heating"
                | "diesel"
                | "bullion"
                | "cattle"
                | "hogs"
                | "lumber"
                | "rubber"
                | "gasoil"
                | "rapeseed"
                | "canola"
                | "sorghum"
                | "pork"
                | "feeder"
        )
}

/// A noun for what somebody said, whose owner speaks the words quoted after it: `John
/// Swinney's warning that …`, `a pledge from Labour that …`.
pub fn is_a_noun_of_words(lower: &str) -> bool {
    matches!(
        lower,
        "warning"
            | "warnings"
            | "claim"
            | "claims"
            | "pledge"
            | "promise"
            | "remarks"
            | "comments"
            | "words"
            | "statement"
            | "insistence"
            | "admission"
            | "assurance"
            | "assurances"
            | "prediction"
            | "accusation"
            | "suggestion"
            | "threat"
            | "plea"
            | "call"
            | "description"
            | "verdict"
    )
}

/// An everyday noun that opens a headline and its lede as the thing a story measures
/// (`Food inflation rises` … `Food inflation climbed to 4.2%`, `Wage growth slows`, `Knife
/// crime up`): capitalised only there, it names nothing.
pub fn is_everyday_noun(lower: &str) -> bool {
    matches!(
        lower,
        "food"
            | "wage"
            | "wages"
            | "shop"
            | "fuel"
            | "petrol"
            | "pay"
            | "price"
            | "job"
            | "jobs"
            | "tax"
            | "rent"
            | "rents"
            | "mortgage"
            | "pension"
            | "pensions"
            | "benefit"
            | "benefits"
            | "housing"
            | "school"
            | "schools"
            | "hospital"
            | "hospitals"
            | "care"
            | "childcare"
            | "crime"
            | "knife"
            | "gun"
            | "drug"
            | "drugs"
            | "bus"
            | "train"
            | "road"
            | "traffic"
            | "flight"
            | "flights"
            | "holiday"
            | "broadband"
            | "phone"
            | "weather"
            | "flood"
            | "heat"
            | "snow"
            | "plastic"
            | "waste"
            | "farm"
            | "milk"
            | "bread"
            | "beer"
            | "alcohol"
            | "cancer"
            | "flu"
    )
}

/// A grade of a commodity named alone, capitalised as a name is: `Brent`, `robusta`.
pub fn is_grade_name(lower: &str) -> bool {
    matches!(
        lower,
        "brent" | "robusta" | "robustas" | "arabica" | "arabicas"
    )
}

/// Plural nouns that often open a sentence on their own (`Critics say…`) but may also
/// start a name (`Police Federation`): dropped only when they stand alone.
pub fn is_common_opener(word: &str) -> bool {
    with_lower(word, |w| {
        matches!(
            w,
            "sources"
                | "member"
                // (`People say we are boring`: who says, no one named.)
                | "people"
                | "thousands"
                | "hundreds"
                | "millions"
                | "dozens"
                | "families"
                | "relatives"
                | "victims"
                | "survivors"
                | "patients"
                | "customers"
                | "shoppers"
                | "drivers"
                | "players"
                | "businesses"
                | "companies"
                | "firms"
                | "banks"
                | "councils"
                | "landlords"
                | "tenants"
                | "pupils"
                | "officials"
                | "critics"
                | "ministers"
                | "analysts"
                | "experts"
                | "economists"
                | "opponents"
                | "supporters"
                | "residents"
                | "police"
                | "reports"
                | "investors"
                | "traders"
                | "doctors"
                | "teachers"
                | "workers"
                | "voters"
                | "dealers"
                | "brokers"
                | "bankers"
                | "diplomats"
                | "witnesses"
                | "observers"
                | "officers"
                | "troops"
                | "soldiers"
                | "rebels"
                | "protesters"
                | "lawyers"
                | "prosecutors"
                | "scientists"
                | "researchers"
                | "campaigners"
                | "farmers"
                | "shareholders"
                | "consumers"
                | "passengers"
                | "fans"
                | "parents"
                | "students"
                | "nurses"
                | "executives"
                | "unions"
                | "regulators"
                | "authorities"
                | "negotiators"
                | "pilots"
                | "employees"
                | "staff"
                | "miners"
                | "engineers"
                | "crew"
                | "creditors"
                | "lenders"
                // (`Exports, which had driven the recovery, grew`: what an economy counts.)
                | "exports"
                | "imports"
                | "sales"
                | "profits"
                | "earnings"
                | "revenues"
                | "prices"
                | "wages"
                | "orders"
                | "inventories"
                | "borrowers"
                | "buyers"
                | "sellers"
                | "producers"
                | "exporters"
                | "importers"
                | "growers"
                | "retailers"
                | "manufacturers"
                | "members"
                | "delegates"
                | "leaders"
                | "managers"
                | "owners"
                | "operators"
                | "users"
                | "viewers"
                | "children"
                | "pensioners"
                | "commuters"
                | "travellers"
                | "tourists"
                | "visitors"
                | "demonstrators"
                | "activists"
                | "inspectors"
                | "refugees"
                | "migrants"
                | "villagers"
                | "citizens"
                | "taxpayers"
                | "homeowners"
                | "savers"
                | "organisers"
                | "organizers"
                | "promoters"
                | "sponsors"
                | "bosses"
                | "judges"
                | "lawmakers"
                | "legislators"
                | "senators"
                | "insiders"
                | "publishers"
                | "broadcasters"
                | "developers"
                | "subscribers"
                | "listeners"
                | "readers"
                | "audiences"
                | "commentators"
                | "historians"
                | "academics"
                | "charities"
                | "agencies"
                | "governments"
                | "airlines"
                | "insurers"
                | "builders"
                | "clubs"
                | "athletes"
                | "riders"
                | "bidders"
                | "hackers"
                | "spammers"
                | "rescuers"
                | "firefighters"
                | "paramedics"
                | "medics"
                | "guards"
                | "hospitals"
                | "schools"
                | "universities"
                | "landowners"
                | "forecasters"
                | "refiners"
                | "suppliers"
                | "carriers"
                | "depositors"
        )
            // (`Steelmakers, who want the system kept`, `Carmakers said`: makers of a thing.)
            || (w.len() > 8 && w.ends_with("makers"))
            // (`Meteorologists say`, `Nationalists won`: people by what they study or hold.)
            || (w.len() > 6 && w.ends_with("ists"))
    })
}

/// Words that number things in references, not names: `Chapter 11`, `Article 50`.
pub fn is_reference_word(word: &str) -> bool {
    matches!(
        word,
        "Chapter"
            | "Article"
            | "Section"
            | "Clause"
            | "Paragraph"
            | "Item"
            | "Figure"
            | "Table"
            | "Page"
            | "Flight"
            | "Route"
            | "Phase"
            | "Stage"
            | "Level"
            | "Grade"
            | "Part"
            | "Book"
            | "Volume"
            | "Number"
            | "Schedule"
            | "Annex"
            | "Amendment"
            | "Proposition"
            | "Ward"
            | "Room"
            | "Platform"
            | "Gate"
            | "Terminal"
    )
}

/// Honorifics kept with a name (they mark a person).
pub fn is_honorific(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "Mr" | "Mrs" | "Ms" | "Miss" | "Dr" | "Sir" | "Dame" | "Lord" | "Lady" | "Prof" | "Rev"
    )
}

/// Letters after a person's name, and the generation suffix: `Donald Findlay QC`,
/// `Martin Luther King Jr`. The person is called by the name before them.
pub fn is_post_nominal(word: &str) -> bool {
    matches!(
        word.trim_end_matches('.'),
        "QC" | "KC"
            | "MP"
            | "MEP"
            | "MSP"
            | "OBE"
            | "MBE"
            | "CBE"
            | "KBE"
            | "DBE"
            | "GBE"
            | "Jr"
            | "Jnr"
            | "Sr"
            | "Snr"
    )
}

/// A part of a place in lower case before its name: `west London`, `central Tokyo`.
pub fn is_compass_lower(w: &str) -> bool {
    matches!(
        w,
        "north"
            | "south"
            | "east"
            | "west"
            | "north-west"
            | "north-east"
            | "south-west"
            | "south-east"
            | "northern"
            | "southern"
            | "eastern"
            | "western"
            | "central"
    )
}

/// Job titles, dropped from names: `President`, `ex-President`, `Finance Minister`,
/// `Vice-chairman`.
pub fn is_title_word(word: &str) -> bool {
    with_lower(word, |w| {
        let w = strip_all(strip_all(strip_all(w, "ex-"), "former-"), "co-");
        let w = w.strip_prefix("vice-").unwrap_or(w);
        // `President-elect`, `Prime Minister-designate`
        let w = ["-elect", "-designate"]
            .iter()
            .find_map(|suffix| w.strip_suffix(suffix))
            .unwrap_or(w);
        // (`Co-founders Larry Page and Sergey Brin`: a title two hold; but `leaders Chelsea`
        // are a team, and `Fathers Direct`, `Brothers` a body's name.)
        is_title_lower(w)
            || (w.strip_suffix('s')).is_some_and(|one| {
                !matches!(one, "leader" | "father" | "mother" | "brother" | "sister")
                    && is_title_lower(one)
            })
    })
}

/// `w` without any number of `prefix`es, like `trim_start_matches` but with no searcher to
/// set up: this runs for most capitalised words.
fn strip_all<'a>(mut w: &'a str, prefix: &str) -> &'a str {
    while let Some(rest) = w.strip_prefix(prefix) {
        w = rest;
    }
    w
}

#[inline(always)]
fn is_title_lower(w: &str) -> bool {
    matches!(
        w,
        "president"
            // Two titles as one.
            | "secretary-general"
            | "director-general"
            | "attorney-general"
            | "solicitor-general"
            | "governor-general"
            | "surgeon-general"
            | "inspector-general"
            | "auditor-general"
            | "minister"
            | "secretary"
            // `Agriculture Undersecretary Daniel Amstutz`
            | "undersecretary"
            | "under-secretary"
            | "chancellor"
            | "senator"
            | "governor"
            // `Chief Whip Patrick McLoughlin`, `House Minority Whip`
            | "whip"
            | "king"
            | "queen"
            | "prince"
            | "princess"
            | "duke"
            | "duchess"
            | "pope"
            | "general"
            | "gen"
            | "captain"
            | "coach"
            | "judge"
            | "magistrate"
            | "prosecutor"
            | "mayor"
            | "chairman"
            | "chairwoman"
            | "chair"
            | "chief"
            | "executive"
            | "director"
            | "leader"
            | "spokesman"
            | "spokeswoman"
            | "spokesperson"
            | "envoy"
            | "ambassador"
            | "premier"
            | "taoiseach"
            | "commissioner"
            | "colonel"
            // Ranks written short: `Lt. John Smith`, `Lt Col Tim Collins`, `Maj-Gen Ali`.
            | "lt"
            | "col"
            | "capt"
            | "maj"
            | "cmdr"
            | "cdr"
            // `Commander Jane Connors`: a police rank as well as a military one.
            | "commander"
            | "adm"
            | "brig"
            | "cpl"
            | "lt-col"
            | "lt-gen"
            | "maj-gen"
            | "lieutenant"
            | "sergeant"
            | "corporal"
            | "bombardier"
            // `Judge Advocate Michael Hunter`
            | "advocate"
            | "admiral"
            | "marshal"
            | "sheikh"
            | "emir"
            | "sultan"
            | "chairperson"
            | "representative"
            | "rep"
            | "sen"
            | "gov"
            | "deputy"
            | "shadow"
            | "attorney"
            | "editor"
            | "manager"
            | "boss"
            | "professor"
            | "economist"
            | "analyst"
            | "officer"
            | "adviser"
            | "advisor"
            | "organiser"
            | "organizer"
            | "head"
            | "founder"
            | "treasurer"
            | "speaker"
            | "justice"
            | "councillor"
            // `Cllr Shaun Davies`: a councillor, written short.
            | "cllr"
            | "mp"
            | "mep"
            | "coroner"
            // Members of the Scottish Parliament and of the Northern Ireland Assembly.
            | "msp"
            | "mla"
            | "constable"
            | "superintendent"
            | "supt"
            | "det"
            // `Det Con Sarah Hill`: a detective constable.
            | "con"
            // `Det Ch Supt Jason Tingley`, `Ch Insp Ann Hill`: a chief one.
            | "ch"
            | "insp"
            | "sgt"
            | "dci"
            | "inspector"
            | "detective"
            | "bishop"
            | "archbishop"
            | "cardinal"
            | "father"
            | "rabbi"
            | "imam"
            | "ceo"
            | "dj"
            | "cfo"
            | "coo"
    )
}

/// Suffixes that make a capitalised phrase an organisation, a place or an event.
pub fn kind_from_last_word(word: &str) -> Option<EntityKind> {
    let mut w = word.trim_end_matches(['’', '\'']);
    for possessive in ["’s", "'s"] {
        while let Some(rest) = w.strip_suffix(possessive) {
            w = rest;
        }
    }
    // A map, not a `match`: a `match` on this many strings compares a word with every one of
    // its length, and this is asked of most names. The word is one token, possessive taken off.
    static KINDS: OnceLock<HashMap<&'static str, EntityKind>> = OnceLock::new();
    let kinds = KINDS.get_or_init(|| {
        let lists = [
            (ORGANIZATION_LAST_WORDS, EntityKind::Organization),
            (PLACE_LAST_WORDS, EntityKind::Place),
            (EVENT_LAST_WORDS, EntityKind::Other),
        ];
        let words = lists
            .iter()
            .flat_map(|&(words, kind)| words.iter().map(move |&w| (w, kind)));
        words.collect()
    });
    kinds.get(w).copied()
}

/// `the Ansari X-Prize`: a hyphenated last word of a name is of the kind its capitalised
/// last part says. (Asked once a name, not with every word: most words have no hyphen.)
pub fn kind_from_hyphenated_last_word(word: &str) -> Option<EntityKind> {
    let (_, part) = word.rsplit_once('-')?;
    part.starts_with(|c: char| c.is_ascii_uppercase())
        .then(|| kind_from_last_word(part))
        .flatten()
}

const ORGANIZATION_LAST_WORDS: &[&str] = &[
    "Bank",
    "Brothers",
    // `the Canadian Brotherhood of Railway, Transport and General Workers`
    "Brotherhood",
    "Brigade",
    "Chamber",
    "Council",
    "Department",
    "Office",
    "Commission",
    "Community",
    "Party",
    "Institute",
    "Laboratory",
    "Laboratories",
    "Consortium",
    "Society",
    // `the Writers Guild of America`, `the Screen Actors Guild`
    "Guild",
    "Centre",
    "Center",
    "Railways",
    "Railway",
    "Institution",
    "Agency",
    "Association",
    // `the Independent Mobile Classification Body`
    "Body",
    // `a U.S. Embassy spokesman`
    "Embassy",
    "Consulate",
    "Federation",
    "Union",
    "Reserve",
    "Securities",
    "Investments",
    "Group",
    "Company",
    "Co",
    "Cos",
    "Corp",
    "Corporation",
    "Inc",
    "Ltd",
    "plc",
    "PLC",
    "Plc",
    "Times",
    "Post",
    "News",
    "Press",
    "Fund",
    "Agreement",
    "Organisation",
    "Organization",
    "Ministry",
    "Committee",
    "Panel",
    "Parliament",
    "Congress",
    "Senate",
    "Court",
    "University",
    "College",
    "Board",
    "Authority",
    "Exchange",
    "Airlines",
    // `Delta Air Lines`, `Japan Air Lines`
    "Lines",
    "Airways",
    "Motors",
    "Motor",
    "Telecom",
    "Telecommunications",
    "Communications",
    "Electronics",
    "Electric",
    "Chemical",
    "Chemicals",
    "Computer",
    "Computers",
    "Software",
    "Resources",
    "Enterprises",
    "Media",
    "Telecoms",
    "Foundation",
    "Trust",
    "Hospital",
    // `the Bristol Museum and Art Gallery`, `the British Library`
    "Museum",
    "Gallery",
    "Library",
    // `Macmillan Cancer Relief`, `Comic Relief`: a charity.
    "Relief",
    "Church",
    "Army",
    "Navy",
    // `the US Air Force`, `a task force`
    "Force",
    "Police",
    "Service",
    "Services",
    "Club",
    "FC",
    "Democrats",
    "Conservatives",
    "Republicans",
    "Commons",
    "Lords",
    "Bureau",
    "Industries",
    "Industry",
    // `Geely Holding`, `Stellantis`' owner `Exor Holding`
    "Holding",
    "Holdings",
    "Partners",
    "Partnership",
    "Bourse",
    "Capital",
    "System",
    "Systems",
    "Consulting",
    "Consultants",
    "Directorate",
    "Inspectorate",
    "Secretariat",
    "Survey",
    "Technologies",
    "Technology",
    "Institutes",
    "Administration",
    "Cabinet",
    "Assembly",
    // `the Welsh Assembly Government`
    "Government",
    "Network",
    "Channel",
    "Utilities",
    "States",
    "Conference",
    "Directive",
    "Tribunal",
    "Coalition",
    "Alliance",
    "Front",
    "Movement",
    "Forces",
    "Guard",
    "Journal",
    "Telegraph",
    "Guardian",
    "Herald",
    "Tribune",
    "Gazette",
    // `the Neue Zuercher Zeitung`, `Le Monde`'s peers abroad
    "Zeitung",
    "Mail",
    "Express",
    "Radio",
    "Television",
    "TV",
    "Bancorp",
    "Insurance",
    "Energy",
    "Water",
    "Oil",
    "Petroleum",
    "Steel",
    "Pharmaceuticals",
    "Labs",
    "Laboratories",
    "Studios",
    "Pictures",
    "Records",
    "Microsystems",
    "Networks",
    "Semiconductor",
    "Semiconductors",
    "Instruments",
    "Entertainment",
    "Aerospace",
    "Mining",
    "Mines",
    "Minerals",
    "Gas",
    "Foods",
    "Stores",
    // `Carphone Warehouse`, `Wm Morrison Supermarkets`, `Barratt Homes`: a trade's own word
    "Warehouse",
    "Supermarkets",
    "Retail",
    "Publishing",
    "Brewery",
    "Breweries",
    "Hotels",
    "Resorts",
    "Properties",
    "Homes",
    "Mills",
    "Brands",
    "Bancshares",
    "Logistics",
    "Shipping",
    "United",
    "City",
    "Rovers",
    "Wanderers",
    "Athletic",
    "League",
    "Championship",
    "Sport",
    "Sports",
    "Academy",
    "Team",
    // `the Flying Squad`, `the Fraud Squad`
    "Squad",
    "Treasury",
];

const PLACE_LAST_WORDS: &[&str] = &[
    "Province",
    "County",
    "Island",
    "Islands",
    "Isle",
    "Isles",
    "River",
    "Mountains",
    "Mountain",
    "Valley",
    "Street",
    "Square",
    "Stadium",
    "Arena",
    "Park",
    "Airport",
    "Lake",
    "Sea",
    "Ocean",
    "Bay",
    "Coast",
    "Desert",
    "Region",
    "Peninsula",
    "Trench",
    // `the Berlin Wall`, `Hadrian's Wall`
    "Wall",
    // `Clark Air Base`
    "Base",
    "Reef",
    "Glacier",
    "Canyon",
    "Estuary",
    "Strait",
    "Gulf",
    "Delta",
    "Canal",
    "Bridge",
    "Tunnel",
    "Road",
    "Avenue",
    "Hill",
    "Hills",
    "Heights",
    // `the Scottish Highlands`, `the East Midlands`
    "Highlands",
    "Lowlands",
    "Midlands",
    "Strip",
    "Plain",
    "Basin",
    "Beach",
    "Harbour",
    "Harbor",
    "Port",
    "District",
    "Lane",
    "Drive",
    "Crescent",
    "Terrace",
    // `Windsor Castle`, `Buckingham Palace`, `St George's Chapel`
    "Castle",
    "Palace",
    "Cathedral",
    "Abbey",
    "Chapel",
    // `Worthy Farm`, `Scotch Corner`
    "Farm",
    "Corner",
];

/// Events and awards.
const EVENT_LAST_WORDS: &[&str] = &[
    "Open",
    "Games",
    "Championships",
    // `the Davis Cup`, `the Eurovision Song Contest`: a contest, not the body that runs it.
    "Cup",
    "Contest",
    "Olympics",
    "Festival",
    "Awards",
    // `a European Film Award`, `the Fields Medal`
    "Award",
    "Medal",
    "Summit",
    // `the Finance Act`, `the Identity Cards Bill`: laws and those still to be made.
    "Act",
    "Bill",
    "Slam",
    "Prize",
    "Trophy",
    "Expo",
    "Tour",
    "Marathon",
    // `the University Boat Race`, `the Henley Regatta`
    "Race",
    "Regatta",
    // `the Indian Wells Masters`, `the Dubai Duty Free Classic`, `the Monaco Grand Prix`
    "Masters",
    "Classic",
    "Prix",
    "Bowl",
    "Globes",
    // `the Second World War`, `the Gulf War`, `the Russian Revolution`
    "War",
    "Wars",
    "Revolution",
    // `the Consumer Prices Index`, `the FTSE 100 Index`; `the Dow Jones Industrial Average`
    "Index",
    "Average",
    "Round",
    "Nations",
    "Programme",
    "Program",
    "Scheme",
    "Initiative",
    "Plan",
    // `the Common Agricultural Policy`
    "Policy",
    "Treaty",
    "Accord",
    "Convention",
    "Agreement",
    "Declaration",
    "Directive",
    // `the World Development Report`: a paper a body puts out.
    "Report",
    // Grades of crude: `Arabian Light`, `Arab Medium`, `Brent Blend`, `West Texas
    // Intermediate`.
    "Light",
    "Medium",
    "Heavy",
    "Blend",
    "Intermediate",
];

/// `Mon` … `Sun`: a weekday written short, as tables of dates do.
pub fn is_weekday_abbreviation(word: &str) -> bool {
    matches!(word, "Mon" | "Tue" | "Wed" | "Thu" | "Fri" | "Sat" | "Sun")
}

/// Technology written in initials: `DRAM chips`, `ADSL lines`, `a SIM card`.
fn is_technology_initials(word: &str) -> bool {
    // (Asked of every capitalised word: most end in a small letter.)
    (3..=4).contains(&word.len())
        && word.ends_with(|c: char| c.is_ascii_uppercase())
        && matches!(
            word,
            "DRAM"
                | "RAM"
                | "ROM"
                | "CPU"
                | "ADSL"
                | "DSL"
                | "ISDN"
                | "VoIP"
                | "SIM"
                | "PDF"
                | "HTML"
                | "URL"
                | "RFID"
                | "WAP"
                | "MMS"
                | "HDTV"
                | "PVR"
                | "GSM"
                | "CDMA"
                | "LED"
                | "DAB"
        )
}

/// Acronyms and capitalised words that are not names (`ID cards`, `TV`).
pub fn is_common_capitalised(word: &str) -> bool {
    is_weekday_abbreviation(word)
        || is_plural_acronym(word)
        || is_first_person(word)
        || is_time_zone(word)
        || matches!(
            word,
            "ID" | "TV"
                | "OK"
                | "AM"
                | "PM"
                | "GDP"
                | "VAT"
                | "CEO"
                | "CFO"
                | "DNA"
                | "PC"
                | "IT"
                | "AI"
                // Things, jobs and illnesses written in initials: no one's name.
                | "GP"
                | "AGM"
                | "ATM"
                | "CCTV"
                | "CD"
                | "DVD"
                | "GPS"
                | "HIV"
                | "BSE"
                | "CJD"
                | "MRSA"
                | "IPO"
                | "IVF"
                | "LCD"
                | "MP3"
                | "MRI"
                | "PDA"
                | "PIN"
                | "SMS"
                | "SUV"
                | "USB"
                | "ASBO"
                // Terms of a sale: free on board, cost, insurance and freight.
                | "FOB"
                | "CIF"
                | "I"
                | "Internet"
                | "Web"
                // `the 21st Century`
                | "Century"
                | "FY"
                | "Q1"
                | "Q2"
                | "Q3"
                | "Q4"
                | "No"
                // The labels of a wire story's table of results.
                | "Shr"
                | "Shrs"
                | "Net"
                | "Revs"
                | "Qtr"
                | "Qtly"
                | "Div"
                | "Oper"
                | "Mths"
                | "NOTE"
        )
        || is_a_technology(word)
}

/// A technology's name or initials, common words that can open a body's name (`the GSM
/// Association`): `DRAM chips`, `on FM`, `Wi-Fi`.
pub fn is_a_technology(word: &str) -> bool {
    is_technology_initials(word)
        // Radio bands and ways of linking devices.
        || matches!(word, "FM" | "Wi-Fi" | "WiFi" | "Bluetooth")
}

/// Time zones written after a time of day: `1300 EDT`, `9am GMT`.
pub fn is_time_zone(word: &str) -> bool {
    matches!(
        word,
        "GMT"
            | "BST"
            | "UTC"
            | "CET"
            | "CEST"
            | "EST"
            | "EDT"
            | "CST"
            | "CDT"
            | "MST"
            | "MDT"
            | "PST"
            | "PDT"
            | "JST"
            | "HKT"
            | "ET"
            | "PT"
    )
}

/// What a wire writes after a time of day in four digits, from the two words after it:
/// `1300 EDT`, `1700 local time`, `0900 hrs`.
pub fn marks_a_clock_time(next: &str, after: &str) -> bool {
    is_time_zone(next)
        || matches!(next, "hrs" | "HRS")
        || (next.eq_ignore_ascii_case("local") && after.eq_ignore_ascii_case("time"))
}

/// `I'm`, `I’ve`, `I'll`, `I'd`: the speaker, not a name.
fn is_first_person(word: &str) -> bool {
    word.strip_prefix("I'")
        .or_else(|| word.strip_prefix("I’"))
        .is_some_and(|rest| matches!(rest, "m" | "ve" | "ll" | "d"))
}

/// The plural of an acronym (`MPs`, `MEPs`, `CEOs`, `NGOs`): people or things of a kind,
/// never one name.
pub fn is_plural_acronym(word: &str) -> bool {
    word.strip_suffix('s')
        .is_some_and(|stem| stem.len() >= 2 && stem.bytes().all(|b| b.is_ascii_uppercase()))
}

/// `July's` → `July`: the owner a possessive `'s` or `’s` names.
/// (`CANADA'S DOME PETROLEUM`: a wire headline's, in capitals, too.) Asked of most words: the
/// last byte first.
pub fn possessive_owner(word: &str) -> Option<&str> {
    match word.as_bytes().last() {
        Some(b's') => word.strip_suffix("'s").or_else(|| word.strip_suffix("’s")),
        Some(b'S') => word.strip_suffix("'S").or_else(|| word.strip_suffix("’S")),
        _ => None,
    }
}

/// A wire ticker's symbol (`PZL` in `<PZL>`) or its exchange (`L` in `<BRG.L>`): capitals
/// and digits, opening with a capital, at most `most` long.
pub fn is_ticker_part(w: &str, most: usize) -> bool {
    (1..=most).contains(&w.len())
        && w.as_bytes()[0].is_ascii_uppercase()
        && w.bytes()
            .all(|b| b.is_ascii_uppercase() || b.is_ascii_digit())
}

/// `the`, `its`, `their`: a determiner that says which thing is meant, the article or an
/// owner's pronoun.
pub fn is_definite_determiner(lower: &str) -> bool {
    matches!(lower, "the" | "his" | "her" | "its" | "their" | "our")
}

/// `Spain's`, `Democrats'`: a word written as a possessive.
pub fn is_possessive(word: &str) -> bool {
    possessive_owner(word).is_some() || word.ends_with(['\'', '’'])
}

/// A period a company reports its results for, or its ordinal: `Year`, `Fourth` (quarter),
/// `Fiscal` (year).
pub fn is_period_of_results(lower: &str) -> bool {
    matches!(
        lower,
        "year" | "quarter" | "qtr" | "half" | "first" | "second" | "third" | "fourth" | "fiscal"
    )
}

/// A capitalised word that alone names nothing: an adjective (`Olympic`, `Presidential`), a
/// holiday (`Christmas`), `Year` or `Tests` (matches).
pub fn names_nothing_alone(lower: &str) -> bool {
    matches!(
        lower,
        "olympic"
            // (`the Communist-led CGT`: a leaning, no party's name.)
            | "communist"
            | "socialist"
            | "marxist"
            | "maoist"
            | "leftist"
            | "islamist"
            | "nationalist"
            | "separatist"
            | "paralympic"
            | "christmas"
            | "easter"
            | "ramadan"
            | "eid"
            | "diwali"
            | "hanukkah"
            | "thanksgiving"
            | "halloween"
            | "lent"
            | "year"
            // `last November's Presidential election`
            | "presidential"
            | "parliamentary"
            | "congressional"
            | "ministerial"
            // `three of their last five Tests`: matches, capitalised.
            | "test"
            | "tests"
    )
}

/// An adjective a sentence may open with before a plural: `Young people`, `Older workers`.
pub fn is_plain_adjective(lower: &str) -> bool {
    matches!(
        lower,
        "young"
            | "younger"
            | "old"
            | "older"
            | "rich"
            | "richer"
            | "poor"
            | "poorer"
            | "small"
            | "smaller"
            | "big"
            | "bigger"
            | "low"
            | "high"
            | "cheap"
            | "cheaper"
            | "fresh"
            | "rising"
            | "falling"
            | "higher"
            | "lower"
            | "most"
            | "many"
            // `Junior doctors will strike`, `Senior officials said`, `Local councils`
            | "junior"
            | "senior"
            | "elderly"
            | "local"
            | "female"
            | "male"
            | "foreign"
            | "former"
    )
}

// `GAZETTEER` and `GIVEN_NAMES`, laid out by `build.rs` from `assets/`.
include!(concat!(env!("OUT_DIR"), "/word_tables.rs"));

/// The shipped gazetteer (`assets/gazetteer.tsv`): well-known countries, cities and
/// organisations, and the peoples' names. An acronym said as a word is also listed in title
/// case (`Opec`), a name with an apostrophe also with a typographic one (`McDonald’s`).
pub struct Gazetteer(&'static WordTable);

impl Gazetteer {
    /// The kind of a listed name (a people's name is `Other`, a country a place).
    pub fn get(&self, name: &str) -> Option<&'static EntityKind> {
        const KINDS: [EntityKind; 4] = [
            EntityKind::Place,
            EntityKind::Organization,
            EntityKind::Other,
            EntityKind::Place,
        ];
        self.0
            .value(name)
            .and_then(|kind| KINDS.get(usize::from(kind)))
    }

    pub fn contains_key(&self, name: &str) -> bool {
        self.0.contains(name)
    }

    /// A listed place that is a country (or a land as wide), not a town: `Spain`, `Europe`;
    /// not `Bolton`.
    pub fn is_country(&self, name: &str) -> bool {
        self.0.value(name) == Some(3)
    }
}

pub fn gazetteer() -> Gazetteer {
    Gazetteer(&GAZETTEER)
}

/// A kind of body that names one only with more words (`Council`, `Police`; not `Congress`
/// or `Times`, names of their own).
pub fn is_generic_body(w: &str) -> bool {
    matches!(
        w,
        "Council"
            | "Councils"
            | "Police"
            | "Party"
            | "Bank"
            | "Banks"
            | "Court"
            | "Courts"
            | "Committee"
            | "Commission"
            | "Ministry"
            | "Department"
            | "Board"
            | "Union"
            | "Unions"
            | "Agency"
            | "Army"
            | "Club"
            | "Group"
            | "Company"
            | "Cabinet"
            | "Government"
            | "Office"
            | "Authority"
            | "Fund"
    )
}

/// A footballer's or a rugby player's position: `striker`, `fly-half`.
pub fn is_players_position(lower: &str) -> bool {
    matches!(
        lower,
        "striker"
            | "midfielder"
            | "defender"
            | "goalkeeper"
            | "keeper"
            | "winger"
            | "full-back"
            | "right-back"
            | "left-back"
            | "wing-back"
            | "centre-forward"
            // `Substitute Gabriel Jesus headed the winner`
            | "substitute"
            | "fly-half"
            | "scrum-half"
            | "flanker"
            | "prop"
            | "hooker"
    )
}

/// A club's officer or player, named after the club: `manager`, `striker`, `fly-half`.
/// (`lock`, `centre` and `wing`, positions only there: they describe nobody elsewhere.)
pub fn is_club_role(lower: &str) -> bool {
    is_players_position(lower)
        || matches!(
            lower,
            "manager"
                | "boss"
                | "coach"
                | "chairman"
                | "captain"
                | "skipper"
                | "centre-back"
                | "lock"
                | "centre"
                | "wing"
        )
}

/// Whom `he` or `she` means.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Gender {
    Male,
    Female,
}

/// A relative's noun and its gender: `wife`, `son`.
pub fn relative_gender(lower: &str) -> Option<Gender> {
    match lower {
        "wife" | "daughter" | "sister" | "mother" => Some(Gender::Female),
        "husband" | "son" | "brother" | "father" => Some(Gender::Male),
        _ => None,
    }
}

/// Relatives in the plural, whom names after them are of: `his parents, Joe and Katherine`.
pub fn is_plural_relative(lower: &str) -> bool {
    matches!(
        lower,
        "parents" | "sons" | "daughters" | "children" | "brothers" | "sisters" | "twins"
    )
}

/// The full given names the pet form `name` may stand for: `Daniel` for `Danny`, `William`
/// for `Bill`. (One that is the full name's start, `Alex` for `Alexander`, is listed too:
/// alone, without a surname to match by, a name is looked up only here.) A `match`, as it is
/// asked of every name of one word.
pub fn full_names_of(name: &str) -> &'static [&'static str] {
    match name {
        "Danny" => &["Daniel"],
        "Bill" => &["William"],
        "Billy" => &["William"],
        "Bob" => &["Robert"],
        "Bobby" => &["Robert"],
        "Robbie" => &["Robert"],
        "Jim" => &["James"],
        "Jimmy" => &["James"],
        "Jamie" => &["James"],
        "Mike" => &["Michael"],
        "Mick" => &["Michael"],
        "Mickey" => &["Michael"],
        "Tony" => &["Anthony"],
        "Dave" => &["David"],
        "Davy" => &["David"],
        "Steve" => &["Stephen", "Steven"],
        "Tom" => &["Thomas"],
        "Tommy" => &["Thomas"],
        "Chris" => &["Christopher"],
        "Liz" => &["Elizabeth"],
        "Beth" => &["Elizabeth"],
        "Betty" => &["Elizabeth"],
        "Kate" => &["Katherine", "Catherine"],
        "Katie" => &["Katherine", "Catherine"],
        "Nick" => &["Nicholas"],
        "Joe" => &["Joseph"],
        "Ben" => &["Benjamin"],
        "Matt" => &["Matthew"],
        "Andy" => &["Andrew"],
        "Pete" => &["Peter"],
        "Ted" => &["Edward"],
        "Eddie" => &["Edward"],
        "Harry" => &["Henry"],
        "Maggie" => &["Margaret"],
        "Peggy" => &["Margaret"],
        "Jenny" => &["Jennifer"],
        "Alex" => &["Alexander"],
        "Dick" => &["Richard"],
        "Rick" => &["Richard"],
        "Ricky" => &["Richard"],
        "Charlie" => &["Charles"],
        "Chuck" => &["Charles"],
        "Johnny" => &["John"],
        "Jerry" => &["Gerald"],
        "Larry" => &["Lawrence"],
        "Sam" => &["Samuel"],
        "Vicky" => &["Victoria"],
        "Gerry" => &["Gerard"],
        "Terry" => &["Terence"],
        "Fred" => &["Frederick"],
        "Freddie" => &["Frederick"],
        "Ollie" => &["Oliver"],
        "Becky" => &["Rebecca"],
        "Debbie" => &["Deborah"],
        "Patsy" => &["Patricia"],
        "Trish" => &["Patricia"],
        _ => &[],
    }
}

/// `pet` is a pet form of the given name `full`: `Bill` of `William`.
pub fn is_pet_form_of(pet: &str, full: &str) -> bool {
    full_names_of(pet).contains(&full)
}

/// A common given name (`Charles`, `Lynn`): a name that opens with one is a person's.
pub fn is_given_name(word: &str) -> bool {
    GIVEN_NAMES.contains(word)
}

/// The gender a given name (`Ruth`) or an honorific (`Mr`, `Dame`) says.
pub fn gender_of(word: &str) -> Option<Gender> {
    match word.trim_end_matches('.') {
        "Mr" | "Sir" | "Lord" => Some(Gender::Male),
        "Mrs" | "Ms" | "Miss" | "Dame" | "Lady" => Some(Gender::Female),
        // (`assets/given_names.txt`: `m` a man's, `f` a woman's, none either's.)
        w => match GIVEN_NAMES.value(w) {
            Some(1) => Some(Gender::Male),
            Some(2) => Some(Gender::Female),
            _ => None,
        },
    }
}

/// The gender a personal pronoun (`she`, `his`) says.
pub fn pronoun_gender(lower: &str) -> Option<Gender> {
    match lower {
        "he" | "him" | "his" => Some(Gender::Male),
        "she" | "her" => Some(Gender::Female),
        _ => None,
    }
}

/// A people's word that is a noun for one of them: `Frenchman`, `Scot`, `Swede` (not
/// `French`; `American` is an adjective too, which only what follows it tells).
pub fn is_a_national(word: &str) -> bool {
    with_lower(word, |w| {
        w.ends_with("man")
            || w.ends_with("woman")
            || matches!(
                w,
                "briton" | "scot" | "spaniard" | "swede" | "dane" | "finn" | "pole" | "turk"
            )
    }) && is_demonym(word)
}

/// Is this word a nationality or people (`Russian`, `British`)? Those are adjectives here,
/// not entities of their own.
pub fn is_demonym(word: &str) -> bool {
    let is = |w: &str| gazetteer().get(w) == Some(&EntityKind::Other);
    // `Dutchman`, `Frenchwomen`, `Scotsman`: one of a people, named by their adjective;
    // `Kenyans`, `Iraqis`: the people (asked only of those endings: most words asked are no
    // people's).
    is(word)
        || ((word.ends_with("ns") || word.ends_with("is"))
            && word.len() > 4
            && is(&word[..word.len() - 1]))
        || ["man", "men", "woman", "women"].iter().any(|suffix| {
            word.strip_suffix(suffix)
                .is_some_and(|stem| stem.len() >= 4 && is(stem))
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_state_abbreviation_is_a_place_the_gazetteer_knows_with_its_dot() {
        let place = |name: &str| gazetteer().get(name) == Some(&EntityKind::Place);
        for (state, short) in STATE_ABBREVIATIONS {
            assert!(place(state), "{state}");
            for s in *short {
                assert!(place(&format!("{s}.")), "{s}.");
            }
        }
    }

    #[test]
    fn a_word_opens_with_the_first_letters_of_a_list_in_either_case_only() {
        static SET: FirstLetters = FirstLetters::of(&["how", "Only"]);
        for (word, opens) in [
            ("How", true),
            ("how", true),
            ("only", true),
            ("ONLY", true),
            ("what", false),
            ("", false),
            ("\u{c9}mile", false),
            ("@", false),
        ] {
            assert_eq!(SET.open(word), opens, "{word}");
        }
    }

    #[test]
    fn a_word_opens_with_one_of_the_openings_only_when_its_first_three_letters_are_one() {
        static SET: Openings = Openings::new(&[b"jan", b"thr", b"zzz"]);
        for (word, opens) in [
            ("jan", true),
            ("january", true),
            ("three", true),
            ("zzz", true),
            ("ja", false),
            ("jab", false),
            ("the", false),
            ("Jan", false),
            ("j4n", false),
            ("ja\u{e9}", false),
            ("", false),
        ] {
            assert_eq!(SET.open(word), opens, "{word}");
        }
    }

    #[test]
    fn a_number_s_qualifiers_are_found_by_their_last_word_longest_first() {
        assert_eq!(
            qualifiers_ending_with("over"),
            ["just over", "well over", "over"]
        );
        assert_eq!(qualifiers_ending_with("of"), ["in excess of", "upwards of"]);
        assert_eq!(qualifiers_ending_with("nearly"), ["nearly"]);
        assert!(qualifiers_ending_with("more").is_empty());
        let found: usize = QUALIFIERS
            .iter()
            .map(|q| q.rsplit(' ').next().unwrap())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .map(|last| qualifiers_ending_with(last).len())
            .sum();
        assert_eq!(found, QUALIFIERS.len());
    }

    #[test]
    fn acronyms_said_as_words_are_known_in_title_case_too() {
        assert_eq!(gazetteer().get("Opec"), Some(&EntityKind::Organization));
        assert_eq!(gazetteer().get("Nato"), Some(&EntityKind::Organization));
        assert_eq!(gazetteer().get("OPEC"), Some(&EntityKind::Organization));
        assert_eq!(gazetteer().get("Bbc"), None);
    }

    #[test]
    fn one_of_a_people_is_a_demonym() {
        assert!(is_demonym("Dutchman") && is_demonym("Frenchwomen") && is_demonym("Scotsman"));
        assert!(is_demonym("German"));
        assert!(!is_demonym("Chairman") && !is_demonym("Freeman") && !is_demonym("Germany"));
    }

    #[test]
    fn weekdays_in_any_case() {
        let days = [
            "Monday",
            "Tuesday",
            "Wednesday",
            "Thursday",
            "Friday",
            "Saturday",
            "Sunday",
        ];
        for (k, day) in days.iter().enumerate() {
            assert_eq!(weekday_index(day), Some(k as u32));
            assert_eq!(weekday_index(&day.to_uppercase()), Some(k as u32));
        }
        assert_eq!(weekday_index("Mon"), None);
        assert_eq!(weekday_index("Sundays"), None);
    }

    #[test]
    fn months_and_abbreviations() {
        assert_eq!(month_number("Aug"), Some(8));
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("December"), Some(12));
        assert_eq!(month_number("Ma"), None);
        assert_eq!(month_number("Mayor"), None);
        for (k, month) in MONTHS.iter().enumerate() {
            let n = Some(k as u32 + 1);
            assert_eq!(month_number(&month.to_uppercase()), n, "{month}");
            assert_eq!(month_number(&format!("{}.", &month[..3])), n, "{month}");
        }
        assert_eq!(month_number(""), None);
    }

    #[test]
    fn spelled_numbers() {
        assert_eq!(small_number("twelve"), Some(12));
        assert_eq!(small_number("Twenty-five"), Some(25));
        assert_eq!(small_number("dozen"), None);
        let units = [
            "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
        ];
        let tens = [
            "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
        ];
        for (t, ten) in tens.iter().enumerate() {
            let n = 20 + 10 * t as u64;
            assert_eq!(small_number(ten), Some(n));
            for (u, unit) in units.iter().enumerate() {
                assert_eq!(small_number(unit), Some(u as u64 + 1));
                let word = format!("{ten}-{unit}").to_uppercase();
                assert_eq!(small_number(&word), Some(n + u as u64 + 1), "{word}");
            }
        }
        let teens = [
            "ten",
            "eleven",
            "twelve",
            "thirteen",
            "fourteen",
            "fifteen",
            "sixteen",
            "seventeen",
            "eighteen",
            "nineteen",
        ];
        let teens = teens.iter().zip(10..).chain([(&"zero", 0)]);
        for (word, n) in teens {
            assert_eq!(small_number(&word.to_uppercase()), Some(n), "{word}");
        }
        assert_eq!(small_number("ones"), None);
    }

    #[test]
    fn gazetteer_loads() {
        assert_eq!(gazetteer().get("France"), Some(&EntityKind::Place));
        assert!(is_demonym("French"));
    }
}
