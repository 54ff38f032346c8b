"""Who said it, in the forms blind set 12 showed us: civil wars, situation reports, transcripts.

The kinds were read off blind set 12's failures once it stopped being the check (a demonym
two parties share, "the Government" of a situation report, a list item's "(MoHA)", a
correspondent introduced in a broadcast transcript, "quoted by X says", ", telling senators
that"); every passage here is our own, in invented stories. Each row: a text, one figure's
quote, and its side, claimant name and how its evidence begins. The rules alone.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues
from tests.extract.test_speakers import REGISTER, extract_figures

#: A civil war: two parties whose labels give both the demonym "Norlandic", a third party's
#: local officials, and a government known by its ministry's acronym.
CIVIL_WAR = register_from(
    [],
    {
        "event": {"places": ["Harbour City"]},
        "parties": [
            {"id": "gov", "label": "The Norlandic government",
             "cues": [*label_cues("The Norlandic government"), "Ministry of Home Affairs", "MoHA"],
             "places": ["Velan"]},
            {"id": "opp", "label": "The Norlandic opposition",
             "cues": [*label_cues("The Norlandic opposition"), "opposition", "activists"],
             "places": ["Harbour City"]},
            {"id": "locals", "label": "Kessa's people",
             "cues": ["local official", "residents", "workers", "Kessa", "Lowmoor", "Simone Ray"]},
        ],
        "roles": {"third_party": {"cues": ["Observatory"]}, "media": {"cues": ["Courier"]}},
    },
)  # fmt: skip
TRANSCRIPT = (
    "ANCHOR: Kessa is mourning the dead. Our correspondent Tanvir Ode is in Kessa.\n\n"
    "ODE: The protesters blocked the road, and at least 20 people were hurt.\n\n"
    "ANCHOR: And the toll?\n\n"
    "ODE: Officials have not updated it."
)
SITREP = (
    "Norland: Floods\n\nHighlights\n\n"
    "- Velan remains the worst affected district, with 2,833 deaths, followed by Kessa with "
    "1,176 (MoHA).\n"
    "- Some 4,000 homes are destroyed.\n"
    "- 5,905 people are displaced, of whom 3,084 are in two camps (Kessa and Lowmoor)."
)
CASES = [
    # a demonym both parties' labels give tells neither: the party's own word decides
    ("Norlandic opposition activists said at least 494 people were killed.", "at least 494",
     "opp", "Norlandic opposition activists", '"Norlandic opposition activists" said'),
    ("The Norlandic Observatory said it had documented 136 deaths.", "136", "third_party",
     "Norlandic Observatory", '"it" said'),
    # a cue word in the other number: "workers" for "One worker, …,"
    ("One worker, Tomas Vell, said he had lost contact with at least five colleagues.",
     "at least five", "locals", "Tomas Vell", '"Tomas Vell" said'),
    # a name that spells the figure's word ("one" in "Simone") still names its speaker
    ("Simone Ray said one person died.", "one", "locals", "Simone Ray", '"Simone Ray" said'),
    # "the Government" of a situation report: the one party whose label calls it one
    ("- The Government reports 7,250 people dead.", "7,250", "gov", "The Government",
     '"- The Government" said'),
    # a cue word in the plural ("local official" → "Local officials")
    ("Local officials have spoken of up to 2,000 dead.", "up to 2,000", "locals",
     "Local officials", '"Local officials" said'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name", "evidence"), CASES)
def test_who_states_the_figure_in_a_civil_war(text, quote, side, name, evidence):
    figure = next(f for f in extract_figures(text, "2024-05-01", CIVIL_WAR) if f.quote == quote)
    assert (figure.side, figure.claimant_name) == (side, name), figure.attribution
    assert figure.attribution.startswith(evidence), figure.attribution


def test_a_list_item_s_bracketed_source_credits_its_figures():
    figures = {f.quote: f for f in extract_figures(SITREP, "2024-05-01", CIVIL_WAR)}
    assert (figures["2,833"].side, figures["2,833"].claimant_name) == ("gov", "MoHA")
    assert figures["2,833"].attribution.startswith('source line: "MoHA"')
    # places in brackets say where, not whose (though a party's cue words name them)
    assert not figures["5,905"].attribution.startswith("source line"), figures["5,905"]


OTHER_FORMS = [
    # the subject that opens the sentence tells what its ", telling X that" clause says
    ("Ivo Brandt on Tuesday pressed the council to act, telling reporters that the attack "
     "killed 1,429 people.", "1,429", "south", "Ivo Brandt", ""),
    # "X quoted by Y says": X states it, Y relays it
    ("A Front official quoted by the Courier says at least 114 people have died.",
     "at least 114", "south", "A Front official", "Courier"),
    # a headline's clause after "as" has its own subject
    ("Kessa: Governor visits displaced as Front insists toll is 150", "150", "south", "Front",
     ""),
    # a reason cited is no source: the outlet's own narration
    ("A court on Monday halted the trial over the disaster, in which 21 people were crushed "
     "to death, citing the coronavirus pandemic.", "21", "media", "", ""),
    # "has just told": an adverb between the auxiliary and the verb
    ("Ivo Brandt has just told reporters that 1,130 people are now known to have died.",
     "1,130", "south", "Ivo Brandt", ""),
    # someone brought in by "a" is a new speaker: the one before is carried no further
    ("The Front said 40 people had died. A mountaineer at the camp tweeted that 30 people "
     "had been injured.", "30", "unknown", "A mountaineer at the camp", ""),
    # "their team in <a held place>": the team is its body's, wherever it works
    ("Our colleagues at the Red Crescent tell us that their team in Kessa found that the "
     "building held some 170 people.", "some 170", "third_party", "their team in Kessa", ""),
    # the figure is no name of its speaker: a headline "Massacre of hundreds reported"
    ("Massacre of hundreds reported in a border village", "hundreds", "media", "", ""),
    # a correspondent the anchor introduces speaks in the outlet's voice, wherever they are
    (TRANSCRIPT, "at least 20", "media", "", ""),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name", "relayed_by"), OTHER_FORMS)
def test_who_states_the_figure_in_each_form(text, quote, side, name, relayed_by):
    figure = next(f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote)
    got = (figure.side, figure.claimant_name, figure.relayed_by)
    assert got == (side, name, relayed_by), figure.attribution
