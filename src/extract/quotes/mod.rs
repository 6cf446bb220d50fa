//! Direct quotes and who said them.
//!
//! Quote marks are paired by context (straight quotes open after a space and close after a
//! word; `’` inside or after a word is an apostrophe). In wire copy a new opening mark while a
//! quote is open starts a new quote by the same speaker. The speaker comes from the sentence
//! (`X said: "…"`, `X, who tweeted "…"`, `"…," said X`, `"…," he said`), then from the quotes
//! around it, and pronouns and titles (`the home secretary`) resolve to the person in focus.

use super::entities::{is_title_modifier, Entities, Mention};
use super::lexicon::{self, is_speech_verb, is_spokesperson};
use super::Para;
use crate::model::{EntityKind, Quote};

/// A quote's position in its paragraph, in tokens.
#[derive(Debug, Clone, Copy)]
struct Marks {
    open: usize,
    /// The closing mark, or `None` when the quote runs on (a new quote or the paragraph end).
    close: Option<usize>,
    /// Content tokens `first..=last`.
    first: usize,
    last: usize,
}

impl Marks {
    /// The last token that belongs to the quote, marks included.
    fn end(&self) -> usize {
        self.close.unwrap_or(self.last)
    }
}

pub fn find(paras: &[Para], ents: &Entities) -> Vec<Quote> {
    let mut finder = QuoteFinder::default();
    let mut quotes = Vec::new();
    for p in paras {
        finder.paragraph(p, ents, &mut quotes);
    }
    quotes
}

/// Quotes paragraph by paragraph, carrying who is in focus and who spoke last.
#[derive(Default)]
pub struct QuoteFinder {
    focus: Focus,
    previous_paragraph_tail: Option<usize>,
    /// The bodies the last paragraph that named any named outside quotes, in order: whom
    /// `it said` and `the company said` mean when the paragraph itself names none.
    bodies_before: Vec<BodyNamed>,
    /// The last body named as a subject, not as an object, in the paragraphs before: whom
    /// `the club said` means when the last paragraph named bodies only as objects (`20
    /// points behind leaders Manchester City`).
    subject_body: Option<usize>,
    /// By entity, whether the story named the body as one that trades in nothing (`the
    /// Unite union`, `the Labour party`: never what `the airline` or `the company` means),
    /// once its name has been read; a later mention may still say so.
    trades_in_nothing: Vec<Option<bool>>,
    /// The last paragraph's unattributed quote said by a title the story had not given
    /// anyone (`The work and pensions secretary has defended …, saying "…"`), by its index in
    /// the quotes found: the person the next paragraph opens on, speaking, holds the title.
    titled_unnamed: Option<usize>,
}

/// A body named in a paragraph, as `the company said` may mean it.
#[derive(Clone)]
struct BodyNamed {
    entity: usize,
    /// Named as the object of a preposition: `a bid from Beta Inc`.
    object: bool,
    /// The word after the name: `board` in `GenCorp Inc's board`.
    next: crate::model::CompactString,
    /// Named by its people: `analysts at Goldman Sachs`, `Texaco officials`.
    by_its_people: bool,
}

impl BodyNamed {
    fn at(p: &Para, m: &Mention) -> Self {
        BodyNamed {
            entity: m.entity(),
            object: named_as_an_object(p, m),
            next: p.lower(m.last() + 1).into(),
            by_its_people: named_by_its_people(p, m),
        }
    }
}

/// Notes in `known` whether the body `b` names trades in nothing, by the word after this
/// mention or, read once per body, by its name.
fn note_whether_it_trades(known: &mut Vec<Option<bool>>, ents: &Entities, b: &BodyNamed) {
    if known.len() <= b.entity {
        known.resize(b.entity + 1, None);
    }
    let noted = &mut known[b.entity];
    if *noted != Some(true) {
        let by_name = || noted.unwrap_or_else(|| name_trades_in_nothing(ents, b.entity));
        *noted = Some(trades_in_nothing(&b.next) || by_name());
    }
}

/// The last word of the body's name says it trades in nothing: `the Ministry of Defence`,
/// `the Transport and General Workers' Union`.
fn name_trades_in_nothing(ents: &Entities, entity: usize) -> bool {
    let name = ents.name(entity);
    let last = name.rsplit(' ').next().unwrap_or(name);
    lexicon::with_lower(last, trades_in_nothing)
}

/// A noun for a body that is no business: a union, a party, a ministry, a regulator.
fn trades_in_nothing(noun: &str) -> bool {
    names_only_its_own(noun)
        || matches!(
            noun,
            "union" | "party" | "regulator" | "watchdog" | "charity" | "government"
        )
}

/// A noun for a business: `the company`, `the airline`, `the carmaker`.
fn names_a_business(noun: &str) -> bool {
    matches!(noun, "firm" | "company" | "corporation" | "giant")
        || (lexicon::describes_body(noun) && !trades_in_nothing(noun))
}

/// The person the story is about at this point, and the last woman and the last man it was
/// about: `she said` after a sentence about a man means the woman before him.
#[derive(Default, Clone, Copy)]
struct Focus {
    person: Option<usize>,
    /// Indexed by [`Gender`] as `usize`.
    last_of_gender: [Option<usize>; 2],
    /// The last woman and the last man named anywhere outside quotes, in focus or not:
    /// `Sarah Okafor's son Michael was killed. She said` means the mother.
    last_named_of_gender: [Option<usize>; 2],
    /// `A spokesman for Ms Jowell said …`: whom the unnamed spokesman of the last sentence
    /// spoke for, and the spokesman's gender, for a `he said` next.
    spoken_for: Option<(usize, lexicon::Gender)>,
    /// The first person the story put in focus, whom it is about: `A spokesman for the
    /// singer`, or `The 57-year-old said` after somebody unnamed spoke, means them.
    principal: Option<usize>,
}

impl Focus {
    fn set(&mut self, person: Option<usize>, ents: &Entities) {
        self.person = person;
        self.spoken_for = None;
        if self.principal.is_none() {
            self.principal = person.filter(|&who| ents.kind(who) == EntityKind::Person);
        }
        if let Some((who, g)) = person.and_then(|who| Some((who, ents.gender(who)?))) {
            self.last_of_gender[g as usize] = Some(who);
        }
    }
}

/// `A spokesman for Ms Jowell said`, `A spokeswoman for the company said`: a sentence opening
/// with an unnamed spokesman, for whom, and the spokesman's gender. (`A spokesman for the
/// singer said`: a noun for a person speaks for the story's `principal`.)
fn opening_spokesman(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    (s, e): (usize, usize),
    principal: Option<usize>,
) -> Option<(usize, lexicon::Gender)> {
    let gender = match p.lower(s + 1) {
        "spokesman" => lexicon::Gender::Male,
        "spokeswoman" => lexicon::Gender::Female,
        _ => return None,
    };
    if !is_indefinite(p.lower(s)) || p.lower(s + 2) != "for" {
        return None;
    }
    let for_the_person = p.lower(s + 3) == "the"
        && !p.is_capitalised(s + 4)
        && lexicon::describes_person(p.lower(s + 4))
        && speech_verb_at(p, s + 5);
    if for_the_person {
        return principal.map(|who| (who, gender));
    }
    named_right_after(p, ents, marks, s + 2, e).map(|m| (m.entity(), gender))
}

/// The name that starts right after the `for` or `at` at token `k` (past a `the` and an
/// honorific), before token `e`: whom `a spokesman for Vodafone` or `a spokeswoman for Ms
/// Jowell` speaks for.
fn named_right_after<'a>(
    p: &Para,
    ents: &'a Entities,
    marks: &'a [Marks],
    k: usize,
    e: usize,
) -> Option<&'a Mention> {
    let name = k + 1 + usize::from(p.lower(k + 1) == "the");
    let name = name + usize::from(lexicon::is_honorific(p.word(name)));
    mentions_between(p, ents, marks, name, e)
        .next()
        .filter(|m| m.first() == name)
}

impl QuoteFinder {
    /// Whom a pronoun or a title means at this point of the story.
    fn said(&self) -> Said<'_> {
        Said {
            focus: self.focus,
            bodies_before: &self.bodies_before,
            subject_body: self.subject_body,
            trades_in_nothing: &self.trades_in_nothing,
        }
    }

    /// The paragraph's quotes, onto `out`.
    pub fn paragraph(&mut self, p: &Para, ents: &Entities, out: &mut Vec<Quote>) {
        let marks = pair_marks(p);
        if let Some(quote) = self.titled_unnamed.take() {
            if let Some(who) = opens_on_a_person_speaking(p, ents, &marks) {
                out[quote].speaker = Some(ents.name(who).into());
            }
        }
        let mut speakers: Vec<Option<usize>> = vec![None; marks.len()];
        // (Quotes a title only one person holds says, whom the story has not named: nobody's.)
        let unnamed_sole_title: Vec<bool> = (0..marks.len())
            .map(|k| said_by_a_sole_title_unnamed(p, ents, &marks, k))
            .collect();
        let mut next_mark = 0;
        for &(s, e) in &p.sentences {
            // Marks are in order, so each sentence takes the next run of them.
            let first = next_mark;
            while next_mark < marks.len() && marks[next_mark].open < e {
                let k = next_mark;
                let said = self.said();
                speakers[k] = explicit_speaker(p, ents, &marks, &speakers, k, (s, e), said)
                    .filter(|_| !unnamed_sole_title[k]);
                next_mark += 1;
            }
            let said = self.said();
            // (A spokesman quoted in the sentence is found with the quote.)
            let spokesman = (first == next_mark)
                .then(|| spokesman_speaks_for(p, ents, &marks, (s, e), said))
                .flatten();
            let subject = match spokesman {
                Some(body) => Some(Subject::Named(body)),
                None => sentence_focus(p, ents, &marks, &speakers[first..next_mark], (s, e)),
            };
            match subject {
                Some(Subject::Named(f)) => self.focus.set(Some(f), ents),
                Some(Subject::Unnamed) => self.focus.set(None, ents),
                // (`The 57-year-old said`, after somebody unnamed spoke: whom the story is
                // about.)
                None if self.focus.person.is_none() && opens_with_a_person_referred_back(p, s) => {
                    self.focus.set(self.focus.principal, ents);
                }
                None => {}
            }
            // (The first of each gender in the sentence, its subject more often than who
            // is named after: `… echoed by Karim Mussilhy, whose uncle Hesham Rahman died`.)
            let mut named = [false; 2];
            for m in mentions_between(p, ents, &marks, s, e) {
                if ents.kind(m.entity()) == EntityKind::Person {
                    if let Some(g) = ents.gender(m.entity()) {
                        if !named[g as usize] {
                            named[g as usize] = true;
                            self.focus.last_named_of_gender[g as usize] = Some(m.entity());
                        }
                    }
                }
            }
            let principal = self.focus.principal;
            if let Some(spoken_for) = opening_spokesman(p, ents, &marks, (s, e), principal) {
                self.focus.spoken_for = Some(spoken_for);
            }
        }
        // The first speaker named further along each run of back-to-back quotes, found from
        // the right once (a run can be a whole paragraph of quotes).
        let mut next_in_run: Vec<Option<usize>> = vec![None; marks.len()];
        for k in (1..marks.len()).rev() {
            if marks[k].open == marks[k - 1].end() + 1 {
                next_in_run[k - 1] = speakers[k].or(next_in_run[k]);
            }
        }
        for k in 0..marks.len() {
            // `"…," said a diplomat`: somebody the story does not name, and no one else.
            if speakers[k].is_none()
                && !said_by_somebody_unnamed(p, &marks, k)
                && !said_by_an_unnamed_subject(p, &marks, k)
                && !unnamed_sole_title[k]
            {
                speakers[k] = next_in_run[k].or_else(|| {
                    carried_speaker(p, ents, &marks, &speakers, k, self.previous_paragraph_tail)
                });
            }
        }
        if let (Some(m), Some(sp)) = (marks.last(), speakers.last().copied().flatten()) {
            // A quote whose sentence ends the paragraph, open or closed, however many
            // sentences it holds (`"… since 2019. Prices are up," he said.`), runs on into a
            // quote opening the next paragraph.
            let one_sentence = p.sentence_of(m.open).1 >= p.sentence_of(m.end()).1;
            let ends_paragraph = p.sentence_of(m.end()).1 == p.tokens().len();
            // (`"…," said Johann Liebenberg. He said the strike was costing …`: the speaker
            // still speaking at the paragraph's end.)
            let speaks_on =
                one_sentence && m.close.is_some() && reports_to_the_end(p, ents, &marks, sp, m);
            self.previous_paragraph_tail = (ends_paragraph || speaks_on).then_some(sp);
            if ends_paragraph && ents.kind(sp) == EntityKind::Person {
                self.focus.set(Some(sp), ents);
            }
        } else if marks.is_empty() {
            let said = self.said();
            self.previous_paragraph_tail = reported_at_the_end(p, ents, said);
        } else {
            self.previous_paragraph_tail = None;
        }
        let mut bodies = bodies_between(p, ents, &marks, 0, p.tokens().len()).peekable();
        if bodies.peek().is_some() {
            self.bodies_before.clear();
            self.bodies_before
                .extend(bodies.map(|m| BodyNamed::at(p, m)));
            if let Some(b) = self.bodies_before.iter().rfind(|b| !b.object) {
                self.subject_body = Some(b.entity);
            }
            for b in &self.bodies_before {
                note_whether_it_trades(&mut self.trades_in_nothing, ents, b);
            }
        }
        for (k, m) in marks.iter().enumerate() {
            let span = p.span(m.first, m.last);
            let text = p.text()[span.range()].trim_end_matches([',', ' ']);
            let end = span.start() + text.len();
            if text.is_empty() {
                continue;
            }
            if speakers[k].is_none() && said_by_an_unnamed_title(p, m.open) {
                self.titled_unnamed = Some(out.len());
            }
            out.push(Quote {
                speaker: speakers[k].map(|e| ents.name(e).into()),
                minor: text.split_whitespace().count() <= 2,
                span: span.with_end(end),
            });
        }
    }
}

/// The sentence of the quote opening at `open` has a title in lower case for its subject,
/// before the quote: `The work and pensions secretary has defended plans …, saying the
/// system "writes people off"`.
fn said_by_an_unnamed_title(p: &Para, open: usize) -> bool {
    let (s, _) = p.sentence_of(open);
    p.lower(s) == "the"
        && (s + 1..open.min(s + 6))
            .take_while(|&k| p.is_word(k) && !p.is_capitalised(k))
            .any(|k| lexicon::is_title_word(p.lower(k)) && !lexicon::is_title_word(p.lower(k + 1)))
}

/// The paragraph opens on a person's name, bare, who speaks: `Liz Kendall told MPs …`; or
/// after a phrase set off that says where or when (`Speaking at Prime Minister's Questions,
/// Sir Keir Starmer said …`, `In a letter to MPs, Liz Kendall said …`).
fn opens_on_a_person_speaking(p: &Para, ents: &Entities, marks: &[Marks]) -> Option<usize> {
    let first = p.lower(0);
    let set_off =
        first.ends_with("ing") || matches!(first, "in" | "at" | "on" | "during" | "after");
    let start = if set_off {
        (1..12.min(p.tokens().len())).find(|&k| p.is_punct(k, ","))? + 1
    } else {
        0
    };
    if marks.first().is_some_and(|m| m.open < start) {
        return None;
    }
    let m = mentions_between(p, ents, marks, start, start + 4).next()?;
    (m.first() == start
        && ents.kind(m.entity()) == EntityKind::Person
        && speech_verb_at(p, m.last() + 1))
    .then(|| m.entity())
}

#[derive(Clone, Copy, PartialEq, Eq)]
enum Mark {
    Open(bool),
    Close(bool),
    None,
}

/// Classify a punctuation token as an opening or closing mark (`bool`: double quote).
fn classify(p: &Para, i: usize, single_open: bool) -> Mark {
    let w = p.word(i);
    // Most punctuation is no quote mark: turn it away by its first byte (`"`, `'`, or the
    // first of `«»` or of `“”‘’`) before reading its neighbours.
    if !matches!(w.as_bytes().first(), Some(b'"' | b'\'' | 0xC2 | 0xE2)) {
        return Mark::None;
    }
    let at = p.tokens()[i].range();
    let before = p.text()[..at.start].chars().last();
    let after = p.text()[at.end..].chars().next();
    let opens_after = |c: Option<char>| {
        c.is_none_or(|c| {
            c.is_whitespace() || matches!(c, '(' | '[' | '—' | '–' | '-' | '“' | '‘' | '"' | ':')
        })
    };
    let word_after = after.is_some_and(|c| !c.is_whitespace());
    match w {
        "“" | "«" => Mark::Open(true),
        "”" | "»" => Mark::Close(true),
        "\"" => {
            if opens_after(before) && word_after {
                Mark::Open(true)
            } else if before.is_some_and(|c| !c.is_whitespace()) || !word_after {
                Mark::Close(true)
            } else {
                Mark::None
            }
        }
        "‘" => {
            if opens_after(before) && after.is_some_and(char::is_alphanumeric) {
                Mark::Open(false)
            } else {
                Mark::None
            }
        }
        "’" | "'" => {
            let letter_after = after.is_some_and(char::is_alphanumeric);
            if single_open && !letter_after {
                Mark::Close(false)
            } else if w == "'" && opens_after(before) && letter_after {
                Mark::Open(false)
            } else {
                Mark::None
            }
        }
        _ => Mark::None,
    }
}

fn pair_marks(p: &Para) -> Vec<Marks> {
    let mut out = Vec::new();
    let mut double: Option<usize> = None;
    let mut single: Option<usize> = None;
    let close = |out: &mut Vec<Marks>, open: usize, close: Option<usize>, before: usize| {
        if before > open + 1 {
            out.push(Marks {
                open,
                close,
                first: open + 1,
                last: before - 1,
            });
        }
    };
    for i in 0..p.tokens().len() {
        if p.tokens()[i].kind != crate::text::tokens::Kind::Punct {
            continue;
        }
        match classify(p, i, single.is_some()) {
            Mark::Open(true) => {
                if let Some(o) = double.take() {
                    close(&mut out, o, None, i); // wire copy: a run-on quote
                }
                single = None;
                double = Some(i);
            }
            Mark::Close(true) => {
                if let Some(o) = double.take() {
                    close(&mut out, o, Some(i), i);
                }
                single = None;
            }
            Mark::Open(false) if double.is_none() => single = Some(i),
            Mark::Close(false) if double.is_none() => {
                if let Some(o) = single.take() {
                    close(&mut out, o, Some(i), i);
                }
            }
            _ => {}
        }
    }
    if let Some(o) = double {
        close(&mut out, o, None, p.tokens().len());
    }
    out.sort_by_key(|m| m.open);
    out
}

fn inside_quote(marks: &[Marks], t: usize) -> bool {
    // Marks are sorted and do not overlap: only the last one opening at or before `t` can
    // hold it.
    let k = marks.partition_point(|m| m.open <= t);
    k > 0 && t <= marks[k - 1].end()
}

/// Mentions in `[from, to)` that are not inside quotes.
fn mentions_between<'a>(
    p: &Para,
    ents: &'a Entities,
    marks: &'a [Marks],
    from: usize,
    to: usize,
) -> impl Iterator<Item = &'a Mention> {
    ents.in_range(p.index, from, to)
        .filter(move |m| !inside_quote(marks, m.first()))
}

fn is_speaker_kind(ents: &Entities, e: usize) -> bool {
    matches!(
        ents.kind(e),
        EntityKind::Person | EntityKind::Organization | EntityKind::Other
    )
}

const SKIPPABLE: &[&str] = &[
    "also",
    "later",
    "then",
    "has",
    "had",
    "have",
    "was",
    "is",
    "already",
    "once",
    "again",
    "last",
    "week",
    "today",
    "yesterday",
    "recently",
    "previously",
    "earlier",
    "has",
    "himself",
    "herself",
    "reportedly",
    "publicly",
    "privately",
    "separately",
    "had",
    "would",
    "will",
    "quickly",
    "repeatedly",
    "initially",
    "originally",
    "often",
    "simply",
    "just",
    "has",
];

/// Where the words before verb `v` that stand between it and its subject (`has`, `later`,
/// `himself`) start, no earlier than `floor`.
fn past_skippable(p: &Para, v: usize, floor: usize) -> usize {
    let mut t = v;
    while t > floor && SKIPPABLE.contains(&p.lower(t - 1)) {
        t -= 1;
    }
    t
}

/// How far before a quote (in tokens) its attribution is looked for.
const CLAUSE_WINDOW: usize = 60;

/// The longest sentence (in tokens) read as a quote's attribution when the quote ended the
/// sentence before (`"…?" Mr Blair asked.`).
const AFTER_WINDOW: usize = 6;

/// The speaker the sentence names for quote `k`.
fn explicit_speaker(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    speakers: &[Option<usize>],
    k: usize,
    (s, e): (usize, usize),
    said: Said<'_>,
) -> Option<usize> {
    let focus = said.focus.person;
    let q = marks[k];
    // The clause before the quote starts after any earlier quote in the same sentence.
    let prev_in_sentence = k.checked_sub(1).filter(|&j| marks[j].open >= s);
    // Attribution sits near the quote; a bounded window keeps run-on text linear.
    let s = s.max(q.open.saturating_sub(CLAUSE_WINDOW));
    let clause_start = prev_in_sentence.map_or(s, |j| (marks[j].end() + 1).max(s));
    // (`He was dismissed for "gross misconduct", the club said`: a verb of speech in the
    // passive, its subject no speaker, gives way to one after the quote.)
    let passive = |v: usize| {
        v > 0
            && matches!(
                p.lower(v - 1),
                "was" | "were" | "been" | "being" | "be" | "is" | "are"
            )
            && q.close
                .is_some_and(|c| (c + 1..e.min(c + AFTER_WINDOW)).any(|t| speech_verb_at(p, t)))
    };
    let verb = (clause_start..q.open)
        .rev()
        .find(|&v| !inside_quote(marks, v) && speech_verb_at(p, v))
        .filter(|&v| !passive(v));
    // `was dismissed by the Conservatives as "worthless"`: the agent of a passive verb of
    // judging speaks.
    let agent = (q.open >= 4 && p.lower(q.open - 1) == "as")
        .then(|| ents.ending_at(p.index, q.open - 2))
        .flatten()
        .filter(|m| {
            let mut k = m.first();
            // (`by EC Farm Commissioner Frans Andriessen as …`: past the title.)
            while k > 0 && m.first() - k < 4 && p.is_capitalised(k - 1) {
                k -= 1;
            }
            if k > 0 && p.lower(k - 1) == "the" {
                k -= 1;
            }
            k > 0 && p.lower(k - 1) == "by"
        })
        .filter(|m| is_speaker_kind(ents, m.entity()));
    if let Some(m) = agent {
        return Some(m.entity());
    }
    let earlier_verb = |v: usize| {
        (clause_start..v)
            .rev()
            .find(|&u| !inside_quote(marks, u) && speech_verb_at(p, u))
    };
    // `He said the agreement, which calls for cuts, was "…"`: the verb of an aside closed
    // before the quote is said of the aside's noun; the verb before the aside reports.
    let verb = verb.map(|v| {
        if in_an_aside_closed_before(p, v, q.open) {
            earlier_verb(v).unwrap_or(v)
        } else {
            v
        }
    });
    // `The Scotsman leads on John Swinney's warning that Scotland faces "…"`, `Blair rejected
    // Michael Howard's claim that crime was "…"`: whose words they are, not the subject's.
    if let Some(owner) = owner_of_the_words(p, ents, marks, verb.unwrap_or(clause_start), q.open) {
        return Some(owner);
    }
    if let Some(v) = verb {
        // `he said "…", but stressed that … a "burden on society"`: a second verb with no
        // subject of its own is the earlier quote's speaker's.
        let coordinated = |j: usize| {
            (marks[j].end() + 1..v).all(|t| {
                p.is_some_punct(t)
                    || matches!(
                        p.lower(t),
                        "and" | "but" | "yet" | "also" | "then" | "later"
                    )
            })
        };
        if let Some(j) = prev_in_sentence.filter(|&j| speakers[j].is_some() && coordinated(j)) {
            return speakers[j];
        }
        // `According to the Foundation for …, … "of dubious validity"`: whom it names.
        if p.lower(v) == "according" && p.lower(v + 1) == "to" {
            let after = first_after_verb(p, v);
            let named_to = (after..q.open)
                .find(|&k| p.is_some_punct(k))
                .unwrap_or(q.open);
            // (`According to its policy director, Peter Melchett, "…"`: or the name set off
            // after whom it describes.)
            let set_off = || {
                (p.is_punct(named_to, ",") && p.lower(named_to + 1) != "and")
                    .then(|| named_after(p, ents, marks, named_to + 1, q.open))
                    .flatten()
            };
            if let Some(sp) = named_after(p, ents, marks, after, named_to).or_else(set_off) {
                return Some(sp);
            }
        }
        // `Tehran Radio quoted Prime Minister Mirhossein Mousavi as saying that "…"`: whom
        // it quoted speaks, not who quoted.
        if let Some(sp) = quoted_as_saying(p, ents, marks, v, clause_start, said) {
            return Some(sp);
        }
        if let Some(sp) = subject_before(p, ents, marks, v, s, said) {
            return Some(sp);
        }
        if let Some(j) = prev_in_sentence {
            return speakers[j];
        }
        // `He said the plan agreed last week was "…"`: a participle after its noun, with no
        // speaker for a subject; the verb before it reports.
        if let Some(sp) = earlier_verb(v).and_then(|u| subject_before(p, ents, marks, u, s, said)) {
            return Some(sp);
        }
    } else if let Some(j) = prev_in_sentence {
        if speakers[j].is_some() {
            return speakers[j];
        }
    }
    // `"…," said X` / `"…," X said` / `"…" in 2005, said X`
    if let Some(c) = q.close {
        let mut sentence_end = p.sentence_of(c).1.max(e);
        let next_end = p.sentence_of(c + 1).1;
        if sentence_end == c + 1 && next_end <= c + 1 + AFTER_WINDOW {
            // `"…second best?" Mr Blair asked.`: a short sentence that is only the attribution.
            sentence_end = next_end;
        }
        let next_quote = marks.get(k + 1).map_or(sentence_end, |m| m.open);
        let limit = sentence_end.min(next_quote);
        if let Some(v) = (c + 1..limit).find(|&v| speech_verb_at(p, v)) {
            if let Some(sp) = quoted_after(p, ents, marks, v, said) {
                return Some(sp);
            }
            let after = first_after_verb(p, v);
            // `"…," one senior banker said`, `said a diplomat`: somebody the story does not
            // name, not the person it is about; but `a Kremlin spokesman` speaks for a body.
            let (subject, end) = subject_after_quote(p, c, v, limit);
            // `said one protester, Margaret Jones`, `said a Pentagon spokesman, Robert Sims`,
            // `said the party's spokeswoman, Janet Davies`: named after all.
            if is_indefinite(p.lower(subject)) || p.lower(subject) == "the" {
                // (Not a comma after the verb: `a minister has said, despite pressure from
                // Labour backbenchers`.)
                let comma = (subject + 1..limit.min(subject + 6))
                    .find(|&k| p.is_punct(k, ","))
                    .filter(|&comma| !(subject < v && v < comma));
                let holder =
                    comma.and_then(|comma| holder_set_off(p, ents, marks, subject, comma, limit));
                if holder.is_some() {
                    return holder;
                }
            }
            if is_indefinite(p.lower(subject)) {
                // `said an official at the Ministry of Finance`, `said a trader at Nomura`:
                // somebody unnamed who works at the body named right after speaks for it.
                if let Some(body) = unnamed_at_a_body(p, ents, marks, subject, end) {
                    return Some(body);
                }
                // `a senior Commerce Department official`: one who speaks for the body named;
                // `a ministry official`, for the body the noun means. (Before the verb, as
                // far as the verb: `a Ministry of International Trade and Industry official`.)
                let reach = if end == v { end } else { end.min(subject + 6) };
                let official = (subject + 1..reach)
                    .find(|&k| lexicon::speaks_for_a_body(p.lower(k)))
                    .and_then(|at| {
                        let named = mentions_between(p, ents, marks, subject + 1, at)
                            .filter(|m| ents.kind(m.entity()) == EntityKind::Organization)
                            .last();
                        named.map(|m| m.entity()).or_else(|| {
                            let body = the_body_s_spokesman(p, at)?;
                            the_body_meant(p, ents, marks, q.open, body, said)
                        })
                    });
                if official.is_some() {
                    return official;
                }
                return spokesperson_in(p, subject, end).and_then(|at| {
                    // `a police spokeswoman`: the body whose name holds the noun, if one is
                    // named; else nobody named.
                    if let Some(noun) = a_public_body_s_spokesman(p, at) {
                        return the_body_meant(p, ents, marks, q.open, noun, said);
                    }
                    // `a ministry spokesman`: the body the noun means.
                    if let Some(body) = the_body_s_spokesman(p, at) {
                        return the_body_meant(p, ents, marks, q.open, body, said);
                    }
                    // `a Kremlin spokesman`, `a spokeswoman for the Transport and General
                    // Workers' Union`, `a statement from Tesco`, or the body just named.
                    let named = mentions_between(p, ents, marks, subject + 1, at).last();
                    let named_for = matches!(p.lower(at + 1), "for" | "from")
                        .then(|| mentions_between(p, ents, marks, at + 2, limit).next())
                        .flatten()
                        .filter(|m| m.first() <= at + 3);
                    // (`"…," a spokeswoman said`, naming nobody: the body the story is
                    // about, the last named as a subject.)
                    let alone = is_spokesperson(p.lower(at)) && named_for.is_none();
                    (named.or(named_for).map(|m| m.entity()))
                        .or_else(|| {
                            let s = p.sentence_of(q.open).0;
                            body_named_before(p, ents, marks, s, c, subject + 1..at)
                        })
                        .or(said.subject_body.filter(|_| alone))
                });
            }
            if p.lower(subject) == "the" {
                // `The UAE said in a statement that … "…," the statement said`: whose
                // statement (a few sentences back at most: quotes can fill a paragraph).
                let stated_by = || {
                    let k = (q.open.saturating_sub(60).max(3)..q.open)
                        .rev()
                        .find(|&k| {
                            p.lower(k) == "statement"
                                && p.lower(k - 1) == "a"
                                && p.lower(k - 2) == "in"
                                && is_speech_verb(p.lower(k - 3))
                        })?;
                    ents.ending_at(p.index, k.checked_sub(4)?)
                };
                if let Some(m) = (p.lower(subject + 1) == "statement")
                    .then(stated_by)
                    .flatten()
                {
                    return Some(m.entity());
                }
                // `"…," the party's foreign affairs spokesman said`: a frontbencher's title,
                // the person's in focus (`the Tory health spokesman` still names the party).
                let spokesperson = spokesperson_in(p, subject, end);
                let frontbench = spokesperson
                    .filter(|&at| {
                        holds_a_portfolio(p, at)
                            && mentions_between(p, ents, marks, subject + 1, at)
                                .next()
                                .is_none()
                    })
                    .and(focus);
                if frontbench.is_some() {
                    return frontbench;
                }
                // (`"…," the prime minister's spokesman said`: the title's holder, if given.)
                if let Some(at) = spokesperson.filter(|&at| speaks_for_a_title(p, subject, at)) {
                    return spokesman_for_a_person(p, ents, subject, at);
                }
                if let Some(at) = spokesperson {
                    // (`… said the party's spokeswoman, Janet Davies. "…," the spokeswoman
                    // said`: the person in focus, when this paragraph named her so before.)
                    let noun = p.lower(at);
                    let named_so = focus.filter(|&f| {
                        ents.in_range(p.index, 0, q.open).any(|m| {
                            let k = m.first();
                            m.entity() == f
                                && ((k >= 1 && p.lower(k - 1) == noun)
                                    || (k >= 2 && p.is_punct(k - 1, ",") && p.lower(k - 2) == noun))
                        })
                    });
                    if named_so.is_some() {
                        return named_so;
                    }
                    // `"…," the spokeswoman said`: the one who spoke for a body speaks for it
                    // again.
                    let named = mentions_between(p, ents, marks, subject + 1, at)
                        .filter(|m| ents.kind(m.entity()) == EntityKind::Organization)
                        .last();
                    return named
                        .map(|m| m.entity())
                        .or_else(|| said.body_named_before(p, ents, marks, q.open));
                }
            }
            // `"…," the Real Madrid midfielder said`, `the England captain said`: one
            // described by the body or the country they play for, not the body: whom the
            // text gave the title, else the person in focus.
            if subject < v && described_by_a_name(p, ents, marks, subject, v) {
                let titled = (subject + 1..v)
                    .rev()
                    .find_map(|last| title_holder(p, ents, subject + 1, last, false));
                return titled.or(focus);
            }
            // `Texaco spokesman Fred Hoffman said`, `the FSA's director of enforcement,
            // Margaret Cole, said`: the name right before the verb (or its comma); else the
            // first one (`Tevfik Aksoy, economist for Deutsche Bank, told …`).
            let mut names = mentions_between(p, ents, marks, c + 1, v);
            if let Some(first) = names.next() {
                // A person set off by commas before the verb; a body so set off is where the
                // first one works.
                let adjacent = std::iter::once(first)
                    .chain(names)
                    .find(|m| m.last() + 1 == v)
                    .or_else(|| person_set_off_before(p, ents, v).filter(|m| m.first() > c));
                return Some(adjacent.unwrap_or(first).entity());
            }
            if let Some(t) = (c + 1..v).find(|&t| is_pronoun(p.lower(t))) {
                return said.person(p.lower(t), ents);
            }
            // `"…," it said in a statement`: the body named last.
            // (`"…", the club said`: the comma may stand outside the quote.)
            let marks_end = if p.is_punct(c + 1, ",") && c + 2 < v {
                c + 1
            } else {
                c
            };
            // (`Ofcom said the opera was satire and that the BBC had warned viewers. "…," it
            // said`: the body the sentence before is about, not one its clauses named.)
            let it = (marks_end + 2 == v && p.lower(marks_end + 1) == "it")
                .then(|| {
                    subject_of_the_sentence_before(p, ents, marks, q.open)
                        .or_else(|| said.body_named_before(p, ents, marks, q.open))
                })
                .flatten();
            if it.is_some() {
                return it;
            }
            // `"…," they wrote`: the body whose people the sentence before named.
            let they = (marks_end + 2 == v && p.lower(marks_end + 1) == "they")
                .then(|| group_s_body(p, ents, marks, said, p.sentence_of(q.open).0, q.open))
                .flatten();
            if they.is_some() {
                return they;
            }
            // `"…," the company said`, `said the firm`: the body it means.
            let the_body = |k: usize| p.lower(k) == "the" && refers_to_a_body(p.lower(k + 1));
            let noun = if marks_end + 3 == v && the_body(marks_end + 1) {
                Some(marks_end + 2)
            } else {
                the_body(after).then_some(after + 1)
            };
            if let Some(noun) = noun {
                return the_body_meant(p, ents, marks, q.open, p.lower(noun), said);
            }
            // `"…," the source said`: somebody the story did not name.
            if the_source(p, subject, end) {
                return None;
            }
            // `"…," the lawsuit says`, `said the report`: a document's words, not those of the
            // person in focus.
            if said_by_a_document(p, subject, end) {
                return None;
            }
            // `the Dutchman told Sky Sports`: who is told is not who speaks; nor is a name after
            // the verb once the subject came before it (`"…," the official said, adding that
            // Toyota had been told`).
            let listener_follows = matches!(p.lower(v), "told" | "tells" | "tell" | "telling");
            let the_subject_before =
                subject < v && (p.lower(subject) == "the" || is_indefinite(p.lower(subject)));
            if !listener_follows && !the_subject_before {
                if let Some(e) = named_after(p, ents, marks, after, limit) {
                    return Some(e);
                }
            }
            // `"…," the prime minister said`, `said the home secretary`: a title the text has
            // given somebody.
            let title_end = if subject < v { v } else { end.min(subject + 4) };
            if let Some(e) = (subject + 1..title_end)
                .rev()
                .find_map(|last| title_holder(p, ents, subject + 1, last, false))
            {
                return Some(e);
            }
            // `"…," the official said`, with nobody in focus: an official the text never
            // named, who speaks for the body named before (`a ministry official said`).
            if focus.is_none()
                && p.lower(subject) == "the"
                && (subject + 1..title_end).any(|k| matches!(p.lower(k), "official" | "officials"))
            {
                return said.body_named_before(p, ents, marks, q.open);
            }
            return focus; // `said the American`
        }
    }
    if verb.is_none() {
        // `X: "…"`, or a sentence whose subject is a name: `Trump has threatened "…"`.
        let subject = mentions_between(p, ents, marks, clause_start, q.open).find(|m| {
            is_speaker_kind(ents, m.entity()) && ents.kind(m.entity()) != EntityKind::Place
        });
        if let Some(m) = subject {
            if p.is_punct(q.open.saturating_sub(1), ":") || m.first() == s {
                return Some(m.entity());
            }
        }
        // (`The former Tory leader Iain Duncan Smith went further, calling it "…"`: a person
        // a title opening the sentence introduces.)
        let titled = mentions_between(p, ents, marks, s, q.open).find(|m| {
            m.first() > s
                && m.first() <= s + 6
                && ents.kind(m.entity()) == EntityKind::Person
                && (s..m.first()).all(|k| p.is_word(k))
                && lexicon::names_a_persons_job(p.lower(m.first() - 1))
        });
        if let Some(m) = titled {
            return Some(m.entity());
        }
        // (`It plans to have more than 3,000 shops "in the longer term"`: the body the
        // sentence before was about, whose words these are.)
        let opens_on_it = p.lower(s) == "it"
            && p.sentence_of(q.open).0 == s
            && mentions_between(p, ents, marks, s, q.open).next().is_none();
        if opens_on_it {
            return subject_of_the_sentence_before(p, ents, marks, q.open);
        }
    }
    None
}

/// `John Swinney's warning that Scotland faces "…"`, `a warning from the CBI that "…"`: the
/// person or body that owns a noun of speech (or that it comes from) between `from` and the
/// quote at `open`, when the noun leads to the quote (right before it, or by `that`).
fn owner_of_the_words(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    from: usize,
    open: usize,
) -> Option<usize> {
    // (`a warning from the CBI that`: the words' `that` a few words on, in one phrase.)
    let leads_to_the_quote = |k: usize| {
        k + 1 == open
            || (k + 1..open.min(k + 7))
                .take_while(|&j| p.is_word(j))
                .any(|j| p.lower(j) == "that")
    };
    let noun = (from + 1..open)
        .rev()
        .take(12)
        .find(|&k| lexicon::is_a_noun_of_words(p.lower(k)) && leads_to_the_quote(k))?;
    let owner = if lexicon::is_possessive(p.word(noun - 1)) {
        ents.ending_at(p.index, noun - 1)
    } else if matches!(p.lower(noun + 1), "by" | "from") {
        let at = noun + 2 + usize::from(p.lower(noun + 2) == "the");
        mentions_between(p, ents, marks, at, open).find(|m| m.first() == at)
    } else {
        None
    }?;
    (is_speaker_kind(ents, owner.entity()) && ents.kind(owner.entity()) != EntityKind::Place)
        .then_some(owner.entity())
}

/// Whether verb `v` opens a `, which …,` aside that closes before the quote at `open`.
fn in_an_aside_closed_before(p: &Para, v: usize, open: usize) -> bool {
    let t = past_skippable(p, v, 0);
    t >= 2
        && p.lower(t - 1) == "which"
        && p.is_punct(t - 2, ",")
        && (v + 1..open.saturating_sub(1)).any(|k| p.is_punct(k, ","))
}

/// The name after `said`: the first one, or the person a title introduces
/// (`said Globio founder Gerry Ellis`).
fn named_after(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    from: usize,
    to: usize,
) -> Option<usize> {
    // (`said Kidder, Peabody and Co analyst Thomas Mullen`: not a comma inside a firm's name.)
    let opening_name = mentions_between(p, ents, marks, from, to)
        .next()
        .filter(|m| m.first() == from);
    let comma_from = opening_name.map_or(from + 1, |m| m.last().max(from) + 1);
    let comma = (comma_from..to).find(|&k| p.is_punct(k, ","));
    if let Some(holder) = comma.and_then(|comma| holder_set_off(p, ents, marks, from, comma, to)) {
        return Some(holder);
    }
    let to = comma.unwrap_or(to);
    let mut names = mentions_between(p, ents, marks, from, to).peekable();
    let first = names.next()?;
    if first.first() > from + 1 {
        // `said Chief Secretary to the Treasury Paul Boateng`: a title's body, then its
        // holder.
        let titled = (from..first.first()).any(|k| lexicon::is_title_word(p.lower(k)))
            && (from..first.first()).all(|k| p.is_word(k));
        let holder = names.peek().filter(|m| {
            titled
                && m.first() == first.last() + 1
                && ents.kind(m.entity()) == EntityKind::Person
                && ents.kind(first.entity()) != EntityKind::Person
        });
        if let Some(m) = holder {
            return Some(m.entity());
        }
        // `said the former Arsenal player`: one described by a body that is not theirs.
        let noun = first.last() + 1;
        let w = p.lower(noun);
        let described = p.lower(from) == "the"
            && p.is_word(noun)
            && !p.is_capitalised(noun)
            && (lexicon::describes_person(w) || lexicon::is_role(w))
            && !lexicon::speaks_for_a_body(w)
            && ents.kind(first.entity()) != EntityKind::Person;
        if described {
            return None;
        }
        return Some(first.entity()); // `said the company's founder X` is rare; take the first
    }
    // `said Nintendo of America's Perrin Kaplan`, `said Tory Liam Fox`: the body's person.
    if let Some(m) = names
        .peek()
        .filter(|m| is_the_body_s_person(p, ents, first, m))
    {
        return Some(m.entity());
    }
    // `said Sony Computer Entertainment Europe president Chris Deering`: a body's name may
    // be read as two, side by side.
    // (`said Christie's specialist Sarah Hodgson`, `said Chelsea striker Didier Drogba`: a
    // role is a title here.)
    let role =
        |w: &str| is_title_modifier(w) || lexicon::describes_person(w) || lexicon::is_role(w);
    let mut body = first;
    // (`said Wagner and Brown partner Cloyce Box`: a firm named for two, before a title.)
    let joined_before_a_title = |body: usize, m: &Mention| {
        m.first() == body + 2
            && p.lower(body + 1) == "and"
            && !p.is_capitalised(m.last() + 1)
            && role(p.lower(m.last() + 1))
    };
    while let Some(next) =
        names.next_if(|m| m.first() == body.last() + 1 || joined_before_a_title(body.last(), m))
    {
        body = next;
    }
    // (`said Which? spokeswoman Louise Bruce`, `Yahoo! chief`: a name written with its
    // mark.)
    let marked = (p.is_punct(body.last() + 1, "?") || p.is_punct(body.last() + 1, "!"))
        && p.touching(body.last(), body.last() + 1);
    let mut title_after = body.last() + 1 + usize::from(marked);
    // (`said Sony Pictures president Dan Fellman`: the rest of a body's name that was read
    // apart from it, before the title.)
    if title_after + 1 < to
        && p.is_capitalised(title_after)
        && !lexicon::is_title_word(p.lower(title_after))
        && role(p.lower(title_after + 1))
    {
        title_after += 1;
    }
    // The title may run over several words: `BT Retail chief executive Ian Livingston`.
    let longest = (title_after + 4).min(to).max(title_after);
    let title_end = (title_after..longest)
        .find(|&k| !role(p.lower(k)))
        .unwrap_or(longest);
    let title_word = title_end > title_after;
    // The name right after the title: `Globio founder Gerry Ellis`; or after a title with
    // words of its own, a trade before it or a field after it (`Billboard chart director
    // Geoff Mayfield`, `Billboard's director of charts Geoff Mayfield`).
    let next = names.next();
    let named_next = next.filter(|m| m.first() == title_end);
    if let Some(second) = named_next {
        if title_word && ents.kind(second.entity()) == EntityKind::Person {
            return Some(second.entity());
        }
    }
    let after_a_longer_title = next.filter(|m| {
        let words = title_after..m.first();
        m.first() > title_end
            && m.first() <= title_after + 4
            && ents.kind(m.entity()) == EntityKind::Person
            && words.clone().all(|k| p.is_word(k) && !p.is_capitalised(k))
            && words.clone().any(|k| role(p.lower(k)))
    });
    if let Some(m) = after_a_longer_title {
        return Some(m.entity());
    }
    // `said the United manager`: the body's one manager, somebody the story has named (the
    // person in focus); but `said a Kremlin spokesman` is the body speaking.
    let definite = first.first() > 0 && p.lower(first.first() - 1) == "the";
    let titled = title_word && !p.is_capitalised(title_after);
    if titled && definite && named_next.is_none() && ents.kind(first.entity()) != EntityKind::Person
    {
        return None;
    }
    // `said Moscow-based US lawyer Jamie Firestone`: a place speaks no words; the person
    // named after it does.
    if ents.kind(first.entity()) == EntityKind::Place {
        let person = mentions_between(p, ents, marks, first.last() + 1, to)
            .find(|m| ents.kind(m.entity()) == EntityKind::Person);
        if let Some(m) = person {
            return Some(m.entity());
        }
    }
    Some(first.entity())
}

/// `said its head of policy, Neil Fowler`, `said Ofcom's director of competition, David
/// Stewart`, `said one protester, 72-year-old Margaret Jones`: the person a title or a role
/// from `from` names past its comma (but `said the Portuguese, who joined Chelsea`: a name
/// past a comma is in another clause).
fn holder_set_off(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    from: usize,
    comma: usize,
    to: usize,
) -> Option<usize> {
    // (`…, Dr Paul Miller`: past an honorific; `…, 72-year-old Margaret Jones`: past an age.)
    let mut named_at = comma + 1;
    while named_at < comma + 6
        && (p.is_number(named_at)
            || p.is_punct(named_at, "-")
            || matches!(p.lower(named_at), "year" | "old" | "year-old"))
    {
        named_at += 1;
    }
    // (A knight's name keeps its `Sir`: `…, Sir Jeremy Beecham`.)
    let honorific_at = named_at;
    named_at += usize::from(lexicon::is_honorific(p.word(named_at)));
    let holder = mentions_between(p, ents, marks, comma + 1, to)
        .next()
        .filter(|m| {
            (m.first() == named_at || m.first() == honorific_at)
                && ents.kind(m.entity()) == EntityKind::Person
        })?;
    // (`said the firm's chief UK economist, Vicky Redwood`: a role, and a place in it; `said
    // one protester, Margaret Jones`: one of those who act.)
    // (`said one, Linda Fisher`, `said one of them, …`, `said another fan, …`: one of a crowd
    // the story told of.)
    let one_of_many = matches!(p.lower(from), "one" | "another");
    let titled = one_of_many
        || (from..comma).any(|k| {
            let w = p.lower(k);
            lexicon::is_title_word(w)
                || lexicon::is_role(w)
                || lexicon::describes_person(w)
                || lexicon::is_unnamed_person_noun(w)
        });
    // (`said Mr Tanzi's lawyer, Fabio Belloni`: a person's too; `said the chairman of Acme
    // Corp, John Smith`: or the title's body, after it.)
    let unnamed = || {
        mentions_between(p, ents, marks, from, comma).all(|m| {
            ents.kind(m.entity()) == EntityKind::Place
                || lexicon::possessive_owner(p.word(m.last())).is_some()
                || (m.first() > from + 1
                    && matches!(p.lower(m.first() - 1), "of" | "at")
                    && lexicon::is_title_word(p.lower(m.first() - 2)))
        })
    };
    // (`said a Pentagon spokesman, Robert Sims`: one who speaks for the body, named.)
    let speaks_for_it = comma > from && lexicon::speaks_for_a_body(p.lower(comma - 1));
    (titled && (speaks_for_it || unnamed())).then(|| holder.entity())
}

/// `Mark Roberts of Leicestershire Police said`: the person the body at `first` is named
/// for speaks, not the body.
fn person_of_body(p: &Para, ents: &Entities, first: usize) -> Option<usize> {
    let mut of = first.checked_sub(1)?;
    // (`Alasdair Philips of campaign group Powerwatch`: the body described before its name.)
    let body_noun = |w: &str| refers_to_a_body(w) || lexicon::is_body_noun(w) || w == "tank";
    if body_noun(p.lower(of)) {
        let described = (of.saturating_sub(2)..of)
            .rev()
            .take_while(|&k| p.is_word(k) && !p.is_capitalised(k))
            .take_while(|&k| !matches!(p.lower(k), "of" | "at" | "from" | "the"))
            .count();
        of = of.checked_sub(described + 1)?;
    }
    if p.lower(of) == "the" {
        of = of.checked_sub(1)?;
    }
    if !matches!(p.lower(of), "of" | "at" | "from") {
        return None;
    }
    let person = ents.ending_at(p.index, of.checked_sub(1)?)?;
    (ents.kind(person.entity()) == EntityKind::Person).then_some(person.entity())
}

/// `"…," one senior banker said`, `"…," said a diplomat`: the quote's own attribution names
/// nobody (`a spokesman` speaks for a body, so is not counted here).
fn said_by_somebody_unnamed(p: &Para, marks: &[Marks], k: usize) -> bool {
    let Some(c) = marks[k].close else {
        return false;
    };
    let limit = marks.get(k + 1).map_or(p.sentence_of(c).1, |m| m.open);
    let Some(v) = (c + 1..limit.min(c + 1 + AFTER_WINDOW)).find(|&v| speech_verb_at(p, v)) else {
        return false;
    };
    let (subject, end) = subject_after_quote(p, c, v, limit);
    let spokesperson = spokesperson_in(p, subject, end);
    // (`"…," a government spokeswoman said`, with no body named for the noun: the speaker
    // found nobody, and nobody else spoke.)
    let public_body = spokesperson.and_then(|at| a_public_body_s_spokesman(p, at));
    (is_indefinite(p.lower(subject)) && (spokesperson.is_none() || public_body.is_some()))
        || the_source(p, subject, end)
        || said_by_a_document(p, subject, end)
}

/// `the lawsuit`, `the court filing`: the subject from `subject` to `end` is a document.
fn said_by_a_document(p: &Para, subject: usize, end: usize) -> bool {
    the_noun_is(p, subject, end, is_a_document)
}

/// `a government spokeswoman`, `a police spokesman`: the spokesperson at `at` speaks for a
/// public body the noun before names only by its kind (never the firm or union in the story).
fn a_public_body_s_spokesman<'p>(p: &'p Para, at: usize) -> Option<&'p str> {
    noun_before(p, at).filter(|w| is_a_public_body(w))
}

/// A public body named by its kind: `government`, `police`.
fn is_a_public_body(w: &str) -> bool {
    matches!(
        w,
        "government" | "police" | "army" | "military" | "embassy" | "hospital" | "palace"
    )
}

/// `"…," the source said`, after `A Gulf oil source said …`: the subject from `subject` to
/// `end` is the one the story quoted unnamed.
fn the_source(p: &Para, subject: usize, end: usize) -> bool {
    the_noun_is(p, subject, end, is_anonymous_source) && spokesperson_in(p, subject, end).is_none()
}

/// The subject from `subject` to `end` is `the` and, within two words, a noun `noun` says
/// yes to: `the source`, `the court filing`.
fn the_noun_is(p: &Para, subject: usize, end: usize, noun: fn(&str) -> bool) -> bool {
    p.lower(subject) == "the" && (subject + 1..end.min(subject + 3)).any(|k| noun(p.lower(k)))
}

/// Who a wire story quotes without a name: `a Gulf oil source`, `one delegate`, `the trader`.
fn is_anonymous_source(w: &str) -> bool {
    matches!(
        w,
        "source"
            | "sources"
            | "delegate"
            | "delegates"
            | "diplomat"
            | "diplomats"
            | "trader"
            | "traders"
            | "dealer"
            | "dealers"
            | "banker"
            | "bankers"
            | "insider"
            | "witness"
    )
}

/// A document that can be said to say something: `the lawsuit says`, `the report said`.
fn is_a_document(w: &str) -> bool {
    matches!(
        w,
        "lawsuit"
            | "suit"
            | "complaint"
            | "filing"
            | "report"
            | "letter"
            | "document"
            | "documents"
            | "memo"
            | "ruling"
            | "judgment"
            | "judgement"
            | "indictment"
            | "petition"
            | "study"
            | "survey"
            | "motion"
            | "affidavit"
            | "statement"
            | "email"
    )
}

/// The first word a speech verb introduces: `said X`, `according to X`.
fn first_after_verb(p: &Para, v: usize) -> usize {
    if p.lower(v) == "according" {
        v + 2
    } else {
        v + 1
    }
}

/// Who speaks a quote that closes at `c`, by the verb `v` after it: the words before the verb
/// (`"…," a diplomat said`) or after it (`said a diplomat`), as their first token and the end
/// of the span they lie in.
fn subject_after_quote(p: &Para, c: usize, v: usize, limit: usize) -> (usize, usize) {
    if c + 1 < v {
        // (`"…" to scrap it, a minister said`: the subject after the last comma.)
        let after_comma = (c + 1..v - 1).rev().find(|&k| p.is_punct(k, ","));
        (after_comma.map_or(c + 1, |k| k + 1), v)
    } else {
        (first_after_verb(p, v), limit)
    }
}

/// `the Real Madrid midfielder` (from `subject` to the verb at `v`): a person described by
/// what they do, after a name that is not theirs (not `the Texaco spokesman`, who speaks
/// for the body). (`The England midfielder, 31, said`: with an age set off after it.)
fn described_by_a_name(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    subject: usize,
    v: usize,
) -> bool {
    let age_set_off =
        v >= 4 && p.is_punct(v - 1, ",") && p.is_number(v - 2) && p.is_punct(v - 3, ",");
    let noun = v - if age_set_off { 4 } else { 1 };
    let w = p.lower(noun);
    let describes = !p.is_capitalised(noun)
        && (lexicon::describes_person(w) || lexicon::is_title_word(w) || lexicon::is_role(w))
        && !lexicon::speaks_for_a_body(w);
    if !(describes && p.lower(subject) == "the" && noun >= subject + 2) {
        return false;
    }
    let mut names = mentions_between(p, ents, marks, subject + 1, noun).peekable();
    names.peek().is_some() && names.all(|m| ents.kind(m.entity()) != EntityKind::Person)
}

/// The body an unnamed subject from `subject` (`an official`, `a senior trader`) works at,
/// named right after the words describing them and `at`, `of`, `for` or `with` (`an
/// official at the Ministry of Finance`, `a dealer with Barclays`), within `end`.
fn unnamed_at_a_body(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    subject: usize,
    end: usize,
) -> Option<usize> {
    let at = (subject + 2..end.min(subject + 5))
        .find(|&k| matches!(p.lower(k), "at" | "of" | "for" | "with"))?;
    let described = (subject + 1..at).all(|k| p.is_word(k) && !p.is_capitalised(k));
    let named = at + 1 + usize::from(p.lower(at + 1) == "the");
    let m = mentions_between(p, ents, marks, named, end).next()?;
    (described && m.first() == named && ents.kind(m.entity()) == EntityKind::Organization)
        .then(|| m.entity())
}

/// `a company spokesman`, `a ministry spokeswoman`: the body's noun before the spokesperson
/// at `at`, if one is.
fn the_body_s_spokesman<'p>(p: &'p Para, at: usize) -> Option<&'p str> {
    noun_before(p, at).filter(|w| refers_to_a_body(w))
}

/// The word in lower case before token `at`, if it is one.
fn noun_before<'p>(p: &'p Para, at: usize) -> Option<&'p str> {
    let noun = at
        .checked_sub(1)
        .filter(|&k| p.is_word(k) && !p.is_capitalised(k))?;
    Some(p.lower(noun))
}

/// Where an unnamed subject (`a spokesman`, `a Kremlin spokeswoman`, `a company statement`)
/// speaks for a body, within a few words after `subject`.
fn spokesperson_in(p: &Para, subject: usize, end: usize) -> Option<usize> {
    (subject + 1..end.min(subject + 5))
        .find(|&k| is_spokesperson(p.lower(k)) || p.lower(k) == "statement")
}

/// The spokesperson at `at` speaks on a portfolio written in lower case (`foreign affairs
/// spokesman`, `health spokeswoman`): a politician's title, not a body's voice (`a Treasury
/// spokesman`).
fn holds_a_portfolio(p: &Para, at: usize) -> bool {
    at > 0
        && p.is_word(at - 1)
        && !p.is_capitalised(at - 1)
        && (p.lower(at - 1) == "affairs" || super::entities::is_portfolio(p.lower(at - 1)))
}

/// A person named right before the comma before the verb at `v`: `…, Margaret Cole, said`.
fn person_set_off_before<'e>(p: &Para, ents: &'e Entities, v: usize) -> Option<&'e Mention> {
    let comma = v.checked_sub(1).filter(|&k| p.is_punct(k, ","))?;
    let m = ents.ending_at(p.index, comma.checked_sub(1)?)?;
    (ents.kind(m.entity()) == EntityKind::Person).then_some(m)
}

/// The word before token `i` is a preposition whose object `i` starts: `through`, `by`,
/// `against`. (Not `according to`: whom it names speaks.)
fn governed_by_a_preposition(p: &Para, i: usize) -> bool {
    // (`In an interview with the BBC's Andrew Marr`: past the owner the name is introduced
    // by.)
    let mut k = i;
    if k > 1 && lexicon::possessive_owner(p.word(k - 1)).is_some() {
        k -= 1;
        while k > 1 && p.is_capitalised(k - 1) && i - k < 4 {
            k -= 1;
        }
        if k > 1 && p.lower(k - 1) == "the" {
            k -= 1;
        }
    } else if k > 1 && lexicon::is_title_word(p.lower(k - 1)) {
        // (`headed by former CBI director general Adair Turner`: past the title the name is
        // given, with the body's initials in it.)
        let in_title = |j: usize| {
            p.is_word(j)
                && (lexicon::is_title_word(p.lower(j))
                    || is_title_modifier(p.lower(j))
                    || matches!(p.lower(j), "former" | "new")
                    || p.word(j).bytes().all(|b| b.is_ascii_uppercase()))
        };
        k -= 1;
        while k > 1 && i - k < 5 && in_title(k - 1) {
            k -= 1;
        }
    }
    if k == 0 {
        return false;
    }
    match p.lower(k - 1) {
        "through" | "from" | "by" | "against" | "with" | "over" => true,
        "to" => k < 2 || p.lower(k - 2) != "according",
        _ => false,
    }
}

/// A word that introduces somebody unnamed: `a diplomat`, `one senior banker`.
fn is_indefinite(w: &str) -> bool {
    matches!(w, "a" | "an" | "one" | "another")
}

/// A speech verb in lower case (`States` in `Gulf States said` is a name, not a verb), or
/// `According to` opening a sentence.
#[inline]
fn speech_verb_at(p: &Para, i: usize) -> bool {
    let according_to = || p.lower(i) == "according" && p.lower(i + 1) == "to";
    p.is_word(i)
        && (!p.is_capitalised(i) || according_to())
        && is_speech_verb(p.lower(i))
        && !a_noun_of_speech(p, i)
}

/// `dismissed Conservative claims that …`, `rejected the calls for …`: a word of speech that
/// is also a plural noun is one after an article or a possessive, or after a name that is
/// no subject (one after a lower-case word that opens no clause and is no title: not `chief
/// executive John Smith claims`).
#[inline(never)]
fn a_noun_of_speech(p: &Para, i: usize) -> bool {
    if !matches!(p.lower(i), "claims" | "calls" | "notes") || i == 0 {
        return false;
    }
    let mut k = i;
    while k > 0 && i - k < 4 && p.is_capitalised(k - 1) {
        k -= 1;
    }
    if k == 0 || !p.is_word(k - 1) || p.is_capitalised(k - 1) {
        return false;
    }
    let before = p.lower(k - 1);
    if k == i {
        return matches!(
            before,
            "the" | "his" | "her" | "their" | "its" | "our" | "these" | "those" | "such"
        );
    }
    !matches!(
        before,
        "and"
            | "but"
            | "or"
            | "that"
            | "while"
            | "as"
            | "because"
            | "when"
            | "if"
            | "so"
            | "though"
            | "although"
            | "where"
            | "who"
            | "now"
            | "also"
    ) && !lexicon::names_a_persons_job(before)
}

fn is_pronoun(w: &str) -> bool {
    matches!(w, "he" | "she")
}

/// Whom a pronoun before or after a speech verb can mean.
#[derive(Clone, Copy)]
struct Said<'a> {
    /// The person in focus: `he said`.
    focus: Focus,
    /// The bodies the last paragraph before this one that named any named: `it said`, `the
    /// company said`.
    bodies_before: &'a [BodyNamed],
    /// The last body named as a subject in the paragraphs before this one.
    subject_body: Option<usize>,
    /// By entity, whether a body was named as a union, a party or a ministry in the
    /// paragraphs before this one.
    trades_in_nothing: &'a [Option<bool>],
}

impl Said<'_> {
    /// The last body named in the paragraphs before this one: `it said`.
    fn body(self) -> Option<usize> {
        self.bodies_before.last().map(|b| b.entity)
    }

    /// Whom the personal pronoun `w` (`he`, `she`) means: the person in focus, unless the
    /// text says that is somebody of the other gender; then the last person of the
    /// pronoun's gender in focus, when there is one.
    fn person(self, w: &str, ents: &Entities) -> Option<usize> {
        let spokesman = self.focus.spoken_for;
        if let Some((who, _)) = spokesman.filter(|&(_, g)| lexicon::pronoun_gender(w) == Some(g)) {
            return Some(who);
        }
        let focus = self.focus.person;
        let (Some(g), Some(f)) = (lexicon::pronoun_gender(w), focus) else {
            return focus;
        };
        if ents.gender(f).is_some_and(|fg| fg != g) {
            self.focus.last_of_gender[g as usize]
                .or(self.focus.last_named_of_gender[g as usize])
                .or(focus)
        } else {
            focus
        }
    }

    /// The body `it` stands for before token `to`: the last one named in this paragraph, else
    /// in the paragraphs before.
    fn body_named_before(
        self,
        p: &Para,
        ents: &Entities,
        marks: &[Marks],
        to: usize,
    ) -> Option<usize> {
        last_body_between(p, ents, marks, 0, to).or(self.body())
    }
}

/// `quoted Prime Minister Mirhossein Mousavi as saying`, with the verb `saying` at `v`:
/// the person or body named between `quoted` and `as`.
/// (`IRNA quoted him as saying`: the person in focus, for a pronoun.)
fn quoted_as_saying(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    v: usize,
    from: usize,
    said: Said<'_>,
) -> Option<usize> {
    if p.lower(v) != "saying" || v < from + 3 || p.lower(v - 1) != "as" {
        return None;
    }
    let quoted = (v.saturating_sub(10).max(from)..v - 1)
        .rev()
        .find(|&k| matches!(p.lower(k), "quoted" | "quotes" | "quote"))?;
    if quoted + 3 == v && matches!(p.lower(quoted + 1), "him" | "her") {
        return said.person(p.lower(quoted + 1), ents);
    }
    mentions_between(p, ents, marks, quoted + 1, v - 1)
        .filter(|m| m.last() + 2 == v && is_speaker_kind(ents, m.entity()))
        .map(|m| m.entity())
        .last()
}

/// `"…," IRNA quoted him as saying`: after a quote, the verb `quoted` at `v`, whom it
/// quoted (see `quoted_as_saying`).
fn quoted_after(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    v: usize,
    said: Said<'_>,
) -> Option<usize> {
    if !matches!(p.lower(v), "quoted" | "quotes") {
        return None;
    }
    let saying = (v + 3..v + 10).find(|&k| p.lower(k) == "saying" && p.lower(k - 1) == "as")?;
    quoted_as_saying(p, ents, marks, saying, v, said)
}

/// Who the speech verb at `v` belongs to.
fn subject_before(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    v: usize,
    s: usize,
    said: Said<'_>,
) -> Option<usize> {
    let focus = said.focus.person;
    let mut t = past_skippable(p, v, s);
    if t == s {
        return None;
    }
    // `The company, which has never made a profit, said`, `Boeing's rival Airbus, which last
    // month won an order, said`: past the aside to the noun or name it is about.
    if p.is_punct(t - 1, ",") {
        // (`The band, whose debut album sold 1.5 million copies, said`: whose thing did
        // something; but `the Daycare Trust, whose chief executive, Stephen Burke, called`
        // names who speaks.)
        let whose_aside = |k: usize| !(k + 1..t - 1).any(|j| p.is_punct(j, ","));
        let aside = (t.saturating_sub(20).max(s + 2)..t - 1).rev().find(|&k| {
            (matches!(p.lower(k), "which" | "who") || (p.lower(k) == "whose" && whose_aside(k)))
                && p.is_punct(k - 1, ",")
                && p.is_word(k - 2)
                && (!p.is_capitalised(k - 2)
                    || ents.ending_at(p.index, k - 2).is_some()
                    // (`The Australian, who won the US Open in 2001, said`)
                    || (k - 2 == s + 1 && p.lower(s) == "the"))
        });
        // (`The prince, third in line to the throne, said`, `The 20-year-old prince, …,
        // said`: past a phrase set off after the noun opening the sentence; but `The
        // chairman, John Smith, said` names who speaks.)
        let noun = s + if age_after_the(p, s) { 4 } else { 1 };
        let set_off_after_the_noun = aside.is_none()
            && p.lower(s) == "the"
            && noun + 1 < t - 1
            && p.is_punct(noun + 1, ",")
            && p.is_word(noun)
            && !p.is_capitalised(noun)
            && ents.ending_at(p.index, t - 2).is_none();
        if set_off_after_the_noun {
            t = noun + 1;
        }
        if let Some(k) = aside {
            t = k - 1;
            // (`Jan Berry, chairman of the Police Federation, which represents 136,000
            // officers, said`: the aside is about the body of the title set off after the
            // person, who speaks.)
            if let Some(person) = holder_of_a_body_s_title(p, ents, s, t - 1) {
                return Some(person);
            }
        }
    }
    if let Some(subject) = subject_of_a_participle(p, ents, marks, v, s, said) {
        return subject;
    }
    // `Families of those who died in the Grenfell Tower fire have called for …`, `Residents
    // near the plant said`: people of a kind, in the plural, that open the sentence are
    // nobody named, not the name that says whose or where they are (but `Friends of the
    // Earth said` is a body's name).
    let people_of_a_kind = p.is_capitalised(s)
        && matches!(p.lower(s + 1), "of" | "near" | "in" | "at" | "from")
        && !ents.starts_a_name(p.index, s)
        && plural_of_an_unnamed_person(p.lower(s));
    if people_of_a_kind {
        return None;
    }
    let prev = t - 1;
    if let Some(m) = ents.ending_at(p.index, prev) {
        // `Rebels in the Niger Delta have threatened "…"`: a place where the subject is
        // does not speak, and the subject is nobody named.
        let mut before = m.first().saturating_sub(1);
        if before > s && p.lower(before) == "the" {
            before -= 1;
        }
        let where_the_subject_is = ents.kind(m.entity()) == EntityKind::Place
            && before >= s
            && matches!(p.lower(before), "in" | "from" | "at" | "near" | "across");
        if where_the_subject_is {
            return None;
        }
        // `The MEP for the East Midlands said`: the place a seat is held for; the subject is
        // whoever holds it, as after any title.
        let a_seat_for = ents.kind(m.entity()) == EntityKind::Place
            && before > s
            && p.lower(before) == "for"
            && (matches!(p.lower(before - 1), "member" | "candidate")
                || super::lexicon::is_title_word(p.lower(before - 1)));
        if a_seat_for {
            return focus;
        }
        return Some(person_of_body(p, ents, m.first()).unwrap_or(m.entity()));
    }
    // `Barnardo's director of policy, Pam Hibbert, said:`: a person set off by commas
    // (past an honorific or a title the name was read without: `, Prof Sir Stephen Powis,`,
    // `Pontypridd's mayor, Councillor Sam Trask, said`).
    let set_off = person_set_off_before(p, ents, t).filter(|m| {
        let before_the_name = |k: usize| {
            lexicon::is_honorific(p.word(k))
                || (p.is_capitalised(k) && lexicon::is_title_word(p.lower(k)))
                || p.is_punct(k, ".")
        };
        let opening = (s..m.first()).rev().find(|&k| !before_the_name(k));
        opening.is_some_and(|k| k > s && p.is_punct(k, ","))
    });
    if let Some(m) = set_off {
        return Some(m.entity());
    }
    // `The UN refugee agency, UNHCR, said`: a body set off by commas after the noun for it
    // (not the body that noun is of).
    let body_set_off = (p.is_punct(prev, ",") && prev > s)
        .then(|| ents.ending_at(p.index, prev - 1))
        .flatten()
        .filter(|m| {
            m.first() >= s + 2
                && p.is_punct(m.first() - 1, ",")
                && refers_to_a_body(p.lower(m.first() - 2))
                && ents.kind(m.entity()) == EntityKind::Organization
        });
    if let Some(m) = body_set_off {
        return Some(m.entity());
    }
    let w = p.lower(prev);
    // `It said: "…"`, `after it said it had received "…"`: the body named last.
    if let Some(body) = (w == "it")
        .then(|| said.body_named_before(p, ents, marks, prev))
        .flatten()
    {
        return Some(body);
    }
    // `Analysts at Goldman Sachs raised their target. "…," they wrote`: the body whose
    // people the sentence before named.
    if let Some(body) = (w == "they")
        .then(|| group_s_body(p, ents, marks, said, s, prev))
        .flatten()
    {
        return Some(body);
    }
    if is_pronoun(w) {
        // `X said he believed "…"`: the pronoun is the sentence's own subject.
        let own = mentions_between(p, ents, marks, s, prev)
            .find(|m| ents.kind(m.entity()) == EntityKind::Person)
            .map(|m| m.entity());
        return own.or_else(|| said.person(w, ents));
    }
    // `He was sacked after writing an article which described Arabs as "…"`: what a thing
    // says, its author does, the pronoun opening the sentence (but `a BBC report that
    // said` is the body's).
    let a_things_words = matches!(w, "which" | "that")
        && prev > s + 2
        && p.is_word(prev - 1)
        && !p.is_capitalised(prev - 1)
        && !refers_to_a_body(p.lower(prev - 1))
        && !p.is_capitalised(prev - 2)
        && !lexicon::is_possessive(p.word(prev - 2));
    if a_things_words && is_pronoun(p.lower(s)) {
        return said.person(p.lower(s), ents);
    }
    if w == "who" && prev > s {
        let mut b = prev - 1;
        if p.is_punct(b, ",") && b > s {
            b -= 1;
        }
        if let Some(m) = ents.ending_at(p.index, b) {
            return Some(m.entity());
        }
    }
    // `The home secretary said`: a title the text gave a named person earlier; any other
    // title (`The Party Co-Chairman said`) is the person in focus.
    if let Some(e) = titled_person(p, ents, s, t) {
        return Some(e);
    }
    if lexicon::speaks_for_a_body(p.lower(prev)) {
        // `A spokeswoman said`: for the person a possessive names, else for the body named
        // just before, else, when this paragraph names none before her, for the one the
        // paragraphs before named last (`BA said it was disappointed.` / `A spokeswoman
        // said: "…"`); but one of a country, with no body named, speaks for none (`A senior
        // Japanese official, who declined to be named, said`).
        let of_a_country = || (s..prev).any(|k| lexicon::is_demonym(p.word(k)));
        // (`A ministry spokesman said`: the body the noun means; `A Stagecoach spokeswoman
        // said`: the one named.)
        if let Some(body) = the_body_s_spokesman(p, prev) {
            return the_body_meant(p, ents, marks, t, body, said);
        }
        let named = (prev.checked_sub(1))
            .and_then(|k| ents.ending_at(p.index, k))
            .filter(|m| m.first() > s && has_spokesmen(ents, m.entity()));
        if let Some(m) = named {
            return Some(m.entity());
        }
        // `His spokeswoman said`, `her official spokesman said`: the person the pronoun
        // means speaks through them.
        let whose = (prev.saturating_sub(2).max(s)..prev)
            .rev()
            .take_while(|&k| (p.is_word(k) && !p.is_capitalised(k)) || k == s)
            .find(|&k| matches!(p.lower(k), "his" | "her"));
        if let Some(k) = whose {
            return said.person(p.lower(k), ents);
        }
        // (`The prime minister's official spokesman said`: the holder of the title, when the
        // text gave it to somebody, and no body.)
        let for_a_person = spokesman_for_a_person(p, ents, s, prev);
        if for_a_person.is_some() || speaks_for_a_title(p, s, prev) {
            return for_a_person;
        }
        return body_named_before(p, ents, marks, s, t, s..prev).or_else(|| {
            said.body()
                .filter(|_| last_body_between(p, ents, marks, 0, t).is_none() && !of_a_country())
        });
    }
    // `Nokia, the world's biggest handset maker, said … The firm said`: the body named last
    // in the paragraph, or before it.
    if refers_to_a_body(p.lower(prev)) && follows_the(p, s, prev) {
        return the_body_meant(p, ents, marks, t, p.lower(prev), said);
    }
    // `A club statement said`, `a company statement said`: what the body put out.
    let statement_of_a_body = p.lower(prev) == "statement"
        && prev >= s + 2
        && refers_to_a_body(p.lower(prev - 1))
        && matches!(p.lower(prev - 2), "a" | "the");
    if statement_of_a_body {
        return the_body_meant(p, ents, marks, t, p.lower(prev - 1), said);
    }
    if super::lexicon::is_title_word(p.lower(prev)) {
        // `A spokesman for the prime minister said`: for whoever the text gave the title,
        // as `the prime minister's spokesman` is; nobody else in focus.
        let spokesman_for = (s..prev).find(|&k| {
            lexicon::is_spokesperson(p.lower(k))
                && p.lower(k + 1) == "for"
                && p.lower(k + 2) == "the"
                && (k + 3..=prev).all(|j| p.is_word(j) && !p.is_capitalised(j))
        });
        if let Some(k) = spokesman_for {
            return title_holder(p, ents, k + 3, prev, false);
        }
        return focus;
    }
    // `The Real Madrid midfielder said:`: one described by a body that is not theirs.
    if described_by_a_name(p, ents, marks, s, t) {
        return focus;
    }
    // `The Frenchman refused to comment on Campbell's remarks but said:`: a subject that
    // refers back to the person in focus, whoever the sentence names after it.
    if opens_with_a_person_referred_back(p, s) {
        return focus;
    }
    // `Mr Ali's family said`: somebody unnamed, not the person whose family it is; so too
    // after a phrase set off before the subject (`In a statement released through
    // Lincolnshire Police, Callum's family said`).
    let after_set_off = || {
        (s + 1..prev)
            .rev()
            .find(|&k| p.is_punct(k, ","))
            .is_some_and(|comma| opens_with_unnamed_speaker(p, (comma + 1, v + 1)))
    };
    if lexicon::is_unnamed_person_noun(p.lower(prev))
        && (opens_with_unnamed_speaker(p, (s, v + 1)) || after_set_off())
    {
        return None;
    }
    // `David Cummings, head of …, said`: the subject opens the sentence; `Pennzoil chairman
    // J. Hugh Liedtke said …, but added`: the person a body's title names.
    // (`Analysts at CCS Insight said …, but Ben Wood, its chief analyst, warned`: the
    // subject of the clause after `, but`, when it names one.)
    let clause = (s + 1..t)
        .rev()
        .find(|&k| matches!(p.lower(k), "but" | "whereas") && p.is_punct(k - 1, ","))
        .map_or(s, |k| k + 1);
    let speaks = |m: &&Mention| {
        is_speaker_kind(ents, m.entity()) && ents.kind(m.entity()) != EntityKind::Place
    };
    let mut mentions = mentions_between(p, ents, marks, clause, t);
    let subject = match mentions.find(speaks) {
        Some(m) => m,
        None if clause > s => {
            mentions = mentions_between(p, ents, marks, s, t);
            mentions.find(speaks)?
        }
        None => return None,
    };
    let next = mentions.next();
    // (`Ryanair's Michael O'Leary dismissed the claims as "nonsense"`, `Liberal Democrat Paul
    // Burstow agreed`: the body's person.)
    let owned = next.filter(|next| is_the_body_s_person(p, ents, subject, next));
    let titled = next.filter(|next| {
        ents.kind(subject.entity()) == EntityKind::Organization
            && ents.kind(next.entity()) == EntityKind::Person
            && next.first() > subject.last() + 1
            // (`Labour MP Martin Salter, one of the critics, said`: a title in capitals too.)
            // (`The team, led by State Department official Jon Rosenbaum, said`: or one who
            // speaks for the body.)
            && (subject.last() + 1..next.first()).all(|k| {
                super::lexicon::is_title_word(p.lower(k))
                    || (!p.is_capitalised(k)
                        && (super::entities::is_title_modifier(p.lower(k))
                            || lexicon::speaks_for_a_body(p.lower(k))))
            })
    });
    Some(titled.or(owned).unwrap_or(subject).entity())
}

/// `families`, `residents`, `relatives`: the plural of a noun for somebody unnamed.
fn plural_of_an_unnamed_person(w: &str) -> bool {
    w.ends_with('s')
        && (lexicon::is_unnamed_person_noun(w)
            || super::entities::singulars(w).any(|one| lexicon::is_unnamed_person_noun(&one)))
}

/// `The union rejected an offer from Cosla, saying it was "…"`, `He turned down the offer,
/// saying`: `saying` set off after its clause (at `v`) is said by the clause's subject
/// opening the sentence at `s` (a name, `he` or `she`, or `the` and a body's noun, before its
/// verb), not by the last name before the comma; `None` when the sentence opens otherwise.
fn subject_of_a_participle(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    v: usize,
    s: usize,
    said: Said<'_>,
) -> Option<Option<usize>> {
    if !(p.lower(v) == "saying" && v > s + 2 && p.is_punct(v - 1, ",")) {
        return None;
    }
    let before_its_verb = |k: usize| k + 1 < v && p.is_word(k + 1) && !p.is_capitalised(k + 1);
    if is_pronoun(p.lower(s)) && before_its_verb(s) {
        return Some(said.person(p.lower(s), ents));
    }
    if p.lower(s) == "the" && refers_to_a_body(p.lower(s + 1)) && before_its_verb(s + 1) {
        return Some(the_body_meant(p, ents, marks, s, p.lower(s + 1), said));
    }
    let named = mentions_between(p, ents, marks, s, v)
        .next()
        .filter(|m| m.first() == s && before_its_verb(m.last()))
        .filter(|m| is_speaker_kind(ents, m.entity()))
        .filter(|m| ents.kind(m.entity()) != EntityKind::Place)?;
    Some(Some(named.entity()))
}

/// `Jan Berry, chairman of the Police Federation`, `Mike Watkins, head of insight at
/// NielsenIQ` (the body's name ending at `last`): the person the title after the comma is
/// given to.
fn holder_of_a_body_s_title(p: &Para, ents: &Entities, s: usize, last: usize) -> Option<usize> {
    let body = ents.ending_at(p.index, last)?;
    let mut k = body.first().checked_sub(1)?;
    if p.lower(k) == "the" {
        k = k.checked_sub(1)?;
    }
    if !matches!(p.lower(k), "of" | "at") {
        return None;
    }
    // (`Mike Watkins, head of retailer insight at NielsenIQ, which compiles the figures,
    // said`: a title with what it is head of, and the body it is held at.)
    let title = (s..k).rev().take(12).find(|&j| p.is_some_punct(j))? + 1;
    let a_title = |w: &str| lexicon::is_title_word(w) || is_title_modifier(w);
    if title == k || title < s + 2 || !p.is_punct(title - 1, ",") || !a_title(p.lower(title)) {
        return None;
    }
    ents.ending_at(p.index, title - 2)
        .filter(|m| ents.kind(m.entity()) == EntityKind::Person)
        .map(|m| m.entity())
}

/// The person named right after a body is the body's, who speaks for it: one its possessive
/// names (`Ryanair's Michael O'Leary`) or a party's member (`Tory Liam Fox`).
fn is_the_body_s_person(p: &Para, ents: &Entities, body: &Mention, next: &Mention) -> bool {
    // (`GfK's Fiona Dobson`: whatever the owner was read as, a person named right after a
    // possessive is the owner's.)
    next.first() == body.last() + 1
        && ents.kind(next.entity()) == EntityKind::Person
        && (lexicon::is_possessive(p.word(body.last()))
            || ents.kind(body.entity()) == EntityKind::Organization)
}

/// The sentence from `s` opens with somebody named before, by a noun for a person of a
/// country (`The Frenchman`, `the Scot`) or one describing a person (`The campaigner`).
fn opens_with_a_person_referred_back(p: &Para, s: usize) -> bool {
    if p.lower(s) != "the" {
        return false;
    }
    let describing = !p.is_capitalised(s + 1) && lexicon::describes_person(p.lower(s + 1));
    // (`The Henley MP, who …, said`: a member by the seat's name.)
    let member_for_a_seat = (s + 2..s + 4)
        .take_while(|&k| p.is_capitalised(k - 1))
        .any(|k| matches!(p.word(k), "MP" | "MSP" | "MEP" | "AM" | "TD"));
    a_person_of_a_country(p, s + 1)
        || describing
        || member_for_a_seat
        || opens_with_an_age_or_a_described_noun(p, s)
}

/// The word at `k` is a noun for one of a country's people: `Frenchman`, `Scot`.
fn a_person_of_a_country(p: &Para, k: usize) -> bool {
    let w = p.lower(k);
    // (`The American`, `The Israeli`: an adjective that is a noun for one of its people too;
    // not `The French`, nor `The American Bankers Association`.)
    let a_noun_too = (w.ends_with("an") || w.ends_with('i')) && !p.is_capitalised(k + 1);
    lexicon::is_a_national(p.word(k)) || (a_noun_too && lexicon::is_demonym(p.word(k)))
}

/// `The 35-year-old`: an age right after the word at `s`, four tokens to the noun after it.
fn age_after_the(p: &Para, s: usize) -> bool {
    p.is_number(s + 1) && p.is_punct(s + 2, "-") && p.lower(s + 3).starts_with("year-old")
}

/// `The 30-year-old said`, `The 30-year-old striker`, `The 31-year-old Briton`, `The tennis
/// player`: an age standing for its person, or words in lower case before a noun describing
/// a person.
fn opens_with_an_age_or_a_described_noun(p: &Para, s: usize) -> bool {
    if age_after_the(p, s) {
        let k = s + 4;
        return p.is_punct(k, ",")
            || speech_verb_at(p, k)
            || (!p.is_capitalised(k) && lexicon::describes_person(p.lower(k)))
            || a_person_of_a_country(p, k);
    }
    // (`The former chat show host`: up to three such words; `The former Olympic champion`:
    // an adjective of a name's, too.)
    let name_s_adjective = |k: usize| {
        let w = p.lower(k);
        lexicon::is_demonym(p.word(k)) || (w.len() > 4 && w.ends_with("ic"))
    };
    let modifier = |k: usize| {
        p.is_word(k)
            && (!p.is_capitalised(k) || (k > s + 1 && name_s_adjective(k)))
            && !lexicon::is_function_word(p.lower(k))
    };
    (s + 2..s + 5)
        .take_while(|&k| modifier(k - 1))
        .any(|k| !p.is_capitalised(k) && lexicon::describes_person(p.lower(k)))
}

/// Whom the spokesman at `spokesman` speaks for when a possessive before it names a person
/// (`Gordon Brown's spokesman`, `Tony Blair's official spokesman`) or a title given to one
/// (`the prime minister's official spokesman`).
fn spokesman_for_a_person(p: &Para, ents: &Entities, s: usize, spokesman: usize) -> Option<usize> {
    let possessives = || {
        (spokesman.saturating_sub(3).max(s)..spokesman)
            .filter(|&k| lexicon::possessive_owner(p.word(k)).is_some())
    };
    let named = possessives().rev().find_map(|k| {
        let m = ents.ending_at(p.index, k)?;
        let own = ents.kind(m.entity()) == EntityKind::Person
            && (k + 1..spokesman).all(|j| p.is_word(j) && !p.is_capitalised(j));
        own.then(|| m.entity())
    });
    named.or_else(|| {
        possessives().find_map(|k| title_holder(p, ents, k.saturating_sub(2).max(s), k, true))
    })
}

/// The spokesperson at `spokesman` speaks for whoever holds a title in the possessive a few
/// words before, after `s`: `the prime minister's official spokesman`, `the chancellor's
/// spokeswoman`.
fn speaks_for_a_title(p: &Para, s: usize, spokesman: usize) -> bool {
    (spokesman.saturating_sub(3).max(s)..spokesman).any(|k| {
        p.is_word(k)
            && !p.is_capitalised(k)
            && lexicon::possessive_owner(p.lower(k)).is_some_and(lexicon::is_title_word)
    })
}

/// The noun at `noun` follows `the`, with at most two words describing it between: `the
/// firm`, `the Irish carrier`, `the budget airline`, `the Toulouse-based company`.
fn follows_the(p: &Para, s: usize, noun: usize) -> bool {
    let describes = |k: usize| {
        lexicon::is_demonym(p.word(k))
            || (p.is_word(k) && !p.is_capitalised(k) && !lexicon::is_function_word(p.lower(k)))
            || lexicon::says_where_based(p.word(k))
    };
    let mut k = noun;
    while k > s + 1 && noun - k < 2 && describes(k - 1) {
        k -= 1;
    }
    k > s && p.lower(k - 1) == "the"
}

/// A noun that `the` puts before a body named earlier: `the firm`, `the carmaker`, `the
/// ministry`.
fn refers_to_a_body(w: &str) -> bool {
    lexicon::describes_body(w)
        || names_only_its_own(w)
        || matches!(
            w,
            "firm"
                | "company"
                | "group"
                | "bank"
                | "union"
                | "club"
                | "agency"
                | "corporation"
                | "board"
                // `the electronics giant`
                | "giant"
                // `The band, whose debut album …, said`
                | "band"
        )
}

/// A body's noun that means only a body whose name holds it: `the ministry` is the Finance
/// Ministry named before, never a company.
fn names_only_its_own(w: &str) -> bool {
    matches!(
        w,
        "ministry"
            | "department"
            | "commission"
            | "council"
            | "committee"
            | "authority"
            | "association"
            | "federation"
            | "institute"
    )
}

/// The body `the firm` (`noun`) stands for before token `to`, named in the paragraph or, when
/// it names none, in the paragraphs before: the last one whose name holds the noun (`the bank`
/// for `Citibank`, `the union` for `the Canadian Union of Mine Workers`, `the board` for
/// `GenCorp Inc's board`), else the last not named as the object of a preposition (`Acme
/// Corp said it rejected a bid from Beta Inc. The company said` → Acme Corp), else the last.
fn the_body_meant(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    to: usize,
    noun: &str,
    said: Said<'_>,
) -> Option<usize> {
    let here: Vec<BodyNamed> = bodies_between(p, ents, marks, 0, to)
        .map(|m| BodyNamed::at(p, m))
        .collect();
    let bodies = if here.is_empty() {
        said.bodies_before
    } else {
        &here
    };
    let holds_the_noun = |b: &&BodyNamed| {
        let name = ents.name(b.entity).as_bytes();
        // (`GenCorp Inc's board of directors rejected …`: the body whose board it is.)
        b.next == noun
            || name
                .split(|&c| c == b' ')
                .any(|w| w.eq_ignore_ascii_case(noun.as_bytes()))
            || (noun == "bank"
                && name.len() >= 4
                && name[name.len() - 4..].eq_ignore_ascii_case(b"bank"))
    };
    let named = bodies.iter().rfind(holds_the_noun);
    if names_only_its_own(noun) || is_a_public_body(noun) {
        return named.map(|b| b.entity);
    }
    // (`The airline said` in a story that named only a union, here or before: nobody named.)
    let business = names_a_business(noun);
    let no_business = |entity: usize| {
        said.trades_in_nothing.get(entity) == Some(&Some(true))
            || name_trades_in_nothing(ents, entity)
    };
    let may_mean =
        |b: &&BodyNamed| !(business && (trades_in_nothing(&b.next) || no_business(b.entity)));
    named
        .or_else(|| bodies.iter().filter(may_mean).rfind(|b| !b.object))
        .map(|b| b.entity)
        .or(said
            .subject_body
            .filter(|&e| here.is_empty() && !(business && no_business(e))))
        .or_else(|| bodies.iter().rfind(may_mean).map(|b| b.entity))
}

/// The mention is the object of a preposition (`a bid from Beta Inc`), or listed after one
/// (`lost ground to Tesco and Asda`): a body named in passing, not one its sentence is about.
fn named_as_an_object(p: &Para, m: &Mention) -> bool {
    let preposition = |k: usize| {
        matches!(
            p.lower(k),
            "from"
                | "by"
                | "with"
                | "of"
                | "for"
                | "to"
                | "against"
                | "into"
                | "on"
                | "at"
                | "behind"
                | "over"
                | "than"
                | "in"
        )
    };
    // (`a bid from rival Beta Inc`, `20 points behind leaders Manchester City`: a noun for it
    // between.)
    let after_a_preposition = |k: usize| {
        let mut j = k;
        if j > 1
            && p.is_word(j - 1)
            && !p.is_capitalised(j - 1)
            && !lexicon::is_function_word(p.lower(j - 1))
        {
            j -= 1;
        }
        if j > 1 && matches!(p.lower(j - 1), "the" | "a") {
            j -= 1;
        }
        j > 0 && preposition(j - 1)
    };
    if after_a_preposition(m.first()) {
        return true;
    }
    // Back over the list's earlier names, each a few capitalised words after `,` or `and`.
    let mut k = m.first();
    for _ in 0..3 {
        if k < 2 || !(p.is_punct(k - 1, ",") || matches!(p.lower(k - 1), "and" | "or")) {
            return false;
        }
        k -= 1;
        let name_end = k;
        while k > 0 && name_end - k < 4 && p.is_capitalised(k - 1) {
            k -= 1;
        }
        if k == name_end {
            return false;
        }
        if after_a_preposition(k) {
            return true;
        }
    }
    false
}

/// The last organisation named in this sentence before `t`, or in the sentence before it; one
/// named for the country of a demonym among the words `described_by` (those before a
/// spokesman), if there is one.
fn body_named_before(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    s: usize,
    t: usize,
    described_by: std::ops::Range<usize>,
) -> Option<usize> {
    let from = if s > 0 { p.sentence_of(s - 1).0 } else { s };
    // (`… the Kuwait Investment Office has built up a stake in BP. "…," a Kuwaiti spokesman
    // said`: one of a country speaks for the body named for it.)
    let of_that_country = described_by
        .into_iter()
        .find(|&k| lexicon::is_demonym(p.word(k)))
        .and_then(|k| {
            bodies_between(p, ents, marks, from, t)
                .filter(|m| named_for_a_country(ents.name(m.entity()), p.word(k)))
                .last()
        });
    of_that_country
        .map(|m| m.entity())
        .or_else(|| last_body_between(p, ents, marks, from, t))
}

/// `Kuwait Investment Office` for `Kuwaiti`, `Japan Air Lines` for `Japanese`: a word of the
/// body's name is the country the demonym is of, told by the letters they share (at least
/// four, and all of the country's but its last two: `Mexico` for `Mexican`).
fn named_for_a_country(name: &str, demonym: &str) -> bool {
    name.split(' ').any(|w| {
        let shared = w
            .bytes()
            .zip(demonym.bytes())
            .take_while(|(a, b)| a == b)
            .count();
        shared >= 4 && shared + 2 >= w.len() && w.as_bytes()[0].is_ascii_uppercase()
    })
}

/// The body that opens the sentence before the one holding token `at` as its subject
/// (`Ofcom said …`, `The European Commission has ruled …`), if one does.
fn subject_of_the_sentence_before(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    at: usize,
) -> Option<usize> {
    let (s, _) = p.sentence_of(at);
    let (before, _) = p.sentence_of(s.checked_sub(1)?);
    let subject = before + usize::from(p.lower(before) == "the");
    bodies_between(p, ents, marks, before, s)
        .next()
        .filter(|m| m.first() == subject)
        .map(|m| m.entity())
}

/// The last organisation named between tokens `from` and `to` (see `bodies_between`).
fn last_body_between(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    from: usize,
    to: usize,
) -> Option<usize> {
    bodies_between(p, ents, marks, from, to)
        .last()
        .map(|m| m.entity())
}

/// The last body named in sentence `s`, or the one before it, by its people: `analysts at
/// Goldman Sachs`, `Texaco officials`. What `they` said is the body's. A paragraph's first
/// sentence looks back to the paragraph before.
fn group_s_body(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    said: Said,
    s: usize,
    to: usize,
) -> Option<usize> {
    let from = if s > 0 { p.sentence_of(s - 1).0 } else { s };
    let named_here = bodies_between(p, ents, marks, from, to)
        .filter(|m| named_by_its_people(p, m))
        .last()
        .map(|m| m.entity());
    named_here.or_else(|| {
        let before = (s == 0).then(|| said.bodies_before.iter().rfind(|b| b.by_its_people));
        before.flatten().map(|b| b.entity)
    })
}

/// The body mentioned at `m` is named by its people: `analysts at Goldman Sachs`, `Texaco
/// officials`.
fn named_by_its_people(p: &Para, m: &Mention) -> bool {
    let of = m.first() >= 2 && matches!(p.lower(m.first() - 1), "at" | "of" | "from");
    (of && speaks_as_a_group(p.lower(m.first() - 2))) || speaks_as_a_group(p.lower(m.last() + 1))
}

/// People who speak together for the body they work at: `analysts`, `officials`.
fn speaks_as_a_group(w: &str) -> bool {
    matches!(
        w,
        "analysts"
            | "economists"
            | "strategists"
            | "researchers"
            | "officials"
            | "executives"
            | "spokesmen"
            | "sources"
            | "bankers"
            | "dealers"
            | "traders"
            | "directors"
            | "managers"
            | "lawyers"
            | "leaders"
            | "negotiators"
            | "representatives"
    )
}

/// The organisations named between tokens `from` and `to`, outside quotes, and not as the
/// maker of things counted (`ordered 70 Boeing jets`, `two Nokia phones`).
fn bodies_between<'a>(
    p: &'a Para,
    ents: &'a Entities,
    marks: &'a [Marks],
    from: usize,
    to: usize,
) -> impl Iterator<Item = &'a Mention> {
    let counted = move |m: &Mention| {
        m.first() > 0
            && (p.is_number(m.first() - 1)
                || lexicon::small_number(p.lower(m.first() - 1)).is_some())
    };
    mentions_between(p, ents, marks, from, to)
        .filter(move |m| ents.kind(m.entity()) == EntityKind::Organization && !counted(m))
}

/// A lower-case title before a verb (`the home secretary said`) that the text earlier put
/// before a person's name (`Home Secretary Charles Clarke`).
fn titled_person(p: &Para, ents: &Entities, s: usize, t: usize) -> Option<usize> {
    // `the home secretary`; not `A Downing Street spokesman` after `spokesman Sir Menzies
    // Campbell`: another one.
    let last = t.checked_sub(1)?;
    title_holder(p, ents, last.saturating_sub(2).max(s), last, false)
}

/// The person given the lower-case title that starts after a `the`, no earlier than
/// `from`, and ends at token `last`, in the possessive when `possessive` (`the prime
/// minister's`).
fn title_holder(
    p: &Para,
    ents: &Entities,
    from: usize,
    last: usize,
    possessive: bool,
) -> Option<usize> {
    if ents.titles.is_empty() {
        return None;
    }
    (from..=last)
        .filter(|&start| start > 0 && p.lower(start - 1) == "the")
        .find_map(|start| {
            let words = p.lower_words(start, last);
            let title = if possessive {
                lexicon::possessive_owner(&words)?
            } else {
                &words
            };
            let given = ents.titles.get(title)?;
            given.before(p.index, start).then_some(given.entity)
        })
        .or_else(|| {
            (!possessive)
                .then(|| body_s_title_holder(p, ents, from, last))
                .flatten()
        })
}

/// `the Chelsea manager`, `the Texaco spokesman`, from `from` to `last`: the person given
/// the title after the same body's name (`Chelsea manager Jose Mourinho`).
fn body_s_title_holder(p: &Para, ents: &Entities, from: usize, last: usize) -> Option<usize> {
    (from..last)
        .filter(|&start| start > 0 && p.lower(start - 1) == "the" && p.is_capitalised(start))
        .find_map(|start| {
            let body = (start..last)
                .find_map(|k| ents.ending_at(p.index, k).filter(|m| m.first() == start))?;
            let title_first = body.last() + 1;
            let title = p.lower_words(title_first, last);
            // (`the Chelsea boss`: whoever leads it, by the title given.)
            let titles: &[&str] = if title == "boss" {
                &LEADERS
            } else {
                &[title.as_ref()]
            };
            titles.iter().find_map(|&title| {
                let given = ents.body_titles.get(&(body.entity(), title.to_string()))?;
                given.before(p.index, start).then_some(given.entity)
            })
        })
}

/// The titles of whoever leads a body, that a story calls its `boss`.
const LEADERS: [&str; 8] = [
    "manager",
    "coach",
    "executive",
    "chairman",
    "head",
    "leader",
    "president",
    "boss",
];

/// The person a sentence is about, for pronouns in the sentences after it.
/// Whom a sentence is about, for the `he said` after it.
enum Subject {
    Named(usize),
    /// Somebody the story does not name: `The woman's son said …`.
    Unnamed,
}

/// Whom the sentence `(s, e)` is about, when it says (else the focus stays where it was).
fn sentence_focus(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    sentence_speakers: &[Option<usize>],
    (s, e): (usize, usize),
) -> Option<Subject> {
    // (The holder of the title a spokesman speaks for, when the text gave it to somebody.)
    let titles_holder = || {
        let spokesman = titles_spokesman_opens(p, (s, e))?;
        spokesman_for_a_person(p, ents, s, spokesman).map(Subject::Named)
    };
    named_focus(p, ents, marks, sentence_speakers, (s, e))
        .map(Subject::Named)
        .or_else(titles_holder)
        .or_else(|| opens_with_unnamed_speaker(p, (s, e)).then_some(Subject::Unnamed))
}

/// `The woman's son said`, `One witness told`, `Her husband added`: a sentence whose subject
/// is somebody the story does not name, speaking.
fn opens_with_unnamed_speaker(p: &Para, (s, e): (usize, usize)) -> bool {
    let first = p.lower(s);
    // (`Mr Ali's family said`: whose, by a name of up to three words.)
    let owner_named = (s..(s + 3).min(e))
        .take_while(|&k| p.is_capitalised(k))
        .find(|&k| lexicon::possessive_owner(p.word(k)).is_some());
    let owned = matches!(first, "his" | "her" | "their")
        || (first == "the" && lexicon::possessive_owner(p.lower(s + 1)).is_some());
    if titles_spokesman_opens(p, (s, e)).is_some() {
        return true;
    }
    let noun_from = match owner_named {
        Some(owner) => owner + 1,
        None if owned || is_indefinite(first) => s + 1,
        None => return false,
    };
    let Some(v) = (noun_from..(noun_from + 6).min(e)).find(|&k| speech_verb_at(p, k)) else {
        return false;
    };
    // (`A spokesman for the family said`, `a spokesman for the organisers said`: for
    // somebody unnamed too; not `a spokeswoman for the company`, who speaks for the body.)
    let spokesman_for_the_unnamed = || {
        v >= noun_from + 4
            && p.lower(v - 2) == "the"
            && p.lower(v - 3) == "for"
            && lexicon::speaks_for_a_body(p.lower(v - 4))
            && !refers_to_a_body(p.lower(v - 1))
    };
    v > noun_from
        && (noun_from..v).all(|k| p.is_word(k) && !p.is_capitalised(k))
        && ((v <= noun_from + 3 && lexicon::is_unnamed_person_noun(p.lower(v - 1)))
            || spokesman_for_the_unnamed())
}

/// `The prime minister's official spokesman rejected …`: the sentence `(s, e)` opens with the
/// spokesman of a title in lower case, who speaks for its holder; the spokesman's token.
fn titles_spokesman_opens(p: &Para, (s, e): (usize, usize)) -> Option<usize> {
    if p.lower(s) != "the" {
        return None;
    }
    let noun = (s + 2..(s + 5).min(e))
        .take_while(|&k| p.is_word(k) && !p.is_capitalised(k))
        .find(|&k| lexicon::is_spokesperson(p.lower(k)))?;
    (speaks_for_a_title(p, s, noun) && speech_verb_at(p, noun + 1)).then_some(noun)
}

/// `The Pope said: "…"`, `"…," the Queen said`: quote `k`'s sentence has a title only one
/// person holds speak, and the story gave it to nobody it named; nobody else spoke.
fn said_by_a_sole_title_unnamed(p: &Para, ents: &Entities, marks: &[Marks], k: usize) -> bool {
    let (s, e) = p.sentence_of(marks[k].open);
    // (Capitals first: asked of every word of a quote's sentence.)
    (s + 1..e).any(|t| {
        p.is_capitalised(t)
            && matches!(
                p.lower(t),
                "pope" | "pontiff" | "queen" | "king" | "emperor"
            )
            && p.lower(t - 1) == "the"
            && (speech_verb_at(p, t + 1) || (t >= 2 && speech_verb_at(p, t - 2)))
            && !ents.titles.contains_key(p.lower(t))
    })
}

/// Quote `k` follows the verb of a sentence whose subject is somebody the story does not
/// name (`His wife said: "…"`, `Mr Ali's family said they had lost "…"`): nobody else's
/// words, not even the person the story is about.
fn said_by_an_unnamed_subject(p: &Para, marks: &[Marks], k: usize) -> bool {
    let (s, e) = p.sentence_of(marks[k].open);
    marks[k].open > s + 2 && opens_with_unnamed_speaker(p, (s, e))
}

/// `An association spokesman said …`: the body an unnamed spokesman's sentence speaks for,
/// whom `"…," he said` next means.
fn spokesman_speaks_for(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    (s, e): (usize, usize),
    said: Said<'_>,
) -> Option<usize> {
    // (The rare noun first: this is asked of every sentence with no quote.)
    let opening = (s..(s + 4).min(e))
        .find(|&k| lexicon::speaks_for_a_body(p.lower(k)) && speech_verb_at(p, k + 1));
    let Some(spokesman) = opening else {
        // `USAir has until April 20 to respond, a USAir spokesman said.`: reported at the
        // sentence's end, for the body named right before the noun.
        let reported = e >= s + 5
            && p.is_punct(e - 1, ".")
            && lexicon::speaks_for_a_body(p.lower(e - 3))
            && speech_verb_at(p, e - 2);
        if !reported {
            return None;
        }
        // (`Shareholders would get warrants, a spokeswoman said.`: naming nobody, for the
        // body the story is about, the last named as a subject.)
        if is_indefinite(p.lower(e - 4)) && is_spokesperson(p.lower(e - 3)) {
            return said.subject_body;
        }
        let body = ents.ending_at(p.index, e - 4)?;
        // (`a USAir spokesman`: whatever kind the name was given, a body has spokesmen.)
        return Some(body.entity()).filter(|&b| ents.kind(b) != EntityKind::Person);
    };
    subject_before(p, ents, marks, spokesman + 1, s, said).filter(|&body| has_spokesmen(ents, body))
}

/// A body, or a name of one word whatever it was read as (`Stagecoach admitted …` reads as a
/// person's name): whom `a Stagecoach spokeswoman` speaks for.
fn has_spokesmen(ents: &Entities, entity: usize) -> bool {
    ents.kind(entity) == EntityKind::Organization || !ents.name(entity).contains(' ')
}

/// `Radcliffe's coach, Gary Lough, said`: the person a possessive's role names, right after
/// it, is whom the sentence is about.
fn whose_role_is_named(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    owner: &Mention,
    e: usize,
) -> Option<usize> {
    let last = owner.last();
    // (`Saunders' lawyer`: a plain apostrophe after the `s`, a token of its own.)
    let role = if p.apostrophe_after_s(last) {
        last + 2
    } else {
        lexicon::possessive_owner(p.word(last))?;
        last + 1
    };
    let w = p.lower(role);
    let a_person = lexicon::is_title_word(w)
        || lexicon::describes_person(w)
        || lexicon::is_unnamed_person_noun(w);
    if !p.is_word(role) || p.is_capitalised(role) || !a_person {
        return None;
    }
    let holder = mentions_between(p, ents, marks, role + 1, (role + 4).min(e)).next()?;
    let between_is_role = (role..holder.first())
        .all(|k| p.is_punct(k, ",") || (p.is_word(k) && !p.is_capitalised(k)));
    (between_is_role && ents.kind(holder.entity()) == EntityKind::Person).then(|| holder.entity())
}

fn named_focus(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    sentence_speakers: &[Option<usize>],
    (s, e): (usize, usize),
) -> Option<usize> {
    let quoted = sentence_speakers
        .iter()
        .filter_map(|sp| *sp)
        .find(|&sp| ents.kind(sp) == EntityKind::Person);
    if quoted.is_some() {
        return quoted;
    }
    if let Some(m) =
        mentions_between(p, ents, marks, s, e).find(|m| ents.kind(m.entity()) == EntityKind::Person)
    {
        // `The singer, 34, took the prize, beating Lana Del Rey`, `She thanked Jay-Z`: a
        // sentence about the person in focus names others after its subject.
        // `the singer`, `the former minister`; not `the carmaker` or `the embattled lender`.
        let person_noun = |k: usize| {
            let w = p.lower(k);
            if lexicon::is_describing_adjective(w) {
                return !lexicon::describes_body(p.lower(k + 1));
            }
            lexicon::is_title_word(w) || lexicon::describes_person(w) || w.ends_with("-year-old")
        };
        // `The 35-year-old singer`: an age before the noun says nothing of who it is.
        let age = age_after_the(p, s);
        let noun = if age { s + 4 } else { s + 1 };
        let subject_refers_back = match p.lower(s) {
            "he" | "she" => true,
            // (`The 17-year-old from Devon beat …`: an age with no noun after it, before a
            // preposition, stands for its person too.)
            "the" => {
                !p.is_capitalised(noun)
                    && (person_noun(noun)
                        || (age && (!p.is_word(noun) || lexicon::is_function_word(p.lower(noun)))))
            }
            _ => false,
        };
        if subject_refers_back && m.first() > s + 2 {
            return None;
        }
        // `Speaking in Downing Street, the prime minister said the world was safer without
        // Saddam Hussein`: a person named in what somebody referred back to said.
        let reported = (s + 1..m.first())
            .find(|&v| speech_verb_at(p, v))
            .is_some_and(|v| {
                let w = p.lower(v - 1);
                is_pronoun(w)
                    || (lexicon::is_title_word(w)
                        && (v.saturating_sub(4)..v - 1).any(|k| p.lower(k) == "the"))
            });
        if reported {
            return None;
        }
        // (`… until it reaches agreement with the Paris Club, Finance Minister Luiz Carlos
        // Bresser Pereira said.`: but one who says the whole sentence, after its last comma,
        // is.)
        let says_it_all = speech_verb_at(p, m.last() + 1)
            && (m.last() + 2 >= e || p.is_punct(m.last() + 2, "."))
            && (m.first().saturating_sub(4).max(s)..m.first()).any(|k| p.is_punct(k, ","));
        if says_it_all {
            return Some(m.entity());
        }
        // `The Blues lost after Didier Drogba was sent off`: a person named in a clause that
        // hangs off the sentence is not what it is about.
        if (s + 1..m.first()).any(|k| lexicon::is_subordinator(p.lower(k))) {
            return None;
        }
        // `Newcastle led through Alan Shearer's penalty`, `He was beaten by Roger Federer`:
        // a person named after a preposition is not what the sentence is about.
        // (`In an interview with the BBC's Andrew Marr, Mr Blair said`: the person named
        // after the opening phrase's comma is.)
        if m.first() > s && governed_by_a_preposition(p, m.first()) {
            let comma = (m.last() + 1..e).find(|&k| p.is_punct(k, ","))?;
            let subject = comma + 1 + usize::from(lexicon::is_honorific(p.word(comma + 1)));
            return mentions_between(p, ents, marks, comma + 1, e)
                .next()
                .filter(|n| n.first() == subject && ents.kind(n.entity()) == EntityKind::Person)
                .map(|n| n.entity());
        }
        return Some(whose_role_is_named(p, ents, marks, m, e).unwrap_or(m.entity()));
    }
    // `A Department for Work and Pensions spokesman said …`, `An EC Commission official
    // said …`: `he said` or `the official said` next is the body. (Names are looked up only
    // in a sentence that says `spokesman` early.)
    if (s..(s + 8).min(e)).any(|k| lexicon::speaks_for_a_body(p.lower(k))) {
        let mut opening = mentions_between(p, ents, marks, s, e).take_while(|m| m.first() <= s + 1);
        let speaks_for = opening.find(|m| {
            has_spokesmen(ents, m.entity()) && lexicon::speaks_for_a_body(p.lower(m.last() + 1))
        });
        if let Some(m) = speaks_for {
            return Some(m.entity());
        }
        // `A spokesman for Vodafone said …`, `A spokesman for the GSM Association said …`
        let for_a_body = matches!(p.lower(s), "a" | "an" | "the")
            && lexicon::speaks_for_a_body(p.lower(s + 1))
            && matches!(p.lower(s + 2), "for" | "at");
        if for_a_body {
            let body = named_right_after(p, ents, marks, s + 2, e)
                .filter(|m| ents.kind(m.entity()) == EntityKind::Organization);
            if let Some(m) = body {
                return Some(m.entity());
            }
        }
    }
    let first = (s..e).find(|&k| p.is_word(k) && p.lower(k) != "the")?;
    titled_person(p, ents, first, (first + 3).min(e))
}

/// A quote with no speaker in its sentence and none named further along its run: the quote
/// before it when nobody else is named in between, or the last quote of the paragraph before.
/// Every sentence after the quote `m` reports what `sp` said: `He said …`, `Liebenberg added
/// …`.
fn reports_to_the_end(p: &Para, ents: &Entities, marks: &[Marks], sp: usize, m: &Marks) -> bool {
    let mut s = p.sentence_of(m.end()).1;
    let n = p.tokens().len();
    if s >= n {
        return false;
    }
    while s < n {
        let (_, e) = p.sentence_of(s);
        // (`He said` of a man; not `She said` after him.)
        let the_speaker_s = |w: &str| {
            matches!(w, "he" | "she" | "it")
                && lexicon::pronoun_gender(w)
                    .is_none_or(|g| ents.gender(sp).is_none_or(|sg| sg == g))
        };
        let subject_end = if the_speaker_s(p.lower(s)) {
            Some(s)
        } else {
            mentions_between(p, ents, marks, s, s + 1)
                .find(|m| m.first() == s && m.entity() == sp)
                .map(|m| m.last())
        };
        let reported =
            subject_end.is_some_and(|k| k + 1 < e && lexicon::is_speech_verb(p.lower(k + 1)));
        if !reported {
            return false;
        }
        s = e;
    }
    true
}

/// `Manager Sir Alex Ferguson said the deal was great news.`, ending a paragraph with no
/// quote: the person named right before the speech verb of its last sentence, whose words a
/// quote opening the next paragraph goes on with.
/// Without a name: `Speaking at the launch on Wednesday, she said.`, the person a pronoun
/// means; before a colon (`The minister told reporters:`, `In a statement, the firm said:`),
/// whoever the speech verb's subject means, a body too.
fn reported_at_the_end(p: &Para, ents: &Entities, said: Said) -> Option<usize> {
    let &(s, e) = p.sentences.last()?;
    // (Its few names asked, not its every word.)
    let named = mentions_between(p, ents, &[], s, e).find(|m| speech_verb_at(p, m.last() + 1));
    if let Some(m) = named {
        return (ents.kind(m.entity()) == EntityKind::Person).then_some(m.entity());
    }
    if e > s + 2 && p.is_punct(e - 1, ":") {
        let v = (s + 1..e - 1).find(|&v| speech_verb_at(p, v))?;
        let who = subject_before(p, ents, &[], v, s, said)?;
        return matches!(
            ents.kind(who),
            EntityKind::Person | EntityKind::Organization
        )
        .then_some(who);
    }
    // (Not `which he said was good`: the pronoun must be the subject.)
    let subject = |v: usize| v == s + 1 || p.is_punct(v - 2, ",");
    // (The pronoun asked first: this is asked of every paragraph without a quote.)
    let v =
        (s + 1..e).find(|&v| is_pronoun(p.lower(v - 1)) && subject(v) && speech_verb_at(p, v))?;
    said.person(p.lower(v - 1), ents)
        .filter(|&who| ents.kind(who) == EntityKind::Person)
}

fn carried_speaker(
    p: &Para,
    ents: &Entities,
    marks: &[Marks],
    speakers: &[Option<usize>],
    k: usize,
    previous_paragraph_tail: Option<usize>,
) -> Option<usize> {
    if k > 0 {
        if let Some(sp) = speakers[k - 1] {
            let from = p.sentence_of(marks[k - 1].end()).1;
            let other = mentions_between(p, ents, marks, from, marks[k].open)
                .any(|m| ents.kind(m.entity()) == EntityKind::Person && m.entity() != sp);
            if !other {
                return Some(sp);
            }
        }
        return None;
    }
    if marks[k].open == 0 {
        return previous_paragraph_tail;
    }
    // A quote right after a sentence about someone is theirs.
    let (s, _) = p.sentence_of(marks[k].open);
    if s > 0 {
        let (ps, _) = p.sentence_of(s - 1);
        return mentions_between(p, ents, marks, ps, s)
            .find(|m| ents.kind(m.entity()) == EntityKind::Person)
            .map(|m| m.entity());
    }
    None
}

#[cfg(test)]
mod tests;
