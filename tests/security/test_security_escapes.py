"""No escape injection: control characters in untrusted text never reach a terminal raw.

Snapshots cannot see escape sequences, so the CLI and the TUI are run on a pseudo-terminal and
the bytes the terminal receives are checked for the injected payloads.
"""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from hostile import (
    BIDI,
    C1_CSI,
    DEL,
    ESC_CLIPBOARD,
    ESC_LINK,
    ESC_TITLE,
    escape_corpus,
    leaks,
    run_in_pty,
    waic_command,
    write,
)

from waic_reader.index.corpus.text import has_unsafe, visible, visible_same_length
from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.skipif(not hasattr(os, "openpty"), reason="needs a pty")


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    return escape_corpus(tmp_path / "corpus")


def _cli(corpus: Path, tmp_path: Path, *args: str) -> bytes:
    out, code = run_in_pty(waic_command() + ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), *args])
    assert code == 0, out[-400:]
    return out


# -- text hygiene ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ch",
    [
        "\x00",
        "\x01",
        "\x07",
        "\x08",
        "\x0b",
        "\x0c",
        "\x0d",
        "\x1b",
        "\x7f",
        "\x80",
        "\x9b",
        "\x9d",
        "\u202a",
        "\u202e",
        "\u2066",
        "\u2069",
        "\u200f",
        "\u2028",
        "\u061c",
    ],
)
def test_visible_replaces_every_unsafe_character(ch: str) -> None:
    text = f"a{ch}b"
    assert has_unsafe(text)
    shown = visible(text)
    assert ch not in shown and shown.startswith("a") and shown.endswith("b")
    same = visible_same_length(text)
    assert len(same) == len(text) and ch not in same


def test_visible_keeps_ordinary_text() -> None:
    text = "Tab\tnew\nline, café, 東京, emoji 🙂, [b]markup[/b]"
    assert visible(text) == text and not has_unsafe(text)
    assert visible("a\nb", keep_newlines=False) == "a\u2424b"
    assert visible("\x1b]0;x\x07") == "\u241b]0;x\u2407"


# -- CLI text output ------------------------------------------------------------------------------


@pytest.mark.parametrize("args", [["show", "esc"], ["show", "meta"], ["list"], ["search", "zebrafish"], ["index"]])
def test_cli_text_output_has_no_raw_escapes(corpus: Path, tmp_path: Path, args: list[str]) -> None:
    out = _cli(corpus, tmp_path, *args)
    assert leaks(out) == []
    if args[0] == "show":
        text = out.decode("utf-8")
        assert "\u241b" in text  # the escapes are shown, as ␛
        assert "<U+202E>" in text


def test_cli_errors_have_no_raw_escapes(corpus: Path, tmp_path: Path) -> None:
    out = _cli_any(corpus, tmp_path, "show", "no\x1b]0;title\x07such\u202e")
    assert leaks(out) == [] and b"no article" in out
    out = _cli_any(corpus, tmp_path, "search", "\x1b]52;c;ZXZpbA==\x07 \u202e \x9b")
    assert leaks(out) == []


def _cli_any(corpus: Path, tmp_path: Path, *args: str) -> bytes:
    out, _ = run_in_pty(waic_command() + ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), *args])
    return out


def test_corpus_folder_name_with_escapes(tmp_path: Path) -> None:
    folder = tmp_path / f"c{ESC_TITLE}{BIDI}"
    escape_corpus(folder)
    write(folder, "corpus.yaml", "articles: [1, 2\n")  # a metadata error names the folder
    out = _cli(folder, tmp_path, "index")
    assert leaks(out) == [] and b"corpus.yaml" in out


# -- --json keeps the text ------------------------------------------------------------------------


def test_json_keeps_the_original_text(corpus: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    ix = str(tmp_path / "ix")
    assert main(["--corpus", str(corpus), "--index-dir", ix, "show", "esc", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    for payload in (ESC_TITLE, ESC_LINK, ESC_CLIPBOARD, C1_CSI, DEL, BIDI):
        assert payload in data["text"]
    assert main(["--corpus", str(corpus), "--index-dir", ix, "search", "zebrafish", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert any(
        ESC_CLIPBOARD in h["snippet"] or C1_CSI in h["snippet"] or BIDI in h["snippet"] or BIDI in h["title"]
        for h in data["hits"]
    )
    assert main(["--corpus", str(corpus), "--index-dir", ix, "list", "--json"]) == 0
    rows = {r["doc"]: r for r in json.loads(capsys.readouterr().out)["articles"]}
    assert "\x1b]0;title\x07" in rows["meta"]["title"] and "\x9b" in rows["meta"]["outlet"]


def test_json_escapes_c0_controls_on_a_terminal(corpus: Path, tmp_path: Path) -> None:
    out = _cli(corpus, tmp_path, "show", "esc", "--json")
    assert b"\x1b" not in out.replace(b"\x1b[?", b"")  # ESC only as \u001b
    assert b"\\u001b]0;title\\u0007" in out


@pytest.mark.parametrize("args", [["show", "esc", "--json"], ["list", "--json"], ["search", "zebrafish", "--json"]])
def test_json_output_on_a_terminal_has_no_raw_c1_or_bidi(corpus: Path, tmp_path: Path, args: list[str]) -> None:
    out = _cli(corpus, tmp_path, *args)
    assert leaks(out) == []
    json.loads(out.decode("utf-8").replace("\r\n", "\n"))


# -- the TUI ----------------------------------------------------------------------------------------


def _tui(corpus: Path, tmp_path: Path, *args: str, ready: bytes | None = None) -> bytes:
    out, code = run_in_pty(
        waic_command() + ["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), *args],
        cols=120,
        rows=40,
        keys=[(3.0 if ready is None else 0.5, b"\x11")],  # ctrl+q: q only leaves the reader
        timeout=60 if ready else 30,
        ready=ready,
    )
    assert code == 0, out[-600:]
    return out


def test_tui_library_and_reader_have_no_raw_escapes(corpus: Path, tmp_path: Path) -> None:
    # --open esc: the reader paints the article (title and body carry every payload); waited for
    # by its text, as compare's is: a fixed 3 s before quitting was too short on a loaded machine
    out = _tui(corpus, tmp_path, "--open", "esc", ready=b"zebrafish")
    assert leaks(out) == []
    text = out.decode("utf-8", errors="replace")
    assert "zebrafish" in text and "\u241b" in text and "<U+202E>" in text


def test_tui_compare_has_no_raw_escapes(corpus: Path, tmp_path: Path) -> None:
    out = _tui(corpus, tmp_path, "--compare", "esc", "meta", ready=b"zebrafish")
    assert leaks(out) == []
    assert "zebrafish" in out.decode("utf-8", errors="replace")


def test_tui_notifications_have_no_raw_escapes(tmp_path: Path) -> None:
    folder = tmp_path / f"c{ESC_TITLE}{BIDI}dir"
    escape_corpus(folder)
    write(folder, "corpus.yaml", "articles: [1, 2\n")
    out = _tui(folder, tmp_path)
    assert b"corpus.yaml" in out
    assert leaks(out) == []


def test_pty_helper_sees_raw_payloads(tmp_path: Path) -> None:
    # Guard against a test that passes because the capture sees nothing: printing raw works.
    out, code = run_in_pty(["/bin/sh", "-c", "printf '\\033]0;title\\007'"] if shutil.which("sh") else ["true"])
    assert code == 0 and leaks(out)
