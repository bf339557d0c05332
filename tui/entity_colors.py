"""One colour per entity label, the same everywhere (reader, comparison, panels, matrix).

Each label has a hue from a well-separated categorical palette; how it is drawn in a theme
(tint, text colour, both readable) is worked out in :mod:`waic_reader.tui.highlights`, and the
styles below name those theme variables.
"""

from __future__ import annotations

from textual.content import Content

from waic_reader.index.analysis.entities.labels import label_name

LABEL_COLORS: dict[str, str] = {
    "PERSON": "#e6194b",
    "NORP": "#f58231",
    "ORG": "#4363d8",
    "GPE": "#3cb44b",
    "LOC": "#42d4f4",
    "FAC": "#911eb4",
    "EVENT": "#f032e6",
    "PRODUCT": "#bfef45",
    "LAW": "#9a6324",
    "LANGUAGE": "#dcbeff",
    "WORK_OF_ART": "#fabed4",
    "DATE": "#808000",
    "MONEY": "#ffe119",
    "PERCENT": "#469990",
    "QUANTITY": "#aaffc3",
    "CARDINAL": "#a9a9a9",
}
OTHER_COLOR = "#000075"  # a label without a hue of its own (navy: not Cardinal's grey, issue 13)
NAME_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "LAW", "LANGUAGE", "WORK_OF_ART")
FIGURE_LABELS = ("DATE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def label_slug(label: str) -> str:
    """The part of the ``$hl-…`` variable names that stands for ``label``."""
    return f"label-{label.lower()}" if label in LABEL_COLORS else "label-other"


def label_style(label: str) -> str:
    """A mention of ``label``: tinted background, readable text."""
    slug = label_slug(label)
    return f"$hl-{slug}-fg on $hl-{slug}-bg"


def label_text_style(label: str) -> str:
    """For a label name or an entity name shown on its own (legend, panels, matrix)."""
    return f"bold $hl-{label_slug(label)}-text"


def selected_style(label: str) -> str:
    """A chosen entity's mentions: stronger tint and underline so they stand out from the rest."""
    slug = label_slug(label)
    return f"bold underline $hl-{slug}-strong-fg on $hl-{slug}-strong-bg"


def legend(labels: list[str] | tuple[str, ...]) -> Content:
    """Each label's name in words, in its tint."""
    parts = [Content.styled(f" {label_name(label)} ", label_style(label)) for label in labels]
    return Content(" ").join(parts)
