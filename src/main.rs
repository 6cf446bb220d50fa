fn main() {
    let text = std::fs::read(std::env::args().nth(1).unwrap()).unwrap();
    let doc = briefing::load(&text, None, chrono::Local::now().date_naive()).unwrap();
    println!("{}", serde_json::to_string_pretty(&doc).unwrap());
}
