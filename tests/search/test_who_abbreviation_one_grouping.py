"""``who:``, ``said:`` and an article's entities (the reader's entity panel) follow the one
grouping of the entity list for an abbreviation the corpus joins to its long form (issue #13,
tester t13ar N1): the entity list made "NCSC" and "National Cyber Security Centre" one entity of
six articles, but ``who:NCSC`` found 4, ``who:"National Cyber Security Centre"`` 3,
``said:NCSC police`` none, and the panel listed NCSC and the long form as two entities. The
cause: one article's long form was typed another kind than the others' (a facility), and the
search's grouping still counted that kind's key as a second entity the initials could mean,
though the entity list retypes it first. The tester's sentences and two corpora of our own,
each checked against ``entities`` itself (one grouping: the entity list's)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

NCSC = {
    "courier.txt": (
        "Hospitals hit by ransomware\n\nSystems at Kessington Valley Health were shut on Monday. "
        "The National Cyber Security Centre (NCSC) said it was working with the group and with police.\n"
    ),
    "reuters.txt": (
        "Hospital group hacked\n\nLONDON (Reuters) - Britain's National Cyber Security Centre said it was "
        "supporting Kessington Valley Health after the attack.\n"
    ),
    "blog.txt": ("What the attack tells us\n\nThe National Cyber Security Centre has warned hospitals for years.\n"),
    "live.txt": ("Live: hospital outage\n\n09:10 The NCSC says it is aware of the incident at the hospitals.\n"),
    "ledger.txt": ("Patients diverted\n\nThe NCSC is helping the group restore its systems, officials said.\n"),
}
FLOOD = {
    "a.txt": (
        "Dam alert\n\nThe National Flood Forecasting Centre (NFFC) said it was working with the council and "
        "with police.\n"
    ),
    "b.txt": ("Rivers rising\n\nThe National Flood Forecasting Centre said it was supporting the town.\n"),
    "c.txt": ("Flood warnings\n\nThe National Flood Forecasting Centre has warned of more rain.\n"),
    "d.txt": ("Town evacuated\n\nThe NFFC says the river will peak on Friday.\n"),
}
GRID = {
    "a.txt": (
        "Blackout\n\nThe Regional Grid Control Centre (RGCC) said it was working with the operators and with police.\n"
    ),
    "b.txt": ("Power back\n\nThe Regional Grid Control Centre said it was supporting the repairs.\n"),
    "c.txt": ("Outage report\n\nThe Regional Grid Control Centre has published its timeline.\n"),
    "d.txt": ("Lights on\n\nThe RGCC says supply will be normal by Friday.\n"),
}


def _workspace(root: Path, files: dict[str, str]) -> Workspace:
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    ws = Workspace(corpus, root / "index")
    ws.ensure_index()
    return ws


CASES = {
    "reported-ncsc": (NCSC, "NCSC", "National Cyber Security Centre"),
    "nffc": (FLOOD, "NFFC", "National Flood Forecasting Centre"),
    "rgcc": (GRID, "RGCC", "Regional Grid Control Centre"),
}


def _entity_docs(ws: Workspace, long: str) -> set[str]:
    """The articles the entity list gives the entity of ``long`` (with its abbreviation)."""
    got = [e for e in ws.entities().entities if long in {m.text for _d, m in e.mentions}]
    assert len(got) == 1, [(e.name, e.label) for e in got]
    return {d for d, _m in got[0].mentions}


@pytest.mark.parametrize("case", CASES)
def test_who_by_either_name_finds_the_entity_list_s_articles(tmp_path: Path, case: str) -> None:
    files, short, long = CASES[case]
    ws = _workspace(tmp_path, files)
    docs = _entity_docs(ws, long)
    assert docs == {p.removesuffix(".txt") for p in files}  # the entity list joins them all
    assert {h.doc for h in ws.search(f"who:{short}", limit=None).hits} == docs
    assert {h.doc for h in ws.search(f'who:"{long}"', limit=None).hits} == docs


@pytest.mark.parametrize("case", CASES)
def test_an_article_s_entities_are_the_entity_list_s(tmp_path: Path, case: str) -> None:
    files, short, long = CASES[case]
    ws = _workspace(tmp_path, files)
    first = next(iter(files)).removesuffix(".txt")
    keys = {m.key for m in ws.article_mentions(ws.open_article(first).analysis) if m.text in (short, long)}
    assert len(keys) == 1, keys  # one entity in the panel, as in the matrix


@pytest.mark.parametrize("case", CASES)
def test_said_by_the_abbreviation_finds_the_long_form_s_quote(tmp_path: Path, case: str) -> None:
    files, short, _long = CASES[case]
    ws = _workspace(tmp_path, files)
    first = next(iter(files)).removesuffix(".txt")
    assert first in {h.doc for h in ws.search(f"said:{short} police", limit=None).hits}
