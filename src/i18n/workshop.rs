//! Texts of the workshop page (`#/workshop`): the participant's hand-in export with its preview,
//! and the facilitator's group picture. Dutch uses informal "je"; French "vous" and epicene wording.

crate::i18n::catalogue! {
    /// The workshop hub, hand-in and group picture.
    pub enum WorkshopText;
    Intro => "Run a self-management workshop with Crossroads: participants hand in a small anonymous file, and you see the group picture in your own browser.",
        "Geef een workshop zelfsturing met Crossroads: deelnemers leveren een klein anoniem bestand in, en jij ziet het groepsbeeld in je eigen browser.",
        "Animez un atelier sur l’autonomie de carrière avec Crossroads : chaque personne participante remet un petit fichier anonyme, et vous voyez la vue de groupe dans votre propre navigateur.";
    ToolsTitle => "For facilitators and HR", "Voor begeleiders en hr", "Pour l’animation d’ateliers et les RH";
    GuideLinkText => "Timings, what to say, and how to handle hand-ins and privacy in a 90-minute workshop.",
        "Tijden, wat je zegt, en hoe je omgaat met inleveren en privacy in een workshop van 90 minuten.",
        "Minutage, quoi dire, et comment gérer les remises de fichiers et la confidentialité dans un atelier de 90 minutes.";
    OrgCheckLinkText => "How ready is your organisation for employees who steer their own careers?",
        "Hoe klaar is je organisatie voor medewerkers die zelf hun loopbaan sturen?",
        "Votre organisation est-elle prête pour des personnes qui pilotent leur propre carrière ?";

    // The participant's hand-in
    HandInTitle => "Hand in your results", "Je resultaten inleveren", "Remettre vos résultats";
    HandInText => "If your workshop facilitator asks for it, download a small hand-in file and give it to them. It contains exactly what is listed here, and nothing else.",
        "Als je workshopbegeleider erom vraagt, download je een klein inleverbestand en geef je het aan hem of haar. Het bevat precies wat hier staat, en verder niets.",
        "Si la personne qui anime l’atelier le demande, téléchargez un petit fichier de remise et transmettez-le-lui. Il contient exactement ce qui figure ici, et rien d’autre.";
    PreviewTitle => "What the file contains", "Wat het bestand bevat", "Ce que contient le fichier";
    PreviewId => "A random code, {id}, so you are counted once if you hand in twice.",
        "Een willekeurige code, {id}, zodat je één keer meetelt als je twee keer inlevert.",
        "Un code aléatoire, {id}, pour n’être compté qu’une fois si vous remettez deux fois le fichier.";
    PreviewAttitudes => "Your career-attitude scores (1–5) from your latest completed check:", "Je scores op loopbaanhouding (1–5) uit je laatste afgeronde check:", "Vos scores d’attitudes de carrière (1 à 5) issus de votre dernier questionnaire terminé :";
    PreviewNoAttitudes => "No career-attitude scores: you have not completed the check.", "Geen scores op loopbaanhouding: je hebt de check niet afgerond.", "Aucun score d’attitudes : vous n’avez pas terminé le questionnaire.";
    PreviewValues => "Your top values:", "Je topwaarden:", "Vos valeurs principales :";
    PreviewNoValues => "No top values: none chosen yet (values you added yourself are never handed in).", "Geen topwaarden: nog niet gekozen (waarden die je zelf toevoegde, worden nooit ingeleverd).", "Aucune valeur principale : pas encore choisie (les valeurs que vous avez ajoutées vous-même ne sont jamais remises).";
    PreviewMoves => "The kinds of move among your options:", "De soorten stappen van je opties:", "Les types de mouvement de vos options :";
    PreviewNoMoves => "No kinds of move: you have listed no options.", "Geen soorten stappen: je hebt geen opties genoteerd.", "Aucun type de mouvement : vous n’avez listé aucune option.";
    PreviewJson => "Show the file’s exact text", "Toon de precieze tekst van het bestand", "Afficher le texte exact du fichier";
    PreviewNot => "Not in the file: your name, anything you typed, your experiences, talents, goals, the names or scores of your options.",
        "Niet in het bestand: je naam, iets wat je typte, je ervaringen, talenten, doelen, de namen of scores van je opties.",
        "Absent du fichier : votre nom, tout ce que vous avez saisi, vos expériences, talents, objectifs, les noms ou notes de vos options.";
    HandInButton => "Download the hand-in file", "Inleverbestand downloaden", "Télécharger le fichier de remise";
    HandInDone => "Downloaded {file}. Give it to your facilitator the way they asked.", "{file} is gedownload. Geef het aan je begeleider zoals afgesproken.", "{file} a été téléchargé. Transmettez-le à la personne qui anime, comme convenu.";
    HandInFailed => "The file could not be created: {reason}", "Het bestand kon niet worden gemaakt: {reason}", "Le fichier n’a pas pu être créé : {reason}";
    HandInNothing => "There is nothing to hand in yet: complete the career-attitudes check, choose your top values or list your options first.",
        "Er is nog niets om in te leveren: rond eerst de check loopbaanhouding af, kies je topwaarden of noteer je opties.",
        "Rien à remettre pour l’instant : terminez d’abord le questionnaire d’attitudes, choisissez vos valeurs principales ou listez vos options.";

    // The facilitator's group picture
    GroupTitle => "Group picture", "Groepsbeeld", "Vue de groupe";
    GroupText => "Load the hand-in files participants gave you (whole workbook files work too: only the hand-in fields are read). Files are read in this browser only; nothing is uploaded or stored, and reloading the page clears the picture.",
        "Laad de inleverbestanden die deelnemers je gaven (hele werkboekbestanden kan ook: alleen de inlevergegevens worden gelezen). Bestanden worden alleen in deze browser gelezen; er wordt niets geüpload of bewaard, en de pagina herladen wist het beeld.",
        "Chargez les fichiers de remise reçus (des carnets complets conviennent aussi : seuls les champs de remise sont lus). Les fichiers sont lus uniquement dans ce navigateur ; rien n’est envoyé ni conservé, et recharger la page efface la vue.";
    Choose => "Choose files", "Bestanden kiezen", "Choisir des fichiers";
    Drop => "or drop them here", "of sleep ze hierheen", "ou déposez-les ici";
    ReadingOne => "Reading {count} file…", "{count} bestand wordt gelezen…", "Lecture de {count} fichier…";
    Reading => "Reading {count} files…", "{count} bestanden worden gelezen…", "Lecture de {count} fichiers…";
    GroupEmpty => "No files loaded yet. Ask participants to download their hand-in file on this page and send it to you, then choose or drop all the files at once.",
        "Nog geen bestanden geladen. Vraag deelnemers hun inleverbestand op deze pagina te downloaden en naar je te sturen, en kies of sleep dan alle bestanden tegelijk.",
        "Aucun fichier chargé. Demandez aux personnes participantes de télécharger leur fichier de remise sur cette page et de vous l’envoyer, puis choisissez ou déposez tous les fichiers d’un coup.";
    Summary => "{participants} from {files}", "{participants} uit {files}", "{participants} issues de {files}";
    ParticipantsOne => "{n} participant", "{n} deelnemer", "{n} personne";
    Participants => "{n} participants", "{n} deelnemers", "{n} personnes";
    FilesOne => "{n} file", "{n} bestand", "{n} fichier";
    Files => "{n} files", "{n} bestanden", "{n} fichiers";
    SummaryFailedOne => "{failed} file skipped because of an error (listed below).", "{failed} bestand overgeslagen door een fout (zie hieronder).", "{failed} fichier ignoré à cause d’une erreur (voir ci-dessous).";
    SummaryFailed => "{failed} files skipped because of an error (listed below).", "{failed} bestanden overgeslagen door een fout (zie hieronder).", "{failed} fichiers ignorés à cause d’une erreur (voir ci-dessous).";
    FilesTitle => "Loaded files", "Geladen bestanden", "Fichiers chargés";
    FileAdded => "counted", "meegeteld", "pris en compte";
    FileFromWorkbook => "counted (a workbook file: only the hand-in fields were read)", "meegeteld (een werkboekbestand: alleen de inlevergegevens zijn gelezen)", "pris en compte (un carnet : seuls les champs de remise ont été lus)";
    FileReplaced => "the same participant as an earlier file: counted once, this file replaces the earlier one", "dezelfde deelnemer als een eerder bestand: één keer meegeteld, dit bestand vervangt het eerdere", "même personne qu’un fichier précédent : comptée une seule fois, ce fichier remplace le précédent";
    FileFailed => "skipped: {error}", "overgeslagen: {error}", "ignoré : {error}";
    ErrEncrypted => "this is an encrypted workbook; ask for a hand-in file instead.", "dit is een versleuteld werkboek; vraag om een inleverbestand.", "c’est un carnet chiffré ; demandez plutôt un fichier de remise.";
    ErrNotHandIn => "this is not a Crossroads hand-in or workbook file.", "dit is geen inlever- of werkboekbestand van Crossroads.", "ce n’est pas un fichier de remise ni un carnet Crossroads.";
    Clear => "Clear the group picture", "Groepsbeeld wissen", "Effacer la vue de groupe";
    HiddenTitle => "The group picture is hidden", "Het groepsbeeld is verborgen", "La vue de groupe est masquée";
    Hidden => "The group picture appears from {min} participants, to protect small groups: with fewer, individual answers could be recognised. Participants loaded now: {participants}.",
        "Het groepsbeeld verschijnt vanaf {min} deelnemers, om kleine groepen te beschermen: met minder zijn individuele antwoorden te herkennen. Nu geladen: {participants} deelnemers.",
        "La vue de groupe apparaît à partir de {min} personnes, pour protéger les petits groupes : en dessous, les réponses individuelles pourraient être reconnues. Personnes chargées : {participants}.";
    AttitudesTitle => "Career attitudes", "Loopbaanhouding", "Attitudes de carrière";
    AttitudesText => "Each row shows how the group’s scores spread on the 1–5 scale: the box holds the middle half of the group, the line in it is the median, the whiskers reach the lowest and highest score.",
        "Elke rij laat zien hoe de scores van de groep verdeeld zijn op de schaal van 1 tot 5: de box bevat de middelste helft van de groep, de lijn erin is de mediaan, de snorharen lopen tot de laagste en hoogste score.",
        "Chaque ligne montre la répartition des scores du groupe sur l’échelle de 1 à 5 : la boîte contient la moitié centrale du groupe, le trait intérieur est la médiane, les moustaches vont du score le plus bas au plus haut.";
    WithAttitudesOne => "{count} of {participants} participants handed in attitude scores.", "{count} van de {participants} deelnemers leverde scores op loopbaanhouding in.", "{count} personne sur {participants} a remis des scores d’attitudes.";
    WithAttitudes => "{count} of {participants} participants handed in attitude scores.", "{count} van de {participants} deelnemers leverden scores op loopbaanhouding in.", "{count} personnes sur {participants} ont remis des scores d’attitudes.";
    ChartTitle => "Spread of the group’s career-attitude scores", "Spreiding van de scores op loopbaanhouding in de groep", "Répartition des scores d’attitudes de carrière du groupe";
    ChartDesc => "Box plots per attitude on a scale of 1 to 5; the table below holds the same numbers.", "Boxplots per houding op een schaal van 1 tot 5; de tabel hieronder bevat dezelfde getallen.", "Boîtes à moustaches par attitude sur une échelle de 1 à 5 ; le tableau ci-dessous contient les mêmes chiffres.";
    TableCaption => "Career-attitude scores of the group (1–5)", "Scores op loopbaanhouding van de groep (1–5)", "Scores d’attitudes de carrière du groupe (1 à 5)";
    ColScale => "Attitude", "Houding", "Attitude";
    ColCount => "Participants", "Deelnemers", "Personnes";
    ColMin => "Lowest", "Laagste", "Minimum";
    ColQ1 => "Lower quartile", "Onderste kwartiel", "Premier quartile";
    ColMedian => "Median", "Mediaan", "Médiane";
    ColQ3 => "Upper quartile", "Bovenste kwartiel", "Troisième quartile";
    ColMax => "Highest", "Hoogste", "Maximum";
    ColMean => "Mean", "Gemiddelde", "Moyenne";
    Withheld => "fewer than {min} scores: not shown", "minder dan {min} scores: niet getoond", "moins de {min} scores : non affiché";
    ValuesTitle => "Most common top values", "Meest gekozen topwaarden", "Valeurs principales les plus fréquentes";
    ValuesNone => "No top values were handed in.", "Er zijn geen topwaarden ingeleverd.", "Aucune valeur principale n’a été remise.";
    ValuesCaption => "How many participants have each value in their top five", "Hoeveel deelnemers elke waarde in hun top vijf hebben", "Nombre de personnes ayant chaque valeur parmi leurs cinq principales";
    ColValue => "Value", "Waarde", "Valeur";
    ColShare => "Share of the group", "Deel van de groep", "Part du groupe";
    MovesTitle => "Kinds of move considered", "Overwogen soorten stappen", "Types de mouvement envisagés";
    MovesCaption => "How many participants have at least one option of each kind", "Hoeveel deelnemers minstens één optie van elke soort hebben", "Nombre de personnes ayant au moins une option de chaque type";
    ColMove => "Kind of move", "Soort stap", "Type de mouvement";
    CsvButton => "Download the group picture (CSV)", "Groepsbeeld downloaden (CSV)", "Télécharger la vue de groupe (CSV)";
    CsvFailed => "The CSV file could not be created: {reason}", "Het CSV-bestand kon niet worden gemaakt: {reason}", "Le fichier CSV n’a pas pu être créé : {reason}";
    HandInNoRandom => "The hand-in file could not be created: this browser gives Crossroads no random numbers for the file’s anonymous id. Try another browser.", "Het inleverbestand kon niet worden gemaakt: deze browser geeft Crossroads geen willekeurige getallen voor de anonieme code van het bestand. Probeer een andere browser.", "Le fichier de remise n’a pas pu être créé : ce navigateur ne fournit pas à Crossroads de nombres aléatoires pour l’identifiant anonyme du fichier. Essayez un autre navigateur.";
    CsvDone => "Downloaded {file}.", "{file} is gedownload.", "{file} a été téléchargé.";
    CsvParticipants => "Participants", "Deelnemers", "Personnes participantes";
    KindUp => "Up: more responsibility", "Omhoog: meer verantwoordelijkheid", "Vers le haut : plus de responsabilités";
    KindLateral => "Sideways: another role at the same level", "Zijwaarts: een andere rol op hetzelfde niveau", "Latéral : un autre rôle au même niveau";
    KindDiagonal => "Across: another function or sector", "Diagonaal: een andere functie of sector", "Diagonal : une autre fonction ou un autre secteur";
    KindEnrichment => "Growing in the current role", "Groeien in de huidige functie", "Enrichissement du poste actuel";
    KindStepBack => "A step back by choice", "Een gekozen stap terug", "Un pas en arrière choisi";
    KindExit => "Leaving employment", "Uitstappen: de loondienst verlaten", "Sortie : quitter le salariat";
    KindExplore => "Exploring: study, trial, shadowing", "Verkennen: studie, proefproject, meelopen", "Exploration : études, essai, immersion";
}
