"""Word lists the figure finder and the aligner use. General English, never tuned to an article."""
from __future__ import annotations

#: bound phrases written before a number, longest first when matched; value -> bound name
BOUNDS_BEFORE: dict[tuple[str, ...], str] = {
    ("at", "least"): "at_least",
    ("no", "fewer", "than"): "at_least",
    ("no", "less", "than"): "at_least",
    ("not", "less", "than"): "at_least",
    ("not", "fewer", "than"): "at_least",
    ("a", "minimum", "of"): "at_least",
    ("minimum", "of"): "at_least",
    ("more", "than"): "more_than",
    ("over",): "more_than",
    ("above",): "more_than",
    ("upwards", "of"): "more_than",
    ("upward", "of"): "more_than",
    ("in", "excess", "of"): "more_than",
    ("exceeding",): "more_than",
    ("greater", "than"): "more_than",
    ("higher", "than"): "more_than",
    ("nearly",): "about",
    ("almost",): "about",
    ("close", "to"): "about",
    ("just", "under"): "about",
    ("just", "over"): "more_than",
    ("up", "to"): "at_most",
    ("at", "most"): "at_most",
    ("no", "more", "than"): "at_most",
    ("not", "more", "than"): "at_most",
    ("a", "maximum", "of"): "at_most",
    ("as", "many", "as"): "at_most",
    ("as", "much", "as"): "at_most",
    ("as", "far", "as"): "at_most",
    ("as", "high", "as"): "at_most",
    ("as", "long", "as"): "at_most",
    ("as", "large", "as"): "at_most",
    ("as", "few", "as"): "at_least",
    ("as", "low", "as"): "at_least",
    ("maybe",): "about",
    ("fewer", "than"): "less_than",
    ("less", "than"): "less_than",
    ("under",): "less_than",
    ("below",): "less_than",
    ("around",): "about",
    ("about",): "about",
    ("some",): "about",
    ("roughly",): "about",
    ("approximately",): "about",
    ("approx",): "about",
    ("circa",): "about",
    ("an", "estimated"): "about",
    ("perhaps",): "about",
    ("possibly",): "about",
    ("within",): "at_most",
    ("a", "little", "over"): "more_than",
    ("a", "little", "under"): "about",
    ("just", "above"): "more_than",
    ("well", "over"): "more_than",
    ("well", "above"): "more_than",
    ("north", "of"): "more_than",
    ("estimated",): "about",
    ("some", "estimated"): "about",
    ("an", "approximate"): "about",
    ("more", "or", "less"): "about",
    ("or", "so"): "about",
}
#: bound phrases written after the counted noun: "50 people or more"
BOUNDS_AFTER: dict[tuple[str, ...], str] = {
    ("or", "more"): "at_least",
    ("and", "more"): "at_least",
    ("or", "over"): "at_least",
    ("plus",): "at_least",
    ("or", "fewer"): "at_most",
    ("or", "less"): "at_most",
    ("at", "least"): "at_least",
    ("or", "so"): "about",
}
#: every word of a bound phrase: "at", "least", "more", "than", ...
BOUND_WORDS = frozenset(w for phrase in BOUNDS_BEFORE for w in phrase)
#: words that make "nearly"/"almost" a bound just under the number
JUST_UNDER = frozenset({"nearly", "almost"})
MAX_BOUND_LEN = 3

MONTHS = frozenset({
    "january", "february", "march", "april", "may", "june", "july", "august", "september",
    "october", "november", "december", "jan", "feb", "mar", "apr", "jun", "jul", "aug",
    "sep", "sept", "oct", "nov", "dec",
})
#: abbreviated months that are also ordinary words need a digit next to them
AMBIGUOUS_MONTHS = frozenset({"may", "march", "mar", "jan", "dec"})
WEEKDAYS = frozenset({
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
})
TIME_WORDS = frozenset({"a.m.", "p.m.", "am", "pm", "gmt", "utc", "o'clock", "hrs"})

#: capitalised words before a number that make it a name, not a quantity ("Route 9")
DESIGNATION_WORDS = frozenset({
    "route", "flight", "highway", "road", "article", "section", "chapter", "resolution",
    "paragraph", "clause", "room", "gate", "terminal", "platform", "line", "exit", "channel",
    "building", "block", "apartment", "unit", "model", "type", "class", "version", "no",
    "no.", "number", "apollo", "boeing", "airbus", "phase", "stage", "level", "grade",
    "district", "ward", "zone", "sector", "division", "brigade", "regiment", "battalion",
    "corps", "army", "squadron", "page", "figure", "table", "episode", "season", "vol",
    "vol.", "volume", "act", "bill", "law", "decree", "rule", "protocol", "plan", "covid",
    "g", "f", "windows", "iphone", "galaxy", "formula", "interstate", "pier", "berth",
    "hall", "floor", "lot", "camp", "base", "post", "checkpoint", "kilometre", "km", "mile",
    "tower", "reactor", "mark", "mk", "series", "session", "round", "group",
    # "Crossing Point 2", "Runway 27", "Shaft 4": a numbered place
    "point", "crossing", "bridge", "shaft", "tunnel", "runway", "dock", "hangar", "pavilion",
    "station", "wing", "lock", "spillway", "borehole", "pit", "track", "substation",
})

#: page furniture: a number followed by these is not reported content
FURNITURE_AFTER = frozenset({"font", "zoom", "comments", "shares", "views", "min", "read",
                             "likes", "replies", "things", "charts", "photos", "pictures",
                             "videos", "ways", "mins"})
#: furniture after a number even in lower case: "Heatwaves in Europe, in 6 charts"
FURNITURE_ALWAYS = frozenset({"min", "mins", "comments", "shares", "views", "likes", "replies",
                              "read", "charts"})
#: words before a number that mark page furniture: "Comments (14)", "Reading time: 2 minutes"
FURNITURE_BEFORE = frozenset({"comments", "shares", "views", "likes", "replies", "time",
                              "read", "page", "photo", "image", "video", "gallery", "©",
                              "copyright", "updated", "published", "posted"})
#: verbs that make "One resident said" a speaker, not a count
SPEAKER_VERBS = frozenset({"said", "says", "told", "recalled", "described", "added", "asked",
                           "explained", "wrote", "shouted", "whispered", "remembered",
                           "noted", "complained", "insisted"})

COUNTRIES = frozenset({
    "afghanistan", "albania", "algeria", "angola", "argentina", "armenia", "australia",
    "austria", "azerbaijan", "bahrain", "bangladesh", "belarus", "belgium", "bolivia",
    "bosnia", "brazil", "britain", "bulgaria", "burma", "burundi", "cambodia", "cameroon",
    "canada", "chad", "chile", "china", "colombia", "congo", "croatia", "cuba", "cyprus",
    "czechia", "denmark", "ecuador", "egypt", "england", "eritrea", "estonia", "ethiopia",
    "europe", "africa", "asia", "america", "finland", "france", "georgia", "germany", "ghana",
    "greece", "guatemala", "guinea", "haiti", "honduras", "hungary", "iceland", "india",
    "indonesia", "iran", "iraq", "ireland", "israel", "italy", "japan", "jordan", "kazakhstan",
    "kenya", "korea", "kosovo", "kuwait", "kyrgyzstan", "laos", "latvia", "lebanon", "libya",
    "lithuania", "macedonia", "madagascar", "malawi", "malaysia", "mali", "mexico", "moldova",
    "mongolia", "montenegro", "morocco", "mozambique", "myanmar", "nepal", "netherlands",
    "nicaragua", "niger", "nigeria", "norway", "oman", "pakistan", "palestine", "panama",
    "paraguay", "peru", "philippines", "poland", "portugal", "qatar", "romania", "russia",
    "rwanda", "scotland", "senegal", "serbia", "singapore", "slovakia", "slovenia", "somalia",
    "spain", "sudan", "sweden", "switzerland", "syria", "taiwan", "tajikistan", "tanzania",
    "thailand", "tunisia", "turkey", "turkmenistan", "uganda", "ukraine", "uk", "us", "usa",
    "u.s.", "u.k.", "uruguay", "uzbekistan", "venezuela", "vietnam", "wales", "yemen",
    "zambia", "zimbabwe", "gaza", "the", "world", "country", "region", "europe",
})

#: event words -> the event they report (normalised)
EVENTS: dict[str, str] = {}
for _canon, _words in {
    "killed": "kill kills killed killing dead died die dies dying death deaths perished perish "
    "fatalities fatality toll slain murdered massacred executed bodies drowned drowning "
    "succumbed",
    "wounded": "wound wounds wounded wounding injured injuring injure injures injuries injury "
    "hurt maimed casualties",
    "treated": "treated",
    "hospitalised": "hospitalised hospitalized hospitalisation hospitalization admitted "
    "hospital hospitals",
    "missing": "missing disappeared unaccounted",
    "displaced": "displaced evacuated fled flee flees fleeing homeless uprooted refugees "
    "evacuation evacuate evacuates evacuating evacuees relocated",
    "sheltered": "shelter shelters sheltered sheltering",
    "running": "running ran operated operating",
    "trapped": "trapped trapping buried entombed burying buries",
    "present": "inside present underground",
    "forecast": "forecast forecasts forecasted predicted predict predicts expected expects "
    "expecting projected",
    "arrested": "arrested detained arrest arrests detention detentions jailed",
    "rescued": "rescued saved pulled evacuated-alive alive plucked airlifted winched",
    "contained": "contained containment",
    "spilled": "spilled spilt spill spills spilling leaked leak leaks leaking escaped",
    "burned": "burned burnt burning burn burns scorched charred blackened",
    "aboard": "aboard onboard board carrying",
    "infected": "infected infections cases tested ill sickened",
    "destroyed": "destroyed destroy destroys destroying demolished razed flattened collapsed "
    "collapse",
    "damaged": "damaged damage damages",
    "struck": "struck strike strikes hit hits hitting targeted targeting shelled bombed",
    "flown": "flew flown flying fly flies",
    "conducted": "made make makes making conducted conduct conducts carried carry carries "
    "launched launch launches delivered deliver delivers",
    "fired": "fired firing",
    "intercepted": "intercepted intercept intercepts intercepting downed",
    "crossed": "crossed crossing cross",
    "deployed": "deployed deploy deploying sent",
    "affected": "affected",
    "attended": "attended attend attending joined join joining marched march marching voted "
    "cast "
    "rallied gathered filled packed thronged demonstrated participated protested turnout",
    "sold": "sold sell sells",
    "cost": "cost costs costing spent spend",
    "raised": "raised raise",
    "requested": "appeal appeals appealed appealing seek seeks seeking sought request requests "
    "requested requesting",
    "pledged": "pledge pledges pledged pledging donated donate donates",
    "received": "received",
    "lost": "lost lose",
    "employed": "employed employs employ",
    "held": "hold holds held holding control controls controlled controlling",
    "faced": "faced face faces facing",
    "blinded": "blinded",
    # "4.2 million people in need", "who need humanitarian aid", "needing food aid"
    "in need": "need needs needing",
}.items():
    for _w in _words.split():
        EVENTS[_w] = _canon

#: events said in several words, by their first word: "30,000 took part", "29 people have
#: lost their lives", "12,000 people were forced from their homes"
PHRASE_EVENTS: dict[str, list[tuple[tuple[str, ...], str]]] = {}
for _phrase, _canon in {
    "took part": "attended", "take part": "attended", "takes part": "attended",
    "taking part": "attended",
    "lost their lives": "killed", "lost his life": "killed", "lost her life": "killed",
    "lose their lives": "killed", "losing their lives": "killed",
    "forced from": "displaced", "forced out": "displaced", "forced to flee": "displaced",
    "forced to leave": "displaced", "driven from": "displaced",
    "shot down": "intercepted",
    "treated and released": "released", "treated and discharged": "released",
    "treated in hospital": "hospitalised", "treated in hospitals": "hospitalised",
    "fall ill": "infected", "fell ill": "infected", "fallen ill": "infected",
    "falling ill": "infected", "falls ill": "infected", "taken ill": "infected",
    "with symptoms": "infected", "struck down": "infected",
    "without a home": "displaced", "without homes": "displaced", "without shelter": "displaced",
    "lost their homes": "displaced", "lost their home": "displaced",
    "left their homes": "displaced", "fled their homes": "displaced",
    "lost their sight": "blinded", "lost his sight": "blinded", "lost her sight": "blinded",
    "lost their eyesight": "blinded", "gone blind": "blinded", "went blind": "blinded",
    # who was there: "212 people had been on the night shift", "nearly 250 people had been on
    # site"
    # a blackout's customers: "412,000 customers without power", "in the dark", "lost power"
    "without power": "without power", "without electricity": "without power",
    "in the dark": "without power", "lost power": "without power",
    "cut power to": "without power", "cut off": "without power",
    "on site": "present", "on shift": "present", "on the night shift": "present",
    "on the day shift": "present", "on the shift": "present",
    "lose their homes": "displaced", "losing their homes": "displaced",
}.items():
    _first, *_rest = _phrase.split()
    PHRASE_EVENTS.setdefault(_first, []).append((tuple(_rest), _canon))

#: verbs that bring a running count to a new level: "bringing the total to 2,106"
BRINGING = frozenset({"bringing", "taking", "raising", "pushing", "putting", "lifting"})

#: counted nouns that report the same kind of thing -> one class name
COUNTED_CLASSES: dict[str, str] = {}
for _canon, _words in {
    "people": "people person persons civilian civilians other others resident residents "
    "individual individuals villager villagers inhabitant inhabitants victim victims "
    "casualty casualties citizens citizen crowd crowds protesters demonstrators marchers",
    "children": "child children kid kids minor minors pupil pupils youngster youngsters "
    "schoolchildren",
    "soldiers": "soldier soldiers troop troops serviceman servicemen servicemembers",
    "airstrikes": "airstrike airstrikes air-strike air-strikes",
    "damage": "damage damages loss losses",
    # "1.3 million head of livestock", "1.3 million animals lost", "livestock lost"
    "livestock": "livestock animal animals head",
    "unemployment": "unemployment jobless joblessness",
    "strike": "strike strikes walkout walkouts stoppage stoppages",
}.items():
    for _w in _words.split():
        COUNTED_CLASSES[_w] = _canon

#: nouns that name a rate by themselves: "inflation held at 6.7%"
RATE_NOUNS = frozenset({"inflation", "unemployment", "turnout", "growth", "deficit", "interest",
                        "rate", "rates", "approval", "literacy", "poverty", "vaccination",
                        "occupancy", "containment", "mortality", "fertility", "participation",
                        "employment", "gdp", "output", "yield", "margin", "majority"})

#: a rise in prices is inflation: "consumer prices rose 8.7%" (the class of the change)
PRICE_RISES = frozenset({"price rose", "price rise", "price rises", "price increased",
                         "price climbed", "price jumped"})
#: names of the headline inflation rate (percent counted classes): "the annual rate", "CPI"
INFLATION_NAMES = frozenset({"annual rate", "cpi", "inflation rate", "annual inflation",
                             "headline inflation", "consumer price index",
                             "annual inflation rate", "headline rate"})

#: verbs that say how a level moved or held, not what happened: "inflation held at 6.7%"
LEVEL_VERBS = frozenset({
    "held", "hold", "holds", "remained", "remains", "eased", "eases", "fell", "falls", "rose",
    "rises", "stuck", "stayed", "stays", "dropped", "drops", "climbed", "climbs", "slowed",
    "slows", "accelerated", "jumped", "jumps", "surged", "edged", "ticked", "slipped", "slips",
    "sank", "increased", "decreased", "declined", "grew", "stood", "stands", "stand", "reached",
    "hit", "hits"})

#: words that end the counted noun phrase after a number
PHRASE_STOP = frozenset("""
a an the and or but nor of in on at to from by for with without into onto over under after
before during since until till as than that which who whom whose where when while if because
so such was were is are be been being has have had do does did will would shall should can
could may might must not no yet also still just only even this these those it its their
there here his her he she they them we us our you your i me my said says say told tells
according including include includes among amid against between about around per via
despite across through throughout toward towards near within upon out up down off
lives live remain remains remained continue continues come comes go goes need needs want
wants seem
seems get gets stand stands make makes take takes give gives become becomes receive receives
some many most each both several few fought took made went came saw gave found left kept held
brought began ran fell rose stood told got became lost sent spent met paid put set hit struck
flew fled grew knew led read sat won wore wrote ate drank shut sold thought bought caught
taught burnt burned flee die remain return wait protest march rally gather attend lose lack
face demand join leave sank sunk broke began spread swept tore burst last next cast
now already reportedly initially originally officially altogether along alongside beside behind
earlier later afterwards meanwhile instead rather
beyond below above early late overnight yesterday today tonight tomorrow
""".split())

#: verbs that update a figure: "the toll rose to 12"
UPDATE_VERBS = frozenset({
    "rose", "rises", "rise", "risen", "rising", "climbed", "climbs", "climb", "climbing",
    "increased", "increases", "increase", "reached", "reaches", "reach", "jumped", "jumps",
    "stands", "stood", "stand", "hit", "hits", "passed", "passes", "surpassed", "topped",
    "tops", "exceeded", "exceeds", "now", "grew", "grows", "soared", "stands", "was", "is",
    "at", "put", "puts", "revised", "raised", "lowered", "cut",
})
#: verbs of a change, by its direction: "employment rose by 38,000", "shares fell 8 percent"
CHANGE_UP = frozenset({"rose", "rises", "rise", "risen", "increased", "increases", "grew",
                       "grows", "grow", "climbed", "climbs", "jumped", "gained", "soared",
                       "surged", "expanded", "up"})
CHANGE_DOWN = frozenset({"fell", "falls", "fall", "fallen", "dropped", "drops", "drop",
                         "declined", "declines", "decline", "decreased", "decreases", "shrank",
                         "shrunk", "contracted", "slipped", "slumped", "plunged", "tumbled",
                         "lost", "down"})
#: the verbs among them (before a percentage: "shares fell 8 percent")
CHANGE_VERBS = (CHANGE_UP | CHANGE_DOWN) - {"up", "down"}
#: words after a number that make it an increment or a part, not a total
PART_AFTER = frozenset({"more", "additional", "further", "extra", "another"})

#: words that may start a counted phrase though they look like stop words ("18 others")
PHRASE_OK_FIRST = frozenset({"other", "others", "more", "new", "further", "additional"})

#: reporting verbs that introduce a source
SAID_VERBS = frozenset({
    "said", "says", "say", "told", "tells", "reported", "reports", "report", "claimed",
    "claims", "claim", "stated", "states", "added", "adds", "noted", "notes", "confirmed",
    "confirms", "verified", "verifies", "estimated", "estimates", "announced", "announces",
    "wrote", "writes",
    "tweeted", "insisted", "insists", "cited", "counted", "recorded", "documented", "put",
    "acknowledged", "acknowledges", "admitted", "admits", "lists", "listed", "given",
})
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "officials", "authorities"})

#: qualifiers that mark a figure as earlier than, or replaced by, another
SUPERSEDED = frozenset({
    "initially", "initial", "earlier", "previous", "previously", "preliminary", "first",
    "original", "originally", "old", "former", "formerly", "had",
})
QUALIFIER_WORDS = frozenset({
    "initially", "initial", "earlier", "previous", "previously", "preliminary", "originally",
    "later", "latest", "updated", "revised", "new", "final", "officially", "unofficially",
    "so", "far", "overnight", "today", "yesterday", "cumulative", "total", "overall",
})

#: units of measure -> (dimension, factor to the dimension's base unit)
UNITS: dict[str, tuple[str, float]] = {
    "km": ("km", 1.0), "kms": ("km", 1.0), "kilometre": ("km", 1.0), "kilometres": ("km", 1.0),
    "kilometer": ("km", 1.0), "kilometers": ("km", 1.0), "mile": ("km", 1.609344),
    "miles": ("km", 1.609344), "m": ("km", 0.001), "metre": ("km", 0.001),
    "metres": ("km", 0.001), "meter": ("km", 0.001), "meters": ("km", 0.001),
    "ft": ("km", 0.0003048), "foot": ("km", 0.0003048), "feet": ("km", 0.0003048),
    "yards": ("km", 0.0009144), "cm": ("km", 0.00001), "centimetres": ("km", 0.00001),
    "centimeters": ("km", 0.00001), "millimetres": ("km", 1e-6), "mm": ("km", 1e-6),
    "inches": ("km", 0.0000254),
    "kg": ("kg", 1.0), "kilos": ("kg", 1.0), "kilograms": ("kg", 1.0), "kilogram": ("kg", 1.0),
    "tonnes": ("kg", 1000.0), "tonne": ("kg", 1000.0), "tons": ("kg", 1000.0),
    "ton": ("kg", 1000.0), "pounds": ("kg", 0.45359237), "lbs": ("kg", 0.45359237),
    "hectares": ("km2", 0.01), "hectare": ("km2", 0.01), "acres": ("km2", 0.00404686),
    "acre": ("km2", 0.00404686), "km2": ("km2", 1.0), "km²": ("km2", 1.0),
    "sqkm": ("km2", 1.0),
    "litres": ("l", 1.0), "liters": ("l", 1.0), "gallons": ("l", 3.78541),
    "barrels": ("l", 158.987),
    "mph": ("km/h", 1.609344), "km/h": ("km/h", 1.0), "kph": ("km/h", 1.0),
    "knots": ("km/h", 1.852), "knot": ("km/h", 1.852),
    "degrees": ("deg", 1.0), "magnitude": ("magnitude", 1.0),
    "mw": ("MW", 1.0), "megawatts": ("MW", 1.0), "gw": ("MW", 1000.0), "gigawatts": ("MW", 1000.0),
    "kw": ("MW", 0.001), "kilowatts": ("MW", 0.001),
    "ppm": ("ppm", 1.0), "ppb": ("ppm", 0.001),
}
#: "square kilometres" style two-word units
UNITS2: dict[tuple[str, str], tuple[str, float]] = {
    ("metric", "tons"): ("kg", 1000.0), ("metric", "tonnes"): ("kg", 1000.0),
    ("metric", "ton"): ("kg", 1000.0),
    ("square", "kilometres"): ("km2", 1.0), ("square", "kilometers"): ("km2", 1.0),
    ("square", "km"): ("km2", 1.0), ("square", "miles"): ("km2", 2.58999),
    ("square", "metres"): ("km2", 1e-6), ("square", "meters"): ("km2", 1e-6),
    ("cubic", "metres"): ("m3", 1.0), ("cubic", "meters"): ("m3", 1.0),
    ("nautical", "miles"): ("km", 1.852), ("nautical", "mile"): ("km", 1.852),
    ("sq", "km"): ("km2", 1.0), ("sq", "miles"): ("km2", 2.58999), ("sq", "mi"): ("km2", 2.58999),
    ("sq", "m"): ("km2", 1e-6),
}
DURATIONS: dict[str, float] = {
    "second": 1 / 3600, "seconds": 1 / 3600, "minute": 1 / 60, "minutes": 1 / 60,
    "hour": 1.0, "hours": 1.0, "hrs": 1.0, "day": 24.0, "days": 24.0, "week": 168.0,
    "weeks": 168.0, "month": 730.0, "months": 730.0, "year": 8760.0, "years": 8760.0,
    "decade": 87600.0, "decades": 87600.0,
}
CURRENCY_SYMBOLS = {"$": "USD", "us$": "USD", "€": "EUR", "£": "GBP", "¥": "CNY", "₹": "INR",
                    "rs": "INR", "rs.": "INR",
                    "₽": "RUB", "₺": "TRY", "a$": "AUD", "c$": "CAD"}
CURRENCY_WORDS = {
    "dollars": "USD", "dollar": "USD", "usd": "USD", "euros": "EUR", "euro": "EUR",
    "eur": "EUR", "cad": "CAD", "aud": "AUD", "pounds sterling": "GBP", "gbp": "GBP",
    "sterling": "GBP", "yuan": "CNY",
    "renminbi": "CNY", "cny": "CNY", "rmb": "CNY", "yen": "JPY", "jpy": "JPY", "rupees": "INR",
    "inr": "INR", "roubles": "RUB", "rubles": "RUB", "rub": "RUB", "lira": "TRY",
    "francs": "CHF", "chf": "CHF", "pesos": "MXN", "shekels": "ILS", "naira": "NGN",
    "shillings": "KES", "korun": "CZK", "koruna": "CZK", "crowns": "CZK", "kronor": "SEK",
    "krona": "SEK", "kroner": "NOK", "krone": "DKK", "rand": "ZAR", "dirhams": "AED",
    "riyals": "SAR", "ringgit": "MYR", "baht": "THB", "rupiah": "IDR",
    "zlotys": "PLN", "zloty": "PLN", "forints": "HUF", "lei": "RON", "hryvnias": "UAH",
    "dinars": "DZD",
}
#: ISO codes among the currency words, lower case: "EUR 3 million", "GBP1.1m"
CURRENCY_CODES = frozenset(w for w, code in CURRENCY_WORDS.items() if w == code.lower())
PERCENT_WORDS = frozenset({"percent", "per cent", "pct", "%", "percentage"})

#: nouns of a change, and its direction ("" when the noun does not say)
CHANGE_NOUNS = {"gain": "up", "gains": "up", "increase": "up", "rise": "up", "growth": "up",
                "change": "", "fall": "down", "drop": "down", "decline": "down",
                "loss": "down", "losses": "down"}
#: what a change reaches, when it is a level of something else: "employment rose by 38,000
#: to 2,874,000" is the number of people in work (a table's "Employed" row)
LEVEL_REACHED = {"employment": "employed people"}
#: words for the number of jobs in an economy: a change in any of them is jobs added or lost
JOB_WORDS = frozenset({"jobs", "job", "employment", "payrolls", "payroll", "hiring"})

#: compass points: "20 km south-east of Corvo" (a compass word before "of" makes it a place's)
COMPASS = frozenset({"north", "south", "east", "west", "north-east", "north-west", "south-east",
                     "south-west", "northeast", "northwest", "southeast", "southwest"})

#: events that happen to people: a count with one of them and no noun counts people
PEOPLE_EVENTS = frozenset({"killed", "wounded", "hospitalised", "missing", "displaced",
                           "arrested", "rescued", "attended", "sheltered", "trapped", "present",
                           "aboard", "infected", "released"})

#: what happens to people in a disaster, whoever they were: "12 miners killed" and "12 people
#: dead" report one toll
VICTIM_EVENTS = frozenset({"killed", "wounded", "hospitalised", "missing", "displaced",
                           "rescued", "sheltered", "trapped"})
#: nouns after a counted phrase that name its event: "17 civilian deaths", "40 child cases"
EVENT_NOUNS = frozenset({"deaths", "death", "fatalities", "casualties", "injuries", "cases",
                         "arrests", "evacuations", "infections"})
#: what an armed force does, as against what befalls people
ACTIONS = frozenset({"conducted", "fired", "intercepted", "struck", "flown", "deployed"})
#: people named by what they were doing when it happened (singular, as ``singular`` gives
#: them); children, women, soldiers, police, passengers and crew are not here: they are a
#: part of a toll, or another group beside it; nor is "man" ("One man has died" is a person)
VICTIM_NOUNS = frozenset({"miner", "worker", "men", "colleague", "labourer", "laborer",
                          "employee", "fishermen", "fisherman", "pilgrim", "worshipper", "student",
                          "tourist", "migrant", "climber", "hiker", "shopper", "commuter",
                          "guest", "spectator", "visitor", "occupant", "tenant"})

#: words that name a news outlet, and words that name a reporter's beat instead
MEDIA_WORDS = frozenset({
    "courier", "herald", "post", "times", "news", "press", "agency", "daily", "tribune",
    "journal", "gazette", "observer", "radio", "tv", "television", "wire", "review", "ledger",
    "chronicle", "standard", "telegraph", "guardian", "mail", "star", "express", "independent",
    "reuters", "bloomberg", "media", "network", "channel", "broadcasting", "bulletin",
    "weekly", "monitor", "record", "sentinel", "examiner", "dispatch", "recorder", "today",
    "online", "digital", "magazine", "live", "leader", "register", "globe", "messenger",
})
BEAT_WORDS = frozenset({"correspondent", "editor", "writer", "reporter", "staff", "contributor",
                        "columnist", "analyst", "producer", "desk", "team", "agencies"})
