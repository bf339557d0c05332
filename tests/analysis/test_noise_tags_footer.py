"""A blog's closing category and tag lines at the article's end, written without a colon
("Posted in World News", "Filed under Markets", "Tagged Huancarí, Peru, Rail"), are boilerplate of
kind tags, as "Tags: a, b" already was (s30-s, t13r F10: liveblog.txt and probe/caps.txt left both
lines content, so entities counted Peru and search hit "Rail" in the footer). The first cases are
the reported files; the others are invented (another blog with "Filed under" and "Tagged with",
"Categories" without a colon). The guards keep sentences that open with the same words."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13r_s30s"

FILED = (
    "Harbour crane collapses in Valdmark\n\n"
    "A crane at the Valdmark container terminal collapsed on Tuesday, injuring two dock workers, "
    "the port authority said.\n\n"
    "Work at the terminal was halted while inspectors examined the other cranes.\n\n"
    "Filed under Ports & Shipping\n"
    "Tagged with Valdmark, Norway, Cranes\n"
)
CATEGORIES = (
    "Mine flooding traps twelve in Oruro\n\n"
    "Twelve miners were trapped after water flooded a tin mine near Oruro on Monday, "
    "the Bolivian mining ministry said.\n\n"
    "Rescue teams were pumping water from the lower galleries overnight.\n\n"
    "Categories Latin America, Mining\n"
    "Tags Bolivia, Oruro, Tin\n"
)
GUARD = (
    "Letter reached the mayor late\n\n"
    "Posted in Lima on Monday, the letter reached the mayor only on Friday, his office said.\n\n"
    "Tagged as urgent by the clerk, it had sat in a tray for four days.\n"
)


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def verdicts(art: Article) -> dict[str, str]:
    split = split_noise(art)
    out = {seg.text.strip(): "content" for seg in split.content}
    out.update({seg.text.strip(): seg.kind for seg in split.noise})
    return out


@pytest.mark.parametrize(
    ("name", "text", "lines"),
    [
        ("liveblog.txt", None, ["Posted in World News", "Tagged Huancarí, Peru, Rail"]),  # reported
        ("caps.txt", None, ["Posted in Asia", "Tagged Japan, Peru, Osaka"]),  # reported
        ("filed.txt", FILED, ["Filed under Ports & Shipping", "Tagged with Valdmark, Norway, Cranes"]),
        ("categories.txt", CATEGORIES, ["Categories Latin America, Mining", "Tags Bolivia, Oruro, Tin"]),
    ],
)
def test_closing_category_and_tag_lines_are_tags(tmp_path: Path, name: str, text: str | None, lines: list[str]) -> None:
    body = text if text is not None else (FIXTURES / name).read_text(encoding="utf-8")
    got = verdicts(article(tmp_path, name, body))
    for line in lines:
        assert got.get(line) == "tags", (line, got)


def test_sentences_opening_with_the_words_stay_content(tmp_path: Path) -> None:
    got = verdicts(article(tmp_path, "guard.txt", GUARD))
    assert got["Posted in Lima on Monday, the letter reached the mayor only on Friday, his office said."] == "content"
    assert got["Tagged as urgent by the clerk, it had sat in a tray for four days."] == "content"
