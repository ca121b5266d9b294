# ruff: noqa: E501  (quoted statements keep their wording; the lines are data)
"""Real goal statements from public documents of Danish municipalities, labelled by hand (issue #20).

Every statement is quoted from the page named in its source (found through the project's stored-pages search;
a page may be a municipality's own site or a public copy of its document). A statement is one goal, målsætning,
målepunkt or indsats as the document writes it; list items keep their lead-in ("Det er Byrådets mål, at …") when
the list needs it to read as a sentence, and a heading before a goal ("Mål 7:", "7.1:") is kept as written.

The labels were written BEFORE the analyser was run on any of these statements, and follow the contract of
tests/data/goal_corpus_fresh.py with the issue-#20 reading:
- a quantifier ("alle børn", "ingen borgere") says whom a goal is for and is no target; "CO2-neutral", "halveret",
  a number or a named level ("grænseværdierne") is a target;
- a bare aspiration ("flere unge", "færre ensomme", "livskvalitet") is no indicator; a named measure is ("andelen
  af …", "sygefraværet", "ungdomsarbejdsløsheden", "karaktergennemsnittet", "antallet af …", a counted target);
- a baseline is a stated current value; "i forhold til 2010" without a value is none;
- a data source is a named source ("Region Syddanmarks måling «Hvordan har du det?»"); "en måling" is none.
Verdict: "measurable" with indicator and target; "initiative_only" with an initiative and neither output nor
effect; otherwise "vague".

HELD_ASIDE: every third statement (index % 3 == 2) is held aside and never used to tune the analyser; the figures
for it are printed by `python -m bench.goal_corpus_real` and reported in docs/coach.md.
"""

from __future__ import annotations

# (source, statement, elements, verdict)
_VIBORG_BAROMETER = "https://viborg.dk/demokrati-og-indflydelse/saadan-styres-viborg-kommune/sammenhaengsbarometret/"
_VIBORG_MODEL = "https://viborg.dk/demokrati-og-indflydelse/saadan-styres-viborg-kommune/sammenhaengsmodellen/"
_VIBORG_GROWTH = "https://kommune.viborg.dk/Politik/Politikker-og-strategier/Sammenhaengsmodellen/Vaekst-og-socialt-ansvar"
_LEJRE_7 = (
    "https://www.lejre.dk/om-kommunen/kerneopgaver/politiske-maal-for-kerneopgaven-aktivt-selvstaendigt-liv/"
    "maal-7-lejre-kommune-stoetter-borgere-i-alle-aldrelivssituationer-i-at-have-et-aktivt-og-sundt-liv/"
)
_ASSENS_PLAN = (
    "https://kommuneplan2021.assens.dk/se-kommuneplan-2021-2033/20-overordnet-udvikling/"
    "27-dagtilbud-skole-kultur-og-fritid/maal/"
)
_ASSENS_POINTS = "https://www.assens.dk/om-os/udvikling-og-strategi/saadan-maaler-vi-om-vi-er-paa-rette-vej"
_FMK = "https://www.fmk.dk/politik/strategier-og-politikker/udviklingsstrategi/"
_FYENS = (
    "https://www.fyens.dk/faaborg-midtfyn/Faaborg-Midtfyn-vil-have-mange-flere-borgere-og-flere-glade-mennesker/"
    "artikel/3324733"
)
_AARHUS_JP = "https://jyllands-posten.dk/aarhus/ECE10923160/de-ansatte-i-kommunen-skranter-mere-end-ventet/"
_AARHUS_MSO = "http://mso-nyheder.dk/?p=4597"
_HJORRING = (
    "https://docplayer.dk/107354897-Sundhedsomraadet-aktivitetsbestemt-medfinansiering-forbrug-og-budget-2016.html"
)
_SKIVE = "http://docplayer.dk/1976244-Ramme-for-det-kommunale-tilsyn-med-dagtilbud-for-boern-i-skive-kommune.html"
_HEDENSTED = "https://issuu.com/hedenstedkommune/docs/kb_afrapportering_2ca93dbe2b1670/s/26869721"
_NATUR_OMSORG = "http://www.naturogomsorg.dk/sprog"
_KBH_UDLEJNING = "https://lawinsider.com/da/contracts/jOCfDkrAQ3K"
_GRIBSKOV = (
    "https://gribskov.dk/politik-og-indflydelse/strategier-og-politikker/politiske-maalsaetninger-for-boerne-og-ungeomraadet"
)
_ALBERTSLUND_OLD = "http://albertslund.dk/borger/miljoe-energi-og-forsyning/ambitioese-miljoemaal/"
_ALBERTSLUND = "https://albertslund.dk/borger/miljoe-energi-og-forsyning/ambitioese-miljoemaal"
_GREENCITIES = "http://www.greencities.dk/Affald/"
_ESBJERG_WASTE = "https://kommuneplan.esbjergkommune.dk/hele-kommuneplanen/sektorer/affald-og-spildevand-as/politiske-maal/"
_ESBJERG_SOCIAL = (
    "https://kommuneplan.esbjergkommune.dk/hele-kommuneplanen/sektorer/det-sociale-omraade-og-jobcenter-st/politiske-maal/"
)
_SVENDBORG = "http://svendborg.cowi.webhouse.dk/dk/hovedstruktur/tekniske_anlaeg_og_forsyning/affaldsbehandling/maal.htm"
_HJERTE = "https://hjerteforeningen.dk/roegfriarbejdstid/2017/05/31/flere-kommuner-arbejder-roegfrie/"
_HADERSLEV = "https://www.jv.dk/haderslev/Hadersleverne-ryger-mere-end-andre/artikel/2729270"
_RINGSTED = (
    "https://ringsted.cowiplan.dk/sektorplaner/klima/klimaplan-for-ringsted-kommune-2023-2050-udkast-under-opbygning/"
    "kommunen/kommunen-som-virksomhed/parker-natur-bygninger-og-veje/"
)
_RANDERS = "https://www.randers.dk/udvikling-by-og-land/baeredygtig-udvikling/klimaliga/en-faelles-klimaindsats/hvad-goer-kommunen-selv/"
_FREDERIKSSUND = (
    "http://docplayer.dk/10451216-Frederikssund-en-by-for-alle-en-politik-for-alle-borgere-i-frederikssund.html"
)
_SKANDERBORG = "https://www.skanderborg.dk/Default.aspx?ID=22898"
_RKSK = "https://aeldrecentre.rksk.dk/forside/politikker-og-planer/aeldrepolitik"
_HOLSTEBRO = "https://www.holstebro.dk/handicappolitik"
_VIBORG_HANDICAP = "http://docplayer.dk/5162479-Vedtaget-i-byraadet-den-25-marts-2009-handicappolitik.html"
_LEJRE_CORE = "https://www.lejre.dk/om-kommunen/kernevelfaerd/"
_HILLEROD = "http://georgsaeske.hillerod.dk/FrontEnd.aspx?id=330675"
_RANDERS_INST = "https://bredstrupsgade.randers.dk/vaerdier-og-maal/aftalemaal/"
_SN_DEBAT = (
    "https://sn.dk/Det-Groenne-Omraade/Debat-Den-oplevede-kvalitet-i-dagtilbuddene-betyder-mere-end-minimumsnormeringer/"
    "artikel/1398601?rss"
)
_FREDENSBORG = "https://www.fredensborg.dk/borger/boern-og-unge/vi-har-fokus-paa/sproggaven"
_FAVRSKOV = "https://favrskov.dk/demokrati/politikker-og-strategier/boerne-og-ungepolitik"

_ITEMS: list[tuple[str, str, str, str]] = [
    (_VIBORG_BAROMETER, "Borgerne oplever sammenhæng i Viborg Kommune.", "effect", "vague"),
    (_VIBORG_BAROMETER, "En større andel af eleverne i 9. klasse skal vurderes uddannelsesparate, herunder skal andelen af "
     "elever, der opnår mindst 2 i dansk og matematik ved 9./10. klasse-prøven hæves til 92% i 2025.",
     "effect indicator target deadline", "measurable"),
    (_VIBORG_BAROMETER, "Vi ønsker et bæredygtigt miljø. I 2025 vil vi i Viborg Kommune genanvende 55 % af "
     "husholdningsaffaldet.", "effect indicator target deadline", "measurable"),
    (_VIBORG_BAROMETER, "Andelen af unge rygere er halveret inden 2025. Der er 20% færre rygere i alle aldersgrupper.",
     "effect indicator target deadline", "measurable"),
    (_VIBORG_BAROMETER, "Færre i Viborg Kommune føler sig ensomme.", "effect", "vague"),
    (_VIBORG_BAROMETER, "Årlig befolkningstilvækst på mindst 0,5% (svarende til knap 500 indbyggere pr år).",
     "effect indicator target", "measurable"),
    (_VIBORG_BAROMETER, "80% er tilfredse med udbud af og adgang til events og oplevelser i Viborg Kommune.",
     "effect indicator target", "measurable"),
    (_VIBORG_BAROMETER, "Antallet af arbejdspladser stiger med 5% frem mod 2025.", "effect indicator target deadline",
     "measurable"),
    (_VIBORG_BAROMETER, "90% af unge har taget en ungdomsuddannelse inden de er 25 år.", "effect indicator target",
     "measurable"),
    (_VIBORG_BAROMETER, "Infrastrukturen til og fra Viborg Kommune og internt i kommunen forbedres.", "effect",
     "vague"),
    (_VIBORG_BAROMETER, "Vi vil understøtte et socialt ansvarligt arbejdsliv, hvor alle borgere kan bidrage til "
     "arbejdsmarkedet.", "effect", "vague"),
    (_VIBORG_BAROMETER, "Andelen af borgerne i Viborg Kommune med et sundt kostmønster skal stige til 88% i 2025.",
     "effect indicator target deadline", "measurable"),
    (_VIBORG_BAROMETER, "Vi ønsker vækst i alle lokalsamfund over 200 indbyggere.", "effect", "vague"),
    (_VIBORG_BAROMETER, "80% af borgerne i Viborg Kommune er medlem af en lokalforankret forening i 2025.",
     "effect indicator target deadline", "measurable"),
    (_VIBORG_MODEL, "Borgernes uddannelses-/kompetenceniveau skal højnes.", "effect indicator", "vague"),
    (_VIBORG_MODEL, "Vi vil tiltrække flere uddannelser til Viborg Kommune, og antallet af unge, der vælger Viborg som "
     "uddannelsesby, skal øges.", "effect indicator", "vague"),
    (_VIBORG_MODEL, "Vi ønsker at højne sprogkundskab og social trivsel blandt de 0-6-årige.", "effect", "vague"),
    (_VIBORG_MODEL, "Vi ønsker at øge omfanget af frivillighed i Viborg Kommune.", "effect", "vague"),
    (_VIBORG_MODEL, "Vi vil etablere økonomisk, fagligt og miljømæssigt, bæredygtige institutioner.", "initiative",
     "initiative_only"),
    (_VIBORG_GROWTH, "Vi vil forøge antallet af unge og voksne, der har relevante kvalifikationer, der imødekommer "
     "arbejdsmarkedets behov.", "effect indicator", "vague"),
    (_VIBORG_GROWTH, "En større andel af borgerne i Viborg Kommune skal have tilknytning til arbejdsmarkedet, og en "
     "mindre andel af borgerne skal være på offentlig forsørgelse.", "effect indicator", "vague"),
    (_LEJRE_7, "Mål 7: Lejre Kommune støtter borgere i alle aldre/livssituationer i at have et aktivt og sundt liv.",
     "effect", "vague"),
    (_LEJRE_7, "7.1: Andelen af 18-64-årige, som modtager et længerevarende botilbud, falder, fordi flere hjælpes til at "
     "klare sig selv og være en del af de lokale fællesskaber.", "effect indicator", "vague"),
    (_LEJRE_7, "7.2: Gennemsnitsalderen for nyvisiterede til hjemmehjælp i eget hjem stiger, og andelen af 80+ årige, "
     "som modtager hjemmehjælp i eget hjem, falder, fordi flere - som følge af en forebyggende indsats – kan klare "
     "sig selv længere.", "initiative effect indicator", "vague"),
    (_LEJRE_7, "7.3: Den oplevede livskvalitet blandt borgerne i Lejre Kommune skal være stigende.", "effect", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at ungdomsarbejdsløsheden falder.", "effect indicator", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at vi har flere unge, der gennemfører en ungdomsuddannelse.", "effect",
     "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at alle børns skolefravær falder.", "effect indicator", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at alle elevers karaktergennemsnit ved folkeskolens afgangsprøver stiger.",
     "effect indicator", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at flere af vores unge vurderes uddannelsesparate.", "effect", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at vores børns sprogfærdigheder forbedres.", "effect", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at der skabes mere samarbejde på kulturområdet, på tværs af alder, geografi og "
     "aktørtyper.", "initiative", "initiative_only"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at børn og unge dannes igennem hele deres opvækst via kulturindsatsen.",
     "initiative effect", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at alle borgere har tilbud om livslang dannelse.", "output", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at det aktive medborgerskab og kreativiteten styrkes.", "effect", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at kulturlivet er en tydelig drivkraft for forbedret livskvalitet og stærkere "
     "fællesskaber i lokalsamfundene.", "effect", "vague"),
    (_ASSENS_PLAN, "Det er Byrådets mål, at de kulturelle tilbud er kendetegnet af høj kvalitet.", "effect", "vague"),
    (_ASSENS_POINTS, "Andel borgere, der vurderer deres livskvalitet som særdeles god eller god (16+-årige). Baseline: "
     "76,4 %. Kilde: Region Syddanmark ”Hvordan har du det ?\", 2021.", "indicator baseline data_source", "vague"),
    (_ASSENS_POINTS, "Andel borgere, der har mentale problemer (16+-årige). Baseline: 12,9 %. Kilde: Region Syddanmark "
     "”Hvordan har du det ?\", 2021.", "indicator baseline data_source", "vague"),
    (_FMK, "Der skal være 3000 flere borgere i kommunen i 2030, så vi følger den forventede befolkningstilvækst på "
     "landsplan.", "effect indicator target deadline", "measurable"),
    (_FMK, "Andelen af borgere, der er meget tilfredse med livet skal stige til minimum 80 % i 2030.",
     "effect indicator target deadline", "measurable"),
    (_FYENS, "Andelen af borgere, der er meget tilfredse med livet, skal stige til mindst 80 procent i 2030. Ved en "
     "måling sidste år lå det tal på 77 procent.", "effect indicator baseline target deadline", "measurable"),
    (_AARHUS_JP, "Ifølge budgetaftalen skal sygefraværet falde fra 2015-udgangspunktet på 13,4 arbejdsdage pr. "
     "fuldtidsansat til 11,9 dage ved udgangen af 2018.", "effect indicator baseline target deadline", "measurable"),
    (_AARHUS_MSO, "Målet for Sundhed og Omsorg er at ligge under 12 sygefraværsdage pr. medarbejder i 2021. I 2019 var "
     "gennemsnittet 12,9.", "effect indicator baseline target deadline", "measurable"),
    (_AARHUS_MSO, "Alle områderne går nu i gang med at udarbejde områdespecifikke mål for 2021, og de skal tilsammen "
     "ligge under 12 dage.", "initiative target deadline", "initiative_only"),
    (_HJORRING, "Budgetmål om, at antallet af borgere i ældreplejen (hjemmepleje og plejecentre) skal være konstant på "
     "niveau, selv om antallet af 65+ årige stiger.", "effect indicator target", "measurable"),
    (_SKIVE, "At sikre en god start for børn og deres familier gennem høj faglighed og god kvalitet med omsorg, tryghed, "
     "udvikling og læring som et solidt fundament for barnets videre vej gennem livet.", "effect", "vague"),
    (_SKIVE, "At synliggøre og markere dagtilbuddets selvstændige værdi i det moderne samfund.", "initiative",
     "initiative_only"),
    (_SKIVE, "At sætte en tydelig dagsorden for dagtilbuddet og sikre et dialogbaseret tilsyn som udgangspunkt for "
     "udarbejdelse af dynamiske og udviklingsorienterede kvalitetsindikatorer.", "initiative", "initiative_only"),
    (_HEDENSTED, "Strategisk energiplan. Med planen sætter Kommunalbestyrelsen en politisk dagsorden for omstillingen til "
     "bæredygtig energiproduktion.", "initiative", "initiative_only"),
    (_HEDENSTED, "Klima-Lavbund. Udtagning af lavbundsjorde i samarbejde med Miljø og Naturstyrelsen til gavn for klima, "
     "natur og drikkevandsbeskyttelse.", "initiative", "initiative_only"),
    (_HEDENSTED, "Bæredygtigt indkøb i kommunen via anvendelse af KMD Sustainious CarbonKey, der beregner CO2 "
     "udledningen.", "initiative", "initiative_only"),
    (_HEDENSTED, "Hedensted Kommune er derfor indgået i DK2020 projektet, som forpligter kommuner til at arbejde "
     "målrettet mod de nationale mål omkring reduktion af CO2 udledninger med 70% i 2030 og neutralitet i 2050.",
     "initiative effect indicator target deadline", "measurable"),
    (_NATUR_OMSORG, "Læringsmiljø skal understøtte, at alle børn udvikler sprog, der bidrager til at børn kan forstå sig "
     "selv, hinanden og deres verden.", "effect", "vague"),
    (_KBH_UDLEJNING, "Socialt udsatte skal kunne få et tilbud om en bolig indenfor rimelig tid.", "output", "vague"),
    (_KBH_UDLEJNING, "En blandet beboersammensætning i alle kommunens boligområder.", "effect", "vague"),
    (_GRIBSKOV, "Alle børn og unge løftes fagligt, så det enkelte barn og den enkelte unge oplever faglig progression og "
     "udnytter sit potentiale uanset social baggrund.", "effect", "vague"),
    (_GRIBSKOV, "Alle børn og unge har sociale og relationelle kompetencer til at indgå i fællesskaber.", "effect",
     "vague"),
    (_GRIBSKOV, "Børn og unges trivsel og sundhed styrkes.", "effect", "vague"),
    (_GRIBSKOV, "Flere unge gennemfører en ungdomsuddannelse.", "effect", "vague"),
    (_ALBERTSLUND_OLD, "Mindst 75% af det kommunale fødevareforbrug er økologisk ved udgangen af 2015.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "Vi beskytter de boringsnære områder og grundvandsdannende oplande.", "initiative",
     "initiative_only"),
    (_ALBERTSLUND_OLD, "Vi nedbringer vandforbruget i kommunen og påviser en reduktion med henblik på at opnå et "
     "gennemsnitligt forbrug pr. borger på 100 l./døgn i 2015.", "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "En reduktion i vandforbruget i de kommunale bygninger på 25 % i 2020 i forhold til 2010.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "Et ledingstab fra vandværkerne på maksimalt 5 % i 2020.", "effect indicator target deadline",
     "measurable"),
    (_ALBERTSLUND_OLD, "Vi vil reducere udslippet af sundhedsskadelige stoffer til luften og vi vil overholde "
     "grænseværdierne for NO2 og partiler senest i 2015.", "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "Vi vil reducere antallet af boliger med sundhedsskadeligt støjbelastning frem mod 2015, hvor "
     "ingen borgere er udsat for sundhedsskadelig støj om natten i deres hjem.", "effect indicator deadline", "vague"),
    (_ALBERTSLUND_OLD, "Af kommunens samlede trafik skal cykeltrafikken og den kollektive trafik samlet set være øget med "
     "25 % i 2020 - alternativt skal biltrafikken reduceres med 25 % målt i forohld til 2010.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "I 2025 er mindst 50 % af biltransporten baseret på alternativ drivmidler.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "Mængden af ultrafine partikler i byluften skal nedbringes inden 2015.",
     "effect indicator deadline", "vague"),
    (_ALBERTSLUND_OLD, "Vi øger den biologiske mangfoldighed inden 2015.", "effect deadline", "vague"),
    (_ALBERTSLUND_OLD, "Vi øger tilgængeligheden til, anvendelsen af og kendskabet til vores natur, herunder bynær natur.",
     "effect", "vague"),
    (_ALBERTSLUND_OLD, "Mindst 20 % af landbrugsarealet inden for kommunegrænsen er økologisk ved udgangen af 2025.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "Vi vil reducere CO2-udslippet med 80 % i 2050 i forhold til byens CO2-udslip i 1986.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "Vi vil reducere udslippet af CO2 fra kommunale bygninger og biler med 2 % årligt frem til 2015.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND_OLD, "Vores el- og varmeforsyning er CO2-neutral inden udgangen af 2025.", "effect target deadline",
     "vague"),
    (_ALBERTSLUND, "Vi øger andelen af økologiske fødevarer i kommunens fødevareforbrug til mindst 75 % ved udgangen af "
     "2020.", "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND, "Vi øger andelen af økologisk mad til børn, så mindst 90 % af fødevarerne på børne- og ungeområdet er "
     "økologiske inden udgangen af 2020.", "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND, "Vi prioriterer grundvandsbeskyttelsen i kommunens fysiske planlægning og gennem motivation af "
     "grundejerne.", "initiative", "initiative_only"),
    (_ALBERTSLUND, "Vi styrker biodiversiteten og borgernes oplevelse af naturen frem mod 2020.", "effect deadline",
     "vague"),
    (_ALBERTSLUND, "Vi udvikler varmeforsyningen, så den er CO2 neutral inden udgangen af 2025.",
     "initiative effect target deadline", "vague"),
    (_ALBERTSLUND, "Vi reducerer CO2 udledningen fra elforbruget med 88% i 2025 i forhold til 2015, svarende til 54.626 "
     "tons CO2.", "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND, "Vi udsorterer 65% af metal, papir, pap, træ, plast, glas og mad til genanvendelse i 2025.",
     "effect indicator target deadline", "measurable"),
    (_ALBERTSLUND, "Mål om reduktion af trafikstøj er under udarbejdelse.", "initiative", "initiative_only"),
    (_GREENCITIES, "30% reduktion af mængden af forbrændingsegnet affald fra husholdninger i 2018 i forhold til 2010.",
     "effect indicator target deadline", "measurable"),
    (_GREENCITIES, "25% genanvendelse af plast og 20% genanvendelse af metal fra husholdninger i 2018 i forhold til "
     "potentialet.", "effect indicator target deadline", "measurable"),
    (_GREENCITIES, "Vi vil bidrage aktivt og ambitiøst til øget genanvendelse.", "effect", "vague"),
    (_ESBJERG_WASTE, "Dialog og klar kommunikation skal inspirere til affaldsminimering.", "initiative effect", "vague"),
    (_ESBJERG_WASTE, "Ressourcerne i affaldet udnyttes bedst muligt, så mængderne til forbrænding og deponi minimeres.",
     "effect indicator", "vague"),
    (_ESBJERG_WASTE, "Gennem en sikker og velfungerende kloakforsyning skal belastningen af naturen og vandmiljøet "
     "reduceres.", "effect", "vague"),
    (_ESBJERG_WASTE, "Regnvand nedsives og medvirker til skabelse af multifunktionalitet og rekreativ merværdi i "
     "boligområderne, hvis muligt i dialog med borgerne.", "initiative effect", "vague"),
    (_ESBJERG_WASTE, "Bæredygtige og æstetiske løsninger, der beskytter og forbedrer biodiversiteten, præger kommunale "
     "anlæg og ordninger.", "effect", "vague"),
    (_ESBJERG_SOCIAL, "Alle borgere med fysisk eller psykisk funktionsnedsættelse eller særlige sociale udfordringer skal "
     "have en bolig og have mulighed for at deltage i samfundslivet på lige fod med andre.", "effect", "vague"),
    (_ESBJERG_SOCIAL, "En tryg opvækst for alle børn og unge understøttes af tidlige, forebyggende og koordinerede "
     "indsatser samt sammenhæng og smidige overgange mellem kommunens tilbud.", "initiative effect", "vague"),
    (_ESBJERG_SOCIAL, "Lokale løsninger med mindst mulig indgriben og med fokus på individuelle og fleksible indsatser, "
     "der er tilpasset borgerens konkrete situation og behov, kendetegner den nødvendige støtte og omsorg.",
     "initiative", "initiative_only"),
    (_ESBJERG_SOCIAL, "I 2030 er Stengårdsvej og de nærliggende boligområder socialt bæredygtige.", "effect deadline",
     "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at fremme direkte genbrug.", "effect", "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at mindske affaldsproduktionen.", "effect", "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at nedbringe deponeringsbehovet.", "effect", "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at forlænge levetiden på allerede etablerede deponier.", "effect", "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at sikre at der også i fremtiden er tilstrækkelig forbrændings- og "
     "deponeringskapacitet i kommunen.", "effect", "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at arbejde for at gøre affaldshåndteringen CO2-neutral.",
     "initiative effect target", "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at arbejde for renere by og natur.", "initiative effect", "vague"),
    (_SVENDBORG, "Det er Byrådets mål, at medvirke til at der ikke deponeres mere end 6 % af den samlede affaldsmængde.",
     "effect indicator target", "measurable"),
    (_HJERTE, "Målet er, at kun fire procent af hovedstadens indbyggere ryger i 2025.",
     "effect indicator target deadline", "measurable"),
    (_HJERTE, "Målet for Randers er, at højst 5 % af de voksne borgere ryger dagligt.", "effect indicator target",
     "measurable"),
    (_HJERTE, "Også Skanderborg Kommune har en vision for 2025, som er at reducere antallet af rygere til 4 %.",
     "effect indicator target deadline", "measurable"),
    (_HADERSLEV, "Andelen af daglige rygere, der i dag er på 21,7 procent skal i 2030 ned på fem procent.",
     "effect indicator baseline target deadline", "measurable"),
    (_HADERSLEV, "Haderslev Kommune skal selv være røgfri i arbejdstiden fra 1. januar 2020.", "effect deadline",
     "vague"),
    (_RINGSTED, "Energiforbruget i kommunens egne bygninger skal reduceres med 3% frem til 2030.",
     "effect indicator target deadline", "measurable"),
    (_RINGSTED, "Fra 2024 skal skal alle kommunale udbud af nybyggeri og renovering med et byggeprojekt over 20 mio. "
     "have en DGBN-certificering.", "output deadline", "vague"),
    (_RINGSTED, "Vi vil ved hjælp af EM overvåge og styre vand-, lys- og varmeforbruget i kommunale bygninger.",
     "initiative", "initiative_only"),
    (_RINGSTED, "Gennem kampagner og synlighed om energiforbruget vil vi desuden arbejde på at skabe en kulturændring på "
     "skoler og i institutioner.", "initiative effect", "vague"),
    (_RINGSTED, "Al gadebelysning skal skal udskiftes til LED inden ?? (årstal).", "output", "vague"),
    (_RINGSTED, "Vi er allerede i gang med at udskifte gadebelysningen i kommunen til LED.", "initiative",
     "initiative_only"),
    (_RANDERS, "75% af kommunens personbiler skal være drevet af el eller brint senest i 2030.",
     "effect indicator target deadline", "measurable"),
    (_RANDERS, "El- og varmeforbruget i kommunale bygninger skal sænkes, og alle olie- og gasfyr skal være nedlagt "
     "senest i 2030.", "output effect indicator deadline", "vague"),
    (_RANDERS, "Kommunalt byggeri med byggebudget over 20 mio. skal DGNB-certificeres.", "output", "vague"),
    (_RANDERS, "Miljømærkede, økologiske eller genbrugsprodukter skal tilsammen udgøre mere end 75% af kommunens "
     "vareindkøb i 2030.", "effect indicator target deadline", "measurable"),
    (_FREDERIKSSUND, "I Frederikssund ønsker vi, at borgere med handicap på linje med alle andre borgere skal opleve at "
     "være værdsatte medborgere og have lige muligheder for at bruge byen.", "effect", "vague"),
    (_SKANDERBORG, "At den skal føre til konkrete forbedringer, som borgerne kan mærke.", "effect", "vague"),
    (_SKANDERBORG, "At handicapaspektet tænkes ind og integreres i politik og planlægning.", "initiative",
     "initiative_only"),
    (_SKANDERBORG, "At den er med til at fremme en helhedsorienteret og koordineret indsats.", "initiative",
     "initiative_only"),
    (_SKANDERBORG, "At den er med til at fremme inklusion af mennesker med handicap.", "effect", "vague"),
    (_RKSK, "Målene under den første målsætning skal særligt bidrage til, at borgeren oplever et værdigt og trygt "
     "ældreliv, mens målene under den anden målsætning skal bidrage til, at borgeren har mulighed for et sundt og "
     "aktivt ældreliv.", "effect", "vague"),
    (_HOLSTEBRO, "Hensigten med denne handicappolitik er at sikre, at borgere med handicap i videst muligt omfang kan "
     "deltage i samfundslivet på lige fod med alle andre.", "effect", "vague"),
    (_VIBORG_HANDICAP, "Vi ønsker, at politikken skal bidrage til at sikre borgere med handicap de samme muligheder som "
     "alle andre for at skabe sig et godt liv.", "effect", "vague"),
    (_AARHUS_MSO, "Det blev også besluttet at sætte en proces i gang for at finde gode mål, der understøtter de tre "
     "indsatser, som vi ved har størst effekt på sygefraværet.", "initiative", "initiative_only"),
    (_AARHUS_JP, "Politikerne forventede, at sygefraværet ville falde med mindst halvanden dag – svarende til en halv dag "
     "om året – i forhold til det daværende niveau.", "effect indicator target", "measurable"),
    (_FYENS, "Som tidligere år rummer udviklingsstrategien en målsætning om at tiltrække flere borgere til kommunen frem "
     "mod 2030 - og det er sat op fra et mål om 2.000 til 3.000 nye borgere.", "effect indicator target deadline",
     "measurable"),
    (_FYENS, "Nyt er et mål om at øge tilfredsheden med livet hos de borgere, der allerede bor i kommunen.", "effect",
     "vague"),
    (_LEJRE_CORE, "Målet er at øge effekten af kerneopgaverne, så borgerne får lidt mere for deres skattekroner og "
     "herigennem sikre bæredygtig velfærd også fremover.", "effect", "vague"),
    (_LEJRE_CORE, "Der er afsat 0,5 mio. kr. i budgettet til at understøtte dette og implementeringen af Vores Sted.",
     "initiative", "initiative_only"),
    (_KBH_UDLEJNING, "Boligsøgende på ventelisten, der ikke opfylder de fleksible kriterier, skal også kunne få en bolig "
     "i København.", "effect", "vague"),
    (_HILLEROD, "Byrådet udarbejder hvert år i februar en samlet evaluering af udviklingsmålene for det foregående år.",
     "initiative followup", "initiative_only"),
    (_RANDERS_INST, "Institutionen forpligter sig til at arbejde med forskellige fokuspunkter og med et bestemt mål for "
     "øje.", "initiative", "initiative_only"),
    (_SN_DEBAT, "En tidlig, forbyggende indsats skal skabe muligheder for, at den gruppe børn får langt bedre "
     "forudsætninger for at blive velfungerende og komme igennem uddannelsessystemet.", "initiative effect", "vague"),
    (_FREDENSBORG, "Fra 2016 til 2019 gennemføres der på dagtilbudsområdet et større strategisk projekt, Sproggaven.",
     "initiative deadline", "initiative_only"),
    (_HEDENSTED, "Kommunalbestyrelsen har yderligere en vision om, at Hedensted Kommune skal være det mest klimavenlige "
     "samfund.", "effect", "vague"),
    (_FAVRSKOV, "I Favrskov Kommune skal alle børn og unge opleve at høre til i et fællesskab.", "effect", "vague"),
    (_FAVRSKOV, "Politikken skal derfor også sætte rammerne for en kvalificeret indsats for børn og unge i sårbare eller "
     "udsatte positioner.", "initiative", "initiative_only"),
]

CORPUS: list[dict[str, object]] = [
    {"source": source, "text": text, "elements": set(elements.split()), "verdict": verdict,
     "held_aside": index % 3 == 2}
    for index, (source, text, elements, verdict) in enumerate(_ITEMS)
]
HELD_ASIDE = [item for item in CORPUS if item["held_aside"]]
TUNING = [item for item in CORPUS if not item["held_aside"]]
