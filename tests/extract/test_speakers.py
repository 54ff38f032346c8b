"""Who said it: each kind of attribution in real reporting, in our own short sentences.

The story is invented (no corpus name, place or phrase): parties ``north`` (label Norland,
holding Harbour City, where the event happened, and Velan region) and ``south`` (Southern
Front, holding Kessa), the third-party role's cues, and two registered claimants. Each row
gives a text and, for one figure in it, the side, the claimant's name, the relaying outlet
and how the evidence column begins. The kinds are the issue's (18); several phrasings each.
"""

from __future__ import annotations

from functools import partial

import pytest

from makiivka.extract.figures import extract_figures as _extract
from makiivka.extract.records import COLUMNS, Figure
from makiivka.extract.speakers import register_from
from makiivka.story.parties import label_cues

#: The rules alone: these tests check their conventions on invented passages; what the
#: speaker model may change is tested in test_speaker_model.py.
extract_figures = partial(_extract, model=False)


def figure_ending(text: str, quote: str, published: str, register, which: int = -1):
    """Return the last (or *which*) figure, by the rules alone, whose quote ends with *quote*."""
    found = [f for f in extract_figures(text, published, register) if f.quote.endswith(quote)]
    assert found, f"{quote!r} not extracted"
    return found[which]


DESCRIPTOR = {
    "event": {"places": ["Harbour City"]},
    "parties": [
        {"id": "north", "label": "Norland", "cues": label_cues("Norland"),
         "places": ["Harbour City", "Velan region"]},
        {"id": "south", "label": "Southern Front", "cues": [*label_cues("Southern Front"),
         "rebels", "Front"], "places": ["Kessa (town)"]},
    ],
    "roles": {"third_party": {"cues": ["United Nations", "Red Crescent", "World Health Organization",
              "NGO"]}, "media": {"cues": ["Courier"]}},
}  # fmt: skip
REGISTER = register_from(
    [
        {
            "claimant_id": "un",
            "name": "United Nations",
            "side": "third_party",
            "aliases": "United Nations|UN",
        },
        {
            "claimant_id": "kessa_mayor",
            "name": "Ivo Brandt",
            "side": "south",
            "aliases": "Ivo Brandt|Brandt",
        },
    ],
    DESCRIPTOR,
)


def figure_in(text: str, quote: str) -> Figure:
    """Return the one extracted figure whose quote is *quote* (the last, if it repeats)."""
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert found, f"{quote!r} not extracted"
    return found[-1]


# (kind, text, figure, side, claimant name, relayed_by, evidence begins)
KINDS = [
    # 1. entities across the article: "the ministry" four paragraphs later, relayed
    ("entity", "The defence ministry in Norland said on Sunday that a depot was hit.\n\n"
     "Rescue work went on.\n\nA news agency later quoted the ministry as saying 40 people were "
     "killed.", "40", "north", "defence ministry in Norland", "A news agency", '"ministry" said'),
    ("entity", "Norland's emergency service said 14 people were killed.\n\nThe service later "
     "said 30 more had been found.", "30", "north", "Norland's emergency service", "",
     '"service" said'),
    ("entity", "Norland's independent inspection team, led by a judge, visited the "
     "dam.\n\nThe team also found that 40 people were injured.", "40", "north",
     "Norland's independent inspection team", "", '"team" said'),
    # 2. people introduced once, named again by surname or pronoun
    ("person", "Oleh Marchenko, head of the regional military administration, said the attack "
     "began at dawn.\n\nMarchenko wrote on Telegram that 18 people had died.", "18", "north",
     "Oleh Marchenko", "", '"Marchenko" said (before the figure) = "Oleh Marchenko"'),
    ("person", "Oleh Marchenko, head of the regional military administration, said 18 people "
     "had died. He added that 30 were wounded.", "30", "north", "Oleh Marchenko", "",
     '"He" said (before the figure) = "Oleh Marchenko"'),
    ("person", "The city's governor, Petra Olin, spoke at noon.\n\n\"We have 12 dead,\" the "
     "governor said.", "12", "north", "Petra Olin", "", '"the governor" said'),
    # 3. roles tied to places, nationality and institution words in the title
    ("place", "The mayor of Kessa said 12 people were killed.", "12", "south", "mayor of Kessa",
     "", '"mayor of Kessa" said'),
    ("place", "Velan region governor Petra Olin said 12 people were killed.", "12", "north",
     "Petra Olin", "", '"Petra Olin" said'),
    ("place", "The city military administration said 12 people were killed.", "12", "north",
     "The city military administration", "", '"The city military administration" said'),
    ("place", "The regional prosecutor's office said 12 people were killed.", "12", "north",
     "The regional prosecutor's office", "", '"The regional prosecutor\'s office" said'),
    ("place", "Norland's emergency service said 12 people were killed.", "12", "north",
     "Norland's emergency service", "", '"Norland\'s emergency service" said'),
    ("place", "Norland's emergency coordination centre says 12 people were killed.", "12",
     "north", "Norland's emergency coordination centre", "",
     '"Norland\'s emergency coordination centre" said'),
    # a relative clause between the speaker and the verb says more about the speaker
    ("place", "A strike on the camp killed 50 people, the director of the Harbour City "
     "hospital, which received the casualties, said.", "50", "north",
     "the director of the Harbour City hospital", "",
     '"the director of the Harbour City hospital" said'),
    # 4. registered names win
    ("register", "Kessa's mayor, Ivo Brandt, said 12 people were killed.", "12", "south",
     "Ivo Brandt", "", '"Ivo Brandt" said'),
    ("register", "The United Nations has cut its estimate of the dead to 40.", "40",
     "third_party", "United Nations", "", '"United Nations" said'),
    ("register", "Twelve people died, said Ivo Brandt, the head of the town.", "Twelve", "south",
     "Ivo Brandt", "", '"Ivo Brandt" said (after the figure)'),
    # "the ministry" is the ministry the article named, not the last speaker
    ("entity", "The figure first came from Norland's Health Ministry. The Red Crescent said "
     "the toll was unclear. Later the ministry put the number of dead at 471.", "471", "north",
     "Norland's Health Ministry", "", '"the ministry" said (before the figure) = "Norland\'s '
     'Health Ministry"'),
    ("entity", "Norland's Health Ministry said 40 died. Roads were shut. Rain fell. Schools "
     "closed. Shops closed. Trains stopped. Power failed. Crowds gathered. Night fell. Help "
     "came. The Southern side claims 300 died. The ministry did not comment.\n\nIn May, "
     "the ministry said 471 people had been treated.", "471",
     "north", "Norland's Health Ministry", "", '"the ministry" said (before the figure) = '
     '"Norland\'s Health Ministry"'),
    # a speaker after a clause of contrast does not govern the figure before it
    ("entity", "Hospitals in Kessa took in 471 dead, while Red Crescent estimates are "
     "far lower.", "471", "media", "", "", "outlet voice"),
    ("entity", "At least 40 were killed, though the toll could rise, the Red Crescent said.",
     "At least 40", "third_party", "Red Crescent", "", '"Red Crescent" said'),
    # 5. a new subject resets carry-over
    ("reset", "Norland's emergency service said 14 people were killed.\n\nThe World Health "
     "Organization said 300 people had been treated.", "300", "third_party",
     "World Health Organization", "", '"World Health Organization" said'),
    ("reset", "Norland's emergency service said 14 people were killed. It followed a strike "
     "last week that killed 9 people.", "9", "media", "", "", "outlet voice"),
    ("reset", "The Front's spokesman said 12 fighters were killed. Among the dead were 3 "
     "commanders. Of the 40 wounded, 6 are critical, the Red Crescent said.", "3", "media", "",
     "", "outlet voice"),
    # 6. headlines take their own attribution, else the outlet
    ("headline", "Strike kills 50 in Harbour City — regional governor\n\nBody text follows.",
     "50", "north", "regional governor", "", 'headline: "regional governor"'),
    ("headline", "Norland: 50 killed in strike\n\nThe governor said 52 people were killed.",
     "50", "media", "", "", "outlet voice"),
    # a headline's verb of estimate credits its subject ("fears", like "says")
    ("headline", "Kessa mayor fears up to 20,000 dead\n\nThe mayor of Kessa has said that as "
     "many as 20,000 people may have been killed.", "up to 20,000", "south", "Kessa mayor", "",
     '"Kessa mayor" said'),
    # a headline's bare role without a side takes the body's speaker of the same value
    ("headline", "Strike kills more than 80, minister says\n\nA strike killed 80 people, "
     "Norland's health minister said.", "more than 80", "north", "Norland's health minister",
     "", "headline matches body figure at 58: "),
    ("headline", "Dam bursts, 900 feared dead\n\nThe dam held 900 tonnes of water.", "900",
     "media", "", "", "outlet voice"),
    # 7. the outlet's own voice, hedged or not; unknown only for unnamed sources
    ("outlet", "The strike reportedly killed 200 people.", "200", "media", "", "",
     'outlet voice, hedged: "reportedly"'),
    ("outlet", "The blast is said to have killed dozens of people.", "dozens", "media", "", "",
     'outlet voice, hedged: "is said to"'),
    ("outlet", "At least 118 people were killed in the strike.", "At least 118", "media", "", "",
     "outlet voice"),
    ("unnamed", "At least 118 people were killed, according to reports.", "At least 118",
     "unknown", "reports", "", 'unnamed source: "reports"'),
    ("unnamed", "At least 118 people were killed, sources said.", "At least 118", "unknown",
     "sources", "", 'unnamed source: "sources"'),
    ("unnamed", "Around 100 people died, according to social media.", "Around 100", "unknown",
     "social media", "", 'unnamed source: "social media"'),
    # 8. relays: the first teller is the claimant, the outlet relays
    ("relay", "A Front commander told the Lirun news agency that 40 fighters were killed.", "40",
     "south", "A Front commander", "Lirun news agency", '"A Front commander" said'),
    ("relay", "The Courier cited a Front commander as saying 40 fighters were killed.", "40",
     "south", "a Front commander", "Courier", '"a Front commander" said'),
    ("relay", "At least 40 people were killed, according to the health ministry, quoted by the "
     "Courier.", "At least 40", "north", "health ministry", "Courier",
     'according to "health ministry"'),
    ("relay", "According to Norland's health ministry, quoted by the Courier, around 40 people "
     "were killed.", "around 40", "north", "Norland's health ministry", "Courier",
     'according to "Norland\'s health ministry" via "the Courier"'),
    # an agency that closes a sentence after a party's speaker relays that speaker
    ("relay", "Norland's coast guard said 12 people were rescued and 30 were missing, the Lirun "
     "news agency reported.", "30", "north", "Norland's coast guard", "Lirun news agency",
     '"Norland\'s coast guard" said (after the figure) via "the Lirun news agency"'),
    ("relay", "The Courier said 30 were missing, the Lirun news agency reported.", "30", "media",
     "Courier", "", '"Courier" said'),
    ("relay", "At least 40 people were killed, the health ministry said (via the Courier).",
     "At least 40", "north", "the health ministry", "Courier", '"the health ministry" said'),
    ("relay", "At least 40 people were killed, the Courier said, citing Norland's health "
     "ministry.", "At least 40", "north", "Norland's health ministry", "Courier",
     '"Norland\'s health ministry" said'),
    # an agency whose name holds an acronym is no person citing someone: it relays
    ("relay", "RIA Lirun, citing Norland's rescue services, reports 14 dead.", "14", "north",
     "Norland's rescue services", "RIA Lirun", '"Norland\'s rescue services" said'),
    ("relay", "Speaking to the Courier, a relative said 10 people were killed.", "10", "north",
     "a relative", "Courier", '"a relative" said'),
    # 9. denials and walk-backs (conventions.denials)
    ("denial", "The Red Crescent said it had never published a death toll of 11,300 people.",
     "11,300", "unknown", "", "", 'disowned by "Red Crescent"'),
    ("denial", "The Red Crescent denied issuing a toll of 11,300 dead.", "11,300", "unknown",
     "", "", 'disowned by "Red Crescent"'),
    ("denial", "The rebels dismissed reports of more than 150 dead as exaggerated.",
     "more than 150", "south", "rebels", "", '"rebels" said (before the figure) (denied'),
    ("denial", "The Front denied any role in the shelling of a market, where 60 people were "
     "killed.", "60", "media", "", "", "outlet voice"),
    ("relay", "Rockets hit a market, killing 9 people, a doctor in Harbour City, the regional "
     "capital, told the Courier.", "9", "north", "a doctor in Harbour City", "Courier",
     '"a doctor in Harbour City" said (after the figure)'),
    # owners of estimates, participles, sources named again
    ("owner", "Norland's health officials' estimates of the toll ranged from 30 to 60. Their "
     "figures for the wounded went from 120 to 140.", "from 120 to 140", "north",
     "Norland's health officials", "", '"Their" said (before the figure)'),
    ("owner", "The Front blamed Norland, saying in a statement that its forces had fired 6 "
     "rockets.", "6", "south", "Front", "", '"Front" said (before the figure)'),
    ("owner", "A source close to the Front told the Courier that 170 people were killed. The "
     "source said 150 more were injured.", "150", "south", "A source close to the Front", "",
     '"source" said (before the figure) = "A source close to the Front"'),
    ("owner", "The market was struck on Sunday, killing 27 people, Ivo Brandt, whom the Front "
     "installed as head of the town, wrote on Telegram.", "27", "south", "Ivo Brandt", "",
     '"Ivo Brandt" said (after the figure)'),
    ("denial", "Norland admits a strike on a market that left 64 dead.", "64", "media", "", "",
     "outlet voice"),
    ("denial", "Norland acknowledged on Friday that the strike had killed 10 civilians.", "10",
     "north", "Norland (government)", "", '"Norland" said (before the figure)'),
    # country-level wording names the party's government (judgement call 16)
    ("country", "Harbour City says 40 people were killed.", "40", "north",
     "Harbour City (Norland government)", "", '"Harbour City" said (before the figure)'),
    # local speakers: witnesses, residents, relatives, hospital staff (judgement calls 4, 5)
    ("local", "Survivors said at least 70 people were inside when the shell hit.",
     "at least 70", "north", "Survivors", "", '"Survivors" said'),
    ("local", "A hospital official said 40 people had died.", "40", "north",
     "A hospital official", "", '"A hospital official" said'),
    ("local", "Lena Kask said her brother and 5 neighbours were killed.", "5", "north",
     "Lena Kask", "", '"Lena Kask" said'),
    # credits after the figure and Source lines
    ("credit", "Rockets killed 4 people.\n\nThis was reported by the regional governor.", "4",
     "north", "regional governor", "", 'credited in the next sentence: "regional governor"'),
    ("credit", "Twelve people were killed and 30 injured.\n\nSource: a Telegram post by the "
     "Velan region governor", "30", "north", "Velan region governor", "",
     'source line: "Velan region governor"'),
    # a "Source:" line that opens the page credits the posts under it (a channel's posts)
    ("credit", "Source: posts by Jan Novak, head of the Velan region administration, on its "
     "channel.\n\n14 May, 17:20\nPreliminary: 5 dead. 27 injured.", "27", "north", "Jan Novak",
     "", 'source line: "Jan Novak"'),
    ("credit", "Source: posts by Jan Novak, head of the Velan region administration.\n\nThe "
     "World Health Organization said 300 people had been treated.", "300", "third_party",
     "World Health Organization", "", '"World Health Organization" said'),
    # a speaker after a long sentence, named by a rescue body's head noun
    ("after", "At least 94 people died on Thursday when a ferry carrying some 500 people, most "
     "of them from Kessa, capsized off Harbour City, the coast guard said.", "At least 94",
     "north", "the coast guard", "", '"the coast guard" said (after the figure)'),
    # a subject with a relative clause and no commas before its verb
    ("before", "Fishermen who were the first to reach the wreck off Harbour City said they had "
     "pulled 47 people from the water.", "47", "north", "Fishermen",
     "", '"Fishermen" said (before the figure)'),
    # a "Repost from X:" prefix credits the quotation after it, sentence by sentence
    ("credit", 'Repost from Ivo Brandt: "Kessa. Every minute counts. 39 people have been '
     'rescued."', "39", "south", "Ivo Brandt", "", 'quotation by "Ivo Brandt"'),
]  # fmt: skip


@pytest.mark.parametrize("row", KINDS, ids=lambda r: f"{r[0]}:{r[1][:40]}")
def test_each_kind_gets_its_claimant_side_and_evidence(row):
    _, text, quote, side, name, relayed_by, evidence = row
    figure = figure_in(text, quote)
    assert (figure.side, figure.claimant_name, figure.relayed_by) == (side, name, relayed_by)
    assert figure.attribution.startswith(evidence), figure.attribution


def test_a_registered_alias_gives_the_claimant_id():
    figure = figure_in("Kessa's mayor, Ivo Brandt, said 12 people were killed.", "12")
    assert figure.claimant == "kessa_mayor"
    assert figure.attribution.endswith("side from the register")


@pytest.mark.parametrize(
    ("text", "quote", "low", "high"),
    [
        # a direct, registered attribution is surer than a carried one from a local role
        ("The United Nations said 40 people died.", "40", 0.85, 1.0),
        ("The city's mayor said 12 died. Another 30 were hurt.", "30", 0.3, 0.6),
        ("At least 118 people were killed, sources said.", "At least 118", 0.2, 0.5),
        ("The strike reportedly killed 200 people.", "200", 0.5, 0.7),
        ("The Red Crescent said it had never published a figure of 11,300 dead.", "11,300",
         0.2, 0.4),
    ],
)  # fmt: skip
def test_confidence_sorts_the_doubtful_first(text, quote, low, high):
    figure = figure_in(text, quote)
    assert low <= figure.confidence <= high
    assert figure.confidence == round(figure.confidence, 2)


def test_the_evidence_columns_come_last():
    assert COLUMNS[-2:] == ["attribution", "confidence"]


def test_a_registered_acronym_in_brackets_names_the_claimant_spelled_out_before_it():
    # a new user's wire copy: OCHA registered by its acronym, spelled out in the article
    register = register_from(
        [{"claimant_id": "ocha", "name": "UN humanitarian office", "side": "third_party",
          "aliases": "OCHA"}],
        DESCRIPTOR,
    )  # fmt: skip
    text = ("The United Nations Office for the Coordination of Humanitarian Affairs (OCHA) said "
            "some 3,500 people had been displaced.")  # fmt: skip
    figure = next(f for f in extract_figures(text, "2024-05-01", register))
    assert (figure.claimant, figure.side) == ("ocha", "third_party")
