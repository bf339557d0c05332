"""A date without a year (a wire dateline's "March 14") is resolved from the corpus's dated
articles, the same way in ``list --json``, ``show --json`` and ``timeline --json``, or left
year-less (``--MM-DD``) when no dated article is near."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main


def _json(capsys: pytest.CaptureFixture[str], corpus: Path, index: Path, *argv: str) -> dict:
    code = main(["--corpus", str(corpus), "--index-dir", str(index), *argv, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


def _dates(capsys: pytest.CaptureFixture[str], corpus: Path, index: Path, doc: str) -> tuple[str, str, str]:
    listed = {r["doc"]: r["date"] for r in _json(capsys, corpus, index, "list")["articles"]}
    shown = _json(capsys, corpus, index, "show", doc)["date"]
    timeline = {a["doc"]: a["date"] for a in _json(capsys, corpus, index, "timeline")["articles"]}
    return listed[doc], shown, timeline[doc]


def _write(folder: Path, files: dict[str, str]) -> Path:
    folder.mkdir()
    for name, text in files.items():
        (folder / name).write_text(text, "utf-8")
    return folder


@pytest.mark.parametrize(
    ("files", "doc", "date"),
    [
        (  # the reported case: a Reuters dateline among articles dated that week
            {
                "wire.txt": "TOKYO, March 14 (Reuters) - The ministry said exports fell.\n",
                "posted.txt": "Exports fall\nPosted: Mar 15, 2025\n\nThe ministry said exports fell.\n",
                "notes.md": "---\ntitle: Exports\ndate: 2025-03-13\n---\n\nExports fell, the ministry said.\n",
            },
            "wire",
            "2025-03-14",
        ),
        (  # across the new year: a late-December dateline beside January coverage
            {
                "ap.txt": "OSLO, Dec. 30 (AP) — The ferry company said the route closes.\n",
                "later.txt": "Route closes\nPosted: Jan 2, 2026\n\nThe ferry company said the route closes.\n",
            },
            "ap",
            "2025-12-30",
        ),
        (  # no dated article near it (four months away): left without a year
            {
                "xinhua.txt": "BEIJING, July 4 (Xinhua) -- The conference opened.\n",
                "march.txt": "Opening\nPosted: Mar 1, 2025\n\nThe conference will open.\n",
            },
            "xinhua",
            "--07-04",
        ),
        (  # no dated article at all
            {"lone.txt": "LIMA, May 2 (Reuters) - The vote was delayed.\n", "plain.txt": "No date here.\n"},
            "lone",
            "--05-02",
        ),
    ],
)
def test_a_year_less_date_is_resolved_alike_in_list_show_and_timeline(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], doc: str, date: str
) -> None:
    corpus = _write(tmp_path / "corpus", files)
    index = tmp_path / "index"
    assert _dates(capsys, corpus, index, doc) == (date, date, date)
    (index / "listing.json").unlink()  # `show` first, with nothing cached: the same answer
    assert _json(capsys, corpus, index, "show", doc)["date"] == date


def test_the_reader_shows_the_resolved_date(tmp_path: Path) -> None:
    from waic_reader.index.workspace import Workspace

    corpus = _write(
        tmp_path / "corpus",
        {
            "wire.txt": "TOKYO, March 14 (Reuters) - The ministry said exports fell.\n",
            "posted.txt": "Exports fall\nPosted: Mar 15, 2025\n\nThe ministry said.\n",
        },
    )
    ws = Workspace(corpus, tmp_path / "index")
    assert ws.article("wire").date == "--03-14"  # the article alone has no year
    ws.list_rows()
    assert ws.open_article("wire").date == "2025-03-14"


@pytest.mark.parametrize(
    ("place", "name"),
    [("ZÜRICH", "Zürich"), ("İSTANBUL", "İstanbul"), ("ÅLESUND", "Ålesund")],
)
def test_a_non_ascii_dateline_gives_date_outlet_and_one_place(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, place: str, name: str
) -> None:
    """Reported: ``ZÜRICH, March 3 (Reuters) -`` gave no date and an ORG "ZÜRICH" beside the
    place, where ``ZURICH, March 4 (Reuters) -`` gave ``--03-04`` and a place."""
    ascii_place = place.replace("Ü", "U").replace("İ", "I").replace("Å", "A")
    corpus = _write(
        tmp_path / "c",
        {
            "x1.txt": f"Floods hit city\n\n{place}, March 3 (Reuters) - Heavy rain flooded parts of {name} on Monday.",
            "x2.txt": f"Insurers count cost\n\n{ascii_place}, March 4 (Reuters) - Insurers in {ascii_place.title()} counted the cost.",
        },
    )
    listed = {r["doc"]: r for r in _json(capsys, corpus, tmp_path / "i", "list")["articles"]}
    assert [(listed[d]["date"], listed[d]["outlet"]) for d in ("x1", "x2")] == [
        ("--03-03", "Reuters"),
        ("--03-04", "Reuters"),
    ]
    entities = _json(capsys, corpus, tmp_path / "i", "entities")["entities"]
    places = [e for e in entities if any(m["text"] in (place, name) for m in e["mentions"])]
    assert [(e["type"], len(e["mentions"])) for e in places] == [("GPE", 4)]


def test_show_resolves_a_year_without_analysing_the_corpus(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``show`` of a year-less article needs the other articles' dates only: with nothing kept
    it reads them for their dates (no boilerplate split, no entities), and once ``list`` has
    kept its rows it reads none of them."""
    from waic_reader.index.analysis.analyser import Analyser
    from waic_reader.index.corpus.reader import Corpus

    corpus = _write(
        tmp_path / "corpus",
        {
            "wire.txt": "TOKYO, March 14 (Reuters) - The ministry said exports fell.\n",
            "posted.txt": "Exports fall\nPosted: Mar 15, 2025\n\nThe ministry said exports fell.\n",
            "other.txt": "Ports reopen\nPosted: Mar 16, 2025\n\nThe ports reopened on Sunday.\n",
        },
    )
    index = tmp_path / "index"
    analysed: list[str] = []
    read: list[str] = []
    analyse, article = Analyser.analyse, Corpus.article

    def counting_analyse(self: Analyser, a):  # type: ignore[no-untyped-def]
        analysed.append(a.doc)
        return analyse(self, a)

    def counting_read(self: Corpus, doc: str, **kw):  # type: ignore[no-untyped-def]
        read.append(doc)
        return article(self, doc, **kw)

    monkeypatch.setattr(Analyser, "analyse", counting_analyse)
    monkeypatch.setattr(Corpus, "article", counting_read)
    assert _json(capsys, corpus, index, "show", "wire")["date"] == "2025-03-14"
    assert set(analysed) <= {"wire"}  # the shown article's own analysis at most
    _json(capsys, corpus, index, "list")
    analysed.clear()
    read.clear()
    assert _json(capsys, corpus, index, "show", "wire")["date"] == "2025-03-14"
    assert set(read) <= {"wire"} and set(analysed) <= {"wire"}, (read, analysed)
