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

fn read_limited(path: &Path, reader: impl Read) -> Result<Vec<u8>, BriefError> {
    let mut bytes = Vec::new();
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
    let bytes = read_limited(path, file)?;
    Ok(Source {
        path: path.to_path_buf(),
        bytes,
        format: format_from_name(path),
    })
}

/// Briefing files in a directory, sorted by name.
pub fn briefings_in(dir: &Path) -> Result<Vec<PathBuf>, BriefError> {
    let entries = std::fs::read_dir(dir).map_err(|e| BriefError::from_io(dir, e))?;
    let mut files: Vec<PathBuf> = entries
        .filter_map(Result::ok)
        .map(|e| e.path())
        .filter(|p| p.is_file() && format_from_name(p).is_some())
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

/// Turn bytes into a document with its findings, or a one-line error naming the file.
pub fn load(
    source: &Source,
    today: chrono::NaiveDate,
) -> Result<crate::model::Document, BriefError> {
    crate::load(&source.bytes, source.format, today).map_err(|e| ingest_error(source, e))
}

/// Parse without extracting; the flag says whether findings came with it (a JSON model).
pub fn parse(source: &Source) -> Result<(crate::model::Document, bool), BriefError> {
    crate::ingest::ingest(&source.bytes, source.format).map_err(|e| ingest_error(source, e))
}
