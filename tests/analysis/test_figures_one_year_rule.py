"""One rule for a bare four-digit number, a year or a count (issue #16, round s32-j): the figure
recogniser (``figures.is_year``, the fact sheet's "year" and "count") and the entity recogniser
(DATE or CARDINAL) ask the same function, so ``entities`` and ``facts`` read each such number one
way. Before, the entity recogniser's own year pattern made "displaced 2000 people", "2019 people
were evacuated" and "About 1900 children" DATE while the fact sheet counted them."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.figures import figures_of
from waic_reader.index.corpus.reader import Article

_LABEL = {"year": "DATE", "count": "CARDINAL"}


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer(use_user=False)


def _readings(rec: Recognizer, sentence: str, number: str) -> tuple[str, str]:
    """(the figure's kind, the entity's label) of ``number`` in ``sentence``."""
    text = f"Report\n\n{sentence}\n"
    at = text.index(number)
    kinds = [f.kind for f in figures_of(text) if f.num_start <= at < f.num_end or f.start <= at < f.end]
    labels = [
        m.label
        for m in rec.recognize(Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True))
        if m.start <= at < m.end and m.label in ("DATE", "CARDINAL")
    ]
    assert len(kinds) == 1 and len(labels) == 1, (kinds, labels)
    return kinds[0], labels[0]


@pytest.mark.parametrize(
    ("sentence", "number", "kind"),
    [
        # the reported numbers (counts the entity recogniser read as years)
        pytest.param(
            "2019 people were evacuated from the valley on Sunday.", "2019", "count", id="reported_2019_people"
        ),
        pytest.param("The storm displaced 2000 people, officials said.", "2000", "count", id="reported_displaced_2000"),
        pytest.param("About 1900 children were rescued from the school.", "1900", "count", id="reported_about_1900"),
        pytest.param("Crews began rebuilding the 2000 homes on Monday.", "2000", "count", id="reported_the_2000_homes"),
        # variants of my own: other nouns, other verbs, other numbers
        pytest.param("Rescuers reached 1850 villagers by Tuesday night.", "1850", "count", id="variant_reached_1850"),
        pytest.param("Officials said 2024 fishermen were still missing.", "2024", "count", id="variant_said_2024"),
        pytest.param("A total of 1800 soldiers were deployed to the coast.", "1800", "count", id="variant_total_1800"),
        pytest.param(
            "The union said between 1990 and 2000 workers lost their jobs.",
            "2000",
            "count",
            id="variant_range_of_workers",
        ),
        # counts written otherwise, and years, both ways alike
        pytest.param("About 2,019 people were evacuated on Sunday.", "2,019", "count", id="separated_count"),
        pytest.param("The firm hired 1500 workers last month.", "1500", "count", id="1500_workers"),
        pytest.param("The floods struck the valley in 2019.", "2019", "year", id="in_2019"),
        pytest.param("Adebayo reviewed the 2019 plans, he said.", "2019", "year", id="the_2019_plans"),
        pytest.param("The town has grown since 1998, the mayor said.", "1998", "year", id="since_1998"),
        pytest.param("The council shelved its 2021 expansion plans.", "2021", "year", id="its_2021_expansion"),
        pytest.param("Their 1998 recordings of the choir were reissued.", "1998", "year", id="their_1998_recordings"),
        pytest.param("By the end of 2019 the work was done.", "2019", "year", id="end_of_2019"),
        # a year after a quarter, a fiscal year, a part of the year or a month, whatever follows:
        # the entity recogniser's DATE, and the figure recogniser counted the noun
        pytest.param("Q1 2019 sales fell by a third.", "2019", "year", id="quarter_before_noun"),
        pytest.param("Fiscal 2000 results were restated on Monday.", "2000", "year", id="fiscal_round_hundred"),
        pytest.param("In mid-2019 people began leaving the town.", "2019", "year", id="mid_hyphen"),
        pytest.param("The late 2021 floods destroyed the bridge.", "2021", "year", id="late_before_noun"),
        pytest.param("Survivors of the March 2019 floods met on Friday.", "2019", "year", id="month_before_noun"),
        # two years as a range's ends are years (were one count of 2,019 to 2,021), a count's range stays
        pytest.param("Prices rose between 2019 and 2021, the survey found.", "2021", "year", id="year_range_between"),
        pytest.param("The plant ran from 1998 to 2004 under the same owner.", "2004", "year", id="year_range_from"),
        pytest.param("Output doubled between 1995 and 2005 in the region.", "1995", "year", id="year_range_low_end"),
        # ... and a round hundred after a month without its comma, read as a count by both
        pytest.param("In March 2000 people marched to the capital.", "2000", "count", id="month_round_hundred"),
    ],
)
def test_both_recognisers_read_a_number_alike(rec: Recognizer, sentence: str, number: str, kind: str) -> None:
    figure_kind, label = _readings(rec, sentence, number)
    assert (figure_kind, label) == (kind, _LABEL[kind])


@pytest.mark.parametrize(
    ("sentence", "number", "kind", "label"),
    [
        # a law's short title ends in its year: the entity recogniser's LAW, and the figure
        # recogniser counted the verb after it ("1983 applies")
        pytest.param("The Medical Act 1983 applies to all doctors.", "1983", "year", "LAW", id="act_year_before_verb"),
        pytest.param("The Housing Act 1988 governs most tenancies.", "1988", "year", "LAW", id="act_year_governs"),
        pytest.param("The Building Regulations 2010 cover new homes.", "2010", "year", "LAW", id="regulations_year"),
        # a count after a law's name is no part of it
        pytest.param(
            "The Paris Agreement 2000 delegates signed was praised.", "2000", "count", "CARDINAL", id="count_after_law"
        ),
    ],
)
def test_a_laws_year_is_a_year_to_both(rec: Recognizer, sentence: str, number: str, kind: str, label: str) -> None:
    text = f"Report\n\n{sentence}\n"
    at = text.index(number)
    kinds = [f.kind for f in figures_of(text) if f.start <= at < f.end]
    labels = [
        m.label
        for m in rec.recognize(Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True))
        if m.start <= at < m.end
    ]
    assert (kinds, labels) == ([kind], [label])
