"""Under an article in plain text: its tags written one hashtag a line ("#creativity",
"#taking risks") are tags, and the author box closing it, the byline's name alone over a line
about them that puts an apposition between the name and its verb ("Francesca Gino, author of the
new book “Rebel Talent,” is …"), is byline (issue #14, unseen38's trainingindustry-1 kept both).
The reported lines, and two invented pages (other tags, other appositions)."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

PAGE = """{title}

{date}{name}6 min read

{p1}

{p2}

{p3}

{tags}

{name}

{bio}
"""

PROSE = (
    "Most of us were taught early on that following the rules is the safe thing to do, and for the most part "
    "that lesson serves us well in school and in our first jobs.",
    "But the people who change their organisations are often the ones who question the rules, ask why a "
    "process exists and try something new when the old way no longer works.",
    "Leaders can encourage this by rewarding curiosity, making room for small experiments and treating "
    "mistakes as a normal part of learning rather than as failures to be punished.",
)

CASES = [
    {  # reported (unseen38 trainingindustry-1)
        "title": "Why Rebels Make Better Learners",
        "date": "February 21, 2019",
        "name": "Francesca Gino",
        "tags": "#creativity\n#innovation\n#taking risks\n#uncertainty",
        "bio": "Francesca Gino, author of the new book “Rebel Talent,” is an award-winning researcher and teacher "
        "and a tenured professor at Harvard Business School.",
    },
    {
        "title": "What Apprentices Teach Their Mentors",
        "date": "May 3, 2022",
        "name": "Marcus Oyelaran",
        "tags": "#mentoring\n#apprenticeships",
        "bio": "Marcus Oyelaran, a former shipyard engineer, has trained more than 300 apprentices and now advises "
        "colleges on workplace learning.",
    },
    {
        "title": "The Case for Slower Onboarding",
        "date": "October 9, 2023",
        "name": "Lena Brandt Morales",
        "tags": "#onboarding\n#new hires\n#retention",
        "bio": "Lena Brandt Morales, head of people at Kestrel Logistics, was previously a training manager at two "
        "airlines in Spain and Germany.",
    },
]


def split_of(tmp_path: Path, case: dict[str, str]) -> tuple[dict[str, str], str]:
    text = PAGE.format(**case, p1=PROSE[0], p2=PROSE[1], p3=PROSE[2])
    (tmp_path / "story.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    split = split_noise(art)
    noise = {seg.text.strip(): seg.kind for seg in split.noise}
    content = " ".join(seg.text for seg in split.content)
    assert all(p in content for p in PROSE)
    return noise, content


@pytest.mark.parametrize("case", CASES, ids=["reported", "mentors", "onboarding"])
def test_hashtag_lines_under_the_article_are_tags(tmp_path: Path, case: dict[str, str]) -> None:
    noise, _ = split_of(tmp_path, case)
    tags = case["tags"].split("\n")
    assert [noise.get(tag) for tag in tags] == ["tags"] * len(tags)


@pytest.mark.parametrize("case", CASES, ids=["reported", "mentors", "onboarding"])
def test_author_box_with_an_apposition_is_byline(tmp_path: Path, case: dict[str, str]) -> None:
    noise, _ = split_of(tmp_path, case)
    assert noise.get(case["bio"]) == "byline"
    assert noise.get(case["name"]) == "byline"
