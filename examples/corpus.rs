//! Write the benchmark corpora: `cargo run --release --example corpus -- OUT_DIR`
//! makes OUT_DIR/big.txt (50 MB) and OUT_DIR/many/ (10,000 briefings).

#[path = "../benches/corpus/mod.rs"]
mod corpus;

fn main() {
    let Some(out) = std::env::args().nth(1) else {
        eprintln!("usage: corpus OUT_DIR");
        std::process::exit(2);
    };
    let out = std::path::PathBuf::from(out);
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"));
    let many_dir = out.join("many");
    if let Err(e) = std::fs::create_dir_all(&many_dir) {
        eprintln!("corpus: {}: {e}", many_dir.display());
        std::process::exit(1);
    }
    let big = corpus::big(root, 50_000_000);
    std::fs::write(out.join("big.txt"), &big).expect("write big.txt");
    for (name, text) in corpus::many(root, 10_000) {
        std::fs::write(many_dir.join(name), text).expect("write a briefing");
    }
    println!(
        "{}: big.txt ({} bytes), many/ (10000 briefings)",
        out.display(),
        big.len()
    );
}
