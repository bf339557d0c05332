"""``facts --json`` and ``timeline --json``: one value of one counted thing in two articles is one
row and one figure (t13r F13, round s31-f): AP's "wreckage of two carriages that fell" and Reuters'
"The rear two carriages left the rails" were rows "carriages · 1 source · 2" twice, and the
timeline's figures "carriages" and "carriages (2)"."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _run(tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str], command: str) -> Any:
    corpus = tmp_path / "c"
    if not corpus.exists():
        corpus.mkdir()
        for name, text in texts.items():
            (corpus / name).write_text(text, encoding="utf-8")
    capsys.readouterr()
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), command, "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return json.loads(out)


# the reported articles (/work/t13r/data/ap-0603.txt, reuters-0603.txt), whole
AP = 'Death toll rises to 5 in Peru train derailment\n\nLIMA, Peru (AP) — The death toll from a train derailment in the Peruvian Andes rose to five on Wednesday, police said, as crews searched the wreckage of two carriages that fell from a bridge near Huancarí.\n\nFive people were killed and 48 injured, regional police chief Col. Andrés Quispe said. About 3,600 residents were evacuated from homes below the bridge, while 3,400 people were evacuated from the station area.\n\nJose Ramirez, the driver, told investigators the brakes failed. Ferrovias Andinas, which runs the line, said the bridge was 62 metres (203 feet) high.\n\nThe regional water company, which the article calls the utility here, said water supplies were cut. "We restored water to 2,000 homes by evening," the utility said.\n\nEmre Erdoğan, a Turkish tourist on board, said the carriage "turned over twice". Erdoğan was taken to hospital in Huaraz.\n\nContractor Andes Vial put its repair bid at Rs 16,189 crore, about $1.9 billion, while Indian ambassador Priya Nair pledged ₹3 lakh to the families.\n'
REUTERS = "Train derails in Peruvian Andes, at least 3 dead\n\nHUANCARÍ, Peru, June 3 (Reuters) - A passenger train derailed on a bridge near the Andean town of Huancarí on Wednesday, killing at least three people and injuring 41, the operator Ferrovías Andinas said.\n\nThe train, carrying 212 passengers, left the tracks 40 kilometres (25 miles) east of the town at about 9:20 a.m. local time, the company said in a statement.\n\n\"The rear two carriages left the rails on the curve before the bridge,\" said José Ramírez, the train's driver, who was treated for cuts.\n\nTransport Minister Lucía Fernández told reporters the government had pledged three hundred thousand soles in emergency relief. Ramírez, 54, has driven the line for 22 years.\n\nLabour MP Clara Bexley, visiting from London, said Britain would send engineers.\n\nThe line had logged\n1,500 operating hours since its last inspection, according to Lima's chamber of commerce.\n\nTemperatures fell to 15C (59F) overnight as rescuers worked, the utility said.\n\n(Reporting by Marco Villa; Editing by Jane Doe)\n"


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        ({"ap-0603.txt": AP, "reuters-0603.txt": REUTERS}, "carriages"),
        # variants of our own: other nouns, other verbs, whole articles sharing little else
        (
            {
                "a.txt": "Ferry fire in the strait\n\nPIRAEUS, May 2, 2026 (ANA) — Firefighters battled the blaze "
                "overnight as tugs towed the hulls of three lifeboats that burned at the quay.\n\n"
                "The coastguard closed the harbour mouth until noon. Port police opened an inquiry.\n\n"
                "Shipping minister Eleni Vlachou flew in from Athens to inspect the damage.\n",
                "b.txt": "Ferry crew describe escape\n\nATHENS, May 2, 2026 (Kathimerini) - Passengers were calm "
                "as alarms sounded on the upper deck.\n\n"
                '"We lowered three lifeboats before the smoke reached us," said Nikos Petrou, a deckhand.\n\n'
                "Relatives waited at the terminal with blankets and water for the survivors.\n",
            },
            "lifeboats",
        ),
        (
            {
                "a.txt": "Grain silo collapse\n\nODESA, April 9, 2026 (Ukrinform) — Inspectors sealed the port "
                "after engineers found 14 silos cracked by the tremor.\n\n"
                "Exporters warned that shipments of wheat would slip by a month. Insurers sent assessors.\n",
                "b.txt": "Port shut after quake\n\nKYIV, April 9, 2026 (Interfax) - The agriculture ministry "
                "promised compensation to farmers on Thursday.\n\n"
                "Cranes idled along the pier while 14 silos stood empty behind fences.\n\n"
                "Rail freight was diverted to Izmail and Reni until further notice.\n",
            },
            "silos",
        ),
    ],
)
def test_one_row_and_one_figure(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: dict[str, str], label: str
) -> None:
    facts = _run(tmp_path, capsys, texts, "facts")
    rows = [f for f in facts["facts"] if label in f["label"]]
    assert len(rows) == 1, rows
    assert rows[0]["sources"] == 2 and rows[0]["status"] == "agree", rows[0]
    timeline = _run(tmp_path, capsys, texts, "timeline")
    assert len([name for name in timeline["first"] if label in name]) == 1, timeline["first"]
