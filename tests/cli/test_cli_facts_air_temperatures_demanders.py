"""``facts --json`` on the tester's corpora (issue #16, t13aa K4/K5, round s35-fb; tests/fixtures/
facts_s35fb_temperatures_demands, repro v4b and v5 as written) and a variant of each: the city's
39C and 41C in two long articles are one row ``temperature`` in disagreement (two rows "temperature
(°C)" before), a thing's temperature a row of its own; the families' €20m (their lawyers' claim and
their own) one row of the families, the union's €50,000 per family and pay rise of €2,000 a year its
own rates, the rail company's €800 offer its own and never the government's pledge."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_s35fb_temperatures_demands"


def _rows(tmp_path: Path, capsys: pytest.CaptureFixture[str], names: list[str], extra: dict[str, str]) -> dict:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name in names:
        shutil.copy(FIXTURES / name, corpus / name)
    for name, text in extra.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {
        f["label"]: (f["status"], sorted((v["doc"], v["value"]) for v in f["values"])) for f in json.loads(out)["facts"]
    }


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {
            "echo.txt": "Bridge falls in Lindmark\n\nLINDMARK, July 14 (Echo) - Rescuers worked through the night at "
            "the Corvenna Bridge. The mercury hit 40C at noon, and the bridge's sensors recorded 48 °C.\n\n"
            "Engineers say the steel reached 52 °C on the day.\n",
        },
    ],
)
def test_air_temperatures_one_row(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: dict[str, str]) -> None:
    rows = _rows(tmp_path, capsys, ["nordline-0714.txt", "vestria-post-live.txt"], extra)
    air = [("nordline-0714", 39), ("vestria-post-live", 41)] + ([("echo", 40)] if extra else [])
    assert rows["temperature"] == ("disagree", sorted(air)), rows
    assert "temperature (°C)" not in rows, rows
    if extra:
        assert rows["temperature of the steel"][1] == [("echo", 52)], rows
        assert rows["temperature of the bridge"][1] == [("echo", 48)], rows


@pytest.mark.parametrize(
    "extra",
    [
        {},
        {
            "e.txt": "Strike\n\nLINDMARK, July 14 (Herald) - Bus drivers stopped work at dawn. The union is seeking a pay "
            "rise of €3,000 a year, which the bus company has rejected. The company offered €900.\n",
        },
    ],
)
def test_demanders_and_offers(tmp_path: Path, capsys: pytest.CaptureFixture[str], extra: dict[str, str]) -> None:
    rows = _rows(tmp_path, capsys, ["a.txt", "b.txt", "c.txt", "d.txt"], extra)
    assert rows["money demanded (the families)"] == ("agree", [("a", 20_000_000), ("c", 20_000_000)]), rows
    assert rows["money demanded per family (the union)"][1] == [("b", 50_000)], rows
    yearly = [("d", 2000)] + ([("e", 3000)] if extra else [])
    assert sorted(v for k, r in rows.items() if k.startswith("money demanded per year") for v in r[1]) == yearly
    assert rows["money pledged (the government)"] == ("single source", [("b", 6_000_000)]), rows
    # an offer is money offered, no pledge (round s36-d)
    assert rows["money offered (the rail company)"][1] == [("d", 800)], rows
    if extra:
        assert rows["money offered (the bus company)"][1] == [("e", 900)], rows
