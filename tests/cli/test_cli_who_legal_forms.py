"""``entities`` and ``who:`` hold one firm whatever legal form each article writes (t13f F1, round
s22-a: "Brightwater Ferries Ltd", "Brightwater Ferries Ltd." and "Brightwater Ferries" were three
entities, and ``who:"Brightwater Ferries Ltd"`` found 3 of the 7 articles). The first corpus holds
the reported forms in invented sentences; the others are invented firms."""

from __future__ import annotations

from pathlib import Path

import pytest
from test_cli_names_across_articles import run
from test_cli_who_grouped_names import hits

REPORTED = {
    "a.txt": "Ferry runs aground\n\nThe Skarvik Dawn, operated by Brightwater Ferries Ltd, ran aground on "
    "Friday near the harbour.\n",
    "b.txt": "Operator cooperates\n\nBrightwater Ferries Ltd. said on Saturday it would cooperate with "
    "investigators.\n",
    "c.txt": "Ferry checked in May\n\nBrightwater Ferries said the vessel had been inspected in May.\n",
}
SHIPPING = {
    "a.txt": "Shipper cuts routes\n\nHalvik Shipping ASA said on Monday it would cut two routes.\n",
    "b.txt": "Routes cut\n\nUnions met Halvik Shipping, Inc. in Bergen on Tuesday to discuss the routes.\n",
    "c.txt": "Port quiet\n\nHalvik Shipping said the port would stay open.\n",
}
TIMBER = {
    "a.txt": "Mill shut\n\nNorrland Timber plc said on Monday it would shut its northern mill.\n",
    "b.txt": "Jobs lost\n\nWorkers at Norrland Timber Limited were told on Tuesday that 80 jobs would go.\n",
    "c.txt": "Mill sale\n\nNorrland Timber AB said it had found a buyer for the mill.\n",
}


@pytest.mark.parametrize(
    ("files", "home", "forms"),
    [
        (
            REPORTED,
            "Brightwater Ferries Ltd",
            ("Brightwater Ferries Ltd", "Brightwater Ferries Ltd.", "Brightwater Ferries"),
        ),
        (SHIPPING, "Halvik Shipping ASA", ("Halvik Shipping ASA", "Halvik Shipping, Inc.", "Halvik Shipping")),
        (TIMBER, "Norrland Timber AB", ("Norrland Timber plc", "Norrland Timber Limited", "Norrland Timber AB")),
    ],
)
def test_one_firm_whatever_its_legal_form(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, files: dict[str, str], home: str, forms: tuple[str, ...]
) -> None:
    root = tmp_path / "c"
    found = run(capsys, root, files)
    assert found["ORG"][home] == ["a", "b", "c"], found["ORG"]
    assert not any(form in found.get(label, {}) for form in forms if form != home for label in found), found
    # who: with any of the forms finds every article, the mention each article writes lit
    written = {doc: max((f for f in forms if f in files[f"{doc}.txt"]), key=len) for doc in ("a", "b", "c")}
    for form in forms:
        got = hits(capsys, root, f'who:"{form}"')
        assert sorted(got) == ["a", "b", "c"], (form, got)
        for doc, texts in got.items():
            assert written[doc] in texts, (form, doc, texts)
