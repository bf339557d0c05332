"""What a fact is labelled by, and what joins a measure: never a stray word, never a figure about
something else (issue 16, found by the acceptance tester: "instead", "three content").

Sentences invented for these tests."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

import pytest

from waic_reader.index.analysis.facts import FactValue, extract_figures
from waic_reader.index.analysis.figures import counted_part, find_figures
from waic_reader.index.corpus.blocks import Sentence, sentences_of, split_blocks


@dataclass
class Art:
    doc: str
    text: str

    @cached_property
    def sentences(self) -> list[Sentence]:
        return sentences_of(split_blocks(self.text))


def figures(text: str) -> list[FactValue]:
    return extract_figures(Art("x", text))


def labelled(text: str) -> list[tuple[str, float | str]]:
    return [(v.label, v.value) for v in figures(text)]


# --- a spelled-out number and the word after it ------------------------------------------------


@pytest.mark.parametrize(
    ("text", "toll"),
    [
        # the reported input: a record's title word before "three", the toll later in the clause
        ("Array three content about the ferry toll of 16.", [16]),
        ("Track two audio from the rescue site gave a death toll of 9.", [9]),
        ("He read page four aloud before the toll of 23 was given.", [23]),
    ],
)
def test_a_number_word_and_a_singular_noun_are_not_one_count(text: str, toll: list[int]) -> None:
    """The number is not read with the word after it ("three content" is not three of anything),
    and the toll named later in the clause is the later figure's."""
    [fig] = [f for f in find_figures(text) if f.value in (2, 3, 4)]
    assert fig.noun == "" and text[fig.start : fig.end].lower() in ("three", "two", "four")
    assert [v.value for v in figures(text) if v.label == "death toll"] == toll


@pytest.mark.parametrize(
    ("noun", "counted"),
    [
        ("content", ""),
        ("first", ""),
        ("reopened", ""),
        ("people remain", "people"),
        ("crew", "crew"),
        ("dead", "dead"),
        ("Japanese tourists", "Japanese tourists"),
        ("arrested", "arrested"),
        ("list", ""),
    ],
)
def test_counted_part(noun: str, counted: str) -> None:
    assert counted_part(noun) == counted


def test_counted_nouns_kept_with_their_plural_head() -> None:
    text = "Twenty people remain unaccounted for, with 40 crew and 12 police officers on site."
    assert [f.noun for f in find_figures(text)] == ["people", "crew", "police officers"]


def test_a_cue_between_two_figures_is_the_nearer_ones() -> None:
    """The word "toll" is said of the 16, not of the ferries six words before it."""
    got = labelled("Three ferries were moored in the harbour when the toll reached 16.")
    # the ferries' own verb labels them ("were moored": session 16, the clause's verb is read)
    assert ("death toll", 16) in got and ("ferries moored", 3) in got


def test_a_number_in_a_name_is_no_figure() -> None:
    got = labelled("Phase Two of the rescue effort began at dawn, and Route 9 reopened.")
    assert got == []


# --- "<word> of N" --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "The barge carried 130 tonnes of grain and 90 containers instead of 120.",  # reported kind
        "Engineers replaced 14 bolts out of 40.",
        "The council approved a total of 15 for the scheme.",
    ],
)
def test_a_function_word_or_a_quantity_noun_is_no_label(text: str) -> None:
    labels = {label for label, _ in labelled(text)}
    assert not labels & {"instead", "out", "total"}, labels


def test_a_noun_before_of_still_names_a_bare_number() -> None:
    assert ("factor", 12.0) in labelled("Exports outgrew imports by a factor of twelve.")


# --- counts that add to a total, or name their own thing ------------------------------------------


def test_an_increment_is_not_the_toll() -> None:
    got = labelled("Divers found two more bodies on Sunday, bringing the death toll to 11.")
    assert [v for label, v in got if label == "death toll"] == [11]


def test_an_elided_noun_comes_from_the_count_before() -> None:
    got = labelled("Some 40 homes were destroyed and a further 65 damaged.")
    assert ("homes destroyed", 40) in got and ("homes damaged", 65) in got


def test_a_counted_thing_is_not_evacuated_by_a_cue_across_a_conjunction() -> None:
    got = labelled("About 300 people were evacuated from Tarrow and two nearby hamlets, and 38 barns collapsed.")
    assert ("people evacuated", 300) in got
    assert ("neighbouring hamlets", 2) not in got and all(label != "people evacuated" for label, v in got if v != 300)
    assert ("barns collapsed", 38) in got


# --- figures whose words name no measure: labelled by what they measure --------------------------


@pytest.mark.parametrize(
    ("text", "label"),
    [
        # the object of "spent" is money spent, whatever it went on (review s36-rv finding 11)
        ("The regional office spent 800,000 euros on drainage.", "money spent"),
        ("Brokers moved ¥5 billion through the desk.", "amount (JPY or CNY)"),
        # a closing verb and a direction give a change as "rose" does (t13ad N9, round s37-x2: "percentage")
        ("The index closed 2.4% higher.", "change in index"),
        ("Support widened by 3 percentage points.", "percentage points"),
        ("The slope had been watched for three weeks.", "duration"),
        ("Talks ran 48 hours without a break.", "duration"),
        ("A three-day summit opened in Varna.", "duration"),
        ("A 2019 survey of the wall counted cracks.", "year"),
    ],
)
def test_a_figure_without_a_named_thing_is_labelled_by_its_measure(text: str, label: str) -> None:
    assert [v.label for v in figures(text)] == [label]


def test_the_timeline_follows_no_figure_labelled_by_its_kind_alone() -> None:
    """Two outlets' unrelated amounts share the label "amount (EUR)": on a time axis that is not
    one figure moving from 2 to 9 million; a named measure is still followed."""
    from waic_reader.index.analysis.facts import fact_sheet
    from waic_reader.index.analysis.timeline import build_timeline

    @dataclass
    class Dated(Art):
        date: str = ""
        outlet: str = ""
        title: str = ""

    a = Dated("a", "Brokers spent 2 million euros on screens. The quake killed 12 people.", "2026-04-01", "A")
    b = Dated("b", "Gardeners bought 9 million euros of seed. The quake killed 14 people.", "2026-04-02", "B")
    timeline = build_timeline([a, b], {}, fact_sheet([(a, []), (b, [])]))
    assert "amount (EUR)" not in timeline.subjects
    assert [s.value for s in timeline.subjects["death toll"].changes()] == ["12", "14"]


# --- other languages ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("PARIS, le 3 mars (AFP) - Un bac s'est échoué.", 303),  # the reported input ("mars" as a label)
        ("Am 14. März 2026 wurde die Straße gesperrt.", 20260314),
        ("El puente se cerró el 9 de abril de 2026.", 20260409),
        ("Паром сел на мель 8 марта.", 308),
    ],
)
def test_a_month_in_another_language_is_a_date(text: str, value: int) -> None:
    [fig] = find_figures(text)
    assert (fig.kind, fig.value) == ("date", value)


def test_a_capitalised_name_after_a_number_is_a_month_only_with_its_year_or_dot() -> None:
    assert [f.kind for f in find_figures("The 3 Mars landers sent images.")] == ["count"]
    assert [f.kind for f in find_figures("Le 3 Mars 2026, le bac est arrivé.")] == ["date"]


def test_counts_of_an_article_in_another_language_are_not_labelled_by_its_words() -> None:
    """Words of another language ("12 morts", "350 personnes") are no label of the sheet; its
    amounts and dates stay (their units and calendar are read)."""
    text = (
        "Le glissement de terrain survenu jeudi à Velmont a fait 12 morts, selon les autorités "
        "régionales. Environ 350 personnes ont été évacuées et 19 restent portées disparues. "
        "La province a débloqué 4,5 millions d'euros, soit 2 % du budget, le 10 avril 2026."
    )
    got = labelled(text)
    # (its money, "4,5 millions d'euros", is read as money since round s50-n: an amount with its currency)
    assert {label for label, _ in got} == {"amount (EUR)", "percentage", "date"}
    assert ("amount (EUR)", 4_500_000.0) in got
    english = "The landslide in Velmont killed 12 people, and about 350 residents were evacuated from the valley."
    assert ("death toll", 12) in labelled(english)


@pytest.mark.parametrize(
    "text",
    [
        "The gym now shelters 310 evacuees instead of 450.",
        "The quake killed 8 people rather than the 20 first feared.",
        "Officials said 4 climbers were missing on the ridge, rather than 9.",
    ],
)
def test_a_figure_set_against_the_reported_one_is_not_its_value(text: str) -> None:
    """A figure after "instead of" or "rather than" is an alternative, never a value of the measure."""
    named = {v.measure for v in figures(text) if v.measure}
    assert len([v for v in figures(text) if v.measure]) == 1, named


def test_a_measurement_without_a_named_measure_is_labelled_by_dimension_and_unit() -> None:
    got = labelled("Crews cleared 3.5 kilometres of track, and the dam is 300 metres long.")
    # the length's thing named by its sentence's subject (round s34-f: "length of the dam")
    assert got == [("length (km)", 3.5), ("length of the dam", 300.0)]


@pytest.mark.parametrize(
    ("text", "value"), [("Am 9. April sperrte die Stadt den Pass.", 409), ("Seit 1. August 2025.", 20250801)]
)
def test_a_german_date_with_a_month_written_as_in_english(text: str, value: int) -> None:
    [fig] = find_figures(text)
    assert (fig.kind, fig.value) == ("date", value)


def test_one_duration_in_two_units_is_one_fact_and_unrelated_durations_are_not() -> None:
    """One search's 72 hours and three days agree; the three days of a festival are another
    duration, however equal."""
    from waic_reader.index.analysis.facts import fact_sheet

    a = Art("a", "Rescuers searched the flooded Kelso mine for 72 hours before the pumps failed.")
    b = Art("b", "Rescuers searched the flooded Kelso mine for three days before the pumps failed.")
    c = Art("c", "The Ardle folk festival lasted three days and drew record crowds.")
    shared = [f for f in fact_sheet([(a, []), (b, []), (c, [])]) if f.sources > 1]
    # (labelled by its clause, issue #16, s40-x1: was the bare "duration")
    assert [(f.label, f.agree, sorted(v.doc for v in f.values)) for f in shared] == [
        ("days rescuers searched the flooded Kelso mine", True, ["a", "b"])
    ]


# --- words after a number that are not what it counts ---------------------------------------------


@pytest.mark.parametrize(
    ("text", "noun"),
    [
        ("The station sold 40 4K screens.", None),  # "4K": a word written onto the number
        ("Rollout reached 30 5G towns.", None),
        ("Another 12 others waited outside.", ""),
        ("Officials listed 6 status reports.", "status reports"),  # "status" is no plural
        ("The board saw 4 crisis meetings.", "crisis meetings"),
        ("Volunteers staffed 5 women’s shelters.", "women’s shelters"),  # a possessive is no plural
    ],
)
def test_the_counted_noun_is_a_plural_written_apart(text: str, noun: str | None) -> None:
    nouns = [f.noun for f in find_figures(text) if f.kind == "count"]
    if noun is None:  # the glued number is no count of the word after it
        assert all(n == "" for n in nouns[-1:]), nouns
    else:
        assert nouns == [noun]


def test_a_time_of_day_in_words_is_no_figure() -> None:
    assert find_figures("The ferry leaves at ten o'clock and at 4 o’clock.") == []


def test_a_place_is_never_a_function_word() -> None:
    labels = [label for label, _ in labelled("The rig drifted 12 km from its mooring off Varde.")]
    assert labels == ["length (km)"]


def test_a_participle_counted_alone_is_said_of_people() -> None:
    assert labelled("Floods left 40 stranded on the Marl road.") == [("people stranded", 40.0)]


@pytest.mark.parametrize(
    ("text", "label", "values"),
    [
        ("Nine climbers were missing on Sunday, down from 15.", "people missing", [9]),
        ("The death toll rose to 14 from 12 overnight.", "death toll", [14]),
        ("The toll climbed from 8 to 11 on Monday.", "death toll", [11]),
    ],
)
def test_the_value_a_figure_replaced_is_not_reported_again(text: str, label: str, values: list[int]) -> None:
    """An earlier value given beside the new one ("down from 15") would read, in the fact's
    chain, as this article reporting it now."""
    assert [v for lab, v in labelled(text) if lab == label] == values


def test_a_facts_values_in_time_order_with_zones_and_a_year_less_dateline() -> None:
    """A wire's year-less dateline date ("--04-11") takes the year of the other articles, and
    zoned times are ordered as instants: the toll reads 9 → 11 → 12 → 13 in time."""
    from waic_reader.index.analysis.facts import fact_sheet

    @dataclass
    class Dated(Art):
        date: str = ""

    arts = [
        Dated("wire", "The landslide in Tarrow killed 12 people, officials said.", "--04-11"),
        Dated("early", "The landslide in Tarrow killed 9 people, officials said.", "2026-04-09T07:40:00+02:00"),
        Dated("late", "The landslide in Tarrow killed 13 people, officials said.", "2026-04-12"),
        # 23:30 in New York is 04:30 UTC on the 10th: after the 01:00 UTC report below
        Dated("ny", "The landslide in Tarrow killed 11 people, officials said.", "2026-04-09T23:30:00-05:00"),
        Dated("utc", "The landslide in Tarrow killed 10 people, officials said.", "2026-04-10T01:00:00+00:00"),
    ]
    [toll] = [f for f in fact_sheet([(a, []) for a in arts]) if f.label == "death toll"]
    assert [v.value for v in toll.values] == [9, 10, 11, 12, 13]
    assert next(v.date for v in toll.values if v.doc == "wire") == "2026-04-11"


# --- a count of part of a casualty group ---------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        # the reported input (acceptance): 11 counts the alive among the missing, not the missing
        "Rescuers said 11 of the missing are alive.",
        "By noon, 11 of the missing alive, officials said.",
        "Doctors said 3 of the injured died overnight.",
        "Police said two of the evacuated returned home.",
        "Officials said 11 of those missing were found.",
        "Of the missing, 11 are alive.",
    ],
)
def test_a_part_of_a_casualty_group_is_no_count_of_the_group(text: str) -> None:
    """A count "N of the missing" counts some of the missing (those alive, those found): neither the
    group's measure nor, being a part, the measure of what the rest of the clause says of it."""
    assert labelled(text) == []


def test_a_part_of_an_ordinary_group_keeps_its_cue() -> None:
    """In "12 of the 40 passengers were injured" the group is no casualty word, the 12 are injured;
    and a count of the group itself is still the group's ("14 people were missing")."""
    assert labelled("12 of the 40 passengers were injured.") == [("people injured", 12), ("passengers", 40)]
    assert labelled("Police said 14 people were missing.") == [("people missing", 14)]


# --- a count of some of a casualty group is no value of its total -------------------------------

REPORTED_SUBSET = (
    "The death toll in the Halvik ferry disaster has risen to 17, officials said. Two Japanese "
    "tourists were among the dead, the Japanese embassy said. Captain Erik Lund survived."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the reported input (t17, issue 16): the two tourists are some of the 17, not a toll of 2
        (REPORTED_SUBSET, [("death toll", 17), ("Japanese tourists among the dead", 2)]),
        ("Three children were among the injured.", [("children among the injured", 3)]),
        ("Two Britons are among those missing.", [("Britons among the missing", 2)]),
        ("Among the dead were three firefighters.", [("firefighters among the dead", 3)]),
        ("Three children were among the 17 dead.", [("children among the dead", 3), ("death toll", 17)]),
        # some of the group, of no kind: nothing a reader could compare
        ("Two were among the dead, officials said.", []),
        ("At least four of the dead were crew members.", []),
        ("Among those killed, at least four were crew members.", []),
        # the group's own count is still the group's
        ("He was among 12 people killed.", [("death toll", 12)]),
        ("The 12 killed were among the passengers.", [("death toll", 12)]),
    ],
)
def test_a_count_among_a_casualty_group_is_its_own_fact(text: str, expected: list[tuple[str, int]]) -> None:
    """ "X were among the dead" counts some of the dead: a fact of its own labelled by the group
    ("Japanese tourists among the dead"), or none without a noun; never a value of the death toll."""
    assert labelled(text) == expected


def test_including_a_part_is_no_value_of_the_toll() -> None:
    """ "The toll rose to 17, including two children": the children are no second toll."""
    assert [v for lab, v in labelled("The death toll rose to 17, including two children.") if lab == "death toll"] == [
        17
    ]


def test_the_sheet_and_the_timeline_agree_on_a_toll_with_a_part_counted() -> None:
    """The reported articles: the toll reads 17 → 14 on the sheet and in the timeline's changes
    alike; the tourists are a fact of their own."""
    from waic_reader.index.analysis.facts import fact_sheet
    from waic_reader.index.analysis.timeline import build_timeline

    @dataclass
    class Dated(Art):
        date: str = ""
        outlet: str = ""
        title: str = ""

    a = Dated("tokyo", REPORTED_SUBSET, "2025-03-14T10:52:00+00:00", "Tokyo Wire")
    b = Dated(
        "ap",
        "The death toll in the Halvik ferry disaster rose to 14. Three children were among the injured.",
        "2025-03-14T11:52:00+00:00",
        "AP",
    )
    sheet = fact_sheet([(a, []), (b, [])])
    [toll] = [f for f in sheet if f.label == "death toll"]
    assert [v.value for v in toll.values] == [17, 14]
    assert {f.label for f in sheet} >= {"Japanese tourists among the dead", "children among the injured"}
    timeline = build_timeline([a, b], {}, sheet)
    assert [s.value for s in timeline.subjects["death toll"].changes()] == ["17", "14"]
