"""The real-page boilerplate fixtures (tests/fixtures/noise_pages/) are laid out as the evaluation reads them.

No detector runs here, and ``noise_eval_pages.main`` is never called (a blind half must not be scored by
a test): only the files are checked, for every half (blind ones too), so that a half built outside the
repository and copied in, or rebuilt, loads as ``tests/noise_eval_pages.py`` expects; and the blind
halves, when there are any (``unseen15`` and ``unseen17`` now; ``unseen14`` is tuning data since session 16,
``unseen16`` since round s18-h),
are the newest, every older one counted as looked at.
"""

from __future__ import annotations

import gzip

import noise_eval_pages
import pytest
import yaml

KINDS = {
    None,
    "advertisement",
    "attribution",
    "byline",
    "call-to-action",
    "caption",
    "comments",
    "headline-list",
    "legal",
    "navigation",
    "tags",
}
HALVES = sorted(d.name for d in noise_eval_pages.PAGES.iterdir() if (d / "labels").is_dir())


def test_every_half_on_disk_is_named_once() -> None:
    assert set(HALVES) == {*noise_eval_pages.LOOKED_AT, *noise_eval_pages.BLIND}
    assert not set(noise_eval_pages.LOOKED_AT) & set(noise_eval_pages.BLIND)


def test_blind_halves_are_the_newest() -> None:
    # A half is built blind after the one before it had been looked at, so a blind half is never older
    # than a looked-at one (``unseen13`` moved to ``LOOKED_AT`` once scored twice, in session 14;
    # ``unseen14``, built blind in session 16 and scored once blind, is tuning data since round s16-n;
    # ``unseen15``, built blind in session 16, is blind; ``unseen16``, built blind in session 18 and scored once
    # blind, is tuning data since round s18-h; ``unseen17``, built blind after it, is blind).
    def number(half: str) -> int:
        return int(half.removeprefix("unseen") or 1) if half.startswith("unseen") else 0

    assert "unseen13" in noise_eval_pages.LOOKED_AT
    assert "unseen14" in noise_eval_pages.LOOKED_AT
    assert "unseen16" in noise_eval_pages.LOOKED_AT
    assert noise_eval_pages.BLIND == ("unseen15", "unseen17")
    assert max(map(number, HALVES)) == number("unseen17")
    # every looked-at half is older than the newest blind one
    assert max(map(number, noise_eval_pages.LOOKED_AT)) < max(map(number, noise_eval_pages.BLIND))


@pytest.mark.parametrize("half", HALVES)
def test_half_is_well_formed(half: str) -> None:
    root = noise_eval_pages.PAGES / half
    names = {p.name.removesuffix(".yaml") for p in (root / "labels").glob("*.yaml")}
    assert names
    assert names == {p.name.removesuffix(".txt") for p in (root / "text").glob("*.txt")}
    assert names == {p.name.removesuffix(".html.gz") for p in (root / "html").glob("*.html.gz")}
    for name in sorted(names):
        lines = set((root / "text" / f"{name}.txt").read_text(encoding="utf-8").splitlines())
        labels = yaml.safe_load((root / "labels" / f"{name}.yaml").read_text(encoding="utf-8"))
        content = labels["content"]
        noise = [x["text"] for x in labels["noise"]]
        assert content, name
        assert not [x for x in (*content, *noise) if x not in lines], name
        assert not set(content) & set(noise), name
        assert {x["kind"] for x in labels["noise"]} <= KINDS, name
        assert gzip.decompress((root / "html" / f"{name}.html.gz").read_bytes()).decode("utf-8"), name


def test_unseen16_is_twenty_dragnet_pages_with_both_labels() -> None:
    # The Dragnet half (unseen16/README.md): 20 pages, one a site, each with article lines and boilerplate
    # lines labelled, its source the Dragnet data; tuning data since round s18-h (in ``all``).
    root = noise_eval_pages.PAGES / "unseen16"
    labels = {
        p.name.removesuffix(".yaml"): yaml.safe_load(p.read_text(encoding="utf-8"))
        for p in (root / "labels").glob("*.yaml")
    }
    assert len(labels) == 20
    for name, page in labels.items():
        assert page["content"] and page["noise"], name
        assert page["source"].startswith("seomoz/dragnet_data HTML/"), name
    assert len({name.rsplit("-", 1)[0] for name in labels}) == 20
    assert "unseen16" in noise_eval_pages.LOOKED_AT and "unseen16" not in noise_eval_pages.BLIND


def test_unseen17_is_twenty_more_dragnet_pages_from_other_sites() -> None:
    # unseen16's rule continued (unseen17/README.md): 20 more Dragnet pages, one a site, each with article lines
    # and boilerplate lines labelled, none from a page or a site unseen16 took; blind, so ``--half unseen17``
    # scores it and no group does.
    def pages(half: str) -> dict[str, dict[str, object]]:
        return {
            p.name.removesuffix(".yaml"): yaml.safe_load(p.read_text(encoding="utf-8"))
            for p in (noise_eval_pages.PAGES / half / "labels").glob("*.yaml")
        }

    labels, earlier = pages("unseen17"), pages("unseen16")
    assert len(labels) == 20
    for name, page in labels.items():
        assert page["content"] and page["noise"], name
        assert str(page["source"]).startswith("seomoz/dragnet_data HTML/"), name
    sites = {name.rsplit("-", 1)[0] for name in labels}
    assert len(sites) == 20
    assert not sites & {name.rsplit("-", 1)[0] for name in earlier}
    assert not {p["source"] for p in labels.values()} & {p["source"] for p in earlier.values()}
    assert "unseen17" in noise_eval_pages.BLIND and "unseen17" not in noise_eval_pages.LOOKED_AT
