"""Every date ordering uses one resolved date (re-test of #17 after s15, fault 4): a year-less
run over New Year (30 Dec, 31 Dec, 1 Jan, no year anywhere) was ordered as the story ran by
the timeline but by the calendar, 1 Jan first, by ``list --sort date`` and the fact sheet.
All three now order by ``date_values.DateOrder``."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.corpus.date_values import DateOrder
from waic_reader.tui.cli.main import main


def _run(capsys: pytest.CaptureFixture[str], corpus: Path, tmp_path: Path, *command: str) -> dict:  # type: ignore[type-arg]
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "idx"), *command, "--json"]) == 0
    data: dict = json.loads(capsys.readouterr().out)  # type: ignore[type-arg]
    return data


def _corpus(tmp_path: Path, stamps: dict[str, str]) -> Path:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for n, (name, stamp) in enumerate(stamps.items(), 1):
        text = f"{stamp} The harbour ferry carried {n}00 passengers on its holiday trips, the operator said.\n"
        (corpus / f"{name}.txt").write_text(text, "utf-8")
    return corpus


@pytest.mark.parametrize(
    ("stamps", "order"),
    [
        (  # reported: 30 Dec, 31 Dec, 1 Jan, no year anywhere
            {
                "jan1": "HALVIK, Jan 1 (Reuters) -",
                "dec30": "HALVIK, Dec 30 (Reuters) -",
                "dec31": "HALVIK, Dec 31 (Reuters) -",
            },
            ["dec30", "dec31", "jan1"],
        ),
        (  # variant: with times, a week-long run from 27 Dec to 3 Jan
            {
                "jan3": "HALVIK, Jan 3 (AP) -",
                "dec27": "HALVIK, Dec 27 (AP) -",
                "jan1": "Updated: January 1 7:52 AM\n\nHALVIK (AP) -",
                "dec31": "Updated: December 31 11:30 PM\n\nHALVIK (AP) -",
            },
            ["dec27", "dec31", "jan1", "jan3"],
        ),
        (  # variant: a run that does not cross New Year stays in calendar order
            {
                "mar20": "HALVIK, March 20 (AFP) -",
                "mar14": "HALVIK, March 14 (AFP) -",
                "jun2": "HALVIK, June 2 (AFP) -",
            },
            ["mar14", "mar20", "jun2"],
        ),
    ],
)
def test_list_facts_and_timeline_order_a_yearless_run_alike(
    capsys: pytest.CaptureFixture[str], tmp_path: Path, stamps: dict[str, str], order: list[str]
) -> None:
    corpus = _corpus(tmp_path, stamps)
    listed = [a["doc"] for a in _run(capsys, corpus, tmp_path, "list", "--sort", "date")["articles"]]
    timeline = [a["doc"] for a in _run(capsys, corpus, tmp_path, "timeline")["articles"]]
    (fact,) = [f for f in _run(capsys, corpus, tmp_path, "facts")["facts"] if f["label"] == "passengers"]
    sheet = [v["doc"] for v in fact["values"]]
    assert listed == timeline == sheet == order


def test_one_order_places_a_yearless_run_as_it_ran() -> None:
    dates = ["--01-01", "--12-30", None, "--12-31"]
    order = DateOrder(dates)
    assert sorted(dates, key=order.key) == ["--12-30", "--12-31", "--01-01", None]
    # a year anywhere gives the others theirs: the run is then in time, as resolved
    dated = ["--01-01", "2025-12-30", "--12-31"]
    assert sorted(dated, key=DateOrder(dated).key) == ["2025-12-30", "--12-31", "--01-01"]
