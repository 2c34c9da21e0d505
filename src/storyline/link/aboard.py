"""The people a vessel or vehicle carries are one count, whatever verb tells the wreck.

A story of a capsized ferry, a crashed plane or a bus in a river gives how many were aboard in
many clauses: "more than 250 people on board when it overturned", "about 260 people were on the
ferry", "Ferry carried ... up to 270 people", "carrying 146 passengers". The facts code tells a
count of people apart by what happened to them, and reads the verb of each clause ("overturned",
"rolled", "carried") as that: one quantity in four rows. A count of people whose words say they
were aboard is one quantity, the people aboard, whatever the clause's verb.
"""

from __future__ import annotations

import re

from storyline.model import Claim

ABOARD = "aboard"
# the nouns for those a vessel or vehicle carries: "26 passengers survived" are the survivors (``reconcile._key``);
# "carrying 146 passengers" stays a count of passengers, apart from "people on board" (the crew are aboard too)
TRAVELLERS = frozenset({"passenger", "traveller", "traveler", "commuter", "occupant", "rider"})
_VEHICLES = (r"(?:ferry|boat|vessel|ship|canoe|dhow|barge|bus|minibus|coach|plane|aircraft|airliner|jet|"
             r"helicopter|train|flight|truck|lorry|tram|streetcar|trolleybus)")
# "250 people on board", "260 people were aboard", "60 passengers aboard the bus", "about 260 people were on the ferry"
_ABOARD_AFTER = re.compile(rf"\s*(?:(?:people|passengers|persons|others)\s+)?(?:(?:were|was|had\s+been)\s+)?"
                           rf"(?:on\s+board|aboard|(?:(?:travell?ing|riding)\s+)?(?:on|in)\s+(?:the|a)\s+(?:\w+\s+)?"
                           rf"{_VEHICLES}s?\b)", re.IGNORECASE)  # "250 people were travelling on the two trams"
# "carried up to 270 people" (the claim's verb)
_CARRYING = frozenset({"carrying", "carried", "carry", "carries", "aboard", "onboard", "on board"})
# "a ferry carrying 212 people capsized": the verb before the figure, the clause's verb after it
_CARRYING_BEFORE = re.compile(r"\b(?:carrying|carried|carries|carry)\s+$", re.IGNORECASE)
# "puts the number of people on board at 65", "raised the number aboard to 70": the figure a number aboard is set at
_NUMBER_ABOARD_BEFORE = re.compile(r"\bnumber\s+(?:of\s+(?:people|passengers|persons|migrants|those)\s+)?"
                                   r"(?:on\s+board|aboard)(?:\s+(?:the|a)\s+(?:\w+\s+)?\w+)?\s+(?:at|to)\s+$",
                                   re.IGNORECASE)


def aboard(claim: Claim) -> bool:
    """Whether a count of people counts those aboard: its words after the figure say they were on
    board, or its verb carries them ("carried up to 270 people")."""
    if claim.measure != "count":
        return False
    if (claim.counted_as or "").lower() in _CARRYING:
        return True
    at = claim.figure_at()
    return at >= 0 and bool(_ABOARD_AFTER.match(claim.text, at + len(claim.number_text))
                            or _CARRYING_BEFORE.search(claim.text, max(0, at - 24), at)
                            or _NUMBER_ABOARD_BEFORE.search(claim.text, max(0, at - 80), at))
