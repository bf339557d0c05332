"""Names and bytes from outside: file names that are not UTF-8 or carry newlines and controls,
raw bytes in arguments, unreadable files, and a stray byte in a UTF-8 file."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile import BODY, plain_corpus, write
from snapshot_app import settle

from waic_reader.index.corpus.decoding import decode
from waic_reader.index.corpus.reader import Corpus
from waic_reader.index.corpus.text import escape_name, visible
from waic_reader.index.workspace import Workspace

CLI = [sys.executable, "-m", "waic_reader.tui.cli.main"]

# Raw names as the file system gives them (bytes): not UTF-8, with a newline that would forge a
# row, with C1 and bidi controls.
NAMES = {
    b"x\x9b2J.txt": "x\\x9b2J",  # an undecodable byte: \xNN, as ls -b and visible() show it
    b"caf\xe9 menu.txt": "caf\\xe9 menu",
    # controls: the stand-ins titles show (visible(); round s36-s, t13ab L22), not Python's escapes
    b"two\nrows  Fake Outlet  999 words  Forged title.txt": "two\u2424rows  Fake Outlet  999 words  Forged title",
    "rtl\u202eevil\u009b.txt".encode(): "rtl<U+202E>evil<U+009B>",
}


def run(*args: str | bytes, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run([*CLI, *args], capture_output=True, timeout=300, env=env)


@pytest.fixture
def named(tmp_path: Path) -> Path:
    corpus = plain_corpus(tmp_path / "corpus", 2)
    for raw in NAMES:
        with open(os.path.join(os.fsencode(corpus), raw), "wb") as fh:
            fh.write(f"# Named story\n\n{BODY} A zebrafish named story.\n".encode())
    return corpus


def test_names_become_escaped_doc_ids() -> None:
    for raw, shown in NAMES.items():
        assert escape_name(os.fsdecode(raw)[: -len(".txt")]) == shown
    assert escape_name("plain name-1_x") == "plain name-1_x"


def test_a_name_that_is_not_utf8_is_read_and_shown_escaped(named: Path, tmp_path: Path) -> None:
    ix = str(tmp_path / "ix")
    for args in (["index"], ["search", "zebrafish"], ["list"], ["show", "x\\x9b2J"]):
        result = run("--corpus", str(named), "--index-dir", ix, *args)
        assert result.returncode == 0, result.stderr
        assert result.stderr == b""
        result.stdout.decode("utf-8")  # valid UTF-8: no raw byte of a name
        assert b"\x9b" not in result.stdout.replace("\u009b".encode(), b"")
    found = json.loads(run("--corpus", str(named), "--index-dir", ix, "search", "zebrafish", "--json").stdout)
    assert {h["doc"] for h in found["hits"]} == set(NAMES.values())


def test_json_is_valid_utf8_with_every_control_escaped(named: Path, tmp_path: Path) -> None:
    ix = str(tmp_path / "ix")
    for args in (["index", "--json"], ["list", "--json"], ["search", "zebrafish", "--json"], ["show", "rtl", "--json"]):
        result = run("--corpus", str(named), "--index-dir", ix, *args)
        assert result.returncode == 0, result.stderr
        text = result.stdout.decode("utf-8")  # strict: raises on a raw byte
        assert not any(0x80 <= ord(c) <= 0x9F or c in "\u202e\u2066\u2028" for c in text), args
        assert not any(ord(c) < 0x20 and c != "\n" for c in text), args
        assert json.loads(text)
    query = json.loads(run("--corpus", str(named), "--index-dir", ix, "search", b"a\x9b\xff", "--json").stdout)
    assert query["query"] == "a\udc9b\udcff"  # the argument's bytes, escaped as \u in the JSON text


def test_a_newline_in_a_name_cannot_forge_a_row(named: Path, tmp_path: Path) -> None:
    ix = str(tmp_path / "ix")
    rows = run("--corpus", str(named), "--index-dir", ix, "list").stdout.decode().splitlines()
    assert len(rows) == 2 + len(NAMES)
    assert not any(r.startswith("rows") for r in rows)
    hits = run("--corpus", str(named), "--index-dir", ix, "search", "zebrafish").stdout.decode().splitlines()
    assert not any(r.startswith("rows") for r in hits)
    assert sum(1 for r in hits if r.startswith("two\u2424rows")) == 1
    show = run("--corpus", str(named), "--index-dir", ix, "show", "two\u2424rows").stdout.decode().splitlines()
    assert show[1].startswith("-  ·  two\u2424rows  Fake Outlet")


def test_row_fields_from_the_text_stay_on_their_row(tmp_path: Path) -> None:
    """An outlet or title taken from the text (or corpus.yaml) carrying a line break."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    write(corpus, "a.txt", f"Evil\u2028Row\n\n{BODY} Mentions zebrafish.\n\n{BODY}\n")
    write(corpus, "corpus.yaml", 'articles:\n  a.txt:\n    outlet: "Out\\nlet"\n    title: "Ti\\u2029tle"\n')
    ix = str(tmp_path / "ix")
    for args in (["list"], ["search", "zebrafish"], ["show", "a"]):
        out = run("--corpus", str(corpus), "--index-dir", ix, *args).stdout.decode()
        assert "\u2028" not in out and "\u2029" not in out
        assert not any(line.startswith(("let", "tle", "Row")) for line in out.splitlines()), out


async def test_the_tui_indexes_a_corpus_with_such_names(named: Path) -> None:
    from waic_reader.tui.app import WaicReaderApp

    app = WaicReaderApp(Workspace(named), save_settings=False)
    async with app.run_test(size=(120, 40)) as pilot:
        await settle(pilot)
        await app.workers.wait_for_complete()
        await settle(pilot)
        assert app.index_ready and not app.index_error
        assert app.index_report is not None and app.index_report.indexed == 2 + len(NAMES)


def test_an_unreadable_file_is_reported_once_as_skipped(tmp_path: Path) -> None:
    corpus = plain_corpus(tmp_path / "corpus", 2)
    write(corpus, "binary.txt", b"\x00\x01\x02 not text")
    write(corpus, "controls.txt", bytes(range(1, 9)) * 200)
    ix = str(tmp_path / "ix")
    for n in range(3):
        result = run("--corpus", str(corpus), "--index-dir", ix, "index", "--json")
        data = json.loads(result.stdout)
        assert data["added"] == [] or (n == 0 and data["rebuilt"])
        assert sorted(s["path"] for s in data["skipped"]) == ["binary.txt", "controls.txt"]
        assert data["indexed"] == 2
        text = run("--corpus", str(corpus), "--index-dir", ix, "index").stdout.decode()
        assert "added" not in text and text.count("skipped binary.txt: binary file") == 1
    write(corpus, "late.txt", f"# Late\n\n{BODY}\n")
    data = json.loads(run("--corpus", str(corpus), "--index-dir", ix, "index", "--json").stdout)
    assert data["added"] == ["late"] and len(data["skipped"]) == 2


@pytest.mark.parametrize(
    "raw, expect",
    [
        ("Café in Zürich — “quoted” naïve text.\n".encode() * 20 + b"stray \x9b byte\n", "stray \ufffd byte"),
        (b"\xff" + "Leading stray byte, then Zürich — “quoted”.\n".encode() * 20, "\ufffdLeading"),
        ("Überall “Anführungszeichen” —\n".encode() * 10 + b"\x80\x81 two\n", "\ufffd\ufffd two"),
    ],
    ids=["middle", "start", "two-bytes"],
)
def test_a_stray_byte_in_utf8_is_replaced_and_flagged(raw: bytes, expect: str) -> None:
    text, encoding, notes = decode(raw)
    assert encoding == "utf-8" and expect in text
    assert "Zürich" in text or "Anführungszeichen" in text  # no cp1252 mojibake (ZÃ¼rich)
    assert "Ã" not in text
    assert len(notes) == 1 and "not valid UTF-8" in notes[0] and "replaced" in notes[0]


def test_cp1252_text_is_still_read_as_cp1252() -> None:
    text, encoding, notes = decode(b"Caf\xe9 \x93quoted\x94 na\xefve \x96 text. " * 5)
    assert encoding == "cp1252" and "Café “quoted” naïve – text." in text and notes


def test_visible_shows_undecodable_bytes_as_stand_ins() -> None:
    assert visible("a\udc9bb\udcffc") == "a\\x9bb\\xffc"
    assert visible(os.fsdecode(b"x\x9b2J")) == "x\\x9b2J"


def test_scan_keeps_the_real_path_of_an_escaped_name(named: Path) -> None:
    corpus = Corpus.scan(named)
    entry = corpus.entries["x\\x9b2J"]
    assert entry.path.name == os.fsdecode(b"x\x9b2J.txt") and entry.path.exists()
    assert "zebrafish" in corpus.article("x\\x9b2J").text


@pytest.mark.parametrize("pasted", ["evil\u202eright", "csi\u009b2J", "bidi\u2066x\x1b[2J"])
async def test_controls_pasted_into_the_search_box_show_as_stand_ins(pasted: str) -> None:
    from snapshot_app import make_app
    from textual import events
    from textual.strip import Strip

    from waic_reader.tui.screens.search import QueryInput

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        await settle(pilot)
        await pilot.press("slash")
        await settle(pilot)
        box = app.screen.query_one(QueryInput)
        box.post_message(events.Paste(pasted))
        await settle(pilot)
        # The box holds the app's stand-ins (visible), which the parser reads as spaces.
        assert box.value == visible(pasted, keep_newlines=False)
        row: Strip = box.render_line(0)
        shown = "".join(segment.text for segment in row)
        assert not any(ch in shown for ch in "\u202e\u009b\u2066\x1b"), repr(shown)
        assert "\ufffd" not in shown and ("<U+" in shown or "\u241b" in shown)
        screen = app.export_screenshot()
        assert not any(ch in screen for ch in "\u202e\u009b\u2066\x1b")  # the results line too


@pytest.mark.parametrize(
    ("raw", "expect"),
    [
        # Reported: one apostrophe beside one stray byte came out as Windows-1252 mojibake.
        (
            b"Ferry operator says it won\xe2\x80\x99t cut routes\n\nThe company said the ferry would keep "
            b"sailing \x9b despite losses.\n",
            "won\u2019t",
        ),
        (b"Talks resume \xe2\x80\x94 officials say \x81 more to come.\n", "resume \u2014 officials"),
        (b"Minister \xc3\xa9lu spoke \xfe today.\n", "\u00e9lu"),
    ],
    ids=["apostrophe", "em-dash", "accent"],
)
def test_one_stray_byte_beside_one_utf8_character_is_still_utf8(raw: bytes, expect: str) -> None:
    text, encoding, notes = decode(raw)
    assert encoding == "utf-8" and expect in text and "\ufffd" in text
    assert "\u00e2\u20ac" not in text  # no cp1252 mojibake
    assert len(notes) == 1 and "replaced" in notes[0]
