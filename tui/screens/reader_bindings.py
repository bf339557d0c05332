"""The reader's keys (ReaderScreen.BINDINGS), in the groups the help and the key bar show them in."""

from __future__ import annotations

from textual.binding import Binding

NAV = Binding.Group("Move")
FIND = Binding.Group("Matches")
ARTICLES = Binding.Group("Articles")
PANELS = Binding.Group("Panels")
ENTITIES = Binding.Group("Entities")

READER_BINDINGS: list[Binding | tuple[str, str] | tuple[str, str, str]] = [
    Binding("escape", "back", "Back", tooltip="Back to where you came from", id="reader.back"),
    Binding(
        "n",
        "next_match",
        "Next",
        tooltip="Next search match, or next mention of the followed entity",
        id="reader.next_match",
        group=FIND,
    ),
    Binding("N", "prev_match", "Prev", tooltip="Previous search match or mention", id="reader.prev_match", group=FIND),
    Binding(
        "ctrl+f",
        "find",
        "Find",
        tooltip="Find words in this article as you type; enter jumps to the first, n / N step, escape clears",
        id="reader.find",
        group=FIND,
    ),
    Binding(
        "y",
        "copy_sentence",
        "Copy",
        show=False,
        tooltip="Copy the text selected with the mouse, else the current sentence (of the match, mention or selected block)",
        id="reader.copy",
        group=FIND,
    ),
    Binding("j,down", "scroll_down", "Down", show=False, id="reader.down", group=NAV),
    Binding("k,up", "scroll_up", "Up", show=False, id="reader.up", group=NAV),
    Binding("g,home", "top", "Top", show=False, id="reader.top", group=NAV),
    Binding("G,end", "bottom", "Bottom", show=False, id="reader.bottom", group=NAV),
    Binding("space,pagedown", "page_down", "Page down", show=False, id="reader.page_down", group=NAV),
    Binding("ctrl+d", "half_page(1)", "Half page down", show=False, id="reader.half_down", group=NAV),
    Binding("ctrl+u", "half_page(-1)", "Half page up", show=False, id="reader.half_up", group=NAV),
    Binding("shift+space,pageup", "page_up", "Page up", show=False, id="reader.page_up", group=NAV),
    Binding(
        "left_square_bracket",
        "prev_article",
        "Prev article",
        key_display="[",
        tooltip="Previous article (of the search results, when opened from a search)",
        id="reader.prev_article",
        group=ARTICLES,
    ),
    Binding(
        "right_square_bracket",
        "next_article",
        "Next article",
        key_display="]",
        tooltip="Next article (of the search results, when opened from a search)",
        id="reader.next_article",
        group=ARTICLES,
    ),
    Binding(
        "c", "compare", "Compare", tooltip="Compare this article with another", id="reader.compare", group=ARTICLES
    ),
    Binding(
        "b",
        "toggle_noise",
        "Noise",
        tooltip="Show or hide the boilerplate split off this article",
        id="reader.noise",
        group=PANELS,
    ),
    Binding(
        "e",
        "toggle_entities",
        "Entities",
        tooltip="Entity panel: who and what this article mentions",
        id="reader.entities",
        group=PANELS,
    ),
    Binding(
        "right_curly_bracket",
        "block(1)",
        "Next block",
        key_display="}",
        show=False,
        tooltip="Select the next block (for m)",
        id="reader.next_block",
        group=PANELS,
    ),
    Binding(
        "left_curly_bracket",
        "block(-1)",
        "Prev block",
        key_display="{",
        show=False,
        tooltip="Select the previous block (for m)",
        id="reader.prev_block",
        group=PANELS,
    ),
    Binding(
        "m",
        "mark",
        "Mark",
        show=False,
        tooltip="Move the selected block between article and boilerplate",
        id="reader.mark",
        group=PANELS,
    ),
    Binding(
        "h",
        "toggle_highlight",
        "Highlight",
        show=False,
        tooltip="Entity highlighting on or off",
        id="reader.highlight",
        group=ENTITIES,
    ),
    Binding(
        "l",
        "labels",
        "Labels",
        show=False,
        tooltip="Choose which entity labels are highlighted",
        id="reader.labels",
        group=ENTITIES,
    ),
    Binding(
        "quotation_mark",
        "toggle_quotes",
        "Quotes",
        key_display='"',
        show=False,
        tooltip="Tint quotes and reported speech; n / N then step through them, showing the speaker",
        id="reader.quotes",
        group=ENTITIES,
    ),
    Binding(
        "u",
        "unfollow",
        "Unfollow",
        show=False,
        tooltip="Stop following the chosen entity",
        id="reader.unfollow",
        group=ENTITIES,
    ),
]
