"""A multi-word name that opens a known organisation's name in the corpus is that organisation
(tester, round s19-f: "Kestrel Hydro said in a statement" in one article and "blamed Kestrel Hydro"
in another were a PERSON apart from "Kestrel Hydro Holdings"). ``entities --json`` lists them as one
organisation (firm_homes.firm_heads through corpus_votes.corpus_mentions). The first corpus holds the
reported sentences; the others are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run

REPORTED = {
    "a.txt": "Dam operator warns of lower output\n\nKestrel Hydro said in a statement on Tuesday that output "
    "at its northern plant would fall by a third.\n",
    "b.txt": "Residents protest over river levels\n\nFarmers along the valley blamed Kestrel Hydro for the low "
    "water this summer.\n",
    "c.txt": "Power company reports profit\n\nKestrel Hydro Holdings reported a rise in profit on Monday.\n",
}
DEPOTS = {
    "a.txt": "Depots to close\n\nBrindle Vale said on Friday it would close two depots in the north.\n",
    "b.txt": "Union talks\n\nUnions met Brindle Vale Partners in Leeds on Monday to discuss the depots.\n",
}
HAULIER = {
    "a.txt": "Talks stall\n\nTalks stalled after Hugo Marsh said the offer was final.\n",
    "b.txt": "Haulier's loss\n\nHugo Marsh Group, the haulier, posted a loss for the year on Thursday.\n",
}


@pytest.mark.parametrize(
    ("files", "short", "long", "docs"),
    [
        (REPORTED, "Kestrel Hydro", "Kestrel Hydro Holdings", ["a", "b", "c"]),
        (DEPOTS, "Brindle Vale", "Brindle Vale Partners", ["a", "b"]),
        (HAULIER, "Hugo Marsh", "Hugo Marsh Group", ["a", "b"]),
    ],
)
def test_a_firms_leading_words_are_one_organisation_with_it(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], short: str, long: str, docs: list[str]
) -> None:
    found = run(capsys, tmp_path / "c", files)
    assert short not in found.get("PERSON", {})
    assert found["ORG"][long] == docs


@pytest.mark.parametrize(
    ("files", "short", "long"),
    [
        (REPORTED, "Kestrel Hydro", "Kestrel Hydro Holdings"),
        (DEPOTS, "Brindle Vale", "Brindle Vale Partners"),
        (HAULIER, "Hugo Marsh", "Hugo Marsh Group"),
    ],
)
def test_who_finds_the_firms_short_form_articles(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], short: str, long: str
) -> None:
    # The entity list merges the short form into the firm across articles; `who:` the firm's name
    # finds every article it gives the firm (issue #13 F3: search follows the entity list), the
    # short form lit as the match where the article names it so.
    from test_cli_who_grouped_names import hits, listed

    root = tmp_path / "c"
    docs = run(capsys, root, files)["ORG"][long]
    assert len(docs) >= 2
    assert listed(capsys, root, long) == docs
    found = hits(capsys, root, f'who:"{long}"')
    assert sorted(found) == docs
    # the short form the list merges finds the firm's articles too (t13c fault 3: who:"Kestrel
    # Hydro" found only the articles naming it so)
    assert sorted(hits(capsys, root, f'who:"{short}"')) == docs
    short_only = [d for d in docs if long not in files[f"{d}.txt"]]
    assert short_only
    for doc in short_only:
        assert found[doc] and all(t == short for t in found[doc]), (doc, found[doc])
