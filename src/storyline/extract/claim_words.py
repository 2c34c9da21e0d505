"""The English vocabulary claims are read with: what is measured, who is counted, who says so.

General news vocabulary, not keyed to any story. Lemmas (as spaCy gives them) unless noted.
"""

from __future__ import annotations

MEASURE_LEMMAS: dict[str, str] = {}
for _measure, _words in {
    "killed": "kill killed die died dead death deaths toll fatality fatalities eliminate eliminated liquidate "
              "liquidated behead beheaded slay slain perish murder murdered execute executed drown body bodies corpse "
              "life lives",
    "injured": "injure injured wound wounded hurt injury injuries hospitalize hospitalised hospitalized",
    "detained": "detain detained arrest arrested arrests detention custody apprehend apprehended imprison jail "
                "jailed detainee detainees capture captured",
    "deployed": "deploy send dispatch arrive land contingent reinforcement mobilize mobilise",
    "price": "price cost fare tariff",
    "damage": "damage loss destruction",
}.items():
    for _w in _words.split():
        MEASURE_LEMMAS[_w.replace("_", " ")] = _measure

TIME_UNITS = {"second", "minute", "hour", "day", "week", "month", "year", "decade", "night"}

# Nouns that count people, and the group each names on its own.
PERSON_NOUNS: dict[str, str] = {}
for _group, _words in {
    "security_forces": "police policeman policemen officer officers serviceman servicemen guardsman guardsmen "
                       "guard soldier soldiers troop troops military army gendarme personnel trooper cop",
    "protesters": "protester protesters demonstrator demonstrators rioter rioters criminal criminals gunman gunmen "
                  "militant militants terrorist terrorists bandit bandits insurgent insurgents rebel rebels looter "
                  "looters instigator instigators organizer organizers attacker attackers extremist extremists "
                  "participant participants arrest arrests detainee detainees",
    "civilians": "civilian civilians resident residents bystander bystanders passer-by passers-by child children "
                 "citizen citizens villager villagers pedestrian pedestrians",
    "mixed": "people person persons man men woman women individual individuals victim victims casualty casualties "
             "death deaths body bodies member members worker workers journalist journalists student students "
             "migrant migrants"
             " refugee refugees employee employees patient patients survivor survivors evacuee evacuees",
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
