"""Work per text of a temperature's scale and a place's name (s35-rv2 item 2, round s35-p2): a
bare "degrees" asked the whole text's scale once per figure, a capitalised subject searched the
whole text once per reading, so a long weather log took minutes. Counted, not timed."""

from __future__ import annotations

import re
from typing import Any

import pytest

from waic_reader.index.analysis import figures as figures_module
from waic_reader.index.analysis.facts import temperatures as temperatures_module
from waic_reader.index.analysis.facts.temperatures import AIR, temperature_measure
from waic_reader.index.analysis.figures import find_figures


class _Counting:
    """A compiled pattern's stand-in counting its searches of texts longer than ``floor``."""

    def __init__(self, pattern: re.Pattern[str], floor: int) -> None:
        self.pattern, self.floor, self.scans = pattern, floor, 0

    def search(self, text: str, *args: Any) -> re.Match[str] | None:
        if len(text) > self.floor:
            self.scans += 1
        return self.pattern.search(text, *args)


@pytest.mark.parametrize(
    "unit",
    [
        "On day {i} the temperature reached {t} degrees in the afternoon and the river was calm. ",
        "Temperatures in the valley hit a high of {t} degrees on day {i}, the wardens said. ",
        "Am Tag {i} lag die Temperatur bei {t}° in the shade und der Fluss war ruhig. ",
    ],
)
def test_scale_of_bare_degrees_is_read_once_per_text(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    text = "".join(unit.format(i=i, t=20 + i % 15) for i in range(60))
    fahrenheit = _Counting(figures_module._FAHRENHEIT, 1000)
    celsius = _Counting(figures_module._CELSIUS, 1000)
    monkeypatch.setattr(figures_module, "_FAHRENHEIT", fahrenheit)
    monkeypatch.setattr(figures_module, "_CELSIUS", celsius)
    cache_clear = getattr(figures_module._temperature_scale, "cache_clear", None)
    if cache_clear is not None:
        cache_clear()
    figs = find_figures(text)
    assert sum(1 for f in figs if f.unit in ("°C", "°F")) >= 50
    assert fahrenheit.scans + celsius.scans <= 2


class _CountingRe:
    """The ``re`` module as the temperatures module sees it, counting calls that scan a long text."""

    def __init__(self, floor: int) -> None:
        self.floor, self.scans = floor, 0

    def __getattr__(self, name: str) -> Any:
        attr = getattr(re, name)
        if name not in ("search", "findall", "finditer", "match", "fullmatch"):
            return attr

        def counted(pattern: Any, text: str, *args: Any) -> Any:
            if len(text) > self.floor:
                self.scans += 1
            return attr(pattern, text, *args)

        return counted


@pytest.mark.parametrize(
    "unit",
    [
        "Lindmark recorded {t} °C on day {i} and the river was calm. ",
        "Death Valley recorded {t} °F on day {i} and the road was closed. ",
        "Oulunsalo registered {t} °C on day {i}, the wardens said. ",
    ],
)
def test_place_name_reads_the_text_once(monkeypatch: pytest.MonkeyPatch, unit: str) -> None:
    text = "".join(unit.format(i=i, t=20 + i % 15) for i in range(60))
    figs = [f for f in find_figures(text) if f.unit in ("°C", "°F")]
    assert len(figs) >= 50
    counting = _CountingRe(1000)
    monkeypatch.setattr(temperatures_module, "re", counting)
    lower_words = getattr(temperatures_module, "_lower_words", None)
    if lower_words is not None:
        lower_words.cache_clear()
    measures = []
    for f in figs:
        sent = (text.rfind(".", 0, f.start) + 1, text.find(".", f.end) + 1)
        measures.append(temperature_measure(text, f, sent))
    assert measures == [AIR] * len(figs)  # a place's reading is its weather's, as before
    assert counting.scans <= 2
