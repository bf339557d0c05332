"""open_places finds the places of the capitalised words in one pass over the text
(``_word_starts``), where it scanned the whole text once per word (``_uncovered``): the same
places, for every word and for a given subset of words (s32-k, issue #14's build speed)."""

from __future__ import annotations

from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.entities.open_places import (
    _CAP_WORD,
    _uncovered,
    _word_starts,
    capitalised_words,
    open_places,
)

TEXTS = [
    "x.Foo Foo_Bar Bar's O’Neill O'Neill's St.Louis St. Louis Jean-Pierre Jean Co._Ltd Ab.Cd.Ef "
    "ÇELİK Łukasz aFoo Foo-bar Foo2 Foo Foo.\nFoo's' -Foo _Foo 'Foo ’Foo (Foo) Foo.. Foo'",
    "Hydrolyne's chief said Hydrolyne. HYDROLYNE and Hydrolyne-Nord: Hydrolyne_x, Hydrolynes.",
    "Den Haag, 3. März. Ärzte in Łódź und Zürich'er; Mr. Smith met Smith's aide at St.-Denis.",
]


def _by_scan(text: str, words: set[str]) -> dict[str, list[int]]:
    """The places each word starts that the per-word scan found, its ending rule applied."""
    out: dict[str, list[int]] = {}
    for word in words:
        for here, _ in _uncovered(word, text, [], []):
            after = here + len(word)
            if not (after < len(text) and (text[after].isalnum() or text[after] == "-")):
                out.setdefault(word, []).append(here)
    return out


def test_one_pass_finds_the_places_the_scan_found() -> None:
    for text in TEXTS:
        words = capitalised_words(text)
        assert all(_CAP_WORD.fullmatch(w) for w in words)
        assert _word_starts(text, words) == _by_scan(text, words), text


def test_covered_places_and_a_subset_of_words() -> None:
    text = TEXTS[1]
    at = text.index("Hydrolyne.")
    mentions = [Mention(at, at + 9, "Hydrolyne", "ORG", "ORG:Hydrolyne")]
    got = open_places(mentions, text)
    # the covered one left out, and where the word runs on ("Hydrolyne-Nord", "Hydrolynes")
    assert [p.at for p in got["Hydrolyne"][1]] == [0, text.index("Hydrolyne_x")]
    sub = open_places(mentions, text, {"HYDROLYNE", "Hydrolyne Nord"})
    assert list(sub) == ["HYDROLYNE"]  # a word of another shape (a space) is scanned for: none
