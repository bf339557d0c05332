"""A title abbreviation of another language before a capitalised name ends no sentence: the
Portuguese engineer's "Eng." (t13n F21: "The plant's director, Eng. João Galvão Simões, rejected
the claim." was two sentences, "… Eng." and "João Galvão Simões, rejected the claim.", in compare
rows, the copied sentence and the fact sheet), and "Engº", "Arq.", "Ing.", "Dipl.-Ing.", "Sra.",
"Dra.", "Mag.", "Mgr.", "Bc.", "Ph.D.", the Polish "mgr inż." in lower case, as "Dr." and "Prof."
already were. The period still ends a sentence before a sentence's usual first word ("He studied
Eng. The course …") and a lower-case word that is no such title ("… turned red. Anna …")."""

from __future__ import annotations

import pytest

from waic_reader.index.corpus.blocks import split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # reported (t13n F21: wire/afp-0504.txt, wire/reuters-0505.txt)
        (
            "The plant's director, Eng. João Galvão Simões, rejected the claim. Prosecutors opened an inquiry.",
            ["The plant's director, Eng. João Galvão Simões, rejected the claim.", "Prosecutors opened an inquiry."],
        ),
        (
            "The site was sealed. Eng. João Galvão Simões was suspended pending the outcome of the prosecutor's "
            "inquiry, Sorvena said in a statement.",
            [
                "The site was sealed.",
                "Eng. João Galvão Simões was suspended pending the outcome of the prosecutor's inquiry, Sorvena said "
                "in a statement.",
            ],
        ),
        # variants of my own: other languages' titles, names and wording
        (
            "Interviewed were Dra. Ana Paula Lima and Arq. Rui Costa. Both blamed the valve.",
            ["Interviewed were Dra. Ana Paula Lima and Arq. Rui Costa.", "Both blamed the valve."],
        ),
        (
            "Dipl.-Ing. Klaus Weber and Mgr. Jana Nováková inspected the tank. Ing. Petr Novák agreed.",
            ["Dipl.-Ing. Klaus Weber and Mgr. Jana Nováková inspected the tank.", "Ing. Petr Novák agreed."],
        ),
        (
            "The report was signed by mgr inż. Jan Kowalski and Bc. Eva Horáková. It ran to 40 pages.",
            ["The report was signed by mgr inż. Jan Kowalski and Bc. Eva Horáková.", "It ran to 40 pages."],
        ),
        (
            "Sra. Maria Teixeira and Engº. Luís Vaz met Mag. Eva Huber on Monday.",
            ["Sra. Maria Teixeira and Engº. Luís Vaz met Mag. Eva Huber on Monday."],
        ),
        # unchanged: a period before a sentence's usual first word or after an ordinary word
        ("He studied Eng. The course was hard.", ["He studied Eng.", "The course was hard."]),
        ("The light turned red. Anna stopped.", ["The light turned red.", "Anna stopped."]),
        (
            "Dr. Helena Moura, a toxicologist, spoke. Prof. Kao agreed.",
            ["Dr. Helena Moura, a toxicologist, spoke.", "Prof. Kao agreed."],
        ),
    ],
)
def test_a_title_before_a_name_ends_no_sentence(text: str, expected: list[str]) -> None:
    assert [s.text for s in split_sentences(text)] == expected
