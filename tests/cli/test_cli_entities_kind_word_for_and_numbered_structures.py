"""A body named by its kind word alone after "the" joins the body whose name opens with that word
before "for" as it does before "of" ("the Ministry" after "The Ministry for Infrastructure", "the
Commission" after "the Commission for Water Safety"), and the one named LAST BEFORE the mention,
per mention (t13aa K9: "the Ministry" was an ORG "Ministry" of its own, or joined the "Ministry of
Transport" named after it). A structure named by its kind word and a number ("Pier 4", "Dock 7")
and a name ending in "Tunnel" or "Dock" ("the Kestrel Tunnel") are facilities (t13aa, repro v9: no
entity). The reported corpora (t13aa repro v10, v10b, v9) and variants, run through the real CLI."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_V10 = (
    "Who runs the bridge\n\nLINDMARK, July 16 (Nordline) - Lindmark City Council met on Thursday. The City Council "
    "said the Council's engineers had warned of cracks. The Department for Transport said the Department would pay. "
    "The {body} said the {kind}'s inspectors were on site. The University of Lindmark said the University would help.\n"
)
_V10B = (
    "Who pays\n\nLINDMARK, July 16 (Nordline) - The {first} said the {kind} would pay. The {second} said the "
    "{kind}'s inspectors were on site.\n"
)


def _entities(capsys: pytest.CaptureFixture[str], tmp_path: Path, text: str) -> dict[str, dict[str, object]]:
    root = tmp_path / "c"
    root.mkdir()
    (root / "a.txt").write_text(text, encoding="utf-8")
    code = main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "entities", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {e["name"]: e for e in json.loads(out)["entities"]}


@pytest.mark.parametrize(
    "body",
    [
        "Ministry for Infrastructure",  # the reported corpus (v10)
        "Commission for Water Safety",
        "Office for National Statistics",
    ],
)
def test_the_kind_word_joins_a_body_named_with_for(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, body: str
) -> None:
    kind = body.split(maxsplit=1)[0]
    names = _entities(capsys, tmp_path, _V10.format(body=body, kind=kind))
    assert kind not in names, sorted(names)
    assert len(names[body]["mentions"]) == 2, names[body]  # type: ignore[arg-type]
    assert len(names["Department for Transport"]["mentions"]) == 2, names["Department for Transport"]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("first", "second"),
    [
        ("Ministry for Infrastructure", "Ministry of Transport"),  # the reported corpus (v10b)
        ("Commission for Water Safety", "Commission of Inquiry"),
        ("Ministry of Health", "Ministry for Transport"),
    ],
)
def test_the_kind_word_takes_the_body_named_last_before_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, first: str, second: str
) -> None:
    kind = first.split(maxsplit=1)[0]
    names = _entities(capsys, tmp_path, _V10B.format(first=first, second=second, kind=kind))
    assert kind not in names, sorted(names)
    assert len(names[first]["mentions"]) == 2, names[first]  # type: ignore[arg-type]
    assert len(names[second]["mentions"]) == 2, names[second]  # type: ignore[arg-type]


@pytest.mark.parametrize(
    ("sentence", "facilities"),
    [
        # the reported corpus (v9)
        ("Divers searched near the Kestrel Tunnel and Pier 4.", {"Kestrel Tunnel", "Pier 4"}),
        ("Boats were moored at Dock 7 beside the Harwick Tunnel.", {"Dock 7", "Harwick Tunnel"}),
        ("Police closed Quay 3 and the Ostmark Dock on Friday.", {"Quay 3", "Ostmark Dock"}),
    ],
)
def test_numbered_structures_and_tunnels_are_facilities(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, sentence: str, facilities: set[str]
) -> None:
    text = (
        f"Search goes on\n\nLINDMARK, July 16 (Nordline) - The search went on overnight. {sentence} No one was found.\n"
    )
    names = _entities(capsys, tmp_path, text)
    assert {n for n, e in names.items() if e["type"] == "FAC"} >= facilities, sorted(names)
