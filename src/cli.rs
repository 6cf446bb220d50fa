//! The command line: `brief [FILE|DIR|-]`, `brief extract`, `brief render`.

use crate::app::{action::Action, App};
use crate::error::BriefError;
use crate::model::Document;
use crate::source;
use crate::ui::theme::Theme;
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime};
use clap::{Args, Parser, Subcommand};
use std::ffi::OsString;
use std::io::Write;
use std::path::{Path, PathBuf};

/// A terminal reader for news briefings: the story beside its key figures, quotes with
/// who said them, people and places, and a live countdown to every deadline it mentions.
#[derive(Parser, Debug, PartialEq)]
#[command(name = "brief", version, args_conflicts_with_subcommands = true)]
pub struct Cli {
    /// Briefings to open: files (.txt, .md, .json), directories (their briefings by name), or
    /// `-` for standard input; `>` and `<` move between them. Without one, the bundled
    /// seed briefing opens.
    pub files: Vec<PathBuf>,
    #[command(flatten)]
    pub common: Common,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Args, Debug, Clone, PartialEq)]
pub struct Common {
    /// Pin the clock (countdowns, dates of undated briefings): RFC 3339 time or YYYY-MM-DD.
    #[arg(long, global = true, value_name = "TIME", value_parser = parse_now)]
    pub now: Option<NaiveDateTime>,
    /// Colour theme: default or mono.
    #[arg(long, global = true, value_name = "NAME", default_value = DEFAULT_THEME)]
    pub theme: String,
    /// No colour, emphasis by bold and underline (also when NO_COLOR is set).
    #[arg(long, global = true)]
    pub no_color: bool,
}

#[derive(Subcommand, Debug, PartialEq)]
pub enum Command {
    /// Print what brief finds in a briefing and exit.
    Extract {
        /// Briefing file, or - for standard input.
        file: PathBuf,
        /// The document model as JSON (the contract in the README).
        #[arg(long)]
        json: bool,
    },
    /// Print one frame of the reader as plain text and exit.
    Render {
        /// Briefing file, or - for standard input.
        file: PathBuf,
        #[arg(long, default_value_t = 80, value_parser = clap::value_parser!(u16).range(1..=1000))]
        width: u16,
        #[arg(long, default_value_t = 24, value_parser = clap::value_parser!(u16).range(1..=1000))]
        height: u16,
    },
}

const DEFAULT_THEME: &str = "default";

/// The subcommands' names, and clap's own `help`.
const SUBCOMMANDS: [&str; 3] = ["extract", "render", "help"];

impl Cli {
    /// This process's command line. `brief FILE…`, the way the reader is opened, is read
    /// directly: clap first builds its whole description of the command, which takes a
    /// tenth of a millisecond of the first frame's time. Anything else (an option, a
    /// subcommand, help) is clap's to parse and to report.
    fn from_env() -> Cli {
        let args: Vec<OsString> = std::env::args_os().skip(1).collect();
        Cli::only_files(&args).unwrap_or_else(Cli::parse)
    }

    /// The command line when it names briefings and nothing else.
    fn only_files(args: &[OsString]) -> Option<Cli> {
        let file = |a: &OsString| a == "-" || !a.as_encoded_bytes().starts_with(b"-");
        let subcommand = args
            .first()
            .is_some_and(|a| SUBCOMMANDS.iter().any(|s| a == s));
        (!subcommand && args.iter().all(file)).then(|| Cli {
            files: args.iter().map(PathBuf::from).collect(),
            common: Common {
                now: None,
                theme: DEFAULT_THEME.to_string(),
                no_color: false,
            },
            command: None,
        })
    }
}

fn parse_now(s: &str) -> Result<NaiveDateTime, String> {
    if let Ok(t) = DateTime::parse_from_rfc3339(s) {
        return Ok(t.with_timezone(&Local).naive_local());
    }
    if let Ok(t) = NaiveDateTime::parse_from_str(s, "%Y-%m-%dT%H:%M:%S") {
        return Ok(t);
    }
    NaiveDate::parse_from_str(s, "%Y-%m-%d")
        .map(|d| d.and_hms_opt(0, 0, 0).unwrap_or_default())
        .map_err(|_| {
            format!("not a time: {s:?} (use RFC 3339, e.g. 2025-08-06T09:00:00Z, or YYYY-MM-DD)")
        })
}

impl Common {
    fn now(&self) -> NaiveDateTime {
        self.now.unwrap_or_else(|| Local::now().naive_local())
    }

    fn theme(&self) -> Result<Theme, BriefError> {
        let no_color = self.no_color || std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty());
        if no_color {
            return Ok(Theme::mono());
        }
        Theme::named(&self.theme).ok_or_else(|| {
            let known: Vec<&str> = Theme::names().collect();
            BriefError::BadArgument(format!(
                "unknown theme {:?} (themes: {})",
                self.theme,
                known.join(", ")
            ))
        })
    }
}

/// Run the command line; returns the exit code.
pub fn main() -> i32 {
    match run(Cli::from_env()) {
        Ok(code) => code,
        Err(e) => {
            eprintln!("brief: {e}");
            e.exit_code()
        }
    }
}

/// Read and extract a briefing for the one-shot commands.
fn open(file: &Path, allow_dir: bool, common: &Common) -> Result<(Document, String), BriefError> {
    let src = source::read(file, allow_dir)?;
    let name = source::display_name(&src);
    Ok((source::load(src, common.now().date())?, name))
}

fn run(cli: Cli) -> Result<i32, BriefError> {
    let common = cli.common;
    match cli.command {
        Some(Command::Extract { file, json }) => {
            let (doc, _) = open(&file, false, &common)?;
            if json {
                // Streamed: the JSON of a large briefing is several times its size.
                write_out(|out| {
                    serde_json::to_writer_pretty(&mut *out, &doc)?;
                    writeln!(out)
                })
            } else {
                print_out(&crate::summary::summary(&doc))
            }
        }
        Some(Command::Render {
            file,
            width,
            height,
        }) => {
            let (doc, name) = open(&file, true, &common)?;
            let mut app = App::new(doc, name, common.now(), true);
            app.update(Action::Resize(width, height));
            print_out(&crate::ui::render_to_text(&app, &common.theme()?))
        }
        None => {
            let theme = common.theme()?;
            let library = source::library(&cli.files)?;
            let today = common.now().date();
            let opened = crate::term::open_for_reader(library[0].as_deref(), today)?;
            let mut app = App::new(opened.doc, opened.name, common.now(), common.now.is_some());
            app.library = (0, library.len());
            let library = crate::term::Library {
                paths: library,
                today,
            };
            crate::term::run(app, theme, opened.background, library)
        }
    }
}

/// Print to stdout, ending with a newline.
fn print_out(s: &str) -> Result<i32, BriefError> {
    let newline = if s.ends_with('\n') { "" } else { "\n" };
    write_out(|out| write!(out, "{s}{newline}"))
}

/// Write to stdout through a buffer; a closed pipe (`brief extract … | head`) is not an error.
fn write_out(
    write: impl FnOnce(&mut std::io::BufWriter<std::io::StdoutLock>) -> std::io::Result<()>,
) -> Result<i32, BriefError> {
    let mut out = std::io::BufWriter::new(std::io::stdout().lock());
    match write(&mut out).and_then(|_| out.flush()) {
        Ok(()) => Ok(0),
        Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => Ok(0),
        Err(e) => Err(BriefError::Read(PathBuf::from("standard output"), e)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use clap::CommandFactory;
    use proptest::prelude::*;

    #[test]
    fn every_subcommand_goes_to_clap() {
        let names: Vec<String> = Cli::command()
            .get_subcommands()
            .map(|c| c.get_name().to_string())
            .chain(["help".to_string()])
            .collect();
        for name in names {
            let args = [OsString::from(&name), OsString::from("seed.txt")];
            assert_eq!(Cli::only_files(&args), None, "{name}");
        }
    }

    proptest! {
        /// Whatever the words, a command line read directly is the one clap reads.
        #[test]
        fn a_command_line_of_files_reads_as_clap_reads_it(
            words in prop::collection::vec(
                prop::sample::select(vec![
                    "seed.txt", "-", "--", "dir/", "extract", "render", "help", "--now",
                    "2025-08-06", "--no-color", "-h", "--theme", "mono", "a b.md", "é.json",
                ]),
                0..4,
            )
        ) {
            let args: Vec<OsString> = words.iter().map(OsString::from).collect();
            if let Some(ours) = Cli::only_files(&args) {
                let clap = Cli::try_parse_from(std::iter::once(OsString::from("brief")).chain(args));
                prop_assert_eq!(Some(ours), clap.ok());
            }
        }
    }
}
