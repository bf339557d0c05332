"""t13agr R1: the object of a verb of demand or call is no statement.

"Garment unions on Friday demanded the arrest of Rezaul Haque, owner of Orvane Garments, after a
fire …" was a statement "the arrest of Rezaul Haque, …", shown as `reported` and credited to the
Garment Workers Solidarity Federation: read so, the federation reported an arrest that never
happened. What is demanded, called for or urged as a noun phrase, with no clause after it, is what
was sought, never words said (``cues.DEMAND_VERBS``); a clause ("demanded that …", "urged X to …")
or a quotation after the verb still reports.

The reported input (the tester's feed item, cut down; through ``quotes --json``) and two variants of
our own (another union, another verb), with the reports that must stay.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from waic_reader.index.analysis.entities.recogniser import Recognizer
from waic_reader.index.analysis.quotes.recognise import find_quotes
from waic_reader.index.corpus.reader import Article
from waic_reader.tui.cli.main import main

REPORTED = (
    '<?xml version="1.0"?><rss version="2.0"><channel><title>LabourWire Asia</title>'
    "<item><title>Unions demand arrest of Orvane owner after Gazipur blaze</title>"
    "<pubDate>Fri, 13 Mar 2026 09:00:00 +0000</pubDate>"
    "<description><![CDATA[<p>DHAKA — Garment unions on Friday demanded the arrest of Rezaul Haque, owner of"
    ' Orvane Garments, after a fire that killed 22 workers in Gazipur on Tuesday.</p><p>"Owners who lock'
    ' doors are killers, not businessmen," said Shirin Begum, president of the Garment Workers Solidarity'
    " Federation, at a rally of about 5,000 workers in Dhaka.</p>]]></description></item></channel></rss>\n"
)


def test_reported_demand_is_no_statement_in_quotes_json(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    root = tmp_path / "c"
    (root / "feeds").mkdir(parents=True)
    (root / "feeds" / "labourwire.rss").write_text(REPORTED, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(root), "--index-dir", str(tmp_path / "ix"), "quotes", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    found = [(s["name"], q["text"]) for s in data["speakers"] for q in s["quotes"]]
    found += [(None, q["text"]) for q in data["unattributed"]]
    assert not [f for f in found if "arrest" in f[1]], found
    # the federation's president's own words stay hers
    assert ("Shirin Begum", "Owners who lock doors are killers, not businessmen") in found


@pytest.fixture(scope="module")
def rec() -> Recognizer:
    return Recognizer()


def said(rec: Recognizer, text: str) -> list[tuple[str | None, str, str]]:
    """(speaker or None, cue, quoted words) of each quote in ``text``."""
    article = Article("t", Path("/x/t.txt"), "Strike\n\n" + text + "\n", "utf-8", "", True, None, True)
    return [
        (q.speaker.name if q.speaker is not None else None, q.cue, q.quoted)
        for q in find_quotes(article, rec.recognize(article))
    ]


@pytest.mark.parametrize(
    "text",
    [
        # variant: another union, "called for" and a title before the name
        "The Kellby Teachers Union on Monday called for the resignation of Education Minister Tomas Arvid,"
        " after a school roof collapsed.",
        # variant: "urged" and "demanding" with no clause, a speaker named
        "Mayor Ilona Farkas urged an independent inquiry into the collapse of the Velmora bridge. The"
        " Kellby Residents Association marched to the town hall on Tuesday, demanding compensation for every"
        " family.",
    ],
)
def test_what_is_demanded_is_no_statement(rec: Recognizer, text: str) -> None:
    found = said(rec, text)
    assert not [f for f in found if any(w in f[2] for w in ("resignation", "inquiry", "compensation"))], found


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        ("Union leader Shirin Begum demanded that the owner be arrested.", "Shirin Begum", "the owner be arrested"),
        ("Mayor Ilona Farkas urged residents to stay indoors on Tuesday.", "Ilona Farkas", "residents to stay"),
        ('Jonas Berg called for "calm heads and a quick settlement" on Monday.', "Jonas Berg", "calm heads"),
    ],
)
def test_a_demand_with_a_clause_or_a_quotation_still_reports(
    rec: Recognizer, text: str, speaker: str, words: str
) -> None:
    found = said(rec, text)
    assert [sp for sp, _cue, quoted in found if words in quoted] == [speaker], found


@pytest.mark.parametrize(
    ("text", "speaker", "words"),
    [
        # the seeds' kind (001: "Li Qiang ... called for international cooperation on AI safety and
        # governance, warning against monopolies ..."): a demand the speaker goes on to explain in a
        # participle of saying reports what was said, the demand with it
        (
            "Premier Lin Haoran called for international cooperation on flood defences, warning against"
            " delays in funding.",
            "Lin Haoran",
            "international cooperation on flood defences",
        ),
        (
            "Mayor Ilona Farkas urged a joint inquiry by the U.N. and the E.U. into the collapse, stressing"
            " that the families deserved answers.",
            "Ilona Farkas",
            "a joint inquiry by the U.N. and the E.U. into the collapse",
        ),
        (
            "Mayor Ilona Farkas urged an independent inquiry into the collapse, stressing that the"
            " families deserved answers.",
            "Ilona Farkas",
            "an independent inquiry into the collapse",
        ),
    ],
)
def test_a_demand_followed_by_words_of_saying_reports(rec: Recognizer, text: str, speaker: str, words: str) -> None:
    found = said(rec, text)
    assert [sp for sp, _cue, quoted in found if words in quoted] == [speaker], found
