//! Work off the UI thread: reading the rest of a large briefing, wrapping it for the screen,
//! extraction; and opening the briefings the reader moves between.

use crate::app::{action::Action, App};
use crate::error::BriefError;
use crossterm::event::Event;
use std::sync::atomic::{AtomicU64, Ordering};
use std::sync::{mpsc, Arc};

/// Messages to the UI thread. Background results carry the generation of the briefing they
/// belong to, so results for a briefing the user has already left are dropped.
pub(super) enum Message {
    Input(Event),
    Signal(i32),
    Loaded(
        u64,
        Arc<crate::model::Document>,
        Option<Box<crate::app::story::StoryLines>>,
    ),
    LoadFailed(u64, String),
    /// Extraction's progress in percent, in steps of 5.
    Progress(u64, u8),
    Extracted(
        u64,
        Box<crate::extract::Found>,
        Box<crate::app::findings::Findings>,
    ),
}

/// The briefings opened together (`None`: the bundled seed), and the day that stands in for a
/// missing dateline.
pub struct Library {
    pub paths: Vec<Option<std::path::PathBuf>>,
    pub today: chrono::NaiveDate,
}

/// A briefing ready for the reader, and the work left for the background.
pub struct Opened {
    pub doc: crate::model::Document,
    pub name: String,
    pub background: Background,
}

/// Open a briefing for the reader: a large one on its start (the rest is read in the
/// background); what is shown is validated before the terminal is touched.
pub fn open_for_reader(
    path: Option<&std::path::Path>,
    today: chrono::NaiveDate,
) -> Result<Opened, BriefError> {
    use crate::source;
    let (src, background) = match source::open(path)? {
        source::Opening::Start { start, path } => {
            (start, Background::LoadAndExtract { path, today })
        }
        source::Opening::Whole(src) => (src, Background::Extract { today }),
    };
    let (mut doc, has_findings) = source::parse(&src)?;
    let background = match background {
        _ if has_findings => Background::Nothing,
        // A briefing no longer than an opening is read in about a millisecond: its first
        // frame shows everything, and no second frame follows.
        Background::Extract { today } if src.bytes.len() <= crate::extract::OPENING_BYTES => {
            crate::extract::extract(&mut doc, today);
            Background::Nothing
        }
        // The sidebars show what the opening holds while the rest is found.
        other @ (Background::Extract { today } | Background::LoadAndExtract { today, .. }) => {
            crate::extract::extract_opening(&mut doc, today);
            other
        }
        other => other,
    };
    Ok(Opened {
        doc,
        name: source::display_name(&src),
        background,
    })
}

/// Work the reader does off the UI thread while the user already reads.
pub enum Background {
    Nothing,
    /// Find the figures, quotes, dates… of the document on screen.
    Extract {
        today: chrono::NaiveDate,
    },
    /// The screen shows the start of a large briefing: read all of it, then extract.
    LoadAndExtract {
        path: std::path::PathBuf,
        today: chrono::NaiveDate,
    },
}

/// The story's shape (wrap width, standfirst shown) packed in one atomic, so the loading
/// thread can wrap the story for the screen the reader has now.
pub(super) fn pack_shape((width, with_standfirst): (usize, bool)) -> u64 {
    ((width as u64) << 1) | u64::from(with_standfirst)
}

pub(super) fn spawn_background(
    app: &mut App,
    work: Background,
    tx: mpsc::Sender<Message>,
    shape: Arc<AtomicU64>,
    generation: u64,
) {
    let (shown, path, today) = match work {
        Background::Nothing => return,
        Background::Extract { today } => (Some(std::sync::Arc::clone(&app.doc)), None, today),
        Background::LoadAndExtract { path, today } => (None, Some(path), today),
    };
    app.update(Action::Working {
        loading: path.is_some(),
    });
    std::thread::spawn(move || {
        yield_to_the_reader();
        let doc = match (shown, path) {
            (Some(doc), _) => doc,
            (None, Some(path)) => match load_whole(&path) {
                Ok(mut doc) => {
                    // The whole briefing replaces its start on screen: with the same opening
                    // findings, so the sidebars do not empty while the rest is found.
                    crate::extract::extract_opening(&mut doc, today);
                    let packed = shape.load(Ordering::Relaxed);
                    let (width, with_standfirst) = ((packed >> 1) as usize, packed & 1 == 1);
                    let lines = (width > 0).then(|| {
                        Box::new(crate::app::story::StoryLines::build(
                            &doc,
                            width,
                            with_standfirst,
                        ))
                    });
                    let doc = Arc::new(doc);
                    if tx
                        .send(Message::Loaded(generation, Arc::clone(&doc), lines))
                        .is_err()
                    {
                        return;
                    }
                    doc
                }
                Err(e) => {
                    let _ = tx.send(Message::LoadFailed(generation, e.to_string()));
                    return;
                }
            },
            (None, None) => return,
        };
        // In steps of 5%: a redraw every few hundred milliseconds says enough, and the screen
        // stays still in between.
        let mut shown = u8::MAX;
        let found = crate::extract::find_all_reporting(&doc, today, |percent| {
            let step = percent / 5 * 5;
            if step != shown {
                shown = step;
                let _ = tx.send(Message::Progress(generation, step));
            }
        });
        let rows = crate::app::findings::Findings::from_found(&doc.paragraphs, &found);
        drop(doc); // before sending, so the reader can take the document back uncopied
        let _ = tx.send(Message::Extracted(
            generation,
            Box::new(found),
            Box::new(rows),
        ));
    });
}

/// Run the calling thread at a lower priority: on a busy machine the keys' frames, and the
/// terminal that shows them, get the processor before reading and extraction do. The work
/// still has a whole core when nothing else wants it.
#[cfg(target_os = "linux")]
fn yield_to_the_reader() {
    /// A nice value halfway down: a tenth of the reader's share when they compete.
    const NICENESS: libc::c_int = 10;
    // On Linux a thread has its own nice value, set through its thread id. Nothing depends on
    // it taking effect, so a refusal is ignored.
    // SAFETY: plain system calls with no pointers.
    unsafe {
        let thread = libc::gettid();
        libc::setpriority(libc::PRIO_PROCESS, thread as libc::id_t, NICENESS);
    }
}

#[cfg(not(target_os = "linux"))]
fn yield_to_the_reader() {}

fn load_whole(path: &std::path::Path) -> Result<crate::model::Document, BriefError> {
    let src = crate::source::read(path, false)?;
    crate::source::parse(&src).map(|(doc, _)| doc)
}
