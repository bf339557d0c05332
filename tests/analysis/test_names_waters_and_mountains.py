"""Issue #16 (round s34-c): a river, a desert or a mountain no list holds, named by what only a
landform or a water takes around it: a tributary's apposition ("its tributary the Lidder"), a
water's verb ("The Saru flows 104 km"), a bank, shore, mouth or edge "of the" it ("on the banks of
the Belaya", "at the edge of the Sahara"), a verb of climbing ("climbed Everest"), an apposition
naming a mountain or a river ("Ama Dablam, the needle-shaped mountain"): LOC (heldout27's ORGs,
PERSONs and names not found)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _found(rec: Recognizer, text: str) -> set[tuple[str, str]]:
    art = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return {(m.text, m.label) for m in rec.recognize(art)}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("About 300 mills work along the Sutlej and its tributary the Spiti, most of them small.", "Spiti"),
        ("The Ozhun flows 210 km from the hills to the sea at Varna.", "Ozhun"),
        ("He promised a new stadium on the banks of the Kuban if the club wins.", "Kuban"),
        ("Tahoua is a town at the edge of the Tamesna, west of Agadez.", "Tamesna"),
        ("His father climbed Kangchenjunga nine times in the Eighties.", "Kangchenjunga"),
        ("He fell ill at 6,000 metres on Lhotse Shar, the steep mountain a day's walk from camp.", "Lhotse Shar"),
        ("Climbers were stranded on Kala Patthar, the rocky peak north of the lodge.", "Kala Patthar"),
        ("Logs were floated down the Sibun to the coast.", "Sibun"),
    ],
)
def test_a_landform_or_water_by_its_context(rec: Recognizer, text: str, name: str) -> None:
    got = _found(rec, text)
    assert (name, "LOC") in got, got


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        ("The Nikkei rose 2% on Monday.", "Nikkei", "LOC"),
        ("Sales climbed Tuesday after the launch.", "Tuesday", "LOC"),
        ("Prices climbed in Bolton last year.", "Bolton", "LOC"),
        ("Anna Moreau, the mountain guide who led them, said the snow was deep.", "Anna Moreau", "LOC"),
    ],
)
def test_no_landform_without_its_context(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) not in _found(rec, text)
