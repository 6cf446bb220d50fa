//! The command line as a user runs it: outputs, exit codes and the one-line errors.

use std::io::Write;
use std::process::{Command, Output, Stdio};

const SEED: &str = "seeds/000_705664b66eb5bc4c.txt";

fn brief(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("run brief")
}

fn brief_stdin(args: &[&str], input: &[u8]) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_brief"))
        .args(args)
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .expect("spawn brief");
    child.stdin.take().unwrap().write_all(input).unwrap();
    child.wait_with_output().unwrap()
}

fn json(out: &Output) -> serde_json::Value {
    assert!(
        out.status.success(),
        "stderr: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    serde_json::from_slice(&out.stdout).expect("stdout is JSON")
}

fn stderr(out: &Output) -> String {
    String::from_utf8_lossy(&out.stderr).into_owned()
}

/// A file named `name` holding `bytes`, in a folder of its own that is removed with the
/// returned guard.
fn temp_file(name: &str, bytes: &[u8]) -> (tempfile::TempDir, std::path::PathBuf) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join(name);
    std::fs::write(&path, bytes).unwrap();
    (dir, path)
}

#[test]
fn extract_json_of_the_seed() {
    let v = json(&brief(&["extract", "--json", SEED]));
    assert_eq!(v["date"], "2025-08-06");
    assert_eq!(
        v["headline"],
        "Kremlin calls meeting ‘constructive’ but Putin unlikely to accept ceasefire terms"
    );
    assert!(v["standfirst"]
        .as_str()
        .unwrap()
        .starts_with("US special envoy Steve Witkoff met Russian President Vladimir Putin"));
    let paragraphs = v["paragraphs"].as_array().unwrap();
    let body: Vec<&str> = paragraphs
        .iter()
        .filter(|p| p["role"] == "body")
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert_eq!(body.len(), 8);
    assert_eq!(v["sections"].as_array().unwrap().len(), 8);
    for p in paragraphs {
        let t = p["text"].as_str().unwrap();
        assert!(
            !t.contains(" .") && !t.contains(" ,"),
            "stray space before punctuation: {t}"
        );
    }
    assert!(body[0].contains("ending the war. Witkoff"));
}

#[test]
fn extract_text_summary_lists_findings() {
    let out = brief(&["extract", SEED]);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.starts_with("Kremlin calls meeting"));
    assert!(s.contains("Date: Wednesday 6 August 2025"));
    assert!(s.contains("Fri 8 Aug 2025"), "{s}");
    assert!(s.contains("6,400+ missiles and drones"));
    assert!(s.contains("“Dialogue will prevail” — Kirill Dmitriev"));
}

#[test]
fn json_round_trip_through_the_binary() {
    let first = brief(&["extract", "--json", SEED]);
    let (_dir, path) = temp_file("model.json", &first.stdout);
    let second = brief(&["extract", "--json", path.to_str().unwrap()]);
    assert_eq!(json(&first), json(&second));
}

#[test]
fn markdown_file() {
    let md = b"date 2024-03-01\n# Port strike ends\n\nDockers return today.\n\n## Pay\n\nThe union won a **4%** rise, its leader Ana Ruiz said: \"We held firm.\"\n\n> Ships must clear the backlog by March 15.\n";
    let (_dir, path) = temp_file("strike.md", md);
    let v = json(&brief(&["extract", "--json", path.to_str().unwrap()]));
    assert_eq!(v["headline"], "Port strike ends");
    assert_eq!(v["standfirst"], "Dockers return today.");
    assert_eq!(v["sections"][0]["title"], "Pay");
    assert_eq!(v["figures"][0]["text"], "4%");
    assert_eq!(v["quotes"][0]["speaker"], "Ana Ruiz");
    assert_eq!(v["deadlines"][0]["due"], "2024-03-15");
    assert_eq!(v["paragraphs"][3]["role"], "quote");
}

#[test]
fn stdin_is_read_with_a_dash() {
    let v = json(&brief_stdin(
        &["extract", "--json", "-"],
        b"Rates rise\n\nThe bank raised rates to 5.25% on Thursday.\n",
    ));
    assert_eq!(v["headline"], "Rates rise");
    assert_eq!(v["figures"][0]["value"], 5.25);
}

#[test]
fn plain_text_quirks() {
    let text = "\u{feff}  date 2023-05-02 A lede\twith a tab .\r\n\r\nShort headline\r\n\r\nBody text here .\r\n";
    let (_dir, path) = temp_file("quirks.txt", text.as_bytes());
    let v = json(&brief(&["extract", "--json", path.to_str().unwrap()]));
    assert_eq!(v["date"], "2023-05-02");
    assert_eq!(v["headline"], "Short headline");
    assert_eq!(v["standfirst"], "A lede with a tab.");
    assert_eq!(v["paragraphs"][2]["text"], "Body text here.");
}

#[test]
fn missing_file() {
    let out = brief(&["extract", "--json", "no-such-briefing.txt"]);
    assert_eq!(out.status.code(), Some(3));
    assert_eq!(stderr(&out), "brief: no-such-briefing.txt: no such file\n");
}

#[test]
fn directory_given_to_extract() {
    let out = brief(&["extract", "--json", "src"]);
    assert_eq!(out.status.code(), Some(5));
    assert_eq!(
        stderr(&out),
        "brief: src: is a directory with no briefings (.txt, .md, .json)\n"
    );
}

#[test]
fn binary_file_is_refused() {
    let (_dir, path) = temp_file("blob.txt", b"\x7fELF\x00\x01\x02binary");
    let out = brief(&["extract", "--json", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(6));
    assert!(
        stderr(&out).ends_with("blob.txt: binary file (NUL bytes), not a briefing\n"),
        "{}",
        stderr(&out)
    );
    assert_eq!(stderr(&out).lines().count(), 1);
}

#[test]
fn invalid_json_model() {
    let (_dir, path) = temp_file("broken.json", b"{\"headline\": 3}");
    let out = brief(&["extract", "--json", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(7));
    assert!(stderr(&out).contains("broken.json: not a valid briefing model:"));
    assert_eq!(stderr(&out).lines().count(), 1);
}

#[test]
fn bad_now_is_a_usage_error() {
    let out = brief(&["render", SEED, "--now", "yesterday"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("not a time"));
}

#[test]
fn reader_refuses_a_non_terminal_before_touching_it() {
    let out = brief(&[SEED]);
    assert_eq!(out.status.code(), Some(9));
    assert!(stderr(&out).contains("standard output is not a terminal"));
    assert!(
        out.stdout.is_empty(),
        "nothing may be written to a non-terminal"
    );
}

#[test]
fn render_prints_one_frame() {
    let out = brief(&[
        "render",
        SEED,
        "--width",
        "100",
        "--height",
        "30",
        "--now",
        "2025-08-06T10:00:00",
    ]);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert_eq!(s.lines().count(), 30);
    assert!(s.contains("Kremlin calls meeting"));
    assert!(s.contains("in 2d 14h 00m"), "{s}");
}

#[test]
fn help_and_version() {
    let out = brief(&["--help"]);
    assert!(out.status.success());
    let s = String::from_utf8(out.stdout).unwrap();
    assert!(s.contains("extract") && s.contains("render") && s.contains("--now"));
    let out = brief(&["--version"]);
    assert!(String::from_utf8(out.stdout).unwrap().starts_with("brief "));
}

#[test]
fn a_pipe_that_never_ends_is_refused() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    let fifo = dir.join("endless.txt");
    let c = std::ffi::CString::new(fifo.to_str().unwrap()).unwrap();
    // SAFETY: mkfifo(3) with a valid NUL-terminated path.
    assert_eq!(unsafe { libc::mkfifo(c.as_ptr(), 0o600) }, 0);
    let writer_path = fifo.clone();
    std::thread::spawn(move || {
        let mut f = std::fs::OpenOptions::new()
            .write(true)
            .open(writer_path)
            .unwrap();
        let chunk = "endless news ".repeat(5000);
        while f.write_all(chunk.as_bytes()).is_ok() {}
    });
    let out = brief(&["extract", "--json", fifo.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(10));
    assert!(
        stderr(&out).ends_with("endless.txt: larger than 256 MiB, not read\n"),
        "{}",
        stderr(&out)
    );
}

#[test]
fn permission_denied() {
    // SAFETY: geteuid(2) has no preconditions.
    if unsafe { libc::geteuid() } == 0 {
        eprintln!("permission_denied: running as root, which may read any file; not checked");
        return;
    }
    use std::os::unix::fs::PermissionsExt;
    let (_dir, path) = temp_file("secret.txt", b"Head\n\nBody.");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    let out = brief(&["extract", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(4));
    assert!(stderr(&out).ends_with("secret.txt: permission denied\n"));
}

#[test]
fn an_empty_directory_has_no_briefings() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    let out = brief(&["render", dir.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(5));
    assert!(stderr(&out).contains("is a directory with no briefings"));
}

/// `brief render` at 60×12: it succeeds, and this is the frame.
fn render_small(path: &str) -> String {
    let out = brief(&["render", path, "--width", "60", "--height", "12"]);
    assert!(out.status.success(), "{}", stderr(&out));
    String::from_utf8_lossy(&out.stdout).into_owned()
}

#[test]
fn a_directory_opens_its_first_briefing() {
    let (_dir, path) = temp_file("b.txt", b"Second headline\n\nBody.");
    std::fs::write(path.with_file_name("a.md"), "# First headline\n\nBody.").unwrap();
    assert!(render_small(path.parent().unwrap().to_str().unwrap()).contains("First headline"));
}

#[test]
fn a_directory_skips_folders_named_like_briefings_and_follows_links() {
    let scratch = tempfile::tempdir().unwrap();
    let dir = scratch.path();
    std::fs::create_dir_all(dir.join("0.md")).unwrap();
    let (_target_dir, target) = temp_file("linked-target.txt", b"Linked headline\n\nBody.");
    let link = dir.join("1.txt");
    std::os::unix::fs::symlink(&target, &link).unwrap();
    assert!(render_small(dir.to_str().unwrap()).contains("Linked headline"));
}

#[test]
fn control_characters_in_file_names_are_not_echoed() {
    let out = brief(&["extract", "evil\x1b]0;title\x07.txt"]);
    assert_eq!(out.status.code(), Some(3));
    assert!(!stderr(&out).contains('\x1b') && !stderr(&out).contains('\x07'));
    assert!(stderr(&out).contains("evil␛]0;title␇.txt: no such file"));
}

#[test]
fn empty_file_is_an_empty_briefing() {
    let (_dir, path) = temp_file("empty.txt", b"");
    assert!(render_small(path.to_str().unwrap()).contains("This briefing is empty."));
}

#[test]
fn unknown_theme() {
    let out = brief(&["render", SEED, "--theme", "neon"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "brief: unknown theme \"neon\" (themes: default, mono)\n"
    );
}

#[test]
fn standard_input_cannot_join_other_briefings() {
    let out = brief(&[SEED, "-"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        stderr(&out),
        "brief: standard input (-) cannot be read together with other briefings\n"
    );
}
