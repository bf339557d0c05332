"""A token whose folded form is empty (a soft hyphen, a lone combining mark) next to a gazetteer
name: the gazetteer trie keeps each alias's end under the key "", which such a token's form
equals, so the walk took the end list for a node and raised AttributeError (found by
tests/perf/analysis_digest.py on noise_pages/unseen10/morgunbladid-1, an Icelandic page written
with soft hyphens: "Vott\\xadar Jehóva", "í Nor\\xadegi"). The names here are made up.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.corpus.reader import Corpus

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures/noise_pages/unseen10/text"


@pytest.fixture(scope="module")
def rec(tmp_path_factory: pytest.TempPathFactory) -> Recognizer:
    user = tmp_path_factory.mktemp("gaz") / "gazetteer.yaml"
    user.write_text("GPE: [Velmora]\nORG: [Tessik Works]\n", encoding="utf-8")
    return Recognizer(user, use_user=True)


def test_the_reported_page_is_read(rec: Recognizer) -> None:
    corpus = Corpus.scan(FIXTURE)
    article = corpus.article("morgunbladid-1")
    assert "\xad" in article.text
    assert rec.recognize(article)  # (raised AttributeError)


@pytest.mark.parametrize(
    ("text", "name", "label"),
    [
        # a soft hyphen right after a place's name, inside a compound
        ("Floods reached Velmora\xadbay on Monday, officials said.", "Velmora", "GPE"),
        # a lone combining accent after a firm's name (decomposed text), then more words: the name's
        # last word runs on across its mark, as every word does (t13ao N2, round s47-n)
        ("Shares of Tessik Works\u0301 rose on Monday after the results.", "Tessik Works\u0301", "ORG"),
    ],
)
def test_an_empty_folding_token_after_a_known_name(rec: Recognizer, text: str, name: str, label: str) -> None:
    assert (name, label) in names(rec, text)


def test_canonical_of_a_name_holding_one(rec: Recognizer) -> None:
    assert rec.canonical("Velmora\xad Harbour") is None  # (raised AttributeError)
    assert rec.canonical("Tessik Works") == "Tessik Works"


def test_an_alias_holding_one_is_no_path_through_the_trie(tmp_path: Path) -> None:
    user = tmp_path / "gazetteer.yaml"
    user.write_text("GPE: [Velmora, Port\xad Arlen]\n", encoding="utf-8")
    rec = Recognizer(user, use_user=True)  # (its end list was taken for a node: AttributeError)
    assert ("Velmora", "GPE") in names(rec, "Ferries left Velmora\xad for the islands on Monday.")
