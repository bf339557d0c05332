"""A firm of partners ("McAteer and Quinn Ltd", "Szabó és Társa Zrt", "Smith and Partners Ltd")
is one organisation in ``entities --json``, and its bare name without the legal form, in the same
article or another, is that organisation (issue #16, acceptance reports t13l/t13m F18: "Társa
Zrt" and "Partners Ltd" were the firm, and "McAteer and Quinn said" in another article a PERSON
"Quinn"). The first corpus holds the reported names; the others are invented."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run

REPORTED = {
    "a.txt": "Crane fine\n\nThe main contractor, McAteer and Quinn Ltd, was fined £1.2m on Monday.\n",
    "b.txt": "Crane firm to appeal\n\nMcAteer and Quinn said it would appeal the fine.\n",
    "c.txt": "Bridge contract awarded\n\nThe bridge contract went to Szabó és Társa Zrt, the council said.\n",
    "d.txt": "Bridge works begin\n\nSzabó és Társa said work would start in May.\n",
    "e.txt": "Planning\n\nThe plans were drawn up by Smith and Partners Ltd for the owners.\n",
    "f.txt": "Planning row\n\nA spokesman for Smith and Partners said the plans were sound.\n",
}
NORDIC = {
    "a.txt": "Boatyard sold\n\nThe yard was bought by Lindqvist och Haugen AB, a family firm.\n",
    "b.txt": "Yard to hire\n\nLindqvist och Haugen said it would hire 40 welders.\n",
    "c.txt": "Nets\n\nThe nets were made by Berg og Sønner AS in Tromsø.\n",
    "d.txt": "Net maker grows\n\nBerg og Sønner said orders had doubled.\n",
}
MILLS = {
    "a.txt": "Mill appeal\n\nThe appeal was lodged by Pennock and Vaile Ltd on behalf of the owners.\n",
    "b.txt": "Mill appeal heard\n\nPennock and Vaile told the inquiry the mill was safe.\n",
    "c.txt": "Tiles\n\nThe tiles came from Ferraro e Figli S.p.A. of Sassuolo.\n",
    "d.txt": "Tile maker\n\nFerraro e Figli said it would open a plant.\n",
}


@pytest.mark.parametrize(
    ("files", "firm", "docs"),
    [
        (REPORTED, "McAteer and Quinn Ltd", ["a", "b"]),
        (REPORTED, "Szabó és Társa Zrt", ["c", "d"]),
        (REPORTED, "Smith and Partners Ltd", ["e", "f"]),
        (NORDIC, "Lindqvist och Haugen AB", ["a", "b"]),
        (NORDIC, "Berg og Sønner AS", ["c", "d"]),
        (MILLS, "Pennock and Vaile Ltd", ["a", "b"]),
        (MILLS, "Ferraro e Figli S.p.A.", ["c", "d"]),
    ],
)
def test_a_partners_firm_and_its_bare_name_are_one_organisation(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], firm: str, docs: list[str]
) -> None:
    found = run(capsys, tmp_path / "c", files)
    assert found.get("ORG", {}).get(firm) == docs, found
    # no partner alone as a person or a place, no piece of the firm as an organisation of its own
    words = set(firm.split())
    for label, named in found.items():
        for name in named:
            if name != firm and name in firm:
                pytest.fail(f"{label} {name!r} is a piece of {firm!r}: {found}")
            if label in ("PERSON", "GPE") and name in words:
                pytest.fail(f"{label} {name!r}: {found}")
