"""A number and the start of a percent word (``65 per``, ``65 p``, ``65 pc``, while typing; ``65
per*`` submitted) find the percentage, and an article holding it is lit there first: its snippet
and the reader's first match are the percentage, as ``65 percent`` lights it (issue 15, t13z H18).

Reported: typing ``65 per`` in the Kesterbridge Echo's article showed and opened "65 ambulances"
("match 1/2"), not "some 65 per cent" further down; ``search '65 per*'`` lit only "65". The
typed words' reading (the number and a word starting "per") lit the bare number wherever it
came first. Variants: another number and percent word ("7.5 perc" of "7.5 per cent" after "7.5
tonnes"), a Spanish article ("45 %" after "45 personas"), and a percentage written with the sign
found by a submitted prefix (a prefix finds what its completions find: ``65 percent`` finds "65%").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from search_helpers import indexed_workspace

from waic_reader.index.workspace import Workspace

# The reported article's paragraphs (t13z repro v22, kesterbridge-echo.txt), and variants.
ARTICLES = {
    "echo": (
        "Hospital hit by cyber-attack as patients moved out\n\n"
        "Velmont General Hospital declared a critical incident on Thursday after a cyber-attack took "
        "most of its computers offline, and 65 ambulances were sent to other hospitals by the afternoon.\n\n"
        "Miriam Okafor, who runs the Velmont Health Trust, said the hospital would not pay the ransom.\n\n"
        'Detective Superintendent Jonas Pellworth said officers were "following every lead". According '
        "to the trust, some 65 per cent of clinical systems were down.\n"
    ),
    "port": (
        "Harbour reopens after storm\n\n"
        "Cranes moved 7.5 tonnes of debris off the quay on Monday, the port authority said.\n\n"
        "Traffic is expected to recover slowly; freight volumes fell 7.5 per cent over the week.\n"
    ),
    "es": (
        "Elecciones en la región\n\n"
        "Unas 45 personas esperaban en la puerta del colegio electoral cuando abrió.\n\n"
        "Según el recuento provisional, el partido obtuvo el 45 % de los votos emitidos.\n"
    ),
    "sign": "Backup systems\n\nOnly 65% of the backups could be restored, engineers said.\n",
}

# (typed, doc, the percentage as written, the bare number the typed words also find before it)
TYPED = [
    ("65 per", "echo", "65 per cent", "65 ambulances"),  # reported
    ("65 p", "echo", "65 per cent", "65 ambulances"),
    ("65 pc", "echo", "65 per cent", "65 ambulances"),
    ("7.5 perc", "port", "7.5 per cent", "7.5 tonnes"),
    ("45 per", "es", "45 %", "45 personas"),
]


@pytest.fixture(scope="module")
def ws(tmp_path_factory: pytest.TempPathFactory) -> Workspace:
    return indexed_workspace(tmp_path_factory.mktemp("typed_percent"), ARTICLES)


def span_of(text: str, written: str) -> tuple[int, int]:
    start = text.index(written)
    return start, start + len(written)


@pytest.mark.parametrize(("typed", "doc", "written", "bare"), TYPED)
def test_a_typed_percentage_is_lit_first_in_the_snippet_and_the_reader(
    ws: Workspace, typed: str, doc: str, written: str, bare: str
) -> None:
    text = ws.corpus.article(doc).text
    want = span_of(text, written)
    bare_number = bare.split(maxsplit=1)[0]
    number = span_of(text, bare_number + " ")
    hit = next(h for h in ws.search(typed, typing=True, limit=None).hits if h.doc == doc)
    assert hit.spans and hit.spans[0] == want, [text[a:b] for a, b in hit.spans]
    lit = [hit.snippet[a:b] for a, b in hit.matches]
    assert lit and lit[0] == written, (hit.snippet, lit)
    opened = ws.open_article(doc, typed, typing=True)
    assert opened.matches and opened.matches[0] == want, [text[a:b] for a, b in opened.matches]
    # the bare number, if lit at all, comes after the percentage
    assert (number[0], number[0] + len(bare_number)) not in opened.matches[:1]


@pytest.mark.parametrize(
    ("query", "doc", "written"),
    [
        ("65 per*", "echo", "65 per cent"),  # reported (CLI)
        ("7.5 perc*", "port", "7.5 per cent"),
        ("65 per*", "sign", "65%"),  # found as "65 percent" finds it
    ],
)
def test_a_submitted_percent_word_prefix_finds_and_lights_the_percentage(
    ws: Workspace, query: str, doc: str, written: str
) -> None:
    text = ws.corpus.article(doc).text
    hits = {h.doc: h for h in ws.search(query, limit=None).hits}
    assert doc in hits
    assert hits[doc].spans[0] == span_of(text, written), [text[a:b] for a, b in hits[doc].spans]
    assert ws.open_article(doc, query).matches[0] == span_of(text, written)


def test_the_typed_words_still_light_an_article_without_the_percentage(tmp_path: Path) -> None:
    # "65 pe" may be "65 people" being typed: an article with no 65 percent lights its words
    ws = indexed_workspace(tmp_path, {"crowd": "Crowd\n\nSome 65 people came to the meeting.\n"})
    hit = next(h for h in ws.search("65 pe", typing=True, limit=None).hits)
    text = ws.corpus.article("crowd").text
    assert [text[a:b] for a, b in hit.spans] == ["65", "people"]
    assert [text[a:b] for a, b in ws.open_article("crowd", "65 pe", typing=True).matches] == ["65", "people"]
