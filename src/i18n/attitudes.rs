//! The career-attitudes catalogue: questionnaire items, subscale names, interpretations, next
//! steps and the screen's own texts. English | Dutch (informal "je") | French ("vous", epicene).
//!
//! Item texts are Crossroads' own wording; no item is copied from a published scale.

crate::i18n::catalogue! {
    /// Texts of the career-attitudes module.
    pub enum AttitudeText;
    // Screen
    Intro => "How do you steer your own career? Rate 36 short statements from 1 (strongly disagree) to 5 (strongly agree). It takes about ten minutes; your answers are saved as you go, so you can stop and come back.",
        "Hoe stuur je zelf je loopbaan? Geef bij 36 korte uitspraken aan in hoeverre je het ermee eens bent, van 1 (helemaal oneens) tot 5 (helemaal eens). Het duurt ongeveer tien minuten; je antwoorden worden meteen bewaard, dus je kunt stoppen en later verdergaan.",
        "Comment pilotez-vous votre carrière ? Évaluez 36 affirmations courtes de 1 (pas du tout d’accord) à 5 (tout à fait d’accord). Comptez environ dix minutes ; vos réponses sont enregistrées au fur et à mesure : vous pouvez vous arrêter et reprendre plus tard.";
    Disclaimer => "This is a reflection tool, not a validated psychometric test. Its scores are a starting point for thinking and for a conversation, not a verdict about you.",
        "Dit is een hulpmiddel om over jezelf na te denken, geen gevalideerde psychologische test. De scores zijn een vertrekpunt voor reflectie en voor een gesprek, geen oordeel over jou.",
        "Ceci est un outil de réflexion, pas un test psychométrique validé. Ses scores sont un point de départ pour réfléchir et pour échanger, pas un verdict sur vous.";
    Start => "Start the questionnaire", "Begin aan de vragenlijst", "Commencer le questionnaire";
    Retake => "Take it again", "Opnieuw invullen", "Répondre à nouveau";
    DiscardTake => "Stop this retake", "Stop met deze nieuwe invulling", "Abandonner cette nouvelle passation";
    PageOf => "Page {page} of {pages}", "Pagina {page} van {pages}", "Page {page} sur {pages}";
    Answered => "{answered} of {total} statements answered", "{answered} van {total} uitspraken beantwoord", "Réponses données : {answered} sur {total}";
    Previous => "Previous", "Vorige", "Précédent";
    Next => "Next", "Volgende", "Suivant";
    Finish => "See my results", "Bekijk mijn resultaten", "Voir mes résultats";
    UnansweredOne => "{n} statement is still unanswered. You can finish anyway: a part with more than one open answer is shown as “not enough answers”.",
        "Er staat nog {n} uitspraak open. Je kunt toch afronden: een onderdeel met meer dan één open antwoord krijgt dan “niet genoeg antwoorden”.",
        "{n} affirmation est encore sans réponse. Vous pouvez tout de même terminer : une partie avec plus d’une réponse manquante sera indiquée « réponses insuffisantes ».";
    Unanswered => "{n} statements are still unanswered. You can finish anyway: a part with more than one open answer is shown as “not enough answers”.",
        "Er staan nog {n} uitspraken open. Je kunt toch afronden: een onderdeel met meer dan één open antwoord krijgt dan “niet genoeg antwoorden”.",
        "{n} affirmations sont encore sans réponse. Vous pouvez tout de même terminer : une partie avec plus d’une réponse manquante sera indiquée « réponses insuffisantes ».";
    Scale1 => "Strongly disagree", "Helemaal oneens", "Pas du tout d’accord";
    Scale2 => "Disagree", "Oneens", "Plutôt pas d’accord";
    Scale3 => "Neither", "Neutraal", "Ni d’accord ni pas d’accord";
    Scale4 => "Agree", "Eens", "Plutôt d’accord";
    Scale5 => "Strongly agree", "Helemaal eens", "Tout à fait d’accord";
    ResultsTitle => "Your results", "Je resultaten", "Vos résultats";
    TakenOn => "Completed on {date}", "Ingevuld op {date}", "Complété le {date}";
    CompareWith => "Compare with", "Vergelijk met", "Comparer avec";
    NoComparison => "No comparison", "Geen vergelijking", "Aucune comparaison";
    TakeLabel => "Take of {date}", "Invulling van {date}", "Passation du {date}";
    ChartTitle => "Your career attitudes on nine scales from 1 to 5", "Je loopbaanhouding op negen schalen van 1 tot 5", "Vos attitudes de carrière sur neuf échelles de 1 à 5";
    ChartDescLatest => "Latest take: {scores}.", "Laatste invulling: {scores}.", "Dernière passation : {scores}.";
    ChartDescEarlier => "Earlier take, drawn dashed: {scores}.", "Eerdere invulling, gestreept getekend: {scores}.", "Passation antérieure, en pointillés : {scores}.";
    LegendLatest => "Latest", "Laatste", "Dernière";
    LegendEarlier => "Earlier", "Eerder", "Antérieure";
    TableCaption => "Scores per scale (1 to 5)", "Scores per schaal (1 tot 5)", "Scores par échelle (1 à 5)";
    ColScale => "Scale", "Schaal", "Échelle";
    ColLatest => "Latest", "Laatste", "Dernière";
    ColEarlier => "Earlier", "Eerder", "Antérieure";
    ColChange => "Change", "Verschil", "Évolution";
    ColBand => "Reading", "Duiding", "Lecture";
    NotEnough => "not enough answers", "niet genoeg antwoorden", "réponses insuffisantes";
    NotScored => "–", "–", "–";
    BandLow => "lower", "lager", "plutôt basse";
    BandMiddle => "in between", "middenin", "intermédiaire";
    BandHigh => "higher", "hoger", "plutôt haute";
    ChangeUp => "higher than before", "hoger dan eerder", "plus haut qu’avant";
    ChangeDown => "lower than before", "lager dan eerder", "plus bas qu’avant";
    ChangeSame => "about the same", "ongeveer gelijk", "à peu près pareil";
    Flat => "Your profile is flat: all your scores lie within half a point of each other, so there is no real strongest or weakest attitude to point out. That is a result too: look at the level (how high or low the scores are) rather than at the order.",
        "Je profiel is vlak: al je scores liggen binnen een half punt van elkaar, dus er is geen echte sterkste of zwakste houding aan te wijzen. Ook dat is een uitkomst: kijk naar het niveau (hoe hoog of laag de scores zijn) en niet naar de volgorde.",
        "Votre profil est plat : tous vos scores sont à moins d’un demi-point les uns des autres ; il n’y a donc pas vraiment d’attitude la plus forte ou la plus faible. C’est aussi un résultat : regardez le niveau des scores plutôt que leur ordre.";
    Highest => "Highest: {names}.", "Hoogst: {names}.", "Le plus haut : {names}.";
    Lowest => "Lowest: {names}.", "Laagst: {names}.", "Le plus bas : {names}.";
    TiedNote => "Scores within 0.1 of each other are treated as tied, so they are named together rather than ranked.",
        "Scores die minder dan 0,1 van elkaar verschillen, gelden als gelijk: ze worden samen genoemd in plaats van gerangschikt.",
        "Les scores à moins de 0,1 d’écart sont considérés comme égaux : ils sont cités ensemble plutôt que classés.";
    Spread => "Spread between your highest and lowest score: {spread} points.", "Verschil tussen je hoogste en laagste score: {spread} punten.", "Écart entre votre score le plus haut et le plus bas : {spread} points.";
    SomeNotScored => "Some scales have more than one open answer and are not scored: {names}.", "Sommige schalen hebben meer dan één open antwoord en krijgen geen score: {names}.", "Certaines échelles ont plus d’une réponse manquante et ne sont pas notées : {names}.";
    InterpretationTitle => "What your scores suggest", "Wat je scores laten zien", "Ce que suggèrent vos scores";
    NextSteps => "Next steps", "Volgende stappen", "Prochaines étapes";
    TakesTitle => "Your takes", "Je invullingen", "Vos passations";
    ResearchTitle => "Background", "Achtergrond", "Contexte";
    ResearchText => "The scales draw on research into protean and boundaryless career attitudes and into career adaptability. The statements are Crossroads’ own wording; the published scales were not copied.",
        "De schalen bouwen voort op onderzoek naar proteïsche en grenzeloze loopbaanhoudingen en naar loopbaanwendbaarheid. De uitspraken zijn eigen formuleringen van Crossroads; de gepubliceerde vragenlijsten zijn niet overgenomen.",
        "Les échelles s’appuient sur la recherche sur les attitudes de carrière protéiformes et sans frontières et sur l’adaptabilité de carrière. Les affirmations sont formulées par Crossroads ; les questionnaires publiés n’ont pas été repris.";

    // Subscale names (long)
    NameSelfDirected => "Self-directed career management", "Zelfsturing in je loopbaan", "Gestion autonome de sa carrière";
    NameValuesDriven => "Values-driven orientation", "Gedreven door waarden", "Orientation fondée sur les valeurs";
    NameBoundaryless => "Boundaryless mindset", "Grenzeloze blik", "État d’esprit sans frontières";
    NameMobility => "Mobility preference", "Voorkeur voor mobiliteit", "Préférence pour la mobilité";
    NameConcern => "Concern (looking ahead)", "Betrokkenheid (vooruitkijken)", "Préoccupation (anticiper)";
    NameControl => "Control (owning your choices)", "Controle (eigen keuzes maken)", "Contrôle (assumer ses choix)";
    NameCuriosity => "Curiosity (exploring)", "Nieuwsgierigheid (verkennen)", "Curiosité (explorer)";
    NameConfidence => "Confidence (trusting you can)", "Zelfvertrouwen (erop vertrouwen dat je het kunt)", "Confiance (se sentir capable)";
    NameNegotiation => "Negotiation readiness", "Klaar voor het gesprek", "Préparation à la négociation";
    // Subscale names (short, for the chart)
    ShortSelfDirected => "Self-directed", "Zelfsturing", "Autonomie";
    ShortValuesDriven => "Values", "Waarden", "Valeurs";
    ShortBoundaryless => "Boundaryless", "Grenzeloos", "Sans frontières";
    ShortMobility => "Mobility", "Mobiliteit", "Mobilité";
    ShortConcern => "Concern", "Vooruitkijken", "Anticipation";
    ShortControl => "Control", "Controle", "Contrôle";
    ShortCuriosity => "Curiosity", "Nieuwsgierig", "Curiosité";
    ShortConfidence => "Confidence", "Vertrouwen", "Confiance";
    ShortNegotiation => "Negotiation", "Gesprek", "Négociation";

    // Items: self-directed career management
    ItemSd1 => "I take the initiative to plan my next career step myself.", "Ik neem zelf het initiatief om mijn volgende loopbaanstap te plannen.", "Je prends moi-même l’initiative de planifier ma prochaine étape professionnelle.";
    ItemSd2 => "When I need a new skill, I find a way to learn it without waiting to be sent on a course.", "Als ik een nieuwe vaardigheid nodig heb, zoek ik zelf een manier om die te leren, zonder te wachten tot ik op cursus word gestuurd.", "Quand j’ai besoin d’une nouvelle compétence, je trouve un moyen de l’acquérir sans attendre qu’on m’envoie en formation.";
    ItemSd3 => "I expect my employer to decide where my career goes next.", "Ik verwacht dat mijn werkgever beslist welke kant mijn loopbaan opgaat.", "J’attends de mon employeur qu’il décide de la suite de ma carrière.";
    ItemSd4 => "I regularly check whether my work still fits where I want to go.", "Ik ga regelmatig na of mijn werk nog past bij waar ik naartoe wil.", "Je vérifie régulièrement si mon travail correspond encore à la direction que je veux prendre.";
    // values-driven orientation
    ItemVd1 => "My own values guide my career decisions more than what others expect of me.", "Mijn eigen waarden sturen mijn loopbaankeuzes meer dan wat anderen van me verwachten.", "Mes propres valeurs guident mes choix de carrière davantage que les attentes des autres.";
    ItemVd2 => "I judge my career success by my own standards, not by title or pay alone.", "Ik beoordeel mijn loopbaansucces naar mijn eigen maatstaven, niet alleen naar functietitel of salaris.", "Je juge ma réussite professionnelle selon mes propres critères, pas seulement d’après le titre ou le salaire.";
    ItemVd3 => "I would take a job that clashes with my values if the pay or status were right.", "Ik zou een baan aannemen die botst met mijn waarden als het salaris of de status goed genoeg is.", "J’accepterais un poste contraire à mes valeurs si le salaire ou le statut étaient à la hauteur.";
    ItemVd4 => "I can name the things I am not willing to give up at work.", "Ik kan benoemen wat ik in mijn werk niet wil opgeven.", "Je peux nommer ce à quoi je refuse de renoncer dans mon travail.";
    // boundaryless mindset
    ItemBm1 => "I enjoy working with people outside my own team or organisation.", "Ik werk graag samen met mensen buiten mijn eigen team of organisatie.", "J’aime travailler avec des personnes extérieures à mon équipe ou à mon organisation.";
    ItemBm2 => "I look for projects that take me beyond my usual tasks.", "Ik zoek projecten op die me buiten mijn gewone taken brengen.", "Je recherche des projets qui m’emmènent au-delà de mes tâches habituelles.";
    ItemBm3 => "I prefer to stay within the limits of my own job description.", "Ik blijf het liefst binnen de grenzen van mijn eigen functieomschrijving.", "Je préfère rester dans les limites de ma fiche de poste.";
    ItemBm4 => "Contacts in other departments and organisations are an important source of ideas for me.", "Contacten in andere afdelingen en organisaties zijn voor mij een belangrijke bron van ideeën.", "Mes contacts dans d’autres services et organisations sont pour moi une source d’idées importante.";
    // mobility preference
    ItemMp1 => "I would be open to a role in another organisation if it suited me better.", "Ik sta open voor een functie in een andere organisatie als die beter bij me past.", "J’envisagerais un poste dans une autre organisation s’il me convenait mieux.";
    ItemMp2 => "A move sideways or into another sector appeals to me as much as a step up.", "Een zijstap of een overstap naar een andere sector spreekt me even sterk aan als een stap omhoog.", "Un mouvement latéral ou vers un autre secteur m’attire autant qu’une promotion.";
    ItemMp3 => "I would feel lost if I had to leave my current organisation.", "Ik zou me verloren voelen als ik mijn huidige organisatie moest verlaten.", "Quitter mon organisation actuelle me déstabiliserait beaucoup.";
    ItemMp4 => "I would rather stay with one employer for many years.", "Ik blijf liever vele jaren bij één werkgever.", "Je préfère rester de nombreuses années chez le même employeur.";
    // concern
    ItemCo1 => "I think about what my working life could look like in five years.", "Ik denk na over hoe mijn werkende leven er over vijf jaar uit zou kunnen zien.", "Je réfléchis à ce que pourrait être ma vie professionnelle dans cinq ans.";
    ItemCo2 => "I prepare now for changes I expect in my field.", "Ik bereid me nu al voor op veranderingen die ik in mijn vakgebied verwacht.", "Je me prépare dès maintenant aux changements que j’anticipe dans mon domaine.";
    ItemCo3 => "I rarely think about my career until something forces me to.", "Ik denk zelden na over mijn loopbaan, tot iets me ertoe dwingt.", "Je pense rarement à ma carrière, sauf quand les circonstances m’y obligent.";
    ItemCo4 => "I know which developments in my line of work will matter for me.", "Ik weet welke ontwikkelingen in mijn vak voor mij belangrijk worden.", "Je sais quelles évolutions de mon métier vont compter pour moi.";
    // control
    ItemCt1 => "I make my own decisions about my career.", "Ik neem zelf de beslissingen over mijn loopbaan.", "Je prends moi-même les décisions concernant ma carrière.";
    ItemCt2 => "I take responsibility for the choices I make at work.", "Ik neem verantwoordelijkheid voor de keuzes die ik in mijn werk maak.", "J’assume la responsabilité des choix que je fais au travail.";
    ItemCt3 => "I feel my career mostly happens to me.", "Ik heb het gevoel dat mijn loopbaan me vooral overkomt.", "J’ai le sentiment que ma carrière m’arrive surtout sans que je la choisisse.";
    ItemCt4 => "When I decide to change something in my work, I follow it through.", "Als ik besluit iets in mijn werk te veranderen, zet ik dat ook door.", "Quand je décide de changer quelque chose dans mon travail, je vais jusqu’au bout.";
    // curiosity
    ItemCu1 => "I explore career options I have not considered before.", "Ik verken loopbaanmogelijkheden waar ik nog niet eerder aan dacht.", "J’explore des pistes professionnelles que je n’avais pas envisagées.";
    ItemCu2 => "I ask people about their work to learn what other roles are like.", "Ik vraag mensen naar hun werk om te ontdekken hoe andere functies eruitzien.", "J’interroge des personnes sur leur travail pour découvrir d’autres métiers.";
    ItemCu3 => "I seldom look at what is happening outside my own job.", "Ik kijk zelden naar wat er buiten mijn eigen functie gebeurt.", "Je m’intéresse rarement à ce qui se passe en dehors de mon propre poste.";
    ItemCu4 => "I try out new ways of doing my work.", "Ik probeer nieuwe manieren uit om mijn werk te doen.", "J’essaie de nouvelles façons de faire mon travail.";
    // confidence
    ItemCf1 => "I trust myself to learn whatever a new role would ask of me.", "Ik vertrouw erop dat ik kan leren wat een nieuwe functie van me vraagt.", "J’ai confiance en ma capacité à apprendre ce qu’un nouveau poste exigerait.";
    ItemCf2 => "When a task at work gets hard, I keep going until I find a way.", "Als een taak op het werk moeilijk wordt, ga ik door tot ik een oplossing vind.", "Quand une tâche devient difficile, je persévère jusqu’à trouver une solution.";
    ItemCf3 => "I doubt whether I could manage in a different kind of job.", "Ik twijfel of ik me zou redden in een ander soort werk.", "Je doute de pouvoir m’en sortir dans un autre type d’emploi.";
    ItemCf4 => "I can point to things I have done well in my career.", "Ik kan aanwijzen wat ik goed heb gedaan in mijn loopbaan.", "Je peux citer des choses que j’ai bien réussies dans ma carrière.";
    // negotiation readiness
    ItemNg1 => "I know what I want from my next career step.", "Ik weet wat ik wil van mijn volgende loopbaanstap.", "Je sais ce que j’attends de ma prochaine étape professionnelle.";
    ItemNg2 => "I can tell my manager clearly what I want in my career.", "Ik kan mijn leidinggevende duidelijk vertellen wat ik wil in mijn loopbaan.", "Je peux dire clairement à ma hiérarchie ce que je souhaite pour ma carrière.";
    ItemNg3 => "I keep my career wishes to myself in case they are turned down.", "Ik houd mijn loopbaanwensen voor me, uit angst dat ze worden afgewezen.", "Je garde mes souhaits de carrière pour moi, de peur qu’ils soient refusés.";
    ItemNg4 => "I know what I can offer my organisation in return for what I ask.", "Ik weet wat ik mijn organisatie kan bieden in ruil voor wat ik vraag.", "Je sais ce que je peux offrir à mon organisation en échange de ce que je demande.";

    // Interpretations and next steps, per scale and band
    SelfDirectedLow => "You tend to leave the direction of your career to others, such as your employer or circumstances.",
        "Je laat de richting van je loopbaan vaak over aan anderen, zoals je werkgever of de omstandigheden.",
        "Vous laissez souvent d’autres acteurs, comme votre employeur ou les circonstances, décider de l’orientation de votre carrière.";
    SelfDirectedLowStep1 => "Write down one thing you want to be doing more of a year from now.", "Schrijf één ding op waar je over een jaar meer mee bezig wilt zijn.", "Notez une chose que vous aimeriez faire davantage dans un an.";
    SelfDirectedLowStep2 => "Pick one skill you want and find a free way to start learning it this month.", "Kies één vaardigheid die je wilt leren en zoek een gratis manier om er deze maand mee te beginnen.", "Choisissez une compétence à acquérir et trouvez un moyen gratuit de commencer ce mois-ci.";
    SelfDirectedMiddle => "You steer your career some of the time, often when a change comes up rather than ahead of it.",
        "Je stuurt je loopbaan af en toe zelf, vaak wanneer er een verandering opduikt en minder vooraf.",
        "Vous pilotez votre carrière par moments, souvent quand un changement survient plutôt qu’en l’anticipant.";
    SelfDirectedMiddleStep1 => "Put a short career check-in with yourself in your calendar every three months.", "Zet elke drie maanden een kort loopbaanmoment met jezelf in je agenda.", "Inscrivez tous les trois mois un court point de carrière avec vous-même dans votre agenda.";
    SelfDirectedMiddleStep2 => "Turn one wish from your goals into a concrete step with a date.", "Maak van één wens uit je doelen een concrete stap met een datum.", "Transformez un souhait issu de vos objectifs en une étape concrète avec une date.";
    SelfDirectedHigh => "You take charge of your own development and direction instead of waiting to be told.",
        "Je neemt zelf de regie over je ontwikkeling en richting, in plaats van te wachten tot iemand het je zegt.",
        "Vous prenez en main votre développement et votre orientation au lieu d’attendre qu’on vous les indique.";
    SelfDirectedHighStep1 => "Share your plan with your manager so the organisation can support it.", "Deel je plan met je leidinggevende, zodat de organisatie het kan ondersteunen.", "Partagez votre projet avec votre responsable pour que l’organisation puisse le soutenir.";
    SelfDirectedHighStep2 => "Check your plan against the evidence in your experiences: does it follow what energises you?", "Toets je plan aan je ervaringen: sluit het aan bij wat je energie geeft?", "Confrontez votre projet à vos expériences : correspond-il à ce qui vous donne de l’énergie ?";
    ValuesDrivenLow => "Outside expectations, pay or status weigh more in your choices than your own values do right now.",
        "Verwachtingen van buitenaf, salaris of status wegen op dit moment zwaarder in je keuzes dan je eigen waarden.",
        "Les attentes extérieures, le salaire ou le statut pèsent actuellement plus dans vos choix que vos propres valeurs.";
    ValuesDrivenLowStep1 => "Do the values card sort and look at which values your best experiences honoured.", "Doe de kaartsortering van waarden en kijk welke waarden je beste ervaringen eer aandeden.", "Faites le tri des valeurs et regardez celles que vos meilleures expériences ont respectées.";
    ValuesDrivenLowStep2 => "Write down what success would mean to you if nobody else were watching.", "Schrijf op wat succes voor jou zou betekenen als niemand anders meekeek.", "Notez ce que la réussite signifierait pour vous si personne ne vous regardait.";
    ValuesDrivenMiddle => "Your values play a part in your choices, next to other pressures that sometimes win.",
        "Je waarden spelen een rol in je keuzes, naast andere druk die soms de overhand krijgt.",
        "Vos valeurs jouent un rôle dans vos choix, à côté d’autres pressions qui l’emportent parfois.";
    ValuesDrivenMiddleStep1 => "Name your top five values and one situation where you gave one of them up.", "Benoem je top vijf waarden en één situatie waarin je er een van opgaf.", "Nommez vos cinq valeurs principales et une situation où vous avez renoncé à l’une d’elles.";
    ValuesDrivenMiddleStep2 => "Use your top values as criteria when you compare your options.", "Gebruik je belangrijkste waarden als criteria wanneer je je opties vergelijkt.", "Utilisez vos valeurs principales comme critères pour comparer vos options.";
    ValuesDrivenHigh => "You judge your career by your own values and standards of success.",
        "Je beoordeelt je loopbaan naar je eigen waarden en je eigen maatstaf voor succes.",
        "Vous évaluez votre carrière selon vos propres valeurs et votre propre idée de la réussite.";
    ValuesDrivenHighStep1 => "Make your non-negotiables explicit as dealbreakers in the decision module.", "Maak je harde grenzen expliciet als breekpunten in de keuzemodule.", "Formulez vos exigences non négociables comme critères éliminatoires dans le module de décision.";
    ValuesDrivenHighStep2 => "Explain your values to your manager in terms of what they bring to the work.", "Leg je leidinggevende uit wat je waarden opleveren voor het werk.", "Expliquez à votre responsable ce que vos valeurs apportent au travail.";
    BoundarylessLow => "You tend to keep to your own team and tasks, and see less value in crossing boundaries.",
        "Je houdt het vaak bij je eigen team en taken, en ziet minder waarde in grenzen overschrijden.",
        "Vous restez souvent dans votre équipe et vos tâches, et voyez moins l’intérêt de franchir les frontières.";
    BoundarylessLowStep1 => "Have coffee with someone from another department and ask what they work on.", "Drink een koffie met iemand van een andere afdeling en vraag waar die aan werkt.", "Prenez un café avec une personne d’un autre service et demandez-lui sur quoi elle travaille.";
    BoundarylessLowStep2 => "Offer to help on one small project outside your usual tasks.", "Bied aan om mee te helpen aan één klein project buiten je gewone taken.", "Proposez votre aide sur un petit projet hors de vos tâches habituelles.";
    BoundarylessMiddle => "You work across boundaries when it comes your way, less often by choice.",
        "Je werkt over grenzen heen als het op je pad komt, minder vaak uit eigen keuze.",
        "Vous travaillez au-delà des frontières quand l’occasion se présente, moins souvent par choix.";
    BoundarylessMiddleStep1 => "List five contacts outside your team and reconnect with one of them.", "Maak een lijstje van vijf contacten buiten je team en neem opnieuw contact op met een van hen.", "Listez cinq contacts hors de votre équipe et reprenez contact avec l’un d’eux.";
    BoundarylessMiddleStep2 => "Join a cross-team group, network or community of practice.", "Sluit je aan bij een teamoverstijgende werkgroep, een netwerk of een vakgemeenschap.", "Rejoignez un groupe transversal, un réseau ou une communauté de pratique.";
    BoundarylessHigh => "You seek out people and work beyond your own team and organisation.",
        "Je zoekt actief mensen en werk op buiten je eigen team en organisatie.",
        "Vous allez chercher des personnes et des projets au-delà de votre équipe et de votre organisation.";
    BoundarylessHighStep1 => "Note which of those contacts could tell you about the options you are weighing.", "Noteer wie van die contacten je meer kan vertellen over de opties die je afweegt.", "Notez lesquels de ces contacts pourraient vous renseigner sur les options que vous envisagez.";
    BoundarylessHighStep2 => "Show your organisation how your outside links benefit your current role.", "Laat je organisatie zien hoe je contacten buiten je huidige functie die functie ten goede komen.", "Montrez à votre organisation en quoi vos liens extérieurs profitent à votre poste actuel.";
    MobilityLow => "You value staying with your organisation; moving elsewhere is not something you look for.",
        "Je hecht eraan bij je organisatie te blijven; ergens anders heen gaan zoek je niet op.",
        "Vous tenez à rester dans votre organisation ; changer d’employeur n’est pas ce que vous recherchez.";
    MobilityLowStep1 => "Look for growth in place: which parts of your current role could you enrich?", "Zoek groei op je huidige plek: welke delen van je functie zou je kunnen verrijken?", "Cherchez à évoluer sur place : quelles parties de votre poste pourriez-vous enrichir ?";
    MobilityLowStep2 => "Still list one option outside, so you know your alternative in a conversation.", "Zet toch één optie buiten de organisatie op een rij, zodat je in een gesprek je alternatief kent.", "Listez tout de même une option à l’extérieur, pour connaître votre alternative lors d’un entretien.";
    MobilityMiddle => "You are open to moving if it clearly suits you better, without actively looking.",
        "Je staat open voor een overstap als die duidelijk beter bij je past, zonder er actief naar te zoeken.",
        "Vous envisagez de changer si cela vous convient clairement mieux, sans chercher activement.";
    MobilityMiddleStep1 => "Describe what another role would need to offer for you to move.", "Beschrijf wat een andere functie zou moeten bieden om jou te laten overstappen.", "Décrivez ce qu’un autre poste devrait offrir pour que vous changiez.";
    MobilityMiddleStep2 => "Compare one internal and one external option side by side.", "Vergelijk één interne en één externe optie naast elkaar.", "Comparez côte à côte une option interne et une option externe.";
    MobilityHigh => "You are comfortable with moving between roles, organisations or sectors.",
        "Je voelt je op je gemak bij overstappen tussen functies, organisaties of sectoren.",
        "Vous êtes à l’aise avec l’idée de changer de poste, d’organisation ou de secteur.";
    MobilityHighStep1 => "Check each move against your values, so mobility serves your goals rather than restlessness.", "Toets elke overstap aan je waarden, zodat mobiliteit je doelen dient en geen onrust is.", "Confrontez chaque changement à vos valeurs, pour que la mobilité serve vos objectifs plutôt qu’une agitation.";
    MobilityHighStep2 => "Ask what your current organisation could offer before you look elsewhere.", "Vraag wat je huidige organisatie je kan bieden voordat je elders gaat zoeken.", "Demandez ce que votre organisation actuelle pourrait vous offrir avant de chercher ailleurs.";
    ConcernLow => "You rarely look ahead at your career; the future gets attention when it arrives.",
        "Je kijkt zelden vooruit in je loopbaan; de toekomst krijgt aandacht als ze zich aandient.",
        "Vous anticipez rarement votre carrière ; l’avenir retient votre attention quand il arrive.";
    ConcernLowStep1 => "Write one sentence about where you would like to be in three years.", "Schrijf één zin over waar je over drie jaar zou willen staan.", "Écrivez une phrase sur là où vous aimeriez être dans trois ans.";
    ConcernLowStep2 => "Ask a colleague which changes they expect in your field.", "Vraag een collega welke veranderingen die in jullie vak verwacht.", "Interrogez une personne de votre équipe sur les changements qu’elle prévoit dans votre domaine.";
    ConcernMiddle => "You think about your future now and then, but not yet in a way that shapes your plans.",
        "Je denkt af en toe na over je toekomst, maar nog niet zo dat het je plannen vormgeeft.",
        "Vous pensez de temps en temps à votre avenir, mais pas encore au point d’orienter vos projets.";
    ConcernMiddleStep1 => "Set goals for one, three and ten years in the goals module.", "Stel doelen voor één, drie en tien jaar in de module doelen.", "Fixez des objectifs à un, trois et dix ans dans le module objectifs.";
    ConcernMiddleStep2 => "Name one development in your field and what it would mean for you.", "Benoem één ontwikkeling in je vak en wat die voor jou zou betekenen.", "Nommez une évolution de votre domaine et ce qu’elle impliquerait pour vous.";
    ConcernHigh => "You look ahead and prepare for what is coming in your working life.",
        "Je kijkt vooruit en bereidt je voor op wat er in je werkende leven op je afkomt.",
        "Vous regardez devant vous et vous préparez à ce qui vous attend dans votre vie professionnelle.";
    ConcernHighStep1 => "Turn your view of the future into options you can compare now.", "Zet je toekomstbeeld om in opties die je nu kunt vergelijken.", "Transformez votre vision de l’avenir en options à comparer dès maintenant.";
    ConcernHighStep2 => "Keep room for surprises: plan the next step in detail, the ones after loosely.", "Houd ruimte voor verrassingen: plan de volgende stap in detail, de stappen daarna globaal.", "Gardez de la place pour l’imprévu : planifiez l’étape suivante en détail et les autres dans les grandes lignes.";
    ControlLow => "Your career feels like something that happens to you more than something you decide.",
        "Je loopbaan voelt meer als iets wat je overkomt dan als iets waarover je zelf beslist.",
        "Votre carrière ressemble davantage à quelque chose qui vous arrive qu’à quelque chose que vous décidez.";
    ControlLowStep1 => "Find one past experience where you did make the choice, and what made that possible.", "Zoek één ervaring uit het verleden waarin je wel zelf koos, en wat dat mogelijk maakte.", "Retrouvez une expérience passée où vous avez fait le choix vous-même, et ce qui l’a rendu possible.";
    ControlLowStep2 => "Make one small decision about your work this week and carry it out.", "Neem deze week één kleine beslissing over je werk en voer die uit.", "Prenez cette semaine une petite décision concernant votre travail et mettez-la en œuvre.";
    ControlMiddle => "You make some of your own career choices and leave others to chance or to others.",
        "Je maakt een deel van je loopbaankeuzes zelf en laat andere over aan het toeval of aan anderen.",
        "Vous faites certains de vos choix de carrière vous-même et en laissez d’autres au hasard ou à d’autres.";
    ControlMiddleStep1 => "Notice which choice you are putting off and give it a deadline.", "Kijk welke keuze je voor je uit schuift en geef die een deadline.", "Repérez le choix que vous repoussez et fixez-lui une échéance.";
    ControlMiddleStep2 => "Use the decision module to make the reasons behind your choice visible.", "Gebruik de keuzemodule om de redenen achter je keuze zichtbaar te maken.", "Utilisez le module de décision pour rendre visibles les raisons de votre choix.";
    ControlHigh => "You own your career decisions and follow them through.",
        "Je neemt je loopbaanbeslissingen zelf en maakt ze waar.",
        "Vous assumez vos décisions de carrière et les menez à bien.";
    ControlHighStep1 => "Test your choices with someone you trust, so ownership does not become going it alone.", "Toets je keuzes bij iemand die je vertrouwt, zodat zelf kiezen niet alleen kiezen wordt.", "Soumettez vos choix à une personne de confiance, pour que décider par vous-même ne signifie pas décider dans l’isolement.";
    ControlHighStep2 => "Write down what you will decide, and by when, before your next career conversation.", "Schrijf op wat je zult beslissen, en wanneer, vóór je volgende loopbaangesprek.", "Notez ce que vous déciderez, et pour quand, avant votre prochain entretien de carrière.";
    CuriosityLow => "You seldom explore options beyond the work you know.",
        "Je verkent zelden mogelijkheden buiten het werk dat je kent.",
        "Vous explorez rarement des possibilités au-delà du travail que vous connaissez.";
    CuriosityLowStep1 => "Read about one role that intrigues you and note what surprised you.", "Lees over één functie die je nieuwsgierig maakt en noteer wat je verraste.", "Renseignez-vous sur un métier qui vous intrigue et notez ce qui vous a surpris.";
    CuriosityLowStep2 => "Ask someone in a different role for twenty minutes about their day.", "Vraag iemand met een andere functie twintig minuten over hoe een werkdag eruitziet.", "Demandez à une personne occupant un autre poste vingt minutes pour parler de sa journée.";
    CuriosityMiddle => "You explore now and then, mostly close to what you already do.",
        "Je verkent af en toe, vooral dicht bij wat je al doet.",
        "Vous explorez de temps en temps, surtout à proximité de ce que vous faites déjà.";
    CuriosityMiddleStep1 => "Add one option you had not considered to your list and score it honestly.", "Zet één optie waar je nog niet aan dacht op je lijst en scoor die eerlijk.", "Ajoutez à votre liste une option que vous n’aviez pas envisagée et notez-la honnêtement.";
    CuriosityMiddleStep2 => "Shadow a colleague in another team for half a day.", "Loop een halve dag mee met een collega van een ander team.", "Passez une demi-journée aux côtés d’une personne d’une autre équipe.";
    CuriosityHigh => "You actively explore roles, people and new ways of working.",
        "Je verkent actief functies, mensen en nieuwe manieren van werken.",
        "Vous explorez activement des métiers, des personnes et de nouvelles façons de travailler.";
    CuriosityHighStep1 => "Narrow down: choose the two options that fit your values best and test those.", "Breng het terug: kies de twee opties die het best bij je waarden passen en test die.", "Faites le tri : choisissez les deux options les plus conformes à vos valeurs et testez-les.";
    CuriosityHighStep2 => "Design a cheap test for each, such as a trial project or a conversation.", "Bedenk voor elk een goedkope test, zoals een proefproject of een gesprek.", "Imaginez pour chacune un test peu coûteux, comme un projet pilote ou un échange.";
    ConfidenceLow => "You doubt whether you could succeed in something new, even where your history says you can.",
        "Je twijfelt of je in iets nieuws zou slagen, ook waar je verleden laat zien dat je het kunt.",
        "Vous doutez de réussir dans quelque chose de nouveau, même là où votre parcours montre que vous en êtes capable.";
    ConfidenceLowStep1 => "List three things you learned that once felt too hard.", "Schrijf drie dingen op die je hebt geleerd en die ooit te moeilijk leken.", "Listez trois choses que vous avez apprises alors qu’elles vous semblaient trop difficiles.";
    ConfidenceLowStep2 => "Ask two people who know your work what they rely on you for.", "Vraag twee mensen die je werk kennen waarvoor ze op jou rekenen.", "Demandez à deux personnes qui connaissent votre travail sur quoi elles comptent sur vous.";
    ConfidenceMiddle => "You trust yourself in familiar work and feel less sure about new ground.",
        "Je vertrouwt op jezelf in vertrouwd werk en voelt je minder zeker op nieuw terrein.",
        "Vous avez confiance en vous dans un travail familier, moins en terrain inconnu.";
    ConfidenceMiddleStep1 => "Link your talents to experiences that prove them.", "Koppel je talenten aan ervaringen die ze bewijzen.", "Reliez vos talents à des expériences qui les démontrent.";
    ConfidenceMiddleStep2 => "Take on one small stretch task and note how it went.", "Neem één kleine uitdagende taak op je en noteer hoe het ging.", "Acceptez une petite tâche un peu au-delà de votre zone de confort et notez comment elle s’est passée.";
    ConfidenceHigh => "You trust that you can learn and cope with what a new role brings.",
        "Je vertrouwt erop dat je kunt leren en aankunt wat een nieuwe functie meebrengt.",
        "Vous avez confiance en votre capacité à apprendre et à faire face à ce qu’apporte un nouveau poste.";
    ConfidenceHighStep1 => "Back your confidence with evidence you can name in a conversation.", "Onderbouw je zelfvertrouwen met bewijs dat je in een gesprek kunt noemen.", "Appuyez votre confiance sur des preuves que vous pouvez citer lors d’un entretien.";
    ConfidenceHighStep2 => "Pick a stretch goal that would really test you.", "Kies een doel dat je echt uitdaagt.", "Choisissez un objectif qui vous mettrait vraiment à l’épreuve.";
    NegotiationLow => "You are not yet sure what you want, or you hesitate to say it.",
        "Je weet nog niet goed wat je wilt, of je aarzelt om het te zeggen.",
        "Vous ne savez pas encore bien ce que vous voulez, ou vous hésitez à le dire.";
    NegotiationLowStep1 => "Finish the values and goals modules: they tell you what to ask for.", "Rond de modules waarden en doelen af: daaruit blijkt wat je kunt vragen.", "Terminez les modules valeurs et objectifs : ils vous indiquent quoi demander.";
    NegotiationLowStep2 => "Rehearse one sentence that says what you want, out loud.", "Oefen hardop één zin waarin je zegt wat je wilt.", "Répétez à voix haute une phrase qui dit ce que vous voulez.";
    NegotiationMiddle => "You know part of what you want and what you offer, but not yet enough to ask with confidence.",
        "Je weet voor een deel wat je wilt en wat je te bieden hebt, maar nog niet genoeg om het met overtuiging te vragen.",
        "Vous savez en partie ce que vous voulez et ce que vous offrez, mais pas encore assez pour le demander avec assurance.";
    NegotiationMiddleStep1 => "Write down your alternatives: what will you do if the answer is no?", "Schrijf je alternatieven op: wat doe je als het antwoord nee is?", "Notez vos alternatives : que ferez-vous si la réponse est non ?";
    NegotiationMiddleStep2 => "Prepare the negotiation brief and read it to someone you trust.", "Maak de gespreksvoorbereiding en lees die voor aan iemand die je vertrouwt.", "Préparez la fiche d’entretien et lisez-la à une personne de confiance.";
    NegotiationHigh => "You know what you want and what you offer, and you are ready to say it.",
        "Je weet wat je wilt en wat je te bieden hebt, en je bent klaar om het te zeggen.",
        "Vous savez ce que vous voulez et ce que vous offrez, et vous vous sentez capable de le dire.";
    NegotiationHighStep1 => "Plan the conversation: when, with whom, and what you will ask for first.", "Plan het gesprek: wanneer, met wie en wat je als eerste vraagt.", "Planifiez l’entretien : quand, avec qui, et ce que vous demanderez en premier.";
    NegotiationHighStep2 => "Prepare for the other side: what does your organisation need from you?", "Bereid je voor op de andere kant: wat heeft je organisatie van jou nodig?", "Préparez-vous au point de vue de l’autre partie : de quoi votre organisation a-t-elle besoin de votre part ?";
}
