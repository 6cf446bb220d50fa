#!/usr/bin/env python3
"""When the first frame leaves the program, with no terminal emulator in the way.

Runs each COMMAND in a pseudo-terminal of 120x40, one run of each per round, back to back,
and records the time from spawn to the read that brings TEXT in the raw bytes, and to the
last byte before the output pauses for 20 ms (the whole first frame). `ttff.py` measures the
same frame once a terminal emulator has parsed it; the difference is the emulator's work.

  python3 bench/first_write.py ROUNDS TEXT FILE COMMAND...
  python3 bench/first_write.py 20 Kremlin seeds/000_705664b66eb5bc4c.txt target/x86_64-unknown-linux-gnu/release/brief less
"""
import fcntl
import os
import pty
import select
import statistics
import struct
import sys
import termios
import time


def first_write(command, path, text):
    """Milliseconds to TEXT and to the first frame's last byte, and the frame's bytes."""
    start = time.perf_counter()
    pid, fd = pty.fork()
    if pid == 0:
        fcntl.ioctl(0, termios.TIOCSWINSZ, struct.pack("HHHH", 40, 120, 0, 0))
        os.environ["TERM"] = "xterm-256color"
        os.execvp(command, [command, path])
    raw = bytearray()
    seen = last = None
    deadline = start + 5
    while time.perf_counter() < deadline:
        ready, _, _ = select.select([fd], [], [], 0.02 if seen else 0.01)
        if not ready:
            if seen:
                break
            continue
        try:
            data = os.read(fd, 65536)
        except OSError:
            break
        if not data:
            break
        raw += data
        last = (time.perf_counter() - start) * 1000
        if seen is None and text.encode() in raw:
            seen = last
    os.kill(pid, 9)
    os.waitpid(pid, 0)
    os.close(fd)
    return seen, last, len(raw)


def main():
    if len(sys.argv) < 5:
        print(__doc__)
        sys.exit(2)
    rounds, text, path, commands = int(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4:]
    runs = {c: [] for c in commands}
    for _ in range(rounds):
        for c in commands:
            runs[c].append(first_write(c, path, text))
    for c, results in runs.items():
        done = [r for r in results if r[0] is not None]
        to_text = statistics.median(r[0] for r in done)
        to_end = statistics.median(r[1] for r in done)
        size = statistics.median(r[2] for r in done)
        print(f"{c:24} {text} written at {to_text:6.2f} ms, the frame's last byte at "
              f"{to_end:6.2f} ms ({size:.0f} bytes)")


if __name__ == "__main__":
    main()
