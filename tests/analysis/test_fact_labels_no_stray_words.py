"""A row's label names its measure (and its owner when known), never a stray word of its sentence
(issue #16; t13al N7, t13ak-r N7, s44's closing note). A row of figures naming no measure nor
counted thing is labelled by its kind and unit ("amount (EUR)", "percentage", "duration"); beside
another such row it was told apart by a word of its sentence that names nothing it measures:
"amount (EUR): alone" (an adverb), "amount (EUR): need" (a verb), "percentage: minister" (the
speaker), "duration: billion" (another figure's scale), "duration: commercial property" (another
clause's noun). It is told by its value. A closed thing's duration read "closure duration:
schools", as if told apart by a stray word: it names the thing closed as an owner,
"closure duration (schools)"."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts import Fact
from waic_reader.index.analysis.facts.extract import measure_label


def _kind_rows(facts: list[Fact]) -> dict[str, str]:
    """value text → label, for the rows whose values name no measure nor counted noun."""
    return {v.text: f.label for f in facts if not any(v.measure or v.head for v in f.values) for v in f.values[:1]}


@pytest.mark.parametrize(
    "texts",
    [
        # reported (t13al: the hostile memo, the analyst's notes; t13ak-r: HealthWatch, the Herald)
        pytest.param(
            [
                "Internal memo from the Veltra Bank treasury. Outflows reached 1.4 billion euros on Tuesday alone.\n\n"
                'Marten Hollis wrote: "We need 3 billion euros by Friday or we are finished."',
                "Its book was concentrated in commercial property in South Holland, where office vacancies rose"
                " sharply over the past two years.\n\nOver the following two days roughly 1.1 billion euros left"
                " the bank each day, according to people familiar with the matter.",
                "Dutch regional lender Veltra Bank collapsed on Wednesday after a two-day run on deposits.",
            ],
            id="reported_memo_notes",
        ),
        pytest.param(
            [
                "Coverage figures differ between sources: the city's public health unit puts childhood coverage"
                " at 81%, while the minister quoted 78 per cent on Saturday.",
                "Vaccination coverage in the city had fallen to 78 per cent, well below the 95 per cent that"
                " experts say is needed to prevent outbreaks, Okonjo added.",
            ],
            id="reported_minister",
        ),
        # variants of my own: an adverb, a verb and a speaker; a scale word and another clause's noun
        pytest.param(
            [
                "Withdrawals hit 2 million pounds in March alone.\n\n"
                '"We need 5 million pounds by Friday or the club folds," the chairman wrote.',
                "Turnout estimates differ: the council puts turnout at 48%, while the mayor quoted 52 per cent on"
                " Monday. Officials say the 60 per cent that organisers hoped for was never in reach.",
            ],
            id="variant_adverb_verb_speaker",
        ),
        pytest.param(
            [
                "The harbour was known for its fishing fleet, where catches fell over the past five years.\n\n"
                "For three days about 2 billion krona flowed out of the fund every day.",
                "The exchange halted trading after a three-day slide in prices.",
            ],
            id="variant_scale_other_clause",
        ),
    ],
)
def test_a_row_of_its_kind_alone_is_told_by_its_value(texts: list[str]) -> None:
    facts = sheet(*texts)
    rows = _kind_rows(facts)
    assert len(rows) >= 2, [f.label for f in facts]
    for text, label in rows.items():
        v = next(v for f in facts for v in f.values if v.text == text)
        bare = measure_label(v.kind, v.unit)
        # the bare label, else the bare label and the value (and its article where two read alike)
        assert label == bare or label.startswith(f"{bare} · "), (text, label)
        assert ":" not in label, (text, label)
    labels = [f.label for f in facts]
    assert len(labels) == len(set(labels)), labels


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # reported (t13ak-r: the Herald)
        (
            "Health officials in Kestrow have confirmed 214 cases of measles, making the outbreak the largest in"
            " Norvale for more than two decades, and have ordered 12 schools to close for at least a week.",
            "closure duration (schools)",
        ),
        # variants of my own: an active verb's object; a delay's subject
        ("The council shut the library for two weeks after the flood.", "closure duration (library)"),
        ("The council vote on the bridge was postponed by two weeks.", "delay duration (vote)"),
    ],
)
def test_a_closed_things_duration_names_it_as_its_owner(text: str, label: str) -> None:
    assert [f.label for f in sheet(text) if f.values[0].kind == "duration"] == [label]


@pytest.mark.parametrize(
    ("texts", "label"),
    [
        (
            (
                "The union is seeking a pay rise of 9 percent over two years, in line with inflation.",
                "Neil Fairburn was ordered to do 200 hours of unpaid work.",
            ),
            # (named by its "of" phrase since round s47-f2, t13ao N5: was "duration: unpaid work")
            "hours of unpaid work",
        ),
        (
            ("Farmers said 300 litres were lost.", "Residents could face a limit of 100 litres per person a day."),
            "quantity (l): limit",
        ),
    ],
)
def test_words_of_binds_to_the_figure_still_tell_it(texts: tuple[str, str], label: str) -> None:
    # (a guard: "of" binds them to the figure, no stray word)
    assert label in [f.label for f in sheet(*texts)]
