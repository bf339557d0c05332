"""The first Quotes open and the first entities × outlets matrix on a current index read no article
again: each article as read (text, blocks, title, outlet, date, notes) is kept by the index build
(``corpus.kept_article``) and served for the very file, ``corpus.yaml`` fields and rules it was
read with (issue 13, round s34-a: 216 saved pages took ~6 s of CPU, most of it reading and
deriving every article again: ``reader._derive``'s page classifier, a saved page's extraction).

An edited file (before or after the folder is listed again), an edited ``corpus.yaml`` and other
rules are read again, so the screens always show the title and outlet the file gives now."""

from __future__ import annotations

import gzip
import json
import os
import shutil
import subprocess
import sys
import zlib
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.corpus import html as html_module
from waic_reader.index.corpus import reader
from waic_reader.index.corpus.kept_article import KEPT_FORMAT, article_key, decode_article, encode_article
from waic_reader.index.corpus.reader import Corpus, to_show_json
from waic_reader.index.workspace import Workspace

TESTS = Path(__file__).resolve().parents[1]
SEEDS = TESTS.parent / "seeds"
PAGE = TESTS / "fixtures" / "noise_pages" / "unseen2" / "html"

# One story as different outlets' habits write it: a wire text (title, outlet and date derived
# from it), a Markdown page with front matter, a saved HTML page, an article in German, a record
# export's items, and corpus.yaml fields over some of them.
FILES = {
    "wire.txt": (
        "Ferry operator suspends Halvi crossing after engine fire\n\n"
        "By Anna Berg, Nordic Wire\nMarch 3, 2025\n\n"
        "HALVI, March 3 - The ferry operator Nordlink suspended its Halvi crossing on Monday after an "
        "engine fire, its chief executive said.\n\n"
        '"We will not sail until every engine has been inspected," said Ingrid Sorvaag, chief executive '
        'of Nordlink. "Safety comes first."\n\n'
        "Share this article: Facebook Twitter Email\n"
    ),
    "notes/page.md": (
        "---\ndate: 2025-03-04\nauthor: Lena Fox\n---\n\n# Halvi ferry stays in port after fire\n\n"
        'The Halvi ferry did not sail on Monday. "It was frightening," said passenger Marta Eklund, '
        "who was on board with **two children**.\n\n"
        "Harbour Master Hiroshi Ueda said the fire was put out within twenty minutes.\n"
    ),
    "bericht.txt": (
        "Fähre in Halvi bleibt nach Brand im Hafen\n\n"
        "Die Reederei Nordlink hat die Überfahrt nach einem Motorbrand am Montag eingestellt. "
        '"Wir fahren erst, wenn jeder Motor geprüft ist", sagte Ingrid Sorvaag.\n'
    ),
    "dump.jsonl": (
        json.dumps(
            {
                "id": "r1",
                "title": "Crossing halted",
                "text": "Nordlink halted the Halvi crossing, Ingrid Sorvaag said on Monday.",
                "source": "Harbour Daily",
                "date": "2025-03-03",
            }
        )
        + "\n"
        + json.dumps(
            {
                "id": "r2",
                "text": "Passengers waited in Halvi.\n\nThe port said the ferry would sail again on Friday.",
                "date": "2025-03-05",
            }
        )
        + "\n"
    ),
}
YAML = "articles:\n  bericht.txt:\n    outlet: Halvi Zeitung\n    date: 2025-03-03\n"


def _mixed(root: Path) -> Path:
    for name, text in FILES.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    page = sorted(PAGE.glob("*.html.gz"))[0]
    (root / "saved-page.html").write_bytes(gzip.decompress(page.read_bytes()))
    (root / "corpus.yaml").write_text(YAML, encoding="utf-8")
    return root


def _built(tmp_path: Path, source: str) -> Workspace:
    root = tmp_path / "corpus"
    if source == "seeds":
        shutil.copytree(SEEDS, root)
    else:
        root.mkdir()
        _mixed(root)
    ws = Workspace(root, tmp_path / "index")
    ws.ensure_index()
    return ws


def _reads(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """Every article read from now on (its title, outlet and date derived: ``reader._derive``),
    by doc id, and every saved page extracted ("html")."""
    done: list[str] = []
    derive, read_html = reader._derive, html_module.read_html

    def derived(article: reader.Article, order: str | None = None) -> bool:
        done.append(article.doc)
        return derive(article, order)

    def extracted(*args: Any, **kwargs: Any) -> Any:
        done.append("html")
        return read_html(*args, **kwargs)

    monkeypatch.setattr(reader, "_derive", derived)
    monkeypatch.setattr(html_module, "read_html", extracted)
    return done


def _shown(article: reader.Article) -> str:
    return json.dumps(to_show_json(article), sort_keys=True)


@pytest.mark.parametrize("source", ["seeds", "mixed"])
def test_an_article_served_from_the_index_is_the_article_read(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _built(tmp_path, source)
    fresh = Corpus.scan(ws.root)
    expected = {doc: _shown(fresh.article(doc)) for doc in fresh.docs}
    assert len(expected) >= 5
    opened = Workspace(ws.root, ws.index_dir)
    assert opened._open_built_index()
    done = _reads(monkeypatch)
    got = {doc: _shown(opened.corpus.article(doc)) for doc in opened.docs}
    assert done == []
    assert got == expected
    for doc in fresh.docs:  # every field, the blocks and a page's left-out blocks included
        assert opened.corpus.article(doc) == fresh.article(doc)


@pytest.mark.parametrize("source", ["seeds", "mixed"])
def test_the_first_quotes_and_matrix_on_a_current_index_read_no_article(
    source: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ws = _built(tmp_path, source)
    never = Workspace(ws.root, tmp_path / "never-built")
    quotes, entities = never.quotes().to_json(), never.entities().to_json()
    assert quotes["speakers"] and entities["entities"]  # something to show: the test can fail
    done = _reads(monkeypatch)
    # new processes, as the screens' first opens and the commands are
    assert Workspace(ws.root, ws.index_dir).quotes(open_built=True).to_json() == quotes
    assert Workspace(ws.root, ws.index_dir).entities(open_built=True).to_json() == entities
    matrix = Workspace(ws.root, ws.index_dir)
    matrix._open_built_index()  # the app opens its index before `E`
    assert matrix.entities().to_json() == entities
    assert done == []


def test_an_edited_file_is_read_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _built(tmp_path, "mixed")
    listed_before = Workspace(ws.root, ws.index_dir)  # a screen opened before the folder check
    path = ws.root / "wire.txt"
    path.write_text(
        path.read_text(encoding="utf-8")
        .replace("Ferry operator suspends Halvi crossing", "Nordlink halts Halvi ferry")
        .replace("Nordic Wire", "Baltic Courier"),
        encoding="utf-8",
    )
    os.utime(path, ns=(1_700_000_000_000_000_000, 1_700_000_000_000_000_000))
    listed_after = Workspace(ws.root, ws.index_dir)
    done = _reads(monkeypatch)
    for opened in (listed_before, listed_after):
        done.clear()
        sheet = opened.quotes(open_built=True)
        assert done == ["wire"]
        assert sheet.article("wire").title.startswith("Nordlink halts Halvi ferry")
        assert sheet.label("wire") == "Baltic Courier"


def test_an_edited_corpus_yaml_reads_its_articles_again(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    ws = _built(tmp_path, "mixed")
    (ws.root / "corpus.yaml").write_text(
        YAML.replace("Halvi Zeitung", "Halvi Anzeiger")
        + "  wire.txt:\n    title: Halvi crossing suspended\n    outlet: Nordlink Watch\n    date: 2025-03-02\n",
        encoding="utf-8",
    )
    opened = Workspace(ws.root, ws.index_dir)
    done = _reads(monkeypatch)
    sheet = opened.quotes(open_built=True)
    table = opened.entities()
    assert sorted(done) == ["bericht", "wire"]  # the two articles whose fields changed, only
    wire = sheet.article("wire")
    assert (wire.title, wire.outlet, wire.date) == ("Halvi crossing suspended", "Nordlink Watch", "2025-03-02")
    assert sheet.label("bericht") == "Halvi Anzeiger"
    assert table.articles["wire"].outlet == "Nordlink Watch"
    never = Workspace(ws.root, tmp_path / "never-built")
    assert sheet.to_json() == never.quotes().to_json()
    assert table.to_json() == never.entities().to_json()


def test_a_mark_on_the_headline_retitles_a_served_article(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """The kept article is the one read, before the user's marks: a mark made since on the block
    its title came from gives the title the marks give a read article."""
    ws = _built(tmp_path, "mixed")
    article = ws.article("wire")
    headline = next(b for b in article.blocks if b.text == article.title)
    assert ws.mark_block("wire", headline.text, "noise") is None
    opened = Workspace(ws.root, ws.index_dir)
    done = _reads(monkeypatch)
    sheet = opened.quotes(open_built=True)
    assert "wire" not in done
    expected = Workspace(ws.root, tmp_path / "never-built").quotes()
    assert sheet.article("wire").title == expected.article("wire").title != article.title


TEXT = "Halvi ferry fire\n\nNordlink said the crossing stays shut."


def _entry(tmp_path: Path) -> reader.Entry:
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    return Corpus.scan(tmp_path).entries["a"]


# TEXT's two blocks, as an HTML page's are kept.
_BLOCKS = [[0, 16, "title", None], [18, len(TEXT), "paragraph", None]]


def _value(fields: object, key: str = "k") -> bytes:
    return zlib.compress(json.dumps([KEPT_FORMAT, key, fields]).encode())


def test_a_kept_value_round_trips_and_its_key_is_the_file_fields_and_rules(tmp_path: Path) -> None:
    entry = _entry(tmp_path)
    article = Corpus.scan(tmp_path).article("a")
    key = article_key(entry, "", "v1")
    assert decode_article(encode_article(article, key), entry, key) == article
    for other in (article_key(entry, "title=X", "v1"), article_key(entry, "", "v2")):
        assert decode_article(encode_article(article, key), entry, other) is None


@pytest.mark.parametrize(
    "change",
    [
        {"text": 3},
        {"title_derived": "yes"},
        {"notes": "one note"},
        {"blocks": [[0, 999, "paragraph", None]]},  # past the text's end
        {"blocks": [[0, 5, "sidebar", None]]},  # no kind of block
        {"discarded": [["0", None, "nav"]]},
        {"dateless_head": -1},
        # A block index that names no kept block (review s34-r item 7): it had been read and
        # then raised IndexError in the boilerplate split or the date's blanking.
        {"blocks": _BLOCKS, "discarded": [[7, "menu", "header"]]},
        {"blocks": _BLOCKS, "discarded": [[2, None, "footer"]]},  # one past the last
        {"blocks": _BLOCKS, "page_dateless": [99]},
        {"blocks": _BLOCKS, "page_dateless": [0, 2]},
        {"discarded": [[0, None, "nav"]]},  # blocks left out of no blocks
        {"page_dateless": [0]},
        # The blocks' key (round s38-p): the kept values' keys take it as the index kept it.
        {"blocks_key": "0123"},
        {"blocks_key": None},
        {"blocks_key": 12345},
        {"blocks_key": "0123456789ABCDEF0123456789ABCDEF"},
    ],
)
def test_a_damaged_value_is_no_value(change: dict[str, Any], tmp_path: Path) -> None:
    entry = _entry(tmp_path)
    good = json.loads(zlib.decompress(encode_article(Corpus.scan(tmp_path).article("a"), "k")))[2]
    assert decode_article(_value(good), entry, "k") is not None  # the good value is read
    assert decode_article(_value({**good, **change}), entry, "k") is None
    assert decode_article(b"not zlib", entry, "k") is None
    assert decode_article(zlib.compress(b"[1, "), entry, "k") is None
    assert decode_article(_value({k: v for k, v in good.items() if k != "text"}), entry, "k") is None


# A new process (nothing imported yet) on CORPUS with its index built: the first quotes sheet and
# the first entity table, then whether the block classifier (its patterns: ~0.3 s to compile) or
# a page's extractor was imported for them.
CHILD = """
import sys
from pathlib import Path
from waic_reader.index.workspace import Workspace
ws = Workspace(Path(sys.argv[1]), Path(sys.argv[2]))
assert ws.quotes(open_built=True).quotes and ws.entities().entities
print(sorted(m for m in ("waic_reader.index.analysis.noise.classify", "trafilatura") if m in sys.modules))
"""


@pytest.mark.parametrize("source", ["seeds", "mixed"])
def test_the_first_sheet_and_table_import_no_classifier_or_extractor(source: str, tmp_path: Path) -> None:
    ws = _built(tmp_path, source)
    got = subprocess.run(
        [sys.executable, "-c", CHILD, str(ws.root), str(ws.index_dir)], capture_output=True, text=True, check=True
    )
    assert got.stdout.split() == ["[]"]


def test_block_indices_within_the_kept_blocks_are_read(tmp_path: Path) -> None:
    """The bounds of a block index (review s34-r item 7) are the kept blocks': the last is read."""
    entry = _entry(tmp_path)
    good = json.loads(zlib.decompress(encode_article(Corpus.scan(tmp_path).article("a"), "k")))[2]
    kept = {**good, "blocks": _BLOCKS, "discarded": [[1, "menu", "header"]], "page_dateless": [0, 1]}
    article = decode_article(_value(kept), entry, "k")
    assert article is not None
    assert article.discarded == {1: ("menu", "header")} and article.page_dateless == frozenset({0, 1})


def test_the_build_reads_an_article_the_index_served(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """``Corpus.article(kept=False)`` (the index build, which writes the kept values) reads the
    file even when the article cached for the doc was served from the index, so a kept value is
    never the source of the next one; an article cached from a read is taken as it is (review
    s34-r item 8: the cache was looked at before ``kept``)."""
    _entry(tmp_path)
    read = Corpus.scan(tmp_path).article("a")
    served: list[str] = []

    def kept(e: reader.Entry, stamp: str) -> reader.Article:
        served.append(e.doc)
        return decode_article(_value({**_fields(read), "title": "As the index kept it"}), e, "k") or read

    corpus = Corpus.scan(tmp_path)
    corpus.kept = kept
    assert corpus.article("a").title == "As the index kept it" and served == ["a"]
    done = _reads(monkeypatch)
    assert corpus.article("a", kept=False).title == read.title  # the file, read
    assert done == ["a"]
    assert corpus.article("a").title == read.title and served == ["a"]  # the read one, cached
    assert corpus.article("a", kept=False) is corpus.article("a") and done == ["a"]  # not read again
    corpus.forget("a")
    assert corpus.article("a").title == "As the index kept it" and served == ["a", "a"]
    assert corpus.article("a", kept=False).title == read.title and done == ["a", "a"]


def _fields(article: reader.Article) -> dict[str, Any]:
    fields: dict[str, Any] = json.loads(zlib.decompress(encode_article(article, "k")))[2]
    return fields
