"""EntityPanel: the article's entities by label with mention counts; choose one to follow it."""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping

from rich.cells import cell_len
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.content import Content
from textual.css.styles import RulesMap
from textual.message import Message
from textual.strip import Strip
from textual.style import Style
from textual.visual import RenderOptions, Visual
from textual.widgets import OptionList, Static
from textual.widgets.option_list import Option

from waic_reader.index.analysis.entities.grouping import grouped_by_key
from waic_reader.index.analysis.entities.labels import label_name
from waic_reader.index.analysis.entities.mentions import key_form
from waic_reader.index.analysis.entities.recogniser import LABELS, Mention
from waic_reader.index.corpus.text import one_line, visible_same_length
from waic_reader.tui.entity_colors import label_text_style
from waic_reader.tui.safe import plain

NAME_WIDTH = 34  # the most a name takes in a wide panel; a narrow one cuts it to fit (NameCount)


class NameCount(Visual):
    """One entry: a mark, the name and its count on one line, the count at the line's right end
    (the panel's counts in one column). The name is cut (with "…") to the width the list gives,
    so the count stays on the name's line: an OptionList wraps a prompt that is too wide, and at
    60 columns "Geoffrey Hinton  1" put the count on a line of its own."""

    def __init__(self, mark: str, name: str, count: int) -> None:
        self.mark = mark
        self.name = one_line(visible_same_length(name))
        self.count = f"  {count}"

    @property
    def plain(self) -> str:
        """The entry uncut, as text (what a screen reader or a test reads)."""
        return f"{self.mark}{self.name}{self.count}"

    def __str__(self) -> str:
        return self.plain

    def _fitted(self, width: int) -> Content:
        room = max(1, min(NAME_WIDTH, width - cell_len(self.mark) - cell_len(self.count)))
        # The count has no colour of its own: it is drawn in its row's, which reads at 4.5:1 on
        # every row (hl-list-fg, hl-list-cursor-…). "$text-muted" is "auto 60%", drawn as plain
        # white or black: 3.68:1 on solarized's cursor row, and brighter than the names elsewhere.
        name = one_line(self.name, room, cells=cell_len)
        # The count at the entry's right end, so the counts of a panel's entries make one column
        # to scan down (t13t F6: each count followed its name, at a column of its own).
        pad = " " * max(0, width - cell_len(self.mark) - cell_len(name) - cell_len(self.count))
        return Content.assemble(self.mark, name, pad, self.count)

    def render_strips(self, width: int, height: int | None, style: Style, options: RenderOptions) -> list[Strip]:
        return self._fitted(width).render_strips(width, 1, style, options)

    def get_optimal_width(self, rules: RulesMap, container_width: int) -> int:
        return cell_len(self.mark) + min(NAME_WIDTH, cell_len(self.name)) + cell_len(self.count)

    def get_height(self, rules: RulesMap, width: int) -> int:
        return 1


class EntityPanel(Vertical):
    DEFAULT_CSS = """
    EntityPanel { height: 1fr; }
    EntityPanel > .panel-title { height: auto; text-style: bold; color: $hl-panel-title-fg; }
    EntityPanel > .panel-help { height: auto; color: $hl-muted-fg; }
    EntityPanel > OptionList { height: 1fr; border: none; padding: 0; color: $hl-list-fg; }
    /* The cursor row's text as the theme has it where it reads at 4.5:1, else nudged
       (highlights.py: list-cursor-…; Textual's own read at 3.0:1 in atom-one-dark). */
    EntityPanel > OptionList > .option-list--option-highlighted { color: $hl-list-cursor-blurred-fg; }
    EntityPanel > OptionList:focus > .option-list--option-highlighted { color: $hl-list-cursor-fg; }
    """

    BINDINGS = [
        # Not in the footer (the panel's own help line and ? name it): a key appearing in the
        # footer when the panel takes the focus, and going when it closes, made Textual's
        # Footer mount its ~20 widgets again both times, a third of opening the panel.
        Binding(
            "s",
            "search_entity",
            "Search all",
            show=False,
            tooltip="Search every article for this entity",
            id="entities.search",
        ),
        # The rows move as the boilerplate panel's entries do (j k g G, as the arrows and
        # home/end): the reader's own j k scrolled the article behind the panel, so a row
        # followed or searched after them was not the one meant (t13n F16).
        Binding("j", "entry('down')", "Down", show=False, tooltip="Next entity", id="entities.down"),
        Binding("k", "entry('up')", "Up", show=False, tooltip="Previous entity", id="entities.up"),
        Binding("g", "entry('first')", "First", show=False, tooltip="First entity", id="entities.first"),
        Binding("G", "entry('last')", "Last", show=False, tooltip="Last entity", id="entities.last"),
    ]

    class Chosen(Message):
        """An entity was chosen (enter): highlight and step through its mentions."""

        def __init__(self, key: str, name: str) -> None:
            super().__init__()
            self.key = key
            self.name = name

    class SearchFor(Message):
        """Search every article for this entity."""

        def __init__(self, name: str) -> None:
            super().__init__()
            self.name = name

    def __init__(self, *, id: str | None = None) -> None:
        super().__init__(id=id)
        self.keys: list[tuple[str, str] | None] = []
        self._shown: tuple[str | None, str | None] | None = None  # (doc, followed key) last shown

    def on_mount(self) -> None:
        self.app.theme_changed_signal.subscribe(self, self._theme_changed)

    def on_unmount(self) -> None:
        self.app.theme_changed_signal.unsubscribe(self)

    def _theme_changed(self, _theme: object) -> None:
        """The list's drawn rows are cached by the list's own style, which two themes can share
        (ansi-dark and ansi-light: every colour an ANSI name) while the headings' ``$hl-…``
        colours differ: ansi-light's headings were drawn in ansi-dark's colours, 1.6:1."""
        options = self.query_one(OptionList)
        # Setting a prompt again is OptionList's public way to drop its drawn rows (all of them).
        for index, key in enumerate(self.keys):
            if key is None:
                options.replace_option_prompt_at_index(index, options.get_option_at_index(index).prompt)

    def compose(self) -> ComposeResult:
        yield Static(plain("Entities"), classes="panel-title")
        yield Static(plain("enter: follow (n/N)  ·  s: search all  ·  e: close"), classes="panel-help")
        yield OptionList()

    def show(
        self,
        mentions: list[Mention],
        labels: set[str],
        selected: str | None,
        spelled: Mapping[str, Mapping[str, int]] | None = None,
        doc: str | None = None,
    ) -> None:
        """List the article's entities (mentions in boilerplate left out) under their labels'
        words, most mentioned first. ``mentions``: as the entity list groups them across the
        corpus (``Opened.mentions``), so the panel names the entities the matrix gives the
        article. ``labels``: those highlighted (the label chooser, ``l``);
        the others are listed too, under a muted heading that says they are not highlighted:
        the chooser picks what is tinted, and an entity can still be followed or searched
        (s18 re-test: unticking Person emptied the panel of people). ``spelled``: how the whole
        corpus writes each name (``Opened.spelled``), by which each entity is named as the entity
        list names it; None: by the article's own spellings. ``doc``: the article's id; shown
        again for the same one with the same entity followed, the highlight stays on its entity."""
        # One row per entity as ``entities DOC`` makes them (grouped_by_key: keys compared by
        # key_form, named as the corpus writes the name most): "ORVANE MINERALS AS" and "Orvane
        # Minerals AS" are one entity there and in the matrix, named so (t13g F8).
        entities = grouped_by_key({"": [m for m in mentions if not m.noise]}, spelled)
        counts: Counter[str] = Counter({e.key: len(e.mentions) for e in entities})
        names = {e.key: e.name for e in entities}
        by_label: dict[str, list[str]] = {}
        for key in counts:
            by_label.setdefault(key.split(":", 1)[0], []).append(key)
        options = self.query_one(OptionList)
        # Shown again with the same entity followed (the index opened or regrouped the names, a
        # label chosen): the highlight stays on its entity, as the boilerplate panel's does.
        kept = self.highlighted if doc is not None and self._shown == (doc, selected) else None
        self._shown = (doc, selected)
        options.clear_options()
        self.keys = []
        # Added in one call: OptionList.add_option lays out and refreshes the list each time.
        added: list[Option] = []
        total = len(counts)
        self.query_one(".panel-title", Static).update(plain(f"Entities: {total}"))
        highlight = None
        for label in LABELS:
            keys = sorted(by_label.get(label, []), key=lambda k: (-counts[k], names[k]))
            if not keys:
                continue
            if label in labels:
                heading = Content.styled(label_name(label), label_text_style(label))
            else:
                heading = Content.styled(f"{label_name(label)} · not highlighted", "$text-muted")
            added.append(Option(heading, disabled=True))
            self.keys.append(None)
            for key in keys:
                # The followed entity as the matrix or another article keyed it ("Zurich" there).
                chosen = selected is not None and key_form(key) == key_form(selected)
                if chosen:
                    highlight = len(self.keys)
                mark = "▶ " if chosen else "  "
                added.append(Option(NameCount(mark, names[key], counts[key])))
                self.keys.append((key, names[key]))
        if not self.keys:
            added.append(Option(plain("No entities."), disabled=True))
        options.add_options(added)
        again = next(
            (i for i, k in enumerate(self.keys) if k is not None and kept is not None and k[0] == kept[0]), None
        )
        if again is not None:
            options.highlighted = again
        elif highlight is not None:
            options.highlighted = highlight
        else:
            first = next((i for i, k in enumerate(self.keys) if k is not None), None)
            if first is not None:
                options.highlighted = first

    @property
    def highlighted(self) -> tuple[str, str] | None:
        index = self.query_one(OptionList).highlighted
        if index is None or not 0 <= index < len(self.keys):
            return None
        return self.keys[index]

    @on(OptionList.OptionSelected)
    def _selected(self, event: OptionList.OptionSelected) -> None:
        event.stop()
        chosen = self.keys[event.option_index] if 0 <= event.option_index < len(self.keys) else None
        if chosen:
            key, name = chosen
            self.post_message(self.Chosen(key, name))

    def action_entry(self, where: str) -> None:
        """Move the highlight to the next, previous, first or last row (as the arrow keys and
        home/end move it in the list)."""
        options = self.query_one(OptionList)
        {
            "down": options.action_cursor_down,
            "up": options.action_cursor_up,
            "first": options.action_first,
            "last": options.action_last,
        }[where]()

    def action_search_entity(self) -> None:
        chosen = self.highlighted
        if chosen:
            self.post_message(self.SearchFor(chosen[1]))
