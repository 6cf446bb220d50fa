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

/// The names found in `text`, in the order `kinds` gives them.
fn found_names(text: &str) -> Vec<String> {
    kinds(text).into_iter().map(|(name, _)| name).collect()
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
fn an_honorific_names_the_person_of_the_surname_not_the_body_named_after_them() {
    let got = names(
        "Lakshmi Mittal has agreed to buy ISG. The company, to be called Mittal Steel, will \
         grow. Mr Mittal said it was historic.",
    );
    let people: Vec<(&str, usize)> = got
        .iter()
        .filter(|(_, kind, _)| *kind == EntityKind::Person)
        .map(|(name, _, mentions)| (name.as_str(), *mentions))
        .collect();
    assert_eq!(people, [("Lakshmi Mittal", 2)]);
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
fn a_possessive_after_at_owning_nothing_is_a_name_with_its_s() {
    let names = found_names("England won at Lord's to take the lead. It sold at Christie's in London. The plan is like Australia's but cheaper. It rained at Ann Smith's party.");
    assert_eq!(
        names,
        [
            "Ann Smith",
            "Australia",
            "Christie's",
            "England",
            "London",
            "Lord's"
        ]
    );
}

#[test]
fn people_of_a_kind_for_a_person_are_no_body_but_a_body_for_a_place_is() {
    assert_eq!(
        kinds("Lawyers for Calisto Tanzi say he did not know. Supporters of Mr Blair say he is right. Transport for Wales said trains would run."),
        [
            ("Blair".into(), EntityKind::Person),
            ("Calisto Tanzi".into(), EntityKind::Person),
            ("Transport for Wales".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_short_given_name_with_the_same_surname_is_the_same_person() {
    assert_eq!(
        names("Kenneth Lay founded Enron. Jeffrey Skilling ran it. \"We will clear Ken Lay's name,\" said his lawyer. Ann Lay and Anna Jones were not there."),
        [
            ("Kenneth Lay".into(), EntityKind::Person, 2),
            ("Ann Lay".into(), EntityKind::Person, 1),
            ("Anna Jones".into(), EntityKind::Person, 1),
            ("Enron".into(), EntityKind::Other, 1),
            ("Jeffrey Skilling".into(), EntityKind::Person, 1),
        ]
    );
}

#[test]
fn a_pet_form_of_a_given_name_is_the_person_given_it() {
    assert_eq!(
        names("Daniel Price died in June. \"We miss Danny,\" said Jade Evans. Bill Clinton met William Clinton's aide."),
        [
            ("Bill Clinton".into(), EntityKind::Person, 2),
            ("Daniel Price".into(), EntityKind::Person, 2),
            ("Jade Evans".into(), EntityKind::Person, 1),
        ]
    );
}

#[test]
fn initials_with_for_written_small_are_the_body_s() {
    assert_eq!(
        names("The Department for Transport confirmed it. A DfT spokeswoman said more."),
        [(
            "Department for Transport".into(),
            EntityKind::Organization,
            2
        )]
    );
}

#[test]
fn a_european_company_is_its_name_without_its_legal_form() {
    assert_eq!(
        names("Fiat SpA said profit rose. Sales at Fiat rose too, and Siemens AG and Volvo AB agreed."),
        [
            ("Fiat SpA".into(), EntityKind::Organization, 2),
            ("Siemens AG".into(), EntityKind::Organization, 1),
            ("Volvo AB".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn a_name_and_a_title_holder_joined_by_and_are_two_names() {
    let names = found_names("Talks between Prime Minister Tony Blair and President George Bush ended. It was signed by Finance Minister Gibson Chigaga and IMF Managing Director Michel Camdessus. House Ways and Means Committee Chairman Dan Rostenkowski said no. It was announced by the Trade and Industry Secretary Patricia Hewitt.");
    assert_eq!(
        names,
        [
            "Dan Rostenkowski",
            "George Bush",
            "Gibson Chigaga",
            "House Ways and Means Committee",
            "IMF",
            "Michel Camdessus",
            "Patricia Hewitt",
            "Tony Blair"
        ]
    );
}

#[test]
fn two_titles_hyphened_into_one_are_a_title() {
    assert_eq!(
        kinds("He met U.N. Secretary-General Javier Perez de Cuellar. Later, BBC Director-General Greg Dyke spoke."),
        [
            ("BBC".into(), EntityKind::Organization),
            ("Greg Dyke".into(), EntityKind::Person),
            ("Javier Perez de Cuellar".into(), EntityKind::Person),
            ("U.N.".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_vice_title_opening_a_sentence_is_no_part_of_the_name() {
    assert_eq!(
        kinds("Vice-chairman David Dein agreed. Vice-captain Rio Ferdinand did not."),
        [
            ("David Dein".into(), EntityKind::Person),
            ("Rio Ferdinand".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_name_counted_in_the_plural_is_no_person() {
    assert_eq!(
        kinds("Arsene Wenger has won four FA Cups. Robbie Williams won two Brit Awards."),
        [
            ("Arsene Wenger".into(), EntityKind::Person),
            ("Brit Award".into(), EntityKind::Other),
            ("FA Cup".into(), EntityKind::Other),
            ("Robbie Williams".into(), EntityKind::Person),
        ]
    );
    // (An event named only in the plural keeps its name.)
    assert_eq!(
        kinds("He won medals across four Olympic Games."),
        [("Olympic Games".into(), EntityKind::Other)]
    );
}

#[test]
fn a_party_named_by_a_member_and_in_the_plural_is_one_body_named_in_the_plural() {
    assert_eq!(
        kinds("Tory co-chairman Liam Fox agreed, and the Tories cheered."),
        [
            ("Tories".into(), EntityKind::Organization),
            ("Liam Fox".into(), EntityKind::Person),
        ]
    );
    // A maker is not named by the plural of what it makes.
    let got = names("Sony said sales rose. Dealers sold 300 Sonys.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Sony"]);
}

#[test]
fn a_person_of_a_body_its_first_word_names_is_two_names() {
    assert_eq!(
        kinds("It is a scandal, said Dot Gibson of the National Pensioners Convention."),
        [
            ("Dot Gibson".into(), EntityKind::Person),
            (
                "National Pensioners Convention".into(),
                EntityKind::Organization
            ),
        ]
    );
    // A person named by a given name, past a police officer's title, whose surname is also a
    // place's word; a force of two counties.
    assert_eq!(
        kinds("The court sat. Det Con Sarah Hill of Avon and Somerset Police said it."),
        [
            ("Avon and Somerset Police".into(), EntityKind::Organization),
            ("Sarah Hill".into(), EntityKind::Person),
        ]
    );
    assert_eq!(
        kinds("The court sat. Det Ch Supt Jason Tingley said it. Commander Jane Connors agreed."),
        [
            ("Jane Connors".into(), EntityKind::Person),
            ("Jason Tingley".into(), EntityKind::Person),
        ]
    );
    assert_eq!(
        kinds("The court sat. Sarah Hill of Devon Police said it."),
        [
            ("Devon Police".into(), EntityKind::Organization),
            ("Sarah Hill".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_panel_is_a_body() {
    assert_eq!(
        kinds("Bidders need the permission of the Takeover Panel."),
        [("Takeover Panel".into(), EntityKind::Organization)]
    );
}

#[test]
fn names_listed_after_places_of_a_kind_are_places() {
    let got = kinds("Ships left the ports of Rosario and Bahia Blanca, and the cities of Basra, Najaf and Kerbala.");
    let places = got.iter().filter(|(_, k)| *k == EntityKind::Place).count();
    assert_eq!(places, 5, "{got:?}");
    let got = kinds("It adds power in the states of Uttar Pradesh and Madhya Pradesh.");
    assert_eq!(
        got,
        [
            ("Madhya Pradesh".into(), EntityKind::Place),
            ("Uttar Pradesh".into(), EntityKind::Place)
        ]
    );
}

#[test]
fn a_body_s_words_and_its_country_are_a_body() {
    assert_eq!(
        kinds("Cancer Research UK and Mary Jane England agree."),
        [
            ("Cancer Research UK".into(), EntityKind::Organization),
            ("Mary Jane England".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_place_is_known_by_its_first_word_or_its_isles() {
    assert_eq!(
        kinds("They climbed Mount Kenya near Lake Victoria, flew to the Western Isles and the Isle of Lewis and saw doctors at Mount Sinai Hospital."),
        [
            ("Isle of Lewis".into(), EntityKind::Place),
            ("Lake Victoria".into(), EntityKind::Place),
            ("Mount Kenya".into(), EntityKind::Place),
            ("Mount Sinai Hospital".into(), EntityKind::Organization),
            ("Western Isles".into(), EntityKind::Place),
        ]
    );
    assert_eq!(
        kinds(
            "Power was cut across County Durham and at its Port Talbot plant, but Durham County \
             Council said roads were open."
        ),
        [
            ("County Durham".into(), EntityKind::Place),
            ("Durham County Council".into(), EntityKind::Organization),
            ("Port Talbot".into(), EntityKind::Place),
        ]
    );
    // A farm and a corner are places by their last word.
    assert_eq!(
        kinds("The road by Scotch Corner was shut, as was the one to Worthy Farm."),
        [
            ("Scotch Corner".into(), EntityKind::Place),
            ("Worthy Farm".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_district_judge_s_title_is_no_place() {
    assert_eq!(
        kinds("US District Judge Sim Lake rejected the request."),
        [
            ("Sim Lake".into(), EntityKind::Person),
            ("US".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_title_word_after_a_given_name_is_a_surname() {
    assert_eq!(
        kinds("Promoter Paul Sergeant expects a sell-out. Former captain Steve General agreed. General Steve Rose did not."),
        [
            ("Paul Sergeant".into(), EntityKind::Person),
            ("Steve General".into(), EntityKind::Person),
            ("Steve Rose".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_player_s_position_opening_a_sentence_is_not_his_name() {
    assert_eq!(
        kinds(
            "Fly-half Gavin Henson kicked the Export Enhancement Program out. The band Keane wept."
        ),
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
    // Without its legal form: a word that names a thing says so.
    assert_eq!(
        kinds("A partnership of General Acquisition bid. General Dynamics agreed. General Noriega spoke before the General Election."),
        [
            ("General Acquisition".into(), EntityKind::Organization),
            ("General Dynamics".into(), EntityKind::Organization),
            ("General Election".into(), EntityKind::Other),
            ("Noriega".into(), EntityKind::Person),
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
fn a_standing_after_a_name_is_not_part_of_it() {
    let names = found_names("The win leaves Chelsea 11 points clear of Arsenal. Labour 20 seats short, BBC Radio 4 points out.");
    assert_eq!(names, ["Arsenal", "BBC Radio 4", "Chelsea", "Labour"]);
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
    let found = names("It won 50 Labour-held seats and sent aid to Israeli-occupied Gaza.");
    assert!(!found.iter().any(|(n, ..)| n.contains('-')), "{found:?}");
    let found =
        names("The buyer was a front for Kremlin-friendly interests and Europe-focused funds.");
    assert!(!found.iter().any(|(n, ..)| n.contains('-')), "{found:?}");
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
    let names = found_names("Sony Computer Entertainment president Ken Kutaragi spoke.");
    assert_eq!(names, ["Ken Kutaragi", "Sony Computer Entertainment"]);
}

#[test]
fn a_company_in_camel_case_is_a_name_but_a_product_is_not() {
    let names =
        found_names("Rival easyJet and eBay reported. Sales of the iPod rose, as did mRNA tests. Jobs went at operator mmO2.");
    assert_eq!(names, ["eBay", "easyJet", "mmO2"]);
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
fn an_honorific_says_a_person_where_a_which_after_the_name_said_a_body() {
    let found = kinds(
        "The craft, designed by Burt Rutan, which won the Ansari X-Prize, is ready. Mr Rutan \
         said so. Network Rail, which owns the track, agreed.",
    );
    assert_eq!(
        found,
        [
            ("Burt Rutan".into(), EntityKind::Person),
            ("Ansari X-Prize".into(), EntityKind::Other),
            ("Network Rail".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_hit_after_its_owner_and_works_listed_after_their_kind_are_works_each() {
    assert_eq!(
        kinds(
            "He sang his hit Candle in the Wind. The star, whose hits include Rocket Man and \
             Candle in the Wind, is touring. The storm hit Florida. Her films include Gone with \
             the Wind and The Aviator."
        ),
        [
            ("Candle in the Wind".into(), EntityKind::Other),
            ("Florida".into(), EntityKind::Place),
            ("Gone with the Wind".into(), EntityKind::Other),
            ("Rocket Man".into(), EntityKind::Other),
            ("The Aviator".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_work_named_for_a_person_is_not_the_person() {
    let got =
        names("The musical biopic Ray, about singer Ray Charles, won. Jamie Foxx plays Charles.");
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("Ray Charles", 2), ("Jamie Foxx", 1), ("Ray", 1)]);
}

#[test]
fn a_work_named_by_a_persons_first_name_is_not_the_person() {
    // `who plays Ray Charles` says nothing of Ray Charles but the name's length.
    let got = kinds(
        "The musical biopic Ray received seven nominations. Jamie Foxx, who plays Ray Charles, was nominated.",
    );
    assert_eq!(
        got,
        [
            ("Jamie Foxx".into(), EntityKind::Person),
            ("Ray".into(), EntityKind::Other),
            ("Ray Charles".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_knight_called_by_his_first_name_is_the_person_of_that_name() {
    let got = names(
        "EasyJet founder Stelios Haji-Ioannou plans cinemas.\n\nSir Stelios said it would work.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("Stelios Haji-Ioannou", 2), ("EasyJet", 1)]);
}

#[test]
fn a_companys_arm_in_a_place_is_not_the_company() {
    let got = names("Nintendo of America chief Reggie Fils-Aime spoke. Rival Nintendo sold more.");
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(
        n,
        [
            ("Nintendo", 1),
            ("Nintendo of America", 1),
            ("Reggie Fils-Aime", 1)
        ]
    );
}

#[test]
fn a_peer_of_a_place_is_one_person() {
    let got = names(
        "Former Law Lord Lord Lloyd of Berwick spoke. Baroness Kennedy of the Shaws agreed.\n\nLord Lloyd's view won. Lord King of British Airways said no.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1, g.2)).collect();
    assert_eq!(
        n,
        [
            ("Lord Lloyd of Berwick", EntityKind::Person, 2),
            ("Baroness Kennedy of the Shaws", EntityKind::Person, 1),
            ("British Airways", EntityKind::Organization, 1),
            ("Lord King", EntityKind::Person, 1),
        ]
    );
    // A peer joined to another name by `and`: each is one person.
    let got = names(
        "Lord Howard of Lympne and Lord Smith spoke.\n\nLord Hurd of Westwell and Labour's \
         Baroness Jay agreed.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        n,
        [
            ("Baroness Jay", EntityKind::Person),
            ("Labour", EntityKind::Organization),
            ("Lord Howard of Lympne", EntityKind::Person),
            ("Lord Hurd of Westwell", EntityKind::Person),
            ("Lord Smith", EntityKind::Person),
        ]
    );
}

#[test]
fn a_programme_named_for_two_fields_is_one_name() {
    let got = found_names(
        "The UK's Mobile Telecommunications and Health Research programme will report. Tony Blair and Gordon Brown project unity.",
    );
    assert_eq!(
        got,
        [
            "Gordon Brown",
            "Mobile Telecommunications and Health Research",
            "Tony Blair",
            "UK"
        ]
    );
}

#[test]
fn a_name_counted_in_the_plural_is_named_in_the_singular_unless_written_so_uncounted() {
    let got = names(
        "Vieira won four FA Cups with Arsenal. He scored in the FA Cup final.\n\nShe has won two Brit Awards. The Brit Awards were held in London.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(
        n,
        [
            ("Brit Awards", 2),
            ("FA Cup", 2),
            ("Arsenal", 1),
            ("London", 1)
        ]
    );
}

#[test]
fn a_persons_surname_before_a_title_is_no_body() {
    let got = kinds(
        "Tim Henman lost.\n\nHenman's coach Paul Annacone said he was hurt. Villa boss David O'Leary met Aston Villa fans.",
    );
    assert_eq!(
        got,
        [
            ("Aston Villa".into(), EntityKind::Organization),
            ("Tim Henman".into(), EntityKind::Person),
            ("David O'Leary".into(), EntityKind::Person),
            ("Paul Annacone".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_body_named_in_an_aside_after_its_kind_is_a_body() {
    let found =
        kinds("The company, Virgin Galactic, will fly. He joined the firm, Tom Smith said.");
    assert_eq!(
        found,
        [
            ("Tom Smith".into(), EntityKind::Person),
            ("Virgin Galactic".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_title_two_hold_is_no_part_of_the_first_name() {
    let found = kinds(
        "Co-founders Larry Page and Sergey Brin met. United are 11 points behind leaders Chelsea.",
    );
    let persons: Vec<&str> = (found.iter())
        .filter(|(_, kind)| *kind == EntityKind::Person)
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(persons, ["Larry Page", "Sergey Brin"]);
}

#[test]
fn a_contraction_inside_a_title_is_no_owner_s_possessive() {
    let found = kinds("It was a remake of the hit Do They Know It's Christmas? by Band Aid.");
    assert!(
        found.contains(&("Do They Know It's Christmas?".into(), EntityKind::Other)),
        "{found:?}"
    );
}

#[test]
fn a_subtitle_after_a_colon_written_onto_a_name_is_a_work_s_without_more_said() {
    let found = kinds(
        "Sales were driven by hits such as Grand Theft Auto: San Andreas and Halo 2. Last \
         year's winner, The Lord of the Rings: The Return of the King, took five awards.\n\n\
         Man Utd: Carroll, Neville, Ferdinand.\n\nThe Daily Mail: Labour is doomed, it said.",
    );
    let works: Vec<&str> = (found.iter())
        .filter(|(name, _)| name.contains(':'))
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(
        works,
        [
            "Grand Theft Auto: San Andreas",
            "The Lord of the Rings: The Return of the King"
        ]
    );
    assert!(found.iter().any(|(name, _)| name == "Halo 2"));
    assert!(found.iter().any(|(name, _)| name == "Labour"));
    assert!(found
        .iter()
        .filter(|(name, _)| name.contains(':'))
        .all(|(_, kind)| *kind == EntityKind::Other));
}

#[test]
fn a_work_s_subtitle_after_a_colon_is_part_of_its_title() {
    let found = kinds(
        "Eidos sold a million copies of Hitman: Blood Money. Lucas made the film Star Wars: \
         Episode III. Her book Harry Potter sold.",
    );
    let works: Vec<&str> = (found.iter())
        .filter(|(_, kind)| *kind == EntityKind::Other)
        .map(|(name, _)| name.as_str())
        .collect();
    assert_eq!(
        works,
        [
            "Harry Potter",
            "Hitman: Blood Money",
            "Star Wars: Episode III"
        ]
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
    let got = names("Mr Smith quit the UK Independence Party. UKIP leader Roger Knapman spoke.");
    assert!(
        got.contains(&("UK Independence Party".into(), EntityKind::Organization, 2)),
        "{got:?}"
    );
}

#[test]
fn a_bodys_head_noun_after_a_plural_possessive_stays_the_bodys_before_a_title() {
    for (text, body) in [
        (
            "National Farmers' Union president Tom Bradshaw told the crowd.",
            "National Farmers' Union",
        ),
        (
            "The rail strike went ahead. Transport Workers' Union leader Ann Lee spoke.",
            "Transport Workers' Union",
        ),
    ] {
        let found = kinds(text);
        assert!(
            found.contains(&(body.into(), EntityKind::Organization)),
            "{found:?}"
        );
        assert!(
            found
                .iter()
                .all(|(n, _)| !n.ends_with("Farmers") && !n.ends_with("Workers")),
            "{found:?}"
        );
    }
}

#[test]
fn a_title_word_opening_a_place_s_name_is_the_place_s() {
    let found = kinds(
        "Fans gathered at the King Power Stadium. Detective Chief Inspector Sue Hill said the \
         pilot died. Prince William County voted. US District Judge Sim Lake ruled.",
    );
    assert_eq!(
        found,
        [
            ("King Power Stadium".into(), EntityKind::Place),
            ("Prince William County".into(), EntityKind::Place),
            ("Sim Lake".into(), EntityKind::Person),
            ("Sue Hill".into(), EntityKind::Person),
            ("US".into(), EntityKind::Place)
        ]
    );
}

#[test]
fn an_airliner_s_model_is_no_part_of_its_maker_s_name() {
    assert_eq!(
        found_names(
            "Ryanair ordered 50 Boeing 737 Max jets. EasyJet flies Airbus A320 planes. A Boeing \
             777 landed."
        ),
        ["Boeing", "Airbus", "EasyJet", "Ryanair"]
    );
}

#[test]
fn a_place_takes_no_on_into_its_name() {
    let found = kinds("The deal follows pressure from Washington on Tokyo to open its market.");
    assert_eq!(
        found,
        [
            ("Tokyo".into(), EntityKind::Place),
            ("Washington".into(), EntityKind::Place)
        ]
    );
}

#[test]
fn a_name_takes_no_on_before_a_known_place_but_a_body_s_noun_does() {
    assert_eq!(
        found_names(
            "Gusts hit the Needles on the Isle of Wight. The Commission on Scotland met. The \
             Council on Foreign Relations met."
        ),
        [
            "Commission on Scotland",
            "Council on Foreign Relations",
            "Isle of Wight",
            "Needles"
        ]
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
    // A body known by the words before the apostrophe owns the one after it.
    for text in [
        "Aid from the United Nations' World Food Programme arrived.",
        "The United Nations' World Food Programme appealed.",
    ] {
        let found = kinds(text);
        assert_eq!(
            found,
            [
                ("United Nations".into(), EntityKind::Organization),
                ("World Food Programme".into(), EntityKind::Organization)
            ],
            "{text}"
        );
    }
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
fn a_capitalised_the_after_and_opens_a_name_of_its_own() {
    let names = |text: &str| {
        kinds(text)
            .into_iter()
            .map(|(name, _)| name)
            .collect::<Vec<_>>()
    };
    assert_eq!(
        names("He wrote for Punch and The Times before the war."),
        ["Punch", "The Times"]
    );
    assert_eq!(
        names("Titles include Shrek and The Polar Express."),
        ["Polar Express", "Shrek"]
    );
}

#[test]
fn a_name_set_off_after_a_body_s_noun_is_one_body_with_its_and_and_title_word() {
    let found = kinds(
        "His former employer, Domestic and General, said it lost £30,000. Its rivals, Tesco \
         and Asda, cut prices. Its chief, General Smith, said so.",
    );
    assert_eq!(
        found,
        [
            ("Asda".into(), EntityKind::Organization),
            ("Domestic and General".into(), EntityKind::Organization),
            ("Smith".into(), EntityKind::Person),
            ("Tesco".into(), EntityKind::Organization),
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
fn a_state_s_abbreviation_is_a_place_named_with_its_dot() {
    let found = kinds("LANDOVER, Md., April 2 - Acme of Boston, Mass., said so.");
    assert!(
        found.contains(&("Md.".into(), EntityKind::Place)),
        "{found:?}"
    );
    assert!(
        found.contains(&("Mass.".into(), EntityKind::Place)),
        "{found:?}"
    );
    assert!(is_known_place_abbreviation("Calif"));
    // And what stands before one is a place in it.
    let found = kinds("The plants, in Doraville, Ga.; and Van Nuys, Calif., will be idled.");
    assert!(
        found.contains(&("Doraville".into(), EntityKind::Place))
            && found.contains(&("Van Nuys".into(), EntityKind::Place)),
        "{found:?}"
    );
    // Longer words are asked nothing (and never overrun the buffer).
    assert!(!is_known_place_abbreviation("Kansas"));
    assert!(!is_known_place_abbreviation("Londons"));
}

#[test]
fn a_delivery_month_is_not_part_of_a_grade_s_name() {
    let found = kinds("April Kansas City wheat fell 2 cents.");
    let found: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(found, ["Kansas City"]);
    let found = kinds("North Sea Brent for June delivery traded at 18.85 dlrs.");
    let found: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(found, ["North Sea Brent"]);
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
    let kinds: Vec<(&str, EntityKind)> = found.iter().map(|(n, k, _)| (n.as_str(), *k)).collect();
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
    let found =
        names("Revs 3.32 billion Year shr 3.40 dlrs. NOTE: Fourth quarter 1986 includes a gain. NOTE: Fiscal year ends April 29.");
    assert!(found.is_empty(), "{found:?}");
    let found = names(
        "Shr 1.04 dlrs\n    Nine mths\n    Shr loss 8.35 dlrs\n    NOTE: Nine months 1987 includes a charge.",
    );
    assert!(found.is_empty(), "{found:?}");
}

#[test]
fn a_word_after_a_note_closing_a_wire_table_opens_a_sentence() {
    // (The rows of a wire table are paragraphs of their own; a note may also follow a row.)
    for text in [
        "Sales 218.6 mln vs 201.3 mln\n\nNote: Current year includes a gain from timberland.",
        "Sales were 218.6 mln. Note: Current year includes a gain from timberland.",
    ] {
        let found = names(text);
        assert!(found.is_empty(), "{text}: {found:?}");
    }
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
    let found = kinds(
        "Benchmark Arabian Light was quoted at 17.52 dlrs and Brent Blend fell, as did Arab \
         Medium.",
    );
    assert_eq!(
        found,
        [
            ("Arab Medium".into(), EntityKind::Other),
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
fn a_holiday_is_a_date_and_no_name() {
    let found = names(
        "The probe vanished on Christmas Day 2003. Parties in Paris on New Year’s Eve and \
         Christmas Eve drew crowds. Boxing Day sales rose.",
    );
    let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(found, ["Paris"]);
}

#[test]
fn a_word_opening_a_list_of_names_is_a_name() {
    let found = names("Keane, The Streets and Joss Stone have four nominations each.");
    let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(found, ["Joss Stone", "Keane", "Streets"]);
    // (Not a word set off before a name alone.)
    let found = names("Overall, Tesco did well.");
    let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(found, ["Tesco"]);
}

#[test]
fn an_abstract_noun_opening_two_sentences_is_no_name() {
    let found = names(
        "Obesity could cost the NHS more.\n\nObesity has doubled.\n\nYukos is in court.\n\n\
         Yukos denies it.",
    );
    let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(found, ["Yukos", "NHS"]);
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
    let got =
        names("Prime Minister Jane Okafor met Ms Okafor's rival in Lisbon. Okafor said little.");
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
    let got = names("The Bank of Japan met. The BOJ and the BoE waited, as did the U.S. Treasury.");
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
    let got =
        kinds("Mr Trump told supporters in Des Moines. Jane Roe said it was cold in Des Moines.");
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
fn a_name_set_off_after_a_town_in_is_the_larger_place() {
    let got = kinds(
        "In Pontypridd, Rhondda Cynon Taf, dozens of homes were flooded. In Paris, Jacques \
         Chirac, the president, was silent.",
    );
    assert!(
        got.contains(&("Rhondda Cynon Taf".into(), EntityKind::Place)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Jacques Chirac".into(), EntityKind::Person)),
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
            ("Washington".into(), EntityKind::Place, 2)
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
    assert!(
        !got.iter().any(|(n, _)| n.contains("Saudi Arabian")),
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
fn a_county_is_no_short_form_of_the_body_it_opens() {
    assert_eq!(
        names("A boy died after a crash in Lincolnshire. Lincolnshire Police said so."),
        [
            ("Lincolnshire".into(), EntityKind::Place, 1),
            ("Lincolnshire Police".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn a_company_with_a_legal_form_is_also_named_by_the_second_of_its_two_words() {
    let got = names(
        "Eastman Kodak Co agreed to buy Sterling Drug Inc. Kodak said its offer would begin on \
         Tuesday. Morgan Stanley Inc advised. Stanley Ho said so.",
    );
    assert_eq!(
        got,
        [
            ("Eastman Kodak Co".into(), EntityKind::Organization, 2),
            ("Morgan Stanley Inc".into(), EntityKind::Organization, 1),
            ("Stanley Ho".into(), EntityKind::Person, 1),
            ("Sterling Drug Inc".into(), EntityKind::Organization, 1),
        ]
    );
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
    // (A compass point's adjective too.)
    let got = names("Drivers on Southern Railway walked out. Southern said it offered 4.5%.");
    assert_eq!(
        got,
        [("Southern Railway".into(), EntityKind::Organization, 2)]
    );
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
fn partners_names_and_a_legal_form_are_one_firm() {
    assert_eq!(
        kinds("Lacy Hunt works at Carroll McEntee and McGinley Inc, not Ford Motor Co and Chrysler Corp."),
        [
            ("Carroll McEntee and McGinley Inc".into(), EntityKind::Organization),
            ("Chrysler Corp".into(), EntityKind::Organization),
            ("Ford Motor Co".into(), EntityKind::Organization),
            ("Lacy Hunt".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn states_and_provinces_are_places() {
    assert_eq!(
        kinds("Rain fell in New South Wales, Queensland and Nova Scotia."),
        [
            ("New South Wales".into(), EntityKind::Place),
            ("Nova Scotia".into(), EntityKind::Place),
            ("Queensland".into(), EntityKind::Place),
        ]
    );
    let found = kinds("Plants in Leeds, Mo., and Shreveport, La., will close.");
    assert!(
        found.contains(&("Mo.".into(), EntityKind::Place)),
        "{found:?}"
    );
    assert!(
        found.contains(&("La.".into(), EntityKind::Place)),
        "{found:?}"
    );
}

#[test]
fn a_trade_s_producer_is_a_body_and_a_film_s_a_person() {
    assert_eq!(
        kinds("British sugar producer British Sugar said so, as did film producer David Puttnam."),
        [
            ("British Sugar".into(), EntityKind::Organization),
            ("David Puttnam".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_title_and_a_surname_take_no_on_or_for() {
    assert_eq!(
        kinds(
            "He would report to President Reagan on Japan's compliance. Mr Blair for Labour spoke. \
             The General Agreement on Tariffs and Trade met."
        ),
        [
            ("Blair".into(), EntityKind::Person),
            (
                "General Agreement on Tariffs and Trade".into(),
                EntityKind::Organization
            ),
            ("Japan".into(), EntityKind::Place),
            ("Labour".into(), EntityKind::Organization),
            ("Reagan".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_party_of_two_words_before_a_member_s_name_is_a_name_of_its_own() {
    assert_eq!(
        kinds(
            "The Liberal Democrats said so. Liberal Democrat Paul Burstow said the plan was \
             wrong. Lib Dem Ed Davey agreed."
        ),
        [
            ("Liberal Democrats".into(), EntityKind::Organization),
            ("Ed Davey".into(), EntityKind::Person),
            ("Lib Dem".into(), EntityKind::Organization),
            ("Paul Burstow".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_leaning_before_a_name_is_no_name() {
    assert_eq!(
        kinds("The Communist-led CGT and the Socialist-leaning CFDT struck."),
        [
            ("CFDT".into(), EntityKind::Organization),
            ("CGT".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn initials_with_an_ampersand_are_the_body_s() {
    let found = names("Marks & Spencer fell. Shares in M&S rose.");
    let found: Vec<(&str, usize)> = found.iter().map(|(n, _, c)| (n.as_str(), *c)).collect();
    assert!(found.contains(&("Marks & Spencer", 2)), "{found:?}");
    assert!(!found.iter().any(|(n, _)| *n == "M&S"), "{found:?}");
}

#[test]
fn new_after_a_sentence_s_the_is_the_name_s() {
    assert_eq!(
        kinds("The New Forces rebels hold the north. The new rules apply."),
        [("New Forces".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_capitalised_noun_after_an_opening_the_is_the_name_s_before_its_of() {
    assert_eq!(
        found_names("The Zone of Interest won best film. Shares of IBM fell."),
        ["IBM", "Zone of Interest"]
    );
}

#[test]
fn a_common_noun_opening_a_sentence_with_a_name_after_with_is_not_the_name_s() {
    assert_eq!(
        kinds("Talks with SAIC have dragged on for a year."),
        [("SAIC".into(), EntityKind::Organization)]
    );
    // (Nor with a place's possessive after `on`, whatever the noun: the place owns what
    // follows.)
    // (But a body's noun before `of` keeps its name whole, known or not.)
    let got = names(
        "Services on Scotland's ScotRail will run. The Bank of England's rate held. The Bank \
         of Canada's rate rose. The Museum of London's doors shut.",
    );
    assert!(
        !got.iter().any(|(n, _, _)| n.starts_with("Services")),
        "{got:?}"
    );
    for body in ["Bank of England", "Bank of Canada", "Museum of London"] {
        assert!(got.iter().any(|(n, _, _)| n == body), "{body}: {got:?}");
    }
}

#[test]
fn what_an_economy_counts_opening_a_sentence_is_no_name_even_set_off() {
    assert_eq!(
        kinds("Exports, which had driven the recovery, grew. Barclays, which fell, rose."),
        [("Barclays".into(), EntityKind::Organization)]
    );
}

#[test]
fn one_worked_for_is_a_body_unless_a_person_is_named() {
    assert_eq!(
        kinds("She had worked for Kimberly Quinn. He works for Goldman Sachs."),
        [
            ("Goldman Sachs".into(), EntityKind::Organization),
            ("Kimberly Quinn".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_laboratory_is_a_body() {
    assert_eq!(
        kinds("Research by the Transport Research Laboratory found it."),
        [(
            "Transport Research Laboratory".into(),
            EntityKind::Organization
        )]
    );
}

#[test]
fn one_who_works_at_a_body_is_a_person() {
    assert_eq!(
        kinds(
            "Prices rose, said John Carr, a broker with Continental Grain Co. \
             Nomura, a broker, agreed. But Passenger Focus, the rail users' watchdog, said no. \
             It was panic, said Hiroshi Yamada, a fund manager at a bank. Bob Scott, a partner \
             at the firm, and Kimberly Quinn, the publisher of The Spectator, agreed."
        ),
        [
            ("Bob Scott".into(), EntityKind::Person),
            ("Continental Grain Co".into(), EntityKind::Organization),
            ("Hiroshi Yamada".into(), EntityKind::Person),
            ("John Carr".into(), EntityKind::Person),
            ("Kimberly Quinn".into(), EntityKind::Person),
            ("Nomura".into(), EntityKind::Organization),
            ("Passenger Focus".into(), EntityKind::Organization),
            ("Spectator".into(), EntityKind::Organization),
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
fn a_peoples_body_is_named_whole_and_deutsche_opens_a_body() {
    assert_eq!(
        kinds("The Children's Investment Fund owns 8% of Deutsche Boerse. The Women's Royal Voluntary Service agreed."),
        [
            ("Children's Investment Fund".into(), EntityKind::Organization),
            ("Deutsche Boerse".into(), EntityKind::Organization),
            ("Women's Royal Voluntary Service".into(), EntityKind::Organization),
        ]
    );
    assert_eq!(
        kinds("Output rose, Statistics Canada said."),
        [("Statistics Canada".into(), EntityKind::Organization)]
    );
    // A place named for a monarch is one name too.
    assert_eq!(
        kinds("He was taken to Queen's Medical Centre with serious injuries."),
        [("Queen's Medical Centre".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_firm_of_two_names_named_with_its_legal_form_is_one_name_without_it_later() {
    let names = found_names(
        "Trading in Gulf and Western Inc shares was heavy. Gulf and Western shares rose. \
         Later Gulf and Western said so.",
    );
    assert_eq!(names, ["Gulf and Western Inc"]);
}

#[test]
fn a_firm_s_initials_joined_by_and_are_one_name_but_two_places_are_two() {
    let names = found_names("Shares of AT and T rose. The US and UK agreed.");
    assert_eq!(names, ["AT and T", "UK", "US"]);
}

#[test]
fn a_group_of_companies_is_a_company_with_a_place_after_it() {
    let names = found_names(
        "The unit, Commercial Union Insurance Cos of Boston, lost money. Crum and Forster Cos \
         agreed. Later, Salomon and Hutton Inc said so.",
    );
    assert_eq!(
        names,
        [
            "Boston",
            "Commercial Union Insurance Cos",
            "Crum and Forster Cos",
            "Salomon and Hutton Inc"
        ]
    );
}

#[test]
fn a_company_of_two_trades_and_a_body_of_two_fields_are_one_name() {
    let names = found_names(
        "Daewoo Shipbuilding and Heavy Machinery Ltd won it. Hitachi Zosen and Nippon Steel \
         Corp lost. He works at the National Snow and Ice Data Center in Boulder.",
    );
    assert_eq!(
        names,
        [
            "Boulder",
            "Daewoo Shipbuilding and Heavy Machinery Ltd",
            "Hitachi Zosen",
            "National Snow and Ice Data Center",
            "Nippon Steel Corp"
        ]
    );
    // Two trades closing a name need no suffix; a name after a trade is one of its own.
    assert_eq!(
        found_names(
            "The field is run by Shell U.K. Exploration and Production. Apache Oil and Exxon \
             bid."
        ),
        [
            "Apache Oil",
            "Exxon",
            "Shell U.K. Exploration and Production"
        ]
    );
}

#[test]
fn a_describing_word_opening_a_sentence_is_no_part_of_a_name() {
    let names = found_names(
        "Current World Bank president James Wolfensohn steps down. Runner-up Gareth Gates sang.",
    );
    assert_eq!(names, ["Gareth Gates", "James Wolfensohn", "World Bank"]);
}

#[test]
fn two_names_written_as_one_with_a_slash_are_one_name() {
    let names = found_names("Shell Canada Ltd, a unit of Royal Dutch/Shell Group, said so.");
    assert_eq!(names, ["Royal Dutch/Shell Group", "Shell Canada Ltd"]);
}

#[test]
fn listed_names_either_side_of_a_slash_are_a_pair() {
    let names = found_names(
        "Under the U.S./Soviet grain agreement, Moscow buys wheat. EC/Japan talks and \
         Britain/France plans went on.",
    );
    assert_eq!(
        names,
        ["Britain", "EC", "France", "Japan", "Moscow", "U.S."]
    );
}

#[test]
fn a_nickname_in_quotes_names_nobody() {
    let names = found_names(
        "Henry Kaufman, often called \"Dr Doom\", spoke. Margaret Thatcher, dubbed the \"Iron Lady\", \
         left. Paul Gascoigne, known as \"Gazza Boy\", scored.",
    );
    assert_eq!(
        names,
        ["Henry Kaufman", "Margaret Thatcher", "Paul Gascoigne"]
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
fn a_plural_s_possessive_opening_a_sentence_names_nobody() {
    assert_eq!(
        kinds(
            "Children's education should not suffer. Women's pay lags. People's lives \
             changed. Everybody's money went. Britain's economy grew."
        ),
        [("Britain".into(), EntityKind::Place)]
    );
}

#[test]
fn what_a_person_s_name_owns_is_no_person() {
    assert_eq!(
        kinds("They play Tom Clancy's Splinter Cell games."),
        [
            ("Splinter Cell".into(), EntityKind::Other),
            ("Tom Clancy".into(), EntityKind::Person),
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
    let got = kinds("Network Rail, which owns the track, will pay. Jane Roe, who runs it, agreed.");
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
fn one_word_whose_which_does_a_bodys_work_is_a_body() {
    let got = kinds(
        "Cosla, which represents councils, said so. Stagecoach, which employed him, agreed. \
         Pontypridd, which flooded in 2020, was hit again.",
    );
    for body in ["Cosla", "Stagecoach"] {
        assert!(
            got.contains(&(body.into(), EntityKind::Organization)),
            "{body}: {got:?}"
        );
    }
    assert!(
        !got.contains(&("Pontypridd".into(), EntityKind::Organization)),
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
    let got =
        names("The Bank of England cut rates. The Bank's committee voted, and the Bank said so.");
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
    assert_eq!(
        kinds("Substitute Gabriel Jesus headed the winner. Right-back Ben White crossed."),
        [
            ("Ben White".into(), EntityKind::Person),
            ("Gabriel Jesus".into(), EntityKind::Person)
        ]
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
fn mays_after_a_preposition_is_the_months() {
    assert_eq!(
        found_names("He worked for Tony Blair in the run-up to May's general election."),
        ["Tony Blair"]
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
fn a_body_s_initials_leave_out_the_country_named_before_it() {
    assert_eq!(
        names("The US Securities and Exchange Commission (SEC) fined it. The SEC said so."),
        [(
            "US Securities and Exchange Commission".into(),
            EntityKind::Organization,
            3
        )]
    );
}

#[test]
fn a_state_s_abbreviation_joins_the_state_named_in_full() {
    assert_eq!(
        names(
            "A plant in Leeds, Mo., will close. Plants in Missouri will stay open. Another in \
             Kenosha, Wis., will close."
        ),
        [
            ("Missouri".into(), EntityKind::Place, 2),
            ("Kenosha".into(), EntityKind::Place, 1),
            ("Leeds".into(), EntityKind::Place, 1),
            ("Wis.".into(), EntityKind::Place, 1),
        ]
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
        kinds("U.S.-China trade fell by 1:46 p.m. ET in the February-June period, said Ann Lee in Bengaluru. Corn added 4 cents. The U.S.-Soviet pact ends."),
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
    let names = found_names("Council tax rises. Police said so, according to the Office of the Deputy Prime Minister. Congress agreed.",);
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
         Guitarist Jimmy Page played. Organisers Extinction Rebellion said so.",
    );
    assert_eq!(
        got,
        [
            ("Democrat".into(), EntityKind::Organization),
            ("Extinction Rebellion".into(), EntityKind::Organization),
            ("Harry Kane".into(), EntityKind::Person),
            ("Jimmy Page".into(), EntityKind::Person),
            ("Nancy Pelosi".into(), EntityKind::Person),
            ("Unilever".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_dateline_without_reuters_opens_a_sentence_too() {
    let got = kinds("HOUSTON, April 7 - Pilots at Continental Airlines said they would strike.");
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
    let got = kinds(
        "CAIRO, Jan 8 (Reuters) - Negotiators from Israel met U.S. President-elect Donald Trump.",
    );
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
    // An adverb set off by its comma too; not a place so set off.
    assert_eq!(
        found_names(
            "Separately, the bank raised its rate. Additionally, Ford cut jobs. Italy, France \
             and Spain agreed. Éventually, it ended."
        ),
        ["Ford", "France", "Italy", "Spain"]
    );
}

#[test]
fn a_word_opening_a_sentence_set_off_by_what_its_bearer_does_names_a_person() {
    let got = names(
        "Bono, U2's lead singer, said the band was ready. Drogba, the striker, scored. \
         Foxx, 37, was not there. Meanwhile, the chairman, Tom Hill, said no. \
         Separately, the group's chairman, who quit, said no. Lately, the chairman, he said. \
         Gascoigne, nicknamed Gazza, played. Afterwards, the striker, limping, left.",
    );
    let persons: Vec<_> = (got.iter())
        .filter(|g| g.1 == EntityKind::Person)
        .map(|g| g.0.as_str())
        .collect();
    assert_eq!(persons, ["Bono", "Drogba", "Foxx", "Gascoigne", "Tom Hill"]);
}

#[test]
fn a_word_opening_a_sentence_set_off_by_a_description_before_a_speech_verb_is_a_name() {
    let got = found_names(
        "Citicorp, Brazil's largest creditor with some 4.6 billion dlrs in loans, said it had \
         no comment. Kidde, the target of the bid, told reporters it agreed. \
         Meanwhile, the bank, which lent most, said no. Meanwhile, the chairman of the board, \
         Tom Hill, said no. Perhaps, the analysts said, it would not.",
    );
    assert_eq!(got, ["Brazil", "Citicorp", "Kidde", "Tom Hill"]);
}

#[test]
fn a_commodity_s_grade_is_no_name_but_a_known_place_it_opens_with_is() {
    let got = found_names(
        "U.S. West Texas Intermediate crude rose. Saudi Arab Light crude was steady. The price \
         for No. 1 Canada Western Red Spring wheat was cut. We could see Brent in the low 60s. \
         Chicago Board of Trade wheat futures rose. Kansas City wheat fell.",
    );
    assert_eq!(
        got,
        ["Canada", "Chicago Board of Trade", "Kansas City", "U.S."]
    );
}

#[test]
fn a_faith_s_people_is_an_adjective_alone_or_two_together() {
    let got = found_names(
        "Turnout in Sunni Muslim areas was low. Shia clerics and Sunni leaders met. Iraq's \
         Shiites voted. The Muslim Brotherhood won seats. Sikh leader Jagtar Singh spoke.",
    );
    assert_eq!(got, ["Iraq", "Jagtar Singh", "Muslim Brotherhood"]);
}

#[test]
fn a_body_by_the_starts_of_its_first_two_words_written_as_one_is_the_body() {
    let got = names(
        "British Airways won control of British Caledonian Group Plc. Staff at BCal agreed.\n\n\
         National Westminster Bank said profits rose. Shares in NatWest fell. Shares in \
         BritCol, PlayStation and GenCorp rose.",
    );
    let counted = |name: &str| got.iter().find(|g| g.0 == name).map(|g| g.2);
    assert_eq!(counted("British Caledonian Group Plc"), Some(2));
    assert_eq!(counted("National Westminster Bank"), Some(2));
    assert_eq!(counted("BCal"), None);
    assert_eq!(counted("NatWest"), None);
    // (Not the start of each word: `Brit`ish, but `Col` opens no `Caledonian`.)
    assert_eq!(counted("BritCol"), Some(1));
}

#[test]
fn a_place_the_gazetteer_knows_by_two_joined_is_a_place_not_two_joined() {
    let got = found_names("Asia-Pacific would remain the largest market. U.S.-China trade grew.");
    assert_eq!(got, ["Asia-Pacific"]);
}

#[test]
fn two_names_joined_before_the_kind_of_one_body_are_that_body() {
    let got = found_names(
        "Its Brunswick Mining and Smelting unit was closed. The Western Mining and Chemical \
         company said no. Tesco and Asda cut prices.",
    );
    assert_eq!(
        got,
        [
            "Asda",
            "Brunswick Mining and Smelting",
            "Tesco",
            "Western Mining and Chemical"
        ]
    );
}

#[test]
fn a_market_s_index_goes_by_its_first_word() {
    let got =
        names("The Dow Jones Industrial Average fell 508 points. The Dow closed up 102 points.");
    assert_eq!(
        got,
        [("Dow Jones Industrial Average".into(), EntityKind::Other, 2)]
    );
}

#[test]
fn euro_before_a_noun_is_an_adjective_and_no_name() {
    let got = names("Euro MP Anna Berg quit. Her party won 12 seats in the Euro elections.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Anna Berg"]);
}

#[test]
fn a_peer_is_named_by_the_title_and_the_place_of_an_office_holder_is_a_place() {
    let got = names(
        "The Duke of Edinburgh and the Prince of Wales met the Governor of Texas and the \
         Mayor of London. The Secretary of State spoke.",
    );
    assert_eq!(
        got,
        [
            ("Duke of Edinburgh".into(), EntityKind::Person, 1),
            ("London".into(), EntityKind::Place, 1),
            ("Prince of Wales".into(), EntityKind::Person, 1),
            ("Texas".into(), EntityKind::Place, 1),
        ]
    );
}

#[test]
fn a_small_word_capitalised_mid_sentence_opens_a_work_s_title() {
    let got = names(
        "The band went in at number one with How to Dismantle an Atomic Bomb, which sold well. \
         She asked how Anna Berg knew.",
    );
    assert_eq!(
        got,
        [
            ("Anna Berg".into(), EntityKind::Person, 1),
            (
                "How to Dismantle an Atomic Bomb".into(),
                EntityKind::Other,
                1
            ),
        ]
    );
}

#[test]
fn a_title_set_off_by_the_kind_of_work_it_is_is_whole() {
    let got =
        names("Hopes and Fears, the Keane album, sold well. Texas and Ohio, the states, voted.");
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.1)).collect();
    assert_eq!(
        n,
        [
            ("Hopes and Fears", EntityKind::Other),
            ("Keane", EntityKind::Other),
            ("Ohio", EntityKind::Place),
            ("Texas", EntityKind::Place),
        ]
    );
}

#[test]
fn titles_listed_with_and_and_a_month_s_abbreviation_joined_to_a_name() {
    let got = names(
        "It beat Only Fools and Horses and The Office. Hosts Ant and Dec won again. \
         Prices for Nov and Dec fell.",
    );
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Ant", "Dec", "Office", "Only Fools and Horses"]);
}

#[test]
fn a_state_benefit_is_no_name() {
    let got = names(
        "Those claiming Jobseeker's Allowance fell, said Anna Berg. Housing Benefit and the \
         Working Tax Credit rose, the Benefits Agency said.",
    );
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Anna Berg", "Benefits Agency"]);
}

#[test]
fn initials_in_brackets_after_a_name_are_the_same_body_whatever_their_letters() {
    let got = names(
        "The International Cocoa Organization (ICCO) met on Monday. ICCO said prices fell. \
         The Acme Group (XYZ) grew.",
    );
    assert_eq!(
        got,
        [
            (
                "International Cocoa Organization".into(),
                EntityKind::Organization,
                3
            ),
            ("Acme Group".into(), EntityKind::Organization, 1),
            ("XYZ".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn initials_right_after_the_name_they_stand_for_are_the_same_body() {
    assert_eq!(
        names(
            "He told the Kuwait News Agency KUNA that prices would hold. KUNA said more. The \
             Acme Group XYZ grew."
        ),
        [
            ("Kuwait News Agency".into(), EntityKind::Organization, 3),
            ("Acme Group XYZ".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn a_model_s_edition_after_its_number_is_no_name() {
    assert_eq!(
        found_names("The iPhone 16 Pro Max starts at £1,199. Sony's PlayStation 5 Pro costs more."),
        ["PlayStation 5", "Sony"]
    );
}

#[test]
fn parties_known_by_their_plural_are_bodies_opening_a_sentence_too() {
    assert_eq!(
        kinds(
            "The Socialists won. Opposition Communists said no. Sinn Fein and the DUP \
             abstained. Nationalists marched. Mr Green and Liberal Democrat Paul Burstow \
             spoke."
        ),
        [
            ("Communists".into(), EntityKind::Organization),
            ("DUP".into(), EntityKind::Organization),
            ("Green".into(), EntityKind::Person),
            ("Liberal Democrat".into(), EntityKind::Organization),
            ("Paul Burstow".into(), EntityKind::Person),
            ("Sinn Fein".into(), EntityKind::Organization),
            ("Socialists".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn organisation_names_with_connectors() {
    let got = names("The Commission for Fair Trade and Development met Texas and Ohio officials.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        n,
        ["Commission for Fair Trade and Development", "Ohio", "Texas"]
    );
}

#[test]
fn a_name_opening_two_sentences_is_kept() {
    let got = names(
        "Harbourside agree terms.\n\nHarbourside have signed a striker from the Premier League.",
    );
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
    // A saint's city, abbreviated, is one place, and the one the story names.
    let got = names("ST. LOUIS, Feb 12 - Shipping rose in St. Louis.");
    assert_eq!(got, [("St. Louis".into(), EntityKind::Place, 2)]);
    let got = names("SAULT STE. MARIE, April 17 - Shipping rose.");
    assert_eq!(got, [("SAULT STE. MARIE".into(), EntityKind::Place, 1)]);
    // (One opening with an article of two letters, too.)
    let got = names("LA PAZ, June 24 - Shipping rose.");
    assert_eq!(got, [("LA PAZ".into(), EntityKind::Place, 1)]);
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
fn a_list_inside_a_body_s_name_is_part_of_it() {
    let got = names(
        "The Ministry of Agriculture, Fisheries and Food agreed with the Department for Environment, Food and Rural Affairs. Coffee on the New York Coffee, Sugar and Cocoa Exchange fell, and Smith, Jones and Brown sold. Gold rose on the Chinese Gold and Silver Exchange.",
    );
    let mut n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    n.sort();
    assert_eq!(
        n,
        [
            "Brown",
            "Chinese Gold and Silver Exchange",
            "Department for Environment, Food and Rural Affairs",
            "Jones",
            "Ministry of Agriculture, Fisheries and Food",
            "New York Coffee, Sugar and Cocoa Exchange",
            "Smith"
        ]
    );
}

#[test]
fn names_listed_before_a_body_s_noun_are_names_of_their_own() {
    let got = names("The trial offers 16 channels including BBC One, ITV1 and Sky News.");
    let mut n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    n.sort();
    assert_eq!(n, ["BBC One", "ITV1", "Sky News"]);
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
    let got = names(
        "The Fed said so. The Federal Reserve Board acted. Man Utd won and Manchester United rose.",
    );
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
    let got =
        kinds("British Gas raised prices. Virgin Rail agreed. Rail fares rose. Gas prices rose.");
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
    // A function word only a title capitalises inside a sentence, and a longer name after
    // `the`; but a body's last word makes it a body's name.
    let got = kinds("He was in films including Do the Right Thing. He backed the Stop the War Coalition. Do the Reds care?");
    assert_eq!(
        got,
        [
            ("Do the Right Thing".into(), EntityKind::Other),
            ("Reds".into(), EntityKind::Other),
            ("Stop the War Coalition".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_function_word_after_an_abbreviation_s_dot_opens_a_sentence() {
    // (`Both` is no word the sentence splitter knows to open a sentence after a dot.)
    let got = names("It was ahead of Chrysler Corp. Both sides would help rivals such as Next.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Chrysler Corp", "Next"]);
}

#[test]
fn a_score_after_a_club_is_no_part_of_its_name_but_a_channel_s_number_is() {
    let got = names("Arsenal beat Manchester City 1-0 on BBC Radio 4.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Arsenal", "BBC Radio 4", "Manchester City"]);
    // (A score written with an en dash too.)
    let got = names("Arsenal beat Manchester City 2–1 at home.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Arsenal", "Manchester City"]);
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
    assert_eq!(n, [("JPMorgan", 2), ("Time Warner", 2)]);
    // The spelling a gazetteer knows names the bank, which no person with the initials JP is.
    assert_eq!(got[0].1, EntityKind::Organization);
}

#[test]
fn a_name_winning_something_is_that_name_and_tests_are_matches() {
    let got = names("He replaces World Cup-winning boss Sir Clive Woodward after five Tests.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Sir Clive Woodward", "World Cup"]);
}

#[test]
fn a_known_body_s_possessive_and_a_party_s_seats_are_no_part_of_a_name() {
    let got =
        names("It cut Labour's Commons majority; the Liberal Democrats 62 and BBC Radio 4 agreed.");
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
    // (A people in the plural is a noun, the name's own.)
    let got = found_names("The Board of Deputies of British Jews said so.");
    assert_eq!(got, ["Board of Deputies of British Jews"]);
}

#[test]
fn paper_named_for_its_issuer_is_no_name() {
    let names = found_names(
        "Treasury bill yields eased. Federal funds traded at 6 pct. The Treasury said so.",
    );
    assert_eq!(names, ["Treasury"]);
    assert_eq!(
        found_names("Treasury bond yields rose as Federal funds eased."),
        Vec::<String>::new()
    );
}

#[test]
fn a_product_is_no_name() {
    let got = names("Creative Technology cut the price of its Zen Micro player. Apple showed the Mac Mini, a computer for $499. Apple shares rose.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Apple", "Creative Technology"]);
    // A price or a word may describe the kind of product; a job named after one is a person's.
    let got = names(
        "He showed the Mac Mini, a $499 computer, and the Zen Micro, a new player. \
         Sam Jones, a computer expert, and his brother Jamie, a doubles player, saw it.",
    );
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Jamie", "Sam Jones"]);
    let got = names("Sony's new console, the PlayStation Portable, sold out.");
    assert_eq!(got[0].0, "Sony");
    assert_eq!(got.len(), 1);
    let got = names("Nokia, whose N92 handset is used in the trial, is pleased.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Nokia"]);
    let got = names("Nintendo, whose DS handheld has sold well, is pleased.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Nintendo"]);
    let got = names("Microsoft urged users to use its Windows Update website.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Microsoft"]);
}

#[test]
fn a_name_after_the_kind_of_product_it_is_is_no_name() {
    assert_eq!(
        found_names(
            "Sales at Pfizer of its cholesterol drug Lipitor rose, but the painkiller Celebrex \
             fell. Sales of Lipitor, the best-selling medicine, grew. She met the model Kate Moss."
        ),
        ["Kate Moss", "Pfizer"]
    );
}

#[test]
fn a_name_the_text_says_is_a_product_s_is_none_where_it_comes_again() {
    assert_eq!(
        found_names(
            "Apple showed the Mac Mini, a stripped-down computer aimed at new users. Analysts \
             said Apple could sell 1.2 million Mac Minis. The Mac Mini sold well."
        ),
        ["Apple"]
    );
    // (A known maker's name before what it makes stays the maker's elsewhere.)
    assert_eq!(
        found_names("Users can sync their Apple computer. Apple said sales rose."),
        ["Apple"]
    );
    assert_eq!(
        found_names("Staff use their Acme computer. Acme said sales rose."),
        ["Acme"]
    );
    // (A website set off so is the business that runs it.)
    assert_eq!(
        found_names(
            "Ask Jeeves has bought Bloglines, a popular website. Bloglines was set up in 2003."
        ),
        ["Bloglines", "Ask Jeeves"]
    );
}

#[test]
fn a_day_s_name_is_no_person_s() {
    assert_eq!(
        kinds("It took $88m over the Independence Day weekend, as Doris Day sang."),
        [
            ("Doris Day".into(), EntityKind::Person),
            ("Independence Day".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_currency_counted_is_no_name() {
    let got = names("It would save 1.5 billion European Currency Units (ECUs) and 20 mln Special Drawing Rights, the European Commission said.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["European Commission"]);
    // A currency word written with a capital, in the plural or after a scale.
    let got = names("Surpluses cost the EC about 2.5 billion Ecus a year. Rapper 50 Cent sang.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["50 Cent", "EC"]);
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
fn a_commodity_after_an_abbreviation_s_dot_names_nothing() {
    assert_eq!(
        kinds("He works at Cargill Inc. Wheat futures rose in St. Louis."),
        [
            ("Cargill Inc".into(), EntityKind::Organization),
            ("St. Louis".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn one_who_says_a_quote_of_a_body_is_two_names() {
    let got =
        kinds("\"Good,\" said Safa Rashtchy of Piper Jaffray. Others said Friends of the Earth.");
    assert_eq!(
        got,
        [
            ("Friends of the Earth".into(), EntityKind::Organization),
            ("Piper Jaffray".into(), EntityKind::Organization),
            ("Safa Rashtchy".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn one_who_speaks_of_a_body_is_two_names_whatever_the_first_name() {
    let got = kinds("Alasdair Philips of Powerwatch said so. The Isle of Man said no.");
    assert_eq!(
        got,
        [
            ("Alasdair Philips".into(), EntityKind::Person),
            ("Isle of Man".into(), EntityKind::Place),
            ("Powerwatch".into(), EntityKind::Organization),
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

#[test]
fn things_jobs_and_illnesses_written_in_initials_are_nobody() {
    let got = kinds(
        "The GP said an MRI scan and HIV tests were paid for at the AGM of Reuters, by PIN at an ATM, and seen on CCTV.",
    );
    assert_eq!(got, [("Reuters".to_string(), EntityKind::Organization)]);
    let got = kinds(
        "NEC makes DRAM chips, sells ADSL lines and VoIP calls, and puts a PDF of its HTML pages on a SIM card.",
    );
    assert_eq!(got, [("NEC".to_string(), EntityKind::Organization)]);
}

#[test]
fn a_partys_brief_before_a_title_in_lower_case_is_no_name() {
    assert_eq!(
        found_names(
            "Tory Home Affairs spokesman David Davis said no. The Lib Dems' Foreign Affairs \
             spokesman agreed. Work and Pensions spokesman Steve Webb did not."
        ),
        ["David Davis", "Lib Dems", "Steve Webb", "Tory"]
    );
    // A firm's name that ends on such a word keeps it.
    assert_eq!(
        found_names("British Energy spokesman Tom Smith said no."),
        ["British Energy", "Tom Smith"]
    );
}

#[test]
fn a_body_named_with_a_plural_possessive_runs_to_its_kind() {
    assert_eq!(
        found_names("The Teachers' Pension Fund sold shares to the Farmers' Union."),
        ["Farmers' Union", "Teachers' Pension Fund"]
    );
    // After a `The` with a capital inside a sentence, whatever its last word.
    assert_eq!(
        found_names("It was first staged by his company, The Actors' Gang, in May."),
        ["Actors' Gang"]
    );
    // But a given name after it opens a person's: the band's singer.
    assert_eq!(
        found_names("Joss Stone won, while The Streets' Mike Skinner took best male."),
        ["Joss Stone", "Mike Skinner", "Streets"]
    );
}

#[test]
fn a_governments_paper_or_a_bill_is_no_name() {
    assert_eq!(
        found_names(
            "The White Paper, published on Tuesday, proposes change. A Green Paper is due. \
             The Bill was passed. Bill Gates said the Identity Cards Bill was bad."
        ),
        ["Bill Gates", "Identity Cards Bill"]
    );
    assert_eq!(
        found_names("He gave to the Bill and Melinda Gates Foundation."),
        ["Bill and Melinda Gates Foundation"]
    );
}

#[test]
fn a_station_and_the_metropolitan_police_are_bodies() {
    assert_eq!(
        kinds("Speaking on Radio Five Live, he said Scotland Yard had been told."),
        [
            ("Radio Five Live".into(), EntityKind::Organization),
            ("Scotland Yard".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn one_word_after_the_former_that_ends_the_subject_describes_somebody() {
    assert_eq!(
        found_names(
            "The former Beatle said so. It split the former Yugoslavia. The former Bolton \
             striker left. The former Spice Girl, 30, said so. The former Soviet Union broke up."
        ),
        ["Bolton", "Soviet Union", "Yugoslavia"]
    );
}

#[test]
fn radio_bands_and_ways_of_linking_devices_are_nobody() {
    let got = kinds(
        "Ofcom said it will broadcast on FM and DAB, and the phone has Wi-Fi, Bluetooth, an LED screen and GSM and CDMA radios.",
    );
    assert_eq!(got, [("Ofcom".to_string(), EntityKind::Organization)]);
    // They open a body's name.
    assert_eq!(
        found_names("The GSM Association and the Bluetooth Special Interest Group welcomed it."),
        ["Bluetooth Special Interest Group", "GSM Association"]
    );
}

#[test]
fn initials_the_text_counts_in_the_plural_are_a_common_noun() {
    let got =
        kinds("Demand for DVDs rose. DVD sales grew, the BBC said, and MPs agreed with an MP.");
    assert_eq!(got, [("BBC".to_string(), EntityKind::Organization)]);
}

#[test]
fn a_work_s_title_is_one_name_with_its_small_words() {
    let mut got: Vec<String> = names(
        "Her album Hopes and Fears sold well. Their latest album, How to Dismantle an Atomic Bomb, has sold more. Newcomers Keane won. His last album, Music of the Spheres, sold less. The band released the album How to Dismantle an Atomic Bomb in November.",
    )
    .into_iter()
    .map(|g| g.0)
    .collect();
    got.sort();
    assert_eq!(
        got,
        [
            "Hopes and Fears",
            "How to Dismantle an Atomic Bomb",
            "Keane",
            "Music of the Spheres"
        ]
    );
}

#[test]
fn a_body_described_as_one_and_a_treaty_with_an_and_in_its_name() {
    let got =
        kinds("According to travel industry body Abta, the Stability and Growth Pact was broken.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(n.contains(&"Stability and Growth Pact"), "{got:?}");
    assert!(
        got.contains(&("Abta".to_string(), EntityKind::Organization)),
        "{got:?}"
    );
    assert!(!n.contains(&"Stability"), "{got:?}");
}

#[test]
fn a_sponsor_opening_a_sentence_is_no_part_of_the_name() {
    let got = kinds("Sponsor Duncan Hunter, a California Republican, spoke.");
    assert!(
        got.contains(&("Duncan Hunter".to_string(), EntityKind::Person)),
        "{got:?}"
    );
}

/// Names found in a headline (the first paragraph) and a story.
fn names_with_headline(headline: &str, story: &str) -> Vec<(String, EntityKind)> {
    let paras = [
        Para::new(0, headline, Role::Headline),
        Para::new(1, story, Role::Body),
    ];
    find(&paras)
        .list
        .into_iter()
        .map(|e| (e.name.into(), e.kind))
        .collect()
}

#[test]
fn a_wire_headline_in_capitals_names_the_company_it_opens_with() {
    let got = names_with_headline(
        "GENERAL SIGNAL CORP <GSX> 1ST QTR NET",
        "Shr 58 cts vs 49 cts. Net 16.1 mln vs 13.6 mln.",
    );
    assert_eq!(
        got,
        [("GENERAL SIGNAL CORP".into(), EntityKind::Organization)]
    );
    let got = names_with_headline(
        "BRITISH GAS <BRG.L> SHARE OFFER OVERSUBSCRIBED",
        "The offer drew 4.5 mln applications.",
    );
    assert_eq!(got, [("BRITISH GAS".into(), EntityKind::Organization)]);
    // Named in the story too: one entity, spelled as the story does, `General Signal` its
    // short form.
    let got = names_with_headline(
        "GENERAL SIGNAL CORP SETS DIVIDEND",
        "General Signal Corp said it raised its dividend. General Signal said the payout is 45 cts.",
    );
    assert_eq!(
        got,
        [("General Signal Corp".into(), EntityKind::Organization)]
    );
    // A place's company is named after the place's possessive; a company named for its
    // founder keeps the possessive.
    let got = names_with_headline(
        "CANADA'S DOME PETROLEUM <DMP> EXTENDS DEADLINE",
        "Dome Petroleum Ltd said its lenders agreed.",
    );
    assert_eq!(
        got,
        [("Dome Petroleum Ltd".into(), EntityKind::Organization)]
    );
    // A headline's company by its first words is the one the story names in full; a
    // dateline's place is no company's first words.
    for headline in [
        "SHEARSON <SHE> TO BUY UNITS",
        "SHEARSON LEHMAN <SHE> TO BUY UNITS",
    ] {
        let got = names_with_headline(
            headline,
            "NEW YORK, Feb 26 - Shearson Lehman Brothers Inc said it agreed. It would make \
             Shearson the second-largest firm. New York Stock Exchange trading was heavy.",
        );
        assert_eq!(
            got,
            [
                (
                    "Shearson Lehman Brothers Inc".into(),
                    EntityKind::Organization
                ),
                ("NEW YORK".into(), EntityKind::Place),
                ("New York Stock Exchange".into(), EntityKind::Organization)
            ],
            "{headline}"
        );
    }
    let got = names_with_headline("MCDONALD'S CORP <MCD> SETS DIVIDEND", "It did.");
    assert_eq!(got, [("MCDONALD'S CORP".into(), EntityKind::Organization)]);
    // Other capitals name nothing for sure.
    let got = names_with_headline("BRAZIL SUGGESTS CREDIT EXTENSION", "It did.");
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_pollster_opening_a_sentence_is_no_part_of_the_name() {
    let got = kinds("Pollster Michael Simmons said so.");
    assert_eq!(got, [("Michael Simmons".to_string(), EntityKind::Person)]);
}

#[test]
fn a_family_particle_joins_the_name_and_a_title_before_a_title_is_one() {
    let got = kinds("Kuwait's Oil Minister Sheikh Ali al-Khalifa al-Sabah spoke. Abdel Fattah el-Sisi listened.");
    assert_eq!(
        got,
        [
            ("Abdel Fattah el-Sisi".to_string(), EntityKind::Person),
            ("Ali al-Khalifa al-Sabah".to_string(), EntityKind::Person),
            ("Kuwait".to_string(), EntityKind::Place),
        ]
    );
    let got = kinds(
        "It will ship via Dar es Salaam, as Faf du Plessis and Macmillan Cancer Relief said.",
    );
    assert_eq!(
        got,
        [
            ("Dar es Salaam".to_string(), EntityKind::Place),
            ("Faf du Plessis".to_string(), EntityKind::Person),
            (
                "Macmillan Cancer Relief".to_string(),
                EntityKind::Organization
            ),
        ]
    );
}

#[test]
fn a_journal_named_after_its_noun_is_one_title_with_its_and() {
    assert_eq!(
        found_names("The findings are published in the journal Zoosystematics and Evolution."),
        ["Zoosystematics and Evolution"]
    );
    assert_eq!(
        found_names("It appeared in the journal Nature and Science reported it."),
        ["Nature", "Science"]
    );
}

#[test]
fn a_titled_person_and_a_body_heading_a_titled_name_are_two_names() {
    assert_eq!(
        names(
            "Mexican Finance Minister Gustavo Petricioli and Citibank vice-chairman William \
             Rhodes signed the accord."
        ),
        [
            ("Citibank".into(), EntityKind::Organization, 1),
            ("Gustavo Petricioli".into(), EntityKind::Person, 1),
            ("William Rhodes".into(), EntityKind::Person, 1),
        ]
    );
}

#[test]
fn a_known_place_s_initials_are_the_place_s_not_a_body_s_of_those_letters() {
    assert_eq!(
        names(
            "Universities across the UK are cutting jobs. The University of Kent will close \
             five departments. The United States said so, and the U.S. economy grew."
        ),
        [
            ("United States".into(), EntityKind::Place, 2),
            ("UK".into(), EntityKind::Place, 1),
            ("University of Kent".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn a_patronymic_particle_joins_the_name() {
    let got = kinds("Plaid Cymru's Mabon ap Gwynfor spoke, as did Ahmed ibn Hanbal.");
    assert!(
        got.iter().any(|(n, _)| n == "Mabon ap Gwynfor")
            && got.iter().any(|(n, _)| n == "Ahmed ibn Hanbal"),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(n, _)| n == "Gwynfor" || n == "Mabon"),
        "{got:?}"
    );
}

#[test]
fn works_after_a_biopic_or_a_single_and_initials_with_digits_counted() {
    let got = kinds(
        "The biopic The Aviator led. His debut single, Unchained Melody, sold well. More than 80 million PS2s have been sold, and the PS2 is cheap.",
    );
    assert_eq!(
        got,
        [
            ("The Aviator".to_string(), EntityKind::Other),
            ("Unchained Melody".to_string(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_body_of_several_things_and_a_rate_s_name() {
    let got = kinds(
        "The Office of Cane and Sugar Board met the Department of Health and Social Security. The Bank of England and European Central Bank left the discount and Lombard rates alone. The National Institute of Allergy and Infectious Diseases studied the H5N1 strain.",
    );
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        n,
        [
            "Bank of England",
            "Department of Health and Social Security",
            "European Central Bank",
            "National Institute of Allergy and Infectious Diseases",
            "Office of Cane and Sugar Board"
        ]
    );
    // (A body named for its place after the `and` is one of its own.)
    let got =
        kinds("It was followed by Canadian Imperial Bank of Commerce and Toronto Dominion Bank.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        n,
        [
            "Canadian Imperial Bank of Commerce",
            "Toronto Dominion Bank"
        ]
    );
}

#[test]
fn a_title_word_in_what_a_body_is_of_is_part_of_its_name() {
    let got = kinds("The National Association of Head Teachers said it agreed.");
    assert_eq!(
        got,
        [(
            "National Association of Head Teachers".to_string(),
            EntityKind::Organization
        )]
    );
}

#[test]
fn a_name_s_year_is_part_of_it_and_founders_are_a_role() {
    let got = kinds("He played at Euro 2004. Founders Larry Page and Sergey Brin, both 31, spoke.");
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(n, ["Euro 2004", "Larry Page", "Sergey Brin"]);
}

#[test]
fn the_kind_of_body_alone_after_a_colon_names_none() {
    let got = kinds("NOTE: Company said results reflect a slowdown in Phoenix.");
    assert_eq!(got, [("Phoenix".to_string(), EntityKind::Place)]);
}

#[test]
fn a_swedish_legal_form_written_first_is_a_company_s() {
    let got = kinds("STOCKHOLM, Oct 6 - AB Volvo said it raised its stake.");
    assert!(
        got.contains(&("AB Volvo".to_string(), EntityKind::Organization)),
        "{got:?}"
    );
}

#[test]
fn a_name_written_with_its_s_keeps_it_and_a_possessive_sheds_it() {
    let got = kinds(
        "Shares in Sainsbury's rose. McDonald’s said Sainsbury's profits fell, as Spain's did.",
    );
    assert_eq!(
        got,
        [
            ("Sainsbury's".to_string(), EntityKind::Organization),
            ("McDonald’s".to_string(), EntityKind::Organization),
            ("Spain".to_string(), EntityKind::Place)
        ]
    );
}

#[test]
fn a_word_opening_two_sentences_is_ordinary_when_its_plural_is_written_in_lower_case() {
    let got = names_with_headline(
        "Pub chain profits rise",
        "Pub operator Mitchells & Butlers said profits rose. Sales at its pubs rose.",
    );
    assert_eq!(
        got,
        [("Mitchells & Butlers".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_noun_for_a_kind_of_body_opening_two_sentences_is_no_name() {
    let got = names_with_headline(
        "Supermarket to cut 2,000 jobs",
        "Supermarket chain Morrisons is to cut 2,000 jobs.",
    );
    assert_eq!(got, [("Morrisons".into(), EntityKind::Organization)]);
}

#[test]
fn an_everyday_noun_opening_a_headline_and_its_lede_is_no_name() {
    let got = names_with_headline(
        "Cost of living: Food inflation rises for second month",
        "Food inflation climbed to 4.2% in October, according to Kantar Ltd.",
    );
    assert_eq!(got, [("Kantar Ltd".into(), EntityKind::Organization)]);
    let got = names_with_headline("Wage growth slows", "Wage growth in the UK slowed to 4.8%.");
    assert_eq!(got, [("UK".into(), EntityKind::Place)]);
}

#[test]
fn a_month_listed_after_a_month_is_no_name() {
    assert_eq!(
        found_names("The March and May figures rose, Acme Corp said."),
        ["Acme Corp"]
    );
}

#[test]
fn a_party_s_word_opening_a_sentence_before_a_title_and_a_name_is_the_party() {
    assert_eq!(
        found_names("Conservative leader Michael Howard said it was wrong."),
        ["Conservative", "Michael Howard"]
    );
    assert_eq!(
        found_names("Conservative MP Bill Cash agreed."),
        ["Bill Cash", "Conservative"]
    );
    // (Not the adjective before anything else.)
    assert!(found_names("Conservative estimates suggest a rise.").is_empty());
}

#[test]
fn a_parliament_named_by_its_building_opening_a_sentence_is_a_body() {
    assert_eq!(
        kinds("Holyrood and Westminster disagreed. Stormont resumed on Monday."),
        [
            ("Holyrood".into(), EntityKind::Organization),
            ("Stormont".into(), EntityKind::Organization),
            ("Westminster".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_newspaper_opening_a_sentence_is_one_name() {
    assert_eq!(
        kinds(
            "The Scotsman leads on the budget. The Press and Journal says the gardens will reopen."
        ),
        [
            ("The Press and Journal".into(), EntityKind::Organization),
            ("The Scotsman".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn two_houses_of_a_parliament_in_one_word_are_no_name() {
    assert_eq!(
        kinds("The bill goes to a House-Senate conference committee. The Senate voted."),
        [("Senate".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_language_spoken_is_no_name() {
    assert_eq!(
        found_names("The French-speaking mayor of Voeren refused. He lives in Flemish-speaking Limburg, near Walloon villages."),
        ["Limburg", "Voeren"]
    );
}

#[test]
fn a_wire_label_opening_a_paragraph_is_no_name() {
    assert_eq!(
        found_names("Net rose.\n\nNOTE: Results restated for a 3-for-2 stock split.\n\nCORRECTION: Barclays said so."),
        ["Barclays"]
    );
}

#[test]
fn a_rank_written_short_is_no_part_of_the_name() {
    assert_eq!(
        found_names("Coast Guard spokesman Lt. John Smith said so. Lt Col Tim Collins spoke, and Maj-Gen Ali Khan agreed."),
        ["Ali Khan", "Coast Guard", "John Smith", "Tim Collins"]
    );
}

#[test]
fn ten_after_a_given_name_is_a_surname_s_particle_not_a_count() {
    assert_eq!(
        found_names(
            "The club sacked manager Erik ten Hag on Monday. Ten Hag said he was sad. Brazil \
             sold Japan ten Airbus jets."
        ),
        ["Erik ten Hag", "Airbus", "Brazil", "Japan"]
    );
}

#[test]
fn a_surname_s_particle_capitalised_is_the_same_surname() {
    assert_eq!(
        found_names("Finance Minister Barend du Plessis spoke. Du Plessis said the accord was good. Van der Veer agreed with Jeroen van der Veer."),
        ["Barend du Plessis", "Jeroen van der Veer"]
    );
}

#[test]
fn a_german_name_holds_its_fuer() {
    assert_eq!(
        found_names("It borrowed from Bank fuer Gemeinwirtschaft AG and the Kreditanstalt für Wiederaufbau."),
        ["Bank fuer Gemeinwirtschaft AG", "Kreditanstalt für Wiederaufbau"]
    );
}

#[test]
fn a_party_is_its_name_without_the_word_party() {
    assert_eq!(
        found_names("The opposition Labour Party disagreed. Labour's employment spokesman John Prescott called them a fraud."),
        ["Labour Party", "John Prescott"]
    );
    // (A plural is listed as written, as readers list `the Tories` apart.)
    assert_eq!(
        found_names("The Conservative Party agreed. The Conservatives said so."),
        ["Conservative Party", "Conservatives"]
    );
}

#[test]
fn a_ticker_in_angle_brackets_is_no_name_but_a_company_in_them_is() {
    let got = kinds("The judgment won by Pennzoil Co <PZL> stands, said <Dome Petroleum Ltd>.");
    assert_eq!(
        got,
        [
            ("Dome Petroleum Ltd".to_string(), EntityKind::Organization),
            ("Pennzoil Co".to_string(), EntityKind::Organization)
        ]
    );
    // (With the exchange after a dot.)
    assert_eq!(
        found_names("Guinness Plc <GUIN.L> and Fiat SpA <FIAT.MI> agreed."),
        ["Fiat SpA", "Guinness Plc"]
    );
}

#[test]
fn a_product_counted_in_the_plural_is_the_product() {
    let got = names("Sony sold more than the Xbox from Microsoft, which sold 15 million Xboxes.");
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("Xbox", 2), ("Microsoft", 1), ("Sony", 1)]);
}

#[test]
fn two_peoples_side_named_in_the_plural_is_one_name() {
    let got = names(
        "He will captain the British and Irish Lions. The Lions tour New Zealand and Australia.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(
        n,
        [
            ("British and Irish Lions", 2),
            ("Australia", 1),
            ("New Zealand", 1)
        ]
    );
}

#[test]
fn a_knight_by_his_first_name_and_a_camel_cased_company_opening_a_sentence_are_the_same() {
    let got = names(
        "Stelios sells shares in easyJet.\n\nEasyJet founder Sir Stelios Haji-Ioannou has sold 22 million shares. Sir Stelios said so.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("Sir Stelios Haji-Ioannou", 3), ("easyJet", 2)]);
}

#[test]
fn a_title_runs_over_its_portfolio_but_not_over_a_place() {
    let got = kinds(
        "He was elected as an MEP for the East Midlands. The Secretary of State for the Family spoke.",
    );
    assert_eq!(got, [("East Midlands".to_string(), EntityKind::Place)]);
    // (A portfolio of more words than one, and a role's word that is a title with one.)
    assert_eq!(
        found_names(
            "Minister of Foreign Affairs Joschka Fischer spoke. Director of Public Prosecutions \
             Ken Macdonald agreed. The Director of Public Prosecutions, Ken Macdonald, left."
        ),
        ["Ken Macdonald", "Joschka Fischer"]
    );
    assert_eq!(
        found_names("He said Minister for Trade and Industry Patricia Hewitt agreed."),
        ["Patricia Hewitt"]
    );
    // (Any word ending the portfolio before the holder's given name.)
    assert_eq!(
        found_names("Commissioner of Labor Statistics Janet Norwood said the market grew."),
        ["Janet Norwood"]
    );
    // (A portfolio that ends a body's name too is still the title's; the body stays one.)
    assert_eq!(
        found_names(
            "The Minister for Trade and Industry met the Department of Trade and Industry."
        ),
        ["Department of Trade and Industry"]
    );
    // (What a chief is of, and an adviser, are titles too.)
    assert_eq!(
        found_names(
            "He met the Chief Medical Officer on Monday. The Chief Scientific Adviser, Sir \
             David King, agreed. Economic adviser Jon Reed left."
        ),
        ["Jon Reed", "Sir David King"]
    );
}

#[test]
fn a_place_s_kind_before_its_of_and_a_delta_make_a_place() {
    let got = kinds("Output from the Gulf of Mexico fell, and the Port of London Authority said rebels in the Niger Delta struck.");
    assert_eq!(
        got,
        [
            ("Gulf of Mexico".to_string(), EntityKind::Place),
            ("Niger Delta".to_string(), EntityKind::Place),
            (
                "Port of London Authority".to_string(),
                EntityKind::Organization
            )
        ]
    );
}

#[test]
fn a_headline_half_of_names_with_a_verb_in_lower_case_names_them() {
    let paras = [
        Para::new(0, "Benitez hails Liverpool spirit", Role::Headline),
        Para::new(
            1,
            "Liverpool boss Rafael Benitez praised his side.",
            Role::Body,
        ),
    ];
    let found = find(&paras);
    let n: Vec<_> = found.list.iter().map(|e| (&*e.name, e.mentions)).collect();
    assert_eq!(n, [("Liverpool", 2), ("Rafael Benitez", 2)]);
    // Title Case names nothing for sure.
    let title_case = [Para::new(
        0,
        "Benitez Hails Liverpool Spirit",
        Role::Headline,
    )];
    assert!(find(&title_case).list.is_empty());
}

#[test]
fn a_headline_mostly_of_names_with_two_words_in_lower_case_names_them() {
    let got = names_with_headline(
        "Post Office scandal: Paula Vennells to hand back CBE",
        "The former boss said she was sorry.",
    );
    assert!(got.iter().any(|(n, _)| n == "Paula Vennells"), "{got:?}");
    assert!(got.iter().any(|(n, _)| n == "Post Office"), "{got:?}");
    // One such word is not enough: a Title Case headline may write one in lower case.
    let got = names_with_headline(
        "Kremlin Says Talks Were Constructive, Say Aides",
        "No more.",
    );
    assert!(got.is_empty(), "{got:?}");
}

#[test]
fn a_word_after_a_headline_s_colon_opens_a_sentence() {
    for (headline, not_a_name) in [
        (
            "Storm Darragh: Thousands without power as winds hit 90mph",
            "Thousands",
        ),
        ("Heathrow: New runway gets go-ahead", "New"),
        ("Oasis: Tickets sell out in minutes", "Tickets"),
    ] {
        let got = names_with_headline(headline, "The story was told on Monday.");
        assert!(
            got.iter().all(|(n, _)| n != not_a_name),
            "{headline}: {got:?}"
        );
    }
    let got = names_with_headline("Brexit: Theresa May says deal is close", "No more.");
    assert!(got.iter().any(|(n, _)| n == "Theresa May"), "{got:?}");
}

#[test]
fn a_member_of_the_scottish_parliament_or_an_assembly_is_titled() {
    for (text, person) in [
        (
            "Scottish Conservative MSP Graham Simpson called it a disgrace.",
            "Graham Simpson",
        ),
        (
            "DUP MLA Emma Little-Pengelly said it was wrong.",
            "Emma Little-Pengelly",
        ),
    ] {
        let got = kinds(text);
        assert!(
            got.contains(&(person.to_string(), EntityKind::Person)),
            "{text}: {got:?}"
        );
    }
}

#[test]
fn a_participle_opening_a_sentence_is_no_part_of_the_name_after_it() {
    let found = names("Jordan Walsh, 29, was jailed. Sentencing Walsh, Judge Guy Kearl said so.");
    let n: Vec<_> = found
        .iter()
        .map(|(name, _, mentions)| (&**name, *mentions))
        .collect();
    assert_eq!(n, [("Jordan Walsh", 2), ("Guy Kearl", 1)]);
    let got = kinds("Addressing Congress, Joe Biden said it was time.");
    assert!(got.iter().any(|(n, _)| n == "Congress"), "{got:?}");
}

#[test]
fn a_first_name_before_the_and_of_a_couple_shares_its_surname() {
    let found = names("Steve and Jane Harris won the jackpot. Mr Harris said so. She agreed.");
    let n: Vec<_> = found
        .iter()
        .map(|(name, _, mentions)| (&**name, *mentions))
        .collect();
    assert_eq!(n, [("Steve Harris", 2), ("Jane Harris", 1)]);
    assert_eq!(
        found_names("Bill and Melinda Gates gave money."),
        ["Bill Gates", "Melinda Gates"]
    );
    // (Names common in Britain and Ireland, too.)
    assert_eq!(
        found_names(
            "The band split after a fight between brothers Liam and Noel Gallagher. Aoife and \
             Niall Byrne left."
        ),
        [
            "Aoife Byrne",
            "Liam Gallagher",
            "Niall Byrne",
            "Noel Gallagher"
        ]
    );
    // A film after a name's `for` is no partner: `Foxx for Ray and Johnny Depp for …`.
    let got = found_names("Jamie Foxx for Ray and Johnny Depp for Finding Neverland.");
    assert!(got.contains(&"Johnny Depp".to_string()), "{got:?}");
    assert!(!got.contains(&"Ray Depp".to_string()), "{got:?}");
    // Two whole names stay as they are; a first name after a title is no partner.
    let got = kinds("John Smith and Jane Harris met. Prince William and Kate Smith met.");
    assert!(
        got.iter()
            .all(|(n, _)| n != "William Smith" && n != "Smith Harris"),
        "{got:?}"
    );
}

#[test]
fn an_honorific_of_the_other_sex_names_a_namesake() {
    let found = names(
        "Charles Kennedy spoke. Mrs Kennedy joined her husband. Mrs Kennedy smiled. Mr Kennedy \
         left. Tony and Cherie Blair came. Mrs Blair spoke.",
    );
    let n: Vec<_> = found
        .iter()
        .filter(|(_, kind, _)| *kind == EntityKind::Person)
        .map(|(name, _, mentions)| (&**name, *mentions))
        .collect();
    assert_eq!(
        n,
        [
            ("Charles Kennedy", 2),
            ("Cherie Blair", 2),
            ("Mrs Kennedy", 2),
            ("Tony Blair", 1)
        ]
    );
}

#[test]
fn a_baby_or_a_schoolgirl_describes_and_a_coroner_is_titled() {
    let got = kinds(
        "Baby Harry Richford died. Coroner Christopher Sutton-Mattocks spoke. Schoolgirl Amy \
         Jones won.",
    );
    for person in ["Harry Richford", "Christopher Sutton-Mattocks", "Amy Jones"] {
        assert!(
            got.contains(&(person.to_string(), EntityKind::Person)),
            "{person}: {got:?}"
        );
    }
}

#[test]
fn a_noun_before_of_names_its_body_before_another_body_ending_in_it() {
    let found = names(
        "The House of Representatives voted. The White House objected. House Speaker Jim \
         Wright spoke.",
    );
    let n: Vec<_> = found
        .iter()
        .map(|(name, _, mentions)| (&**name, *mentions))
        .collect();
    assert!(n.contains(&("House of Representatives", 2)), "{n:?}");
    assert!(n.contains(&("White House", 1)), "{n:?}");
}

#[test]
fn a_body_named_for_what_it_is_to_do_is_one_name() {
    let got = kinds("The Campaign to Protect Rural England said it feared the worst. Double Olympic champion Kelly Holmes agreed.");
    assert_eq!(
        got,
        [
            (
                "Campaign to Protect Rural England".to_string(),
                EntityKind::Organization
            ),
            ("Kelly Holmes".to_string(), EntityKind::Person)
        ]
    );
}

#[test]
fn a_body_named_for_an_aim_is_one_name_but_a_person_for_a_cause_is_not() {
    let got = kinds("The Foundation for a Free Information Infrastructure objected.");
    assert_eq!(
        got,
        [(
            "Foundation for a Free Information Infrastructure".to_string(),
            EntityKind::Organization
        )]
    );
    let got = kinds("Tony Blair for a Third Term, the posters said.");
    assert!(got.contains(&("Tony Blair".to_string(), EntityKind::Person)));
    assert!(
        got.iter().all(|(name, _)| !name.contains(" for ")),
        "{got:?}"
    );
}

#[test]
fn whom_a_spokesman_speaks_for_is_one_body_and_a_people_of_two_words_no_name() {
    let got = names(
        "The group was formed by Wagner and Brown. A spokesman for Wagner and Brown declined to comment. Colombia and Central American producers argued.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("Wagner and Brown", 3), ("Colombia", 1)]);
}

#[test]
fn two_names_set_off_as_a_kind_of_body_are_one_body() {
    let got = names(
        "GE beat Pratt and Whitney, a unit of United Technologies, for it. Britain and France, the two biggest members, disagreed.",
    );
    let n: Vec<_> = got.iter().map(|g| g.0.as_str()).collect();
    assert_eq!(
        n,
        [
            "Britain",
            "France",
            "GE",
            "Pratt and Whitney",
            "United Technologies"
        ]
    );
}

#[test]
fn a_name_with_a_capital_inside_written_in_capitals_is_the_same_name() {
    let paras = [
        Para::new(0, "GENCORP <GY> REJECTS BID", Role::Headline),
        Para::new(
            1,
            "GenCorp Inc said its board rejected the bid.",
            Role::Body,
        ),
    ];
    let found = find(&paras);
    let n: Vec<_> = found.list.iter().map(|e| (&*e.name, e.mentions)).collect();
    assert_eq!(n, [("GenCorp Inc", 2)]);
}

#[test]
fn a_letter_and_a_number_are_a_designation_and_no_name() {
    let got = kinds("U.S. M-1 money supply rose, and Israel bought F-16 jets.");
    assert_eq!(
        got,
        [
            ("Israel".to_string(), EntityKind::Place),
            ("U.S.".to_string(), EntityKind::Place)
        ]
    );
    // But `G-7` names the group of seven nations, `Group of Seven` in full.
    assert_eq!(
        kinds("Markets wait until the G-7 meets."),
        [("G-7".to_string(), EntityKind::Organization)]
    );
    assert_eq!(
        names("The Group of Seven met. The G-7 and the G7 agreed."),
        [("Group of Seven".to_string(), EntityKind::Organization, 3)]
    );
}

#[test]
fn a_name_may_open_with_a_number() {
    assert_eq!(
        kinds("Rapper 50 Cent has topped the chart. It cost 20 cents."),
        [("50 Cent".into(), EntityKind::Person)]
    );
}

#[test]
fn a_dj_is_a_title_and_the_station_before_it_a_body() {
    assert_eq!(
        kinds("In the UK, Radio 1 DJ Chris Moyles made headlines."),
        [
            ("Chris Moyles".into(), EntityKind::Person),
            ("Radio 1".into(), EntityKind::Organization),
            ("UK".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_title_joined_by_to_or_an_after_an_owner_is_one_work() {
    assert_eq!(
        kinds("Critics loved U2's How to Dismantle an Atomic Bomb."),
        [
            ("How to Dismantle an Atomic Bomb".into(), EntityKind::Other),
            ("U2".into(), EntityKind::Organization),
        ]
    );
    // A body's name after a place's possessive is no work.
    assert_eq!(
        kinds("Critics met Japan's Ministry of Finance."),
        [
            ("Japan".into(), EntityKind::Place),
            ("Ministry of Finance".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_portfolio_of_two_words_is_part_of_the_title() {
    for title in [
        "Local Government Minister",
        "Constitutional Affairs Secretary",
        "Civil Aviation Minister",
        "Public Works Minister",
        "Social Welfare Minister",
    ] {
        assert_eq!(
            kinds(&format!("But {title} Nick Raynsford disagreed.")),
            [("Nick Raynsford".into(), EntityKind::Person)],
            "{title}"
        );
    }
}

#[test]
fn a_tournament_named_for_its_place_keeps_a_people_in_the_place() {
    assert_eq!(
        kinds("He will return for the Indian Wells Masters and the Monaco Grand Prix."),
        [
            ("Indian Wells Masters".into(), EntityKind::Other),
            ("Monaco Grand Prix".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_club_named_for_its_town_and_its_day_or_a_division_is_a_body() {
    assert_eq!(
        kinds("Sheffield Wednesday beat Leeds."),
        [
            ("Leeds".into(), EntityKind::Place),
            ("Sheffield Wednesday".into(), EntityKind::Organization),
        ]
    );
    // So is one named by its town and `Town`, and a division named by its number.
    assert_eq!(
        kinds("Wrexham play at Mansfield Town in League Two. She lives in Cape Town."),
        [
            ("Cape Town".into(), EntityKind::Place),
            ("League Two".into(), EntityKind::Organization),
            ("Mansfield Town".into(), EntityKind::Organization),
        ]
    );
    // (Whatever the word before it: `host` there is a verb, not a presenter.)
    assert_eq!(
        kinds("Stockport host Mansfield Town on Saturday."),
        [("Mansfield Town".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_war_an_index_or_an_average_is_no_person() {
    assert_eq!(
        kinds("It is Steven Spielberg's Second World War drama."),
        [
            ("Second World War".into(), EntityKind::Other),
            ("Steven Spielberg".into(), EntityKind::Person),
        ]
    );
    for war in ["World War Two", "World War II"] {
        assert_eq!(
            kinds(&format!("It is the lowest level since {war}.")),
            [(war.into(), EntityKind::Other)]
        );
    }
    assert_eq!(
        kinds("The rise takes the Consumer Prices Index (CPI) above its target."),
        [("Consumer Prices Index".into(), EntityKind::Other)]
    );
    // (A market's average is no person's name, and a known company's name opening it is
    // the average's: one name.)
    assert_eq!(
        kinds("A day after the Dow Jones Industrial Average plunged, the Acme Composite Average rose."),
        [
            ("Acme Composite Average".into(), EntityKind::Other),
            ("Dow Jones Industrial Average".into(), EntityKind::Other),
        ]
    );
    assert_eq!(
        kinds("The Independent Mobile Classification Body will decide. A British Embassy spokesman agreed."),
        [
            ("British Embassy".into(), EntityKind::Organization),
            ("Independent Mobile Classification Body".into(), EntityKind::Organization),
        ]
    );
    // (A tunnel is a place.)
    assert_eq!(
        kinds("Channel Tunnel operator Eurotunnel gained time."),
        [
            ("Channel Tunnel".into(), EntityKind::Place),
            ("Eurotunnel".into(), EntityKind::Organization),
        ]
    );
    // (Nor is an armed force: a body.)
    assert_eq!(
        kinds("She negotiated a deal to lease tankers to the US Air Force."),
        [("US Air Force".into(), EntityKind::Organization)]
    );
}

#[test]
fn what_somebody_has_a_role_in_is_a_film_not_a_place() {
    assert_eq!(
        kinds("Imelda Staunton won for her role in Vera Drake, as did Mike Leigh."),
        [
            ("Imelda Staunton".into(), EntityKind::Person),
            ("Mike Leigh".into(), EntityKind::Person),
            ("Vera Drake".into(), EntityKind::Other),
        ]
    );
    // (Whose film it is stays a person.)
    let got = kinds("She won for her role in Mike Leigh's Vera Drake.");
    assert!(
        got.contains(&("Mike Leigh".into(), EntityKind::Person)),
        "{got:?}"
    );
}

#[test]
fn a_person_s_relative_makes_no_body_of_the_person() {
    assert_eq!(
        kinds("Maria Sharapova won.\n\nSharapova's father Yuri watched."),
        [
            ("Maria Sharapova".into(), EntityKind::Person),
            ("Yuri".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_company_s_legal_name_ends_at_its_suffix_and_its_initials_need_no_dots() {
    assert_eq!(
        names(
            "B.A.T Industries Plc agreed to buy Farmers Group Inc of Los Angeles. BAT shares \
             fell."
        ),
        [
            ("B.A.T Industries Plc".into(), EntityKind::Organization, 2),
            ("Farmers Group Inc".into(), EntityKind::Organization, 1),
            ("Los Angeles".into(), EntityKind::Place, 1),
        ]
    );
}

#[test]
fn a_company_named_for_two_trades_is_one_but_two_companies_are_two() {
    let found = names(
        "Shares of Nippon Telegraph and Telephone Corp fell. Ford Motor Co and Chrysler Corp \
         had no plans. Maxwell's British Printing and Communication Corp PLC launched a bid.",
    );
    let found: Vec<&str> = found.iter().map(|(n, _, _)| n.as_str()).collect();
    assert_eq!(
        found,
        [
            "British Printing and Communication Corp PLC",
            "Chrysler Corp",
            "Ford Motor Co",
            "Maxwell",
            "Nippon Telegraph and Telephone Corp"
        ]
    );
}

#[test]
fn a_grade_is_no_name_and_a_government_is_a_body() {
    assert_eq!(
        kinds(
            "A Band D property will pay more. Opposition Labour councillors voted against. The \
             Welsh Assembly Government had asked for less."
        ),
        [
            ("Labour".into(), EntityKind::Organization),
            ("Welsh Assembly Government".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_two_word_portfolio_is_the_title_s_and_a_nominee_stays_a_person() {
    assert_eq!(
        kinds(
            "It will cut output, Petroleum Resources Minister Rilwanu Lukman said. He named Alan \
             Greenspan to succeed him.\n\nGreenspan's nomination must be confirmed."
        ),
        [
            ("Alan Greenspan".into(), EntityKind::Person),
            ("Rilwanu Lukman".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_number_that_counts_nothing_after_a_name_is_part_of_it() {
    assert_eq!(
        kinds(
            "The scientists behind the ill-fated Beagle 2 Mars lander met. Microsoft's Xbox 360 \
             goes on sale, as Maroon 5 play. Sony sold 20 million."
        ),
        [
            ("Beagle 2".into(), EntityKind::Other),
            ("Maroon 5".into(), EntityKind::Other),
            ("Mars".into(), EntityKind::Other),
            ("Microsoft".into(), EntityKind::Organization),
            ("Sony".into(), EntityKind::Organization),
            ("Xbox 360".into(), EntityKind::Other),
        ]
    );
    // (Not a day, nor a count.)
    assert_eq!(
        kinds("Published 24 November. It gave Congress 90 days."),
        [("Congress".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_number_hyphened_onto_a_name_is_part_of_it() {
    assert_eq!(
        kinds("In the UK, Blink-182 and Radio 1 DJ Chris Moyles made headlines."),
        [
            ("Blink-182".into(), EntityKind::Other),
            ("Chris Moyles".into(), EntityKind::Person),
            ("Radio 1".into(), EntityKind::Organization),
            ("UK".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn initials_written_as_a_word_are_the_body_they_stand_for() {
    assert_eq!(
        kinds("The European Space Agency (Esa) said its British-built lander was lost. Esa will keep listening."),
        [("European Space Agency".into(), EntityKind::Organization)]
    );
    // A body's initials in its own language have its letters in another order.
    assert_eq!(
        kinds("The Brazilian Coffee Institute (IBC) said exports fell. The IBC will meet."),
        [(
            "Brazilian Coffee Institute".into(),
            EntityKind::Organization
        )]
    );
    // A given name is not taken for initials.
    let got = kinds("The Animal Nutrition Network thanked Ann.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn the_capitals_of_a_name_with_a_capital_inside_are_its_initials() {
    let got = names("Sony launched the PlayStation Portable on Monday. Gamers queued for the PSP.");
    let n: Vec<(&str, usize)> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("PlayStation Portable", 2), ("Sony", 1)]);
}

#[test]
fn a_title_word_after_a_capitalised_small_word_belongs_to_a_title_cased_name() {
    assert_eq!(
        kinds("The campaign is called The Long Walk To Justice."),
        [("Long Walk To Justice".into(), EntityKind::Other)]
    );
}

#[test]
fn a_company_of_america_is_one_name_in_the_headline_and_the_story() {
    assert_eq!(
        names_with_headline(
            "HOSPITAL CORP OF AMERICA 4TH QTR NET FALLS",
            "Hospital Corp of America said its net income fell."
        ),
        [("Hospital Corp of America".into(), EntityKind::Organization)]
    );
    assert_eq!(
        names_with_headline(
            "HOSPITAL CORP OF AMERICA 4TH QTR NET FALLS",
            "The company said its net income fell."
        ),
        [("HOSPITAL CORP OF AMERICA".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_financier_opening_the_story_is_described_not_named() {
    assert_eq!(
        kinds("NEW YORK, Oct 5 - Financier Carl Icahn said he would bid."),
        [
            ("Carl Icahn".into(), EntityKind::Person),
            ("NEW YORK".into(), EntityKind::Place)
        ]
    );
}

#[test]
fn a_chamber_of_something_opening_a_sentence_is_one_body() {
    assert_eq!(
        kinds(
            "The Chamber of Mines, which represents the owners, offered more. A Chamber \
             spokesman agreed."
        ),
        [("Chamber of Mines".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_participle_opening_a_sentence_before_a_number_names_nothing() {
    assert_eq!(
        kinds("Chasing 240 to win, England reached their target."),
        [("England".into(), EntityKind::Place)]
    );
    assert_eq!(
        kinds("Set 378 to win, South Africa were bowled out for 290."),
        [("South Africa".into(), EntityKind::Place)]
    );
}

#[test]
fn a_small_word_with_a_capital_ending_a_phrase_opens_a_title_and_ends_the_name() {
    let got = names("Brando won Oscars for On the Waterfront. He liked Plan A.");
    let n: Vec<&str> = got.iter().map(|g| g.0.as_str()).collect();
    assert!(n.contains(&"Oscars"), "{n:?}");
    assert!(n.contains(&"Plan A"), "{n:?}");
    assert!(!n.iter().any(|name| name.ends_with(" On")), "{n:?}");
}

#[test]
fn a_bill_is_a_law_to_be_made_and_no_person() {
    assert_eq!(
        kinds("The Identity Cards Bill is expected to have its second reading. Bill Morris spoke."),
        [
            ("Bill Morris".into(), EntityKind::Person),
            ("Identity Cards Bill".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn an_event_named_by_a_titles_holder_is_one_name() {
    assert_eq!(
        kinds("Speaking at Prime Minister's Questions, Mr Blair said the bill was in the Queen's Speech. The President's Office said no."),
        [
            ("Blair".into(), EntityKind::Person),
            ("President's Office".into(), EntityKind::Organization),
            ("Prime Minister's Questions".into(), EntityKind::Other),
            ("Queen's Speech".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn words_before_a_knighthood_describe_the_knight() {
    assert_eq!(
        kinds("Former Beatle Sir Paul McCartney was third. Labour MP Sir Gerald Kaufman spoke."),
        [
            ("Labour".into(), EntityKind::Organization),
            ("Sir Gerald Kaufman".into(), EntityKind::Person),
            ("Sir Paul McCartney".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_weekday_s_abbreviation_can_open_a_name() {
    assert_eq!(
        kinds("It began after a complaint by rival Sun Microsystems. Trading on Sun Feb 1 and Mon Feb 2 was thin."),
        [("Sun Microsystems".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_word_saying_what_a_market_measure_is_of_is_no_name() {
    assert_eq!(
        kinds("House prices edge up\n\nHouse prices rose by 0.4%, according to Acme Bank.\n\nTesco sales fell."),
        [
            ("Acme Bank".into(), EntityKind::Organization),
            ("Tesco".into(), EntityKind::Organization),
        ]
    );
    // (An owner's possessive says whose they are.)
    assert_eq!(found_names("Nissan's sales fell 3%."), ["Nissan"]);
}

#[test]
fn a_sentence_opening_first_or_new_before_a_name_word_is_part_of_the_name() {
    let got: Vec<(String, usize)> = names(
        "Lenders backed First City Bancorporation of Texas Inc. First City lost 402 mln dlrs. \
         New Labour won. First, Shell said it would wait.",
    )
    .into_iter()
    .map(|(name, _, mentions)| (name, mentions))
    .collect();
    assert_eq!(
        got,
        [
            ("First City Bancorporation of Texas Inc".into(), 2),
            ("New Labour".into(), 1),
            ("Shell".into(), 1),
        ]
    );
}

#[test]
fn a_teenager_or_rookie_opening_a_sentence_describes_the_name() {
    let got = kinds("Teenager Cesc Fabregas set up both goals. Rookie Lewis Hamilton won.");
    assert_eq!(
        got,
        [
            ("Cesc Fabregas".into(), EntityKind::Person),
            ("Lewis Hamilton".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn an_assistant_opening_a_sentence_describes_the_name() {
    assert_eq!(
        kinds("Assistant Bruno Saltor will take charge for the game."),
        [("Bruno Saltor".into(), EntityKind::Person)]
    );
}

#[test]
fn a_part_in_a_crime_opening_a_sentence_describes_the_name() {
    let got = found_names(
        "Ringleader Alex Bell, 29, was jailed. Defendant Mary Jones denied it. Suspect Tom Hill fled.",
    );
    assert_eq!(got, ["Alex Bell", "Mary Jones", "Tom Hill"]);
}

#[test]
fn an_award_keeps_the_people_it_is_named_for() {
    let got =
        kinds("She has won a Bafta and a European Film Award. He took the British Book Award.");
    assert!(
        got.contains(&("European Film Award".into(), EntityKind::Other)),
        "{got:?}"
    );
    assert!(
        got.contains(&("British Book Award".into(), EntityKind::Other)),
        "{got:?}"
    );
    assert!(!got.iter().any(|(n, _)| n == "Film Award"), "{got:?}");
}

#[test]
fn a_title_after_a_body_named_with_of_splits_the_body_from_the_holder() {
    let got = kinds(
        "Bank of Italy Governor Carlo Azeglio Ciampi said policy would stay tight. \
         The Office of the Deputy Prime Minister agreed.",
    );
    assert!(
        got.contains(&("Bank of Italy".into(), EntityKind::Organization)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Carlo Azeglio Ciampi".into(), EntityKind::Person)),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Office of the Deputy Prime Minister".into(),
            EntityKind::Organization
        )),
        "{got:?}"
    );
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_body_named_for_two_fields_is_one_name() {
    let got = kinds(
        "It was licensed by the Human Fertilisation and Embryology Authority. \
         Shares in Tesco Stores and Water Authority bonds fell.",
    );
    assert!(
        got.contains(&(
            "Human Fertilisation and Embryology Authority".into(),
            EntityKind::Organization
        )),
        "{got:?}"
    );
    assert!(
        !got.iter().any(|(n, _)| n.starts_with("Tesco Stores and")),
        "{got:?}"
    );
}

#[test]
fn a_known_place_takes_no_for() {
    let got = kinds(
        "Fans will travel to Istanbul for the Champions League final. Transport for London \
         agreed.",
    );
    assert!(
        got.contains(&("Istanbul".into(), EntityKind::Place)),
        "{got:?}"
    );
    assert!(got.iter().any(|(n, _)| n == "Champions League"), "{got:?}");
    assert!(
        got.iter().any(|(n, _)| n == "Transport for London"),
        "{got:?}"
    );
    assert_eq!(got.len(), 3, "{got:?}");
}

#[test]
fn a_place_named_for_its_owner_by_the_lie_of_the_land_is_one_name() {
    let got: Vec<String> = kinds(
        "The plant at Fishermen's Bend in Melbourne will shut. Trains from King's Cross ran \
         late. London's Hyde Park was shut.",
    )
    .into_iter()
    .map(|(name, _)| name)
    .collect();
    assert_eq!(
        got,
        [
            "Fishermen's Bend",
            "Hyde Park",
            "King's Cross",
            "London",
            "Melbourne"
        ]
    );
}

#[test]
fn a_body_of_a_list_of_trades_is_one_name() {
    let got = kinds(
        "The Canadian Brotherhood of Railway, Transport and General Workers said it would \
         strike. Bank of England Governor Robin Leigh-Pemberton agreed.",
    );
    assert_eq!(
        got,
        [
            ("Bank of England".into(), EntityKind::Organization),
            (
                "Canadian Brotherhood of Railway, Transport and General Workers".into(),
                EntityKind::Organization
            ),
            ("Robin Leigh-Pemberton".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_person_named_again_without_the_middle_name_is_the_same() {
    let got = names(
        "Bank of Italy Governor Carlo Azeglio Ciampi spoke. Later Carlo Ciampi agreed, and \
         Maria Ciampi did not.",
    );
    assert_eq!(
        got,
        [
            ("Carlo Azeglio Ciampi".into(), EntityKind::Person, 2),
            ("Bank of Italy".into(), EntityKind::Organization, 1),
            ("Maria Ciampi".into(), EntityKind::Person, 1),
        ]
    );
}

#[test]
fn a_person_is_called_by_the_name_before_the_letters_after_it() {
    assert_eq!(
        names("His lawyer, Donald Findlay QC, said he would appeal. Mr Findlay spoke outside. Dale Earnhardt Jr won the race; Earnhardt led."),
        [
            ("Dale Earnhardt Jr".into(), EntityKind::Person, 2),
            ("Donald Findlay QC".into(), EntityKind::Person, 2),
        ]
    );
}

#[test]
fn initials_spelled_out_in_lower_case_are_a_common_noun() {
    let names = found_names("The consumer prices index (CPI) rose, the Office for National Statistics (ONS) said. CPI inflation was 2%, and gross domestic product (GDP) grew.");
    assert_eq!(names, ["Office for National Statistics"]);
    // In the plural, said as a word, after an adjective that is a name's.
    let names = found_names(
        "It saves 1.5 billion European currency units (Ecus) and 20 mln special drawing \
         rights (SDRs). Ecus rose.",
    );
    assert!(names.is_empty(), "{names:?}");
}

#[test]
fn an_airline_is_named_for_its_country_or_city() {
    assert_eq!(
        kinds("Air India agreed to buy planes, and Air Canada and Air Berlin did not."),
        [
            ("Air Berlin".into(), EntityKind::Organization),
            ("Air Canada".into(), EntityKind::Organization),
            ("Air India".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_body_s_person_is_not_part_of_its_name() {
    assert_eq!(
        kinds("He criticised Microsoft's Bill Gates."),
        [
            ("Bill Gates".into(), EntityKind::Person),
            ("Microsoft".into(), EntityKind::Organization),
        ]
    );
    // Nor a person's body part of the person's.
    assert_eq!(
        kinds(
            "Rupert Murdoch's News Corporation bought it, and Mr Murdoch spoke. News Corp said so."
        ),
        [
            ("News Corporation".into(), EntityKind::Organization),
            ("Rupert Murdoch".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_building_named_for_its_owner_is_one_place() {
    assert_eq!(
        kinds("They wed at Windsor Castle, then went to St George's Chapel and Guy's Hospital. It lent Tate Gallery a painting."),
        [
            ("Guy's Hospital".into(), EntityKind::Organization),
            ("St George's Chapel".into(), EntityKind::Place),
            ("Tate Gallery".into(), EntityKind::Organization),
            ("Windsor Castle".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_trench_a_reef_and_a_glacier_are_places() {
    assert_eq!(
        kinds("Fish were found in the Atacama Trench, near the Great Barrier Reef and under Thwaites Glacier. It crossed the Berlin Wall and the English Channel."),
        [
            ("Atacama Trench".into(), EntityKind::Place),
            ("Berlin Wall".into(), EntityKind::Place),
            ("English Channel".into(), EntityKind::Place),
            ("Great Barrier Reef".into(), EntityKind::Place),
            ("Thwaites Glacier".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_known_body_with_an_and_inside_is_one_name_and_its_initials_name_it() {
    let got = names("HM Revenue and Customs said it would appeal. HMRC said no.");
    assert_eq!(
        got,
        [("HM Revenue and Customs".into(), EntityKind::Organization, 2)]
    );
}

#[test]
fn one_name_taking_a_plural_verb_is_a_body() {
    assert_eq!(
        kinds("Chelsea have sacked their manager. Chelsea were fifth. Tom Bell has gone."),
        [
            ("Chelsea".into(), EntityKind::Organization),
            ("Tom Bell".into(), EntityKind::Person),
        ]
    );
    // The object of a preposition is not what takes the verb.
    assert_eq!(
        kinds("The family of a man who died in a crash in Lincolnshire have paid tribute."),
        [("Lincolnshire".into(), EntityKind::Place)]
    );
}

#[test]
fn a_company_s_legal_form_abroad_makes_it_a_body() {
    assert_eq!(
        kinds("Profits rose at Telefonos de Mexico SA de CV and at Malayan Banking Bhd."),
        [
            ("Malayan Banking Bhd".into(), EntityKind::Organization),
            (
                "Telefonos de Mexico SA de CV".into(),
                EntityKind::Organization
            ),
        ]
    );
}

#[test]
fn a_majority_leader_or_a_whip_is_a_title_not_part_of_the_body() {
    assert_eq!(
        found_names(
            "The Senate voted. Senate Majority Leader Robert Byrd spoke. Chief Whip Tim Hale left."
        ),
        ["Senate", "Robert Byrd", "Tim Hale"]
    );
}

#[test]
fn a_person_and_a_body_before_a_title_are_two_names() {
    assert_eq!(
        found_names("Charles Kennedy and Treasury chief secretary Danny Alexander lost. Wagner and Brown spokesman Jim Smith spoke."),
        ["Charles Kennedy", "Danny Alexander", "Jim Smith", "Treasury", "Wagner and Brown"]
    );
}

#[test]
fn a_plus_written_onto_a_name_is_the_name_s() {
    assert_eq!(
        kinds("Viewers of Disney+, Netflix and Canal+ grew."),
        [
            ("Canal+".into(), EntityKind::Other),
            ("Disney+".into(), EntityKind::Organization),
            ("Netflix".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_relative_named_by_a_first_name_is_a_person_and_an_air_base_a_place() {
    assert_eq!(
        kinds("He and his wife Imelda flew to Clark Air Base. Her husband, Benigno, died."),
        [
            ("Benigno".into(), EntityKind::Person),
            ("Clark Air Base".into(), EntityKind::Place),
            ("Imelda".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn an_airline_named_air_lines_is_a_body() {
    assert_eq!(
        kinds("Engines went to Delta Air Lines."),
        [("Delta Air Lines".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_double_barrelled_surname_s_first_half_is_the_person() {
    assert_eq!(
        names("Robert Kilroy-Silk quit. The BBC had suspended Kilroy in January."),
        [
            ("Robert Kilroy-Silk".into(), EntityKind::Person, 2),
            ("BBC".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn a_company_s_legal_form_abroad_makes_it_a_company() {
    assert_eq!(
        kinds("Montedison SpA agreed to buy a stake in Erbamont NV from Siemens AG."),
        [
            ("Erbamont NV".into(), EntityKind::Organization),
            ("Montedison SpA".into(), EntityKind::Organization),
            ("Siemens AG".into(), EntityKind::Organization),
        ]
    );
    // (Written with a slash, in Denmark and Norway.)
    assert_eq!(
        kinds("Norsk Hydro A/S agreed to buy Cofaz SA. Norsk Hydro said so."),
        [
            ("Norsk Hydro A/S".into(), EntityKind::Organization),
            ("Cofaz SA".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_tax_authority_of_two_fields_is_one_body() {
    assert_eq!(
        kinds("The cuts fall on the Inland Revenue and Customs and Excise, which are to merge."),
        [
            ("Customs and Excise".into(), EntityKind::Organization),
            ("Inland Revenue".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_company_without_its_legal_form_opening_a_sentence_is_the_company() {
    assert_eq!(
        names("Ernest Saunders, former chairman of Guinness Plc, was charged.\n\nGuinness has said it paid fees."),
        [
            ("Guinness Plc".into(), EntityKind::Organization, 2),
            ("Ernest Saunders".into(), EntityKind::Person, 1),
        ]
    );
}

#[test]
fn a_newspaper_is_named_by_its_last_word() {
    assert_eq!(
        kinds("He told the Neue Zuercher Zeitung and the Montreal Gazette so."),
        [
            ("Montreal Gazette".into(), EntityKind::Organization),
            ("Neue Zuercher Zeitung".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_weekday_s_abbreviation_names_unless_it_dates_a_line() {
    let got: Vec<(String, usize)> = names("Microsoft settles with Sun\n\nMicrosoft Corp will pay Sun Microsystems Inc, and Sun shares rose, and Sun, which has made losses, will cut jobs.\n\nPrices on Sun, March 1 and Sat 8 Aug; open Mon-Fri and Sat/Sun.\n\nSat: rain. Sun: sun. Sat: cloud.")
        .into_iter()
        .map(|(name, _, mentions)| (name, mentions))
        .collect();
    assert_eq!(
        got,
        [
            ("Sun Microsystems Inc".into(), 4),
            ("Microsoft Corp".into(), 2)
        ]
    );
}

#[test]
fn common_opens_a_name_and_names_no_member_of_the_commons() {
    let names = found_names("The European Community, whose Common Agricultural Policy costs billions, said no. The Commons voted.");
    assert_eq!(
        names,
        [
            "Common Agricultural Policy",
            "Commons",
            "European Community"
        ]
    );
}

#[test]
fn portfolios_listed_in_a_title_are_no_names() {
    let names = found_names("Culture, Media and Sport Secretary Tessa Jowell met Work and Pensions Secretary Alan Johnson. Environment, Food and Rural Affairs Secretary Margaret Beckett agreed, as did International Development Secretary Hilary Benn.");
    assert_eq!(
        names,
        [
            "Alan Johnson",
            "Hilary Benn",
            "Margaret Beckett",
            "Tessa Jowell"
        ]
    );
    assert_eq!(
        found_names("Law and Order Minister Adriaan Vlok said 2,000 people were held."),
        ["Adriaan Vlok"]
    );
}

#[test]
fn a_known_body_s_name_may_end_in_or_hold_a_title_word() {
    let got = kinds("Health and Safety Executive inspectors visited the site.");
    assert_eq!(
        got,
        [(
            "Health and Safety Executive".into(),
            EntityKind::Organization
        )]
    );
    // (Or hold one.)
    assert_eq!(
        found_names(
            "Britain would take refugees from the United Nations High Commissioner for \
             Refugees (UNHCR) instead."
        ),
        ["United Nations High Commissioner for Refugees", "Britain"]
    );
}

#[test]
fn a_measure_of_the_money_supply_is_no_name_but_a_motorway_is() {
    let names = found_names("Britain's broad money supply, sterling M3, rose 0.7 pct. The narrow measure, M0, fell. Sterling M3 grew 1 pct in the money supply figures. The M1 motorway was shut.");
    assert_eq!(names, ["Britain", "M1"]);
}

#[test]
fn a_word_opening_a_sentence_and_set_off_by_a_kind_of_body_names_one() {
    assert_eq!(
        kinds("Acclaim, the games maker, has cut 150 jobs."),
        [("Acclaim".into(), EntityKind::Organization)]
    );
    assert_eq!(
        kinds("Babyshambles, the band fronted by a singer, have cancelled their tour."),
        [("Babyshambles".into(), EntityKind::Organization)]
    );
    // (Described by where it is.)
    assert_eq!(
        kinds("Apacs, the UK payments association, said losses rose."),
        [
            ("Apacs".into(), EntityKind::Organization),
            ("UK".into(), EntityKind::Place)
        ]
    );
}

#[test]
fn an_investor_opening_a_wire_story_describes_the_name() {
    let names = found_names("NEW YORK, March 18 - Investor Carl Icahn said he may seek control.");
    assert_eq!(names, ["Carl Icahn", "NEW YORK"]);
}

#[test]
fn a_known_body_s_initials_are_no_short_form_of_a_company_they_head() {
    let got = names("The BBC said it was happy. The plan creates a BBC Trust. Paramount Pictures said no. Paramount agreed.");
    let got: Vec<(&str, usize)> = got.iter().map(|(n, _, m)| (n.as_str(), *m)).collect();
    assert_eq!(
        got,
        [("Paramount Pictures", 2), ("BBC", 1), ("BBC Trust", 1)]
    );
}

#[test]
fn a_people_of_two_words_before_a_title_is_no_name() {
    let got = kinds("Costa Rican President Oscar Arias proposed a plan. Sri Lankan troops moved.");
    assert_eq!(got, [("Oscar Arias".into(), EntityKind::Person)]);
}

#[test]
fn a_firm_of_two_partners_joined_to_another_name_by_and_is_whole() {
    let names = found_names("The firm got an offer from a partnership of Wagner and Brown and AFG Industries Inc. Texas and Louisiana agreed.");
    assert_eq!(
        names,
        [
            "AFG Industries Inc",
            "Louisiana",
            "Texas",
            "Wagner and Brown"
        ]
    );
}

#[test]
fn a_firm_of_two_partners_after_a_company_s_legal_suffix_is_whole() {
    let names = found_names("The board rejected an offer from a partnership of AFG Industries Inc and Wagner and Brown. Smith and Jones Ltd and Hill and Knowlton agreed.");
    assert_eq!(
        names,
        [
            "AFG Industries Inc",
            "Hill and Knowlton",
            "Smith and Jones Ltd",
            "Wagner and Brown"
        ]
    );
}

#[test]
fn initials_that_end_a_sentence_end_the_name() {
    let names = found_names("It sold 3.7 billion dlrs worth of textiles to the U.S. Last year it sold less. It flew to the U.S. Next week it goes to Britain.");
    assert_eq!(names, ["U.S.", "Britain"]);
}

#[test]
fn an_under_secretary_s_title_is_no_part_of_a_name() {
    let names = found_names("U.S. Under Secretary of State Allen Wallis spoke to Britain's Foreign Office Under Secretary Tim Lee.");
    assert_eq!(
        names,
        [
            "Allen Wallis",
            "Britain",
            "Foreign Office",
            "Tim Lee",
            "U.S."
        ]
    );
}

#[test]
fn a_currency_in_capitals_after_its_figure_is_no_name() {
    let names = found_names("Turnover was 3.2 billion H.K. Dlrs. It cost 5 mln U.S. Dlrs, 70 Australian Dlrs and 71.40 U.S. Cents.");
    assert_eq!(names, ["U.S."]);
}

#[test]
fn a_public_body_of_a_place_and_its_neighbour_is_named_whole() {
    let names = found_names("The Cardiff and Vale NHS Trust said so. The England and Wales Cricket Board agreed. Devon and Cornwall Police said. Britain and Vodafone Group agreed.");
    assert_eq!(
        names,
        [
            "Britain",
            "Cardiff and Vale NHS Trust",
            "Devon and Cornwall Police",
            "England and Wales Cricket Board",
            "Vodafone Group"
        ]
    );
    let names = found_names(
        "She was taken to the Luton and Dunstable Hospital. Scottish and Southern Energy said so.",
    );
    assert_eq!(
        names,
        [
            "Luton and Dunstable Hospital",
            "Scottish and Southern Energy"
        ]
    );
}

#[test]
fn a_company_s_legal_name_of_a_place_is_whole_but_a_person_of_a_company_is_two() {
    let names = found_names(
        "Gold Fields of South Africa Ltd said so. John Smith of South Africa Ltd spoke.",
    );
    assert_eq!(names, ["Gold Fields of South Africa Ltd", "John Smith"]);
    // (Another name after it.)
    let names =
        found_names("Mines run by Gold Fields of South Africa Ltd and Anglo American Corp shut.");
    assert_eq!(
        names,
        ["Anglo American Corp", "Gold Fields of South Africa Ltd"]
    );
}

#[test]
fn a_nationality_describing_a_place_of_two_words_is_no_part_of_its_name() {
    let names = found_names("British North Sea oil output fell. It moved to British Columbia. Canadian Pacific Ltd said Canadian Pacific would sell.");
    assert_eq!(
        names,
        ["Canadian Pacific Ltd", "British Columbia", "North Sea"]
    );
}

#[test]
fn a_known_name_holding_a_possessive_and_of_is_whole() {
    assert_eq!(
        found_names("Lloyd's of London said rates would rise. Japan's Ministry of Finance agreed."),
        ["Japan", "Lloyd's of London", "Ministry of Finance"]
    );
}

#[test]
fn a_body_s_initials_and_general_are_one_body_but_a_title_before_a_name_is_a_title() {
    let got = names("It may sell its RKO General broadcasting unit and RKO General's stations. UN Secretary General Kofi Annan agreed. The Attorney General said no.");
    assert_eq!(
        got,
        [
            ("RKO General".into(), EntityKind::Organization, 2),
            ("Kofi Annan".into(), EntityKind::Person, 1),
            ("UN".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn initials_leave_out_a_legal_suffix_of_two_words() {
    let got = names("British Petroleum Co PLC will bid. BP chairman Sir Peter Walters agreed.");
    let got: Vec<(&str, usize)> = got.iter().map(|(n, _, m)| (n.as_str(), *m)).collect();
    assert_eq!(
        got,
        [("British Petroleum Co PLC", 2), ("Sir Peter Walters", 1)]
    );
}

#[test]
fn the_third_world_is_a_place() {
    assert_eq!(
        kinds("Chase took a provision against its Third World loans."),
        [("Third World".into(), EntityKind::Place)]
    );
}

#[test]
fn a_guild_of_a_place_is_one_body_and_its_noun_stands_for_it() {
    let got = names("The Writers Guild of America said the deal was fair. \"Good,\" said Guild president Daniel Petrie.");
    let got: Vec<(&str, usize)> = got.iter().map(|(n, _, m)| (n.as_str(), *m)).collect();
    assert_eq!(got, [("Writers Guild of America", 2), ("Daniel Petrie", 1)]);
}

#[test]
fn a_guessed_name_after_a_persons_possessive_is_a_thing_of_theirs() {
    assert_eq!(
        kinds("Her film was Mike Leigh's Vera Drake. The chef launched Jamie's School Dinners. Chelsea's Frank Lampard scored. Kanye West won. West's The College Dropout and Green Day's American Idiot sold."),
        [
            ("Kanye West".into(), EntityKind::Person),
            ("American Idiot".into(), EntityKind::Other),
            ("Chelsea".into(), EntityKind::Other),
            ("College Dropout".into(), EntityKind::Other),
            ("Frank Lampard".into(), EntityKind::Person),
            ("Green Day".into(), EntityKind::Other),
            // (A given name's possessive names the work with it.)
            ("Jamie's School Dinners".into(), EntityKind::Other),
            ("Mike Leigh".into(), EntityKind::Person),
            ("Vera Drake".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_company_capitalised_inside_is_found_in_its_possessive() {
    assert_eq!(
        kinds("Shares fell. Rival easyJet's shares were down 3%. Analysts at eBay's bank agreed."),
        [
            ("eBay".into(), EntityKind::Organization),
            ("easyJet".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_magistrate_or_a_coroner_is_a_title_before_the_name() {
    assert_eq!(
        kinds("Magistrate David Hopkin ruled. Later, Coroner Paul Knapman said so."),
        [
            ("David Hopkin".into(), EntityKind::Person),
            ("Paul Knapman".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_report_or_a_directive_is_a_paper_and_sub_saharan_africa_a_place() {
    assert_eq!(
        kinds("Sub-Saharan Africa would be hardest hit, the bank said in its World Development Report. Greater London grew under the Third Country Meat Directive."),
        [
            ("Greater London".into(), EntityKind::Place),
            ("Sub-Saharan Africa".into(), EntityKind::Place),
            ("Third Country Meat Directive".into(), EntityKind::Other),
            ("World Development Report".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn initials_that_spell_a_names_first_word_are_not_the_name() {
    let got = names("It hit U.S. exports. The U.S. Senate and U.S. Steel said so.");
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("U.S.", 1), ("U.S. Senate", 1), ("U.S. Steel", 1)]);
}

#[test]
fn people_of_a_kind_opening_a_sentence_name_nobody() {
    assert_eq!(
        found_names("Forecasters say more rain is due in Kenya. Meteorologists say so too."),
        ["Kenya"]
    );
}

#[test]
fn the_internet_or_the_web_opens_a_name_written_after_it() {
    assert_eq!(
        kinds("Most people use Internet Explorer. Internet Security Systems Inc said the Internet boom was over, as more people use the Web."),
        [
            ("Internet Explorer".into(), EntityKind::Other),
            ("Internet Security Systems Inc".into(), EntityKind::Organization),
        ]
    );
    assert_eq!(
        found_names("The flaws affect Internet Explorer and Office. The Transport and General Workers Union met."),
        ["Internet Explorer", "Office", "Transport and General Workers Union"]
    );
}

#[test]
fn where_a_company_is_based_is_a_place() {
    assert_eq!(
        kinds("A spokeswoman for the Toulouse-based company said so. The Aslef union agreed."),
        [
            ("Aslef".into(), EntityKind::Organization),
            ("Toulouse".into(), EntityKind::Place),
        ]
    );
    // Where it is registered, too; and what is set off so after a name is a body.
    assert_eq!(
        kinds("Erbamont, a Netherlands Antilles-registered drugs company, agreed."),
        [
            ("Erbamont".into(), EntityKind::Organization),
            ("Netherlands Antilles".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_count_listed_after_a_body_is_not_part_of_its_name() {
    assert_eq!(
        found_names("The Conservatives won 375 seats, Labour 229 and the Liberal-SDP Alliance 22. He listens to BBC Radio 4."),
        ["BBC Radio 4", "Conservatives", "Labour", "Liberal-SDP Alliance"]
    );
}

#[test]
fn a_number_opening_a_sentence_counts_what_follows_a_place_or_initials() {
    assert_eq!(
        found_names("Three U.S. warships sailed. Five EU states agreed. Three Mile Island nuclear plant closed."),
        ["EU", "Three Mile Island", "U.S."]
    );
}

#[test]
fn a_participle_hyphened_onto_a_name_is_no_part_of_it() {
    assert_eq!(
        kinds(
            "The first U.S.-escorted convoy left, led by Vice Economics Minister Wang Chien-shien."
        ),
        [
            ("U.S.".into(), EntityKind::Place),
            ("Wang Chien-shien".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_firm_written_with_its_possessive_keeps_it_before_its_verb_and_is_one_firm() {
    assert_eq!(
        kinds("Christie's said buyers came from 15 countries. \"It sold well,\" said Christie's specialist Pat Frost. OPEC's agreed ceiling held."),
        [
            ("Christie's".into(), EntityKind::Organization),
            ("OPEC".into(), EntityKind::Organization),
            ("Pat Frost".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_country_s_short_name_hyphened_to_a_noun_is_the_country() {
    assert_eq!(
        found_names("Twelve U.S.-flag vessels and a Japan-flag tanker sailed from Sweden."),
        ["Japan", "Sweden", "U.S."]
    );
}

#[test]
fn a_capital_letter_hyphened_to_a_noun_names_nothing() {
    assert_eq!(
        found_names(
            "The J-curve effect forced a U-turn, said Tom Smith. X-rays showed it. A-level \
             results rose."
        ),
        ["Tom Smith"]
    );
    // (Nor does a number word so hyphened.)
    assert_eq!(
        found_names("Six-time Olympic champion Sir Chris Hoy spoke."),
        ["Sir Chris Hoy"]
    );
}

#[test]
fn a_firm_s_name_ends_at_its_legal_form_before_a_model_s_number() {
    assert_eq!(
        found_names("British Airways will buy 16 Boeing Co 757 jets."),
        ["Boeing Co", "British Airways"]
    );
}

#[test]
fn a_maker_s_name_with_a_model_s_designation_is_no_person() {
    // Neither a body and a person (`Labour Tony Blair`) nor a person whose surname is the
    // designation.
    assert_eq!(
        kinds("It will buy 10 Airbus Industrie A320 jets and two Fokker F27 planes."),
        [
            ("Airbus Industrie".into(), EntityKind::Organization),
            ("Fokker F27".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_number_opening_a_sentence_counts_the_plural_after_a_name() {
    assert_eq!(
        found_names(
            "Seven Labour MPs rebelled. Two Sony executives left. Four Seasons hotels grew."
        ),
        ["Four Seasons", "Labour", "Sony"]
    );
}

#[test]
fn a_language_alone_names_nothing() {
    assert_eq!(
        found_names(
            "The party's name is Latin for truth. Lessons in Swahili and Hebrew began. \
             The Tamil Tigers fought on near Latin America."
        ),
        ["Latin America", "Tamil Tigers"]
    );
}

#[test]
fn a_people_in_the_plural_names_nothing_but_a_team_named_for_it_does() {
    assert_eq!(
        found_names("Half of ordinary Kenyans live on $1 a day. The Houston Texans won."),
        ["Houston Texans"]
    );
}

#[test]
fn a_place_s_kind_after_its_name_says_it_is_a_place() {
    assert_eq!(
        kinds("In Indonesia's Aceh province, 100,000 died. Fighting spread on Bali island."),
        [
            ("Aceh".into(), EntityKind::Place),
            ("Bali".into(), EntityKind::Place),
            ("Indonesia".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn an_airport_after_its_name_says_it_is_a_place() {
    assert_eq!(
        kinds("It was paid for flying to Charleroi airport. Flights from Lydd and Manston airports fell."),
        [
            ("Charleroi".into(), EntityKind::Place),
            ("Lydd".into(), EntityKind::Place),
            ("Manston".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_given_name_and_a_body_s_word_that_is_a_surname_are_a_person() {
    assert_eq!(
        kinds("\"Fine,\" said Jim Press, president of Toyota. The Washington Post agreed."),
        [
            ("Jim Press".into(), EntityKind::Person),
            ("Toyota".into(), EntityKind::Organization),
            ("Washington Post".into(), EntityKind::Organization),
        ]
    );
    assert_eq!(
        kinds("Volvo is owned by Geely Holding, Lisa Holding said."),
        [
            ("Geely Holding".into(), EntityKind::Organization),
            ("Lisa Holding".into(), EntityKind::Person),
            ("Volvo".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_carmaker_named_for_its_founder_is_a_body_unless_a_person_of_the_name_is_met() {
    assert_eq!(
        kinds("General Motors and Ford reported falls. Toyota may overtake Ford."),
        [
            ("Ford".into(), EntityKind::Organization),
            ("General Motors".into(), EntityKind::Organization),
            ("Toyota".into(), EntityKind::Organization),
        ]
    );
    assert_eq!(
        kinds("President Gerald Ford met him. Mr Ford said no."),
        [("Gerald Ford".into(), EntityKind::Person)]
    );
}

#[test]
fn names_listed_after_works_in_the_plural_are_works() {
    assert_eq!(
        kinds(
            "He made three films, including Edward Scissorhands and Sleepy Hollow. Her novels \
             include Atonement. Stars including Tom Cruise came."
        ),
        [
            ("Atonement".into(), EntityKind::Other),
            ("Edward Scissorhands".into(), EntityKind::Other),
            ("Sleepy Hollow".into(), EntityKind::Other),
            ("Tom Cruise".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn an_illness_named_for_whom_described_it_names_nobody() {
    assert_eq!(
        found_names(
            "A boy with Asperger's syndrome. She has Alzheimer's disease. Mr Smith's disease \
             worsened."
        ),
        ["Smith"]
    );
}

#[test]
fn a_guessed_person_named_again_with_which_is_a_body() {
    assert_eq!(
        kinds(
            "A firm that supplies MG Rover will cut jobs. MG Rover, which employs 6,000 \
             people, fell. Microsoft will not cut the price of the Xbox, which sells for £129."
        ),
        [
            ("MG Rover".into(), EntityKind::Organization),
            ("Microsoft".into(), EntityKind::Organization),
            ("Xbox".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_statute_s_short_title_keeps_its_parts_in_brackets() {
    assert_eq!(
        kinds(
            "The Terminally Ill Adults (End of Life) Bill passed. The Children (Scotland) Act \
             1995 applies. The Bank of England (BoE) agreed."
        ),
        [
            ("Bank of England".into(), EntityKind::Organization),
            ("Children (Scotland) Act 1995".into(), EntityKind::Other),
            (
                "Terminally Ill Adults (End of Life) Bill".into(),
                EntityKind::Other
            ),
        ]
    );
}

#[test]
fn the_of_a_verb_takes_after_its_object_joins_no_name() {
    assert_eq!(
        found_names(
            "Mourinho warns Chelsea of Barca threat. Police accused Smith of Fraud Squad \
             leaks. The report warns Bank of England staff."
        ),
        [
            "Bank of England",
            "Barca",
            "Chelsea",
            "Fraud Squad",
            "Mourinho",
            "Smith"
        ]
    );
}

#[test]
fn a_country_s_executive_is_its_government_not_a_chief_executive() {
    assert_eq!(
        kinds(
            "About 13,000 Scots die each year, according to the Scottish Executive. The \
             Northern Ireland Executive's figures agree. Its chief executive, Paul Waterson, \
             said no."
        ),
        [
            (
                "Northern Ireland Executive".into(),
                EntityKind::Organization
            ),
            ("Paul Waterson".into(), EntityKind::Person),
            ("Scottish Executive".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_statute_named_for_a_list_of_subjects_is_one_name() {
    assert_eq!(
        kinds(
            "The Smoking, Health and Social Care (Scotland) Bill was passed. The Gambling, \
             Betting and Lotteries Act applies."
        ),
        [
            (
                "Gambling, Betting and Lotteries Act".into(),
                EntityKind::Other
            ),
            (
                "Smoking, Health and Social Care (Scotland) Bill".into(),
                EntityKind::Other
            ),
        ]
    );
}

#[test]
fn a_name_someone_stars_in_or_directed_is_a_work() {
    assert_eq!(
        kinds(
            "Batman Begins, starring Christian Bale, stayed at number one, while Finding \
             Neverland, starring Johnny Depp, fell. The biopic of the aviation pioneer Howard \
             Hughes, starring Leonardo DiCaprio, opens today."
        ),
        [
            ("Batman Begins".into(), EntityKind::Other),
            ("Christian Bale".into(), EntityKind::Person),
            ("Finding Neverland".into(), EntityKind::Other),
            ("Howard Hughes".into(), EntityKind::Person),
            ("Johnny Depp".into(), EntityKind::Person),
            ("Leonardo DiCaprio".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_firm_s_legal_form_outweighs_a_title_before_it() {
    assert_eq!(
        kinds("The bond is priced at par, lead manager Baring Brothers and Co Ltd said."),
        [(
            "Baring Brothers and Co Ltd".into(),
            EntityKind::Organization
        )]
    );
}

#[test]
fn the_seat_a_member_sits_for_is_a_place() {
    assert_eq!(
        kinds(
            "Mr Field, MP for Birkenhead, spoke. Labour MP for Wallasey Angela Eagle said no. \
             The MSP for North East Fife agreed."
        ),
        [
            ("Angela Eagle".into(), EntityKind::Person),
            ("Birkenhead".into(), EntityKind::Place),
            ("Field".into(), EntityKind::Person),
            ("Labour".into(), EntityKind::Organization),
            ("North East Fife".into(), EntityKind::Place),
            ("Wallasey".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_peer_titled_by_a_surname_is_the_one_person_of_that_surname() {
    assert_eq!(
        found_names("Lord Turner chairs the commission. Adair Turner has warned of it."),
        ["Lord Turner"]
    );
    assert_eq!(
        found_names("Margaret Thatcher spoke. Baroness Thatcher was there."),
        ["Margaret Thatcher"]
    );
    // (Two first names for the surname: which of them is the peer, the text does not say.)
    assert_eq!(
        found_names("Lord Browne spoke. Des Browne and Nick Browne were there."),
        ["Des Browne", "Lord Browne", "Nick Browne"]
    );
}

#[test]
fn a_wire_story_s_angle_brackets_hold_one_company() {
    assert_eq!(
        kinds("A group controlled by <Wagner and Brown> and <AFG Industries Inc> bought it."),
        [
            ("AFG Industries Inc".into(), EntityKind::Organization),
            ("Wagner and Brown".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_wire_headline_s_ticker_names_the_company_after_the_headline_s_verb() {
    let paras = [
        Para::new(
            0,
            "MOODY'S MAY DOWNGRADE TEXAS AIR <TEX> DEBT",
            Role::Headline,
        ),
        Para::new(
            1,
            "Moody's Investors Service Inc said it may downgrade the debt of Texas Air Corp. \
             Moody's said it was concerned.",
            Role::Body,
        ),
    ];
    let found = find(&paras);
    let mut n: Vec<_> = found.list.iter().map(|e| (&*e.name, e.mentions)).collect();
    n.sort();
    assert_eq!(
        n,
        [("Moody's Investors Service Inc", 2), ("Texas Air Corp", 2)]
    );
}

#[test]
fn a_flu_virus_s_strain_names_nobody() {
    assert_eq!(
        found_names(
            "Trials of a vaccine against the H5N1 bird flu virus have begun in the US. It \
             is not the H1N1 strain."
        ),
        ["US"]
    );
}

#[test]
fn the_cocoa_organization_goes_by_its_own_initials() {
    assert_eq!(
        found_names(
            "The International Cocoa Organization's buffer stock manager will buy cocoa, ICCO \
             delegates said."
        ),
        ["International Cocoa Organization"]
    );
}

#[test]
fn a_rival_not_named_by_a_given_name_or_a_body_s_kind_opening_a_sentence_is_a_body() {
    assert_eq!(
        kinds(
            "Rival Target said its sales rose. Rival Carphone Warehouse welcomed it. Rival \
             Gordon Brown said no. Retailer Next said sales fell."
        ),
        [
            ("Carphone Warehouse".into(), EntityKind::Organization),
            ("Gordon Brown".into(), EntityKind::Person),
            ("Next".into(), EntityKind::Organization),
            ("Target".into(), EntityKind::Organization),
        ]
    );
    // (So does a firm's role in a company's affairs.)
    assert_eq!(
        kinds("Administrators PricewaterhouseCoopers said so. Auditors KPMG agreed."),
        [
            ("KPMG".into(), EntityKind::Organization),
            ("PricewaterhouseCoopers".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_president_or_a_director_of_a_name_set_off_after_a_person_heads_a_body() {
    assert_eq!(
        kinds(
            "Paul Dergarabedian, president of Exhibitor Relations, said so. Jacques Chirac, \
             president of France, agreed."
        ),
        [
            ("Exhibitor Relations".into(), EntityKind::Organization),
            ("France".into(), EntityKind::Place),
            ("Jacques Chirac".into(), EntityKind::Person),
            ("Paul Dergarabedian".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn an_office_held_at_a_name_in_an_aside_after_a_person_is_at_a_body() {
    assert_eq!(
        kinds(
            "Jim Lanzone, senior vice president of search properties at Ask Jeeves, said so. \
             Since the Portuguese coach arrived at Stamford Bridge, they won."
        ),
        [
            ("Ask Jeeves".into(), EntityKind::Organization),
            ("Jim Lanzone".into(), EntityKind::Person),
            ("Stamford Bridge".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_d_apostrophe_written_onto_a_capital_is_part_of_the_name() {
    assert_eq!(
        found_names(
            "Valery Giscard d'Estaing spoke. The firm, Cie Generale d'Electricite (CGE), rose."
        ),
        ["Cie Generale d'Electricite", "Valery Giscard d'Estaing"]
    );
}

#[test]
fn a_royal_is_named_with_the_title_and_is_no_namesake_by_first_name() {
    let got = names(
        "Home Secretary Charles Clarke spoke. Prince Charles and Queen Beatrix attended a \
         reception with King Fahd. Later, Charles thanked them.",
    );
    let people: Vec<(&str, usize)> = got.iter().map(|(n, _, m)| (n.as_str(), *m)).collect();
    assert_eq!(
        people,
        [
            ("Prince Charles", 2),
            ("Charles Clarke", 1),
            ("King Fahd", 1),
            ("Queen Beatrix", 1)
        ]
    );
}

#[test]
fn a_season_before_a_noun_in_lower_case_ends_a_name_before_its_for() {
    assert_eq!(
        found_names(
            "Sony is battling Microsoft's Xbox for the Christmas market. The Society for the \
             Protection of Birds met."
        ),
        [
            "Microsoft",
            "Society for the Protection of Birds",
            "Sony",
            "Xbox"
        ]
    );
}

#[test]
fn a_participle_opening_a_sentence_before_its_preposition_is_no_name() {
    assert_eq!(
        found_names(
            "Faced with losses, the firm cut jobs. Faced with rivals, it merged. Hit by the \
             strike, it closed. Hit by rain, it shut. Set up in 1990, it grew. Set in London, \
             it ran."
        ),
        ["London"]
    );
}

#[test]
fn a_registered_company_goes_by_the_quarter_of_the_compass_it_opens_with() {
    let got = names(
        "Pilots at Northwest Airlines Inc voted. Northwest spokesman Bob Gibbons said no. Rain \
         fell in the Southwest.",
    );
    let counted: Vec<(&str, usize)> = got.iter().map(|(n, _, m)| (n.as_str(), *m)).collect();
    assert_eq!(
        counted,
        [
            ("Northwest Airlines Inc", 2),
            ("Bob Gibbons", 1),
            ("Southwest", 1)
        ]
    );
}

#[test]
fn bodies_of_a_kind_in_the_plural_before_a_list_describe_them() {
    assert_eq!(
        kinds(
            "Retailers Woolworths and HMV expect growth. Carmakers Ford, GM and Chrysler agreed."
        ),
        [
            ("Chrysler".into(), EntityKind::Organization),
            ("Ford".into(), EntityKind::Organization),
            ("GM".into(), EntityKind::Organization),
            ("HMV".into(), EntityKind::Organization),
            ("Woolworths".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn an_owner_s_number_in_words_with_a_capital_is_one_name_with_it() {
    assert_eq!(
        found_names("Ocean's Twelve took less than Ocean's Eleven in 2001."),
        ["Ocean's Eleven", "Ocean's Twelve"]
    );
}

#[test]
fn the_house_alone_is_a_chamber_not_the_white_house() {
    let got = names(
        "The White House threatened a veto of the House version. The House bill passed. A \
         White House spokesman said no.",
    );
    let counted: Vec<(&str, usize)> = got.iter().map(|(n, _, m)| (n.as_str(), *m)).collect();
    assert_eq!(counted, [("House", 2), ("White House", 2)]);
}

#[test]
fn a_peers_title_with_no_name_after_it_is_an_office() {
    assert_eq!(
        found_names(
            "But former Law Lord, Lord Lloyd of Berwick, disagreed. The First Sea Lord and \
             three Law Lords spoke in the House of Lords."
        ),
        ["House of Lords", "Lord Lloyd of Berwick"]
    );
}

#[test]
fn a_name_in_mixed_case_ending_in_initials_is_no_persons() {
    assert_eq!(
        kinds("The tool is free to users of Windows XP. King Henry VIII had six wives."),
        [
            ("King Henry VIII".into(), EntityKind::Person),
            ("Windows XP".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn initials_with_an_ampersand_in_brackets_are_the_names_short_form() {
    assert_eq!(
        names("The Transport and General Workers' Union (T&G) said so. The T&G agreed."),
        [(
            "Transport and General Workers' Union".into(),
            EntityKind::Organization,
            3
        )]
    );
}

#[test]
fn first_names_after_relatives_in_the_plural_are_persons() {
    assert_eq!(
        kinds("He arrived with his parents, Joe and Katherine. Glazer and his sons Avi and Joel own it."),
        [
            ("Avi".into(), EntityKind::Person),
            ("Joe".into(), EntityKind::Person),
            ("Joel".into(), EntityKind::Person),
            ("Katherine".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_name_opening_with_a_plain_adjective_is_no_guessed_persons() {
    assert_eq!(
        kinds("The trial at Old Bailey collapsed. Big Brother returns. Paul Focke resigned."),
        [
            ("Big Brother".into(), EntityKind::Other),
            ("Old Bailey".into(), EntityKind::Other),
            ("Paul Focke".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn the_new_year_is_a_season_and_no_name() {
    assert_eq!(
        found_names("The bill will be debated in the New Year, Tony Blair said."),
        ["Tony Blair"]
    );
}

#[test]
fn a_name_opening_or_ending_with_a_place_is_no_guessed_persons() {
    assert_eq!(
        kinds("They trained at London Colney. Analyst Charles Bradford agreed. Mesa Limited Partnership sold."),
        [
            ("Charles Bradford".into(), EntityKind::Person),
            ("London Colney".into(), EntityKind::Other),
            ("Mesa Limited Partnership".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_company_named_abroad_or_a_product_with_a_capital_inside_is_no_persons() {
    assert_eq!(
        kinds("Shares in Banque Indosuez rose. The PlayStation Portable went on sale."),
        [
            ("Banque Indosuez".into(), EntityKind::Organization),
            ("PlayStation Portable".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn an_undersecretary_written_as_one_word_is_a_title() {
    let names = found_names(
        "U.S. Agriculture Undersecretary Daniel Amstutz met Deputy Under-Secretary Mark Jones.",
    );
    assert_eq!(names, ["Daniel Amstutz", "Mark Jones", "U.S."]);
}

#[test]
fn a_business_named_by_a_given_name_s_possessive_is_one_name() {
    let found = kinds(
        "McDonald's Corp and Wendy's International Inc said sales rose. General Host sold its \
         Frank's Nursery unit. Diana's brother spoke.",
    );
    let named: Vec<&str> = found.iter().map(|(n, _)| n.as_str()).collect();
    assert!(named.contains(&"Wendy's International Inc"), "{found:?}");
    assert!(!named.contains(&"International Inc"), "{found:?}");
    let nursery = found.iter().find(|(n, _)| n == "Frank's Nursery");
    assert!(
        nursery.is_some_and(|(_, kind)| *kind != EntityKind::Person),
        "{found:?}"
    );
    assert!(!named.contains(&"Frank"), "{found:?}");
}

#[test]
fn a_digit_said_as_a_word_joins_a_name_but_a_score_joins_none() {
    let names = found_names(
        "Campaign group Fathers 4 Justice says it will stop. It was Chelsea 2 Arsenal 1 at \
         the break.",
    );
    assert!(
        names.contains(&"Fathers 4 Justice".to_string()),
        "{names:?}"
    );
    assert!(
        !names
            .iter()
            .any(|n| n.contains("Arsenal") && n.contains("Chelsea")),
        "{names:?}"
    );
}

#[test]
fn a_family_word_in_the_plural_opens_a_name_and_is_no_title() {
    let names = found_names("He joined Fathers Direct last year.");
    assert_eq!(names, ["Fathers Direct"]);
}

#[test]
fn a_known_name_after_a_given_name_s_possessive_is_a_name_of_its_own() {
    let names =
        found_names("TV chef Jamie Oliver led the campaign. Oliver's Channel 4 series showed it.");
    assert_eq!(names, ["Jamie Oliver", "Channel 4"]);
}

#[test]
fn a_company_s_coined_name_after_the_and_of_a_body_of_is_a_name_of_its_own() {
    let names = found_names(
        "Creditors, including Canadian Imperial Bank of Commerce and Citicorp, objected. The \
         Department of Trade and Industry agreed.",
    );
    assert_eq!(
        names,
        [
            "Canadian Imperial Bank of Commerce",
            "Citicorp",
            "Department of Trade and Industry"
        ]
    );
}

#[test]
fn a_commodity_report_s_words_are_no_names() {
    let names = found_names(
        "Showers continued throughout the week in the zone.\n\nTotal Bahia sales are \
         estimated at 6.13 mln bags.\n\nDealers sold 1,000 tonnes at 1,750 dlrs per tonne FOB \
         to Europe.\n\nButter sold at 3.2 times New York May.",
    );
    assert_eq!(names, ["Bahia", "Europe", "New York"]);
    // Speech after `continued` still says a speaker.
    assert_eq!(
        found_names("\"We will wait,\" Hogg continued.\n\nHogg continued: \"Not now.\""),
        ["Hogg"]
    );
}

#[test]
fn a_given_name_written_short_opens_a_person_s_name() {
    let names = found_names(
        "Charlie Hodgson is expected to start, with Olly Barkley of Bath on the bench and \
         Dave Smith of Leeds in reserve.",
    );
    assert_eq!(
        names,
        [
            "Bath",
            "Charlie Hodgson",
            "Dave Smith",
            "Leeds",
            "Olly Barkley"
        ]
    );
}

#[test]
fn a_committee_after_a_name_says_it_is_a_body() {
    assert_eq!(
        kinds("Mr Johnson told the House Banking subcommittee on monetary policy."),
        [
            ("House Banking".into(), EntityKind::Organization),
            ("Johnson".into(), EntityKind::Person),
        ]
    );
    // So does a unit, a subsidiary or a division.
    assert_eq!(
        kinds("Noranda Inc's Noranda Minerals unit said it will close the smelter."),
        [
            ("Noranda Inc".into(), EntityKind::Organization),
            ("Noranda Minerals".into(), EntityKind::Organization)
        ]
    );
}

#[test]
fn a_body_named_after_what_it_does_or_with_its_s_before_a_verb_is_a_body() {
    let got = kinds(
        "Charity Barnardo's welcomed the pledge. Bookmaker William Hill said bets rose. \
         Britain's embattled industry shrank, and OPEC's agreed ceiling held.",
    );
    assert_eq!(
        got,
        [
            ("Barnardo's".to_string(), EntityKind::Organization),
            ("Britain".to_string(), EntityKind::Place),
            ("OPEC".to_string(), EntityKind::Organization),
            ("William Hill".to_string(), EntityKind::Organization),
        ]
    );
}

#[test]
fn two_words_after_the_are_a_thing_unless_a_given_name_opens_them() {
    let got = kinds(
        "Apple unveiled the Mac Mini, a computer costing $499. Chrysler will build the Dodge \
         Omni in Kenosha, Wisconsin. It is the Mike Leigh film, and Jane Bloggs said so.",
    );
    assert_eq!(
        got,
        [
            ("Apple".to_string(), EntityKind::Organization),
            ("Chrysler".to_string(), EntityKind::Organization),
            ("Dodge Omni".to_string(), EntityKind::Other),
            ("Jane Bloggs".to_string(), EntityKind::Person),
            ("Kenosha".to_string(), EntityKind::Place),
            ("Mac Mini".to_string(), EntityKind::Other),
            ("Mike Leigh".to_string(), EntityKind::Person),
            ("Wisconsin".to_string(), EntityKind::Place),
        ]
    );
}

#[test]
fn names_listed_before_a_kind_of_place_in_the_plural_are_places() {
    let got = kinds("Dry weather hit crops in Cordoba and Santa Fe provinces.");
    assert_eq!(
        got,
        [
            ("Cordoba".to_string(), EntityKind::Place),
            ("Santa Fe".to_string(), EntityKind::Place),
        ]
    );
}

#[test]
fn two_words_after_an_owner_s_word_are_a_thing_and_a_trade_s_last_word_a_company() {
    let got = kinds(
        "Microsoft must sell Windows without its Media Player, after a complaint by Sun \
         Microsystems.",
    );
    assert_eq!(
        got,
        [
            ("Media Player".to_string(), EntityKind::Other),
            ("Microsoft".to_string(), EntityKind::Organization),
            ("Sun Microsystems".to_string(), EntityKind::Organization),
            ("Windows".to_string(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_month_no_one_is_named_is_no_part_of_the_name_after_it() {
    let got = kinds(
        "December Brent rose 25 cents. In March Shell Oil said output fell. June Carter sang.",
    );
    assert_eq!(
        got,
        [
            ("June Carter".to_string(), EntityKind::Person),
            ("Shell Oil".to_string(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_body_of_a_title_in_the_plural_a_titled_company_word_and_brothers_named_together() {
    let got = kinds(
        "He chaired the Council of Economic Advisers under President Ford. It was founded \
         by brothers Edmund and William O'Connor.",
    );
    assert_eq!(
        got,
        [
            (
                "Council of Economic Advisers".to_string(),
                EntityKind::Organization
            ),
            ("Edmund O'Connor".to_string(), EntityKind::Person),
            ("Ford".to_string(), EntityKind::Person),
            ("William O'Connor".to_string(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_body_s_noun_and_what_it_is_of_inside_a_longer_name_is_another_body() {
    let got = names(
        "The Bank of Canada raised its rate. Royal Bank of Canada and the Industrial Bank of \
         Japan followed. Royal Bank said so.",
    );
    assert_eq!(
        got,
        [
            (
                "Royal Bank of Canada".to_string(),
                EntityKind::Organization,
                2
            ),
            ("Bank of Canada".to_string(), EntityKind::Organization, 1),
            (
                "Industrial Bank of Japan".to_string(),
                EntityKind::Organization,
                1
            ),
        ]
    );
}

#[test]
fn a_company_named_by_initials_and_a_surname_is_called_by_the_surname_s_possessive() {
    let got = names(
        "Sainsbury's said sales fell.\n\nSupermarket group J Sainsbury reported a fall. \
         Sainsbury's shares rose. Mr Smith's plan failed.",
    );
    assert_eq!(
        got,
        [
            ("J Sainsbury".to_string(), EntityKind::Organization, 3),
            ("Smith".to_string(), EntityKind::Person, 1)
        ]
    );
}

#[test]
fn a_place_whose_player_follows_is_not_joined_by_for_and_a_plural_that_speaks_is_a_team() {
    let got = kinds(
        "Arsenal agreed a fee with Sevilla for Spain striker Jose Antonio Reyes, the Gunners \
         said. He met the Secretary of State for Scotland.",
    );
    assert_eq!(
        got,
        [
            ("Arsenal".to_string(), EntityKind::Organization),
            ("Gunners".to_string(), EntityKind::Organization),
            ("Jose Antonio Reyes".to_string(), EntityKind::Person),
            ("Scotland".to_string(), EntityKind::Place),
            ("Sevilla".to_string(), EntityKind::Other),
            ("Spain".to_string(), EntityKind::Place),
        ]
    );
}

#[test]
fn one_word_after_the_that_speaks_is_a_body() {
    assert_eq!(
        kinds("The claims were untrue, the Sun said. The Frenchman said he was sad."),
        [("Sun".to_string(), EntityKind::Organization)]
    );
}

#[test]
fn a_company_s_first_word_before_its_trade_opens_a_sentence_as_its_name() {
    let got = names(
        "Zenith Electronics Corp blamed Japanese and Korean imports.\n\nZenith lost 4.1 mln \
         dlrs.",
    );
    assert_eq!(
        got,
        [(
            "Zenith Electronics Corp".to_string(),
            EntityKind::Organization,
            2
        )]
    );
}

#[test]
fn people_or_fans_opening_a_sentence_before_a_speech_verb_name_no_one() {
    let got = kinds(
        "\"People say we are boring,\" he said. Fans said it was dull. Users say it is slow, \
         Jo Bloggs said.",
    );
    assert_eq!(got, [("Jo Bloggs".to_string(), EntityKind::Person)]);
}

#[test]
fn a_singular_role_in_double_s_opening_a_sentence_describes_a_person_not_a_group() {
    assert_eq!(
        kinds("Actress Tilda Swinton will chair the jury. Holders Arsenal beat them."),
        [
            ("Arsenal".into(), EntityKind::Organization),
            ("Tilda Swinton".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_generic_government_or_opposition_in_capitals_is_no_entity() {
    assert_eq!(
        kinds(
            "The minister said the Government would act. Later the Opposition objected. The \
             Scottish Government agreed."
        ),
        [("Scottish Government".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_name_between_its_owner_and_a_product_s_noun_is_the_product() {
    assert_eq!(
        kinds(
            "Microsoft's Xbox Live service has two million users. The Royal Mail service is slow."
        ),
        [
            ("Microsoft".into(), EntityKind::Organization),
            ("Royal Mail".into(), EntityKind::Organization),
            ("Xbox Live".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_word_of_no_place_before_a_known_town_names_its_club_or_firm() {
    assert_eq!(
        kinds("They beat Dynamo Kiev. He joined from Inter Milan. Police in Greater Manchester said so."),
        [
            ("Dynamo Kiev".into(), EntityKind::Organization),
            ("Greater Manchester".into(), EntityKind::Place),
            ("Inter Milan".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_name_whose_singer_or_player_is_named_after_it_is_a_band() {
    assert_eq!(
        kinds(
            "Former Bucks Fizz singer Cheryl Baker is back. The Blur frontman Damon Albarn \
             spoke. Icelandic singer Bjork sang."
        ),
        [
            ("Bjork".into(), EntityKind::Person),
            ("Blur".into(), EntityKind::Organization),
            ("Bucks Fizz".into(), EntityKind::Organization),
            ("Cheryl Baker".into(), EntityKind::Person),
            ("Damon Albarn".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_town_whose_manager_or_player_is_named_is_its_club_and_a_country_its_side() {
    assert_eq!(
        kinds(
            "They drew with Bolton. Bolton manager Sam Allardyce was pleased. Newcastle \
             striker Alan Shearer scored. Spain coach Jordi Arrese was not. Edinburgh lock \
             Scott Murray returns."
        ),
        [
            ("Bolton".into(), EntityKind::Organization),
            ("Alan Shearer".into(), EntityKind::Person),
            ("Edinburgh".into(), EntityKind::Organization),
            ("Jordi Arrese".into(), EntityKind::Person),
            ("Newcastle".into(), EntityKind::Organization),
            ("Sam Allardyce".into(), EntityKind::Person),
            ("Scott Murray".into(), EntityKind::Person),
            ("Spain".into(), EntityKind::Place),
        ]
    );
    // (A town, by itself, stays a place.)
    assert_eq!(
        kinds("He moved to Bolton."),
        [("Bolton".into(), EntityKind::Place)]
    );
}

#[test]
fn one_word_after_a_plural_that_ranks_sides_names_a_side() {
    assert_eq!(
        kinds(
            "They trail leaders Chelsea and beat rivals Sainsbury. His rivals Brown and Blair met."
        ),
        [
            ("Blair".into(), EntityKind::Other),
            ("Brown".into(), EntityKind::Other),
            ("Chelsea".into(), EntityKind::Organization),
            ("Sainsbury".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_firm_s_partners_joined_by_and_co_are_one_name_after_another_firm() {
    assert_eq!(
        found_names(
            "It is managed by Goldman Sachs and Co. Shearson Lehman Brothers Inc said the \
             offering, managed by Shearson and Morgan Stanley and Co, was priced."
        ),
        [
            "Shearson Lehman Brothers Inc",
            "Goldman Sachs and Co",
            "Morgan Stanley and Co"
        ]
    );
}

#[test]
fn a_body_s_noun_alone_is_the_body_of_it_named_first() {
    assert_eq!(
        names(
            "The Bank of England held rates. \"It is right,\" the Bank said. Ross Walker of \
             Royal Bank of Scotland agreed."
        ),
        [
            ("Bank of England".into(), EntityKind::Organization, 2),
            ("Ross Walker".into(), EntityKind::Person, 1),
            ("Royal Bank of Scotland".into(), EntityKind::Organization, 1),
        ]
    );
}

#[test]
fn a_saint_s_alone_is_a_place_and_a_body_set_off_after_its_described_kind_is_one() {
    assert_eq!(
        kinds(
            "They drew at St Andrew's. It tried to stop the sale of its main unit, \
             Yuganskneftegas, last year. It was sued by the firm's administrator, Enrico Bondi."
        ),
        [
            ("Enrico Bondi".into(), EntityKind::Person),
            ("St Andrew's".into(), EntityKind::Place),
            ("Yuganskneftegas".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn where_a_player_or_an_employee_joined_and_came_from_are_bodies() {
    assert_eq!(
        kinds(
            "He joined Chelsea from Porto. She joined the firm from Asda. He joined Blair in it."
        ),
        [
            ("Asda".into(), EntityKind::Organization),
            ("Blair".into(), EntityKind::Other),
            ("Chelsea".into(), EntityKind::Organization),
            ("Porto".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_name_opening_with_a_spanish_or_italian_article_is_no_person_s() {
    assert_eq!(
        kinds("The drought caused by El Nino cut yields. He sang at La Scala."),
        [
            ("El Nino".into(), EntityKind::Other),
            ("La Scala".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn one_word_owning_a_firm_s_figures_is_a_firm() {
    assert_eq!(
        kinds("Sales rose 5 pct, while Costco's sales were up 9 pct. Britain's sales fell."),
        [
            ("Britain".into(), EntityKind::Place),
            ("Costco".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_commission_a_board_or_an_authority_before_a_name_says_it_is_a_body() {
    assert_eq!(
        kinds("Output rose, the state copper commission Cochilco said."),
        [("Cochilco".into(), EntityKind::Organization)]
    );
}

#[test]
fn a_trade_s_producer_set_off_after_a_name_is_a_body_and_a_film_s_a_person() {
    assert_eq!(
        kinds(
            "Codelco, the world's biggest copper producer, accounted for 73 pct. Tom Smith, the \
             film producer, said so."
        ),
        [
            ("Codelco".into(), EntityKind::Organization),
            ("Tom Smith".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_race_is_an_event_and_a_great_river_a_place() {
    assert_eq!(
        kinds(
            "Cambridge won the 151st University Boat Race. Crowds lined the banks of the Thames."
        ),
        [
            ("Cambridge".into(), EntityKind::Place),
            ("Thames".into(), EntityKind::Place),
            ("University Boat Race".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_cup_or_a_contest_is_an_event_not_a_body() {
    assert_eq!(
        kinds(
            "Spain won the Davis Cup in Seville. She will sing at this year's Eurovision Song \
             Contest in Kiev."
        ),
        [
            ("Davis Cup".into(), EntityKind::Other),
            ("Eurovision Song Contest".into(), EntityKind::Other),
            ("Kiev".into(), EntityKind::Place),
            ("Seville".into(), EntityKind::Place),
            ("Spain".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_currency_in_capitals_after_a_spelled_count_is_no_name() {
    assert_eq!(
        kinds("The dollar fell more than two U.S. Cents to 68.20 cents."),
        [("U.S.".into(), EntityKind::Place)]
    );
}

#[test]
fn a_surname_before_the_government_it_leads_is_the_leader_s() {
    assert_eq!(
        kinds(
            "A petition asked the Reagan administration to act. The Labour government had \
             failed, he said."
        ),
        [
            ("Labour".into(), EntityKind::Organization),
            ("Reagan".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_trades_own_last_word_makes_a_firm() {
    let got = kinds(
        "Rivals such as Carphone Warehouse complained. Shares in Barratt Homes fell, and \
         Marston's Brewery and Millennium Hotels said so.",
    );
    let got = [
        got,
        kinds("Detective Sue Hill, of the Metropolitan Police's Flying Squad, said so."),
    ]
    .concat();
    for firm in [
        "Carphone Warehouse",
        "Barratt Homes",
        "Millennium Hotels",
        "Flying Squad",
    ] {
        assert!(
            got.contains(&(firm.to_string(), EntityKind::Organization)),
            "{firm} in {got:?}"
        );
    }
}

#[test]
fn names_listed_after_bodies_of_a_kind_are_bodies() {
    let got = kinds(
        "Rival firms, including Zentrix and Bulldog, complained. Rivals such as Lavasoft \
         offer free tools. Rivals such as Gordon Brown spoke.",
    );
    for body in ["Zentrix", "Bulldog", "Lavasoft"] {
        assert!(
            got.contains(&(body.to_string(), EntityKind::Organization)),
            "{body} in {got:?}"
        );
    }
    assert!(got.contains(&("Gordon Brown".to_string(), EntityKind::Person)));
}

#[test]
fn a_sides_tally_after_its_name_is_no_part_of_it() {
    let got = found_names("The draw left Athletic 11 points behind, and Rovers 2 goals clear.");
    assert!(got.contains(&"Athletic".to_string()), "{got:?}");
    assert!(got.contains(&"Rovers".to_string()), "{got:?}");
    assert!(!got.iter().any(|n| n.contains(char::is_numeric)), "{got:?}");
}

#[test]
fn a_bodys_name_written_onto_based_stays_a_body() {
    let got = kinds(
        "It will replace the London Metal Exchange-based formula. The Toulouse-based firm \
         agreed. Zambia Consolidated Copper Mines produced less.",
    );
    assert!(
        got.contains(&("London Metal Exchange".into(), EntityKind::Organization)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Toulouse".into(), EntityKind::Place)),
        "{got:?}"
    );
    assert!(
        got.contains(&(
            "Zambia Consolidated Copper Mines".into(),
            EntityKind::Organization
        )),
        "{got:?}"
    );
}

#[test]
fn a_known_company_alone_is_its_bank() {
    let got = names(
        "The committee is headed by Lloyds Bank Plc. A Lloyds spokesman declined to comment. \
         Barclays Bank said so, and Barclays agreed.",
    );
    let n: Vec<_> = got.iter().map(|(name, _, m)| (&**name, *m)).collect();
    assert_eq!(n, [("Barclays Bank", 2), ("Lloyds Bank Plc", 2)]);
}

#[test]
fn of_the_after_a_firms_legal_form_says_where_it_is_from() {
    assert_eq!(
        found_names("It beat an offer made by Ford Motor Co of the U.S. in November."),
        ["Ford Motor Co", "U.S."]
    );
    // A body's own `of the` stays: `the Bank of the West`.
    assert_eq!(
        found_names("He joined the Bank of the West."),
        ["Bank of the West"]
    );
}

#[test]
fn a_body_of_a_place_named_with_an_article_is_whole() {
    assert_eq!(
        found_names("Miners at the Mining Corporation of Bolivia struck, as did Farmers Group Inc of Los Angeles."),
        ["Farmers Group Inc", "Los Angeles", "Mining Corporation of Bolivia"]
    );
}

#[test]
fn a_people_after_a_place_describing_what_follows_leaves_the_place() {
    let got = kinds("Iran warned Gulf Arab states today. North American sales rose.");
    assert!(got.contains(&("Gulf".into(), EntityKind::Place)), "{got:?}");
    assert!(
        !got.iter().any(|(n, _)| n == "Gulf Arab" || n == "North"),
        "{got:?}"
    );
}

#[test]
fn initials_may_keep_the_first_of_two_legal_forms() {
    let got = names(
        "British Printing and Communication Corp Plc made a bid. BPCC chairman Robert Maxwell \
         said so.",
    );
    let n: Vec<_> = got.iter().map(|(name, _, m)| (&**name, *m)).collect();
    assert_eq!(
        n,
        [
            ("British Printing and Communication Corp Plc", 2),
            ("Robert Maxwell", 1)
        ]
    );
}

#[test]
fn a_soldiers_rank_is_no_part_of_the_name() {
    assert_eq!(
        kinds(
            "Lance Corporal Darren Larkin, 30, was jailed. Corporal Paul Smith was freed. Judge \
             Advocate Michael Hunter told the court. Lance Armstrong rode on."
        ),
        [
            ("Darren Larkin".into(), EntityKind::Person),
            ("Lance Armstrong".into(), EntityKind::Person),
            ("Michael Hunter".into(), EntityKind::Person),
            ("Paul Smith".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_names_number_written_with_a_slash_is_the_names() {
    assert_eq!(
        kinds("Fahrenheit 9/11, Michael Moore's documentary, was second."),
        [
            ("Fahrenheit 9/11".into(), EntityKind::Other),
            ("Michael Moore".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_listed_makers_name_counted_in_the_plural_is_its_products() {
    assert_eq!(
        found_names("Ryanair ordered 70 more Boeings and ten Airbuses. Boeing said so."),
        ["Boeing", "Ryanair"]
    );
}

#[test]
fn a_bodys_own_word_opening_a_name_makes_a_body() {
    assert_eq!(
        kinds("Union Amicus said it was fantastic news. Bank Leumi shares rose."),
        [
            ("Bank Leumi".into(), EntityKind::Organization),
            ("Union Amicus".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn names_listed_before_works_of_a_kind_are_their_titles() {
    assert_eq!(
        kinds(
            "It makes the Prince of Persia and Splinter Cell games. He starred in the \
             Lethal Weapon and Mad Max films. Nintendo showed it at the E3 games show."
        ),
        [
            ("E3".into(), EntityKind::Organization),
            ("Lethal Weapon".into(), EntityKind::Other),
            ("Mad Max".into(), EntityKind::Other),
            ("Nintendo".into(), EntityKind::Organization),
            ("Prince of Persia".into(), EntityKind::Other),
            ("Splinter Cell".into(), EntityKind::Other),
        ]
    );
}

#[test]
fn a_short_form_coined_from_a_long_name_in_brackets_is_that_name() {
    assert_eq!(
        found_names(
            "Workers at the Mining Corporation of Bolivia (Comibol) struck. Comibol said so. \
             Talks at the European Commission (Brussels) went on."
        ),
        [
            "Mining Corporation of Bolivia",
            "Brussels",
            "European Commission"
        ]
    );
}

#[test]
fn a_trade_body_named_for_two_fields_after_a_people_s_word_is_one_name() {
    let got = kinds(
        "The British Beer and Pub Association said it was disappointed. The National Farmers \
         and Growers Union agreed.",
    );
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert!(
        names.contains(&"British Beer and Pub Association"),
        "{names:?}"
    );
    assert!(
        names.contains(&"National Farmers and Growers Union"),
        "{names:?}"
    );
    assert_eq!(names.len(), 2, "{names:?}");
}

#[test]
fn the_first_of_two_surnames_is_the_person_s() {
    assert_eq!(
        names(
            "Energy Minister Fernando Santos Alvite said exports resumed. Santos said Ecuador \
             would seek to make up for lost exports."
        ),
        [
            ("Fernando Santos Alvite".into(), EntityKind::Person, 2),
            ("Ecuador".into(), EntityKind::Place, 1),
        ]
    );
    // (Written with accents too.)
    assert_eq!(
        names("Fernando Gómez Álvarez spoke. Gómez said it would act."),
        [("Fernando Gómez Álvarez".into(), EntityKind::Person, 2)]
    );
    // (A middle word that is a given name is no surname.)
    let got = names("Jan Peter Balkenende chaired the summit. Peter Mandelson disagreed.");
    assert_eq!(got.len(), 2, "{got:?}");
}

#[test]
fn a_firm_s_partners_close_its_name_before_an_and_that_joins_another() {
    let got = kinds("Analysts at Smith Barney and Co and Salomon Brothers Inc said it would help.");
    let names: Vec<&str> = got.iter().map(|(n, _)| n.as_str()).collect();
    assert_eq!(
        names,
        ["Salomon Brothers Inc", "Smith Barney and Co"],
        "{got:?}"
    );
}

#[test]
fn a_firm_s_partners_and_its_legal_form_after_a_hyphenated_name_are_one_firm() {
    assert_eq!(
        found_names("He works for Merrill-Lynch and Co Inc in Boston."),
        ["Boston", "Merrill-Lynch and Co Inc"]
    );
    // Two firms joined by `and` stay two.
    assert_eq!(
        found_names("Apple and Microsoft Corp said so."),
        ["Apple", "Microsoft Corp"]
    );
}

#[test]
fn the_year_a_company_reports_for_names_nothing() {
    assert_eq!(
        found_names("Net income in Fiscal 1986 rose. NOTE: Fiscal 1987 results restated. Portugal hosted Euro 2004."),
        ["Euro 2004", "Portugal"]
    );
}

#[test]
fn an_italian_or_french_article_of_a_name_joins_it() {
    assert_eq!(
        found_names(
            "He told Corriere della Sera newspaper about Banque des Etats, then Gazzetta dello \
             Sport."
        ),
        [
            "Banque des Etats",
            "Corriere della Sera",
            "Gazzetta dello Sport"
        ]
    );
}

#[test]
fn a_name_ending_in_its_model_s_number_before_its_kind_is_a_product() {
    assert_eq!(
        found_names("The jets will replace older DC-9 aircraft. Sony sold two Xbox 360 consoles."),
        ["Sony"]
    );
    // A maker's name first stays the maker's.
    assert_eq!(
        found_names("Ryanair has ordered 70 more Boeing 737 aircraft."),
        ["Boeing", "Ryanair"]
    );
    // A model's plural counted is a product too.
    assert_eq!(
        found_names("Sony has sold more than 70 million PlayStation 2s."),
        ["Sony"]
    );
}

#[test]
fn a_common_noun_or_a_lone_first_name_before_a_saying_names_nobody() {
    let names = |headline: &str, story: &str| -> Vec<String> {
        names_with_headline(headline, story)
            .into_iter()
            .map(|(n, _)| n)
            .collect()
    };
    assert_eq!(
        names("Charity warns of hunger in Niger", "Aid agencies said so."),
        ["Niger"]
    );
    assert_eq!(
        names("Union says no to deal", "Talks ended."),
        Vec::<String>::new()
    );
    assert_eq!(
        names("Grace warns of famine", "Aid agencies said so."),
        Vec::<String>::new()
    );
    // A first name the story gives in full, and a surname, still name somebody.
    assert_eq!(
        names("Kylie cancels her tour", "Kylie Minogue has cancelled it."),
        ["Kylie Minogue"]
    );
    assert_eq!(names("Henman says he will play", "He is fit."), ["Henman"]);
}

#[test]
fn a_body_overseeing_a_thing_is_not_the_thing() {
    let got = names(
        "Sales of National Lottery tickets fell. The National Lottery Commission will decide. \
         The Federal Reserve Board met, and the Federal Reserve acted.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(
        n,
        [
            ("Federal Reserve Board", 2),
            ("National Lottery", 1),
            ("National Lottery Commission", 1),
        ]
    );
}

#[test]
fn places_listed_with_and_are_each_a_place_and_a_known_one_is_whole() {
    let got = kinds(
        "The worst damage was in Cumbria and Dumfries and Galloway. Trains from Kent and Devon \
         and Galloway ran late. He visited Bosnia and Herzegovina and Croatia.",
    );
    assert_eq!(
        got,
        [
            // (With `Galloway` after `Devon`: a short form of it.)
            ("Dumfries and Galloway".into(), EntityKind::Place),
            ("Bosnia and Herzegovina".into(), EntityKind::Place),
            ("Croatia".into(), EntityKind::Place),
            ("Cumbria".into(), EntityKind::Place),
            ("Devon".into(), EntityKind::Place),
            ("Kent".into(), EntityKind::Place),
        ]
    );
}

#[test]
fn a_councillor_written_short_is_a_title_not_part_of_the_name() {
    let got = kinds(
        "Cllr Shaun Davies, chair of the Local Government Association, said councils faced \
         hard choices. Cllr Davies said bills would rise.",
    );
    assert!(
        got.contains(&("Shaun Davies".to_string(), EntityKind::Person)),
        "{got:?}"
    );
    assert!(!got.iter().any(|(n, _)| n.contains("Cllr")), "{got:?}");
}

#[test]
fn a_given_name_that_is_also_a_place_opens_a_person_s_name_and_an_adjective_names_nobody() {
    let got = kinds(
        "She is the first British woman to win since Virginia Wade in 1978. Sydney Brenner \
         won. The plant in Virginia will close.\n\n\
         The Philippine government has given the rebels until March 31.",
    );
    for person in ["Virginia Wade", "Sydney Brenner"] {
        assert!(
            got.contains(&(person.to_string(), EntityKind::Person)),
            "{got:?}"
        );
    }
    assert!(
        got.contains(&("Virginia".to_string(), EntityKind::Place)),
        "{got:?}"
    );
    assert!(!got.iter().any(|(n, _)| n == "Philippine"), "{got:?}");
}

#[test]
fn an_honour_s_letters_alone_name_nobody_but_after_a_name_are_the_person_s() {
    let got = kinds(
        "Former Post Office boss Paula Vennells will hand back her CBE. Jane Smith OBE said \
         it was an honour.",
    );
    assert!(!got.iter().any(|(n, _)| n == "CBE"), "{got:?}");
    assert!(
        got.contains(&("Jane Smith OBE".to_string(), EntityKind::Person)),
        "{got:?}"
    );
}

#[test]
fn an_age_set_off_after_a_long_name_makes_it_a_person_s() {
    let got = kinds("The owner, Sean Mac Giolla Phadraig, 47, said he had spent money on repairs.");
    assert_eq!(
        got,
        [("Sean Mac Giolla Phadraig".to_string(), EntityKind::Person)]
    );
}

#[test]
fn a_question_mark_written_onto_a_name_mid_sentence_is_the_name_s() {
    let got = found_names("Consumer group Which? said bills were high. Which? found prices rose.");
    assert_eq!(got, ["Which?"]);
}

#[test]
fn a_new_record_is_a_work_named_whole_but_a_record_broken_is_none() {
    let found = kinds(
        "Madonna has gone to number one with her new record Confessions on a Dance Floor. \
         Roger Federer broke the record Pete Sampras set.",
    );
    assert!(found.contains(&("Confessions on a Dance Floor".into(), EntityKind::Other)));
    assert!(!found
        .iter()
        .any(|(n, _)| n == "Dance Floor" || n == "Confessions"));
    assert!(found.contains(&("Pete Sampras".into(), EntityKind::Person)));
}

#[test]
fn an_owner_opening_a_sentence_is_no_part_of_the_name() {
    assert_eq!(
        found_names("Owner Roman Abramovich watched from the stands."),
        ["Roman Abramovich"]
    );
}

#[test]
fn owners_held_jointly_or_in_the_plural_opening_a_sentence_are_no_part_of_the_names() {
    assert_eq!(
        kinds(
            "Co-owners Ryan Reynolds and Rob McElhenney watched. Writers Guild of America said no."
        ),
        [
            ("Rob McElhenney".into(), EntityKind::Person),
            ("Ryan Reynolds".into(), EntityKind::Person),
            ("Writers Guild of America".into(), EntityKind::Organization),
        ]
    );
    assert_eq!(
        kinds("Owners Ryan Reynolds and Rob McElhenney watched."),
        [
            ("Rob McElhenney".into(), EntityKind::Person),
            ("Ryan Reynolds".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_debt_security_named_in_capitals_is_no_entity() {
    assert_eq!(
        found_names(
            "Manila can pay part of its interest with Philippine Investment Notes, sold by \
             Citibank. The Bank of Japan bought Treasury Bills."
        ),
        ["Bank of Japan", "Citibank", "Manila"]
    );
}

#[test]
fn a_word_in_brackets_before_a_legal_suffix_is_part_of_the_company_s_name() {
    let got = names(
        "Jardine sold a stake to Cheung Kong (Holdings) Ltd. Cheung Kong chairman Li Ka-shing \
         said no.",
    );
    let bodies: Vec<(&str, usize)> = (got.iter())
        .filter(|(_, kind, _)| *kind == EntityKind::Organization)
        .map(|(name, _, mentions)| (name.as_str(), *mentions))
        .collect();
    assert!(
        bodies.contains(&("Cheung Kong (Holdings) Ltd", 2)),
        "{got:?}"
    );
}

#[test]
fn a_bodys_for_after_a_persons_of_stays_in_the_bodys_name() {
    let got = kinds(
        "\"Fares have gone up by a third,\" said Norman Baker of Campaign for Better Transport.",
    );
    assert!(
        got.contains(&(
            "Campaign for Better Transport".into(),
            EntityKind::Organization
        )),
        "{got:?}"
    );
    assert!(
        got.contains(&("Norman Baker".into(), EntityKind::Person)),
        "{got:?}"
    );
    // (A person's own name still takes no `for`.)
    let got = kinds("Voters backed George Harrison for the seat.");
    assert!(
        got.contains(&("George Harrison".into(), EntityKind::Person)),
        "{got:?}"
    );
}

#[test]
fn lands_and_a_region_by_its_compass_point_after_the_are_places_not_groups() {
    let got = kinds(
        "Rain fell in the West Midlands and the Scottish Highlands, while the Rolling Stones \
         played on.",
    );
    for (name, kind) in [
        ("West Midlands", EntityKind::Place),
        ("Scottish Highlands", EntityKind::Place),
        ("Rolling Stones", EntityKind::Organization),
    ] {
        assert!(got.contains(&(name.into(), kind)), "{name}: {got:?}");
    }
}

#[test]
fn a_bank_by_its_own_word_is_the_bank() {
    let got = names(
        "Its lenders were led by Chemical Bank. A spokesman for Chemical said the banks were \
         disappointed.",
    );
    assert_eq!(
        got,
        vec![("Chemical Bank".to_string(), EntityKind::Organization, 2)]
    );
}

#[test]
fn a_name_after_in_before_a_saying_is_where_the_speaker_is() {
    let got = kinds("\"Demand has picked up,\" an exporter in Santos said.");
    assert_eq!(got, vec![("Santos".to_string(), EntityKind::Place)]);
    // (A name before the saying is still the speaker's.)
    let got = kinds("\"Demand has picked up,\" Jorio Dauster said.");
    assert_eq!(got, vec![("Jorio Dauster".to_string(), EntityKind::Person)]);
}

#[test]
fn a_word_of_rank_or_age_opening_a_sentence_before_a_plural_is_no_name() {
    let got = kinds(
        "Junior doctors in England will strike. Junior doctors, who make up half the \
         workforce, have struck before. Senior officials said little.",
    );
    assert_eq!(got, vec![("England".to_string(), EntityKind::Place)]);
}

#[test]
fn a_measure_of_the_money_supply_is_no_name() {
    let got = kinds(
        "Sterling M3 rose 0.9 pct, the Bank of England said. M0 rose 0.4 pct. Traffic on the \
         M4 was heavy.",
    );
    assert!(
        got.iter()
            .all(|(name, _)| !matches!(name.as_str(), "Sterling M3" | "M3" | "M0")),
        "{got:?}"
    );
    assert!(got.iter().any(|(name, _)| name == "M4"), "{got:?}");
    assert!(
        got.contains(&("Bank of England".into(), EntityKind::Organization)),
        "{got:?}"
    );
}

#[test]
fn a_known_place_before_a_firm_of_a_trade_is_where_the_firm_is() {
    let got = kinds("FRANKFURT, May 27 - Rates rose, said a dealer at a Frankfurt bank.");
    assert_eq!(got, vec![("Frankfurt".to_string(), EntityKind::Place)]);
    // (A body's kind after an unknown name still names the body.)
    let got = kinds("The Aslef union said it would strike.");
    assert_eq!(got, vec![("Aslef".to_string(), EntityKind::Organization)]);
}

#[test]
fn a_question_mark_a_stop_follows_is_the_names_own() {
    let got = names(
        "Speeds lag, according to a report by consumer group Which?. \"People pay too much,\" \
         says Which? director Peter Vicary-Smith.",
    );
    assert!(
        got.contains(&("Which?".to_string(), EntityKind::Organization, 2)),
        "{got:?}"
    );
    // (A question that ends a sentence keeps its mark out of the name.)
    let got = names("Did Ofcom act? Nobody knows.");
    assert_eq!(
        got,
        vec![("Ofcom".to_string(), EntityKind::Organization, 1)]
    );
}

#[test]
fn an_airport_by_its_own_name_is_the_airport() {
    let got = names(
        "Heathrow Airport handled 83 million passengers. Heathrow said it was full. Flights \
         left Manchester Airport, and Manchester was wet.",
    );
    assert!(
        got.contains(&("Heathrow Airport".to_string(), EntityKind::Place, 2)),
        "{got:?}"
    );
    // (A city's airport is not the city.)
    assert!(
        got.contains(&("Manchester".to_string(), EntityKind::Place, 1)),
        "{got:?}"
    );
    assert!(
        got.contains(&("Manchester Airport".to_string(), EntityKind::Place, 1)),
        "{got:?}"
    );
}

#[test]
fn a_town_alone_is_the_one_club_of_it_the_text_names() {
    let got = names(
        "Cardiff City sacked Erol Bulut. Cardiff's next games are against Leeds United and Stoke City. \
         Leeds won at Stoke.",
    );
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(
        n,
        [
            ("Cardiff City", 2),
            ("Leeds United", 2),
            ("Stoke City", 2),
            ("Erol Bulut", 1)
        ]
    );
    // (Two clubs of one town: the town alone is neither.)
    let got = found_names("Manchester United beat Manchester City. Manchester is red.");
    assert!(got.contains(&"Manchester".to_string()), "{got:?}");
}

#[test]
fn a_statute_s_title_keeps_its_and() {
    assert_eq!(
        kinds(
            "The Hate Crime and Public Order (Scotland) Act creates an offence. The Crime and \
             Disorder Act 1998 applies. The Children and Families Bill was debated."
        ),
        [
            ("Children and Families Bill".into(), EntityKind::Other),
            ("Crime and Disorder Act 1998".into(), EntityKind::Other),
            (
                "Hate Crime and Public Order (Scotland) Act".into(),
                EntityKind::Other
            ),
        ]
    );
    // (A given name after the `and` is a person's: `Bill` is no statute alone.)
    let got = found_names("Hillary Clinton and Bill met.");
    assert!(got.contains(&"Hillary Clinton".to_string()), "{got:?}");
}

#[test]
fn the_met_police_are_the_metropolitan_police() {
    let got = names("A Met Police officer was convicted. The Metropolitan Police apologised.");
    let n: Vec<_> = got.iter().map(|g| (g.0.as_str(), g.2)).collect();
    assert_eq!(n, [("Metropolitan Police", 2)]);
}

#[test]
fn makers_of_a_thing_opening_a_sentence_are_nobody_named() {
    assert_eq!(
        found_names(
            "Steelmakers, who want the quotas kept, met Karl-Heinz Narjes. Chipmakers said demand \
             was weak. Refiners said margins fell."
        ),
        ["Karl-Heinz Narjes"]
    );
}

#[test]
fn kin_in_the_plural_opening_a_sentence_are_no_part_of_the_names() {
    assert_eq!(
        found_names(
            "Brothers Liam and Noel Gallagher will play. Sisters Venus and Serena Williams won. \
             Warner Brothers agreed."
        ),
        [
            "Liam Gallagher",
            "Noel Gallagher",
            "Serena Williams",
            "Venus Williams",
            "Warner Brothers"
        ]
    );
}

#[test]
fn a_budget_or_a_party_s_government_in_capitals_names_only_the_party() {
    assert_eq!(
        kinds(
            "It is the first Labour Budget for 14 years. The Tory Government fell. The Budget was \
             announced. The Scottish Government said so."
        ),
        [
            ("Labour".into(), EntityKind::Organization),
            ("Scottish Government".into(), EntityKind::Organization),
            ("Tory".into(), EntityKind::Organization),
        ]
    );
}

#[test]
fn a_word_in_ing_opening_a_sentence_before_a_known_name_is_no_part_of_it() {
    assert_eq!(
        found_names(
            "Expanding Heathrow will help. Reading Football Club won. Visiting London, he spoke."
        ),
        ["Heathrow", "London", "Reading Football Club"]
    );
}

#[test]
fn a_list_of_names_before_who_said_so_is_no_body_set_off() {
    assert_eq!(
        found_names(
            "The specialty company includes Neiman-Marcus and Bergdorf Goodman, the company said."
        ),
        ["Bergdorf Goodman", "Neiman-Marcus"]
    );
}

#[test]
fn a_chamber_s_party_before_its_leader_is_the_chamber() {
    assert_eq!(
        found_names(
            "Senate Democratic leader Robert Byrd said no. Senate Republican leader Bob Dole \
             agreed. The Social Democratic Party abstained."
        ),
        [
            "Senate",
            "Bob Dole",
            "Robert Byrd",
            "Social Democratic Party"
        ]
    );
}

#[test]
fn a_house_s_number_before_a_street_in_the_plural_counts_none_of_it() {
    assert_eq!(
        found_names("The tower at 1251 Avenue of the Americas was sold. It has 12 Boeing 747s."),
        ["Avenue of the Americas", "Boeing"]
    );
}

#[test]
fn people_of_a_kind_before_a_list_of_names_are_no_part_of_the_first() {
    assert_eq!(
        kinds("Teenagers Arturo Lupoli, Quincy Owusu-Abeyie and Robin van Persie all scored."),
        [
            ("Arturo Lupoli".into(), EntityKind::Person),
            ("Quincy Owusu-Abeyie".into(), EntityKind::Person),
            ("Robin van Persie".into(), EntityKind::Person),
        ]
    );
}

#[test]
fn a_nationality_before_a_word_naming_a_thing_opens_a_body_s_name() {
    assert_eq!(
        found_names(
            "Scottish Development International will open an office. Russian President \
             Vladimir Putin and Irish Education Minister Mary Hanafin met."
        ),
        [
            "Mary Hanafin",
            "Scottish Development International",
            "Vladimir Putin"
        ]
    );
}

#[test]
fn a_people_of_two_words_or_a_faith_names_nobody() {
    assert_eq!(
        found_names(
            "A Saudi Arabian-led consortium bought the club. A letter suggested Jewish people \
             did not face racism, said Catholic Archbishop Vincent Nichols."
        ),
        ["Vincent Nichols"]
    );
}
