"""``facts --json`` on the tester's two articles (issue #16, session 16): the repair bill and
the repair cost are one fact in disagreement, and each count's label takes its clause's verb
("families displaced", "schools closed", "area burned"), never *amount (USD)*, *families
evacuated*, *schools* or *quantity (ha)*."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FILES = {
    "a.md": "Dam repairs\n\nThe repair bill came to $4.2 million, officials said. "
    "Police said 80 families had been displaced and 12 schools were closed.\n",
    "b.md": "Dam repair costs\n\nRepairs will cost $4.5 million. "
    "Police said the fire was under control after 3,000 hectares had burned.\n",
}


def test_the_reported_articles_facts(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in FILES.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts = {f["label"]: f for f in json.loads(out)["facts"]}
    assert set(facts) == {"repair cost", "families displaced", "schools closed", "area burned"}
    cost = facts["repair cost"]
    assert [(v["doc"], v["display"]) for v in cost["values"]] == [("a", "$4.2 million"), ("b", "$4.5 million")]
    assert cost["agree"] is False and cost["sources"] == 2
    assert [v["value"] for v in facts["area burned"]["values"]] == [3000]


# The tester's three articles (issue #13, s17 t13c F2): "2,100 fled their homes" was counted into
# the death toll; the people who left their homes, however each article says so, are one row.
LEFT_HOME = {
    "a.txt": "Fire kills four\n\nFour people died and 2,100 fled their homes after the fire, officials said.\n",
    "b.txt": "Blaze toll\n\nA fire killed four workers on Tuesday and forced 2,100 residents from their homes, "
    "the fire chief said.\n",
    "c.txt": "Plant fire\n\nSix people died in the fire. About 2,300 people spent a second night away from home.\n",
}


def test_the_reported_homes_left_are_no_deaths(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in LEFT_HOME.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    facts = {f["label"]: f for f in json.loads(out)["facts"]}
    assert "2,100" not in [v["display"] for v in facts["death toll"]["values"]]
    assert [(v["doc"], v["value"]) for v in facts["people evacuated"]["values"]] == [
        ("a", 2100),
        ("b", 2100),
        ("c", 2300),
    ]
    assert "residents" not in facts and "people" not in facts
