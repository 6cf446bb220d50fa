//! The file edge: reading a briefing from a path, a directory or standard input.

use crate::error::BriefError;
use crate::ingest::{format_from_name, Format};
use std::io::Read;
use std::path::{Path, PathBuf};

/// Raw bytes of a briefing and what its name says about its format.
pub struct Source {
    pub path: PathBuf,
    pub bytes: Vec<u8>,
    pub format: Option<Format>,
}

/// The seed briefing, bundled into the binary so `brief` with no argument always opens.
pub const SEED_NAME: &str = "seeds/000_705664b66eb5bc4c.txt";
pub const SEED: &[u8] = include_bytes!("../seeds/000_705664b66eb5bc4c.txt");

pub fn seed() -> Source {
    Source {
        path: PathBuf::from(SEED_NAME),
        bytes: SEED.to_vec(),
        format: Some(Format::Plain),
    }
}

/// The most `brief` reads of one briefing: a pipe that never ends is refused, not a
/// machine that runs out of memory.
pub const MAX_BYTES: u64 = 256 << 20;

fn read_limited(path: &Path, reader: impl Read, size_hint: u64) -> Result<Vec<u8>, BriefError> {
    // One allocation for a regular file of known size (plus the byte that detects growth).
    let mut bytes = Vec::with_capacity(size_hint.min(MAX_BYTES) as usize + 1);
    reader
        .take(MAX_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| BriefError::from_io(path, e))?;
    if bytes.len() as u64 > MAX_BYTES {
        return Err(BriefError::TooLarge(path.to_path_buf()));
    }
    Ok(bytes)
}

/// Read `path` (`-` is standard input). A directory opens its first briefing by name when
/// `allow_dir` is set.
pub fn read(path: &Path, allow_dir: bool) -> Result<Source, BriefError> {
    if path.as_os_str() == "-" {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .map_err(|e| BriefError::Read(path.to_path_buf(), e))?;
        return Ok(Source {
            path: path.to_path_buf(),
            bytes,
            format: None,
        });
    }
    let meta = std::fs::metadata(path).map_err(|e| BriefError::from_io(path, e))?;
    if meta.is_dir() {
        if !allow_dir {
            return Err(BriefError::Directory(path.to_path_buf()));
        }
        let first = briefings_in(path)?.into_iter().next();
        return match first {
            Some(file) => read(&file, false),
            None => Err(BriefError::Directory(path.to_path_buf())),
        };
    }
    // FIFOs and devices are read like files, up to the limit.
    let file = std::fs::File::open(path).map_err(|e| BriefError::from_io(path, e))?;
    let bytes = read_limited(path, file, meta.len())?;
    Ok(Source {
        path: path.to_path_buf(),
        bytes,
        format: format_from_name(path),
    })
}

/// Briefing files in a directory, sorted by name.
pub fn briefings_in(dir: &Path) -> Result<Vec<PathBuf>, BriefError> {
    let entries = std::fs::read_dir(dir).map_err(|e| BriefError::from_io(dir, e))?;
    // The name first, then the entry's own type (no `stat` for each of thousands of files;
    // a link is followed to see what it points at).
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .filter(|e| format_from_name(Path::new(&e.file_name())).is_some())
        .filter(|e| match e.file_type() {
            Ok(t) if t.is_symlink() => e.path().is_file(),
            Ok(t) => t.is_file(),
            Err(_) => false,
        })
        .map(|e| e.path())
        .collect();
    files.sort();
    Ok(files)
}

fn ingest_error(source: &Source, e: crate::ingest::IngestError) -> BriefError {
    match e {
        crate::ingest::IngestError::Binary => BriefError::Binary(source.path.clone()),
        crate::ingest::IngestError::BadJson(m) => BriefError::BadModel(source.path.clone(), m),
    }
}

/// Turn bytes into a document with its findings, or a one-line error naming the file. The
/// bytes are let go before extraction: a large briefing's bytes are as big as its text.
pub fn load(
    source: Source,
    today: chrono::NaiveDate,
) -> Result<crate::model::Document, BriefError> {
    let (mut doc, has_findings) = parse(&source)?;
    drop(source);
    if !has_findings {
        crate::extract::extract(&mut doc, today);
    }
    Ok(doc)
}

/// Parse without extracting; the flag says whether findings came with it (a JSON model).
pub fn parse(source: &Source) -> Result<(crate::model::Document, bool), BriefError> {
    crate::ingest::ingest(&source.bytes, source.format).map_err(|e| ingest_error(source, e))
}

/// Briefings larger than this open on their start while the rest is read.
pub const PREVIEW_BYTES: usize = 64 << 10;

/// What the reader opens with: the whole briefing, or the start of a large one.
pub enum Opening {
    Whole(Source),
    /// The start of a large file, cut at a blank line; the file is read in full later.
    Start {
        start: Source,
        path: PathBuf,
    },
}

/// The briefings the reader can move between: each argument as given, a directory as its
/// briefings by name. No argument: the bundled seed (`None`).
pub fn library(args: &[PathBuf]) -> Result<Vec<Option<PathBuf>>, BriefError> {
    if args.is_empty() {
        return Ok(vec![None]);
    }
    if args.len() > 1 && args.iter().any(|a| a.as_os_str() == "-") {
        return Err(BriefError::BadArgument(
            "standard input (-) cannot be read together with other briefings".to_string(),
        ));
    }
    let mut out = Vec::new();
    for a in args {
        if a.as_os_str() != "-" && a.is_dir() {
            let found = briefings_in(a)?;
            if found.is_empty() && args.len() == 1 {
                return Err(BriefError::Directory(a.clone()));
            }
            out.extend(found.into_iter().map(Some));
        } else {
            out.push(Some(a.clone()));
        }
    }
    if out.is_empty() {
        return Err(BriefError::Directory(args[0].clone()));
    }
    Ok(out)
}

/// Open a briefing for the reader. A large regular file is read only as far as its first
/// screens, so the first frame does not wait for the whole file; that start is validated
/// like any input (binary data further on is reported when the rest is read).
pub fn open(path: Option<&Path>) -> Result<Opening, BriefError> {
    let Some(path) = path else {
        return Ok(Opening::Whole(seed()));
    };
    // Directories were expanded by `library`; a path that is still one is refused by `read`.
    let path = path.to_path_buf();
    let large = path.as_os_str() != "-"
        && std::fs::metadata(&path).is_ok_and(|m| m.is_file() && m.len() > PREVIEW_BYTES as u64);
    let format = format_from_name(&path);
    if large && format != Some(Format::Json) {
        let file = std::fs::File::open(&path).map_err(|e| BriefError::from_io(&path, e))?;
        let head = read_limited(&path, file.take(PREVIEW_BYTES as u64), PREVIEW_BYTES as u64)?;
        let utf16 = head.starts_with(&[0xFF, 0xFE]) || head.starts_with(&[0xFE, 0xFF]);
        if let Some(cut) = head
            .windows(2)
            .rposition(|w| w == b"\n\n")
            .filter(|_| !utf16)
        {
            let start = Source {
                path: path.clone(),
                bytes: head[..cut + 1].to_vec(),
                format,
            };
            return Ok(Opening::Start { start, path });
        }
    }
    read(&path, false).map(Opening::Whole)
}

/// How the reader names a source: its path, or `standard input`, made safe to print.
pub fn display_name(src: &Source) -> String {
    let name = if src.path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        src.path.display().to_string()
    };
    crate::ingest::clean::visible_line(&name)
}
