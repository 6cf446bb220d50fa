use super::*;
use crate::model::Role;

fn quotes(text: &str) -> Vec<(String, Option<String>)> {
    let paras: Vec<Para> = text
        .split("\n\n")
        .enumerate()
        .map(|(i, t)| Para::new(i, t, Role::Body))
        .collect();
    let ents = super::super::entities::find(&paras);
    find(&paras, &ents)
        .into_iter()
        .map(|q| {
            (
                paras[q.span.paragraph()].text()[q.span.range()].into(),
                q.speaker.map(Into::into),
            )
        })
        .collect()
}

fn q(t: &str, s: Option<&str>) -> (String, Option<String>) {
    (t.into(), s.map(Into::into))
}

#[test]
fn a_verb_said_of_a_thing_before_the_quote_leaves_the_reporting_verb_s_subject_speaking() {
    assert_eq!(
        quotes(
            "Governor Manuel Johnson said he saw no need for a cut. He said the \
             agreement reached by the White House and Congress, which calls for cuts of \
             30 billion dlrs, was \"a step in the right direction\". He said the plan \
             agreed last week was \"a good start\". He said he had read the IMF report, \
             which said growth was \"weak\"."
        ),
        [
            q("a step in the right direction", Some("Manuel Johnson")),
            q("a good start", Some("Manuel Johnson")),
            q("weak", Some("IMF")),
        ]
    );
}

#[test]
fn whom_a_body_quoted_as_saying_speaks() {
    assert_eq!(
        quotes(
            "Tehran Radio, monitored in Nicosia, quoted Prime Minister Mirhossein Mousavi as \
             saying that \"the Gulf will become a graveyard.\""
        ),
        [q(
            "the Gulf will become a graveyard.",
            Some("Mirhossein Mousavi")
        )]
    );
    // After the quote too, and `him` for the person in focus.
    assert_eq!(
        quotes(
            "Oil Minister Gholamreza Aqazadeh said output was steady.\n\n\
             \"Prices have stabilised,\" IRNA quoted him as saying. \"We are calm,\" the \
             agency quoted Aqazadeh as saying."
        ),
        [
            q("Prices have stabilised", Some("Gholamreza Aqazadeh")),
            q("We are calm", Some("Gholamreza Aqazadeh")),
        ]
    );
}

#[test]
fn his_spokeswoman_speaks_for_him() {
    assert_eq!(
        quotes(
            "Rock star David Bowie has cancelled his tour.\n\n\
             His spokeswoman said he was \"recovering well\". A spokesman for the \
             family said: \"He needs rest.\"\n\n\
             \"We are sad,\" a spokesman for the organisers said."
        ),
        [
            q("recovering well", Some("David Bowie")),
            q("He needs rest.", None),
            q("We are sad", None),
        ]
    );
}

#[test]
fn a_person_s_agent_named_after_a_comma_speaks() {
    assert_eq!(
        quotes(
            "Paula Radcliffe has withdrawn. \"Paula is devastated,\" said her agent, Kim \
             McDonald."
        ),
        [q("Paula is devastated", Some("Kim McDonald"))]
    );
}

#[test]
fn claims_or_calls_after_an_object_are_nouns_and_the_subject_speaks() {
    assert_eq!(
        quotes(
            "Tony Blair has dismissed Conservative claims that Labour would raise taxes as \
             \"scare stories\". Mr Brown rejected the calls for \"a windfall tax\". \
             Anna Berg claims that Labour is \"the party of business\". Acme chief \
             executive John Smith claims it is \"fine\"."
        ),
        [
            q("scare stories", Some("Tony Blair")),
            q("a windfall tax", Some("Brown")),
            q("the party of business", Some("Anna Berg")),
            q("fine", Some("John Smith")),
        ]
    );
}

#[test]
fn what_an_unnamed_thing_says_its_author_in_focus_says() {
    assert_eq!(
        quotes(
            "Tom Hill quit on Monday.\n\nHe was sacked as a BBC presenter after writing an \
             article which described them as \"bombers\". He cited a BBC report that \
             said it was \"dead\"."
        ),
        [q("bombers", Some("Tom Hill")), q("dead", Some("BBC"))]
    );
}

#[test]
fn a_spokesman_on_a_portfolio_is_the_frontbencher_in_focus() {
    assert_eq!(
        quotes(
            "The Liberal Democrats' Sir Menzies Campbell said the row would go on. \
             \"It is not over,\" the party's foreign affairs spokesman said. \
             \"It is,\" a Treasury spokesman said. \"No,\" the Tory health spokesman said."
        ),
        [
            q("It is not over", Some("Sir Menzies Campbell")),
            q("It is", Some("Treasury")),
            q("No", Some("Tory")),
        ]
    );
}

#[test]
fn a_body_written_with_its_mark_before_a_title_leaves_the_name_after_it_speaking() {
    assert_eq!(
        quotes(
            "\"Passengers are being misled,\" said Which? spokeswoman Louise Bruce. \
             \"We are growing,\" said Yahoo! chief executive Terry Semel."
        ),
        [
            q("Passengers are being misled", Some("Louise Bruce")),
            q("We are growing", Some("Terry Semel")),
        ]
    );
}

#[test]
fn a_firm_named_with_a_comma_before_a_title_leaves_the_name_after_it_speaking() {
    assert_eq!(
        quotes(
            "Acme chairman Jon Reed backed the plan. \"They have raised the stakes,\" said \
             Kidder, Peabody and Co analyst Thomas Mullen."
        ),
        [q("They have raised the stakes", Some("Thomas Mullen"))]
    );
}

#[test]
fn a_body_s_spokesman_named_after_a_comma_speaks() {
    assert_eq!(
        quotes(
            "\"We are not looking for a fight,\" said a Pentagon spokesman, Robert Sims. \
             \"It is over,\" said a Pentagon spokesman, adding that talks had ended."
        ),
        [
            q("We are not looking for a fight", Some("Robert Sims")),
            q("It is over", Some("Pentagon")),
        ]
    );
}

#[test]
fn a_name_after_the_verb_is_not_the_speaker_once_the_subject_came_before_it() {
    assert_eq!(
        quotes(
            "A MITI official told Reuters the cut was agreed. \"We expect the makers to \
             cooperate,\" the official said, adding that Toyota Motor Corp had been told."
        ),
        [q("We expect the makers to cooperate", Some("MITI"))]
    );
    // (But a phrase before the verb is no subject: `"…" in 2005, said Kurt Karl`.)
    assert_eq!(
        quotes("\"It looks great\" in 2005, said Kurt Karl, economist at Swiss Re."),
        [q("It looks great", Some("Kurt Karl"))]
    );
}

#[test]
fn a_number_10_spokesman_speaks_for_downing_street() {
    assert_eq!(
        quotes("A Number 10 spokesman said: \"It is fine.\""),
        [q("It is fine.", Some("Number 10"))]
    );
}

#[test]
fn an_official_of_a_country_speaks_for_no_body_named_before() {
    assert_eq!(
        quotes("The head of GATT warned of a trade war.\n\nA senior Japanese official, who declined to be named, said Tokyo was \"doing its best\". \n\nA spokesman said it was \"very sorry\"."),
        [q("doing its best", None), q("very sorry", Some("GATT"))]
    );
}

#[test]
fn a_title_s_holder_after_a_comma_may_have_an_honorific() {
    assert_eq!(
        quotes("The BMA warned.\n\n\"The figures do not tell the whole story,\" said the BMA's consultants' chairman, Dr Paul Miller."),
        [q("The figures do not tell the whole story", Some("Paul Miller"))]
    );
    // (A knight's, with the `Sir` his name keeps.)
    assert_eq!(
        quotes("Mr Raynsford spoke.\n\n\"Councils are asked to do more,\" said its chairman, Sir Jeremy Beecham."),
        [q("Councils are asked to do more", Some("Sir Jeremy Beecham"))]
    );
}

#[test]
fn a_body_s_person_named_with_its_possessive_speaks() {
    assert_eq!(
        quotes("Ryanair's Michael O'Leary dismissed the claims as \"nonsense\" and said so."),
        [q("nonsense", Some("Michael O'Leary"))]
    );
}

#[test]
fn the_title_after_a_body_s_name_read_apart_introduces_the_speaker() {
    assert_eq!(
        quotes(
            "The film opened.\n\n\"We are thrilled,\" said Sony Pictures president Dan Fellman."
        ),
        [q("We are thrilled", Some("Dan Fellman"))]
    );
}

#[test]
fn a_second_verb_without_a_subject_is_the_earlier_speaker_s() {
    assert_eq!(
        quotes("Home Secretary Charles Clarke spoke.\n\nSpeaking on Sky News, he said \"migrants are of great value\", but stressed that they must not become a \"burden on society\"."),
        [
            q("migrants are of great value", Some("Charles Clarke")),
            q("burden on society", Some("Charles Clarke")),
        ]
    );
}

#[test]
fn the_agent_of_a_passive_judgement_speaks() {
    assert_eq!(
        quotes("The pledge, repeated from Labour's manifesto, was dismissed by the Conservatives as \"worthless\"."),
        [q("worthless", Some("Conservatives"))]
    );
    // Past the agent's title.
    assert_eq!(
        quotes("The deal was described by EC Farm Commissioner Frans Andriessen as \"a historic turning point\"."),
        [q("a historic turning point", Some("Frans Andriessen"))]
    );
}

#[test]
fn according_to_whom_a_quote_is_said_by_whom_it_names() {
    assert_eq!(
        quotes("According to the Royal College of Nursing, staff were \"exhausted\".\n\nAccording to figures, 30,000 patents are \"of dubious validity\".\n\nAccording to its food policy director, Peter Melchett, \"the government has made a start\"."),
        [
            q("exhausted", Some("Royal College of Nursing")),
            q("of dubious validity", None),
            q("the government has made a start", Some("Peter Melchett"))
        ]
    );
}

#[test]
fn speaker_before_and_after() {
    assert_eq!(
        quotes("Mayor Ann Lopez said: \"We are ready.\" \"It will pass,\" said Tom Baker, an engineer."),
        [q("We are ready.", Some("Ann Lopez")), q("It will pass", Some("Tom Baker"))]
    );
}

#[test]
fn a_pronoun_of_the_other_gender_means_the_last_one_named_of_it_in_focus_or_not() {
    assert_eq!(
        quotes(
            "Sarah Okafor's son Michael, 16, was killed in March. Speaking to BBC London, she \
             said: \"No parent should have to bury their child.\""
        ),
        [q(
            "No parent should have to bury their child.",
            Some("Sarah Okafor")
        )]
    );
}

#[test]
fn a_pronoun_of_the_other_gender_means_the_first_one_of_it_named_in_the_sentence() {
    assert_eq!(
        quotes(
            "\"We have waited long enough,\" said Natasha Elcock. Her words were echoed by \
             Karim Mussilhy, whose uncle Hesham Rahman died on the 23rd floor. \"How can it \
             take a decade?\" he asked."
        ),
        [
            q("We have waited long enough", Some("Natasha Elcock")),
            q("How can it take a decade?", Some("Karim Mussilhy"))
        ]
    );
}

#[test]
fn people_of_a_kind_opening_the_sentence_are_nobody_named_not_the_name_after_them() {
    assert_eq!(
        quotes(
            "Families of those who died in the Grenfell Tower fire called for charges \"without \
             any further delay\". Residents near the Grenfell Tower said it was \"an outrage \
             and a disgrace\". Friends of the Earth said it was \"a scandal of our times\"."
        ),
        [
            q("without any further delay", None),
            q("an outrage and a disgrace", None),
            q("a scandal of our times", Some("Friends of the Earth"))
        ]
    );
}

#[test]
fn the_subject_of_a_clause_after_but_speaks_not_the_sentence_s_first() {
    assert_eq!(
        quotes(
            "Analysts at CCS Insight said upgrades would tempt buyers, but Ben Wood, its chief \
             analyst, warned that \"the AI story is still to be told\"."
        ),
        [q("the AI story is still to be told", Some("Ben Wood"))]
    );
}

#[test]
fn a_body_s_official_named_in_an_aside_speaks_not_the_body() {
    assert_eq!(
        quotes(
            "The U.S. delegation, led by State Department official Jon Rosenbaum, said \
             Washington wanted quotas that reflected \"the real market\"."
        ),
        [q("the real market", Some("Jon Rosenbaum"))]
    );
}

#[test]
fn a_party_s_member_set_off_before_the_verb_speaks_not_the_party() {
    assert_eq!(
        quotes(
            "Labour won.\n\nLabour MP Martin Salter, one of the critics, said: \"This is a \
             recipe for trouble.\""
        ),
        [q("This is a recipe for trouble.", Some("Martin Salter"))]
    );
}

#[test]
fn she_after_a_sentence_about_a_man_is_the_woman_before_him() {
    assert_eq!(
        quotes(
            "Education Secretary Ruth Kelly defended the plans.\n\n\
             Ms Kelly told MPs the reforms would work.\n\n\
             Her predecessor, Charles Clarke, had faced a revolt.\n\n\
             \"We are putting power in the hands of parents,\" she said.\n\n\
             England captain David Beckham spoke first.\n\n\
             Barcelona president Joan Laporta dismissed it. \"We are in control,\" he said."
        ),
        [
            q(
                "We are putting power in the hands of parents",
                Some("Ruth Kelly")
            ),
            // (A name that is a man's or a woman's in different places says neither.)
            q("We are in control", Some("Joan Laporta")),
        ]
    );
}

#[test]
fn a_title_means_only_whom_the_text_has_given_it_so_far() {
    assert_eq!(
        quotes(
            "Tony Blair made a surprise visit to Baghdad.\n\n\
             Speaking there, the prime minister said: \"We will not let them.\"\n\n\
             Mr Blair met interim Prime Minister Iyad Allawi.\n\n\
             \"The vote will be on time,\" the prime minister said."
        ),
        [
            q("We will not let them.", Some("Tony Blair")),
            q("The vote will be on time", Some("Iyad Allawi")),
        ]
    );
}

#[test]
fn the_spokeswoman_after_a_quote_speaks_for_the_body_again() {
    assert_eq!(
        quotes(
            "General Motors Corp said it would close four plants.\n\n\
             Chief executive Roger Smith was not available, a GM spokeswoman said.\n\n\
             \"We are adjusting production,\" the spokeswoman said."
        ),
        [q(
            "We are adjusting production",
            Some("General Motors Corp")
        )]
    );
}

#[test]
fn a_family_or_a_wife_speaks_for_nobody_named() {
    for text in [
        "Mohammed Ali, 41, died.\n\nHis wife said: \"He was a kind man.\"",
        "Mohammed Ali, 41, died. His wife said: \"He was a kind man.\"",
        "Mohammed Ali, 41, died.\n\nMr Ali's family said they had lost \"a kind man\".",
        "Mohammed Ali, 41, died.\n\nIn a statement released through Kent Police, Mr Ali's \
         family said: \"He was a kind man.\"",
        "Roger Seelig faces charges. Seelig's lawyer said his client would \"contest\" them.",
        "Roger Seelig faces charges. His lawyer said: \"He is innocent.\"",
        "The family of a boy who died after a crash in Lincolnshire have described him as \
         \"kind\".\n\nLincolnshire Police said officers were investigating.",
    ] {
        let got = quotes(text);
        assert_eq!(got.len(), 1, "{text}");
        assert_eq!(got[0].1, None, "{text}");
    }
    // Named after a comma, the wife speaks.
    assert_eq!(
        quotes("Mohammed Ali died.\n\nMr Ali's wife, Sarah, said: \"He was kind.\""),
        [q("He was kind.", Some("Sarah"))]
    );
}

#[test]
fn the_statement_is_whoever_said_it_in_a_statement() {
    assert_eq!(
        quotes(
            "OPEC met.\n\nThe UAE said in a statement that it was producing within its \
             quota. \"The UAE is fully committed,\" the statement said."
        ),
        [q("The UAE is fully committed", Some("UAE"))]
    );
}

#[test]
fn one_of_many_named_after_a_comma_speaks() {
    assert_eq!(
        quotes(
            "\"We will not pay,\" said one protester, 72-year-old Margaret Jones from Devon. \
             \"Bad,\" said a neighbour, who asked not to be named."
        ),
        [q("We will not pay", Some("Margaret Jones")), q("Bad", None)]
    );
}

#[test]
fn a_person_s_lawyer_named_after_a_comma_speaks() {
    assert_eq!(
        quotes(
            "Calisto Tanzi went on trial. \"My client is innocent,\" said Mr Tanzi's \
             lawyer, Fabio Belloni."
        ),
        [q("My client is innocent", Some("Fabio Belloni"))]
    );
}

#[test]
fn a_party_s_member_after_the_verb_speaks_not_the_party() {
    assert_eq!(
        quotes(
            "\"Targets are wrong,\" said Liberal Democrat Paul Burstow. \"No,\" said Tory \
             Liam Fox.\n\nAndrew Lansley said ministers were \"fiddling\". Liberal Democrat \
             Paul Burstow agreed, saying: \"Yes.\""
        ),
        [
            q("Targets are wrong", Some("Paul Burstow")),
            q("No", Some("Liam Fox")),
            q("fiddling", Some("Andrew Lansley")),
            q("Yes.", Some("Paul Burstow"))
        ]
    );
}

#[test]
fn a_person_named_after_a_possessive_speaks_whatever_the_owner_was_read_as() {
    assert_eq!(
        quotes(
            "Market analyst GfK said sales would rise. \"Prices have fallen,\" said GfK's \
             Fiona Dobson."
        ),
        [q("Prices have fallen", Some("Fiona Dobson"))]
    );
}

#[test]
fn a_quote_opening_a_paragraph_goes_on_with_what_the_paragraph_before_reported() {
    assert_eq!(
        quotes(
            "Wayne Rooney signed on. Manager Sir Alex Ferguson said the deal was great \
             news.\n\n\"Wayne has the ability to be one of the best.\"\n\nThe club \
             rose 5%.\n\n\"It is a good day.\""
        ),
        [
            q(
                "Wayne has the ability to be one of the best.",
                Some("Sir Alex Ferguson")
            ),
            q("It is a good day.", None)
        ]
    );
    // (By a pronoun for the person in focus; not a pronoun that is no subject.)
    assert_eq!(
        quotes(
            "Paula Radcliffe says she is ready. Gary Lough agrees.\n\nSpeaking at the \
             launch, she said:\n\n\"I feel fit.\"\n\nThe race, which he said was \
             good, starts soon.\n\n\"It is a good day.\""
        ),
        [
            q("I feel fit.", Some("Paula Radcliffe")),
            q("It is a good day.", None)
        ]
    );
    // (Before a colon, a title or a body referred back to.)
    assert_eq!(
        quotes(
            "John Smith, the transport minister, visited Acme Corp.\n\nThe minister \
             told reporters:\n\n\"We will deliver it.\"\n\nIn a statement, the firm \
             said:\n\n\"We agree.\""
        ),
        [
            q("We will deliver it.", Some("John Smith")),
            q("We agree.", Some("Acme Corp"))
        ]
    );
}

#[test]
fn a_title_s_holder_before_an_aside_about_the_body_speaks() {
    assert_eq!(
        quotes(
            "Jan Berry, chairman of the Police Federation, which represents 136,000 \
             officers, said: \"We welcome it.\" The Police Federation, which represents \
             them, said: \"It is fair.\""
        ),
        [
            q("We welcome it.", Some("Jan Berry")),
            q("It is fair.", Some("Police Federation"))
        ]
    );
    // (A title held at a body, with what it is head of.)
    assert_eq!(
        quotes(
            "Mike Watkins, head of retailer and business insight at NielsenIQ, which \
             compiles the figures with the BRC, said shoppers were \"increasingly turning \
             to own-label products\"."
        ),
        [q(
            "increasingly turning to own-label products",
            Some("Mike Watkins")
        )]
    );
}

#[test]
fn one_described_by_a_body_they_play_for_is_the_person_in_focus() {
    assert_eq!(
        quotes(
            "David Beckham admitted he had fouled Ben Thatcher. \"I am sorry,\" the Real \
             Madrid midfielder said. \"It was wrong,\" the England captain said.\n\nThe \
             Real Madrid midfielder said: \"I let people down.\"\n\nThe England midfielder, \
             31, said: \"I am proud.\""
        ),
        [
            q("I am sorry", Some("David Beckham")),
            q("It was wrong", Some("David Beckham")),
            q("I let people down.", Some("David Beckham")),
            q("I am proud.", Some("David Beckham"))
        ]
    );
}

#[test]
fn one_of_a_country_named_by_its_adjective_is_the_person_in_focus() {
    assert_eq!(
        quotes(
            "Lleyton Hewitt beat Greg Rusedski in Melbourne. The Australian, who won the US \
             Open in 2001, said he felt \"as good as ever\".\n\nAndre Agassi lost to a \
             qualifier. The American said \"I was tired\"."
        ),
        [
            q("as good as ever", Some("Lleyton Hewitt")),
            q("I was tired", Some("Andre Agassi"))
        ]
    );
}

#[test]
fn the_noun_before_an_aside_is_the_subject_that_speaks() {
    assert_eq!(
        quotes(
            "Shares in operator Eurotunnel rose.\n\nThe company, which has never made a \
             profit, said the talks had been \"constructive\"."
        ),
        [q("constructive", Some("Eurotunnel"))]
    );
    // A name before the aside, past another's possessive.
    assert_eq!(
        quotes(
            "Boeing won an order.\n\nBoeing's rival Airbus, which last month won an order \
             for five A380 superjumbos, said it was \"disappointed\"."
        ),
        [q("disappointed", Some("Airbus"))]
    );
}

#[test]
fn the_manager_of_a_body_is_the_person_in_focus_but_a_spokesman_is_the_body() {
    assert_eq!(
        quotes(
            "Sir Alex Ferguson praised his Manchester United side.\n\n\
             \"That was special,\" said the United manager.\n\n\
             \"We will look at it,\" said a Kremlin spokesman."
        ),
        [
            q("That was special", Some("Sir Alex Ferguson")),
            q("We will look at it", Some("Kremlin"))
        ]
    );
}

#[test]
fn a_place_where_the_subject_is_does_not_speak() {
    assert_eq!(
        quotes(
            "Rebels in the Niger Delta have threatened \"all-out war\". Washington said it was \"concerned\"."
        ),
        [q("all-out war", None), q("concerned", Some("Washington"))]
    );
}

#[test]
fn the_place_a_seat_is_held_for_does_not_speak() {
    assert_eq!(
        quotes(
            "Robert Kilroy-Silk has quit.\n\nThe MEP for the East Midlands said the party had \"gone from the sublime to the ridiculous\"."
        ),
        [q(
            "gone from the sublime to the ridiculous",
            Some("Robert Kilroy-Silk")
        )]
    );
}

#[test]
fn he_after_a_spokesman_s_sentence_is_the_body_he_speaks_for() {
    assert_eq!(
        quotes(
            "Lending rose, the Building Societies Association said.\n\nAn association spokesman said the market was buoyant.\n\n\"Demand is strong,\" he said."
        ),
        [q("Demand is strong", Some("Building Societies Association"))]
    );
}

#[test]
fn he_after_a_spokesman_reported_at_a_sentence_s_end_is_the_body() {
    assert_eq!(
        quotes(
            "TWA is controlled by Carl Icahn. USAir has until April 20 to respond, a USAir \
             spokesman said. \"We believe the offer is low,\" he said."
        ),
        [q("We believe the offer is low", Some("USAir"))]
    );
}

#[test]
fn a_person_s_spokesman_speaks_for_the_person() {
    assert_eq!(
        quotes(
            "Gordon Brown's spokesman said it would cost \"hundreds of pounds\".\n\n\
             Tony Blair's official spokesman told reporters: \"No comment.\""
        ),
        [
            q("hundreds of pounds", Some("Gordon Brown")),
            q("No comment.", Some("Tony Blair"))
        ]
    );
}

#[test]
fn a_title_holder_s_spokesman_speaks_for_the_holder() {
    assert_eq!(
        quotes(
            "Prime Minister Tony Blair spoke.\n\n\
             The prime minister's official spokesman said: \"We will look at it.\""
        ),
        [q("We will look at it.", Some("Tony Blair"))]
    );
    // (A body named before speaks for nobody's title: the holder unknown, nobody.)
    assert_eq!(
        quotes(
            "Home Office figures show a rise.\n\n\
             The prime minister's official spokesman said the plans were \"unworkable and \
             wrong\".\n\nChancellor Gordon Brown spoke.\n\nThe BBC said it was fine.\n\n\
             \"It is wrong,\" the chancellor's spokesman said."
        ),
        [
            q("unworkable and wrong", None),
            q("It is wrong", Some("Gordon Brown"))
        ]
    );
}

#[test]
fn a_role_set_off_before_its_holder_names_the_holder() {
    assert_eq!(
        quotes("\"Rates will fall,\" said the firm's chief UK economist, Vicky Redwood."),
        [q("Rates will fall", Some("Vicky Redwood"))]
    );
}

#[test]
fn the_carrier_described_is_the_body_named_not_the_maker_of_what_it_counts() {
    assert_eq!(
        quotes(
            "Budget airline Ryanair has ordered 70 Boeing 737-800 aircraft.\n\n\
             The Irish carrier said it had won \"a substantial discount\"."
        ),
        [q("a substantial discount", Some("Ryanair"))]
    );
}

#[test]
fn it_said_is_the_body_named_last_here_or_in_a_paragraph_before() {
    assert_eq!(
        quotes(
            "Texaco Inc rejected the bid.\n\n\
             \"The offer is inadequate,\" it said in a statement.\n\n\
             Shares rose after it said it had received \"many approaches\" from Mobil Corp.\n\n\
             Mobil Corp declined to comment. It said: \"We do not talk about bids.\""
        ),
        [
            q("The offer is inadequate", Some("Texaco Inc")),
            q("many approaches", Some("Texaco Inc")),
            q("We do not talk about bids.", Some("Mobil Corp"))
        ]
    );
}

#[test]
fn a_role_a_possessive_names_is_whom_the_sentence_is_about() {
    assert_eq!(
        quotes(
            "Paula Radcliffe has withdrawn.\n\n\
             Radcliffe's coach, Gary Lough, said she needs rest. \"It's a precaution,\" he added.\n\n\
             Radcliffe's injury worried Gary Lough. \"I will be back,\" she said."
        ),
        [
            q("It's a precaution", Some("Gary Lough")),
            q("I will be back", Some("Paula Radcliffe"))
        ]
    );
    // (A possessive written with the apostrophe alone.)
    assert_eq!(
        quotes(
            "Ernest Saunders was charged. Saunders' lawyer, Nicholas Purnell, said he \
             would plead not guilty. \"He has protested his innocence,\" he said."
        ),
        [q(
            "He has protested his innocence",
            Some("Nicholas Purnell")
        )]
    );
}

#[test]
fn an_official_of_a_body_named_speaks_for_it_and_one_of_none_for_nobody() {
    assert_eq!(
        quotes(
            "\"Our patience has run out,\" a senior Commerce Department official told Reuters.\n\n\
             Fuel costs rose.\n\n\
             \"We cannot absorb that,\" an official said."
        ),
        [
            q("Our patience has run out", Some("Commerce Department")),
            q("We cannot absorb that", None)
        ]
    );
    // A body's long name before the official.
    assert_eq!(
        quotes(
            "\"We will do our utmost,\" a Ministry of International Trade and Industry \
             official said."
        ),
        [q(
            "We will do our utmost",
            Some("Ministry of International Trade and Industry")
        )]
    );
}

#[test]
fn a_place_before_a_role_and_a_name_is_where_the_speaker_is_based() {
    assert_eq!(
        quotes(
            "Rosneft bought the unit.\n\n\
             \"It will have to pay,\" said Moscow-based US lawyer Jamie Firestone."
        ),
        [q("It will have to pay", Some("Jamie Firestone"))]
    );
}

#[test]
fn the_company_said_is_the_body_named_last_here_or_in_a_paragraph_before() {
    assert_eq!(
        quotes(
            "Games firm Eidos, whose backers include singer Bono, rejected the bid.\n\n\
             \"The offer is too low,\" the company said in a statement.\n\n\
             \"We will wait,\" said the firm. The firm said: \"No more.\""
        ),
        [
            q("The offer is too low", Some("Eidos")),
            q("We will wait", Some("Eidos")),
            q("No more.", Some("Eidos"))
        ]
    );
}

#[test]
fn the_company_said_is_not_a_body_named_in_passing_and_the_board_is_whose_board_it_is() {
    assert_eq!(
        quotes(
            "Acme Corp said it rejected a bid from Beta Inc.\n\n\
             \"We will fight it,\" the company said.\n\n\
             GenCorp Inc's board rejected an offer from AFG Industries Inc.\n\n\
             The board said the offer was \"inadequate\".\n\n\
             Citibank led a loan to Mexico Corp. \"We are pleased,\" the bank said."
        ),
        [
            q("We will fight it", Some("Acme Corp")),
            q("inadequate", Some("GenCorp Inc")),
            q("We are pleased", Some("Citibank")),
        ]
    );
    // Nor one listed after a preposition.
    assert_eq!(
        quotes(
            "Sainsbury's has lost ground to Tesco, Morrisons and Asda.\n\n\
             \"It is time for a fresh start,\" the company said."
        ),
        [q("It is time for a fresh start", Some("Sainsbury's"))]
    );
}

#[test]
fn the_airline_is_no_union_the_story_named_but_a_business_it_named_is() {
    assert_eq!(
        quotes(
            "Cabin crew will walk out, the Unite union said.\n\n\
             Unite's officer, Oliver Richardson, said: \"We want more.\"\n\n\
             The airline said it had \"bent over backwards\" to reach agreement."
        ),
        [
            q("We want more.", Some("Oliver Richardson")),
            q("bent over backwards", None)
        ]
    );
    assert_eq!(
        quotes(
            "Cabin crew at British Airways will walk out, the Unite union said.\n\n\
             The airline said it had \"bent over backwards\" to reach agreement."
        ),
        [q("bent over backwards", Some("British Airways"))]
    );
    // A union named in the same paragraph.
    assert_eq!(
        quotes(
            "Cabin crew will walk out, the Unite union said. The airline said it had \"bent \
             over backwards\" to reach agreement."
        ),
        [q("bent over backwards", None)]
    );
}

#[test]
fn the_giant_or_the_company_based_somewhere_is_the_body_named_before() {
    assert_eq!(
        quotes(
            "Sony is to cut the price of its console.\n\n\
             The Japanese electronics giant said it was \"very pleased\" with sales."
        ),
        [q("very pleased", Some("Sony"))]
    );
    assert_eq!(
        quotes(
            "Rival Airbus had hoped to win.\n\n\
             A spokeswoman for the Toulouse-based company said it was \"disappointed\"."
        ),
        [q("disappointed", Some("Airbus"))]
    );
}

#[test]
fn the_ministry_or_its_spokesman_is_only_a_ministry_named_before() {
    assert_eq!(
        quotes(
            "Belgium will issue a loan, the Finance Ministry said. Acme Corp will buy it.\n\n\
             \"The terms are good,\" a ministry spokesman said.\n\n\
             A ministry spokeswoman said: \"We are glad.\"\n\n\
             The ministry said it was \"a success\".\n\n\
             The commission called it \"a failure\"."
        ),
        [
            q("The terms are good", Some("Finance Ministry")),
            q("We are glad.", Some("Finance Ministry")),
            q("a success", Some("Finance Ministry")),
            q("a failure", None),
        ]
    );
}

#[test]
fn a_spokeswoman_after_a_name_of_one_word_speaks_for_it_however_it_was_read() {
    assert_eq!(
        quotes(
            "Stagecoach admitted breaching the law at Newcastle Crown Court.\n\n\
             A Stagecoach spokeswoman said the firm regretted it. \"We have changed,\" she said."
        ),
        [q("We have changed", Some("Stagecoach"))]
    );
}

#[test]
fn somebody_unnamed_at_a_body_named_after_speaks_for_it() {
    assert_eq!(
        quotes(
            "\"Prices will rise,\" said an official at the Ministry of Finance.\n\n\
             \"They will fall,\" said a spokesman at the Ministry of Trade.\n\n\
             \"It is strong,\" said a senior trader with Nomura Securities.\n\n\
             \"It is over,\" said a diplomat in Paris."
        ),
        [
            q("Prices will rise", Some("Ministry of Finance")),
            q("They will fall", Some("Ministry of Trade")),
            q("It is strong", Some("Nomura Securities")),
            q("It is over", None),
        ]
    );
}

#[test]
fn a_person_a_title_opening_the_sentence_introduces_is_its_subject_with_no_saying() {
    assert_eq!(
        quotes(
            "The former Tory leader Iain Duncan Smith went further, calling the decade \
             \"a wasted opportunity\".\n\n\
             Some former ministers went further, calling it \"a shambles\"."
        ),
        [
            q("a wasted opportunity", Some("Iain Duncan Smith")),
            q("a shambles", None)
        ]
    );
}

#[test]
fn a_name_after_an_unnamed_subject_s_saying_is_not_the_speaker() {
    assert_eq!(
        quotes(
            "The government has \"no plans\" to scrap the limit, a minister said, despite \
             pressure from Labour backbenchers.\n\n\
             It has \"no plans\", the minister has said, despite calls from Unison."
        ),
        [q("no plans", None), q("no plans", None)]
    );
}

#[test]
fn a_quote_of_several_sentences_ending_its_paragraph_runs_on_into_the_next() {
    assert_eq!(
        quotes(
            "\"We have had no pay rise since 2019. Prices are up,\" Mr Whelan said.\n\n\
             \"We remain available for talks.\""
        ),
        [
            q(
                "We have had no pay rise since 2019. Prices are up",
                Some("Whelan")
            ),
            q("We remain available for talks.", Some("Whelan")),
        ]
    );
}

#[test]
fn a_quote_opening_a_paragraph_after_one_whose_speaker_speaks_on_to_its_end_is_theirs() {
    assert_eq!(
        quotes(
            "\"There is no more money,\" said spokesman Johann Liebenberg. He said the \
             strike was costly.\n\n\
             \"We will stay out.\"\n\n\
             \"It is over,\" said Mr Liebenberg. Anne Smith disagreed.\n\n\
             \"It is not.\""
        ),
        [
            q("There is no more money", Some("Johann Liebenberg")),
            q("We will stay out.", Some("Johann Liebenberg")),
            q("It is over", Some("Johann Liebenberg")),
            q("It is not.", None),
        ]
    );
}

#[test]
fn a_person_set_off_by_commas_before_the_verb_speaks_but_a_body_does_not() {
    assert_eq!(
        quotes(
            "The FSA fined the bank.\n\n\
             \"Firms must be fair,\" the FSA's director of enforcement, Margaret Cole, said.\n\n\
             \"It is funny money,\" Tevfik Aksoy, economist for Deutsche Bank, told Reuters."
        ),
        [
            q("Firms must be fair", Some("Margaret Cole")),
            q("It is funny money", Some("Tevfik Aksoy"))
        ]
    );
}

#[test]
fn somebody_unnamed_is_nobody_s_quote_but_a_named_body_s_is_its() {
    assert_eq!(
        quotes(
            "Minister Dilson Funaro spoke.\n\n\
             \"The banks will not panic,\" one senior banker said. \"It is a setback,\" said a diplomat.\n\n\
             \"We will look at it,\" a Kremlin spokesman said. \"It will pass,\" the minister said."
        ),
        [
            q("The banks will not panic", None),
            q("It is a setback", None),
            q("We will look at it", Some("Kremlin")),
            q("It will pass", Some("Dilson Funaro"))
        ]
    );
}

#[test]
fn the_source_after_an_unnamed_source_is_nobody_named() {
    assert_eq!(
        quotes(
            "Sheikh Ali Khalifa said: \"We will not allow prices to collapse.\" A Gulf oil source said Saudi Arabia would object.\n\n\
             \"There's no reason to raise output now,\" the source said."
        ),
        [
            q("We will not allow prices to collapse.", Some("Ali Khalifa")),
            q("There's no reason to raise output now", None)
        ]
    );
}

#[test]
fn he_after_somebody_unnamed_speaking_is_nobody_named() {
    assert_eq!(
        quotes(
            "Inspector Gary Nicholls said: \"We hope this helps.\"\n\n\
             The woman's son said she had moved. \"She is scared,\" he said.\n\n\
             Gary Nicholls spoke again. One witness told police what she saw. \"It was fast,\" she said.\n\n\
             Gary Nicholls spoke again. His son's school was shut. \"It is sad,\" he said."
        ),
        [
            q("We hope this helps.", Some("Gary Nicholls")),
            q("She is scared", None),
            q("It was fast", None),
            q("It is sad", Some("Gary Nicholls"))
        ]
    );
}

#[test]
fn a_person_named_in_what_the_title_holder_said_is_not_the_focus() {
    assert_eq!(
        quotes(
            "Tony Blair defended the war.\n\n\
             Speaking in Downing Street, the prime minister said the world was safer without \
             Saddam Hussein. \"I stand by it,\" he said."
        ),
        [q("I stand by it", Some("Tony Blair"))]
    );
}

#[test]
fn an_official_of_a_named_body_speaks_for_it() {
    assert_eq!(
        quotes(
            "U.S. negotiator Daniel Amstutz said: \"We want a deal.\"\n\n\
             An EC Commission official said the Community would reply. \"We are ready,\" the official said."
        ),
        [
            q("We want a deal.", Some("Daniel Amstutz")),
            q("We are ready", Some("EC Commission"))
        ]
    );
}

#[test]
fn a_club_whose_boss_is_named_is_no_speaker_of_his_words() {
    assert_eq!(
        quotes(
            "United beat Aston Villa 3-1.\n\n\
             Villa boss David Leary was left frustrated. He said: \"We gave away goals.\""
        ),
        [q("We gave away goals.", Some("David Leary"))]
    );
}

#[test]
fn pronouns_and_who_clauses() {
    assert_eq!(
        quotes("Carla Diaz, who later tweeted “Peace is near”, left. “We will see,” she said."),
        [
            q("Peace is near", Some("Carla Diaz")),
            q("We will see", Some("Carla Diaz"))
        ]
    );
}

#[test]
fn a_body_s_title_or_its_boss_is_whom_the_title_was_given_after_that_body() {
    assert_eq!(
        quotes(
            "Arsenal manager Arsene Wenger spoke. Chelsea manager Jose Mourinho was fined. \
             Frank Lampard scored. \"We move on,\" the Arsenal manager said.\n\nUefa official \
             William Gaillard attacked Mourinho. Asked about it, the Chelsea boss replied: \
             \"Everyone is entitled to an opinion.\""
        ),
        [
            q("We move on", Some("Arsene Wenger")),
            q("Everyone is entitled to an opinion.", Some("Jose Mourinho"))
        ]
    );
}

#[test]
fn a_phrase_set_off_after_the_subject_noun_is_passed_over_to_it() {
    assert_eq!(
        quotes("Prince Harry has apologised.\n\nThe 20-year-old prince, third in line to the throne, said: \"I am very sorry.\""),
        [q("I am very sorry.", Some("Prince Harry"))]
    );
    // (But a name set off there speaks.)
    assert_eq!(
        quotes("Acme Corp lost money. The chairman, John Smith, said: \"I am very sorry.\""),
        [q("I am very sorry.", Some("John Smith"))]
    );
    // (Past the honorifics the name is read without.)
    assert_eq!(
        quotes(
            "Flu cases rose. NHS England's medical director, Prof Sir Stephen Powis, said the \
             service was under \"significant pressure\"."
        ),
        [q("significant pressure", Some("Sir Stephen Powis"))]
    );
    // (And past a title written with a capital before it.)
    assert_eq!(
        quotes(
            "The river burst its banks. Pontypridd's mayor, Councillor Sam Trask, said \
             residents were \"absolutely devastated\"."
        ),
        [q("absolutely devastated", Some("Sam Trask"))]
    );
}

#[test]
fn an_aside_on_whose_thing_did_something_is_passed_over_to_the_subject() {
    assert_eq!(
        quotes("Rock band The Darkness split. The band, whose debut album Permission to Land sold 1.5 million copies, said they were \"devastated\"."),
        [q("devastated", Some("Darkness"))]
    );
    // (But one that names the holder of a title set off speaks.)
    assert_eq!(
        quotes("It was welcomed by the Daycare Trust, whose chief executive, Stephen Burke, called it \"a big step forward\"."),
        [q("a big step forward", Some("Stephen Burke"))]
    );
}

#[test]
fn he_said_after_a_spokesman_for_somebody_is_whom_the_spokesman_speaks_for() {
    assert_eq!(
        quotes("Charles Clarke spoke. A spokesman for Ms Tessa Jowell said she backed it. \"There is no split,\" he said."),
        [q("There is no split", Some("Tessa Jowell"))]
    );
    // (A spokeswoman is no `he`.)
    assert_eq!(
        quotes("Charles Clarke spoke. A spokeswoman for Ms Tessa Jowell said she backed it. \"There is no split,\" he said."),
        [q("There is no split", Some("Charles Clarke"))]
    );
}

#[test]
fn a_person_after_a_preposition_does_not_take_the_focus() {
    assert_eq!(
        quotes("Jose Mourinho hailed his side. Newcastle led through Alan Shearer's penalty before goals from Frank Lampard. \"We never panicked,\" said the Portuguese."),
        [q("We never panicked", Some("Jose Mourinho"))]
    );
    assert_eq!(
        quotes("Tim Henman lost. He was beaten by Ivo Karlovic in two sets. \"He served well,\" said the Briton."),
        [q("He served well", Some("Tim Henman"))]
    );
    // (Past an owner, and the subject after the opening phrase takes it.)
    assert_eq!(
        quotes("Gordon Brown spoke first. In an interview with the BBC's Andrew Marr, Tony Blair said he would not stand again. \"I will serve a full term,\" he said."),
        [q("I will serve a full term", Some("Tony Blair"))]
    );
    // (Past a title, with a body's initials in it.)
    assert_eq!(
        quotes("Tony Blair spoke first. The commission, headed by former CBI director general Adair Turner, said people were under-saving. \"We have to face up to it,\" the prime minister said."),
        [q("We have to face up to it", Some("Tony Blair"))]
    );
}

#[test]
fn a_subject_for_a_person_of_a_country_is_the_person_in_focus_whoever_follows() {
    assert_eq!(
        quotes(
            "Arsene Wenger's side lost. The Frenchman refused to comment on Campbell's remarks but said: \"We are all disappointed.\""
        ),
        [q("We are all disappointed.", Some("Arsene Wenger"))]
    );
    assert_eq!(
        quotes("Jo Cox spoke first. The campaigner thanked Ann Lee and said: \"We won.\""),
        [q("We won.", Some("Jo Cox"))]
    );
}

#[test]
fn who_is_told_is_not_who_speaks() {
    assert_eq!(
        quotes("Coach Arne Slot was frank. \"They were better,\" the Dutchman told Sky Sports."),
        [q("They were better", Some("Arne Slot"))]
    );
}

#[test]
fn an_age_or_a_described_player_in_the_next_paragraph_is_the_person_in_focus() {
    for subject in [
        "The 30-year-old",
        "The 30-year-old, who has not played since July,",
        "The tennis player",
        "The player",
    ] {
        let text = format!("Andy Murray is out.\n\n{subject} said he was \"gutted\" by it.");
        assert_eq!(
            quotes(&text),
            [q("gutted", Some("Andy Murray"))],
            "{subject}"
        );
    }
    // An age before a noun for nobody in particular is somebody else.
    assert_eq!(
        quotes("Andy Murray is out.\n\nThe 30-year-old man who found him said he was \"gutted\"."),
        [q("gutted", None)]
    );
}

#[test]
fn a_club_statement_is_the_club_named_as_a_subject_before() {
    let text = "Chelsea have sacked their manager. Chelsea paid Porto £13m for him.\n\n\
        The defeat left the Blues fifth in the Premier League, behind leaders Manchester City.\n\n\
        A club statement said: \"Results have not been what we wanted.\"";
    assert_eq!(
        quotes(text),
        [q("Results have not been what we wanted.", Some("Chelsea"))]
    );
    // A company spokesman after a paragraph about the company.
    assert_eq!(
        quotes("Tesco has cut 2,000 jobs.\n\nA company spokesman said: \"It was hard.\""),
        [q("It was hard.", Some("Tesco"))]
    );
}

#[test]
fn a_relative_named_in_passing_is_of_the_relative_s_gender() {
    assert_eq!(
        quotes("Anna Berg ran.\n\nHer husband, Sam, died in January.\n\n\"I am happy,\" she said."),
        [q("I am happy", Some("Anna Berg"))]
    );
}

#[test]
fn a_sentence_about_the_person_in_focus_keeps_the_focus() {
    assert_eq!(
        quotes("Taylor Swift won. The singer, 34, beat Lana Del Rey. She spoke. \"I love this,\" she said."),
        [q("I love this", Some("Taylor Swift"))]
    );
    // A sentence about something else is about whoever it names.
    assert_eq!(
        quotes("Ann Lee spoke. The company said Tom Bell would go. \"It is time,\" he said."),
        [q("It is time", Some("Tom Bell"))]
    );
    // A person of a body speaks for it.
    assert_eq!(
        quotes("Mark Roberts of Leicestershire Police said it was \"complex\"."),
        [q("complex", Some("Mark Roberts"))]
    );
    // So does one of a body described before its name.
    assert_eq!(
        quotes("Dr Ann Philips of campaign group Powerwatch said it was \"cherry-picking\"."),
        [q("cherry-picking", Some("Ann Philips"))]
    );
    // A company described by what it does is not a person either.
    for subject in ["The carmaker", "The embattled lender"] {
        let text =
            format!("Ann Lee spoke. {subject} said Tom Bell would go. \"It is time,\" he said.");
        assert_eq!(
            quotes(&text),
            [q("It is time", Some("Tom Bell"))],
            "{subject}"
        );
    }
    // `the Spaniard`: one of a people, the person in focus.
    assert_eq!(
        quotes("Pep Guardiola spoke. \"We played well,\" the Spaniard told TNT Sports."),
        [q("We played well", Some("Pep Guardiola"))]
    );
    // An age before the noun: `The 35-year-old singer`.
    assert_eq!(
        quotes("Taylor Swift won. The 35-year-old singer spoke on Travis Kelce's podcast. She said it was \"fun\"."),
        [q("fun", Some("Taylor Swift"))]
    );
    // A person described by what they do is the one in focus.
    assert_eq!(
        quotes("Ann Lee won. The former striker thanked Tom Bell. \"It is time,\" she said."),
        [q("It is time", Some("Ann Lee"))]
    );
}

#[test]
fn apostrophes_are_not_quotes() {
    assert_eq!(
        quotes("The board’s chair called it ‘fair’ but it doesn’t matter to Lee’s team."),
        [q("fair", None)]
    );
}

#[test]
fn wire_run_on_quotes_keep_their_speaker() {
    assert_eq!(
        quotes("Omar Haddad said: \"We doubled it to 26 weeks. \"We will go further.\"\n\n\"Nobody else offers this.\""),
        [
            q("We doubled it to 26 weeks.", Some("Omar Haddad")),
            q("We will go further.", Some("Omar Haddad")),
            q("Nobody else offers this.", Some("Omar Haddad")),
        ]
    );
}

#[test]
fn attribution_after_a_question() {
    assert_eq!(
        quotes("Ann Lee spoke. \"Why wait?\" Mr Obi asked. \"We go now.\" The Harbour Board said it agreed."),
        [q("Why wait?", Some("Obi")), q("We go now.", Some("Obi"))]
    );
}

#[test]
fn spokespeople_and_names_next_to_the_verb() {
    assert_eq!(
        quotes("\"We will appeal,\" Acme spokesman Raj Patel said. The Harbour Board met. A spokeswoman said: \"No comment.\""),
        [q("We will appeal", Some("Raj Patel")), q("No comment.", Some("Harbour Board"))]
    );
}

#[test]
fn a_union_with_a_plural_possessive_speaks_whole() {
    assert_eq!(
        quotes("\"We will seek talks,\" a spokeswoman for the Transport and General Workers' Union told the BBC."),
        [q("We will seek talks", Some("Transport and General Workers' Union"))]
    );
}

#[test]
fn titles_resolve_to_the_person() {
    assert_eq!(
        quotes("Health Secretary Ravi Shah spoke. Later the health secretary said it was \"a good day for us\"."),
        [q("a good day for us", Some("Ravi Shah"))]
    );
    // Another of the kind is somebody else.
    assert_eq!(
        quotes("Party spokesman Ravi Shah spoke. A Downing Street spokesman said there was \"nothing to add\"."),
        [q("nothing to add", Some("Downing Street"))]
    );
}

#[test]
fn a_title_of_several_words_after_a_body_introduces_the_speaker() {
    assert_eq!(
        quotes("\"Prices will fall,\" said Kite Retail chief executive Ian Low. \"Not yet,\" said Orb managing director Sue Hart. \"Later,\" said Yukos chief financial officer Bruce Misamore."),
        [
            q("Prices will fall", Some("Ian Low")),
            q("Not yet", Some("Sue Hart")),
            q("Later", Some("Bruce Misamore"))
        ]
    );
}

#[test]
fn a_bodys_specialist_after_the_quote_is_the_speaker() {
    assert_eq!(
        quotes("\"Guitars rarely sell,\" said Christie's specialist Sarah Hodgson. \"We won,\" said Chelsea striker Didier Drogba. \"It is bad,\" said Red Cross official Anthony Mwangi."),
        [
            q("Guitars rarely sell", Some("Sarah Hodgson")),
            q("We won", Some("Didier Drogba")),
            q("It is bad", Some("Anthony Mwangi")),
        ]
    );
    assert_eq!(
        quotes("\"It will stay hot,\" said Met Office forecaster Helen Chivers."),
        [q("It will stay hot", Some("Helen Chivers"))]
    );
}

#[test]
fn a_title_set_off_before_a_name_is_the_names_after_the_quote() {
    assert_eq!(
        quotes("Viviane Reding spoke first. \"It costs too much,\" said its head of policy, Neil Fowler. \"We agree,\" said the firm's chief executive, Anna Berg. \"Fine,\" said the Portuguese, who joined Chelsea."),
        [
            q("It costs too much", Some("Neil Fowler")),
            q("We agree", Some("Anna Berg")),
            q("Fine", Some("Anna Berg")),
        ]
    );
}

#[test]
fn a_bodys_title_set_off_before_a_name_is_the_names() {
    assert_eq!(
        quotes("Ofcom acted. \"Consumers pay too much,\" said Ofcom's director of competition, David Stewart."),
        [q("Consumers pay too much", Some("David Stewart"))]
    );
}

#[test]
fn a_body_s_commissioner_with_a_portfolio_is_the_speaker() {
    assert_eq!(
        quotes("The European Community (EC) objected. \"We will not accept it,\" said EC farm commissioner Frans Andriessen."),
        [q("We will not accept it", Some("Frans Andriessen"))]
    );
}

#[test]
fn a_title_of_several_words_after_a_body_names_the_person_after_it() {
    for said in [
        "said Billboard's director of charts Geoff Mayfield",
        "said Billboard chart director Geoff Mayfield",
    ] {
        assert_eq!(
            quotes(&format!("\"Nobody else comes close,\" {said}.")),
            [q("Nobody else comes close", Some("Geoff Mayfield"))],
            "{said}"
        );
    }
}

#[test]
fn a_union_s_national_officer_is_the_speaker() {
    assert_eq!(
        quotes("\"This is a body blow,\" said Amicus national officer Linda McCulloch."),
        [q("This is a body blow", Some("Linda McCulloch"))]
    );
}

#[test]
fn he_after_a_spokesman_for_a_body_is_the_body() {
    assert_eq!(
        quotes("Anna Berg of Ofcom spoke first.\n\nA spokesman for Vodafone said the firm would help. \"Our charges are fair,\" he said."),
        [q("Our charges are fair", Some("Vodafone"))]
    );
    assert_eq!(
        quotes("Anna Berg of Ofcom spoke first.\n\nA spokesman for the GSM Association, which represents operators, said prices had fallen. \"The market is working,\" he said."),
        [q("The market is working", Some("GSM Association"))]
    );
}

#[test]
fn a_spokeswoman_opening_a_paragraph_speaks_for_the_body_named_last_before() {
    assert_eq!(
        quotes("Anna Berg of Unite spoke first. Ryanair said it was disappointed.\n\nA spokeswoman said: \"Our offer is fair.\""),
        [q("Our offer is fair.", Some("Ryanair"))]
    );
    // A body this paragraph names before her is hers.
    assert_eq!(
        quotes("Ryanair said it was disappointed.\n\nEasyJet had no comment. A spokeswoman said: \"Our offer is fair.\""),
        [q("Our offer is fair.", Some("EasyJet"))]
    );
}

#[test]
fn a_name_past_a_comma_after_said_is_not_the_speaker() {
    assert_eq!(
        quotes("Coach Jose Silva was angry. \"I could not believe it,\" said the Portuguese, who joined Chelsea FC in June. \"Buy now,\" said Sony Computer Entertainment Europe president Chris Dee."),
        [q("I could not believe it", Some("Jose Silva")), q("Buy now", Some("Chris Dee"))]
    );
}

#[test]
fn a_person_in_a_clause_hanging_off_the_sentence_does_not_take_the_focus() {
    assert_eq!(
        quotes("Coach Jose Silva was angry.\n\nThe Blues lost after Didier Drogba was sent off.\n\n\"It was unfair,\" said the Portuguese."),
        [q("It was unfair", Some("Jose Silva"))]
    );
}

#[test]
fn a_person_set_off_by_commas_before_said_speaks() {
    assert_eq!(
        quotes("The charity Barnardo's spoke.\n\nBarnardo's director of policy, Pam Hale, said: \"Rents are too high.\" Tom Bell, head of Acme Bank, said: \"Not so.\""),
        [q("Rents are too high.", Some("Pam Hale")), q("Not so.", Some("Tom Bell"))]
    );
}

#[test]
fn he_after_a_body_s_spokesman_is_the_body() {
    assert_eq!(
        quotes("Pam Hale spoke.\n\nA Department for Work and Pensions spokesman said 700,000 were helped. \"We are on track,\" he said."),
        [q("We are on track", Some("Department for Work and Pensions"))]
    );
}

#[test]
fn a_body_s_person_named_in_the_possessive_is_the_speaker() {
    assert_eq!(
        quotes("\"We are not worried,\" said Nintendo of America's Perrin Kaplan."),
        [q("We are not worried", Some("Perrin Kaplan"))]
    );
}

#[test]
fn a_body_s_officer_named_after_its_title_is_the_speaker() {
    assert_eq!(
        quotes("Pennzoil chairman Hugh Liedtke said his company would study the offer, but added that it was \"far below\" the award."),
        [q("far below", Some("Hugh Liedtke"))]
    );
}

#[test]
fn the_firm_is_the_body_named_last_in_the_paragraph() {
    assert_eq!(
        quotes("Nokia, the biggest handset maker, said few had problems. Mikko Hypponen disagreed. The firm said in a statement: \"The risk is low.\""),
        [q("The risk is low.", Some("Nokia"))]
    );
}

#[test]
fn an_unnamed_spokesman_after_a_quote_speaks_for_the_body_just_named() {
    assert_eq!(
        quotes("The Federal Property Fund said the sale would go ahead. \"We have the right,\" a spokesman said. \"It is over,\" said a diplomat."),
        [q("We have the right", Some("Federal Property Fund")), q("It is over", None)]
    );
}

#[test]
fn an_unnamed_official_is_nobody_however_he_is_described() {
    assert_eq!(
        quotes("OPEC met. \"There is cheating,\" said one Gulf oil official. \"We will act,\" said a Kremlin spokesman. Peugeot said it would cut jobs. \"It is necessary,\" according to a company statement."),
        [
            q("There is cheating", None),
            q("We will act", Some("Kremlin")),
            q("It is necessary", Some("Peugeot"))
        ]
    );
}

#[test]
fn a_quote_left_open_over_sentences_runs_on_into_the_next_paragraph() {
    assert_eq!(
        quotes("Union leader Tony Wood said workers had been \"betrayed\". He told the BBC: \"This plant did all we asked. It delivered.\n\n\"Now it is thrown away.\""),
        [
            q("betrayed", Some("Tony Wood")),
            q("This plant did all we asked. It delivered.", Some("Tony Wood")),
            q("Now it is thrown away.", Some("Tony Wood"))
        ]
    );
}

#[test]
fn a_spokeswoman_naming_nobody_speaks_for_the_body_the_story_is_about() {
    assert_eq!(
        quotes(
            "Allegheny International Inc said it filed a plan.\n\nShareholders would get warrants, a spokeswoman said. \"We believe they will support it,\" she added.\n\n\"It is fair,\" a spokesman said."
        ),
        [
            q("We believe they will support it", Some("Allegheny International Inc")),
            q("It is fair", Some("Allegheny International Inc")),
        ]
    );
}

#[test]
fn an_official_of_a_body_the_noun_means_speaks_for_it() {
    assert_eq!(
        quotes(
            "South Korea will cut tariffs, the Finance Ministry said.\n\n\"We want to show that our market is open,\" a ministry official told Reuters."
        ),
        [q("We want to show that our market is open", Some("Finance Ministry"))]
    );
}

#[test]
fn the_body_after_a_quote_and_a_comma_outside_it_speaks_not_a_passive_s_subject() {
    assert_eq!(
        quotes(
            "Chelsea have sacked striker Adrian Mutu, Chelsea said.\n\n\
             He was dismissed for \"gross misconduct\", the club said in a statement. The \
             decision was \"final and binding\", the club said.\n\n\
             Mutu was quoted as saying \"I am ashamed\"."
        ),
        [
            q("gross misconduct", Some("Chelsea")),
            q("final and binding", Some("Chelsea")),
            q("I am ashamed", Some("Adrian Mutu")),
        ]
    );
}

#[test]
fn an_age_before_a_noun_for_one_of_a_country_s_people_refers_back() {
    assert_eq!(
        quotes(
            "Paula Radcliffe won the women's race.\n\n\
             The 31-year-old Briton, who dropped out in Athens, said: \"This means so much.\""
        ),
        [q("This means so much.", Some("Paula Radcliffe"))]
    );
}

#[test]
fn a_body_set_off_after_the_noun_for_it_speaks_not_the_body_that_noun_is_of() {
    assert_eq!(
        quotes(
            "The UN refugee agency, UNHCR, said it was \"concerned\" by the plans. Britain's \
             biggest union, Amicus, said it was \"alarmed\"."
        ),
        [q("concerned", Some("UNHCR")), q("alarmed", Some("Amicus")),]
    );
}

#[test]
fn a_subject_of_several_words_describing_a_person_refers_back_to_the_one_in_focus() {
    assert_eq!(
        quotes(
            "Robert Kilroy-Silk has quit the party.\n\nThe former chat show host told \
             supporters: \"I have no intention of staying.\""
        ),
        [q(
            "I have no intention of staying.",
            Some("Robert Kilroy-Silk")
        )]
    );
    // (An adjective of a name's among them.)
    assert_eq!(
        quotes(
            "Bid chairman Sebastian Coe welcomed the news.\n\nThe former Olympic champion \
             added: \"We are in this to win.\""
        ),
        [q("We are in this to win.", Some("Sebastian Coe"))]
    );
}

#[test]
fn a_person_named_after_a_comma_past_the_body_s_spokeswoman_speaks_and_is_the_spokeswoman_after() {
    assert_eq!(
        quotes(
            "Plaid Cymru said pensioners were hit.\n\n\"Many are paying more,\" said the \
             party's spokeswoman, Janet Davies. \"It is unfair,\" the spokeswoman said."
        ),
        [
            q("Many are paying more", Some("Janet Davies")),
            q("It is unfair", Some("Janet Davies")),
        ]
    );
    // (So with a body the gazetteer knows; but a spokeswoman the paragraph did not name
    // speaks for the body.)
    assert_eq!(
        quotes(
            "Labour said pensioners were hit.\n\n\"Many are paying more,\" said the party's \
             spokeswoman, Janet Davies. \"It is unfair,\" the spokeswoman said.\n\nBA said it \
             was sorry. \"We apologise,\" the spokeswoman said."
        ),
        [
            q("Many are paying more", Some("Janet Davies")),
            q("It is unfair", Some("Janet Davies")),
            q("We apologise", Some("BA")),
        ]
    );
}

#[test]
fn whoever_apologises_for_the_words_quoted_says_them() {
    assert_eq!(
        quotes(
            "Former Home Secretary David Blunkett has apologised for any \"perception of \
             impropriety\" after an inquiry."
        ),
        [q("perception of impropriety", Some("David Blunkett"))]
    );
}

#[test]
fn a_title_s_body_then_its_holder_after_said_leaves_the_holder_speaking() {
    assert_eq!(
        quotes("\"These are fantasy figures,\" said Chief Secretary to the Treasury Paul Boateng."),
        [q("These are fantasy figures", Some("Paul Boateng"))]
    );
}

#[test]
fn the_holder_set_off_after_a_title_of_a_body_speaks() {
    assert_eq!(
        quotes("\"It is fine,\" said the chairman of Acme Corp, John Smith."),
        [q("It is fine", Some("John Smith"))]
    );
}

#[test]
fn said_the_former_player_of_a_club_is_the_person_in_focus() {
    assert_eq!(
        quotes("Ian Wright will play at Wembley. \"I'm proud,\" said the former Arsenal player."),
        [q("I'm proud", Some("Ian Wright"))]
    );
}

#[test]
fn a_statement_from_a_body_is_the_body_s() {
    assert_eq!(
        quotes(
            "Shares rose. \"We are delighted,\" said a statement from Tesco. \"It is fair,\" \
             according to a statement from Asda."
        ),
        [
            q("We are delighted", Some("Tesco")),
            q("It is fair", Some("Asda"))
        ]
    );
}

#[test]
fn the_former_member_of_a_band_is_the_person_in_focus_and_no_name() {
    let text = "Sir Paul McCartney will open the show. \"I'm proud,\" the former Beatle said.";
    assert_eq!(quotes(text), [q("I'm proud", Some("Sir Paul McCartney"))]);
}

#[test]
fn a_title_one_person_holds_speaks_for_nobody_else_unless_given_to_a_name() {
    assert_eq!(
        quotes(
            "\"We are delighted,\" said Tony Blair. The Pope said: \"Peace be with you.\" \
             \"Thank you,\" said the Queen."
        ),
        [
            q("We are delighted", Some("Tony Blair")),
            q("Peace be with you.", None),
            q("Thank you", None),
        ]
    );
    assert_eq!(
        quotes("Queen Elizabeth opened the bridge. The Queen said: \"It is a fine day.\""),
        [q("It is a fine day.", Some("Queen Elizabeth"))]
    );
}

#[test]
fn the_national_a_person_was_called_before_their_name_is_that_person() {
    assert_eq!(
        quotes(
            "Tim Henman beat Frenchman Cyril Saulnier 6-3 6-4. Henman was pleased.\n\n\
             \"I played badly,\" said the Frenchman. \"He served well.\"\n\n\
             The Frenchman said: \"I will be back.\""
        ),
        [
            q("I played badly", Some("Cyril Saulnier")),
            q("He served well.", Some("Cyril Saulnier")),
            q("I will be back.", Some("Cyril Saulnier")),
        ]
    );
}

#[test]
fn an_age_before_a_preposition_refers_back_to_the_person_in_focus() {
    assert_eq!(
        quotes(
            "Teenage soul singer Joss Stone was the big winner.\n\n\
             The 17-year-old from Devon beat Jamelia and PJ Harvey to the female award. \
             \"I am so happy,\" she told the audience."
        ),
        [q("I am so happy", Some("Joss Stone"))]
    );
}

#[test]
fn a_person_described_after_somebody_unnamed_spoke_is_whom_the_story_is_about() {
    let story = |middle: &str| {
        quotes(&format!(
            "Sir Elton John is to marry David Furnish.\n\nFurnish has been with Sir Elton \
             since 1993.\n\n{middle}\n\n\"David has changed my life,\" he said."
        ))
    };
    // (A spokesman for the person the story is about: `he said` next is that person.)
    assert_eq!(
        story("A spokesman for the singer said no date had been set."),
        [q("David has changed my life", Some("Sir Elton John"))]
    );
    // (An age standing for a person, after an unnamed spokesman took the focus.)
    assert_eq!(
        story(
            "A spokesman for the family said no date had been set. The 57-year-old said he \
             had never been happier."
        ),
        [q("David has changed my life", Some("Sir Elton John"))]
    );
    // (A spokesman for somebody unnamed speaks for nobody the story named.)
    assert_eq!(
        story("A spokesman for the family said no date had been set."),
        [q("David has changed my life", None)]
    );
}

#[test]
fn what_they_said_is_the_body_whose_people_were_named_before() {
    assert_eq!(
        quotes(
            "Analysts at Goldman Sachs raised their target. \"Growth remains exceptional,\" \
             they wrote in a note.\n\nThe banks met officials at Texaco Inc. They said: \"We remain \
             open to any offer.\"\n\nShareholders met the banks. \"We want more,\" they said.\n\n\
             Economists at Capital Economics expect a fall.\n\n\"Prices will fall,\" they said."
        ),
        [
            q("Growth remains exceptional", Some("Goldman Sachs")),
            q("We remain open to any offer.", Some("Texaco Inc")),
            q("We want more", None),
            q("Prices will fall", Some("Capital Economics")),
        ]
    );
}

#[test]
fn a_negotiator_speaks_for_the_body_named_before_the_noun() {
    assert_eq!(
        quotes(
            "Talks between the United States and the European Community have stalled. \
             \"We are still very far apart,\" said one EC negotiator."
        ),
        [q("We are still very far apart", Some("European Community"))]
    );
}

#[test]
fn a_title_unnamed_in_the_lede_is_the_person_the_next_paragraph_opens_on_speaking() {
    assert_eq!(
        quotes(
            "The work and pensions secretary has defended the cuts, saying the system \
             \"writes people off\".\n\n\
             Liz Kendall told MPs the changes would help."
        ),
        [q("writes people off", Some("Liz Kendall"))]
    );
    // Not one who only appears there.
    assert_eq!(
        quotes(
            "The work and pensions secretary has defended the cuts, saying the system \
             \"writes people off\".\n\n\
             Liz Kendall, a Labour MP, was not convinced."
        ),
        [q("writes people off", None)]
    );
    // After a phrase set off that says where or when.
    assert_eq!(
        quotes(
            "The prime minister has defended the plans, saying the system was \"broken\".\n\n\
             Speaking at Prime Minister's Questions, Sir Keir Starmer said numbers would fall."
        ),
        [q("broken", Some("Sir Keir Starmer"))]
    );
}

#[test]
fn saying_set_off_after_its_clause_is_said_by_the_clause_s_subject() {
    // (Not by the body named last before the comma, the object of the clause.)
    assert_eq!(
        quotes(
            "The EIS said 87% of members backed walkouts.\n\nThe union rejected an offer \
             from council body Cosla last month, saying it was \"nowhere near enough\"."
        ),
        [q("nowhere near enough", Some("EIS"))]
    );
    assert_eq!(
        quotes(
            "Andrea Bradley met the minister.\n\nShe rejected an offer from Cosla Ltd, \
             saying it was \"nowhere near enough\"."
        ),
        [q("nowhere near enough", Some("Andrea Bradley"))]
    );
    // (A name opening the sentence is its subject too.)
    assert_eq!(
        quotes(
            "Andrea Bradley rejected an offer from Cosla Ltd on Monday, saying it was \
             \"nowhere near enough\"."
        ),
        [q("nowhere near enough", Some("Andrea Bradley"))]
    );
}

#[test]
fn the_owner_of_words_quoted_after_them_speaks_them() {
    assert_eq!(
        quotes(
            "The Guardian leads on First Minister John Swinney's warning that Scotland faces \
             \"the toughest budget since devolution\"."
        ),
        [q(
            "the toughest budget since devolution",
            Some("John Swinney")
        )]
    );
    assert_eq!(
        quotes(
            "Tony Blair rejected Michael Howard's claim that crime was \"out of control\". \
             The Times leads on a warning from the CBI that firms face \"a perfect storm\"."
        ),
        [
            q("out of control", Some("Michael Howard")),
            q("a perfect storm", Some("CBI")),
        ]
    );
    // (Not words the subject says of them.)
    assert_eq!(
        quotes("Tony Blair dismissed Michael Howard's claims as \"nonsense\"."),
        [q("nonsense", Some("Tony Blair"))]
    );
}

#[test]
fn a_spokesman_for_a_title_nobody_was_given_speaks_for_nobody_named() {
    // (Not for the person in focus, who holds no such title.)
    assert_eq!(
        quotes(
            "Charles Kennedy attacked Tony Blair. Downing Street rejected the charge. A \
             spokesman for the prime minister said: \"These claims have been examined.\""
        ),
        [q("These claims have been examined.", None)]
    );
}

#[test]
fn one_of_a_crowd_named_after_a_comma_speaks() {
    assert_eq!(
        quotes(
            "Fans gathered outside. \"We know he is innocent,\" said one, Linda Fisher, who had \
             travelled from Germany. \"He will win,\" said another fan, Tom Jones."
        ),
        [
            q("We know he is innocent", Some("Linda Fisher")),
            q("He will win", Some("Tom Jones"))
        ]
    );
}

#[test]
fn he_after_a_title_s_spokesman_is_its_holder_or_nobody_named() {
    let carried = |opening: &str| {
        quotes(&format!(
            "{opening} Charles Kennedy said he had misled the country. The prime minister's \
             official spokesman rejected the claim. \"He has always acted in good faith,\" he \
             said."
        ))
    };
    assert_eq!(
        carried("Tony Blair was in Paris."),
        [q("He has always acted in good faith", None)]
    );
    assert_eq!(
        carried("Prime Minister Tony Blair was in Paris."),
        [q("He has always acted in good faith", Some("Tony Blair"))]
    );
}

#[test]
fn a_member_named_by_the_seat_is_the_person_in_focus() {
    assert_eq!(
        quotes(
            "Conservative MP Boris Johnson has rejected calls to quit. The Henley MP, who is \
             also the party's arts spokesman, said he could do both jobs \"perfectly well\"."
        ),
        [q("perfectly well", Some("Boris Johnson"))]
    );
}

#[test]
fn a_public_body_s_spokesman_speaks_for_the_body_named_so_or_for_nobody_named() {
    assert_eq!(
        quotes(
            "RCN Scotland director Theresa Fyffe spoke. \"The offer is fair,\" a Scottish \
             government spokeswoman said."
        ),
        [q("The offer is fair", None)]
    );
    assert_eq!(
        quotes(
            "Thames Valley Police arrested a man. Acme Ltd was closed. \"He is helping us,\" a \
             police spokeswoman said."
        ),
        [q("He is helping us", Some("Thames Valley Police"))]
    );
}

#[test]
fn the_official_nobody_named_speaks_for_the_body_an_official_spoke_for() {
    assert_eq!(
        quotes(
            "The Ministry of Trade has asked chipmakers to cut output, a ministry official \
             said.\n\n\
             The request follows a threat by Washington. \"We hope this will be enough,\" \
             the official said."
        ),
        [q("We hope this will be enough", Some("Ministry of Trade"))]
    );
    // An official the text named is that person.
    assert_eq!(
        quotes(
            "Commerce Department official John Smith said the talks had ended. \"We are \
             disappointed,\" the official said."
        ),
        [q("We are disappointed", Some("John Smith"))]
    );
}

#[test]
fn it_said_is_the_body_the_sentence_before_is_about() {
    assert_eq!(
        quotes(
            "Ofcom said the opera was satire and that the BBC had given viewers a warning. \
             \"Context is all-important,\" it said in its ruling."
        ),
        [q("Context is all-important", Some("Ofcom"))]
    );
    // A sentence before about no body: the body named last.
    assert_eq!(
        quotes(
            "Ofcom cleared the show. The decision was welcomed by the BBC. \"We are \
             pleased,\" it said."
        ),
        [q("We are pleased", Some("BBC"))]
    );
}

#[test]
fn a_document_says_nothing_for_the_person_in_focus() {
    assert_eq!(
        quotes(
            "The other plaintiffs are Ned Segal and Sean Edgett.\n\n\"Musk doesn't pay his \
             bills,\" the lawsuit says.\n\nNed Segal joined in 2017. \"The firm failed,\" said \
             the report."
        ),
        [
            q("Musk doesn't pay his bills", None),
            q("The firm failed", None)
        ]
    );
}

#[test]
fn a_sentence_opening_on_it_quotes_the_body_the_sentence_before_was_about() {
    assert_eq!(
        quotes(
            "Greggs Plc said it had a good year. It plans to have more than 3,000 shops \"in the \
             longer term\"."
        ),
        [q("in the longer term", Some("Greggs Plc"))]
    );
}

#[test]
fn a_firm_s_partner_named_after_it_speaks_for_it() {
    assert_eq!(
        quotes(
            "\"We believe our offer is fair,\" said Wagner and Brown partner Cloyce Box.\n\n\
             \"It is too low,\" said Goldman Sachs partner Robert Rubin."
        ),
        [
            (
                "We believe our offer is fair".into(),
                Some("Cloyce Box".into())
            ),
            ("It is too low".into(), Some("Robert Rubin".into())),
        ]
    );
}

#[test]
fn a_country_s_spokesman_speaks_for_the_body_named_for_it() {
    assert_eq!(
        quotes(
            "The Kuwait Investment Office has built up a stake of 10 pct in BP. \"We see BP as a \
             good investment,\" a Kuwaiti spokesman said.\n\n\
             Japan Air Lines signed the deal with Boeing. A Japanese spokesman said: \"We are \
             pleased.\"\n\n\
             Japan Air Lines signed the deal with Boeing. \"It is a fine deal,\" a spokesman said."
        ),
        [
            (
                "We see BP as a good investment".into(),
                Some("Kuwait Investment Office".into())
            ),
            ("We are pleased.".into(), Some("Japan Air Lines".into())),
            ("It is a fine deal".into(), Some("Boeing".into())),
        ]
    );
}

#[test]
fn who_says_a_sentence_with_a_clause_of_time_is_in_focus() {
    assert_eq!(
        quotes(
            "Brazil will suspend payments until it reaches agreement with the Paris Club, \
             Finance Minister Luiz Carlos Bresser Pereira said.\n\n\
             He said Brazil would go on paying the banks.\n\n\
             \"We are not declaring a new moratorium,\" he said."
        ),
        [(
            "We are not declaring a new moratorium".into(),
            Some("Luiz Carlos Bresser Pereira".into())
        )]
    );
}
