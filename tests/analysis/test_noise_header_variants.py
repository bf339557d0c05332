"""Related-stories headers with a section or a noun in them ("Most Read Business Stories", "Most read
in Football", "More Related to this Story", "Other People Are Reading") and Spanish ones ("Usted
podría estar interesado en", "Relacionados" alone) head other stories' headlines (issue #14, round
s24-f: such boxes stayed the article's on tuning halves, set between its paragraphs; the header
table knew only "Most Read", "Related", "Noticias relacionadas" and "Te puede interesar"). Invented
pages: the reported box between the article's paragraphs and the other wordings at the same place;
a sentence that opens with "Most popular" stays."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Corpus

MENU = ["Home", "News", "Business", "Sport", "Culture", "Opinion", "Podcasts", "Search", "Log in", "Subscribe"]
HEADLINE = "Osland ferry timetable moves crossings earlier for shift workers"
BODY = [
    "The harbour board met late into the night before agreeing to the new ferry timetable for Osland, "
    "after a year of complaints from the island's shift workers.",
    "Under the plan, the first crossing will leave Veldhaven at half past five, an hour earlier than now, "
    "and the last will return after eleven. Board members said the change followed a year of complaints "
    "from shift workers who could not get home after the late shifts at the cannery.",
    "The ferry company said it would need two more crews and would start hiring next month. A spokesman "
    "said the timetable would be reviewed after a year of crossings and the figures published.",
    "Islanders who spoke at the meeting welcomed the change but asked for a later crossing on Saturdays, "
    "when the market closes after the last ferry has gone.",
]
TEASERS = [
    "Council votes to close the old library on Friday",
    "Cannery reopens after the spring flood in Veldhaven",
    "Fishing quotas cut again for the northern grounds",
]
FOOTER = ["About us", "Contact", "Privacy policy", "© 2025 Halvik Post"]

CASES = {
    # The reported shape: the box between the article's paragraphs, a section in the header.
    "most-read-section": "Most Read Business Stories",
    # Variants: the header's other wordings, the box at the same place.
    "more-related": "More Related to this Story",
    "spanish": "Usted podría estar interesado en",
    "most-read-in": "Most read in Football",
    "spanish-alone": "Relacionados",
}


@pytest.mark.parametrize("name", sorted(CASES))
def test_header_with_a_section_heads_a_list(tmp_path: Path, name: str) -> None:
    header = CASES[name]
    # (Over the last paragraph: a box's last line over a long paragraph reads as the article's next
    # section heading, which the header rules leave alone.)
    lines = [*MENU, HEADLINE, *BODY[:3], header, *TEASERS, *BODY[3:], *FOOTER]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    split = split_noise(article)
    content = [s.text for s in split.content]
    noise = {s.text: s.kind for s in split.noise}
    assert all(p in content for p in BODY)
    assert HEADLINE in content
    assert noise.get(header) == "headline-list"
    for teaser in TEASERS:
        assert noise.get(teaser) == "headline-list", teaser


def test_a_sentence_opening_with_most_popular_is_no_header(tmp_path: Path) -> None:
    line = "Most popular crossings were the early ones, the board found."
    lines = [*MENU, HEADLINE, *BODY[:2], line, *BODY[2:], *FOOTER]
    (tmp_path / "page.txt").write_text("\n".join(lines) + "\n", encoding="utf-8")
    [article] = list(Corpus.scan(tmp_path).articles())
    assert line in [s.text for s in split_noise(article).content]
