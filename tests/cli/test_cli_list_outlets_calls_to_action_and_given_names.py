"""``list --json`` on the reviewer's repro corpora (review s37-rv findings 8 and 9, rv-tmp/t1 and
t2, round s37-y4): a call to action closed by "Online" over the headline named the outlet ("Follow
Us Online", "Shop Local Online"), and an outlet's name opening with a given name under the headline
named none ("Al Jazeera", "Grant Tribune"). The reported pages and variants of my own ("Join Us
Online"; "Frank Magazine", "Al Ahram"), and an author's line over a date stamp that stays no
outlet."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

HEADLINE = "Storm closes Varn harbour for three days"
BODY = (
    "The harbour at Varn will stay closed for three days after a storm damaged its main pier on Tuesday, "
    "the port authority said. Fishing boats were moved to Oskby, and ferry services to the islands were "
    "cancelled until the pier is repaired.\n\n"
    "Engineers said the damage was worse than first thought and that repairs could take weeks.\n"
)

# doc: (page, the outlet expected)
PAGES = {
    "t1-follow": (f"Follow Us Online\n\n{HEADLINE}\n\n{BODY}", None),  # reported
    "t1-shop": (f"Shop Local Online\n\n{HEADLINE}\n\n{BODY}", None),  # reported
    "join-us": (f"Join Us Online\n\n{HEADLINE}\n\n{BODY}", None),
    "t2-al-jazeera": (f"{HEADLINE}\n\nAl Jazeera\n\n{BODY}", "Al Jazeera"),  # reported
    "t2-grant-tribune": (f"{HEADLINE}\n\nGrant Tribune\n\n{BODY}", "Grant Tribune"),  # reported
    "frank-magazine": (f"{HEADLINE}\n\nFrank Magazine\n\n{BODY}", "Frank Magazine"),
    "al-ahram": (f"{HEADLINE}\n\nAl Ahram\n\n{BODY}", "Al Ahram"),
    "author-over-date": (f"{HEADLINE}\n\nEmily Post\n\n14 March 2025\n\n{BODY}", None),
}


@pytest.fixture
def corpus(tmp_path: Path) -> list[str]:
    folder = tmp_path / "corpus"
    folder.mkdir()
    for doc, (page, _outlet) in PAGES.items():
        (folder / f"{doc}.txt").write_text(page, encoding="utf-8")
    return ["--corpus", str(folder), "--index-dir", str(tmp_path / "ix")]


def test_list_names_each_outlet(capsys: pytest.CaptureFixture[str], corpus: list[str]) -> None:
    assert main([*corpus, "list", "--json"]) == 0
    rows = json.loads(capsys.readouterr().out)["articles"]
    assert {r["doc"]: r["outlet"] for r in rows} == {doc: outlet for doc, (_page, outlet) in PAGES.items()}
    assert {r["doc"]: r["title"] for r in rows} == dict.fromkeys(PAGES, HEADLINE)
