"""Small corpora written for flow tests, with invented names: one long article whose named
people are first mentioned below the fold (at 120x40 and at 60x20), each by full name and then
by surname alone, so the entity recogniser merges the surname into the full name."""

from __future__ import annotations

from pathlib import Path

# (full name, the short form the article uses after it)
PEOPLE = [
    ("Ingrid Halvorsen", "Halvorsen"),
    ("Ravi Chandrasekar", "Chandrasekar"),
    ("Marguerite Okonkwo-Laine", "Okonkwo-Laine"),
]

_FILLER = (
    "Background on the harbour: ships came and went, the tide rose and fell, and the town "
    "council met on weekdays to discuss moorings, fees and the state of the old pier."
)


def write_story(root: Path, *, paragraphs: int = 24) -> Path:
    """``root`` holding ``long.txt`` (``paragraphs`` of filler, then the people of
    :data:`PEOPLE`, each by full name then by short form) and ``short.txt``, where the short
    forms appear alone (no full name to merge into, so no entity mentions). Returns ``root``."""
    root.mkdir(parents=True, exist_ok=True)
    people = [
        "Board chair Ingrid Halvorsen said the vote was close. Halvorsen added that building would start in spring.",
        "The mayor, Dr. Ravi Chandrasekar, welcomed it. Chandrasekar said jobs would follow.",
        "Marguerite Okonkwo-Laine, who leads the dockers' union, was sceptical. Okonkwo-Laine wants guarantees.",
    ]
    body = "\n\n".join([_FILLER] * paragraphs + people)
    (root / "long.txt").write_text(f"Harbour board approves new ferry terminal\n\n{body}\n", encoding="utf-8")
    (root / "short.txt").write_text(
        "Union doubts ferry plan\n\nOkonkwo-Laine spoke to members on Friday. Chandrasekar did not attend.\n",
        encoding="utf-8",
    )
    return root
