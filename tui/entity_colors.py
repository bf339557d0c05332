"""One colour per entity label, the same everywhere (reader, comparison, panels, matrix).

Colours are laid as translucent backgrounds under the theme's own text colour, so they stay
readable on dark and light themes alike; hues follow a well-separated categorical palette.
"""

from __future__ import annotations

from textual.content import Content

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
    "DATE": "#808000",
    "MONEY": "#ffe119",
    "PERCENT": "#469990",
    "QUANTITY": "#aaffc3",
    "CARDINAL": "#a9a9a9",
}
NAME_LABELS = ("PERSON", "NORP", "ORG", "GPE", "LOC", "FAC", "EVENT", "PRODUCT", "LAW")
FIGURE_LABELS = ("DATE", "MONEY", "PERCENT", "QUANTITY", "CARDINAL")


def label_style(label: str) -> str:
    """Background tint for a mention of ``label``."""
    return f"on {LABEL_COLORS.get(label, '#a9a9a9')} 28%"


def label_text_style(label: str) -> str:
    """For a label name or an entity name shown on its own (legend, panels, matrix)."""
    return f"bold {LABEL_COLORS.get(label, '#a9a9a9')}"


def selected_style(label: str) -> str:
    """A chosen entity's mentions: stronger tint and underline so they stand out from the rest."""
    return f"bold underline on {LABEL_COLORS.get(label, '#a9a9a9')} 60%"


def legend(labels: list[str] | tuple[str, ...]) -> Content:
    parts = [Content.styled(f" {label} ", label_style(label)) for label in labels]
    return Content(" ").join(parts)
