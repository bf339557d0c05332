"""Boilerplate kinds of unseen43's pages (issue #14, round s48-a), each as inputs of our own, the
reported kind and two variants (other languages, other words):

- an embedded player's consent placeholder: the notice that clicking loads another company's content
  and may send it the reader's data ("Mit dem Klick auf "Inhalte anzeigen" erklärst du dich
  einverstanden, …"), its button and its privacy link (t3n-1), legal;
- a "never miss" prompt in the call-to-action lexicon's languages ("Verpasse keine News mehr!");
- a header naming other stories or the editors' picks straight over the article's next paragraph, its
  list a widget the page did not save ("MORE STORIES ABOUT MARIJUANA REFORM", "Empfehlungen der
  Redaktion"): the box's header, not the article's section heading (abc2news-1, t3n-1);
- a photo caption's own toggle ("Show Caption", "Hide Caption") (abc2news-1).
The article's own sentences and section headings stay content."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import NoiseSplit, split_noise
from waic_reader.index.corpus.reader import Corpus

PARA_1 = (
    "The harbour ferry will run all winter for the first time, the council said on Monday, after a trial last "
    "year drew more passengers than expected and the island's shops asked for a service through the cold months."
)
PARA_2 = (
    "Tickets will cost the same as in summer, and the first crossing will leave at seven each morning, the "
    "council's transport lead said, adding that the timetable would be reviewed in the spring."
)
PARA_3 = (
    "Islanders had asked for a winter service for a decade, and the ferry company said it had bought a second "
    "boat so that one could be serviced while the other kept the crossing open."
)


def _split(tmp_path: Path, lines: list[str]) -> NoiseSplit:
    text = "\n\n".join(["Harbour ferry to run through the winter", "By Jane Roe", PARA_1, *lines, PARA_3]) + "\n"
    (tmp_path / "ferry.txt").write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return split_noise(art)


def _kinds(split: NoiseSplit) -> dict[str, str]:
    return {s.text.strip(): s.kind for s in split.noise}


EMBED = {
    "german": [
        "Empfohlener externer Inhalt",
        'Hier findest du externe Inhalte von Clipwerk GmbH, die unser Angebot ergänzen. Mit dem Klick auf "Inhalte '
        'anzeigen" erklärst du dich einverstanden, dass wir dir jetzt und in Zukunft Inhalte von Clipwerk GmbH auf '
        "unseren Seiten anzeigen dürfen. Dabei können personenbezogene Daten an Drittplattformen übermittelt werden.",
        "Inhalte anzeigen",
        "Hinweis zum Datenschutz",
    ],
    "german-formal": [
        "Durch das Klicken auf „Externe Inhalte laden“ stimmen Sie zu, dass Inhalte von Streamhub AG angezeigt und "
        "dabei personenbezogene Daten an den Anbieter übermittelt werden.",
        "Externe Inhalte laden",
        "Datenschutzhinweis",
    ],
    "english": [
        "By clicking 'Show content' you agree that content from Playbox Ltd is shown on this page, and personal data "
        "may be sent to a third-party platform.",
        "Show content",
        "External content",
    ],
}


@pytest.mark.parametrize("name", list(EMBED))
def test_an_embeds_consent_placeholder_is_legal_noise(tmp_path: Path, name: str) -> None:
    lines = EMBED[name]
    kinds = _kinds(_split(tmp_path, [lines[0], *lines[1:], PARA_2]))
    assert all(kinds.get(line) == "legal" for line in lines[1:]), kinds
    assert PARA_2 not in kinds


@pytest.mark.parametrize(
    "prompt", ["Verpasse keine News mehr!", "Verpassen Sie keine Nachrichten mehr!", "Ne manquez plus rien !"]
)
def test_a_never_miss_prompt_is_a_call_to_action(tmp_path: Path, prompt: str) -> None:
    kinds = _kinds(_split(tmp_path, [PARA_2, prompt]))
    assert kinds.get(prompt) == "call-to-action", kinds


@pytest.mark.parametrize(
    "header",
    ["MORE STORIES ABOUT MARIJUANA REFORM", "Empfehlungen der Redaktion", "More coverage on the ferry strike"],
)
def test_a_header_of_other_stories_over_prose_is_still_noise(tmp_path: Path, header: str) -> None:
    split = _split(tmp_path, [header, PARA_2])
    assert _kinds(split).get(header) == "headline-list"
    assert PARA_2 in split.content_text()


@pytest.mark.parametrize("heading", ["The timetable", "What the islanders said", "Latest"])
def test_the_articles_own_section_heading_over_prose_stays(tmp_path: Path, heading: str) -> None:
    split = _split(tmp_path, [heading, PARA_2])
    assert heading in split.content_text()


@pytest.mark.parametrize(
    "toggles", [["Show Caption", "Hide Caption"], ["Expand caption"], ["Hide caption", "Show caption"]]
)
def test_a_captions_toggle_is_caption_noise(tmp_path: Path, toggles: list[str]) -> None:
    kinds = _kinds(_split(tmp_path, ["WMAR", *toggles, PARA_2]))
    assert all(kinds.get(t) == "caption" for t in toggles), kinds
    assert PARA_2 not in kinds
