"""Every text of the app's notices and dialogs reads at 4.5:1 (WCAG 2.x) as drawn, in every theme
the app offers (and two invented ones), in a full-colour, a 256-colour and a 16-colour terminal.

Reported (t13k F7): the start-up notice of a bad corpus.yaml value, e.g. in 256 colours
solarized-dark's text 2.17:1 ((138,138,138) on (0,95,95)), atom-one-dark 2.48:1, tokyo-night
2.86:1, its title "corpus.yaml" 2.20:1 in ansi-light; (t13k F20) the label chooser (``l``): its
cursor row's description 2.41:1 in gruvbox, 3.07:1 in atom-one-light, and in solarized-dark
(256 colours) every line of the dialog 2.17:1.

Measured: the screen as Textual composes it (every layer: the dialog over the reader, a notice
over the screen), each run of text inside the dialog or notice with its colours as that terminal
draws them (``shown_pair``, as the highlights' and panels' tests measure them). The notices:
the corpus.yaml warning as the app shows it at start, and one of each other severity (the quit
question is an information notice, an export failure an error). The dialogs: the label
chooser (cursor on its first row, then on its last), the help, the export prompt with its error
line (the file exists: the prompt's confirmation to write elsewhere) and the article picker.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from snapshot_app import make_app, settle
from test_highlight_contrast import INVENTED, SYSTEMS, shown_pair
from textual import constants
from textual.app import App
from textual.geometry import Region
from textual.widgets import Input
from textual.widgets._toast import Toast

from waic_reader.index.workspace import Workspace
from waic_reader.tui.app import WaicReaderApp
from waic_reader.tui.contrast import MIN_TEXT_CONTRAST, contrast_ratio
from waic_reader.tui.screens.export_prompt import ExportPromptScreen

STORY = "{title}\n\nThe {place} barrier failed on Tuesday, officials said, and {n} homes were evacuated.\n"
# The report's bad value (a time of 25:61), and a second bad value of another kind.
YAML = (
    "articles:\n"
    "  a.txt:\n    outlet: Hallvik Avis\n    date: 2025-08-31T25:61:00\n"
    "  b.txt:\n    outlet: Nordwire\n    date: someday soon\n"
)
# Border and box-drawing glyphs (a notice's edge "▌", a dialog's frame): marks, not text.
MARKS = frozenset(map(chr, range(0x2500, 0x25A0)))


def composed_failures(app: App[None], region: Region, name: str, where: str) -> tuple[list[str], int]:
    """(failures, runs of text measured) inside ``region`` of the screen as composed now (every
    layer), each run's colours as a terminal of ``constants.COLOR_SYSTEM`` draws them."""
    system = SYSTEMS[app.console.color_system or "truecolor"]
    strips = app.screen._compositor.render_strips()
    failures: list[str] = []
    measured = 0
    for y in range(region.y, region.bottom):
        for segment in strips[y].crop(region.x, region.right):
            if not segment.text.strip() or segment.style is None or MARKS.issuperset(segment.text.strip()):
                continue
            assert not segment.style.dim, (name, segment)  # dim would be drawn fainter than measured
            fg, bg = shown_pair(segment.style, app.ansi_theme, system)
            measured += 1
            if (ratio := contrast_ratio(fg, bg)) < MIN_TEXT_CONTRAST:
                failures.append(f"{where}: {name} {segment.text.strip()[:30]!r} {fg.hex6} on {bg.hex6} = {ratio:.2f}")
    return failures, measured


async def every_theme(app: App[None], pilot, parts, system_name: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Each theme: each of ``parts`` (name → a callable giving the regions to measure now)
    measured; each must draw some text in every theme."""
    failures: list[str] = []
    for theme in sorted(app.available_themes):
        app.theme = theme
        await settle(pilot)
        for name, regions in parts.items():
            measured = 0
            for region in regions():
                found, count = composed_failures(app, region, name, f"{theme} {system_name}")
                failures += found
                measured += count
            assert measured, (theme, name)  # not vacuous: the part drew text
    return failures


def toasts(app: App[None], severity: str | None = None) -> list[Region]:
    return [
        t.region for t in app.screen.query(Toast) if t.region.area and (severity is None or t.has_class(f"-{severity}"))
    ]


def register(app: App[None]) -> None:
    for theme in INVENTED:
        app.register_theme(theme)


@pytest.mark.parametrize("system_name", ["truecolor", "256", "standard"])
async def test_start_up_notice_and_other_notices_readable(
    system_name: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The report's notice (a bad corpus.yaml value, told at start) and the other severities."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    # Every notice stays up while the themes are walked: the start-up notice's own 10 s ran out
    # mid-walk on a loaded machine (the test then measured nothing: "solarized-dark warning").
    # Its lifetime is not what is measured; its colours are.
    notify = WaicReaderApp.notify

    def lasting_notify(self: WaicReaderApp, message: str, **kwargs: Any) -> None:
        notify(self, message, **{**kwargs, "timeout": 600})

    monkeypatch.setattr(WaicReaderApp, "notify", lasting_notify)
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for i, (name, place) in enumerate([("a", "Hallvik"), ("b", "Sørås")]):
        (corpus / f"{name}.txt").write_text(STORY.format(title=f"{place} counts the cost", place=place, n=10 + i))
    (corpus / "corpus.yaml").write_text(YAML, "utf-8")
    app = WaicReaderApp(Workspace(corpus, tmp_path / "ix"), save_settings=False)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        register(app)
        await settle(pilot)
        assert app.corpus_warnings and len(toasts(app, "warning")) == 1  # the start-up notice
        app.notify("Press ctrl+q (or q in the library) to quit", title="Do you want to quit?", timeout=600)
        app.notify(
            "Could not write /nowhere/x.md: no such folder", title="Export failed", severity="error", timeout=600
        )
        await settle(pilot)
        parts = {severity: (lambda s=severity: toasts(app, s)) for severity in ("warning", "information", "error")}
        failures = await every_theme(app, pilot, parts, system_name)
    assert not failures, "\n".join(failures[:60])


async def opened_in_every_theme(app: App[None], pilot, keys: list[str], part: str, system_name: str) -> list[str]:  # type: ignore[no-untyped-def]
    """Each theme chosen first (as a user does, in the palette), then the dialog opened with
    ``keys`` and ``part`` of it measured (it must draw text), then closed with escape."""
    failures: list[str] = []
    for theme in sorted(app.available_themes):
        app.theme = theme
        await settle(pilot)
        for key in keys:
            await pilot.press(key)
            await settle(pilot)
        found, measured = composed_failures(app, app.screen.query_one(part).region, part, f"{theme} {system_name}")
        assert measured, (theme, part)  # not vacuous: the part drew text
        failures += found
        await pilot.press("escape")
        await settle(pilot)
    return failures


@pytest.mark.parametrize("system_name", ["truecolor", "256", "standard"])
async def test_label_chooser_readable(system_name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    """The label chooser, its cursor on the first row (as opened) and on the last one."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    app = make_app(open_doc="003")
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        failures = await opened_in_every_theme(app, pilot, ["l"], "#labels-dialog", system_name)
        failures += await opened_in_every_theme(app, pilot, ["l", "G"], "#labels-dialog", system_name)
    assert not failures, "\n".join(failures[:60])


@pytest.mark.parametrize("system_name", ["truecolor", "256", "standard"])
async def test_help_picker_and_export_prompt_readable(
    system_name: str, seeds_copy: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The help (?), the article picker's title and list (c) and the export prompt (fact sheet,
    x) refusing a file that exists, its error line shown."""
    monkeypatch.setattr(constants, "COLOR_SYSTEM", system_name)
    monkeypatch.setenv("HOME", str(tmp_path))
    app = make_app(open_doc="003", corpus=seeds_copy)
    failures: list[str] = []
    async with app.run_test(size=(120, 40)) as pilot:
        register(app)
        await settle(pilot)
        failures += await opened_in_every_theme(app, pilot, ["question_mark"], "#help-dialog", system_name)
        for part in ("#pick-title", "#pick-list"):
            failures += await opened_in_every_theme(app, pilot, ["c"], part, system_name)
        app.theme = "textual-dark"
        await pilot.press("f")
        await settle(pilot)
        await pilot.press("x")
        await settle(pilot)
        prompt = app.screen
        assert isinstance(prompt, ExportPromptScreen)
        exists = tmp_path / "mine.md"
        exists.write_text("mine", "utf-8")
        prompt.query_one(Input).value = str(exists)
        await pilot.press("enter")
        await settle(pilot)
        assert "already exists" in str(prompt.query_one("#export-error").render())
        # The prompt's text, not its input box (measured as an Input elsewhere: its cursor cell).
        parts = {
            f"export {p}": (lambda p=p: [prompt.query_one(p).region])
            for p in ("#export-default", "#export-error", "#export-help")
        }
        failures += await every_theme(app, pilot, parts, system_name)
    assert not failures, "\n".join(failures[:80])
