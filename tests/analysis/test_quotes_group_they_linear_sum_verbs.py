"""Quotes of the review s35-rv2, findings 1 and 8 (round s35-p1).

1: resolving "they" to an unnamed group (``Speakers._group_subject``) read every sentence from the
organisation last named to the pronoun, and counted quote marks from the paragraph's start for
each: 2,000 '"…," they said.' lines after one named hospital took 138 s. The work is counted here
(sentence breaks visited, quotation parities read), not timed.

8: ``Speakers.sum_object`` (a sum as a verb's object is no speech) ran for every speech verb, so
"Olaf Lind said €300,000 of it went to repairs" lost its statement and "said $2 million, not the
$5 million first promised, had been spent" was cut at the comma. Only verbs whose object can be a
sum (demanded, claimed, sought, offered, pledged, paid, …) take a sum as their object.
"""

from __future__ import annotations

import random
from pathlib import Path
from typing import Any

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes import pronouns, speaker_text, speaker_words, speakers
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def quotes_of(rec: Recognizer, text: str) -> dict[str, tuple[str | None, str]]:
    article = Article("t", Path("/x/t.txt"), text, "utf-8", "", True, None, True)
    quotes = find_quotes(article, rec.recognize(article))
    return {q.quoted: (q.speaker.name if q.speaker is not None else None, q.kind) for q in quotes}


# --- 1: the work of "they" grows with the article, not with its square ----------------------

LEADS = [
    ("Hospital under strain", "Velmont General Hospital said on Monday it had closed two wards.", "Nurses on ward {i}"),
    ("Mine flooded", "Harrow Coal Company said the pumps had failed.", "Miners in shaft {i}"),
    ("Sturm über Kellby", "Die Stadtwerke Kellby sagten, der Strom sei weg.", "Residents of block {i}"),
]


def article(title: str, lead: str, group: str, n: int, *, paragraphs: bool) -> str:
    sep = "\n\n" if paragraphs else " "
    body = sep.join(
        f'{group.format(i=i)} worked through the night and the doctors stayed on. "We kept going on shift {i}," they said.'
        for i in range(n)
    )
    return f"{title}\n\nKELLBY, 9 March 2026 (Nordwire) - {lead}\n\n{body}\n"


class _Counting:
    """A pattern's stand-in counting the matches its ``finditer`` yields."""

    def __init__(self, pattern: Any) -> None:
        self.pattern = pattern
        self.count = 0

    def finditer(self, *args: Any) -> Any:
        for m in self.pattern.finditer(*args):
            self.count += 1
            yield m

    def __getattr__(self, name: str) -> Any:
        return getattr(self.pattern, name)


def work(rec: Recognizer, text: str, monkeypatch: pytest.MonkeyPatch) -> tuple[int, int]:
    """(sentence breaks visited, quotation parities asked) finding ``text``'s quotes."""
    breaks = _Counting(speaker_words._SENTENCE_BREAK)
    # every module of the speaker look-ups that walks the sentence breaks
    for module in (speaker_text, pronouns):
        monkeypatch.setattr(module, "_SENTENCE_BREAK", breaks)
    asked = [0]
    quoted_at = speakers.Speakers._quoted_at

    def counted(self: speakers.Speakers, pos: int) -> bool:
        asked[0] += 1
        return quoted_at(self, pos)

    monkeypatch.setattr(speakers.Speakers, "_quoted_at", counted)
    quotes_of(rec, text)
    monkeypatch.undo()
    return breaks.count, asked[0]


def quoted_at_first(text: str, pos: int) -> bool:
    """The first version: the marks counted from the paragraph's start."""
    seg = text[text.rfind("\n", 0, pos) + 1 : pos]
    return seg.count('"') % 2 == 1 or seg.count("“") > seg.count("”")


def test_quoted_at_as_first_written() -> None:
    rng = random.Random(35)
    pieces = ['"', "“", "”", "\n", "a", " b. ", "\n\n", "x"]
    for _ in range(2_000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 30)))
        sp = speakers.Speakers(text, [])
        for pos in range(len(text) + 1):
            assert sp._quoted_at(pos) == quoted_at_first(text, pos), (text, pos)


@pytest.mark.parametrize("title,lead,group", LEADS)
@pytest.mark.parametrize("paragraphs", [False, True])
def test_they_work_is_linear(
    rec: Recognizer, monkeypatch: pytest.MonkeyPatch, title: str, lead: str, group: str, paragraphs: bool
) -> None:
    small = work(rec, article(title, lead, group, 100, paragraphs=paragraphs), monkeypatch)
    big = work(rec, article(title, lead, group, 400, paragraphs=paragraphs), monkeypatch)
    # four times the lines: at most about four times the work (quadratic: sixteen)
    assert big[0] <= 5 * small[0] + 50, (small, big)
    assert big[1] <= 5 * small[1] + 50, (small, big)


@pytest.mark.parametrize("title,lead,group", LEADS[:2])
def test_they_still_the_group(rec: Recognizer, title: str, lead: str, group: str) -> None:
    found = quotes_of(rec, article(title, lead, group, 30, paragraphs=False))
    for i in (0, 7, 29):
        # the group opening the sentence before (unattributed), never the organisation named once
        assert found[f"We kept going on shift {i}"] == (None, "direct"), found


def test_reviewer_input_they(rec: Recognizer) -> None:
    src = Path("/work/s35/rv2-tmp/qp500/a.txt")
    if not src.exists():
        pytest.skip("the review's input is not on this machine")
    found = quotes_of(rec, src.read_text(encoding="utf-8"))
    assert found["We kept going on shift 499"] == (None, "direct")


# --- 8: a sum as the subject of reported speech ---------------------------------------------

SUM_SUBJECT = [
    # the review's input (rv2-tmp/q1/a.txt)
    (
        "Budget row\n\nKELLBY, 9 March 2026 (Nordwire) - Mayor Anna Berg said $2 million, not the $5 million "
        "first promised, had been spent on the bridge. Treasurer Olaf Lind said €300,000 of it went to repairs.\n",
        {
            "Anna Berg": "$2 million, not the $5 million first promised, had been spent on the bridge",
            "Olaf Lind": "€300,000 of it went to repairs",
        },
    ),
    (
        "Flood fund\n\nLONDON, 3 May 2026 - Finance director Priya Raman said £4.5 million had "
        "reached the valley. Councillor Tom Beck stated £800,000 of that paid for pumps.\n",
        {
            "Priya Raman": "£4.5 million had reached the valley",
            "Tom Beck": "£800,000 of that paid for pumps",
        },
    ),
    (
        "Hilfsgeld\n\nBERLIN, 4. Mai 2026 - Minister Karl Vogt says €12 million, far less than planned, "
        "arrived in March. Economist Lena Brandt said 300,000 euros went to the schools.\n",
        {
            "Karl Vogt": "€12 million, far less than planned, arrived in March",
            "Lena Brandt": "300,000 euros went to the schools",
        },
    ),
]


@pytest.mark.parametrize("text,want", SUM_SUBJECT)
def test_sum_subject_of_reported_speech_kept(rec: Recognizer, text: str, want: dict[str, str]) -> None:
    found = quotes_of(rec, text)
    for name, words in want.items():
        hits = [q for q, (sp, kind) in found.items() if sp == name and kind == "reported"]
        assert hits and any(words in q or q.rstrip(".") == words for q in hits), (name, found)


SUM_OBJECT = [
    "Strike pay\n\nKELLBY, 9 March 2026 - The union demanded €50,000 for each family, while the mayor waited.\n",
    "Crop losses\n\nLEEDS, 2 May 2026 - The farmers claimed at least £300,000 for their crops, as the rain fell.\n",
    "Bridge aid\n\nOSLO, 5 May 2026 - The ministry pledged $2 million for the repairs, after the flood.\n",
]


@pytest.mark.parametrize("text", SUM_OBJECT)
def test_sum_object_still_no_speech(rec: Recognizer, text: str) -> None:
    # a sum sought or given as the object of demanded/claimed/pledged: no statement
    assert quotes_of(rec, text) == {}
