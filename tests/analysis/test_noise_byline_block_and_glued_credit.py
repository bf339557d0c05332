"""A news page's head in plain text, as Hindustan Times prints it under the standfirst: the
section's label glued before the stamp ("more lifestyle Updated: Mar 06, 2019 12:10 IST"), the
writer's name, the newspaper and its city ("Hindustan Times, Delhi"), then the photo's caption with
its credit glued on in brackets ("… enough of.(Unsplash)"). Each is boilerplate of its kind (issue
#14, unseen38's hindustantimes-1 kept all four). The reported lines, and two invented pages (other
sections, labels, newspapers and photo sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = """{title}

{standfirst}

{stamp}

{name}

{outlet}

{caption}

{p1}

{p2}

{p3}
"""

CASES = [
    {  # reported (unseen38 hindustantimes-1)
        "title": "The Taste With Vir: How chefs are using sous-vide machines to drain the texture from our food",
        "standfirst": "In this week’s column, Vir Sanghvi explains the process of sous-vide that chefs adopt by "
        "packing ingredients in a vacuum in plastic bags.",
        "stamp": "more lifestyle Updated: Mar 06, 2019 12:10 IST",
        "name": "Vir Sanghvi",
        "outlet": "Hindustan Times, Delhi",
        "caption": "For chefs, sous-vide is a secret obsession that they can never get enough of.(Unsplash)",
    },
    {
        "title": "Monsoon rains flood low-lying roads across the city for a second day",
        "standfirst": "Commuters waded through knee-deep water as the municipal corporation pumped out underpasses "
        "on Tuesday morning.",
        "stamp": "cities news Published: Jul 12, 2023 09:45 IST",
        "name": "Priya Raman",
        "outlet": "Deccan Chronicle, Chennai",
        "caption": "Commuters wade through a flooded underpass near the central station on Tuesday. (Pexels)",
    },
    {
        "title": "Village school reopens after a year of repairs",
        "standfirst": "The school's 140 pupils returned to their classrooms on Monday after builders replaced the "
        "roof and the heating.",
        "stamp": "education Last updated: 4 September 2024 16:20 BST",
        "name": "Tom Ashworth",
        "outlet": "Yorkshire Post, Leeds",
        "caption": "Pupils return to the renovated classroom at Hawes primary school.(Pixabay)",
    },
]

PROSE = (
    "If you have eaten at a large function in the last ten years, there is a strong chance that the main "
    "course was cooked hours earlier and kept warm, and few guests ever notice the difference.",
    "The people who organise such events say the method saves time and money, and that it lets a small "
    "team serve hundreds of plates at once without anything going cold.",
    "Critics say the food loses its texture and that the savings are rarely passed on to the people who "
    "pay for the meal, which is why the debate shows no sign of ending.",
)


def noise_of(tmp_path: Path, case: dict[str, str]) -> dict[str, str]:
    text = PAGE.format(**case, p1=PROSE[0], p2=PROSE[1], p3=PROSE[2])
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    content = " ".join(seg.text for seg in split.content)
    assert all(p in content for p in PROSE) and case["standfirst"] in content
    return {seg.text.strip(): seg.kind for seg in split.noise}


IDS = ["reported", "chronicle", "post"]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_stamp_after_section_label_is_byline(tmp_path: Path, case: dict[str, str]) -> None:
    assert noise_of(tmp_path, case).get(case["stamp"]) == "byline"


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_newspaper_and_city_under_the_name_are_byline(tmp_path: Path, case: dict[str, str]) -> None:
    noise = noise_of(tmp_path, case)
    assert (noise.get(case["name"]), noise.get(case["outlet"])) == ("byline", "byline")


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_caption_closed_by_a_photo_source_in_brackets(tmp_path: Path, case: dict[str, str]) -> None:
    assert noise_of(tmp_path, case).get(case["caption"]) == "caption"
