"""Hand-labelled corpus of Danish goal statements (udviklingsmål) for testing goal analysis.

The 60 statements imitate the goals that Danish municipalities write in their yearly development agreements
(udviklingsaftaler / aftale- og dialogstyringsdokumenter) between an aftalegiver and an aftaleholder. They cover
skole, dagtilbud, ældrepleje, beskæftigelse, socialområdet, sundhed, teknik og miljø, kultur, HR, digitalisering,
klima, borgerservice and økonomi, and range from vague ambitions through initiative-only goals to partly and fully
measurable goals (rules R2, R4 and R5 in /work/shared/DOMAIN.md).

The corpus was written and labelled by hand, independently of the analyser it is used to evaluate: the analyser's
code was not read while writing it, so the labels reflect the definitions below and not the analyser's behaviour.

Each entry is a dict with:
- ``text``: the goal as the aftaleholder would write it (da-DK).
- ``elements``: the set of element names present in the text:
  - ``initiative``: an activity to be started or carried out (igangsætte, etablere, indføre, gennemføre, tilbyde,
    udvikle, implementere, uddanne ...). The thing an initiative verb creates ("etablere et team") is part of the
    initiative, not an output.
  - ``output``: a concrete deliverable or volume of activity stated as a result ("160 unge", "10 nye pladser",
    "alle dagtilbud har en handleplan").
  - ``effect``: an intended change for citizens, users or the organisation; a measured indicator that should move
    or reach a level for citizens/organisation counts as effect.
  - ``indicator``: names what is measured (sygefraværet, andelen af ..., antallet af ..., ventetiden ...) or a
    measurement method (måles, opgøres, registreres, brugerundersøgelse, trivselsmåling, nøgletal).
  - ``data_source``: where the data comes from (LIS, fagsystemet, Danmarks Statistik, KL's benchmark, a named
    survey, lønsystemet, Sundhedsdatastyrelsen, Jobindsats.dk ...).
  - ``baseline``: the current/starting level stated as a value ("fra 6,1 %", "mod 48 % i dag"). A reference year
    without a value ("i forhold til 2019") is not a baseline.
  - ``target``: a target level: a number, "halveres", "fordobles", "landsgennemsnittet", "nul ...",
    "med 10 procentpoint". Directions alone ("stige", "flere", "forbedre") are not targets, and numbers that only
    define the indicator ("mindst 02", "over 52 uger", "16-66-årige") are not targets either.
  - ``deadline``: a date or period by which/in which the goal applies ("senest ultimo 2025", "i 2026",
    "frem mod 2028"). A year that only dates the baseline ("38 % i 2024") is not a deadline; nor are "løbende" or
    "hurtigst muligt".
  - ``followup``: how ongoing follow-up happens, with a frequency and/or a forum ("følges op månedligt i LIS",
    "drøftes kvartalsvis i Lokal-MED"). "Følge tæt" without frequency or forum is not follow-up.
- ``verdict``: "measurable" if the text has an indicator (or measurement method) and a target; otherwise
  "initiative_only" if it names an initiative but neither output nor effect; otherwise "vague".
- ``multi_year``: True when the goal explicitly spans several years ("over de næste tre år", "frem mod 2028",
  "2025-2027", or a later end year with a delmål for this year).
"""

from __future__ import annotations

CORPUS: list[dict[str, object]] = [
    # ------------------------------------------------------------------ vague
    {
        # skole
        "text": "Vi vil styrke trivslen blandt eleverne.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # ældrepleje
        "text": "Borgerne i hjemmeplejen skal opleve en tryg og værdig hverdag.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # HR
        "text": "Vi vil være en attraktiv arbejdsplads, hvor medarbejderne trives og har lyst til at blive.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # dagtilbud; "alle børn" says whom the goal is for (a quantifier is no target); nothing is measured
        "text": "Alle børn skal have en god start på livet.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # klima
        "text": "Vi skal bidrage til en grøn og bæredygtig udvikling af hele kommunen.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # borgerservice
        "text": "Borgerservice skal møde borgerne med en professionel og imødekommende betjening.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # beskæftigelse
        "text": "Flere ledige skal hurtigere tilbage på arbejdsmarkedet.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # socialområdet
        "text": "Mennesker med handicap skal i højere grad mestre eget liv.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # sundhed
        "text": "Vi ønsker at fremme borgernes sundhed og livskvalitet gennem hele livet.",
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # digitalisering
        "text": (
            "Digitalisering skal gøre hverdagen lettere for både borgere og medarbejdere, "
            "så vi fremstår som en moderne og tilgængelig kommune."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # generelt ledelsesgrundlag; a statement of values with no intended change
        "text": "Vores værdier – tillid, ordentlighed, udvikling og fællesskab – er grundlaget for alt, hvad vi gør.",
        "elements": set(),
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # erhverv/plan; multi-year but still vague
        "text": "Frem mod 2030 skal kommunen være et attraktivt sted at bo, arbejde og drive virksomhed.",
        "elements": {"effect", "deadline"},
        "verdict": "vague",
        "multi_year": True,
    },
    # -------------------------------------------------------- initiative_only
    {
        # skole
        "text": "Vi vil igangsætte et projekt om læsning i indskolingen.",
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # HR; Lokal-MED is where the group sits, not a follow-up forum; sygefraværet is named but has no direction
        "text": "Der etableres en arbejdsgruppe under Lokal-MED, som skal se nærmere på sygefraværet.",
        "elements": {"initiative", "indicator"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # ældrepleje
        "text": "Vi implementerer en ny model for hverdagsrehabilitering i hjemmeplejen i løbet af 2026.",
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # digitalisering
        "text": "Vi vil udvikle en digital selvbetjeningsløsning til ansøgning om parkeringslicenser.",
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # beskæftigelse
        "text": "Jobcentret vil sætte fokus på virksomhedsrettede tilbud til ledige over 50 år.",
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # klima
        "text": (
            "Vi igangsætter arbejdet med en klimahandleplan for kommunens egne bygninger, "
            "og fremdriften drøftes på dialogmøderne med direktøren."
        ),
        "elements": {"initiative", "followup"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # dagtilbud, tværfagligt
        "text": (
            "Der skal etableres et tværfagligt team omkring børn i udsatte positioner "
            "i samarbejde med PPR og Familieafdelingen."
        ),
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # sundhed
        "text": "Vi vil tilbyde rygestopforløb i samarbejde med de praktiserende læger og apotekerne.",
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # kultur
        "text": "Biblioteket vil udvikle nye formater for arrangementer i lokalområderne.",
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # teknik og miljø
        "text": (
            "Vej og Park implementerer et nyt system til registrering af skader på veje og fortove i 1. halvår 2026."
        ),
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # økonomi
        "text": (
            "Økonomiafdelingen indfører en ny model for budgetopfølgning, "
            "som afprøves i efteråret 2026 i samarbejde med fagområderne."
        ),
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        # ældrepleje, multi-year without delmål
        "text": "Over de næste tre år omlægger vi hjemmeplejen til en mere rehabiliterende arbejdsform.",
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": True,
    },
    # ----------------------------------------------------- partly measurable
    {
        # HR
        "text": "Sygefraværet skal ned.",
        "elements": {"indicator", "effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # HR
        "text": "Vi vil nedbringe sygefraværet i hjemmeplejen, og udviklingen følges op månedligt i LIS.",
        "elements": {"indicator", "effect", "data_source", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # skole; "mindst 02" defines the indicator, it is not a target
        "text": (
            "Andelen af elever, der får mindst 02 i både dansk og matematik ved folkeskolens afgangsprøve, skal stige."
        ),
        "elements": {"indicator", "effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # dagtilbud; output with "alle" and a deadline, but nothing is measured
        "text": "Alle dagtilbud skal have udarbejdet en lokal handleplan for sprogindsatsen inden sommerferien 2026.",
        "elements": {"output", "deadline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # beskæftigelse
        "text": (
            "Vi vil gennemføre virksomhedsrettede forløb for 160 unge i 2026, så flere kommer i uddannelse eller job."
        ),
        "elements": {"initiative", "output", "target", "deadline", "effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # sundhed; "følge tæt" has neither frequency nor forum
        "text": "Ventetiden på genoptræning skal reduceres, og vi vil følge den tæt i fagsystemet.",
        "elements": {"indicator", "effect", "data_source"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # teknik og miljø; "i 2024" dates the baseline, it is not a deadline
        "text": "Genanvendelsesprocenten for husholdningsaffald skal øges fra 38 % i 2024.",
        "elements": {"indicator", "effect", "baseline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # kultur
        "text": (
            "Biblioteket vil øge antallet af besøgende. Tallet måles via adgangstællerne "
            "og gennemgås hvert kvartal i ledergruppen."
        ),
        "elements": {"indicator", "effect", "data_source", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # socialområdet
        "text": (
            "Vi vil udvide antallet af pladser på det specialiserede bosted med 10 nye pladser inden udgangen af 2026."
        ),
        "elements": {"initiative", "output", "indicator", "target", "deadline"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # sundhed
        "text": (
            "Sundhedsplejen vil øge forældrenes tilfredshed med hjemmebesøgene, "
            "hvilket undersøges i en brugerundersøgelse i efteråret 2026."
        ),
        "elements": {"effect", "indicator", "data_source", "deadline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # økonomi
        "text": (
            "Vi vil have bedre styr på forbruget i institutionerne "
            "og følge udviklingen via en række økonomiske nøgletal."
        ),
        "elements": {"effect", "indicator"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # skole
        "text": "Vi vil gennemføre kurser i klasseledelse for lærerne, så færre elever oplever uro i timerne.",
        "elements": {"initiative", "effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # HR / informationssikkerhed
        "text": "Alle medarbejdere skal have gennemført det obligatoriske GDPR-kursus senest ultimo 2025.",
        "elements": {"output", "deadline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # beskæftigelse; "over 52 uger" defines the indicator
        "text": (
            "Andelen af sygedagpengesager, der varer over 52 uger, skal nedbringes, "
            "og vi følger udviklingen på Jobindsats.dk hver måned."
        ),
        "elements": {"indicator", "effect", "data_source", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # klima
        "text": "CO2-udledningen fra kommunens bilpark skal halveres.",
        "elements": {"indicator", "target", "effect"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # socialområdet
        "text": (
            "Beboerne på botilbuddene skal opleve større selvbestemmelse i hverdagen, "
            "og det drøfter vi med beboerrådene to gange om året."
        ),
        "elements": {"effect", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        # beskæftigelse / uddannelse, multi-year without target or delmål
        "text": (
            "Frem mod 2028 skal flere unge under 25 år være i uddannelse eller job. "
            "Vi vil måle på andelen af unge på uddannelseshjælp."
        ),
        "elements": {"deadline", "effect", "indicator"},
        "verdict": "vague",
        "multi_year": True,
    },
    {
        # ældrepleje, frivillighed
        "text": "Antallet af frivillige, der er knyttet til plejecentrene, skal fordobles frem mod 2028.",
        "elements": {"indicator", "target", "deadline", "effect"},
        "verdict": "measurable",
        "multi_year": True,
    },
    # ------------------------------------------------------ fully measurable
    {
        # HR
        "text": (
            "Sygefraværet i Sundhed og Omsorg skal nedbringes fra 6,1 % til 5,5 % inden udgangen af 2026. "
            "Udviklingen følges op månedligt i LIS og drøftes kvartalsvis i Lokal-MED."
        ),
        "elements": {"indicator", "effect", "baseline", "target", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # skole
        "text": (
            "Andelen af elever, der i den nationale trivselsmåling svarer, at de er glade for deres skole, "
            "skal stige fra 82 % til mindst 88 % i skoleåret 2025/26. Resultatet drøftes med skolebestyrelserne "
            "og på dialogmøderne med direktøren."
        ),
        "elements": {"indicator", "data_source", "effect", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # beskæftigelse
        "text": (
            "Jobcentret etablerer et mentorforløb for 160 unge på uddannelseshjælp i 2026. Mindst 40 % af "
            "deltagerne skal være i job eller uddannelse seks måneder efter forløbet, opgjort i fagsystemet. "
            "Status gives på dialogmøderne hvert kvartal."
        ),
        "elements": {
            "initiative",
            "output",
            "target",
            "deadline",
            "effect",
            "indicator",
            "data_source",
            "followup",
        },
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # dagtilbud, multi-year with delmål
        "text": (
            "Vi gennemfører kompetenceudvikling i sprogstimulering for alle pædagoger i løbet af 2026. "
            "Effekten måles på andelen af 3-årige med alderssvarende sprog i sprogvurderingen, som skal op fra "
            "78 % til 85 % frem mod 2028 med et delmål på 80 % i 2026. Resultaterne følges op halvårligt i LIS."
        ),
        "elements": {
            "initiative",
            "output",
            "target",
            "deadline",
            "indicator",
            "effect",
            "baseline",
            "data_source",
            "followup",
        },
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        # klima, multi-year with delmål; "i forhold til 2019" has no value, so no baseline
        "text": (
            "Frem mod 2030 skal CO2-udledningen fra kommunens egne bygninger reduceres med 50 % i forhold til 2019. "
            "Delmålet for 2026 er en reduktion på 30 %. Udledningen opgøres i energistyringssystemet og "
            "rapporteres til Klima- og Miljøudvalget hvert halve år."
        ),
        "elements": {"indicator", "effect", "target", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        # borgerservice
        "text": (
            "Mindst 80 % af borgerne skal i brugertilfredshedsundersøgelsen svare, at de er tilfredse eller meget "
            "tilfredse med betjeningen i Borgerservice. Undersøgelsen gennemføres i løbet af 2. kvartal 2026, "
            "og resultatet drøftes på dialogmødet i september."
        ),
        "elements": {"indicator", "data_source", "target", "effect", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # teknik og miljø
        "text": (
            "Sagsbehandlingstiden for byggetilladelser til enkle byggerier skal ned fra 54 dage i dag til højst "
            "40 dage pr. 1. juli 2026. Tallet hentes fra KL's benchmark og følges op månedligt."
        ),
        "elements": {"indicator", "effect", "baseline", "target", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # sundhed; "med 2024 som udgangspunkt" has no value, so no baseline
        "text": (
            "Vi vil halvere antallet af forebyggelige genindlæggelser blandt borgere over 65 år inden udgangen af "
            "2026 med 2024 som udgangspunkt. Data fra Sundhedsdatastyrelsen gennemgås kvartalsvis i "
            "sundhedsklyngen."
        ),
        "elements": {"indicator", "effect", "target", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # digitalisering
        "text": (
            "I 2026 skal 95 % af de indgående henvendelser fra virksomheder modtages via Digital Post mod 87 % i "
            "dag, målt i postsystemet. Fremdriften følges månedligt i digitaliseringsstyregruppen."
        ),
        "elements": {"indicator", "target", "deadline", "data_source", "baseline", "followup", "effect"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # socialområdet
        "text": (
            "Flere anbragte børn skal bo i familiepleje frem for på institution, så mindst 60 % af de anbragte er i "
            "familiepleje ved udgangen af 2026 mod 48 % i dag. Vi opgør det i fagsystemet og drøfter tallene på "
            "de kvartalsvise dialogmøder."
        ),
        "elements": {"indicator", "effect", "target", "baseline", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # kultur; more pupils is both a volume of activity (output) and more children taking part (effect)
        "text": (
            "Musikskolen vil øge antallet af elever fra 410 til 475 i skoleåret 2026/27. "
            "Elevtallet opgøres hver måned i tilmeldingssystemet."
        ),
        "elements": {"indicator", "output", "effect", "baseline", "target", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # HR, multi-year with delmål
        "text": (
            "Personaleomsætningen blandt social- og sundhedsassistenter skal ned med 5 procentpoint fra 22 % i 2025 "
            "til 17 % senest ultimo 2027. Delmål for 2026: 20 %. Opgørelsen trækkes fra lønsystemet og drøftes "
            "kvartalsvis i Lokal-MED."
        ),
        "elements": {"indicator", "effect", "baseline", "target", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        # beskæftigelse, multi-year with delmål; "16-66-årige" defines the indicator
        "text": (
            "Over de næste tre år skal andelen af 16-66-årige på offentlig forsørgelse bringes ned på "
            "landsgennemsnittet, målt på tal fra Danmarks Statistik. Delmålet for 2026 er en reduktion på 150 "
            "fuldtidspersoner. Status drøftes hvert kvartal på dialogmøderne med direktøren."
        ),
        "elements": {"indicator", "effect", "target", "deadline", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        # ældrepleje; "i 2025" dates the baseline and there is no deadline
        "text": (
            "Ingen borgere skal vente mere end 14 dage på en plejebolig efter visitation, mod i gennemsnit 31 dage "
            "i 2025. Ventetiden opgøres månedligt i LIS."
        ),
        "elements": {"indicator", "target", "baseline", "effect", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # skole
        "text": (
            "Elevfraværet i udskolingen skal i skoleåret 2026/27 ligge under 7 % mod 9,4 % i 2024/25. "
            "Fraværet trækkes fra det skoleadministrative system og gennemgås af skolelederne hver måned."
        ),
        "elements": {"indicator", "target", "baseline", "deadline", "effect", "data_source", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # HR, trivsel
        "text": (
            "Medarbejdertrivslen, målt som den samlede score i trivselsmålingen, skal øges fra 68 til mindst 72 "
            "point ved målingen i efteråret 2026. Handleplanerne drøftes i Lokal-MED efter hver måling."
        ),
        "elements": {"indicator", "data_source", "effect", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # ældrepleje / socialområdet; uddannelse (initiative, output) and effect measured on magtanvendelser
        "text": (
            "I løbet af 2026 uddannes 120 medarbejdere i demensforståelse. Effekten måles på antallet af "
            "registrerede magtanvendelser, som skal falde fra 46 i 2025 til højst 30, og der følges op kvartalsvis "
            "i MED-udvalget."
        ),
        "elements": {"initiative", "output", "target", "deadline", "indicator", "effect", "baseline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        # dagtilbud / skole, multi-year, delmål mentioned but not stated
        "text": (
            "I perioden 2025-2027 skal andelen af børn, der ved skolestart vurderes at have behov for en særlig "
            "sprogindsats, falde med 10 procentpoint. Der fastsættes delmål for hvert år, som følges op årligt på "
            "dialogmøderne."
        ),
        "elements": {"indicator", "effect", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": True,
    },
]
