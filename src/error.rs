//! User-facing errors: one line naming the file and the cause, and a distinct exit code each.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

#[derive(Debug)]
pub enum BriefError {
    NotFound(PathBuf),
    PermissionDenied(PathBuf),
    /// A directory with no briefings in it (or a directory where one file is needed).
    Directory(PathBuf),
    Binary(PathBuf),
    BadModel(PathBuf, String),
    Read(PathBuf, io::Error),
    TooLarge(PathBuf),
    BadArgument(String),
    Terminal(io::Error),
}

impl BriefError {
    /// Exit codes, documented in the README.
    pub fn exit_code(&self) -> i32 {
        match self {
            BriefError::BadArgument(_) => 2,
            BriefError::NotFound(_) => 3,
            BriefError::PermissionDenied(_) => 4,
            BriefError::Directory(_) => 5,
            BriefError::Binary(_) => 6,
            BriefError::BadModel(..) => 7,
            BriefError::Read(..) => 8,
            BriefError::TooLarge(_) => 10,
            BriefError::Terminal(_) => 9,
        }
    }

    pub fn from_io(path: &Path, e: io::Error) -> Self {
        let path = path.to_path_buf();
        match e.kind() {
            io::ErrorKind::NotFound => BriefError::NotFound(path),
            io::ErrorKind::PermissionDenied => BriefError::PermissionDenied(path),
            io::ErrorKind::IsADirectory => BriefError::Directory(path),
            _ => BriefError::Read(path, e),
        }
    }
}

fn shown(path: &Path) -> String {
    if path.as_os_str() == "-" {
        "standard input".to_string()
    } else {
        crate::ingest::clean::visible_line(&path.display().to_string())
    }
}

impl fmt::Display for BriefError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            BriefError::NotFound(p) => write!(f, "{}: no such file", shown(p)),
            BriefError::PermissionDenied(p) => write!(f, "{}: permission denied", shown(p)),
            BriefError::Directory(p) => write!(
                f,
                "{}: is a directory with no briefings (.txt, .md, .json)",
                shown(p)
            ),
            BriefError::Binary(p) => {
                write!(f, "{}: binary file (NUL bytes), not a briefing", shown(p))
            }
            BriefError::BadModel(p, e) => write!(
                f,
                "{}: not a valid briefing model: {}",
                shown(p),
                crate::ingest::clean::visible_line(e)
            ),
            BriefError::Read(p, e) => write!(f, "{}: cannot read: {}", shown(p), e),
            BriefError::TooLarge(p) => write!(
                f,
                "{}: larger than {} MiB, not read",
                shown(p),
                crate::source::MAX_BYTES >> 20
            ),
            BriefError::BadArgument(m) => write!(f, "{m}"),
            BriefError::Terminal(e) => write!(f, "terminal: {e}"),
        }
    }
}

impl std::error::Error for BriefError {}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn io_errors_map_to_their_codes_and_lines() {
        let p = Path::new("report.txt");
        let denied = BriefError::from_io(p, io::Error::from(io::ErrorKind::PermissionDenied));
        assert_eq!(
            (denied.exit_code(), denied.to_string()),
            (4, "report.txt: permission denied".to_string())
        );
        let missing = BriefError::from_io(p, io::Error::from(io::ErrorKind::NotFound));
        assert_eq!(
            (missing.exit_code(), missing.to_string()),
            (3, "report.txt: no such file".to_string())
        );
        let other = BriefError::from_io(p, io::Error::other("disk on fire"));
        assert_eq!(
            (other.exit_code(), other.to_string()),
            (8, "report.txt: cannot read: disk on fire".to_string())
        );
        assert_eq!(
            BriefError::Directory(Path::new("-").into()).to_string(),
            "standard input: is a directory with no briefings (.txt, .md, .json)"
        );
    }
}
