"""Who does what in a Danish goal sentence: a shallow reading of its subject and main verb (issue #20).

The goal analyser's word lists know the common phrasings; this reading covers the many others by grammar rather
than wording. A clause whose actor (the unit, "vi", "kommunen", "skolen", a plan) does something is an initiative
("Jobcentret vil opsøge de unge", "Samarbejdet skal udbygges", "Der oprettes én indgang"); a clause that wishes a
state for people, places or the organisation is an effect ("Ældre skal kunne leve et trygt liv", "Landsbyerne skal
være levende", "Sårbare familier får den rette hjælp"); what citizens themselves do is an effect, never the unit's
initiative ("Flere ældre skal bevare deres funktionsevne").

Danish word order is followed far enough for goal statements: a clause may open with an adverbial and put its
subject after the finite verb ("Frem mod 2028 skal flere borgere bruge …"); a list item may be a bare "at"-clause
("At de unge bliver afklaret …"); an aim may frame the clause ("Det er ambitionen, at …", "Vi ønsker, at …").
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from agreements.danish import word_set

_IC = re.IGNORECASE
_WORD = re.compile(r"[\wæøå]+(?:[-'’][\wæøå]+)*", _IC)

Span = tuple[int, int]


def _forms(infinitives: str, irregular: dict[str, tuple[str, ...]] | None = None) -> dict[str, str]:
    """Each form of the verbs (infinitive, present, passive) mapped to its infinitive."""
    forms: dict[str, str] = {}
    for verb in infinitives.split():
        present = verb[:-1] if verb.endswith("gøre") else verb + "r"  # "synliggøre" → "synliggør"
        for form in (verb, present, verb + "s", verb[:-1] + "es" if verb.endswith("e") else verb + "es"):
            forms.setdefault(form, verb)
    for verb, extra in (irregular or {}).items():
        for form in extra:
            forms[form] = verb
    return forms


# What a unit does: a verb whose subject is the unit, or whose passive names what the unit does.
_ACTION = _forms(
    """inddrage involvere invitere opsøge indkalde udbygge udvide videreføre fortsætte forankre koordinere samarbejde
    samle organisere tilrettelægge planlægge prioritere opprioritere investere afsætte bevilge anvende tilbyde yde
    hjælpe støtte understøtte vejlede rådgive uddanne opkvalificere kompetenceudvikle ansætte rekruttere indføre
    implementere etablere oprette udarbejde udvikle videreudvikle kortlægge analysere undersøge afdække
    afprøve teste screene visitere revidere opdatere tilpasse justere omlægge omstille digitalisere automatisere
    effektivisere optimere modernisere renovere bygge opføre anlægge plante opsætte installere indkøbe nedlægge
    sammenlægge informere kommunikere formidle markedsføre synliggøre tydeliggøre afholde arrangere iværksætte
    igangsætte lancere søsætte udbrede dele udpege nedsætte uddele fordele tildele udsende overvåge indsamle
    opbygge omorganisere nytænke gentænke kvalificere styrke intensivere systematisere målrette tænke sætte lave
    give skabe sikre sørge arbejde fokusere indgå tage bruge gennemføre deltage udvikle efterisolere isolere
    udskifte skifte beslutte vedtage indlede starte gøre forenkle afskaffe harmonisere ensrette centralisere
    decentralisere udlicitere hjemtage""",
    {"give": ("giver", "gives"), "tage": ("tager", "tages"), "lave": ("laver", "laves"), "gøre": ("gør", "gøres")},
)
# Verbs that only say the unit acts when their object is not a change or a state ("styrke samarbejdet" against
# "styrke trivslen"): the analyser's own patterns read those; here they count only in the passive or with a plan.
_WEAK_ACTION = word_set(
    "styrke skabe sikre sørge give tage bruge arbejde sætte lave tænke fokusere dele fortsætte gøre"
)
# Their passive names what the unit does whatever the subject ("Det skal sikres, at …", "tænkes ind i …").
_PASSIVE_ACTION = word_set("sikre tænke sætte lave dele fortsætte fokusere")
# Taking part in a course is what staff or citizens do, not what the unit carries out.
_TAKING_PART = word_set("gennemføre deltage")
# A state wished for: the verb of an effect whatever its subject.
_STATE = _forms(
    """være blive forblive fremstå have få opleve føle kende leve bo bevare mestre klare deltage vælge komme lære
    trives færdes gå cykle benytte finde møde bevæge rumme søge afslutte forlade nå opnå mærke tilegne
    fastholde stå modtage""",
    {
        "være": ("er", "var"), "have": ("har", "havde"), "få": ("får", "fik"), "gå": ("går",), "bo": ("bor",),
        "blive": ("bliver", "blev"), "komme": ("kommer", "kom"), "nå": ("når",), "opnå": ("opnår",),
    },
)
# A change wished for, whoever brings it about: "Vi øger den biologiske mangfoldighed", "Trivslen styrkes".
_CHANGE = _forms(
    """øge forøge reducere nedbringe mindske sænke hæve højne løfte forbedre styrke fremme begrænse forebygge
    minimere halvere fordoble forlænge forkorte nedsætte stige falde vokse""",
    {"stige": ("stiger",), "falde": ("falder",), "vokse": ("vokser",)},
)
# What is strengthened or improved as the unit's way of working is an initiative: "styrke samarbejdet".
_WORKING_OBJECT = re.compile(
    r"^(?:(?:det|den|de|vores|sit|sin|sine|et|en)\s+)?(?:[\wæøå]+e\s+)?(?:samarbejd|indsats|koordin|dialog|fokus"
    r"|kompetence|ledelse|tværfaglig|sammenhæng(?!ende)|arbejde\b|arbejdet)",
    _IC,
)
_BODY = re.compile(
    r"(?:et|en|nyt|ny)\s+(?:[\wæøå]+\s+)?[\wæøå-]*(?:råd|udvalg|gruppe|komité|panel|forum|team)\b", re.IGNORECASE
)
# What "skabe", "sikre" and "give" lead to when it is no wished-for state: a clause, frames, an overview, a chance
_NOT_AN_AIMED_STATE = re.compile(r"(?:,|at\b|rammer|overblik|mulighed\w*\s+for\s+at)", re.IGNORECASE)
# What "gøre" makes something into: "gøre det hurtigere at få svar", "gøre byen grønnere"
_MADE_INTO = re.compile(
    r"(?:det\s+|[\wæøå-]+\s+)?(?:mere\s+)?(?:bedre|[a-zæøå]{3,}ere|[a-zæøå]+(?:ig|igt|lig|ligt|sk))\b", re.IGNORECASE
)
_MODALS = word_set("skal vil kan må bør agter")
_MODAL_CHAIN = word_set("kunne skulle ville være blive fortsat fortsætte")
_ADVERBS = word_set(
    """fortsat også derfor altid gerne hurtigt fremover fremadrettet stadig stadigvæk fortsættelsesvis selv
    allerede ikke mere mindre endnu yderligere aktivt systematisk løbende i højere grad særligt især både"""
)
# Who acts for the unit: the council, the administration, an institution or its staff, a plan or a policy.
_ACTOR = re.compile(
    r"^(?:vi|man|der|kommune[n]?|[\wæøå-]*kommune[n]?|byråde[t]?|kommunalbestyrelse[n]?|borgerrepræsentatione[n]?"
    r"|[\wæøå-]*udvalge[t]?|forvaltninge[n]?|administratione[n]?|direktione[n]?|[\wæøå-]*cent(?:ret|eret|re|er)"
    r"|afdeling(?:en|erne)?|enhede[n]?|[\wæøå-]*skole[n]?|skolerne|[\wæøå-]*dagtilbud(?:det|dene)?|institution(?:en|erne)"
    r"|[\wæøå-]*pleje[n]?|ppr|[\wæøå-]*bibliotek(?:et|erne)?|klubbe[n]?|ledelse[n]?|leder(?:gruppen|ne|en)"
    r"|medarbejder(?:ne)?|personale[t]?|pædagog(?:erne)?|lærer(?:ne)?|sagsbehandler(?:ne)?|[\wæøå-]*team(?:et)?"
    r"|[\wæøå-]*(?:plan|strategi|politik|indsats|projekt|program)(?:en|et|ken)?|[\wæøå-]*(?:rådgivning|tjeneste)n?)$"
)
# Those a goal is for: citizens and users (staff acting for the unit are actors, not beneficiaries).
_PEOPLE = re.compile(
    r"^[\wæøå.-]*?(?:borger|elev|bruger|børn|barn|unge|ung$|ledige|beboer|patient|ældre|familie|forældre|kunde|deltager"
    r"|virksomhed|pårørende|klient|lærling|kursist|kvinde|mænd|mand|pige|drenge|dreng|indbygger|menneske|person"
    r"|trafikant|cyklist|fodgænger|flygtning|indvandrer|senior|pensionist|studerende|lejer|gæst|turist|enkelte"
    r"|nyankomne|syge|handicappede|udsatte|sårbare|tosprogede|anbragte|sygemeldte|[\wæøå]+søgende|ryger|rygere|[\d\wæøå-]*årige)(?:e|er|ere|erne|en|ene|n|ne|r|rne|s)?$",
    _IC,
)
_STAFF = re.compile(
    r"^[\wæøå-]*?(?:medarbejder|ansatte|leder|pædagog|lærer|sygeplejersk|personale|kolleg)(?:e|er|ere|erne|en|ene|n|ne"
    r"|r|t|rne)?$",
    _IC,
)
_DETERMINERS = word_set(
    "de den det en et alle samtlige ingen flere færre mange hver enhver vores deres kommunens mindst højst over under "
    "ud af procent pct de nye nye især særligt"
)
# Delivered things: a unit that has them has an output, not an effect ("Alle skoler skal have en handleplan").
_DELIVERED = re.compile(
    r"^(?:(?:en|et|den|det|de|egen|eget|egne|sin|sit|sine|ny|nyt|nye|fast|faste|første)\s+)*(?:[\wæøå-]+\s+)?"
    r"(?:[\wæøå-]*(?:plan|forløb"
    r"|tilbud|kontaktperson|ansvarlig|medarbejder|plads|pladser|ladestander\w*|strategi|politik|procedure|vejleder"
    r"|mentor|samtale|kursus|uddannelse\b|besøg|screening|afgørelse|svar|vaccination|introduktion\w*|sagsbehandler"
    r"|tovholder))\b",
    _IC,
)
# The complement of "være/blive" that states a wished-for quality: an adjective, a comparison, or a kind of place
# ("et sted, hvor …", "en kommune, der …"); "i gang med", "nødt til" and a noun such as "grundlaget" do not.
_QUALITY_COMPLEMENT = re.compile(
    r"^(?:(?:fortsat|endnu|mere|mest|meget|så|helt|også|altid|stadig|langt|ikke|som)\s+)*(?:"
    r"[\wæøå-]+(?:ig|igt|ige|lig|ligt|lige|isk|iske|som|somt|somme|bar|bart|bare|ende|ere|est|este|fri|frie|neutral"
    r"|neutrale)\b"
    r"|(?:god|godt|gode|tryg|trygt|trygge|sund|sundt|sunde|grøn|grønt|grønne|stærk|stærkt|stærke|høj|højt|høje|lav"
    r"|lavt|lave|kort|kortere|let|nem|nemt|attraktiv|attraktivt|attraktive|aktiv|aktivt|aktive|robust|robuste|klar"
    r"|parat|parate|tilfreds|tilfredse|selvhjulpen|selvhjulpne|levende|kendt\s+(?:for|som)|fri|frit|åben|åbent|åbne"
    r"|tæt|tætte|bedst|bedste|blandt\s+de\s+bedste|først|førende|i\s+top|til\s+stede)\b"
    r"|i\s+(?:job|arbejde|uddannelse|beskæftigelse)|på\s+niveau|(?:en|et|den|det)\s+"
    r"(?:[\wæøå-]+\s+){0,3}?(?:sted|kommune|by|arbejdsplads|samfund|område|destination|fællesskab|mødested|del"
    r"|foregangskommune|kommunen|valg|ramme)\w*\b|blandt\s+de\s+(?:[\wæøå]+\s+)?(?:bedste|mest|førende))",
    _IC,
)
_QUALITY_SERVICE = re.compile(
    r"^(?:(?:en|et|den|det|de|alle|borgerne|borgeren)\s+)?(?:[\wæøå-]+(?:ig|igt|ige|lig|ligt|lige|isk|iske|ende|el|elt|elle"
    r"|t)\s*(?:,|og)?\s+)+(?:[\wæøå-]*(?:pleje|service|betjening|behandling|omsorg|hjælp|støtte|kvalitet|sagsbehandling"
    r"|undervisning|vejledning|rådgivning))",
    _IC,
)
# Reports and figures updated or carried out are follow-up or measuring, not the unit's initiative.
_REPORT_SUBJECT = re.compile(
    r"^(?:[\wæøå-]*(?:rapport|undersøgelse|måling|opgørelse|status|tal|data|resultat|nøgletal|statistik)\w*|lis)$",
    _IC,
)
_KNOWLEDGE_SUBJECT = re.compile(r"^(?:kendskab|viden|forståelse|bevidsthed|opmærksomhed)\w*$", _IC)
_PREPOSITIONS = word_set(
    "i inden frem gennem ved med senest efter for på over under fra til hen når om mod allerede fremover derfor "
    "samtidig desuden endvidere herudover derudover yderligere også"
)
# An aim that frames the clause: "Det er ambitionen, at …", "Målet for X er, at …", "Vi ønsker, at …"
_AIM_FRAME = re.compile(
    r"^\s*(?:(?:det\s+er\s+(?:[\wæøå]+s?\s+|vores\s+|kommunens\s+)?(?:(?:overordnede|politiske)\s+)?"
    r"(?:mål(?:et)?|ambition(?:en)?|målsætning(?:en)?|vision(?:en)?|hensigt(?:en)?|ønske[t]?))"
    r"|(?:(?:vores|[\wæøå]+s|kommunens)\s+)?(?:mål(?:et)?|ambition(?:en)?|målsætning(?:en)?|vision(?:en)?"
    r"|hensigt(?:en)?)(?:\s+(?:for|med)\s+[^,]{1,60}?)?\s+er"
    r"|det\s+er\s+(?:et|vores)\s+(?:vigtigt\s+|overordnet\s+)?(?:mål|ønske)"
    r"|vi\s+(?:ønsker|vil\s+have|forventer|håber)|målet\s+er)\s*,?\s*(?=at\b)",
    _IC,
)
_HEADING = re.compile(
    r"^\s*(?:(?:[\wæøå-]+\s+)?\d+(?:\.\d+)*[a-z]?\s*[:.)–-]|(?-i:[A-ZÆØÅ]{3,}[\wÆØÅ&-]*)\s*:|stk\.\s*\d+\s*:)\s*", _IC
)
# What a unit sets on the agenda or keeps in focus: the object of "have/få/sætte" that makes it an initiative.
_ACTIVITY_OBJECT = re.compile(
    r"^(?:(?:en|et|et\s+øget|øget|større|særligt|skærpet|mere|stort|fortsat)\s+)?(?:fokus|opmærksomhed|samarbejde"
    r"|dialog|[\wæøå-]*(?:plan|strategi|politik|procedure|retningslinje|indsats|projekt|program|model|koncept)\w*)\b",
    _IC,
)
_THERE_IS = re.compile(
    r"^\s*der\s+(?:skal|må|bør|vil|kan)\s+(?:fortsat\s+|også\s+|altid\s+)?(?:være|findes|gives)\s+", _IC
)
_IT_IS = re.compile(
    r"^\s*det\s+(?:skal|må|bør|vil)\s+(?:fortsat\s+|også\s+)?være\s+(?:[\wæøå]+\s+)?(?:let|lettere|nemt|nemmere|enkelt"
    r"|enklere|attraktivt|trygt|sikkert|sjovt|muligt|naturligt|godt|meningsfuldt|overskueligt)\s+at\b",
    _IC,
)
_WISHED_STATE = re.compile(
    r"^\s*(?:vi\s+ønsker|vi\s+vil\s+have|målet\s+er|visionen\s+er|ambitionen\s+er)\s+(?:os\s+)?(?:en|et)\s+"
    r"(?:[\wæøå-]+\s+){0,4}?[\wæøå-]+",
    _IC,
)


@dataclass(frozen=True, slots=True)
class Reading:
    kind: str  # "initiative", "effect" or "output"
    span: Span
    verb: Span = (0, 0)  # the main verb
    people: bool = False  # the subject is those the goal is for: their own doing is no initiative of the unit


def _clauses(text: str) -> list[Span]:
    """The sentences: each is read from its start, where goal statements put the clause that matters."""
    spans: list[Span] = []
    start = 0
    for match in re.finditer(r"[.!?;:](?=\s+[A-ZÆØÅ«\"']|\s*$)|\n+", text):
        spans.append((start, match.start()))
        start = match.end()
    spans.append((start, len(text)))
    return [s for s in spans if text[s[0] : s[1]].strip()]


_EMBEDDED = re.compile(r",\s+(?:der|som|hvor)\b[^,.;]*,", _IC)  # "Boligsøgende, der ikke opfylder …, skal …"
_PURPOSE = re.compile(
    r"(?:,\s*)?\b(?P<inf>for\s+at|med\s+henblik\s+på\s+at)\s+|,\s+(?:så|således|sådan)\s+(?:at\s+)?(?=\w)"
    r"|,\s+(?=(?:der|som)\s+(?:skal|vil)\s)",
    _IC,
)
_MEANS = re.compile(r"\b(?:ved|gennem)\s+at\s+(?P<verb>[\wæøå]+)", _IC)


def _clause_end(text: str, start: int, end: int) -> int:
    """Where the clause that starts at `start` ends: the next comma before a new clause, or the sentence's end; a
    relative clause closed by a comma inside the subject does not end it."""
    zone = text[start:end]
    for embedded in _EMBEDDED.finditer(zone):
        zone = zone[: embedded.start()] + " " * (embedded.end() - embedded.start()) + zone[embedded.end() :]
    match = re.search(r",\s+(?:så|og\s+(?:at|så)|fordi|idet|mens|hvor|der|som|når|da|hvis)\b|\s+(?:for\s+at|så\s+at)\b",
                      zone, _IC)
    return start + match.start() if match else end


def _purpose(text: str, start: int, end: int) -> Reading | None:
    """"…, for at mindske biltrafikken", "…, så færre lejere bliver sat ud": the change the work is for."""
    for match in _PURPOSE.finditer(text, start, end):
        if match.start() == start:
            continue
        if match["inf"]:
            verb = _WORD.match(text, match.end())
            verb_class = _verb_class(verb.group()) if verb else None
            if verb_class and verb_class[0] == "change":
                return Reading("effect", (match.end(), _clause_end(text, match.end(), end)))
            continue
        if re.match(r"\d", text[match.end() :]):
            continue  # "…, så 200 borgere bruger skærmbesøg": a counted reach, read as output by the analyser
        reading = _read_clause(text, match.end(), _clause_end(text, match.end(), end))
        if reading is not None and reading.kind == "effect":
            return reading
    return None


def _verb_class(word: str, following: str = "") -> tuple[str, str] | None:
    """("action"|"passive"|"state", infinitive) for a verb form; "udvikle sig" is a state, "udvikle" an action."""
    lower = word.lower()
    if lower in _CHANGE:
        verb = _CHANGE[lower]
        passive = lower.endswith("s") and lower not in (verb, verb + "r") and verb not in ("stige", "falde", "vokse")
        return ("change-passive" if passive else "change"), verb
    if lower in _ACTION and lower not in _STATE:
        verb = _ACTION[lower]
        if verb == "udvikle" and following.lower() == "sig":
            return "state", verb
        passive = lower.endswith("s") and not verb.endswith("s") and lower != verb + "r" and lower != verb
        return ("passive" if passive else "action"), verb
    if lower in _STATE:
        return "state", _STATE[lower]
    return None


# Participles that report something delivered (not a decision, money set aside or a membership).
_DELIVERED_PARTICIPLE = re.compile(
    r"^(?:udarbejdet|etableret|oprettet|implementeret|indført|gennemført|afholdt|taget|bygget|opført|renoveret"
    r"|certificeret|installeret|opsat|tilbudt|leveret|løst|behandlet|lappet|færdiggjort|udrullet|digitaliseret"
    r"|uddannet|screenet|udskiftet|plantet|anlagt|udsendt|uddelt|besøgt|visiteret|afsluttet)$",
    re.IGNORECASE,
)
_IRREGULAR_PARTICIPLES = word_set("taget gjort sat lagt givet afsat opsat nedsat fastsat iværksat igangsat tilbudt")


def verb_kind(word: str) -> str | None:
    """"change", "action", "state" … for a verb form the reading knows; None for anything else."""
    found = _verb_class(word)
    return found[0] if found else None


def _participle_of_action(word: str) -> bool:
    """"udarbejdet", "gennemført", "afsat", "taget" (i brug): a perfect form that reports something done."""
    lower = word.lower()
    if lower in _IRREGULAR_PARTICIPLES:
        return True
    if lower.endswith("et") and (lower[:-2] + "e" in _ACTION or lower[:-2] in _ACTION):
        return True
    return lower.endswith("t") and lower[:-1] + "e" in _ACTION


def _head(subject: list[str]) -> str:
    """The subject's first content word: "Mindst 8 ud af 10 elever i 8. klasse" → "elever", "Byens parker" →
    "parker"."""
    content = [w for w in subject if w.lower() not in _DETERMINERS and not re.fullmatch(r"[\d.,%]+", w)]
    for index, word in enumerate(content):
        genitive = word.lower().endswith("s") and index + 1 < len(content) and content[index + 1][:1].islower()
        if not genitive:
            return word
    return content[0] if content else ""


def _read_clause(text: str, start: int, end: int) -> Reading | None:
    clause = text[start:end]
    heading = _HEADING.match(clause)
    if heading:
        start += heading.end()
    clause = text[start:end]
    start += len(clause) - len(clause.lstrip())
    clause = text[start:end]
    conjunction = re.match(
        r"(?:men|og|samt|så|derfor|samtidig|desuden)\s+(?=(?:i|på|med|for|ved|gennem|efter)\s)", clause, _IC
    )
    if conjunction:
        start += conjunction.end()
        clause = text[start:end]
    framed = _AIM_FRAME.match(clause)
    if framed or re.match(r"at\s", clause, _IC):
        start += (framed.end() if framed else 0) + 2  # past "at"
        clause = text[start:end]
        start += len(clause) - len(clause.lstrip())
        clause = text[start:end]
    if _IT_IS.match(clause) or _WISHED_STATE.match(clause):
        return Reading("effect", (start, end))
    there = _THERE_IS.match(clause)
    if there:
        rest = clause[there.end() :]
        if _ACTIVITY_OBJECT.match(rest):
            return Reading("initiative", (start, end))
        return Reading("output", (start, end)) if _DELIVERED.match(rest) else Reading("effect", (start, end))
    words = [(m.group(), start + m.start(), start + m.end()) for m in _WORD.finditer(clause)]
    if not words:
        return None
    if framed and _verb_class(words[0][0]) is not None:  # "Det er målet at udvikle …": an infinitive aim
        kind, verb = _verb_class(words[0][0]) or ("", "")
        if kind == "action" and verb not in _WEAK_ACTION and verb not in _TAKING_PART:
            return Reading("initiative", (start, end))
        return None
    embedded = [(start + m.start(), start + m.end()) for m in _EMBEDDED.finditer(clause)]
    for index, (word, word_start, _) in enumerate(words):
        if any(a <= word_start < b for a, b in embedded):
            continue  # inside "…, der ikke opfylder de fleksible kriterier, …"
        if re.search(r"[”“\"«„]", text[start:word_start]):
            return None  # a title or a quotation: "Region Syddanmark ”Hvordan har du det?”"
        lower = word.lower()
        following = words[index + 1][0] if index + 1 < len(words) else ""
        if not (lower in _MODALS or (index > 0 and _verb_class(word, following) is not None)):
            continue
        if index > 0 and words[index - 1][0].lower() == "at":
            continue  # an infinitive: "til at opnå dette"
        before = [w for w, _, _ in words[:index]]
        inverted = bool(before) and before[0].lower() in _PREPOSITIONS
        if inverted and lower not in _MODALS:
            return None  # "I løbet af 2026 indføres …": read by the analyser's own patterns
        predicate = index + 1 if lower in _MODALS else index
        subject = before
        if inverted:  # "Frem mod 2028 skal flere borgere bruge …": the subject follows the modal
            subject = []
            while predicate < len(words) and words[predicate][0].lower() not in _ADVERBS and len(subject) < 8 and (
                _verb_class(words[predicate][0]) is None or words[predicate][0].lower() in _DETERMINERS
            ):
                subject.append(words[predicate][0])
                predicate += 1
        while predicate < len(words) and words[predicate][0].lower() in _ADVERBS | {"at"}:
            predicate += 1
        while predicate + 1 < len(words) and words[predicate][0].lower() in _MODAL_CHAIN and (
            _verb_class(words[predicate + 1][0]) is not None or words[predicate][0].lower() == "kunne"
        ):
            predicate += 1
        if predicate >= len(words):
            return None
        span = (words[index][1] if inverted else start, end)
        reading = _classify(text, subject, words, predicate, span)
        if reading is None:
            return None
        head = _head(subject)
        quantified = bool(subject) and subject[0].lower() in ("flere", "færre", "alle", "ingen", "mange", "hver")
        people = _PEOPLE.match(head) is not None or (quantified and (not head or head[:1].isupper()))
        return Reading(reading.kind, reading.span, (words[predicate][1], words[predicate][2]), people)
    return None


def _classify(
    text: str, subject: list[str], words: list[tuple[str, int, int]], predicate: int, span: Span
) -> Reading | None:
    head = _head(subject)
    quantified = bool(subject) and subject[0].lower() in ("flere", "færre", "alle", "ingen", "mange", "hver")
    people = _PEOPLE.match(head) is not None or (quantified and (not head or head[:1].isupper()))
    staff = _STAFF.match(head) is not None
    word = words[predicate][0]
    following = words[predicate + 1][0] if predicate + 1 < len(words) else ""
    verb_class = _verb_class(word, following)
    rest = text[words[predicate][2] : span[1]].strip()
    after_adverbs = next((w for w, _, _ in words[predicate + 1 :] if w.lower() not in _ADVERBS), "")
    if verb_class is None:
        return Reading("effect", span) if people else None  # "Ingen borgere skal stå uden …", "… skal svare, at …"
    kind, verb = verb_class
    if verb in ("have", "være", "blive", "få") and after_adverbs and _participle_of_action(after_adverbs):
        if re.match(r"(?:\w+\s+)?(?:gennemført|afsluttet)\s+(?:en\s+)?[\wæøå-]*uddannelse", rest, _IC) and people:
            return Reading("effect", span)  # citizens completing an education is a change for them
        if verb in ("have", "være") and _DELIVERED_PARTICIPLE.match(after_adverbs):
            return Reading("output", span)  # "skal have udarbejdet en handleplan", "være taget i brug": delivered
        return None  # "er afsat 2 mio. kr.", "blev besluttet": a decision, not something delivered
    if kind == "change":
        if _WORKING_OBJECT.match(rest):
            return None  # "styrke samarbejdet": the analyser's own patterns read a way of working
        if verb == "nedsætte" and _BODY.match(rest):
            return Reading("initiative", span)  # "nedsætte et ungeråd" sets up a body
        coordinated = re.match(r"og\s+([\wæøå]+)", rest, _IC)
        if coordinated and (_verb_class(coordinated.group(1)) or ("", ""))[0] == "action":
            return None  # "styrke og kvalificere brugen af data": a way of working
        return Reading("effect", span)
    if kind == "change-passive":
        if _WORKING_OBJECT.match(" ".join(subject)) or _WORKING_OBJECT.match(head):
            return Reading("initiative", span)  # "Samarbejdet med skolerne skal styrkes"
        return Reading("effect", span)  # "Infrastrukturen forbedres", "Trivslen skal styrkes"
    if kind == "passive":
        if _REPORT_SUBJECT.match(head):
            return None  # "LIS-rapporten opdateres hver måned": follow-up
        if _KNOWLEDGE_SUBJECT.match(head) or re.match(r"til\s+at\s+(?:være|blive)\b", rest, _IC):
            return Reading("effect", span)  # "Kendskabet … skal udbredes", "skal udvikles til at være …"
        if verb in _WEAK_ACTION and verb not in _PASSIVE_ACTION:
            return None
        return Reading("initiative", span)
    if kind == "state":
        wished = ("være", "blive", "forblive", "fremstå", "have", "få", "rumme", "opleve", "modtage")
        if not (people or staff) and verb not in wished:
            return None  # "Vi går fra en kontrollerende til …": only people walk, learn or take part
        if head.lower() == "der" and verb == "være":  # "Senest i 2030 skal der være …"
            if _ACTIVITY_OBJECT.match(rest):
                return Reading("initiative", span)
            return Reading("output", span) if _DELIVERED.match(rest) else Reading("effect", span)
        if verb in ("have", "få", "modtage") and _DELIVERED.match(rest):
            return Reading("output", span)  # "Alle nyansatte får et introduktionsforløb", "Alle skoler har en plan"
        if verb in ("have", "få") and (_ACTIVITY_OBJECT.match(rest) and not people):
            return Reading("initiative", span)  # "Skolen skal have fokus på …"
        if verb in ("være", "blive", "forblive", "fremstå") and not people:
            if verb == "blive" and re.match(r"(?:bredt\s+)?kendt\b(?!\s+(?:for|som))", rest, _IC):
                return None  # "handicappolitikken bliver kendt": making it known is the unit's work
            return Reading("effect", span) if _QUALITY_COMPLEMENT.match(rest) else None
        return Reading("effect", span)
    if verb == "sætte" and re.search(r"\bpå\s+(?:\w+\s+)?dagsordenen\b", rest, _IC):
        return Reading("initiative", span)  # whoever sets something on the agenda
    if people:
        return Reading("effect", span)  # what citizens themselves do is a change for them, not the unit's doing
    if verb in _TAKING_PART and staff:
        return None  # "200 medarbejdere gennemfører et kursus": an output
    if verb in ("støtte", "understøtte", "hjælpe") and re.search(r"\b(?:i|til|med)\s+at\b", rest, _IC):
        return None  # "støtter borgerne i at have et aktivt liv": the aim is theirs
    if verb in ("yde", "levere", "tilbyde", "give", "sikre") and _QUALITY_SERVICE.match(rest):
        return None  # "yde en ensartet og professionel pleje": the quality of a service is its aim
    if verb == "gøre" and following.lower() == "status":
        return None  # follow-up
    if verb == "tage" and following.lower() == "initiativ":
        return Reading("initiative", span)
    qualified = _QUALITY_COMPLEMENT.match(re.sub(r"^(?:en|et|de)\s+", "", rest)) is not None  # "et sammenhængende …"
    aimed_object = not (
        _NOT_AN_AIMED_STATE.match(rest) or _WORKING_OBJECT.match(rest) or _ACTIVITY_OBJECT.match(rest)
        or (_DELIVERED.match(rest) and not qualified)
    )
    made = _MADE_INTO.match(rest)
    if verb == "gøre" and made and following.lower() != "status":
        return Reading("effect", span)  # "gøre det hurtigere at få svar"
    if verb in ("skabe", "sikre", "give") and aimed_object:
        return Reading("effect", span)  # "skabe et arbejdsmarked med plads til alle", "sikre gode overgange"
    worked_for = re.match(r"for\s+(?:en|et|de|den|det|mere|bedre|[\wæøå]+e)\s", rest, _IC)
    if verb == "arbejde" and worked_for and not _ACTIVITY_OBJECT.match(rest[4:]):
        return Reading("effect", span)  # "Vi arbejder for et rent og sundt havmiljø"
    if verb in _WEAK_ACTION:
        return None  # "Vi vil styrke trivslen", "skabe vækst": the analyser's own patterns decide
    return Reading("initiative", span) if head else None


def read(text: str) -> list[Reading]:
    """The reading of each sentence that has one, in order."""
    readings: list[Reading] = []
    for start, end in _clauses(text):
        means = _MEANS.search(text, start, end)
        means_class = _verb_class(means["verb"]) if means else None
        if means and means_class and means_class[0] == "action" and means_class[1] not in _WEAK_ACTION:
            readings.append(Reading("initiative", (means.start(), _clause_end(text, means.end(), end))))
        reading = _read_clause(text, start, _clause_end(text, start, end))
        if reading is not None:
            readings.append(reading)
        if reading is None or reading.kind != "effect":
            purpose = _purpose(text, start, end)
            if purpose is not None:
                readings.append(purpose)
    return readings
