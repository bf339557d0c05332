"""A lone surname of a person the article names in full, written right after a capitalised word
no list knows, is another member of that family named by that given name: an obituary's or a
court report's relatives share the surname and are named by given name and surname (issue #16,
round s30-l: heldout23's "Her uncle, Simbarashe Chinembiri," after "Sekuru Tinashe Chinembiri"
and "The late Fikret Kurtović's widow" after "Adnan Kurtović" were a lone surname each, keyed as
the person named first, their given names dropped). At a sentence's start the word is a given
name only where the article also writes it capitalised inside a sentence; a title or honorific
the article writes before a full name ("Sheriff Morag Haddow … Sheriff Haddow") or a word of
that name stays out. The
reported shapes first, then variants invented for the kind."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


@pytest.mark.parametrize(
    ("text", "person"),
    [
        # reported (heldout23)
        (
            "She was the youngest child of Sekuru Tinashe Chinembiri, a village headman. Her uncle, "
            "Simbarashe Chinembiri, was a renowned player.",
            "Simbarashe Chinembiri",
        ),
        (
            "His brother-in-law, Adnan Kurtović, owns the firm. The late Fikret Kurtović's widow sat beside her.",
            "Fikret Kurtović",
        ),
        # invented: Quechua and Georgian families, other wording, at a sentence's start
        (
            "The weaving group was set up by Ñusta Quispe Mamani in 1998. Her niece, Wayllu Mamani, now "
            "sells the cloth in Cusco.",
            "Wayllu Mamani",
        ),
        (
            "Tamar Ekvtimishvili farmed the slope for decades.\n\nNatela Ekvtimishvili took over in 2010, "
            "when the vines were dying. The village still calls her aunt Natela.",
            "Natela Ekvtimishvili",
        ),
    ],
)
def test_relative_named_in_full(rec: Recognizer, text: str, person: str) -> None:
    found = names(rec, text)
    assert (person, "PERSON") in found
    assert (person.rsplit(maxsplit=1)[-1], "PERSON") not in found


def test_no_given_name_from_a_sentence_opener(rec: Recognizer) -> None:
    # a sentence's first word the article writes nowhere else stays out (heldout7's shape)
    text = (
        "The shortlist includes Adaeze Nwankwo-Reid, who translated the novel. Alongside Nwankwo-Reid "
        "on the list are two poets."
    )
    assert ("Alongside Nwankwo-Reid", "PERSON") not in names(rec, text)
