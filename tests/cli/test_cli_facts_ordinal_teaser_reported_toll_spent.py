"""``facts --json`` on four kinds of review s36-rv (findings 3, 11, 12, 13; round s36-c3), each on the
reviewer's input and variants of my own, corpora written in tmp_path:

* An ordinal victim ("a tenth died in hospital") raises the article's toll only from its content
  sentences (a "Read more" teaser "A Fifth Climber Has Died On Everest This Season" raised a toll of
  2 to 5), only when it belongs to the toll's event ("Last year, a fifth victim died in a similar
  crash" is another event's), and in the common wordings "has since died", "was also killed".
* A value a reported event brings the toll to is a value ("the deaths of two more patients overnight
  will take the toll to 14", "which would bring the death toll to 11"); "will"/"would" are a fear
  only with a word of fear or possibility ("Officials fear the toll will rise to 20").
* "money spent" is any sum opening a clause that says where it went ("€300,000 of it went to
  repairs", whatever the reporting verb) or the object of "spent" ("spent €350,000 on repairs"), not
  only a sum after "claimed".
* Only the verb "offer" offers money: "The bank's share offering of $500 million" is no money offered."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")


def _facts(tmp_path: Path, capsys: pytest.CaptureFixture[str], files: dict[str, str]) -> dict[str, dict]:
    corpus = tmp_path / "c"
    corpus.mkdir(exist_ok=True)
    for name, text in files.items():
        (corpus / name).write_text(text, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return {f["label"]: f for f in json.loads(out)["facts"]}


def _wire(doc: str, body: str, day: str = "July 14") -> str:
    return f"Bridge news\n\nLINDMARK, {day}, 2026 ({doc}) - {body}\n"


def _values(row: dict) -> list[tuple[str, float]]:
    return sorted((v["doc"], v["value"]) for v in row["values"])


@pytest.mark.parametrize(
    ("headline", "body", "teasers", "count"),
    [
        # review s36-rv finding 3 (rv-tmp/on): a title-case teaser under "Read more:"
        (
            "Two climbers die on Mount Kell",
            "Two climbers died on Mount Kell on Monday after a sudden storm swept across the summit ridge,"
            " mountain rescue officials said.\n\nRescuers reached the pair late on Monday evening but could"
            " not revive them, the rescue service said in a statement.",
            "Read more:\n\nA Fifth Climber Has Died On Everest This Season\nStorm Warning Issued For Northern"
            " Ranges\nKellby Council Approves New Budget",
            2,
        ),
        # variants of my own: teasers in sentence case under another list's heading, another toll
        (
            "Three workers killed in Ostmark blast",
            "Three workers died in an explosion at the Ostmark steelworks on Monday, the company said.\n\n"
            "Firefighters brought the blaze under control within two hours, a fire service spokesman said.",
            "Related stories\n\nA sixth miner has died after the Gruvby collapse\nFlood warnings issued"
            " for the river valley\nCity council approves new budget",
            3,
        ),
    ],
)
def test_a_teaser_outside_the_article_raises_no_toll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], headline: str, body: str, teasers: str, count: int
) -> None:
    a = f"{headline}\n\nLINDMARK, July 14, 2026 (Nordline) - {body}\n\n{teasers}\n"
    b = f"{headline}\n\nLINDMARK, July 15, 2026 (Post) - {body.partition(chr(10))[0]}\n"
    rows = _facts(tmp_path, capsys, {"a.txt": a, "b.txt": b})
    assert _values(rows["death toll"]) == [("a", count), ("b", count)], rows["death toll"]
    assert rows["death toll"]["status"] == "agree", rows["death toll"]


@pytest.mark.parametrize(
    ("text", "other", "count"),
    [
        # review s36-rv finding 3, related risk (rv-tmp/o1)
        (
            "Two people died in the crash on the bridge on Monday. Last year, a fifth victim died in a similar"
            " crash on the same road.",
            "Two people died in the crash on the bridge on Monday.",
            2,
        ),
        # variants of my own: another event named by its year, a previous event
        (
            "Three workers died in the blast at the Ostmark plant on Monday. In 2021, a fourth worker was"
            " killed in a fire there.",
            "Three workers died in the blast at the Ostmark plant.",
            3,
        ),
        (
            "Four hikers died on the pass on Sunday. A fifth hiker died there in a previous avalanche.",
            "Four hikers died on the pass on Sunday.",
            4,
        ),
    ],
)
def test_an_ordinal_victim_of_another_event_raises_no_toll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, other: str, count: int
) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", text), "b.txt": _wire("Post", other, "July 15")})
    assert _values(rows["death toll"]) == [("a", count), ("b", count)], rows["death toll"]
    assert rows["death toll"]["status"] == "agree", rows["death toll"]


@pytest.mark.parametrize(
    ("text", "other", "count"),
    [
        # review s36-rv finding 3, related risk (rv-tmp/o6)
        (
            "Nine people died in the fire. A tenth person has since died in hospital, police said. Officials"
            " said 40 people were injured.",
            "Ten people died in the fire.",
            10,
        ),
        # variants of my own: "was also killed", "has since died" of another noun
        (
            "Three men died when the scaffolding fell. A fourth man was also killed, police said.",
            "Four men were killed when the scaffolding fell.",
            4,
        ),
        (
            "Five patients died after the power cut at the clinic. A sixth patient has since died, the hospital said.",
            "Six patients died after the power cut at the clinic.",
            6,
        ),
    ],
)
def test_an_ordinal_victim_in_common_wordings_raises_the_toll(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, other: str, count: int
) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", text), "b.txt": _wire("Post", other, "July 15")})
    assert _values(rows["death toll"]) == [("a", count), ("b", count)], rows["death toll"]


@pytest.mark.parametrize(
    ("text", "other", "count"),
    [
        # review s36-rv finding 12 (rv-tmp/f3, f1)
        (
            "Police said the deaths of two more patients overnight will take the toll to 14.",
            "The toll stands at 14.",
            14,
        ),
        (
            "Nine people died on Monday. Two more bodies were found on Tuesday, which would bring the death"
            " toll to 11, police said.",
            "Eleven people have died, police said.",
            11,
        ),
        # variants of my own: another tally, another carrying verb
        (
            "Six people were killed in the storm. The discovery of a seventh body will take the death toll"
            " to 7, officials said.",
            "Seven people were killed in the storm.",
            7,
        ),
        (
            "Twelve people died in the floods. Three more deaths were confirmed on Friday, which will bring"
            " the number of dead to 15.",
            "Fifteen people died in the floods.",
            15,
        ),
    ],
)
def test_a_reported_event_bringing_the_toll_is_a_value(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str, other: str, count: int
) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", text), "b.txt": _wire("Post", other, "July 15")})
    assert _values(rows["death toll"]) == [("a", count), ("b", count)], rows["death toll"]
    assert rows["death toll"]["status"] == "agree", rows["death toll"]


@pytest.mark.parametrize(
    "feared",
    [
        "Officials fear the new landslides will take the death toll to 20.",
        "Doctors said the toll would likely rise to 30.",
        "Rescuers warned that the death toll could rise to 25.",
    ],
)
def test_a_feared_will_or_would_stays_unlisted(tmp_path: Path, capsys: pytest.CaptureFixture[str], feared: str) -> None:
    # a guard: a word of fear or possibility keeps "will"/"would" a fear
    text = f"Nine people died when the bridge collapsed on Monday. {feared}"
    other = "Nine people died when the bridge collapsed on Monday."
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", text), "b.txt": _wire("Post", other, "July 15")})
    assert _values(rows["death toll"]) == [("a", 9), ("b", 9)], rows["death toll"]


def _docs_of(rows: dict[str, dict], prefix: str) -> list[str]:
    return sorted(v["doc"] for label, row in rows.items() if label.startswith(prefix) for v in row["values"])


@pytest.mark.parametrize(
    "texts",
    [
        # review s36-rv finding 11 (rv-tmp/sp1)
        (
            "The council received €2 million. Olaf Lind claimed €300,000 of it went to repairs.",
            "The council received €2 million; €300,000 of it went to repairs, Olaf Lind said.",
            "The council received €2 million and spent €350,000 on repairs.",
        ),
        # variants of my own: other currencies, "was used for", "had been spent", "has spent"
        (
            "The city was given $5 million. The mayor claimed $1.2 million of it was used for the roof.",
            "The city was given $5 million, and $1.2 million of it was used for the roof, officials said.",
            "The city has spent $1.5 million on the new roof, officials said.",
        ),
        (
            "The school got £800,000. Anna Berg claimed £90,000 had been spent on repairs.",
            "The school got £800,000. Officials said £90,000 had been spent on repairs.",
            "The school spent £95,000 on repairs this year.",
        ),
    ],
)
def test_a_sum_saying_where_it_went_is_money_spent(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], texts: tuple[str, str, str]
) -> None:
    files = {
        f"{d}.txt": _wire(o, t, f"July {14 + k}")
        for k, (d, o, t) in enumerate(zip("abc", ("Nordline", "Post", "Herald"), texts))
    }
    rows = _facts(tmp_path, capsys, files)
    assert _docs_of(rows, "money spent") == ["a", "b", "c"], {k: _values(v) for k, v in rows.items()}


@pytest.mark.parametrize(
    "text",
    [
        # review s36-rv finding 13
        "The bank's share offering of $500 million was priced on Monday.",
        # variants of my own: another offering, the noun after the sum
        "Ostmark Steelworks said its initial public offering of €2 billion would go ahead.",
        "The firm completed a $300 million bond offering on Friday.",
    ],
)
def test_an_offering_in_finance_is_no_money_offered(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str
) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", text)})
    assert not any(label.startswith("money offered") for label in rows), list(rows)


@pytest.mark.parametrize(
    "text",
    [
        "The rail company is offering €800 to each family.",
        "Ostmark Steelworks was offering $5 million to the families.",
    ],
)
def test_the_verb_offering_still_offers(tmp_path: Path, capsys: pytest.CaptureFixture[str], text: str) -> None:
    rows = _facts(tmp_path, capsys, {"a.txt": _wire("Nordline", text)})
    assert any(label.startswith("money offered") for label in rows), list(rows)
