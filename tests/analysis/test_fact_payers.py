"""Who pays money given is the subject of its own clause (issue #16, t13x F14): "The company will
contribute EUR 40 million" in a firm's press release is the firm's pledge, "The governor has
released forty million euros" the government's, and two payers never share a row, whatever the
order the articles come in. A clause that names its payer after a speaker ("Governor Ana Ruiz said
the company would pay") is the payer's, never the speaker's; "the company" is a firm named before,
never a person or a public body a sentence before names."""

from __future__ import annotations

import pytest
from fact_helpers import Art, sheet

from waic_reader.index.analysis.facts import extract_figures
from waic_reader.index.analysis.facts.display import value_text
from waic_reader.index.analysis.facts.owners import GOVERNMENT


def _pledged(*texts: str) -> list[tuple[str, list[str]]]:
    """The money-pledged rows: (the owner in the label, the rows' docs), sorted."""
    rows = []
    for f in sheet(*texts):
        if f.label.startswith("money pledged"):
            rows.append((f.label.removeprefix("money pledged").strip(" ()"), sorted(v.doc for v in f.values)))
    return sorted(rows, key=lambda r: r[1])


def _owners(text: str) -> list[tuple[str, str, str]]:
    """(value, measure, owner) of each amount of money in ``text``."""
    figures = extract_figures(Art("a", f"Story\n\n{text}"))
    return [(value_text(v), v.measure, v.owner) for v in figures if v.kind == "money"]


# The tester's five articles (repro v24), as their sentences stand: a courier, a gazette, the
# firm's press release and two wire stories.
COURIER = (
    "Nine people were confirmed dead on Monday afternoon after the Velmora dam gave way above Kellby, the sheriff's "
    "office said.\n\nThose missing are Erik Holm and Greta Sandvik.\n\n"
    "The governor has released forty million euros in emergency aid."
)
GAZETTE = (
    "The dam's operator, Norvane Hydro Holdings, said its engineers were at the site. Its chief executive Pieter "
    'Vandermolen told the Gazette the company would "not hide from its responsibility".\n\n'
    "According to Governor Ilsa Brannock, the evacuation of Kellby was completed by 09:00. Brannock said the "
    "regional government would release emergency funds of 40 million euros."
)
RELEASE = (
    "Norvane Hydro Holdings statement on the Velmora dam\n\n"
    "DORVIK, 9 March 2026 - Norvane Hydro Holdings is deeply saddened by the failure of the Velmora dam early this "
    "morning and by the loss of life in Kellby.\n\n"
    '"Our thoughts are with the families of the victims. We will not hide from our responsibility," said Pieter '
    "Vandermolen, chief executive of Norvane Hydro Holdings.\n\n"
    "The company will contribute EUR 40 million to a relief fund for the residents of the Ostrand valley and has "
    "suspended operations at its two other plants on the river pending inspection.\n\n"
    "Norvane is cooperating fully with the authorities and the independent inquiry announced by Governor Brannock."
)
WIRE_0809 = (
    'Norvane Hydro said it was "cooperating fully" with investigators. The company\'s shares fell 9 percent in '
    "early trading.\n\nThe regional government released an emergency fund of 40 million euros."
)
WIRE_1930 = (
    'Governor Ilsa Brannock said the breach was "a catastrophe we were warned about" and promised an inquiry into '
    "Norvane Hydro Holdings, which runs the dam.\n\n"
    "Norvane's chief executive Pieter Vandermolen said in a statement that the company would pay €40 million into "
    'a relief fund. "We will not hide from our responsibility," Vandermolen said.'
)


def test_reported_payers_are_two_rows() -> None:
    """t13x F14: the release's pledge was filed under the government, Norvane's row 'single source'."""
    rows = _pledged(COURIER, GAZETTE, RELEASE, WIRE_0809, WIRE_1930)
    assert len(rows) == 2, rows
    by_docs = {tuple(docs): who for who, docs in rows}
    assert by_docs[("a", "b", "d")] == GOVERNMENT, rows
    assert by_docs[("c", "e")].startswith("Norvane"), rows


@pytest.mark.parametrize(
    "texts",
    [
        # another firm and other verbs ("donate", "allocated"), the governor's article first
        (
            "The governor has released five million dollars in emergency aid for the valley.",
            "The mine is run by Halvik Mining Ltd, whose chief executive Jon Berg visited the site on Monday.\n\n"
            "The firm will donate $5m to a relief fund for the miners' families.",
            "The ministry allocated $5 million in emergency aid on Tuesday.",
            "Halvik Mining will pay $5 million into a relief fund, Berg said.",
        ),
        # another order: the firm's pledges first, a governor speaking of the company's pledge
        (
            "Kestrel Chemicals said on Friday that it would contribute €3 million to a relief fund.",
            "The plant belongs to Kestrel Chemicals. Governor Ana Ruiz visited it on Saturday.\n\n"
            "Governor Ana Ruiz said the company would pay €3 million into a relief fund.",
            "Ruiz said the regional government would release emergency funds of 3 million euros.",
            "The state allocated €3 million in emergency aid.",
        ),
    ],
)
def test_variant_payers_are_two_rows(texts: tuple[str, ...]) -> None:
    rows = _pledged(*texts)
    assert [docs for _, docs in rows] == [["a", "c"], ["b", "d"]] or [docs for _, docs in rows] == [
        ["a", "b"],
        ["c", "d"],
    ], rows
    assert len(rows) == 2 and GOVERNMENT in {who for who, _ in rows}, rows


@pytest.mark.parametrize(
    ("text", "payer"),
    [
        ("The governor has released forty million euros in emergency aid.", GOVERNMENT),
        ("Governor Ilsa Brannock released €2 million in emergency aid.", GOVERNMENT),
        ("The ministry allocated €3m in emergency aid.", GOVERNMENT),
        # the company is the firm named before, never the person a sentence before names
        (
            "Norvane Hydro Holdings runs the dam. Ilsa Brannock is the governor. Brannock announced an inquiry.\n\n"
            "The company will pay €40 million into a relief fund.",
            "Norvane Hydro Holdings",
        ),
        (
            "The dam is run by Norvane Hydro Holdings. Governor Ilsa Brannock announced an inquiry.\n\n"
            "The company will contribute EUR 40 million to a relief fund.",
            "Norvane Hydro Holdings",
        ),
        # the reported clause's subject, never the speaker
        (
            "The plant belongs to Kestrel Chemicals.\n\nGovernor Ana Ruiz said the company would pay €3 million into a relief fund.",
            "Kestrel Chemicals",
        ),
        ("The minister said Larkfield Foods would donate £1 million to the victims' families.", "Larkfield Foods"),
        ("Brannock said the regional government would release emergency funds of 40 million euros.", GOVERNMENT),
        # whom it is given to is no payer (a guard: the minister's, as before)
        ("The minister said Kellby would receive €5 million in emergency aid.", GOVERNMENT),
        # the firm named in the speaker's own phrase, the sentence's first words no subject (review
        # s34-r item 9: was no owner; round s34-q)
        ("Speaking in Kellby, Jonas Berg of Larkfield Foods said the firm would donate £1 million.", "Larkfield Foods"),
        (
            "In a statement on Monday, Greta Holm from Norvane Hydro Holdings said the company would contribute "
            "EUR 3 million to a relief fund.",
            "Norvane Hydro Holdings",
        ),
        (
            "Asked about the spill, Tomas Eide of Kestrel Chemicals told reporters the firm would contribute "
            "$500,000 to the clean-up.",
            "Kestrel Chemicals",
        ),
    ],
)
def test_payer_is_its_clause_subject(text: str, payer: str) -> None:
    owners = _owners(text)
    assert len(owners) == 1, owners
    # (money "to the clean-up" is for the clean-up, as "for the clean-up" is: t13am N3)
    assert (owners[0][1].partition("|")[0], owners[0][2]) == ("pledged", payer), owners
