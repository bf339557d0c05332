"""``who:``/``entity:`` grouping from what the index keeps of each article (issue #13 F3).

The corpus grouping adds a name typed in one article where another article writes it untyped
(``corpus_votes.with_corpus_names``, which reads the article's text). The search index works it
out from each article's kept value alone (``kept_mentions.kept_names``: where its uncovered
capitalised words stand, ``open_places.open_places``), so no article is read or analysed again:
the two must add the same mentions, at the same offsets, for every kind of place a name may
stand (glued to a word before or after it, written in lower case too, running into the next
mention, at the text's end, beside punctuation)."""

from __future__ import annotations

import json
import re

import pytest

from waic_reader.index.analysis.entities.corpus_votes import corpus_names, with_corpus_names, with_corpus_places
from waic_reader.index.analysis.entities.mentions import Mention
from waic_reader.index.analysis.kept_mentions import decode_names, decode_places, kept_names
from waic_reader.index.search.whoosh.corpus_names import corpus_view


def _typed(text: str, names: dict[str, str]) -> list[Mention]:
    """Every whole-word occurrence in ``text`` of each of ``names`` (name → label), typed."""
    out = []
    for name, label in names.items():
        for m in re.finditer(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            out.append(Mention(m.start(), m.end(), name, label, f"{label}:{name}"))
    return sorted(out, key=lambda m: m.start)


# (typing article's text and typed names, other article's text and the names it types itself)
CASES = [
    # The reported kind: a surname alone, the person named in full elsewhere.
    (
        "Dr Samuel Okonkwo, a hydrologist, warned of floods.",
        {"Samuel Okonkwo": "PERSON"},
        "Okonkwo said the dam held. Rivers rose, Okonkwo said: the Okonkwo report followed.",
        {},
    ),
    # A firm's short form, glued words before and after, the name at the text's end.
    (
        "Hydrolyne Corp put the bill at 3 million. Veldhaven sued.",
        {"Hydrolyne Corp": "ORG", "Veldhaven": "GPE"},
        "Hydrolyne put the bill higher. Mayor Veldhaven spoke; the Veldhaven Dam Company and "
        "Ostrava Veldhaven denied it, as did Hydrolyne-Net and Hydrolyne's board, then Hydrolyne",
        {},
    ),
    # Invented names: one written in lower case too, one running into the next mention, a
    # long gap of text after the name, a name of three words.
    (
        "Brook spoke for the Marren Valley Trust. Tamsin Quillfeather agreed.",
        {"Brook": "PERSON", "Marren Valley Trust": "ORG", "Tamsin Quillfeather": "PERSON"},
        "Brook crossed a brook. Marren Valley Trust Fund grew; Quillfeather, of the Marren Valley Trust "
        + "and others " * 20
        + "said Quillfeather de Vries. Marren Valley",
        {"Marren Valley Trust Fund": "ORG"},
    ),
    # Invented names with link words, one ending where a lower-case word starts that begins
    # with a link word ("Kade delegated"), one holding a word no name holds (types nothing).
    (
        "Bank of Ostrava raised rates. Ursel von Kade agreed; Friends without Frontiers helped.",
        {"Bank of Ostrava": "ORG", "Ursel von Kade": "PERSON", "Friends without Frontiers": "ORG"},
        "Bank of Ostrava staff met Kade delegates. Kade de Vries and Kade, then Bank of Ostravan "
        "bonds; Friends without Frontiers helped Bank of Ostrava",
        {},
    ),
]


@pytest.mark.parametrize("typing_text, typing_names, text, own_names", CASES)
def test_kept_places_add_what_the_text_adds(
    typing_text: str, typing_names: dict[str, str], text: str, own_names: dict[str, str]
) -> None:
    mentions = {"a": _typed(typing_text, typing_names), "b": _typed(text, own_names)}
    names = corpus_names(mentions)
    decoded = decode_names(kept_names(mentions["b"], text))
    assert decoded is not None
    by_text = with_corpus_names(mentions["b"], text, names)
    by_kept = with_corpus_places(mentions["b"], decode_places(decoded[1], decoded[1].keys()), names)
    assert by_kept == by_text
    assert len(by_text) > len(mentions["b"])  # the case adds a name somewhere


def test_kept_text_ends_at_the_first_word_no_name_holds() -> None:
    """An article keeps, after each capitalised word no mention covers, the text up to the first
    lower-case word no name holds and a few characters more (a name that types others holds no
    such word): not the prose after it (what the index grows by per article)."""
    text = "Rivers rose across the valley overnight and the roads were closed. " * 3 + "Bank of Ostrava staff met."
    kept = json.loads(kept_names([], text))
    stretches = " ".join(stretch for _at, stretch in kept[3])
    assert "Rivers rose ac" in stretches and "valley" not in stretches and "closed" not in stretches
    assert "Bank of Ostrava staff m" in stretches
    typing = _typed("Friends without Frontiers helped.", {"Friends without Frontiers": "ORG"})
    assert "Friends" not in corpus_names({"a": typing}).by_first  # it holds "without"


def test_search_view_groups_from_kept_values_alone() -> None:
    """The search's view of the grouping needs no article's text: "Okonkwo said" in one
    article is found by ``who:"Samuel Okonkwo"`` and ``who:Okonkwo`` through the other's name."""
    full = "Dr Samuel Okonkwo, a hydrologist, warned of floods."
    alone = "Okonkwo said the dam held."
    kept = {
        "full": kept_names(_typed(full, {"Samuel Okonkwo": "PERSON"}), full),
        "alone": kept_names([], alone),
        "damaged": "{not json",
    }
    view = corpus_view(kept)
    assert view.docs.get("samuel okonkwo") == {"alone"}
    assert "alone" in view.docs.get("okonkwo", set())
    assert view.touched == {"alone"}
