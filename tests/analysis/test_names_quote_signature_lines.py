"""A name written only in a quotation's dash signature is an entity (acceptance report t13ab L11,
round s36-r): the line under a quote ("-- Tomas Eddery, Rail Accident Inquiry Office", "—" or
"–" too) was read as a headline in title case, its capitals saying nothing, while the Quotes
screen credited "Tomas Eddery (Person)" from the same line. The recogniser reads the line as the
quote recogniser does (one reading: ``corpus.quote_marks.signature``): the name a person, the
organisation after its comma an organisation. A title-case line under no quotation is still a
headline."""

from __future__ import annotations

import pytest
from name_helpers import names

from waic_reader.index.analysis.entities.recogniser import Recognizer


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


LEAD = "Inquiry chief speaks\n\nSeven people died in the Harnwick derailment on Tuesday.\n\n"


@pytest.mark.parametrize(
    ("quote", "line", "person", "org"),
    [
        # reported (t13ab repro/v12/a.txt, b.txt; v10/a.txt: no blank line between)
        (
            '"We owe the families the truth."',
            "-- Tomas Eddery, Rail Accident Inquiry Office",
            "Tomas Eddery",
            "Rail Accident Inquiry Office",
        ),
        (
            '"We owe the families the truth."',
            "— Tomas Eddery, Rail Accident Inquiry Office",
            "Tomas Eddery",
            "Rail Accident Inquiry Office",
        ),
        # invented: other names, an en dash, curly marks, a title before the name, a stop after
        (
            "“Nobody will be forgotten.”",
            "– Marta Kowalczyk, Harbour Safety Board",
            "Marta Kowalczyk",
            "Harbour Safety Board",
        ),
        (
            '"The bridge will be rebuilt."',
            "— Chief Inspector Ravi Okonjo, Danmere Water Authority.",
            "Ravi Okonjo",
            "Danmere Water Authority",
        ),
    ],
)
@pytest.mark.parametrize("gap", ["\n\n", "\n"])
def test_signature_line_names_are_entities(
    rec: Recognizer, quote: str, line: str, person: str, org: str, gap: str
) -> None:
    found = names(rec, LEAD + quote + gap + line + "\n")
    assert (person, "PERSON") in found, found
    assert (org, "ORG") in found, found


def test_title_case_line_under_no_quotation_is_a_headline(rec: Recognizer) -> None:
    text = LEAD + "The line reopened.\n\n— Harnwick Rail Crash Latest News\n\nMore below.\n"
    found = names(rec, text)
    assert ("Harnwick Rail Crash Latest News", "ORG") not in found
    assert not any(label == "PERSON" for _n, label in found), found
