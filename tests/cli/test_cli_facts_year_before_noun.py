"""``facts --json`` (t13u F9, round s32-g): a year written before a plural noun after a determiner
or a possessive ("Adebayo, who reviewed the 2019 renovation plans, said …") is a year, no count of
the noun: analysis.md gave a row ``renovation plans`` of value 2019 (shown "2,019"). A count of
people in a plural without "-s" ("2019 people were evacuated") is a count (it was a year)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

pytestmark = pytest.mark.usefixtures("utc")

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures" / "facts_t13u_s32g"


def _values(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, extra: str = ""
) -> list[tuple[str, object, str]]:
    """``(label, value, kind)`` of ``doc``'s values, with ``extra`` as a further article ``x.txt``."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(FIXTURES / "analysis.md", corpus / "analysis.md")
    if extra:
        (corpus / "x.txt").write_text(extra, encoding="utf-8")
    code = main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "i"), "facts", "--json"])
    out, err = capsys.readouterr()
    assert code == 0, err
    return [
        (f["label"], v["value"], v["kind"]) for f in json.loads(out)["facts"] for v in f["values"] if v["doc"] == doc
    ]


@pytest.mark.parametrize(
    ("doc", "extra", "year"),
    [
        pytest.param("analysis", "", 2019, id="reported"),
        pytest.param(
            "x",
            "Landslide\n\nThe council shelved its 2021 expansion plans after the landslide, the mayor said.\n",
            2021,
            id="variant_its",
        ),
        pytest.param(
            "x",
            "Archive\n\nTheir 1998 recordings of the choir were reissued on Monday, the label said.\n",
            1998,
            id="variant_their",
        ),
    ],
)
def test_a_year_before_a_plural_noun_is_no_count(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, extra: str, year: int
) -> None:
    values = _values(tmp_path, capsys, doc, extra)
    # (a row of "year" beside another of that label names what tells it, "year: council": t13ad N23;
    # one article's bare year is no row at all since round s40-y1, t13ah N9: never a count)
    got = [(label.split(": ")[0].split(" · ")[0], value, kind) for label, value, kind in values if value == year]
    assert got in ([("year", year, "year")], []), values
    assert not [v for v in values if v[1] == year and v[2] == "count"], values


def test_a_count_of_people_stays_a_count(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    values = _values(tmp_path, capsys, "x", "Floods\n\n2019 people were evacuated from the valley on Sunday.\n")
    assert ("people evacuated", 2019, "count") in values, values
