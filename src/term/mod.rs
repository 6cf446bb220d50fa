//! The terminal edge: raw mode and the alternate screen, restored on every exit path
//! (return, error, panic, SIGTERM/SIGHUP/SIGINT), and the event loop that feeds keys, resizes
//! and clock ticks to `App::update`. It sleeps until one of them arrives: no busy redraws.

use crate::app::keymap::action_for;
use crate::app::{action::Action, App};
use crate::error::BriefError;
use crate::ui::{self, theme::Theme};
use crossterm::event::{self, DisableMouseCapture, EnableMouseCapture};
use crossterm::terminal::{self, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, execute, queue};
use ratatui::layout::Size;
use ratatui::widgets::Widget;
use signal_hook::iterator::Signals;
use std::io::{self, IsTerminal, Write};
use std::sync::atomic::{AtomicBool, AtomicU64, Ordering};
use std::sync::{mpsc, Arc};
use std::time::{Duration, Instant};

mod backend;
mod background;
mod pacing;
mod screen;

use backend::ScreenBackend;
pub use background::{open_for_reader, Background, Library, Opened};
use background::{pack_shape, spawn_background, Message};
use pacing::Pacing;
use screen::Screen;

/// Room for a whole frame: a 300×100 screen with a style change in every cell fits.
const FRAME_BUFFER_BYTES: usize = 1 << 20;

/// Set once the terminal is handed back. A panic restores it before unwinding drops the frame
/// buffer; the buffer's bytes must not then switch the shell's screen back to the reader's.
static RESTORED: AtomicBool = AtomicBool::new(false);

/// Leave raw mode, the alternate screen and mouse capture; show the cursor. Safe to call twice.
pub fn restore() {
    RESTORED.store(true, Ordering::SeqCst);
    let mut out = io::stdout();
    let _ = execute!(out, DisableMouseCapture, LeaveAlternateScreen, cursor::Show);
    let _ = terminal::disable_raw_mode();
    let _ = out.flush();
}

/// Standard output for frames, silent once the terminal is restored.
struct FrameOutput(io::Stdout);

impl Write for FrameOutput {
    fn write(&mut self, bytes: &[u8]) -> io::Result<usize> {
        if RESTORED.load(Ordering::SeqCst) {
            return Ok(bytes.len());
        }
        self.0.write(bytes)
    }

    fn flush(&mut self) -> io::Result<()> {
        self.0.flush()
    }
}

/// Restores the terminal when dropped, whatever way the reader ends.
struct Guard;

impl Drop for Guard {
    fn drop(&mut self) {
        restore();
    }
}

/// Raw mode and the alternate screen. The screen's escape sequences are queued in `out`, so
/// they leave with the first frame in one write: the terminal never shows a blank screen.
fn enter(out: &mut impl Write) -> io::Result<Guard> {
    let previous = std::panic::take_hook();
    std::panic::set_hook(Box::new(move |info| {
        restore();
        previous(info);
    }));
    terminal::enable_raw_mode()?;
    let guard = Guard;
    queue!(
        out,
        EnterAlternateScreen,
        EnableMouseCapture,
        cursor::Hide,
        // Not `Terminal::clear`: that asks the terminal where the cursor is and waits.
        terminal::Clear(terminal::ClearType::All)
    )?;
    Ok(guard)
}

/// Run the reader until the user quits. Returns the exit code (128 + signal on a signal).
/// The `background` work (reading the rest of a large briefing, extraction) runs on its own
/// thread while the story is already readable; results arrive as actions.
pub fn run(
    mut app: App,
    theme: Theme,
    background: Background,
    library: Library,
) -> Result<i32, BriefError> {
    if !io::stdout().is_terminal() {
        return Err(BriefError::Terminal(io::Error::other(
            "standard output is not a terminal (use `brief extract` or `brief render` in scripts)",
        )));
    }
    let (tx, rx) = mpsc::channel();
    // Caught from here on, and passed on once the first frame is out: starting a thread
    // costs as much as drawing a pane.
    let signals = Signals::new(RESTORING_SIGNALS).map_err(BriefError::Terminal)?;
    // A frame leaves in one write: standard output alone would send it in 1 KiB pieces, and
    // a terminal could show a half-drawn frame between them.
    let mut out = io::BufWriter::with_capacity(FRAME_BUFFER_BYTES, FrameOutput(io::stdout()));
    // Declared before the screen, so dropped after it: restoring comes last.
    let guard = enter(&mut out).map_err(BriefError::Terminal)?;
    let size = screen_size()?;
    let mut screen = Screen::cleared(ScreenBackend::new(out), size);
    let shape = Arc::new(AtomicU64::new(0));
    let mut generation = 0;
    spawn_background(
        &mut app,
        background,
        tx.clone(),
        Arc::clone(&shape),
        generation,
    );
    // Crossterm's event reader listens for resizes from its first poll on: made now, a window
    // resized as the first frame comes out is not lost before the key thread starts.
    event::poll(Duration::ZERO).map_err(BriefError::Terminal)?;
    app.update(Action::Resize(size.width, size.height));
    let panic_in_draw = std::env::var_os("BRIEF_TEST_PANIC_IN_DRAW").is_some();
    let mut not_yet_listening = Some(signals);
    let mut code = 0;
    let mut pacing = Pacing::new(Instant::now());
    let mut redraw = true;
    while !app.quit {
        if redraw {
            shape.store(pack_shape(app.story_shape()), Ordering::Relaxed);
            // Asked at every frame, as the window may have changed since the state was told.
            let size = screen_size()?;
            screen
                .draw(size, |buffer| {
                    if panic_in_draw {
                        panic!("test hook: panic inside draw");
                    }
                    ui::Reader {
                        app: &app,
                        theme: &theme,
                    }
                    .render(buffer.area, buffer)
                })
                .map_err(BriefError::Terminal)?;
            pacing.drawn(Instant::now());
        }
        // Keys typed before the first frame wait in the terminal until it is out.
        if let Some(signals) = not_yet_listening.take() {
            forward_signals(signals, tx.clone());
            spawn_input_thread(tx.clone());
        }
        // A search still under way goes on whenever no message is waiting.
        let searching = app.search.scan.is_some();
        let wait = if searching {
            Some(Duration::ZERO)
        } else {
            next_wakeup(&app)
        };
        let wait = pacing.wait(Instant::now(), wait);
        let message = match wait {
            Some(timeout) => match rx.recv_timeout(timeout) {
                Ok(m) => Some(m),
                Err(mpsc::RecvTimeoutError::Timeout) => None,
                Err(mpsc::RecvTimeoutError::Disconnected) => break,
            },
            None => match rx.recv() {
                Ok(m) => Some(m),
                Err(_) => break,
            },
        };
        let mut pending: Vec<Message> = message.into_iter().collect();
        // Handle everything already queued (a burst of resizes) before drawing again.
        pending.extend(rx.try_iter());
        // Everything but a progress step held back for its gap is drawn.
        redraw = pending.is_empty();
        if pending.is_empty() && searching {
            app.update(Action::SearchMore);
            // The count so far is drawn as extraction's progress is; the last step at once.
            redraw = app.search.scan.is_none() || pacing.progress(Instant::now());
        } else if pending.is_empty() {
            app.update(Action::Tick(chrono::Local::now().naive_local()));
        }
        for m in pending {
            let progress_only = matches!(m, Message::Progress(..));
            redraw |= !progress_only;
            match m {
                Message::Input(ev) => {
                    if let Some(a) = action_for(&ev, app.search.editing) {
                        app.update(a);
                    }
                }
                // Results for a briefing the user has left are dropped.
                Message::Loaded(g, doc, lines) if g == generation => {
                    app.update(Action::Loaded(doc, lines))
                }
                Message::LoadFailed(g, why) if g == generation => {
                    app.update(Action::LoadFailed(why))
                }
                Message::Progress(g, percent) if g == generation => {
                    app.update(Action::Progress(percent));
                    redraw |= pacing.progress(Instant::now());
                }
                Message::Extracted(g, found, rows) if g == generation => {
                    app.update(Action::Extracted(found, rows))
                }
                Message::Loaded(..)
                | Message::LoadFailed(..)
                | Message::Progress(..)
                | Message::Extracted(..) => {}
                Message::Signal(sig) => {
                    code = 128 + sig;
                    app.update(Action::Quit);
                }
            }
        }
        // `>` / `<`: open the briefing the reader asked for.
        // The reader keeps asking until `Opened` or `OpenFailed` answers.
        if let Some(index) = app.wanted {
            redraw = true;
            let path = library.paths.get(index).cloned().flatten();
            match open_for_reader(path.as_deref(), library.today) {
                Ok(opened) => {
                    generation += 1;
                    app.update(Action::Opened(Box::new(opened.doc), opened.name, index));
                    spawn_background(
                        &mut app,
                        opened.background,
                        tx.clone(),
                        Arc::clone(&shape),
                        generation,
                    );
                }
                Err(e) => app.update(Action::OpenFailed(e.to_string())),
            }
        }
    }
    drop(screen);
    drop(guard);
    Ok(code)
}

/// The terminal's size in cells.
fn screen_size() -> Result<Size, BriefError> {
    let (width, height) = terminal::size().map_err(BriefError::Terminal)?;
    Ok(Size { width, height })
}

/// When the screen must change without input: every second while a countdown shows seconds,
/// at the next minute otherwise, never when the clock is pinned.
fn next_wakeup(app: &App) -> Option<Duration> {
    if app.clock_pinned || app.findings.deadlines.is_empty() {
        return None;
    }
    let now = chrono::Local::now();
    let into_second = u64::from(now.timestamp_subsec_millis());
    if app.ticking() {
        return Some(Duration::from_millis(1000 - into_second.min(999)));
    }
    let into_minute = u64::from(chrono::Timelike::second(&now)) * 1000 + into_second;
    Some(Duration::from_millis(60_000 - into_minute.min(59_999)))
}

fn spawn_input_thread(tx: mpsc::Sender<Message>) {
    std::thread::spawn(move || {
        while let Ok(ev) = event::read() {
            if tx.send(Message::Input(ev)).is_err() {
                break;
            }
        }
    });
}

/// The signals that end the reader with the terminal restored.
const RESTORING_SIGNALS: [i32; 3] = [
    signal_hook::consts::SIGTERM,
    signal_hook::consts::SIGHUP,
    signal_hook::consts::SIGINT,
];

fn forward_signals(mut signals: Signals, tx: mpsc::Sender<Message>) {
    std::thread::spawn(move || {
        for sig in signals.forever() {
            if tx.send(Message::Signal(sig)).is_err() {
                break;
            }
        }
    });
}
