"""``who:`` by any form of a body finds the articles the entity list gives it (issue #16, round
s52-e2, tester t13aw N8/N9): the wildfire corpus wrote Cal Fire five ways ("California Department
of Forestry and Fire Protection (CAL FIRE)", "Cal Fire", "CalFire") and Pacific Gas and Electric
four ("Pacific Gas & Electric Co.", "PG&E", "PG&E Corp"); the entity list and ``who:`` grouped them
otherwise (``who:"CAL FIRE"`` 8 articles, the matrix two rows and more). Both now read one rule
(``grouping.written_form_homes``, ``spaced_camel_names``, ``firm_homes.one_firm``,
``initialled_keys``): each case checks ``who:`` by every form against ``entities`` itself."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.workspace import Workspace

CAL_FIRE = {  # reported
    "release.txt": (
        "CAL FIRE Announces Unified Command\n\nThe California Department of Forestry and Fire Protection "
        "(CAL FIRE) said the fire had burned 8,400 acres.\n"
    ),
    "ledger.txt": (
        "Fire grows\n\nCal Fire Battalion Chief Ona Reyes said the wind shifted. Cal Fire said crews held.\n"
    ),
    "abc.txt": ("Toll climbs\n\nRoughly 15,000 people are under evacuation orders or warnings, CalFire said.\n"),
}
ONTARIO = {
    "a.txt": ("Road closed\n\nThe Ontario Provincial Police (Ontario Police) said the road closed on Monday.\n"),
    "b.txt": ("Driver fled\n\nOntario Police said the driver fled the scene.\n"),
    "c.txt": ("Crash probe\n\nThe crash is under investigation, a spokesman for Ontario Police said.\n"),
}
PG_E = {  # reported
    "ledger.txt": ("Power cut\n\nPacific Gas and Electric said it had cut power to 38,000 customers.\n"),
    "abc.txt": ("Toll climbs; PG&E equipment eyed\n\nPacific Gas & Electric Co. confirmed the line was live.\n"),
    "reuters.txt": ("Shares fall\n\nShares of PG&E Corp fell 4% on Monday.\n"),
}
LIGHT = {
    "a.txt": ("Power back\n\nNorthmoor Light and Power said crews restored service.\n"),
    "b.txt": ("Outage\n\nNorthmoor Light & Power Ltd confirmed the outage on Monday.\n"),
    "c.txt": ("Customers angry\n\nCustomers said NL&P had not warned them.\n"),
}

CASES = {
    # (the long name whole, the state's name its first word, since round s53-q)
    "reported-cal-fire": (
        CAL_FIRE,
        "California Department of Forestry and Fire Protection",
        ["CAL FIRE", "Cal Fire", "CalFire"],
    ),
    "ontario": (ONTARIO, "Ontario Provincial Police", ["Ontario Police"]),
    "reported-pge": (PG_E, "Pacific Gas and Electric", ["PG&E", "Pacific Gas & Electric Co.", "PG&E Corp"]),
    "light": (LIGHT, "Northmoor Light and Power", ["NL&P", "Northmoor Light & Power Ltd"]),
}


def _workspace(root: Path, files: dict[str, str]) -> Workspace:
    corpus = root / "corpus"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, "utf-8")
    ws = Workspace(corpus, root / "index")
    ws.ensure_index()
    return ws


@pytest.mark.parametrize("case", CASES)
def test_who_by_every_form_finds_the_entity_list_s_articles(tmp_path: Path, case: str) -> None:
    files, long, shorts = CASES[case]
    ws = _workspace(tmp_path, files)
    got = [e for e in ws.entities().entities if long in {m.text for _d, m in e.mentions}]
    assert len(got) == 1, [(e.name, e.label) for e in got]
    docs = {d for d, _m in got[0].mentions}
    assert docs == {p.removesuffix(".txt") for p in files}, [
        (e.name, sorted({m.text for _d, m in e.mentions})) for e in ws.entities().entities
    ]
    for form in [long, *shorts]:
        assert {h.doc for h in ws.search(f'who:"{form}"', limit=None).hits} == docs, form
