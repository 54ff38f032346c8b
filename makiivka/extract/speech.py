"""The words of attribution: speech verbs, speakers' head nouns, and the forms that credit a figure.

Used by :mod:`makiivka.extract.attribution`; no story here: a story's words are its descriptor's.
"""

from __future__ import annotations

import re

#: Verbs that deny the figure in their object: "dismissed reports of more than 150 dead".
_DENIAL_VERBS = r"dismissed|rejected|denied|disputed|dismisses|rejects|denies|disputes"
#: Verbs whose subject states the figure that follows (or the clause it governs).
SPEECH_VERBS = (
    r"(?:said|says|say)(?!\s+nothing\b)|claims|claimed|claim|stated|states|reported|reports|report|announced"
    r"|announces|estimated|estimates|told|tells|added|adds|wrote|writes|confirmed|confirms"
    r"|acknowledged|acknowledges|admitted|admits|insisted|insists|alleged|alleges|noted|notes"
    r"|put|puts"
    r"|raised|raises|boosted|revised|revises|lowered|increased|updated|cited|warned|posted"
    r"|instructed|ordered|decreed|declared(?!\s+an?\s)|read|announced|counted|found|documented|recorded"
    # "The government records 83 deaths" (blind set 28), not "hospital records in Tyre"
    r"|records(?=\s+(?:(?:about|around|some|at\s+least|more\s+than|nearly|over)\s+)?\d|\s+that\s)"
    rf"|concluded|{_DENIAL_VERBS}|maintained|maintains|stressed|quoted|quotes|asserted"
    r"|argued|criticised|criticized|complained|accused|blamed|showed|shows|suggested"
    r"|specified|clarified|indicated|explained|detailed|informed|identified|estimate|believe"
    r"|believes|believed|tallied|registered|listed|published|released|issued|tweeted"
    r"|conceded|confirm|announce|tell|describes|described|specifies|apologi[sz]ed"
    r"|cut|cuts|reduced|reduces|lowers|lifted|downgraded|upgraded|corrected|doubled|halved|fears|fear"
    r"|gave|given|gives|kept|keeps|spoke|speaks|speak|spoken|reads|lists|counts|count|tallies"
    # "The authorities settled on 16 dead", "relatives compiled a list of 64 names" (set 23)
    r"|settled\s+on|compiled(?!\s+by\b)|compiles"
    r"|recalls|recalled|remembers|remembered|cites|cite|projected|projects|predicted|predicts"
    # "The Kenya Red Cross tweets that 49 people …", "A Twitter account … posts that" (set 20)
    r"|(?:tweets|posts)(?=\s+that\s)|broadcasting(?=\s+(?:[\w-]+\s+)?(?:news|reports?|claims?)\s+that\s)"
    # "The opposition party repeated its claim that …" (round 21's new user)
    r"|(?:repeated|repeats|reiterated|reiterates)(?=\s+(?:(?:its|their|his|her|the)\s+(?:own\s+)?)?(?:claims?"
    r"|figures?|estimates?|toll|that)\b)"
    # "UNMISS condemns the killing of hundreds", "It accepts that 11 people died": what a party
    # condemns or accepts it asserts (set 17); "the judge held that 156 had been killed" (18)
    r"|(?:held|holds|ruled|rules)(?=\s+(?:in\s+(?:1[89]|20)\d\d\s+)?that\s)"  # "ruled in 1999 that"
    r"|condemns|condemned|condemn|denounces|denounced|deplores|deplored|accept(?:s|ed)(?=\s+that\s)"
    # "The 'White Helmets' … spread claims that more than 70 civilians had died" (blind set 14)
    r"|spread(?:s|ing)?\s+(?:false\s+)?(?:claims|reports|rumou?rs|allegations)"
    # "…, the court heard": what was said before a court or inquest (blind set 14)
    r"|(?<=court\s)heard|(?<=inquest\s)heard|(?<=tribunal\s)heard|(?<=trial\s)heard"
)
#: The speech verbs that deny what follows them (:data:`_DENIAL_VERBS`).
DENIALS = re.compile(_DENIAL_VERBS, re.IGNORECASE)
#: A contrast ("…, while X estimates"), or a semicolon before a speaker whose verb governs a
#: clause of its own ("12 people remain missing; their families believe they were killed",
#: blind set 13): a speaker after it does not govern a figure before it.
CONTRAST = re.compile(
    r"(?i)[,;]\s*(?:while|whereas|but|although|though)\s"
    r"|;\s(?=[^.;]*?\s(?:believe|fear|think|say|said|hope)s?\s+(?:that\s+)?(?:they|he|she|it|we)\s)"
    # "The official toll of 64 is the Government's; the prosecutors count 65" (blind set 20):
    # a clause after a semicolon whose speaker's verb has a figure of its own
    r"|;\s(?=[^.;]*?\s(?:counts?|puts?|gives?|says?|said|reports?|estimates?|lists?)\s+"
    r"(?:(?:about|around|some|at\s+least|more\s+than|over|nearly|only)\s+)?\d)"
    # "… now stands at 181, and police say it may yet rise", "…, and what the official count
    # says" (blind set 18): an and-clause whose speaker's verb governs a clause of its own
    r"|,\s*and\s(?=[^.;]*?\s(?:say|says|said|warn|warned|fear|fears|believe|believes)\s+"
    r"(?:that\s+)?(?:it|this|they|he|she|we)\s)|,\s*and\s+what\s"
    # "… rose to 117 on Sunday, and Moscow's chief doctor said all but one …" (blind set 22)
    r"|,\s*and\s(?=(?-i:[A-Z][\w'’.-]*\s+){1,4}?(?:[a-z][\w'’-]*\s+){0,2}?(?:said|says|told)\s+"
    r"(?!(?:on|in|at|late|early|last|this|yesterday|today|tonight)\b)\w)"
)
#: Words that may stand between a subject and its verb ("has also said").
_AUXILIARY = r"(?:(?:has|have|had|been|also|still|later|earlier|previously|now|then|again|initially"
_AUXILIARY += r"|first|separately|further|would|will|just|already|(?:on\s+)?\w+day|\w+ly"
_AUXILIARY += r"|so\s+far)\s+){0,3}"
#: Anaphors that carry the last named speaker into this sentence.
ANAPHORS = (
    r"he|she|they|it|the\s+(?:statement|ministry|briefing|report|military|spokesman"
    r"|spokeswoman|spokesperson|official|officials|agency|decree|post|command|army)"
    r"|its\s+(?:report|statement|count|tally|figures|data|bulletin)"  # "Its report counted …"
)
#: A particle that begins a surname: "al-Saleh", "el-Drese", "bin", "van", "de".
PARTICLE = r"(?:(?:al|el|ad|ash|as|ar|az|abu|ul)-[A-Z][\w'’.-]*|bin|ibn|de|da|van|von|der|dos|du)"
_NAME = rf"(?:[A-Z][\w'’.-]*|{PARTICLE}|of|the|for|and|into|(?:do|das|del|di|la)(?=\s+[A-Z]))"
#: "Rio Grande do Sul", "Santa Cruz de la Sierra" (blind set 21): particles inside a place's name.
_PLACE = r"(?:\s+(?:in|of|from|at)\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?)?"
_NOT_AUX = r"(?!(?:was|were|is|are|been|be|had|has|have|did|do|does)\b)"
#: A speaker's name before its verb; a name may end in its initials in brackets ("The United
#: Nations Mission in South Sudan (UNMISS) strongly condemns", blind set 17).
_NAME_BEFORE = re.compile(
    rf"(?<![\w'’-])((?:[A-Z][\w'’.-]*|{PARTICLE})(?:\s+{_NAME}){{0,5}}(?:\s+{_NOT_AUX}[a-z][\w-]*){{0,2}}?"
    rf"(?:(?:{_PLACE}(?:\s+{_NAME}){{0,3}})?\s+\([A-Z][\w'’.-]*\))?)"
    rf"((?:{_PLACE}))"
    rf"\s+{_AUXILIARY}\Z"
)
_SENTENCE_WORD = re.compile(
    r"(?:The|A|An|This|That|It|There|But|And|If|When|While|As)|(?:We|I|You|Our|My)(?:\s+\w+)?"
)
#: Calendar words, never a speaker: "on 17 and 18 October say".
DATE_WORD = re.compile(
    r"(?:(?:on|in|of|and|since|by|\d{1,4}|January|February|March|April|May|June|July|August"
    r"|September|October|November|December|Jan\.|Feb\.|Aug\.|Sept?\.|Oct\.|Nov\.|Dec\.|Monday"
    r"|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|GMT|UTC|a\.m\.|p\.m\.)[\s,]*)+"
)
_ANAPHOR_BEFORE = re.compile(rf"(?<![\w-])({ANAPHORS})\s+{_AUXILIARY}\Z", re.IGNORECASE)
_NAME_AFTER = re.compile(
    r"\s+(?!(?:on|in|at|late|early|last|this|during|after|before|earlier|later|yesterday"
    r"|today|overnight|when|while|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"
    r"|January|February|March|April|May|June|July|August|September|October|November"
    r"|December)\b)"
    rf"((?:the\s+)?(?:[\w'’.-]+\s+){{0,3}}?[A-Z][\w'’.-]*(?:\s+{_NAME}){{0,8}})"
)
_ACCORDING = re.compile(
    r"(?<![\w-])(?:according\s+to\s+|based\s+on\s+(?=(?:the\s+)?[A-Z][^,.;:]{1,60}?['’]s?\s+"
    # "The official toll, based on the Board of Marine Inquiry's 1988 findings, is 1,565" (20)
    r"(?:\d{4}\s+)?(?:findings|figures|count|data|records|report|estimates?|list|tally)\b))",
    re.IGNORECASE,
)
_ACCORDING_NAME = re.compile(
    # "according to the U.N.": an abbreviation's stops are no end of the name
    r"(?:(?<![\w])(?:[A-Z]\.){2,}|[^,.;:!?()“”\"\n]){1,90}?"
    # "which according to the authorities killed at least 132": the verb ends the name
    r"(?=\s+(?:on|that|which|who|killed|died|were|was|had|has|have|left|wounded|injured)\b"
    r"|\s+(?:in|at)\s+(?![A-Z])"
    r"|[,.;:!?()“”\"\n]|\Z)"
)
_ANAPHOR_NAME = re.compile(rf"(?:{ANAPHORS}|him|her|them|its\s+\w+|his\s+\w+)", re.IGNORECASE)
#: "The junta of the time spoke of 57 dead" (blind set 18): a time after the name, not a place.
AT_THE_TIME = r"\s+(?:of|at)\s+the\s+time"
_THEN = rf"(?:{AT_THE_TIME}|\s+then)?"
_AFTER_ALIAS = re.compile(rf"(?:['’]s?\s+\w+)?{_PLACE}{_THEN}\s+{_AUXILIARY}")

#: A headline prefix that names a topic ("Ukraine war:", "Live:"), not a speaker ("General
#: Staff:"): the story's party and place words (``Register.topics``) or these news words.
_TOPIC_WORDS = (
    r"War|Crisis|Conflict|Invasion|Latest|Live|Updates?|Explained|Analysis|Opinion|Breaking"
    r"|Watch|Factbox|Explainer|World|Europe|Earthquakes?|Quakes?|Floods?|Storms?|Wildfires?"
    r"|Fires?|Stampedes?|Shipwrecks?|Cyclones?|Hurricanes?|Typhoons?|Landslides?|Disasters?"
)
#: "Sichuan earthquake:", and a named storm after its word: "Hurricane Otis:" (blind set 14).
_TOPIC_PREFIX = re.compile(
    rf"(?:\w+\s+)*(?:{_TOPIC_WORDS})(?:\s+(?-i:[A-Z])[\w'’-]+)?", re.IGNORECASE
)
_VERB = re.compile(rf"(?<![\w-])(?:{SPEECH_VERBS})(?![\w-])")
#: A speech word used as a noun ("Kyiv's claim that", "separatist claims of") is not a verb.
_NOUN_BEFORE = re.compile(
    r"(?:['’]s|\b(?:the|a|an|its|their|his|her|these|those|such))\s+\Z"
    # "The number of confirmed fatalities": a participle that describes the counted noun.
    r"|\b(?:number|toll|count|tally|total|list)s?\s+of\s+\Z"
    r"|(?<![\w-])(?-i:dismiss\w*|reject\w*|denie[sd]|deny\w*|disput\w*|refut\w*)\s+"
    r"(?:[\w'’-]+\s+){0,3}\Z"
    # "officials had delayed or concealed reports of 139 of them" (blind set 23)
    r"|(?<![\w-])(?-i:conceal\w*|delay\w*|hid|hidden|hiding|withh\w*|suppress\w*)\s+\Z",
    re.IGNORECASE,
)
#: The outlet speaking for itself outside quotations: "we found", "our investigation found".
_OWN_BEFORE = re.compile(
    rf"(?<![\w-])(?:we|our\s+(?:\w+\s+)?(?:investigation|team|researchers|monitors|staff"
    rf"|analysis|findings|teams|count|records?"
    # "Our reporters in Zawol now count" in a channel's post (round 21's second new user)
    rf"|reporters|correspondents|journalists)(?:\s+(?:in|at)\s+[A-Z][\w'’-]*)?)\s+{_AUXILIARY}\Z",
    re.IGNORECASE,
)
#: A subject that is the writer's own work: "A count I compiled in 2023 from lists held by
#: families and local officials found that …" (whose lists it drew on is no speaker).
_OWN_OPENING = re.compile(
    r"\A\s*(?:an?|the|my|our)\s+(?:\w+\s+)?(?:count|tally|analysis|investigation|review|survey"
    r"|database|research|reporting)\s+(?:that\s+)?(?:I|we)\s+[a-z]+",
    re.IGNORECASE,
)
#: "X quoted Y as saying", "X quotes a Y statement saying" (set 25): Y's figure, X relays it.
_QUOTED_AS = re.compile(
    r"\s+(?:(?:an?|the)\s+(?=[^,;.\"“]{1,80}?\s+statement\s+saying\b))?(.{1,90}?)"
    r"(?:\s+(?:earlier|later|on|in|last|this|yesterday|today)\b[^,;.\"“]{0,30}?)?(?:\s+statement"
    r"(?=\s+saying\b)|(?=\s+as\s+(?:saying|telling|stating|reporting)\b))\s+(?:as\s+)?"
    r"(?:saying|telling|stating|reporting)\b"
)
#: Verbs that take "Y as saying": "AP reported an Afghan official as saying".
RELAY_VERBS = frozenset(("quoted", "cited", "reported", "quotes", "cites", "reports"))
#: "figures from Y", "a list published by Y": the source inside an "according to" phrase.
_SOURCE_OF = re.compile(
    r"(?:(?:the\s+|an?\s+)?(?:latest\s+|official\s+|preliminary\s+|new\s+|final\s+)?(?:figures?"
    r"|data|numbers?|lists?|counts?|tally|tallies|estimates?|statements?|reports?)\s+"
    r"(?:(?:published|released|issued|compiled|provided|given|prepared)\s+"
    # "a report released today by Secretary-General Kofi Annan" (blind set 16)
    r"(?:(?:today|yesterday|on\s+\w+day|this\s+week|last\s+\w+)\s+)?)?(?:from|by|of)\s+)",
    re.IGNORECASE,
)
#: "according to the figure the National Government kept" (blind set 22): the keeper's name.
FIGURE_KEPT = re.compile(
    r"(?:the\s+)?(?:figures?|count|toll|numbers?|tally)\s+(?:that\s+|which\s+)?((?:the\s+)?[A-Z]"
    r"[^,;:]{1,60}?)\s+(?:kept|keeps|gave|gives|uses|used|published|issued|released|cites|cited"
    r"|recorded|records)\s*",
    re.IGNORECASE,
)
#: "…, cited by the national police", "and cited by Ukrainian officials": the relaying party.
_CITED_BY = re.compile(
    r",?\s+(?:and\s+|as\s+)?(?:cited|quoted|relayed|reported|carried)\s+by\s+"
    r"([^,.;:!?()“”\"\n]{1,60}?)(?=\s+(?:who|which|on|in)\b|[,.;:!?()“”\"\n]|\Z)",
    re.IGNORECASE,
)
#: "Citing an unnamed army officer, the weekly reported …": the cited source states the figure.
#: "citing X": X relays or is the source; not a reason cited ("citing the coronavirus
#: pandemic", "citing security concerns"; blind set 12).
_CITING = re.compile(
    r"(?<![\w-])(?:[Cc]iting|[Qq]uoting)\s+(?!(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:pandemic|concerns?|reasons?|lack|need|risks?|threats?|grounds|difficult(?:y|ies)"
    r"|weather|fears?|problems?|shortages?|delays?|absence)\b)"
    r"([^,.;:()“”\"]{1,80}?)(?=,|[.;:]|\s+as\b|\s+on\b|\Z)"
)
_TERMINAL_STOP = re.compile(r"[.!?][”\"’')]*\s*\Z")
_POSSESSIVE = re.compile(
    r"(?<![\w'’-])((?:[Tt]he\s+)(?:[\w-]+\s+){0,3}?[\w-]+|[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,3})"
    r"['’]s?\s+(?:(?:own|latest|last|official|earlier|initial|updated|confirmed|provisional|final"
    r"|revised|verified|daily|morning|afternoon|evening|weekly|new|(?:most\s+)?recent|current"
    r"|(?:1[89]|20)\d\d)\s+){0,2}"  # "X's most recent count, published …, is 369" (26)
    r"(?:figures?"  # "the prosecutor's 1982 figure of 460"; "the ministry's daily bulletin" (22)
    r"|toll|estimates?|count|tally|death\s+toll|claims?|assessment|report|data|statement"
    r"|projections?|forecasts?"  # "The UN-led Chernobyl Forum's projection of up to 4,000" (20)
    r"|(?:press\s+)?release|bulletin|update)"  # "The Home Ministry's press release is out: 31 dead"
    # "The prosecutors' figure is 135" (set 13; not after a speech verb: attribution.py), "The
    # Government's own count, drawn up by the Ministry of X, is 338 dead" (blind set 21)
    r"(?:\s+(?:of|at|that)\s+|\s*:\s*|(?:\s*,[^,;.\n]{1,90},)?\s+(?P<is>is|was|recorded|records"
    r"|counts|counted|lists|listed|shows|showed)\s+)(?=[\"“]?[\w$£€₽])"
)
#: A figure named by its owner's name as an adjective: "the Houthi figure of 51 dead", "the Red
#: Cross figure of 29 children" (blind set 14); kept only when the name tells a side.
NAMED_FIGURE = re.compile(
    # "the official Soviet toll" (blind set 20), "The IDF figure is 23", "The Civil Protection
    # count stood at 289" (blind set 25)
    r"(?<![\w'’-])[Tt]he\s+(?:official\s+|final\s+|initial\s+|own\s+)?"
    r"((?:[A-Z][\w-]*\s+){0,2}?[A-Z][\w-]*)\s+(?:figures?|toll|death\s+toll|counts?"
    r"|tally|estimates?)\s+(?:of|(?P<is>is|was|stood\s+at|stands\s+at))\s+(?=[\w$£€₽])"
)
#: A headline's "hospital count at 26" (round 23's new user): the count's owner, no verb.
COUNT_AT = re.compile(
    r"(?<![\w'’-])((?:[A-Z][\w-]*\s+)?[a-z][\w-]*)\s+(?:count|tally)\s+at\s+(?=\d)"
)
#: "Afghan health officials' estimates of the toll ranged", "Their figures for the wounded
#: went from": the owner of the estimate states it.
OWNED_ESTIMATE = re.compile(
    # "By Monday evening CDI's count had reached 31": when, not whose (round 18's new user)
    r"(?:(?:By|On|In|Since|Until|Late|Early)\s+(?:[A-Z][a-z]+day|today|yesterday)(?:\s+(?:morning"
    r"|afternoon|evening|night))?\s*,?\s+)?"
    r"(?<![\w'’-])((?:[A-Z][\w-]*(?:['’]s)?\s+)?(?:[\w-]+\s+){0,3}?[\w-]+['’]s?|[Tt]heir|[Hh]is|[Hh]er"
    r"|[Ii]ts)"
    r"\s+(?:(?:own|latest|official|initial|final|provisional|updated|revised|confirmed|verified)"
    r"\s+)?(?:estimates?|figures?|counts?|tally|tallies|(?:death\s+)?toll)"
    # "The state's final count stands at 134 dead" (blind set 13)
    r"\b(?=[^.;]{0,60}?\b(?:ranged?|went|rose|rises|stood|stands|reached|reaches|varied|put"
    r"|showed|shows|climbed)\b)"
)
#: "Estimates by independent monitors ranged from …": the source before a verb of amount.
_ESTIMATES_BY = re.compile(
    r"(?<![\w-])(?:[Ee]stimates?|[Ff]igures?|[Cc]ounts?|[Dd]ata|[Tt]all(?:y|ies))\s+(?:by|from)\s+"
    r"([^,.;:]{1,60}?)(?=\s+(?:ranged|range|put|puts|showed|show|suggest\w*|varied|vary)\b)"
)
#: A headline that ends with its speaker: "Strike kills 50 at station — regional governor".
_HEADLINE_DASH = re.compile(r"\s[—–-]\s*((?:[\w'’.-]+\s+){0,5}[\w'’.-]+)\s*\Z")
_INVERTED = re.compile(rf"[,”\"]\s*(?:{SPEECH_VERBS})\s*\Z")
# "claimed the lives of", "said to be": not attributions.
_NOT_SPEECH_AFTER = re.compile(
    r"\s+(?:the\s+lives|lives|to\s+be\b|up\b(?!\s+to\s)|off\b|as\b(?!\s+saying|\s+(?:many|few)\s+as\b))",
    re.IGNORECASE,
)
#: A passive ("were initially reported dead"): the subject is what is reported, not who.
PASSIVE_BEFORE = re.compile(
    r"(?<![\w-])(?:was|were|is|are|been|being|be)\s+(?:\w+ly\s+)?\Z"
    # "families have come to the office … to report relatives": a purpose, no one's statement
    # (blind set 20); "is expected to report", "has continued to cite" keep their subject
    r"|(?<![\w'’-])(?!(?:expected|due|set|going|about|able|first|last|yet|continued?|continues"
    r"|began|begins?|started|starts?|refused|declined|wants?|wanted|used|appears?|appeared|seems?"
    r"|seemed|likely|unlikely|willing|ready|prepared|has|have|had|on|chose|decided|agreed"
    r"|forced|asked|allowed|expects?|plans?|planned|promised|tried|hoped|needs?|needed|went"
    r"|came|ought|order|failed|rushed)\s)[^\W\d_][\w'’-]*\s+to\s+\Z",
    re.IGNORECASE,
)
#: The agent of a passive report: "The toll was later raised by officials to six", "The toll
#: of 2,975 was adopted by the government"; or of a participle after the counted noun: "the
#: 253 dead counted by the government", "Figures compiled by the ministry show".
BY_AGENT = re.compile(
    r"(?:(?<![\w-])(?:was|were|is|are|been)\s+(?:\w+ly\s+|later\s+|earlier\s+|also\s+"
    r"|since\s+)?|(?<![\w-])(?:dead|deaths|toll|figures?|counts?|tall(?:y|ies)|victims"
    r"|casualties|bodies|fatalities|numbers?|estimates?|data|statistics)\s+(?:\w+ly\s+)?)"
    r"(?:reported|raised|revised|confirmed|adopted|compiled|collected|registered|tallied"
    r"|verified|announced|put|given|released|published|updated|stated|estimated|counted|recorded"
    r"|documented|provided)\s+by\s+"
    # "With 108 deaths confirmed by midday" (blind set 18): a time, not an agent
    r"(?!(?:the\s+)?(?:midday|noon|midnight|morning|evening|afternoon|night|dawn|dusk|then"
    r"|now|(?:\w+day|tonight|tomorrow)\b|\d|(?:early|late|mid)\b))"
    r"([^,.;:!?()“”\"\n]{2,80}?)(?=\s+(?:to|at|as|on|in|after"
    r"|with|that|who|which|and|show|shows|showed|include|includes|included|put|puts|say|says"
    r"|said|were|was|is|are|have|has|had|since|for|from|now|still|stands|stood|rose|rises"
    r"|climbed|reached|\d)\b|[,.;:!?()“”\"\n]|\Z)",
    re.IGNORECASE,
)
#: "Peskov was quoted by RIA Novosti as saying": the subject speaks, the agent relays.
#: "A police official quoted by Reuters says at least 114 people have died" (blind set 12).
QUOTED_BY = re.compile(
    r"\s+(?:was|were)\s+(?:\w+ly\s+)?(?:quoted|cited)\s+by\s+([^,.;:!?()“”\"\n]{2,60}?)"
    r"\s+as\s+(?:saying|telling|stating)\b"
    r"|(?<=[a-z])\s+(?:quoted|cited)\s+by\s+((?:the\s+)?[A-Z][^,.;:!?()“”\"\n]{1,40}?),?\s+(?:says|said"
    r"|told|tells)\b"
)
#: "told the Afghan outlet TOLO", "Speaking to the Los Angeles Times", "In remarks broadcast
#: by X": the outlet that relays a speaker (not "told reporters", "told a journalist").
TOLD_OUTLET = re.compile(
    r"\s+(?:the\s+)?((?:[\w-]+\s+){0,3}(?:news\s+agency|newspaper|outlet|broadcaster|channel|TV"
    r"|television|radio)(?:\s+[A-Z][\w.&’'-]*){0,3}|(?:[A-Z][\w.&’'-]*\s+){0,4}(?:[A-Z][\w.&’'-]*))"
    r"(?=[\s,.;:]|\Z)"
)
RELAY_OPENER = re.compile(
    r"(?:Speaking\s+to|Talking\s+to|In\s+(?:remarks|comments|an?\s+interview|a\s+statement)"
    r"\s+(?:broadcast|aired|carried|published|given|quoted)\s+(?:by|on|to))\s+"
    r"(?:the\s+)?([^,]{2,60}),\s+"
)
#: "Quote from Taburets:", "Statement by the ministry:": the speaker of the rest of the line.
QUOTE_FROM = re.compile(
    r"(?:Quotes?|Statement|Comment|Update|Post|Repost(?:ed)?|Message|Address)\s+(?:from|by)\s+"
    r"([^:\n]{2,60}):\s"
)
#: A subject described rather than named: "a spokesman for Ukraine's eastern military command",
#: "the city council". Its side comes from its words (:class:`makiivka.extract.speakers.Sides`);
#: one without side words ("the council") stands for the last speaker with the same head noun.
_AGENT = (
    r"(?:command|military|ministry|embass(?:y|ies)|consulates?|brigades?|firefighters"
    r"|spokes(?:man|woman|person)|officials?|forces|army|staff"
    r"|governor|government|administration|authorities|agency|chief|commander|representatives?"
    r"|advis[eo]rs?|sources?|intelligence|directorate|service|office|leader|head|minister"
    r"|agencies|groups|ministries|services|networks|charit(?:y|ies)|NGOs?|federation"
    r"|council|city|militia|mayor|media|headquarters|operator|department|committee|authority|cent(?:re|er)"
    r"|police|control\s+rooms?|prosecutors?(?:[\s-]+general)?|attorney[\s-]+general|secretary[\s-]+general|mission|monitors|observers|ombudsman|commissioner|propaganda"
    r"|organi[sz]ation|group|investigators|rescuers|doctors?|medics?|soldier|witness(?:es)?"
    r"|survivors?|residents?|palace|president|premier|envoy|diplomats?|analysts?|officers?"
    r"|milbloggers|bloggers|correspondents?|reporters?|photographers?|inquiry|investigation|commission|survey|count"
    r"|estimates?|figures|commentators?|experts?|relatives?|family|family\s+members?|eyewitness(?:es)?|locals|villagers|neighbou?rs|nurses?|paramedics|health\s+workers?"
    r"|(?:rescue\s+)?workers?|volunteers|journalists?|activists?|staff\s+members?|members?|local\s+people"
    r"|(?:coast\s*)?guards?|navy|fire\s*fighters|fishermen|crew(?:\s+members?)?|divers"
    # people and bodies who speak for others: "Lawyers for the victims' families say", "the
    # exiled opposition parties have said", "Researchers at the university estimate", "The
    # division's account … said" (blind set 27)
    r"|lawyers?|attorneys?|unions?|parties|opposition|researchers?|scientists?|academics?"
    r"|teams?|campaigners?|lawmakers?|legislators?|senators?|MPs|(?<=['’]s\s)account"
    r"|directors?|managers?|chairman|chairwoman|chairperson|secretary|coordinators?|deputy"
    r"|(?:chief\s+)?executives?"  # "the hospital's chief executive said" (blind set 28)
    r"|firms?|compan(?:y|ies)|rapporteurs?"  # "…, says funeral firm" (blind set 10)
    # "Our humanitarian colleagues tell us" (blind set 15), "…, the hospital said" (set 27)
    r"|colleagues|partners|(?<!in\s)(?:hospitals?|clinics?|infirmary|mortuary|morgue)"
    r"|people\s+who\s+(?:saw|witnessed|live[ds]?|were)(?:\s+[\w'’-]+){0,3})"
)
#: What may follow a speaker's head noun: "a relative of those killed", "officials in Kyiv".
_MODIFIER = (
    # "A United Nations disaster team arriving in Esmeraldas said" (round 21's new user)
    r"(?:\s+(?:(?:arriving|working|based|deployed|stationed)\s+)?(?:of|from|for|in|at|with|close\s+to"
    r"|near)\s+(?:the\s+|those\s+|a\s+|an\s+)?"
    r"(?:[a-z][\w'’-]*\s+){0,2}[\w'’-]+(?:\s+[A-Z][\w'’-]*){0,2}|\s+(?:here|there))?"
)  # "The town office here says" (blind set 17)
_AGENT_WORD = re.compile(rf"(?<![\w-]){_AGENT}(?![\w-])", re.IGNORECASE)
#: "General Staff: …", "Eastern government: …": a headline's speaker before a colon.
#: "FAMa statement: "9 civilians killed …"" in a live blog (new user 19): the statement's body.
_HEADLINE_COLON = re.compile(
    # "Government spokesman Zabihullah Mujahid: 1,020 killed" (round 21's second new user)
    # "Ministry of Emergency Situations: 61 dead" (round 23's second new user)
    rf"([A-Z][\w'’.-]*(?:\s+(?:(?:of|for|and|the)\s+){{0,2}}[A-Z][\w'’.-]*){{0,5}}"
    rf"(?:\s+{_AGENT}(?:\s+[A-Z][\w'’.-]*){{0,4}})?)"
    r"(?:\s+(?:statement|communiqu[eé]|press\s+release|bulletin|update))?:\s"
)
_CLAUSE_WORD = r"(?!(?:that|said|says|reported|told|and|but|while|when|who|which|where)\b)"
_DESCRIBED = re.compile(
    rf"(?<![\w'’-])((?:(?:an?|the)\s+)?(?:{_CLAUSE_WORD}[\w'’.-]+\s+){{0,7}}?{_AGENT}{_MODIFIER})"
    rf"\s+{_AUXILIARY}\Z",
    re.IGNORECASE,
)
#: An appositive that says whom a person speaks for: ", a spokesman for X," or ", X's spokesman,".
_SPOKESMAN_FOR = re.compile(
    r"spokes(?:man|woman|person)\s+(?:for|of)\s+|['’]s?\s+(?:\w+\s+)?spokes(?:man|woman|person)",
    re.IGNORECASE,
)
#: "spoke only of \"dozens\" killed", "speaks of 500 dead": a figure right after "of".
_OF_FIGURE = re.compile(
    r"\s+(?:only\s+|also\s+)?(?:(?:on\s+)?\w+day\s+|yesterday\s+|earlier\s+)?of\s+[\"“'‘]?(?:(?:about|around|some|more\s+than|at\s+least"
    # "spoke of between 15,000 and 20,000 dead", "speaks of \"no fewer than 15,000\"" (set 20)
    r"|nearly|over|up\s+to|as\s+many\s+as|between|(?:no\s+)?(?:fewer|less)\s+than|almost|roughly"
    r"|approximately|an\s+estimated)\s+)?(?:\d|dozens|hundreds|thousands|tens|scores|one\b"
    r"|two|three|four|five|six|seven|eight|nine|ten\b|eleven|twelve|\w+teen|twenty|thirty|forty"
    r"|fifty|a\s+(?:dozen|hundred|thousand))",
    re.IGNORECASE,
)
#: What the verb "count" counts: "observers count 92 bodies", "count at least 40".
_COUNT_FIGURE = re.compile(r"\s+(?:(?:at\s+least|about|some|around|more\s+than|over)\s+)?\d")
