"""The first Quotes open on a built index reads each article's quotes from the index instead of
finding them again (issue 13, round s33-f: ``Workspace.quotes`` ran the quote recogniser over
every article, 0.4–1.2 s of CPU on 31–216 articles). What the index keeps
(``analysis.quotes.kept``) is served only for the very text, blocks, title, boilerplate and
versions it was made from; an edited file, an edited ``corpus.yaml`` and a noise mark find the
quotes again, so the sheet is always the rules' own."""

from __future__ import annotations

import dataclasses
import json
import shutil
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.kept_mentions import kept_version
from waic_reader.index.analysis.quotes import recognise
from waic_reader.index.analysis.quotes.kept import KEPT_FORMAT, decode_quotes, encode_quotes, quotes_key
from waic_reader.index.analysis.quotes.model import Quote, Speaker
from waic_reader.index.analysis.versions import analysis_version
from waic_reader.index.workspace import Workspace

SEEDS = Path(__file__).resolve().parents[2] / "seeds"

# Quotes written as different outlets write them: a wire story, a Markdown page with emphasis in
# its cue and TeX-style marks, another language (its speakers are not read, its quotes are).
FERRY = {
    "wire.txt": (
        "Ferry operator suspends Halvi crossing after engine fire\n\n"
        "HALVI, March 3 (Reuters) - The ferry operator Nordlink suspended its Halvi crossing on Monday "
        "after an engine fire, its chief executive said.\n\n"
        '"We will not sail until every engine has been inspected," said Ingrid Sorvaag, chief executive '
        'of Nordlink. "Safety comes first."\n\n'
        "Harbour Master Hiroshi Ueda said the fire was put out within twenty minutes and that nobody was hurt.\n\n"
        "Reporting by Anna Berg; Editing by Tom Hale\n"
    ),
    "page.md": (
        "# Halvi ferry stays in port after fire\n\n"
        "*By Lena Fox, Coastal Times*\n\n"
        'The Halvi ferry did not sail on Monday. "We will not sail until every engine has been inspected," '
        "Nordlink's chief executive Ingrid Sorvaag told *Coastal Times* on Monday.\n\n"
        "``It was frightening,'' said passenger Marta Eklund, who was on board. ``The smoke filled the deck.''\n\n"
        "Share this article: Facebook Twitter Email\n"
    ),
    "spanish.txt": (
        "Incendio en el ferry de Halvi\n\n"
        "La operadora Nordlink suspendió el lunes el cruce de Halvi tras un incendio en el motor.\n\n"
        '"No zarparemos hasta que se inspeccionen todos los motores", dijo Ingrid Sorvaag, directora ejecutiva.\n'
    ),
}
YAML = "articles:\n  wire.txt:\n    outlet: Reuters\n    date: 2025-03-03\n  page.md:\n    outlet: Coastal Times\n"


def _ferry(root: Path) -> Path:
    root.mkdir()
    for name, text in FERRY.items():
        (root / name).write_text(text, encoding="utf-8")
    (root / "corpus.yaml").write_text(YAML, encoding="utf-8")
    return root


def _built(tmp_path: Path, source: str) -> Workspace:
    corpus = tmp_path / "corpus"
    if source == "seeds":
        shutil.copytree(SEEDS, corpus)
    else:
        _ferry(corpus)
    ws = Workspace(corpus, tmp_path / "index")
    ws.ensure_index()
    return ws


def _sheet(ws: Workspace) -> dict[str, Any]:
    return ws.quotes(open_built=True).to_json()


def _fresh(ws: Workspace, tmp_path: Path) -> dict[str, Any]:
    """The sheet with nothing kept: another index folder that was never built."""
    return Workspace(ws.root, tmp_path / "never-built").quotes().to_json()


def _no_recogniser(monkeypatch: pytest.MonkeyPatch) -> None:
    def refused(*args: object, **kwargs: object) -> list[Quote]:
        raise AssertionError("the quote recogniser ran on a current index")

    monkeypatch.setattr(recognise, "find_quotes", refused)


def _counting(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    calls: list[str] = []
    original = recognise.find_quotes

    def counting(article, mentions, noise_spans=()):  # type: ignore[no-untyped-def]
        calls.append(article.doc)
        return original(article, mentions, noise_spans)

    monkeypatch.setattr(recognise, "find_quotes", counting)
    return calls


def _quoted(sheet: dict[str, Any]) -> list[str]:
    """The words of every quote of a ``quotes --json`` sheet, attributed or not."""
    every = [q for sp in sheet["speakers"] for q in sp["quotes"]] + sheet["unattributed"]
    return sorted(q["text"] for q in every)


@pytest.mark.parametrize("source", ["seeds", "ferry"])
def test_a_built_index_answers_quotes_without_the_recogniser(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _built(tmp_path, source)
    expected = _fresh(ws, tmp_path)
    assert len(_quoted(expected)) >= 3  # quotes to keep: the test can fail
    _no_recogniser(monkeypatch)
    # A new process, as the Quotes screen's first open or the ``quotes`` command is.
    got = _sheet(Workspace(ws.root, ws.index_dir))
    assert json.dumps(got, sort_keys=True) == json.dumps(expected, sort_keys=True)


def test_an_edited_file_finds_its_quotes_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _built(tmp_path, "ferry")
    path = ws.root / "wire.txt"
    text = path.read_text(encoding="utf-8").replace("Safety comes first.", "Our crews come first.")
    path.write_text('"Nobody was in danger," Nordlink spokesman Per Dahl said.\n\n' + text, encoding="utf-8")
    opened = Workspace(ws.root, ws.index_dir)
    calls = _counting(monkeypatch)
    got = _sheet(opened)  # the index on disk as it is: it still keeps the old text's quotes
    assert calls == ["wire"]
    assert got == _fresh(ws, tmp_path)
    assert "Nobody was in danger" in " ".join(_quoted(got))
    assert not any("Safety comes first" in q for q in _quoted(got))


def test_an_edited_corpus_yaml_finds_the_quotes_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _built(tmp_path, "ferry")
    # The title the quotes are read with (a headline is no quote) and the outlet they are listed by.
    (ws.root / "corpus.yaml").write_text(
        YAML.replace("Reuters", "Nordic Wire") + "  spanish.txt:\n    title: Incendio en Halvi\n", encoding="utf-8"
    )
    opened = Workspace(ws.root, ws.index_dir)
    calls = _counting(monkeypatch)
    sheet = opened.quotes(open_built=True)
    # The article whose title changed, only: the wire's new outlet is read by no quote rule
    # (quotes_key), its kept quotes serve (round s36-b: an analysis with kept mentions reads them).
    assert sorted(calls) == ["spanish"]
    assert sheet.to_json() == _fresh(ws, tmp_path)
    assert sheet.label("wire") == "Nordic Wire"


def test_a_noise_mark_finds_the_quotes_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _built(tmp_path, "ferry")
    before = ws.quotes(open_built=True)
    quote = next(q for q in before.quotes["wire"] if not q.noise)
    block = next(b for b in ws.article("wire").blocks if b.start <= quote.start < b.end)
    assert ws.mark_block("wire", block.text, "noise") is None  # not re-indexed yet
    opened = Workspace(ws.root, ws.index_dir)
    calls = _counting(monkeypatch)
    after = opened.quotes(open_built=True)
    assert calls == ["wire"]
    assert next(q for q in after.quotes["wire"] if q.start == quote.start).noise
    assert after.to_json() == _fresh(ws, tmp_path)


TEXT = "\"We will not sail,\" said Ingrid Sorvaag. ``It was frightening,'' she said."


def _quotes() -> list[Quote]:
    who = Speaker("PERSON:Ingrid Sorvaag", "Ingrid Sorvaag", "PERSON", (25, 39))
    return [
        Quote("d", 1, 18, TEXT[1:18], "direct", "said", who, marked=((1, 18),), cue_start=20),
        # words kept as found, not as the text writes them (TeX marks read as curly ones)
        Quote("d", 43, 62, "It was frightening”", "direct", "said", who, noise=True, source="AP", gap=(50, 52)),
        # an unnamed source's words: no speaker, marked anonymous (round s37-q)
        Quote("d", 1, 18, TEXT[1:18], "direct", "said", None, anonymous=True),
    ]


def test_a_kept_value_round_trips() -> None:
    version = kept_version(analysis_version())
    kept = encode_quotes(_quotes(), TEXT, version, "key", "noise")
    assert decode_quotes(kept, "d", TEXT, version, "key", "noise") == _quotes()
    # a speaker's mention is no part of its equality: compared apart
    got = decode_quotes(kept, "d", TEXT, version, "key", "noise")
    assert got is not None and [q.speaker.at for q in got if q.speaker] == [(25, 39), (25, 39)]


def _value(rows: object, *, version: str = "v", source: str = "key", noise: str = "n") -> bytes:
    return zlib.compress(json.dumps([KEPT_FORMAT, version, source, noise, rows]).encode())


ROW = [1, 18, None, "direct", "said", None, 0, [], None, 20, None, 0]


@pytest.mark.parametrize(
    "kept",
    [
        b"not zlib",
        zlib.compress(b"{not json"),
        _value([ROW], version="another version"),
        _value([ROW], source="another text or title"),
        _value([ROW], noise="another split"),
        _value([[1, 999, *ROW[2:]]]),  # past the text's end
        _value([[*ROW[:3], "shouted", *ROW[4:]]]),  # no kind of quote
        _value([[*ROW[:5], ["PERSON:X", "X"], *ROW[6:]]]),  # a speaker of another shape
        _value([[*ROW[:7], [[0, 500]], *ROW[8:]]]),  # a marked span out of the text
        _value([[*ROW[:6], 2, *ROW[7:]]]),
        _value([ROW[:-1]]),
        _value([[*ROW[:-1], 2]]),  # anonymous neither 0 nor 1
        _value([[*ROW[:5], ["PERSON:X", "X", "PERSON", None], *ROW[6:-1], 1]]),  # an unnamed source named
        _value({"rows": []}),
        None,
    ],
)
def test_a_damaged_or_stale_value_is_no_value(kept: object) -> None:
    assert decode_quotes(_value([ROW]), "d", TEXT, "v", "key", "n") is not None  # the good row is read
    assert decode_quotes(kept, "d", TEXT, "v", "key", "n") is None


def test_the_title_is_part_of_the_key(tmp_path: Path) -> None:
    ws = Workspace(_ferry(tmp_path / "corpus"), tmp_path / "index")
    article = ws.article("spanish")
    assert quotes_key(article) != quotes_key(dataclasses.replace(article, title="Otro título"))


# A new process (nothing imported yet) on CORPUS with its index built: the first quotes sheet,
# then whether the quote recogniser (its patterns: most of its cost) was imported for it.
CHILD = """
import sys
from pathlib import Path
from waic_reader.index.workspace import Workspace
sheet = Workspace(Path(sys.argv[1]), Path(sys.argv[2])).quotes(open_built=True)
assert sheet.quotes
print("waic_reader.index.analysis.quotes.recognise" in sys.modules)
"""


@pytest.mark.parametrize("source", ["seeds", "ferry"])
def test_the_first_sheet_on_a_current_index_does_not_import_the_recogniser(source: str, tmp_path: Path) -> None:
    ws = _built(tmp_path, source)
    got = subprocess.run(
        [sys.executable, "-c", CHILD, str(ws.root), str(ws.index_dir)], capture_output=True, text=True, check=True
    )
    assert got.stdout.split() == ["False"]
