"""``facts --json`` on the acceptance tester's landslide repros (issue #16, t13ae P13, P1, P2, P9,
round s37-z1), each with two variants of my own (another story, other wording):

- P13: a live blog stamped in British style, the am/pm written on ("7.05pm", "9.10 a.m.", "7pm"),
  was read in text order (its latest value shown as "first said"): its entries are ordered by
  their times, as "19:05" ones are.
- P1: a firm's second predicate ("Geotekna will pay …, and has set aside €1 million") named no
  payer and joined the government's row: the sentence's subject pays it.
- P2: a rain forecast ("Forecasters expect another 50 mm of rain") was compared with the rain that
  fell: it is a row of its own, listed.
- P9: an article's count of a sub-group ("Six residents sustained injuries" after "Nine people
  were injured") made the whole row not compared: it is a row of its own ("residents among the injured")."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, dict]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    data = json.loads(out)
    return {f["label"]: f for f in data["facts"] + data.get("single", [])}


def _row(facts: dict[str, dict], label: str) -> list[tuple[str, str, list[str]]]:
    return [(v["doc"], v["display"], [e["display"] for e in v.get("superseded", [])]) for v in facts[label]["values"]]


def _blog(title: str, outlet: str, stamps: tuple[str, str, str], entries: tuple[str, str, str]) -> str:
    body = "\n\n".join(f"{stamp}\n{entry}" for stamp, entry in zip(stamps, entries, strict=True))
    return f"{title}: as it happened\n\n{outlet}, Monday 9 November 2026\n\n{body}\n"


_LANDSLIDE = (
    "Officials now say 12 people have been killed. Eighteen remain missing.",
    "The death toll has risen to 11, according to the prefecture.",
    "Seven people have died after a landslide buried homes in Brenzola, officials say. "
    "Twenty people are unaccounted for.",
)
_FIRE = (
    "Officials now say 15 people died in the fire.",
    "Police say 13 people were killed in the fire.",
    "Eight people have died in a fire at the Ostra market, firefighters say.",
)
_FLOOD = (
    "The regional office now confirms 9 deaths.",
    "Rescuers say the death toll has climbed to 6.",
    "Four people have died in the flood at Marvell, police say.",
)


@pytest.mark.parametrize(
    ("stamps", "entries", "wire", "toll", "first"),
    [
        # the tester's blog (repro v19), newest first
        (
            ("7.05pm", "2.30pm", "9.10am"),
            _LANDSLIDE,
            "BRENZOLA, Nov 9, 2026 (Alpwire) - Twelve people were killed and 18 are missing.",
            "12",
            ["Seven", "11"],
        ),
        # variants: another story, "a.m." written with its dots; stamps on the hour among them
        (
            ("6.40pm", "1.15pm", "8.05a.m."),
            _FLOOD,
            "MARVELL, Nov 9, 2026 (Alpwire) - Nine people died in the flood.",
            "9",
            ["Four", "6"],
        ),
        (
            ("11.50pm", "11.20pm", "10.05pm"),
            _FIRE,
            "OSTRA, Nov 9, 2026 (Alpwire) - Fifteen people died in the market fire.",
            "15",
            ["Eight", "13"],
        ),
    ],
)
def test_am_pm_entry_stamps_order_a_live_blog(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    stamps: tuple[str, str, str],
    entries: tuple[str, str, str],
    wire: str,
    toll: str,
    first: list[str],
) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        {"live.txt": _blog("Disaster", "Valley Herald", stamps, entries), "wire.txt": f"Report\n\n{wire}\n"},
    )
    row = facts["death toll"]
    assert row["status"] == "agree", row
    live = [(d, s) for doc, d, s in _row(facts, "death toll") if doc == "live"]
    assert live == [(toll, first)]  # one value of the blog, its latest entry's, first said the earliest


@pytest.mark.parametrize(
    ("release", "wire", "firm", "firm_sum"),
    [
        (
            "CASTELMARRO, 9 November 2026 - Geotekna will pay €2,000 to every household whose home was "
            "destroyed, and has set aside €1 million for a relief fund.",
            "BRENZOLA, Nov 9, 2026 (Alpwire) - A landslide hit Brenzola. The government pledged €20 million "
            "in emergency aid.",
            "Geotekna",
            "€1 million",
        ),
        # variants: another firm and story, "but will also pay"; a past predicate with "then"
        (
            "OSLO, 3 March 2026 - Nordvik Shipping apologised to the families, but will also pay "
            "£500,000 into a hardship fund.",
            "LONDON, Mar 3, 2026 (Alpwire) - A ferry sank. The government pledged £4 million for the survivors.",
            "Nordvik Shipping",
            "£500,000",
        ),
        (
            "TURIN, 5 May 2026 - Calvera Energia met the mayor on Tuesday, and then pledged $3 million "
            "in emergency aid.",
            "TURIN, May 5, 2026 (Alpwire) - A gas blast hit Turin. The government pledged $10 million in aid.",
            "Calvera Energia",
            "$3 million",
        ),
    ],
)
def test_a_firms_second_predicate_pays_its_own_money(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], release: str, wire: str, firm: str, firm_sum: str
) -> None:
    facts = _facts(tmp_path, capsys, {"release.txt": f"Statement\n\n{release}\n", "wire.txt": f"News\n\n{wire}\n"})
    government = [label for label in facts if label.startswith("money pledged") and "government" in label]
    assert government, list(facts)
    for label in government:
        assert [doc for doc, _d, _s in _row(facts, label)] == ["wire"], (label, facts[label])
    assert any(firm in label and any(d == firm_sum for _doc, d, _s in _row(facts, label)) for label in facts), list(
        facts
    )


@pytest.mark.parametrize(
    ("forecast", "fell", "fell_display"),
    [
        (
            "Forecasters expect another 50 mm of rain on Wednesday.",
            "More than 180 mm of rain fell in 48 hours before the slide.",
            "More than 180 mm",
        ),
        # variants: the forecast word after the amount; a prediction in inches
        (
            "Up to 80 mm of rain is forecast for the weekend.",
            "Some 120 mm of rain fell overnight.",
            "Some 120 mm",
        ),
        (
            "The weather service predicted 3 inches of rain by Friday.",
            "About 5 inches of rain fell on Tuesday.",
            "About 5 inches",
        ),
    ],
)
def test_a_rain_forecast_is_never_the_rain_that_fell(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], forecast: str, fell: str, fell_display: str
) -> None:
    facts = _facts(
        tmp_path,
        capsys,
        {
            "radio.txt": f"Rain to return\n\nBRENZOLA, Nov 9, 2026 (Radio Valle) - {forecast}\n",
            "wire.txt": f"Landslide\n\nBRENZOLA, Nov 9, 2026 (Alpwire) - A landslide hit Brenzola. {fell}\n",
        },
    )
    assert [(doc, d) for doc, d, _s in _row(facts, "rainfall")] == [("wire", fell_display)], facts["rainfall"]
    assert facts["rainfall"]["status"] != "disagree"
    assert [doc for doc, _d, _s in _row(facts, "rainfall forecast")] == ["radio"]


@pytest.mark.parametrize(
    ("a", "b", "c", "total", "part", "part_label"),
    [
        (
            "Fourteen people were hurt when residents fled the mud.",
            "Nine people were injured as families ran from their homes. Six residents sustained injuries "
            "while climbing to safety.",
            "Twelve villagers were treated for cuts and bruises after they escaped.",
            ["Fourteen", "Nine"],
            "Six",
            "residents among the injured",
        ),
        # variants: the evacuated, another verb; the missing, another noun
        (
            "About 400 people were evacuated.",
            "In all, 350 people were evacuated from the valley. Sixty pupils were moved out of the school.",
            "Officials said 400 people were evacuated.",
            ["About 400", "350", "400"],
            "Sixty",
            "pupils among the evacuated",
        ),
        (
            "Twenty people are missing after the flood.",
            "Thirty people are missing after the flood. Four tourists are missing too.",
            "Rescuers are searching for 20 people who are missing.",
            ["Twenty", "Thirty", "20"],
            "Four",
            "tourists among the missing",
        ),
    ],
)
def test_a_sub_group_count_leaves_the_total_compared(
    tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
    a: str,
    b: str,
    c: str,
    total: list[str],
    part: str,
    part_label: str,
) -> None:
    files = {
        name: f"Brenzola\n\nBRENZOLA, Nov 9, 2026 ({outlet}) - {text}\n"
        for name, outlet, text in (("a.txt", "Alpwire", a), ("b.txt", "Courier", b), ("c.txt", "Herald", c))
    }
    facts = _facts(tmp_path, capsys, files)
    [label] = [lab for lab in facts if lab in ("people injured", "people evacuated", "people missing")]
    row = facts[label]
    assert row["status"] == "disagree", row
    assert [d for _doc, d, _s in _row(facts, label) if d in total] == total
    assert part not in [d for _doc, d, _s in _row(facts, label)]
    assert [d for _doc, d, _s in _row(facts, part_label)] == [part]
