use briefing::extract::{dates, entities, figures, quotes, Para};
use briefing::model::Role;
fn main() {
    let t = std::env::args().nth(1).unwrap();
    let p = [Para::new(0, &t, Role::Body)];
    for (i, tok) in p[0].tokens.iter().enumerate() {
        print!("{i}:{} ", tok.text(&t));
    }
    println!();
    let e = entities::find(&p);
    for m in &e.mentions {
        println!("{:?} {}", m, e.name(m.entity));
    }
    for q in quotes::find(&p, &e) {
        println!("{:?}", q);
    }
    let d = dates::find(&p, chrono::NaiveDate::from_ymd_opt(2025, 1, 1).unwrap());
    for x in &d {
        println!("{:?}", x.mention);
    }
    for f in figures::find(&p, &d) {
        println!("{:?}", f);
    }
}
