"""A wire agency's name set over its copy (issue #14, round s33-l, t13w F10): "EASTPRESS AGENCY"
over indented wire copy whose dateline names the agency ("KALVIK, March 14 (Eastpress) --") was
content and the title. It is the copy's site header (navigation), the title is the copy's
headline or its first sentence, and the outlet the dateline's agency."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

_EASTPRESS = """EASTPRESS AGENCY

     KALVIK, March 14 (Eastpress) -- Seven people were killed
and forty-two injured in an explosion at a chemical plant in the
northern town of Kalvik on Saturday, officials said, in the worst
industrial accident in the region for two decades.
     The toll rose through the day as two badly burned workers
died in hospital. Earlier, officials had given a figure of five
dead.
     Veltmark Chemicals said it would set up a fund of 5 mln euros
for the victims' families.
"""

_NORDWIRE = """Nordwire News Service

Ferry runs aground off Osland

OSLO, June 5 (Nordwire) - A passenger ferry ran aground off the island of Osland on Friday
evening and all 40 passengers were taken off safely, the coastguard said.

The ferry had left the harbour an hour earlier in strong winds, a spokesman for the operator said.
"""

_NORDPRESS = """NORDPRESS NACHRICHTENAGENTUR

     KIEL, 14. März (Nordpress) - Auf der Fähre Nordlicht ist am Samstagmorgen im Hafen
ein Feuer ausgebrochen, zwei Besatzungsmitglieder werden vermisst, teilte die Polizei mit.
     Die Feuerwehr brachte mehr als 200 Fahrgäste in Sicherheit, wie ein Sprecher sagte.
"""

# doc → (text, agency line, title's start, outlet)
CASES: dict[str, tuple[str, str, str, str]] = {
    "eastpress-wire": (_EASTPRESS, "EASTPRESS AGENCY", "Seven people were killed and forty-two injured", "Eastpress"),
    "nordwire": (_NORDWIRE, "Nordwire News Service", "Ferry runs aground off Osland", "Nordwire"),
    "nordpress": (_NORDPRESS, "NORDPRESS NACHRICHTENAGENTUR", "Auf der Fähre Nordlicht", "Nordpress"),
}


def _run(capsys: pytest.CaptureFixture[str], *args: str) -> dict[str, object]:
    capsys.readouterr()
    assert main(list(args)) == 0
    got = json.loads(capsys.readouterr().out)
    assert isinstance(got, dict)
    return got


@pytest.mark.parametrize("doc", list(CASES))
def test_agency_header_is_site_header_not_title(doc: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    text, agency, title, outlet = CASES[doc]
    (tmp_path / f"{doc}.txt").write_text(text, encoding="utf-8")
    noise = _run(capsys, "--corpus", str(tmp_path), "noise", doc, "--json")
    docs = noise["docs"]
    assert isinstance(docs, list)
    header = [(b["kind"], b["reason"]) for b in docs[0]["noise"] if b["text"] == agency]
    assert header == [("navigation", "site header: the wire's name over its copy's dateline")]
    listed = _run(capsys, "--corpus", str(tmp_path), "list", "--json")
    articles = listed["articles"]
    assert isinstance(articles, list)
    row = articles[0]
    assert row["title"].startswith(title) and row["outlet"] == outlet, row
    # a title cut for its length ends at a word's end
    if row["title"].endswith("…"):
        flat = " ".join(text.split())
        cut = row["title"][:-1]
        assert flat[flat.index(cut) + len(cut)] == " ", row["title"]
    shown = _run(capsys, "--corpus", str(tmp_path), "show", doc, "--json")
    assert shown["title"] != agency
