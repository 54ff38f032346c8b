"""The words that name what a figure counts: one pattern whose named groups are the metrics.

"killed", "died", "bodies" and "remains of" name the dead; "wounded", "injured" and "sought
medical help" the wounded; "missing", "unaccounted for" and "have not called home" the
missing; "fired", "shot down" and "hit" the rockets; "detained", "displaced", "present" and
"other" (in hospital, rescued) the rest. :mod:`makiivka.extract.metrics` picks the nearest one
that suits a figure's unit. Written by hand: these are the field's words for a toll, the core
of what the extractor is (no library names them).
"""

from __future__ import annotations

import re

_PEOPLE_NOUN = (
    r"(?:\w+\s+)?(?:soldiers|troops|men|reservists|recruits|servicemen|personnel|conscripts"
    r"|fighters|people)"
)
#: "displaced Palestinians", "displaced people": an adjective, not the verb of a count (the
#: capital matched case-sensitively inside the case-blind KEYWORDS: "displaced in X" counts).
_DISPLACED = (
    r"displaced(?!\s+(?:(?-i:[A-Z])\w*|people|persons|families|civilians|residents|children)\b)"
    # … unless right after the figure ("1,850 displaced people"); homes lost, shelters (user 20)
    r"|(?<=[0-9]\s)displaced(?=\s+(?:people|persons|residents|civilians)\b)"
    r"|lost\s+their\s+homes|into\s+(?:temporary\s+)?shelters"
    # "7,200 residents have been relocated to tent camps" (round 23's second new user)
    r"|(?:relocated|rehoused|moved)\s+(?:to|into)\s+(?:[\w-]+\s+)?(?:tent\s+camps?|tents|shelters"
    r"|relief\s+camps|evacuation\s+cent(?:re|er)s)"
    # "sleeping in six shelters"; "2,800 people in evacuation centres", "3,450 people in 16
    # collective sites" (round 26's new user): people in a displacement site are displaced
    r"|(?:(?:staying|sheltering|housed|living|sleeping|slept|remain(?:s|ed)?)\s+)?in\s+(?:[\w-]+\s+)?"
    r"(?:evacuation\s+cent(?:re|er)s|shelters|relief\s+camps|tents|collective\s+(?:sites|centres))"
)
#: "were believed to be inside", "thought to be still under the rubble": people whose fate is
#: unknown, missing; known presence ("300 were inside") is not (metric present).
_FEARED_INSIDE = (
    r"(?:believed|thought|feared|presumed)\s+to\s+(?:still\s+)?(?:be|have\s+been)\s+(?:still\s+)?"
    r"(?:inside|under|in\s+the\s+(?:rubble|debris|ruins|wreckage))"
)
#: "fire" launches only as a verb with munitions or a count after it ("fire six rockets");
#: "the town fire", "missile fire", "on fire", "came under fire" are the noun, no launch.
_FIRE_VERB = (
    r"fire(?=\s+(?:[0-9]|(?:[\w,.'’-]+\s+){0,3}?(?:rockets?|missiles?|drones?|shells?|bombs?"
    r"|projectiles?|munitions?|rounds|salvos?|volleys?|grenades?|mortars?)\b))"
)
_UNDER_ASH = r"\s+(?:alive\s+)?(?:under|beneath)\s+(?:the\s+)?(?:ash|mud|lava|snow|sand|debris)\b"
KEYWORDS = re.compile(
    rf"""(?<![\w-])(?:
    (?P<killed_or_wounded>(?:killed|dead)\s+(?:and|or|&)\s+(?:wounded|injured)
       |(?:wounded|injured)\s+(?:and|or)\s+(?:killed|dead)|casualt(?:y|ies)|killed\s+or\s+maimed
       |losses|(?<!life\s)(?<!lives\s)(?:lost|lose|losing)(?!\s+(?:(?:their|his|her|its)\s+)?(?:lives|homes)))
    |(?P<killed>missing,?\s+(?:and\s+)?(?:to\s+be\s+)?(?:presumed|believed|declared)\s+dead
       |(?<=soldiers\s|fighters\s)fell(?!\s+(?:to|from|by|in\s+value))
       |went\s+missing\s+(?:[\w'’-]+\s+){{0,6}}?(?:would|will|to)\s+be\s+(?:presumed|declared)\s+dead
       |(?:lost|lose|losing)\s+(?:(?:their|his|her|its)\s+)?lives|death\s+toll|toll|killed|killing|kills?|dead|deaths?|died|dying|dies|die
       |suffocated|asphyxiated|drowned|(?:crushed|burned|burnt|trampled|beaten|hacked|stabbed)\s+to\s+death
       |lives|life\s+lost|fatalit(?:y|ies)|perish(?:ed|es|ing)?|deceased|succumb(?:ed|s|ing)?|bodies(?!\s+(?:had\s+been\s+|were\s+|have\s+been\s+)?
       (?:identified|found|delivered|brought|carried))|slain|murder(?:ed|s|ing)?|eliminated|liquidated|massacre[sd]?
       |massacring|slaughtered|victims?(?!\s+(?:[\w-]+\s+){{0,2}}?(?:treated|taken|hospitali[sz]ed|looked\s+after
       |injured|wounded|hurt|rescued|admitted|survived|recovering|receiving))|(?:had\s+been\s+|were\s+)?buried(?!{_UNDER_ASH})|remains\s+of|exhumed|martyr(?:s|ed)?
       |(?:summarily\s+)?execut(?:ed|ing|ions?)(?!\s+(?:(?:a|an|the|its|their|his|her|this|that)
       \s+)?(?:[\w-]+\s+)?(?:plans?|orders?|operations?|missions?|strateg(?:y|ies)|commands?|tasks?
       |warrants?|agreements?|contracts?|deals?|programm?es?|projects?|polic(?:y|ies))\b))
    |(?P<wounded>(?:were|was|(?:have|has|had)\s+been)\s+(?:seriously|severely|critically|badly)
       \s+(?:injured|wounded|hurt)|wounded|wounding|wounds?|injured|injur(?:y|ies)|injur(?:es?|ing)|hurts?
       |(?:hospitali[sz]ed|(?:taken|admitted|rushed|brought)\s+to\s+(?:a\s+|the\s+)?hospitals?)
       \s+with\s+(?:injuries|wounds|burns)|treated\s+for\s+(?:injuries|wounds
       |burns)|(?:sought|seeking|received|receiving|getting|got|needed|needing|required
       |requiring)\s+(?:medical\s+)?(?:help|treatment|care|attention|aid)
       |turned\s+to\s+doctors|(?:displaying|showing|suffering(?:\s+from)?|with)\s+(?:[\w-]+\s+){{0,2}}?
       symptoms)
    |(?P<missing>(?:feared|believed|thought|presumed|probably(?:\s+also)?|possibly|may\s+(?:still\s+)?be
       |might\s+be|could\s+(?:still\s+)?be|remain(?:ed|s)?|still|(?:are|were|is|was)\s+still)\s+buried
       |disappear(?:ed|ance|ances)|forcibly\s+disappeared|vanished
       |missing|unaccounted|trapped|{_FEARED_INSIDE}|search(?:ing|ed)?\s+(?:[\w-]+\s+){{0,3}}?for
       |(?:still|were|are|was|is)\s+looking\s+for(?![^.;,]{{0,30}}?\b(?:suspects?|attackers?|gunmen
       |assailants|perpetrators|culprits|killers?|shooters?)\b)
       |(?:could|can)\s*not\s+be\s+(?:reached|contacted|located|found|accounted\s+for)
       |unreachable|(?:out\s+of|lost)\s+(?:contact|touch)|(?:still\s+)?under\s+the\s+rubble
       |still\s+(?:trapped\s+)?underground|not\s+been\s+accounted\s+for
       |whereabouts|fates?(?=\s+of\s)|(?:yet|still)\s+to\s+be\s+(?:traced|found|located)
       |(?<=who\s)never\s+(?:came|come|returned|got)\s+(?:home|back)|buried{_UNDER_ASH}  # set 18
       |(?:had|have|has)\s+(?:still\s+)?not\s+(?:yet\s+)?been\s+(?:found|located|traced)
       |untraced|contact\s+(?:has\s+been\s+|was\s+)?lost|unable\s+to\s+(?:contact|reach|trace)
       |never\s+(?:been\s+)?(?:found|recovered|traced|located|seen\s+again)(?!\s+(?:guilty|liable))
       |(?<=whose\s)families\s+(?:cannot|can't|could\s+not|have\s+not|haven't)\s+(?:reach|heard)
       |(?:have|has|had)\s*(?:not|n't)\s+(?:(?:yet\s+)?(?:called|come|returned|gone)\s+(?:home|back)
       |been\s+heard\s+from))  # "312 men have not called home" (round 22's new user)
    |(?P<rockets_intercepted>shot\s+down|intercepted|downed|intercept(?:s|ing)?
       |brought\s+down|(?:destroyed|neutrali[sz]ed)(?:\s+by\s+air\s+defen[cs]es?)?)
    |(?P<rockets_fired>fired|{_FIRE_VERB}|firing|launched|launch(?:es|ing)?|salvos?|volleys?|dropped
       |dropping|drops?(?=\s+(?:[0-9]|(?:[\w,.'’-]+\s+){{0,3}}?bombs?\b))
       |fell\s+from|released)
    |(?P<rockets_hit>hit|hits|struck|reached\s+(?:the|their)\s+targets?|landed|impacts
       |(?:fell|came\s+down|crashed)\s+(?:on|onto|in|into|near|next\s+to|at|beside)
       |slammed\s+into|took\s+(?:\w+\s+)?hits|(?<=missiles\s)strike|(?<=rockets\s)strike
       |(?<=bombs\s)strike|(?<=drones\s)strike)
    |(?P<mobilized>mobili[sz](?:e|es|ing|ation)|(?<![0-9]\s)mobili[sz]ed(?!\s+{_PEOPLE_NOUN})
       |called\s+up|call\s+up|calling\s+up|conscripted|drafted)
    |(?P<compensation>payouts?|compensation|payments?|paid|pay|bonus(?:es)?|receiv(?:e|es|ed|ing)
       |get|gets|getting|awarded|granted|entitled|payable|allowances?)
    |(?P<detained>detained|arrested|abducted|captured(?!\s+[A-Za-z])|taken\s+(?:prisoner|hostage
       |captive)|held\s+(?:captive|hostage)|in\s+custody)
    |(?P<displaced>{_DISPLACED}|fled(?!\s+(?:the\s+)?(?:scene|attackers?|gunmen|police))
       |forced\s+(?:to\s+flee|from\s+their\s+homes)|left\s+their\s+homes|homeless
       |(?:taken|took|taking|sought|seeking|find|found)\s+refuge  # "have taken refuge" (24b)
       |(?:from|out\s+of)\s+their\s+homes
       |(?:had\s+)?left\s+(?:the|their)\s+(?:town|city|village|area|district)(?=\s*[.,;]|\s+for\s))
    |(?P<other>hospitali[sz](?:ed|ation)|(?:taken|admitted|rushed|brought|sent|delivered)\s+to
       \s+(?:a\s+|the\s+)?(?:hospitals?|morgue)|(?<!deaths\s)(?<!died\s)in\s+(?:a\s+|the\s+)?hospitals?
       |(?:being\s+)?treated\s+(?:in|at)\s+(?:a\s+|the\s+)?(?:[\w'’-]+\s+){{0,4}}?(?:hospitals?
       |clinics?)|(?:in\s+(?:a\s+)?)?(?:serious|critical|grave
       |stable)\s+(?:condition|care)|intensive\s+care|(?:serious|severe)(?:ly)?\s+(?:injuries
       |injured|wounded|wounds|hurt)|pulled\s+(?:out|alive|from)|rescued|survived
       |evacuated|infected|identified(?!\s+(?:people|persons|victims|dead|bodies|civilians))|bodies\s+(?:had\s+been\s+|were\s+|have\s+been\s+)?(?:found
       |delivered|brought|carried)|carried\s+(?:\w+\s+)?bodies|psychological\s+(?:help|aid
       |support)|took\s+refuge|taken\s+refuge|thought\s+to\s+remain)
    |(?P<present>housed|housing|stationed|quartered|billeted|based(?!\s+on)|were\s+inside
       |(?:were|was|been)\s+(?:on\s+board|aboard)|carrying|carried(?!\s+(?:\w+\s+)?bodies)
       |shelter(?:ing|ed|s)?|waiting|gathered|held\s+(?:in|at)|inside\s+the
       |(?:had\s+been|were)\s+(?:at|in)\s+the|(?:had\s+been|were|was)\s+inside
       |(?:have|has)\s+been\s+(?:inside|in\s+the)))(?![\w-])""",
    re.IGNORECASE | re.VERBOSE,
)
