"""The English vocabulary claims are read with: what is measured, who is counted, who says so.

General news vocabulary, not keyed to any story. Lemmas (as spaCy gives them) unless noted.
"""

from __future__ import annotations

import re

from storyline.dates import WEEKDAYS

NOUNISH = frozenset({"NOUN", "PROPN"})  # the parts of speech a counted noun may have

MEASURE_LEMMAS: dict[str, str] = {}
for _measure, _words in {
    "killed": "kill killed die died dead death deaths toll fatality fatalities eliminate eliminated liquidate "
              "liquidated behead beheaded slay slain slaying slayings killing killings homicide homicides "
              "perish murder murdered execute executed drown body bodies corpse lives "  # not "life": "life in prison"
              "succumb succumbed electrocute electrocuted suffocate suffocated asphyxiate asphyxiated",
    "injured": "injure injured wound wounded hurt injury injuries hospitalize hospitalised hospitalized maim maimed",
    "detained": "detain detained arrest arrested arrests detention custody apprehend apprehended imprison jail "
                "jailed detainee detainees capture captured nab nabbed recapture recaptured",
    "missing": "missing unaccounted",
    "abducted": "abduct abducted kidnap kidnapped abduction abductions kidnapping kidnappings",
    "displaced": "displace displaced homeless flee fled uproot uprooted shelter sheltering sheltered",
    "evacuated": "evacuate evacuated evacuation",
    "rescued": "rescue rescued freed",
    "deployed": "deploy send dispatch arrive land contingent reinforcement mobilize mobilise",
    "price": "price cost fare tariff",
    "damage": "damage loss destruction",
}.items():
    for _w in _words.split():
        MEASURE_LEMMAS[_w.replace("_", " ")] = _measure

PEOPLE_UNITS = frozenset({"people", "troops"})  # the units of a count of persons
TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "night"}
# English month and weekday names, and the months' short forms ("the Curve 8900" is a name, "March 3" a date)
MONTH_NAMES = frozenset({"january", "february", "march", "april", "may", "june", "july", "august", "september",
                         "october", "november", "december"})
MONTH_SHORT = frozenset({"jan", "feb", "mar", "apr", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec"})
WEEKDAY_NAMES = frozenset(WEEKDAYS)

# Nouns that count people, and the group each names on its own.
PERSON_NOUNS: dict[str, str] = {}
for _group, _words in {
    "security_forces": "police policeman policemen officer officers serviceman servicemen guardsman guardsmen "
                       "guard soldier soldiers troop troops military army gendarme personnel trooper cop "
                       "detective detectives",
    "protesters": "protester protesters demonstrator demonstrators rioter rioters criminal criminals gunman gunmen "
                  "militant militants terrorist terrorists bandit bandits insurgent insurgents rebel rebels looter "
                  "looters instigator instigators organizer organizers attacker attackers extremist extremists "
                  "participant participants arrest arrests detainee detainees protestor protestors",
    "civilians": "civilian civilians resident residents bystander bystanders passer-by passers-by child children "
                 "boy boys girl girls baby babies infant infants toddler toddlers teenager teenagers minor minors "
                 "citizen citizens villager villagers pedestrian pedestrians national nationals kid kids adult adults "
                 "parent parents relative relatives pensioner pensioners motorist motorists cyclist "
                 "cyclists commuter commuters traveller travellers traveler travelers holidaymaker holidaymakers "
                 "visitor visitors mourner mourners worshipper worshippers worshiper worshipers pilgrim pilgrims "
                 "devotee devotees occupant occupants homeowner homeowners schoolchildren newborn newborns",
    "mixed": "people person persons other others man men woman women individual individuals victim victims "
             "casualty casualties fatality fatalities immigrant immigrants labourer labourers laborer laborers "
             "death deaths body bodies member members worker workers journalist journalists student students "
             "migrant migrants"
             " refugee refugees employee employees patient patients survivor survivors evacuee evacuees"
             " wife wives husband husbands",
    # people who are no side of a protest: counted as people, their role read per story (ROLE_NOUNS)
    "unspecified": "pirate pirates robber robbers thief thieves suspect suspects kidnapper kidnappers hijacker "
                   "hijackers bomber bombers assailant assailants shooter shooters burglar burglars raider raiders "
                   "crew crewman crewmen crewmember crewmembers sailor sailors fisherman fishermen hostage hostages "
                   "passenger passengers firefighter firefighters fireman firemen miner miners tourist tourists "
                   "climber climbers inmate inmates prisoner prisoners convict convicts escapee escapees "
                   "fighter fighters combatant combatants "
                   "official officials minister ministers lawmaker lawmakers diplomat diplomats player players "
                   "fan fans spectator spectators voter voters customer customers staff shopper shoppers "
                   "rescuer rescuers volunteer volunteers doctor doctors nurse nurses teacher teachers "
                   "pupil pupils guest guests tenant tenants family families marine marines commando commandos "
                   "paramedic paramedics medic medics driver drivers pilot pilots helper helpers "
                   # roles in an election or a contest: people, not things
                   "candidate candidates nominee nominees contestant contestants contender contenders "
                   "challenger challengers delegate delegates elector electors finalist finalists "
                   "competitor competitors entrant entrants runner runners athlete athletes "
                   "hiker hikers trekker trekkers skier skiers swimmer swimmers diver divers camper campers "
                   "smuggler smugglers trafficker traffickers defendant defendants engineer engineers ranger rangers",
}.items():
    for _w in _words.split():
        PERSON_NOUNS[_w] = _group

FOREIGN_MARKERS = {"foreign", "peacekeeping", "peacekeeper", "peacekeepers", "csto", "odkb", "nato", "allied",
                   "abroad", "coalition", "international", "russian", "russian-led", "belarusian", "armenian",
                   "kyrgyz", "tajik", "contingent", "u.n.", "un"}
ARMED_MARKERS = {"armed", "gunmen", "militant", "militants", "criminal", "criminals"}

SPEECH_LEMMAS = {"say", "report", "announce", "tell", "confirm", "state", "estimate", "add", "claim", "declare",
                 "write", "note", "release", "publish", "count", "put", "cite", "quote", "warn", "inform", "vow",
                 "promise", "allege", "disclose", "reveal", "indicate", "show", "record", "register", "update"}
# Words that can name a source when no capitalised name does ("officials said", "witnesses reported").
SOURCE_NOUNS = {"official", "officials", "authorities", "authority", "police", "agency", "ministry", "spokesman",
                "spokeswoman", "spokesperson", "spokespeople", "witness", "witnesses", "eyewitness", "eyewitnesses",
                "resident", "residents", "media", "sources", "source", "insurers", "analysts", "experts", "doctors",
                "rescuers", "council", "government", "army", "military", "administration", "report", "reports",
                "investigators", "prosecutors", "organisers", "organizers", "hospital", "staff", "activists",
                "statement", "data", "statistics", "figures", "shoppers", "locals", "observers", "monitors",
                "reporters", "correspondents", "journalists", "newspaper", "broadcaster", "channel", "website",
                "officer", "commander", "minister", "president", "mayor", "governor", "chief", "head", "aide"}
PRONOUNS = {"he", "she", "they", "it", "we", "i", "you", "this", "that", "who", "which"}
CONTINUATION_CUES = ("later", "earlier", "meanwhile", "hours later", "in the evening", "in the morning",
                     "at the same time", "then", "afterwards", "by then", "that day", "the same day")

# The role of those a figure counts, read from the counted noun's lemma (then from the measure).
ROLE_NOUNS: dict[str, str] = {}
for _role, _words in {
    "perpetrators": "pirate robber thief suspect kidnapper hijacker bomber assailant shooter burglar raider gunman "
                    "attacker militant terrorist bandit criminal looter rioter insurgent killer murderer gang "
                    "smuggler poacher",
    "security_forces": "police policeman officer serviceman guardsman guard soldier troop military army gendarme "
                       "personnel trooper cop marine commando sailor navy detective",
    "officials": "official minister lawmaker diplomat senator mp legislator",
    "combatants": "fighter combatant rebel",
    "civilians": "civilian resident bystander villager pedestrian citizen refugee migrant",
}.items():
    for _w in _words.split():
        ROLE_NOUNS[_w] = _role
VICTIM_MEASURES = frozenset({"killed", "injured", "missing", "abducted", "displaced", "evacuated", "rescued"})

# Units of measure that make a figure a distance, a speed, a weight or a temperature.
DISTANCE_UNITS = frozenset({"km", "kms", "kilometre", "kilometres", "kilometer", "kilometers", "mile", "miles",
                            "metre", "metres", "meter", "meters", "m", "ft", "feet", "foot", "yard", "yards",
                            "inch", "inches", "cm", "centimetres", "centimeters", "nautical", "mi"})
SPEED_UNITS = frozenset({"mph", "kph", "km/h", "knots", "knot"})
# (pounds: a weight only once claims has ruled out money, "weighing 200 pounds"; a sum keeps its currency)
WEIGHT_UNITS = frozenset({"pounds", "pound", "kg", "kilograms", "kilogrammes", "tons", "tonnes", "ton", "tonne", "lbs",
                          "lb", "grams", "ounces"})
TEMPERATURE_UNITS = frozenset({"degrees", "degree", "°c", "°f", "°"})
# a rate of power: a grid's demand, a plant's output, the load a blackout cut ("28,614 megawatts", "nearly 29 GW")
POWER_NAMES = {"mw": "MW", "megawatt": "MW", "megawatts": "MW", "gw": "GW", "gigawatt": "GW", "gigawatts": "GW",
               "kw": "kW", "kilowatt": "kW", "kilowatts": "kW"}  # each unit as a reader writes it
POWER_UNITS = frozenset(POWER_NAMES)
# Measures a reader tabulates as the story's core quantities, ranked first.
CORE_MEASURES = frozenset({"killed", "injured", "missing", "abducted", "detained", "deployed", "displaced", "evacuated",
                           "rescued", "damage", "money", "magnitude"})
# Measures that describe the setting rather than what happened: kept as claims, left out of the facts table.
BACKGROUND_MEASURES = frozenset({"other", "distance", "age", "speed", "temperature", "weight", "time"})

# What a sum of money is, by the noun that names it ("a $160 million offer", "a fine of $2m", "a deal worth
# $140m", "$281m in cash") or the verb that moves it ("offered $5m", "raised $15m"). General economic language.
MONEY_NOUNS = frozenset({"offer", "bid", "contract", "deal", "agreement", "price", "fee", "salary", "wage", "pay",
                         "bonus", "fine", "penalty", "bail", "bond", "loan", "grant", "funding", "investment",
                         "settlement", "payment", "compensation", "damages", "budget", "bailout", "aid", "reward",
                         "ransom", "revenue", "sales", "profit", "loss", "debt", "valuation", "tax", "subsidy",
                         "donation", "award", "prize", "stake", "cash", "stock", "share", "shares", "package",
                         "proposal", "extension", "pledge", "sum", "haul", "jewellery", "jewelry", "fund", "cost",
                         "savings", "cuts", "spending", "insurance", "capital", "equity", "income", "earnings",
                         "charge", "writedown", "dividend"})
MONEY_VERBS: dict[str, str] = {"offer": "offer", "bid": "bid", "pay": "payment", "raise": "funding",
                               "fine": "fine", "earn": "earnings", "invest": "investment", "borrow": "loan",
                               "lend": "loan", "steal": "stolen", "rob": "stolen", "spend": "spending",
                               "donate": "donation", "lose": "loss", "award": "award", "seek": "asked",
                               "demand": "asked", "cost": "cost", "pledge": "pledge", "owe": "debt", "save": "savings"}


def singular(word: str) -> str:
    """A plural as its singular, the form the facts code compares counted nouns by ("boats" -> "boat",
    "properties" -> "property", "churches" -> "church", "buses" -> "bus"; "class" stays)."""
    if not word.endswith("s") or word.endswith(("ss", *_IN_S)):  # "class", "bus", "virus", "crisis"
        return word
    if word.endswith("ies") and len(word) > 4 and word not in _IE_PLURALS:
        return word[:-3] + "y"  # "babies", "bodies", "casualties": "baby" is in the lists a singular is looked up in
    if word.endswith(("ches", "shes", "xes", "sses", "zzes", "buses")):
        return word[:-2]
    return word[:-1]


# singulars that end in s ("GPUs" and "RBIs" are plurals)
_IN_S = ("bus", "virus", "status", "campus", "bonus", "census", "fungus", "nexus", "corpus", "consensus", "stimulus",
         "nucleus", "radius", "genius", "octopus", "apparatus", "sis", "itis")
# plurals in -ies of nouns in -ie, not -y: "two sorties", "three rookies" (and "series", "species", as before)
_IE_PLURALS = frozenset({"series", "species", "movies", "cookies", "rookies", "goalies", "calories", "zombies",
                         "hippies", "brownies", "aussies", "selfies", "smoothies", "sorties", "prairies", "aunties",
                         "collies", "bogies", "birdies", "pixies", "techies"})


def head_noun(counted: str | None) -> str:
    """The noun a counted phrase names, as the facts code compares it: its last word, lower case and singular
    ("district hospitals" -> "hospital"); "" for none."""
    words = (counted or "").lower().split()
    return singular(words[-1]) if words else ""


# a count set in hospital with no verb, as a headline or a list tells it, right after the figure and its noun: "16 in
# hospital", "Nine people in hospital after ...", "two dead, five in hospital" (not "in hospital uniforms", and not
# a verb's "11 remain in hospital", which other words read)
BARE_IN_HOSPITAL = re.compile(r"^\s*(?:(?!(?:are|were|is|was|be|been|being|remain|remains|remained|stay|stays|stayed|"
                              r"still|now|also|later|died|dies|die|lay|lies|kept|treated|more|other|others)\b)"
                              r"[a-z][\w'-]*\s+)?in\s+hospitals?(?=\s*$|\s*[,.;:!?)\u2014\u2013-]|"
                              r"\s+(?:after|as|with|following|in|at|on|since|and|but|while|from|for|over|when|where|"
                              r"by)\b)")


# a hospital's condition report after a figure, within its clause: "were in critical condition", "remain in a
# serious condition", "listed in critical condition", "are in intensive care", "remains in the paediatric intensive
# care unit", "three of them to intensive care": people, hurt (group 1: the words between)
HOSPITAL_CONDITION = re.compile(r"^([^.;:,(]{0,90}?)\b(?:in\s+(?:a\s+)?(?:critical|serious|grave|life-threatening)"
                                r"\s+condition|(?:in|to|into)\s+(?:the\s+|an\s+)?(?:[\w-]+\s+)?"
                                r"(?:intensive[\s-]+care|ICU)|critically\s+ill)\b", re.IGNORECASE)
