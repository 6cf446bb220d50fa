use super::*;
use crate::model::Role;

/// The days the deadlines found in `text` are due, in order.
fn due_days(text: &str, reference: &str) -> Vec<String> {
    deadlines(text, reference)
        .into_iter()
        .map(|d| d.0)
        .collect()
}

/// The day each deadline found in `text` is due, and its label.
fn due_and_labels(text: &str, reference: &str) -> Vec<(String, String)> {
    deadlines(text, reference)
        .into_iter()
        .map(|(due, _, label)| (due, label))
        .collect()
}

/// The label of the first deadline found in `text`.
fn first_label(text: &str, reference: &str) -> String {
    match deadlines(text, reference).into_iter().next() {
        Some((_, _, label)) => label,
        None => panic!("no deadline in {text:?}"),
    }
}

/// The label of the first deadline found in each of `texts`.
fn first_labels(texts: &[&str], reference: &str) -> Vec<String> {
    texts.iter().map(|t| first_label(t, reference)).collect()
}

fn deadlines(text: &str, reference: &str) -> Vec<(String, usize, String)> {
    let r = NaiveDate::parse_from_str(reference, "%Y-%m-%d").unwrap();
    let paras: Vec<Para> = text
        .split("\n\n")
        .enumerate()
        .map(|(i, t)| Para::new(i, t, Role::Body))
        .collect();
    let dates = super::super::dates::find(&paras, r);
    find(&paras, &dates)
        .into_iter()
        .map(|d| (d.due.to_string(), d.mentions.len(), d.label.into()))
        .collect()
}

#[test]
fn cued_dates_merge_by_due_day() {
    // 2025-03-05 is a Wednesday; Friday is 2025-03-07.
    let got = deadlines(
        "Talks on Wednesday came three days before the union's deadline for a deal.\n\nThe union wants a deal by March 8.\n\nAll eyes turn to Saturday. Prices rose on Monday.",
        "2025-03-05",
    );
    assert_eq!(
        got,
        [(
            "2025-03-08".to_string(),
            3,
            "the union's deadline for a deal".to_string()
        )]
    );
}

#[test]
fn what_is_due_is_named_before_the_comma_that_sets_its_due_off() {
    let got = deadlines(
        "Debtors must meet the first payment, due on Friday, and the final instalment, \
         due next Tuesday.",
        "1987-07-14",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(labels, ["the first payment", "the final instalment"]);
    // A statistic due then is a release, no term.
    let got = deadlines(
        "He will study the June producer price index, due on Friday.",
        "1987-07-14",
    );
    assert_eq!(got, []);
}

#[test]
fn a_purpose_after_an_earlier_date_is_a_clause_of_its_own() {
    let got = deadlines(
        "They must complete the text by November 30 so that it can be signed before January 2.",
        "1987-11-02",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(labels, ["They must complete the text", "it can be signed"]);
}

#[test]
fn the_last_day_of_a_window_in_which_something_must_be_done_is_its_deadline() {
    let got = deadlines(
        "Applications must be made between May 11 and May 20. Talks were held between May 2 and May 4.",
        "1987-05-06",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "1987-05-20");
    assert_eq!(got[0].2, "Applications must be made");
}

#[test]
fn a_window_something_is_due_in_is_due_by_its_last_day() {
    let got = deadlines(
        "Ecuador will ask its banks to defer interest payments due between March 1 and June 30.",
        "1987-02-26",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "1987-06-30");
}

#[test]
fn a_span_from_one_day_to_another_is_due_by_its_last_day_with_a_label_before_it() {
    let got = deadlines(
        "Drivers had been due to walk out from 4 to 10 March. Workers are due to strike \
         from June 4 to June 10.",
        "1987-02-26",
    );
    assert_eq!(
        got,
        [
            (
                "1987-03-10".to_string(),
                1,
                "Drivers had been due to walk out".to_string()
            ),
            (
                "1987-06-10".to_string(),
                1,
                "Workers are due to strike".to_string()
            ),
        ]
    );
}

#[test]
fn days_listed_after_one_cue_share_its_label_without_each_other_s_words() {
    let got = deadlines(
        "Ecuador would seek a waiver of interest payments due on April 15 and May 1.",
        "1987-04-02",
    );
    let label = "Ecuador would seek a waiver of interest payments due".to_string();
    assert_eq!(
        got,
        [
            ("1987-04-15".to_string(), 1, label.clone()),
            ("1987-05-01".to_string(), 1, label)
        ]
    );
}

#[test]
fn a_range_of_years_written_as_one_ends_a_label_whole() {
    assert_eq!(
        first_label(
            "The department must set its budget for 2024-25 by the end of March.",
            "2024-01-10"
        ),
        "The department must set its budget for 2024-25"
    );
}

#[test]
fn a_name_opening_the_sentence_before_an_aside_labels_its_deadline_whole() {
    let label = first_label(
        "Royal Mail, which has 200,000 staff, has until 31 January to respond.",
        "2005-01-05",
    );
    assert_eq!(label, "Royal Mail has to respond");
}

#[test]
fn debt_falling_due_in_a_period_is_which_debt_not_a_term() {
    let due = due_days(
        "Zaire agreed to reschedule about 700 mln dlrs of debt falling due between October \
         1, 1987, and December 31, 1988. Zaire must reach agreements by March 31, 1988.",
        "1987-09-14",
    );
    assert_eq!(due, ["1988-03-31"]);
}

#[test]
fn what_must_be_done_on_a_day_is_due_then_but_not_what_should_be() {
    let got = deadlines(
        "Funds will be credited on October 30 and must be repaid on December 4. Results \
         should be announced on November 9.",
        "1987-10-29",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "1987-12-04");
    assert_eq!(got[0].2, "Funds must be repaid");
}

#[test]
fn a_day_a_change_is_effective_from_is_its_deadline() {
    let got = deadlines(
        "The Bank of Japan will cut its discount rate by half a point to a record low 2.5 pct, effective March 16. Profits rose on March 2.",
        "1987-03-11",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "1987-03-16");
    // What takes effect: the clause's head.
    assert_eq!(got[0].2, "The Bank of Japan will cut its discount rate");
}

#[test]
fn a_least_time_is_no_term() {
    let got = deadlines(
        "Saudi Arabia would keep output low at least until the end of the second quarter. \
         The hours stay until at least November 6. The plant will stay closed until March 31.",
        "1987-03-09",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "1987-03-31");
}

#[test]
fn what_takes_effect_from_a_day_is_the_clause_s_head() {
    assert_eq!(
        first_label(
            "The Bank of France cut its intervention rate to 7-3/4 pct from eight pct with effect from tomorrow, the central bank said.",
            "1987-02-17",
        ),
        "The Bank of France cut its intervention rate"
    );
    assert_eq!(
        first_label(
            "Prices will rise by five pct with effect from March 1.",
            "1987-02-17"
        ),
        "Prices will rise"
    );
    // Set off by a comma, after an aside.
    assert_eq!(
        first_label(
            "Nkhata said the government would set a ceiling of 12 pct on lending rates, down \
             from 35 pct, with effect from March 1.",
            "1987-02-26"
        ),
        "the government would set a ceiling"
    );
}

#[test]
fn what_was_told_parliament_is_the_label() {
    let got = deadlines(
        "Chigaga told parliament the government wanted an agreement before the end of June.",
        "1987-05-06",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(labels, ["the government wanted an agreement"]);
}

#[test]
fn a_term_that_runs_out_on_a_day_is_due_then() {
    assert_eq!(
        due_days("The current agreement runs out on March 31.", "1987-03-12"),
        ["1987-03-31"]
    );
    assert_eq!(
        first_label("The mandate will run out on March 31.", "1987-03-12"),
        "The mandate will run out"
    );
    // (What ran out is no term.)
    assert!(due_days("Supplies ran out on March 3.", "1987-03-12").is_empty());
}

#[test]
fn a_label_starting_at_a_ticker_starts_at_its_company_and_leaves_the_ticker_out() {
    assert_eq!(
        first_label(
            "The union said it would strike General Dynamics Corp <GD> plants in California and \
             Texas on October 16 unless a contract was agreed.",
            "1987-10-05"
        ),
        "General Dynamics Corp plants in California and Texas"
    );
}

#[test]
fn a_label_takes_the_figure_describing_its_noun_whole() {
    assert_eq!(
        first_label(
            "Reagan will impose 100 pct tariffs on up to 300 mln dlrs of Japanese goods on \
             April 17 unless Japan ends dumping.",
            "1987-03-30"
        ),
        "Reagan will impose 100 pct tariffs"
    );
}

#[test]
fn whom_it_was_told_they_must_act_is_the_label_s_subject() {
    let label = |text| first_label(text, "1987-04-27");
    assert_eq!(
        label("Narjes told the companies they must submit their plans no later than May 8."),
        "the companies must submit their plans"
    );
    assert_eq!(
        label("Zambia told the International Monetary Fund it must agree to new terms by June 30."),
        "the International Monetary Fund must agree to new terms"
    );
    assert_eq!(
        label(
            "Zambia told the International Monetary Fund it had to agree to new terms by June 30."
        ),
        "the International Monetary Fund had to agree to new terms"
    );
    // (What the teller would do is the teller's: `it` is not the union.)
    assert!(
        !label("The firm told the union it would close the plant by June 30.")
            .starts_with("the union would")
    );
}

#[test]
fn a_label_opening_with_its_verb_or_cut_after_its_subject_keeps_the_subject() {
    assert_eq!(
        first_label(
            "Brazil, which has suspended interest payments on 68 billion dlrs of debt, must \
             reach an agreement with its creditors by July 31, bankers said.",
            "1987-03-12"
        ),
        "Brazil must reach an agreement with its creditors"
    );
    assert_eq!(
        first_label(
            "Piers Jacobs said the government would review the rules governing the futures \
             exchange by the end of next month.",
            "1987-10-26"
        ),
        "the government would review the rules governing the futures exchange"
    );
}

#[test]
fn what_was_told_starts_after_its_that() {
    assert_eq!(
        first_label(
            "The NNPC has told its term buyers that contracts expiring on March 31 would be \
             renewed only at official prices.",
            "1987-03-12"
        ),
        "contracts expiring"
    );
}

#[test]
fn a_relative_clause_after_a_month_is_said_of_the_noun_before_it() {
    assert_eq!(
        first_label(
            "Kuwait would abide by the agreement reached in Geneva in late June, which runs \
             until the end of the year.",
            "1987-08-12"
        ),
        "the agreement runs"
    );
}

#[test]
fn a_relative_clause_after_a_rate_is_said_of_what_the_rate_measures() {
    let label = |text| first_label(text, "1987-06-02");
    assert_eq!(
        label(
            "The meeting will review the group's output ceiling of 15.8 mln barrels per day, \
             which is due to expire on June 30."
        ),
        "the group's output ceiling is due to expire"
    );
    assert_eq!(
        label("They agreed a quota of 50,000 tonnes a year, which runs out on June 30."),
        "a quota runs out"
    );
}

#[test]
fn a_label_cut_short_ends_before_a_preposition_left_without_its_object() {
    let got = deadlines(
        "The Senate is expected to vote before the November 20 deadline for automatic \
         spending cuts under the Gramm-Rudman law.",
        "1987-11-18",
    );
    assert_eq!(got[0].2, "deadline for automatic spending cuts");
}

#[test]
fn a_label_cut_inside_a_name_it_has_just_begun_goes_on_to_the_name_s_end() {
    assert_eq!(
        first_label(
            "Companies have until 18 February to decide whether to appeal to the Competition \
             and Markets Authority.",
            "2026-12-05"
        ),
        "Companies have to decide whether to appeal to the Competition and Markets Authority"
    );
}

#[test]
fn whom_something_was_said_of_stays_in_the_label() {
    let label = |text| first_label(text, "1987-08-10");
    assert_eq!(
        label("It said shareholders of Acme Corp had until September 30 to accept."),
        "shareholders of Acme Corp had to accept"
    );
    assert_eq!(
        label("The company told shareholders the offer would close by September 30."),
        "the offer would close"
    );
}

#[test]
fn by_a_day_already_passed_in_a_clause_looking_back_is_no_deadline() {
    let due = due_days(
        "Exports totalled 9.2 mln bags by the end of January. He wanted quotas in place by April 1.",
        "1987-02-26",
    );
    assert_eq!(due, ["1987-04-01"]);
}

#[test]
fn a_date_that_opens_its_sentence_labels_the_clause_after_it() {
    let got = deadlines(
        "By the end of 2005, no patient should wait more than six months for surgery. \
         By June 1, the company must repay the loan, the bank said.",
        "2005-03-01",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "the company must repay the loan",
            "no patient should wait more than six months for surgery"
        ]
    );
}

#[test]
fn a_label_ends_before_the_joining_word_of_its_cue() {
    let got = deadlines(
        "The buyback will begin within 30 days and end no later than August 14.",
        "1987-06-22",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(labels, ["The buyback will begin within 30 days"]);
}

#[test]
fn a_label_does_not_start_inside_another_date() {
    let got = deadlines(
        "The SEC gave companies until November 16 to file quarterly reports that had \
         been due by October 30.",
        "1987-10-20",
    );
    let due_first = got
        .iter()
        .find(|d| d.0 == "1987-10-30")
        .map(|d| d.2.as_str());
    assert_eq!(
        due_first,
        Some("to file quarterly reports that had been due")
    );
}

#[test]
fn a_relative_clause_of_five_words_is_said_of_its_noun() {
    assert_eq!(
        first_label(
            "The SEC will extend the comment period, which had been set to close on \
             November 1.",
            "1987-10-20"
        ),
        "the comment period had been set to close"
    );
}

#[test]
fn a_date_opening_a_reported_clause_labels_the_clause_after_it() {
    assert_eq!(
        first_label(
            "He promised that by the end of 2008 no patient would wait more than 18 weeks \
             from GP referral to treatment.",
            "2005-01-10"
        ),
        "no patient would wait more than 18 weeks from GP referral"
    );
}

#[test]
fn a_figure_said_again_before_the_cue_is_passed_over() {
    assert_eq!(
        first_label(
            "GM said it would cut its salaried workforce by 25 pct, or about 40,000 jobs, by \
             the end of 1990.",
            "1987-12-01"
        ),
        "GM said it would cut its salaried workforce by 25 pct"
    );
}

#[test]
fn what_a_thing_is_now_or_was_before_the_cue_is_passed_over() {
    assert_eq!(
        first_label(
            "Sources said the IBC was expected to announce a new quota, currently 15 dlrs per \
             bag, before the end of the month.",
            "1987-10-12"
        ),
        "the IBC was expected to announce a new quota"
    );
    assert_eq!(
        first_label(
            "The board must set a new dividend, up from 10 cts, by March 31.",
            "1987-03-02"
        ),
        "The board must set a new dividend"
    );
}

#[test]
fn how_early_the_day_may_be_goes_with_the_cue() {
    assert_eq!(
        first_label(
            "The cut, which would cost the government about 500 billion yen a year, could \
             take effect as early as October 1, they said.",
            "1987-06-30"
        ),
        "The cut could take effect"
    );
}

#[test]
fn a_list_after_including_is_passed_over_for_the_clause_it_belongs_to() {
    assert_eq!(
        first_label(
            "The government plans to buy more U.S. goods to ease trade friction, including \
             2.6 billion dlrs worth of aircraft, grain and machinery, by the end of the year.",
            "1987-03-25"
        ),
        "The government plans to buy more U.S. goods"
    );
    assert_eq!(
        first_label(
            "The company agreed to sell its stake to Beta Inc, including all its shares in \
             Gamma Corp by March 31.",
            "1987-03-25"
        ),
        "The company agreed to sell its stake"
    );
}

#[test]
fn a_label_starts_after_another_deadline_s_date_at_the_verb_joined_to_it() {
    assert_eq!(
        first_label(
            "Smith said the company would close 11 plants by 1990 and cut white-collar staff \
             by 25 pct, or about 40,000 people, by the end of 1989.",
            "1987-04-23"
        ),
        "cut white-collar staff by 25 pct"
    );
}

#[test]
fn a_hedge_before_the_cue_is_no_label_of_its_own() {
    assert_eq!(
        first_label(
            "Bankers expected the extension to be granted, possibly until November 30.",
            "1987-08-11"
        ),
        "Bankers expected the extension to be granted"
    );
}

#[test]
fn a_clause_after_another_date_is_labelled_from_its_own_subject() {
    let got = deadlines(
        "The quota is due to be ended by February 15 and the levy is set to expire on March 1.",
        "1987-01-05",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        ["The quota is due to be ended", "the levy is set to expire"]
    );
}

#[test]
fn what_was_told_a_news_conference_takes_effect_on_its_day() {
    let label = first_label(
        "Minister Hajime Tamura told a news conference the cuts would take effect on July 1.",
        "1987-06-15",
    );
    assert_eq!(label, "the cuts would take effect");
    let label = first_label("The ban comes into effect on July 1.", "1987-06-15");
    assert_eq!(label, "The ban comes into effect");
}

#[test]
fn an_offer_extended_until_a_time_of_day_ends_that_day() {
    let got = deadlines(
        "Dixons said it extended its offer until midnight EST March 20 from midnight March 10.",
        "1987-03-11",
    );
    assert_eq!(
        got,
        [(
            "1987-03-20".to_string(),
            1,
            "Dixons said it extended its offer".to_string()
        )]
    );
}

#[test]
fn what_was_extended_to_a_day_is_the_object_after_it() {
    let got = deadlines(
        "Noranda Inc said it extended to October 16 from October 2 its offer to buy all \
         shares of Pamour Inc that it does not already own. Gencorp extended until October 30 \
         its bid for Wells, which had been due to expire. The judge has extended until \
         November 30 the period in which only Texaco may propose a plan.",
        "1987-10-02",
    );
    assert_eq!(
        got,
        [
            (
                "1987-10-16".to_string(),
                1,
                "its offer to buy all shares of Pamour Inc".to_string()
            ),
            ("1987-10-30".to_string(), 1, "its bid for Wells".to_string()),
            (
                "1987-11-30".to_string(),
                1,
                "the period in which only Texaco may propose a plan".to_string()
            )
        ]
    );
}

#[test]
fn a_label_starts_with_the_noun_its_phrase_hangs_from() {
    let label = first_label(
        "The Department of Health said the target of a maximum six-month wait would be met \
         by the end of this year.",
        "2005-03-01",
    );
    assert_eq!(label, "the target of a maximum six-month wait would be met");
    let label = first_label(
        "Production of the Omni and Horizon models will end on December 23.",
        "1987-06-02",
    );
    assert_eq!(label, "Production of the Omni and Horizon models will end");
}

#[test]
fn a_label_does_not_start_inside_a_wire_fraction() {
    let label = first_label(
        "Holders of its 13-1/2 pct debentures must tender their notes by April 15.",
        "1987-03-30",
    );
    assert_eq!(
        label,
        "Holders of its 13-1/2 pct debentures must tender their notes"
    );
}

#[test]
fn a_label_does_not_start_inside_a_figure() {
    let label = first_label(
        "Argentina wants to sign a 1.95 billion dlr loan agreement with its creditor banks by \
         June 30, the minister said.",
        "1987-05-20",
    );
    assert_eq!(
        label,
        "a 1.95 billion dlr loan agreement with its creditor banks"
    );
    let label = first_label(
        "Hanson Trust PLC said its U.S. subsidiary extended its 60 dlr a share cash tender \
         offer for Kidde Inc until midnight EST on April 16.",
        "1987-04-02",
    );
    assert_eq!(label, "its 60 dlr a share cash tender offer for Kidde Inc");
}

#[test]
fn an_appointment_is_no_deadline_but_what_is_due_to_take_effect_is() {
    let due = due_days(
        "Baker is due to visit Tokyo on April 28. Ministers are due to meet in Vienna on \
         June 25. A court is due to hear the case on May 4. The tariff is due to take effect \
         on May 1. The film is due to open in the UK on 28 May. Shell is due to publish \
         full-year results on 3 June. Yahoo is due to report its results on 18 June. The \
         panel is due to report to parliament by May 20. Two executives are due to stand \
         trial on June 8. The IMF is due to send a mission to Lusaka on June 9. The \
         auction, which is due to take place on June 19, may raise $8bn. She had been \
         due to run on June 21. The accord is due to be reviewed at a meeting on June 26. \
         The wage case is due to be heard on June 29. Two others are due to be sentenced \
         next month. The satellite is due to be launched next month.",
        "1987-04-14",
    );
    assert_eq!(due, ["1987-05-01", "1987-05-20"]);
}

#[test]
fn a_deadline_named_alone_is_labelled_by_who_set_it_until_a_mention_says_more() {
    let label = first_label(
        "Talks resumed with six weeks left before an October 3 deadline set by Congress.",
        "1987-08-20",
    );
    assert_eq!(label, "deadline set by Congress");
    let label = first_label(
        "Talks resumed with six weeks left before an October 3 deadline set by Congress. \
         Reagan must notify Congress of an agreement by October 3.",
        "1987-08-20",
    );
    assert_eq!(label, "Reagan must notify Congress of an agreement");
}

#[test]
fn a_label_starts_after_the_conjunction_that_opens_its_clause() {
    let label = first_label(
        "Reagan named Alan Greenspan to succeed Paul Volcker as chairman of the Federal \
         Reserve Board when Volcker's term expires on August 6.",
        "1987-06-02",
    );
    assert_eq!(label, "Volcker's term expires");
}

#[test]
fn what_will_close_or_ends_on_a_day_ends_then_but_not_what_closed_nor_a_year() {
    let got = deadlines(
        "The consultation will close on 15 March. Shares closed on 1 March at 5p. The \
         fiscal year ends on March 31. Voting ends on March 25. Exports in the 1986/87 \
         marketing year, which ends May 31, will fall. The quota ends March 30.",
        "2005-02-10",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|d| (d.0.as_str(), d.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("2005-03-15", "The consultation will close"),
            ("2005-03-25", "Voting ends"),
            ("2005-03-30", "The quota ends")
        ]
    );
}

#[test]
fn a_ballot_closing_on_a_day_set_off_after_with_ends_then_and_is_labelled_without_it() {
    let got = deadlines(
        "The union is balloting members, with the ballot closing on 17 December. It will set \
         a ceiling on rates, with effect from March 1.",
        "1987-12-05",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|d| (d.0.as_str(), d.2.as_str())).collect();
    // (`with effect from` opens no clause of its own.)
    assert_eq!(
        got,
        [
            ("1987-12-17", "the ballot closing"),
            ("1988-03-01", "It will set a ceiling")
        ]
    );
}

#[test]
fn a_market_closing_on_a_day_is_no_term_but_a_council_s_session_ending_is() {
    assert_eq!(
        due_days(
            "Figures will be released after the market closes on Thursday. He hoped for a \
             compromise before the council's regular session ends on September 25.",
            "1987-05-14"
        ),
        ["1987-09-25"]
    );
}

#[test]
fn what_had_to_be_done_by_a_day_gone_was_a_term() {
    assert_eq!(
        due_days(
            "Offers for the last tender had to be submitted by April 20, traders said.",
            "1987-04-27"
        ),
        ["1987-04-20"]
    );
}

#[test]
fn what_closes_to_whom_on_a_day_ends_then() {
    let got = deadlines(
        "The redress scheme closes to new applications on March 31. The fiscal year ends for \
         most firms on March 31.",
        "1987-12-01",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|d| (d.0.as_str(), d.2.as_str())).collect();
    assert_eq!(
        got,
        [(
            "1988-03-31",
            "The redress scheme closes to new applications"
        )]
    );
}

#[test]
fn what_ends_on_a_day_in_the_present_ends_then_whatever_the_clause_around_it() {
    let got = deadlines(
        "Volcker, whose term ends on August 6, has said he will not seek a third term.",
        "1987-07-08",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|d| (d.0.as_str(), d.2.as_str())).collect();
    assert_eq!(got, [("1987-08-06", "Volcker's term ends")]);
}

#[test]
fn a_market_that_will_close_for_a_holiday_has_no_term() {
    let got = deadlines(
        "The Tokyo Stock Exchange will close on April 29 for a national holiday. U.S. markets \
         will close on May 25 for Memorial Day. The offer will close on April 30 for all \
         holders.",
        "1987-04-14",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|d| (d.0.as_str(), d.2.as_str())).collect();
    assert_eq!(got, [("1987-04-30", "The offer will close")]);
}

#[test]
fn a_places_state_set_off_by_commas_ends_no_clause() {
    let got = deadlines(
        "Chrysler said it would close its Kenosha, Wisconsin, assembly plant by the end of \
         the year. Members at a plant in Pontiac, Michigan, would strike on May 15 unless \
         a deal is reached.",
        "1987-04-21",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "a plant in Pontiac, Michigan, would strike",
            "Chrysler said it would close its Kenosha, Wisconsin, assembly plant"
        ]
    );
}

#[test]
fn a_long_label_leaves_out_a_relative_clause_about_its_subject() {
    let labels = first_labels(
        &[
            "GenCorp Inc said shareholders who want to receive its special dividend of 1.50 \
             dlrs a share must be holders of record on November 16.",
            "Investors who bought shares in the offer last year will have until May 1 to sell \
             them.",
        ],
        "1987-01-01",
    );
    assert_eq!(
        labels,
        [
            "shareholders must be holders of record",
            "Investors will have to sell them"
        ]
    );
}

#[test]
fn a_long_label_tells_the_second_of_two_things_a_verb_takes_with_the_verb() {
    let labels = first_labels(
        &[
            "Investors will pay 65 pence a share on application and the balance of 60 pence by \
           August 31, the Department of Transport said.",
            "Sony plans to ship 200,000 units for the launch and a further 300,000 by the end \
             of the year.",
        ],
        "1987-01-22",
    );
    assert_eq!(
        labels,
        [
            "Investors will pay the balance of 60 pence",
            "Sony plans to ship a further 300,000"
        ]
    );
}

#[test]
fn a_clause_of_time_whose_subject_ends_on_the_day_is_the_label() {
    // (Not a clause with no end in it: the cue is `before` itself.)
    let labels = first_labels(
        &[
            "The Soviet Union was expected to buy another 1.5 mln tonnes before the current \
             long-term grain agreement expires on September 30.",
            "Talks must end before the end of June.",
        ],
        "1987-03-24",
    );
    assert_eq!(
        labels,
        [
            "the current long-term grain agreement expires",
            "Talks must end"
        ]
    );
    // (A plural with no determiner.)
    let got = deadlines(
        "The union will name its target by September 8, a week before current contracts with \
         the two automakers expire on September 14.",
        "1987-05-27",
    );
    assert_eq!(got[1].0, "1987-09-14");
    assert_eq!(got[1].2, "current contracts with the two automakers expire");
    // (`since`, too.)
    let labels = first_labels(
        &[
            "Manila has paid about 300 mln dlrs in interest since the last rescheduling expired \
           on December 31.",
        ],
        "1987-02-25",
    );
    assert_eq!(labels, ["the last rescheduling expired"]);
}

#[test]
fn a_label_starts_at_no_number_inside_a_wire_fraction() {
    let labels = first_labels(
        &[
            "Chevron Corp said holders of Gulf Oil Corp's 10-1/2 pct debentures due 1996 have \
           until August 14 to exchange them for new Chevron notes.",
        ],
        "1987-07-21",
    );
    assert_eq!(
        labels,
        ["holders of Gulf Oil Corp's 10-1/2 pct debentures due 1996 have to exchange them for new \
          Chevron notes"]
    );
}

#[test]
fn where_a_place_lies_set_off_before_the_cue_is_no_label() {
    let labels = first_labels(
        &[
            "A spokesman said the plant would be built in Musashino, west of Tokyo, by the end \
           of the year.",
        ],
        "1987-03-17",
    );
    assert_eq!(labels, ["the plant would be built"]);
}

#[test]
fn a_long_label_leaves_out_where_the_thing_is_done() {
    // (A short one keeps it.)
    let labels = first_labels(
        &[
            "Justin King, who took over last March, said the group would cut 750 jobs at its \
             head office in Holborn, central London, by the end of June.",
            "It will close a plant in Hayes by March 31.",
        ],
        "2005-01-19",
    );
    assert_eq!(
        labels,
        [
            "the group would cut 750 jobs at its head office",
            "It will close a plant in Hayes"
        ]
    );
}

#[test]
fn a_long_label_leaves_out_a_long_level_its_noun_is_set_at() {
    // (A short one stays: what is paid.)
    let labels = first_labels(
        &[
            "Iran will keep its crude oil output within its OPEC quota of 2.255 mln barrels \
             per day (bpd) until the end of June, the minister said.",
            "Tin miners ended a two-week strike today after the government agreed to pay wage \
             arrears of 3.5 mln dlrs by November 15.",
        ],
        "1987-04-02",
    );
    assert_eq!(
        labels,
        [
            "Iran will keep its crude oil output within its OPEC quota",
            "the government agreed to pay wage arrears of 3.5 mln dlrs"
        ]
    );
}

#[test]
fn a_states_abbreviation_ends_no_clause_and_a_label_ends_on_no_comma() {
    let got = deadlines(
        "Chrysler Corp said it would stop building cars at its Kenosha, Wis., assembly plant \
         by the end of the year.\n\nFord said it would shut its plant in Edison, New Jersey, \
         by June 30.",
        "1987-04-21",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Ford said it would shut its plant",
            "Chrysler Corp said it would stop building cars at its Kenosha, Wis., assembly plant"
        ]
    );
}

#[test]
fn a_part_of_a_month_is_no_day_to_be_due_by() {
    assert_eq!(
        due_days(
            "The court is expected to decide by early October. The loan is to be signed by \
             mid-March. The offer expires in late September. The other offer expires in June.",
            "1987-02-12"
        ),
        ["1987-06-30"]
    );
}

#[test]
fn how_long_something_takes_is_no_term() {
    assert_eq!(
        due_days(
            "Repairs would cost 100 mln dlrs and take until the end of May. The offer runs \
             until June 30.",
            "1987-02-11"
        ),
        ["1987-06-30"]
    );
}

#[test]
fn time_one_has_is_a_term_whatever_a_clause_before_denies() {
    assert_eq!(
        due_days(
            "Banks that have not signed have until January 15 to commit. Talks will not \
             resume until January 28.",
            "1987-01-06"
        ),
        ["1987-01-15"]
    );
}

#[test]
fn a_label_is_the_condition_the_date_is_in() {
    let label = first_label(
        "Texaco would seek protection under Chapter 11 of the code if the court did not \
         act by April 10.",
        "1987-04-02",
    );
    assert_eq!(label, "if the court did not act");
}

#[test]
fn a_label_starts_with_a_whole_name_a_whole_figure_and_its_article() {
    let got = deadlines(
        "The General Agreement on Tariffs and Trade council gave members until December 15. \
         The government must repay 45 mln dlrs of debt arrears to the fund by June 30. \
         Officials said the bank has room to buy another 10 pct by the end of May.",
        "1987-03-30",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "the bank has room to buy another 10 pct",
            "The government must repay 45 mln dlrs of debt arrears to the fund",
            "The General Agreement on Tariffs and Trade council gave members"
        ]
    );
}

#[test]
fn a_label_holds_a_spelled_figure_with_its_qualifier_and_ends_on_a_whole_phrase() {
    let got = deadlines(
        "The underwriters have an option to buy up to three mln more shares to cover \
         over-allotments until April 30. Texaco asked the court to extend until December 1 \
         the deadline for posting a bond in its dispute with Pennzoil Co.",
        "1987-03-30",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "up to three mln more shares to cover over-allotments",
            "the deadline for posting a bond"
        ]
    );
}

#[test]
fn a_label_is_its_own_clause_s_from_the_whole_subject() {
    let label = first_label(
        "Farm prices for the new marketing year are supposed to be set before April 1, \
         but ministers have missed the deadline for each of the past several years.",
        "1987-03-25",
    );
    assert_eq!(
        label,
        "Farm prices for the new marketing year are supposed to be set"
    );
}

#[test]
fn a_label_does_not_start_inside_a_name_joined_by_and() {
    let label = first_label(
        "The House Ways and Means Committee must report its trade bill by May 1.",
        "1987-04-14",
    );
    assert_eq!(
        label,
        "The House Ways and Means Committee must report its trade bill"
    );
}

#[test]
fn a_count_before_the_date_stays_in_the_label() {
    let label = first_label(
        "Applications must fall to about 4,450 by September 30.",
        "2003-01-05",
    );
    assert_eq!(label, "Applications must fall to about 4,450");
}

#[test]
fn an_aside_before_the_date_is_passed_over_for_the_clause_it_hangs_from() {
    let got = deadlines(
        "He said the government hoped to sign an agreement with the steering committee, headed by Citibank, by the end of March.",
        "1987-02-12",
    );
    assert_eq!(
        got,
        [(
            "1987-03-31".to_string(),
            1,
            "the government hoped to sign an agreement with the steering committee".to_string()
        )]
    );
}

#[test]
fn what_it_extended_said_at_length_is_its_sayer_the_verb_and_the_object_s_head() {
    let label = first_label(
        "General Motors Corp said it extended its 2.9 pct financing offer on most 1987 model \
         cars and light trucks through March 31.",
        "1987-02-18",
    );
    assert_eq!(
        label,
        "General Motors Corp extended its 2.9 pct financing offer"
    );
}

#[test]
fn an_aside_opened_by_a_participle_not_written_with_ed_is_passed_over_too() {
    let label = first_label(
        "He said the government would present its new programme, drawn up without the IMF, \
         by October 31.",
        "1987-09-21",
    );
    assert_eq!(label, "the government would present its new programme");
}

#[test]
fn what_will_not_happen_until_a_day_and_a_chance_before_it_are_no_deadline() {
    let due = due_days(
        "Talks will not resume until September 28. There is no chance of quotas before the end of the year. The offer runs until September 30. The court adjourned the hearing on the sale until October 14. The banks agreed to defer until November 30 interest payments due on the debt.",
        "1987-07-09",
    );
    // (Payments put off until a day are due then.)
    assert_eq!(due, ["1987-09-30", "1987-11-30"]);
    // (Delayed, too; payments named before the day as well.)
    let due = due_days(
        "The company will delay job cuts until the end of March. Creditors agreed to delay \
         interest payments until June 30.",
        "1987-03-12",
    );
    assert_eq!(due, ["1987-06-30"]);
}

#[test]
fn what_is_not_to_happen_before_a_day_is_no_deadline_unless_set_as_a_condition() {
    let due = due_days(
        "No new negotiations are planned before the September council session. The sale \
         will not close before June 30. Talks must end before May 15. If the court does not \
         rule before April 10, the deal collapses.",
        "1987-03-18",
    );
    assert_eq!(due, ["1987-04-10", "1987-05-15"]);
}

#[test]
fn figures_a_crop_or_a_meeting_due_on_a_day_are_no_deadline() {
    let due = due_days(
        "Dealers watched the trade figures due on November 12. It will clear stocks before the new crop, due in November. The report is due to be published on November 20. The next M-1 figures are due on November 16. She was due to run in the 1500m on November 19. Payment is due on November 30. Figures from the Halifax, due on November 5, are expected to show a slowdown. A Fund team is due in Lusaka on November 25. A Paris Club meeting due on November 10 was postponed.",
        "1987-11-03",
    );
    assert_eq!(due, ["1987-11-30"]);
}

#[test]
fn what_could_happen_by_a_date_is_no_deadline() {
    let due = due_days(
        "He said prices could reach 20 dlrs before the end of the month. Bids must be in by March 25. It hopes to sell three million by the end of May. Analysts said a settlement before April 30 was unlikely. We expect annual price growth to slow to around 5% by the end of the year. The bank is unlikely to change its rate before the end of the year. The Bank of Japan may cut its official discount rate by half a percentage point to two pct before the end of September. He said he expected to sell three million PSPs by the end of June. Mr King wants to increase sales by 2.5 billion dlrs by the end of March 1990. Employers had wanted to cut 800 of the 4,000 jobs by the end of next year.",
        "1987-03-18",
    );
    assert_eq!(due, ["1987-03-25"]);
    // (A plan of an amount, too; a plan of an act is still due.)
    let due = due_days(
        "Employers plan to cut the workforce by 1,500 by the end of the year. The firm plans \
         to complete the sale by June 30. It is short of its target of six million by the end \
         of May.",
        "1987-03-18",
    );
    assert_eq!(due, ["1987-06-30"]);
    // (But a guess in an aside on the subject is said of the subject, not of the term it
    // has, whose label takes the subject past its initials.)
    let got = deadlines(
        "Scandinavian Airlines System (SAS), which has said it may bid for a stake in BCal, \
         must decide by November 2 whether to proceed, analysts said.",
        "1987-10-22",
    );
    assert_eq!(
        got,
        [(
            "1987-11-02".to_string(),
            1,
            "Scandinavian Airlines System must decide".to_string()
        )]
    );
}

#[test]
fn a_label_keeps_going_into_effect_and_who_said_it() {
    let got = deadlines(
        "The rises come into effect on 2 January. The offer needs approval, and Chrysler said it expects the sale to be completed by March 31.",
        "2004-12-10",
    );
    let labels: Vec<&str> = got.iter().map(|(_, _, l)| l.as_str()).collect();
    assert_eq!(
        labels,
        [
            "The rises come into effect",
            "Chrysler said it expects the sale to be completed"
        ]
    );
}

#[test]
fn a_label_that_would_open_on_a_figure_takes_what_it_is_of() {
    let label = first_label(
        "Zambia will clear its arrears of about 250 mln dlrs to its many foreign creditor banks by the end of this year.",
        "1987-08-19",
    );
    assert_eq!(label, "Zambia will clear its arrears of about 250 mln dlrs");
    let label = first_label(
        "Banks holding at least 90 pct of the debt must sign by January 15.",
        "1987-11-18",
    );
    assert_eq!(label, "at least 90 pct of the debt must sign");
}

#[test]
fn an_infinitive_set_off_takes_the_noun_before_it() {
    let got = deadlines(
        "The banks will provide 925 mln dlrs in new loans, to be disbursed by the end of the first quarter of 1988.",
        "1987-11-18",
    );
    assert_eq!(
        got,
        [("1988-03-31".into(), 1, "loans to be disbursed".into())]
    );
}

#[test]
fn a_which_clause_of_three_or_four_words_takes_its_noun() {
    let got = deadlines(
        "They completed their free trade agreement, which must be signed by January 2. It may raise its offer, which is due to expire at midnight EST on January 8.",
        "1987-12-14",
    );
    assert_eq!(got[0].2, "their free trade agreement must be signed");
    assert_eq!(got[1].2, "its offer is due to expire");
}

#[test]
fn a_payment_or_filing_date_is_due() {
    assert_eq!(
        due_and_labels(
            "Demand should pick up ahead of the tax payment date of April 15. It asked for an extension of the February 15 filing date. The notes settle on April 1.",
            "1987-02-10",
        ),
        [
            ("1987-02-15".into(), "filing date".into()),
            ("1987-04-15".into(), "the tax payment date".into())
        ]
    );
}

#[test]
fn who_was_given_until_a_day_and_what_to_do_is_the_label() {
    let label = first_label(
        "The Securities and Exchange Commission said it gave Texas Air Corp until March 2 to file documents on its acquisition.",
        "1987-02-17",
    );
    assert_eq!(label, "Texas Air Corp to file documents on its acquisition");
    let label = first_label(
        "Its lenders had given it until March 31 to present a plan.",
        "1987-03-16",
    );
    assert_eq!(label, "Its lenders had given it to present a plan");
    // Cut short, what is to be done ends on a whole phrase.
    let label = first_label(
        "The banks have given Brazil until June 15 to resume some interest payments or \
         face having its loans reclassified as non-performing.",
        "1987-05-19",
    );
    assert_eq!(label, "Brazil to resume some interest payments");
    let label = first_label(
        "Texas Air said it had given the union representing Eastern Airlines' machinists \
         until September 1 to accept wage cuts of 20 pct.",
        "1987-08-14",
    );
    assert_eq!(
        label,
        "the union representing Eastern Airlines' machinists to accept wage cuts of 20 pct"
    );
}

#[test]
fn an_act_expected_by_a_date_is_due_then() {
    let due = due_days(
        "Chrysler said it expects the transaction to be completed by the end of June. The group hopes to file its plan by May 15. Economists expect a rate increase by October.",
        "1987-04-14",
    );
    assert_eq!(due, ["1987-05-15", "1987-06-30"]);
}

#[test]
fn a_date_in_a_clause_of_its_own_is_labelled_by_the_clause_before() {
    let got = deadlines(
        "An appeal must be lodged within 28 days, by 14 November.",
        "2024-10-17",
    );
    assert_eq!(
        got,
        [(
            "2024-11-14".to_string(),
            1,
            "An appeal must be lodged within 28 days".to_string()
        )]
    );
}

#[test]
fn what_a_relative_clause_stands_for_is_a_whole_name_or_what_came_from_it() {
    let got = deadlines(
        "Borg-Warner agreed to a rival bid from Merrill Lynch Capital Partners, which expires March 31.",
        "1987-03-18",
    );
    assert_eq!(
        got,
        [(
            "1987-03-31".to_string(),
            1,
            "bid from Merrill Lynch Capital Partners expires".to_string()
        )]
    );
}

#[test]
fn what_must_be_done_before_something_starts_on_a_day_is_due_then() {
    let got = deadlines(
        "Ministers must agree a package before the budget year starts on January 1. \
         They will talk before the new year starts on January 2.",
        "1987-09-22",
    );
    assert_eq!(
        got,
        [(
            "1988-01-01".to_string(),
            1,
            "Ministers must agree a package before the budget year starts".to_string()
        )]
    );
}

#[test]
fn a_list_s_comma_ends_no_label() {
    let got = deadlines(
        "Washington asked Seoul to open its markets to beef, cigarettes and insurance by the end of June.",
        "1987-01-14",
    );
    assert_eq!(
        got,
        [(
            "1987-06-30".to_string(),
            1,
            "its markets to beef, cigarettes and insurance".to_string()
        )]
    );
}

#[test]
fn a_date_something_was_done_is_not_due() {
    let due = due_days(
        "The previous deadline, set in January, expired on March 31. The accord, which took effect on July 1, expires at the end of December. The law, which took effect at 0600 on Sunday, stands.",
        "1987-04-07",
    );
    assert_eq!(due, ["1987-03-31", "1987-12-31"]);
}

#[test]
fn a_day_of_the_same_verb_left_out_is_due_too() {
    let due = due_days(
        "The year for dairy products ends on May 31, and for cereals on June 30. Talks end on July 3, and in Paris on July 9 the ministers meet.",
        "1987-05-19",
    );
    assert_eq!(due, ["1987-05-31", "1987-06-30", "1987-07-03"]);
}

#[test]
fn a_time_of_day_may_stand_between_the_cue_and_the_day() {
    // 2023-07-05 is a Wednesday.
    let got = deadlines(
        "The union had until midnight on Friday to reply.",
        "2023-07-05",
    );
    assert_eq!(got.first().map(|d| d.0.as_str()), Some("2023-07-07"));
    let due = due_days(
        "It gave GAF until the close of business on October 13 to bid. Holders have until the end of trading on October 16 to sell.",
        "1987-10-06",
    );
    assert_eq!(due, ["1987-10-13", "1987-10-16"]);
}

#[test]
fn a_label_after_effective_and_a_time_of_day_is_what_takes_effect() {
    let label = first_label(
        "It would raise 1.2 billion dlrs through higher taxes on cigarettes, effective midnight tonight.",
        "1987-03-20",
    );
    assert_eq!(
        label,
        "It would raise 1.2 billion dlrs through higher taxes"
    );
    let label = first_label(
        "Wilson told the House of Commons the government would raise about 1.2 billion dlrs in new revenue through higher taxes on cigarettes, alcohol and gasoline, effective midnight tonight.",
        "1987-03-20",
    );
    assert_eq!(label, "higher taxes on cigarettes, alcohol and gasoline");
}

#[test]
fn a_label_after_effective_is_the_head_of_what_was_said() {
    let label = first_label(
        "The Bank of France said it cut its money market intervention rate to 7-3/4 pct from eight pct, effective tomorrow.",
        "1987-05-20",
    );
    assert_eq!(
        label,
        "The Bank of France said it cut its money market intervention rate"
    );
}

#[test]
fn a_label_keeps_the_verb_end() {
    let label = first_label("The quota will end on February 1.", "1987-06-10");
    assert_eq!(label, "The quota will end");
}

#[test]
fn a_label_keeps_a_name_whose_initials_follow_it() {
    let label = first_label(
        "The International Atomic Energy Agency (IAEA) is due to report on Iran's programme by 25 November.",
        "2004-11-10",
    );
    assert_eq!(
        label,
        "The International Atomic Energy Agency (IAEA) is due to report on Iran's programme"
    );
}

#[test]
fn a_deadline_word_after_a_date_is_that_date_s_alone() {
    // 1987-04-29 is a Wednesday.
    let due = due_days(
        "Ford, which faces a September 14 deadline, began talks on Monday.",
        "1987-04-29",
    );
    assert_eq!(due, ["1987-09-14"]);
}

#[test]
fn a_cue_right_before_a_date_is_that_date_s_alone() {
    let due = due_days(
        "It would redeem its 9-1/4 pct debentures due 2006 on March 1.",
        "1987-01-20",
    );
    assert!(due.iter().all(|d| d != "1987-03-01"), "{due:?}");
}

#[test]
fn a_deadline_s_label_stops_before_its_date() {
    let got = deadlines(
        "The deadline for bids is set for March 31. The deadline for the deal was April 1.",
        "1987-03-10",
    );
    assert_eq!(got[0].2, "The deadline for bids is set");
    assert_eq!(got[1].2, "The deadline for the deal");
}

#[test]
fn an_amount_said_to_be_reached_by_a_day_is_no_term() {
    assert_eq!(
        due_days(
            "A teacher at the top of the scale would earn more than £50,000 by April. The rate \
             should reach £5.35 by October 2006. The firm would reach a deal by June 30. The \
             measure would save about 600 mln dlrs by the end of March. The firm must save \
             £2m by July 31. It is trying to save £3m by August 31.",
            "2005-02-15"
        ),
        ["2005-06-30", "2005-07-31", "2005-08-31"]
    );
}

#[test]
fn a_label_ends_before_a_clock_time() {
    // 1987-09-21 is a Monday.
    let got = deadlines(
        "The union said it would strike Ford Motor Co at 11:59 p.m. EDT on Wednesday unless a contract is reached.",
        "1987-09-21",
    );
    assert_eq!(got[0].0, "1987-09-23");
    assert_eq!(got[0].2, "The union said it would strike Ford Motor Co");
    // A sum after its currency's sign is no clock time.
    let got = deadlines(
        "It said the firm should pay £5.35 by the end of October 2006.",
        "2005-02-15",
    );
    assert_eq!(got[0].2, "the firm should pay £5.35");
}

#[test]
fn a_deadline_s_label_ends_before_the_date() {
    let label = first_label("It set a deadline for claims of 7 August.", "2024-04-12");
    assert_eq!(label, "It set a deadline for claims");
    // What it is for, after its date.
    let label = first_label(
        "The lenders had set a deadline of June 30 for the company to raise new equity.",
        "1987-07-09",
    );
    assert_eq!(
        label,
        "had set a deadline for the company to raise new equity"
    );
    // Not inside a name.
    let label = first_label(
        "GenCorp Inc said it had set a December 15 deadline for bids on its RKO General Inc \
         television stations in Los Angeles.",
        "1987-12-01",
    );
    assert_eq!(label, "deadline for bids on its RKO General Inc");
}

#[test]
fn no_later_than_and_an_extension_to_a_day_are_deadlines() {
    let got = deadlines(
        "Texaco extended its offer for the shares to midnight EDT on April 24 from April 10. \
         It must be approved by the board no later than April 20. Talks moved to April 28.",
        "1987-04-06",
    );
    let due: Vec<(&str, &str)> = got.iter().map(|d| (d.0.as_str(), d.2.as_str())).collect();
    assert_eq!(
        due,
        [
            ("1987-04-20", "It must be approved by the board"),
            ("1987-04-24", "Texaco extended its offer for the shares")
        ]
    );
}

#[test]
fn a_label_starts_after_a_wire_dateline() {
    let got = deadlines(
        "WASHINGTON, March 16 - The U.S. has given China until April 15 to agree.",
        "1987-03-16",
    );
    assert_eq!(got[0].0, "1987-04-15");
    assert_eq!(got[0].2, "China to agree");
}

#[test]
fn a_range_is_due_by_its_last_day_labelled_before_the_range() {
    let got = deadlines("The strike is due to run from 22 to 24 May.", "2024-04-12");
    assert_eq!(
        got,
        [(
            "2024-05-24".to_string(),
            1,
            "The strike is due to run".to_string()
        )]
    );
}

#[test]
fn by_must_be_next_to_the_date() {
    assert!(deadlines("Fares rise by 3% from 2 January.", "2025-11-01").is_empty());
    // Written in November, `by 2 January` is the coming January.
    assert_eq!(
        deadlines("Pay by 2 January.", "2025-11-01")[0].0,
        "2026-01-02"
    );
}

#[test]
fn what_must_be_done_by_the_day_and_who_runs_until_it_are_in_the_label() {
    let got = deadlines(
        "Under the rules, it has until 28 August to announce a firm bid or walk away. \
         The chamber had until Wednesday 19 August to improve its offer of 17 pct. \
         Wheat is available under the program, which runs until 30 September. \
         It shipped corn under its grain pact with the United States, which expires on 1 October. \
         Ford had no plans to extend its incentive programs, which end on 2 October. \
         The sale needs approval by regulators, expected by 3 October. \
         Icahn said in a letter to USAir that the offer would expire on 4 October.",
        "2024-08-01",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "The chamber had to improve its offer of 17 pct",
            "it has to announce a firm bid or walk away",
            "the program runs",
            "its grain pact expires",
            "its incentive programs end",
            "The sale needs approval by regulators",
            "the offer would expire"
        ]
    );
    // What must be done holds its figure whole, or leaves it out when cut inside it.
    let got = deadlines(
        "Allegheny said it had until March 31 to make a 30 mln dlr interest payment on its debentures. \
         Brazil has given its creditors until April 15 to reply to its proposal for rescheduling 68 billion dlrs of debt.",
        "1987-03-03",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Allegheny said it had to make a 30 mln dlr interest payment",
            "Brazil has given its creditors to reply to its proposal for rescheduling"
        ]
    );
    // The words describing the noun a relative clause stands for, with no determiner in
    // reach; not a verb before its object.
    let got = deadlines(
        "Brazil will pay interest on 15 billion dlrs of trade and interbank credit lines, which \
         the banks agreed to extend until March 31. He would not hesitate to recall \
         parliament, which is in recess until April 14.",
        "1987-03-03",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "interbank credit lines the banks agreed to extend",
            "parliament is in recess"
        ]
    );
}

#[test]
fn a_label_is_what_was_said_and_names_what_a_relative_clause_stands_for() {
    let got = deadlines(
        "Its president said last week the institute would announce its policy by August 20. \
         The current arrangements, which cut output by 9.5 pct, expire at the end of March. \
         Its chairman, Paul Volcker, whose term expires on 31 August, spoke. \
         A moratorium on payments, first declared in 1985, has been extended to 30 September. \
         It employs 104,000 Ford workers, whose contract expires on September 14. \
         The group, which owns about 24.9 pct of Taft, said the offer would expire on \
         September 19.",
        "1987-08-04",
    );
    let mut labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    labels.sort();
    assert_eq!(
        labels,
        [
            "A moratorium on payments has been extended",
            "Paul Volcker's term expires",
            "The current arrangements expire",
            "the institute would announce its policy",
            "the offer would expire",
            "workers' contract expires"
        ]
    );
}

#[test]
fn a_label_keeps_a_sum_s_sign() {
    let got = deadlines(
        "Health Minister Eluned Morgan said £25m would be spent on reducing handover delays by April 30. Tom Bell said £25m would be spent on roads by May 31.",
        "1987-03-04",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "£25m would be spent on reducing handover delays",
            "£25m would be spent on roads"
        ]
    );
}

#[test]
fn the_story_s_label_replaces_the_headline_s() {
    let r = NaiveDate::from_ymd_opt(1987, 5, 12).unwrap();
    let paras = [
        Para::new(0, "EC SETS JUNE 30 DEADLINE FOR DAIRY PACT", Role::Headline),
        Para::new(
            1,
            "Ministers gave themselves until June 30 to agree on quotas.",
            Role::Body,
        ),
    ];
    let dates = super::super::dates::find(&paras, r);
    let got = find(&paras, &dates);
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].label, "Ministers gave themselves to agree on quotas");
}

#[test]
fn a_label_of_one_word_gives_way_to_a_fuller_one() {
    let got = deadlines(
        "AIRLINE SETS JUNE 15 DEADLINE\n\nUnions must agree to wage cuts by June 15.",
        "1987-06-02",
    );
    assert_eq!(
        got,
        [(
            "1987-06-15".to_string(),
            2,
            "Unions must agree to wage cuts".to_string()
        )]
    );
}

#[test]
fn a_label_starts_at_the_conjunction_of_its_clause() {
    let label = first_label(
        "Mr Gates, 50, will remain chairman but will step back from full-time work by July 2008.",
        "2006-06-15",
    );
    assert_eq!(label, "will step back from full-time work");
    let label = first_label(
        "Ratification votes will be held at local union halls and must be completed by \
         September 30.",
        "1987-09-10",
    );
    assert_eq!(label, "Ratification votes must be completed");
    let label = first_label(
        "The agreement is subject to approval by the board and shareholders, and is \
         expected to be completed by the end of June.",
        "1987-02-26",
    );
    assert_eq!(label, "The agreement is expected to be completed");
}

#[test]
fn a_verb_joined_after_another_day_shares_the_subject_before_it() {
    // (A verb with an object of its own keeps it: no subject is joined across it.)
    let labels = first_labels(
        &[
            "Purchases will start on November 1 and end by December 20, a ministry official \
             said.",
            "The tender opens on May 1 and closes on May 20.",
            "The company will begin talks on May 1 and end them by May 20.",
        ],
        "1987-04-01",
    );
    assert_eq!(
        labels,
        [
            "Purchases will end",
            "The tender closes",
            "The company will begin talks on May 1 and end them"
        ]
    );
    // (A verb of two words: `takes effect`.)
    let got = deadlines(
        "The ceiling takes effect on July 1 and runs until December 31.",
        "1987-04-01",
    );
    let got: Vec<(&str, &str)> = got.iter().map(|d| (d.0.as_str(), d.2.as_str())).collect();
    assert_eq!(
        got,
        [
            ("1987-07-01", "The ceiling takes effect"),
            ("1987-12-31", "The ceiling runs")
        ]
    );
}

#[test]
fn a_label_keeps_who_it_is_that_said() {
    let label = first_label(
        "NEW YORK, April 6 - Texaco Inc said it extended its tender offer for the shares of Getty Petroleum Corp to midnight EDT on April 24.",
        "1987-04-06",
    );
    assert_eq!(
        label,
        "Texaco Inc said it extended its tender offer for the shares of Getty Petroleum Corp"
    );
}

#[test]
fn a_strike_on_a_day_if_there_is_no_deal_is_an_ultimatum() {
    let got = deadlines(
        "The union said it would strike on May 6 if no agreement is reached. It met on May 2.",
        "1987-04-29",
    );
    assert_eq!(
        got,
        [(
            "1987-05-06".to_string(),
            1,
            "The union said it would strike".to_string()
        )]
    );
}

#[test]
fn what_expired_on_a_day_was_due_then_and_its_subject_is_named_past_an_aside() {
    let got = deadlines(
        "The current contract, covering 4,200 workers, expired on March 31. \
         The pact, signed last September, expires on July 31, 1991. \
         The accord, covering 65,000 workers, was due to expire on April 20.",
        "1987-04-29",
    );
    assert_eq!(
        got,
        [
            (
                "1987-03-31".to_string(),
                1,
                "The current contract expired".to_string()
            ),
            (
                "1987-04-20".to_string(),
                1,
                "The accord was due to expire".to_string()
            ),
            ("1991-07-31".to_string(), 1, "The pact expires".to_string())
        ]
    );
}

#[test]
fn a_day_something_happens_on_unless_another_does_is_an_ultimatum() {
    let got = deadlines(
        "The union said it would strike at midnight on September 14 unless a deal is reached. \
         It met on September 10. The council will meet again in October, unless it is \
         called earlier. Workers would walk out on September 20 if a local agreement is \
         not reached.",
        "1987-06-18",
    );
    assert_eq!(
        got,
        [
            (
                "1987-09-14".to_string(),
                1,
                "The union said it would strike".to_string()
            ),
            (
                "1987-09-20".to_string(),
                1,
                "Workers would walk out".to_string()
            )
        ]
    );
}

#[test]
fn before_a_day_is_no_term_when_it_says_when_something_happened() {
    let due = due_days(
        "The minister resigned before April 3, officials said. Smith, speaking before \
         Saturday's game, said the team was ready. Speaking before the vote on April 9, he \
         said nothing. The bank will decide before April 20 whether to raise rates.",
        "1987-04-07",
    );
    assert_eq!(due, ["1987-04-20"]);
}

#[test]
fn an_event_put_off_and_a_season_ending_are_no_terms() {
    let due = due_days(
        "The court said it had postponed until October 7 its ruling. Sugar output in the \
         season, which ends on September 30, fell. USX extended to April 15 the deadline \
         for the union to respond.",
        "1987-03-18",
    );
    assert_eq!(due, ["1987-04-15"]);
}

#[test]
fn a_due_day_a_clause_is_about_is_the_day_it_is() {
    let got = deadlines(
        "The closing date for a separate tender for 150,000 tonnes of flour is June 18. \
         The date for a visit by the minister is June 20.",
        "1987-06-10",
    );
    let due: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(due, ["1987-06-18"]);
    assert_eq!(got[0].2, "The closing date for a separate tender");
}

#[test]
fn what_had_been_done_or_a_count_expected_by_a_day_is_no_term() {
    let due = due_days(
        "Sony said it had shipped 500,000 PSPs by the end of December. About 5.5 million \
         homes are expected to be able to get the lines by the end of November. Countries \
         had agreed to table proposals by the end of October. The sale of 51 pct is \
         expected to be completed by September 30.",
        "1987-08-03",
    );
    assert_eq!(due, ["1987-09-30", "1987-10-31"]);
}

#[test]
fn wire_copy_cues() {
    let due = due_days(
        "The rule is due to go into effect April 30. Lines were extended until May 31 and the deadline for payment is set for March 31. Sales rose in February.",
        "1987-03-26",
    );
    assert_eq!(due, ["1987-03-31", "1987-04-30", "1987-05-31"]);
}

#[test]
fn extended_describing_a_plural_extends_nothing() {
    let due = due_days(
        "Bank borrowings less extended credits averaged 301 mln dlrs a day in the week to Wednesday April 1. GAF Corp said it extended its tender offer to April 16.",
        "1987-04-03",
    );
    assert_eq!(due, ["1987-04-16"]);
}

#[test]
fn what_took_effect_from_a_day_is_done_and_no_deadline() {
    let due = due_days(
        "The old rules took effect from June 1. The new rules take effect from April 1.",
        "1987-12-10",
    );
    assert_eq!(due, ["1988-04-01"]);
}

#[test]
fn what_comes_into_force_on_a_day_is_due_then_as_what_takes_effect() {
    let due = due_days(
        "The law comes into force on April 1. The old law came into force on March 1. The air force said on April 2 it would fly.",
        "1987-03-10",
    );
    assert_eq!(due, ["1987-04-01"]);
}

#[test]
fn a_label_of_eight_words_takes_a_ninth_rather_than_lose_its_subject() {
    let label = first_label(
        "Congress is expected to vote on a trade bill before August 15.",
        "1987-06-02",
    );
    assert_eq!(label, "Congress is expected to vote on a trade bill");
    let label = first_label(
        "The full House is expected to vote on a trade bill before August 15.",
        "1987-06-02",
    );
    assert_eq!(label, "The full House is expected to vote on a trade bill");
}

#[test]
fn a_figure_said_again_in_words_is_passed_over_for_the_clause_it_hangs_from() {
    let label = first_label(
        "U.S. Steel said it would raise prices for hot-rolled sheet by 15 dlrs a ton, or about three pct, effective July 1.",
        "1987-05-12",
    );
    assert_eq!(label, "U.S. Steel said it would raise prices");
}

#[test]
fn a_relative_clauses_label_names_the_body_whole() {
    let label = first_label(
        "The deal must be cleared by the Monopolies and Mergers Commission, which has until August 31 to report.",
        "1987-06-03",
    );
    assert_eq!(label, "the Monopolies and Mergers Commission has to report");
}

#[test]
fn a_day_told_as_when_something_expires_is_its_deadline() {
    let label = first_label(
        "Oil ministers will hold a full conference on June 25, when the current agreement expires.",
        "1987-04-14",
    );
    assert_eq!(label, "the current agreement expires");
}

#[test]
fn a_term_before_a_day_something_expires_on_says_what_is_due() {
    let label = first_label(
        "Ministers must agree on the package by the end of the year, when current price arrangements expire.",
        "1987-04-14",
    );
    assert_eq!(label, "Ministers must agree on the package");
}

#[test]
fn a_label_takes_no_subject_from_a_dateline_and_one_said_from_after_its_saying() {
    let label = first_label(
        "NEW YORK, March 20 - Carl Icahn said his offer for the rest of Trans World Airlines Inc, worth about 1.1 billion dlrs, will expire on March 31 unless the board accepts it.",
        "1987-03-20",
    );
    assert_eq!(
        label,
        "his offer for the rest of Trans World Airlines Inc will expire"
    );
}

#[test]
fn a_time_of_day_in_local_time_is_no_part_of_the_label() {
    assert_eq!(
        first_label(
            "The next tender is on November 4, with bids due by 1230 local time on November 3.",
            "1987-10-27"
        ),
        "bids due"
    );
}

#[test]
fn a_short_subject_said_before_an_aside_is_what_was_said_not_who_said_it() {
    let labels = first_labels(
        &[
            "Deutsche Bank AG, Dresdner Bank AG and Commerzbank AG said the cut in overdraft rates, to 8.75 pct, would take effect from Wednesday.",
            "Petricioli said the second tranche, of 1.5 billion dlrs, would be released by September 30.",
            "The contract, its union said, will expire on September 30.",
        ],
        "1987-05-18",
    );
    assert_eq!(
        labels,
        [
            "the cut in overdraft rates would take effect",
            "the second tranche would be released",
            "The contract will expire",
        ]
    );
}

#[test]
fn what_a_relative_clause_stands_for_may_be_what_a_name_made() {
    let label = first_label(
        "The offer by British Printing and Communication Corp, which expires April 6, is worth about 1.7 billion dlrs.",
        "1987-03-25",
    );
    assert_eq!(
        label,
        "offer by British Printing and Communication Corp expires"
    );
}

#[test]
fn a_named_start_or_end_on_a_day_is_due_that_day() {
    let text = "BA must hand back some slots at Gatwick by the start of the winter season on \
                October 25.\n\nAirlines will have to file their plans by the end of the \
                consultation on September 4.\n\nPrices rose until the end of trading on Friday.";
    assert_eq!(due_days(text, "1987-08-03"), ["1987-09-04", "1987-10-25"]);
    assert_eq!(
        first_label(text, "1987-08-03"),
        "Airlines will have to file their plans"
    );
    // Its verb too far back for a tense to be told.
    let long = "BA must surrender licences for routes to Saudi Arabia and some European cities \
                within 30 days, and hand back some take-off and landing slots at Gatwick \
                airport by the start of the winter season on October 25.";
    assert_eq!(due_days(long, "1987-08-03"), ["1987-10-25"]);
    // An event named after the term's word (not a start put off until it).
    let event = "The board has until the annual meeting on May 20 to decide. Talks will not \
                 resume until the meeting on May 27.";
    assert_eq!(due_days(event, "1987-04-06"), ["1987-05-20"]);
}

#[test]
fn a_day_opening_its_clause_without_a_comma_is_labelled_by_the_clause_after() {
    for text in [
        "By the end of this year the maximum wait will be six months.",
        "Nobody now waits more than nine months, and by the end of this year the maximum wait \
         will be six months.",
    ] {
        assert_eq!(
            first_label(text, "2005-02-01"),
            "the maximum wait will be six months"
        );
    }
}

#[test]
fn the_verb_a_cue_word_completes_leaves_the_label_with_it() {
    assert_eq!(
        first_label("The rate cut is effective tomorrow.", "1987-03-16"),
        "The rate cut"
    );
    assert_eq!(
        first_label(
            "The new quotas will become effective on April 1.",
            "1987-03-16"
        ),
        "The new quotas"
    );
}

#[test]
fn what_must_be_done_at_a_meeting_on_a_day_is_due_then() {
    let text = "The plan must still be approved by shareholders at a special meeting on July 28.";
    assert_eq!(due_days(text, "1987-06-19"), ["1987-07-28"]);
    assert_eq!(
        first_label(text, "1987-06-19"),
        "The plan must still be approved by shareholders at a special meeting"
    );
}

#[test]
fn a_verb_of_expiry_after_an_earlier_date_is_the_day_after_it_s() {
    assert_eq!(
        due_days(
            "A rescheduling agreement signed last year expires on March 31. The pact agreed \
             in 1986 expires April 30.",
            "1987-02-20"
        ),
        ["1987-03-31", "1987-04-30"]
    );
}

#[test]
fn what_is_extended_through_a_day_is_due_then() {
    assert_eq!(
        due_days(
            "Ministers agreed to extend their output ceiling through June 30. Prices rose \
             through March.",
            "1987-12-15"
        ),
        ["1988-06-30"]
    );
    assert_eq!(
        first_label(
            "Ministers agreed to extend the accord through June 30.",
            "1987-12-15"
        ),
        "Ministers agreed to extend the accord"
    );
}

#[test]
fn a_label_cut_at_a_bare_infinitive_starts_at_the_verb_it_completes() {
    assert_eq!(
        first_label(
            "Chang said the central bank would also allow foreign banks to take part in the \
             local money market before the end of March.",
            "1987-11-25"
        ),
        "allow foreign banks to take part in the local money market"
    );
    assert_eq!(
        first_label(
            "The administration will impose 100 pct tariffs on up to 300 mln dlrs of Japanese \
             electronic goods on April 17 unless Japan honours its pact.",
            "1987-03-30"
        ),
        "The administration will impose 100 pct tariffs"
    );
}

#[test]
fn a_place_set_off_after_the_subject_is_left_out_of_its_label() {
    assert_eq!(
        first_labels(
            &[
                "The first plant, in Norwood, Ohio, will close on August 26.",
                "The Ford plant, at Dagenham, must close by August 26.",
            ],
            "1987-03-30"
        ),
        ["The first plant will close", "The Ford plant must close"]
    );
}

#[test]
fn a_level_said_to_change_by_a_day_is_a_forecast_unless_it_must() {
    assert_eq!(
        due_days(
            "He said the trade deficit should start to narrow by the end of the year. Inflation \
             will fall to 3 pct by June 30. Under the pact, output must fall to 15 mln bpd by \
             July 31.",
            "1987-03-30"
        ),
        ["1987-07-31"]
    );
}

#[test]
fn a_label_keeps_a_short_head_with_its_verb_before_a_long_phrase() {
    assert_eq!(
        first_labels(
            &[
                "The minister said OPEC must hold its output to the agreed ceiling of 16.6 mln \
                 bpd until the end of the year.",
                "The council will resume its talks on April 20 and must agree the rules before \
                 the end of June.",
            ],
            "1987-09-03"
        ),
        [
            "OPEC must hold its output",
            "The council must agree the rules"
        ]
    );
}

#[test]
fn a_date_set_as_the_deadline_is_labelled_by_what_the_deadline_is_for() {
    assert_eq!(
        first_labels(
            &[
                "Pan Am Corp said it has set February 15 as the deadline for agreement with its \
               unions on wage concessions."
            ],
            "1987-01-30"
        ),
        ["the deadline for agreement with its unions"]
    );
}

#[test]
fn a_purpose_cut_inside_a_name_leaves_the_name_out() {
    assert_eq!(
        first_labels(
            &[
                "The European Community has given Japan until April 17 to explain how its \
               semiconductor pact with the United States affects European chip makers."
            ],
            "1987-04-02"
        ),
        ["Japan to explain how its semiconductor pact"]
    );
}

#[test]
fn it_said_after_an_aside_is_the_subject_before_the_aside() {
    assert_eq!(
        first_labels(
            &[
                "The Royal Bank of Canada, the country's largest bank, said it will cut its prime \
               lending rate to 9.75 pct, effective tomorrow."
            ],
            "1987-10-19"
        ),
        ["The Royal Bank of Canada will cut its prime lending rate"]
    );
}

#[test]
fn a_fear_of_what_would_have_to_be_done_by_a_day_is_no_term() {
    assert_eq!(
        due_days(
            "Analysts said the figures eased fears that the government would have to raise \
             interest rates again before the end of the year. The government will have to \
             repay the loan before the end of March.",
            "1987-11-03"
        ),
        ["1988-03-31"]
    );
}

#[test]
fn a_span_that_runs_until_a_day_and_a_hope_for_a_day_are_no_terms() {
    assert_eq!(
        due_days(
            "\"I am optimistic that an agreement can be reached before the end of the year,\" he \
             said. The current coffee year runs until September 30, 1988. The current agreement \
             runs until September 30, 1989. Officials denied market rumours that the rupiah \
             would be devalued before the end of the year.",
            "1987-11-05"
        ),
        ["1989-09-30"]
    );
    // A term runs through its day as it runs until it; an event or a season, through or
    // until, does not.
    assert_eq!(
        due_days(
            "The contract, which runs through the end of next year, was signed in 1986. He \
             will attend the meeting, which runs through June 27. The season runs through \
             August 5. The festival runs until July 5. The talks run until July 6.",
            "1987-06-10"
        ),
        ["1988-12-31"]
    );
    // A word of likelihood describing a noun guesses nothing; said of the clause, it does.
    assert_eq!(
        due_days(
            "The union will pick a target company for a possible strike by September 1. It is \
             possible that the talks will end by October 1. A deal is likely by November 1.",
            "1987-08-12"
        ),
        ["1987-09-01"]
    );
}

#[test]
fn a_term_that_should_have_been_met_is_still_the_term() {
    assert_eq!(
        due_days(
            "Under EC rules, prices should have been fixed by July 1.",
            "1987-08-11"
        ),
        ["1987-07-01"]
    );
    // What was done by a day gone is none.
    assert!(due_days("Exports had risen 5 pct by July 1.", "1987-08-11").is_empty());
}

#[test]
fn what_holders_may_do_until_a_day_is_a_term_but_what_prices_may_do_is_a_guess() {
    assert_eq!(
        deadlines(
            "Holders may convert the debentures into common stock at 31.25 dlrs a share until \
             the close of business on April 30, it said.",
            "1987-04-02"
        ),
        [(
            "1987-04-30".to_string(),
            1,
            "Holders may convert the debentures".to_string()
        )]
    );
    assert!(due_days("Prices may rise until April 30.", "1987-04-02").is_empty());
}

#[test]
fn valid_through_a_day_is_a_term_and_or_by_a_day_is_labelled_by_the_clause_before() {
    assert_eq!(
        deadlines("The agreement is valid through June 30.", "1987-04-02"),
        [(
            "1987-06-30".to_string(),
            1,
            "The agreement is valid".to_string()
        )]
    );
    assert!(due_days("Sales through June 30 rose.", "1987-04-02").is_empty());
    assert_eq!(
        first_label(
            "The government must repay the loan within 90 days, or by July 1.",
            "1987-04-02"
        ),
        "The government must repay the loan within 90 days"
    );
}

#[test]
fn the_end_of_a_span_told_by_the_day_it_ends_is_due_that_day() {
    let text = "Japan has pledged to cut its surplus by the end of the fiscal year ending March \
                31, 1988.\n\nThe bank will repay the loan by the end of the quarter which ends \
                June 30.\n\nProfits rose in the fiscal year ending March 31.";
    assert_eq!(due_days(text, "1987-04-08"), ["1987-06-30", "1988-03-31"]);
    assert_eq!(
        first_label(text, "1987-04-08"),
        "The bank will repay the loan"
    );
}

#[test]
fn a_long_passive_clause_is_labelled_by_its_head_before_the_agent() {
    let texts = [
        "The agreement, which must be approved by at least 90 pct of the country's 483 \
         creditor banks by August 15, cuts the margin.",
        "The agreement, which must be approved by the banks by August 15, cuts the margin.",
    ];
    assert_eq!(
        first_labels(&texts, "1987-06-30"),
        [
            "The agreement must be approved",
            "The agreement must be approved by the banks"
        ]
    );
}

#[test]
fn a_verb_joined_in_a_relative_clause_is_said_of_its_noun() {
    let text = "Lavagna said the offer, which opens on 14 January and closes on 25 February, \
                was the best possible.";
    assert_eq!(due_days(text, "2005-01-12"), ["2005-02-25"]);
    assert_eq!(first_label(text, "2005-01-12"), "the offer closes");
}

#[test]
fn a_clause_is_labelled_whole_up_to_a_dozen_words_and_a_longer_one_to_a_preposition() {
    assert_eq!(
        first_labels(
            &[
                "Brazil will seek to resume talks with its commercial bank creditors on its 68 \
                 billion dlr foreign debt before the end of the month, the minister said.",
                "Brazil will ask its commercial bank creditors for a 90-day extension of a \
                 short-term credit line that expires on September 30, an official said.",
                "The company will file its plan with the Securities and Exchange Commission \
                 on reorganising its debts before July 1, it said.",
                "Microsoft has said its new machine will be in shops by November 30.",
                "The Commission has extended the old prices on a provisional basis until \
                 September 30, officials said.",
            ],
            "1987-06-15"
        ),
        [
            "Brazil will seek to resume talks",
            "a short-term credit line that expires",
            "The company will file its plan",
            "its new machine will be in shops",
            "The Commission has extended the old prices on a provisional basis"
        ]
    );
}

#[test]
fn a_name_with_an_abbreviation_s_dot_is_whole_before_its_relative_clause() {
    assert_eq!(
        first_label(
            "Ottawa will hold talks with the Port of St. John, which must decide by May 1.",
            "1987-04-02"
        ),
        "the Port of St. John must decide"
    );
}

#[test]
fn a_deadline_named_after_a_saying_is_labelled_without_it() {
    let label = first_label(
        "The company said the current deadline of June 30 did not leave enough time.",
        "1987-06-15",
    );
    assert_eq!(label, "the current deadline");
}

#[test]
fn a_contract_not_reached_by_an_hour_of_a_day_is_an_ultimatum() {
    let got = deadlines(
        "The union said it will strike if a new contract is not reached by 11 p.m. EDT on \
         September 17.",
        "1987-09-14",
    );
    assert_eq!(got.len(), 1);
    assert_eq!(got[0].0, "1987-09-17");
}

#[test]
fn what_must_be_done_before_what_happens_on_a_day_is_due_that_day_however_long_the_clause() {
    let got = deadlines(
        "The ministers must reach a deal before EC heads of government meet in Copenhagen on \
         December 4 and 5.",
        "1987-11-16",
    );
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, "1987-12-04");
    // (No must: what happens before the meeting is no term.)
    assert!(deadlines(
        "The ministers met before EC heads of government gathered in Copenhagen on December 4.",
        "1987-11-16",
    )
    .is_empty());
}

#[test]
fn a_deadline_named_after_its_date_is_labelled_without_the_date_s_words() {
    let label = first_label(
        "363,000 people had applied by the 15 January deadline.",
        "2005-02-17",
    );
    assert_eq!(label, "deadline");
}

#[test]
fn a_level_a_participle_says_will_be_reached_by_a_day_is_no_term() {
    assert!(deadlines(
        "It will pump about 220,000 bpd initially, rising to its capacity of 300,000 bpd by \
         the end of the month.",
        "1987-07-08",
    )
    .is_empty());
    // (A level that must be reached is one.)
    assert_eq!(
        due_days(
            "It must pump about 220,000 bpd initially, rising to 300,000 bpd by the end of the \
             month.",
            "1987-07-08"
        ),
        ["1987-07-31"]
    );
}

#[test]
fn what_a_long_clause_extended_to_a_day_is_its_label() {
    let got = deadlines(
        "Harcourt said it extended the expiration date of its offer to exchange 13-3/4 pct \
         subordinated debentures for its outstanding preferred stock to May 20 from May 5.\n\n\
         The Commission has extended the old prices on a provisional basis until September 30.",
        "1987-05-06",
    );
    assert_eq!(
        got,
        [
            (
                "1987-05-20".into(),
                1,
                "the expiration date of its offer".into()
            ),
            (
                "1987-09-30".into(),
                1,
                "The Commission has extended the old prices on a provisional basis".into()
            ),
        ]
    );
}

#[test]
fn a_level_projected_or_estimated_by_a_day_is_a_forecast() {
    let got = deadlines(
        "Inflation is projected at 5.0 pct by year-end. The sale is projected to be completed \
         by November 30. Analysts estimate Nintendo will sell 2.8 million consoles by the end \
         of the year.",
        "1987-10-14",
    );
    let due: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(due, ["1987-11-30"]);
}

#[test]
fn what_was_extended_runs_past_a_number_in_its_object() {
    let got = deadlines(
        "The Philippines will ask its creditor banks to extend the grace period on 13.2 \
         billion dlrs of debt to end-1992 from end-1989, the minister said.",
        "1987-10-14",
    );
    assert_eq!(
        got,
        [(
            "1992-12-31".into(),
            1,
            "the grace period on 13.2 billion dlrs of debt".into()
        )]
    );
}

#[test]
fn what_must_be_done_follows_a_part_of_the_day() {
    let got = deadlines(
        "\"The railways have until Friday night to make a serious offer,\" he said.",
        "1987-07-29",
    );
    assert_eq!(
        got,
        [(
            "1987-07-31".into(),
            1,
            "The railways have to make a serious offer".into()
        )]
    );
}

#[test]
fn a_label_cut_inside_its_clause_starts_at_the_noun_its_relative_clause_is_about() {
    let got = deadlines(
        "Emery, which acquired 83 pct of Purolator in a tender offer that expired on March \
         10, will pay 40 dlrs a share.\n\nThe loan will replace a facility that expired at \
         the end of March.",
        "1987-03-25",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "a tender offer that expired",
            "The loan will replace a facility that expired"
        ]
    );
}

#[test]
fn a_wire_dateline_s_day_is_no_deadline_whatever_follows_it() {
    let got = deadlines(
        "WASHINGTON, Feb 10 - The deadline had been January 21, but it was extended to \
         February 15.",
        "1987-02-10",
    );
    let due: Vec<&str> = got.iter().map(|d| d.0.as_str()).collect();
    assert_eq!(due, ["1987-01-21", "1987-02-15"]);
}

#[test]
fn a_verb_joined_after_another_whole_day_is_labelled_with_the_clause_s_subject() {
    let got = deadlines(
        "Exporters must register their sales by May 15 and ship the coffee by the end of \
         June, he said.",
        "1987-04-29",
    );
    let labels: Vec<&str> = got.iter().map(|d| d.2.as_str()).collect();
    assert_eq!(
        labels,
        [
            "Exporters must register their sales",
            "Exporters must ship the coffee"
        ]
    );
    // The joined verb's own modal stands in for the first one.
    let got = deadlines(
        "The banks will collect the remaining funds from the exporters by May 15 and must \
         repay the bonds by the end of June, he said.",
        "1987-04-29",
    );
    assert_eq!(got[1].2, "The banks must repay the bonds");
}

#[test]
fn what_the_way_is_cleared_for_is_what_is_due() {
    assert_eq!(
        first_labels(
            &[
                "Shareholders approved the merger, clearing the way for the 1.5 billion dlr \
                 deal to close by August 31.",
                "The vote paved the way for the bill to become law by June 30."
            ],
            "1987-08-25"
        ),
        [
            "the 1.5 billion dlr deal to close",
            "the bill to become law"
        ]
    );
}

#[test]
fn a_sum_payable_by_a_day_is_labelled_by_what_is_paid() {
    let label = first_label(
        "Allegis will return the money through a special dividend of 60 dlrs a share, payable \
         by the end of September.",
        "1987-06-24",
    );
    assert!(label.contains("special dividend"), "{label}");
}

#[test]
fn a_subject_joined_after_a_due_day_with_its_verb_left_out_does_what_the_first_does() {
    let labels: Vec<String> = deadlines(
        "The first furnace would shut by the end of June and the second by September. \
         Exporters must register their sales by May 15 and ship the coffee by July 31.",
        "1987-04-14",
    )
    .into_iter()
    .map(|d| d.2)
    .collect();
    assert_eq!(
        labels,
        [
            "Exporters must register their sales",
            "The first furnace would shut",
            "Exporters must ship the coffee",
            "the second would shut",
        ]
    );
}

#[test]
fn a_name_of_several_words_counts_as_one_in_a_label_s_length() {
    assert_eq!(
        first_label(
            "Zambia will clear its arrears of about 250 mln dlrs to the International \
             Monetary Fund by June 30.",
            "1987-04-14",
        ),
        "Zambia will clear its arrears"
    );
}

#[test]
fn a_verb_joined_after_a_saying_is_due_of_what_was_said_about() {
    assert_eq!(
        first_labels(
            &[
                "The company said deliveries of the first of 48 Tornado aircraft under the deal \
                 were on schedule and would be completed by the end of 1988.",
                "The company said the plant had been sold and would close by the end of 1988.",
            ],
            "1987-06-02"
        ),
        ["deliveries would be completed", "the plant would close"]
    );
}

#[test]
fn a_clause_too_long_for_a_label_keeps_its_subject_and_drops_the_title() {
    assert_eq!(
        first_label(
            "Education Secretary Ruth Kelly will set out the details of the bill in the \
             Commons before the end of January, officials said.",
            "2005-11-01"
        ),
        "Ruth Kelly will set out the details of the bill"
    );
}

#[test]
fn a_plural_s_verb_of_closing_in_the_present_is_due_whatever_the_saying_s_tense() {
    assert_eq!(
        first_labels(
            &[
                "Subscriptions close on November 23, it said.",
                "The talks end on November 23, the Treasury said.",
            ],
            "1987-11-16"
        ),
        ["Subscriptions close", "The talks end"]
    );
    assert!(due_days("Talks ended on November 13, it said.", "1987-11-16").is_empty());
}

#[test]
fn an_offer_extended_past_an_aside_on_its_old_day_is_the_label_of_both_days() {
    assert_eq!(
        due_and_labels(
            "The partnership said on Monday it would extend its offer, due to expire on March \
             4, until March 18.",
            "1987-02-26",
        ),
        [
            ("1987-03-04".into(), "its offer due to expire".into()),
            ("1987-03-18".into(), "its offer".into())
        ]
    );
}

#[test]
fn who_has_until_a_day_is_the_noun_before_the_relative() {
    assert_eq!(
        first_label(
            "The board will recommend the offer to remaining shareholders, who have until \
             June 27 to accept.",
            "1987-06-01"
        ),
        "shareholders have to accept"
    );
}

#[test]
fn a_label_reads_without_the_wire_s_stock_tickers() {
    let label = first_label(
        "DETROIT, Aug 11 - Chrysler Corp <C> said it would stop building cars at its \
         Kenosha plant by the end of the year.",
        "1987-08-11",
    );
    assert_eq!(
        label,
        "Chrysler Corp said it would stop building cars at its Kenosha plant"
    );
}

#[test]
fn a_subject_too_long_for_a_label_keeps_its_head_and_verb() {
    assert_eq!(
        first_label(
            "A ban on smoking in enclosed public places in Scotland will come into force on \
             26 March, the Scottish Executive has confirmed.",
            "2005-11-01"
        ),
        "A ban on smoking will come into force"
    );
    // (A participle and its object end the head as a preposition does; a head of four words
    // keeps them all.)
    assert_eq!(
        first_labels(
            &[
                "A hosepipe ban affecting 1.4 million households in Yorkshire will come into \
                 force on 26 March.",
                "The new funding rules for schools in the north of the country will come into \
                 force on 26 March.",
            ],
            "2005-11-01"
        ),
        [
            "A hosepipe ban will come into force",
            "The new funding rules for schools will come into force"
        ]
    );
}

#[test]
fn a_label_cut_at_a_verb_after_its_modal_keeps_the_modal_and_its_short_subject() {
    assert_eq!(
        first_label(
            "The government's target is that no patient should wait more than six months for \
             an operation by the end of this year.",
            "2005-03-01"
        ),
        "no patient should wait more than six months for an operation"
    );
}

#[test]
fn time_or_a_deadline_given_to_someone_is_what_they_have_to_do() {
    let labels = first_labels(
        &[
            "He has been given until Monday to respond.",
            "The company has been given a deadline of April 30 to file its accounts.",
        ],
        "1987-04-01",
    );
    assert_eq!(
        labels,
        [
            "He has to respond",
            "The company has been given a deadline to file its accounts"
        ]
    );
}

#[test]
fn a_clause_too_long_for_a_label_is_cut_before_to_whom_it_is_done() {
    let labels = first_labels(
        &[
            "Zambia will pay 10 mln dlrs of its arrears to the International Monetary Fund by \
             the end of September, the minister said.",
            "Japan will present a proposal on agricultural trade reform to the General \
             Agreement on Tariffs and Trade by the end of this month.",
        ],
        "1987-09-22",
    );
    assert_eq!(
        labels,
        [
            "Zambia will pay 10 mln dlrs of its arrears",
            "Japan will present a proposal on agricultural trade reform"
        ]
    );
}

#[test]
fn where_a_thing_must_be_by_the_day_stays_in_its_label() {
    assert_eq!(
        first_label("Bids must be in by noon on June 2.", "1987-05-20"),
        "Bids must be in"
    );
}

#[test]
fn a_subject_that_fits_a_label_with_its_verb_is_whole() {
    assert_eq!(
        first_label(
            "Texaco shares fell. A stay barring Pennzoil from seeking to enforce the judgment \
             expires on March 31.",
            "1987-03-25"
        ),
        "A stay barring Pennzoil from seeking to enforce the judgment expires"
    );
}

#[test]
fn a_subject_said_too_long_for_a_label_keeps_its_head_what_it_is_to_do_and_its_verb() {
    assert_eq!(
        first_label(
            "Chrysler Corp said its offer to acquire American Motors Corp for about 1.1 \
             billion dlrs will expire at midnight on April 30 unless extended.",
            "1987-04-14"
        ),
        "its offer to acquire American Motors Corp will expire"
    );
    // (What the head is of, past a saying, as at the sentence's start.)
    assert_eq!(
        first_label(
            "Officials said a ban on smoking in enclosed public places in Scotland will come \
             into force on 26 March.",
            "2005-11-01"
        ),
        "a ban on smoking will come into force"
    );
}

#[test]
fn what_was_told_a_news_conference_is_the_label_from_its_subject_when_short_enough() {
    assert_eq!(
        first_label(
            "Bresser Pereira told a news conference the government hoped to reach an agreement \
             with the banks' steering committee, headed by Citicorp <CCI>, by the end of October.",
            "1987-09-03"
        ),
        "the government hoped to reach an agreement with the banks' steering committee"
    );
}

#[test]
fn what_takes_effect_at_once_is_due_on_no_day() {
    assert_eq!(
        due_days(
            "The airline said it had ceased trading with immediate effect early on Saturday.",
            "2023-01-30"
        ),
        Vec::<String>::new()
    );
    assert_eq!(
        due_days(
            "The new tariffs take effect on Saturday, the ministry said.",
            "2023-01-30"
        ),
        vec!["2023-02-04"]
    );
}

#[test]
fn what_is_expected_before_an_event_begins_on_a_day_is_due_that_day() {
    assert_eq!(
        due_days(
            "The full House is expected to vote on the bill before the August recess begins \
             on August 7, aides said.",
            "1987-06-30"
        ),
        vec!["1987-08-07"]
    );
    // (A month alone before an event still stands for the month.)
    assert_eq!(
        due_days(
            "The full House must vote on the bill before the August recess.",
            "1987-06-30"
        ),
        vec!["1987-08-31"]
    );
}

#[test]
fn a_time_allowed_before_the_day_is_no_amount_planned() {
    assert_eq!(
        due_days(
            "Allegheny must file its reorganisation plan within 120 days, by September 3, \
             under the law.",
            "1987-05-06"
        ),
        vec!["1987-09-03"]
    );
    // (An amount planned still is: a target, not a term.)
    assert_eq!(
        due_days(
            "The company plans to cut 1,500 jobs by the end of the year.",
            "1987-05-06"
        ),
        Vec::<String>::new()
    );
}

#[test]
fn the_day_a_recess_ends_is_no_term() {
    assert_eq!(
        due_days(
            "Conferees are expected to begin work after the August recess ends on September 8.",
            "1987-08-12"
        ),
        Vec::<String>::new()
    );
    // (What still open ends on a day is due then.)
    assert_eq!(
        due_days("The consultation ends on September 8.", "1987-08-12"),
        vec!["1987-09-08"]
    );
}

#[test]
fn an_arrangement_in_force_through_a_day_ends_then() {
    assert_eq!(
        due_days(
            "Taft said the financing for the offer would remain in place through April 15. \
             The tickets are valid through May 30. Prices will stay high through June 30.",
            "1987-03-17"
        ),
        ["1987-04-15", "1987-05-30"]
    );
}

#[test]
fn holders_described_by_a_clause_may_still_use_a_right_until_a_day() {
    assert_eq!(
        due_days(
            "Holders who tendered shares may withdraw them until March 24, the company said. \
             Analysts who follow the stock said it may rise until June 24.",
            "1987-03-17"
        ),
        ["1987-03-24"]
    );
}

#[test]
fn a_day_that_caused_something_is_no_term() {
    assert_eq!(
        due_days(
            "Dealers expected the Fed to add reserves to offset the drain caused by the end of \
             the month. Banks must repay the loans by the end of the month.",
            "1987-11-03"
        ),
        ["1987-11-30"]
    );
    assert_eq!(
        first_label(
            "Dealers expected the Fed to add reserves to offset the drain caused by the end of \
             the month. Banks must repay the loans by the end of the month.",
            "1987-11-03"
        ),
        "Banks must repay the loans"
    );
}

#[test]
fn who_is_told_of_something_by_a_day_is_the_label_s_subject() {
    assert_eq!(
        first_labels(
            &[
                "Applicants will be told of their allocations by February 9.",
                "The department said applicants would be informed of the result by February 9.",
            ],
            "1987-01-27"
        ),
        [
            "Applicants will be told of their allocations",
            "applicants would be informed of the result",
        ]
    );
}

#[test]
fn a_clause_with_its_own_subject_after_and_is_the_label() {
    assert_eq!(
        first_labels(
            &[
                "Construction will begin in June and production is scheduled to start by the \
                 end of 1988.",
                "The company and its unions are due to agree by the end of 1988.",
            ],
            "1987-03-31"
        ),
        [
            "production is scheduled to start",
            "The company and its unions are due to agree",
        ]
    );
}
