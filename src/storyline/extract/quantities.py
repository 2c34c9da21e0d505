"""Numbers as news writes them: the one parser of amounts in storyline.

``find_quantities(sentence)`` returns every amount stated in a sentence: digits in several
locales ("4,000", "4 000", "4.000", "2.5"), words ("seven", "a hundred", "3 thousand"),
scales ("$57 million"), ranges ("200–250", "between 50 and 65"), currencies, vague amounts
("dozens", "several hundred", "a number of") and multipliers ("doubling", "twofold"), each
with its qualifier and bounds. Calendar dates, clock times, years, article and footnote
numbers are not amounts and are skipped.
"""

from __future__ import annotations

import dataclasses
import itertools
import re
from dataclasses import dataclass

from storyline.dates import fold

UNITS_WORDS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30, "forty": 40,
    "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90, "nought": 0, "naught": 0,
}
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000,
          "trillion": 1_000_000_000_000, "mln": 1_000_000, "mn": 1_000_000, "bn": 1_000_000_000, "k": 1_000,
          "m": 1_000_000, "b": 1_000_000_000, "dozen": 12, "lakh": 100_000, "lakhs": 100_000, "crore": 10_000_000,
          "crores": 10_000_000, "bln": 1_000_000_000, "trn": 1_000_000_000_000, "tln": 1_000_000_000_000,
          "tn": 1_000_000_000_000, "mil": 1_000_000, "mm": 1_000_000, "dozens": 12, "doz": 12, "dozs": 12, "dz": 12,
          "dzs": 12,
          # Indian outlets stack two scales: "Rs 1.5 lakh crore" (1.5e12), "10 thousand crore" (1e11)
          "lakh crore": 1_000_000_000_000, "thousand crore": 10_000_000_000}
ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8,
            "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12, "fifteenth": 15, "twentieth": 20,
            "thirtieth": 30, "hundredth": 100}
FRACTIONS = {"half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4, "fourth": 4, "fourths": 4,
             "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7, "eighth": 8, "eighths": 8,
             "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10, "twelfth": 12, "twelfths": 12, "sixteenth": 16,
             "sixteenths": 16, "twentieth": 20, "twentieths": 20, "thirtieth": 30, "thirtieths": 30,
             "hundredth": 100, "hundredths": 100, "thousandth": 1_000, "thousandths": 1_000,
             "millionth": 1_000_000, "millionths": 1_000_000, "billionth": 1_000_000_000,
             "billionths": 1_000_000_000, "trillionth": 1_000_000_000_000, "trillionths": 1_000_000_000_000}
CURRENCY_SIGNS = {"$": "USD", "€": "EUR", "£": "GBP", "¥": "JPY", "₽": "RUB", "₸": "KZT", "₴": "UAH", "₹": "INR",
                  "₩": "KRW", "₺": "TRY", "₦": "NGN", "₱": "PHP", "₫": "VND", "₪": "ILS", "฿": "THB", "₡": "CRC",
                  "₾": "GEL", "₭": "LAK", "₮": "MNT", "₲": "PYG", "₵": "GHS", "₼": "AZN", "₿": "BTC", "元": "CNY",
                  "円": "JPY"}
# Currency codes written against the number: "USD10m", "HK$5.4m", "RM23.50", "$US55,931", "A$3bn".
CURRENCY_CODES = {"usd": "USD", "us$": "USD", "$us": "USD", "us": "USD", "eur": "EUR", "gbp": "GBP", "aud": "AUD",
                  "a$": "AUD", "$a": "AUD", "au$": "AUD", "cad": "CAD", "c$": "CAD", "ca$": "CAD", "nzd": "NZD",
                  "nz$": "NZD", "hkd": "HKD", "hk$": "HKD", "sgd": "SGD", "s$": "SGD", "chf": "CHF", "jpy": "JPY",
                  "cny": "CNY", "rmb": "CNY", "inr": "INR", "rs": "INR", "rs.": "INR", "rm": "MYR", "myr": "MYR",
                  "zar": "ZAR", "kzt": "KZT", "rub": "RUB", "uah": "UAH", "try": "TRY", "sek": "SEK", "nok": "NOK",
                  "dkk": "DKK", "brl": "BRL", "r$": "BRL", "mxn": "MXN", "krw": "KRW", "idr": "IDR", "rp": "IDR",
                  "php": "PHP", "thb": "THB", "nt$": "TWD", "twd": "TWD", "usd$": "USD", "aud$": "AUD", "cad$": "CAD",
                  "nzd$": "NZD", "mxn$": "MXN", "mex$": "MXN", "hkd$": "HKD", "sgd$": "SGD", "tk": "BDT",
                  "tk.": "BDT", "ksh": "KES", "kshs": "KES", "kes": "KES", "tsh": "TZS", "tshs": "TZS", "tzs": "TZS",
                  "ush": "UGX", "ushs": "UGX", "ugx": "UGX", "sh": "shilling", "shs": "shilling", "r": "ZAR",
                  "n": "NGN", "ngn": "NGN", "ghs": "GHS", "egp": "EGP", "gh¢": "GHS", "gh₵": "GHS", "mk": "kwacha",
                  "k": "kwacha", "zk": "kwacha", "p": "PHP", "frw": "RWF", "le": "SLE", "br": "ETB"}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR", "eur": "EUR",
    "pounds": "GBP", "sterling": "GBP", "gbp": "GBP", "roubles": "RUB", "rubles": "RUB", "rub": "RUB",
    "tenge": "tenge", "kzt": "tenge", "yuan": "CNY", "hryvnias": "UAH", "hryvnia": "UAH", "rupees": "INR",
    "yen": "JPY", "francs": "CHF", "franc": "CHF", "lira": "TRY", "liras": "TRY", "lunars": "lunars",
    "rupee": "INR", "pesetas": "ESP", "peseta": "ESP", "pesos": "MXN", "peso": "MXN", "bitcoins": "BTC",
    "bitcoin": "BTC", "btc": "BTC", "cents": "cent", "cent": "cent", "pence": "pence", "p": "pence",
    "renminbi": "CNY", "rand": "ZAR", "won": "KRW", "baht": "THB", "ringgit": "MYR", "rupiah": "IDR",
    "penny": "pence", "pennies": "pence", "guilders": "NLG", "guilder": "NLG", "markka": "FIM", "markkaa": "FIM",
    "shekels": "ILS", "shekel": "ILS", "naira": "NGN", "zloty": "PLN", "zlotys": "PLN", "forints": "HUF",
    "forint": "HUF", "dong": "VND", "satoshis": "satoshi", "satoshi": "satoshi",
    "lei": "RON", "leu": "RON", "leva": "BGN", "kuna": "HRK", "kunas": "HRK", "koruna": "CZK", "korunas": "CZK",
    "kronor": "SEK",
    # the currencies of African and South Asian news ("1.5 billion shillings", "200,000 taka", "50 million kwacha");
    # a shilling, a kwacha, a dinar, a dirham or a riyal of which country the story says
    "taka": "BDT", "shillings": "shilling", "shilling": "shilling", "kwacha": "kwacha", "cedis": "GHS",
    "cedi": "GHS", "birr": "ETB", "dinars": "dinar", "dinar": "dinar", "dirhams": "dirham", "dirham": "dirham",
    "riyals": "riyal", "riyal": "riyal",
    # and of Latin American, Central Asian and other news ("240,000 reais", "15 soles each", "3 million pula"); a
    # krone, a manat or a som of which country the story says
    "reais": "BRL", "soles": "PEN", "bolivianos": "BOB", "boliviano": "BOB", "quetzales": "GTQ", "quetzals": "GTQ",
    "lempiras": "HNL", "colones": "CRC", "guaranies": "PYG", "guaraníes": "PYG", "kroner": "krone",
    "leones": "SLE", "afghanis": "AFN", "kyats": "MMK", "kyat": "MMK", "riels": "KHR", "tugriks": "MNT",
    "kwanzas": "AOA", "kwanza": "AOA", "meticais": "MZN", "pula": "BWP", "manat": "manat", "manats": "manat",
    "lari": "GEL", "somoni": "TJS",
    # the Nordic crowns in their singular and Icelandic plural ("a 40 million krona loan", "40 million krónur"), and
    # other singulars and plurals of world news ("1 rouble", "5,000 rials")
    "krona": "krona", "krónur": "krona", "kronur": "krona", "krone": "krone", "rouble": "RUB", "ruble": "RUB",
    "rials": "rial", "rial": "rial", "lempira": "HNL", "cordobas": "NIO", "córdobas": "NIO", "bolivars": "VES",
    "bolívares": "VES", "denars": "MKD", "ariary": "MGA", "rufiyaa": "MVR", "kina": "PGK", "dalasis": "GMD",
    # ISO codes written in lower case after the number ("10 rmb", "20 cad"); not "try", "php" (words)
    **{c: c.upper() for c in ("aud", "cad", "nzd", "hkd", "sgd", "chf", "jpy", "cny", "inr", "myr", "zar", "sek",
                              "nok", "dkk", "brl", "mxn", "krw", "idr", "thb", "twd", "uah")}, "rmb": "CNY",
}
# Money named with its country ("10,000 Swiss francs", "420 million Finnish markka"): adjective + money.
NATIONAL_CURRENCIES = {
    "swiss franc": "CHF", "french franc": "FRF", "belgian franc": "BEF", "chinese yuan": "CNY", "turkish lira": "TRY",
    "italian lira": "ITL", "indian rupee": "INR", "pakistani rupee": "PKR", "sri lankan rupee": "LKR",
    "mexican peso": "MXN", "argentine peso": "ARS", "philippine peso": "PHP", "chilean peso": "CLP",
    "colombian peso": "COP", "dutch guilder": "NLG", "finnish markka": "FIM", "japanese yen": "JPY",
    "british pound": "GBP", "egyptian pound": "EGP", "south african rand": "ZAR", "brazilian real": "BRL",
    "russian rouble": "RUB", "russian ruble": "RUB", "german mark": "DEM", "deutsche mark": "DEM",
    "norwegian krone": "NOK", "danish krone": "DKK", "swedish krona": "SEK", "saudi riyal": "SAR",
    "qatari riyal": "QAR", "iranian rial": "IRR", "israeli shekel": "ILS", "south korean won": "KRW",
    "korean won": "KRW", "nigerian naira": "NGN", "kenyan shilling": "KES", "ugandan shilling": "UGX",
    "tanzanian shilling": "TZS", "uae dirham": "AED", "moroccan dirham": "MAD", "polish zloty": "PLN",
    "hungarian forint": "HUF", "czech koruna": "CZK", "ukrainian hryvnia": "UAH", "thai baht": "THB",
    "malaysian ringgit": "MYR", "indonesian rupiah": "IDR", "vietnamese dong": "VND", "kazakh tenge": "KZT",
    # the crowns of the wires ("42 million Swedish crowns"): the krona, krone and koruna in English
    "swedish crown": "SEK", "danish crown": "DKK", "norwegian crown": "NOK", "czech crown": "CZK",
    "icelandic crown": "ISK",
}
_NATIONAL = re.compile(r"\s*-?\s*(?P<a>(?:south\s+)?[a-z]+)\s+(?P<n>[a-z]+)\b", re.IGNORECASE)
_PLURAL_MONEY = {"lire": "lira", "reais": "real", "kroner": "krone", "kronor": "krona", "markkaa": "markka"}
# Dollars named by their country ("125 million Australian dollars").
DOLLAR_COUNTRIES = {"us": "USD", "u.s.": "USD", "american": "USD", "australian": "AUD", "canadian": "CAD",
                    "hong kong": "HKD", "new zealand": "NZD", "singapore": "SGD", "taiwan": "TWD"}
# Units of measure after a number: (pattern, unit). Longest first where they share a start.
MEASURE_UNITS = (
    (r"km\s?/\s?hr?|kph|kmph|kmh|kilomet(?:re|er)s?\s+(?:per|an|a)\s+hour", "km/h"),
    (r"mph|miles?\s+(?:per|an|a)\s+hour", "mph"), (r"mpg|miles?\s+(?:per|a)\s+gallon", "mpg"),
    (r"km\s?/\s?l|kilomet(?:re|er)s?\s+(?:per|a)\s+lit(?:re|er)", "km/l"),
    # engines: power and torque ("a 149-horsepower engine", "151 PS", "406 lb-ft", "197 Nm")
    (r"horsepower|b?hp|(?-i:PS)", "hp"), (r"lb[\s-]?ft|pound[\s-]feet|foot[\s-]pounds?", "lb-ft"),
    (r"(?-i:Nm)|newton[\s-]met(?:re|er)s?", "Nm"),
    (r"(?:sq\.?|square)\s+(?:kilomet(?:re|er)s?|km)|km2|km²", "km2"),
    (r"(?:sq\.?|square)\s+(?:met(?:re|er)s?|m)|m2|m²", "m2"),
    (r"(?:sq\.?|square)\s+(?:miles?|mi)", "mi2"), (r"(?:sq\.?|square)\s+(?:feet|foot|ft)", "ft2"),
    (r"cubic\s+(?:feet|foot)|cu\.?\s?ft|ft3", "ft3"), (r"cubic\s+met(?:re|er)s?|m3|m³", "m3"),
    (r"(?-i:C)\b|[°º]\s?(?:c|celsius|centigrade)\b|(?:degrees?|deg\.?)\s+(?:celsius|celcius|centigrade|c)\b"
     r"|celsius|celcius|centigrade", "°C"),
    (r"(?-i:F)\b|[°º]\s?(?:f|fahrenheit)\b|(?:degrees?|deg\.?)\s+(?:fahrenheit|farenheit|f)\b"
     r"|fahrenheit|farenheit", "°F"),
    (r"kilomet(?:re|er)s?|km", "km"), (r"centimet(?:re|er)s?|cm", "cm"), (r"millimet(?:re|er)s?|mm", "mm"),
    (r"decimet(?:re|er)s?|dm", "dm"), (r"picomet(?:re|er)s?", "pm"), (r"met(?:re|er)s?|m", "m"),
    (r"miles?|mi", "mi"), (r"feet|foot|ft", "ft"), (r"inch(?:es)?|in\.", "in"), (r"yards?|yds?", "yd"),
    (r"nautical\s+miles?", "nmi"),
    (r"kilogram(?:me)?s?|kilos?|kgs?", "kg"), (r"microgram(?:me)?s?|µg|mcg", "µg"),
    (r"milligram(?:me)?s?|mg", "mg"),
    (r"gram(?:me)?s?|(?-i:g)", "g"), (r"metric\s+tons?|tonnes?", "t"), (r"tons?", "t"), (r"pounds?|lbs?\.?", "lb"),
    (r"ounces?|oz", "oz"), (r"stones?", "st"),
    (r"millilit(?:re|er)s?|ml", "ml"), (r"lit(?:re|er)s?|l", "l"), (r"gallons?|gal", "gal"),
    (r"barrels?|bbl", "bbl"), (r"acres?", "acre"), (r"hectares?|ha", "ha"),
    (r"tablespoons?|tbsp", "tbsp"), (r"teaspoons?|tsp", "tsp"), (r"cups?", "cup"),
    (r"megawatts?|mw", "MW"), (r"gigawatts?|gw", "GW"), (r"kilowatt[\s-]hours?|kwh", "kWh"), (r"kilowatts?|kw", "kW"),
    (r"watt[\s-]hours?|wh", "Wh"),  # "a 100Wh battery"
    (r"watts?|(?-i:W)(?!\.)", "W"),  # "a 60W charger" (not "3170 W. Main St.")
    # data rates before the sizes they start like ("100Mbps" is not "100MB")
    (r"gbps|gigabits?\s+(?:per|a)\s+second", "Gbps"), (r"mbps|megabits?\s+(?:per|a)\s+second", "Mbps"),
    (r"kbps|kilobits?\s+(?:per|a)\s+second", "kbps"),
    (r"kilobytes?|kb", "KB"), (r"megabytes?|mb", "MB"), (r"gigabytes?|gb", "GB"), (r"terabytes?|tb", "TB"),
    (r"petabytes?|pb", "PB"), (r"megabits?|mbit", "Mbit"), (r"bits?", "bit"),
    (r"fps|frames?\s+(?:per|a)\s+second", "fps"),  # "at 60fps", "30 frames per second"
    (r"mah|milliamp(?:ere)?[\s-]hours?", "mAh"),  # battery capacity: "a 5,000mAh battery"
    (r"kilohertz|khz", "kHz"), (r"megahertz|mhz", "MHz"), (r"gigahertz|ghz", "GHz"), (r"hertz|hz", "Hz"),
    (r"megapixels?|mp\b", "megapixel"),
    (r"rpm|revolutions?\s+(?:per|a)\s+minute", "rpm"), (r"gigaflops|gflops", "GFLOPS"),
    (r"teraflops|tflops", "TFLOPS"), (r"petaflops|pflops", "PFLOPS"),
    (r"radians?|rad", "rad"), (r"turns?", "turn"), (r"degrees?|deg\.?|°", "deg"),
    # units of time: a duration ("five years", "44 seconds", "a 15-year career")
    (r"years?|yrs?", "year"), (r"months?", "month"), (r"weeks?|wks?", "week"), (r"days?", "day"),
    (r"hours?|hrs?", "hour"), (r"minutes?|mins?", "minute"), (r"seconds?|secs?", "second"),
)
TIME_UNITS = frozenset({"year", "month", "week", "day", "hour", "minute", "second"})
_AGE_AFTER = re.compile(r"(?:[\s-]+(?P<u>year|month|week|day)s?)(?:[\s-]+old\b|\s+of\s+age\b)"
                        r"|\s?(?:yo|y/o|y\.o\.)(?=[\s,;)]|$)", re.IGNORECASE)  # "a 87 yo man": clinical notes
_AGE_BEFORE = re.compile(r"\b(?:aged|age|ages)\s+$", re.IGNORECASE)
# people named by their age's bound: "children under 15", "residents over 60" (the bound word is the figure's own)
_PEOPLE_BOUND_BEFORE = re.compile(r"\b(?:children|kids|people|persons|adults|boys|girls|men|women|those|patients|"
                                  r"residents|pupils|students|infants|babies|victims|pensioners)\s+$", re.IGNORECASE)
_AGE_VERB_BEFORE = re.compile(r"(?:\bI['’]m|\bI\s+am|\b(?:he|she)['’]s|\b(?:he|she)\s+is|\bturn(?:ed|s|ing))\s+$",
                              re.IGNORECASE)
_AGE_VERB_ENDS = ("m", "am", "s", "is", "turned", "turns", "turning")  # a cheap test before the search
_AGE_VERB_AFTER = re.compile(r"\s*(?:[,.;!?)]|and\b|$)")
QUALIFIERS = (  # (pattern before the number, qualifier), longest first
    (r"no\s+fewer\s+than|no\s+less\s+than|a\s+minimum\s+of|at\s+least", "at_least"),
    (r"more\s+than|over|above|upwards\s+of|in\s+excess\s+of|exceeds?|exceeding|in\s+excess|surpass(?:es|ed|ing)?",
     "more_than"),
    (r"almost|nearly|close\s+to|just\s+under|just\s+shy\s+of|fewer\s+than|less\s+than|under|below", "almost"),
    (r"up\s+to|as\s+many\s+as|as\s+much\s+as|a\s+maximum\s+of|maximum(?:\s+\w+){0,2}\s+of|at\s+most|no\s+more\s+than",
     "up_to"),
    (r"about|around|roughly|approximately|some|an\s+estimated|estimated|circa|approx\.?|nearly\s+about|"
     r"more\s+or\s+less|in\s+the\s+region\s+of", "about"),
)
# Comparisons written out, read back from the number (kept out of PATTERN, which they would slow):
# "greater than 60", "less than or equal to 70"
# "bigger or equal than 30", "at least or equal to 30" (the "than" of the first comparison left out)
_COMPARED = re.compile(
    r"(?:(?P<at_least>(?:greater|more|larger|higher|bigger)\s+(?:than\s+)?or\s+equal\s+(?:to|than)|at\s+least\s+or"
    r"\s+equal\s+to|equal\s+to\s+or\s+(?:greater|more)\s+than)"
    r"|(?P<up_to>(?:less|fewer|smaller|lower)\s+(?:than\s+)?or\s+equal\s+(?:to|than)|at\s+most\s+or\s+equal\s+to"
    r"|equal\s+to\s+or\s+(?:less|fewer)\s+than)"
    r"|(?P<more_than>(?:greater|larger|bigger|higher)\s+than)|(?P<almost>(?:smaller|lower)\s+than))\s+$", re.IGNORECASE)
# The signs of comparison: ">30", ">= 30", "< = 100", "≤ 5" (not "=<", "<>", "=>")
_COMPARED_SIGN = re.compile(
    r"(?<![<>=])(?:(?P<at_least>>\s?=|≥)|(?P<up_to><\s?=|≤)|(?P<more_than>>)|(?P<almost><))\s*$")
# Two bounds joined: "more than 100 and fewer than 300", "at most 100 and at least 20": one range
_RATIO_BETWEEN = re.compile(r"\s+(?:in|out\s+of)\s+", re.IGNORECASE)
_BOUNDS_JOINED = re.compile(r"\s*,?\s*(?:and|but)?\s*$", re.IGNORECASE)
VAGUE = (  # vague amounts: (pattern, words that name it)
    r"tens\s+of\s+thousands|hundreds\s+of\s+thousands|several\s+(?:dozen|hundred|thousand|million)"
    r"|a\s+few\s+(?:dozen|hundred|thousand)|dozens|hundreds|thousands|millions|scores|several|a\s+number\s+of"
    r"|a\s+few|a\s+handful\s+of|countless|numerous"
)
MULTIPLIERS = {"doubling": 2, "doubled": 2, "double": 2, "twofold": 2, "two-fold": 2, "tripling": 3, "tripled": 3,
               "threefold": 3, "three-fold": 3, "fourfold": 4, "quadrupled": 4, "tenfold": 10, "halved": 0.5}

# Text detokenised with a space after each mark ("230, 000", "a 6. 1 magnitude", "$2. 5
# million", as in corpora rebuilt from tokens) is read as the number it was.
_SPACED = (r"\d{1,3}(?:,\s\d{3}(?!\d))+(?:\.\d+)?|\d{1,3}\.\s\d{1,2}(?![\d.]|,\d)"
           r"|(?<=\()\.\s\d{3}(?=\))")  # "(. 535)": a winning percentage rebuilt from tokens
# "12,34,567.89": lakh grouping, as Indian outlets write it
# Scientific notation and powers after the digits: "1.3e6", "-12e-1", "6.23x10^-4", "1.1^23"
_EXPONENT = r"(?:e[+-]?\d+|\s?[x×*]\s?10\^[+-]?\d+|\^[+-]{0,2}\d+)(?![\w.])"
_NUM = _SPACED + r"|\d{1,2}(?:,\d\d)+,\d{3}(?![\d,])(?:\.\d+)?" \
    + rf"|\d+(?:[ \u00a0\u202f,.'’]\d{{3}}(?!\d))*(?:[.,]\d+)?(?:{_EXPONENT})?|\d*[.,]\d+"
# "2 1/2", "3/4": a written fraction (halves to sixteenths, the numerator the smaller)
_DIGIT_FRACTION = r"(?:\d+(?:\s+|-))?[1-9]/(?:2|3|4|5|8|10|16)(?![\d/])|(?:\d+\s?)?[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞]"
VULGAR = {"½": 1 / 2, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 1 / 4, "¾": 3 / 4, "⅕": 1 / 5, "⅖": 2 / 5, "⅗": 3 / 5, "⅘": 4 / 5,
          "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 1 / 8, "⅜": 3 / 8, "⅝": 5 / 8, "⅞": 7 / 8}
_WORD_NUM = "(?:" + "|".join(sorted(UNITS_WORDS, key=len, reverse=True)) + r")\b"
_TENS = "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety"
_ONES = "one|two|three|four|five|six|seven|eight|nine"
_N2 = rf"(?:(?:{_TENS})(?:[\s-]+(?:{_ONES})\b)?|{_WORD_NUM})"
# Spelled-out compounds: "twenty-eight thousand six hundred forty-two", "one hundred and six"
# ("and" only after a scale word, and not inside "between ... and ...").
_WORD_CHAIN = (rf"{_N2}(?:[\s-]+(?:hundred|thousand|million|billion|trillion|dozen)\b"
               rf"(?:(?(between)|(?:\s+and)?)[\s-]+{_N2}(?![\s-]*(?:{'|'.join(FRACTIONS)})\b))?)*")
# the first letters of a spelled number: tested once before the words of _WORD_CHAIN are tried one by one
_N2_FIRST = "".join(sorted({w[0] for w in (*UNITS_WORDS, *_TENS.split("|"), *_ONES.split("|"))}))
_FRACTION = "|".join(sorted(FRACTIONS, key=len, reverse=True))
_BIG_SCALE = r"thousand|million|billion|trillion|lakhs?|crores?"
_MIX_PART = (rf"(?:(?(between)|(?:\s+and)?)[\s-]+(?:\d{{1,3}}(?![\d.,/:])|{_N2})"
             rf"(?![\s-]*(?:{_FRACTION})\b))")  # the next part: "and 21", "3", "two"
# Digits mixed with scale words: "4 thousand 3 hundred and 21", "6 crore and two hundred", "3 hundred and one";
# the scales fall as they go ("3 hundred and 2 hundred" is two numbers)
_MIXED_CHAIN = (rf"\d{{1,3}}[\s-]+hundred\b{_MIX_PART}(?![\s-]+(?:hundred|{_BIG_SCALE})\b)"
                rf"|\d{{1,3}}[\s-]+(?:{_BIG_SCALE})\b(?:{_MIX_PART}(?:[\s-]+(?:hundred|thousand)\b)?)+"
                rf"(?![\s-]+(?:{_BIG_SCALE})\b)")
_SCALE = (r"(?:lakhs?|thousand)\scrores?|hundred|thousand|million|billion|trillion|mln|mn|bln|bn|trn|tln|dozens?"
          r"|dozs?|dzs?|lakhs?|crores?")
_SIGNS = "".join(CURRENCY_SIGNS)
_CODE = (r"(?:(?:(?-i:US|HK|NZ|NT|AU|CA|A|C|S|R)|\b(?:hk|nz|c)(?=\s\$)|\b(?:usd|aud|cad|nzd|mxn|mex|hkd|sgd)(?=\s?\$))"
         r"\s?\$|\$(?-i:US|A|NZ|C|HK)"
         r"|(?:(?-i:KZT|TRY|PHP|RM|Rs\.?|Rp|Tk\.?|K[Ss]hs?|TShs?|UShs?|Shs?|GH[¢₵]|MK|ZK|Frw|Br"
         # ISO codes a reader sees before a sum in world news, in capitals only (some are words: "PEN", "COP")
         r"|PKR|LKR|NPR|BDT|PLN|CZK|HUF|RON|ILS|AED|SAR|QAR|KWD|OMR|BHD|JOD|COP|CLP|PEN|ARS|ETB|ZMW|MWK|RWF|XOF|XAF"
         r"|VND|MAD|TND|DZD|ISK|BGN)|usd|eur|gbp|aud|cad|nzd|hkd|sgd|chf|jpy|cny"
         r"|rmb|inr|myr|zar|rub|uah|sek|nok|dkk|brl|mxn|krw|idr|thb|twd|kes|ugx|tzs|ngn|ghs|egp)(?=\s?\d)"
         # a rand or a naira by its one letter, only before a sum written as money is ("R250,000", "R4.5 million",
         # "N5bn"), not a road, a model or a size ("the R618", "an N95 mask"); so a kwacha by its K and a peso or
         # a pula by its P ("K50,000", "P1.1 billion")
         r"|(?-i:R|N|K|P)(?=\d{1,3}(?:,\d{3})+(?![\d,])|\d+(?:\.\d+)?\s?(?:million|billion|bn|m|k)\b))")
# (?=[...]): the first letters a code or a sign can have, tested once at each word instead of each code
_AMOUNT = (rf"(?:(?=[$abcdefghijklmnopqrstuvxz{_SIGNS}])(?:(?P<code>{_CODE})\s?|(?P<sign>[{_SIGNS}])\s?))?"
           rf"(?P<num>{_DIGIT_FRACTION}|{_MIXED_CHAIN}|{_NUM}|(?=[{_N2_FIRST}]){_WORD_CHAIN}"
           # "a hundred thousand", "hundred thousand dollars": the hundred is the first scale of two
           r"|(?:(?:a|an)\s+)?hundred(?=[\s-]+(?:thousand|million|billion|trillion)\b)"
           rf"|(?:a|an)\b(?=[\s-]+(?:{_SCALE}|{_FRACTION})\b))"
           # "two thirds of", "three fifths", "a fifth." (not "a third straight win", "the past three quarters")
           rf"(?:(?:\s?-\s?|\s+)(?P<frac>{_FRACTION})\b(?=\s+(?:of|million|billion|trillion|thousand)\b"
           rf"|\s*(?:[.,;:!?)]|$)|(?<=s)(?<!quarters))|-(?P<frac2>{_FRACTION})\b"
           # "two and a half hours" (not "468 and a third child has died": one more, a rank)
           rf"|(?(between)(?!)|(?:\s+|\s?-\s?)and(?:\s+|\s?-\s?)an?(?:\s+|\s?-\s?)(?P<andfrac>half|quarter|third))\b"
           r"(?!(?<=third)\s+[a-z]+\s+(?:has|have|had|was|were|is|are|died|dies)\b))?"
           rf"(?:(?:\s|-)?(?P<scale>{_SCALE})\b|(?P<scale2>m|bn|b|k|tn|mil|(?-i:MM))\b(?![/-](?!\d)|\.\w))?")
_DASH = (r"(?(between)(?:\s?(?:%|°[cf]|[kmg]?hz|km|cm|mm|kg|mg|lbs?|ft|mi))?\s+(?:and|to)\s+"
         # "43% to 44%", "2GB to 4GB", "two or three years"
         r"|(?:\s?%|(?:[kmgt]b|[kmg]?hz)(?=\s+to\s))?(?:-to-|\s?[-–—~]\s?|\s+(?:to|through|or)\s+))")
# "and" joins a range only after "between" (a unit may come between: "between 15kHz and 17kHz")
_QUAL = "|".join(f"(?:{p})" for p, _ in QUALIFIERS)
_QUAL_FIRST = "abcefijlmnorsu"  # the first letters of the qualifiers (tests/extract/test_quantities.py checks it)
PATTERN = re.compile(
    rf"(?<![\w.,:$€£/])(?:(?<![A-Za-z]-)(?<![A-Za-z]\d-)(?<![A-Za-z]-\d\d-)|(?<=\d-of-)|(?<=\d-for-))(?P<between>between\s+)?(?:(?=[{_QUAL_FIRST}])(?P<qual>(?:{_QUAL})\s+))?"
    rf"(?P<vague>{VAGUE})?(?(vague)|(?P<neg>(?<![\w)\]])[-−](?=\d)|(?<![\w)\]])(?<![\d%]\s)[-−]\s(?=\d[\d.,]*\s?(?:°|degrees?\b|deg\b))|\b(?:minus|negative)[\s-]+(?=\d|{_WORD_NUM}))?{_AMOUNT}"
    rf"(?:(?P<dash>{_DASH})(?P<hi>(?:{_CODE}\s?|[{_SIGNS}]\s?)?(?:{_NUM}|{_WORD_CHAIN})(?:\s?(?:{_SCALE})\b"
    rf"|(?:m|bn|b|k|tn|mil|(?-i:MM))\b(?![/-](?!\d)|\.\w))?))?)"
    rf"(?P<pct>\s?(?:%|per\s?cent|percent|pct\b))?",
    re.IGNORECASE,
)
# What every match of PATTERN holds at or after where the search starts: a digit, a vulgar fraction, the first
# letters of a number, scale, fraction or vague word at the start of a word, or a currency sign or "$US"-like
# code a spelled number may be glued to ("元five", "$USfive"). Searched first, it spares the search of PATTERN
# (costly at every character) where none is left: PATTERN finds nothing more there (the same matches, sooner).
_MAY_MATCH = re.compile(
    rf"\d|[½⅓⅔¼¾⅕⅖⅗⅘⅙⅚⅛⅜⅝⅞{_SIGNS}]|\$(?:us|a|nz|c|hk)|\b(?:"
    + "|".join(sorted({*UNITS_WORDS, *FRACTIONS, *(w for w in SCALES if len(w) > 1), "doz", "dz", "hundred",
                       "several", "few", "handful", "number", "score", "countless", "numerous"}, key=len, reverse=True))
    + ")")  # searched in the lowered sentence (cheaper than IGNORECASE)
_HI = re.compile(rf"(?P<n>{_DIGIT_FRACTION}|{_NUM}|{_WORD_CHAIN.replace('(?(between)|', '(?:')})"
                 rf"(?:\s?(?P<s>{_SCALE})\b|(?P<s2>m|bn|b|k|tn|mil|(?-i:MM))\b)?",
                 re.IGNORECASE)  # the high end of a range
# A half: "half the condos", "half of them", "half a million".
# "quarter million": a quarter of a scale.
_HALF = re.compile(rf"(?<![\w-])(?<!and\sa\s)(?<!and\san\s)(?P<q>(?:{_QUAL})\s+)?"
                   rf"(?:(?:(?<!and\s)an?\s+)?half(?:(?:(?:\s*-\s*|\s+)an?)?(?:\s*-\s*|\s+)(?P<scale>{_SCALE})\b|(?=\s+(?:the|of|its|their|his|her|our|all)\b))"
                   r"|quarter[\s-]+(?P<qscale>million|billion|trillion)\b)", re.IGNORECASE)
# "half an hour", "a half-hour", "half a mile": one half of a unit
_HALF_UNIT = re.compile(r"(?<![\w-])(?<!and\s)(?:(?:a|an)\s+)?(?<!and\sa\s)(?<!and\san\s)half(?:\s+an?\s+|-|\s+)"
                        r"(?=(?:hour|day|week|month|year|minute|second|mile|kilomet(?:re|er)|met(?:re|er)|inch|foot|pound|kilo(?:gram)?|lit(?:re|er)|gallon|"
                        r"ton(?:ne)?|turn|teaspoon|tablespoon|cup|ounce|acre|pint|degree)s?\b)", re.IGNORECASE)
# "a year and a half", "an hour and a half", "a cup and a half": one and a half of a unit
_UNIT_AND_A_HALF = re.compile(rf"(?<![\w-])(?P<q>(?:{_QUAL})\s+)?(?:an?|one)\s+(?P<u>hour|day|week|month|year|minute|"
                              r"second|mile|kilomet(?:re|er)|met(?:re|er)|inch|foot|pound|kilo(?:gram)?|lit(?:re|er)|"
                              r"gallon|ton(?:ne)?|cup|teaspoon|tablespoon|ounce|acre|pint|decade|century)"
                              r"\s+and\s+a\s+half\b", re.IGNORECASE)
# "nearly a kilometre long", "about a mile", "almost a tonne": one of a unit of size, told by a word of amount (not
# the bare "a mile away", nor a unit of time: "more than an hour" is read as a duration where it counts)
_ONE_UNIT = re.compile(rf"(?<![\w-])(?P<q>(?:{_QUAL})\s+)an?\s+(?=(?:mile|kilomet(?:re|er)|met(?:re|er)|ton(?:ne)?|"
                       r"kilo(?:gram(?:me)?)?|lit(?:re|er)|gallon|acre|hectare)s?\b)", re.IGNORECASE)
_MULT = re.compile(r"\b(" + "|".join(map(re.escape, MULTIPLIERS)) + r")\b", re.IGNORECASE)
_ORDINAL_DAY = re.compile(
    r"\b(?P<ord>" + "|".join(ORDINALS) + r"|\d+(?:st|nd|rd|th))\s+(?P<unit>day|week|month|year)\b", re.IGNORECASE)
_MONTHS = (r"jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?"
           r"|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?")
# The word before a number that makes it no amount: a month ("May 5", "Jan. 3"), a reference ("article 5", "page 3",
# "No. 7", "#1"), a version or a point; or a label that numbers a part of something ("phase one", "in round two",
# "week 15"; not "the game two weeks ago": see _from_match). Looked up as a set: cheaper than a search.
_NOT_AMOUNT_WORDS = frozenset({"article", "section", "chapter", "paragraph", "number", "page", "line", "version",
                               "point", "covid", "g"})
_DOTTED_NOT_AMOUNT = frozenset({"no.", "p."})
_LABEL_WORDS = frozenset({"phase", "stage", "season", "episode", "tier", "round", "game", "week", "edition", "box"})
_OPENING_MARKS = "(\"'“‘[-"  # stripped from the front of the word


def _not_amount_before(token: str) -> str | None:
    """Why the token before a number makes it no amount: "word", "label" (a count may follow), or None."""
    if token.endswith("#"):
        return "word"
    word = token.lower().lstrip(_OPENING_MARKS)
    if "-" in word:
        word = word.rsplit("-", 1)[1]  # "mid-may"
    if word in _DOTTED_NOT_AMOUNT:
        return "word"
    if word in _NOT_AMOUNT_WORDS or word in _MONTH_WORDS or (word.endswith(".") and word[:-1] in _MONTH_WORDS):
        return "word"  # "May 5", "Jan. 3"
    return "label" if word in _LABEL_WORDS else None


_MONTH_WORDS = frozenset({"jan", "january", "feb", "february", "mar", "march", "apr", "april", "may", "jun", "june",
                          "jul", "july", "aug", "august", "sep", "sept", "september", "oct", "october", "nov",
                          "november", "dec", "december"})
_NOT_AMOUNT_AFTER = re.compile(
    rf"^\s*(?:(?:st|nd|rd|th)?\s*(?:of\s+)?(?:{_MONTHS})\b|[:.]\d{{2}}\b"
    rf"|\s*(?:a\.\s?m\.|p\.\s?m\.|am\b|pm\b|h\b|hrs\b|o'clock)|\s*(?:gmt|utc|cet|local\s+time)\b)", re.IGNORECASE)
# "at 9 in the morning", "about 9 or 10 the next morning", "11 at night": a clock time told with the part of
# the day (not "9 in the morning raids", where the part of the day names the thing counted)
_DAYPART_AFTER = re.compile(
    r"\s+(?:in\s+the\s+(?:morning|afternoon|evening)|at\s+night|(?:the\s+(?:next|following|previous)|this|that"
    r"|yesterday|tomorrow)\s+(?:morning|afternoon|evening|night)|last\s+night|tonight)\b(?!\s+[a-z]+s\b)",
    re.IGNORECASE)
_CLOCK_HOUR = re.compile(r"(?:[1-9]|1[012])(?:\s*[-–]\s*(?:[1-9]|1[012]))?|one|two|three|four|five|six|seven|eight"
                         r"|nine|ten|eleven|twelve", re.IGNORECASE)


_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
# a rate after the figure: "at 17.45 per dollar", "at 3.20 per litre" (no clock; not "at 10.15 per the schedule")
_PER_AFTER = re.compile(r"\s*per\s+(?!(?:the|a|an|our|its|their)\b)[a-z]", re.IGNORECASE)
_CLOCK_BEFORE = re.compile(r"\b(?:from|at|until|till|by|between|after|before|since)\s+$", re.IGNORECASE)
_CLOCK_AFTER = re.compile(r"\s*(?:to|until|till|-|–)\s*(?:[01]?\d|2[0-4])[.:][0-5]\d", re.IGNORECASE)


# Patterns used on every amount, compiled once
_FRACTION_TEXT = re.compile(r"(?:(\d+)(?:\s+|-))?(\d+)/(\d+)")
_WORD_SPLIT = re.compile(r"[\s-]+")
_SPACED_MARK = re.compile(r"(?<=\d)([,.])\s(?=\d)")
_SPACED_POINT = re.compile(r"^\.\s(?=\d)")
_NUM_RE = re.compile(_NUM)
_SEPARATOR = re.compile(r"[ ,.'’]")
_DECIMAL_THOUSANDTHS = re.compile(r"\d+\.\d{3}")
_CLOSE_BRACKET = re.compile(r"\s*\)")
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")
_PLURAL_AFTER = re.compile(r"\s+(?:[a-z]+s|people|men|women|children)\b")
_OF_AFTER = re.compile(r"\s+of\b")
_OPEN_END = re.compile(r"\s+(?:or|and)\s+(?:(?P<up>more|greater|above|over|higher|upwards)|(?P<down>less|fewer|"
                       r"below|under|lower))\b(?!\s+than\b(?![\s.,;!?]*$))", re.IGNORECASE)
_CODE_AFTER_LETTER = re.compile(r"-(?:\d|[A-Z])")
_INCH_MARK = re.compile(r"[\"″](?=\s+[a-z])|\s[\"″](?=\s+(?:long|tall|wide|high|deep|thick|across|screen|display)\b)")
_SHORT_DECIMAL = re.compile(r"\d+\.\s?\d")
_MONTH_WORD = re.compile(rf"(?:{_MONTHS})\.?$", re.IGNORECASE)
_COUNTED_AFTER = re.compile(r"\s+(?:[a-z]+s|people|men|women|children|police)\b")
_STRONG_NAME = re.compile(r"[a-z][A-Z]|&|^[A-Z]{2,}$")
_NAME_WORD = re.compile(r"[A-Z][\w&.-]*")
_MODEL_NUMBER = re.compile(r"\d{2,3}[1-9]")
_SINGULAR_NAME_AFTER = re.compile(r"\s[A-Z][a-z]+[a-rt-z]\b(?!\s+[a-z]+s\b)")
_MODEL_DASH_AFTER = re.compile(r"-\d{1,3}\s+(?:[A-Z][a-z]+[a-rt-z]\b|(?:jet|plane|aircraft|airliner|jetliner|fighter|"
                               r"helicopter|rifle|missile|engine)s?\b)")
_MODEL_NAME_AFTER = re.compile(r"\s?(?:[A-Z][a-z]+liner|[A-Z][a-z]+[A-Z]\w*|MAX|Max|Pro)\b")
_YEAR = re.compile(r"(?:19|20)\d{2}|2100")
_MONTH_DAY_BEFORE = re.compile(rf"\b(?:{_MONTHS})\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,\s*$", re.IGNORECASE)
_EVENTS_OF_A_YEAR = re.compile(r"\s*(?:elections|polls|primaries|caucuses|midterms|olympics|paralympics|playoffs|"
                               r"championships|census|oscars|grammys|emmys)\b", re.IGNORECASE)
_YEAR_WORD_BEFORE = re.compile(r"\b(?:year|fiscal|fy|class\s+of)\s+$", re.IGNORECASE)
_OLD_YEAR = re.compile(r"1[5-8]\d{2}")
_OLD_YEAR_BEFORE = re.compile(r"\b(?:in|since|until|till|circa|c\.)\s+$", re.IGNORECASE)
_NOUN_AFTER = re.compile(r"\s*(?:(?i:people|persons|troops|soldiers|officers|protesters)\b|(?P<w>[a-z]{2,}s)\b)")
_YEAR_PREPOSITION = re.compile(r"\b(?:in|since|by|until|from)\s+$", re.IGNORECASE)
_LIST_AFTER = re.compile(r"\s*(?:and|to|or|,|\.|\)|$)")
_COUNTRY_DOLLARS = re.compile(r"\s*(?P<c>u\.s\.|us|american|australian|canadian|hong\s+kong|new\s+zealand|singapore"
                              r"|taiwan)\s+dollars?\b", re.IGNORECASE)
_SIGN_AFTER = re.compile(rf"\s?([{_SIGNS}])(?!\s?\d)")
_WORD_AFTER = re.compile(r"\s*(?:-\s?)?([A-Za-zÀ-ÖØ-öø-ÿ]+)\b")  # "40 million krónur"
_URL = re.compile(r"(?:https?|ftp)://|\bwww\.|\.(?:com|org|net|html?|php|aspx?)\b|[?&]\w+=|%[0-9A-F]{2}.*%[0-9A-F]{2}")


@dataclass(frozen=True, slots=True)
class Quantity:
    """One amount in a sentence. Offsets are relative to the sentence."""

    start: int
    end: int
    text: str  # as written, qualifier included: "almost 4,000", "50–65 tenge"
    value: float | None
    low: float | None
    high: float | None
    qualifier: str  # exact | at_least | more_than | almost | about | up_to | range | vague
    currency: str | None = None
    percent: bool = False
    multiplier: bool = False
    ordinal: bool = False
    unit: str | None = None  # a unit written after it: "km", "°C", "lb", "year" (a duration or an age), "share"
    age: bool = False  # a person's age: "44-year-old", "aged 7", "Anna Berg, 52,"
    # what a vague amount can mean ("dozens": 24 to 199); low and high stay None, as the facts gold wants
    implied: tuple[float, float] | None = None


def in_place_of(found: list[Quantity], read: list[Quantity]) -> list[Quantity]:
    """``found`` with the amounts ``read`` in place of any they overlap, left to right: a special reader's
    amounts ("4K", "EF-4") over whatever the number reader made of the same words."""
    if not read:
        return found
    kept = [q for q in found if not any(r.start < q.end and q.start < r.end for r in read)]
    return sorted(kept + read, key=lambda q: q.start)


VAGUE_RANGES = (  # (words, low, high): what vague amounts can mean (link.reconcile.interval reads it too)
    (r"tens of thousands", 20_000, 99_999), (r"hundreds of thousands", 200_000, 999_999),
    (r"several dozen", 24, 99), (r"several hundred", 200, 999), (r"several thousand", 2_000, 9_999),
    (r"several million", 2e6, 9.9e6), (r"a few dozen", 24, 60), (r"a few hundred", 200, 500),
    (r"a few thousand", 2_000, 5_000), (r"dozens", 24, 199), (r"scores", 40, 199), (r"hundreds", 200, 1_999),
    (r"thousands", 2_000, 19_999), (r"millions", 2e6, 1e8), (r"several", 3, 9), (r"a few", 2, 6),
    (r"a handful", 2, 6), (r"a number of", 2, float("inf")), (r"numerous|countless", 5, float("inf")),
)


# a verb of change before "from": "raised the fund from €20 million to €30 million", "cut the rate from 28 per cent to
# 26 per cent", "the surcharge rose from 12% to 20%" (not "ranged from 9 to 71", "from 1962 to 1970")
_CHANGED_FROM = re.compile(r"\b(?:rais|lift|increas|expand|rise|rising|risen|rose|fell|fall|grew|grow|jump|climb|"
                           r"reduc|lower|doubl|tripl|boost|hik|slash|drop|cut|revis|trim|push|bump)\w*\b"
                           r"[^.;:]{0,60}?\bfrom\s+$", re.IGNORECASE)
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)


def changed_levels(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """The amounts of ``sentence`` with a change told "from" one level "to" another read as the two levels, not as
    one range: "raised its offer from 5.5 per cent to 7 per cent" gives 5.5 per cent (before) and 7 per cent
    (after), two figures of one quantity at two times. ``find_quantities`` reads what is written, a span from one
    bound to another (the convention of the quantity benchmarks); a reader of facts wants each level."""
    out: list[Quantity] = []
    for q in found:
        sep = _TO.search(q.text) if q.qualifier == "range" else None
        if sep is None or not _CHANGED_FROM.search(sentence, max(0, q.start - 80), q.start):
            out.append(q)
            continue
        at, width = q.start + sep.start(), sep.end() - sep.start()
        masked = sentence[:at] + ";" + " " * (width - 1) + sentence[at + width:]  # the same offsets, no range
        parts = [dataclasses.replace(p, text=sentence[p.start:p.end]) for p in find_quantities(masked)
                 if q.start <= p.start and p.end <= q.end]
        out.extend(parts if len(parts) == 2 else [q])
    return out


def implied_range(words: str) -> tuple[float, float] | None:
    """The range a vague amount implies: "dozens" -> (24, 199), "several hundred" -> (200, 999)."""
    w = " ".join(words.lower().split())
    for pattern, lo, hi in VAGUE_RANGES:
        if re.search(pattern, w):
            return float(lo), float(hi)
    return None


def parse_number(text: str) -> float | None:
    """A number written in digits (any common locale) or words; None if it is not one."""
    if text.isascii() and text.isdigit():
        return float(text)  # the common case: plain digits
    t = text.strip().lower().replace("\u00a0", " ").replace("\u202f", " ")
    if t and t[-1] in VULGAR:  # "2½", "¾"
        whole_part = t[:-1].strip()
        if whole_part and not whole_part.isdigit():
            return None
        return float(whole_part or 0) + VULGAR[t[-1]]
    if frac := _FRACTION_TEXT.fullmatch(t):
        whole, num, den = frac.groups()
        return int(whole or 0) + int(num) / int(den) if int(num) < int(den) else None
    if t in ("a", "an"):
        return 1.0
    if t in UNITS_WORDS:
        return float(UNITS_WORDS[t])
    if ("^" in t or "e" in t) and (sci := _SCI_PARTS.fullmatch(t)):
        return _scientific(sci)
    words = [w for w in _WORD_SPLIT.split(t) if w and w != "and"]
    if len(words) > 1 and words[0] in ("a", "an") and words[1] in _WORD_SCALES:
        words[0] = "one"  # "a hundred thousand"
    if words and all(w in UNITS_WORDS or w in _WORD_SCALES or _SMALL_DIGITS.fullmatch(w) for w in words) \
            and (not words[0].isdigit() or _mixed(words)):
        return _words_value(words)
    t = _SPACED_MARK.sub(r"\1", _SPACED_POINT.sub(".", t)) if " " in t else t
    if not _NUM_RE.fullmatch(t):
        return None
    groups = _SEPARATOR.split(t)
    seps = _SEPARATOR.findall(t)
    if not seps:
        return float(t)
    last = seps[-1]
    if len(groups[-1]) != 3 or (len(set(seps)) > 1 and last in ",."):
        # a decimal mark at the end: "2.5", "1,5", "1.234,5", "1,234.5"
        whole = "".join(groups[:-1])
        return float(f"{whole}.{groups[-1]}")
    if len(set(seps)) == 1 and last in ",." and len(groups) == 2 and groups[0] in ("0", ""):
        return float(f"0.{groups[1]}")
    return float("".join(groups))  # every separator groups thousands: "4,000", "4 000", "4.000"


_WORD_SCALES = {"hundred": 100, "dozen": 12, "dozens": 12, "thousand": 1_000, "million": 1_000_000,
                "billion": 1_000_000_000, "trillion": 1_000_000_000_000, "lakh": 100_000, "lakhs": 100_000,
                "crore": 10_000_000, "crores": 10_000_000}
_SMALL_DIGITS = re.compile(r"\d{1,3}")
_SCI_PARTS = re.compile(r"(?P<m>\d+(?:\.\d+)?)(?:e(?P<e>[+-]?\d+)|\s?[x×*]\s?10\^(?P<t>[+-]?\d+)"
                        r"|\^(?P<p>[+-]{0,2}\d+))")


def _scientific(m: re.Match[str]) -> float | None:
    """"1.3e6", "6.23x10^-4" (a power of ten), "1.1^23" (a power)."""
    mantissa = float(m.group("m"))
    try:
        if m.group("p") is not None:
            power = m.group("p")
            exponent = float(power.lstrip("+-")) * (-1 if power.count("-") % 2 else 1)  # "2.5^--1" is 2.5^1
            return float(mantissa ** exponent)
        return mantissa * 10.0 ** int(m.group("e") or m.group("t"))
    except OverflowError:
        return None


def _mixed(words: list[str]) -> bool:
    """Digits and scale words that make one number: "4 thousand 3 hundred and 21" (not "4 000")."""
    return any(w in _WORD_SCALES for w in words) \
        and not any(a.isdigit() and b.isdigit() for a, b in itertools.pairwise(words))


def _scale(word: str) -> float:
    """What a scale word multiplies by: "million", "bn", "lakh crore" (one or two words)."""
    words = word.lower().split()
    if len(words) > 1:
        words = [w.removesuffix("s") for w in words]  # "2 lakhs crores"
    return float(SCALES.get(" ".join(words), 1))


def _words_value(words: list[str]) -> float:
    """"twenty-eight thousand six hundred forty-two" -> 28642."""
    total = current = 0
    for w in words:
        if w in UNITS_WORDS:
            current += UNITS_WORDS[w]
        elif w.isdigit():
            current += int(w)
        elif w in ("dozen", "dozens"):
            tail = current % 100  # "three hundred and two dozen" is 300 + 24; "a hundred dozen" 1,200
            current = current - tail + tail * 12 if tail else (current or 1) * 12
        elif w == "hundred":
            current = (current or 1) * _WORD_SCALES[w]
        else:
            total += (current or 1) * _WORD_SCALES[w]
            current = 0
    return float(total + current)


def _amount(num: str, scale: str | None, *, decimal_before_scale: bool = True, decimal_point: bool = False) \
        -> float | None:
    if ((scale and decimal_before_scale) or decimal_point) and _DECIMAL_THOUSANDTHS.fullmatch(num.strip()):
        value: float | None = float(num)  # "1.356 billion": a decimal mark before a scale, not thousands
    else:
        value = parse_number(num)
    if value is None:
        return None
    if scale and scale.lower().startswith("dozen") and not num[-1].isdigit():
        return parse_number(f"{num} dozen")  # "three hundred and two dozen": 324
    if scale:
        value = float(f"{value * _scale(scale):.12g}")  # "16.6 million" is 16600000, not 16600000.000000002
    return value


def _qualifier(words: str | None) -> str:
    if not words:
        return "exact"
    w = " ".join(words.lower().split())
    for pattern, name in QUALIFIERS:
        if re.fullmatch(pattern, w):
            return name
    return "exact"


def find_quantities(sentence: str) -> list[Quantity]:
    """Every amount in ``sentence``, left to right."""
    folded = fold(sentence)
    if folded == sentence:
        return _compound_spans(sentence, _find(sentence))
    found = [dataclasses.replace(q, text=sentence[q.start:q.end]) for q in _find(folded)]  # the words as written
    return _compound_spans(sentence, found)


# a span of time told in two units, the larger first: "two hours and 41 minutes", "5 years, 3 months": each unit,
# the unit told after it, and how many of those it holds (months are followed by days, not weeks)
_NEXT_UNIT = {"year": ("month", 12.0), "month": ("day", 30.44), "week": ("day", 7.0), "day": ("hour", 24.0),
              "hour": ("minute", 60.0), "minute": ("second", 60.0)}
# a game's clock, not a span: "with 12 minutes, 31 seconds remaining", "4 minutes 10 seconds left to play"
_GAME_CLOCK_AFTER = re.compile(r"\s*(?:seconds?|secs?)\s+(?:remaining|left|to\s+play|to\s+go)\b", re.IGNORECASE)
_SPAN_JOIN = re.compile(r"\s*(?:years?|months?|weeks?|days?|hours?|hrs?|minutes?|mins?)\s*(?:,\s*)?(?:and\s+)?",
                        re.IGNORECASE)


def _compound_spans(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """A span of time told in two units is one span, counted in the smaller unit: "two hours and 41 minutes" is
    161 minutes, "five years and three months" 63 months (not two and 41 of two spans)."""
    out: list[Quantity] = []
    for q in found:
        last = out[-1] if out else None
        smaller, size = _NEXT_UNIT.get(last.unit or "", ("", 0.0)) if last else ("", 0.0)
        if last and q.unit == smaller and last.value is not None \
                and q.value is not None and last.qualifier in ("exact", "about", "almost", "more_than", "at_least") \
                and q.qualifier == "exact" and not (last.age or q.age) \
                and _SPAN_JOIN.fullmatch(sentence[last.end:q.start]) \
                and not (q.unit == "second" and _GAME_CLOCK_AFTER.match(sentence[q.end:])):
            total = round(last.value * size + q.value, 2)
            out[-1] = dataclasses.replace(last, end=q.end, text=sentence[last.start:q.end], value=total,
                                          low=total if last.low is not None else None,
                                          high=total if last.high is not None else None, unit=q.unit)
            continue
        out.append(q)
    return out


def _find(sentence: str) -> list[Quantity]:
    lowered = sentence.lower()
    halves = _halves(sentence, []) if "half" in lowered or "quarter" in lowered else []
    if " a" in lowered:  # "nearly a kilometre"
        halves += _one_units(sentence, halves)
    found: list[Quantity] = list(halves)
    ordinals: list[Quantity] = []  # spelled compound ordinals ("the twenty-first century"): no amount inside
    spelled = False  # whether a number in words was met (compound fractions are looked for then, once)
    if "." in sentence and (glued := _GLUED_POINT.search(sentence)):
        found.extend(_glued_points(sentence, glued))
    pos = 0
    gate = lowered if len(lowered) == len(sentence) else None  # same offsets (not so if "İ" is not folded)
    while (gate is None or _MAY_MATCH.search(gate, pos)) and (m := PATTERN.search(sentence, pos)):
        if " " in (num := m.group("num") or "") and _SPACE_GROUPED.fullmatch(num) \
                and _NAME_AFTER_GROUPS.match(sentence, m.end("num")) \
                and (first := PATTERN.match(sentence, m.start(), m.start("num") + num.index(" "))):
            m = first  # "roughly 400 737 Max jets": a count, then a model number (no "400 737" in thousands)
        if not spelled and num[:1].isalpha():
            spelled = True
            if any(part in lowered for part in _ORDINAL_STEMS) \
                    and (hint := _COMPOUND_FRACTION_HINT.search(sentence, max(0, m.start() - 20))):
                fractions, ordinals = _compound_fractions(sentence, hint.start())
                found.extend(q for q in fractions if not _overlaps(q.start, q.end, found))
        pos = m.end()
        if "," in (m.group("num") or "") and (run := _LIST_RUN.match(sentence, m.start("num"))) \
                and (items := _list_items(sentence, run)):
            found.extend(i for i in items if not _overlaps(i.start, i.end, found))
            pos = run.end()
            continue
        q = _from_match(sentence, m)
        if q is not None and _overlaps(q.start, q.end, found) and (m.group("code") or m.group("sign")) \
                and not _overlaps(m.start("num"), q.end, found):
            # "10 rmb 20 usd", "10 $ 30 $": the code was the last amount's, written after it
            again = PATTERN.match(sentence, m.start("num"))
            q = _from_match(sentence, again) if again else None
        if q is not None and not _overlaps(q.start, q.end, found) \
                and not (ordinals and _overlaps(q.start, q.end, ordinals)):
            found.append(q)
        if q is not None and m.group("hi") and q.end <= m.start("hi") \
                and ("%" in m.group("dash") or m.group("dash").strip().lower() in ("or", "to", "through")):
            pos = m.start("hi")  # "rose 5% to 300 stores", "2 or 1": no range, so the second is read on its own
    if "doubl" in lowered or "tripl" in lowered or "fold" in lowered or "quadrupl" in lowered or "halved" in lowered:
        found.extend(_multipliers(sentence, found))
    if "day" in lowered or "week" in lowered or "month" in lowered or "year" in lowered:
        found.extend(_ordinal_durations(sentence, found + ordinals))  # not "her forty-fifth year"
    found.sort(key=lambda q: q.start)
    return _join_pairs(sentence, found) if len(found) > 1 else found


_OPEN_QUOTE = re.compile(r'(?:^|[\s(])"[^"\s][^"]*$')  # a quotation left open before the number
_SPACE_GROUPED = re.compile(r"\d{1,3}(?: \d{3})+")
_NAME_AFTER_GROUPS = re.compile(r"-\d|\s?[A-Z][a-z]*[a-rt-z]\b")  # a name after it, not "Russians", "Euros"
# Spelled fractions whose denominator is a compound ordinal or whose numerator is long: "three twenty-firsts",
# "one hundred thirty-fifths" (100/35), "one one hundred fifth" (1/105), "a hundred trillionths", and mixed
# numbers joined by "and" ("twenty and three and three fifths", "two hundred and fifty-four hundredths").
_ORDINAL_PARTS = {"first": 1, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6, "seventh": 7, "eighth": 8, "ninth": 9,
                  "tenth": 10, "eleventh": 11, "twelfth": 12, "thirteenth": 13, "fourteenth": 14, "fifteenth": 15,
                  "sixteenth": 16, "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
                  "thirtieth": 30, "fortieth": 40, "fiftieth": 50, "sixtieth": 60, "seventieth": 70, "eightieth": 80,
                  "ninetieth": 90, "hundredth": 100, "thousandth": 1_000, "millionth": 1_000_000,
                  "billionth": 1_000_000_000, "trillionth": 1_000_000_000_000}  # not "second": "thirty seconds"
_NUMBER_WORD = rf"(?:{'|'.join(sorted(UNITS_WORDS, key=len, reverse=True))}|hundred|thousand|million|billion|trillion)"
_ORDINAL_WORD = rf"(?:{'|'.join(sorted(_ORDINAL_PARTS, key=len, reverse=True))})"
_ORDINAL_STEMS = ("first", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "eleventh",
                  "twelfth", "teenth", "tieth", "hundredth", "thousandth", "illionth")  # a cheap test before the search
_COMPOUND_FRACTION_HINT = re.compile(rf"\b{_NUMBER_WORD}[\s-]+(?:and\s+)?{_ORDINAL_WORD}s?\b", re.IGNORECASE)
_COMPOUND_FRACTION = re.compile(
    rf"(?<![\w-])(?P<neg>(?:minus|negative)\s+)?(?P<words>(?:(?:an?|{_NUMBER_WORD})(?:[\s-]+and)?[\s-]+)+)"
    rf"(?P<ord>{_ORDINAL_WORD})(?P<pl>s)?\b", re.IGNORECASE)
_FRACTION_END = re.compile(r"\s*(?:[.,;:!?)]|of\b|$)")


def _compound_fractions(sentence: str, at: int) -> tuple[list[Quantity], list[Quantity]]:
    """The compound spelled fractions of a sentence, and its compound spelled ordinals (kept apart)."""
    fractions, ordinals = [], []
    for m in _COMPOUND_FRACTION.finditer(sentence, max(0, at - 120)):
        tokens = re.findall(r"[a-z]+|-", m.group("words").lower())
        read = _fraction_value(tokens, m.group("ord").lower())
        if read is None:
            continue
        value, compound = read
        start = m.start("neg") if m.group("neg") else m.start("words")
        if not (m.group("pl") or _FRACTION_END.match(sentence, m.end())):
            if compound or _ORDINAL_PARTS[m.group("ord").lower()] >= 100:
                # "the twenty-first century", "the one hundred fifth anniversary", "the two millionth visitor"
                ordinals.append(Quantity(start=start, end=m.end(), text=sentence[start:m.end()], value=None,
                                         low=None, high=None, qualifier="exact", ordinal=True))
            continue
        if not compound:
            continue  # "two thirds", "a fifth.": read with the other amounts
        if m.group("neg"):
            value = -value
        fractions.append(Quantity(start=start, end=m.end(), text=sentence[start:m.end()], value=value, low=value,
                                  high=value, qualifier="exact", unit="share" if 0 < value <= 1 else None))
    return fractions, ordinals


def _fraction_value(tokens: list[str], ordinal: str) -> tuple[float, bool] | None:
    """Number words (with "-" and "and" kept as tokens) before an ordinal, read as a fraction: its value, and
    whether the reading is compound (an ordinal of two words, a long numerator, a whole number and a fraction)."""
    words = [t for t in tokens if t != "-"]
    if len(words) > 2 and words[-1] == "and" and words[-2] in ("hundred", "thousand"):
        last_and = len(tokens) - 1 - tokens[::-1].index("and")
        words, tokens = words[:-1], tokens[:last_and] + tokens[last_and + 1:]  # "one one hundred and fifth"
    if "and" in words[:-1]:  # a whole number and a fraction: "twenty and three and three fifths" (the fraction < 1)
        cut = len(words) - 1 - words[::-1].index("and")
        part_tokens = tokens[len(tokens) - tokens[::-1].index("and"):]
        part = _fraction_value(part_tokens, ordinal)
        whole = [w for w in words[:cut] if w != "and"]
        if part is not None and part[0] < 1 and whole and all(w in UNITS_WORDS or w in _WORD_SCALES for w in whole):
            return _words_value(whole) + part[0], True
    den = float(_ORDINAL_PARTS[ordinal])
    compound = den >= 100 and len(words) > 1
    last = words[-1] if words else ""
    if den < 10 and last in _TENS_WORDS and len(words) > 1 and (tokens[-1] == "-" or words[-2] != "and"):
        den += UNITS_WORDS[last]  # "three twenty-firsts", "one hundred thirty fifths": the tens join the ordinal
        words, compound = words[:-1], True
    elif den < 10 and last in _TENS_WORDS and tokens[-1] == "-":
        return 0.0, True  # "twenty-first": an ordinal with no numerator
    elif den < 100 and last in ("hundred", "thousand") and len(words) > 1 and words[-2] in UNITS_WORDS:
        den += UNITS_WORDS[words[-2]] * _WORD_SCALES[last]  # "one one hundred fifth": 1/105
        words, compound = words[:-2], True
        if not words:
            return 0.0, True  # "one hundred fifth": an ordinal
    words = [w for w in words if w != "and"]
    if not words or any(w not in UNITS_WORDS and w not in _WORD_SCALES and w not in ("a", "an") for w in words):
        return None
    if words[0] in ("a", "an"):
        words[0] = "one"
    if any(w in ("a", "an") for w in words):
        return None
    return _words_value(words) / den, compound or len(words) > 2


_TENS_WORDS = frozenset(_TENS.split("|"))


# "exercises 22,24,26,31": numbers listed with commas and no spaces (not "1,234,567" nor lakh "12,34,567")
_LIST_RUN = re.compile(r"(?<![\d.,])\d{1,3}(?:,\d{1,3}){2,}(?!\d|[.,]\d)")


def _list_items(sentence: str, run: re.Match[str]) -> list[Quantity]:
    groups = run.group(0).split(",")
    if all(len(g) == 3 for g in groups[1:]) or (all(len(g) == 2 for g in groups[1:-1]) and len(groups[-1]) == 3):
        return []  # one number grouped in thousands (or lakhs)
    out, at = [], run.start()
    for g in groups:
        v = float(g)
        out.append(Quantity(start=at, end=at + len(g), text=g, value=v, low=v, high=v, qualifier="exact"))
        at += len(g) + 1
    return out


# "a.308 average", "his blood alcohol was.41": a decimal with no leading zero glued to the word before (a
# space lost in cleaning); not "No.10", "vol.12", "www.site123"
_GLUED_POINT = re.compile(r"(?<=[a-z])\.(\d{2,3})(?=[\s,;:!?)]|\.(?:\s|$)|$)")
_CALIBRE_AFTER = re.compile(r"\s?-?\s?calib(?:er|re)\b", re.IGNORECASE)  # "a.45-caliber handgun": a name
_GLUED_WORD = re.compile(r"(?:^|[\s(\"'])([a-z]+)$")
_ABBREVIATIONS = frozenset({"no", "nos", "vol", "art", "sec", "fig", "ch", "pp", "op", "ver", "rev", "st", "pt", "par"})


def _glued_points(sentence: str, first: re.Match[str]) -> list[Quantity]:
    out = []
    for m in itertools.chain((first,), _GLUED_POINT.finditer(sentence, first.end())):
        word = _GLUED_WORD.search(sentence, max(0, m.start() - 24), m.start())
        if word is None or word.group(1) in _ABBREVIATIONS or (len(word.group(1)) < 3 and word.group(1) != "a") \
                or _CALIBRE_AFTER.match(sentence, m.end()) or _in_url(sentence, m.start()):
            continue
        v = float("0." + m.group(1))
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=v, low=v, high=v, qualifier="exact"))
    return out


_LOWER_BOUNDS = ("at_least", "more_than")
_UPPER_BOUNDS = ("almost", "up_to")


def _join_pairs(sentence: str, found: list[Quantity]) -> list[Quantity]:
    """"more than 100 and fewer than 300", "at most 100 and at least 20": one range, not two open ones;
    "one in five", "two out of three": one share, not two counts."""
    out: list[Quantity] = []
    for q in found:
        prev = out[-1] if out else None
        if prev is not None and prev.value and q.value and q.qualifier == "exact" \
                and prev.value.is_integer() and q.value.is_integer() and prev.value < q.value \
                and not (prev.currency or prev.percent or prev.unit or q.currency or q.percent or q.unit) \
                and _RATIO_BETWEEN.fullmatch(sentence, prev.end, q.start):
            low, high = (None if x is None else x / q.value for x in (prev.low, prev.high))
            out[-1] = Quantity(start=prev.start, end=q.end, text=sentence[prev.start:q.end], value=prev.value / q.value,
                               low=low, high=high, qualifier=prev.qualifier, unit="share")
            continue
        if prev is not None and {prev.qualifier, q.qualifier} & set(_LOWER_BOUNDS) \
                and {prev.qualifier, q.qualifier} & set(_UPPER_BOUNDS) \
                and (prev.currency, prev.percent, prev.unit) in ((q.currency, q.percent, q.unit), (None, False, None)) \
                and _BOUNDS_JOINED.match(sentence, prev.end, q.start):
            low = prev.low if prev.qualifier in _LOWER_BOUNDS else q.low
            high = q.high if q.qualifier in _UPPER_BOUNDS else prev.high
            if low is not None and high is not None and low < high:
                out[-1] = Quantity(start=prev.start, end=q.end, text=sentence[prev.start:q.end], value=None, low=low,
                                   high=high, qualifier="range", currency=q.currency, percent=q.percent, unit=q.unit)
                continue
        out.append(q)
    return out


def _from_match(sentence: str, m: re.Match[str]) -> Quantity | None:
    if m.group("vague"):
        start = m.start("qual") if m.group("qual") else m.start("vague")
        return Quantity(start=start, end=m.end("vague"), text=sentence[start:m.end("vague")], value=None,
                        low=None, high=None, qualifier="vague", implied=implied_range(m.group("vague")))
    num = m.group("num")
    if not num or _in_url(sentence, m.start()):
        return None
    before, after = sentence[: m.start("num")], sentence[m.end():]
    if m.group("neg") or m.group("code") or m.group("sign"):
        before = sentence[: m.start()] + (m.group("qual") or "")
    # (each pattern anchored at the end of the text before is searched in its last characters only:
    # a search anchored with "$" otherwise tries every position of the sentence)
    last = before[-32:].rsplit(None, 1)[-1] if before[-32:].strip() else ""  # the word before (one token)
    if (last and (not_amount := _not_amount_before(last))
            and not (not_amount == "label" and _COUNTED_AFTER.match(sentence, m.end()))) \
            or _is_name_or_score(sentence, m) \
            or (_NOT_AMOUNT_AFTER.match(after) and not (m.group("pct") or m.group("sign") or m.group("code"))):
        return None  # "0% APR" is no date
    right = sentence[m.end("num"):m.end("num") + 12]  # the characters against the number
    near = before[-16:]
    if _ORDINAL_SUFFIX.match(right) and not m.group("hi"):
        return None  # an ordinal: "the 10th round", "79th"
    if num.lower() == "zero" and _ZERO_DAY.match(after):
        return None  # "a zero-day flaw": a kind of exploit, not a length of no days
    if len(num) == 2 and num.isdigit() and _SHORT_YEAR_BEFORE.search(near[-2:]):
        return None  # "'86": a year
    if "(" in near and (_RECORD_TAIL.search(near) or (m.group("hi") and _RECORD_PAIR_BEFORE.search(before[-24:]))):
        return None  # the draws of a record "(45-7-2)"; the second record of "(9-1, 6-1)"
    if num[0] == "." and _CALIBRE_AFTER.match(after):
        return None  # "a .45-caliber handgun": a name
    if len(num) <= 2 and not before.strip() and _LIST_MARK_AFTER.match(after):
        return None  # "2." or "3)" opening a line: the number of an item in a list
    if (m.group("scale2") or "").lower() == "k" and _RESOLUTION_AFTER.match(after):
        return None  # "4K streaming", "an 8k TV": a picture resolution
    if _ONE_OR_TWO_DIGITS.fullmatch(num) and not (m.group("sign") or m.group("code")) \
            and ((_CLOSE_BRACKET.match(after) and before.rstrip().endswith("("))
                 or (after.startswith("]") and before.endswith("["))):
        return None  # a footnote marker "(1)", "[2]"
    if _DAYPART_AFTER.match(after) and _CLOCK_HOUR.fullmatch(num) and (not m.group("hi") or
                                                                        _CLOCK_HOUR.fullmatch(m.group("hi"))):
        return None  # "at 9 in the morning", "9 or 10 the next morning": clock times
    if ("e" in num or "E" in num) and num[0].isdigit() \
            and (near.endswith(("-", "- ")) or after.startswith(("-", " -"))):
        return None  # "e0b6 - 11e1 - a449": a piece of a hex code, not 11 x 10^1
    word_after = _WORD_AFTER.match(after)
    # "closed at 14.20 euros", "held at 7.25%", "at 17.45 per dollar": an amount, no clock
    amount = bool(m.group("sign") or m.group("code") or m.group("scale") or m.group("pct")) or \
        bool(word_after and word_after.group(1).lower() in CURRENCY_WORDS) or bool(_PER_AFTER.match(after))
    if _CLOCK.fullmatch(num) and not amount and (_CLOCK_BEFORE.search(before[-24:]) or _CLOCK_AFTER.match(after)
                                                 or (m.group("hi") and _CLOCK.fullmatch(m.group("hi").strip()))):
        return None  # "from 23.00 to 7.00": clock times
    if _SLASH_OR_CLOCK_AFTER.match(right) or _SLASH_AFTER.match(after) or _SLASH_OR_CLOCK_BEFORE.search(near) \
            or (num[0] == "0" and _DOTTED_DATE_BEFORE.search(near)):
        return None  # "9/11", "24/7": a name or a code; "3:07:35": a race time
    currency = _code_currency(m)
    scale = m.group("scale") or m.group("scale2")
    if currency is None and re.fullmatch(r"[MBK]", m.group("scale2") or "") \
            and (not (_PLURAL_AFTER.match(after) or _CLAUSE_END.match(after))
                 or len(num.split(".")[0].replace(",", "")) > 3):
        return None  # "a 9600M chip": a model name; "5M people" is a count, so is "raised 10M."
    unit = None
    if m.group("scale2") and m.group("scale2").lower() == "m" and currency is None \
            and (metres := _METRES_AFTER.match(after)) and not (m.group("scale2") == "M" and _CLAUSE_END.match(after)) \
            and (metres.group("end") is None or not _COUNTED_CONTEXT.search(sentence)
                 or _LENGTH_CONTEXT.search(sentence)):
        # "37m (121ft)", "a 90m tower": metres, not millions; at the end of a clause, millions where the
        # sentence counts people or money and measures no length ("the finale was watched by 6.9m.")
        scale, unit = None, "m"
    elif scale and scale.lower() == "mn" and currency is None and not m.group("pct") and _minutes(sentence, m):
        scale, unit = None, "minute"  # "a 30 mn drive", "1 h 45 mn": minutes, as French-style text writes them
    value = _amount(num, scale, decimal_point=bool(m.group("pct")))  # "16.057%" is no 16,057%
    if value is None:
        return None
    tail = m.end()
    pct = bool(m.group("pct"))
    over = None if not sentence.startswith(" over ", m.end()) or m.group("hi") or pct or scale or currency \
        or m.group("frac") or m.group("frac2") or m.group("andfrac") \
        or (_YEAR.fullmatch(num) and _YEAR_PREPOSITION.search(sentence, max(0, m.start() - 16), m.start())) \
        else _OVER.match(sentence, m.end())  # not "in 2010 over 3"
    den = parse_number(over.group("d")) if over else None
    if over and den:  # "1 over 3", "one over twenty" said as a fraction (the last words of a clause)
        value, tail = value / den, over.end()
    else:
        over = None
        if _is_year(num, m, after):
            return None
    frac = m.group("frac")
    of_scale: re.Match[str] | None = None
    if over:
        pass
    elif frac and not _FRACTION_OF.match(sentence, m.end("frac")) \
            and ((num.lower() in ("a", "an") and FRACTIONS[frac.lower()] < 100) or frac.lower() == "quarters"
                 or not num[0].isalpha()):  # "a hundredth", "a millionth" name no person
        if num.lower() in ("a", "an"):
            return None  # "wounding a third.": a third person, not a share
        tail = m.end("num")  # "led for three quarters", "3 1/2 quarters": periods of a game or year, counted
    elif frac and frac.lower() == "quarters" and _PERIODS_BEFORE.search(sentence[max(0, m.start() - 24):m.start()]):
        tail = m.end("num")  # "the past three quarters of the year": periods, counted
    elif m.group("frac") or m.group("frac2"):
        value /= FRACTIONS[(m.group("frac") or m.group("frac2")).lower()]
        unit = None if scale else "share"  # "a quarter million" is an amount, "a quarter of" a share
        of_scale = None if scale else _OF_A_SCALE.match(sentence, m.end())
        if of_scale:  # "two thirds of a million": an amount
            value, unit, tail = value * SCALES[of_scale.group(1).lower()], None, of_scale.end()
    elif "/" in num and re.fullmatch(r"\d/\d+", num) and _OF_AFTER.match(after):
        unit = "share"  # "3/4 of voters"
    elif m.group("andfrac"):  # "two and a half", "five and a half million", "two and a half to three hours"
        part = 1 / FRACTIONS[m.group("andfrac").lower()]
        base, last = parse_number(num) or 0.0, num.split()[-1].lower()
        if last in _BIG_SCALES:  # "one million and a half", "one billion and a half million"
            value = base + part * _scale(scale or last)
        else:
            value = (base + part) * (_scale(scale) if scale else 1)
    elif not m.group("between") and not m.group("hi") and sentence.startswith((" and ", " point "), m.end()) \
            and (extended := _and_fraction_or_point(sentence, m, value, scale))[1] > m.end():
        value, tail = extended
        written_pct = _PCT_AFTER.match(sentence, tail)
        if written_pct:  # "four point seven percent"
            pct, tail = True, written_pct.end()
    elif num.lower() in ("a", "an") and not scale:
        return None
    elif num.lower() in ("nought", "naught") and not scale:
        return None  # "came to nought", "all for naught"; "nought point five" is read above
    elif num.lower() == "one" and not scale and not over and not _counts_one(sentence, m):
        return None  # "one of the", "no one", "one day": a pronoun or an article, not a count
    if m.group("neg"):
        value = -value
    end = tail
    qual = _qualifier(m.group("qual"))
    compared = None
    if not m.group("qual"):
        if sentence.endswith(("than ", "to "), 0, m.start()):
            compared = _COMPARED.search(sentence[max(0, m.start() - 40):m.start()])
        elif sentence[:m.start()].rstrip().endswith(("<", ">", "=", "≤", "≥")):
            compared = _COMPARED_SIGN.search(sentence[max(0, m.start() - 6):m.start()])
    if compared:
        qual = compared.lastgroup or qual
    start = m.start("qual") if m.group("qual") else m.start("neg") if m.group("neg") else \
        m.start("code") if m.group("code") else m.start("sign") if m.group("sign") else m.start("num")
    if compared:
        start = m.start() - len(compared.group(0))
    low = high = None
    if m.group("hi") and m.group("dash"):
        hi_text = re.sub(rf"^(?:{_CODE}|[{_SIGNS}])\s?", "", m.group("hi"), flags=re.IGNORECASE)
        hi_m = _HI.match(hi_text)
        hi_scale = (hi_m.group("s") or hi_m.group("s2")) if hi_m else None
        # the low end's scale reaches the high end only when it is smaller ("between 3 million and 4",
        # not "between 3 hundred and 400")
        hi_raw = parse_number(hi_m.group("n")) if hi_m else None
        reach = scale if scale and (hi_raw is None or hi_raw < _scale(scale)) else None
        hi_value = _amount(hi_m.group("n"), hi_scale or reach) if hi_m else None
        dash = m.group("dash")
        is_and = dash.strip().lower() == "and"
        from_to = bool(re.search(r"\bfrom\s+$", sentence[max(0, m.start() - 16):m.start()], re.IGNORECASE)) \
            and not is_and and dash.strip().lower() != "or"
        low_pct = _PCT_IN_DASH.match(dash) if "%" in dash else None
        if low_pct and not pct:  # "rose 5% to 300 stores": a share, then a count
            hi_value, pct, end = None, True, m.start("dash") + low_pct.end()
        by_to = dash.strip().lower() == "to" and hi_value is not None and hi_value > 2 * abs(value) \
            and bool(_BY_BEFORE.search(sentence, max(0, m.start() - 8), m.start()))
        if hi_value is not None and (hi_value > value or (from_to and hi_value != value)) \
                and (not is_and or m.group("between")) and not by_to:  # "cut by 30 to 126": a change, a level
            if m.group("between"):
                start = m.start("between")
            if not scale and hi_scale:
                # "2 to 3 million": the scale reaches back, unless the low end is already the
                # larger written number ("$800,000 to $1.3 million")
                scaled = _amount(num, hi_scale)
                raw_hi = parse_number(hi_m.group("n")) if hi_m else None
                if scaled is not None and raw_hi is not None and value <= raw_hi:
                    value = -scaled if m.group("neg") else scaled
            low, high, qual, value = min(value, hi_value), max(value, hi_value), "range", None
        elif not low_pct or pct is not True or end == m.end():
            end = m.start("dash") + (low_pct.end() if low_pct else 0)  # "2 and 3" or "20-10": two amounts
    if qual == "range":
        pass
    elif qual in ("at_least", "more_than"):
        low = value
    elif qual in ("almost", "up_to"):
        high = value
    elif qual == "exact":
        low = high = value
    after_end = sentence[end:]
    factor = 1.0
    coded = _CODE_AFTER.match(after_end)
    if currency is None and not pct and coded:
        # "30 MUSD", "75 USD million": the code written before its multiplier, as reports tabulate it
        currency, end = coded.group("c"), end + coded.end()
        factor = (1e6 if coded.group("m") else 1.0) * (SCALES[coded.group("s").lower()] if coded.group("s") else 1.0)
    elif currency is None and not pct and (small_coin := _COIN_OF.match(after_end)):
        # "7 euro cents", "20 US cents", "40 eurocents": cents of a named currency, not 7 euros
        currency, end = ("pence" if small_coin.group("c").lower() == "pence" else "cent"), end + small_coin.end()
    elif currency is None and not pct:
        currency, used = _currency_word(after_end, scaled=bool(scale or of_scale), before=sentence[:start],
                                        number=sentence[start:end])
        end += used
        if currency is None and _last_word(sentence, start) in _MONEY_WORDS_BEFORE \
                and (named := _CURRENCY_BEFORE.search(sentence, max(0, start - 24), start)) \
                and not (named.group("w").lower() == "euro" and named.group("w")[0] == "E" and not scale):
            # "dollar 22.5 million", "fined pounds 5,000": the money named before the number, as some
            # wires write it ("Euro 96" is a tournament)
            currency, start = CURRENCY_WORDS[named.group("w").lower()], named.start("w")
    if factor != 1.0 and not scale:
        value, low, high = (None if x is None else x * factor for x in (value, low, high))
    if currency and currency not in _NO_CENTS and value is not None and qual == "exact" and not scale \
            and value.is_integer():
        cents = _CENTS.match(sentence, end)
        if cents and (cents.group("c") or end > m.end()):  # "3 dollars 50 cents", "five pounds fifty"
            small = parse_number(cents.group("n"))
            if small is not None and small < 100:
                value = low = high = value + small / 100
                end = cents.end()
    age = False
    if currency is None and unit is None and not pct:
        unit, age = _measure_unit(sentence[:start], sentence[end:])
        if unit is None and m.group("qual") and age_bound(sentence, start) and value is not None \
                and 0 < value < 120 and not _COUNTED_AFTER.match(sentence[end:]):
            unit, age = "year", True  # "children under 15", "people over 60": an age bound, not a count
        if unit == "in" and sentence.startswith(('"', ' "'), end) \
                and not num[-1].isdigit() and _OPEN_QUOTE.search(sentence, max(0, start - 60), start):
            unit = None  # 'a "phase one" deal': a closing quote, not inches
        if unit is None and value is not None and value.is_integer() and 0 < value < 120 and qual == "exact" \
                and sentence[max(0, start - 3):start].rstrip().endswith(",") \
                and ((_AGE_NAME_BEFORE.search(sentence, max(0, start - 64), start)
                      and _AGE_NAME_AFTER.match(sentence, end))
                     or (_SENTENCE_END.match(sentence, end)
                         and _FULL_NAME_BEFORE.search(sentence, max(0, start - 64), start))):
            unit, age = "year", True
    if qual in ("exact", "about") and value is not None:
        open_end = _OPEN_END.match(sentence, end)
        if open_end:  # "50 or more", "ten or fewer": one side of the range is open
            qual = "at_least" if open_end.group("up") else "up_to"
            low, high = (value, None) if open_end.group("up") else (None, value)
            end = open_end.end()
    feet = _FEET_INCHES.match(sentence[end:]) if unit == "ft" and value is not None and qual == "exact" else None
    if feet and value is not None:  # "6 feet 2 inches", "a 6-foot-2 guard": one height, in feet
        inches = (feet.group("n") or feet.group("n2")).lower()
        value += (float(UNITS_WORDS[inches]) if inches in UNITS_WORDS else float(inches)) / 12
        low = high = value
        end += feet.end()
    if unit == "share":
        of_unit = re.match(r"\s+of\s+an?(?=\s)", sentence[end:])
        if of_unit:  # "two-tenths of a mile": a length, not a share
            measured, _ = _measure_unit("", sentence[end + of_unit.end():])
            unit = measured or unit
    if _LETTERS_AGAINST.match(right) and not (scale or pct or currency or unit
                                                                 or m.group("frac") or m.group("frac2")):
        return None  # letters against the number that are no unit: "76ers", "4G", "9400M" ("8p" may be a typo)
    text = sentence[start:end].rstrip()
    return Quantity(start=start, end=start + len(text), text=text, value=value, low=low, high=high,
                    qualifier=qual, currency=currency, percent=pct, unit=unit, age=age)


# the cents of a named currency: "7 euro cents", "20 US cents", "a 40-eurocent rise"
_COIN_OF = re.compile(r"\s*(?:-\s*)?(?:(?:euro|us|u\.s\.|american|canadian|australian|new\s+zealand|hong\s+kong|"
                      r"singapore)\s*-?\s*(?P<c>cents?|pence)|euro-?(?P<c2>cents?))\b", re.IGNORECASE)
# The cents after the whole units: "3 dollars 50 cents", "$3 and 50 cents", "15 dollars and 50."
_CENTS = re.compile(rf"\s*(?:and\s+)?(?P<n>\d{{1,2}}(?!\d)|{_N2})(?:(?P<c>\s*(?:cents?|pence|p)\b)"
                    r"|(?=\s*(?:[.,;:!?)]|more\b|$)))", re.IGNORECASE)
_NO_CENTS = frozenset({"JPY", "KRW", "IDR", "VND", "BTC", "satoshi", "cent", "pence", "sen", "LAK", "PYG"})
# "two and a half", "five and a half million", "a million and a half", "three and two fifths"
_AND_FRACTION = re.compile(rf" and\s+(?P<n>an?|{_N2})[\s-]+(?P<f>{_FRACTION})\b"
                           # not "468 and a third child has died": one more, a rank
                           r"(?!(?<=third)\s+[a-z]+\s+(?:has|have|had|was|were|is|are|died|dies)\b)"
                           rf"(?:[\s-]+(?P<s>{_SCALE})\b)?", re.IGNORECASE)
_DIGIT_WORDS = "zero|oh|nought|naught|one|two|three|four|five|six|seven|eight|nine"
# "five point five", "two hundred point zero three"
_POINT = re.compile(rf" point\s+(?:(?P<d>(?:{_DIGIT_WORDS})(?:[\s-]+(?:{_DIGIT_WORDS}))*)|(?P<t>{_N2}))\b"
                    rf"(?:\s+(?P<s>{_SCALE})\b)?", re.IGNORECASE)  # "one point two million"
# the divisor of "1 over 3", ending its clause ("won 3 over 2 years" is no fraction)
_OVER = re.compile(rf" over\s+(?P<d>\d+(?:\.\d+)?(?![\d,])|{_WORD_CHAIN.replace('(?(between)|', '(?:')})"
                   r"(?=\s*(?:[.,;:!?)]|$))", re.IGNORECASE)
_BY_BEFORE = re.compile(r"\bby\s+$", re.IGNORECASE)
_PCT_IN_DASH = re.compile(r"\s?%")
_FRACTION_OF = re.compile(r"\s+(?:of|million|billion|trillion|thousand)\b", re.IGNORECASE)
_PCT_AFTER = re.compile(r"\s?(?:%|per\s?cent|percent|pct\b)", re.IGNORECASE)
_PERIODS_BEFORE = re.compile(r"\b(?:past|last|next|previous|first|final|recent|consecutive|straight)\s+$",
                             re.IGNORECASE)
_BIG_SCALES = frozenset({"million", "billion", "trillion", "mln", "bn", "m", "b", "lakh", "lakhs", "crore", "crores"})


_OF_A_SCALE = re.compile(r"\s+of\s+an?\s+(million|billion|trillion|thousand)\b", re.IGNORECASE)
_CLAUSE_END = re.compile(r"\s*(?:[.,;:!?)]|$)")
# "mn" as minutes: a duration word or an hour before it, or a trip or a wait after it
_MN_BEFORE = re.compile(r"(?:\b(?:lasts?|lasted|lasting|took|takes|take|taking|waited|wait|waiting|spent|within|after|"
                        r"during|for|in|every)\s+(?:about\s+|around\s+|some\s+|only\s+|just\s+|nearly\s+)?"
                        r"|\d\s?h(?:ours?|rs?)?\s?)$", re.IGNORECASE)
_MN_AFTER = re.compile(r"\s*(?:-\s?)?(?:drive|walk|ride|flight|journey|trip|wait|delay|break|session|show|video|film|"
                       r"episode|later|ago|long|away|late|early|each|per|of\s+(?:play|flight|driving|walking|travel)|"
                       r"from|by\s+(?:car|train|bus|foot|plane))\b", re.IGNORECASE)


def _minutes(sentence: str, m: re.Match[str]) -> bool:
    """Whether "30 mn" is a length of time (minutes) rather than 30 million."""
    after = sentence[m.end():m.end() + 30]
    if _MN_AFTER.match(after):
        return True
    word = _WORD_AFTER.match(after)
    if word and (word.group(1).lower() in CURRENCY_WORDS or _PLURAL_AFTER.match(after)):
        return False  # "in 30 mn euros", "for 2 mn people": millions
    return bool(_MN_BEFORE.search(sentence, max(0, m.start() - 30), m.start()))


def _and_fraction_or_point(sentence: str, m: re.Match[str], value: float, scale: str | None) -> tuple[float, int]:
    """The value and end of an amount with a fraction or decimals in words after it."""
    last = (scale or m.group("num").split()[-1]).lower()
    if sentence.startswith(" point ", m.end()):
        point = _POINT.match(sentence, m.end())
        if point is None or scale or not re.fullmatch(r"[a-z\s-]+", m.group("num"), re.IGNORECASE) \
                or re.search(r"\bat\s+$", sentence[max(0, m.start() - 8):m.start()], re.IGNORECASE):
            return value, m.end()  # "at one point five people": a moment, not 1.5
        if point.group("d"):
            digits = "".join("0" if w in ("zero", "oh", "nought", "naught") else str(UNITS_WORDS[w])
                             for w in re.split(r"[\s-]+", point.group("d").lower()))
        else:
            digits = str(int(parse_number(point.group("t")) or 0))
        whole = value + float("0." + digits)
        return whole * (_scale(point.group("s")) if point.group("s") else 1), point.end()
    more = _AND_FRACTION.match(sentence, m.end())
    if more is None:
        return value, m.end()
    n = more.group("n").lower()
    part = (1.0 if n in ("a", "an") else parse_number(n) or 0.0) / FRACTIONS[more.group("f").lower()]
    if more.group("s"):  # "five and a half million", "one billion and a quarter million"
        big = _scale(more.group("s"))
        return (value + part * big if last in _BIG_SCALES else (value + part) * big), more.end()
    # "three million and a half" is 3.5 million; "one hundred and three quarters" is 100.75
    return value + part * (SCALES[last] if last in _BIG_SCALES else 1), more.end()


_ORDINAL_SUFFIX = re.compile(r"(?:st|nd|rd|th)\b", re.IGNORECASE)
_ZERO_DAY = re.compile(r"\s?-?\s?day\b(?!s)", re.IGNORECASE)
_SHORT_YEAR_BEFORE = re.compile(r"(?:^|[\s(,])['’]$")  # "'86"
_RECORD_TAIL = re.compile(r"\(\d{1,3}[-–]\d{1,3}[-–]$")
_RECORD_PAIR_BEFORE = re.compile(r"\(\d{1,3}\s?[-–]\s?\d{1,3},\s*$")
_LIST_MARK_AFTER = re.compile(r"[.)](?:\s|$)")
_RESOLUTION_AFTER = re.compile(r"[\s-]*(?:streaming|stream|resolution|video|videos|display|displays|tvs?|televisions?|"
                               r"screens?|monitors?|hdr|uhd|ultra|content|cameras?|footage|res)\b", re.IGNORECASE)
_SLASH_OR_CLOCK_AFTER = re.compile(r"\s?/\s?\d|[:.]\d|:\s\d{2}(?!\d)")
_SLASH_AFTER = re.compile(r"\s?/\s?\d|\d+/")
_SLASH_OR_CLOCK_BEFORE = re.compile(r"\d\s?/\s?$|\d:\s$")
_DOTTED_DATE_BEFORE = re.compile(r"(?:19|20)\d\d\.\s?$")  # "2012. 08. 08", "2012.08.08": a date
_LETTERS_AGAINST = re.compile(r"[A-Z]|[a-z]{2}")
_METRES_AFTER = re.compile(r"\s*(?:\(\s*\d|(?:tall|high|long|deep|wide|away|above|below|in\s+(?:height|length|"
                           r"diameter|depth))\b|[-–](?:high|long|tall|wide|deep)\b|(?P<end>[.;,]?\s*$))", re.IGNORECASE)
_COUNTED_CONTEXT = re.compile(r"\b(?:viewers|viewing|audiences?|watched|fans|followers|subscribers|users|customers|"
                              r"people|residents|population|visitors|voters|votes|members|listeners|readers|copies|downloads|"
                              r"tickets|shares|sales|sold|bought|worth|cost|costs|raised|paid|budget|revenue|profits?|"
                              r"deal|fee|funding|valued|salary|contract)\b|[$€£¥]", re.IGNORECASE)
_LENGTH_CONTEXT = re.compile(r"\b(?:tall|high|height|long|length|deep|depth|wide|width|distance|metres|meters|away|"
                             r"altitude|elevation|tower|building|bridge|wall|waves?|jump\w*|throw\w*|sprint\w*|swim\w*|"
                             r"dash|hurdles|race|run|runs|climb\w*|feet|ft)\b", re.IGNORECASE)
_MONEY_CONTEXT = re.compile(r"\b(?:cost|costs|costing|paid|pay|pays|paying|worth|price[sd]?|fined?|fines|spent|spend|"
                            r"spending|raised?|budget|salary|salaries|wages?|bill|fees?|sum|sterling|compensation|"
                            r"award(?:ed)?|loans?|sold|bought|buy|sell|invest(?:ed|ment)?|funds?|funding|deal|bid|"
                            r"debt|profits?|revenue|sales|earn(?:s|ed|ings)?|charged?|tax|rent|grant|donat\w+|"
                            r"million|billion|thousand)\b|£", re.IGNORECASE)


# A currency word right before the number; not after a number ("200 pounds 3 ounces"), an article or
# "per" ("the dollar 1.2 higher"), and not the words that are more often something else (won, rand, p)
_CURRENCY_BEFORE = re.compile(
    r"(?<![\w$])(?<!\d\s)(?<!\bthe\s)(?<!\ba\s)(?<!\ban\s)(?<!\bper\s)(?<!\beach\s)(?<!\bevery\s)(?<!\bone\s)"
    r"(?P<w>dollars?|euros?|pounds|sterling|yen|yuan|renminbi|rupees?|roubles|rubles|pesos?|francs?|lira|shekels?|"
    r"naira|ringgit|rupiah|baht|hryvnias?|zlotys?|forints?)\s+$", re.IGNORECASE)
_MONEY_WORDS_BEFORE = frozenset(
    {"dollar", "dollars", "euro", "euros", "pounds", "sterling", "yen", "yuan", "renminbi", "rupee", "rupees",
     "roubles", "rubles", "peso", "pesos", "franc", "francs", "lira", "shekel", "shekels", "naira", "ringgit",
     "rupiah", "baht", "hryvnia", "hryvnias", "zloty", "zlotys", "forint", "forints"})


def _last_word(sentence: str, at: int) -> str:
    """The lower-cased word that ends just before ``at`` (spaces skipped)."""
    head = sentence[max(0, at - 24):at].rstrip()
    return head[head.rfind(" ") + 1:].lower()


_CODE_AFTER = re.compile(r"\s?(?-i:(?P<m>M)?(?P<c>USD|EUR|GBP|AUD|CAD|CHF|JPY|CNY|SEK|NOK|DKK|INR))\b"
                         r"(?(m)|\s+(?P<s>million|billion|mln|bn)\b)", re.IGNORECASE)
_INCH_WORDS = "one|two|three|four|five|six|seven|eight|nine|ten|eleven"
_FEET_INCHES = re.compile(
    rf"(?:\s?-\s?|\s)?(?:feet|foot|ft\.?)(?:(?:\s+and)?\s+(?P<n>\d{{1,2}}|{_INCH_WORDS})\s?(?:inches|inch|in\b\.?|\"|″)"
    rf"|\s?-\s?(?P<n2>\d{{1,2}}|{_INCH_WORDS})\b(?!\s?-?\s?(?:inch|foot|feet)))", re.IGNORECASE)


def _in_url(sentence: str, at: int) -> bool:
    """A number inside a web address ("…?q=30%25%2020"): part of a name, not an amount."""
    if "/" not in sentence and "%" not in sentence and "=" not in sentence and "www" not in sentence:
        return False  # no address can be in the sentence (a cheap test for most of them)
    start = max(sentence.rfind(" ", 0, at), sentence.rfind("\n", 0, at)) + 1
    end = len(sentence) if (space := sentence.find(" ", at)) < 0 else space
    token = sentence[start:end]
    if "/" not in token and "%" not in token and "=" not in token and "www" not in token:
        return False
    return bool(_URL.search(sentence, start, end))


def _code_currency(m: re.Match[str]) -> str | None:
    if m.group("code"):
        return CURRENCY_CODES.get(m.group("code").lower().replace(" ", ""), m.group("code").upper())
    return CURRENCY_SIGNS.get(m.group("sign") or "")


# the first words of a currency named with its country (a cheap test before the searches)
_COUNTRY_STARTS = frozenset({"u", "us", "american", "australian", "canadian", "hong", "new", "singapore", "taiwan"})
_NATIONAL_STARTS = frozenset(k.split()[0] for k in NATIONAL_CURRENCIES)


_PENCE_NEXT = re.compile(r"\s*(?:$|[^\w\s]|(?:a|an|per|each|on|to|from|and|or|in|at|off|higher|lower|up|down|for|"
                         r"with|than|more|less|the|this|last|since|after|before|by|apiece)\b)", re.IGNORECASE)
_SCREEN_LINES = re.compile(r"(?<![\d.,])(?:240|360|480|576|720|1080|1440|2160|4320)$")


def _currency_word(after: str, *, scaled: bool, before: str, number: str = "") -> tuple[str | None, int]:
    """A currency named after the amount ("50 euros", "125 million Australian dollars"): its code and length."""
    word = _WORD_AFTER.match(after)  # "a 12-cent dividend", "a one-yen bid"
    first = word.group(1).lower() if word else ""
    country = _COUNTRY_DOLLARS.match(after) if first in _COUNTRY_STARTS else None
    if country:
        key = re.sub(r"\s+", " ", country.group("c").lower())
        return DOLLAR_COUNTRIES.get(key, "USD"), country.end()
    national = _NATIONAL.match(after) if first in _NATIONAL_STARTS else None
    if national:
        noun = national.group("n").lower()
        noun = _PLURAL_MONEY.get(noun) or (noun[:-1] if noun.endswith("s") else noun)
        key = " ".join(national.group("a").lower().split()) + " " + noun
        if key in NATIONAL_CURRENCIES:
            return NATIONAL_CURRENCIES[key], national.end()
    sign = _SIGN_AFTER.match(after)
    if sign:  # "5 €", "20€": the sign after the amount, as much of Europe writes it
        return CURRENCY_SIGNS[sign.group(1)], sign.end()
    if scaled and word and first == "crowns":  # "60 million crowns": money of one of five countries ("won three
        return "crowns", word.end()  # crowns" are titles)
    if not word or first not in CURRENCY_WORDS:
        return None, 0
    w = first
    if w == "p" and (not after.startswith("p") or _SCREEN_LINES.search(number)
                     or not ("." in number or _PENCE_NEXT.match(after, 1))):
        # "p" only written against the number: "50p", "4.2p" (not "1080p": a screen's lines); a whole number's "p"
        # only before a stop or a word a price goes with, not a word the scrape split ("8p olice officers")
        return None, 0
    if w == "won" and not scaled:
        return None, 0  # "won" is a verb more often than Korea's money
    if w in ("pounds", "pound") and not scaled and not _MONEY_CONTEXT.search(before[-80:] + after[:40]):
        return None, 0  # "208 pounds" of body weight: a unit of mass (read as one below)
    return CURRENCY_WORDS[w], word.end()


# A unit right after the number, or after a hyphen written with spaces ("a 15 - inch screen", as
# text rebuilt from tokens writes it).
_UNIT_RE = [(re.compile(rf"(?:\s?-\s?|\s)?(?:{p})(?![\w°])", re.IGNORECASE), u) for p, u in MEASURE_UNITS]
# The same units in one pattern, tried in the same order (one match instead of one per unit)
_ANY_UNIT = re.compile(r"(?:\s?-\s?|\s)?(?:" + "|".join(f"(?P<u{i}>(?:{p})(?![\\w°]))" for i, (p, _) in
                                                         enumerate(MEASURE_UNITS)) + ")", re.IGNORECASE)
_WEATHER = re.compile(r"\b(?:temperatures?|mercury|degrees?|heat|heatwave|cold|colder|warm|warmer|weather|forecast|"
                      r"frost|chill|freezing|hot|hotter|high|low|highs|lows|celsius|fahrenheit|thermometer|climate|"
                      r"sunny|summer|winter|"
                      r"rain\w*|snow\w*|cloud\w*|wind\w*|humid\w*|storm\w*|water|sea|oven|fever)\b|°",
                      re.IGNORECASE)
# "13- and 15-inch", "two or three - day": the unit is written once, after the last number
_COORDINATED = re.compile(r"\s?-\s?(?:and|or|to)\s+(?:\d[\d.,]*|[a-z]+)(?=[\s-])", re.IGNORECASE)
# "189 rushing yards", "a 12 remaining minutes": a word between the number and a unit written in full
_ING_WORD = re.compile(r"\s+[a-z]{3,}ing(?=\s+[a-z]{4,})")
# "Anna Berg, 52, said", "the organiser, Julio Huamán, 52; the carpenter": a person's age after the name (the claims
# stage drops these as claims)
_AGE_ROLES = (r"\b(?:star|actor|actress|singer|rapper|musician|player|driver|victim|suspect|man|woman|"
              r"boy|girl|mother|father|son|daughter|wife|husband|officer|teacher|student|pilot|gunman|defendant|veteran|"
              r"comedian|presenter|host|model|chef|author|writer|director|coach|striker|goalkeeper|quarterback|pitcher"
              r"|owner|worker|farmer|resident|nurse|doctor|manager|guard|soldier|survivor|passenger|tourist|climber|"
              r"hiker|mayor|engineer|captain|conductor|grandmother|grandfather|journalist|photographer"
              r"|[a-z]+(?:man|woman|person))")
# what befell the person of a role, or whose they are: "the man who died, 74,", "the driver of the line 8 tram, 43,"
_AGE_CLAUSE = r"(?:\s+(?:who|that)(?:\s+[a-z]+){1,4}|\s+of\s+(?:the|a|an)(?:\s+[\w-]+){1,4})"
AGE_ROLE_CLAUSE = re.compile(rf"(?P<role>{_AGE_ROLES}){_AGE_CLAUSE},\s*$")
_AGE_NAME_BEFORE = re.compile(  # "Jr., 49,"; "the former star, 42,"; "the man who died, 74,": a person named by a role
    rf"(?:[A-Z][\w’'-]+|\b[JS]r\.|{_AGE_ROLES}{_AGE_CLAUSE}?),\s*$")  # "the spokesman, 57,"
_AGE_NAME_AFTER = re.compile(r"\s*(?:,|;|\)|(?:who|was|is|has|had|said|says|died|from|and\s+(?:from|of))\b)")
# "killing Maria Ines Ortega, 40.": at the end of a sentence, after a name of two words or more
_FULL_NAME_BEFORE = re.compile(r"\b(?!(?:In|On|At|The|For|By|From|With|And|But|Of|To|As|After|Before)\s)"
                               r"[A-Z][\w’'-]+\s+(?:[A-Z]\.\s+)?[A-Z][\w’'-]+,\s*$")
_SENTENCE_END = re.compile(r"\.(?:\s|$)")


TEMPERATURE_CONTEXT = re.compile(
    r"\b(?:temperatures?|mercury|thermostat|thermometer|heat\w*|cold\w*|warm\w*|weather|forecast\w*|frost\w*|chill\w*|"
    r"freez\w*|hot|hotter|highs|lows|celsius|fahrenheit|climate|sunny|summer|winter|rain\w*|snow\w*|humid\w*|"
    r"oven|fever|boil\w*|(?:above|below)\s+zero)\b", re.IGNORECASE)
_BRACKETED_UNIT = re.compile(r"\s?[\[({<]\s?([^\])}>\s][^\])}>]*?)\s?[\])}>]")
_TONNES_AGAINST = re.compile(r"(?-i:t)(?![\w-])")


_NO_UNIT_START = frozenset(",.;:!?)")  # no unit begins with these


def age_bound(sentence: str, start: int) -> bool:
    """Whether the amount at ``start`` bounds the age of the people named right before it ("children under 15",
    "residents over 60"): a group's description, no count and no one's age."""
    return bool(_PEOPLE_BOUND_BEFORE.search(sentence[max(0, start - 30):start]))


def _measure_unit(before: str, after: str) -> tuple[str | None, bool]:
    """The unit written right after an amount (or a unit of time for an age), and whether it is an age."""
    age = _AGE_AFTER.match(after)
    if age:
        return (age.group("u") or "year").lower(), True
    if _AGE_BEFORE.search(before[-16:]) or (before[-8:].rstrip().lower().endswith(_AGE_VERB_ENDS)
                                            and _AGE_VERB_AFTER.match(after) and _AGE_VERB_BEFORE.search(before[-12:])):
        return "year", True  # "aged 7"; "I'm 74 and", "he turned 40.": an age told with a verb
    first = _ANY_UNIT.match(after) if after[:1] not in _NO_UNIT_START else None  # "50,", "50." : no unit
    at = int(first.lastgroup[1:]) if first and first.lastgroup else len(_UNIT_RE)
    for i in range(at, len(_UNIT_RE)):  # the first unit that fits; the next ones if it is rejected
        pattern, unit = _UNIT_RE[i]
        found = first if i == at else pattern.match(after)
        if found:
            written = found.group(0).strip(" -")
            if written in ("C", "F") and (re.match(r"[-/]", after[found.end():])
                                          or not _WEATHER.search(before[-120:] + after[:120])):
                continue  # "800,000 F-Series", "a 13F filing": a letter, not a temperature
            if len(written) == 1 and _CODE_AFTER_LETTER.match(after, found.end()):
                return None, False  # "24703 L-202": a code, not litres
            if unit == "deg" and TEMPERATURE_CONTEXT.search(before[-120:] + after[:120]):
                return "°", False  # "temperatures of 40 degrees": a temperature, its scale unwritten
            return unit, False
    if _INCH_MARK.match(after):
        return "in", False  # "a 3.1\" screen", "a pen 10 \" long"
    bracketed = _BRACKETED_UNIT.match(after)
    if bracketed:  # "20 (kg)", "20 [kg]": a unit in brackets, as tables write it
        inner, _ = _measure_unit("", " " + bracketed.group(1))
        if inner and len(bracketed.group(1)) <= 12:
            return inner, False
    if _TONNES_AGAINST.match(after):
        return "t", False  # "100t": tonnes, written against the number
    coordinated = _COORDINATED.match(after)
    if coordinated:
        shared, _ = _measure_unit("", after[coordinated.end():])
        return shared, False
    ing = _ING_WORD.match(after)
    if ing:
        for pattern, unit in _UNIT_RE:
            word = pattern.match(after[ing.end():])
            if word and len(word.group(0).strip(" -")) >= 4:
                return unit, False
    return None, False


_ONE_NOT_COUNT_BEFORE = re.compile(r"\b(?:no|any|every|some|each|this|that|which|the|only|no\s+other)\s+$",
                                   re.IGNORECASE)
_ONE_NOT_COUNT_AFTER = re.compile(
    r"\s*(?:of|another|or|and|by|after|in|on|at|to|for|who|which|that|is|was|has|had|can|could|would|will|should|"
    r"must|may|might|does|did|more|less|day|time|way|thing|point|side|hand|moment|another|else|such|another)\b|"
    r"-(?:sided|off|time|way|stop|liners?|of-a-kind|size)\b|"  # "one-sided", "a one-off"
    r"\s*[,.;:!?)]|\s*$", re.IGNORECASE)


# a list of counts by place: an item "N in X" before, then ", and one in Y" (not "one in five": a share)
_LAST_ITEM_BEFORE = re.compile(r"(?:,|\band)\s+$")
_ITEM_PLACE = re.compile(r"\s+(?:in|at)\s+(?:the\s+)?[A-Z]")
_SIBLING_ITEM = re.compile(rf"\b(?:\d[\d,]*|{_WORD_NUM})\s+(?:\w+\s+)?(?:in|at)\s+(?:the\s+)?[A-Z]", re.IGNORECASE)
_RATIO_AFTER = re.compile(rf"\s+(?:in|out\s+of)\s+(?:(?!(?:19|20)\d\d\b)\d|{_WORD_NUM})", re.IGNORECASE)


def _counts_one(sentence: str, m: re.Match[str]) -> bool:
    """"one man was killed": a count; "one of the", "no one", "one day" are not."""
    if m.group("hi") or m.group("pct") or m.group("sign") or m.group("code") or m.group("neg") \
            or _RATIO_AFTER.match(sentence, m.end()):
        return True  # "one in five adults": a share
    if not _ONE_NOT_COUNT_BEFORE.search(sentence[max(0, m.start("num") - 24):m.start("num")]) \
            and not _ONE_NOT_COUNT_AFTER.match(sentence[m.end():]):
        return True
    if _LAST_ITEM_BEFORE.search(sentence, max(0, m.start("num") - 12), m.start("num")) \
            and _ITEM_PLACE.match(sentence, m.end()) \
            and _SIBLING_ITEM.search(sentence, max(0, m.start("num") - 400), m.start("num")):
        return True  # "six in Portugal, three in Spain and one in the Netherlands": a list's last item
    unit, _ = _measure_unit("", sentence[m.end():])
    return unit is not None and unit not in TIME_UNITS  # "that one mile", "one kilogram of"


_NAME_BEFORE = re.compile(
    r"(?:\b[A-Za-z]*[A-Z][A-Za-z&.]*|&\s?[A-Z]\w*)[\s-]?$")  # "S&P 500", "iPhone 11", "FTSE 100", "Game 7"
_NOT_NAME_WORDS = {"the", "a", "an", "and", "or", "but", "in", "on", "at", "of", "to", "for", "by", "with", "from",
                   "about", "some", "over", "under", "nearly", "almost", "only", "just", "all", "another", "these",
                   "those", "its", "their", "his", "her", "our", "my", "your", "when", "while", "as", "since",
                   "than", "after", "before", "into", "per", "up", "down", "least", "most", "past", "every",
                   "each", "first", "last", "next"} | {
    # verbs a headline capitalises before its count ("Crash Kills 3, Injures 5", "Quake Leaves 12 Dead")
    "kills", "killed", "kill", "injures", "injured", "injure", "wounds", "wounded", "hurts", "hurt", "leaves", "left",
    "claims", "claimed", "strands", "stranded", "dies", "die", "died", "hits", "strikes", "struck", "rocks", "jolts",
    "sees", "saw", "gets", "got", "adds", "added", "cuts", "sheds", "axes", "slashes", "lays", "hires", "fires",
    "fired", "arrests", "arrested", "charges", "charged", "jails", "jailed", "sentences", "sentenced", "fines",
    "fined", "pays", "paid", "buys", "bought", "sells", "sold", "raises", "raised", "rises", "rose", "falls", "fell",
    "drops", "dropped", "jumps", "jumped", "climbs", "climbed", "tops", "topped", "nears", "reaches", "reached",
    "passes", "surpasses", "exceeds", "totals", "nets", "earns", "costs", "evacuates", "evacuated", "rescues",
    "rescued", "saves", "saved", "frees", "freed", "releases", "released", "recalls", "recalled", "seizes", "seized",
    "takes", "took", "destroys", "destroyed", "damages", "damaged", "displaces", "displaced", "affects", "affected",
    "infects", "infected", "sickens", "sickened", "tests", "wins", "won", "loses", "lost", "gains", "gained",
    "plunges", "plunged", "soars", "soared", "slumps", "slumped", "surges", "surged", "grows", "grew", "doubles",
    "triples", "signs", "signed", "offers", "offered", "spends", "spent", "invests", "invested", "owes", "owed",
    "expects", "expected", "plans", "planned", "wants", "needs", "names", "hospitalizes", "hospitalises",
    "hospitalized", "hospitalised", "dead", "injuring", "killing", "leaving", "wounding"}
_SCORE_WORDS = re.compile(r"\b(?:won|win|wins|beat|beats|beating|lost|lose|loses|losing|drew|draw|defeated?|defeats|"
                          r"trail(?:ed|ing)?|led|leads?|leading|victory|victories|scored?|scoreline|tied|ties|"
                          r"record|mark|start|halftime|half-time|thumping|rout|routs|routed|drubbing|rebounding)\b",
                          re.IGNORECASE)
_RECORD_AFTER = re.compile(r"\s*(?:\(\s*\d+\s*KOs?\b|on\s+the\s+road\b|at\s+home\b|away\s+from\s+home\b)")
_RECORD_TO_BEFORE = re.compile(r"\b(?:improved|fell|dropped|slipped|moved|evened|climbed)\s+(?:\w+\s+)?to\s+$",
                               re.IGNORECASE)
# a team named just before: "the Rams, 27-20" (not a place or a month: "In Paris, 20-30 people", "In May, 5-7")
_TEAM_COMMA_BEFORE = re.compile(rf"\b(?!(?:{_MONTHS}|In|On|At|By|For|From|Since|After|Before|During)\b)"
                                r"[A-Z][A-Za-z’'.]+,\s*$")
_ADDRESS_AFTER = re.compile(r"\s+(?:[A-Z][\w'’.-]*\s+){1,3}(?:Street|St\.?|Road|Rd\.?|Avenue|Ave\.?|Lane|Ln\.?|"
                            r"Boulevard|Blvd\.?|Drive|Dr\.?|Way|Place|Pl\.?|Square|Sq\.?|Court|Terrace|Crescent|"
                            r"Close|Highway|Parkway|Row|Strasse|Straße)\b")


_PREV_WORD = re.compile(r"([A-Za-z][\w’'&-]*)\s+$")
_CAPITALISED_AFTER = re.compile(r"[\s-]+[A-Z][a-z]")
_SENTENCE_OPENING = re.compile(r"(?:^|[.!?:;\"“(]\s*|\n)$")


def _spelled_in_name(sentence: str, m: re.Match[str]) -> bool:
    """A capitalised number word inside a name ("the Big Ten", "Xbox One", "the Three Amigos"): not at the
    start of a sentence, and not in a headline written in title case ("Storm Kills Three")."""
    num = m.group("num")
    if not num.replace("-", "").replace(" ", "").isalpha() or num.lower() in ("a", "an"):
        return False
    at = m.start("num")
    if _SENTENCE_OPENING.search(sentence, max(0, at - 3), at):
        return False
    prev = _PREV_WORD.search(sentence, max(0, at - 30), at)
    named_before = bool(prev and prev.group(1)[0].isupper() and prev.group(1).lower() not in _NOT_NAME_WORDS)
    if not (named_before or _CAPITALISED_AFTER.match(sentence, m.end("num"))):
        return False
    words = [w for w in sentence.split() if w[:1].isalpha()]
    return sum(w[0].isupper() for w in words) * 3 < len(words) * 2  # a headline capitalises most of its words


def _words_before(before: str) -> tuple[str | None, bool, str | None]:
    """The last word of the text before a number (one space or hyphen may follow it), whether a word
    character or ",;:" comes before that word (the number is inside a sentence), and the word before it if
    it is capitalised ("the BlackBerry Curve 8900"). String tests give what the searches anchored at the end
    gave (checked on 228,000 texts), without trying every position of the text."""
    text = before[:-1] if before.endswith("\n") else before  # "$" also matches before a final newline
    text = text[:-1] if text[-1:].isspace() else text
    if not text or text[-1].isspace():
        return None, False, None
    parts = text.rsplit(None, 2)
    last = parts[-1]
    if len(parts) == 1:
        return last, False, None
    head = text[:len(text) - len(last)].rstrip()
    mid_sentence = bool(head) and (head[-1].isalnum() or head[-1] in "_,;:")
    return last, mid_sentence, parts[-2] if _NAME_WORD.fullmatch(parts[-2]) else None


def _is_name_or_score(sentence: str, m: re.Match[str]) -> bool:
    """A number that names or labels, not an amount: "S&P 500", "iPhone 11", "787 Dreamliner"
    (a capitalised name joined to it), a score ("won 3-1"), a street address ("10 Downing Street")."""
    if m.group("sign") or m.group("code") or m.group("neg") or m.group("qual") or m.group("between"):
        return False
    num = m.group("num")
    whole = num.isdecimal()
    if num[0].isupper() and not m.group("hi") and _spelled_in_name(sentence, m):
        return True  # "the Big Ten", "Xbox One", "the Three Amigos": a name
    if not whole and not _SHORT_DECIMAL.fullmatch(num):
        return False
    if num in _EMERGENCY_NUMBERS and not m.group("hi") and _is_phone_number(sentence, m):
        return True  # "a 999 call", "dialled 911": a number to ring, not a count
    if whole and sentence.startswith("-", m.end("num")) and _THREE_PART_PHONE.match(sentence, m.start("num")) \
            and not _DIGIT_OR_DASH_BEFORE.search(sentence, max(0, m.start("num") - 1), m.start("num")):
        return True  # "02-751-1500", "0161-496-0000": three groups of digits are a telephone number
    if whole and sentence.startswith("-", m.end("num")) and _PHONE_SHAPE.match(sentence, m.start("num")) \
            and (_RING_BEFORE.search(sentence, max(0, m.start("num") - 24), m.start("num"))
                 or _PHONE_IN_BRACKETS.match(sentence, max(0, m.start("num") - 1))):
        return True  # "call 800-555-0199", "(312-4411)", "call 877-TIPS-NOW": a telephone number
    if whole and m.start("num") > 0 and sentence[m.start("num") - 1] in "-+" \
            and (len(num) in (3, 4) or sentence[m.start("num") - 1] == "+") \
            and _PHONE_PART_BEFORE.search(sentence, max(0, m.start("num") - 20), m.start("num")):
        return True  # the rest of "800-555-0199", "+44-20-7946-0018"
    if whole and len(num) <= 3 and m.start("num") > 0 and sentence[m.start("num") - 1] == "+" \
            and _after_num_is_phone(sentence, m):
        return True  # "+44-20-7946-0018": a country code
    before = sentence[max(0, m.start("num") - 80):m.start("num")]  # enough for the two words before it
    last, mid_sentence, name_before = _words_before(before)
    if last and not last.endswith((",", ";", ":", "(")) and not m.group("scale"):  # "fined Volvo AB 42 million
        w = last.strip("-")  # crowns": a magnitude after the number makes it an amount, never a model's name
        named = bool(_NAME_BEFORE.search(w)) and w.lower() not in _NOT_NAME_WORDS \
            and w.lower() not in WEEKDAY_NAMES and not _MONTH_WORD.match(w)
        counted = _COUNTED_AFTER.match(sentence, m.end("num"))
        strong = bool(_STRONG_NAME.search(w))  # "iPhone", "S&P", "USB"
        if not whole:  # "USB 2.0", "HTML 5.1"; "magnitude 6.1" is an amount
            return named and (strong or (mid_sentence and bool(_VERSION.fullmatch(num)) and not m.group("pct")
                                         and w.lower() not in _MEASURE_NAMES
                                         and not (counted and counted.group(0).strip() not in _NOT_PLURAL)
                                         and not _QUAKE_AFTER.match(sentence, m.end())
                                         and not _measure_unit("", sentence[m.end():])[0]))  # "Firefox 3.0"
        if named and name_before and name_before.lower() not in _NOT_NAME_WORDS and mid_sentence:
            return True  # "the BlackBerry Curve 8900 features": a two-word name before it
        if named and not counted and (mid_sentence or strong):
            return True  # "In Almaty 500 people rallied" is a count all the same
    if not whole:
        return False
    after = sentence[m.end("num"):]
    if _MODEL_NUMBER.fullmatch(num) and m.start("num") > 0 and not m.group("hi") \
            and _SINGULAR_NAME_AFTER.match(after) and not _COUNTRY_DOLLARS.match(after):
        return True  # "a 777 Freighter": a model number before a name (a count would take a plural)
    if len(num) >= 3 and _MODEL_DASH_AFTER.match(after):
        return True  # "787-9 Dreamliner", "a 737-800 jet": a model and its variant
    if _MODEL_NAME_AFTER.match(after) and not m.group("scale"):
        return True  # "787 Dreamliner", "737 MAX"
    if _ADDRESS_AFTER.match(after) or _BLOCK_AFTER.match(after):
        return True
    hi = m.group("hi")
    score_shape = bool(hi and re.fullmatch(r"\d{1,3}", hi.strip()) and int(num) < 300
                       and m.group("dash").strip() in ("-", "–", "—") and not m.group("pct"))
    if not score_shape:
        return False
    rest = sentence[m.end():]
    if sentence[:m.start()].rstrip().endswith("(") and re.match(r"\s*(?:[,)]|[-–]\s?\d)", rest):
        return True  # a win-loss record in brackets: "(11-4)", "(52-3, 46 KOs)", "(45-7-2)"
    if _RECORD_AFTER.match(rest):
        return True  # "41-2 (35 KOs)", "the Hawks were 6-5 on the road"
    if int(hi) <= int(num) and not _COUNTED_AFTER.match(rest) and not _measure_unit("", rest)[0]:
        return True  # "an 88-72 setback", "a 9-3 deadlock", "tied 13-13": a score (a range is written upwards)
    if (_RECORD_TO_BEFORE.search(sentence, max(0, m.start() - 24), m.start())
            or _TEAM_COMMA_BEFORE.search(sentence, max(0, m.start() - 40), m.start())) \
            and not _COUNTED_AFTER.match(rest) and not _measure_unit("", rest)[0]:
        return True  # "improved to 41-2", "beat the Rams, 27-20, on Sunday", "HAWKS EDGE BULLS, 98 - 97"
    # a score or record told with its words: "won 3-1", "a 91-73 victory", "a 162-139 record", "tied at 24-24"
    return bool(_SCORE_WORDS.search(sentence[max(0, m.start() - 40):m.start()])
                or _SCORE_WORDS.search(" ".join(re.sub(r"\([^)]*\)", " ", rest).split()[:3])))


# Emergency and police numbers as news writes them (UK/HK 999, North America 911, EU 112,
# Australia 000, New Zealand 111, UK non-emergency 101)
_MEASURE_NAMES = frozenset({"magnitude", "richter", "level", "grade", "category", "force", "factor", "rating", "score",
                            "average", "index", "size", "strength"})  # "Magnitude 6.1" in a headline is an amount
_VERSION = re.compile(r"\d{1,2}\.\s?\d")
_QUAKE_AFTER = re.compile(r"\s*-?\s*(?:magnitude|quake|earthquake|temblor|tremor|aftershock)", re.IGNORECASE)
_BLOCK_AFTER = re.compile(r"\s+block\s+of\b", re.IGNORECASE)  # "the 3400 block of Elm Street": an address
_PHONE_SHAPE = re.compile(r"\d{3}-(?:\d{3}-\d{4}|\d{4}|[A-Z]{3,})(?![\d])")
_THREE_PART_PHONE = re.compile(r"\d{2,4}-\d{3,4}-\d{4}(?![\d-])")
_DIGIT_OR_DASH_BEFORE = re.compile(r"[\d-]$")
_PHONE_PART_BEFORE = re.compile(r"(?:(?<![\d-])(?:\d{2,4}-\d{3,4}-|\d{3}-)|\+\d{1,3}-(?:\d{2,4}-){0,3})$")
_PHONE_IN_BRACKETS = re.compile(r"\(\d{3}-\d{4}\)")
_EMERGENCY_NUMBERS = frozenset({"999", "911", "112", "000", "111", "101"})
_RING_BEFORE = re.compile(r"\b(?:dial(?:l?ed|l?ing|s)?|call(?:ed|ing|s)?|ring(?:ing|s)?|rang|phon(?:ed|ing|es)?|"
                          r"text(?:ed|ing)?|contact(?:ed|ing)?)\s+(?:the\s+)?$", re.IGNORECASE)
# a singular noun after it ("a 999 call", "the 911 dispatcher"); "911 calls" only for the two numbers that
# are never a plausible count of calls in news ("received 112 calls" may be one)
_PHONE_NOUN_AFTER = re.compile(r"\s?-?\s?(?:emergency\s+)?(?:call(?!s)|caller|operator|dispatch\w*|emergency|"
                               r"number|line|service|cent(?:re|er)|system|hotline|call-?handler|recording|tape)\b",
                               re.IGNORECASE)
_PHONE_CALLS_AFTER = re.compile(r"\s?-?\s?(?:calls|callers|operators|dispatchers|services)\b", re.IGNORECASE)
_TIMES_AFTER = re.compile(r"\s+(?:times|numbers|people|calls|callers)\b", re.IGNORECASE)


def _after_num_is_phone(sentence: str, m: re.Match[str]) -> bool:
    """The digits after a country code ("+1-212-...") make a telephone number."""
    return bool(re.match(r"[-\s]\d{2,4}[-\s]\d{3,4}", sentence[m.end("num"):m.end("num") + 12]))


def _is_phone_number(sentence: str, m: re.Match[str]) -> bool:
    """"a 999 call", "dialled 911", "the 112 emergency line": an emergency number, not an amount."""
    after = sentence[m.end("num"):m.end("num") + 40]
    if _PHONE_NOUN_AFTER.match(after):
        return True
    if m.group("num") in ("999", "911") and _PHONE_CALLS_AFTER.match(after):
        return True
    return bool(_RING_BEFORE.search(sentence, max(0, m.start("num") - 24), m.start("num"))) \
        and not _TIMES_AFTER.match(after)  # "called 112 times" is a count


WEEKDAY_NAMES = {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"}


_NOT_NAMES_BEFORE_YEAR = frozenset({"In", "On", "At", "By", "For", "From", "Since", "After", "Before", "During", "The",
                                    "And", "But", "Of", "To"})


def _named_before(sentence: str, at: int) -> bool:
    """A name right before the number, inside a sentence: "next March's Euro 2020 playoffs", "Windows 2000"."""
    if not at or not sentence[at - 1].isspace():
        return False
    words = sentence[max(0, at - 40):at].split()
    if len(words) < 2:
        return False
    name, before = words[-1], words[-2]
    return len(name) > 1 and name[0].isupper() and name[1:].isalpha() and name[1:].islower() \
        and name not in _NOT_NAMES_BEFORE_YEAR and (before[-1].isalnum() or before[-1] in ",’'")


def _is_year(num: str, m: re.Match[str], after: str) -> bool:
    """A bare four-digit number from 1900 to 2100 with no unit or noun of its own is a year."""
    if m.group("sign") or m.group("scale") or m.group("scale2") or m.group("pct"):
        return False
    if not _YEAR.fullmatch(num):  # "born in 1889", "since 1850": a year before 1900 after a word of time
        return bool(_OLD_YEAR.fullmatch(num) and _OLD_YEAR_BEFORE.search(m.string, max(0, m.start() - 16), m.start())
                    and not _NOUN_AFTER.match(after) and not _measure_unit("", after)[0])
    if _MONTH_DAY_BEFORE.search(m.string, max(0, m.start() - 20), m.start()) \
            or _YEAR_WORD_BEFORE.search(m.string, max(0, m.start() - 16), m.start()) \
            or _named_before(m.string, m.start()):
        return True  # "the September 11, 2001 attacks", "fiscal year 2019 seizures", "the Euro 2020 playoffs"
    noun = _NOUN_AFTER.match(after)
    if noun and _EVENTS_OF_A_YEAR.match(after):
        return True  # "the 2016 elections", "the 2012 Olympics": the year of events
    if noun and (noun.group("w") in _NOT_PLURAL
                 or _YEAR_PREPOSITION.search(m.string, max(0, m.start() - 16), m.start())):
        noun = None  # "in 1993 as the league's leader", "the 2007 Oscars": a year
    return not noun or bool(_LIST_AFTER.match(after))


_NOT_PLURAL = {"as", "was", "has", "is", "his", "its", "this", "thus", "does", "plus", "versus", "across", "always",
               "perhaps", "unless", "whereas", "us", "yes", "less", "unanimous", "various", "previous", "famous",
               "serious", "numerous", "tremendous", "enormous"}


def _overlaps(start: int, end: int, taken: list[Quantity]) -> bool:
    return any(start < q.end and q.start < end for q in taken)


def _halves(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    """"half the condos" (a share of one half), "half a million" (500,000), "a year and a half" (1.5 years)."""
    out = []
    for m in _UNIT_AND_A_HALF.finditer(sentence):
        word = m.group("u").lower()
        unit, v = ("year", 15.0) if word == "decade" else ("year", 150.0) if word == "century" else \
            (_measure_unit("", " " + word)[0], 1.5)
        qual = _qualifier(m.group("q"))
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=v,
                            low=v if qual in ("exact", "at_least", "more_than") else None,
                            high=v if qual in ("exact", "almost", "up_to") else None, qualifier=qual, unit=unit))
    for m in _HALF.finditer(sentence):
        if _overlaps(m.start(), m.end(), taken):
            continue
        scale = m.group("scale") or m.group("qscale")
        v = (0.25 if m.group("qscale") else 0.5) * _scale(scale) if scale else 0.5
        qual = _qualifier(m.group("q"))
        low = v if qual in ("exact", "at_least", "more_than") else None
        high = v if qual in ("exact", "almost", "up_to") else None
        currency, used = _currency_word(sentence[m.end():], scaled=True, before="") if scale else (None, 0)
        end = m.end() + used  # "half a million dollars"
        out.append(Quantity(start=m.start(), end=end, text=sentence[m.start():end], value=v, low=low, high=high,
                            qualifier=qual, currency=currency, unit=None if scale else "share"))
    for m in _HALF_UNIT.finditer(sentence):
        unit, end = _unit_after(sentence, m.end())
        if unit and not _overlaps(m.start(), end, out + taken):
            out.append(Quantity(start=m.start(), end=end, text=sentence[m.start():end], value=0.5, low=0.5,
                                high=0.5, qualifier="exact", unit=unit))
    return out


def _unit_after(sentence: str, at: int) -> tuple[str | None, int]:
    """The unit written at ``at`` ("mile" of "half a mile") and where its word ends."""
    unit, _ = _measure_unit("", sentence[at:])
    word = re.match(r"\w+", sentence[at:])
    return unit, at + (word.end() if word else 0)


def _one_units(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    """"nearly a kilometre", "almost a tonne": one of a unit after a word of amount (``_ONE_UNIT``)."""
    out: list[Quantity] = []
    for m in _ONE_UNIT.finditer(sentence):
        unit, end = _unit_after(sentence, m.end())
        qual = _qualifier(m.group("q"))
        if unit and not _overlaps(m.start(), end, out + taken):
            out.append(Quantity(start=m.start(), end=end, text=sentence[m.start():end], value=1.0,
                                low=1.0 if qual in ("exact", "at_least", "more_than") else None,
                                high=1.0 if qual in ("exact", "almost", "up_to") else None, qualifier=qual, unit=unit))
    return out


def _multipliers(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    out = []
    for m in _MULT.finditer(sentence):
        if not _overlaps(m.start(), m.end(), taken):
            v = float(MULTIPLIERS[m.group(1).lower()])
            out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=v, low=v, high=v,
                                qualifier="exact", multiplier=True))
    return out


def _ordinal_durations(sentence: str, taken: list[Quantity]) -> list[Quantity]:
    """"the sixth day of the crisis": an elapsed duration of six days."""
    out = []
    for m in _ORDINAL_DAY.finditer(sentence):
        if _overlaps(m.start(), m.end(), taken):
            continue
        word = m.group("ord").lower()
        v = float(ORDINALS[word]) if word in ORDINALS else float(re.sub(r"\D", "", word))
        if v < 2:
            continue  # "the first day" is a position, not a length
        out.append(Quantity(start=m.start(), end=m.end(), text=m.group(0), value=v, low=v, high=v,
                            qualifier="exact", ordinal=True))
    return out
