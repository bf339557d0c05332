"""Shared builders of hostile inputs for the security tests.

Every builder writes into a folder the test owns (``tmp_path``); nothing here touches the
user's real folders. The payload constants are what the tests look for afterwards: the
markup payloads must show literally, the escape payloads must never reach a terminal raw.
"""

from __future__ import annotations

import os
from pathlib import Path

# -- markup (Rich / Textual content markup and actions) ---------------------------------------

MARKUP_CLICK = "[@click=app.quit]x[/]"
MARKUP_BOLD = "[b]bold[/b]"
MARKUP_LINK = "[link=http://e]l[/link]"
MARKUP_CLOSE = "[/]"
MARKUP_VAR = "[$accent]v[/]"
MARKUP_ALL = (MARKUP_CLICK, MARKUP_BOLD, MARKUP_LINK)
FILE_NAME = "[@click=app.quit]n[b]ame.txt"  # no "/" possible in a file name

# -- terminal escape sequences ----------------------------------------------------------------

ESC_TITLE = "\x1b]0;title\x07"  # OSC 0: set window title
ESC_LINK = "\x1b]8;;http://e\x1b\\"  # OSC 8: hyperlink
ESC_CLIPBOARD = "\x1b]52;c;ZXZpbA==\x07"  # OSC 52: write the clipboard
ESC_CLEAR = "\x1b[2J"  # clear screen
C1_CSI = "\x9b"  # single-byte CSI
DEL = "\x7f"
BIDI = "\u202e"  # right-to-left override
BIDI_ISOLATE = "\u2066"
ESCAPES = (ESC_TITLE, ESC_LINK, ESC_CLIPBOARD, ESC_CLEAR, C1_CSI, DEL, BIDI, BIDI_ISOLATE)

# What must never reach a terminal from us. Textual emits its own (legitimate) escape sequences,
# so :func:`leaks` looks for the injected payloads specifically: an ESC that starts one of our
# OSC / CSI payloads, C1 controls (as UTF-8 or as a raw 8-bit byte), DEL and bidi controls.
_ESC_PAYLOADS = (b"\x1b]0;title", b"\x1b]52;", b"\x1b]8;;http://e", b"\x1b[2J")
_CHAR_PAYLOADS = {
    "\x9b": "C1 CSI (U+009B)",
    "\udc9b": "raw 8-bit CSI byte",
    "\x7f": "DEL",
    "\u202e": "RLO bidi override",
    "\u2066": "LRI bidi isolate",
}


def leaks(out: bytes) -> list[str]:
    """The injected escape payloads present in ``out`` (bytes a terminal received)."""
    found = [repr(p) for p in _ESC_PAYLOADS if p in out]
    text = out.decode("utf-8", errors="surrogateescape")
    found += [name for ch, name in _CHAR_PAYLOADS.items() if ch in text]
    return found


WORDS = (
    "council harbour district budget plan vote tuesday mayor residents ferry terminal funding debate committee report"
).split()

BODY = (
    "The council met on Tuesday and agreed a plan for the harbour district after a long "
    "debate about the ferry terminal and its funding."
)


def write(folder: Path, name: str, data: bytes | str) -> Path:
    path = folder / name
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def markup_text() -> str:
    """An article whose title, outlet line and body carry markup payloads."""
    return (
        f"# Harbour {MARKUP_CLICK} {MARKUP_BOLD} {MARKUP_LINK} plan\n\n"
        f"Powered by Evil{MARKUP_CLOSE}Wire.\n\n"
        f"{BODY} The zebrafish {MARKUP_CLICK} {MARKUP_BOLD} {MARKUP_LINK} {MARKUP_VAR} appeared.\n\n"
        f"{BODY} Residents said [i]nothing[/i] and [red]red[/red] mattered.\n"
    )


def escape_text() -> str:
    """An article whose title and body carry terminal escape payloads (no NUL: that is binary)."""
    payload = "".join(ESCAPES)
    return (
        f"# Ferry {ESC_TITLE}headline {BIDI}txet{BIDI_ISOLATE} zebrafish\n\n"
        f"{BODY} zebrafish {payload} after.\n\n"
        f"Link {ESC_LINK}click{ESC_LINK} and clipboard {ESC_CLIPBOARD} then {ESC_CLEAR} "
        f"c1 {C1_CSI}31m and del {DEL} and bidi {BIDI}gnp.exe zebrafish.\n"
    )


def plain_corpus(folder: Path, n: int = 3) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i in range(n):
        write(folder, f"plain{i}.txt", f"# Plain story {i}\n\n{BODY} Paragraph {i} about {WORDS[i % len(WORDS)]}.\n")
    return folder


def markup_corpus(folder: Path) -> Path:
    """Markup in the body, the title, a file name and every corpus.yaml value."""
    plain_corpus(folder, 2)
    write(folder, "evil.txt", markup_text())
    name = FILE_NAME
    write(folder, name, f"{BODY} Named zebrafish story.\n")
    write(folder, "meta.txt", f"{BODY} Metadata zebrafish story.\n")
    write(
        folder,
        "corpus.yaml",
        "articles:\n"
        "  meta.txt:\n"
        f"    title: '{MARKUP_CLICK} {MARKUP_BOLD} meta title'\n"
        f"    outlet: '{MARKUP_LINK} outlet'\n"
        f"    date: '{MARKUP_BOLD}'\n"
        f"    url: '{MARKUP_CLICK}'\n"
        "  evil.txt:\n"
        f"    '{MARKUP_CLICK}': 1\n",
    )  # unknown field: reported (notified) with the key quoted
    return folder


def escape_corpus(folder: Path) -> Path:
    """Escape payloads in the body, the title, and corpus.yaml values (YAML escapes)."""
    plain_corpus(folder, 2)
    write(folder, "esc.txt", escape_text())
    write(folder, "meta.txt", f"{BODY} Metadata zebrafish story.\n")
    write(
        folder,
        "corpus.yaml",
        "articles:\n"
        "  meta.txt:\n"
        '    title: "Meta \\e]0;title\\a title \\u202e txet"\n'
        '    outlet: "Out\\x9blet \\e]52;c;ZXZpbA==\\a"\n',
    )
    return folder


def special_files_corpus(folder: Path, outside: Path) -> dict[str, str]:
    """Every awkward kind of file; returns {file name: what must happen} ("read" / "skip")."""
    folder.mkdir(parents=True, exist_ok=True)
    outside.mkdir(parents=True, exist_ok=True)
    expect: dict[str, str] = {}

    def add(name: str, data: bytes | str, outcome: str) -> None:
        write(folder, name, data)
        expect[name] = outcome

    add("utf8.txt", f"Café {BODY}\n", "read")
    add("bom.txt", b"\xef\xbb\xbf" + f"BOM {BODY}\n".encode(), "read")
    add("utf16.txt", b"\xff\xfe" + f"Sixteen {BODY}\n".encode("utf-16-le"), "read")
    add("utf16be.txt", b"\xfe\xff" + f"Big {BODY}\n".encode("utf-16-be"), "read")
    add("latin1.txt", f"Caf\xe9 na\xefve {BODY}\n".encode("cp1252"), "read")
    add("crlf.txt", f"# Title\r\n\r\n{BODY}\r\n", "read")
    add("cr.txt", f"# Title\r\r{BODY}\r", "read")
    add("empty.txt", b"", "skip")  # nothing to read: "empty file"
    add("blank.txt", "\n \n\t\n", "skip")
    add("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 8, "skip")
    add("controls.txt", bytes([1, 2, 3, 4, 5, 6, 14, 15, 16]) * 200, "skip")
    add("longline.txt", ("word " * 200_000).strip(), "read")
    add("upper.TXT", f"Upper {BODY}\n", "read")
    add("notes.md", f"# Markdown\n\n{BODY}\n", "read")
    # A folder is read as a subfolder whatever its name; a link to one is not followed.
    (folder / "dir.txt").mkdir()
    write(folder / "dir.txt", "nested.txt", f"Nested {BODY}\n")
    expect["nested.txt"] = "read"
    os.symlink(folder / "dir.txt", folder / "linkdir.txt")
    expect["linkdir.txt"] = "skip"
    os.mkfifo(folder / "fifo.txt")
    expect["fifo.txt"] = "skip"
    secret = write(outside, "secret.txt", "TOPSECRET outside the corpus " + BODY)
    os.symlink(secret, folder / "escape.txt")
    expect["escape.txt"] = "skip"
    os.symlink(outside, folder / "outdir.txt")
    expect["outdir.txt"] = "skip"
    os.symlink(folder / "missing-target", folder / "dangling.txt")
    expect["dangling.txt"] = "skip"
    os.symlink("loop.txt", folder / "loop.txt")
    expect["loop.txt"] = "skip"
    os.symlink("utf8.txt", folder / "inside.txt")
    expect["inside.txt"] = "read"
    unreadable = write(folder, "unreadable.txt", BODY)
    unreadable.chmod(0)
    expect["unreadable.txt"] = "skip" if os.geteuid() != 0 else "read"
    return expect


# -- running the real program in a pseudo-terminal ---------------------------------------------


def waic_command() -> list[str]:
    """How to start the installed CLI in a subprocess (the venv's ``python -m``)."""
    import sys

    return [sys.executable, "-m", "waic_reader.tui.cli.main"]


def run_in_pty(
    args: list[str],
    *,
    cols: int = 100,
    rows: int = 30,
    keys: list[tuple[float, bytes]] = (),
    timeout: float = 30.0,
    env: dict[str, str] | None = None,
    ready: bytes | None = None,
) -> tuple[bytes, int | None]:
    """Run ``args`` on a pty of the given size; return (every byte written to it, exit code).

    ``keys`` are (delay in seconds after the first output, bytes) typed into the terminal. The
    child is killed if it has not exited after ``timeout`` seconds (exit code None then).
    """
    import fcntl
    import select
    import struct
    import subprocess
    import termios
    import time

    master, slave = os.openpty()
    # poll, not select: a long test process can hold descriptors past select's FD_SETSIZE (1,024), and then
    # select.select fails with "filedescriptor out of range in select()" (seen in one-process suite runs).
    poller = select.poll()
    poller.register(master, select.POLLIN)

    def readable(seconds: float) -> bool:
        return bool(poller.poll(seconds * 1000))

    fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, cols, 0, 0))
    full_env = dict(os.environ)
    full_env.update(
        {
            "TERM": "xterm-256color",
            "COLORTERM": "truecolor",
            "LANG": "C.UTF-8",
            "LC_ALL": "C.UTF-8",
            "COLUMNS": str(cols),
            "LINES": str(rows),
        }
    )
    full_env.pop("NO_COLOR", None)
    full_env.pop("TEXTUAL", None)
    if env:
        full_env.update(env)
    proc = subprocess.Popen(
        args, stdin=slave, stdout=slave, stderr=slave, env=full_env, close_fds=True, start_new_session=True
    )
    os.close(slave)
    out = bytearray()
    pending = sorted(keys, key=lambda k: k[0])
    first: float | None = None
    deadline = time.monotonic() + timeout
    code: int | None = None
    try:
        while True:
            now = time.monotonic()
            if now > deadline:
                break
            if first is not None:
                while pending and now - first >= pending[0][0]:
                    os.write(master, pending.pop(0)[1])
            if readable(0.05):
                try:
                    chunk = os.read(master, 65536)
                except OSError:  # EIO: the child closed the terminal
                    chunk = b""
                if not chunk:
                    if proc.poll() is not None:
                        break
                    continue
                out += chunk
                if first is None and (ready is None or ready in out):
                    first = time.monotonic()
            elif proc.poll() is not None and not pending:
                # Drain what is left, then stop.
                while readable(0.1):
                    try:
                        chunk = os.read(master, 65536)
                    except OSError:
                        break
                    if not chunk:
                        break
                    out += chunk
                break
    finally:
        if proc.poll() is None:
            proc.kill()
        code = proc.wait(timeout=10)
        os.close(master)
    return bytes(out), code if code is not None and code >= 0 else None
