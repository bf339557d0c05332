"""ReaderPanels: the reader's side panels, boilerplate (b) and entities (e): mounted the first
time one is shown (or when the reader is idle: ReaderScreen._mount_panels_when_idle), filled
from the article shown, one shown at a time; and the entity legend under the title."""

from __future__ import annotations

from textual.widgets import OptionList, Static

from waic_reader.tui.entity_colors import LABEL_COLORS, legend
from waic_reader.tui.screens.reader_targets import ReaderTargets
from waic_reader.tui.widgets.article_view import ArticleView
from waic_reader.tui.widgets.entity_panel import EntityPanel
from waic_reader.tui.widgets.noise_panel import NoisePanel


class ReaderPanels(ReaderTargets):
    """The side panels of the reader (the keys b and e, and what fills them)."""

    async def _panels(self) -> tuple[NoisePanel, EntityPanel] | None:
        """The boilerplate and entity panels, mounted (and filled) the first time one is shown;
        None if the app quit while they were being mounted (their children already removed)."""
        if self._panels_mount is None:
            side = self.query_one("#side-panel")
            self._panels_mount = side.mount_all([NoisePanel(id="noise-panel"), EntityPanel(id="entity-panel")])
            await self._panels_mount
        else:
            await self._panels_mount  # mounted, or being mounted by an earlier key
        noise, entities = self.query(NoisePanel), self.query(EntityPanel)
        if not self.app.is_running or not noise or not entities:
            return None  # the app quit (its widgets are being removed) while the mount was awaited
        if not self._panels_ready:
            self._panels_ready = True
            self._refresh_panels()
        return noise.first(), entities.first()

    def _panel_shown(self, which: str) -> bool:
        """Is the boilerplate (``"noise"``) or entity panel on screen?"""
        if not self._panels_ready or not self.query_one("#side-panel").display:
            return False
        return self.query_one(NoisePanel if which == "noise" else EntityPanel).display

    async def _toggle_panel(self, which: str) -> None:
        if self._panel_shown(which):
            self.query_one("#side-panel").display = False
            self.query_one(ArticleView).focus()
            return
        await self._show_panel(which)

    async def _show_panel(self, which: str) -> None:
        """Show the boilerplate (``"noise"``) or entity panel and focus its list."""
        panels = await self._panels()
        if panels is None:
            return
        noise, entities = panels
        side = self.query_one("#side-panel")
        target = noise if which == "noise" else entities
        side.display = True
        noise.display = which == "noise"
        entities.display = which == "entities"
        target.query_one(OptionList).focus()

    async def action_toggle_noise(self) -> None:
        await self._toggle_panel("noise")

    async def action_toggle_entities(self) -> None:
        await self._toggle_panel("entities")

    def _refresh_panels(self) -> None:
        if self.loaded is None:
            return
        app = self.app
        if self._panels_ready:  # else filled once mounted (_panels)
            self.query_one(NoisePanel).show(self.loaded.analysis.split, self.loaded.article, self.loaded.orphans)
            followed = app.followed
            self.query_one(EntityPanel).show(
                self.loaded.mentions,
                set(app.entity_labels),
                followed[0] if followed else None,
                self.loaded.spelled,
                doc=self.loaded.article.doc,
            )
        present = sorted(
            {m.label for m in self.loaded.mentions if not m.noise} & set(app.entity_labels),
            key=list(LABEL_COLORS).index,
        )
        legend_widget = self.query_one("#reader-legend", Static)
        legend_widget.display = bool(app.entities_on and present)
        legend_widget.update(legend(present))
