"""A given name written short before the rest of a name ends no sentence (tester t13an N4, round
s46-s): "Marinduque Governor Ma. Lourdes Cataquiz said …" was two sentences, "… Governor Ma." and
"Lourdes Cataquiz said …", so compare showed the split and the quotes credited "Lourdes Cataquiz".
The Filipino and Spanish "Ma." (María), "Sta.", "Sto.", and the English record forms "Wm.",
"Thos.", "Chas.", "Geo." are read as titles are: their period ends a sentence still before a
sentence's usual first word ("… with Jack Ma. The company …"). The quote recogniser's sentence
starts read the same test (:func:`blocks.abbreviation_stop`)."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported (t13an N4: web/bayside-ledger-ferry-saved.txt)
        (
            "Marinduque Governor Ma. Lourdes Cataquiz said the provincial government would give ₱20,000 to "
            'each bereaved family. "Every family will be taken care of," she said.',
            [
                "Marinduque Governor Ma. Lourdes Cataquiz said the provincial government would give ₱20,000 to "
                "each bereaved family.",
                '"Every family will be taken care of," she said.',
            ],
        ),
        # variants of my own: other given names written short, other layouts
        (
            "Mayor Ma. Cristina Dela Rosa and Sta. Rosa officials met. Sto. Niño church stayed shut.",
            ["Mayor Ma. Cristina Dela Rosa and Sta. Rosa officials met.", "Sto. Niño church stayed shut."],
        ),
        (
            "The deed names Wm. Henry Carter, Thos. Reyes and Chas. Okoro as heirs. Geo. Lamb signed it.",
            ["The deed names Wm. Henry Carter, Thos. Reyes and Chas. Okoro as heirs.", "Geo. Lamb signed it."],
        ),
        # unchanged: a period before a sentence's usual first word, and a lower-case "ma."
        (
            "He founded the firm with Jack Ma. The company grew.",
            ["He founded the firm with Jack Ma.", "The company grew."],
        ),
        ("She called her ma. Lourdes answered.", ["She called her ma.", "Lourdes answered."]),
    ],
)
def test_a_given_name_written_short_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # t13an-r's variant of N4: the Philippine press's "Engr." ended the sentence, the statement lost
        (
            "Provincial disaster director Engr. Paulo Sison-Medina said 33 people were being treated. Rain fell.",
            ["Provincial disaster director Engr. Paulo Sison-Medina said 33 people were being treated.", "Rain fell."],
        ),
        (
            "The family's lawyer, Atty. Ana Reyes, filed the case. It was heard.",
            ["The family's lawyer, Atty. Ana Reyes, filed the case.", "It was heard."],
        ),
        ("Works chief Engr. Dante Lim inspected the pier.", ["Works chief Engr. Dante Lim inspected the pier."]),
    ],
)
def test_a_philippine_professional_title_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
