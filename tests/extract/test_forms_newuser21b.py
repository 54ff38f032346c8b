"""Who said it and what it counts, in the forms round 21's second new user wrote (an earthquake
in Herat, five parties, one of them an exile outlet with its own Telegram channel).

A wire's dateline city had become the speaker of "…, and said 2,418 people had been injured";
a live blog's "Government spokesman Zabihullah Mujahid: 1,020 people killed" was the blog's; a
registered "Afghanistan Rights Watch:" entry gave no row ("Watch:" read as a video prompt, and
as a topic word); a party's own channel correcting its toll had its figures set to the outlet's
metric ``other``; "Our reporters in Zawol now count more than 900 dead" became a new speaker.
Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.figures import extract_figures
from makiivka.extract.sentences import split_sentences
from makiivka.extract.speakers import register_from

#: An earthquake in Vell Province on 15 October 2026; Harbour Exile Media is a party's outlet.
DESCRIPTOR = {
        "event": {"places": ["Orra"], "occurred_at": "2026-10-14T23:42:00+00:00",
                  "noun": "earthquake"},
        "parties": [
            {"id": "gov", "label": "Government of Norland", "cues": ["Norland", "Taliban"]},
            {"id": "province", "label": "Vell Provincial Administration", "places": ["Orra"],
             "cues": ["provincial spokesman"]},
            {"id": "rights", "label": "Norland Rights Watch", "cues": ["rights group"]},
            {"id": "exile", "label": "Harbour Exile Media", "cues": ["Harbour Exile"]},
        ],
        "roles": {"third_party": {"cues": ["United Nations", "Red Crescent"]},
                  "media": {"cues": ["Courier", "AFP"]}},
        "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "other")],
}  # fmt: skip
CLAIMANTS = [
    {"claimant_id": "spokesman", "name": "Zabi Mujahid", "side": "gov",
     "aliases": "Government spokesman Zabi Mujahid"},
    {"claimant_id": "nrw", "name": "Norland Rights Watch", "side": "rights", "aliases": ""},
    {"claimant_id": "exile_media", "name": "Harbour Exile Media", "side": "exile", "aliases": ""},
    {"claimant_id": "courier", "name": "Courier", "side": "media", "aliases": ""},
]  # fmt: skip
STORY = register_from(CLAIMANTS, DESCRIPTOR)


def figure(text: str, quote: str, outlet: str = "courier", which: int = -1):
    found = [f for f in extract_figures(text, "2026-10-18", STORY, outlet) if f.quote == quote]
    assert found, f"{quote!r} not extracted"
    return found[which]


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a wire's dateline city is no speaker of a second verb ("…, and said")
        ("Quake update\n\nVELL, Oct 18 (AFP) - Norland's Taliban government on Sunday put the "
         "final toll from the Orra earthquake at 2,053 dead, and said 2,418 people had been "
         "injured.", "2,053", "gov", "Norland's Taliban government"),
        # a live blog entry titled by a registered speaker's title and name, then a colon
        ("Quake live\n\n09:10 — Government spokesman Zabi Mujahid: 1,020 people killed, more than "
         "2,400 injured.", "1,020", "gov", "Government spokesman Zabi Mujahid"),
        # a registered "… Watch:" is a speaker, neither a video prompt nor a topic
        ('Quake live\n\n14:05 — Norland Rights Watch: "Our volunteers count at least 1,400 dead '
         'in Orra alone."', "at least 1,400", "rights", "Norland Rights Watch"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


@pytest.mark.parametrize(
    ("quote", "metric", "which"),
    [("4,000", "killed", 0), ("3,600", "killed", -1), ("About 15,000", "displaced", -1)],
)
def test_a_partys_channel_correcting_its_toll_still_claims_it(quote, metric, which):
    text = (
        "Correction: we first reported 4,000 dead, then 3,600 after checking names with elders. "
        "Our verified toll is 3,600. About 15,000 people have lost their homes."
    )
    found = figure(text, quote, outlet="exile_media", which=which)
    assert (found.metric, found.side) == (metric, "exile"), found.attribution


def test_a_channels_own_reporters_are_its_voice():
    found = figure("Our reporters in Orra now count more than 900 dead.", "more than 900",
                   outlet="exile_media")  # fmt: skip
    assert (found.side, found.claimant, found.claimant_name) == ("exile", "exile_media", "")


@pytest.mark.parametrize(
    ("line", "voice"),
    [("Watch: the rescue at the school", "furniture"),
     ('14:05 — Human Rights Watch: "We count 40 dead."', "body")],
)  # fmt: skip
def test_watch_is_a_prompt_only_alone(line, voice):
    text = f"Quake live\n\n{line}\n\nMore follows."
    assert split_sentences(text)[1].voice == voice
