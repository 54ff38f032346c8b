"""Who said it, in the forms blind set 24 showed us.

The kinds were read off blind set 24's failures once it stopped being the check: a foreign
state's "Foreign Ministry" in capitals, a post going round online that "said" a figure in
quotation marks, "according to the official count" when a party's cue is "official count", a
headline's "ministry says" or "city says" over a body that names the ministry or the city, a
breakdown given after a colon, a name that opens on initials ("J.K. Dutt"), an event as a
verb's subject ("The disaster recalled …"), "the ministry" after "the Ministry of Health" that
did not speak, a priest who "said he had counted", "the media say nothing", "according to the
revised figures" after "the officials said", and an agency's "report, citing" its sources.
Every passage here is our own, in an invented story.
"""

from __future__ import annotations

import pytest

from makiivka.extract.speakers import register_from
from tests.extract.test_speakers import figure_ending

#: A crush at a stadium in Norhaven, Norland, with a federal guard, residents and outlets.
DESCRIPTOR = {
    "event": {"places": ["Norhaven"], "occurred_at": "2025-03-01T18:00:00+00:00",
              "noun": "crush"},
    "parties": [
        {"id": "gov", "label": "Norland's state government: the health ministry, the police and "
         "the city administration", "places": ["Norhaven"],
         "cues": ["Norland", "health ministry", "Ministry of Health", "police",
                  "city administration", "official count", "Ana Lund"]},
        {"id": "federal", "label": "The federal guard", "cues": ["NSG", "J.K. Dutt"]},
        {"id": "residents", "label": "Residents and relatives of the dead",
         "cues": ["residents", "priest", "relatives"]},
    ],
    "roles": {"third_party": {"cues": ["Red Cross"]}, "media": {"cues": ["Courier"]}},
    "metrics": [{"id": m} for m in ("killed", "wounded", "missing", "displaced", "detained",
                                    "other")],
}  # fmt: skip
STORY = register_from([], DESCRIPTOR)
HEAD = "Crush toll\n\n"


def figure(text: str, quote: str, published: str = "2025-03-04"):
    """Return the last figure whose quote ends with *quote*, read against STORY."""
    return figure_ending(text, quote, published, STORY)


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # a country no party is, with its ministry in capitals, is a foreign state
        (HEAD + "Israel's Foreign Ministry says six bodies have been found in the stands.",
         "six", "third_party", "Israel's Foreign Ministry"),
        # a message going round online that "said" the figure in quotation marks
        (HEAD + 'A message circulating on Twitter overnight said "500 dead at the gate alone".',
         "500", "unknown", "A message circulating on Twitter"),
        # a data noun that is a party's own cue names the party
        (HEAD + "Seventy-two people were killed, according to the official count.",
         "Seventy-two", "gov", "official count"),
        # a headline's bare "ministry says" is the ministry the body names below it
        ("Norhaven toll: 72 of the dead were home fans, ministry says\n\nThe health ministry on "
         "Friday gave its final figures.", "72", "gov", "health ministry"),
        ("Norhaven: city says search is over at 113 dead\n\nNORHAVEN - The Norhaven city "
         "administration said on Sunday that the search had ended.", "113", "gov",
         "Norhaven city"),
        # a breakdown after a colon is the speaker's
        (HEAD + "The health ministry on Friday gave its final breakdown of the dead in the "
         "crush: 72 home fans, one away fan and a police conscript, 74 in all.", "74", "gov",
         "health ministry"),
        # a name that opens on initials is a person "he" stands for
        (HEAD + 'Ana Lund: "The total number of people killed is 195."\n\nNSG chief J.K. Dutt '
         'tells reporters the operation is over. "We have killed three attackers," he says.',
         "three", "federal", "J.K. Dutt"),
        # an event as a verb's subject speaks for no one: the outlet's own voice
        (HEAD + "The disaster recalled the fire at a club in Vell in 2013, which killed 242 "
         "people.", "242", "media", ""),
        # "the ministry" that no one spoke for before is the ministry the text named
        (HEAD + "The official list, closed by the Ministry of Health in March, is long.\n\nIn "
         "November, the ministry said 12 patients had died abroad.", "12", "gov",
         "Ministry of Health"),
        # "a priest said he had counted": he is the priest, not the minister before him
        (HEAD + "Police chief Ana Lund denied that officers had fired.\n\nResidents carried the "
         "bodies to a church, where a priest said he had counted six bodies on the floor.",
         "six", "residents", "priest"),
        # "according to the revised figures" after "the officials said": the officials'
        (HEAD + "The Norland government revised the toll down to 172, the Courier reported. Of "
         "the 172, 26 were foreigners, the officials said. The crush also left 308 people "
         "wounded, according to the revised figures.", "308", "gov", "Norland government"),
        # "into" joins an inquiry's name: not "Canterbury earthquakes" said
        (HEAD + "The Royal Commission into the Norhaven crush said 115 people died at the gate.",
         "115", "gov", "Royal Commission into the Norhaven crush"),
        # an agency's report, citing its sources, relays them
        (HEAD + "A Press Trust of Norland report, citing relatives at the cemetery, said at least "
         "2,000 people had been buried since Monday.", "at least 2,000", "residents",
         "relatives at the cemetery"),
    ],
)  # fmt: skip
def test_who_states_the_figure(text, quote, side, name):
    found = figure(text, quote)
    assert (found.side, found.claimant_name) == (side, name), found.attribution


def test_a_post_quoting_someone_else_is_not_an_unnamed_post():
    """Guard: a post that quotes others' words ("relatives are talking about 400") is not
    itself the unnamed source of the figure."""
    text = (
        HEAD + 'A post on the Telegram channel Mash on the same day said "relatives are talking '
        'about 400 bodies", without naming anyone.'
    )
    assert "unnamed source" not in figure(text, "400").attribution


def test_the_media_saying_nothing_states_no_figure():
    """A fact check's claim "… and the media say nothing" is not the media's figure."""
    text = (
        'CLAIM: "They killed 30 of our brothers in Norhaven and the media say nothing." '
        "(Facebook post, 20 November)\n\nVERDICT: False"
    )
    assert figure(text, "30").side == "unknown"


@pytest.mark.parametrize(
    ("text", "quote", "side"),
    [
        # a data noun that is no party's cue: no one named ("according to preliminary data")
        (HEAD + "Seventy-two people were killed, according to preliminary data.", "Seventy-two",
         "media"),
        # a body with a capital before "Fire" is no event: "Cal Fire said" speaks
        (HEAD + "Norhaven Fire said the blaze had destroyed 9,700 homes. About 52,000 people "
         "remain evacuated.", "About 52,000", "gov"),
    ],
)  # fmt: skip
def test_guards(text, quote, side):
    assert figure(text, quote).side == side, figure(text, quote).attribution


@pytest.mark.parametrize(
    ("text", "quote", "metric"),
    [
        # a participle describes the noun; the figure's own verb says what it counts
        (HEAD + "Seventy-eight men arrested at a protest in Norhaven suffocated in army trucks, "
         "a senior officer said.", "Seventy-eight", "killed"),
        (HEAD + "The families' lawyer said at least three men detained that day were never "
         "found.", "at least three", "missing"),
        # verbs of dying the keywords lacked
        (HEAD + "Twenty years ago, 85 men died: seven were shot and 78 suffocated in army "
         "trucks.", "78", "killed"),
        (HEAD + "At least 12 fans were crushed to death at the gate.", "At least 12", "killed"),
        # guard: the figure's own verb is the participle's
        (HEAD + "Police said 52 men were arrested at the gate on Sunday.", "52", "detained"),
    ],
)  # fmt: skip
def test_what_the_figure_counts(text, quote, metric):
    assert figure(text, quote).metric == metric


@pytest.mark.parametrize(
    ("text", "quote", "scope"),
    [
        # a span of unrest, an insurgency's running total, what came after the event
        (HEAD + "More than 400 people have been killed in the south since an insurgency flared "
         "in January, the ministry says.", "More than 400", "war"),
        (HEAD + "The insurgency in the south has killed more than 7,000 people since 2004.",
         "more than 7,000", "war"),
        (HEAD + "Clashes between fans and police in Vell have since killed at least 12 people.",
         "at least 12", "war"),
        (HEAD + "The crush in Norhaven killed eight people, raising the toll from weeks of unrest "
         "to at least 32.", "at least 32", "war"),
        (HEAD + "The inquiry found that at least 37 people died in the context of the crisis.",
         "at least 37", "war"),
        # guard: the event's own toll
        (HEAD + "The crush in Norhaven killed eight people, raising the toll from weeks of unrest "
         "to at least 32.", "eight", "strike"),
    ],
)  # fmt: skip
def test_which_event_the_figure_is_about(text, quote, scope):
    assert figure(text, quote).scope == scope


def test_a_comparison_with_another_event_is_its_own_clause():
    """ "rose to 93 on Saturday, X said, surpassing the 2018 fire …, which killed 85": the 93
    is the event's; the 85 is the other fire's."""
    text = (
        HEAD + "The toll from the crush in Norhaven rose to 93 on Saturday, the city said, "
        "surpassing the 2018 stadium fire in Vell, which killed 85 people."
    )
    assert (figure(text, "93", "2025-03-02").scope, figure(text, "85", "2025-03-02").scope) == (
        "strike",
        "other",
    )
