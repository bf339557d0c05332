"""A related-stories list and its header are marked together (issue #13, s16b N9): marking
"More on this story"'s items back to the article (m in the boilerplate panel) left the header
alone in the boilerplate, a header of nothing (/tmp/t13s16b/dam/bbc_dam.txt's marks)."""

from __future__ import annotations

from pathlib import Path

from waic_reader.index.analysis.noise import Segment, marked_together, split_noise
from waic_reader.index.corpus.reader import Corpus
from waic_reader.tui.widgets.noise_panel import group_runs

PROSE = "\n\n".join(
    f"Residents of the lower town stacked sandbags along the canal through the night. Note {i}." for i in range(12)
)
ITEMS = ["Train strike called off", "Celebrity chef opens new restaurant", "Football: Oostmark win again"]
TEXT = f"Veldhaven dam: What we know\n\n{PROSE}\n\nMore on this story\n\n" + "\n\n".join(ITEMS) + "\n"


def noise(tmp_path: Path, text: str = TEXT) -> list[Segment]:
    (tmp_path / "bbc.txt").write_text(text, encoding="utf-8")
    [a] = list(Corpus.scan(tmp_path).articles())
    return split_noise(a).noise


def texts(segs: list[Segment]) -> list[str]:
    return [s.text for s in segs]


def test_marking_the_items_takes_their_header(tmp_path: Path) -> None:
    segs = noise(tmp_path)
    assert texts(segs) == ["More on this story", *ITEMS]
    runs = group_runs(segs)
    items = next(r for r in runs if r[0].text == ITEMS[0])
    assert texts(marked_together(segs, items)) == ["More on this story", *ITEMS]


def test_marking_the_header_takes_its_items(tmp_path: Path) -> None:
    segs = noise(tmp_path)
    header = next(r for r in group_runs(segs) if r[0].text == "More on this story")
    assert texts(marked_together(segs, header)) == ["More on this story", *ITEMS]


def test_one_item_of_several_goes_alone(tmp_path: Path) -> None:
    segs = noise(tmp_path)
    one = [next(s for s in segs if s.text == ITEMS[1])]
    assert texts(marked_together(segs, one)) == [ITEMS[1]]


def test_other_boilerplate_is_marked_as_it_is(tmp_path: Path) -> None:
    text = TEXT.replace("More on this story", "Tags: Floods, Dams, Veldhaven\n\nMore on this story")
    segs = noise(tmp_path, text)
    tags = [s for s in segs if s.text.startswith("Tags:")]
    assert tags and texts(marked_together(segs, tags)) == texts(tags)
