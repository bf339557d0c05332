"""An hour typed with its colon finds the times written with a dot, never a decimal of the same
shape (review s51-rv F10; round s52-m): "10:" (typed) and ``10:*`` (submitted) found "£10.45" and
"10.20 metres" in an article with no time of day. A dotted number is a time when it has a time's
shape (hours 0-23, minutes 00-59) and no decimal's context: no currency sign before it, no unit,
scale, percentage or score after it (``tokens.dotted_clock``). "04:" still finds "04.10 CET", and
the search, the snippets' lit spans and the reader's find agree. The reported article and
variants of my own: another price and measure (dollars, kilograms, points), a completed time."""

from __future__ import annotations

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.corpus.find import find_spans, text_tokens
from waic_reader.index.workspace import Workspace

ARTICLES = {
    # reported (s51-rv c18): no time of day at all
    "decimals": (
        "River level\n\nThe river level was 10.20 metres on Friday. Inflation stood at 10.15 per cent, "
        "and the single fare rose to £10.45.\n"
    ),
    # variants: other currencies, units and scores
    "prices": "Market\n\nCoffee now costs $ 9.45 a kilo, a sack weighs 9.30 kg and the index gained 9.15 points.\n",
    "euros": "Fuel\n\nDiesel was €10.05 a litre and the tank held 10.40 litres.\n",
    # times written with a dot: found
    "liveblog": "Live: dam\n\n04.10 CET Rescue boats launched.\n\nThe crews returned at 10.45 and left by 9.40pm.\n",
}


@pytest.fixture(scope="module")
def workspace(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("colon_hour_decimals"), ARTICLES)


def _lit(workspace: Workspace, text: str, typing: bool = False) -> dict[str, list[str]]:
    out = {}
    for hit in workspace.search(text, typing=typing).hits:
        article = workspace.corpus.article(hit.doc).text
        out[hit.doc] = [article[a:b] for a, b in hit.spans]
    return out


@pytest.mark.parametrize(
    ("typed", "lit"),
    [
        ("10:", {"liveblog": ["10.45"]}),  # reported: "£10.45", "10.20 metres" found before
        ("9:", {"liveblog": ["9.40"]}),
        ("04:", {"liveblog": ["04.10"]}),
        ("10:4", {"liveblog": ["10.45"]}),
    ],
)
def test_an_hour_typed_with_its_colon_finds_times_not_decimals(
    workspace: Workspace, typed: str, lit: dict[str, list[str]]
) -> None:
    assert _lit(workspace, typed, typing=True) == lit
    assert set(_lit(workspace, typed + "*")) == set(lit)


@pytest.mark.parametrize(("whole", "docs"), [("10:45", {"liveblog"}), ("9:45", set()), ("10:05", set())])
def test_a_whole_time_typed_with_its_colon_finds_no_price(workspace: Workspace, whole: str, docs: set[str]) -> None:
    assert set(_lit(workspace, whole)) == docs


def test_a_dotted_decimal_is_still_found_as_typed(workspace: Workspace) -> None:
    assert set(_lit(workspace, "10.45")) == {"decimals", "liveblog"}
    assert set(_lit(workspace, "9.45")) == {"prices"}


def test_a_time_with_its_meridiem_is_found_written_with_a_dot(workspace: Workspace) -> None:
    assert _lit(workspace, "9:40pm") == {"liveblog": ["9.40pm"]}


@pytest.mark.parametrize("name", ["decimals", "prices", "euros"])
def test_the_reader_lights_no_decimal_for_an_hour_typed(name: str) -> None:
    text = ARTICLES[name]
    tokens = text_tokens(text)
    for typed in ("10:", "9:", "10:4", "10:45", "9:45"):
        assert find_spans(tokens, typed) == [], typed


def test_the_reader_lights_the_dotted_times() -> None:
    text = ARTICLES["liveblog"]
    tokens = text_tokens(text)
    assert [text[a:b] for a, b in find_spans(tokens, "04:")] == ["04.10"]
    assert [text[a:b] for a, b in find_spans(tokens, "10:")] == ["10.45"]
