//! End to end in a real pseudo-terminal: the real binary, its raw output read through a
//! terminal emulator (vt100), keys typed as bytes. What only a real terminal shows: the
//! alternate screen, the cursor, resizes, exit codes.

use portable_pty::{native_pty_system, Child, CommandBuilder, MasterPty, PtySize};
use std::io::{Read, Write};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

/// What the terminal was asked to do besides drawing: window titles, clipboard writes, bells.
#[derive(Default)]
struct Watch {
    titles: Vec<Vec<u8>>,
    clipboard: Vec<Vec<u8>>,
    bells: usize,
}

impl vt100::Callbacks for Watch {
    fn audible_bell(&mut self, _: &mut vt100::Screen) {
        self.bells += 1;
    }
    fn set_window_title(&mut self, _: &mut vt100::Screen, title: &[u8]) {
        self.titles.push(title.to_vec());
    }
    fn set_window_icon_name(&mut self, _: &mut vt100::Screen, name: &[u8]) {
        self.titles.push(name.to_vec());
    }
    fn copy_to_clipboard(&mut self, _: &mut vt100::Screen, _ty: &[u8], data: &[u8]) {
        self.clipboard.push(data.to_vec());
    }
}

struct Session {
    child: Box<dyn Child + Send + Sync>,
    master: Box<dyn MasterPty + Send>,
    /// Held open so the program's exit never hangs the terminal up: a hang-up can end the
    /// reads before the program's last bytes (the terminal's restoring) are read.
    _slave: Box<dyn portable_pty::SlavePty + Send>,
    writer: Box<dyn Write + Send>,
    parser: Arc<Mutex<vt100::Parser<Watch>>>,
    /// Every byte the program wrote.
    raw: Arc<Mutex<Vec<u8>>>,
    /// The bytes of the first read: what a terminal shows first.
    first_read: Arc<Mutex<Vec<u8>>>,
}

impl Session {
    fn spawn(args: &[&str], cols: u16, rows: u16) -> Session {
        Self::spawn_env(args, cols, rows, &[])
    }

    fn spawn_env(args: &[&str], cols: u16, rows: u16, env: &[(&str, &str)]) -> Session {
        let pty = native_pty_system();
        let pair = pty
            .openpty(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .expect("open a pty");
        let mut cmd = CommandBuilder::new(env!("CARGO_BIN_EXE_brief"));
        cmd.args(args);
        cmd.cwd(env!("CARGO_MANIFEST_DIR"));
        cmd.env("TERM", "xterm-256color");
        cmd.env_remove("NO_COLOR");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let child = pair.slave.spawn_command(cmd).expect("spawn brief");
        let parser = Arc::new(Mutex::new(vt100::Parser::new_with_callbacks(
            rows,
            cols,
            0,
            Watch::default(),
        )));
        let mut reader = pair.master.try_clone_reader().expect("pty reader");
        let sink = Arc::clone(&parser);
        let raw = Arc::new(Mutex::new(Vec::new()));
        let raw_sink = Arc::clone(&raw);
        let first_read = Arc::new(Mutex::new(Vec::new()));
        let first_sink = Arc::clone(&first_read);
        std::thread::spawn(move || {
            let mut buf = [0u8; 8192];
            loop {
                let n = match reader.read(&mut buf) {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
                    Err(_) => break,
                };
                let mut first = first_sink.lock().unwrap();
                if first.is_empty() {
                    first.extend_from_slice(&buf[..n]);
                }
                drop(first);
                sink.lock().unwrap().process(&buf[..n]);
                raw_sink.lock().unwrap().extend_from_slice(&buf[..n]);
            }
        });
        let writer = pair.master.take_writer().expect("pty writer");
        Session {
            child,
            master: pair.master,
            _slave: pair.slave,
            writer,
            parser,
            raw,
            first_read,
        }
    }

    fn send(&mut self, bytes: &[u8]) {
        self.writer.write_all(bytes).unwrap();
        self.writer.flush().unwrap();
        // Keys typed by a person arrive apart; ESC followed at once by a key reads as Alt.
        std::thread::sleep(Duration::from_millis(60));
    }

    fn wait_for(&self, what: &str, check: impl Fn(&vt100::Screen) -> bool) -> vt100::Screen {
        let start = Instant::now();
        loop {
            let screen = self.parser.lock().unwrap().screen().clone();
            if check(&screen) {
                return screen;
            }
            if start.elapsed() > Duration::from_secs(10) {
                panic!(
                    "timed out waiting for {what}; screen:\n{}",
                    screen.contents()
                );
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn wait_text(&self, text: &str) -> vt100::Screen {
        self.wait_for(text, |s| s.contents().contains(text))
    }

    /// As a terminal does it: the screen takes its new size before the program hears of it.
    /// The parser stays locked across both, so no byte drawn for the new size is read at the
    /// old one (which would wrap the full redraw and leave only later diffs on the screen).
    fn resize(&mut self, cols: u16, rows: u16) {
        let mut parser = self.parser.lock().unwrap();
        parser.screen_mut().set_size(rows, cols);
        self.master
            .resize(PtySize {
                rows,
                cols,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }

    /// Whether one of the program's threads runs at a lower priority (a nice value above 0),
    /// asked for up to five seconds.
    #[cfg(target_os = "linux")]
    fn a_thread_is_niced(&self) -> bool {
        let pid = self.child.process_id().expect("a running child");
        let end = Instant::now() + Duration::from_secs(5);
        while Instant::now() < end {
            let Ok(tasks) = std::fs::read_dir(format!("/proc/{pid}/task")) else {
                return false;
            };
            let nice_values: Vec<i64> = tasks
                .flatten()
                .filter_map(|t| std::fs::read_to_string(t.path().join("stat")).ok())
                // The fields after the command's closing bracket; nice is the 19th of all.
                .filter_map(|stat| {
                    let after = stat.rsplit_once(')')?.1;
                    after.split_whitespace().nth(16)?.parse().ok()
                })
                .collect();
            if nice_values.iter().any(|&n| n > 0) {
                return true;
            }
            std::thread::sleep(Duration::from_millis(5));
        }
        false
    }

    fn wait_exit(&mut self) -> u32 {
        let start = Instant::now();
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                return status.exit_code();
            }
            if start.elapsed() > Duration::from_secs(10) {
                let _ = self.child.kill();
                panic!("brief did not exit");
            }
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn signal(&self, sig: i32) {
        let pid = self.child.process_id().expect("pid") as i32;
        // SAFETY: kill(2) on our own child's pid.
        assert_eq!(unsafe { libc::kill(pid, sig) }, 0);
    }

    /// After the program ended: the terminal as the shell gets it back.
    fn assert_restored(&self) {
        let screen = self.wait_for("the terminal restored", |sc| !sc.alternate_screen());
        assert!(!screen.hide_cursor(), "cursor shown");
        assert_eq!(
            screen.mouse_protocol_mode(),
            vt100::MouseProtocolMode::None,
            "mouse capture off"
        );
    }

    fn row(screen: &vt100::Screen, r: u16) -> String {
        screen
            .rows(0, screen.size().1)
            .nth(r as usize)
            .unwrap_or_default()
    }
}

impl Drop for Session {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

const PINNED: [&str; 2] = ["--now", "2025-08-06T19:46:00"];

#[test]
fn start_read_and_quit_cleanly() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    let screen = s.wait_text("Kremlin calls meeting");
    assert!(
        screen.alternate_screen(),
        "the reader draws on the alternate screen"
    );
    assert!(screen.hide_cursor());
    s.wait_text("in 2d 04h 14m"); // the sidebars fill in once extraction is done
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
    let screen = s.wait_for("the terminal restored", |sc| !sc.alternate_screen());
    assert!(!screen.hide_cursor(), "cursor shown again");
}

#[test]
fn the_first_frame_arrives_with_the_alternate_screen() {
    let s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Kremlin calls meeting");
    let first = String::from_utf8_lossy(&s.first_read.lock().unwrap()).into_owned();
    // Sent apart, a terminal would show an empty screen between the two.
    assert!(first.contains("\x1b[?1049h"), "{first:?}");
    assert!(first.contains("Kremlin calls meeting"), "{first:?}");
}

#[test]
fn section_keys_bring_the_third_section_to_the_top() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Kremlin calls meeting");
    s.send(b"]");
    s.send(b"]");
    // Rows: dateline, two headline rows, rule, story border; the story's first line is row 5.
    s.wait_for("the third section at the top", |sc| {
        Session::row(sc, 5).contains("The meeting happened amid")
    });
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn search_highlights_the_match() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Kremlin calls meeting");
    s.send(b"/Friday");
    let screen = s.wait_text("/Friday");
    assert!(screen.contents().contains("1 match"));
    s.send(b"\r");
    let screen = s.wait_for("Friday in the story", |sc| {
        sc.contents().contains("turn to Friday")
    });
    let (row, col) = find(&screen, "Friday").expect("Friday on screen");
    let cell = screen.cell(row, col).unwrap();
    assert_ne!(
        cell.bgcolor(),
        vt100::Color::Default,
        "the match is highlighted"
    );
    let (row2, col2) = find(&screen, "turn to").unwrap();
    assert_eq!(
        screen.cell(row2, col2).unwrap().bgcolor(),
        vt100::Color::Default,
        "the rest is not"
    );
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn help_overlay_and_escape() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Kremlin calls meeting");
    s.send(b"?");
    s.wait_text("next / previous section");
    s.send(b"\x1b");
    s.wait_for("help closed", |sc| {
        !sc.contents().contains("next / previous section")
    });
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn resizing_changes_the_layout() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 100, 30);
    s.wait_text("Key figures");
    s.resize(40, 12);
    s.wait_text("Brief │ Story");
    s.resize(12, 4);
    s.wait_text("too small");
    s.resize(100, 30);
    s.wait_text("Key figures");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn enter_jumps_from_a_figure_to_the_story() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Kremlin calls meeting");
    s.send(b"\t");
    s.send(b"\t"); // key figures
    s.send(b"jjj");
    s.send(b"\r");
    let screen = s.wait_text("firing over 6,400");
    let (row, col) = find(&screen, "over 6,400").unwrap();
    assert!(
        screen.cell(row, col).unwrap().inverse(),
        "the jumped-to span is highlighted"
    );
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

fn find(screen: &vt100::Screen, text: &str) -> Option<(u16, u16)> {
    let (rows, cols) = screen.size();
    for r in 0..rows {
        let line = Session::row(screen, r);
        if let Some(byte) = line.find(text) {
            // Columns count cells; everything before the match here is narrow text or
            // box-drawing, one cell per character.
            let col = line[..byte].chars().count() as u16;
            if col < cols {
                return Some((r, col));
            }
        }
    }
    None
}

/// A briefing full of escape sequences, in a folder removed with the returned guard.
fn hostile_file() -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    let text = "date 2025-08-06 Evil\x1b]0;pwned-title\x07 headline\n\n\
                Clear \x1b[2J\x1b[H now, red \x1b[41mRED\x1b[0m, clip \x1b]52;c;c2VjcmV0\x07 end.\n\n\
                Link \x1b]8;;http://evil.example\x1b\\click\x1b]8;;\x1b\\ and bell \x07 and \u{202E}reversed\u{202C} text.\n";
    std::fs::write(&path, text).unwrap();
    (dir, path)
}

#[test]
fn escape_sequences_in_a_briefing_never_reach_the_terminal() {
    let (_dir, path) = hostile_file();
    let mut s = Session::spawn(&[path.to_str().unwrap(), PINNED[0], PINNED[1]], 100, 30);
    let screen = s.wait_text("Evil");
    {
        let parser = s.parser.lock().unwrap();
        let watch = parser.callbacks();
        assert!(watch.titles.is_empty(), "the window title is unchanged");
        assert!(
            watch.clipboard.is_empty(),
            "nothing was written to the clipboard"
        );
        assert_eq!(watch.bells, 0, "no bell");
    }
    assert!(
        screen.contents().contains("␛]0;pwned-title␇"),
        "shown as placeholders: {}",
        screen.contents()
    );
    assert!(screen.contents().contains("␛]52;c;c2VjcmV0␇"));
    // The document's red background was not applied to its text.
    let (row, col) = find(&screen, "RED").unwrap();
    assert_eq!(
        screen.cell(row, col).unwrap().bgcolor(),
        vt100::Color::Default
    );
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
    let raw = s.raw.lock().unwrap().clone();
    let raw = String::from_utf8_lossy(&raw);
    for forbidden in [
        "\x1b]52", "\x1b]0;", "\x1b]2;", "\x1b]8;", "\x07", "\x1b[41m", "\u{202E}",
    ] {
        assert!(
            !raw.contains(forbidden),
            "{forbidden:?} was written to the terminal"
        );
    }
    s.assert_restored();
}

#[test]
fn tiny_resizes_and_a_burst_of_them() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Key figures");
    // The emulator keeps its size for this step: vt100 itself cannot take a 1×1 grid while
    // output drawn for the larger size is still arriving.
    s.master
        .resize(PtySize {
            rows: 1,
            cols: 1,
            pixel_width: 0,
            pixel_height: 0,
        })
        .unwrap();
    std::thread::sleep(Duration::from_millis(200));
    s.resize(80, 24);
    s.wait_text("Key figures");
    for i in 0..500u16 {
        s.master
            .resize(PtySize {
                rows: 10 + i % 40,
                cols: 20 + i % 120,
                pixel_width: 0,
                pixel_height: 0,
            })
            .unwrap();
    }
    s.resize(90, 30);
    s.wait_for("the last size drawn", |sc| {
        sc.contents().contains("Key figures") && Session::row(sc, 29).contains("? help")
    });
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
    s.assert_restored();
}

#[test]
fn sigterm_restores_the_terminal() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Key figures");
    s.signal(libc::SIGTERM);
    assert_eq!(s.wait_exit(), 128 + 15);
    s.assert_restored();
}

#[test]
fn sighup_restores_the_terminal() {
    let mut s = Session::spawn(&[PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("Key figures");
    s.signal(libc::SIGHUP);
    assert_eq!(s.wait_exit(), 128 + 1);
    s.assert_restored();
}

#[test]
fn a_panic_while_drawing_restores_the_terminal() {
    let mut s = Session::spawn_env(
        &[PINNED[0], PINNED[1]],
        80,
        24,
        &[("BRIEF_TEST_PANIC_IN_DRAW", "1"), ("RUST_BACKTRACE", "0")],
    );
    let code = s.wait_exit();
    assert_ne!(code, 0);
    // The output may still be on its way after the exit.
    s.wait_text("panic inside draw");
    s.assert_restored();
    let raw = String::from_utf8_lossy(&s.raw.lock().unwrap()).into_owned();
    let restored_at = raw.find("\x1b[?1049l").expect("alternate screen left");
    let message_at = raw
        .find("panic inside draw")
        .expect("the panic is reported");
    assert!(
        message_at > restored_at,
        "the message comes after the terminal is restored"
    );
    assert!(
        !raw[message_at..].contains("\x1b[?1049h"),
        "nothing switches back to the alternate screen after the message: {raw:?}"
    );
}

#[test]
fn errors_leave_the_terminal_untouched() {
    let mut s = Session::spawn(&["no-such-file.txt"], 80, 24);
    assert_eq!(s.wait_exit(), 3);
    let screen = s.wait_text("no such file");
    assert!(!screen.alternate_screen());
    let raw = s.raw.lock().unwrap().clone();
    assert!(
        !raw.contains(&0x1b),
        "no escape sequence at all before the input is validated"
    );
}

#[test]
fn a_large_briefing_opens_on_its_start_and_fills_in() {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("large.txt");
    let mut text =
        String::from("date 2025-08-06 Markets brace for the vote\n\nA lede about the vote.\n\n");
    for i in 0..20_000 {
        text.push_str(&format!(
            "Paragraph {i}: traders moved over 1,200 contracts by Friday, Ann Lee said.\n\n"
        ));
    }
    text.push_str("The very last paragraph.\n");
    std::fs::write(&path, &text).unwrap();
    let mut s = Session::spawn(&[path.to_str().unwrap(), PINNED[0], PINNED[1]], 100, 30);
    let first = s.wait_text("Markets brace for the vote").contents();
    // The opening's figures are there from the first frame…
    assert!(!first.contains("Key figures (0"), "{first}");
    // …the rest is found by a thread that gives way to the reader's keys…
    #[cfg(target_os = "linux")]
    assert!(
        s.a_thread_is_niced(),
        "no thread at a lower priority while the rest is found"
    );
    // …and the rest once the whole file is read and extracted.
    s.wait_for("figures found", |sc| {
        sc.contents().contains("Key figures (20000)")
    });
    s.send(b"G");
    s.wait_text("The very last paragraph.");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}

#[test]
fn several_briefings_and_moving_between_them() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::write(
        dir.join("a.txt"),
        "First headline here\n\nBody of the first.\n",
    )
    .unwrap();
    std::fs::write(
        dir.join("b.md"),
        "# Second headline here\n\nBody of the second.\n",
    )
    .unwrap();
    let mut s = Session::spawn(&[dir.to_str().unwrap(), PINNED[0], PINNED[1]], 80, 24);
    s.wait_text("First headline here");
    s.wait_text("1/2");
    s.send(b">");
    s.wait_text("Second headline here");
    s.wait_text("2/2");
    s.send(b">");
    s.wait_text("the last briefing");
    s.send(b"<");
    s.wait_text("First headline here");
    s.send(b"q");
    assert_eq!(s.wait_exit(), 0);
}
