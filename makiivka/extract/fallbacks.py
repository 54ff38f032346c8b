"""Give a speaker whose words name no side a side: its relay's, the outlet's party, the channel's.

"Ukrainian media quoted the state railway operator": the operator speaks for the side that
relays it; "the General Command said", in a party's own news agency: that party's; a UN
agency's release crediting "Health Cluster partners": the agency's. Split from
:mod:`makiivka.extract.resolve`, which finds who a cue names.
"""

from __future__ import annotations

import re
from dataclasses import replace

from makiivka.extract.document import Context
from makiivka.extract.entities import is_person
from makiivka.extract.evidence import Speaker
from makiivka.extract.resolve import UNNAMED
from makiivka.extract.roles import MEDIA_HEAD

#: The outlet's own people: "our services", "our teams" in a party's channel (user 24b).
_OURS = re.compile(r"(?i)(?:our|we)\b")


def fallback_side(ctx: Context, speaker: Speaker) -> Speaker:
    """Give a speaker whose words name no side its relay's side, else the outlet's party.

    "Ukrainian media quoted the state railway operator": the operator speaks for the side
    that relays it. "the General Command said", in a party's own news agency: that party's.
    """
    sides = ctx.register.sides
    if UNNAMED.search(speaker.name) or sides.unnamed(speaker.name):
        return speaker  # unnamed reports or outlets speak for no one's side
    work = _OUTLET_WORK.fullmatch(speaker.name)  # "a BBC investigation": the BBC's own
    if speaker.name and _named_outlet(ctx.text, work[1] if work else speaker.name):
        # "the official Xinhua news agency said …", then "Xinhua said 674 …": an outlet the
        # article calls one speaks in its own voice (the corpus conventions: media)
        return replace(speaker, side="media", basis="cue")
    if speaker.relayed_by:
        # "Norlandic media quoted the railway operator": unnamed outlets tell the country of
        # the one they quote, though their own figures speak for no side.
        # ("the Athens News Agency": its place, though an agency speaks as the media)
        relay = MEDIA_HEAD.sub("", speaker.relayed_by).strip() or speaker.relayed_by
        side = sides.side_of(relay)
        side = sides.cue_side(relay) or side if side == "unknown" else side
        if side in sides.parties:
            return replace(speaker, side=side, basis="relay")
    claimant = ctx.register.claimants.get(ctx.outlet or "")
    if claimant is not None:
        side = sides.side_of(claimant.name)
        if side in sides.parties and _OURS.match(speaker.name):  # "according to our services"
            return replace(speaker, claimant=claimant.claimant_id, name=claimant.name, side=side,
                           basis="outlet")  # fmt: skip
        if side in sides.parties:
            return replace(speaker, side=side, basis="outlet")
    channel = ctx.channel if claimant is None else None
    if channel is None or channel.side not in (*sides.parties, "third_party"):
        return speaker
    if _DOCUMENT.fullmatch(speaker.name):
        # "The update also confirms …", a UN mission's "The investigation found": the channel's
        return replace(speaker, name=channel.name, side=channel.side, basis="outlet")
    named_body = (
        speaker.side == "unknown"
        and speaker.name[:1].isupper()
        and not re.match(r"(?i)an?\s", speaker.name)  # "A man who had gone to …": a witness
        and not is_person(speaker.name, ctx.entities)
    )
    if channel.side in sides.parties or (named_body and channel.form == "release"):
        # "/NNA/. … the mission"; a UN agency's release crediting "Health Cluster partners":
        # bodies no word of the story places speak for the side that publishes them
        return replace(speaker, side=channel.side, basis="outlet")
    return speaker


#: An outlet's own work: "a BBC investigation", "an AP analysis".
_OUTLET_WORK = re.compile(
    r"(?:an?\s+|the\s+)?([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*)?)\s+(?:investigation|analysis"
    r"|count|tally|review|survey|reporting)"
)


def _named_outlet(text: str, name: str) -> bool:
    """Tell whether the article calls *name* a news outlet ("the Xinhua news agency")."""
    outlet = rf"(?<![\w-]){re.escape(name)}\s+(?:news\s+agency|newspaper|daily|broadcaster|TV\b"
    outlet += r"|television|news\s+(?:site|website|channel|portal)|wire\s+service"
    outlet += r"|reporters|journalists|correspondents?)"  # "BBC reporters travelled to …"
    return re.search(outlet, text) is not None


#: The text itself, in a channel's own release: "The update also confirms that 37 …".
_DOCUMENT = re.compile(
    r"(?i)(?:the\s+|this\s+)?(?:update|statement|release|press\s+release|report|bulletin"
    r"|communiqu[ée]|note|investigation|inquiry|findings|it)"
)
