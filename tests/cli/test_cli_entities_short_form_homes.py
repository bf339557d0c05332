"""A firm's short form an article writes before its longer form is one entity with them in the
article's entity list, the corpus's, ``entity:`` and ``who:`` (t13o F3, round s29-g): the live
blog's "chief executive of Andina Sur" (typed a person there, the firm "Andina Sur" of the press
release) then "Minera Andina Sur said" were two entities in ``entities liveblog`` and
``entity:"Minera Andina Sur S.A."`` found only the second, while the corpus list joined them (the
grouping merged "Andina Sur" the person into the firm "Andina Sur", and that into "Minera Andina
Sur S.A.", without following the second step). The reported articles (copied, shortened, from
the tester's corpus) and two invented variants with other names."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

BLOG = (
    "LIVE: Cerro Anqasi mine collapse - latest updates\n\nUpdated: June 3, 2025 21:40\n\n"
    "21:40 - Officials now say 7 miners have died.\n\n"
    '14:02 - Joaquin Cespedes, chief executive of {short}, says the company is "cooperating fully" with '
    "investigators.\n\n"
    '11:30 - Rescue chief Martin Nahui: "We can hear knocking from below the second level."\n\n'
    "08:05 - Three people are confirmed dead after the collapse at 1:50 a.m., {long} said.\n\n"
    "07:20 - We are starting this live page on the mine collapse in Ancash, Peru.\n"
)
RELEASE = (
    "FOR IMMEDIATE RELEASE\n\n{full} statement on the incident at Cerro Anqasi\n\n"
    'LIMA, Peru, June 3, 2025 - {full} ("{short}") confirms that an incident occurred at 01:50 local time '
    "in the Cerro Anqasi underground mine.\n\n"
    "Regrettably, three colleagues have lost their lives. Our thoughts are with their families.\n\n"
    "All operations at the site have been suspended. {short} has activated its emergency response plan.\n\n"
    "About {long}\n{full} is a Peruvian producer of copper and zinc concentrate.\n\n###\n"
)
PAGE = (
    "Mine collapse kills three\n\nThe accident happened at about 1:50 a.m. local time on the third level of the "
    "mine, which is run by {short}.\n"
)
CASES = [
    ("Andina Sur", "Minera Andina Sur", "Minera Andina Sur S.A."),  # reported (t13o F3)
    ("Costa Verde", "Pesquera Costa Verde", "Pesquera Costa Verde S.A."),
    ("Cobre Norte", "Minera Cobre Norte", "Minera Cobre Norte S.A."),
]


def _run(capsys: pytest.CaptureFixture[str], args: list[str]) -> dict:
    code = main(args)
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


@pytest.mark.parametrize(("short", "long", "full"), CASES)
def test_the_short_form_before_the_long_one_is_one_entity(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, short: str, long: str, full: str
) -> None:
    root = tmp_path / "c"
    root.mkdir()
    (root / "liveblog.txt").write_text(BLOG.format(short=short, long=long), encoding="utf-8")
    (root / "page.txt").write_text(PAGE.format(short=short), encoding="utf-8")
    (root / "release.txt").write_text(RELEASE.format(short=short, long=long, full=full), encoding="utf-8")
    base = ["--corpus", str(root), "--index-dir", str(tmp_path / "ix")]
    own = {
        e["name"]: sorted(m["text"] for m in e["mentions"])
        for e in _run(capsys, [*base, "entities", "liveblog", "--json"])["entities"]
        if short in e["name"]
    }
    whole = {
        e["name"]: sorted(m["text"] for m in e["mentions"] if m["doc"] == "liveblog")
        for e in _run(capsys, [*base, "entities", "--json"])["entities"]
        if short in e["name"]
    }
    assert own == {full: sorted([short, long])}, own
    assert {k: v for k, v in whole.items() if v} == own, whole
    for query in (f'entity:"{full}"', f'who:"{short}"'):
        hits = {h["doc"]: len(h["spans"]) for h in _run(capsys, [*base, "search", query, "--json"])["hits"]}
        assert hits.get("liveblog") == 2, (query, hits)
