"""An author's bio line after a plain-text page's main text, past its list of other stories and
before its topics, is boilerplate (byline) whether written on one line or two and with or without
its "Follow X on …" pointer, in English and the other languages the bio rules read (t13x F9, issue
#14: "Jonas Eide is the Herald's transport correspondent. Follow Jonas on Mastodon." on one line
stayed article text, and so did "Jonas Eide is the Herald's transport correspondent." alone, where
the two on two lines were both boilerplate). A line about someone the story names, not a writer,
stays the article's."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from waic_reader.tui.cli.main import main

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13x_v13"

EN = """Valley Courier
Home
News

Ferry service to Ostholm suspended after storm damage

By Mara Lind | Valley Courier | 4 April 2026

The ferry between Brenna and Ostholm will not sail until at least next week after a storm tore the loading ramp from its moorings at the Ostholm terminal on Thursday night, the operator said.

Divers inspected the ramp on Friday morning. "The damage is worse than we feared, and we cannot load cars until the ramp is rebuilt," said Tomas Varga, the operator's harbour manager.

Foot passengers can cross on a chartered boat that leaves Brenna every two hours.

More from the Courier
Storm leaves 4,000 homes without power
4 April 2026 | News
Brenna harbour wall to be raised
2 April 2026 | News

{bio}

Topics
Ferries
Storms
"""

DE = """Nordkurier
Startseite
Suche

Bahnstrecke nach Kellby bleibt nach Dammbruch wochenlang gesperrt

Von Jonas Eide · Nordkurier · 10. März 2026

Die Bahnstrecke zwischen Dorvik und Kellby bleibt nach dem Dammbruch an der Velmora mindestens drei Wochen gesperrt, weil das Hochwasser einen 200 Meter langen Abschnitt der Gleise weggespült hat, teilte der Betreiber mit.

Ingenieure stellten fest, dass zwei Brücken an der Strecke unterspült wurden. „Wir können erst wieder fahren, wenn jede Brücke geprüft ist“, sagte Lise Dahl, die Chefingenieurin des Betreibers.

Ab Mittwoch fahren Busse statt der Züge, die Fahrt dauert etwa 90 Minuten.

Mehr zum Thema
Velmora-Damm: Was schiefging
10. März 2026 | Nachrichten
Familien kehren in zerstörte Häuser zurück
9. März 2026 | Nachrichten

{bio}

Themen
Bahn
Hochwasser
"""


def _split(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, text: str | None
) -> tuple[list[str], dict[str, str]]:
    corpus = tmp_path / "c"
    corpus.mkdir()
    if text is None:
        shutil.copy(FIXTURES / f"{doc}.txt", corpus / f"{doc}.txt")
    else:
        (corpus / f"{doc}.txt").write_text(text, "utf-8")
    capsys.readouterr()
    assert main(["--corpus", str(corpus), "--index-dir", str(tmp_path / "ix"), "noise", doc, "--json"]) == 0
    page = json.loads(capsys.readouterr().out)["docs"][0]
    return [b["text"] for b in page["content"]], {b["text"]: b["kind"] for b in page["noise"]}


@pytest.mark.parametrize(
    ("doc", "text", "bio"),
    [
        # The tester's pages (t13x repro v13, as saved): the bio on one line, and its first sentence alone.
        ("page-blank", None, "Jonas Eide is the Herald's transport correspondent. Follow Jonas on Mastodon."),
        ("page-bio3", None, "Jonas Eide is the Herald's transport correspondent."),
        # Ours: another outlet's reporter and beat, another network; a German page's bio and pointer.
        ("courier", EN, "Mara Lind is the Courier's islands reporter. Follow Mara on Bluesky."),
        ("kurier", DE, "Jonas Eide ist Korrespondent für Verkehr beim Nordkurier. Folgen Sie Jonas auf Mastodon."),
        ("kurier-kurz", DE, "Jonas Eide ist Redakteur im Ressort Verkehr."),
    ],
)
def test_author_bio_after_lists_is_byline(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, text: str | None, bio: str
) -> None:
    content, noise = _split(tmp_path, capsys, doc, None if text is None else text.replace("{bio}", bio))
    assert noise.get(bio) == "byline", (content, noise)
    assert bio not in content


def test_bio_on_two_lines_stays_boilerplate(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    content, noise = _split(tmp_path, capsys, "page-bio2", None)
    assert noise.get("Jonas Eide is the Herald's transport correspondent.") == "byline", (content, noise)
    assert noise.get("Follow Jonas on Mastodon.") == "byline", (content, noise)


@pytest.mark.parametrize(
    ("doc", "text", "line"),
    [
        ("courier", EN, "Tomas Varga is the operator's harbour manager and has run the terminal since 2019."),
        ("kurier", DE, "Der Sprecher des Betreibers ist Redakteur der Hauszeitung."),
    ],
)
def test_line_about_someone_else_is_no_bio(
    tmp_path: Path, capsys: pytest.CaptureFixture[str], doc: str, text: str, line: str
) -> None:
    content, noise = _split(tmp_path, capsys, doc, text.replace("{bio}", line))
    assert noise.get(line) != "byline", (content, noise)
