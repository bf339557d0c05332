"""Responders sent by an active verb before their count are deployed, as those a passive after it
sends (issue #16, s48-f3 "Not done"): "The Pentagon dispatched 600 troops" was a bare "troops"
row beside "650 soldiers were deployed", and "sent 40 engines" an "engines" row beside "45 engines
were assigned"; "1,100 service members were deployed" was *not compared* with "1,200 soldiers"
(its "service" a modifier). The verbs of sending (``measures._DEPLOYING_ACTIVE``) before the
count, the fire apparatus NIMS resource typing counts (``measures._APPARATUS``) and the two-word
"service members" (``words.SAME_COMPOUND``, the US DoD Dictionary's term) are read so. The
first pairs hold the reported wordings; the others are invented variants (another verb and its
particle, a present tense, British "service personnel"); the guards keep a killing verb a toll
and a count no verb sends apart."""

from __future__ import annotations

import pytest
from fact_helpers import sheet

from waic_reader.index.analysis.facts.display import value_text


def measured(texts: tuple[str, ...], shown: str) -> list[tuple[str, str, list[str]]]:
    return [
        (f.status, f.values[0].measure, [value_text(v) for v in f.values])
        for f in sheet(*texts)
        if any(value_text(v) == shown for v in f.values)
    ]


@pytest.mark.parametrize(
    ("texts", "shown", "measure"),
    [
        pytest.param(
            (
                "The Pentagon dispatched 600 troops to the Harlow fire on Tuesday.",
                "About 650 soldiers were deployed to the Harlow fire, officials said.",
            ),
            "600",
            "deployed|troops",
            id="reported_dispatched_troops",
        ),
        pytest.param(
            (
                "Cal Fire sent 40 engines to the ridge overnight.",
                "Forty-five engines were assigned to the ridge, the agency said.",
            ),
            "40",
            "deployed|engines",
            id="reported_sent_engines",
        ),
        pytest.param(
            (
                "The governor deployed 1,200 soldiers to the flooded towns.",
                "Officials said 1,100 service members were deployed to the flooded towns.",
            ),
            "1,100",
            "deployed|troops",
            id="reported_service_members",
        ),
        pytest.param(
            (
                "The state has sent in 300 firefighters from neighbouring counties.",
                "About 360 firefighters were battling the blaze on Sunday.",
            ),
            "300",
            "deployed|firefighters",
            id="variant_sent_in",
        ),
        pytest.param(
            (
                "The ministry is mobilising 2,000 service personnel for the clean-up.",
                "Some 2,400 troops were deployed to help with the clean-up.",
            ),
            "2,000",
            "deployed|troops",
            id="variant_present_tense_personnel",
        ),
    ],
)
def test_responders_sent_by_an_active_verb_are_deployed(texts: tuple[str, ...], shown: str, measure: str) -> None:
    got = measured(texts, shown)
    assert len(got) == 1, got
    ((status, key, values),) = got
    assert key == measure, got
    assert status == "disagree" and len(values) == 2, got


def test_a_killing_verb_before_soldiers_stays_a_toll() -> None:
    got = measured(("Insurgents killed 12 soldiers near the border.",), "12")
    assert [key for _s, key, _v in got] != ["deployed|troops"], got
    assert got and got[0][1].startswith("death"), got


def test_soldiers_no_verb_sends_are_no_deployment() -> None:
    # "the army lost 40 soldiers" is no count sent anywhere
    got = measured(("The army has lost 40 soldiers in the fighting this year.",), "40")
    assert all(key != "deployed|troops" for _s, key, _v in got), got
