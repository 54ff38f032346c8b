"""Who said it, in the forms blind set 11 showed us: UN and rights-group releases, situation reports.

The kinds were read off blind set 11's failures once it stopped being the check (a UN office's
release "… and MONUSCO have concluded", a rights group's "(Beirut, August 2, 2006) –" dateline,
an OCHA situation report's own credit line, "the Government of Indonesia", a director "at" a
body); every passage here is our own, in the invented story of ``test_speakers`` (``north``
is Norland, holding Harbour City, the event's place; ``south`` is the Southern Front, holding
Kessa; the United Nations and the Red Crescent are third parties). Each row: a text, one
figure's quote, and its side, claimant name and how its evidence begins. The rules alone.
"""

from __future__ import annotations

import pytest

from tests.extract.test_forms_blind9 import WESTERIA
from tests.extract.test_speakers import REGISTER, extract_figures

JOINT_RELEASE = (
    "Preliminary investigation: civilians killed in Kessa\n\nHarbour City, 7 December 2024 – "
    "The United Nations Joint Human Rights Office (UNJHRO) and the Mission have concluded a "
    "preliminary investigation into the attacks on Kessa.\n\nAt least eight people were "
    "wounded by bullets, and 60 others were abducted."
)
RIGHTS_RELEASE = (
    "Norland: Kessa Death Toll at 28\n\n(Harbour City, August 2, 2024) – Red Crescent "
    "researchers have confirmed that 28 people were killed in the strike.\n\nThe Red Crescent "
    "established that 13 people who had been in the building remain unaccounted for."
)
SITREP = (
    "Norland: Floods\nSituation Report No. 6 (as of 10 October 2024)\n\nThis report is "
    "produced by the United Nations in collaboration with humanitarian partners.\n\n"
    "HIGHLIGHTS\n\n• 82,775 people are displaced, in 112 sites in Harbour City."
)
DELEGATES = (
    "IVO PETRENKO (Norland) said that the strike had killed more than 60 people.\n\n"
    "SAM RAY (Southern Front) expressed deep sorrow for the loss of civilian life. He said "
    "Norland had fired more than 150 rockets at Kessa."
)
CASES = [
    # a joint release that "has concluded" an investigation speaks in its own voice
    (JOINT_RELEASE, "At least eight", "third_party",
     "United Nations Joint Human Rights Office", "outlet voice"),
    # a rights group's dated bracket dateline, then "researchers have confirmed"
    (RIGHTS_RELEASE, "13", "third_party", "Red Crescent", "outlet voice"),
    # a situation report's own credit line names its publisher
    (SITREP, "82,775", "third_party", "United Nations", "outlet voice"),
    # the UN's meeting coverage: a delegate in capitals with the state in brackets, and "he"
    # the delegate who opens the sentence before, though he had not spoken yet
    (DELEGATES, "more than 60", "north", "IVO PETRENKO", '"IVO PETRENKO" said'),
    (DELEGATES, "more than 150", "south", "SAM RAY", '"He" said (before the figure) = "SAM RAY"'),
    # a director "at" a body takes the body's side
    ('"We have the names of 28 dead," said Ivo Petrenko, emergencies director at the Red '
     "Crescent.", "28", "third_party", "Ivo Petrenko", '"Ivo Petrenko" said'),
]  # fmt: skip


@pytest.mark.parametrize(("text", "quote", "side", "name", "evidence"), CASES)
def test_who_states_the_figure_in_each_form(text, quote, side, name, evidence):
    figure = next(f for f in extract_figures(text, "2024-05-01", REGISTER) if f.quote == quote)
    assert (figure.side, figure.claimant_name) == (side, name), figure.attribution
    assert figure.attribution.startswith(evidence), figure.attribution


def test_the_government_of_a_country_is_the_party_of_its_demonym():
    # the story knows the party by its demonym only ("Westerian"), the text by its country
    text = "The Government of Westeria reports 2,045 people dead."
    figure = next(f for f in extract_figures(text, "2024-05-01", WESTERIA) if f.quote == "2,045")
    assert (figure.side, figure.claimant_name) == ("west", "Government of Westeria")
