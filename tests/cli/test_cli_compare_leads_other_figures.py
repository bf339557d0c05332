"""`compare --json` pairs the two leads (the first sentence of each body, after the headline) that
report one event with different figures, as two reports whose other words agree (acceptance t13ak
N17: Reuters' lead, 214 cases, two children dead, 12 schools shut, was paired with KXYZ's
"Twelve schools remain closed." by the shared figure, and KXYZ's lead, "A third child has died …
cases climbed to 230", was only in B). The differing figures are among the differing words."""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# The reported pair (the tester's corpus: wire/reuters-kestrow, web/kxyz-local-page's article).
REUTERS = (
    "Measles outbreak in Norvale city climbs to 214 cases, two children dead\n"
    "\n"
    "KESTROW, Norvale, March 14 (Reuters) - A measles outbreak in the Norvale city of Kestrow has grown to 214 confirmed cases and killed two children, the Norvale Department of Health said on Saturday, as authorities shut 12 schools and appealed to parents to vaccinate.\n"
    "\n"
    '"We are doing everything we can to stop the spread," Health Minister Amara Okonjo told reporters in Kestrow.\n'
    "\n"
    "Forty-one patients were in hospital, the department said. Vaccination coverage among children in the city stood at 78%, compared with a national average of 91%.\n"
    "\n"
    "The government has approved $4.5 million in emergency funding, and the World Health Organization said it was sending a team of four experts from Geneva.\n"
    "\n"
    '"This is a preventable tragedy," said Priya Raman, a WHO spokeswoman.\n'
    "\n"
    "Mayor Lucas Brennt said the first case had been detected on March 2 in a child who had returned from a trip abroad.\n"
    "\n"
    "(Reporting by Daniel Kowal; Editing by Sarah Lindqvist)\n"
    "Our Standards: The Thomson Reuters Trust Principles.\n"
)
KXYZ = (
    "Third child dies as Kestrow measles cases hit 230\n"
    "KESTROW — A third child has died in the measles outbreak that has swept through Kestrow, health officials confirmed Sunday morning, as the number of confirmed cases climbed to 230.\n"
    "The child, a two-year-old girl, died overnight at Kestrow General Hospital, where 41 patients remain under treatment.\n"
    'Health Minister Amara Okonjo said the state would increase emergency funding to $6 million. "We are doing everything we can to stop the spread," she said.\n'
    "Vaccination coverage in Kestrow is 78%, according to the Norvale Department of Health.\n"
    "Twelve schools remain closed.\n"
)
# Invented: a flood whose toll rose; the later report repeats the roads figure on its own.
FLOOD_A = (
    "Floods kill nine in Marlow valley\n\n"
    "MARLOW, June 3 - Floods in the river town of Marlow have killed nine people and driven 3,000 residents "
    "from their homes, the regional fire service said on Monday, as 40 roads stayed closed.\n\n"
    "Army engineers were building a temporary dam near the old mill.\n"
)
FLOOD_B = (
    "Marlow flood toll rises to 12\n\n"
    "The death toll from the floods in the river town of Marlow rose to 12 on Tuesday, the regional fire service "
    "said, as more residents were driven from their homes.\n\n"
    "Forty roads stayed closed.\n\n"
    "Army engineers finished the temporary dam near the old mill overnight.\n"
)
# Invented: a wildfire whose burned area grew; the later report repeats the firefighters alone.
FIRE_A = (
    "Wildfire near Arnby burns 1,200 hectares\n\n"
    "ARNBY, Aug 9 - A wildfire near the hill town of Arnby has burned 1,200 hectares, destroyed 35 homes and "
    "injured three firefighters, the county fire service said on Friday, as 400 firefighters battled the flames "
    "and 8 roads were shut.\n\n"
    "Residents of two villages were told to leave.\n"
)
FIRE_B = (
    "Arnby wildfire grows to 2,000 hectares\n\n"
    "A fourth firefighter has been hurt in the wildfire that has swept through the hills around Arnby, fire "
    "officials confirmed Saturday morning, as the burned area grew to 2,000 hectares.\n\n"
    "Eight roads remain shut.\n\n"
    "Residents of three villages were told to leave.\n"
)


def compare(tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str) -> dict[str, Any]:
    root = tmp_path / "corpus"
    root.mkdir()
    (root / "a.txt").write_text(a, "utf-8")
    (root / "b.txt").write_text(b, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "compare", "a", "b", "--json"]) == 0
    data: dict[str, Any] = json.loads(capsys.readouterr().out)
    return data


@pytest.mark.parametrize(
    ("a", "b", "figures"),
    [
        (REUTERS, KXYZ, ("214", "230")),  # reported
        (FLOOD_A, FLOOD_B, ("nine", "12")),
        (FIRE_A, FIRE_B, ("1,200", "2,000")),
    ],
)
def test_leads_with_other_figures_pair(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], a: str, b: str, figures: tuple[str, str]
) -> None:
    data = compare(tmp_path, capsys, a, b)
    lead_a, lead_b = (re.split(r"\n+", text)[1] for text in (a, b))  # after the headline
    paired = [p for p in data["pairs"] if p["a"]["text"] == lead_a and p["b"]["text"] == lead_b]
    assert paired, [(p["a"]["text"][:40], p["b"]["text"][:40]) for p in data["pairs"]]
    assert lead_b not in [s["text"] for s in data["only_b"]]
    words = paired[0]["words"]
    # the figures are among the words that differ
    assert any(figures[0] in a[x:y].split() for x, y in words["a_diff"]), words["a_diff"]
    assert any(figures[1] in b[x:y].split() for x, y in words["b_diff"]), words["b_diff"]
