"""The boilerplate detector: seed acceptance criteria, one test per noise kind, false-split guards,
user overrides, and a precision/recall floor on the labelled fixture set."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import noise_eval
import pytest

from waic_reader.index.analysis.noise import ANALYSIS_VERSION, NOISE_KINDS, NoiseSplit, Segment, noise_json, split_noise
from waic_reader.index.analysis.overrides import Overrides, marks_path
from waic_reader.index.corpus.reader import Article, Corpus
from waic_reader.index.paths import bundled_seeds


def make(text: str, doc: str = "t") -> Article:
    return Article(doc, Path(f"{doc}.txt"), text, "utf-8", "", True, None, True)


def kinds(text: str) -> dict[str, str]:
    """Block text -> kind ("content" for content blocks)."""
    split = split_noise(make(text))
    out = {s.text: "content" for s in split.content}
    out.update({s.text: s.kind for s in split.noise})
    return out


BODY = (
    "The city council approved a new budget on Tuesday after a long debate about spending on roads and schools.\n"
    "Council members said the plan would raise spending on maintenance by a fifth while keeping taxes flat for a year.\n"
    "Opponents argued that the figures relied on optimistic forecasts of property tax revenue in the coming years.\n"
)


@pytest.fixture(scope="module")
def seeds() -> Corpus:
    return Corpus.scan(bundled_seeds())


def split_of(corpus: Corpus, prefix: str) -> tuple[Article, NoiseSplit]:
    article = corpus.article(corpus.resolve(prefix))
    return article, split_noise(article)


# ---------------------------------------------------------------------------------------------
# Seeds: the acceptance criteria


def test_seed_003_trailing_headlines_are_noise(seeds: Corpus) -> None:
    _, split = split_of(seeds, "003")
    assert len(split.noise) == 15
    assert {s.kind for s in split.noise} == {"headline-list"}
    assert [s.kind for s in split.content] == ["paragraph"] * 6
    assert "15" in split.noise[0].reason and "after the article ends" in split.noise[0].reason


def test_seed_000_powered_by_is_noise(seeds: Corpus) -> None:
    _, split = split_of(seeds, "000")
    assert [(s.kind, s.text) for s in split.noise] == [("attribution", "Powered by lumidawealth.com")]
    assert any(s.text == "What Happened?" for s in split.content)
    assert any(s.text == "Key Takeaways:" for s in split.content)


def test_seed_001_go_deeper_card_is_noise(seeds: Corpus) -> None:
    _, split = split_of(seeds, "001")
    noise = [s.text for s in split.noise]
    assert noise[0] == "Go deeper" and "More on these topics" in noise
    assert noise.count("-") == 4
    assert sum(1 for s in split.noise if len(s.text) > 80) == 4  # the four blurbs
    assert {s.kind for s in split.noise} == {"related-topics"}
    assert any(s.text == "What the papers say" for s in split.content)
    assert split.content[-1].text.startswith("China has been actively pursuing")


def test_seed_004_bylines_and_tags(seeds: Corpus) -> None:
    _, split = split_of(seeds, "004")
    assert [(s.kind, s.text) for s in split.noise] == [("byline", "Reuters"), ("byline", "Reuters"), ("tags", "Tags")]
    assert split.content[0].kind == "title"


def test_seed_002_has_no_noise(seeds: Corpus) -> None:
    _, split = split_of(seeds, "002")
    assert split.noise == []


def test_every_block_is_content_or_noise(seeds: Corpus) -> None:
    for article in seeds.articles():
        split = split_noise(article)
        assert [(s.start, s.end) for s in split.segments()] == [(b.start, b.end) for b in article.blocks]
        for s in split.noise:
            assert s.kind in NOISE_KINDS and s.reason
        for s in split.content:
            assert s.reason is None and s.kind in ("title", "heading", "paragraph", "list-item")


# ---------------------------------------------------------------------------------------------
# One test per kind, on text written for the test


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Powered by examplewire.io", "attribution"),
        ("(Reporting by Ana Ruiz; Editing by Tom Lee)", "attribution"),
        ("Source: Harbour Herald", "attribution"),
        ("This article was originally published on The Conversation.", "attribution"),
        ("By Ana Ruiz and Tom Lee", "byline"),
        ("Associated Press", "byline"),
        ("Updated 9:15 AM EST, Mon March 3, 2025", "byline"),
        ("5 min read", "byline"),
        ("Tags: budget, council, schools", "tags"),
        ("#budget #council #schools", "tags"),
        ("Home > Local > Politics", "navigation"),
        ("Skip to content", "navigation"),
        ("Share this article", "call-to-action"),
        ("Facebook Twitter LinkedIn Email", "call-to-action"),
        ("Sign up for our daily newsletter to get the top stories in your inbox.", "call-to-action"),
        ("Follow us on Instagram", "call-to-action"),
        ("© 2025 Example Media. All rights reserved.", "legal"),
        ("This website uses cookies to improve your experience. Accept all cookies or manage preferences.", "legal"),
        ("Advertisement", "advertisement"),
        ("Story continues below advertisement", "advertisement"),
        ("Read more: Council delays vote on bus lanes", "headline-list"),
    ],
)
def test_phrase_kinds_after_body(line: str, kind: str) -> None:
    assert kinds(BODY + line + "\n")[line] == kind


def test_headline_list_needs_a_run() -> None:
    heads = [
        "Storm Closes Schools Across the North",
        "Striker Signs Record Deal With Rivals",
        "Museum Returns Looted Bronzes to Nigeria",
        "Airline Cancels Flights Over Pilot Shortage",
    ]
    got = kinds(BODY + "\n".join(heads) + "\n")
    assert all(got[h] == "headline-list" for h in heads)
    # Two stray lines are not enough evidence to cut anything.
    got = kinds(BODY + "\n".join(heads[:2]) + "\n")
    assert all(got[h] == "content" for h in heads[:2])


def test_related_header_owns_its_items_and_article_resumes() -> None:
    text = (
        BODY + "Related\n- Council Delays Vote on Bus Lanes\n- Mayor Faces Recall Petition\n"
        "The budget now goes to the mayor, who has ten days to sign or veto it, her office said on Tuesday "
        "evening in a brief statement to reporters.\n"
    )
    got = kinds(text)
    assert got["Related"] == got["- Mayor Faces Recall Petition"] == "headline-list"
    assert (
        got[
            "The budget now goes to the mayor, who has ten days to sign or veto it, her office said on Tuesday "
            "evening in a brief statement to reporters."
        ]
        == "content"
    )


def test_menu_run_before_article_is_navigation() -> None:
    got = kinds("News\nSport\nWeather\nCity budget passes after long debate\n" + BODY)
    assert got["News"] == got["Sport"] == got["Weather"] == "navigation"
    assert got["City budget passes after long debate"] == "content"


def test_repeated_name_line_above_article_is_byline() -> None:
    got = kinds("Budget passes\nJane Osei\nJane Osei\n" + BODY)
    assert got["Jane Osei"] == "byline"


# ---------------------------------------------------------------------------------------------
# False splits cost a real paragraph: guard the look-alikes


@pytest.mark.parametrize(
    "line",
    [
        "Shares of the utility rose 4% after the vote.",
        "Copyright disputes between artists and AI firms are heading to court this autumn, lawyers said.",
        "Next, the council will vote on the school plan.",
        "Comments by the mayor drew criticism from opposition members.",
        "Via a spokesperson, the mayor said she would sign the budget.",
        "Subscribers to the city's alert service received a message on Tuesday about road closures.",
        "The tags on the trees mark which ones will be felled.",
        "Related costs, such as pensions, were left out of the plan.",
        "July 26, 2025: the council votes on the final budget.",
    ],
)
def test_look_alikes_stay_content(line: str) -> None:
    assert kinds(BODY + line + "\n" + BODY.replace("city", "town"))[line] == "content"


def test_section_headings_and_key_points_stay_content() -> None:
    text = (
        "Key points\n- Spending on roads rises by a fifth\n- Taxes stay flat for a year\n- A review is due in March\n"
        "Background\n" + BODY + "What happens next\n" + BODY.replace("council", "board")
    )
    split = split_noise(make(text))
    assert split.noise == []


@pytest.mark.parametrize(
    "case", [c for c in noise_eval.fixture_cases() if set(c.gold) == {"content"}], ids=lambda c: c.name
)
def test_clean_fixtures_have_no_noise(case: noise_eval.Case) -> None:
    assert split_noise(case.article).noise == []


def test_fixture_precision_and_recall_floor() -> None:
    _per_kind, strict, loose, errors = noise_eval.evaluate(noise_eval.fixture_cases() + noise_eval.seed_cases())
    # Measured 1.00 / 1.00 on the fixtures the rules were developed against; the floor leaves room
    # for new fixtures but fails on any real regression.
    assert strict.precision >= 0.95, errors
    assert strict.recall >= 0.90, errors
    assert loose.precision >= 0.97, errors


# ---------------------------------------------------------------------------------------------
# API details


def test_split_helpers_and_json(seeds: Corpus) -> None:
    article, split = split_of(seeds, "000")
    powered = split.noise[0]
    assert split.noise_spans() == [(powered.start, powered.end)]
    assert split.is_noise(powered.start) and split.is_noise(powered.end - 1)
    assert not split.is_noise(powered.end) and not split.is_noise(0)
    assert "Powered by" not in split.content_text() and "What Happened?" in split.content_text()
    doc = noise_json([(article, split)])
    entry = doc["docs"][0]
    assert entry["doc"] == article.doc and entry["title"] == article.title
    assert set(entry["noise"][0]) == {"start", "end", "kind", "text", "reason"}
    assert set(entry["content"][0]) == {"start", "end", "kind", "text"}
    json.dumps(doc)
    assert isinstance(ANALYSIS_VERSION, int)


def test_is_noise_empty() -> None:
    assert not NoiseSplit([], []).is_noise(0)
    assert Segment(0, 1, "paragraph", "x").to_json() == {"start": 0, "end": 1, "kind": "paragraph", "text": "x"}


def test_a_long_article_with_a_long_headline_list() -> None:
    # Its speed is the benchmark's (the build section analyses every article); a wall-clock
    # limit here failed on a loaded machine without anything being wrong.
    text = (BODY * 400) + "\n".join(f"Headline Number {i} About Something Else Entirely" for i in range(400))
    split = split_noise(make(text))
    assert len(split.noise) == 400


def test_index_does_not_import_textual() -> None:
    code = "import sys, waic_reader.index.analysis.noise, waic_reader.index.analysis.overrides; sys.exit('textual' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code]).returncode == 0


# ---------------------------------------------------------------------------------------------
# User overrides


def test_overrides_round_trip_and_apply(tmp_path: Path, seeds: Corpus) -> None:
    article = seeds.article(seeds.resolve("003"))
    ov = Overrides.load(seeds.root, tmp_path)
    assert ov.error is None and len(ov) == 0
    first_headline = article.blocks[6].text
    last_paragraph = article.blocks[5].text
    ov.mark(article.doc, first_headline, "content")
    ov.mark(article.doc, last_paragraph, "noise")
    ov.save()
    path = marks_path(tmp_path)
    assert path.parent == tmp_path / "overrides" and path.exists()
    assert not any(p.name.startswith(".overrides-") for p in path.parent.iterdir())  # no temp left behind

    again = Overrides.load(seeds.root, tmp_path)
    assert again.get(article.doc, first_headline) == "content"
    assert again.get(article.doc, "  " + last_paragraph + "\n") == "noise"  # whitespace does not matter
    assert again.get("other-doc", first_headline) is None
    split = split_noise(article, again)
    marked = [s for s in split.content if s.marked]
    assert [s.text for s in marked] == [first_headline]
    user_noise = [s for s in split.noise if s.marked]
    assert [s.text for s in user_noise] == [last_paragraph]
    assert user_noise[0].kind == "other" and "you" in (user_noise[0].reason or "")
    assert len(split.noise) == 15

    again.clear(article.doc, first_headline)
    again.save()
    third = Overrides.load(seeds.root, tmp_path)
    assert third.get(article.doc, first_headline) is None and len(third) == 1
    third.clear(article.doc)
    assert len(third) == 0


def test_overrides_corrupt_file_does_not_crash(tmp_path: Path) -> None:
    corpus_root = tmp_path / "corpus"
    corpus_root.mkdir()
    path = marks_path(tmp_path)
    path.parent.mkdir(parents=True)
    path.write_text("{not json", encoding="utf-8")
    ov = Overrides.load(corpus_root, tmp_path)
    assert len(ov) == 0 and ov.error and "not valid JSON" in ov.error
    key = "0" * 24
    articles = {
        "doc:a": {"doc": "a", "marks": {key: {"mark": "maybe"}, "not-a-key": {"mark": "noise"}}},
        "doc:b": [],
        "doc:c": {"doc": "c", "blocks": "x", "marks": {key: {"mark": "noise"}}},
    }
    path.write_text(json.dumps({"version": 2, "articles": articles}), encoding="utf-8")
    ov = Overrides.load(corpus_root, tmp_path)
    assert len(ov) == 0 and ov.error and "4 malformed" in ov.error
    ov.mark("a", "some block", "noise")
    ov.save()
    assert Overrides.load(corpus_root, tmp_path).get("a", "some block") == "noise"
    with pytest.raises(ValueError):
        ov.mark("a", "x", "junk")


def test_overrides_never_written_into_corpus(tmp_path: Path) -> None:
    corpus_root = tmp_path / "corpus"
    corpus_root.mkdir()
    ov = Overrides.load(corpus_root, tmp_path / "data")
    ov.mark("doc", "text", "noise")
    ov.save()
    assert list(corpus_root.iterdir()) == []


# A stamp line is a date or a time with its stamp words: "21 Nov 2017, 10:30pm" (the time with
# am/pm, which words() splits at the colon) was kept as content, and a line that is only a
# figure ("$263") was taken for a stamp (issue 14, a reported pair and two variants each).
@pytest.mark.parametrize("line", ["21 Nov 2017, 10:30pm", "Updated 10:30PM", "Posted 9pm, March 3"])
def test_a_date_with_an_am_pm_time_is_a_stamp(line: str) -> None:
    assert kinds(BODY + line + "\n")[line] == "byline"


@pytest.mark.parametrize("line", ["$263", "€1,200", "Rs 16,189", "₺263", "₦2,000", "฿120"])
def test_a_line_that_is_only_a_figure_is_not_a_stamp(line: str) -> None:
    from waic_reader.index.analysis.noise.block_rules import is_stamp_line
    from waic_reader.index.analysis.noise.features import block_features
    from waic_reader.index.corpus.blocks import Block

    assert not is_stamp_line(block_features(Block(0, len(line), "paragraph", line)))


# "X said 12 ..." is the story, not a comment's author and date ("X says: March 10, 2017 at
# 1:26 AM"): a count after "said" made the only paragraph of an article comment furniture
# (acceptance, issue 17: its death toll vanished from the fact sheet and the timeline).
@pytest.mark.parametrize(
    "line",
    [
        "Officials said 12 people died in the ferry disaster.",
        "The coast guard said 12 people died when the ferry sank off Halvik.",
        "Police said 3 cars were hit on the bridge.",
    ],
)
def test_a_count_after_said_is_the_story(line: str) -> None:
    assert kinds(BODY + line + "\n")[line] == "content"


@pytest.mark.parametrize(
    "line",
    ["Rarst says: March 10, 2017 at 1:26 AM", "Jane Roe said 10 March 2017 at 9:05", "Tom wrote 3/10/17 at 10:00"],
)
def test_a_comment_author_and_date_stays_comment_furniture(line: str) -> None:
    assert kinds(BODY + line + "\n")[line] == "comments"
