"""An hour and its colon typed ("9:", searched as you type) is the word as typed or the start of
the times written with a colon or a dot (round s51-s; round s49-c had left the dot forms out,
120 whole terms per field, ~70 ms a key: they are now read from the lexicon). Once the first digit of the minutes is typed its ten
minutes' dot forms are searched, as before (test_time_half_typed). A word typed up to a hyphen
("2025-", "covid-") is its part before the hyphen, the hyphen a separator, not a prefix. The
reported "9:" and variants of my own: another hour with its zero after a stop word ("at 07:"),
a two-digit hour after words ("talks ran to 12:"); the hyphen's reported "2025-" and "covid-", and
"Omicron-" of my own."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    "morning": "Ferry leaves\n\nThe ferry left the pier at 9:15 and the 07:40 bus waited. Talks ran to 12:30.\n",
    # bare decimals, nothing around them saying decimal: read as times (README, Queries); a price
    # with its currency word after it ("9.45 euros") is no time since round s52-fx3
    # (test_s52fx3_price_words_not_times), so the row's figures are bare here
    "prices": "Fares rise\n\nThe board's vote read 9.45, the pass 7.40 and the season card 12.30.\n",
    "wave": "Winter wave\n\nThe covid-19 wards filled in 2025-26 as the Omicron-like strain spread.\n",
}
# The most terms a word typed so far may expand to in the fields an unfielded word is searched
# in (title, content, boilerplate): the word as typed and its prefix's ranked expansions
# (parser.PREFIX_KEEP_TYPING) in each, and a few more.
TYPED_TERMS_MAX = 30


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("typed_hour_colon"), ARTICLES)


def _terms(workspace: Workspace, typed: str) -> int:
    q = workspace.index.parse(workspace.canonical_query(typed, True), typing=True)  # type: ignore[attr-defined]
    return len(list(q.iter_all_terms()))


@pytest.mark.parametrize(
    ("typed", "docs"),
    [("9:", {"morning", "prices"}), ("at 07:", {"morning", "prices"}), ("talks ran to 12:", {"morning"})],
)
def test_an_hour_and_colon_typed_finds_its_times_with_a_colon_or_a_dot(
    workspace: Workspace, typed: str, docs: set[str]
) -> None:
    # Round s51-s (t13r: "04:" found nothing before "04:1" found "04.10 CET"): the hour and colon
    # may become any of its minutes, written with a dot too; a bare decimal written as such a time
    # is the same token ("9.45") and is found with it (README, Queries). The dot forms are read
    # from the lexicon, so the terms searched stay few.
    assert _terms(workspace, typed) <= TYPED_TERMS_MAX
    assert {h.doc for h in workspace.search(typed, typing=True).hits} == docs


@pytest.mark.parametrize("typed", ["2025-", "covid-", "Omicron-"])
def test_a_word_typed_up_to_a_hyphen_is_its_part_before(workspace: Workspace, typed: str) -> None:
    assert _terms(workspace, typed) <= TYPED_TERMS_MAX
    found = {h.doc for h in workspace.search(typed, typing=True).hits}
    assert found == {h.doc for h in workspace.search(typed[:-1]).hits} == {"wave"}


def test_the_first_minute_digit_still_finds_the_dot_forms(workspace: Workspace) -> None:
    # "9:4" may be "9:45": its ten minutes written with a dot are searched (test_time_half_typed)
    assert {h.doc for h in workspace.search("9:4", typing=True).hits} == {"prices"}
    assert {h.doc for h in workspace.search("9:1", typing=True).hits} == {"morning"}


def test_find_in_article_reads_an_hour_and_colon_alike() -> None:
    text = ARTICLES["prices"]  # (a bare decimal written as a time is that time's token: lit too)
    assert [text[a:b] for a, b in find_spans(text_tokens(text), "9:")] == ["9.45"]
    text = ARTICLES["morning"]
    assert [text[a:b] for a, b in find_spans(text_tokens(text), "9:")] == ["9:15"]
