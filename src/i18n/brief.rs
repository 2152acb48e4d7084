//! The catalogue of the negotiation brief, the conversation guides, the report and the standalone
//! HTML report. English | Dutch (informal "je") | French ("vous", epicene).

crate::i18n::catalogue! {
    /// Texts of `#/brief`, its guides, `#/report` and the standalone HTML report.
    pub enum BriefText;
    // The brief page
    Title => "Negotiation brief", "Gespreksvoorbereiding", "Préparation de l’entretien";
    Intro => "One page for your career conversation, built from everything you filled in. Derived lines follow your workbook; your own edits, added lines and order stay as you leave them.",
        "Eén pagina voor je loopbaangesprek, opgebouwd uit alles wat je invulde. Afgeleide regels volgen je werkboek; je eigen aanpassingen, toegevoegde regels en volgorde blijven zoals je ze achterlaat.",
        "Une page pour votre entretien de carrière, construite à partir de tout ce que vous avez rempli. Les lignes déduites suivent votre carnet ; vos modifications, ajouts et votre ordre restent tels que vous les laissez.";
    EmptyBrief => "Nothing to brief yet: fill in the modules below and the brief writes itself.",
        "Nog niets om voor te bereiden: vul de modules hieronder in en de voorbereiding schrijft zichzelf.",
        "Rien à préparer pour l’instant : remplissez les modules ci-dessous et la fiche se rédige d’elle-même.";
    MissingTitle => "What the brief still needs", "Wat de voorbereiding nog nodig heeft", "Ce qu’il manque encore à la fiche";
    MissingValues => "Pick your top five values to say what you want.", "Kies je top vijf waarden om te zeggen wat je wilt.", "Choisissez vos cinq valeurs principales pour dire ce que vous voulez.";
    MissingGoals => "Write down a goal to show where you are heading.", "Schrijf een doel op om te laten zien waar je naartoe wilt.", "Notez un objectif pour montrer où vous allez.";
    MissingTalents => "Rate your talents: those you do well and enjoy (4 or 5 on both) are what you offer.",
        "Beoordeel je talenten: wat je goed kunt én graag doet (4 of 5 op beide) is wat je aanbiedt.",
        "Évaluez vos talents : ceux que vous maîtrisez et appréciez (4 ou 5 sur les deux) sont ce que vous apportez.";
    MissingRanking => "Score your options to find your preferred one, your asks and your alternative.",
        "Scoor je opties om je voorkeur, je vragen en je alternatief te vinden.",
        "Notez vos options pour trouver celle que vous préférez, vos demandes et votre alternative.";
    MissingDealbreakers => "Set dealbreakers to state your non-negotiables.", "Stel dealbreakers in om je harde grenzen te benoemen.", "Fixez des critères éliminatoires pour énoncer ce qui n’est pas négociable.";
    MissingExperiences => "Link your talents to experiences so you can back them with stories.", "Koppel je talenten aan ervaringen zodat je ze met verhalen kunt onderbouwen.", "Reliez vos talents à des expériences pour les appuyer par des récits.";
    GoToModule => "Go to {module}", "Naar {module}", "Aller à {module}";
    SecWant => "What I want", "Wat ik wil", "Ce que je veux";
    SecOffer => "What I offer", "Wat ik te bieden heb", "Ce que j’apporte";
    SecAsk => "What I ask of the organisation", "Wat ik van de organisatie vraag", "Ce que je demande à l’organisation";
    SecNonNegotiables => "My non-negotiables", "Mijn harde grenzen", "Ce qui n’est pas négociable pour moi";
    SecAlternative => "My alternative if the talk goes nowhere", "Mijn alternatief als het gesprek niets oplevert", "Mon alternative si l’entretien n’aboutit pas";
    SecTalkingPoints => "Talking points", "Gesprekspunten", "Points à aborder";
    SectionEmpty => "No lines here yet. Add your own below.", "Hier staan nog geen regels. Voeg hieronder je eigen regel toe.", "Aucune ligne pour l’instant. Ajoutez la vôtre ci-dessous.";
    AskHint => "Add what you will ask for yourself; the suggestions come from where your preferred option falls short.",
        "Voeg toe wat je zelf wilt vragen; de suggesties komen van de punten waarop je voorkeursoptie tekortschiet.",
        "Ajoutez ce que vous demanderez vous-même ; les suggestions viennent des points où votre option préférée est faible.";
    Suggested => "suggestion", "suggestie", "suggestion";
    EditedMark => "edited", "aangepast", "modifiée";
    AddedMark => "your line", "jouw regel", "votre ligne";
    EditLine => "Edit", "Bewerken", "Modifier";
    EditLineLabel => "Edit line", "Regel bewerken", "Modifier la ligne";
    SaveLine => "Done", "Klaar", "Terminé";
    CancelEdit => "Cancel", "Annuleren", "Annuler";
    RemoveLine => "Remove", "Verwijderen", "Retirer";
    RevertLine => "Back to the derived text", "Terug naar de afgeleide tekst", "Revenir au texte déduit";
    MoveLineUp => "Move up", "Omhoog", "Monter";
    MoveLineDown => "Move down", "Omlaag", "Descendre";
    LineActions => "Line {n}: {text}", "Regel {n}: {text}", "Ligne {n} : {text}";
    AddLine => "Add a line", "Regel toevoegen", "Ajouter une ligne";
    AddLineLabel => "New line for “{section}”", "Nieuwe regel voor ‘{section}’", "Nouvelle ligne pour « {section} »";
    HiddenLines => "Removed lines ({count})", "Verwijderde regels ({count})", "Lignes retirées ({count})";
    OwnLineRemoved => "Your line was removed.", "Je regel is verwijderd.", "Votre ligne a été retirée.";
    UndoRemove => "Undo", "Ongedaan maken", "Annuler";
    RestoreLine => "Restore", "Terugzetten", "Rétablir";
    ChooseAlternative => "Your alternative", "Je alternatief", "Votre alternative";
    AlternativeSuggested => "Suggested: {option}", "Voorgesteld: {option}", "Suggestion : {option}";
    AlternativeHint => "Suggested: the best-ranked option of another kind of move, else the next-best. You can choose another.",
        "Voorgesteld: de best gerangschikte optie van een ander soort stap, anders de op één na beste. Je kunt een andere kiezen.",
        "Suggestion : l’option la mieux classée d’un autre type de mouvement, sinon la deuxième. Vous pouvez en choisir une autre.";
    CopyText => "Copy as text", "Kopiëren als tekst", "Copier en texte";
    CopyMarkdown => "Copy as Markdown", "Kopiëren als Markdown", "Copier en Markdown";
    Copied => "Copied to the clipboard.", "Gekopieerd naar het klembord.", "Copié dans le presse-papiers.";
    CopyFailed => "This browser did not allow copying. Select the text below and copy it yourself.",
        "Deze browser stond kopiëren niet toe. Selecteer de tekst hieronder en kopieer hem zelf.",
        "Ce navigateur n’a pas autorisé la copie. Sélectionnez le texte ci-dessous et copiez-le vous-même.";
    CopyFallbackLabel => "The brief as text", "De voorbereiding als tekst", "La fiche en texte";
    GuidesTitle => "Guides for the conversation", "Gidsen voor het gesprek", "Guides pour l’entretien";
    GuideLinkEmployee => "How to hold the conversation", "Zo voer je het gesprek", "Comment mener l’entretien";
    GuideLinkManager => "A guide for your manager", "Een gids voor je leidinggevende", "Un guide pour votre responsable";
    BackToBrief => "Back to the brief", "Terug naar de voorbereiding", "Retour à la fiche";

    // Derived lines
    LinePreferred => "Preferred option: {option}", "Voorkeursoptie: {option}", "Option préférée : {option}";
    LineValues => "What matters most to me: {values}", "Wat voor mij het zwaarst weegt: {values}", "Ce qui compte le plus pour moi : {values}";
    LineGoal => "Goal {horizon}: {goal}", "Doel {horizon}: {goal}", "Objectif {horizon} : {goal}";
    LineSuccess => "Success to me: {text}", "Succes betekent voor mij: {text}", "Pour moi, la réussite : {text}";
    LineTalent => "{talent}, shown in: {stories}", "{talent}, blijkt uit: {stories}", "{talent}, démontré par : {stories}";
    LineAsk => "Support on {criterion}: {option} scores {score}/10 there", "Steun op {criterion}: {option} scoort daar {score}/10", "Un soutien sur {criterion} : {option} n’obtient que {score}/10 sur ce point";
    LineDealbreaker => "{criterion}: at least {min}/10", "{criterion}: minstens {min}/10", "{criterion} : au moins {min}/10";
    LineIncome => "An income of at least {amount} a month", "Een inkomen van minstens {amount} per maand", "Un revenu d’au moins {amount} par mois";
    LineHours => "At most {hours} hours a week", "Hoogstens {hours} uur per week", "Au plus {hours} heures par semaine";
    LineLocation => "Location: {location}", "Locatie: {location}", "Lieu : {location}";
    LineTiming => "Timing: {timing}", "Timing: {timing}", "Calendrier : {timing}";
    LineAlternative => "{option} ({move})", "{option} ({move})", "{option} ({move})";
    Horizon1 => "in 1 year", "over 1 jaar", "à 1 an";
    Horizon3 => "in 3 years", "over 3 jaar", "à 3 ans";
    Horizon10 => "in 10 years", "over 10 jaar", "à 10 ans";
    And => "and", "en", "et";
    // Kinds of move as phrases inside the brief's sentences ("{option} (a step up)"), not the
    // labels of the decision page (`DecisionText::MoveUp`, "Up") or the workshop's glossed labels
    // (`WorkshopText::KindUp`): docs/glossary.md lists both forms, label / phrase.
    MoveUp => "a step up", "een stap omhoog", "un pas vers le haut";
    MoveLateral => "lateral move", "zijwaartse stap", "mobilité latérale";
    MoveDiagonal => "diagonal move", "diagonale stap", "mobilité diagonale";
    MoveEnrichment => "growing in place", "groeien in je functie", "enrichissement du poste";
    MoveStepBack => "step back", "stap terug", "pas en arrière choisi";
    MoveExit => "leaving employment", "uitstappen uit loondienst", "sortie du salariat";
    MoveExplore => "exploring", "verkennen", "exploration";
    PointWant => "My preferred next step is {option}, because it fits what matters most to me: {values}.",
        "Mijn voorkeur gaat uit naar {option}, omdat dat past bij wat voor mij het zwaarst weegt: {values}.",
        "L’étape que je privilégie est {option}, car elle correspond à ce qui compte le plus pour moi : {values}.";
    PointOption => "My preferred next step is {option}.", "Mijn voorkeur gaat uit naar {option}.", "L’étape que je privilégie est {option}.";
    PointValues => "What matters most to me in my work: {values}.", "Wat voor mij het zwaarst weegt in mijn werk: {values}.", "Ce qui compte le plus pour moi dans mon travail : {values}.";
    PointOffer => "I bring {talents}; ask me about “{story}”.", "Ik breng {talents} mee; vraag me naar ‘{story}’.", "J’apporte {talents} ; interrogez-moi sur « {story} ».";
    PointOfferNoStory => "I bring {talents}.", "Ik breng {talents} mee.", "J’apporte {talents}.";
    PointAsk => "To make it work, I would ask for support on {asks}.", "Om het te laten slagen, vraag ik steun op {asks}.", "Pour que cela fonctionne, je demanderais un soutien sur {asks}.";
    PointGoal => "My goal {horizon}: {goal}", "Mijn doel {horizon}: {goal}", "Mon objectif {horizon} : {goal}";
    PointListen => "I would like to hear how you see my development here.", "Ik hoor graag hoe jij mijn ontwikkeling hier ziet.", "J’aimerais savoir comment vous voyez mon évolution ici.";
    PointClose => "Let’s agree on a concrete next step and a date to look at it again.", "Laten we een concrete volgende stap afspreken en een datum om erop terug te komen.", "Convenons d’une prochaine étape concrète et d’une date pour en reparler.";

    // Guides
    GuideEmployeeTitle => "Your career conversation: a short guide", "Je loopbaangesprek: een korte gids", "Votre entretien de carrière : un guide court";
    GuideEmployeeIntro => "A career conversation is a negotiation between two parties who both gain from a good outcome. Your brief tells you what you want; this guide helps you say it and hear the answer.",
        "Een loopbaangesprek is een onderhandeling tussen twee partijen die allebei baat hebben bij een goede uitkomst. Je voorbereiding zegt wat je wilt; deze gids helpt je het te zeggen en het antwoord te horen.",
        "Un entretien de carrière est une négociation entre deux parties qui ont toutes deux intérêt à une bonne issue. Votre fiche dit ce que vous voulez ; ce guide vous aide à le dire et à entendre la réponse.";
    GuideOpenTitle => "Open the conversation", "Het gesprek openen", "Ouvrir l’entretien";
    GuideEmpOpen1 => "Ask for the conversation ahead of time and say what it is about, so nobody is caught off guard.", "Vraag het gesprek vooraf aan en zeg waarover het gaat, zodat niemand overvallen wordt.", "Demandez l’entretien à l’avance et annoncez son objet, pour que personne ne soit pris au dépourvu.";
    GuideEmpOpen2 => "Start with what you want and why, in two or three sentences: your preferred option and the values behind it.", "Begin met wat je wilt en waarom, in twee of drie zinnen: je voorkeursoptie en de waarden erachter.", "Commencez par ce que vous voulez et pourquoi, en deux ou trois phrases : votre option préférée et les valeurs qui la fondent.";
    GuideEmpOpen3 => "Back what you offer with a concrete story, not a list of adjectives.", "Onderbouw wat je te bieden hebt met een concreet verhaal, niet met een rij bijvoeglijke naamwoorden.", "Appuyez ce que vous apportez sur un récit concret, pas sur une liste d’adjectifs.";
    GuideListenTitle => "Listen", "Luisteren", "Écouter";
    GuideEmpListen1 => "Ask what the organisation needs in the coming years and where it sees you.", "Vraag wat de organisatie de komende jaren nodig heeft en waar ze jou ziet.", "Demandez ce dont l’organisation a besoin dans les années à venir et où elle vous voit.";
    GuideEmpListen2 => "Summarise what you heard before you answer; it shows you listened and avoids misunderstandings.", "Vat samen wat je hoorde voordat je antwoordt; zo laat je zien dat je luisterde en voorkom je misverstanden.", "Reformulez ce que vous avez entendu avant de répondre : cela montre votre écoute et évite les malentendus.";
    GuideEmpListen3 => "A “no” to one option is rarely a no to everything: ask what would make it possible, or what else could be.", "Een ‘nee’ tegen één optie is zelden een nee tegen alles: vraag wat het mogelijk zou maken, of wat er wel kan.", "Un « non » à une option est rarement un non à tout : demandez ce qui la rendrait possible, ou ce qui le serait.";
    GuideCloseTitle => "Close with a next step", "Afsluiten met een volgende stap", "Conclure par une prochaine étape";
    GuideEmpClose1 => "Agree one concrete next step, who takes it and by when.", "Spreek één concrete volgende stap af: wie zet hem en wanneer.", "Convenez d’une prochaine étape concrète : qui s’en charge et pour quand.";
    GuideEmpClose2 => "Set a date to review it together.", "Prik een datum om er samen op terug te kijken.", "Fixez une date pour en faire le point ensemble.";
    GuideEmpClose3 => "Write a short summary afterwards and share it; your brief’s text copy is a good start.", "Schrijf achteraf een korte samenvatting en deel die; de tekstkopie van je voorbereiding is een goed begin.", "Rédigez ensuite un bref compte rendu et partagez-le ; la copie texte de votre fiche est un bon début.";
    GuideManagerTitle => "Career conversations: a guide for managers", "Loopbaangesprekken: een gids voor leidinggevenden", "Entretiens de carrière : un guide pour les responsables";
    GuideManagerIntro => "Careers are no longer a ladder the organisation sets out; people are expected to steer their own. Your part is to make that welcome: listen to what they want, be open about what the organisation needs, and agree a next step.",
        "Loopbanen zijn geen ladder meer die de organisatie uitzet; van mensen wordt verwacht dat ze zelf sturen. Jouw rol is dat welkom te maken: luister naar wat ze willen, wees open over wat de organisatie nodig heeft en spreek een volgende stap af.",
        "Les carrières ne sont plus une échelle tracée par l’organisation ; chaque personne est invitée à piloter la sienne. Votre rôle est de rendre cela bienvenu : écouter ce que la personne veut, dire ouvertement ce dont l’organisation a besoin et convenir d’une prochaine étape.";
    GuideMgrOpen1 => "Make time without interruptions and say that this conversation is about their development, not their appraisal.", "Maak tijd zonder onderbrekingen en zeg dat dit gesprek over hun ontwikkeling gaat, niet over hun beoordeling.", "Réservez un temps sans interruption et précisez que l’entretien porte sur le développement de la personne, pas sur son évaluation.";
    GuideMgrOpen2 => "Invite them to start: “What would you like to get out of this?”", "Nodig hen uit om te beginnen: ‘Wat wil je uit dit gesprek halen?’", "Invitez la personne à commencer : « Qu’aimeriez-vous retirer de cet échange ? »";
    GuideMgrOpen3 => "Treat a wish to move sideways, step back or leave as information, not disloyalty.", "Zie een wens om opzij te stappen, terug te schakelen of te vertrekken als informatie, niet als ontrouw.", "Voyez le souhait de changer de poste, de lever le pied ou de partir comme une information, pas comme de la déloyauté.";
    GuideMgrListen1 => "Listen more than you talk; ask what energises them and which experiences show it.", "Luister meer dan je praat; vraag wat hen energie geeft en welke ervaringen dat laten zien.", "Écoutez plus que vous ne parlez ; demandez ce qui donne de l’énergie à la personne et quelles expériences le montrent.";
    GuideMgrListen2 => "Be honest about what is and is not possible, and why.", "Wees eerlijk over wat wel en niet kan, en waarom.", "Soyez honnête sur ce qui est possible ou non, et pourquoi.";
    GuideMgrListen3 => "Look beyond promotion: enrichment in place, a project, shadowing or a lateral move may fit better.", "Kijk verder dan promotie: groeien in de functie, een project, meelopen of een horizontale stap kan beter passen.", "Regardez au-delà de la promotion : enrichir le poste, un projet, une immersion ou une mobilité horizontale peuvent mieux convenir.";
    GuideMgrClose1 => "Agree one concrete next step with an owner and a date, and write it down.", "Spreek één concrete volgende stap af met een eigenaar en een datum, en leg die vast.", "Convenez d’une prochaine étape concrète, avec une personne responsable et une date, et notez-la.";
    GuideMgrClose2 => "Follow up when you said you would; trust grows from that.", "Kom erop terug wanneer je dat beloofde; daar groeit vertrouwen uit.", "Revenez vers la personne au moment promis : c’est ainsi que naît la confiance.";
    GuideMgrClose3 => "Tell HR when policies stand in the way of self-managed careers.", "Meld het aan hr als beleid zelfgestuurde loopbanen in de weg staat.", "Signalez aux RH les politiques qui freinent les carrières autogérées.";

    // Report
    ReportTitle => "Career workbook report", "Rapport van het loopbaanwerkboek", "Rapport du carnet de carrière";
    ReportIntro => "Every module on one printable page. Use “Save as PDF” in the print dialog to keep a copy.",
        "Alle modules op één afdrukbare pagina. Kies ‘Opslaan als pdf’ in het afdrukvenster om een kopie te bewaren.",
        "Tous les modules sur une page imprimable. Choisissez « Enregistrer au format PDF » dans la fenêtre d’impression pour en garder une copie.";
    PrintReport => "Print or save as PDF", "Afdrukken of opslaan als pdf", "Imprimer ou enregistrer en PDF";
    ExportHtml => "Download the standalone HTML report", "Zelfstandig HTML-rapport downloaden", "Télécharger le rapport HTML autonome";
    ExportHtmlHint => "One file that opens in any browser without Crossroads. It carries your workbook, so it can be imported back. Anyone you give it to can read everything in it.",
        "Eén bestand dat in elke browser opent, zonder Crossroads. Het bevat je werkboek, zodat je het weer kunt importeren. Iedereen aan wie je het geeft, kan alles erin lezen.",
        "Un seul fichier qui s’ouvre dans n’importe quel navigateur, sans Crossroads. Il contient votre carnet et peut donc être réimporté. Toute personne à qui vous le donnez peut tout y lire.";
    ExportHtmlDone => "Downloaded {file}.", "{file} is gedownload.", "{file} a été téléchargé.";
    ExportHtmlFailed => "The report could not be downloaded: {reason}", "Het rapport kon niet worden gedownload: {reason}", "Le rapport n’a pas pu être téléchargé : {reason}";
    ReportEmpty => "Nothing filled in yet.", "Nog niets ingevuld.", "Rien de rempli pour l’instant.";
    ReportMade => "Made with Crossroads on {date}.", "Gemaakt met Crossroads op {date}.", "Réalisé avec Crossroads le {date}.";
    ReportCarries => "This file carries the workbook: import it into Crossroads to continue where it left off.",
        "Dit bestand bevat het werkboek: importeer het in Crossroads om verder te gaan waar het ophield.",
        "Ce fichier contient le carnet : importez-le dans Crossroads pour reprendre là où il s’est arrêté.";
    RepExperiences => "Experiences", "Ervaringen", "Expériences";
    RepAttitudes => "Career attitudes", "Loopbaanhouding", "Attitudes de carrière";
    RepValues => "Values", "Waarden", "Valeurs";
    RepTalents => "Talents", "Talenten", "Talents";
    RepGoals => "Goals and success", "Doelen en succes", "Objectifs et réussite";
    RepDecision => "Options and decision", "Opties en keuze", "Options et décision";
    RepEnergy => "energy {n}/5", "energie {n}/5", "énergie {n}/5";
    RepTalentEvidence => "Talents in your experiences (strength)", "Talenten in je ervaringen (sterkte)", "Talents dans vos expériences (force)";
    RepValueEvidence => "Values in your experiences (strength)", "Waarden in je ervaringen (sterkte)", "Valeurs dans vos expériences (force)";
    RepChartDesc => "Bar chart: {items}", "Staafdiagram: {items}", "Diagramme en barres : {items}";
    RepRadarTitle => "Career attitudes, latest take", "Loopbaanhouding, laatste keer", "Attitudes de carrière, dernière passation";
    RepSubscale => "Attitude", "Houding", "Attitude";
    RepMean => "Score (1–5)", "Score (1–5)", "Score (1–5)";
    RepNotScored => "not scored", "geen score", "non calculé";
    RepTopValues => "Top five", "Top vijf", "Les cinq principales";
    RepVeryImportant => "Very important", "Heel belangrijk", "Très importantes";
    RepImportant => "Important", "Belangrijk", "Importantes";
    RepLessImportant => "Less important", "Minder belangrijk", "Moins importantes";
    RepTalent => "Talent", "Talent", "Talent";
    RepProficiency => "Proficiency", "Beheersing", "Maîtrise";
    RepEnjoyment => "Enjoyment", "Plezier", "Plaisir";
    RepMotivated => "Motivated talent", "Gemotiveerd talent", "Talent motivé";
    RepYes => "yes", "ja", "oui";
    RepSuccess => "What success means", "Wat succes betekent", "Ce que signifie la réussite";
    RepConstraints => "Constraints", "Randvoorwaarden", "Contraintes";
    RepOption => "Option", "Optie", "Option";
    RepMove => "Kind of move", "Soort stap", "Type de mouvement";
    RepRank => "Rank", "Rang", "Rang";
    RepScore => "Score (0–100)", "Score (0–100)", "Score (0–100)";
    RepRankingChart => "Weighted scores of the ranked options", "Gewogen scores van de gerangschikte opties", "Scores pondérés des options classées";
    RepExcluded => "{option} is excluded: {criterion} scores {value}, below the minimum of {min}.", "{option} valt af: {criterion} scoort {value}, onder het minimum van {min}.", "{option} est écartée : {criterion} obtient {value}, sous le minimum de {min}.";
    RepIncomplete => "{option} is not ranked: some scores are missing.", "{option} is niet gerangschikt: er ontbreken scores.", "{option} n’est pas classée : il manque des notes.";
    RepCriteria => "Criteria and weights", "Criteria en gewichten", "Critères et poids";
}
