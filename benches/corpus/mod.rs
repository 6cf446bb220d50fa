//! Deterministic test corpora built from the seed and, when present, the shared articles
//! (`../shared/articles`): one large briefing, and many small ones.

use std::path::Path;

/// The bodies to repeat: the seed, and each shared article without its first line.
pub fn sources(root: &Path) -> Vec<String> {
    let mut out = vec![
        std::fs::read_to_string(root.join("seeds/000_705664b66eb5bc4c.txt")).unwrap_or_default(),
    ];
    let articles = root.join("../shared/articles");
    if let Ok(entries) = std::fs::read_dir(&articles) {
        let mut paths: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
        paths.sort();
        for p in paths {
            if let Ok(text) = std::fs::read_to_string(&p) {
                out.push(
                    text.split_once("\n\n")
                        .map_or(text.clone(), |(_, body)| body.to_string()),
                );
            }
        }
    }
    out
}

/// One briefing of at least `bytes` bytes: the seed's dateline and headline, then bodies.
pub fn big(root: &Path, bytes: usize) -> String {
    let sources = sources(root);
    let mut out = sources[0].trim_end().to_string();
    out.push_str("\n\n");
    let mut i = 1;
    while out.len() < bytes {
        let body = &sources[i % sources.len()];
        let body = if i % sources.len() == 0 {
            body.split_once("\n\n").map_or(body.as_str(), |(_, b)| b)
        } else {
            body
        };
        out.push_str(body.trim());
        out.push_str("\n\n");
        i += 1;
    }
    out
}

/// `count` small briefings, each a source with a numbered headline.
#[allow(dead_code)] // used by the corpus example, not by the benches
pub fn many(root: &Path, count: usize) -> Vec<(String, String)> {
    let sources = sources(root);
    (0..count)
        .map(|i| {
            let body = &sources[i % sources.len()];
            (
                format!("{i:05}.txt"),
                format!("Briefing {i}\n\n{}", body.trim()),
            )
        })
        .collect()
}
