"""The recogniser's own training examples: how managers say each thing, one utterance a line.

Written for the recogniser; the test corpus (tests/data/intent_corpus.jsonl) is written apart from these.
Numbers and days in examples stand for any number or day: the recogniser reads every number as one token.
"""

from __future__ import annotations

import json
from pathlib import Path

# The training half of the labelled corpus (tools/split_intent_corpus.py); its other half is held out for judging.
CORPUS_TRAINING = Path(__file__).with_name("corpus_train.jsonl")
# More training examples, written from docs/intents.md by a colleague who never saw the test corpus.
MORE_TRAINING = Path(__file__).with_name("training_more.jsonl")

OUT_OF_SCOPE = "out_of_scope"

_EXAMPLES: dict[str, str] = {
    "new_goal": """
        nyt mål
        jeg vil gerne lave et nyt mål
        opret et mål
        tilføj et udviklingsmål
        kan du hjælpe mig med at formulere et mål
        jeg skal skrive et nyt udviklingsmål til aftalen
        lav et mål om sygefravær
        vi vil have et mål om trivsel med i aftalen
        nyt udviklingsmål tak
        start på et nyt mål
        hjælp mig med at skrive et mål
        jeg har et mål jeg gerne vil have med
        skriv et mål
        tilføj mål
        nyt mål om ventetid
        et mål mere
        jeg vil formulere endnu et mål
        kan vi lave et mål sammen
    """,
    "edit_goal": """
        ret mål 2
        ret målet
        jeg vil rette mål 3
        ændre mål 1
        kan jeg ændre i mit andet mål
        ret det første mål
        rediger mål nummer 4
        jeg skal lige justere målværdien i mål 2
        opdater mål 1
        ændr målværdien på mål 3
        lav om på mål 2
        ret fristen i mål 1
        mål 2 skal rettes
        kan du åbne mål 3 igen så jeg kan rette det
        tilret målet om trivsel
        skift indikatoren i mål 2
    """,
    "delete_goal": """
        slet mål 2
        fjern mål 3
        slet målet om sygefravær
        mål 1 skal ud af aftalen
        kan du fjerne det tredje mål
        jeg vil gerne slette et mål
        drop mål 4
        tag mål 2 ud
        slet det sidste mål
        fjern et mål fra aftalen
        mål 5 skal slettes
        kassér mål 2
    """,
    "show_agreement": """
        min aftale
        vis min aftale
        vis lige aftalen
        vis aftalen
        må jeg se min udviklingsaftale
        hvad står der i min aftale
        kan du vise mig aftalen
        åbn aftalen
        se aftale
        hvor er min aftale
        mine aftaler
        vis mine mål
        hvilke mål har jeg
        hvad mangler jeg i aftalen
        hvad mangler der i min aftale
        hvad mangler jeg
        hvad mangler vi endnu
        mangler der noget
        hvad mangler der
        hvordan ser aftalen ud nu
        vis udkastet
        aftalen tak
        vis aftalen for børn og skole
        hvad har vi aftalt
    """,
    "new_agreement": """
        ny aftale
        opret aftale
        opret en ny aftale
        jeg skal lave næste års aftale
        lav en udviklingsaftale for 2027
        start en ny udviklingsaftale
        vi skal i gang med aftalen for næste år
        opret årets aftale
        ny udviklingsaftale til min enhed
        kan du oprette en aftale for ældreplejen
        jeg vil begynde på en ny aftale
        aftale for næste år
        lav en ny aftale
    """,
    "edit_section": """
        ret økonomi
        ret økonomiafsnittet
        ret generelt
        ret dialog
        ret evaluering
        skriv afsnittet om økonomi
        jeg vil ændre teksten om økonomi
        opdater afsnittet om dialog
        rediger evalueringsafsnittet
        tilføj noget om budgettet i økonomiafsnittet
        ændr generelt afsnittet
        jeg skal skrive om evalueringen i aftalen
        udfyld økonomidelen
        ret teksten om dialogen
        ret et afsnit
        skriv om hvordan vi evaluerer
    """,
    "submit": """
        send til godkendelse
        send aftalen til godkendelse
        send den til henrik
        nu er aftalen klar send den
        indsend aftalen
        kan du sende aftalen til min direktør
        aftalen er færdig
        send aftalen videre til aftalegiveren
        jeg vil gerne have aftalen godkendt
        godkendelse tak
        send udkastet til godkendelse
        så er vi klar til godkendelse
        send til min chef
        send aftalen igen
        indsend til godkendelse
        aftalen skal godkendes
        send den til approval
    """,
    "history": """
        historik
        vis historikken
        hvilke versioner er der
        hvad sagde min direktør sidst
        se tidligere versioner
        hvad er der ændret siden sidst
        hvornår blev aftalen godkendt
        vis beslutningerne på aftalen
        hvem har godkendt aftalen
        vis kommentaren fra aftalegiveren
        hvad var kommentaren
        versioner af aftalen
        log over aftalen
    """,
    "status": """
        status
        hvordan går det
        hvordan går det med sygefraværet
        hvordan står det til med målene
        hvordan går det med børn og skole
        er vi på sporet
        hvordan ligger vi med trivslen
        hvad er status på ventetiden
        statsu
        giv mig et overblik over mine mål
        hvor langt er vi med målene
        går det godt med målene
        hvilke mål er i risiko
        er vi bagud på nogen indikatorer
        hvordan udvikler sygefraværet sig
        hvad siger tallene
        seneste tal
        vis status for mål 2
        hvordan er det gået i år
        hvordan går det med afgangsprøverne
        har vi nået målet for brugertilfredshed
        status på indikatorerne
        hvor er vi henne
        hvordan ser det ud med ledigheden
        hvordan går det med målene
    """,
    "register_measurement": """
        registrer tal
        indtast et nyt tal
        jeg har nye tal for sygefravær
        sygefraværet var 5,8 % i oktober
        tilføj en måling
        jeg vil indberette tal
        skriv tallet for trivsel ind
        registrer en måling for ventetid
        nyt tal for november
        indtast månedens tal
        jeg skal lige taste tallene ind
        opdater tallet for afgangsprøverne
    """,
    "export": """
        eksporter aftalen
        kan jeg downloade aftalen
        hent aftalen som word
        print aftalen
        jeg vil gerne have aftalen som et dokument
        send mig aftalen som word-fil
        eksport
        download
        kan jeg få aftalen i word
        lav en pdf af aftalen
        gem aftalen som fil
        udskriv aftalen
        jeg skal bruge aftalen på papir
    """,
    "plan_meeting": """
        planlæg dialogmøde
        planlæg et møde
        book et dialogmøde
        kan vi mødes til dialogmøde på fredag kl 10
        nyt dialogmøde 14/1 kl 9
        jeg vil gerne holde et dialogmøde med henrik
        sæt et dialogmøde op
        indkald til dialogmøde
        find en tid til dialogmøde
        lad os holde møde om aftalen i næste uge
        planlæg møde med min aftalegiver
        dialogmøde den 3/2 kl 13
        vi skal have et dialogmøde
        opret et dialogmøde
        kan du planlægge vores næste møde
        aftal et møde om målene
        møde tirsdag kl 14
    """,
    "move_meeting": """
        flyt mødet
        flyt mødet til kl 13
        flyt dialogmødet til torsdag
        kan vi rykke mødet
        mødet skal flyttes til 15/12 kl 10
        ryk dialogmødet en time
        jeg kan ikke på fredag kan vi flytte mødet
        udskyd mødet til næste uge
        flyt vores møde til i morgen
        ændr tidspunktet for mødet
        nyt tidspunkt for dialogmødet
        mødet skal være kl 14 i stedet
    """,
    "next_meeting": """
        næste møde
        hvornår er næste dialogmøde
        hvornår ses vi til dialogmøde
        dagsorden
        vis dagsordenen
        hvad skal vi tale om på mødet
        hvornår er vores næste møde
        hvad står på dagsordenen
        har vi et møde snart
        hvornår skal jeg mødes med henrik
        hvad er punkterne til mødet
        er der planlagt et dialogmøde
        hvornår er mødet
        næste dialogmøde
    """,
    "meeting_notes": """
        noter til mødet
        tag noter
        jeg vil skrive referat
        skriv en note til mødet
        noter
        vi sidder i mødet nu
        jeg vil notere en beslutning
        tilføj et handlingspunkt
        skriv ned at vi har besluttet
        mødenoter
        notér fra mødet
        vi er til dialogmøde nu
        skriv noter
    """,
    "end_meeting": """
        afslut møde
        afslut mødet
        mødet er slut
        luk mødet
        vi er færdige med mødet
        afslut dialogmødet og send referatet
        send referatet ud
        stop mødet
        mødet er færdigt
        slut på mødet
        færdig med mødet
    """,
    "meeting_summary": """
        referat
        vis referatet
        hvad blev der besluttet på mødet
        referatet fra sidste møde
        hvad aftalte vi sidst
        vis referat fra dialogmødet
        hvad står der i referatet
        se referatet
        beslutninger fra sidste møde
        hvad kom vi frem til på mødet
    """,
    "my_tasks": """
        mine opgaver
        handlingspunkter
        hvad skal jeg nå
        hvilke handlingspunkter har jeg
        hvad har jeg lovet at gøre
        mine to do
        hvad er mine opgaver
        vis mine handlingspunkter
        hvad mangler jeg at gøre fra mødet
        åbne opgaver
        hvilke opgaver venter på mig
        luk en opgave
    """,
    "plan_evaluation": """
        planlæg evaluering
        planlæg evalueringsmøde
        book et evalueringsmøde
        vi skal have evalueringsmødet i kalenderen
        hvornår skal vi evaluere planlæg det
        sæt evalueringen i kalenderen
        find en tid til evaluering af aftalen
        indkald til evalueringsmøde
        lav et evalueringsmøde i januar
        evalueringsmøde den 20/1
    """,
    "evaluation": """
        evaluering
        evaluer målene
        jeg vil evaluere aftalen
        evaluer årets mål
        vurder målene
        nåede vi målene i år
        lav evalueringen
        giv målene en vurdering
        vi skal evaluere
        start evalueringen
        evaluér
    """,
    "overview": """
        overblik
        vis overblikket
        giv mig et overblik over alle enheder
        hvordan går det med alle aftalerne
        status for alle aftaler
        overblik over aftalerne
        se alle aftaler
        hvor langt er enhederne
        overblik for børn og skole
        alle enheders status
        kommunens aftaler
        hvordan står det til i alle enheder
    """,
    "who_is_behind": """
        hvem er bagud
        hvem mangler at få godkendt deres aftale
        hvem har ikke sendt deres aftale
        hvilke enheder er bagud
        hvem halter
        hvem mangler at indsende
        hvem er forsinket med aftalen
        hvilke ledere mangler
        hvem har ikke lavet deres udkast
        hvem skal jeg rykke
        er der nogen der er bagud med aftalerne
    """,
    "pending_approvals": """
        hvad venter på min godkendelse
        har jeg noget at godkende
        hvilke aftaler skal jeg godkende
        venter der aftaler på mig
        mangler jeg at godkende noget
        aftaler til godkendelse
        hvad skal jeg tage stilling til
        er der kommet nye aftaler til godkendelse
        godkend aftalen
        jeg vil godkende aftalen
    """,
    "subscribe_channel": """
        abonnér på status for børn og skole
        abonner på status
        send status for børn og skole her i kanalen
        kanalen skal have status hver måned
        tilmeld kanalen til månedsstatus
        kan teamet få status for social og sundhed
        post månedsstatus i denne kanal
        følg status for teknik og miljø her
    """,
    "unsubscribe_channel": """
        stop status for børn og skole
        afmeld status
        stop abonnementet
        kanalen skal ikke have status mere
        afmeld kanalen fra månedsstatus
        fjern abonnementet på status
        stop med at poste status her
        opsig abonnement
    """,
    "help": """
        hjælp
        hjælp mig
        hvad kan du
        hvad kan du hjælpe med
        hvordan bruger jeg dig
        jeg forstår ikke hvordan det virker
        hvilke kommandoer er der
        vis hjælp
        hvad kan jeg skrive
        jeg er ny hvad gør jeg
        hvordan kommer jeg i gang
        help
        guide
        hvad kan jeg bruge botten til
    """,
    "greeting": """
        hej
        hejsa
        godmorgen
        goddag
        hej aftalebot
        hallo
        hey
        god eftermiddag
        dav
        hej med dig
        halløj
    """,
    "thanks": """
        tak
        mange tak
        tusind tak
        tak for hjælpen
        super tak
        tak skal du have
        perfekt tak
        fint tak
        det var det hele
        god weekend
        hav en god dag
        tak det var alt
        farvel
    """,
    "ask_deadline": """
        hvornår er fristen for at indsende
        hvornår skal aftalen være godkendt
        hvornår er deadline
        hvad er fristen for udkastet
        hvornår skal aftalen være færdig
        frister
        hvornår skal jeg sende aftalen
        hvornår skal evalueringen være holdt
        hvad er deadline for midtvejsopfølgningen
        årshjul
        vis årshjulet
        hvornår er fristen
        hvad er tidsplanen for aftalerne
        hvornår skal vi have holdt dialogmøde
        hvor lang tid har jeg til at lave aftalen
        hvornår skal udkastet ligge klar
    """,
    "ask_who_giver": """
        hvem godkender min aftale
        hvem er min aftalegiver
        hvem skal godkende aftalen
        hvem sender jeg aftalen til
        hvem er aftalegiver
        hvem er min chef i aftalen
        hvem skal jeg have godkendt aftalen af
        hvem godkender
        skal direktøren godkende min aftale
        hvem er den anden part i aftalen
    """,
    "ask_who_holder": """
        hvem er aftaleholder
        hvem er aftaleholder for børn og skole
        hvem ejer aftalen
        hvem har aftalen for social og sundhed
        hvem er ansvarlig for aftalen
        hvem står for aftalen i ældreplejen
        hvem holder aftalen
        hvem er leder af enheden
        hvis aftale er det
    """,
    "ask_who_coordinator": """
        hvem er chefkonsulent
        hvem er tovholder
        hvem kan jeg spørge om processen
        hvem koordinerer aftalerne
        hvem skal jeg kontakte om aftalen
        hvem er min chefkonsulent
        hvem styrer processen
        hvem kan hjælpe mig med aftalen
        hvem er tovholder på udviklingsaftalerne
    """,
    "ask_goal_count": """
        hvor mange mål skal jeg have
        hvor mange mål må der være
        hvor mange udviklingsmål skal aftalen have
        er der et maksimum for antal mål
        hvor mange mål
        skal jeg have et tværgående mål
        hvor mange tværgående mål skal der være
        er tre mål nok
        må jeg have seks mål
        mindste antal mål
    """,
    "ask_cross_cutting": """
        hvad er et tværgående mål
        hvad betyder tværgående
        hvad er et tværfagligt mål
        hvad forstås ved tværgående mål
        forklar tværgående mål
        hvordan laver man et tværgående mål
        hvem skal være med i et tværgående mål
        hvad er et fælles mål med andre fagområder
    """,
    "ask_output_effect": """
        hvad er forskellen på output og effekt
        hvad er output
        hvad er effekt
        hvad er et effektmål
        forklar output og effekt
        hvad mener du med effekt
        hvad betyder output
        er det output eller effekt
        hvad er forskellen på aktivitet og effekt
        hvad er et resultatmål
    """,
    "ask_indicator": """
        hvad betyder førende indikator
        hvad er en indikator
        hvad er en førende indikator
        hvad er et nøgletal
        forklar indikator
        hvad er en målemetode
        hvad er en baseline
        hvad betyder udgangspunkt
        hvad er en målværdi
        hvad skal jeg bruge en indikator til
    """,
    "ask_milestone": """
        hvad er et delmål
        hvad gør jeg med et mål der løber over flere år
        flerårige mål
        hvad er en milepæl
        forklar delmål
        hvad betyder delmål
        hvordan håndterer vi mål over flere år
        kan et mål gå over to år
    """,
    "ask_measurable": """
        hvad er et målbart mål
        hvornår er et mål konkret nok
        hvordan gør jeg mit mål målbart
        hvad skal et godt mål indeholde
        hvordan måler vi målet
        hvad kræves der af et mål
        hvornår er målet godt nok
        hvad er et smart mål
        hvordan skriver man et godt udviklingsmål
    """,
    "ask_focus_areas": """
        hvilke fokusområder er der
        hvad er fokusområderne
        hvad er et fokusområde
        skal aftalen forholde sig til fokusområderne
        hvilke fokusområder skal vi bidrage til
        kommunens fokusområder
        hvad er koncernstrategierne
        skal jeg skrive om alle fokusområder
    """,
    "ask_economy": """
        hvad skal der stå om økonomi
        hvad er effektiviseringsbidrag
        må jeg flytte budget mellem enheder
        hvad gør jeg ved budgetændringer
        hvordan håndterer vi økonomien i aftalen
        hvad er råderum
        hvor mange budgetopfølgninger er der
        skal budgettet med i aftalen
        hvad hvis budgettet ændrer sig
    """,
    "ask_involvement": """
        skal med inddrages
        skal lokal-med være med
        skal bestyrelsen høres
        hvem skal inddrages i målene
        skal lederteamet være med til at lave målene
        hvordan inddrager jeg medarbejderne
        skal medarbejderne høres om aftalen
        skal jeg involvere lokalmed
    """,
    "ask_process": """
        hvordan foregår det
        hvordan fungerer processen
        hvad sker der når aftalen er godkendt
        hvad er næste skridt
        hvad skal jeg gøre nu
        hvordan virker aftalestyring
        hvad er en udviklingsaftale
        hvorfor skal vi have en aftale
        hvad er gangen i det
        forklar processen
        hvad sker der efter jeg har sendt aftalen
    """,
    OUT_OF_SCOPE: """
        hvad bliver vejret i morgen
        hvad er der til frokost
        book et mødelokale
        hvad er min løn
        min computer virker ikke
        skriv en mail til personalet
        hvornår har jeg ferie
        kan du bestille kaffe
        hvem vandt kampen i går
        fortæl en vits
        hvad er klokken
        oversæt til engelsk
        mål
        den der
        ja
        nej
        ok
        måske
        ok så
        hmm
        det ved jeg ikke
        jeg skal hente børn
        hvordan nulstiller jeg min adgangskode
        lav en powerpoint
        hvad koster en ny bil
        print mine lønsedler
        aftale
        møde
        kan du ringe til henrik
        send en sms til mette
        åbn outlook
        flyt personalemødet til torsdag
        skriv en dagsorden til teammødet
        lav referat af ledermødet
        planlæg julefrokosten
        book en bil til på fredag
        hvad er sygefraværet i hele landet
        sammenlign vores nøgletal med nabokommunen
        beregn budgettet for næste år
        lav en budgetopfølgning i excel
        skriv et stillingsopslag
        find en afløser til i morgen
        lav vagtplanen for december
        send en julehilsen til medarbejderne
        indkald til MUS
        hvad står der i overenskomsten
        hvor mange feriedage har jeg tilbage
        registrer mit sygefravær
        jeg er syg i dag
        opret en sag i acadre
        journaliser mailen
        hvad er kodeordet til wifi
        printeren virker ikke
        bestil blomster til receptionen
        hvem har fødselsdag i dag
        kan du skrive en klage
        hvad koster en skoleplads
        hvor mange elever går på skolen
        lav en analyse af ventelisten
        skriv et høringssvar
        hvad sagde byrådet i går
        send mødeindkaldelse til bestyrelsen
        opdater hjemmesiden
        lav en præsentation til byrådet
        tirsdag
        nr 2
        det andet
        og så
        vent lige
        øh
        den første
        næste
        hvad så
        jamen
        okay så
        det er fint
        senere
    """,
}


def own_examples() -> list[tuple[str, str]]:
    """The examples written here, as (utterance, intent) pairs in a stable order."""
    return [
        (line.strip(), intent)
        for intent, block in _EXAMPLES.items()
        for line in block.strip().splitlines()
        if line.strip()
    ]


def corpus_examples(path: Path = CORPUS_TRAINING) -> list[tuple[str, str]]:
    if not path.exists():
        return []
    rows = [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [(str(row["text"]), str(row["intent"])) for row in rows]


def training_examples() -> list[tuple[str, str]]:
    """Everything the recogniser learns from: its own examples and the training half of the corpus."""
    return own_examples() + corpus_examples() + corpus_examples(MORE_TRAINING)


INTENTS: tuple[str, ...] = tuple(name for name in _EXAMPLES if name != OUT_OF_SCOPE)
