# ruff: noqa: E501  (statements are data)
"""Goal statements written for issue #20 in the shapes real municipal goals take, to make the analyser's rules
general rather than fit to the real corpus (tests/data/goal_corpus_real.py). A development set: the analyser is
tuned on it, so it measures nothing about generalisation; the held-aside parts of the real corpus do that.

Written on 6 December 2026 from general knowledge of Danish policy language (politikker, kommuneplaner,
udviklingsaftaler, budgetmål), with different words and structures for each pattern, and labelled before the
analyser was run on them, following the contract of tests/data/goal_corpus_real.py:
- initiative: something the unit itself does or starts (an activity, a plan, a collaboration, making something
  visible, ensuring that something is done), also named as a noun ("Etablering af …"); not an aim it wants
  («Vi vil øge trivslen» is an effect) and not what citizens do;
- output: what the unit delivers, counted or to whom ("40 nye pladser", "alle skoler har en handleplan");
- effect: a change or state wished for citizens, places or the organisation, however broad;
- indicator: a named measure ("andelen af …", "ventetiden", "antallet af …") or a level that says what is counted
  ("75 % af borgerne er tilfredse"); a bare aspiration ("flere unge") is none;
- a counted output ("40 nye pladser", "200 medarbejdere gennemfører") names what is counted and its level: indicator
  and target;
- target: a level to reach (a number, a relative change, "halveres", "landsgennemsnittet"); a quantifier ("alle",
  "ingen"), a goal's own number ("Mål 4:") and money set aside are none;
- deadline: a date or period ("inden udgangen af 2027", "i løbet af skoleåret 2026/27", "senest 2030").
Verdict: "measurable" with indicator and target; "initiative_only" with an initiative and neither output nor
effect; otherwise "vague".
"""

from __future__ import annotations

_ITEMS: list[tuple[str, str, str]] = [
    # broad effects: a state wished for people, places or the organisation
    ("Borgerne skal opleve en sammenhængende og tilgængelig service, uanset hvor de henvender sig.", "effect", "vague"),
    ("Ældre skal kunne leve et trygt og selvstændigt liv i eget hjem.", "effect", "vague"),
    ("Vi ønsker, at kommunen er et godt sted at vokse op og blive gammel.", "effect", "vague"),
    ("Børn og unge trives og udvikler sig i trygge fællesskaber.", "effect", "vague"),
    ("Unge med psykiske vanskeligheder skal have bedre muligheder for at gennemføre en uddannelse.", "effect", "vague"),
    ("Virksomhederne skal have adgang til kvalificeret arbejdskraft.", "effect", "vague"),
    ("Landsbyerne skal fortsat være levende og attraktive at bo i.", "effect", "vague"),
    ("Færre børn og unge skal opleve ensomhed.", "effect", "vague"),
    ("Flere ældre skal bevare deres funktionsevne længst muligt.", "effect", "vague"),
    ("Målet er en kommune, hvor alle har mulighed for at bidrage.", "effect", "vague"),
    ("Et rigt og mangfoldigt foreningsliv, som rummer alle.", "effect", "vague"),
    ("Trygge og grønne boligområder med plads til fællesskab.", "effect", "vague"),
    ("Mennesker med handicap skal have samme muligheder for at deltage i fritidslivet som andre.", "effect", "vague"),
    ("Forældre skal opleve sig som ligeværdige samarbejdspartnere.", "effect", "vague"),
    ("Det er ambitionen, at flere virksomheder vælger at slå sig ned i kommunen.", "effect", "vague"),
    ("Vi ønsker en grøn og klimarobust kommune.", "effect", "vague"),
    ("Vores ambition er, at alle elever forlader skolen med lyst til at lære mere.", "effect", "vague"),
    ("Det skal være let at være borger i kommunen.", "effect", "vague"),
    ("Hjemmeplejen skal være kendt for høj faglighed og stabilitet.", "effect", "vague"),
    ("Flere borgere skal tage ansvar for egen sundhed.", "effect", "vague"),
    ("Medarbejderne skal trives og have lyst til at blive i jobbet.", "effect", "vague"),
    ("Sårbare familier får den rette hjælp i tide.", "effect", "vague"),
    ("Der skal være kortere vej fra ledighed til job.", "effect", "vague"),
    ("Alle unge skal have en plan for deres fremtid, når de forlader folkeskolen.", "effect", "vague"),
    ("Skolen skal være et sted, hvor eleverne føler sig set og hørt.", "effect", "vague"),
    ("Kommunen skal fremstå som en attraktiv arbejdsplads for nyuddannede.", "effect", "vague"),
    ("Borgere med demens og deres pårørende skal føle sig trygge.", "effect", "vague"),
    ("Brugerne af botilbuddene skal have indflydelse på egen hverdag.", "effect", "vague"),
    ("Vi vil være en kommune, hvor man tager hånd om hinanden.", "effect", "vague"),
    ("Naturen skal være tilgængelig for alle, også for borgere med nedsat mobilitet.", "effect", "vague"),
    ("At de unge bliver afklaret om uddannelse og job, inden de fylder 18.", "effect", "vague"),
    ("Flygtninge skal hurtigt lære dansk og komme i beskæftigelse.", "effect", "vague"),
    ("Det er vores mål, at flere børn går og cykler i skole.", "effect", "vague"),
    ("Gode rammer for et aktivt seniorliv.", "effect", "vague"),
    ("Byens pladser og parker skal invitere til ophold og bevægelse.", "effect", "vague"),
    # named measures moving without a level: effect and indicator
    ("Sygefraværet blandt pædagogerne skal nedbringes.", "effect indicator", "vague"),
    ("Ventetiden på en plejebolig skal være kortere.", "effect indicator", "vague"),
    ("Andelen af unge, der starter på en erhvervsuddannelse, skal øges.", "effect indicator", "vague"),
    ("Antallet af borgere på sygedagpenge i mere end et år skal falde.", "effect indicator", "vague"),
    ("Vi vil nedbringe CO2-udledningen fra kommunens bilpark.", "effect indicator", "vague"),
    ("Det er målet, at elevfraværet falder på alle skoler.", "effect indicator", "vague"),
    ("Genindlæggelser af ældre medicinske patienter skal forebygges.", "effect indicator", "vague"),
    # initiatives: what the unit does, as a verb, a passive or a noun
    ("Forvaltningen sikrer, at anbefalingerne fra evalueringen bliver fulgt.", "initiative", "initiative_only"),
    ("Der udarbejdes en ny strategi for det specialiserede socialområde.", "initiative", "initiative_only"),
    ("Vi vil styrke samarbejdet mellem skolerne og PPR.", "initiative", "initiative_only"),
    ("Implementering af den nye læreplan i alle dagtilbud.", "initiative", "initiative_only"),
    ("Etablering af et fælles akutteam for hjemmeplejen og sygeplejen.", "initiative", "initiative_only"),
    ("Der gennemføres en kortlægning af energiforbruget i alle kommunale bygninger.", "initiative", "initiative_only"),
    ("Centret vil afprøve nye former for aktivitetstilbud på plejecentrene.", "initiative", "initiative_only"),
    ("Skolerne skal inddrage eleverne mere i planlægningen af undervisningen.", "initiative", "initiative_only"),
    ("Jobcentret vil opsøge de unge, der har afbrudt en uddannelse.", "initiative", "initiative_only"),
    ("Der skal være fokus på tidlig opsporing af mistrivsel.", "initiative", "initiative_only"),
    ("Det gøres tydeligt for borgerne, hvilke tilbud de kan få.", "initiative", "initiative_only"),
    ("Vi synliggør resultaterne af indsatsen over for politikerne.", "initiative", "initiative_only"),
    ("Der oprettes én fælles indgang for henvendelser om hjælpemidler.", "initiative", "initiative_only"),
    ("Samarbejdet med de praktiserende læger skal udbygges.", "initiative", "initiative_only"),
    ("Kommunen vil invitere pårørende til dialogmøder på plejecentrene.", "initiative", "initiative_only"),
    ("Udvalget sætter digital dannelse på dagsordenen i det kommende skoleår.", "initiative deadline", "initiative_only"),
    ("Afdelingen skal revidere sine retningslinjer for magtanvendelse.", "initiative", "initiative_only"),
    ("Biblioteket vil udvikle nye tilbud i samarbejde med skolerne.", "initiative", "initiative_only"),
    ("Vi tager initiativ til et netværk for små virksomheder i landdistrikterne.", "initiative", "initiative_only"),
    ("Forebyggelse af ensomhed tænkes ind i alle kommunens politikker.", "initiative", "initiative_only"),
    ("Byrådet vil prioritere renovering af de ældste skoler.", "initiative", "initiative_only"),
    ("Videreudvikling af den digitale selvbetjening.", "initiative", "initiative_only"),
    ("Ledelsen sætter arbejdsmiljøet højt på dagsordenen.", "initiative", "initiative_only"),
    ("Udbygning af samarbejdet mellem frivillige foreninger og plejecentrene.", "initiative", "initiative_only"),
    ("Dagtilbuddet arbejder systematisk med sprogstimulering i hverdagen.", "initiative", "initiative_only"),
    ("Vi vil afsætte ressourcer til efteruddannelse af lærerne.", "initiative", "initiative_only"),
    ("Tandplejen vil indkalde børn med høj risiko for huller oftere.", "initiative", "initiative_only"),
    ("Kommunen tilbyder rådgivning til pårørende til psykisk syge.", "initiative", "initiative_only"),
    ("Vi vil gennemføre en brugerundersøgelse blandt borgere i hjemmeplejen.", "initiative", "initiative_only"),
    ("Ungdomsskolen skal samarbejde med foreningerne om flere fritidstilbud i yderområderne.", "initiative", "initiative_only"),
    # initiative with an aim: initiative and effect
    ("Vi styrker samarbejdet med boligselskaberne, så færre lejere bliver sat ud af deres bolig.", "initiative effect", "vague"),
    ("Gennem tidlig indsats i sundhedsplejen vil vi give alle børn en god start på livet.", "initiative effect", "vague"),
    ("Kommunen etablerer en ungeenhed for at flere unge kommer i uddannelse.", "initiative effect", "vague"),
    ("Ved at omlægge hjemmeplejen til hverdagsrehabilitering skal flere borgere klare sig selv.", "initiative effect", "vague"),
    ("Vi arbejder for, at flere borgere med handicap får et job på ordinære vilkår.", "initiative effect", "vague"),
    ("Der indføres faste kontaktpersoner, så borgerne oplever mere tryghed i hjemmeplejen.", "initiative effect", "vague"),
    ("Vi udvikler nye læringsmiljøer, der skal styrke elevernes motivation.", "initiative effect", "vague"),
    # outputs
    ("Der etableres 40 nye pladser i bofællesskaber inden udgangen af 2027.", "initiative output indicator target deadline", "measurable"),
    ("Alle skoler skal have udarbejdet en handleplan mod mobning inden sommerferien 2026.", "output deadline", "vague"),
    ("I 2026 gennemfører 200 medarbejdere et kursus i konflikthåndtering.", "output indicator target deadline", "measurable"),
    ("Der plantes 10.000 træer i kommunen i løbet af de næste fire år.", "initiative output indicator target deadline", "measurable"),
    ("Alle nyansatte i ældreplejen får et introduktionsforløb.", "output", "vague"),
    ("Der bygges 120 almene boliger i bymidten frem mod 2030.", "initiative output indicator target deadline", "measurable"),
    ("Kommunen opsætter 25 nye ladestandere ved rådhuset og skolerne i 2026.", "initiative output indicator target deadline", "measurable"),
    ("Samtlige plejecentre skal have en demensansvarlig medarbejder.", "output", "vague"),
    # measurable: indicator and target, in many word orders
    ("Andelen af borgere, der er tilfredse med hjemmeplejen, skal være mindst 90 % i 2027.", "effect indicator target deadline", "measurable"),
    ("85 % af forældrene er tilfredse med samarbejdet med dagtilbuddet.", "effect indicator target", "measurable"),
    ("Målet for ungdomsuddannelsesfrekvensen er at nå landsgennemsnittet senest i 2028.", "effect indicator target deadline", "measurable"),
    ("Sagsbehandlingstiden på byggesager skal ned på 30 dage inden udgangen af 2026.", "effect indicator target deadline", "measurable"),
    ("I 2027 skal højst 5 % af eleverne have et fravær på over 10 %.", "effect indicator target deadline", "measurable"),
    ("Antallet af anbragte børn skal reduceres med 15 % i forhold til 2024.", "effect indicator target", "measurable"),
    ("Beskæftigelsesfrekvensen for indvandrere skal øges til 65 % i løbet af valgperioden.", "effect indicator target deadline", "measurable"),
    ("Mindst 8 ud af 10 elever i 8. klasse skal svare, at de trives i skolen.", "effect indicator target", "measurable"),
    ("Genanvendelsen af plastaffald skal fordobles frem mod 2030.", "effect indicator target deadline", "measurable"),
    ("Vi vil halvere antallet af arbejdsulykker i driftsafdelingen inden 2028.", "effect indicator target deadline", "measurable"),
    ("Sygefraværet i hjemmeplejen skal falde fra 8,2 % til 6,5 % i løbet af 2026.", "effect indicator baseline target deadline", "measurable"),
    ("Ambitionen er, at 70 % af de unge på uddannelseshjælp er i uddannelse eller job efter et år.", "effect indicator target", "measurable"),
    ("Andelen af tosprogede børn med alderssvarende dansk ved skolestart skal op på niveau med de øvrige børn.", "effect indicator target", "measurable"),
    ("Ventetiden til genoptræning må højst være 7 dage.", "effect indicator target", "measurable"),
    ("Mål 2: Antallet af ledige i langtidsledighed skal halveres i 2027.", "effect indicator target deadline", "measurable"),
    ("Delmål 3.1: 60 % af borgerne skal kende til kommunens tilbud om rygestop.", "effect indicator target", "measurable"),
    ("Det er et mål, at 95 % af henvendelserne i Borgerservice løses ved første kontakt.", "effect indicator target", "measurable"),
    ("Energiforbruget pr. kvadratmeter i de kommunale bygninger skal reduceres med 2 % om året.", "effect indicator target", "measurable"),
    ("Karaktergennemsnittet ved afgangsprøven skal ligge over landsgennemsnittet i skoleåret 2026/27.", "effect indicator target deadline", "measurable"),
    ("Udgifterne til specialundervisning må ikke overstige 18 % af skolebudgettet.", "indicator target", "measurable"),
    # numbers, quantifiers and marks that are no targets
    ("Mål 4: Flere ledige kommer i arbejde.", "effect", "vague"),
    ("Delmål 2.1 – Borgerne oplever en hurtig sagsbehandling.", "effect", "vague"),
    ("Indsatsområde 3: Sammenhængende forløb for borgere med kroniske sygdomme.", "effect", "vague"),
    ("Alle børn skal have adgang til et trygt læringsmiljø.", "effect", "vague"),
    ("Ingen borgere skal stå uden et sted at sove.", "effect", "vague"),
    ("Flere elever skal opnå mindst 4 i matematik ved afgangsprøven.", "effect indicator", "vague"),
    ("Samtlige medarbejdere skal kende kommunens whistleblowerordning.", "effect", "vague"),
    # deadlines in many shapes, without a level
    ("Inden udgangen af 2027 skal alle skoler arbejde med den nye trivselsmodel.", "initiative deadline", "initiative_only"),
    ("I løbet af skoleåret 2026/27 indføres en ny model for skole-hjem-samarbejdet.", "initiative deadline", "initiative_only"),
    ("Senest i 2030 skal der være ladestandere ved alle kommunens skoler.", "output deadline", "vague"),
    ("Frem mod 2028 skal flere borgere bruge de digitale løsninger.", "effect deadline", "vague"),
    ("Ved udgangen af første halvår 2026 skal den nye visitationsmodel være taget i brug.", "output deadline", "vague"),
    ("I perioden 2026-2029 skal ventetiderne i børne- og ungerådgivningen nedbringes.", "effect indicator deadline", "vague"),
    # a second batch, written later the same day and measured once before the analyser was tuned on it (verdict
    # 0.82; the analyser of main 0.80; initiative recall 0.88, effect recall 0.79, output recall 0.50)
    ("Det er Byrådets mål, at flere ældre kan blive boende i eget hjem, også når de får brug for hjælp.", "effect", "vague"),
    ("Det er Byrådets mål at udbygge stinettet mellem landsbyerne, så flere kan cykle til skole og arbejde.", "initiative effect", "vague"),
    ("Vi vil skabe et arbejdsmarked med plads til alle, hvor borgere med nedsat arbejdsevne kan bidrage efter evne.", "effect", "vague"),
    ("Kommunen vil i samarbejde med erhvervslivet udvikle nye praktikforløb for unge uden uddannelse.", "initiative", "initiative_only"),
    ("Antallet af børn, der vurderes skoleparate ved skolestart, skal stige.", "effect indicator", "vague"),
    ("Andelen af voksne, der er fysisk inaktive, skal reduceres til under 20 % inden 2030.", "effect indicator target deadline", "measurable"),
    ("Gennem et styrket samarbejde med civilsamfundet vil vi mindske ensomheden blandt ældre.", "initiative effect", "vague"),
    ("Der etableres et ungeråd, der skal give de unge indflydelse på beslutninger, som vedrører dem.", "initiative effect", "vague"),
    ("Borgere, der henvender sig til kommunen, skal mødes med respekt og have et hurtigt svar.", "effect", "vague"),
    ("Vi ønsker, at alle børn lærer at svømme, inden de forlader 4. klasse.", "effect", "vague"),
    ("Kommunens bygninger skal være CO2-neutrale senest i 2030.", "effect target deadline", "vague"),
    ("Den gennemsnitlige sagsbehandlingstid på handicapbiler skal nedbringes fra 14 til 10 uger i 2027.", "effect indicator baseline target deadline", "measurable"),
    ("Vi vil sikre gode og trygge overgange fra dagtilbud til skole.", "effect", "vague"),
    ("Der udarbejdes en handleplan for hver skole med lavt elevfravær som mål.", "initiative output", "vague"),
    ("Jobcentret skal i 2026 have kontakt med alle virksomheder med over 20 ansatte.", "output deadline", "vague"),
    ("Alle nyansatte gennemfører et introduktionsforløb i løbet af deres første tre måneder.", "output deadline", "vague"),
    ("Brugertilfredsheden i hjemmeplejen skal ligge på mindst 85 % i den årlige brugerundersøgelse.", "effect indicator target", "measurable"),
    ("Vi arbejder for et rent og sundt havmiljø i fjorden.", "initiative effect", "vague"),
    ("Kulturhusene skal være åbne mødesteder for alle aldersgrupper.", "effect", "vague"),
    ("Indsatsen mod skolefravær intensiveres i udskolingen.", "initiative", "initiative_only"),
    ("Frivillige skal opleve, at deres indsats bliver værdsat.", "effect", "vague"),
    ("Vi vil nedbringe antallet af indbrud i boligområderne med en tredjedel frem mod 2028.", "effect indicator target deadline", "measurable"),
    ("Ved at samle rådgivningen ét sted vil vi gøre det lettere for familier at få hjælp.", "initiative effect", "vague"),
    ("Målet er, at ventetiden til psykologhjælp for unge højst er fire uger.", "effect indicator target", "measurable"),
    ("Sundhedsplejen tilbyder et ekstra hjemmebesøg til alle førstegangsforældre.", "initiative output", "vague"),
    ("Delmål 1.2: Flere unge vælger en erhvervsuddannelse direkte efter 9. klasse.", "effect", "vague"),
    ("Vi vil forenkle reglerne for tilskud til foreningerne.", "initiative", "initiative_only"),
    ("Kommunen skal være blandt de ti bedste kommuner til at skabe job til ledige.", "effect target", "vague"),
    ("Mål 5: Borgere med kroniske sygdomme skal have en sammenhængende behandling på tværs af sektorer.", "effect", "vague"),
    ("Der skal bygges en ny daginstitution i den nordlige bydel inden udgangen af 2028.", "initiative output deadline", "vague"),
    ("Vi vil understøtte, at flere virksomheder tager et socialt ansvar.", "initiative effect", "vague"),
    ("Udledningen af kvælstof til vandløbene skal halveres i forhold til 2020.", "effect indicator target", "measurable"),
    ("Skolerne skal fortsat have fokus på elevernes læsning i indskolingen.", "initiative", "initiative_only"),
    ("Alle elever i 3. klasse skal kunne læse alderssvarende.", "effect", "vague"),
    ("I løbet af 2027 tilbydes alle ledere et forløb i strategisk ledelse.", "initiative output deadline", "vague"),
    ("Vi fortsætter arbejdet med at udvikle den tværfaglige indsats for udsatte familier.", "initiative", "initiative_only"),
    ("Borgernes tillid til kommunen skal styrkes.", "effect", "vague"),
    ("Tre ud af fire borgere skal opleve, at de får den hjælp, de har brug for.", "effect indicator target", "measurable"),
    ("Et aktivt kulturliv, der binder by og land sammen.", "effect", "vague"),
    ("Kommunen opretter et klimapanel med borgere og virksomheder.", "initiative", "initiative_only"),
]

CORPUS: list[dict[str, object]] = [
    {"text": text, "elements": set(elements.split()), "verdict": verdict} for text, elements, verdict in _ITEMS
]
