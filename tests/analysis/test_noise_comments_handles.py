"""Under a comments header ("Comments (3)", "12 comments", "Join the discussion"), readers'
comments written as "handle: text" are comments, also where the hard-wrap joiner glued them
into one paragraph (s30-s, t13r F11: saved-page.txt's "llama_lover: …", "Quispe_fan: Quispe is
doing a great job", "anon22: …" stayed one content paragraph, so entities counted "Quispe" from
the comments). The first case is the reported file; the others are invented (another count
header, "Join the discussion", three lines each, one naming
the article's official (the "Join the discussion" case held before too) as the reported one does, under a share row or a most-read list and over the page's
copyright line). The guard keeps an article's
"Update: …" line where no comments header is above it."""

from __future__ import annotations

from pathlib import Path

import pytest

from waic_reader.index.analysis.noise import split_noise
from waic_reader.index.corpus.reader import Article, Corpus

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "t13r_s30s"

COUNT = (
    "Harbour crane collapses in Valdmark\n\n"
    "A crane at the Valdmark container terminal collapsed on Tuesday, injuring two dock workers, "
    "the port authority said.\n\n"
    "Work at the terminal was halted while inspectors examined the other cranes, harbour master "
    "Kari Lund said. Lund said the inquiry would take weeks.\n\n"
    "Share on Facebook  Share on Twitter  Email\n\n"
    "Most read\n"
    "1. Valdmark council delays ferry timetable\n"
    "2. Fishing quota talks end without deal\n"
    "3. Local choir wins national prize\n\n"
    "12 comments\n"
    "dockhand_77: Lund warned them about that crane last year\n"
    "Lund_fan: Lund is doing a great job\n"
    "seagull.watcher: hope the two lads recover soon, terrible news\n"
    "Berit_L: the port authority should answer for this\n\n"
    "© Fjord Tidende 2026\n"
)
JOIN = (
    "Mine flooding traps twelve in Oruro\n\n"
    "Twelve miners were trapped after water flooded a tin mine near Oruro on Monday, "
    "the Bolivian mining ministry said.\n\n"
    "Rescue teams were pumping water from the lower galleries overnight, mining minister Rosa "
    "Vargas said. Vargas said the pumps would run all week.\n\n"
    "Most popular\n"
    "1. Bolivia's central bank cuts rates\n"
    "2. La Paz cable car line reopens\n"
    "3. Five things to do in Sucre this weekend\n\n"
    "Join the discussion\n\n"
    "minero_84: Oruro mines have flooded before, nobody listens\n"
    "PotosiGirl: Vargas and the ministry knew the pumps were failing\n"
    "el_tio: Vargas is right about the pumps\n\n"
    "Copyright 2026 Altiplano Herald. All rights reserved.\n"
)
TWO = (
    "Bus plunges into ravine near Cusco\n\n"
    "A bus carrying 30 passengers left the road and fell into a ravine near Cusco on Sunday, "
    "regional police chief Hugo Salas said. Salas said nine people were hurt.\n\n"
    "Share on Facebook  Share on Twitter  Email\n\n"
    "Most read\n"
    "1. Cusco airport runway reopens\n"
    "2. Andean festival draws record crowds\n"
    "3. Peru's central bank holds rates\n\n"
    "Comments (2)\n"
    "roadwatch: Salas should close that road at night\n"
    "mama_inca: Salas did well, thank the rescuers\n\n"
    "© Cusco Eco 2026\n"
)
GUARD = (
    "Storm hits Lima\n\n"
    "A storm brought down trees and power lines across Lima on Thursday, the city said.\n\n"
    "Update: power was restored to most districts by Friday morning.\n"
)


def article(tmp_path: Path, name: str, text: str) -> Article:
    (tmp_path / name).write_text(text, encoding="utf-8")
    [art] = Corpus.scan(tmp_path).articles()
    return art


def kinds(art: Article) -> list[tuple[str, str]]:
    split = split_noise(art)
    out = [(seg.text.strip(), "content") for seg in split.content]
    out += [(seg.text.strip(), seg.kind) for seg in split.noise]
    return out


@pytest.mark.parametrize(
    ("name", "text", "comment"),
    [
        ("saved-page.txt", None, "Quispe_fan: Quispe is doing a great job"),  # reported
        ("count.txt", COUNT, "dockhand_77: Lund warned them about that crane last year"),
        ("join.txt", JOIN, "minero_84: Oruro mines have flooded before, nobody listens"),
        ("join.txt", JOIN, "el_tio: Vargas is right about the pumps"),  # (held before too)
        ("two.txt", TWO, "mama_inca: Salas did well, thank the rescuers"),
    ],
)
def test_handle_comments_under_a_comments_header_are_comments(
    tmp_path: Path, name: str, text: str | None, comment: str
) -> None:
    body = text if text is not None else (FIXTURES / name).read_text(encoding="utf-8")
    got = [kind for seg, kind in kinds(article(tmp_path, name, body)) if comment in seg]
    assert got == ["comments"], got


def test_a_label_line_with_no_comments_header_stays(tmp_path: Path) -> None:
    got = dict(kinds(article(tmp_path, "guard.txt", GUARD)))
    assert got["Update: power was restored to most districts by Friday morning."] == "content"
