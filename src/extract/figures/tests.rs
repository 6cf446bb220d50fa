use super::*;
use crate::model::Role;

#[test]
fn every_spelled_number_gets_past_the_first_letters() {
    let tens = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    for n in crate::extract::lexicon::SPELLED_NUMBERS {
        for word in [n.to_string(), format!("{n}-year"), format!("{n}fold")] {
            assert!(opens_spelled_number(&word), "{word}");
        }
        for t in tens {
            assert!(opens_spelled_number(&format!("{t}-{n}")));
        }
    }
    for word in ["a", "dozen"] {
        assert!(opens_spelled_number(word), "{word}");
    }
    for word in ["the", "to", "said", "an", "of", "at", "fort"] {
        assert_eq!(opens_spelled_number(word), word == "fort", "{word}");
    }
}

/// Each figure's text, value, unit and qualifier, in paragraphs split at blank lines.
fn figures(text: &str) -> Vec<(String, f64, Option<String>, Option<String>)> {
    let texts: Vec<&str> = text.split("\n\n").collect();
    let paras: Vec<Para> = (texts.iter().enumerate())
        .map(|(i, t)| Para::new(i, t, Role::Body))
        .collect();
    let dates =
        super::super::dates::find(&paras, chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    find(&paras, &dates)
        .into_iter()
        .map(|f| {
            (
                texts[f.span.paragraph()][f.span.range()].into(),
                f.value,
                f.unit.map(Into::into),
                f.qualifier.map(Into::into),
            )
        })
        .collect()
}

/// Each figure's text and unit.
fn units_and_values(text: &str) -> Vec<(String, f64, Option<String>)> {
    figures(text).into_iter().map(|f| (f.0, f.1, f.2)).collect()
}

fn units(text: &str) -> Vec<(String, Option<String>)> {
    figures(text).into_iter().map(|f| (f.0, f.2)).collect()
}

#[test]
fn a_bare_count_as_the_subject_of_a_clause_counts_what_the_sentence_counted() {
    assert_eq!(
        units("About 400 people were injured and 200 are missing. Of the 3,000 workers, 200 were sacked. Prices rose 5% and 3 were cut."),
        [
            ("About 400 people".into(), Some("people".into())),
            ("200".into(), Some("people".into())),
            ("3,000 workers".into(), Some("workers".into())),
            ("200".into(), Some("workers".into())),
            ("5%".into(), Some("%".into())),
            ("3".into(), None),
        ]
    );
    // Or of what it says.
    assert_eq!(
        units("Of the 36 councils that responded, 33 said they would raise bills."),
        [
            ("36 councils".into(), Some("councils".into())),
            ("33".into(), Some("councils".into())),
        ]
    );
    // A part of `them`: what they are, when a plural says, else what was counted before.
    assert_eq!(
        units(
            "Four men, two of them carrying guns, fled. The crash killed 12, six of them children."
        ),
        [
            ("Four men".into(), Some("men".into())),
            ("two".into(), Some("men".into())),
            ("12".into(), None),
            ("six of them children".into(), Some("children".into())),
        ]
    );
    // Or, when nothing was counted, the one plural named before (of two, neither).
    assert_eq!(
        units("Labour MPs had a free vote, and 119 of them backed it. 40 of them spoke."),
        [
            ("119".into(), Some("MPs".into())),
            ("40".into(), Some("MPs".into())),
        ]
    );
    assert_eq!(
        units("Police questioned residents, and 12 of them were held."),
        [("12".into(), None)]
    );
}

#[test]
fn the_currency_an_index_is_reckoned_in_is_not_what_it_counts() {
    assert_eq!(
        units("The index, measured in dollars, stood at 79.4, against 77.6 a month earlier."),
        [("79.4".into(), None), ("77.6".into(), None)]
    );
}

#[test]
fn a_change_in_numbers_counts_what_they_are_numbers_of() {
    assert_eq!(
        units("Profit rose to 34.6m euros. Passenger numbers rose 24% to 6.5 million. Record numbers rose 2% to 3 million."),
        [
            ("34.6m euros".into(), Some("euros".into())),
            ("24%".into(), Some("%".into())),
            ("6.5 million".into(), Some("passengers".into())),
            ("2%".into(), Some("%".into())),
            ("3 million".into(), None),
        ]
    );
    // After a participle too.
    assert_eq!(
        units("Police numbers had risen by 12,500 to 140,563."),
        [
            ("12,500".into(), Some("police".into())),
            ("140,563".into(), Some("police".into())),
        ]
    );
    // With no change from a figure before it, and a sum of money said before.
    assert_eq!(
        units("It cost $9bn. It will double passenger numbers to 70 million a year."),
        [
            ("$9bn".into(), Some("$".into())),
            ("70 million".into(), Some("passengers".into())),
        ]
    );
    // In a clause after a sum of money in the same sentence.
    assert_eq!(
        units("Profits rose to 34.1m euros (£23.6m), as passenger numbers grew by 23% to 6.1 million."),
        [
            ("34.1m euros".into(), Some("euros".into())),
            ("£23.6m".into(), Some("£".into())),
            ("23%".into(), Some("%".into())),
            ("6.1 million".into(), Some("passengers".into())),
        ]
    );
}

#[test]
fn a_change_to_a_count_counts_the_subject_of_its_verb() {
    assert_eq!(
        units("Overall attendances rose by 2.4% to 12.3 million. Its shares rose 2% to 3.1m."),
        [
            ("2.4%".into(), Some("%".into())),
            ("12.3 million".into(), Some("attendances".into())),
            ("2%".into(), Some("%".into())),
            ("3.1m".into(), Some("shares".into())),
        ]
    );
}

#[test]
fn a_count_a_verb_of_change_takes_its_object_by_or_to_counts_that_object() {
    assert_eq!(
        units(
            "ENI cut its workforce by 6,000 to 126,000. The bank has reduced staff to 300. \
             It cut prices by 5."
        ),
        [
            ("6,000".into(), Some("workforce".into())),
            ("126,000".into(), Some("workforce".into())),
            ("300".into(), Some("staff".into())),
            ("5".into(), None),
        ]
    );
}

#[test]
fn a_count_a_verb_says_something_reaches_or_doubled_to_counts_its_subject() {
    assert_eq!(
        units(
            "Sales rose 30%. He expects sales to reach 730 million. Its downloads doubled to 2.1m."
        ),
        [
            ("30%".into(), Some("%".into())),
            ("730 million".into(), Some("sales".into())),
            ("2.1m".into(), Some("downloads".into())),
        ]
    );
    assert_eq!(units("It was a top five hit in folk clubs."), []);
    assert_eq!(
        units(
            "It said 12 million people were undersaving and that the pension age might rise to 67."
        ),
        [
            ("12 million people".into(), Some("people".into())),
            ("67".into(), Some("years of age".into()))
        ]
    );
    assert_eq!(
        units("The pension age, 65 for men and 60 for women, could rise to 67."),
        [
            ("65".into(), Some("years of age".into())),
            ("60".into(), Some("years of age".into())),
            ("67".into(), Some("years of age".into()))
        ]
    );
    assert_eq!(
        units("Organisers expect ticket sales to top 50,000."),
        [("50,000".into(), Some("sales".into()))]
    );
    // One thing of a plural is no count of it.
    assert_eq!(
        units("It drew 9.9 million viewers. The first episode of the series peaked at 10.5 million. The number of games rose to 40."),
        [
            ("9.9 million viewers".into(), Some("viewers".into())),
            ("10.5 million".into(), Some("viewers".into())),
            ("40".into(), Some("games".into())),
        ]
    );
}

#[test]
fn a_part_of_a_figure_counts_what_it_counted() {
    assert_eq!(
        units("Tenders came for 2.6 billion dlrs of 91-day bills, of which 1.9 billion were accepted."),
        [
            ("2.6 billion dlrs".into(), Some("dlrs".into())),
            ("91-day".into(), Some("day".into())),
            ("1.9 billion".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_people_in_the_plural_is_counted() {
    assert_eq!(
        units("About eight million Iraqis voted, in 20 crises."),
        [
            ("About eight million Iraqis".into(), Some("Iraqis".into())),
            ("20 crises".into(), Some("crises".into())),
        ]
    );
}

#[test]
fn a_plural_of_a_word_in_i_is_counted_though_it_ends_like_crisis() {
    assert_eq!(
        units("Apple could sell 1.2 million Mac Minis. The city licensed 5,000 taxis after 30 analysis."),
        [
            ("1.2 million Mac Minis".into(), Some("Mac Minis".into())),
            ("5,000 taxis".into(), Some("taxis".into())),
            ("30".into(), None),
        ]
    );
    assert_eq!(
        units("Sony has sold 9.3 million PS3s, against 13.2 million Wiis."),
        [
            ("9.3 million PS3s".into(), Some("PS3s".into())),
            ("13.2 million Wiis".into(), Some("Wiis".into())),
        ]
    );
}

#[test]
fn a_verb_after_and_ends_the_unit() {
    assert_eq!(
        units("The plant employs about 3,200 workers and builds the cars. It fired 900 missiles and drones."),
        [
            ("about 3,200 workers".into(), Some("workers".into())),
            ("900 missiles and drones".into(), Some("missiles and drones".into())),
        ]
    );
    assert_eq!(
        units("It has about 70,000 employees and operates more than 600 stores. It has two screens and costs $149."),
        [
            ("about 70,000 employees".into(), Some("employees".into())),
            ("more than 600 stores".into(), Some("stores".into())),
            ("two screens".into(), Some("screens".into())),
            ("$149".into(), Some("$".into())),
        ]
    );
    assert_eq!(
        units("These are the two things people most want. It hired 30 sales people last year."),
        [
            ("two things".into(), Some("things".into())),
            ("30 sales people".into(), Some("sales people".into())),
        ]
    );
    assert_eq!(
        units("The party has 55 MPs and hopes to gain seats. It sent 40 tanks and missiles to the front."),
        [
            ("55 MPs".into(), Some("MPs".into())),
            ("40 tanks and missiles".into(), Some("tanks and missiles".into())),
        ]
    );
}

#[test]
fn top_the_verb_gives_a_level_and_top_the_rank_none() {
    assert_eq!(
        units(
            "He expects sales to top 730 million. Broadband users top six million. Sales of phones more than doubled to 246 million. Sales will reach 9 million. It is in the top 10 and its top five."
        ),
        [
            ("730 million".into(), Some("sales".into())),
            ("six million".into(), Some("users".into())),
            ("246 million".into(), Some("phones".into())),
            ("9 million".into(), Some("sales".into())),
        ]
    );
    assert_eq!(
        units("The surplus would still top 80 billion dlrs. It was their only top 10 hit."),
        [("80 billion dlrs".into(), Some("dlrs".into()))]
    );
}

#[test]
fn over_after_a_spreading_verb_is_a_span() {
    assert_eq!(
        figures("Subsidies would be phased out over 10 years. It lasted over 20 years. It offered 3% a year over three years. It rescheduled 13.2 billion dlrs of foreign debt over 17 years."),
        [
            fig("10 years", 10.0, Some("years"), None),
            fig("over 20 years", 20.0, Some("years"), Some("over")),
            fig("3%", 3.0, Some("%"), None),
            fig("three years", 3.0, Some("years"), None),
            fig("13.2 billion dlrs", 13.2e9, Some("dlrs"), None),
            fig("17 years", 17.0, Some("years"), None),
        ]
    );
    assert_eq!(
        figures("The credit is repayable over 50 years. Cuts will be phased in over three years."),
        [
            fig("50 years", 50.0, Some("years"), None),
            fig("three years", 3.0, Some("years"), None),
        ]
    );
    // (A share of something cut over a span.)
    assert_eq!(
        figures("It will cut costs by a third over four years."),
        [fig("four years", 4.0, Some("years"), None)]
    );
    // A verb's `over` is no qualifier (but time taken over a span is more than it).
    assert_eq!(
        figures("Continental will take over 14 routes. Police handed over 500 files. It took over 30 years."),
        [
            fig("14 routes", 14.0, Some("routes"), None),
            fig("500 files", 500.0, Some("files"), None),
            fig("over 30 years", 30.0, Some("years"), Some("over")),
        ]
    );
    // An amount spent over a span, but not a person's time spent.
    assert_eq!(
        figures("She said £280m would be spent over three years. He spent over two years in jail."),
        [
            fig("£280m", 280e6, Some("£"), None),
            fig("three years", 3.0, Some("years"), None),
            fig("over two years", 2.0, Some("years"), Some("over")),
        ]
    );
    // After an amount given in another currency too.
    assert_eq!(
        figures("In the US it took $93.7m (£51m) over three days."),
        [
            fig("$93.7m", 93.7e6, Some("$"), None),
            fig("£51m", 51e6, Some("£"), None),
            fig("three days", 3.0, Some("days"), None),
        ]
    );
    // What is spread before `over` says so too.
    assert_eq!(
        figures("The accord stretches repayments over 20 years."),
        [fig("20 years", 20.0, Some("years"), None)]
    );
}

#[test]
fn what_a_story_is_about_is_no_rough_count() {
    assert_eq!(
        figures("It is a film about two couples, and an opera about three sisters, seen by about 90 critics."),
        [
            fig("two couples", 2.0, Some("couples"), None),
            fig("three sisters", 3.0, Some("sisters"), None),
            fig("about 90 critics", 90.0, Some("critics"), Some("about")),
        ]
    );
}

#[test]
fn a_body_of_people_that_was_a_number_is_what_it_counts() {
    assert_eq!(
        units("It is a film about two couples. Its audience for the ceremony was 1.2 million. Attendance was 52,316."),
        [
            ("two couples".into(), Some("couples".into())),
            ("1.2 million".into(), Some("audience".into())),
            ("52,316".into(), Some("Attendance".into())),
        ]
    );
}

#[test]
fn a_house_number_opening_an_address_is_no_figure() {
    assert!(
        figures("He lives at 10 Downing Street. The firm moved to 221 Baker Street.").is_empty()
    );
    assert_eq!(
        units("He lives at 10 Downing Street with 10 staff."),
        [("10 staff".into(), Some("staff".into()))]
    );
}

#[test]
fn a_name_with_a_number_opening_a_sentence_is_no_figure() {
    assert_eq!(
        units("Channel 4 will show it. About 90 journalists vote."),
        [("About 90 journalists".into(), Some("journalists".into()))]
    );
    // Only a word that can open a sentence before a number lets it count.
    assert_eq!(
        units("Halo 2 sales reach $125m. Some 139 MPs rebelled."),
        [
            ("$125m".into(), Some("$".into())),
            ("Some 139 MPs".into(), Some("MPs".into()))
        ]
    );
}

fn fig(
    t: &str,
    v: f64,
    u: Option<&str>,
    q: Option<&str>,
) -> (String, f64, Option<String>, Option<String>) {
    (t.into(), v, u.map(Into::into), q.map(Into::into))
}

#[test]
fn qualifier_value_and_counted_noun() {
    assert_eq!(
        figures("Rebels fired over 6,400 rockets and shells at towns."),
        [fig(
            "over 6,400 rockets and shells",
            6400.0,
            Some("rockets and shells"),
            Some("over")
        )]
    );
    // A plural in -men counts too.
    assert_eq!(
        units("About 40,000 seamen and 300 fishermen are on strike."),
        [
            ("About 40,000 seamen".into(), Some("seamen".into())),
            ("300 fishermen".into(), Some("fishermen".into())),
        ]
    );
}

#[test]
fn a_size_between_a_count_and_what_it_counts() {
    assert_eq!(
        units("They shipped 1.2 mln 60-kilo bags in January, from 1.6 mln a year earlier."),
        [
            ("1.2 mln".into(), Some("bags".into())),
            ("60-kilo".into(), Some("kilo".into())),
            ("1.6 mln".into(), Some("bags".into()))
        ]
    );
    // The size of each after `of`.
    assert_eq!(
        units(
            "Arrivals were 155,221 bags of 60 kilos, making a cumulative total for the season \
             of 5.93 mln."
        ),
        [
            ("155,221 bags".into(), Some("bags".into())),
            ("60 kilos".into(), Some("kilos".into())),
            ("5.93 mln".into(), Some("bags".into()))
        ]
    );
}

#[test]
fn a_number_measured_against_a_figure_counts_the_same() {
    let found = units("It sold 4.5 million iPods in three months, up from 733,000, and Nissan Motor Co Ltd 470,300 cars. It shipped 12,400 tonnes, against 9,800.");
    let found: Vec<(&str, Option<&str>)> = found
        .iter()
        .map(|(t, u)| (t.as_str(), u.as_deref()))
        .collect();
    assert_eq!(
        found,
        [
            ("4.5 million iPods", Some("iPods")),
            ("three months", Some("months")),
            ("733,000", Some("iPods")),
            ("470,300 cars", Some("cars")),
            ("12,400 tonnes", Some("tonnes")),
            ("9,800", Some("tonnes"))
        ]
    );
}

#[test]
fn measured_against_passes_over_a_span_of_time_unless_that_is_all() {
    assert_eq!(
        units("71,000 people waited over six months, down from 104,000. The wait fell to 18 weeks, down from 26."),
        [
            ("71,000 people".into(), Some("people".into())),
            ("over six months".into(), Some("months".into())),
            ("104,000".into(), Some("people".into())),
            ("18 weeks".into(), Some("weeks".into())),
            ("26".into(), Some("weeks".into())),
        ]
    );
    // A level set off after the one reached, with `from`.
    assert_eq!(
        units("Output fell to 300 tonnes, from 350 a year earlier."),
        [
            ("300 tonnes".into(), Some("tonnes".into())),
            ("350".into(), Some("tonnes".into())),
        ]
    );
}

#[test]
fn a_count_that_peaked_or_fell_counts_the_plural_before_it() {
    assert_eq!(
        units("Monthly applications, which peaked at 8,900, would fall to about 4,450. The number waiting more than six months fell to 69,000."),
        [
            ("8,900".into(), Some("applications".into())),
            ("about 4,450".into(), Some("applications".into())),
            ("more than six months".into(), Some("months".into())),
            ("69,000".into(), Some("people waiting".into())),
        ]
    );
    // (Not a span written before the noun: `four-week`.)
    assert_eq!(
        units("The four-week moving average of new claims fell to 361,500 from 366,250."),
        [
            ("four-week".into(), Some("week".into())),
            ("361,500".into(), Some("claims".into())),
            ("366,250".into(), Some("claims".into())),
        ]
    );
}

#[test]
fn a_part_counts_what_the_whole_counts() {
    assert_eq!(
        units(
            "United have won nine of their last 10 league games. Six of the 12 players were hurt."
        ),
        [
            ("nine".into(), Some("league games".into())),
            ("10 league games".into(), Some("league games".into())),
            ("Six".into(), Some("players".into())),
            ("12 players".into(), Some("players".into())),
        ]
    );
    assert_eq!(
        units("Prices have risen in 18 of the past 20 months."),
        [
            ("18".into(), Some("months".into())),
            ("20 months".into(), Some("months".into())),
        ]
    );
    assert_eq!(
        units("About 340,000 of the industry's 500,000 miners belong to it."),
        [
            ("About 340,000".into(), Some("miners".into())),
            ("500,000 miners".into(), Some("miners".into())),
        ]
    );
    assert_eq!(
        units("England have lost four of their last six Tests."),
        [
            ("four".into(), Some("Tests".into())),
            ("six Tests".into(), Some("Tests".into())),
        ]
    );
    assert_eq!(
        units("England won only two of their five games."),
        [
            ("two".into(), Some("games".into())),
            ("five games".into(), Some("games".into())),
        ]
    );
    // A whole named by its owner's possessive, with no article.
    assert_eq!(
        units("The SNP won 56 of Scotland's 59 seats."),
        [
            ("56".into(), Some("seats".into())),
            ("59 seats".into(), Some("seats".into())),
        ]
    );
}

#[test]
fn a_crowd_of_a_number_counts_the_crowd() {
    assert_eq!(
        units("They won 10 league games. A crowd of 52,316 watched. Labour won a majority of 167."),
        [
            ("10 league games".into(), Some("league games".into())),
            ("52,316".into(), Some("crowd".into())),
            ("167".into(), Some("majority".into())),
        ]
    );
}

#[test]
fn a_bare_count_looks_no_further_back_than_its_paragraph() {
    let paras = [
        Para::new(0, "They won 10 league games.", Role::Body),
        Para::new(1, "The gate was 52,316.", Role::Body),
    ];
    let dates =
        super::super::dates::find(&paras, chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    let found = find(&paras, &dates);
    assert_eq!(found.len(), 2);
    assert_eq!(found[1].unit, None);
}

#[test]
fn one_cent_is_money_and_per_cent_a_rate() {
    assert_eq!(
        units("Heating oil rose 0.54 cent to 51.20 cents, up 1.1 per cent."),
        [
            ("0.54 cent".into(), Some("cent".into())),
            ("51.20 cents".into(), Some("cents".into())),
            ("1.1 per cent".into(), Some("%".into())),
        ]
    );
}

#[test]
fn a_large_count_left_bare_counts_what_the_last_figure_counted() {
    assert_eq!(
        units("Toyota may ship 548,900 cars, Nissan 470,300. The list stood at 856,000, up 4%. It fell to 1,200 from 1,500."),
        [
            ("548,900 cars".into(), Some("cars".into())),
            ("470,300".into(), Some("cars".into())),
            ("856,000".into(), Some("cars".into())),
            ("4%".into(), Some("%".into())),
            // After a rate, what is counted is no longer clear.
            ("1,200".into(), None),
            ("1,500".into(), None),
        ]
    );
    // Money written with its sign is written so every time.
    assert_eq!(
        units("Tickets cost £22.50. All 60,000 will be sold. Sales were 12 mln dlrs. Costs were 450,000."),
        [
            ("£22.50".into(), Some("£".into())),
            ("60,000".into(), None),
            ("12 mln dlrs".into(), Some("dlrs".into())),
            ("450,000".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_count_of_more_or_others_counts_what_its_sentence_counted() {
    assert_eq!(
        units("About 74,000 fans were inside and 250,000 more watched in the city. Four people died and 12 others were hurt."),
        [
            ("About 74,000 fans".into(), Some("fans".into())),
            ("250,000".into(), Some("fans".into())),
            ("Four people".into(), Some("people".into())),
            ("12".into(), Some("people".into())),
        ]
    );
    assert_eq!(
        units("Debts were 14bn euros. Prosecutors want Mr Tanzi and 28 others sent for trial."),
        [
            ("14bn euros".into(), Some("euros".into())),
            ("28".into(), None),
        ]
    );
    // (Others of what was counted, not of where it was.)
    assert_eq!(
        units("Air defences shot down 76 drones across 17 regions, while 95 others were lost."),
        [
            ("76 drones".into(), Some("drones".into())),
            ("17 regions".into(), Some("regions".into())),
            ("95".into(), Some("drones".into())),
        ]
    );
    // Nor are more of them, bare, the dollars of a deal told before; a scaled sum is.
    assert_eq!(
        units("It spent 1.5 billion dlrs, and took options on 25 more of each type. It raised 2 billion dlrs and 500 million more."),
        [
            ("1.5 billion dlrs".into(), Some("dlrs".into())),
            ("25".into(), None),
            ("2 billion dlrs".into(), Some("dlrs".into())),
            ("500 million".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_number_after_to_counts_what_the_figure_before_it_counted() {
    assert_eq!(
        units("It passed by 316 votes to 311. Imports fell 9.4 pct to 9.12 billion dlrs and exports 3 pct to 5.1 billion. Rates rose 2 pct to 7."),
        [
            ("316 votes".into(), Some("votes".into())),
            ("311".into(), Some("votes".into())),
            ("9.4 pct".into(), Some("%".into())),
            ("9.12 billion dlrs".into(), Some("dlrs".into())),
            ("3 pct".into(), Some("%".into())),
            ("5.1 billion".into(), Some("dlrs".into())),
            ("2 pct".into(), Some("%".into())),
            ("7".into(), Some("%".into())),
        ]
    );
    assert_eq!(
        units("The dollar rose to 144.10 yen from 143.55."),
        [
            ("144.10 yen".into(), Some("yen".into())),
            ("143.55".into(), Some("yen".into())),
        ]
    );
    // Past what a rate is of.
    assert_eq!(
        units("The franc rose to 3.3210 francs per mark from 3.3450. Copper rose to 1,034 stg a tonne from 1,022."),
        [
            ("3.3210 francs".into(), Some("francs".into())),
            ("3.3450".into(), Some("francs".into())),
            ("1,034 stg".into(), Some("stg".into())),
            ("1,022".into(), Some("stg".into())),
        ]
    );
    // (Sterling written out: `fell 45 sterling to 1,640 sterling a tonne`.)
    assert_eq!(
        units("Cocoa fell 45 sterling to 1,640 sterling a tonne."),
        [
            ("45 sterling".into(), Some("sterling".into())),
            ("1,640 sterling".into(), Some("sterling".into())),
        ]
    );
    // Past the day the level was reached.
    assert_eq!(
        units(
            "The Australian dollar rose to 70.20 U.S. cents on Thursday from 69.85 on Wednesday."
        ),
        [
            ("70.20 U.S. cents".into(), Some("U.S. cents".into())),
            ("69.85".into(), Some("U.S. cents".into())),
        ]
    );
    // A move told as a share ends at a level, no share.
    assert_eq!(
        units("The CAC General index closed 1.2 pct higher at 303.4."),
        [("1.2 pct".into(), Some("%".into())), ("303.4".into(), None),]
    );
    assert_eq!(
        units("The CAC index rose 1.2 pct to 303.4. Inflation rose from 3.1 pct to 3.4."),
        [
            ("1.2 pct".into(), Some("%".into())),
            ("303.4".into(), None),
            ("3.1 pct".into(), Some("%".into())),
            ("3.4".into(), Some("%".into())),
        ]
    );
    // A low or a high a level is measured from.
    assert_eq!(
        units("The dollar recovered to 141.20 yen from an overnight low of 139.80."),
        [
            ("141.20 yen".into(), Some("yen".into())),
            ("139.80".into(), Some("yen".into())),
        ]
    );
    assert_eq!(
        units("The dollar fell to 145.50 yen yesterday from 146.20 on Monday."),
        [
            ("145.50 yen".into(), Some("yen".into())),
            ("146.20".into(), Some("yen".into())),
        ]
    );
    // Where and when the level was reached, between; for a level near it (not `50` after
    // `5.2 billion marks`).
    assert_eq!(
        units(
            "The dollar fell to 1.4210 francs in Zurich today from 1.4530 on Friday. It rose \
             to 144.10 yen in early trading in Tokyo from 143.55. Exports rose to 5.2 \
             billion marks in January from 50 in December."
        ),
        [
            ("1.4210 francs".into(), Some("francs".into())),
            ("1.4530".into(), Some("francs".into())),
            ("144.10 yen".into(), Some("yen".into())),
            ("143.55".into(), Some("yen".into())),
            ("5.2 billion marks".into(), Some("marks".into())),
            ("50".into(), None),
        ]
    );
    assert_eq!(
        units("Nissan closed 12 yen lower at 543. It was 2 dlrs up at the start."),
        [
            ("12 yen".into(), Some("yen".into())),
            ("543".into(), Some("yen".into())),
            ("2 dlrs".into(), Some("dlrs".into())),
        ]
    );
    // Money is not passed on to a count of people.
    assert_eq!(
        units("Sales were 20 mln stg.\n\nIt cut its workforce to 52,000 from 166,000."),
        [
            ("20 mln stg".into(), Some("stg".into())),
            ("52,000".into(), Some("workforce".into())),
            ("166,000".into(), Some("workforce".into())),
        ]
    );
    // A rate reached is a level, and what it came from is a rate too.
    assert_eq!(
        units("The Bundesbank cut the rate to 3.55 pct from 3.80. It stood at 4.5 per cent from 4.25 before."),
        [
            ("3.55 pct".into(), Some("%".into())),
            ("3.80".into(), Some("%".into())),
            ("4.5 per cent".into(), Some("%".into())),
            ("4.25".into(), Some("%".into())),
        ]
    );
}

#[test]
fn a_number_measured_against_passes_over_a_count_the_sentence_refers_to() {
    assert_eq!(
        units("They allowed 42 flights a week between the two countries, up from 21."),
        [
            ("42 flights".into(), Some("flights".into())),
            ("two countries".into(), Some("countries".into())),
            ("21".into(), Some("flights".into())),
        ]
    );
}

#[test]
fn a_place_in_a_ranking_is_no_count() {
    assert_eq!(
        units("The Scot, ranked 72 in the world and seeded 12, will climb to about 60 in the rankings after winning 4 matches."),
        [("4 matches".into(), Some("matches".into()))]
    );
}

#[test]
fn a_participle_used_as_a_preposition_names_no_unit() {
    assert_eq!(
        units("Nintendo had shipped 2.8 million DS consoles, including 1.2 million in the US."),
        [
            ("2.8 million DS consoles".into(), Some("DS consoles".into())),
            ("1.2 million".into(), Some("DS consoles".into())),
        ]
    );
}

#[test]
fn up_to_after_a_verb_it_moves_is_no_bound() {
    assert_eq!(
        figures("December was revised up to 133,000 jobs. He could face up to five years."),
        [
            ("133,000 jobs".into(), 133000.0, Some("jobs".into()), None),
            (
                "up to five years".into(),
                5.0,
                Some("years".into()),
                Some("up to".into())
            ),
        ]
    );
}

#[test]
fn up_to_a_number_from_another_is_a_move_not_a_bound() {
    assert_eq!(
        figures(
            "It revised February sales up to 775,000 units from the previously reported \
             764,000 units. It will buy up to 5 mln shares from investors."
        ),
        [
            ("775,000 units".into(), 775000.0, Some("units".into()), None),
            ("764,000 units".into(), 764000.0, Some("units".into()), None),
            (
                "up to 5 mln shares".into(),
                5e6,
                Some("shares".into()),
                Some("up to".into())
            ),
        ]
    );
}

#[test]
fn a_stock_of_things_is_counted_in_them() {
    assert_eq!(
        units(
            "The median price rose to 97,900 dlrs. The inventory of homes for sale was \
             357,000."
        ),
        [
            ("97,900 dlrs".into(), Some("dlrs".into())),
            ("357,000".into(), Some("homes".into())),
        ]
    );
}

#[test]
fn a_scaled_number_from_which_a_figure_rose_counts_what_it_counted() {
    assert_eq!(
        units("Earnings rose 22 pct to 1.27 billion rand in the six months to September 30 from 1.04 billion a year earlier."),
        [
            ("22 pct".into(), Some("%".into())),
            ("1.27 billion rand".into(), Some("rand".into())),
            ("six months".into(), Some("months".into())),
            ("1.04 billion".into(), Some("rand".into())),
        ]
    );
}

#[test]
fn a_number_naming_a_step_or_a_class_is_no_count() {
    assert_eq!(
        units("It bought 185 mln stg of band two bank bills. Phase two of the plan starts soon, under tier 3 rules. The first phase took two years."),
        [
            ("185 mln stg".into(), Some("stg".into())),
            ("two years".into(), Some("years".into()))
        ]
    );
    assert_eq!(
        units("The council passed resolution 598. Pan Am flight 103 fell. It carried 259 people."),
        [("259 people".into(), Some("people".into()))]
    );
    assert_eq!(
        units("Anyone with information is asked to call, quoting incident 412 or log 55. Two men were held."),
        [("Two men".into(), Some("men".into()))]
    );
    assert_eq!(
        units(
            "It will redeem its preferred stock, series 3, at 101 dlrs. The crash closed \
             junction 12. It made three series of the show."
        ),
        [
            ("101 dlrs".into(), Some("dlrs".into())),
            ("three series".into(), Some("series".into()))
        ]
    );
    assert_eq!(
        units("The flaw affects versions 5.01 and 6 of the browser, and version 2 of the player, on 90% of PCs."),
        [("90%".into(), Some("%".into()))]
    );
    assert_eq!(
        units("No. 1 Canada Western Red Spring wheat fell to 115 dlrs, and the No 2 carmaker cut 300 jobs."),
        [
            ("115 dlrs".into(), Some("dlrs".into())),
            ("300 jobs".into(), Some("jobs".into()))
        ]
    );
}

#[test]
fn a_share_in_parts_of_a_whole_is_no_count_of_them() {
    assert_eq!(
        units("It is about two thirds of the budget, and two-thirds of the staff. Two months later, three quarters of them left, after profits fell in the three quarters before."),
        [
            ("Two months".into(), Some("months".into())),
            ("three quarters".into(), Some("quarters".into()))
        ]
    );
}

#[test]
fn a_fraction_of_a_scale_or_a_rate_is_that_part_of_it() {
    assert_eq!(
        units_and_values(
            "About half a million people marched. Rates rose by a quarter of a percentage \
             point. Three-quarters of a billion dollars went. Two and a half years later, \
             one and a half million jobs had gone and it cut by half a point."
        ),
        [
            (
                "About half a million people".into(),
                5e5,
                Some("people".into())
            ),
            (
                "a quarter of a percentage point".into(),
                0.25,
                Some("percentage point".into())
            ),
            (
                "Three-quarters of a billion dollars".into(),
                7.5e8,
                Some("dollars".into())
            ),
            ("Two and a half years".into(), 2.5, Some("years".into())),
            (
                "one and a half million jobs".into(),
                1.5e6,
                Some("jobs".into())
            ),
            ("half a point".into(), 0.5, Some("point".into())),
        ]
    );
    // A fraction said before its point.
    assert_eq!(
        units_and_values(
            "It raised its rate by a quarter point. Markets expect a half-point cut. It fell a \
             half percentage point. A quarter of voters agreed in a quarter-final."
        ),
        [
            ("a quarter point".into(), 0.25, Some("point".into())),
            ("a half-point".into(), 0.5, Some("point".into())),
            (
                "a half percentage point".into(),
                0.5,
                Some("percentage point".into())
            ),
        ]
    );
    // Half of something else is no figure, nor a half alone.
    assert_eq!(
        figures("It took half an hour and a half share; half a loaf."),
        []
    );
}

#[test]
fn a_wire_table_of_results_gives_each_figure_and_no_label_for_a_unit() {
    assert_eq!(
        units_and_values(
            "Shr 1.20 dlrs vs 1.10 dlrs Net 36.5 mln vs 33.2 mln Revs 3.51 billion vs \
             3.32 billion Year shr 3.40 dlrs"
        ),
        [
            ("1.20 dlrs".into(), 1.2, Some("dlrs".into())),
            ("1.10 dlrs".into(), 1.1, Some("dlrs".into())),
            ("36.5 mln".into(), 36.5e6, Some("dlrs".into())),
            ("33.2 mln".into(), 33.2e6, Some("dlrs".into())),
            ("3.51 billion".into(), 3.51e9, Some("dlrs".into())),
            ("3.32 billion".into(), 3.32e9, Some("dlrs".into())),
            ("3.40 dlrs".into(), 3.4, Some("dlrs".into())),
        ]
    );
    // A name's own plural before a number after it still counts it.
    assert_eq!(
        units("It has five million BT Retail customers by 2006."),
        [(
            "five million BT Retail customers".into(),
            Some("BT Retail customers".into())
        )]
    );
}

#[test]
fn a_count_after_a_body_named_in_the_plural_counts_what_the_sentence_counted() {
    assert_eq!(
        units("Labour won 356 seats, the Conservatives 197 and the Liberal Democrats 62."),
        [
            ("356 seats".into(), Some("seats".into())),
            ("197".into(), Some("seats".into())),
            ("62".into(), Some("seats".into())),
        ]
    );
    // Or after a place in a list.
    assert_eq!(
        units("England have 20 players in the squad, Wales 10, Ireland 11 and Scotland three."),
        [
            ("20 players".into(), Some("players".into())),
            ("10".into(), Some("players".into())),
            ("11".into(), Some("players".into())),
            ("three".into(), Some("players".into())),
        ]
    );
    // Or after any name listed after the first count, its plural ending the first item.
    assert_eq!(
        units("The Conservatives won 375 seats, Labour 229 and the Liberal-SDP Alliance 22. It sold 20 copies on BBC One, Channel 4 and Five."),
        [
            ("375 seats".into(), Some("seats".into())),
            ("229".into(), Some("seats".into())),
            ("22".into(), Some("seats".into())),
            ("20 copies".into(), Some("copies".into())),
        ]
    );
}

#[test]
fn somebody_s_age_is_no_figure() {
    // A lead in points is.
    assert_eq!(
        units("\"I will be 67 at the next election,\" he said. She is 2 points ahead."),
        [("2 points".into(), Some("points".into()))]
    );
    assert_eq!(
        units("Charles died at the age of 73. The age of 50 stores is a worry."),
        [("50 stores".into(), Some("stores".into()))]
    );
    assert_eq!(
        units("He retired at age 65. Actor dies at 87. It sold at 87 pence."),
        [("87 pence".into(), Some("pence".into()))]
    );
    // (Words that say when between: an age still.)
    assert_eq!(
        units("He is still only 19, and he will get better. He is now 12 points clear."),
        [("12 points".into(), Some("points".into()))]
    );
}

#[test]
fn a_rate_against_something_and_a_clause_of_its_own() {
    assert_eq!(
        units(
            "It scrapped the IMF-backed reforms, after the kwacha fell to 21 per dollar from 2.2."
        ),
        [
            ("21 per dollar".into(), Some("kwacha per dollar".into())),
            ("2.2".into(), Some("kwacha per dollar".into())),
        ]
    );
    assert_eq!(
        units("The yen hit a four-year high of 102.5 to the dollar."),
        [
            ("four-year".into(), Some("year".into())),
            (
                "102.5 to the dollar".into(),
                Some("yen to the dollar".into())
            ),
        ]
    );
    // (A rate with no currency named before it is against the dollar alone.)
    assert_eq!(
        units("Dealers quoted it at 102.5 to the dollar."),
        [("102.5 to the dollar".into(), Some("to the dollar".into()))]
    );
    assert_eq!(
        units("The won has risen 3.6 pct this year. It was fixed at 850.30 to the dollar."),
        [
            ("3.6 pct".into(), Some("%".into())),
            (
                "850.30 to the dollar".into(),
                Some("won to the dollar".into())
            )
        ]
    );
    // The currency the sentence opens on, past a comma.
    assert_eq!(
        units("The rupiah was last devalued in 1986, when it was cut to 1,644 to the dollar."),
        [(
            "1,644 to the dollar".into(),
            Some("rupiah to the dollar".into())
        )]
    );
    // Whose dollar, written before it.
    assert_eq!(
        units("The Taiwan dollar closed at 35.47 to the U.S. dollar."),
        [(
            "35.47 to the U.S. dollar".into(),
            Some("to the U.S. dollar".into())
        )]
    );
}

#[test]
fn a_spelled_scale_after_a_is_one_of_it() {
    assert_eq!(
        figures("Nearly a million people, one hundred doctors and a hundred nurses came."),
        [
            fig(
                "Nearly a million people",
                1e6,
                Some("people"),
                Some("nearly")
            ),
            fig("one hundred doctors", 100.0, Some("doctors"), None),
            fig("a hundred nurses", 100.0, Some("nurses"), None),
        ]
    );
    assert_eq!(figures("It was one in a million."), []);
}

#[test]
fn wire_fractions_are_prices_and_rates() {
    assert_eq!(
        figures("Shares closed at 38-1/2, up 2-3/4, and the margin is 13/16 percentage points."),
        [
            fig("38-1/2", 38.5, Some("dlrs"), None),
            fig("2-3/4", 2.75, Some("dlrs"), None),
            fig(
                "13/16 percentage points",
                0.8125,
                Some("percentage points"),
                None
            ),
        ]
    );
    // Crop years and slashed dates are no fractions.
    assert_eq!(figures("In the 1986/87 season, on 10/20, and 5/3."), []);
    // After decimals, a fraction of the last place: a quarter of a cent.
    assert_eq!(
        figures("Corn rose to 1.95-1/4 dlrs a bushel and wheat to 2.85-3/4 dlrs."),
        [
            fig("1.95-1/4 dlrs", 1.9525, Some("dlrs"), None),
            fig("2.85-3/4 dlrs", 2.8575, Some("dlrs"), None),
        ]
    );
}

#[test]
fn a_rank_is_no_figure() {
    assert_eq!(figures("He faces the world number 62, as No 10 said."), []);
    // A place in a sequence; but what a day sees is counted.
    assert_eq!(
        figures(
            "He retired on lap 27 with a failure, on page 5, with type 2 diabetes. Every day \
             300 people come."
        ),
        [(
            "300 people".to_string(),
            300.0,
            Some("people".to_string()),
            None
        )]
    );
    assert_eq!(
        figures("It sold its 200 millionth song and its two thousandth album."),
        []
    );
    assert_eq!(
        figures("He met the Group of Seven leading industrial nations."),
        []
    );
    // A round of a cup; but the last 16 years are counted.
    assert_eq!(
        figures("He plays Canas in the last 16. They reached the final four on Sunday in the last 16 years. Arsenal face Bayern in the Champions League last 16 on 22 February."),
        [("16 years".to_string(), 16.0, Some("years".to_string()), None)]
    );
    assert_eq!(figures("He never beat a top-10 player or the top 20."), []);
    // An age band names a group, not how many.
    assert_eq!(
        figures("The under-17 international joined the under-21s, a club for the over-50s."),
        []
    );
    assert_eq!(figures("They lost the first leg of their last-16 tie."), []);
}

#[test]
fn a_round_of_a_cup_followed_by_a_clause_counts_nothing() {
    assert_eq!(
        figures("Nistelrooy sent United into the last 16 as group winners. The draw for the last 16 stage is in Nyon. They went out in the last 16 to Porto. They won the first leg of their last 16 tie."),
        []
    );
}

#[test]
fn a_dollar_says_whose_it_is() {
    assert_eq!(
        units("Prize money is A$18m, and it cost HK$40m and $5m."),
        [
            ("A$18m".into(), Some("A$".into())),
            ("HK$40m".into(), Some("HK$".into())),
            ("$5m".into(), Some("$".into())),
        ]
    );
}

#[test]
fn what_a_change_is_from_counts_as_the_amount_before_it() {
    assert_eq!(
        units("Profits were 2.07 billion stg, up 17 pct from 1.77 billion."),
        [
            ("2.07 billion stg".into(), Some("stg".into())),
            ("17 pct".into(), Some("%".into())),
            ("1.77 billion".into(), Some("stg".into()))
        ]
    );
    // Not the amount of a sentence before.
    assert_eq!(
        units("Profit was 46.6m euros. Traffic rose 24% to 6.5 million."),
        [
            ("46.6m euros".into(), Some("euros".into())),
            ("24%".into(), Some("%".into())),
            ("6.5 million".into(), None)
        ]
    );
}

#[test]
fn a_model_s_number_is_no_figure() {
    assert_eq!(figures("Demand for the 206 model fell."), []);
    // Before what a firm makes, written without commas.
    let found = figures("Its 7710 phones and Nokia's 6600 handset sold; it made 5,000 phones.");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["5,000 phones"]);
    // Without a word that says whose, thousands of them are counted.
    let found = figures("Workers built 3000 cars, and it sold 12000 phones.");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["3000 cars", "12000 phones"]);
    // With a word describing the product between; but 300 jumbo jets are counted.
    let found = figures("Boeing, whose 747 jumbo jet ruled, sold 300 jumbo jets.");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["300 jumbo jets"]);
    // A small count of what a product describes is counted.
    let found = figures("It asked the country's 10 major chip makers and 12 phone shops.");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["10 major chip makers", "12 phone shops"]);
    // A small count of models is counted; a family of models by its number is not.
    let found = figures("It sold 20 models, among them Boeing's 737 models.");
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["20 models"]);
}

#[test]
fn a_ratio_counts_nothing() {
    assert_eq!(
        figures("Almost one in four children and 1 in 5 adults are poor."),
        []
    );
    assert_eq!(
        figures("It leaves seven out of 10 households better off."),
        []
    );
    assert_eq!(figures("Three in every five pensioners gain."), []);
    // Money in a ratio is still money.
    let money = figures("It takes £1 in every £8 spent.");
    let units: Vec<Option<&str>> = money.iter().map(|f| f.2.as_deref()).collect();
    assert_eq!(units, [Some("£"), Some("£")]);
    let kept = figures("Sales rose 4% in 2004; 300 in 2005 and 12 in 30 minutes.");
    let texts: Vec<&str> = kept.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["4%", "300", "30 minutes"]);
}

#[test]
fn a_counted_noun_ends_at_the_verb_after_it() {
    assert_eq!(
        figures("The 40,000 workers wanted wage rises."),
        [fig("40,000 workers", 40000.0, Some("workers"), None)]
    );
}

#[test]
fn a_number_word_inside_a_name_is_no_figure() {
    let found = figures(
        "Wales won the Six Nations and the Big Four banks fell. Six men met. RISES SIX PCT",
    );
    let texts: Vec<&str> = found.iter().map(|f| f.0.as_str()).collect();
    assert_eq!(texts, ["Six men", "SIX PCT"]);
}

#[test]
fn two_joined_numbers_share_the_second_s_unit_and_scale() {
    assert_eq!(
        figures("Shares fell 2.5 and 3.1 pct. Between 5 and 10 million people came."),
        [
            fig("2.5", 2.5, Some("%"), None),
            fig("3.1 pct", 3.1, Some("%"), None),
            fig("5", 5e6, Some("people"), None),
            fig("10 million people", 10e6, Some("people"), None),
        ]
    );
    // (Those listed before the pair, too.)
    assert_eq!(
        figures("Rates are 17, 26 and 29 pct. Sales were 10, 20 or 30 mln dlrs."),
        [
            fig("17", 17.0, Some("%"), None),
            fig("26", 26.0, Some("%"), None),
            fig("29 pct", 29.0, Some("%"), None),
            fig("10", 10e6, Some("dlrs"), None),
            fig("20", 20e6, Some("dlrs"), None),
            fig("30 mln dlrs", 30e6, Some("dlrs"), None),
        ]
    );
    assert_eq!(
        figures("Corn rose three to four cents a bushel."),
        [
            fig("three", 3.0, Some("cents"), None),
            fig("four cents", 4.0, Some("cents"), None),
        ]
    );
    // The first keeps a unit of its own (and lends it on); a bare second number lends
    // none.
    assert_eq!(
        figures("It slipped 15 yen to 1,120. The vote was 30 to 4."),
        [
            fig("15 yen", 15.0, Some("yen"), None),
            fig("1,120", 1120.0, Some("yen"), None),
            fig("30", 30.0, None, None),
            fig("4", 4.0, None, None),
        ]
    );
}

#[test]
fn a_scaled_value_is_the_number_the_text_says() {
    let got =
        figures("Profits rose to £2.03bn, sales to 4.133 mln tonnes and debt to 8.2 billion dlrs.");
    let values: Vec<f64> = got.iter().map(|f| f.1).collect();
    assert_eq!(values, [2_030_000_000.0, 4_133_000.0, 8_200_000_000.0]);
}

#[test]
fn feet_abbreviated_are_a_unit() {
    assert_eq!(
        figures("It will add 1.8 million sq ft of space."),
        [fig("1.8 million sq ft", 1.8e6, Some("sq ft"), None)]
    );
}

#[test]
fn over_after_an_amount_is_the_time_it_is_spread_over() {
    assert_eq!(
        figures("It will cost about £5.5bn over 10 years, and over 300 staff."),
        [
            fig("about £5.5bn", 5.5e9, Some("£"), Some("about")),
            fig("10 years", 10.0, Some("years"), None),
            fig("over 300 staff", 300.0, Some("staff"), Some("over")),
        ]
    );
    // A few words after the amount, in its clause; but a clause of its own keeps `over`.
    assert_eq!(
        figures("An extra £1bn for the NHS over three years, after it ran over 20 years."),
        [
            fig("£1bn", 1e9, Some("£"), None),
            fig("three years", 3.0, Some("years"), None),
            fig("over 20 years", 20.0, Some("years"), Some("over")),
        ]
    );
}

#[test]
fn a_verb_of_output_before_a_count_leaves_its_unit_to_what_was_counted_before() {
    assert_eq!(
        units("Saudi Arabia is pumping about 4.0 mln bpd, while Nigeria is producing 1.4 mln."),
        [
            ("about 4.0 mln bpd".into(), Some("bpd".into())),
            ("1.4 mln".into(), Some("bpd".into())),
        ]
    );
}

#[test]
fn a_golfer_s_score_against_par_is_counted_so() {
    assert_eq!(
        units("Woods finished on 16 under par, and Donald two over par."),
        [
            ("16 under par".into(), Some("under par".into())),
            ("two over par".into(), Some("over par".into())),
        ]
    );
}

#[test]
fn a_bare_score_in_a_paragraph_about_cricket_counts_runs() {
    assert_eq!(
        units("England reached 400 for four on the first day. Strauss made 147, his third century, and Thorpe was unbeaten on 86. They were bowled out for 120."),
        [
            ("400".into(), Some("runs".into())),
            ("147".into(), Some("runs".into())),
            ("86".into(), Some("runs".into())),
            ("120".into(), Some("runs".into())),
        ]
    );
    // (Not away from cricket.)
    assert_eq!(units("He made 147 on his debut."), [("147".into(), None)]);
}

#[test]
fn a_plural_opening_a_clause_about_a_change_is_not_what_is_counted() {
    assert_eq!(
        units(
            "Payrolls rose 134,000, below the 200,000 increase economists had expected. Some \
             157,000 new jobs were created."
        ),
        [
            ("134,000".into(), Some("payrolls".into())),
            ("200,000".into(), Some("payrolls".into())),
            ("Some 157,000 new jobs".into(), Some("new jobs".into()))
        ]
    );
}

#[test]
fn what_befell_those_counted_said_after_them_is_no_part_of_the_unit() {
    assert_eq!(
        units(
            "He was among five people killed when the helicopter crashed. Police held 30 men \
             arrested after the match. The blast left 12 injured."
        ),
        [
            ("five people".into(), Some("people".into())),
            ("30 men".into(), Some("men".into())),
            ("12 injured".into(), Some("injured".into()))
        ]
    );
}

#[test]
fn spelled_counts_take_the_verb() {
    assert_eq!(
        figures("A blast hit the depot, killing three and injuring 15."),
        [
            fig("three", 3.0, Some("killed"), None),
            fig("15", 15.0, Some("injured"), None)
        ]
    );
    // (Those held or moved by force, too; and those who died.)
    assert_eq!(
        units("In the riot 40 hurt and 120 arrested; 3,000 evacuated. In Indonesia, where 110,000 died, it was worst."),
        [
            ("40 hurt".into(), Some("hurt".into())),
            ("120 arrested".into(), Some("arrested".into())),
            ("3,000 evacuated".into(), Some("evacuated".into())),
            ("110,000 died".into(), Some("died".into()))
        ]
    );
}

#[test]
fn money_with_its_scale_in_a_word() {
    assert_eq!(
        figures("It wiped roughly $15 billion off; costs of €1.5 million and 20p billion."),
        [
            fig("roughly $15 billion", 15e9, Some("$"), Some("roughly")),
            fig("€1.5 million", 1.5e6, Some("€"), None),
            fig("20p", 20.0, Some("p"), None),
        ]
    );
}

#[test]
fn a_count_a_verb_has_closing_its_clause_counts_what_the_paragraph_counted() {
    assert_eq!(
        units("The Aviator leads with 11 nominations. Million Dollar Baby has seven, and Ray has two each. She has two. It has 5 dlrs."),
        [
            ("11 nominations".into(), Some("nominations".into())),
            ("seven".into(), Some("nominations".into())),
            ("two".into(), Some("nominations".into())),
            ("two".into(), Some("nominations".into())),
            ("5 dlrs".into(), Some("dlrs".into())),
        ]
    );
    assert_eq!(units("She has two."), []);
}

#[test]
fn a_scaled_count_from_an_earlier_level_is_no_percentage() {
    assert_eq!(
        units("Unemployment rose 1.4 pct to a seasonally adjusted 2.65 mln in October from 2.61 mln in September."),
        [
            ("1.4 pct".into(), Some("%".into())),
            ("2.65 mln".into(), Some("unemployment".into())),
            ("2.61 mln".into(), Some("unemployment".into())),
        ]
    );
    // (What the sentence counted before the rate is what it counts.)
    assert_eq!(
        units("It said 3.6 million children, or 28%, were poor, up from 3.4 million."),
        [
            ("3.6 million children".into(), Some("children".into())),
            ("28%".into(), Some("%".into())),
            ("3.4 million".into(), Some("children".into())),
        ]
    );
}

#[test]
fn a_change_s_subject_is_not_in_a_clause_set_off_about_it() {
    assert_eq!(
        units("The claimant count, which measures those receiving benefits, fell by 7,800 to 827,600. Sales, which include exports, rose to 5 million."),
        [
            ("7,800".into(), Some("claimant".into())),
            ("827,600".into(), Some("claimant".into())),
            ("5 million".into(), Some("sales".into())),
        ]
    );
}

#[test]
fn a_change_s_subject_is_not_what_it_takes_in() {
    assert_eq!(
        units("Unemployment, including school-leavers, rose to 2.92 mln. Sales, excluding exports, rose to 5 million."),
        [
            ("2.92 mln".into(), Some("unemployment".into())),
            ("5 million".into(), Some("sales".into())),
        ]
    );
}

#[test]
fn a_verb_agreeing_with_a_singular_ends_the_unit() {
    assert_eq!(
        units("The summit of the seven industrial democracies opens in Venice. A survey of 500 companies shows the same, as do 20 bodies' reports."),
        [
            ("seven industrial democracies".into(), Some("industrial democracies".into())),
            ("500 companies".into(), Some("companies".into())),
            ("20 bodies' reports".into(), Some("bodies' reports".into())),
        ]
    );
}

#[test]
fn a_standing_after_a_name_is_counted() {
    assert_eq!(
        units("The win leaves Chelsea 11 points clear, with Labour 20 seats short and BBC Radio 4 points out."),
        [("11 points".into(), Some("points".into())), ("20 seats".into(), Some("seats".into()))]
    );
}

#[test]
fn a_measure_of_storage_power_or_weight_in_the_singular_before_what_it_measures() {
    assert_eq!(
        units("It has a 60 gigabyte hard drive, 256 kilobit chips, a 5 megapixel camera, a 2 kilowatt heater and a 30 storey tower."),
        [
            ("60 gigabyte".into(), Some("gigabyte".into())),
            ("256 kilobit chips".into(), Some("kilobit chips".into())),
            ("5 megapixel".into(), Some("megapixel".into())),
            ("2 kilowatt".into(), Some("kilowatt".into())),
            ("30 storey".into(), Some("storey".into())),
        ]
    );
}

#[test]
fn a_bare_count_closing_a_verb_joined_by_and_counts_the_plural_before() {
    assert_eq!(
        units("It plans to open 30 new shops and close 12. Sales rose 5 pct and fell 2."),
        [
            ("30 new shops".to_string(), Some("new shops".to_string())),
            ("12".to_string(), Some("shops".to_string())),
            ("5 pct".to_string(), Some("%".to_string())),
            ("2".to_string(), None),
        ]
    );
}

#[test]
fn a_scaled_count_after_and_counts_what_the_sentence_s_count_of_its_scale_did() {
    assert_eq!(
        units("It sold 2.5 mln shares at 22 dlrs each and 1.5 mln at 23."),
        [
            ("2.5 mln shares".to_string(), Some("shares".to_string())),
            ("22 dlrs".to_string(), Some("dlrs".to_string())),
            ("1.5 mln".to_string(), Some("shares".to_string())),
            ("23".to_string(), Some("dlrs".to_string())),
        ]
    );
    // (Money of the scale is the money's.)
    assert_eq!(
        units("It paid 2.5 mln dlrs for 40 trucks and 1.5 mln for the rest."),
        [
            ("2.5 mln dlrs".to_string(), Some("dlrs".to_string())),
            ("40 trucks".to_string(), Some("trucks".to_string())),
            ("1.5 mln".to_string(), Some("dlrs".to_string())),
        ]
    );
}

#[test]
fn a_bare_price_after_at_is_in_the_money_of_a_price_near_it_before() {
    assert_eq!(
        units("It sold 40 trucks at 22 dlrs and 30 buses at 25. It sold 40 trucks at 22 dlrs and 30 buses at 900."),
        [
            ("40 trucks".to_string(), Some("trucks".to_string())),
            ("22 dlrs".to_string(), Some("dlrs".to_string())),
            ("30 buses".to_string(), Some("buses".to_string())),
            ("25".to_string(), Some("dlrs".to_string())),
            ("40 trucks".to_string(), Some("trucks".to_string())),
            ("22 dlrs".to_string(), Some("dlrs".to_string())),
            ("30 buses".to_string(), Some("buses".to_string())),
            ("900".to_string(), None),
        ]
    );
}

#[test]
fn a_range_of_sums_scaled_as_one_is_a_figure_from_its_lower_end() {
    assert_eq!(
        figures("It cost £3-4bn, or 3-4 million euros; they won 6-2 and 3-1."),
        [
            fig("£3-4bn", 3e9, Some("£"), None),
            fig("3-4 million euros", 3e6, Some("euros"), None),
        ]
    );
    // A range of a plural's count, too; a score before a singular is none.
    assert_eq!(
        figures("About 40,000-50,000 people marched for 30-40 minutes after a 24-18 win."),
        [
            fig(
                "About 40,000-50,000 people",
                40000.0,
                Some("people"),
                Some("about")
            ),
            fig("30-40 minutes", 30.0, Some("minutes"), None),
        ]
    );
    // Each end scaled on its own: the lower takes the unit after the upper.
    assert_eq!(
        units("It paid 5 dlrs. Some 2m-3m tonnes are stored."),
        [
            ("5 dlrs".to_string(), Some("dlrs".to_string())),
            ("Some 2m".to_string(), Some("tonnes".to_string())),
            ("3m tonnes".to_string(), Some("tonnes".to_string())),
        ]
    );
}

#[test]
fn a_count_joined_by_and_is_no_part_of_the_unit_before() {
    assert_eq!(
        units("A dozen firms and hundreds of workers joined."),
        [("A dozen firms".into(), Some("firms".into()))]
    );
}

#[test]
fn a_distance_run_in_a_time_is_the_race() {
    assert_eq!(
        units("The 6ft striker ran 100m in 10.2 seconds."),
        [
            ("6ft".into(), Some("ft".into())),
            ("10.2 seconds".into(), Some("seconds".into()))
        ]
    );
}

#[test]
fn a_bare_count_a_firm_employs_counts_employees() {
    assert_eq!(
        units("It had sales of 1.2 billion guilders and employs 8,500; the plant employing 1,200 shut."),
        [
            ("1.2 billion guilders".into(), Some("guilders".into())),
            ("8,500".into(), Some("employees".into())),
            ("1,200".into(), Some("employees".into())),
        ]
    );
}

#[test]
fn temperatures_and_measures_written_onto_their_number() {
    assert_eq!(
        figures("It was 1.55C warmer, seas rose 4.7mm and a 500MW plant opened; 8am, 5c. Winds hit 70km/h and 40 mph, 3km / h."),
        [
            fig("1.55C", 1.55, Some("°C"), None),
            fig("4.7mm", 4.7, Some("mm"), None),
            fig("500MW", 500.0, Some("MW"), None),
            fig("70km/h", 70.0, Some("km/h"), None),
            fig("40 mph", 40.0, Some("mph"), None),
            fig("3km", 3.0, Some("km"), None),
        ]
    );
    assert_eq!(
        figures("A 512MB model and a 1GB one, on 512Kbps lines."),
        [
            fig("512MB", 512.0, Some("MB"), None),
            fig("1GB", 1.0, Some("GB"), None),
            fig("512Kbps", 512.0, Some("Kbps"), None),
        ]
    );
    assert_eq!(
        figures("It weighs 900g, or 32oz, and runs on 3G and 4G networks."),
        [
            fig("900g", 900.0, Some("g"), None),
            fig("32oz", 32.0, Some("oz"), None),
        ]
    );
    // Joined to the words after it.
    assert_eq!(
        figures("A £5bn-a-year raid, a 10km-long tunnel and a 300m-high tower."),
        [
            fig("£5bn-a-year", 5e9, Some("£"), None),
            fig("10km-long", 10.0, Some("km"), None),
            fig("300m-high", 300.0, Some("m"), None),
        ]
    );
    // A scale and its currency joined on, in digits or in words.
    assert_eq!(
        figures("A 3.95bn-euro account, a 300-million-euro fund and a two-million-pound bid."),
        [
            fig("3.95bn-euro", 3.95e9, Some("euro"), None),
            fig("300-million-euro", 3e8, Some("euro"), None),
            fig("two-million-pound", 2e6, Some("pound"), None),
        ]
    );
}

#[test]
fn times_of_day_and_ages_are_not_figures() {
    assert_eq!(
        figures(
            "Brent was up 45 cents by 1030 GMT. The singer, 34, won 32 awards at 10 a.m. and 9 pm. \
             Bids are due by 1230 local time."
        ),
        [
            fig("45 cents", 45.0, Some("cents"), None),
            fig("32 awards", 32.0, Some("awards"), None),
        ]
    );
}

#[test]
fn an_hour_of_the_morning_or_the_night_is_a_time_not_a_figure() {
    assert_eq!(
        figures(
            "People go to the cinema on a Friday night, not at 10 in the morning. It opens \
             from 8 in the morning to 11 at night. He worked 12 hours in the morning."
        ),
        [fig("12 hours", 12.0, Some("hours"), None)]
    );
}

#[test]
fn a_number_after_an_owner_before_index_names_the_index() {
    assert_eq!(
        figures(
            "The Standard and Poor's 500 index futures contract fell. Britain's 300 biggest \
             firms grew."
        ),
        [fig("300 biggest firms", 300.0, Some("biggest firms"), None)]
    );
}

#[test]
fn negative_numbers_and_numbers_in_names() {
    assert_eq!(
        figures("Chandrayaan-3 found craters as low as -230C, and Covid-19 cases rose."),
        [fig(
            "as low as -230C",
            -230.0,
            Some("°C"),
            Some("as low as")
        )]
    );
}

#[test]
fn a_model_s_number_after_its_name_is_no_temperature() {
    assert_eq!(
        units("The iPhone 5C and the Boeing 767F flew. Madrid had 40C on Wednesday, and Wednesday 30C."),
        [
            ("40C".into(), Some("°C".into())),
            ("30C".into(), Some("°C".into())),
        ]
    );
}

#[test]
fn a_temperature_after_a_word_opening_the_sentence_is_one() {
    assert_eq!(
        units("The 1.5C target was missed. Then 2C was the limit. The iPhone 5C sold."),
        [
            ("1.5C".into(), Some("°C".into())),
            ("2C".into(), Some("°C".into())),
        ]
    );
}

#[test]
fn a_maker_s_number_before_a_model_s_name_is_no_count() {
    assert_eq!(
        units("It ordered 65 of Boeing's 787 Dreamliners. Britain's 300 biggest firms grew."),
        [
            ("65".into(), Some("Dreamliners".into())),
            ("300 biggest firms".into(), Some("biggest firms".into())),
        ]
    );
    // A name that opens with a number: `3M` (a million is written `3m` or `3 mln`).
    assert_eq!(
        units("Shares in 3M Co rose, and it raised £3M."),
        [("£3M".into(), Some("£".into()))]
    );
}

#[test]
fn a_currency_whose_plural_is_its_singular_is_the_unit() {
    assert_eq!(
        units("It owes 120 mln kwacha in taxes and 40 billion dong in fees."),
        [
            ("120 mln kwacha".into(), Some("kwacha".into())),
            ("40 billion dong".into(), Some("dong".into()))
        ]
    );
}

#[test]
fn a_part_counted_with_of_which_or_of_whom_counts_the_noun_before_its_comma() {
    assert_eq!(
        units(
            "Foreign banks, 51 of which have branches in Seoul, complained. The firm has 300 \
             staff, 40 of whom work in London. It cited Reuters, 20 of which fell."
        ),
        [
            ("51".into(), Some("banks".into())),
            ("300 staff".into(), Some("staff".into())),
            ("40".into(), Some("staff".into())),
            ("20".into(), None),
        ]
    );
}

#[test]
fn a_currency_named_by_its_peoples_adjective_is_the_unit_in_the_singular_too() {
    assert_eq!(
        units(
            "Volvo cut 3,000 jobs in a 18 billion Swedish crown ($1.9 billion) programme. It \
             sold a 5 billion Swiss franc bond and saves 2 billion Danish kroner."
        ),
        [
            ("3,000 jobs".into(), Some("jobs".into())),
            (
                "18 billion Swedish crown".into(),
                Some("Swedish crown".into())
            ),
            ("$1.9 billion".into(), Some("$".into())),
            ("5 billion Swiss franc".into(), Some("Swiss franc".into())),
            (
                "2 billion Danish kroner".into(),
                Some("Danish kroner".into())
            ),
        ]
    );
    // (A crown after a scale is the currency without its adjective too; two Crown courts
    // are courts.)
    assert_eq!(
        units("Statoil awarded a 1.2 billion crown contract. Two Crown courts sat."),
        [
            ("1.2 billion crown".into(), Some("crown".into())),
            ("Two Crown courts".into(), Some("Crown courts".into())),
        ]
    );
}

#[test]
fn a_number_dialled_or_rung_is_no_figure_but_people_phoned_are() {
    assert_eq!(
        figures("She dialled 999 and later rang 111. Police phoned 20 witnesses."),
        [fig("20 witnesses", 20.0, Some("witnesses"), None)]
    );
    assert_eq!(
        figures("Call 999 now. The defence will call 40 witnesses."),
        [fig("40 witnesses", 40.0, Some("witnesses"), None)]
    );
    // (Nor the line's calls: `999 calls`.)
    assert_eq!(
        figures("Crews could not respond to 999 calls. It took 300 calls an hour."),
        [fig("300 calls", 300.0, Some("calls"), None)]
    );
    // (Nor the line called: `calls to 999`; but calls to so many staff count.)
    assert_eq!(
        figures("Some 42 calls to 999 failed. It put calls to 300 staff."),
        [
            fig("Some 42 calls", 42.0, Some("calls"), Some("some")),
            fig("300 staff", 300.0, Some("staff"), None)
        ]
    );
}

#[test]
fn identifiers_numbers_to_call_and_ages_are_not_figures() {
    assert_eq!(
        figures("Two men, aged 19 and 22, were held. Call 101, quoting log 0215, or Crimestoppers on 0800 555 111. It cost 0.5%. Aged 18 years, he won."),
        [
            fig("Two men", 2.0, Some("men"), None),
            fig("0.5%", 0.5, Some("%"), None),
            fig("18 years", 18.0, Some("years"), None),
        ]
    );
    assert_eq!(
        figures(
            "Homes with someone aged over 65, or aged between 16 and 18, gain. Pensioners \
             aged over 65 will get it, as will those aged two to 15."
        ),
        []
    );
    // (Spelled out, where the sentence says what it counts: still an age.)
    assert_eq!(
        units("The number of obese children aged six to 15 trebled, to about 1.1 million."),
        [("about 1.1 million".into(), Some("children".into()))]
    );
    assert_eq!(
        figures("It surveyed people aged 18 to 24; turnout among 18 to 24-year-olds fell."),
        []
    );
    assert_eq!(
        figures("Most 15- to 34-year-olds own one, as do 18- and 19-year-olds."),
        []
    );
}

#[test]
fn a_model_number_is_part_of_its_name() {
    assert_eq!(
        figures("Over 90 million iPhone 16 units may sell; the iPhone 16 costs £799."),
        [
            fig("Over 90 million", 9e7, None, Some("over")),
            fig("£799", 799.0, Some("£"), None),
        ]
    );
}

#[test]
fn money_scales_and_percentages() {
    assert_eq!(
        figures(
            "It paid £1.2bn, about 300p a share, and $4bn more; rates hit 5.5% or 12 per cent."
        ),
        [
            fig("£1.2bn", 1.2e9, Some("£"), None),
            fig("about 300p", 300.0, Some("p"), Some("about")),
            fig("$4bn", 4e9, Some("$"), None),
            fig("5.5%", 5.5, Some("%"), None),
            fig("12 per cent", 12.0, Some("%"), None),
        ]
    );
}

#[test]
fn a_number_spelled_with_a_hyphen_is_its_whole_value() {
    assert_eq!(
        figures("Seventy-two people died. Some twenty-five men and a two-year-old came."),
        [
            fig("Seventy-two people", 72.0, Some("people"), None),
            fig("Some twenty-five men", 25.0, Some("men"), Some("some")),
        ]
    );
}

#[test]
fn wire_copy_units() {
    assert_eq!(
        figures("Profits of 45 mln dlrs on 1.47 billion dlrs and a 60-day extension."),
        [
            fig("45 mln dlrs", 45e6, Some("dlrs"), None),
            fig("1.47 billion dlrs", 1.47e9, Some("dlrs"), None),
            fig("60-day", 60.0, Some("day"), None),
        ]
    );
    // (A round number: `500-odd` counts what follows it.)
    assert_eq!(
        figures("The country's 500-odd creditor banks have until August 25."),
        [fig(
            "500-odd creditor banks",
            500.0,
            Some("creditor banks"),
            None
        )]
    );
    // A headline's capitals: a span still; a filing's name is none.
    assert_eq!(
        figures("BRAZIL SUGGESTS 60-DAY EXTENSION AS SEC GETS 10-K"),
        [fig("60-DAY", 60.0, Some("DAY"), None)]
    );
}

#[test]
fn not_figures() {
    assert!(figures(
        "He listens to Radio 4 at 10:30 on March 3 in 2004; the 1990s; 802.11b; one man."
    )
    .is_empty());
    assert!(figures("Nadal won 6-2 7-6 in the 2nd set.").is_empty());
    assert!(figures("Shares fell in a one-day slide.").is_empty());
    assert!(figures("\"Good,\" said Henman, 30. The 30-year-old won.").is_empty());
    assert!(figures("Tests for seven-year-olds and a nine-month-old.").is_empty());
    assert!(figures("Larry Page and Sergey Brin, both 31, are rich.").is_empty());
    assert!(figures("Rates charged by Vodafone, O2, Orange and 3 will fall.").is_empty());
}

#[test]
fn a_wire_fraction_in_capitals_or_after_a_name_is_never_its_fraction_alone() {
    assert_eq!(
        units_and_values("CHEMICAL BANK RAISES PRIME RATE TO 8-3/4 PCT"),
        [("8-3/4 PCT".into(), 8.75, Some("%".into()))]
    );
    assert!(
        figures("In late trading Texaco 33-3/8 and Mobil 41-1/2 were quoted.")
            .iter()
            .all(|f| f.1 > 1.0)
    );
}

#[test]
fn a_number_before_a_plural_in_a_capitals_line_counts_it() {
    assert_eq!(
        units("GM TO CLOSE 11 PLANTS, CUT 29,000 JOBS"),
        [
            ("11 PLANTS".into(), Some("PLANTS".into())),
            ("29,000 JOBS".into(), Some("JOBS".into()))
        ]
    );
    assert!(figures("He watched BBC 2 and Radio 4 News.").is_empty());
    assert!(figures("JAGUAR SEES LOWER 1987 PROFITS ON WEAK DOLLAR").is_empty());
}

#[test]
fn a_count_after_a_list_of_names_stays() {
    assert_eq!(
        units("Spain, France and 3 other nations agreed; Spain, France and 3 agreed."),
        [("3 other nations".into(), Some("other nations".into()))]
    );
}

#[test]
fn the_number_described_counts_those_it_describes() {
    assert_eq!(
        units("The number waiting more than 13 weeks fell by 11,500 to 18,400."),
        [
            ("more than 13 weeks".into(), Some("weeks".into())),
            ("11,500".into(), Some("people waiting".into())),
            ("18,400".into(), Some("people waiting".into())),
        ]
    );
    // (A `number of` in the sentence says first.)
    assert_eq!(
        units("The number of people employed rose by 46,000, while the number unemployed fell by 30,000."),
        [
            ("46,000".into(), Some("people".into())),
            ("30,000".into(), Some("people".into())),
        ]
    );
    // (`the number of unemployed`: those the word describes, not a plural before it.)
    assert_eq!(
        units("Adjusted for seasonal factors, the number of unemployed fell by 12,000."),
        [("12,000".into(), Some("unemployed".into()))]
    );
}

#[test]
fn the_number_of_what_a_sentence_counts() {
    assert_eq!(
        units("It costs £20. The number of broadband users in the UK has passed six million and will reach 10 million."),
        [
            ("£20".into(), Some("£".into())),
            ("six million".into(), Some("users".into())),
            ("10 million".into(), Some("users".into())),
        ]
    );
    // (A small number the count is brought to.)
    assert_eq!(
        units("It brought the total number of charges against him to 35."),
        [("35".into(), Some("charges".into()))]
    );
}

#[test]
fn a_wire_table_s_amounts_after_its_labels() {
    assert_eq!(
        units("Shr 34 cts vs 29 cts. Net 1,456,000 vs 1,197,000. Revs 24.5 mln vs 21.1 mln. a two-for-one split. PROFITS RISE 17 PCT"),
        [
            ("34 cts".into(), Some("cts".into())),
            ("29 cts".into(), Some("cts".into())),
            ("1,456,000".into(), Some("dlrs".into())),
            ("1,197,000".into(), Some("dlrs".into())),
            ("24.5 mln".into(), Some("dlrs".into())),
            ("21.1 mln".into(), Some("dlrs".into())),
            ("17 PCT".into(), Some("%".into())),
        ]
    );
    // A bank's balance sheet, after a count of shares.
    assert_eq!(
        units("Avg shrs 86.7 mln vs 84.2 mln. Assets 26.3 billion vs 24.1 billion. Deposits 19.9 billion vs 18.3 billion."),
        [
            ("86.7 mln".into(), Some("shrs".into())),
            ("84.2 mln".into(), Some("shrs".into())),
            ("26.3 billion".into(), Some("dlrs".into())),
            ("24.1 billion".into(), Some("dlrs".into())),
            ("19.9 billion".into(), Some("dlrs".into())),
            ("18.3 billion".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_scaled_number_never_inherits_percent() {
    let got = figures("Prices rose 0.4%. Sales fell by 1.2m in May.");
    assert_eq!(got[1].2.as_deref(), Some("sales"));
}

#[test]
fn a_scaled_number_inherits_what_was_counted_but_not_a_span_of_time() {
    let got = figures("It sold 300 cars, taking the total to 2.2 million. Those waiting 18 weeks fell to 2.9 million.");
    let units: Vec<Option<&str>> = got.iter().map(|f| f.2.as_deref()).collect();
    assert_eq!(units, [Some("cars"), Some("cars"), Some("weeks"), None]);
}

#[test]
fn multiples_in_one_word() {
    assert_eq!(
        figures("a sixfold jump and a tenfold rise, but onefold is no figure"),
        [
            fig("sixfold", 6.0, Some("fold"), None),
            fig("tenfold", 10.0, Some("fold"), None)
        ]
    );
}

#[test]
fn a_stock_split_s_ratio_counts_nothing() {
    assert_eq!(
        units("Results were restated for a 3-for-2 stock split and a 1-for-10 reverse split of 5,000 shares."),
        [("5,000 shares".into(), Some("shares".into()))]
    );
}

#[test]
fn a_vote_s_tally_is_a_score() {
    assert_eq!(
        figures(
            "the panel voted 8 to 5 to send 40 votes on; pilots voted 94 pct for it; members \
             voted 2,194 to 1,233 in favour; the bill, approved by a vote of 34 to 2, passed; \
             MEPs voted by 648 to 14 to reject it; the vote, 51 to 49, was close; teachers \
             backed a strike by a margin of 3 to 1, and nurses by a four-to-one margin"
        ),
        [
            fig("40 votes", 40.0, Some("votes"), None),
            fig("94 pct", 94.0, Some("%"), None)
        ]
    );
}

#[test]
fn a_plurals_unit_ends_before_the_verb_that_follows_it() {
    assert_eq!(
        units(
            "It passes even if 60 Labour MPs vote against it, as 200 workers strike out. \
               He sold 3 apple trees."
        ),
        [
            ("60 Labour MPs".to_string(), Some("Labour MPs".to_string())),
            ("200 workers".to_string(), Some("workers".to_string())),
            ("3 apple trees".to_string(), Some("apple trees".to_string())),
        ]
    );
}

#[test]
fn how_many_more_counts_what_follows_and_ecus_are_money() {
    assert_eq!(
        units("They need 3,000 more consultants, 5% of its 38,000 workforce, and a budget of 23 billion Ecus."),
        [
            (
                "3,000 more consultants".to_string(),
                Some("consultants".to_string())
            ),
            ("5%".to_string(), Some("%".to_string())),
            ("38,000 workforce".to_string(), Some("workforce".to_string())),
            ("23 billion Ecus".to_string(), Some("Ecus".to_string())),
        ]
    );
    // (And the ones before: `two earlier offers`.)
    assert_eq!(
        units("They walked out after rejecting two earlier offers."),
        [("two earlier offers".to_string(), Some("offers".to_string()))]
    );
    // A word describing them between.
    assert_eq!(
        units("It opened 10 more crossing points."),
        [(
            "10 more crossing points".to_string(),
            Some("crossing points".to_string())
        )]
    );
    // Two such words, and extra ones counted as more are.
    assert_eq!(
        units("Labour promised 20,000 more community support officers and 5,000 extra police officers."),
        [
            (
                "20,000 more community support officers".to_string(),
                Some("community support officers".to_string())
            ),
            (
                "5,000 extra police officers".to_string(),
                Some("police officers".to_string())
            ),
        ]
    );
    // Any body counted as one, right after its count.
    assert_eq!(
        units("The 74,000 crowd cheered, and its 90,000 membership voted."),
        [
            ("74,000 crowd".to_string(), Some("crowd".to_string())),
            (
                "90,000 membership".to_string(),
                Some("membership".to_string())
            ),
        ]
    );
}

#[test]
fn a_count_in_thousands_takes_no_scale_from_the_next() {
    assert_eq!(
        units_and_values(
            "The jobless fell 32,000 to 1.39 million people; 2 to 3 million people left."
        ),
        [
            ("32,000".to_string(), 32000.0, Some("people".to_string())),
            (
                "1.39 million people".to_string(),
                1390000.0,
                Some("people".to_string())
            ),
            ("2".to_string(), 2000000.0, Some("people".to_string())),
            (
                "3 million people".to_string(),
                3000000.0,
                Some("people".to_string())
            ),
        ]
    );
}

#[test]
fn livestock_is_counted_by_the_head() {
    assert_eq!(
        figures("farmers raise about 2.5 mln head of cattle"),
        [fig(
            "about 2.5 mln head of cattle",
            2.5e6,
            Some("head of cattle"),
            Some("about")
        )]
    );
}

#[test]
fn currencies_of_the_world_are_units() {
    assert_eq!(
        figures("a price of 85,000 cedis, 40 guilders and 300 pesetas"),
        [
            fig("85,000 cedis", 85000.0, Some("cedis"), None),
            fig("40 guilders", 40.0, Some("guilders"), None),
            fig("300 pesetas", 300.0, Some("pesetas"), None),
        ]
    );
}

#[test]
fn a_fraction_joined_to_another_shares_its_unit_but_no_scale() {
    assert_eq!(
        figures("shares rose 1-1/2 to 101-1/4 dlrs, or from 2 to 3 mln dlrs"),
        [
            fig("1-1/2", 1.5, Some("dlrs"), None),
            fig("101-1/4 dlrs", 101.25, Some("dlrs"), None),
            fig("2", 2e6, Some("dlrs"), None),
            fig("3 mln dlrs", 3e6, Some("dlrs"), None),
        ]
    );
}

#[test]
fn durations_and_hyphenated_units() {
    assert_eq!(
        figures("a five-year plan lasting three hours and six of those months"),
        [
            fig("five-year", 5.0, Some("year"), None),
            fig("three hours", 3.0, Some("hours"), None),
            fig("six of those months", 6.0, Some("months"), None),
        ]
    );
    assert_eq!(
        figures(
            "a two-tier system in a three-way race, won by the four-piece, during two-day talks"
        ),
        [fig("two-day", 2.0, Some("day"), None)]
    );
    assert_eq!(
        figures("a three-and-a-half-year contract after one-and-a-half years"),
        [
            fig("three-and-a-half-year", 3.5, Some("year"), None),
            fig("one-and-a-half years", 1.5, Some("years"), None),
        ]
    );
}

#[test]
fn longer_than_qualifies_a_span() {
    assert_eq!(
        figures("68,000 people were waiting longer than six months."),
        [
            fig("68,000 people", 68000.0, Some("people"), None),
            fig(
                "longer than six months",
                6.0,
                Some("months"),
                Some("longer than")
            ),
        ]
    );
    assert_eq!(
        figures("Patients should wait no longer than 18 weeks."),
        [fig(
            "no longer than 18 weeks",
            18.0,
            Some("weeks"),
            Some("no longer than")
        )]
    );
}

#[test]
fn no_more_than_is_at_most() {
    assert_eq!(
        figures("Cards will cost no more than £93, and no fewer than 50 staff will check them."),
        [
            fig("no more than £93", 93.0, Some("£"), Some("no more than")),
            fig(
                "no fewer than 50 staff",
                50.0,
                Some("staff"),
                Some("no fewer than")
            ),
        ]
    );
    // (Nor is `nothing less than` a figure's upper bound.)
    assert_eq!(
        figures("He would accept nothing less than 5 billion dlrs."),
        [fig(
            "nothing less than 5 billion dlrs",
            5e9,
            Some("dlrs"),
            Some("nothing less than")
        )]
    );
}

#[test]
fn a_race_named_by_its_distance_is_no_figure() {
    assert_eq!(
        units("The 100m champion won 800m and 1500m gold, then the 200m. It has 2.5m viewers and cost £100m."),
        [
            ("2.5m viewers".into(), Some("viewers".into())),
            ("£100m".into(), Some("£".into())),
        ]
    );
    // (The later distances of a list after `the`.)
    assert_eq!(
        units("She won the 800m and 1500m in Athens. He ran the 100m, 200m and 400m. It raised 300m and 500m dlrs."),
        [
            ("300m".into(), Some("dlrs".into())),
            ("500m dlrs".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn metres_written_with_m_after_a_depth_or_a_material() {
    assert_eq!(
        units("Some streets had 1.5m of water, with waves 10m high. It has 2m of the shares and 3m people. Lava shot 100m into the air and landed 50m away."),
        [
            ("1.5m".into(), Some("m".into())),
            ("10m".into(), Some("m".into())),
            ("2m of the shares".into(), Some("shares".into())),
            ("3m people".into(), Some("people".into())),
            ("100m".into(), Some("m".into())),
            ("50m".into(), Some("m".into())),
        ]
    );
    // Or before a thing of that height.
    assert_eq!(
        units_and_values("The cathedral's 96m spire was rebuilt for £96m."),
        [
            ("96m".into(), 96.0, Some("m".into())),
            ("£96m".into(), 96_000_000.0, Some("£".into())),
        ]
    );
}

#[test]
fn a_distance_in_thousands_with_m_after_it_is_metres_not_millions() {
    assert_eq!(
        units_and_values("The traps went 8,000m down. The fish lives at 8,178m in the trench."),
        [
            ("8,000m".into(), 8000.0, Some("m".into())),
            ("8,178m".into(), 8178.0, Some("m".into())),
        ]
    );
    // Money in thousands of millions keeps its scale.
    assert_eq!(
        units("It lost £8,000m and paid 1,200m dollars."),
        [
            ("£8,000m".into(), Some("£".into())),
            ("1,200m dollars".into(), Some("dollars".into())),
        ]
    );
}

#[test]
fn a_maker_s_name_and_model_number_are_part_of_what_is_counted() {
    assert_eq!(
        units("It ordered 70 Boeing 737-800 aircraft and 70 more Boeing jets, and sold 2 million PlayStation 2 consoles. Air India ordered 50 Boeing 787 Dreamliner jets."),
        [
            ("70 Boeing 737-800 aircraft".into(), Some("Boeing 737-800 aircraft".into())),
            ("70 more Boeing jets".into(), Some("Boeing jets".into())),
            ("2 million PlayStation 2 consoles".into(), Some("PlayStation 2 consoles".into())),
            ("50 Boeing 787 Dreamliner jets".into(), Some("Boeing 787 Dreamliner jets".into())),
        ]
    );
    // A model written with letters and its series.
    assert_eq!(
        units("It ordered 15 Airbus A300-600R jets and 5 F-16 jets."),
        [
            (
                "15 Airbus A300-600R jets".into(),
                Some("Airbus A300-600R jets".into())
            ),
            ("5 F-16 jets".into(), Some("F-16 jets".into())),
        ]
    );
    // An airliner's number without its maker's name, and its plural.
    assert_eq!(
        units("It ordered 27 of the new 787 Dreamliner jets, ten 737 jets and 18 Boeing 777s, and sold 747 tickets."),
        [
            ("27 of the new 787 Dreamliner jets".into(), Some("new 787 Dreamliner jets".into())),
            ("ten 737 jets".into(), Some("737 jets".into())),
            ("18 Boeing 777s".into(), Some("Boeing 777s".into())),
            ("747 tickets".into(), Some("tickets".into())),
        ]
    );
    // Right after a count, the model it counts, alone before the next.
    assert_eq!(
        units("It won an order for 18 777 and 20 787 Dreamliner aircraft."),
        [
            ("18 777".into(), Some("777".into())),
            (
                "20 787 Dreamliner aircraft".into(),
                Some("787 Dreamliner aircraft".into())
            ),
        ]
    );
    // Any named model's plural.
    assert_eq!(
        units("Sony has sold more than 70 million PlayStation 2s."),
        [(
            "more than 70 million PlayStation 2s".into(),
            Some("PlayStation 2s".into())
        )]
    );
    // (In a headline in capitals, a capital after the number is no name's.)
    assert_eq!(
        units("CHRYSLER TO BUY AMC FOR 757 MLN DLRS\n\nBOEING 747 ORDERS FALL"),
        [("757 MLN DLRS".into(), Some("DLRS".into()))]
    );
    // A plural inside a name is not what is counted (a headline's capitals are no name).
    assert_eq!(
        units("He was banned for two Champions League matches.\n\nSOVIETS BUY 1.5 MLN TONNES U.S. GRAIN"),
        [
            ("two Champions League matches".into(), Some("Champions League matches".into())),
            ("1.5 MLN TONNES".into(), Some("TONNES".into())),
        ]
    );
    // (A name that opens with a number: a number next is a figure of its own otherwise.)
    assert_eq!(
        units("England won two of their last five Six Nations matches, up from one two years ago."),
        [
            ("two".into(), Some("Six Nations matches".into())),
            (
                "five Six Nations matches".into(),
                Some("Six Nations matches".into())
            ),
            ("two years".into(), Some("years".into())),
        ]
    );
}

#[test]
fn a_change_by_a_count_and_a_low_it_reached_count_the_verb_s_subject() {
    assert_eq!(
        units("The report said manufacturing jobs fell by 19,000 to a record low of 3.2 million."),
        [
            ("19,000".into(), Some("jobs".into())),
            ("3.2 million".into(), Some("jobs".into())),
        ]
    );
}

#[test]
fn a_scaled_amount_measured_against_counts_what_its_sentence_counted_not_its_span() {
    assert_eq!(
        units("It made 98 mln stg for the three months to June 30, up from 59 mln a year earlier."),
        [
            ("98 mln stg".into(), Some("stg".into())),
            ("three months".into(), Some("months".into())),
            ("59 mln".into(), Some("stg".into())),
        ]
    );
    // A spelled number right after is a figure of its own, not what is counted.
    assert_eq!(
        units("Costs rose to 8.5 billion ECUs a year, up from 6.2 billion two years ago."),
        [
            ("8.5 billion ECUs".into(), Some("ECUs".into())),
            ("6.2 billion".into(), Some("ECUs".into())),
            ("two years".into(), Some("years".into())),
        ]
    );
}

#[test]
fn a_level_a_change_in_percent_comes_to_counts_what_the_change_did() {
    assert_eq!(
        units("The Nikkei index plunged 3,836.48 points, or 14.9 pct, to 21,910.08."),
        [
            ("3,836.48 points".into(), Some("points".into())),
            ("14.9 pct".into(), Some("%".into())),
            ("21,910.08".into(), Some("points".into())),
        ]
    );
}

#[test]
fn a_distance_raced_before_a_preposition_is_no_sum() {
    assert_eq!(
        figures("She was due to run in the 1500m on 19 February."),
        []
    );
    assert_eq!(
        figures("She was due to run in the 1000m on 18 February, and he in the 600m at Ghent."),
        []
    );
    assert_eq!(
        units("Jones wins 100m in Paris. Radcliffe pulled out of the 5,000m with an injury. Thanou won silver in the women's 100m. Firms won 200m in contracts."),
        [("200m".into(), None)]
    );
}

#[test]
fn a_share_written_onto_owned_is_a_percentage() {
    assert_eq!(
        units("It sold its 51 pct-owned unit and a 15 pct stake."),
        [
            ("51 pct-owned".into(), Some("%".into())),
            ("15 pct".into(), Some("%".into())),
        ]
    );
}

#[test]
fn a_number_before_a_unit_written_with_a_capital_opens_a_name() {
    assert_eq!(
        units("Rapper 50 Cent has topped the chart. Its shares rose 20 cents."),
        [("20 cents".into(), Some("cents".into()))]
    );
}

#[test]
fn an_earnings_table_s_shares_line_counts_shares() {
    assert_eq!(
        units("Net 194.1 mln dlrs vs 150.3 mln\n\nAvg shrs 136.7 mln vs 136.5 mln"),
        [
            ("194.1 mln dlrs".into(), Some("dlrs".into())),
            ("150.3 mln".into(), Some("dlrs".into())),
            ("136.7 mln".into(), Some("shrs".into())),
            ("136.5 mln".into(), Some("shrs".into())),
        ]
    );
    // A table's money, in dollars unsaid; not a sentence's `net` (`a net 5 mln`).
    assert_eq!(
        units("It took a net 5 mln.\n\nNet 15.6 mln vs 12.4 mln\n\nRevs 386.2 mln vs 361.0 mln"),
        [
            ("5 mln".into(), None),
            ("15.6 mln".into(), Some("dlrs".into())),
            ("12.4 mln".into(), Some("dlrs".into())),
            ("386.2 mln".into(), Some("dlrs".into())),
            ("361.0 mln".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_bare_count_after_the_verb_of_a_count_before_it_counts_the_same() {
    assert_eq!(
        units("We had 14 shots and they had six. We had 12 corners and they won six."),
        [
            ("14 shots".into(), Some("shots".into())),
            ("six".into(), Some("shots".into())),
            ("12 corners".into(), Some("corners".into())),
        ]
    );
}

#[test]
fn a_bare_count_ending_a_sentence_after_but_and_the_verb_before_counts_the_same() {
    assert_eq!(
        units(
            "It had expected to receive 57 jets by June, but now expects only about 40. It \
             sold 57 jets but prices fell 4."
        ),
        [
            ("57 jets".into(), Some("jets".into())),
            ("about 40".into(), Some("jets".into())),
            ("57 jets".into(), Some("jets".into())),
            ("4".into(), None),
        ]
    );
}

#[test]
fn a_rate_compared_with_another_is_in_what_the_rate_counts_not_what_it_is_per() {
    assert_eq!(
        units("The guilder was at 112.70 guilders per 100 marks, against 112.75 yesterday."),
        [
            ("112.70 guilders".into(), Some("guilders".into())),
            ("100 marks".into(), Some("marks".into())),
            ("112.75".into(), Some("guilders".into())),
        ]
    );
}

#[test]
fn a_target_or_forecast_compared_with_counts_what_the_figure_before_counted() {
    assert_eq!(
        units(
            "Response times averaged 32 minutes, against a target of 18. Sales rose to 1.2 mln \
             cars, compared with a forecast of 1.1 mln. Its target of 18 was missed."
        ),
        [
            ("32 minutes".into(), Some("minutes".into())),
            ("18".into(), Some("minutes".into())),
            ("1.2 mln cars".into(), Some("cars".into())),
            ("1.1 mln".into(), Some("cars".into())),
            ("18".into(), None),
        ]
    );
}

#[test]
fn two_words_describing_one_plural_are_its_unit() {
    assert_eq!(
        units("The strike hit 44 gold and coal mines and 12 oil and gas fields."),
        [
            (
                "44 gold and coal mines".into(),
                Some("gold and coal mines".into())
            ),
            (
                "12 oil and gas fields".into(),
                Some("oil and gas fields".into())
            ),
        ]
    );
    // (And a word describing the plural after them.)
    assert_eq!(
        units("It is sued by 1.6 million current and former female employees."),
        [(
            "1.6 million current and former female employees".into(),
            Some("current and former female employees".into())
        )]
    );
    // (A name of two words is one of them.)
    assert_eq!(
        units("About 6,000 French and United Nations peacekeepers are deployed."),
        [(
            "About 6,000 French and United Nations peacekeepers".into(),
            Some("French and United Nations peacekeepers".into())
        )]
    );
    // (After a word describing both.)
    assert_eq!(
        units("It was a strike by about 340,000 black gold and coal miners."),
        [(
            "about 340,000 black gold and coal miners".into(),
            Some("black gold and coal miners".into())
        )]
    );
}

#[test]
fn a_further_count_counts_what_its_sentence_counted() {
    assert_eq!(
        units("Ryanair ordered 70 more aircraft, with options on a further 70."),
        [
            ("70 more aircraft".into(), Some("aircraft".into())),
            ("70".into(), Some("aircraft".into())),
        ]
    );
    assert_eq!(
        units("It ordered 70 Boeing aircraft worth $4.6bn (£2.4bn), with options on a further 70."),
        [
            ("70 Boeing aircraft".into(), Some("Boeing aircraft".into())),
            ("$4.6bn".into(), Some("$".into())),
            ("£2.4bn".into(), Some("£".into())),
            ("70".into(), Some("Boeing aircraft".into())),
        ]
    );
    // (Money written with a currency word is passed over too: more of it would be scaled.)
    assert_eq!(
        units("It ordered 16 Boeing 747-400 jumbo jets worth 1.5 billion dlrs, with options on a further 12."),
        [
            ("16 Boeing 747-400 jumbo jets".into(), Some("Boeing 747-400 jumbo jets".into())),
            ("1.5 billion dlrs".into(), Some("dlrs".into())),
            ("12".into(), Some("Boeing 747-400 jumbo jets".into())),
        ]
    );
    assert_eq!(
        units("It lost 1.5 billion dlrs, and a further 2 billion in 1986."),
        [
            ("1.5 billion dlrs".into(), Some("dlrs".into())),
            ("2 billion".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn what_a_plural_s_possessive_owns_is_counted() {
    assert_eq!(
        units("More than 2,000 consultants' posts were vacant. About 300 workers’ homes flooded."),
        [
            (
                "More than 2,000 consultants' posts".into(),
                Some("consultants' posts".into())
            ),
            (
                "About 300 workers’ homes".into(),
                Some("workers’ homes".into())
            ),
        ]
    );
}

#[test]
fn the_european_currency_unit_is_money_in_the_singular_too() {
    assert_eq!(
        units("It has a 36 billion European Currency Unit (ECU) budget."),
        [(
            "36 billion European Currency Unit".into(),
            Some("European Currency Unit".into())
        )]
    );
    // (And the IMF's special drawing rights.)
    assert_eq!(
        units("The IMF approved a 100 mln SDR standby credit."),
        [("100 mln SDR".into(), Some("SDR".into()))]
    );
}

#[test]
fn a_death_toll_counts_the_dead() {
    assert_eq!(
        units("The death toll from the disaster has passed 150,000."),
        [("150,000".into(), Some("death toll".into()))]
    );
    // (The verb before a qualifier.)
    assert_eq!(
        units("The death toll from the disaster now stands at more than 150,000."),
        [("more than 150,000".into(), Some("death toll".into()))]
    );
    // A toll put at a number, or given as one.
    assert_eq!(
        units("The Red Cross put the death toll at 2,600. Officials gave a death toll of 30."),
        [
            ("2,600".into(), Some("death toll".into())),
            ("30".into(), Some("death toll".into())),
        ]
    );
}

#[test]
fn a_span_describing_what_is_counted_does_not_stand_for_it() {
    assert_eq!(
        units(
            "The offer comprises 3,000 billion lire of three-month bills, 4,000 billion of \
             six-month and 2,000 billion of 12-month paper."
        ),
        [
            ("3,000 billion lire".into(), Some("lire".into())),
            ("three-month".into(), Some("month".into())),
            ("4,000 billion".into(), Some("lire".into())),
            ("six-month".into(), Some("month".into())),
            ("2,000 billion".into(), Some("lire".into())),
            ("12-month".into(), Some("month".into())),
        ]
    );
}

#[test]
fn what_numbered_so_many_is_the_sentence_s_subject() {
    assert_eq!(
        units(
            "Applicants for up to 400 shares will get them all. Applications from staff, who \
             were offered free shares, numbered more than 36,000."
        ),
        [
            ("up to 400 shares".into(), Some("shares".into())),
            ("more than 36,000".into(), Some("applications".into())),
        ]
    );
}

#[test]
fn a_singular_noun_expected_to_change_counts_nothing_and_the_expecting_subject_neither() {
    assert_eq!(
        units("Economists had expected the claimant count to fall by about 5,000."),
        [("about 5,000".into(), None)]
    );
}

#[test]
fn a_change_over_a_period_to_a_level_counts_the_subject() {
    assert_eq!(
        units("Dial-up connections fell by 18% over the year to 5.9 million."),
        [
            ("18%".into(), Some("%".into())),
            ("5.9 million".into(), Some("connections".into())),
        ]
    );
}

#[test]
fn a_kind_of_thing_written_with_a_number_counts_nothing() {
    let got = units("It sells four-wheel-drive vehicles, two-door cars and 4-wheel drives with two-stroke engines in a three-way deal. The car has four doors and a two-year warranty.");
    let texts: Vec<&str> = got.iter().map(|(t, _)| t.as_str()).collect();
    assert_eq!(texts, ["four doors", "two-year"]);
}

#[test]
fn a_count_left_bare_after_money_with_its_sign_is_no_money() {
    assert_eq!(
        units("The console costs $249 and Sony hopes to sell three million in the US."),
        [
            ("$249".to_string(), Some("$".to_string())),
            ("three million".to_string(), None)
        ]
    );
}

#[test]
fn a_sum_told_in_money_before_in_its_sentence_is_money_not_its_subject() {
    assert_eq!(
        units("Imports totalled 74.9 billion francs, while exports rose to 72.9 billion. Passenger numbers rose 5 pct and sales rose to 3.2 million."),
        [
            ("74.9 billion francs".into(), Some("francs".into())),
            ("72.9 billion".into(), Some("francs".into())),
            ("5 pct".into(), Some("%".into())),
            ("3.2 million".into(), Some("sales".into())),
        ]
    );
}

#[test]
fn a_number_and_a_capital_written_as_one_describe_what_is_counted() {
    assert_eq!(
        units("It has 13 countries. It expects 10 million 3G customers and sold 200,000 3D televisions."),
        [
            ("13 countries".into(), Some("countries".into())),
            ("10 million 3G customers".into(), Some("3G customers".into())),
            ("200,000 3D televisions".into(), Some("3D televisions".into())),
        ]
    );
}

#[test]
fn a_number_after_a_names_possessive_before_one_thing_names_it() {
    assert_eq!(
        units("Hutchison's 3 network has 3.5 million customers. Britain's 300 biggest firms and Japan's 10 year bonds fell. Renault's 46.1 pct stake rose. Japan's 10 largest chip makers cut output."),
        [
            ("3.5 million customers".into(), Some("customers".into())),
            ("300 biggest firms".into(), Some("biggest firms".into())),
            ("10 year bonds".into(), Some("year bonds".into())),
            ("46.1 pct".into(), Some("%".into())),
            ("10 largest chip makers".into(), Some("largest chip makers".into())),
        ]
    );
    // (Nor one that the plural after the words describing it is counted by.)
    assert_eq!(
        units("MITI asked Japan's 10 major semiconductor makers to cut output."),
        [(
            "10 major semiconductor makers".into(),
            Some("major semiconductor makers".into())
        )]
    );
}

#[test]
fn a_part_of_a_whole_an_owner_has_counts_what_they_have() {
    assert_eq!(
        units("Honasan escaped with about 100 of his men. Ten of our staff left. It bought 20 of Airbus's A380 planes. Five of Britain's biggest banks fell."),
        [
            ("about 100 of his men".into(), Some("men".into())),
            ("Ten of our staff".into(), Some("staff".into())),
            ("20 of Airbus's A380 planes".into(), Some("A380 planes".into())),
            ("Five of Britain's biggest banks".into(), Some("biggest banks".into())),
        ]
    );
}

#[test]
fn a_part_of_a_whole_estimated_or_told_bare_counts_what_the_whole_counts() {
    assert_eq!(
        units("About 2,000 of an estimated 23,000 guerrillas gave up. Only 12 of 40 banks agreed. Sales of 5 of 1987 models rose."),
        [
            ("About 2,000".into(), Some("guerrillas".into())),
            ("an estimated 23,000 guerrillas".into(), Some("guerrillas".into())),
            ("12".into(), Some("banks".into())),
            ("40 banks".into(), Some("banks".into())),
            ("5".into(), None),
        ]
    );
}

#[test]
fn numbers_each_described_by_a_name_or_a_word_share_the_plural_after_the_second() {
    assert_eq!(
        units(
            "It scraps 859 U.S. and 1,752 Soviet missiles. It sold 300 British or 200 French cars."
        ),
        [
            ("859".into(), Some("missiles".into())),
            (
                "1,752 Soviet missiles".into(),
                Some("Soviet missiles".into())
            ),
            ("300".into(), Some("cars".into())),
            ("200 French cars".into(), Some("French cars".into())),
        ]
    );
    // (A word describing each: the noun after the second counts both.)
    assert_eq!(
        units("Pupils at 202 primary and 29 secondary schools will finish. It has 5 boys and 6 girls."),
        [
            ("202".into(), Some("schools".into())),
            ("29 secondary schools".into(), Some("secondary schools".into())),
            ("5 boys".into(), Some("boys".into())),
            ("6 girls".into(), Some("girls".into())),
        ]
    );
}

#[test]
fn what_a_number_counts_is_not_looked_for_past_a_clause_s_opening() {
    assert_eq!(
        units("Formula One risks splitting in two unless its owners agree. It broke into three pieces."),
        [("three pieces".into(), Some("pieces".into()))]
    );
}

#[test]
fn a_possessive_or_a_verb_ending_in_s_is_no_unit() {
    assert_eq!(
        units("BT said its own broadband customer base had grown to 1.6 million."),
        [("1.6 million".into(), None)]
    );
    assert_eq!(
        units("The firm said his team has grown to 1,600."),
        [("1,600".into(), None)]
    );
}

#[test]
fn a_crowd_counted_in_the_plural_or_past_a_qualifier_is_what_is_counted() {
    assert_eq!(
        units(
            "The five-match series will attract crowds of up to 20,000 a day. Audiences of \
             about 8 million tuned in. A crowd of 52,316 watched."
        ),
        [
            ("five-match".into(), Some("match".into())),
            ("up to 20,000".into(), Some("crowds".into())),
            ("about 8 million".into(), Some("Audiences".into())),
            ("52,316".into(), Some("crowd".into())),
        ]
    );
}

#[test]
fn a_bare_price_where_a_market_opened_or_closed_is_in_the_sentence_s_unit() {
    assert_eq!(
        units(
            "The dollar closed at 151.40 yen after opening at 152.10. The group owns 9.8 pct. \
             Its shares closed at 118-1/2."
        ),
        [
            ("151.40 yen".into(), Some("yen".into())),
            ("152.10".into(), Some("yen".into())),
            ("9.8 pct".into(), Some("%".into())),
            ("118-1/2".into(), None),
        ]
    );
}

#[test]
fn how_often_after_a_name_is_a_count_not_the_name_s_number() {
    assert_eq!(
        units("He captained England 22 times and met Wales on 3 occasions. He listens to Radio 4 daily."),
        [
            ("22 times".into(), Some("times".into())),
            ("3 occasions".into(), Some("occasions".into())),
        ]
    );
}

#[test]
fn sales_of_a_named_thing_count_as_sales_and_a_period_is_no_level_a_change_started_from() {
    assert_eq!(
        units(
            "Sales of the iPod rose sixfold in the last three months of 2004, to 4.5 million. \
             Sales of Microsoft shares rose to 2 million. Membership rose in the last two \
             years to 1.5 million. The term was cut from five years to three."
        ),
        [
            ("sixfold".into(), Some("fold".into())),
            ("three months".into(), Some("months".into())),
            ("4.5 million".into(), Some("sales".into())),
            ("2 million".into(), Some("shares".into())),
            ("two years".into(), Some("years".into())),
            ("1.5 million".into(), Some("membership".into())),
            ("five years".into(), Some("years".into())),
            ("three".into(), Some("years".into())),
        ]
    );
}

#[test]
fn thousands_straight_after_a_level_verb_count_a_plural_subject_or_one_that_is_a_count() {
    assert_eq!(
        units("Manufacturing jobs fell 25,000."),
        [("25,000".into(), Some("jobs".into()))]
    );
    // (Nor a singular subject, unless it is itself a count; nor an index's points.)
    assert_eq!(
        units("Payroll employment rose 164,000. Net immigration reached 151,000."),
        [
            ("164,000".into(), Some("employment".into())),
            ("151,000".into(), Some("immigration".into()))
        ]
    );
    assert_eq!(units("The index fell 1,200."), [("1,200".into(), None)]);
    assert_eq!(units("The workforce fell 1,200."), [("1,200".into(), None)]);
}

#[test]
fn cases_of_what_is_no_count_are_counted_as_cases() {
    assert_eq!(
        units(
            "Cases of flu in hospital rose 70% in a week, to 1,861. Sales of imported cars rose \
             41.2 pct to 7,820."
        ),
        [
            ("70%".into(), Some("%".into())),
            ("1,861".into(), Some("cases".into())),
            ("41.2 pct".into(), Some("%".into())),
            ("7,820".into(), Some("cars".into())),
        ]
    );
}

#[test]
fn both_ends_of_a_move_from_one_level_to_another_count_the_plural_subject() {
    assert_eq!(
        units("Deaths involving benzodiazepines fell from 1,092 to 641."),
        [
            ("1,092".into(), Some("deaths".into())),
            ("641".into(), Some("deaths".into())),
        ]
    );
}

#[test]
fn a_common_noun_opening_a_wire_story_after_its_dateline_is_what_it_counts() {
    assert_eq!(
        units("WASHINGTON, April 10 - Payrolls rose 164,000 to 102.4 mln."),
        [
            ("164,000".into(), Some("payrolls".into())),
            ("102.4 mln".into(), Some("payrolls".into())),
        ]
    );
}

#[test]
fn a_bare_level_from_a_day_s_is_in_the_unit_of_the_move_before_it() {
    assert_eq!(
        units("Raws were fixed at 172 dlrs a tonne, up 8.50 dlrs from yesterday's 163.50."),
        [
            ("172 dlrs".into(), Some("dlrs".into())),
            ("8.50 dlrs".into(), Some("dlrs".into())),
            ("163.50".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_bare_scaled_count_counts_what_the_paragraph_s_last_scaled_figure_counted() {
    assert_eq!(
        units(
            "The first tranche, of up to 60 billion francs, will carry a coupon of 7.75 pct. \
             The second, of 40 billion, will pay 8.0 pct."
        ),
        [
            ("up to 60 billion francs".into(), Some("francs".into())),
            ("7.75 pct".into(), Some("%".into())),
            ("40 billion".into(), Some("francs".into())),
            ("8.0 pct".into(), Some("%".into())),
        ]
    );
}

#[test]
fn a_motion_passed_by_so_many_to_so_many_is_a_tally() {
    assert_eq!(
        units(
            "The House passed its version in April by 290 to 137. The House overrode the veto \
             by 350 to 73. Sales rose by 290 to 1,370 cars."
        ),
        [
            ("290".into(), Some("cars".into())),
            ("1,370 cars".into(), Some("cars".into())),
        ]
    );
}

#[test]
fn over_after_a_dispute_or_a_punishment_is_what_it_is_about() {
    assert_eq!(
        figures("Three jailed over £20m VAT fraud. Sales rose over 20%."),
        [
            fig("Three jailed", 3.0, Some("jailed"), None),
            fig("£20m", 20e6, Some("£"), None),
            fig("over 20%", 20.0, Some("%"), Some("over")),
        ]
    );
}

#[test]
fn a_term_left_elliptical_at_its_clause_s_end_is_as_long_as_the_one_before() {
    assert_eq!(
        units(
            "His brother received seven years, and their partner was jailed for five. Smith \
             got nine years and Jones seven. It took two years and cost 5."
        ),
        [
            ("seven years".into(), Some("years".into())),
            ("five".into(), Some("years".into())),
            ("nine years".into(), Some("years".into())),
            ("seven".into(), Some("years".into())),
            ("two years".into(), Some("years".into())),
            ("5".into(), None),
        ]
    );
}

#[test]
fn an_age_a_rule_or_an_average_sets_is_in_years_of_age() {
    let age = Some("years of age".to_string());
    assert_eq!(
        units("The state pension age for women is due to rise from 60 to 65 between 2010 and 2020. The average age of a gamer is now 62."),
        [
            ("60".into(), age.clone()),
            ("65".into(), age.clone()),
            ("62".into(), age.clone()),
        ]
    );
    // (An age of 24-hour news counts channels, not years.)
    assert_eq!(
        units("In an age of 24-hour news, 30 channels compete."),
        [
            ("24-hour".into(), Some("hour".into())),
            ("30 channels".into(), Some("channels".into()))
        ]
    );
}

#[test]
fn a_count_of_people_named_in_the_singular_counts_them() {
    assert_eq!(
        units("Unemployment fell 20,000 to 1.4 million. Net immigration rose to 223,000. Net immigration to the UK was 151,000 in 2003."),
        [
            ("20,000".into(), Some("unemployment".into())),
            ("1.4 million".into(), Some("unemployment".into())),
            ("223,000".into(), Some("immigration".into())),
            ("151,000".into(), Some("immigration".into())),
        ]
    );
}

#[test]
fn a_bare_count_after_a_bare_one_stays_bare_whatever_an_earlier_paragraph_counted() {
    assert_eq!(
        units("Prices rose to 1,200.\n\nThe figure was 151,000, and the next 20,000."),
        [
            ("1,200".into(), Some("prices".into())),
            ("151,000".into(), None),
            ("20,000".into(), None),
        ]
    );
}

#[test]
fn a_level_a_singular_count_is_set_to_counts_it() {
    assert_eq!(
        units("Labour's Commons majority could be cut to about 60. It won 413 seats."),
        [
            ("about 60".into(), Some("majority".into())),
            ("413 seats".into(), Some("seats".into())),
        ]
    );
}

#[test]
fn a_race_time_or_inches_written_onto_a_number_is_spelled_out() {
    assert_eq!(
        figures(
            "Radcliffe won in 2hrs 23mins 10secs, four seconds ahead. The screen is 2in across."
        ),
        [
            fig("2hrs", 2.0, Some("hours"), None),
            fig("23mins", 23.0, Some("minutes"), None),
            fig("10secs", 10.0, Some("seconds"), None),
            fig("four seconds", 4.0, Some("seconds"), None),
            fig("2in", 2.0, Some("inches"), None),
        ]
    );
}

#[test]
fn a_level_compared_without_its_scale_is_of_the_scale_compared_with() {
    let found = units_and_values(
        "Stocks rose to 5.93 mln tonnes from 5.81. Exports were 1.2 billion dlrs versus 1.1. \
         The dollar fell to 1.80 marks from 1.82.",
    );
    let values: Vec<f64> = found.iter().map(|f| f.1).collect();
    assert_eq!(values, [5.93e6, 5.81e6, 1.2e9, 1.1e9, 1.80, 1.82]);
}

#[test]
fn a_currency_written_with_a_capital_is_counted() {
    assert_eq!(
        units("The proposed tax, of 330 Ecus a tonne, would raise two billion Ecus."),
        [
            ("330 Ecus".into(), Some("Ecus".into())),
            ("two billion Ecus".into(), Some("Ecus".into())),
        ]
    );
}

#[test]
fn a_level_soared_to_counts_its_clause_s_subject() {
    assert_eq!(
        units("Downloads soared to 5.7 million. Exports jumped by 30,000."),
        [
            ("5.7 million".into(), Some("downloads".into())),
            ("30,000".into(), Some("exports".into())),
        ]
    );
    // The subject of the clause after `, but`, not of the one before.
    let found = units(
        "Sales of CD singles fell by 30% last year, but legal downloads of songs soared to 5.7 \
         million.",
    );
    assert_eq!(found[1], ("5.7 million".into(), Some("songs".into())));
    // A level reached with an article before it, past an aside.
    let found =
        units("Downloads rose to 5.7 million. Album sales, however, reached a record 237 million.");
    assert_eq!(
        found[1],
        ("record 237 million".into(), Some("sales".into()))
    );
    // A large level hit; not so many struck.
    let found =
        units("It is worth 2.5bn Swiss francs. Sales hit 3.4 million. The storm hit 12 towns.");
    assert_eq!(found[1], ("3.4 million".into(), Some("sales".into())));
    assert_eq!(found[2], ("12 towns".into(), Some("towns".into())));
}

#[test]
fn a_count_joined_to_the_one_before_of_another_kind_counts_the_same() {
    assert_eq!(
        units("He denies 14 counts of false accounting and two of fraudulent trading."),
        [
            ("14 counts".into(), Some("counts".into())),
            ("two".into(), Some("counts".into())),
        ]
    );
}

#[test]
fn a_level_reached_shares_the_unit_of_where_it_started() {
    assert_eq!(
        units_and_values(
            "Sales were 300 units. Sorghum exports were cut to 1.8 mln from 2.1 mln tonnes."
        ),
        [
            ("300 units".into(), 300.0, Some("units".into())),
            ("1.8 mln".into(), 1_800_000.0, Some("tonnes".into())),
            ("2.1 mln tonnes".into(), 2_100_000.0, Some("tonnes".into())),
        ]
    );
}

#[test]
fn a_spelled_count_shared_out_is_a_figure_of_what_its_sentence_counted() {
    assert_eq!(
        units(
            "West leads with 10 nominations, followed by Keys and Usher with eight each. \
             U2 and Keane lead the nominations, with four apiece. One each went home."
        ),
        [
            ("10 nominations".into(), Some("nominations".into())),
            ("eight".into(), Some("nominations".into())),
            ("four".into(), Some("nominations".into())),
        ]
    );
}

#[test]
fn a_count_of_what_is_quoted_after_it_and_a_chip_s_size_before_its_initials() {
    assert_eq!(
        units(
            "He has imposed 66 \"stealth taxes\" since 1997. Makers cut output of 256K DRAM \
             chips by 11 pct."
        ),
        [
            ("66 \"stealth taxes\"".into(), Some("stealth taxes".into())),
            ("11 pct".into(), Some("%".into())),
        ]
    );
}

#[test]
fn a_currency_s_hundredth_is_money() {
    assert_eq!(
        units("Nigeria raised the price to 39.5 kobo a litre from 20 kobo, or 75 paise."),
        [
            ("39.5 kobo".into(), Some("kobo".into())),
            ("20 kobo".into(), Some("kobo".into())),
            ("75 paise".into(), Some("paise".into())),
        ]
    );
}

#[test]
fn a_clause_after_while_counts_its_own_subject_not_the_number_of_before_it() {
    assert_eq!(
        units(
            "The number of unemployed fell by 38,000 to 1,124,000, while employment rose by \
             52,000 to 12.1 mln."
        ),
        [
            ("38,000".into(), Some("unemployed".into())),
            ("1,124,000".into(), Some("unemployed".into())),
            ("52,000".into(), Some("employment".into())),
            ("12.1 mln".into(), Some("employment".into())),
        ]
    );
}

#[test]
fn a_number_word_capitalised_in_a_name_is_no_whole_a_part_is_of() {
    assert_eq!(
        units("Scotland lost all five of their Six Nations games. They won six of their last 10 games."),
        [
            ("five of their Six Nations games".into(), Some("Six Nations games".into())),
            ("six".into(), Some("games".into())),
            ("10 games".into(), Some("games".into())),
        ]
    );
}

#[test]
fn a_spelled_count_after_and_is_a_verb_s_object_and_a_count_in_the_singular_names_its_level() {
    assert_eq!(
        units(
            "The BBC employs about 27,000 people and runs eight channels. Net immigration of \
             151,000 a year was too high."
        ),
        [
            ("about 27,000 people".into(), Some("people".into())),
            ("eight channels".into(), Some("channels".into())),
            ("151,000".into(), Some("immigration".into())),
        ]
    );
}

#[test]
fn a_count_said_to_be_few_still_counts_the_group_before_it() {
    assert_eq!(
        units(
            "It passed by 316 votes to 311, a majority of just five. A crowd of only 3,000 came."
        ),
        [
            ("316 votes".into(), Some("votes".into())),
            ("311".into(), Some("votes".into())),
            ("five".into(), Some("majority".into())),
            ("3,000".into(), Some("crowd".into())),
        ]
    );
}

#[test]
fn a_bare_count_after_a_speed_counts_no_speed() {
    let got = units(
        "Councils already had the power to introduce 20mph zones, and more than 2,000 had \
         been set up.",
    );
    assert_eq!(
        got,
        [
            ("20mph".to_string(), Some("mph".to_string())),
            ("more than 2,000".to_string(), None)
        ]
    );
}

#[test]
fn a_part_of_a_scaled_whole_counts_what_the_whole_counts() {
    let got = units("Only about 70 mln of the 2.19 billion shares on offer were sold.");
    assert_eq!(
        got,
        [
            ("about 70 mln".to_string(), Some("shares".to_string())),
            (
                "2.19 billion shares".to_string(),
                Some("shares".to_string())
            )
        ]
    );
}

#[test]
fn a_bare_count_after_including_counts_the_plural_before_it() {
    let got = units(
        "The recall affects Accord and Civic models made between 1998 and 2001, including \
         about 600,000 in the US.",
    );
    assert_eq!(
        got,
        [("about 600,000".to_string(), Some("models".to_string()))]
    );
    // Not a plural across a clause of its own: `the plan, including 600,000 for …` has none.
    let got = units("Ministers backed the plan, including 600,000 for Wales.");
    assert_eq!(got, [("600,000".to_string(), None)]);
}

#[test]
fn a_change_after_while_counts_its_own_subject_unless_the_unit_was_written() {
    let got = units(
        "Starts of single-family homes fell 5.1 pct to 1.21 mln, while multi-family starts \
         rose 3.8 pct to 572,000.",
    );
    assert_eq!(got[3], ("572,000".to_string(), Some("starts".to_string())));
    let got = units(
        "Exports rose 8.9 pct to 19.36 billion dlrs, while imports fell 3.4 pct to 9.31 billion.",
    );
    assert_eq!(
        got[3],
        ("9.31 billion".to_string(), Some("dlrs".to_string()))
    );
}

#[test]
fn a_count_named_by_what_it_counts_gives_the_unit() {
    assert_eq!(
        units(
            "The claimant count fell by 7,800 to 850,000. Germany's jobless total rose above \
             five million. The jobless total rose by 40,000."
        ),
        [
            ("7,800".into(), Some("claimant".into())),
            ("850,000".into(), Some("claimant".into())),
            ("above five million".into(), Some("jobless".into())),
            ("40,000".into(), Some("jobless".into())),
        ]
    );
}

#[test]
fn a_level_verb_before_a_qualifier_says_what_reached_it() {
    assert_eq!(
        units("Sales fell below 3,000."),
        [("below 3,000".into(), Some("sales".into()))]
    );
}

#[test]
fn a_large_count_stated_of_numbers_counts_what_they_are_numbers_of() {
    assert_eq!(
        units(
            "The Home Office said police numbers in England and Wales were at a record 142,795. \
             Passenger numbers rose 5 pct and sales rose to 32,000."
        ),
        [
            ("record 142,795".into(), Some("police".into())),
            ("5 pct".into(), Some("%".into())),
            ("32,000".into(), Some("sales".into())),
        ]
    );
}

#[test]
fn a_count_in_the_singular_cut_from_one_level_to_another_is_counted() {
    assert_eq!(
        units("Labour held the seat, but with its majority cut from 14,571 to 2,033."),
        [
            ("14,571".into(), Some("majority".into())),
            ("2,033".into(), Some("majority".into())),
        ]
    );
}

#[test]
fn a_count_a_relative_or_participle_numbers_counts_what_it_hangs_from() {
    assert_eq!(
        units(
            "A force numbering 3,000 crossed the border. Japan bought 5.6 billion dlrs of farm \
             goods. Rice farmers, who number about 3.8 mln, are paid well. Protesters, \
             numbering about 2,000, marched."
        ),
        [
            // (A singular says nothing of what the count is of, nor does the participle.)
            ("3,000".into(), None),
            ("5.6 billion dlrs".into(), Some("dlrs".into())),
            ("about 3.8 mln".into(), Some("farmers".into())),
            ("about 2,000".into(), Some("protesters".into())),
        ]
    );
}

#[test]
fn a_count_of_what_a_thing_holds_is_of_what_was_counted_before_not_a_verb_s() {
    assert_eq!(
        units("It costs $99 for a model holding 120 songs and $149 for one holding 240."),
        [
            ("$99".into(), Some("$".into())),
            ("120 songs".into(), Some("songs".into())),
            ("$149".into(), Some("$".into())),
            ("240".into(), Some("songs".into())),
        ]
    );
    assert_eq!(
        units("A stadium seating 40,000 was built."),
        [("40,000".into(), None)]
    );
}

#[test]
fn a_level_an_index_went_on_to_finish_at_is_in_the_points_it_moved() {
    assert_eq!(
        units("The Dow gained 62.8 points, or 0.6%, to finish at 10,597.8."),
        [
            ("62.8 points".into(), Some("points".into())),
            ("0.6%".into(), Some("%".into())),
            ("10,597.8".into(), Some("points".into())),
        ]
    );
    assert_eq!(
        units("Crude oil fell 40 cts to 18.30 dlrs and ended at 18.25."),
        [
            ("40 cts".into(), Some("cts".into())),
            ("18.30 dlrs".into(), Some("dlrs".into())),
            ("18.25".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_model_s_version_letters_count_as_its_number_not_as_words_of_the_phrase() {
    assert_eq!(
        units("American agreed to buy 15 Airbus Industrie A300-600R jets."),
        [(
            "15 Airbus Industrie A300-600R jets".into(),
            Some("Airbus Industrie A300-600R jets".into())
        )]
    );
}

#[test]
fn a_number_before_a_maker_s_name_and_a_plural_in_a_capitals_line_counts_them() {
    assert_eq!(
        units("AMERICAN AIRLINES TO BUY 15 AIRBUS JETS"),
        [("15 AIRBUS JETS".into(), Some("AIRBUS JETS".into()))]
    );
    // (A name's number before words in capitals that are no plural stays the name's.)
    assert!(figures("BBC 2 TO SHOW NEW DRAMA").is_empty());
}

#[test]
fn a_model_year_after_a_count_says_which_of_what_it_counts() {
    assert_eq!(
        units("Chrysler will recall about 60,000 1987 model year minivans."),
        [(
            "about 60,000 1987 model year minivans".into(),
            Some("1987 model year minivans".into())
        )]
    );
}

#[test]
fn a_scaled_level_after_a_rate_counts_what_the_sentence_counted() {
    assert_eq!(
        units(
            "Its profit rose 7.5 pct to 3.21 billion marks, while Dresdner reported a 4.2 pct \
             rise to 1.48 billion."
        ),
        [
            ("7.5 pct".into(), Some("%".into())),
            ("3.21 billion marks".into(), Some("marks".into())),
            ("4.2 pct".into(), Some("%".into())),
            ("1.48 billion".into(), Some("marks".into())),
        ]
    );
}

#[test]
fn a_price_unchanged_at_a_level_is_in_the_unit_of_the_sentence_s_price() {
    assert_eq!(
        units("Deutsche rose four marks to 781 and Dresdner was unchanged at 402."),
        [
            ("four marks".into(), Some("marks".into())),
            ("781".into(), Some("marks".into())),
            ("402".into(), Some("marks".into())),
        ]
    );
}

#[test]
fn a_level_changed_to_counts_the_subject_past_a_month_and_a_seasonal_adjustment() {
    assert_eq!(
        units("French unemployment rose 0.4 pct in March to a seasonally adjusted 2.65 mln."),
        [
            ("0.4 pct".into(), Some("%".into())),
            ("2.65 mln".into(), Some("unemployment".into())),
        ]
    );
}

#[test]
fn the_number_of_jobless_counts_the_jobless() {
    assert_eq!(
        units("The number of jobless fell by 12,000 in March to 812,000."),
        [
            ("12,000".into(), Some("jobless".into())),
            ("812,000".into(), Some("jobless".into())),
        ]
    );
}

#[test]
fn the_number_of_a_model_s_plural_counts_the_model() {
    assert_eq!(
        units("The order takes the number of A380s ordered by airlines to 129."),
        [("129".into(), Some("A380s".into()))]
    );
}

#[test]
fn an_amount_spent_on_something_over_a_span_is_spread_over_it() {
    assert_eq!(
        figures(
            "She points to the £1.5bn being spent on school sport over three years. He has \
             spent time in jail over two years."
        ),
        [
            fig("£1.5bn", 1.5e9, Some("£"), None),
            fig("three years", 3.0, Some("years"), None),
            // (No amount spent: more than two years.)
            fig("over two years", 2.0, Some("years"), Some("over")),
        ]
    );
}

#[test]
fn a_part_of_those_counted_last_counts_what_they_are() {
    assert_eq!(
        units("Waiting lists rose to 1.3 million people.\n\nSome 48,000 of them have waited a year, up from 41,000. Only 200 of those were seen."),
        [
            ("1.3 million people".into(), Some("people".into())),
            ("Some 48,000".into(), Some("people".into())),
            ("41,000".into(), Some("people".into())),
            ("200".into(), Some("people".into())),
        ]
    );
    // Money and rates are no people to be part of.
    assert_eq!(
        units("The fund lost £3m. Some 300 of them left. Prices rose 5%. 20 of those were cut."),
        [
            ("£3m".into(), Some("£".into())),
            ("Some 300".into(), None),
            ("5%".into(), Some("%".into())),
            ("20".into(), None),
        ]
    );
}

#[test]
fn a_count_after_with_is_of_the_plural_before_it() {
    assert_eq!(
        units("The Aviator leads the nominations with 11, including best picture. The Tories with 197 were next."),
        [
            ("11".into(), Some("nominations".into())),
            ("197".into(), None),
        ]
    );
}

#[test]
fn second_after_another_word_is_a_place_in_order() {
    assert_eq!(
        units("The Tories with 197 came second. The ad ran for 30 second slots."),
        [
            ("197".into(), None),
            ("30 second slots".into(), Some("second slots".into())),
        ]
    );
}

#[test]
fn a_level_reached_past_its_seasonal_adjustment_counts_the_verb_s_subject() {
    assert_eq!(
        units("New applications fell to a seasonally adjusted 352,000 in the week."),
        [("352,000".into(), Some("applications".into()))]
    );
}

#[test]
fn a_speech_verb_right_before_a_level_verb_is_its_subject() {
    assert_eq!(
        units("A year ago, initial claims stood at 381,000. He said jobs rose to 20,000."),
        [
            ("381,000".into(), Some("claims".into())),
            ("20,000".into(), Some("jobs".into())),
        ]
    );
}

#[test]
fn thousands_of_a_plural_count_it() {
    assert_eq!(
        units("Economists had expected claims of about 360,000. Winds reached speeds of 100. Profits of 2,300 were made."),
        [
            ("about 360,000".into(), Some("claims".into())),
            ("100".into(), None),
            ("2,300".into(), None),
        ]
    );
}

#[test]
fn a_share_price_in_a_wire_fraction_is_in_the_story_s_dollars() {
    assert_eq!(
        units("Emery will pay 40 dlrs a share.\n\nEmery shares closed unchanged at 14-1/4. Rates rose 1/4 point."),
        [
            ("40 dlrs".into(), Some("dlrs".into())),
            ("14-1/4".into(), Some("dlrs".into())),
            ("1/4 point".into(), Some("point".into())),
        ]
    );
    // With no money counted before, the dollars wire copy prices a share in; after another
    // currency, none is guessed.
    assert_eq!(
        units("Emery has 40 mln shares. Its shares closed unchanged at 14-1/4, up 1/2."),
        [
            ("40 mln shares".into(), Some("shares".into())),
            ("14-1/4".into(), Some("dlrs".into())),
            ("1/2".into(), Some("dlrs".into())),
        ]
    );
    assert_eq!(
        units("Profit was 40 mln stg. Its shares closed unchanged at 14-1/4."),
        [
            ("40 mln stg".into(), Some("stg".into())),
            ("14-1/4".into(), None)
        ]
    );
    // Whose dollars the story counted in.
    assert_eq!(
        units("It bid 14.50 Canadian dlrs a share. Its shares closed at 14-3/8, up 1/8."),
        [
            ("14.50 Canadian dlrs".into(), Some("Canadian dlrs".into())),
            ("14-3/8".into(), Some("Canadian dlrs".into())),
            ("1/8".into(), Some("Canadian dlrs".into())),
        ]
    );
    // A change after the price, past its fraction's tokens.
    let changed = units(
        "It lost 109.5 mln dlrs. The exchange halted Allegheny's shares, which closed yesterday \
         at 4-1/8, down 3/8.",
    );
    assert_eq!(changed[2], ("3/8".into(), Some("dlrs".into())));
    // Shares named in the sentence before the one whose `It` they are; only then.
    assert_eq!(
        units(
            "It owes 500 mln dlrs. Its stock was suspended. It last traded at 4-7/8. The \
             stock fell. Rates rose 1/4."
        ),
        [
            ("500 mln dlrs".into(), Some("dlrs".into())),
            ("4-7/8".into(), Some("dlrs".into())),
            ("1/4".into(), None),
        ]
    );
    // A name that moved by so much, after a sentence about shares: that name's shares.
    assert_eq!(
        units(
            "It owes 500 mln dlrs. Texaco shares fell 1-1/4 to 35-1/2 in heavy trading on the \
             exchange. Pennzoil rose 2 to \
             81-3/4. Bond yields rose 1/4."
        ),
        [
            ("500 mln dlrs".into(), Some("dlrs".into())),
            ("1-1/4".into(), Some("dlrs".into())),
            ("35-1/2".into(), Some("dlrs".into())),
            ("2".into(), Some("dlrs".into())),
            ("81-3/4".into(), Some("dlrs".into())),
            ("1/4".into(), None),
        ]
    );
}

#[test]
fn a_bound_after_the_number_is_its_qualifier_and_what_follows_its_unit() {
    assert_eq!(
        figures("Only retailers with 250 or more employees must charge. Firms with 50 or fewer staff are exempt."),
        [
            (
                "250 or more employees".into(),
                250.0,
                Some("employees".into()),
                Some("or more".into())
            ),
            (
                "50 or fewer staff".into(),
                50.0,
                Some("staff".into()),
                Some("or fewer".into())
            ),
        ]
    );
}

#[test]
fn animals_counted_in_the_singular_are_what_is_counted() {
    assert_eq!(
        units("The farm is five miles away. It protects the country's 100 million poultry and 40,000 salmon."),
        [
            ("five miles".into(), Some("miles".into())),
            ("100 million poultry".into(), Some("poultry".into())),
            ("40,000 salmon".into(), Some("salmon".into())),
        ]
    );
}

#[test]
fn numbers_of_a_noun_count_its_plural_unless_it_is_its_own() {
    assert_eq!(
        units(
            "Visitor numbers rose to 2 million. Casualty numbers reached 2,000. \
             Staff numbers fell to 300."
        ),
        [
            ("2 million".into(), Some("visitors".into())),
            ("2,000".into(), Some("casualties".into())),
            ("300".into(), Some("staff".into())),
        ]
    );
}

#[test]
fn a_bare_count_after_including_counts_what_the_figure_before_it_counted() {
    assert_eq!(
        units(
            "It plans to open 500 new stores worldwide this year, including 60 in China. \
             Sales rose to 5 billion dlrs, including 2 billion in China."
        ),
        [
            ("500 new stores".into(), Some("new stores".into())),
            ("60".into(), Some("stores".into())),
            ("5 billion dlrs".into(), Some("dlrs".into())),
            ("2 billion".into(), Some("dlrs".into())),
        ]
    );
}

#[test]
fn a_number_spelled_after_the_word_number_is_a_rank() {
    assert_eq!(
        units("Real's number seven belongs to Raul. The club sold seven players."),
        [("seven players".into(), Some("players".into()))]
    );
}

#[test]
fn a_count_sold_left_bare_counts_what_the_story_counted_last() {
    assert_eq!(
        units(
            "Sony hopes to sell 1.5 million units.\n\nIt costs £179.99 in the UK. More than 3 \
             million have already been sold in Japan."
        ),
        [
            ("1.5 million units".into(), Some("units".into())),
            ("£179.99".into(), Some("£".into())),
            ("More than 3 million".into(), Some("units".into())),
        ]
    );
    // Money or a span before is no such count.
    assert_eq!(
        units("It lasted three years.\n\nIt cost £200. More than 3 million were sold."),
        [
            ("three years".into(), Some("years".into())),
            ("£200".into(), Some("£".into())),
            ("More than 3 million".into(), None),
        ]
    );
}

#[test]
fn a_level_below_a_move_in_cents_is_in_the_money_they_are_parts_of() {
    assert_eq!(
        units(
            "Hongkong Land rose 15 cents to 7.85 dlrs, while Jardine gained 40 cents to 18.70. \
             The Australian dollar rose 0.45 cents to 70.85."
        ),
        [
            ("15 cents".into(), Some("cents".into())),
            ("7.85 dlrs".into(), Some("dlrs".into())),
            ("40 cents".into(), Some("cents".into())),
            ("18.70".into(), Some("dlrs".into())),
            ("0.45 cents".into(), Some("cents".into())),
            ("70.85".into(), Some("cents".into())),
        ]
    );
    // With no money written before, dollars for cents, pounds for pence.
    assert_eq!(
        units("Oil rose 50 cents to 18.70."),
        [
            ("50 cents".into(), Some("cents".into())),
            ("18.70".into(), Some("dlrs".into())),
        ]
    );
    assert_eq!(
        units("Shares fell 40p to 3.10."),
        [
            ("40p".into(), Some("p".into())),
            ("3.10".into(), Some("£".into())),
        ]
    );
}

#[test]
fn a_count_a_clause_is_about_counts_what_its_sentence_counted() {
    assert_eq!(
        units(
            "It will close four more assembly plants, in addition to the 11 it announced last \
             November."
        ),
        [
            (
                "four more assembly plants".into(),
                Some("assembly plants".into())
            ),
            ("11".into(), Some("assembly plants".into())),
        ]
    );
}

#[test]
fn a_second_verb_after_a_plural_counted_is_not_a_second_plural() {
    assert_eq!(
        units("The steelworks employs about 4,000 people and loses about £1m a day."),
        vec![
            ("about 4,000 people".to_string(), Some("people".to_string())),
            ("about £1m".to_string(), Some("£".to_string())),
        ]
    );
    assert_eq!(
        units("The plant has 400 workers and makes cars."),
        vec![("400 workers".to_string(), Some("workers".to_string()))]
    );
    // (Two plurals joined are still one count of both.)
    assert_eq!(
        units("Russia fired 300 missiles and drones overnight."),
        vec![(
            "300 missiles and drones".to_string(),
            Some("missiles and drones".to_string())
        )]
    );
}

#[test]
fn a_rate_prices_the_currency_its_countrys_adjective_names() {
    assert_eq!(
        units("The Philippine peso weakened to 20.85 to the dollar from 20.60."),
        vec![
            (
                "20.85 to the dollar".to_string(),
                Some("peso to the dollar".to_string())
            ),
            ("20.60".to_string(), Some("peso to the dollar".to_string())),
        ]
    );
    assert_eq!(
        units("The won weakened to 850.30 to the dollar."),
        vec![(
            "850.30 to the dollar".to_string(),
            Some("won to the dollar".to_string())
        )]
    );
}

#[test]
fn a_count_brought_to_before_the_number_it_is_counts_what_that_numbers() {
    assert_eq!(
        units("The attacks brought to 31 the number of ships hit in the Gulf this year."),
        vec![("31".to_string(), Some("ships".to_string()))]
    );
    assert_eq!(
        units("The cuts raised to 1,200 the total of jobs lost."),
        vec![("1,200".to_string(), Some("jobs".to_string()))]
    );
}

#[test]
fn a_ship_s_tonnage_is_measured_in_its_tonnes() {
    assert_eq!(
        units("The 81,283 dwt Bridgeton hit a mine. A 24,000 grt freighter sank."),
        vec![
            ("81,283 dwt".to_string(), Some("dwt".to_string())),
            ("24,000 grt".to_string(), Some("grt".to_string())),
        ]
    );
}

#[test]
fn numbers_a_plural_names_several_by_are_no_counts() {
    assert_eq!(
        units("The strike would affect routes 135 and 42, which carry about 20,000 passengers."),
        vec![(
            "about 20,000 passengers".to_string(),
            Some("passengers".to_string())
        )]
    );
    // (A sum after the plural is one: `flights 20% fuller`.)
    assert_eq!(
        units("It ran flights 20% fuller than last year."),
        vec![("20%".to_string(), Some("%".to_string()))]
    );
}

#[test]
fn a_level_taken_to_measures_the_verb_s_object() {
    assert_eq!(
        units(
            "Amazon is to create 2,000 more jobs, taking its total workforce in the country \
             to more than 75,000."
        ),
        vec![
            ("2,000 more jobs".to_string(), Some("jobs".to_string())),
            (
                "more than 75,000".to_string(),
                Some("workforce".to_string())
            ),
        ]
    );
    assert_eq!(
        units("The union recruited 400 nurses, bringing its members to 3,000."),
        vec![
            ("400 nurses".to_string(), Some("nurses".to_string())),
            ("3,000".to_string(), Some("members".to_string())),
        ]
    );
}

#[test]
fn two_models_joined_by_and_before_a_plural_are_what_is_counted() {
    assert_eq!(
        units(
            "Chrysler will recall about 80,000 1986 model year Plymouth Horizon and Dodge Omni \
             cars. Ford sold 9,000 Escort and Orion cars."
        ),
        vec![
            (
                "about 80,000 1986 model year Plymouth Horizon and Dodge Omni cars".to_string(),
                Some("1986 model year Plymouth Horizon and Dodge Omni cars".to_string())
            ),
            (
                "9,000 Escort and Orion cars".to_string(),
                Some("Escort and Orion cars".to_string())
            ),
        ]
    );
}

#[test]
fn a_scaled_count_before_a_product_s_name_counts() {
    assert_eq!(
        units("Microsoft has about 25 million Game Pass subscribers."),
        vec![(
            "about 25 million Game Pass subscribers".to_string(),
            Some("Game Pass subscribers".to_string())
        )]
    );
}

#[test]
fn a_part_of_a_whole_told_roughly_counts_what_the_whole_does() {
    assert_eq!(
        units("He said 360 of Mexico's roughly 500 creditor banks had committed. 12 of about 40 firms agreed."),
        vec![
            ("360".to_string(), Some("creditor banks".to_string())),
            (
                "roughly 500 creditor banks".to_string(),
                Some("creditor banks".to_string())
            ),
            ("12".to_string(), Some("firms".to_string())),
            ("about 40 firms".to_string(), Some("firms".to_string())),
        ]
    );
}

#[test]
fn a_score_not_out_or_chased_counts_runs_in_a_paragraph_about_cricket() {
    assert_eq!(
        units(
            "Ben Stokes hit an unbeaten 135 as England won by one wicket. They chased down 359 \
             to win."
        ),
        vec![
            ("135".to_string(), Some("runs".to_string())),
            ("359".to_string(), Some("runs".to_string())),
        ]
    );
}

#[test]
fn a_target_set_or_needed_counts_runs_in_a_paragraph_about_cricket() {
    assert_eq!(
        units(
            "Set 142 to win, the hosts were bowled out. Needing 64 on the last day, they lost \
             eight wickets. Set 50 tasks, he lost."
        ),
        vec![
            ("142".to_string(), Some("runs".to_string())),
            ("64".to_string(), Some("runs".to_string())),
            ("eight wickets".to_string(), Some("wickets".to_string())),
            ("50 tasks".to_string(), Some("tasks".to_string())),
        ]
    );
}

#[test]
fn a_number_strong_counts_what_is_so_strong() {
    assert_eq!(
        units(
            "Our 40,000-strong safety team works hard. The 5,000-strong workforce struck. A \
             20,000-strong army of volunteers helped."
        ),
        vec![
            (
                "40,000-strong safety team".to_string(),
                Some("safety team".to_string())
            ),
            (
                "5,000-strong workforce".to_string(),
                Some("workforce".to_string())
            ),
            ("20,000-strong army".to_string(), Some("army".to_string())),
        ]
    );
}

#[test]
fn life_expectancy_is_told_in_years() {
    assert_eq!(
        units(
            "Life expectancy at 65 has risen by about five years since 1980, to 86 for men and \
             88 for women."
        ),
        vec![
            ("65".to_string(), Some("years".to_string())),
            ("about five years".to_string(), Some("years".to_string())),
            ("86".to_string(), Some("years".to_string())),
            ("88".to_string(), Some("years".to_string())),
        ]
    );
}
#[test]
fn a_model_s_letters_joined_by_a_slash_are_part_of_what_is_counted() {
    assert_eq!(
        units("The Navy ordered 12 F/A-18 Hornet fighters, 40 F/A-18s and 20 F-16s."),
        [
            (
                "12 F/A-18 Hornet fighters".into(),
                Some("F/A-18 Hornet fighters".into())
            ),
            ("40 F/A-18s".into(), Some("F/A-18s".into())),
            ("20 F-16s".into(), Some("F-16s".into())),
        ]
    );
}

#[test]
fn a_house_s_number_of_four_digits_before_its_street_counts_nothing() {
    assert_eq!(
        units("The tower at 1251 Avenue of the Americas has 54 floors."),
        [("54 floors".into(), Some("floors".into()))]
    );
}

#[test]
fn a_count_after_with_is_of_the_plural_before_what_it_is_for() {
    assert_eq!(
        units(
            "Franz Ferdinand lead the nominations for this year's Brit Awards with five, \
             including best group."
        ),
        [("five".into(), Some("nominations".into()))]
    );
}

#[test]
fn a_count_after_with_closing_its_clause_counts_what_the_last_did() {
    assert_eq!(
        units(
            "Chelsea lead the table with 52 points, and Arsenal are second with 47. Shares rose \
             to 52 dlrs, ending with 47."
        ),
        [
            ("52 points".into(), Some("points".into())),
            ("47".into(), Some("points".into())),
            ("52 dlrs".into(), Some("dlrs".into())),
            ("47".into(), None),
        ]
    );
}

#[test]
fn a_bare_count_in_a_clause_set_against_the_one_before_counts_what_it_counted() {
    assert_eq!(
        units(
            "Natural Resources Wales had 14 flood warnings in place, while the Environment \
             Agency issued more than 120 across England."
        ),
        [
            ("14 flood warnings".into(), Some("flood warnings".into())),
            ("more than 120".into(), Some("flood warnings".into())),
        ]
    );
}

#[test]
fn a_level_after_a_modal_or_one_that_stayed_counts_the_subject() {
    assert_eq!(
        units("Its workforce could shrink to as few as 75,000. Its staff remained at 4,000."),
        [
            ("as few as 75,000".into(), Some("workforce".into())),
            ("4,000".into(), Some("staff".into())),
        ]
    );
}

#[test]
fn two_words_describing_the_staff_after_them_are_part_of_what_is_counted() {
    assert_eq!(
        units(
            "The trust employs 300 full-time and part-time hospital staff. It sent eight women \
             and four men."
        ),
        [
            (
                "300 full-time and part-time hospital staff".into(),
                Some("full-time and part-time hospital staff".into())
            ),
            ("eight women".into(), Some("women".into())),
            ("four men".into(), Some("men".into())),
        ]
    );
}

#[test]
fn about_after_what_gives_word_of_something_is_no_rough_count() {
    assert_eq!(
        figures("He traded on inside information about six takeovers, making about $1m."),
        [
            fig("six takeovers", 6.0, Some("takeovers"), None),
            fig("about $1m", 1e6, Some("$"), Some("about")),
        ]
    );
}
