"""Who speaks for whom, what a stance before a colon introduces, what a participle after a tag
reports, and what is no statement (review s43-rv finding 14, round s44-q). Each test: the reported
input first, then two variants of my own.

Before: "Shaw, for Dean, said …" was the client's statement; '"…," Otieno said, adding that …' left
the added words unattributed (a group in the quotation taken for the subject); "Marsh disagreed:
"…"" was unattributed; 'Lima conceded …, saying: "…"' listed the same words twice (partial and
direct; the participle's speaker lost); "… has agreed a £1.2bn budget that includes …" was the council's statement."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def _quotes(rec: Recognizer, text: str) -> list[tuple[str, str | None, str, str]]:
    """(kind, speaker or None, cue, words) of the quotes in ``text``, a paragraph of an article."""
    text = "Story\n\nThe council met on Monday in Leeds.\n\n" + text + "\n"
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    return [
        (q.kind, q.speaker.name if q.speaker is not None else None, q.cue, q.quoted)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ("Shaw, for Dean, said his client would appeal.", "Shaw"),
        ("Novak, for the Okafor family, said the player would appeal.", "Novak"),
        ("Kerr, on behalf of Moss, said the charges were unfounded.", "Kerr"),
    ],
)
def test_the_one_who_acts_for_another_speaks(rec: Recognizer, text: str, speaker: str) -> None:
    said = [q for q in _quotes(rec, text) if q[2] == "said"]
    assert [q[1] for q in said] == [speaker], said


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        (
            '"We are asking residents to boil their water," Otieno said, adding that three new treatment '
            "centres had opened.",
            "Otieno",
            "three new treatment centres had opened",
        ),
        (
            '"We urge parents to keep children at home," Wanjiru told reporters, adding that testing would continue.',
            "Wanjiru",
            "testing would continue",
        ),
        (
            '"Patients and their families should stay calm," said Achieng, noting that two wards had reopened.',
            "Achieng",
            "two wards had reopened",
        ),
    ],
)
def test_a_participle_after_a_tag_is_the_tags_speakers(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    reported = [q for q in _quotes(rec, text) if q[0] == "reported"]
    assert [(q[1], q[3]) for q in reported] == [(speaker, words)], reported


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('"It is final," said Avery. Marsh disagreed: "Nothing is final."', "Marsh", "Nothing is final"),
        ('Okoro objected: "This budget cuts far too deep."', "Okoro", "This budget cuts far too deep"),
        ('Ms Kerr protested: "The sentence is far too harsh."', "Kerr", "The sentence is far too harsh"),
    ],
)
def test_a_stance_before_a_colon_introduces_its_subjects_words(
    rec: Recognizer, text: str, speaker: str, words: str
) -> None:
    assert ("direct", speaker, words) in [(q[0], q[1], q[3]) for q in _quotes(rec, text)]


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ('Lima conceded shortly after 10pm, saying: "The people have spoken."', "Lima", "The people have spoken"),
        ('Marsh praised the nurses, saying: "They kept us going."', None, "They kept us going"),
        ('Dean\'s lawyer Ruth Gale wept, saying: "My client is innocent."', "Ruth Gale", "My client is innocent"),
    ],
)
def test_a_quotation_after_saying_is_listed_once(rec: Recognizer, text: str, speaker: str | None, words: str) -> None:
    """Once, as direct speech, with the participle's speaker when the lead-in named none."""
    quotes = _quotes(rec, text)
    assert [(q[0], q[1], q[3]) for q in quotes] == [("direct", speaker, words)], quotes


@pytest.mark.parametrize(
    "text",
    [
        "Northshire County Council has agreed a £1.2bn budget that includes £45m of savings and a council tax "
        "rise of almost 5%.",
        "The board has agreed a 4.99% rise that takes the Band D bill to £1,872.",
        "The government has pledged a $250m fund that pays for new clinics.",
    ],
)
def test_an_object_with_a_figure_and_a_relative_clause_is_an_act(rec: Recognizer, text: str) -> None:
    assert _quotes(rec, text) == []
