"""``who:`` with a legal form no article writes finds the firm (issue 13/16, round s22-c):
``who:"Brightwater Ferries Limited"`` gave 0 hits while the articles write "Brightwater Ferries
Ltd", "Brightwater Ferries Ltd." and "Brightwater Ferries". Equivalent legal forms (Ltd =
Limited, Inc = Incorporated, Corp = Corporation, Co = Company, PLC = p.l.c., LLC = L.L.C.) name
the same firm: the asked name's core (its legal form apart) is looked up among the corpus's
organisations, their names and cores, exactly: never by a prefix, never a person or a place.
The first corpus holds the reported forms in invented sentences; the others are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits
from test_cli_who_legal_forms import REPORTED

from waic_reader.index.analysis.entities.lexicons import firm_core

SYSTEMS = {
    "a.txt": "Chip order\n\nVeltrix Systems, Inc. said on Monday it had won a chip order.\n",
    "b.txt": "Plant opens\n\nVeltrix Systems opened a plant in Tolvik on Tuesday.\n",
}
PETROLEUM = {
    "a.txt": "Well capped\n\nSkerrow Petroleum plc said on Monday the well had been capped.\n",
    "b.txt": "Spill fined\n\nRegulators fined Skerrow Petroleum on Thursday for the spill.\n",
}


@pytest.mark.parametrize(
    ("files", "home", "queries"),
    [
        # the reported query, and the reported firm by the long word's other spellings
        (
            REPORTED,
            "Brightwater Ferries Ltd",
            [
                'who:"Brightwater Ferries Limited"',
                'entity:"brightwater ferries limited"',
                'who:"BRIGHTWATER FERRIES LTD,"',
            ],
        ),
        # invented: a written-out form for an abbreviation, and another abbreviation
        (SYSTEMS, "Veltrix Systems, Inc.", ['who:"Veltrix Systems Incorporated"', 'who:"Veltrix Systems Corp"']),
        # invented: dotted and capitalised forms of a lower-case "plc"; "Ltd" for "plc"
        (PETROLEUM, "Skerrow Petroleum plc", ['who:"Skerrow Petroleum p.l.c."', 'who:"Skerrow Petroleum PLC"']),
    ],
)
def test_who_finds_the_firm_by_a_legal_form_no_article_writes(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], home: str, queries: list[str]
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, files)
    docs = sorted(name.removesuffix(".txt") for name in files)
    assert found["ORG"][home] == docs, found["ORG"]
    for query in queries:
        got = hits(capsys, root, query)
        assert sorted(got) == docs, (query, got)
        for doc, texts in got.items():
            # the mention the article writes is lit
            assert any(t.startswith(firm_core(home)) for t in texts), (query, doc, texts)


NEIGHBOURS = {
    # a person, a place and a firm sharing the asked firm's first word, and the firm's core as
    # a place: none is "Brightwater Ferries Limited" nor "Kestrel Limited"
    "a.txt": "Ferry talks\n\nMarta Brightwater said on Monday the talks had ended.\n",
    "b.txt": "Town votes\n\nVoters in Brightwater backed the plan on Tuesday.\n",
    "c.txt": "Dock sold\n\nBrightwater Docks Ltd was sold on Wednesday.\n",
    "d.txt": "Jobs cut\n\nKestrel Hydro Holdings cut 40 jobs on Thursday.\n",
    "e.txt": "Harbour\n\nThe ferry left Halvik Shipping's berth at Jordan Harbour.\n",
}


@pytest.mark.parametrize(
    "query",
    [
        'who:"Brightwater Ferries Limited"',  # a firm sharing the first word: not it
        'who:"Brightwater Limited"',  # the core is a person's surname and a town: no firm
        'who:"Kestrel Limited"',  # never by a prefix: not "Kestrel Hydro Holdings"
        'who:"Marta Brightwater Ltd"',  # a person's whole name with a legal form: no firm
    ],
)
def test_a_legal_form_finds_no_person_place_or_other_firm(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, query: str
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, NEIGHBOURS)
    assert "Marta Brightwater" in found.get("PERSON", {}), found
    assert "Brightwater" in found.get("GPE", {}), found
    assert "Kestrel Hydro Holdings" in found.get("ORG", {}), found
    assert hits(capsys, root, query) == {}, query


def test_a_written_legal_form_is_searched_as_it_is(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    # "Brightwater Docks Ltd" is a name an article writes: who: finds it alone, not widened
    root = tmp_path / "c"
    run(capsys, root, NEIGHBOURS)
    assert sorted(hits(capsys, root, 'who:"Brightwater Docks Ltd"')) == ["c"]
    assert sorted(hits(capsys, root, 'who:"Brightwater Docks Limited"')) == ["c"]
