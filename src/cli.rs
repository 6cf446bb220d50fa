//! The command line: `brief [FILE|DIR|-]`, `brief extract`, `brief render`.

use crate::app::{action::Action, App};
use crate::error::BriefError;
use crate::model::Document;
use crate::source;
use crate::ui::theme::Theme;
use chrono::{DateTime, Local, NaiveDate, NaiveDateTime};
use clap::{Args, Parser, Subcommand};
use std::io::Write;
use std::path::{Path, PathBuf};

/// A terminal reader for news briefings: the story beside its key figures, quotes with
/// who said them, people and places, and a live countdown to every deadline it mentions.
#[derive(Parser, Debug)]
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

#[derive(Args, Debug, Clone)]
pub struct Common {
    /// Pin the clock (countdowns, dates of undated briefings): RFC 3339 time or YYYY-MM-DD.
    #[arg(long, global = true, value_name = "TIME", value_parser = parse_now)]
    pub now: Option<NaiveDateTime>,
    /// Colour theme: default or mono.
    #[arg(long, global = true, value_name = "NAME", default_value = "default")]
    pub theme: String,
    /// No colour, emphasis by bold and underline (also when NO_COLOR is set).
    #[arg(long, global = true)]
    pub no_color: bool,
}

#[derive(Subcommand, Debug)]
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
    let cli = Cli::parse();
    match run(cli) {
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
