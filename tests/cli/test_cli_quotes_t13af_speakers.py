"""``quotes --json`` credits the right speaker (t13af N5, N14, N21, N6): the organisation in
apposition after "The owner/operator/maker of X," (never the ship or product), the person after
"ORGANISATION role" before a colon, no town for "one pharmacist in Nantes", and the name of a dash
signature typed with hyphens; the same words from two outlets then form one statement."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

# t13af repro/v6/a.txt, copied
V6 = (
    "Cargo ship Sea Falcon detained in Portmere\n\nPORTMERE, April 2 (Coastwire) - The container ship Sea "
    "Falcon was detained in Portmere on Wednesday after an inspection.\n\nThe owner of the container ship "
    "Sea Falcon, Brandt Lines, said its crew had followed all procedures.\n\nThe operator of the ferry "
    "Nordlys, Vesta Ferries, said the crossing would resume on Friday.\n"
)
# t13af repro/v15b/c.txt, copied
V15B = (
    "Harbour closure\n\nPORT LENNA, Aug 2 (Coastwire) - The harbour of Port Lenna closed on Saturday.\n\n"
    'Harbour director Sigrid Holm: "We will reopen on Monday."\n\n'
    'Lenna Ferries spokesman Piet Lorn: "All crossings are cancelled."\n\n'
    'Brightwater Docks chief executive Ana Vell: "Our cranes are safe."\n\n'
    'Police spokeswoman Ida Roe: "Nobody was hurt."\n'
)
# t13af repro/v15, copied: the same words in two outlets
V15A = (
    "Factory fire in Orlen Vale\n\nORLEN VALE, Aug 2 (Coastwire) - A fire destroyed a paint factory owned by "
    'Tessaly Coatings in Orlen Vale on Saturday. "The building was lost within an hour," a spokesperson '
    "for Tessaly Coatings said. According to fire chief Mara Holt, 60 firefighters fought the blaze. The "
    "cause was a faulty heater, a source close to the investigation said.\n\n"
    'Tessaly Coatings spokesman Piet Lorn: "No one was inside."\n'
)
V15B_OUTLET = (
    "Orlen Vale paint factory fire\n\nAugust 2, 2025 | By Ana Ruiz\n\nThe paint factory of Tessaly Coatings "
    "burned down on Saturday. The cause was a faulty heater, a source close to the investigation said. "
    'Fire chief Mara Holt said 60 firefighters were deployed. "No one was inside," said Piet Lorn, a '
    "spokesman for the company.\n"
)
# t13af repro/v34/b.txt, copied
V34B = (
    'More pharmacy voices\n\nMay 7, 2025 | By Nora Feld\n\n"Patients are angry," said one pharmacist in '
    'Nantes.\n\n"We had no warning," said a pharmacist in Bremen, who asked not to be named.\n\n'
    '"The phones never stopped," said one nurse at the Vasa hospital in Umea.\n'
)
# t13af repro/v5b/a.txt, copied
V5B = (
    "Blackout hits Delmar\n\nDELMAR, Jan 9 (Coastwire) - A blackout left 200,000 homes in Delmar without power "
    'on Thursday.\n\n"This is the longest outage this city has seen in a decade."\n- Rosa Quint, mayor of '
    'Delmar\n\n"Crews will work through the night." -- Paul Ebbe, grid director\n\n'
    '"We need answers." — Ida Moen, city councillor\n'
)
# variants of my own: other names, organisations, places and dashes
VARIANT = (
    "Tanker aground off Kellby\n\nKELLBY, May 3 (Nordwire) - The tanker Nordic Swan ran aground on Sunday.\n\n"
    "The operator of the tanker Nordic Swan, Halvard Shipping, said the hull was intact.\n\n"
    'Norvik Rail press officer Jon Dahl: "Trains will run again from tomorrow morning."\n\n'
    '"Nobody came to help us at all," said a farmer near Tarnow.\n\n'
    '"We will rebuild every house that was lost." - Jonas Berg, fire chief of Kellby\n'
)


def _quotes(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, Any]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "quotes", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def _said(data: dict[str, Any]) -> set[tuple[str | None, str]]:
    return {(s["name"], q["text"]) for s in data["speakers"] for q in s["quotes"]} | {
        (None, q["text"]) for q in data["unattributed"]
    }


@pytest.mark.parametrize(
    ("files", "expected", "never"),
    [
        (
            {"a.txt": V6},
            {
                ("Brandt Lines", "its crew had followed all procedures"),
                ("Vesta Ferries", "the crossing would resume on Friday"),
            },
            {"Sea Falcon", "Nordlys"},
        ),
        (
            {"c.txt": V15B},
            {
                ("Sigrid Holm", "We will reopen on Monday"),
                ("Piet Lorn", "All crossings are cancelled"),
                ("Ana Vell", "Our cranes are safe"),
                ("Ida Roe", "Nobody was hurt"),
            },
            {"Lenna Ferries", "Brightwater Docks"},
        ),
        (
            {"b.txt": V34B},
            {(None, "Patients are angry"), (None, "We had no warning")},
            {"Nantes", "Bremen"},
        ),
        (
            {"a.txt": V5B},
            {
                ("Rosa Quint", "This is the longest outage this city has seen in a decade"),
                ("Paul Ebbe", "Crews will work through the night"),
                ("Ida Moen", "We need answers"),
            },
            {"Delmar"},
        ),
        (
            {"v.txt": VARIANT},
            {
                ("Halvard Shipping", "the hull was intact"),
                ("Jon Dahl", "Trains will run again from tomorrow morning"),
                (None, "Nobody came to help us at all"),
                ("Jonas Berg", "We will rebuild every house that was lost"),
            },
            {"Nordic Swan", "Tarnow", "Norvik Rail"},
        ),
    ],
)
def test_speakers_credited(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    files: dict[str, str],
    expected: set[tuple[str | None, str]],
    never: set[str],
) -> None:
    data = _quotes(tmp_path, capsys, files)
    assert expected <= _said(data), _said(data)
    assert not never & {s["name"] for s in data["speakers"]}


def test_same_words_of_two_outlets_form_a_statement(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _quotes(tmp_path, capsys, {"a.txt": V15A, "b.txt": V15B_OUTLET})
    assert ("Piet Lorn", "No one was inside") in _said(data)
    lorn = [s for s in data["statements"] if s["speakers"] == ["Piet Lorn"]]
    assert lorn, data["statements"]
    assert {m["doc"] for m in lorn[0]["members"] if m["kind"] == "direct"} == {"a", "b"}, lorn


def test_town_source_is_anonymous(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    data = _quotes(tmp_path, capsys, {"b.txt": V34B})
    anonymous = {q["text"]: q.get("anonymous", False) for q in data["unattributed"]}
    assert anonymous.get("We had no warning") is True
