"""Fresh, hold-out corpus of Danish development-agreement goals (udviklingsmål) for the goal analyser.

45 goal statements as they could appear in Danish municipal udviklingsaftaler, spread over folkeskole, PPR,
dagpleje, SFO, ældre, sundhed, social, beskæftigelse, integration, teknik og miljø, kultur, erhverv, HR, IT,
økonomi, borgerservice, kommunikation and klima. The corpus was written after the analyser existed, but
independently of it: its author did not read the analyser's code, its tests or the existing corpus
(tests/data/goal_corpus.py). It is meant to measure how well the analyser generalises to new phrasings.

Each entry is ``{"text", "elements", "verdict", "multi_year"}``. Element labels (rules R2, R4 and R5 of DOMAIN.md):

- initiative: the text names an activity or initiative to be started or carried out.
- output: a concrete deliverable or volume of activity (pladser, besøg, forløb, lappede huller, hektar).
- effect: an intended change for citizens, users or the organisation; a measured indicator moving counts.
- indicator: what is measured, or a measurement method (andelen af …, ventetiden, måling, APV). A bare
  aspiration with no measure ("færre skift", "flere timer") is not an indicator.
- data_source: where the data come from (LIS, a named fagsystem, Danmarks Statistik, KL's nøgletal, a named
  survey, lønsystemet). A generic "brugertilfredshedsundersøgelse" is an indicator, not a data source.
- baseline: the current or starting level stated as a value ("fra 7,4 %", "i dag 63 %", "1.350 gæstedage").
- target: a target level (a number, "halveres", "fordobles", "landsgennemsnittet", "med 15 procent").
  Directions alone ("skal op", "flere", "styrkes") are not targets.
- deadline: a date or period by which the goal is to be reached ("løbende" is not one).
- followup: how the ongoing follow-up happens, by frequency and/or forum.

Verdict: "measurable" when indicator and target are both present; "initiative_only" when the text names an
activity but neither output nor effect; otherwise "vague". multi_year: the goal explicitly spans several years.
The corpus holds 20 measurable, 16 vague and 9 initiative_only goals; 7 are multi-year.
"""

CORPUS: list[dict[str, object]] = [
    # Fully measurable: output/effect, indicator, target, data source, follow-up (R4), delmål where multi-year
    {
        "text": (
            "Andelen af 9.-klasseelever, der får mindst 02 i både dansk og matematik ved folkeskolens afgangsprøve, "
            "skal løftes fra 86 % i skoleåret 2024/25 til 92 % i skoleåret 2027/28. Delmål for 2026 (skoleåret "
            "2025/26): 88 %. Resultaterne hentes fra uddannelsesstatistik.dk og drøftes på skoleledermødet, når "
            "prøveresultaterne foreligger, samt i den årlige kvalitetsrapport."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        "text": (
            "Gennem hverdagsrehabilitering skal flere borgere klare sig selv længere. Mindst 60 % af de borgere, der "
            "afslutter et forløb efter servicelovens § 83 a, skal ved afslutningen have et mindre eller slet intet "
            "behov for hjemmehjælp – i dag gælder det 47 %. Vi forventer, at 250 borgere gennemfører et forløb i 2026, "
            "og målet skal være nået inden udgangen af året. Andelen opgøres i Nexus og trækkes via FLIS (KOMBIT); "
            "hjemmeplejechefen gennemgår tallene med distriktslederne på det månedlige ledermøde."
        ),
        "elements": {
            "initiative",
            "output",
            "effect",
            "indicator",
            "data_source",
            "baseline",
            "target",
            "deadline",
            "followup",
        },
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Sygefraværet i Ældre og Sundhed skal ned fra 7,4 % i 2025 til højst 6,1 % i 2026, opgjort som "
            "fraværsprocent i lønsystemet (KMD Opus). LIS-rapporten opdateres hver måned, og udviklingen følges op "
            "kvartalsvis i chefgruppen og i Hoved-MED."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Vi vil have færre langvarige sygedagpengesager. Antallet af forløb over 22 uger skal reduceres med 15 "
            "procent i forhold til december 2025, så kommunen inden udgangen af 2026 ligger på niveau med "
            "landsgennemsnittet. Udviklingen følges hver måned på Jobindsats.dk, og jobcenterchefen giver status til "
            "Beskæftigelsesudvalget to gange årligt."
        ),
        "elements": {"effect", "indicator", "data_source", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Mål: Kortere ventetid på byggetilladelser. Succeskriterium: Den gennemsnitlige sagsbehandlingstid på "
            "enkle byggesager (enfamiliehuse, carporte og mindre tilbygninger) nedbringes fra 54 til højst 40 "
            "kalenderdage senest 1. juli 2026. Måling: Sagsbehandlingstiden trækkes fra Byg og Miljø og sammenholdes "
            "med KL's nøgletal. Opfølgning: Gennemgang på det månedlige teammøde og kvartalsvis orientering af Teknisk "
            "Udvalg."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "I 2026 skal mindst 9 ud af 10 familier med nyfødte have det første hjemmebesøg af sundhedsplejersken, "
            "inden barnet er otte dage gammelt (2025: 81 %). Besøgene registreres i Novax, andelen opgøres i LIS hver "
            "måned, og afvigelser tages op på sundhedsplejens personalemøder."
        ),
        "elements": {"output", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Genanvendelsesprocenten for husholdningsaffald skal op fra 41 % i 2024 til 55 % i 2028, jf. den flerårige "
            "affaldsplan. For 2026 er delmålet 47 %. Tallene kommer fra Affaldsdatasystemet suppleret med vejesedler "
            "fra genbrugspladserne, og Teknik- og Miljøudvalget får en status hvert halve år."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        "text": (
            "Senest pr. 1. oktober 2026 skal 80 % af henvendelserne til IT-servicedesken være løst inden for to "
            "arbejdsdage; i dag ligger vi på 63 %. Løsningstiden måles i TOPdesk og rapporteres månedligt til "
            "IT-styregruppen."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Biblioteket skal være et levende mødested for hele kommunen. Vi forventer, at antallet af fysiske besøg "
            "på hovedbiblioteket og de tre filialer stiger fra 212.000 i 2025 til mindst 240.000 i 2026. Besøgstallet "
            "opgøres med dørtællerne og indberettes til Danmarks Statistik, og kulturchefen og bibliotekslederen "
            "gennemgår tallene på de kvartalsvise dialogmøder."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Energiforbruget i kommunens egne bygninger skal i perioden 2025–2030 reduceres med 20 procent i forhold "
            "til 2019-niveauet på 31,5 GWh. Delmålet for 2026 er et samlet forbrug på højst 28,4 GWh, bl.a. ved at "
            "energirenovere 12 skoler og daginstitutioner. Forbruget aflæses timevis i EnergyKey, og Ejendomscentret "
            "rapporterer kvartalsvis til direktionen."
        ),
        "elements": {
            "initiative",
            "output",
            "effect",
            "indicator",
            "data_source",
            "baseline",
            "target",
            "deadline",
            "followup",
        },
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        "text": (
            "Flere flygtninge og familiesammenførte skal blive selvforsørgende. Andelen af borgere i "
            "integrationsprogrammet, der er i ordinær beskæftigelse eller uddannelse, skal i 2026 øges fra 38 % til 50 "
            "%. Data hentes fra fagsystemet Momentum; målet følges på de månedlige ledermøder i Jobcentret og i de to "
            "halvårlige statusnotater til Arbejdsmarkeds- og Integrationsudvalget."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Borgerne skal kunne komme igennem på telefonen uden lang ventetid. I 2026 skal den gennemsnitlige "
            "ventetid i Borgerservice være under 3 minutter, og mindst 85 % af opkaldene skal besvares – i 2025 var "
            "ventetiden 6,5 minutter og svarprocenten 72 %. Tallene trækkes hver uge fra telefonisystemet og gennemgås "
            "på tavlemødet mandag morgen; direktionen får status hvert kvartal."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Indikator: andelen af borgere i ambulant stofbehandling, der ved udskrivning er stoffri eller har nedsat "
            "deres forbrug. Nuværende niveau: 42 %. Målniveau for 2026: mindst 55 %. Udskrivningsstatus registreres i "
            "Stofmisbrugsdatabasen (SIS) og gennemgås kvartalsvis i ledergruppen for Socialpsykiatri og Misbrug."
        ),
        "elements": {"effect", "indicator", "data_source", "baseline", "target", "deadline", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    # Partly measurable: some of the R4 parts are present, others are missing
    {
        "text": (
            "Beboere og pårørende på vores plejecentre skal være trygge ved den hjælp, der gives. Vi sigter mod, at "
            "mindst 90 % svarer »tilfreds« eller »meget tilfreds« i den kommende brugertilfredshedsundersøgelse."
        ),
        "elements": {"effect", "indicator", "target"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Ventetiden på genoptræning efter sundhedsloven skal ned fra 21 til 14 dage senest ultimo 2026, så "
            "borgerne hurtigere kommer i gang efter udskrivelsen."
        ),
        "elements": {"effect", "indicator", "baseline", "target", "deadline"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Flere ledige dagpengemodtagere skal hurtigere tilbage i job. Vi holder øje med, hvor længe "
            "ledighedsperioderne varer, via Arbejdsmarkedsportalen og tager udviklingen op på de månedlige ledermøder."
        ),
        "elements": {"effect", "indicator", "data_source", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Elevernes trivsel på mellemtrinnet skal styrkes. Vi ser på udviklingen i den nationale trivselsmåling i "
            "foråret 2026."
        ),
        "elements": {"effect", "indicator", "data_source", "deadline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Vi udvider SFO'ens åbningstid om fredagen og laver et særligt aktivitetstilbud for 3. klasserne. Målet "
            "er, at antallet af indskrevne 3.-klasseelever fordobles til skoleåret 2026/27."
        ),
        "elements": {"initiative", "effect", "indicator", "target", "deadline"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Antallet af magtanvendelser på bostederne for voksne med udviklingshandicap skal halveres i forhold til "
            "sidste år. Alle episoder indberettes i Sensum Bosted og gennemgås på personalemøderne hver 14. dag."
        ),
        "elements": {"effect", "indicator", "data_source", "target", "followup"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Børnene i dagplejen skal opleve færre skift, når deres dagplejer er syg eller holder ferie. Sidste år "
            "havde vi 1.350 gæstedage, og det tal skal ned."
        ),
        "elements": {"effect", "indicator", "baseline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "95 % af de huller i vejbelægningen, som borgerne melder ind via Giv et praj, skal være lappet inden for "
            "fem arbejdsdage."
        ),
        "elements": {"output", "indicator", "data_source", "target"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Over de næste fire år omlægger vi 40 hektar kommunale græsarealer til vild natur for at give "
            "biodiversiteten bedre vilkår."
        ),
        "elements": {"initiative", "output", "effect", "target", "deadline"},
        "verdict": "vague",
        "multi_year": True,
    },
    {
        "text": (
            "Antallet af turistovernatninger i kommunen skal i 2026 vokse med 5 procent i forhold til året før, "
            "opgjort efter Danmarks Statistiks overnatningsstatistik."
        ),
        "elements": {"effect", "indicator", "data_source", "target", "deadline"},
        "verdict": "measurable",
        "multi_year": False,
    },
    {
        "text": (
            "Som led i renoveringsplanen for 2025–2028 skal vandspildet i ledningsnettet bringes under 8 % senest "
            "ultimo 2027. Ved seneste opgørelse lå det på 11,2 %."
        ),
        "elements": {"effect", "indicator", "baseline", "target", "deadline"},
        "verdict": "measurable",
        "multi_year": True,
    },
    {
        "text": (
            "Det skal være lettere for borgerne at finde det, de leder efter på kommunens hjemmeside. Vi måler løbende "
            "tilgængelighed og brugervenlighed med Siteimprove og gennemgår resultaterne på webredaktionens månedlige "
            "møde."
        ),
        "elements": {"effect", "indicator", "data_source", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Vi vil arbejde målrettet med psykologisk tryghed, så flere medarbejdere oplever, at de kan sige fra og "
            "dele bekymringer med kolleger og ledere. Det følges i den næste APV og drøftes i Lokal-MED."
        ),
        "elements": {"initiative", "effect", "indicator", "data_source", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    # Vague: aspirations with no measure or target
    {
        "text": (
            "I løbet af skoleåret 2026/27 skal PPR blive en mere tilgængelig og nærværende samarbejdspartner for "
            "skoler og dagtilbud."
        ),
        "elements": {"effect", "deadline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Økonomistyringen skal styrkes, så lederne får et bedre overblik og kan træffe beslutninger på et solidt "
            "grundlag."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Flere børn og unge skal finde vej til foreningslivet og opleve glæden ved at være en del af et fællesskab."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Beboerne på vores bosteder skal i højere grad mestre eget liv og have indflydelse på deres egen hverdag."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Vi ønsker, at borgere i fleksjob får flere arbejdstimer, og at flere af kommunens virksomheder tager et "
            "socialt ansvar i 2026."
        ),
        "elements": {"effect", "deadline"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Vi vil gå forrest i den grønne omstilling og være en klimabevidst arbejdsplads, hvor bæredygtighed tænkes "
            "ind i de beslutninger, vi træffer."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "I de kommende skoleår skal inklusionen i almenskolen styrkes, så færre elever har behov for et "
            "specialundervisningstilbud."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": True,
    },
    {
        "text": (
            "Digitaliseringen skal gøre hverdagen lettere for både borgere og medarbejdere, og vi skal udnytte de "
            "muligheder, som ny teknologi giver."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Borgerne i hjemmeplejen skal opleve mere kontinuitet og færre forskellige ansigter i hjemmet. Det drøfter "
            "vi på dialogmøderne med aftalegiver."
        ),
        "elements": {"effect", "followup"},
        "verdict": "vague",
        "multi_year": False,
    },
    {
        "text": (
            "Virksomhederne skal opleve en smidig og imødekommende kommune, når de henvender sig til erhvervsservice."
        ),
        "elements": {"effect"},
        "verdict": "vague",
        "multi_year": False,
    },
    # Initiative only: an activity is named, but no output or effect
    {
        "text": (
            "I foråret 2026 igangsætter vi et forsøg med husstandsindsamling af tekstilaffald i udvalgte boligområder."
        ),
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        "text": (
            "Vi vil sammen med sygehuset udvikle en ny model for overgangen fra hospital til kommunal genoptræning."
        ),
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        "text": (
            "Økonomiafdelingen implementerer et nyt modul til budgetopfølgning i Prisme inden udgangen af 1. halvår "
            "2026 og tilbyder undervisning til de budgetansvarlige ledere."
        ),
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        "text": (
            "Pr. 1. september 2026 indfører vi et nyt introduktionsprogram for social- og sundhedselever, og vi "
            "deltager på regionens uddannelsesmesser."
        ),
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        "text": (
            "Sammen med Lokal-MED sætter vi et udviklingsarbejde i gang om indretningen af dagplejens legestuer. Der "
            "gives en status på dialogmøderne."
        ),
        "elements": {"initiative", "followup"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        "text": (
            "Turistkontoret indleder i 2026 et samarbejde med de lokale overnatningssteder om en fælles digital "
            "bookingplatform."
        ),
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        "text": "I 2026 og 2027 gennemføres en kortlægning af kommunens § 3-beskyttede naturarealer.",
        "elements": {"initiative", "deadline"},
        "verdict": "initiative_only",
        "multi_year": True,
    },
    {
        "text": (
            "Der nedsættes en arbejdsgruppe, som skal se på, hvordan vi kan skrive mere klart og forståeligt i breve "
            "til borgerne."
        ),
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
    {
        "text": (
            "Vi starter et nyt gruppeforløb for unge under 25 år med et problematisk forbrug af hash i samarbejde med "
            "SSP og Ungdommens Uddannelsesvejledning."
        ),
        "elements": {"initiative"},
        "verdict": "initiative_only",
        "multi_year": False,
    },
]
