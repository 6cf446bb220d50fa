use super::*;
use crate::model::Role;

#[test]
fn every_capitalised_date_word_gets_past_the_first_letters() {
    let months = crate::extract::lexicon::MONTHS
        .iter()
        .map(|m| m.to_string());
    let abbreviations = [
        "jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept",
    ];
    let days = [
        "monday",
        "tuesday",
        "wednesday",
        "thursday",
        "friday",
        "saturday",
    ];
    let others = ["sunday", "end", "today", "tonight", "yesterday", "tomorrow"];
    let words = (months.chain(abbreviations.map(String::from)))
        .chain(days.into_iter().chain(others).map(String::from))
        .chain(["last", "next", "this", "oct", "nov", "dec"].map(String::from));
    for w in words {
        for written in [
            w.clone(),
            format!("{w}'s"),
            format!("{w}’s"),
            format!("{w}."),
        ] {
            assert!(opens_date_word(&written), "{written}");
        }
        let capitalised = format!("{}{}", w[..1].to_uppercase(), &w[1..]);
        let p = Para::new(0, &capitalised, Role::Body);
        assert!(may_start_date(&p, 0), "{capitalised}");
    }
    for name in ["Putin", "Bank", "Mr", "The", "Ukraine"] {
        assert!(
            !may_start_date(&Para::new(0, name, Role::Body), 0),
            "{name}"
        );
    }
}

#[test]
fn every_lower_case_date_word_gets_past_the_first_letters() {
    let words = [
        "end",
        "today",
        "tonight",
        "yesterday",
        "tomorrow",
        "last",
        "next",
        "this",
        "mid-April",
        "end-March",
        "year-end",
    ];
    for w in words {
        assert!(may_start_date(&Para::new(0, w, Role::Body), 0), "{w}");
    }
    for w in ["the", "said", "thing", "ends", "mid", "lasting"] {
        assert!(!may_start_date(&Para::new(0, w, Role::Body), 0), "{w}");
    }
}

fn dates(text: &str, reference: &str) -> Vec<(String, String)> {
    let r = NaiveDate::parse_from_str(reference, "%Y-%m-%d").unwrap();
    let p = [Para::new(0, text, Role::Body)];
    find(&p, r)
        .into_iter()
        .map(|d| {
            (
                text[d.mention.span.range()].into(),
                d.mention.date.to_string(),
            )
        })
        .collect()
}

fn pair(t: &str, d: &str) -> (String, String) {
    (t.to_string(), d.to_string())
}

#[test]
fn a_day_in_a_relative_clause_set_off_by_commas_takes_no_tense_from_the_verb_after_it() {
    // 1987-04-27 is a Monday.
    assert_eq!(
        dates(
            "Tamura, who leaves for Washington on Wednesday, said Japan would act. Smith, who \
             arrived on Friday, said so. Jones said on Friday that he was ready.",
            "1987-04-27"
        ),
        [
            pair("Wednesday", "1987-04-29"),
            pair("Friday", "1987-04-24"),
            pair("Friday", "1987-04-24")
        ]
    );
}

#[test]
fn what_has_been_done_in_a_month_was_done_in_the_last_one() {
    assert_eq!(
        dates(
            "Farmers have been hit by low prices and a drought in December and January.",
            "1987-02-10"
        ),
        [pair("December", "1986-12"), pair("January", "1987-01")]
    );
    // (But what has been moved to a month or a day is still to come.)
    assert_eq!(
        dates(
            "The vote has been moved to December. The talks have been postponed until \
             December 5.",
            "1987-02-10"
        ),
        [
            pair("December", "1987-12"),
            pair("December 5", "1987-12-05")
        ]
    );
}

#[test]
fn a_time_with_its_zone_is_not_a_year() {
    assert_eq!(
        dates(
            "Bids are due by 1300 EDT, and the bonds mature in 1999.",
            "1987-06-15"
        ),
        [("1999".to_string(), "1999".to_string())]
    );
    assert_eq!(
        dates(
            "Registrations close at 1700 local time, and trading resumes at 0900 hrs in 1988.",
            "1987-06-15"
        ),
        [("1988".to_string(), "1988".to_string())]
    );
}

#[test]
fn month_day_forms() {
    assert_eq!(
        dates(
            "Talks end Aug. 8 and resume 9 September, or June 30, 1990.",
            "2025-08-06"
        ),
        [
            pair("Aug. 8", "2025-08-08"),
            pair("9 September", "2025-09-09"),
            pair("June 30, 1990", "1990-06-30")
        ]
    );
}

#[test]
fn a_month_by_which_something_is_due_is_the_next_one() {
    assert_eq!(
        dates(
            "The target is 78% by March, and 80% by March next year; sales fell in July.",
            "2025-10-15"
        ),
        [
            pair("March", "2026-03"),
            pair("March next year", "2026-03"),
            pair("July", "2025-07")
        ]
    );
}

#[test]
fn a_weekday_before_its_date_is_one_date() {
    assert_eq!(
        dates(
            "A vote is due on Tuesday 10 September, or Thursday, Sept. 12, not Friday.",
            "2024-09-05"
        ),
        [
            pair("Tuesday 10 September", "2024-09-10"),
            pair("Thursday, Sept. 12", "2024-09-12"),
            pair("Friday", "2024-09-06")
        ]
    );
}

#[test]
fn a_wire_dateline_names_the_day_in_the_latest_year_before_today() {
    let day = |text: &str, today: &str| {
        let today = NaiveDate::parse_from_str(today, "%Y-%m-%d").unwrap();
        dateline_day(&Para::new(1, text, Role::Body), today).map(|d| d.to_string())
    };
    let wire = "CAIRO, Jan 8 (Reuters) - Talks resumed on Wednesday.";
    assert_eq!(day(wire, "2025-11-30").as_deref(), Some("2025-01-08"));
    assert_eq!(day(wire, "2025-01-05").as_deref(), Some("2024-01-08"));
    assert_eq!(
        day("GENEVA, March 9, 1987 - Talks began.", "2025-01-05").as_deref(),
        Some("1987-03-09")
    );
    assert_eq!(
        day("Talks resumed on Jan 8 - and failed.", "2025-11-30"),
        None
    );
}

#[test]
fn a_participle_describing_a_noun_says_no_tense() {
    assert_eq!(
        dates(
            "The US will begin escorting reflagged tankers by mid-June. The revised plan starts in July. Two state-owned firms report in August.",
            "1987-05-18"
        ),
        [
            pair("mid-June", "1987-06"),
            pair("July", "1987-07"),
            pair("August", "1987-08")
        ]
    );
}

#[test]
fn a_participle_after_another_word_describing_the_noun_says_no_tense() {
    assert_eq!(
        dates(
            "The current guaranteed price regime expires on March 31. The guaranteed price \
             expired on March 30.",
            "1987-12-01"
        ),
        [
            pair("March 31", "1988-03-31"),
            pair("March 30", "1987-03-30")
        ]
    );
}

#[test]
fn a_participle_after_a_limit_or_a_figure_says_no_tense() {
    assert_eq!(
        dates(
            "Councils will raise bills by the maximum 4.99% allowed without a referendum from \
             April. Others will charge the maximum allowed from May. Bills rose 3% in March.",
            "2026-12-01"
        ),
        [
            pair("April", "2027-04"),
            pair("May", "2027-05"),
            pair("March", "2026-03")
        ]
    );
}

#[test]
fn until_or_by_a_part_of_a_month_gone_looks_ahead_unless_a_past_verb_says_otherwise() {
    assert_eq!(
        dates(
            "The mandate lasts until early May. Sales rose until late May. Shares fell by May.",
            "1987-12-02"
        ),
        [
            pair("early May", "1988-05"),
            pair("late May", "1987-05"),
            pair("May", "1987-05")
        ]
    );
}

#[test]
fn a_plan_named_after_an_article_is_a_noun_not_an_intention() {
    // 1987-05-20 is a Wednesday.
    assert_eq!(
        dates(
            "Staff were told of the plans on Monday. The firm plans to close the plant on Monday.",
            "1987-05-20"
        ),
        [pair("Monday", "1987-05-18"), pair("Monday", "1987-05-25")]
    );
}

#[test]
fn a_span_of_time_from_a_day_lately_passed_is_under_way() {
    assert_eq!(
        dates(
            "Indonesia will limit exports in the year from March 1. Talks will start on March 1.",
            "1987-03-24"
        ),
        [pair("March 1", "1987-03-01"), pair("March 1", "1988-03-01")]
    );
    assert_eq!(
        dates(
            "It will cut output in the year from January 1.",
            "1987-12-20"
        ),
        [pair("January 1", "1988-01-01")]
    );
    // A year starting on the day too, while a walkout starting on it is still to come.
    assert_eq!(
        dates(
            "Japan will cut exports in the year starting April 1. Staff face a walkout \
             starting on April 1.",
            "1987-04-08"
        ),
        [pair("April 1", "1987-04-01"), pair("April 1", "1988-04-01")]
    );
}

#[test]
fn the_end_of_a_month_looked_back_on_is_this_years() {
    assert_eq!(
        dates(
            "Exports totalled 9.2 mln bags by the end of January. Sales will rise by the end of January.",
            "1987-02-26"
        ),
        [
            pair("the end of January", "1987-01-31"),
            pair("the end of January", "1988-01-31")
        ]
    );
    // An infinitive looks ahead, whatever the verb before it.
    assert_eq!(
        dates(
            "The banks had requested the utility to begin prepayments by the end of April.",
            "2025-08-06"
        ),
        [pair("the end of April", "2026-04-30")]
    );
}

#[test]
fn a_month_an_expectation_in_the_present_looks_ahead_to_is_the_coming_one() {
    assert_eq!(
        dates(
            "Analysts expect the cap to fall slightly in April. The cap fell in April.",
            "1987-12-05"
        ),
        [pair("April", "1988-04"), pair("April", "1987-04")]
    );
}

#[test]
fn than_expected_is_a_comparison_not_a_look_ahead() {
    assert_eq!(
        dates(
            "The US created fewer jobs than expected in December.",
            "2025-08-06"
        ),
        [pair("December", "2024-12")]
    );
}

#[test]
fn a_month_a_price_is_set_for_is_ahead_and_an_agreement_s_month_behind() {
    assert_eq!(
        dates(
            "It set its price for June, unchanged from May. It has a quota under the group's \
             December agreement.",
            "1987-05-28"
        ),
        [
            pair("June", "1987-06"),
            pair("May", "1987-05"),
            pair("December", "1986-12"),
        ]
    );
}

#[test]
fn a_month_ahead_looked_back_on_is_last_year_s_early_or_late() {
    assert_eq!(
        dates(
            "November starts were revised. The figures reflected mild weather in late \
             November. Talks resume in mid-April, and prices should rise in early February.",
            "1987-01-15"
        ),
        [
            pair("November", "1986-11"),
            pair("late November", "1986-11"),
            pair("mid-April", "1987-04"),
            pair("early February", "1987-02"),
        ]
    );
}

#[test]
fn a_price_to_be_set_on_a_day_is_set_ahead() {
    assert_eq!(
        dates(
            "The sale opens on January 19, with the price to be set on January 16.",
            "1987-03-03"
        ),
        [
            pair("January 19", "1988-01-19"),
            pair("January 16", "1988-01-16")
        ]
    );
    assert_eq!(
        dates(
            "The board will meet to discuss the price, which has been set at 1.40 dlrs \
             since January 5.",
            "1987-03-11"
        ),
        [pair("January 5", "1987-01-05")]
    );
}

#[test]
fn a_number_listed_after_a_year_is_a_year() {
    assert_eq!(
        dates(
            "It repeated the pledge of the 1997 and 2001 manifestos. In 1998 2000 people marched. \
             It sold 2,000 cars in 1999 and 2500 cars in 2000.",
            "2005-01-10"
        ),
        [
            pair("1997", "1997"),
            pair("2001", "2001"),
            pair("1998", "1998"),
            pair("1999", "1999"),
            pair("2000", "2000")
        ]
    );
}

#[test]
fn a_verb_after_a_modal_looks_ahead_even_in_its_past_form() {
    assert_eq!(
        dates(
            "Councils must set their budgets by 10 March. Banks will cut rates by 2 March. \
             The record was set on 1 March.",
            "2026-12-01"
        ),
        [
            pair("10 March", "2027-03-10"),
            pair("2 March", "2027-03-02"),
            pair("1 March", "2026-03-01")
        ]
    );
}

#[test]
fn what_had_been_expected_is_done() {
    assert_eq!(
        dates(
            "Dealers had expected no change after the bank cut rates in January. \
             Dealers expected a cut in January. \
             Economists had widely expected no change after the bank cut rates in January. \
             Economists expected no change after the bank cut rates in January.",
            "1987-04-22"
        ),
        [
            pair("January", "1987-01"),
            pair("January", "1988-01"),
            pair("January", "1987-01"),
            pair("January", "1987-01")
        ]
    );
    // What was expected, due or scheduled for a month had been looked forward to then.
    assert_eq!(
        dates(
            "The accord had originally been expected to be signed in June. It was due in \
             March. It is expected to be signed in June.",
            "1987-08-04"
        ),
        [
            pair("June", "1987-06"),
            pair("March", "1987-03"),
            pair("June", "1988-06")
        ]
    );
}

#[test]
fn a_day_naming_what_nobody_schedules_is_gone() {
    assert_eq!(
        dates(
            "The toll from the December 26 disaster rose. The March 5 earthquake destroyed \
             a pipeline. The January 3 crash killed four.",
            "1987-01-05"
        ),
        [
            pair("December 26", "1986-12-26"),
            pair("March 5", "1986-03-05"),
            pair("January 3", "1987-01-03")
        ]
    );
}

#[test]
fn a_month_after_a_participle_of_be_is_as_the_auxiliary_says() {
    assert_eq!(
        dates(
            "The offering is expected to be made in May. The plan was made in May.",
            "1987-04-02"
        ),
        [pair("May", "1987-05"), pair("May", "1986-05")]
    );
}

#[test]
fn a_month_ahead_followed_at_once_by_a_past_verb_is_last_year_s() {
    assert_eq!(
        dates(
            "Food riots in December left 15 people dead. Talks in December will decide.",
            "1987-07-14"
        ),
        [pair("December", "1986-12"), pair("December", "1987-12")]
    );
    // (`led to` governs a noun, not a verb still to come.)
    assert_eq!(
        dates(
            "The programme had led to food riots in December.",
            "1987-04-23"
        ),
        [pair("December", "1986-12")]
    );
}

#[test]
fn that_year_is_the_year_written_last_before_it() {
    assert_eq!(
        dates(
            "It passed the House in September 1985 but was vetoed in December that year, \
             and again on 5 March of that year.",
            "1987-09-08"
        ),
        [
            pair("September 1985", "1985-09"),
            pair("December that year", "1985-12"),
            pair("5 March of that year", "1985-03-05"),
        ]
    );
}

#[test]
fn a_weekday_that_comes_round_again_is_no_day_and_one_counted_in_a_month_is() {
    // 2025-08-06 is a Wednesday.
    assert_eq!(
        dates(
            "Updates come on the second Tuesday of each month. The shop opens every \
             Monday and talks are held each Friday. He left on the first Monday of June. \
             She will return on the last Friday of September.",
            "2025-08-06"
        ),
        [
            pair("first Monday of June", "2025-06-02"),
            pair("last Friday of September", "2025-09-26"),
        ]
    );
}

#[test]
fn a_weekday_after_a_or_any_is_any_one_of_them() {
    // 2025-08-06 is a Wednesday.
    assert_eq!(
        dates(
            "People go to the cinema on a Friday or Saturday night, or any Sunday. The \
             talks end on Friday.",
            "2025-08-06"
        ),
        [pair("Friday", "2025-08-08")]
    );
}

#[test]
fn an_event_a_few_days_past_is_this_year_s_whatever_the_clause_looks_ahead_to() {
    assert_eq!(
        dates(
            "Dealers expected rates to be cut before Friday, after the March 17 budget.",
            "1987-03-24"
        ),
        [pair("Friday", "1987-03-27"), pair("March 17", "1987-03-17")]
    );
}

#[test]
fn a_holiday_on_a_fixed_day_is_that_day() {
    assert_eq!(
        dates(
            "The probe vanished on Christmas Day 2003. Shops open on Boxing Day and close \
             on New Year’s Eve. Valentine's Day sales rose. Christmas sales fell.",
            "2004-12-20"
        ),
        [
            pair("Christmas Day 2003", "2003-12-25"),
            pair("Boxing Day", "2004-12-26"),
            pair("New Year’s Eve", "2004-12-31"),
            pair("Valentine's Day", "2004-02-14"),
        ]
    );
}

#[test]
fn a_weekday_in_a_name_is_no_day() {
    assert_eq!(
        dates(
            "The Sunday Times said so, the Mail on Sunday agreed, and shares fell on Black Monday. It beat Saturday Night Takeaway. Talks end on Sunday.",
            "2024-10-17"
        ),
        [pair("Sunday", "2024-10-20")]
    );
    // (Nor in a work's title after its kind.)
    assert_eq!(
        dates(
            "His album Friday's Child sold well, as did her single Manic Monday. It opens on Friday.",
            "2024-10-17"
        ),
        [pair("Friday", "2024-10-18")]
    );
    // (Nor in a club's.)
    assert_eq!(
        dates(
            "He is the fourth to go, after Sheffield Wednesday's Danny Rohl. Sheffield \
             Wednesday play on Friday.",
            "2024-10-17"
        ),
        [pair("Friday", "2024-10-18")]
    );
}

#[test]
fn a_year_said_of_levels_or_prices_is_a_year() {
    assert_eq!(
        dates(
            "Cut 90% from 1990 levels, at 2020 prices, for 2000 people. It set a target for 1987 exports.",
            "2025-11-05"
        ),
        [pair("1990", "1990"), pair("2020", "2020"), pair("1987", "1987")]
    );
    assert_eq!(
        dates(
            "Fourth quarter 1986 includes a gain; first half 1987 sales rose. Nine mths 1987 includes a charge; 12 months 1986 had none.",
            "1987-03-09"
        ),
        [
            pair("1986", "1986"),
            pair("1987", "1987"),
            pair("1987", "1987"),
            pair("1986", "1986")
        ]
    );
    // A name's number is no year; a possessive's or a holiday's year is.
    assert_eq!(
        dates(
            "It runs on Windows 2000. Spain's 2000 victory came at Christmas 2000.",
            "2005-01-09"
        ),
        [pair("2000", "2000"), pair("2000", "2000")]
    );
}

#[test]
fn by_marks_the_future_only_right_before_its_day() {
    // 2024-06-03 is a Monday.
    assert_eq!(
        dates(
            "Shares were up 5% by noon on Friday. Allies led by Russia on Sunday agreed. Pay by Friday. Police have until 18:00 on Thursday to question him, magistrates ruled.",
            "2024-06-03"
        ),
        [
            pair("Friday", "2024-05-31"),
            pair("Sunday", "2024-06-02"),
            pair("Friday", "2024-06-07"),
            pair("Thursday", "2024-06-06")
        ]
    );
}

#[test]
fn a_passive_in_the_present_leaves_the_clause_looking_ahead() {
    assert_eq!(
        dates(
            "Zambia owes 6.4 billion dlrs and has fallen behind on payments to the IMF, \
             which has said it will declare the country ineligible for new loans unless \
             arrears of 400 mln dlrs are cleared by January 15. The loan was cleared by \
             January 5.",
            "1987-11-30"
        ),
        [
            pair("January 15", "1988-01-15"),
            pair("January 5", "1987-01-05")
        ]
    );
}

#[test]
fn a_day_next_year_is_one_date() {
    assert_eq!(
        dates(
            "A summit on 24-25 June next year, and talks on March 3 last year.",
            "2024-10-13"
        ),
        [
            pair("25 June next year", "2025-06-25"),
            pair("March 3 last year", "2023-03-03")
        ]
    );
}

#[test]
fn a_day_something_was_set_or_had_been_due_to_end_on_is_gone() {
    assert_eq!(
        dates(
            "The offer was originally set to expire on March 31. It had been due to close on \
             April 2. The new offer is set to expire on March 31. The arrears had originally \
             been due for payment by March 30.",
            "1987-04-14"
        ),
        [
            pair("March 31", "1987-03-31"),
            pair("April 2", "1987-04-02"),
            pair("March 31", "1988-03-31"),
            pair("March 30", "1987-03-30")
        ]
    );
}

#[test]
fn a_modal_after_a_reporting_verb_looks_ahead() {
    assert_eq!(
        dates(
            "Analysts said coalition talks could take until February or March. The union \
             said the first walkout could take place on 15 March.",
            "1987-11-04"
        ),
        [
            pair("February", "1988-02"),
            pair("March", "1988-03"),
            pair("15 March", "1988-03-15")
        ]
    );
}

#[test]
fn a_plural_s_due_takes_the_tense_of_its_clause() {
    assert_eq!(
        dates(
            "Nigeria had made all interest payments due up to the end of April. It will make \
             all payments due by the end of April.",
            "1987-05-27"
        ),
        [
            pair("the end of April", "1987-04-30"),
            pair("the end of April", "1988-04-30")
        ]
    );
}

#[test]
fn what_was_due_on_a_weekday_was_due_on_the_nearest_one() {
    // 1987-11-09 is a Monday.
    assert_eq!(
        dates(
            "The contract was due to expire at midnight Sunday. Talks are due to resume on Sunday.",
            "1987-11-09"
        ),
        [pair("Sunday", "1987-11-08"), pair("Sunday", "1987-11-15")]
    );
    // On Monday, Friday gone is nearer than Friday to come; on Wednesday, the other way.
    assert_eq!(
        dates(
            "They were due to appear before a panel on Friday.",
            "1987-11-09"
        ),
        [pair("Friday", "1987-11-06")]
    );
    assert_eq!(
        dates(
            "They were due to appear before a panel on Friday.",
            "1987-11-11"
        ),
        [pair("Friday", "1987-11-13")]
    );
}

#[test]
fn a_period_ending_on_a_passed_day_that_is_still_to_come_ends_next_year() {
    assert_eq!(
        dates(
            "He warned that the surplus for the year ending March 31 would top 80 billion. \
             Profit rose in the year ending March 31.",
            "1987-09-22"
        ),
        [
            pair("March 31", "1988-03-31"),
            pair("March 31", "1987-03-31")
        ]
    );
    assert_eq!(
        dates(
            "The union has given the airline until Friday to improve its offer or face a walkout starting on 27 August. \
             The strike, starting on 3 July, lasted a week.",
            "2026-12-02"
        ),
        [
            pair("Friday", "2026-12-04"),
            pair("27 August", "2027-08-27"),
            pair("3 July", "2026-07-03")
        ]
    );
}

#[test]
fn a_day_called_next_or_last_is_the_coming_or_the_gone_one() {
    assert_eq!(
        dates(
            "The pact, which expires next September 30, replaced one signed last November 2. Talks end next December 1.",
            "1987-10-21"
        ),
        [
            pair("next September 30", "1988-09-30"),
            pair("last November 2", "1986-11-02"),
            pair("next December 1", "1987-12-01")
        ]
    );
}

#[test]
fn two_days_of_one_month_and_time_still_given() {
    // 2023-07-05 is a Wednesday.
    assert_eq!(
        dates(
            "Drivers strike on 26 and 28 July. The union said it had until midnight on Friday. She will appear from 22 to 24 May.",
            "2023-07-05"
        ),
        [
            pair("26", "2023-07-26"),
            pair("28 July", "2023-07-28"),
            pair("Friday", "2023-07-07"),
            pair("22", "2024-05-22"),
            pair("24 May", "2024-05-24")
        ]
    );
    // Given to a receiver named in several words.
    assert_eq!(
        dates(
            "Icahn said he had given the board of Trans World Airlines Inc until 5 p.m. EDT on \
             Monday to accept.",
            "2023-07-05"
        ),
        [pair("Monday", "2023-07-10")]
    );
    // (A list with commas too; not a list of scores before a date.)
    assert_eq!(
        dates(
            "Talks are on 26, 27 and 28 July. He scored 12, 14 and 16 on 3 August.",
            "2023-07-05"
        ),
        [
            pair("26", "2023-07-26"),
            pair("27", "2023-07-27"),
            pair("28 July", "2023-07-28"),
            pair("3 August", "2023-08-03")
        ]
    );
}

#[test]
fn a_day_s_event_is_on_that_day() {
    // 2024-09-04 is a Wednesday.
    assert_eq!(
        dates(
            "He plays on Friday for a place in Sunday's final.",
            "2024-09-04"
        ),
        [pair("Friday", "2024-09-06"), pair("Sunday's", "2024-09-08")]
    );
    assert_eq!(
        dates(
            "It is below last July's rate but above Theresa May's.",
            "2025-08-06"
        ),
        [pair("last July's", "2025-07")]
    );
}

#[test]
fn a_day_still_to_come_that_has_passed_this_year_is_next_year() {
    assert_eq!(
        dates(
            "Thresholds are due to fall on 1 April. Prices fell on 3 March. It will end on Nov. 10.",
            "2024-12-06"
        ),
        [
            pair("1 April", "2025-04-01"),
            pair("3 March", "2024-03-03"),
            pair("Nov. 10", "2025-11-10")
        ]
    );
    // A passive verb takes the tense of its auxiliary.
    assert_eq!(
        dates("The final will be played on 31 May.", "2024-12-06"),
        [pair("31 May", "2025-05-31")]
    );
}

#[test]
fn a_month_takes_its_year_from_the_tense_of_its_clause() {
    assert_eq!(
        dates(
            "Nurses will earn more from April. Pay rose in June. Sales slumped in December.",
            "2025-02-10"
        ),
        [
            pair("April", "2025-04"),
            pair("June", "2024-06"),
            pair("December", "2024-12"),
        ]
    );
    assert_eq!(
        dates(
            "Nurses will earn more from April. Russia set record attacks in July. England will play Andorra and Latvia in March.",
            "2025-08-06"
        ),
        [
            pair("April", "2026-04"),
            pair("July", "2025-07"),
            pair("March", "2026-03")
        ]
    );
}

#[test]
fn a_month_listed_after_one_still_to_come_falls_after_it() {
    assert_eq!(
        dates(
            "The banks will lend three billion dlrs, to be disbursed in two tranches, in \
             December and in March. Sales rose in October and in March.",
            "1987-11-24"
        ),
        [
            pair("December", "1987-12"),
            pair("March", "1988-03"),
            pair("October", "1987-10"),
            pair("March", "1987-03")
        ]
    );
}

#[test]
fn may_listed_after_a_month_is_a_month() {
    assert_eq!(
        dates(
            "Egypt wants wheat for shipment in April and May. It will buy more in April, May \
             and June. Sales rose in March and May Smith left.",
            "1987-03-16"
        ),
        [
            pair("April", "1987-04"),
            pair("May", "1987-05"),
            pair("April", "1987-04"),
            pair("May", "1987-05"),
            pair("June", "1987-06"),
            pair("March", "1987-03")
        ]
    );
}

#[test]
fn a_month_a_statistic_reports_on_has_gone_whatever_its_release_looks_ahead_to() {
    assert_eq!(
        dates(
            "The Fed will study the June producer price index, due on Friday. \
             Exports will rise in June.",
            "1987-07-14"
        ),
        [
            pair("June", "1987-06"),
            pair("Friday", "1987-07-17"),
            pair("June", "1988-06")
        ]
    );
}

#[test]
fn participles_and_intentions_take_the_tense_of_what_they_go_with() {
    assert_eq!(
        dates(
            "The airport will remain closed until 23:59 GMT on Friday. It hoped to run flights on Saturday. Shares increased on Monday.",
            "2025-08-06"
        ),
        [
            pair("Friday", "2025-08-08"),
            pair("Saturday", "2025-08-09"),
            pair("Monday", "2025-08-04"),
        ]
    );
    assert_eq!(
        dates(
            "He has led the bank since taking charge in December.",
            "2025-02-07"
        ),
        [pair("December", "2024-12")]
    );
}

#[test]
fn a_condition_put_in_the_past_on_a_month_gone_is_on_that_month() {
    assert_eq!(
        dates(
            "Yeutter had threatened retaliation if no deal was reached by the end of June. \
             He will act if no deal is reached by June. Talks failed unless they were done by May.",
            "1987-07-07"
        ),
        [
            pair("the end of June", "1987-06-30"),
            pair("June", "1988-06"),
            pair("May", "1987-05")
        ]
    );
}

#[test]
fn a_month_gone_in_what_was_said_before_is_that_month() {
    assert_eq!(
        dates(
            "Yeutter had said that Japan must open its markets by the end of March. He said last \
             month that it must act by the end of February. Japan will act by the end of March. \
             Yeutter had said that Japan must act by March 15.",
            "1987-04-01"
        ),
        [
            pair("the end of March", "1987-03-31"),
            pair("last month", "1987-03"),
            pair("the end of February", "1987-02-28"),
            pair("the end of March", "1988-03-31"),
            pair("March 15", "1987-03-15")
        ]
    );
}

#[test]
fn a_month_to_come_under_a_condition_is_this_years() {
    assert_eq!(
        dates(
            "Traders expect weakness if output stayed above 16 mln bpd through March. \
             Output fell in March.",
            "1987-02-26"
        ),
        [pair("March", "1987-03"), pair("March", "1986-03")]
    );
}

#[test]
fn the_end_of_a_month_already_passed_is_next_years_when_looked_forward_to() {
    assert_eq!(
        dates(
            "It will decide by the end of January. Sales fell at the end of March.",
            "2024-12-23"
        ),
        [
            pair("the end of January", "2025-01-31"),
            pair("the end of March", "2024-03-31"),
        ]
    );
}

#[test]
fn a_day_something_starts_is_ahead_even_in_a_clause_looking_back() {
    assert_eq!(
        dates(
            "Producers had sought a quota for the coffee year starting October 1. Talks collapsed after October 2.",
            "1987-03-30"
        ),
        [
            pair("October 1", "1987-10-01"),
            pair("October 2", "1986-10-02"),
        ]
    );
}

#[test]
fn the_end_of_a_year_is_its_last_day() {
    assert_eq!(
        dates(
            "Broadband will reach every village by the end of 2005, and all towns by the end of next year.",
            "2004-06-01"
        ),
        [
            pair("the end of 2005", "2005-12-31"),
            pair("the end of next year", "2005-12-31"),
        ]
    );
}

#[test]
fn a_weekday_a_schedule_in_a_clause_of_time_sets_is_still_to_come() {
    assert_eq!(
        dates(
            "Nazer, speaking before the conference opens in Vienna on Thursday, said prices \
             had stabilised. They met before the conference opened on Thursday. Dealers \
             said they sold before the session closes on Friday.",
            "1987-06-23"
        ),
        [
            pair("Thursday", "1987-06-25"),
            pair("Thursday", "1987-06-18"),
            pair("Friday", "1987-06-26")
        ]
    );
}

#[test]
fn a_day_long_gone_that_the_present_sets_something_on_is_next_year_s() {
    assert_eq!(
        dates(
            "Talks resume on January 10. The rules take effect on January 1. Figures published on January 12 show a rise. It reported on March 3 that sales fell. \
             He was ready to talk before the cuts take effect on January 1. \
             He spoke before the cuts took effect on January 1.",
            "1987-12-10"
        ),
        [
            pair("January 10", "1988-01-10"),
            pair("January 1", "1988-01-01"),
            pair("January 12", "1987-01-12"),
            pair("March 3", "1987-03-03"),
            pair("January 1", "1988-01-01"),
            pair("January 1", "1987-01-01"),
        ]
    );
    // What a verb of release in the present puts out on the day, past its object.
    assert_eq!(
        dates(
            "The company reports its fourth-quarter results on 28 January. It reported its \
             results on 29 January.",
            "1987-12-10"
        ),
        [
            pair("28 January", "1988-01-28"),
            pair("29 January", "1987-01-29")
        ]
    );
    // The verb that sets the day speaks for it, whatever the sentence's other verbs say;
    // wire copy may leave out its `on`. (Not a noun: `the vote January 10`.)
    assert_eq!(
        dates(
            "Officials said the quota, which takes effect January 1, was cut. The offer \
             expires January 30. The cut took effect January 2. Results of the vote \
             January 10 were announced.",
            "1987-09-22"
        ),
        [
            pair("January 1", "1988-01-01"),
            pair("January 30", "1988-01-30"),
            pair("January 2", "1987-01-02"),
            pair("January 10", "1987-01-10"),
        ]
    );
}

#[test]
fn a_day_something_is_ahead_of_is_to_come_and_a_close_it_owns_has_passed() {
    assert_eq!(
        dates(
            "Wenger has accused Ferguson ahead of Sunday's match. Shares rose ahead of Thursday's auction. Holders get a premium to Friday's closing price, ahead of Monday's close.",
            "2004-10-20"
        ),
        [
            pair("Sunday's", "2004-10-24"),
            pair("Thursday's", "2004-10-21"),
            pair("Friday's", "2004-10-15"),
            pair("Monday's", "2004-10-25"),
        ]
    );
}

#[test]
fn the_end_of_next_or_last_month_is_its_last_day() {
    assert_eq!(
        dates(
            "Rules will be reviewed by the end of next month. Stocks stood at 5 mln at the end of last month.",
            "1987-12-21"
        ),
        [
            pair("the end of next month", "1988-01-31"),
            pair("the end of last month", "1987-11-30"),
        ]
    );
}

#[test]
fn a_participle_s_phrase_set_off_after_a_clause_takes_its_tense() {
    assert_eq!(
        dates(
            "Exports rose in December, after falling in November.",
            "1987-06-01"
        ),
        [pair("December", "1986-12"), pair("November", "1986-11")]
    );
}

#[test]
fn a_day_far_ahead_in_a_clause_looking_back_is_last_year() {
    assert_eq!(
        dates(
            "Shares doubled after the election on Nov. 5. A vote was moved to March 30.",
            "2025-01-02"
        ),
        [pair("Nov. 5", "2024-11-05"), pair("March 30", "2025-03-30")]
    );
    assert_eq!(
        dates(
            "They agreed in December to cut output, which expires on Oct. 31.",
            "1987-03-02"
        ),
        [pair("December", "1986-12"), pair("Oct. 31", "1987-10-31")]
    );
}

#[test]
fn a_passed_day_that_dates_a_thing_stays_this_years_when_the_clause_looks_ahead() {
    assert_eq!(
        dates(
            "The meeting is expected to review the Paris accord of February 22. Talks will resume on March 2. They will meet in the week of March 3.",
            "1987-04-08"
        ),
        [
            pair("February 22", "1987-02-22"),
            pair("March 2", "1988-03-02"),
            pair("March 3", "1988-03-03")
        ]
    );
    // A thing named by its number, and no year in a reference's number.
    assert_eq!(
        dates(
            "Anyone with information is asked to call, quoting incident 412 of 23 November or \
             reference 1234.",
            "2026-12-05"
        ),
        [pair("23 November", "2026-11-23")]
    );
}

#[test]
fn a_weekday_picks_the_year_of_its_date() {
    // 10 September 2024 was a Tuesday, 10 September 2025 a Wednesday.
    assert_eq!(
        dates(
            "A vote is expected on Tuesday 10 September, and Friday, Dec. 12, 2025.",
            "2025-10-15"
        ),
        [
            pair("Tuesday 10 September", "2024-09-10"),
            pair("Friday, Dec. 12, 2025", "2025-12-12")
        ]
    );
}

#[test]
fn months_resolve_against_the_dateline_year() {
    assert_eq!(
        dates(
            "Sales fell in March. Last December was worse, as was October 1985.",
            "1987-04-02"
        ),
        [
            pair("March", "1987-03"),
            pair("Last December", "1986-12"),
            pair("October 1985", "1985-10")
        ]
    );
    assert_eq!(
        dates("It expires at the end of April.", "1987-03-01"),
        [pair("the end of April", "1987-04-30")]
    );
    assert_eq!(
        dates("through the end of the calendar year", "1987-03-01"),
        [pair("the end of the calendar year", "1987-12-31")]
    );
    // A fiscal year's end is its own: the day the text gives, if any.
    assert_eq!(
        dates(
            "before the end of the fiscal year on September 30",
            "1987-03-01"
        ),
        [pair("September 30", "1987-09-30")]
    );
}

#[test]
fn a_weekday_that_ends_a_span_falls_after_its_start() {
    // 1987-10-21 is a Wednesday.
    let got = dates(
        "The exchange suspended trading on Tuesday until Monday. It opened on Monday. Talks ran from 20 October to last Monday.",
        "1987-10-21",
    );
    assert_eq!(
        got,
        [
            pair("Tuesday", "1987-10-20"),
            pair("Monday", "1987-10-26"),
            pair("Monday", "1987-10-19"),
            pair("20 October", "1987-10-20"),
            pair("last Monday", "1987-10-19")
        ]
    );
}

#[test]
fn the_end_of_a_quarter_of_a_year_written_is_its_last_day() {
    let got = dates(
        "The loans will be disbursed by the end of the first quarter of 1988, and the rest by the end of the third quarter of next year.",
        "1987-11-18",
    );
    assert_eq!(
        got,
        [
            pair("the end of the first quarter of 1988", "1988-03-31"),
            pair("the end of the third quarter of next year", "1988-09-30")
        ]
    );
}

#[test]
fn months_goods_are_shipped_in_are_ahead_of_a_purchase() {
    let got = dates(
        "India has bought 200,000 tonnes of rice for shipment between May and July. It last bought rice in December.",
        "1987-04-27",
    );
    assert_eq!(
        got,
        [
            pair("May", "1987-05"),
            pair("July", "1987-07"),
            pair("December", "1986-12")
        ]
    );
    // Written later in the year: the coming ones still, but not the shipments a past
    // verb had resumed.
    let got = dates(
        "India has bought rice for shipment between May and July. Ecuador had resumed \
         shipments in August.",
        "1987-12-08",
    );
    assert_eq!(
        got,
        [
            pair("May", "1988-05"),
            pair("July", "1988-07"),
            pair("August", "1987-08")
        ]
    );
    // A month's shipment, named before the word, is ahead of the sale too; two months
    // written as one are a trading period, no date.
    let got = dates(
        "Dealers sold 1,000 tonnes of April shipment at 1,750 dlrs. Exporters sold 500 tonnes \
         for January shipment. Butter sold 200 tonnes of May/June and closed at 2.8 times for \
         June/July.",
        "1987-02-26",
    );
    assert_eq!(got, [pair("April", "1987-04"), pair("January", "1988-01")]);
}

#[test]
fn end_and_a_month_joined_is_the_month_s_last_day() {
    let got = dates(
        "The quota will be set by end-March. Stocks at end-February were low. Talks end in mid-April.",
        "1987-03-11",
    );
    assert_eq!(
        got,
        [
            pair("end-March", "1987-03-31"),
            pair("end-February", "1987-02-28"),
            pair("mid-April", "1987-04")
        ]
    );
    assert_eq!(
        dates(
            "It will close the plant by year-end. Its year-end results were good.",
            "1987-06-22"
        ),
        [pair("year-end", "1987-12-31")]
    );
    // Said in December, by end-January looks ahead to next January.
    assert_eq!(
        dates("It will decide by end-January.", "1987-12-01"),
        [pair("end-January", "1988-01-31")]
    );
}

#[test]
fn the_end_of_a_quarter_with_no_year_is_this_year_s_or_the_next_one_ahead() {
    let got = dates(
        "It will close the plants by the end of the third quarter, after a first quarter charge. Sales fell by the end of the second quarter. It will sell the unit by the end of the first quarter.",
        "1987-04-08",
    );
    assert_eq!(
        got,
        [
            pair("the end of the third quarter", "1987-09-30"),
            pair("the end of the second quarter", "1987-06-30"),
            pair("the end of the first quarter", "1988-03-31")
        ]
    );
}

#[test]
fn a_month_that_ends_a_span_falls_after_its_start() {
    let got = dates(
        "The wheat is for shipment between November and January. Talks will go on from October to March, as they did from October to March before. The season runs from July to June. Flights between 23 December and 2 January are full.",
        "1987-09-09",
    );
    assert_eq!(
        got,
        [
            pair("November", "1987-11"),
            pair("January", "1988-01"),
            pair("October", "1987-10"),
            pair("March", "1988-03"),
            pair("October", "1986-10"),
            pair("March", "1987-03"),
            pair("July", "1987-07"),
            pair("June", "1987-06"),
            pair("23 December", "1987-12-23"),
            pair("2 January", "1988-01-02")
        ]
    );
}

#[test]
fn what_is_to_be_done_on_a_day_is_ahead_whatever_was_done_before() {
    // 1987-08-03 is a Monday.
    assert_eq!(
        dates(
            "Shareholders approved the deal, clearing the way for the merger to be \
             completed on Wednesday.",
            "1987-08-03"
        ),
        [pair("Wednesday", "1987-08-05")]
    );
    assert_eq!(
        dates(
            "Coldplay received four nominations for the awards, to be held on 9 February.",
            "1987-11-05"
        ),
        [pair("9 February", "1988-02-09")]
    );
}

#[test]
fn what_is_yet_to_be_done_or_ahead_of_a_day_looks_ahead() {
    assert_eq!(
        dates(
            "Zambia has yet to agree terms with the IMF by January 15, an official said. Shares \
             fell ahead of the February 3 review, dealers said. The plant was finished ahead of \
             schedule in March, it said.",
            "1987-12-02"
        ),
        [
            pair("January 15", "1988-01-15"),
            pair("February 3", "1988-02-03"),
            pair("March", "1987-03")
        ]
    );
    // 1987-09-22 is a Tuesday.
    assert_eq!(
        dates(
            "Stocks rose ahead of Friday's figures, dealers said.",
            "1987-09-22"
        ),
        [pair("Friday's", "1987-09-25")]
    );
}

#[test]
fn what_a_term_does_in_the_present_is_set_for_the_coming_day() {
    assert_eq!(
        dates(
            "The scheme closes to new applications on March 31, officials said. The offer, \
             which opens on January 14, was approved. Exports fell in March, it said.",
            "1987-12-02"
        ),
        [
            pair("March 31", "1988-03-31"),
            pair("January 14", "1988-01-14"),
            pair("March", "1987-03")
        ]
    );
}

#[test]
fn what_had_to_be_done_by_a_day_was_due_then() {
    assert_eq!(
        dates(
            "Offers for the last tender had to be submitted by April 20, traders said. The \
             union had until May 3 to reply.",
            "1987-04-27"
        ),
        [pair("April 20", "1987-04-20"), pair("May 3", "1987-05-03")]
    );
}

#[test]
fn what_is_followed_came_first() {
    // 1987-09-22 is a Tuesday.
    assert_eq!(
        dates(
            "The cuts follow a reduction in the repurchase rate on Friday. The bank will cut \
             rates in the following week, on Thursday.",
            "1987-09-22"
        ),
        [pair("Friday", "1987-09-18"), pair("Thursday", "1987-09-24")]
    );
    // (A plural with no article followed too; 1987-05-06 is a Wednesday.)
    assert_eq!(
        dates(
            "Chemical is the fourth bank to raise its rate this week, following moves by \
             Citibank and Chase on Monday.",
            "1987-05-06"
        ),
        [pair("Monday", "1987-05-04")]
    );
}

#[test]
fn weekdays_follow_the_tense() {
    // 2025-08-06 is a Wednesday.
    assert_eq!(
        dates("The pair met in Rome on Wednesday.", "2025-08-06"),
        [pair("Wednesday", "2025-08-06")]
    );
    assert_eq!(
        dates("They will meet again on Friday.", "2025-08-06"),
        [pair("Friday", "2025-08-08")]
    );
    assert_eq!(
        dates(
            "The minister said on Monday that talks failed.",
            "2025-08-06"
        ),
        [pair("Monday", "2025-08-04")]
    );
    assert_eq!(
        dates("All eyes turn to Friday.", "2025-08-06"),
        [pair("Friday", "2025-08-08")]
    );
    // (Written in November: `can be signed on January 2` is the coming January.)
    assert_eq!(
        dates("So it can be signed on January 2.", "1987-11-05"),
        [pair("January 2", "1988-01-02")]
    );
    // `set` on its own is done; `set for` looks ahead.
    assert_eq!(
        dates("It beat the record set on Friday.", "2025-08-06"),
        [pair("Friday", "2025-08-01")]
    );
    assert_eq!(
        dates("A vote is set for Friday.", "2025-08-06"),
        [pair("Friday", "2025-08-08")]
    );
    // Weekdays listed after one still to come fall after it (1987-08-12 is a Wednesday).
    assert_eq!(
        dates(
            "It will sell notes on Tuesday, bills on Wednesday and bonds on Thursday.",
            "1987-08-12"
        ),
        [
            pair("Tuesday", "1987-08-18"),
            pair("Wednesday", "1987-08-19"),
            pair("Thursday", "1987-08-20")
        ]
    );
    assert_eq!(
        dates(
            "He arrived on Wednesday, having left Rome on Monday.",
            "1987-08-12"
        ),
        [
            pair("Wednesday", "1987-08-12"),
            pair("Monday", "1987-08-10")
        ]
    );
    // The deed a charge names was done, whatever the tense of the charging (2026-12-05 is a
    // Saturday).
    assert_eq!(
        dates(
            "He is accused of killing three people on Tuesday. He is expected to be charged \
             with murder on Friday.",
            "2026-12-05"
        ),
        [pair("Tuesday", "2026-12-01"), pair("Friday", "2026-12-11")]
    );
    // A capital inside a sentence is a name's, not a verb in the past (`Met`).
    assert_eq!(
        dates(
            "The Met Office has an amber warning for snow in place for the Highlands until \
             12:00 on Thursday.",
            "1987-12-01"
        ),
        [pair("Thursday", "1987-12-03")]
    );
    // A weekday that bounds the sentence's time is no list to follow: the peak comes first.
    assert_eq!(
        dates(
            "Rivers will stay high until at least Wednesday, with the Severn expected to peak \
             on Tuesday evening.",
            "1987-03-02"
        ),
        [
            pair("Wednesday", "1987-03-04"),
            pair("Tuesday", "1987-03-03")
        ]
    );
    // A move the day owns has happened, though what follows it is still to come.
    assert_eq!(
        dates(
            "The Fed would keep credit plentiful after Monday's 508-point fall.",
            "1987-10-22"
        ),
        [pair("Monday's", "1987-10-19")]
    );
    assert_eq!(
        dates("Dealers will bid in Thursday's auction.", "1987-10-20"),
        [pair("Thursday's", "1987-10-22")]
    );
    assert_eq!(
        dates("See you next Monday.", "2025-08-06"),
        [pair("next Monday", "2025-08-11")]
    );
    assert_eq!(
        dates(
            "The Treasury said it would sell the notes on Friday.",
            "2025-08-06"
        ),
        [pair("Friday", "2025-08-08")]
    );
}

#[test]
fn relative_words() {
    assert_eq!(
        dates(
            "Prices rose yesterday and fell last month; today is calm, and next year too.",
            "2025-01-15"
        ),
        [
            pair("yesterday", "2025-01-14"),
            pair("last month", "2024-12"),
            pair("today", "2025-01-15"),
            pair("next year", "2026")
        ]
    );
    // (In the possessive too.)
    assert_eq!(
        dates(
            "Gold was up from yesterday's close before today's meeting and tomorrow’s vote.",
            "2025-01-15"
        ),
        [
            pair("yesterday's", "2025-01-14"),
            pair("today's", "2025-01-15"),
            pair("tomorrow’s", "2025-01-16")
        ]
    );
}

#[test]
fn time_given_until_a_day_gone_this_year_or_a_deadline_named_by_it_is_next_years() {
    assert_eq!(
        dates(
            "Canada sets a January 15 deadline. It gave the United States until January 15 to respond. It missed the January 10 deadline.",
            "1987-12-01"
        ),
        [
            pair("January 15", "1988-01-15"),
            pair("January 15", "1988-01-15"),
            pair("January 10", "1987-01-10")
        ]
    );
}

#[test]
fn a_later_month_in_the_past_tense_is_last_year() {
    assert_eq!(
        dates(
            "They agreed in December to cut output, which expires in October.",
            "1987-03-02"
        ),
        [pair("December", "1986-12"), pair("October", "1987-10")]
    );
    assert_eq!(
        dates(
            "It had to be the last before the accord expires in October.",
            "1987-03-02"
        ),
        [pair("October", "1987-10")]
    );
    // A month's end too, past its clause when that has no verb.
    assert_eq!(
        dates(
            "Reserves stood at 3.1 billion at the end of January, down from 3.6 billion at the end of December. The loan was signed at the end of November. It will be repaid by the end of December.",
            "1987-02-26"
        ),
        [
            pair("the end of January", "1987-01-31"),
            pair("the end of December", "1986-12-31"),
            pair("the end of November", "1986-11-30"),
            pair("the end of December", "1987-12-31")
        ]
    );
    // A period of results ended on a later day, reported: last year's.
    assert_eq!(
        dates(
            "BCal lost 15 mln stg in the year to October 31. It expects to earn more in the year to October 31. Its budget for the year to September 30 was approved.",
            "1987-05-20"
        ),
        [
            pair("October 31", "1986-10-31"),
            pair("October 31", "1987-10-31"),
            pair("September 30", "1987-09-30")
        ]
    );
    assert_eq!(
        dates(
            "He urged the union to accept before the agreement lapses at the end of July.",
            "1987-06-30"
        ),
        [pair("the end of July", "1987-07-31")]
    );
}

#[test]
fn a_second_day_after_a_month_and_its_day_takes_that_month() {
    assert_eq!(
        dates(
            "It meets on July 7 and 8, and from May 5 to 8.",
            "1987-05-20"
        ),
        [
            pair("July 7", "1987-07-07"),
            pair("8", "1987-07-08"),
            pair("May 5", "1987-05-05"),
            pair("8", "1987-05-08")
        ]
    );
    assert_eq!(
        dates("Rates rose on July 7 and 8 pct is next.", "1987-05-20"),
        [pair("July 7", "1987-07-07")]
    );
    // (A list with commas, which goes on with `and`.)
    assert_eq!(
        dates(
            "Talks were held on March 12, 13 and 14. In the week to March 12, 13 firms failed.",
            "1987-03-20"
        ),
        [
            pair("March 12", "1987-03-12"),
            pair("13", "1987-03-13"),
            pair("14", "1987-03-14"),
            pair("March 12", "1987-03-12")
        ]
    );
    // (Nor an amount: a scale or a currency after the number.)
    assert_eq!(
        dates(
            "It sells notes on May 6 and 9 billion dlrs of bonds on May 7, on July 7 and 8 dlrs of gold.",
            "1987-04-21"
        ),
        [
            pair("May 6", "1987-05-06"),
            pair("May 7", "1987-05-07"),
            pair("July 7", "1987-07-07")
        ]
    );
}

#[test]
fn a_month_in_capitals_with_its_day_is_a_date() {
    assert_eq!(
        dates(
            "MINISTERS TO MEET ON NOVEMBER 14, BY MAY 1 OR IN JUNE",
            "1987-10-20"
        ),
        [
            pair("NOVEMBER 14", "1987-11-14"),
            pair("MAY 1", "1988-05-01")
        ]
    );
    // `MAY` and `MARCH` are verbs too: a date only when nothing follows the day, or a
    // preposition comes before it.
    assert_eq!(
        dates("CHIP PACT TALKS TO RESUME MAY 5", "1987-04-14"),
        [pair("MAY 5", "1987-05-05")]
    );
    assert_eq!(dates("TROOPS MARCH 5 MILES", "1987-04-14"), []);
    assert_eq!(
        dates("SEC GIVES THREE FIRMS UNTIL MARCH 2 TO REPLY", "1987-02-18"),
        [pair("MARCH 2", "1987-03-02")]
    );
    assert_eq!(
        dates("EC SETS MAY 1 DEADLINE FOR BIDS", "1987-03-16"),
        [pair("MAY 1", "1987-05-01")]
    );
    assert_eq!(
        dates("CANADA SETS DEC 31 DEADLINE", "1987-11-05"),
        [pair("DEC 31", "1987-12-31")]
    );
}

#[test]
fn a_year_after_a_preposition_in_capitals_is_a_year() {
    assert_eq!(
        dates(
            "NIPPON STEEL TO CUT 7,000 JOBS BY 1990, BELOW LEVELS SEEN SINCE 1985. Sales of Windows 2000 rose.",
            "1987-04-08"
        ),
        [pair("1990", "1990"), pair("1985", "1985")]
    );
}

#[test]
fn a_year_before_a_verb_is_a_year() {
    assert_eq!(
        dates(
            "The target for 1987 is growth; 1986 was worse, and 2000 cars sold.",
            "1987-06-19"
        ),
        [pair("1987", "1987"), pair("1986", "1986")]
    );
}

#[test]
fn a_delivery_month_is_not_a_date() {
    assert_eq!(
        dates(
            "The March wheat contract rose, and May crude fell; cotton for delivery in May rose. July robusta traded at 1,234 stg. Arabica for September delivery fell and December futures rose.",
            "1987-01-14"
        ),
        [pair("May", "1987-05")]
    );
    assert_eq!(
        dates(
            "April West Texas Intermediate crude settled higher. Output fell in April.",
            "1987-03-18"
        ),
        [pair("April", "1986-04")]
    );
    // (Nor a month before a few words in lower case that end in its contract.)
    assert_eq!(
        dates(
            "August white sugar futures closed higher. December live cattle rose. Sugar \
             rose in August and futures fell.",
            "1987-06-09"
        ),
        [pair("August", "1986-08")]
    );
}

#[test]
fn a_contract_month_priced_in_a_futures_report_is_not_a_date() {
    assert_eq!(
        dates(
            "Soybeans closed higher, with November settling at 5.12-1/4 dlrs. Corn rose, with December at 1.68-3/4 dlrs. Prices rose in March at 5 pct.",
            "1987-08-11"
        ),
        [pair("March", "1987-03")]
    );
}

#[test]
fn mid_month_is_the_month() {
    assert_eq!(
        dates(
            "It will take until mid-July to repair, not mid-term, and run to mid-Dec.",
            "1987-02-17"
        ),
        [pair("mid-July", "1987-07"), pair("mid-Dec", "1987-12")]
    );
    // (Capitalised, or in a headline's capitals; not the Midlands.)
    assert_eq!(
        dates(
            "BANKS MUST REPORT BY MID-APRIL. Mid-May is later. The Midlands grew.",
            "1987-02-17"
        ),
        [pair("MID-APRIL", "1987-04"), pair("Mid-May", "1987-05")]
    );
}

#[test]
fn may_the_month_not_the_name_or_verb() {
    assert_eq!(
        dates("Theresa May said prices may rise in May.", "2005-01-01"),
        [pair("May", "2005-05")]
    );
    assert_eq!(
        dates("Cash runs out by May 1987.", "1987-04-03"),
        [pair("May 1987", "1987-05")]
    );
}

#[test]
fn years_but_not_decades_or_counts() {
    assert_eq!(
        dates("In 1986 the 1990s began; 2000 people came.", "1987-01-01"),
        [pair("1986", "1986")]
    );
}

/// The days of the dates found that are the end of something.
fn ends(got: &[(String, String)]) -> Vec<&str> {
    (got.iter())
        .filter(|(text, _)| text.contains("end"))
        .map(|(_, date)| date.as_str())
        .collect()
}

#[test]
fn the_end_of_a_season_of_two_years_is_no_year_s_end() {
    let got = dates(
        "Stocks will rise by the end of the 1986/87 season on August 31, and by the end of the 1987-88 season. Output fell by the end of 1986.",
        "1987-03-26",
    );
    assert_eq!(ends(&got), ["1986-12-31"]);
    assert!(got.iter().any(|(_, date)| date == "1987-08-31"));
}

#[test]
fn the_end_of_an_event_a_year_dates_is_no_year_s_end() {
    let got = dates(
        "He signed until the end of the 2007 World Cup. Talks run to the end of the 2005 campaign. Output fell by the end of 2006 and by the end of the year.",
        "2005-03-26",
    );
    assert_eq!(ends(&got), ["2006-12-31", "2005-12-31"]);
}

#[test]
fn a_weekday_its_clause_is_ahead_of_is_still_to_come() {
    // (Written on a Tuesday.)
    assert_eq!(
        dates(
            "Dealers said producers had held back sales, and buying was strong ahead of the Tokyo market's close for a holiday on Thursday. The plant had opened ahead of schedule on Monday.",
            "1987-01-20",
        ),
        [pair("Thursday", "1987-01-22"), pair("Monday", "1987-01-19")]
    );
}

#[test]
fn a_day_long_gone_that_something_takes_effect_from_is_next_year_s() {
    assert_eq!(
        dates(
            "The rules take effect from April 1. The ban comes into force from May 1. The old rules took effect from June 1.",
            "1987-12-10",
        ),
        [
            pair("April 1", "1988-04-01"),
            pair("May 1", "1988-05-01"),
            pair("June 1", "1987-06-01")
        ]
    );
}

#[test]
fn a_week_or_a_quarter_just_ended_is_this_year_s_whatever_is_still_to_come() {
    assert_eq!(
        dates(
            "Data for the week ending March 9 will be released on March 19. Results for the quarter ended February 28 will follow. The fiscal year ending March 5 will be a record.",
            "1987-03-12",
        ),
        [
            pair("March 9", "1987-03-09"),
            pair("March 19", "1987-03-19"),
            pair("February 28", "1987-02-28"),
            pair("March 5", "1988-03-05"),
        ]
    );
}

#[test]
fn a_sentence_opening_on_in_and_a_year_is_dated_whatever_plural_follows() {
    assert_eq!(
        dates(
            "In 2000 protests at refineries led to shortages. Since 1998 talks have stalled. It hit 2000 homes. Last year's rise was 5.9%, and in 2003 bills went up by 12.9%. It is sold in 2000 shops.",
            "2005-03-01",
        ),
        [pair("2000", "2000"), pair("1998", "1998"), pair("2003", "2003")]
    );
}

#[test]
fn what_has_been_since_a_day_looks_back_to_it_whatever_modal_stands_before() {
    assert_eq!(
        dates(
            "Prices have been below the \"must buy\" level since July 31.",
            "1987-08-18",
        ),
        [pair("July 31", "1987-07-31")]
    );
}

#[test]
fn a_day_a_condition_put_in_the_past_set_not_long_ago_is_this_years() {
    assert_eq!(
        dates(
            "Washington had threatened sanctions unless Tokyo agreed to open its market by October 1. \
             It will act unless Tokyo opens its market by October 1.",
            "1987-10-02"
        ),
        [pair("October 1", "1987-10-01"), pair("October 1", "1988-10-01")]
    );
}

#[test]
fn a_record_day_just_gone_is_this_years_whatever_the_payments_tense() {
    assert_eq!(
        dates(
            "The next dividend is due on July 1 to shareholders of record on June 12.",
            "1987-06-17"
        ),
        [pair("July 1", "1987-07-01"), pair("June 12", "1987-06-12")]
    );
}

#[test]
fn the_sales_of_a_month_most_of_a_year_ahead_are_the_month_just_gone() {
    assert_eq!(
        dates(
            "Chrysler Corp will report its December sales on Thursday. GM expects strong December sales.",
            "1987-01-06"
        ),
        [
            pair("December", "1986-12"),
            pair("Thursday", "1987-01-08"),
            pair("December", "1986-12"),
        ]
    );
    assert_eq!(
        dates("GM expects strong December sales.", "1987-11-06"),
        [pair("December", "1987-12")]
    );
}

#[test]
fn the_month_figures_are_for_is_the_month_they_report_on() {
    // (Gone by, whatever their release looks ahead to; and `May` so written is the month.)
    assert_eq!(
        dates(
            "The government will publish its trade figures for March on June 25. Data for \
             May were weak. The April and May figures rose. Support for May was weak.",
            "1987-06-10"
        ),
        [
            pair("March", "1987-03"),
            pair("June 25", "1987-06-25"),
            pair("May", "1987-05"),
            pair("April", "1987-04"),
            pair("May", "1987-05"),
        ]
    );
}

#[test]
fn the_verb_of_a_comparison_says_no_tense_of_its_clause() {
    assert_eq!(
        dates(
            "Iraq said it would produce as much as it wanted from January 1.",
            "1987-12-14"
        ),
        [pair("January 1", "1988-01-01")]
    );
}

#[test]
fn a_period_closed_on_a_day_its_results_are_reported_past_is_gone() {
    let got = dates(
        "Pre-tax profits for the three months to December 31 were 705 mln stg. Profit in the \
         year to December 31 rose 10 pct. Profit in the year to December 31 will rise.",
        "1987-02-10",
    );
    assert_eq!(
        got,
        [
            pair("December 31", "1986-12-31"),
            pair("December 31", "1986-12-31"),
            pair("December 31", "1987-12-31")
        ]
    );
}

#[test]
fn a_month_soon_to_come_hoped_for_by_is_this_year_s_but_one_reached_by_is_gone() {
    assert_eq!(
        dates(
            "The government sent a telex, and hoped for a reply by mid-October. Sales had \
             reached 5 mln by December.",
            "1987-09-29"
        ),
        [pair("mid-October", "1987-10"), pair("December", "1986-12")]
    );
}

#[test]
fn a_yearly_span_starts_before_it_ends() {
    assert_eq!(
        dates(
            "The quota for the current year, which runs from January 1 to December 31, is 1.25 \
             mln tons. The crop year runs from October 1 to September 30.",
            "1987-08-04"
        ),
        [
            pair("January 1", "1987-01-01"),
            pair("December 31", "1987-12-31"),
            pair("October 1", "1986-10-01"),
            pair("September 30", "1987-09-30")
        ]
    );
}

#[test]
fn a_day_in_a_sentence_about_a_past_year_s_results_is_in_that_year() {
    assert_eq!(
        dates(
            "1986 results include Eastern Airlines Inc from November 25. The airline will \
             report on November 25.",
            "1987-03-05"
        ),
        [
            pair("1986", "1986"),
            pair("November 25", "1986-11-25"),
            pair("November 25", "1987-11-25")
        ]
    );
}

#[test]
fn the_period_a_change_is_from_is_the_one_last_closed() {
    assert_eq!(
        dates(
            "The budget will cut the deficit to 2.2 billion dlrs from 4.1 billion in the year \
             to June 30. Profits in the year to June 30 will rise.",
            "1987-08-14"
        ),
        [pair("June 30", "1987-06-30"), pair("June 30", "1988-06-30")]
    );
}

#[test]
fn the_end_of_next_or_last_month_named_is_that_month_s_last_day() {
    assert_eq!(
        dates(
            "It will close its smelter by the end of next March. It closed another at the end \
             of last March.",
            "1987-11-12"
        ),
        [
            pair("the end of next March", "1988-03-31"),
            pair("the end of last March", "1987-03-31")
        ]
    );
}

#[test]
fn a_day_set_off_after_asides_takes_the_tense_of_the_verb_before_them() {
    assert_eq!(
        dates(
            "The unit was sold for $9.4bn to a little-known firm, Baikal Finance Group, on 19 \
             December.",
            "2005-03-01"
        ),
        [pair("19 December", "2004-12-19")]
    );
}

#[test]
fn a_modals_perfect_looks_back_and_will_have_ahead() {
    assert_eq!(
        dates(
            "Prices should have been fixed by July 1. The pact would have expired on June 30. \
             Talks will have finished by July 31. Stocks should have been sold by the end of \
             June.",
            "1987-08-11"
        ),
        [
            pair("July 1", "1987-07-01"),
            pair("June 30", "1987-06-30"),
            pair("July 31", "1988-07-31"),
            pair("the end of June", "1987-06-30"),
        ]
    );
}

#[test]
fn a_weekday_still_to_come_on_that_weekday_is_next_weeks() {
    // 1987-03-26 was a Thursday.
    assert_eq!(
        dates(
            "Ministers met on Monday and will meet again on Thursday.",
            "1987-03-26"
        ),
        [pair("Monday", "1987-03-23"), pair("Thursday", "1987-04-02")]
    );
}

#[test]
fn end_hyphened_to_a_year_is_its_last_day() {
    assert_eq!(
        dates(
            "The loan is due for review by end-1987; the end-1986 figure was lower.",
            "1987-03-26"
        ),
        [
            pair("end-1987", "1987-12-31"),
            pair("end-1986", "1986-12-31")
        ]
    );
}

#[test]
fn a_day_things_have_gone_on_since_is_gone() {
    assert_eq!(
        dates(
            "About 22,000 workers have been off the job since August 1, when the contract \
             expired.",
            "1987-05-05"
        ),
        [pair("August 1", "1986-08-01")]
    );
    // (A day gone this year stays this year's.)
    assert_eq!(
        dates("Prices have risen since April 1.", "1987-05-05"),
        [pair("April 1", "1987-04-01")]
    );
}

#[test]
fn a_day_a_verb_in_the_past_ran_out_or_began_on_is_gone() {
    assert_eq!(
        dates("The union's contract expired on August 1.", "1987-05-05"),
        [pair("August 1", "1986-08-01")]
    );
    // (A day or two ahead is the wire's slip, not a year gone.)
    assert_eq!(
        dates(
            "Its current contract expired on September 15.",
            "1987-09-14"
        ),
        [pair("September 15", "1987-09-15")]
    );
    // (Still to come.)
    assert_eq!(
        dates("The offer was due to expire on August 1.", "1987-05-05"),
        [pair("August 1", "1987-08-01")]
    );
}

#[test]
fn a_span_s_start_without_its_year_is_in_the_year_its_end_writes() {
    assert_eq!(
        dates(
            "It ran the contest between January and March last year. Shipments between \
             December and February 1986 rose. It ran from 20 December to 5 January 1986.",
            "1987-06-30"
        ),
        [
            pair("January", "1986-01"),
            pair("March last year", "1986-03"),
            pair("December", "1985-12"),
            pair("February 1986", "1986-02"),
            pair("20 December", "1985-12-20"),
            pair("5 January 1986", "1986-01-05"),
        ]
    );
}

#[test]
fn an_action_called_for_a_day_long_gone_this_year_is_next_year_s() {
    assert_eq!(
        dates(
            "The union has called an overtime ban for January 11. Unions have called another \
             day of strikes for January 31. Sales rose on January 20.",
            "1987-12-18"
        ),
        [
            pair("January 11", "1988-01-11"),
            pair("January 31", "1988-01-31"),
            pair("January 20", "1987-01-20"),
        ]
    );
}

#[test]
fn a_month_what_is_expected_now_looks_ahead_to_is_the_coming_one() {
    assert_eq!(
        dates(
            "The Treasury is expected to publish a review before the Budget in March. Talks \
             are likely to resume in April. Sales rose before the Budget in May.",
            "2026-12-05"
        ),
        [
            pair("March", "2027-03"),
            pair("April", "2027-04"),
            pair("May", "2026-05")
        ]
    );
}

#[test]
fn a_participle_after_what_is_wanted_is_still_to_be_done() {
    assert_eq!(
        dates(
            "Proxmire has said he wants a bill passed by the end of March. The bill was passed \
             by the end of March. He wanted the deal approved by May 1.",
            "1987-10-20"
        ),
        [
            pair("the end of March", "1988-03-31"),
            pair("the end of March", "1987-03-31"),
            pair("May 1", "1987-05-01"),
        ]
    );
}

#[test]
fn a_weekday_a_verb_in_the_present_sets_is_ahead_whatever_the_saying() {
    // Written on Monday 1 June 1987.
    assert_eq!(
        dates(
            "The new tariffs take effect on Saturday, the ministry said.",
            "1987-06-01"
        ),
        vec![pair("Saturday", "1987-06-06")]
    );
    assert_eq!(
        dates(
            "The new tariffs took effect on Saturday, the ministry said.",
            "1987-06-01"
        ),
        vec![pair("Saturday", "1987-05-30")]
    );
}

#[test]
fn an_irregular_past_or_hopes_held_look_back_to_the_weekday() {
    // Written on Sunday 6 December 2026.
    assert_eq!(
        dates(
            "Wales kept their Six Nations title hopes alive with a win on Saturday.",
            "2026-12-06"
        ),
        vec![pair("Saturday", "2026-12-05")]
    );
    assert_eq!(
        dates(
            "The striker felt a twinge in training on Friday.",
            "2026-12-06"
        ),
        vec![pair("Friday", "2026-12-04")]
    );
    // (The verb `hopes` still looks ahead.)
    assert_eq!(
        dates("The coach hopes to name his side on Friday.", "2026-12-06"),
        vec![pair("Friday", "2026-12-11")]
    );
}

#[test]
fn a_year_before_a_singular_in_us_is_a_year_not_a_count() {
    assert_eq!(
        dates(
            "The 2011 census had a response rate of 94.4%.",
            "2021-03-01"
        ),
        vec![pair("2011", "2011")]
    );
    // (A count of a plural is still no year.)
    assert_eq!(
        dates("About 2000 buses were sold.", "2021-03-01"),
        Vec::<(String, String)>::new()
    );
}

#[test]
fn a_house_s_number_before_its_street_is_no_year() {
    assert_eq!(
        dates(
            "The tower at 1251 Avenue of the Americas was sold in 1986, and 1600 Pennsylvania \
             Avenue was repainted.",
            "1987-05-28"
        ),
        [("1986".to_string(), "1986".to_string())]
    );
}
