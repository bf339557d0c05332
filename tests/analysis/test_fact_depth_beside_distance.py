"""A depth and a distance written in one sentence are two facts (issue #16: "a depth and a
distance never share a group"). Found in session 24 on a hand-written quake corpus: "The quake hit
at a depth of 25 miles, about 186 miles north of Tokyo" gave two depths, 25 and 186 miles, and a
false disagreement; the cue word "depth" before the first figure was read as the second's too."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.facts import fact_sheet
from waic_reader.index.corpus.reader import Corpus


@pytest.mark.parametrize(
    ("sentence", "depth", "distance"),
    [
        ("The quake hit at a depth of 25 miles, about 186 miles north of Tokyo.", 25, 186),
        ("It struck 12 km below the surface, some 90 km south of Kushiro.", 12, 90),
        ("The tremor was 30 kilometres deep and 150 kilometres east of Sendai.", 30, 150),
    ],
)
def test_a_depth_and_a_distance_in_one_sentence_are_two_facts(
    tmp_path: Path, sentence: str, depth: float, distance: float
) -> None:
    (tmp_path / "a.txt").write_text(f"Quake report\n\n{sentence}\n", encoding="utf-8")
    (tmp_path / "b.txt").write_text(f"Quake update\n\nThe quake struck at a depth of {depth} km.\n", encoding="utf-8")
    facts = fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])
    depths = [v.value for f in facts if f.label == "depth" for v in f.values if v.doc == "a"]
    assert depths == [depth]
    assert any(f.label.startswith("distance") and [v.value for v in f.values] == [distance] for f in facts)


# t13j F9 (/work/s24/reports/t13j.md): "spread 12 km down the river" was a depth ("down" read as
# the depth's cue), against "a depth of 3 metres" in the same sentence.
@pytest.mark.parametrize(
    ("sentence", "depth", "way"),
    [
        ("The diesel spread 12 km down the river and reached a depth of 3 metres in the harbour basin.", 3, 12),
        ("The slick drifted 8 km down the coast and sank to a depth of 30 metres.", 30, 8),
        ("Mud slid 2 km down a valley; the pit was 15 metres deep.", 15, 2),
    ],
)
def test_a_way_down_a_river_is_no_depth(tmp_path: Path, sentence: str, depth: float, way: float) -> None:
    (tmp_path / "a.txt").write_text(f"Spill report\n\n{sentence}\n", encoding="utf-8")
    facts = fact_sheet([(a, []) for a in Corpus.scan(tmp_path).articles()])
    # a depth's label names its thing when its sentence does ("depth of the pit", round s34-f)
    depths = [f for f in facts if f.label.split(" of the ")[0] == "depth"]
    assert [v.value for f in depths for v in f.values] == [depth]
    assert any(v.value == way for f in facts if f not in depths for v in f.values)
