//! Criterion benchmarks: extraction throughput, one frame, and `update` for scrolling and
//! search. `cargo bench` (the 50 MB case takes a few minutes).

mod corpus;

use briefing::app::action::Action;
use briefing::app::App;
use briefing::ui::{draw, theme::Theme};
use criterion::{criterion_group, criterion_main, Criterion, Throughput};
use ratatui::backend::TestBackend;
use ratatui::Terminal;
use std::path::Path;

fn today() -> chrono::NaiveDate {
    chrono::NaiveDate::from_ymd_opt(2025, 8, 6).unwrap()
}

fn root() -> &'static Path {
    Path::new(env!("CARGO_MANIFEST_DIR"))
}

fn extraction(c: &mut Criterion) {
    let seed = std::fs::read(root().join("seeds/000_705664b66eb5bc4c.txt")).unwrap();
    let mut g = c.benchmark_group("ingest+extract");
    g.throughput(Throughput::Bytes(seed.len() as u64));
    g.bench_function("seed", |b| {
        b.iter(|| briefing::load(&seed, None, today()).unwrap())
    });
    let big = corpus::big(root(), 50_000_000).into_bytes();
    g.throughput(Throughput::Bytes(big.len() as u64));
    g.sample_size(10);
    g.bench_function("50MB", |b| {
        b.iter(|| briefing::load(&big, None, today()).unwrap())
    });
    g.finish();
}

fn seed_app(w: u16, h: u16) -> App {
    let seed = std::fs::read(root().join("seeds/000_705664b66eb5bc4c.txt")).unwrap();
    let doc = briefing::load(&seed, None, today()).unwrap();
    let mut app = App::new(
        doc,
        "seed".into(),
        today().and_hms_opt(9, 0, 0).unwrap(),
        true,
    );
    app.update(Action::Resize(w, h));
    app
}

fn frames(c: &mut Criterion) {
    let theme = Theme::default_theme();
    for (w, h) in [(80u16, 24u16), (200, 60)] {
        let app = seed_app(w, h);
        let mut terminal = Terminal::new(TestBackend::new(w, h)).unwrap();
        c.bench_function(&format!("frame {w}x{h}"), |b| {
            b.iter(|| terminal.draw(|f| draw(f, &app, &theme)).unwrap().area)
        });
    }
}

fn updates(c: &mut Criterion) {
    let big = corpus::big(root(), 5_000_000).into_bytes();
    let doc = briefing::load(&big, None, today()).unwrap();
    let mut app = App::new(
        doc,
        "big".into(),
        today().and_hms_opt(9, 0, 0).unwrap(),
        true,
    );
    app.update(Action::Resize(120, 40));
    c.bench_function("update scroll (5 MB)", |b| {
        b.iter(|| {
            app.update(Action::PageDown);
            app.update(Action::Down);
        })
    });
    c.bench_function("update search next (5 MB)", |b| {
        app.update(Action::SearchStart);
        for ch in "Friday".chars() {
            app.update(Action::SearchInput(ch));
        }
        app.update(Action::SearchSubmit);
        b.iter(|| app.update(Action::SearchNext))
    });
}

criterion_group!(benches, extraction, frames, updates);
criterion_main!(benches);
