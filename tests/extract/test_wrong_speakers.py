"""Words that are no speaker: a counted noun's participle, a fronted time, a source of
method inside someone's statement, a participle of publishing; list items credit their label.

Invented story: parties ``north`` (Norland) and ``south`` (Southmark); the third-party role
lists "Aid Monitor". Expected values are written from the rules in
:mod:`makiivka.extract.attribution`, :mod:`makiivka.extract.subjects` and
:mod:`makiivka.extract.voices`.
"""

from __future__ import annotations

import pytest

from makiivka.extract.attribution import find_cues
from makiivka.extract.figures import extract_figures
from makiivka.extract.speakers import register_from

REGISTER = register_from(
    [],
    {"event": {"places": ["Harbour City"]},
     "parties": [{"id": "north", "label": "Norland", "cues": ["Norland", "Norlandic"],
                  "places": ["Harbour City"]},
                 {"id": "south", "label": "Southmark", "cues": ["Southmark"], "places": []}],
     "roles": {"third_party": {"cues": ["Aid Monitor"]}}},
)  # fmt: skip


@pytest.mark.parametrize(
    ("sentence", "names"),
    [
        # "confirmed" describes the counted noun after "number of": no one confirms
        ("The number of confirmed fatalities in the flood remains at 115.", []),
        ("The toll of reported deaths rose to 20.", []),
        # a fronted time is not the subject
        ("Hours later, the Norlandic mayor said 30 had died.", ["the Norlandic mayor"]),
        # "gave a toll of" a quoted figure is a statement of it
        ('Activists said 150 died, while the Norlandic government gave a toll of "more '
         'than 100".', ["Activists", "the Norlandic government"]),
        # a participle of publishing after a comma, with a time after it
        ("- Aid Monitor: close to 600, based on interviews, published in May.",
         ["Aid Monitor"]),
        # a sentence opening on a preposition: what follows is no one's name
        ("Of the dead identified so far, 12 are children.", []),
        ("Among the bodies found overnight, four were children.", []),
        # with an object after it, it is the verb of the subject before the comma
        ("Southmark, which claimed the attack, released a video that showed four gunmen.",
         ["Southmark"]),
        # people and bodies who speak for others are speakers by their head noun
        ("Lawyers for the victims' families say at least 135 people died.",
         ["Lawyers for the victims' families"]),
        ("Norland's exiled opposition parties have said more than 50,000 were killed.",
         ["Norland's exiled opposition parties"]),
        ("Researchers at the university estimate that 2,975 people died.",
         ["Researchers at the university"]),
        # "kept the toll at" states the toll; keeping people somewhere does not
        ("Harbour City police had kept the toll at 115 for three weeks.",
         ["Harbour City police"]),
        ("Rescuers kept 40 people in a gym overnight.", []),
        # the agent of a passive or of a participle after the counted noun
        ("The toll of 2,975 was adopted by Norland's government on Aug. 28.",
         ["Norland's government"]),
        ("The bishop prayed for the 253 dead counted by the Norlandic government.",
         ["Norlandic government"]),
        ("Figures compiled by the Norlandic health ministry show 40 died.",
         ["Norlandic health ministry"]),
        ("Twelve houses destroyed by the flood were counted.", []),
    ],
)  # fmt: skip
def test_which_words_are_speakers(sentence, names):
    assert [c.name for c in find_cues(sentence, 0, len(sentence), REGISTER)] == names


@pytest.mark.parametrize(
    ("text", "quote", "side", "name"),
    [
        # "according to testimonies" inside a statement: the statement's speaker
        ("The Norlandic spokesman, Ana Lund, said that, according to testimonies, the boat "
         "carried about 400 people.", "about 400", "north", "Ana Lund"),
        # a fronted time is not the subject: the person is
        ("The next day, Norland's ombudswoman, Ana Lund, said 130 people had been rescued.",
         "130", "north", "Norland's ombudswoman"),
        # alone, testimonies are an unnamed source
        ("According to testimonies, the boat carried about 400 people.", "about 400",
         "unknown", "testimonies"),
    ],
)  # fmt: skip
def test_a_source_of_method_inside_a_statement_is_the_speaker_s(text, quote, side, name):
    found = [f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote]
    assert [(f.side, f.claimant_name) for f in found] == [(side, name)]
