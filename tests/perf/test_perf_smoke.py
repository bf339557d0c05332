"""The benchmark runs at 1,000 articles so it cannot rot. Speed is reported, never asserted here."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent / "bench.py"


def test_benchmark_runs_and_reports_every_section(tmp_path: Path) -> None:
    out = tmp_path / "bench.json"
    proc = subprocess.run(
        [
            sys.executable,
            str(BENCH),
            "--sizes",
            "1k",
            "--repeat",
            "1",
            "--workdir",
            str(tmp_path / "work"),
            "--cold-sizes",
            "1k",
            "--memory-sizes",
            "1k",
            "--tui-sizes",
            "1k",
            "--fact-sizes",
            "250",
            "--first-open-sizes",
            "40",
            "--json",
            str(out),
        ],
        capture_output=True,
        text=True,
        timeout=900,
    )
    assert proc.returncode == 0, proc.stderr[-3000:]
    assert "search common ms" in proc.stdout  # the table was printed
    report = json.loads(out.read_text("utf-8"))
    assert {"machine", "repeat", "query_log", "sizes"} <= set(report)
    assert report["machine"]["cpus"] >= 1
    seeds, small = report["sizes"]
    assert seeds["size"] == "seeds" and small["size"] == "1k" and small["articles"] == 1000
    for size in (seeds, small):
        for section in (
            "build",
            "update",
            "search",
            "correctness",
            "fts5_build",
            "fts5_search",
            "whoosh_over_fts5_p95",
            "cold_start",
        ):
            assert section in size, (size["size"], section)
        assert size["build"]["articles_per_s"]["median"] > 0
        assert size["update"]["rescan_and_sync_ms"]["n"] >= 3
        classes = set(size["search"]["classes"])
        assert classes == {"common", "rare", "two words", "phrase", "field", "prefix", "typed"}
        assert classes == set(size["fts5_search"]["classes"])
        for stats in size["search"]["classes"].values():
            assert {"median", "p95", "max", "n"} <= set(stats)
        # Search finds every article a scan of the corpus finds, and counts them exactly.
        assert size["correctness"]["recall_min"] == 1.0, size["correctness"]
        assert size["correctness"]["totals_exact"], size["correctness"]
        cold = size["cold_start"]
        assert cold["waic_ms"]["median"] > 0 and cold["bare_textual_ms"]["median"] > 0
        assert cold["ratio_median"] > 0
    assert small["memory"]["peak_rss_mb"] > 0
    generated, dense = report["facts"]
    for facts in (generated, dense):
        assert facts["articles"] == 250 and facts["seconds"]["median"] > 0 and facts["cpu_seconds"]["n"] == 1
    assert (generated["corpus"], dense["corpus"]) == ("generated", "dense")
    assert dense["figures"] > 1000  # real reports' figures: the sheet is timed on what it is for
    assert small["tui_typing"]["keystrokes"] > 0
    keys = report["tui_keys"]
    assert keys["timeouts"] == {}, keys["timeouts"]
    assert keys["articles"] == 221 and keys["long_article_words"] >= 4900
    assert {"e entity panel open", "y compare aligned → free", "n next match", "f fact sheet (first rows)"} <= set(
        keys["keys"]
    )
    assert all(s["n"] >= 1 and s["median"] > 0 for s in keys["keys"].values())
    assert set(keys["first_keys"]) == {"open", "f", "compare"}
    assert all(s["n"] >= 1 and s["median"] > 0 and s["cpu_median"] > 0 for s in keys["first_keys"].values())
    assert seeds["cli_batch"]["ok"], seeds["cli_batch"]
    (first_open,) = report["first_open"]
    assert first_open["articles"] == 40
    for key in "EQ":
        assert first_open[key]["cpu"]["n"] >= 5 and first_open[key]["cpu"]["median"] > 0
        assert 0 < first_open[key]["ui_cpu"]["median"] <= first_open[key]["cpu"]["median"]
    # The seeds' queries found what they should (the engine is measured on real results).
    assert small["search"]["queries"]["common\tgovernment"]["total"] > 0
