//! Texts of the decision screen (`#/decision`): English | Dutch | French.
//!
//! Dutch uses informal "je"; French uses "vous" and epicene wording. Rows are grouped by part of
//! the screen.

crate::i18n::catalogue! {
    /// Texts of the options-and-decision screen.
    pub enum DecisionText;
    // Page
    Intro => "List your real options, say what matters to you, score each option and weigh the criteria. The results update as you type; they support your judgement, they do not replace it.",
        "Zet je echte opties op een rij, zeg wat voor jou telt, geef elke optie een score en weeg de criteria. De resultaten passen zich aan terwijl je typt; ze ondersteunen je oordeel, ze vervangen het niet.",
        "Listez vos options réelles, indiquez ce qui compte pour vous, notez chaque option et pondérez les critères. Les résultats se mettent à jour pendant la saisie ; ils éclairent votre jugement sans le remplacer.";
    Remove => "Remove", "Verwijderen", "Supprimer";
    RemoveNamed => "Remove “{name}”", "“{name}” verwijderen", "Supprimer « {name} »";
    Undo => "Undo", "Ongedaan maken", "Annuler";
    Removed => "Removed “{name}”.", "“{name}” is verwijderd.", "« {name} » a été supprimé.";
    Restored => "Restored “{name}”.", "“{name}” is teruggezet.", "« {name} » a été rétabli.";
    NameMissing => "Give it a name (at most 200 characters).", "Geef een naam (hoogstens 200 tekens).", "Indiquez un nom (200 caractères au maximum).";
    Option => "Option", "Optie", "Option";
    Criterion => "Criterion", "Criterium", "Critère";
    Weight => "Weight", "Gewicht", "Poids";
    Percent => "{value} %", "{value} %", "{value} %";

    // Options
    OptionsTitle => "Your options", "Je opties", "Vos options";
    OptionsIntro => "Real possibilities you are considering, including staying where you are.", "Echte mogelijkheden die je overweegt, ook blijven waar je bent.", "Les possibilités réelles que vous envisagez, y compris rester à votre poste.";
    OptionsEmpty => "No options yet.", "Nog geen opties.", "Aucune option pour l’instant.";
    OptionsFull => "You have reached the maximum of 30 options.", "Je hebt het maximum van 30 opties bereikt.", "Vous avez atteint le maximum de 30 options.";
    OptionName => "Name of the option", "Naam van de optie", "Nom de l’option";
    OptionMove => "Kind of move", "Soort stap", "Type de mouvement";
    OptionNotes => "Notes", "Notities", "Notes";
    AddOption => "Add option", "Optie toevoegen", "Ajouter l’option";
    NewOption => "New option", "Nieuwe optie", "Nouvelle option";
    MoveUp => "Up", "Omhoog", "Vers le haut";
    MoveUpHint => "More responsibility on the same ladder.", "Meer verantwoordelijkheid op dezelfde ladder.", "Plus de responsabilités dans la même filière.";
    MoveLateral => "Lateral", "Zijwaarts", "Latéral";
    MoveLateralHint => "Another role at the same level.", "Een andere rol op hetzelfde niveau.", "Un autre rôle au même niveau.";
    MoveDiagonal => "Diagonal", "Diagonaal", "Diagonal";
    MoveDiagonalHint => "Another function or sector.", "Een andere functie of sector.", "Une autre fonction ou un autre secteur.";
    MoveEnrichment => "Enrichment", "Verrijking", "Enrichissement";
    MoveEnrichmentHint => "Grow your current role in place.", "Je huidige functie laten groeien.", "Faire évoluer votre poste actuel.";
    MoveStepBack => "Step back", "Stap terug", "Pas en arrière";
    MoveStepBackHint => "Less responsibility, by choice.", "Bewust minder verantwoordelijkheid.", "Moins de responsabilités, par choix.";
    MoveExit => "Exit", "Uitstappen", "Sortie";
    MoveExitHint => "Leave employment: freelance, your own company, a sabbatical.", "Loondienst verlaten: freelance, een eigen zaak, een sabbatical.", "Quitter le salariat : indépendance, entreprise, année sabbatique.";
    MoveExplore => "Explore", "Verkennen", "Exploration";
    MoveExploreHint => "Study, a trial project, shadowing.", "Studie, een proefproject, meelopen.", "Études, projet pilote, observation en situation.";

    // Criteria
    CriteriaTitle => "What matters: criteria", "Wat telt: criteria", "Ce qui compte : les critères";
    CriteriaIntro => "The things you judge every option on. Start from your own workbook or add your own.", "Waarop je elke optie beoordeelt. Vertrek van je eigen werkboek of voeg er zelf toe.", "Ce sur quoi vous jugez chaque option. Partez de votre carnet ou ajoutez les vôtres.";
    CriteriaEmpty => "No criteria yet.", "Nog geen criteria.", "Aucun critère pour l’instant.";
    CriteriaFull => "You have reached the maximum of 15 criteria.", "Je hebt het maximum van 15 criteria bereikt.", "Vous avez atteint le maximum de 15 critères.";
    SuggestedTitle => "Suggested from your workbook", "Voorgesteld vanuit je werkboek", "Suggérés à partir de votre carnet";
    SuggestedNone => "Choose your top values, rate your talents and write your goals to get suggestions here.", "Kies je topwaarden, beoordeel je talenten en schrijf je doelen op om hier voorstellen te krijgen.", "Choisissez vos valeurs principales, évaluez vos talents et notez vos objectifs pour obtenir des suggestions ici.";
    FromValue => "top value", "topwaarde", "valeur principale";
    FromTalent => "motivated talent", "talent met energie", "talent motivant";
    FromGoal => "goal", "doel", "objectif";
    AddNamed => "Add “{name}”", "“{name}” toevoegen", "Ajouter « {name} »";
    CriterionName => "Name of the criterion", "Naam van het criterium", "Nom du critère";
    AddCriterion => "Add criterion", "Criterium toevoegen", "Ajouter le critère";
    DealbreakersTitle => "Dealbreakers", "Breekpunten", "Conditions non négociables";
    DealbreakersIntro => "A must-have: an option scoring below the minimum is set aside, with the reason. Leave empty for none.", "Een absolute voorwaarde: een optie die onder het minimum scoort, valt af, met de reden erbij. Laat leeg als er geen is.", "Une exigence absolue : une option notée sous le minimum est écartée, avec la raison. Laissez vide s’il n’y en a pas.";
    DealbreakerMin => "Lowest acceptable score for {criterion}", "Laagste aanvaardbare score voor {criterion}", "Note minimale acceptable pour {criterion}";
    ConstraintsTitle => "Your constraints as dealbreakers", "Je randvoorwaarden als breekpunt", "Vos contraintes comme conditions non négociables";
    ConstraintIncome => "Income of at least {detail}", "Inkomen van minstens {detail}", "Revenu d’au moins {detail}";
    ConstraintLocation => "Location: {detail}", "Locatie: {detail}", "Lieu : {detail}";
    ConstraintHours => "At most {detail} hours a week", "Hoogstens {detail} uur per week", "Au plus {detail} heures par semaine";
    ConstraintTiming => "Timing: {detail}", "Timing: {detail}", "Calendrier : {detail}";
    AddAsDealbreaker => "Add “{name}” as a dealbreaker", "“{name}” als breekpunt toevoegen", "Ajouter « {name} » comme condition non négociable";
    DealbreakerBadMin => "A minimum is a number from 0 to 10.", "Een minimum is een getal van 0 tot 10.", "Un minimum est un nombre de 0 à 10.";

    // Scores
    ScoresTitle => "Score each option", "Geef elke optie een score", "Notez chaque option";
    ScoresIntro => "0 is very poor for you, 10 excellent. Add a low–high range when you are unsure and a note with your evidence.", "0 is heel slecht voor jou, 10 uitstekend. Geef een marge (laag–hoog) als je twijfelt en een notitie met je onderbouwing.", "0 signifie très mauvais pour vous, 10 excellent. Ajoutez une fourchette basse–haute en cas de doute et une note avec vos éléments.";
    ScoresNeedBoth => "Add at least one option and one criterion to start scoring.", "Voeg minstens één optie en één criterium toe om te beginnen scoren.", "Ajoutez au moins une option et un critère pour commencer à noter.";
    UnscoredOne => "{n} score still missing (marked “not scored”).", "Nog {n} score ontbreekt (gemarkeerd met “geen score”).", "Il manque encore {n} note (signalée par « non noté »).";
    Unscored => "{n} scores still missing (marked “not scored”).", "Nog {n} scores ontbreken (gemarkeerd met “geen score”).", "Il manque encore {n} notes (signalées par « non noté »).";
    AllScored => "Every option is scored on every criterion.", "Elke optie heeft een score op elk criterium.", "Chaque option est notée sur chaque critère.";
    NotScored => "not scored", "geen score", "non noté";
    GridCaption => "Scores of every option (0–10)", "Scores van elke optie (0–10)", "Notes de chaque option (0–10)";
    ScoreOf => "Score of {option} on {criterion}", "Score van {option} op {criterion}", "Note de {option} pour {criterion}";
    OneOption => "Option to score", "Optie om te scoren", "Option à noter";
    PreviousOption => "Previous option", "Vorige optie", "Option précédente";
    NextOption => "Next option", "Volgende optie", "Option suivante";
    Score => "Score", "Score", "Note";
    Low => "Low", "Laag", "Basse";
    High => "High", "Hoog", "Haute";
    Evidence => "Evidence", "Onderbouwing", "Éléments";
    LowOf => "Low estimate of {option} on {criterion}", "Lage schatting van {option} op {criterion}", "Estimation basse de {option} pour {criterion}";
    HighOf => "High estimate of {option} on {criterion}", "Hoge schatting van {option} op {criterion}", "Estimation haute de {option} pour {criterion}";
    EvidenceOf => "Evidence for {option} on {criterion}", "Onderbouwing van {option} op {criterion}", "Éléments pour {option} sur {criterion}";
    ErrNotANumber => "Type a number from 0 to 10.", "Typ een getal van 0 tot 10.", "Saisissez un nombre de 0 à 10.";
    ErrOutOfRange => "Scores go from 0 to 10.", "Scores gaan van 0 tot 10.", "Les notes vont de 0 à 10.";
    ErrRangeOrder => "The low estimate must be at most the score, the high one at least the score.", "De lage schatting mag niet boven de score liggen, de hoge niet eronder.", "L’estimation basse ne peut dépasser la note, ni la haute lui être inférieure.";
    ErrNoScore => "Give a score first, then a range or a note.", "Geef eerst een score, dan een marge of notitie.", "Donnez d’abord une note, puis une fourchette ou des éléments.";
    ErrCell => "{option}, {criterion}: {message}", "{option}, {criterion}: {message}", "{option}, {criterion} : {message}";

    // Weights
    WeightsTitle => "How much each criterion weighs", "Hoe zwaar elk criterium weegt", "Le poids de chaque critère";
    MethodLegend => "Weighting method", "Manier van wegen", "Méthode de pondération";
    MethodEqual => "All equal", "Allemaal even zwaar", "Tous égaux";
    MethodEqualHint => "Every criterion counts the same.", "Elk criterium telt even zwaar.", "Chaque critère compte autant.";
    MethodDirect => "Share out points", "Punten verdelen", "Répartir des points";
    MethodDirectHint => "Give each criterion points; they are turned into percentages.", "Geef elk criterium punten; die worden omgezet in percentages.", "Attribuez des points à chaque critère ; ils sont convertis en pourcentages.";
    MethodRank => "Put in order", "Rangschikken", "Classer";
    MethodRankHint => "Order the criteria from most to least important.", "Zet de criteria van belangrijkst tot minst belangrijk.", "Classez les critères du plus au moins important.";
    MethodPairwise => "Compare in pairs", "Twee aan twee vergelijken", "Comparer par paires";
    MethodPairwiseHint => "Answer one comparison at a time; best when you hesitate.", "Beantwoord één vergelijking tegelijk; handig als je twijfelt.", "Répondez à une comparaison à la fois ; utile en cas d’hésitation.";
    PointsFor => "Points for {criterion}", "Punten voor {criterion}", "Points pour {criterion}";
    PointsBad => "Points are a number of 0 or more.", "Punten zijn een getal van 0 of meer.", "Les points sont un nombre supérieur ou égal à 0.";
    RankMoveUp => "Move {criterion} up", "{criterion} omhoog", "Monter {criterion}";
    RankMoveDown => "Move {criterion} down", "{criterion} omlaag", "Descendre {criterion}";
    WeightsCaption => "Resulting weights", "Gewichten die eruit volgen", "Poids obtenus";
    PairQuestion => "For you, how much more important is {a} than {b}?", "Hoeveel belangrijker is {a} voor jou dan {b}?", "Pour vous, dans quelle mesure {a} est-il plus important que {b} ?";
    PairFarMore => "{name} is far more important", "{name} is veel belangrijker", "{name} est bien plus important";
    PairClearly => "{name} is clearly more important", "{name} is duidelijk belangrijker", "{name} est nettement plus important";
    PairMore => "{name} is more important", "{name} is belangrijker", "{name} est plus important";
    PairLittle => "{name} is a little more important", "{name} is iets belangrijker", "{name} est un peu plus important";
    PairEqual => "Both are equally important", "Ze zijn even belangrijk", "Les deux sont aussi importants";
    PairCount => "Comparison {k} of {n}", "Vergelijking {k} van {n}", "Comparaison {k} sur {n}";
    PairAnswered => "{answered} of {needed} needed comparisons answered.", "{answered} van de {needed} nodige vergelijkingen beantwoord.", "Comparaisons effectuées : {answered} sur les {needed} nécessaires.";
    PairOptional => "Optional refinement: answer it if you like, or stop here.", "Optionele verfijning: beantwoord ze als je wilt, of stop hier.", "Affinage facultatif : répondez si vous le souhaitez, ou arrêtez-vous ici.";
    PairSubset => "With more than six criteria you first compare a connected subset; the other pairs are optional.", "Met meer dan zes criteria vergelijk je eerst een samenhangende selectie; de andere paren zijn optioneel.", "Au-delà de six critères, vous comparez d’abord un sous-ensemble relié ; les autres paires sont facultatives.";
    PairPrevious => "Previous comparison", "Vorige vergelijking", "Comparaison précédente";
    PairNext => "Next comparison", "Volgende vergelijking", "Comparaison suivante";
    PairClear => "Clear this answer", "Dit antwoord wissen", "Effacer cette réponse";
    PairOther => "Your answer from the file: {a} is {ratio} times as important as {b}.", "Je antwoord uit het bestand: {a} is {ratio} keer zo belangrijk als {b}.", "Votre réponse issue du fichier : {a} est {ratio} fois plus important que {b}.";
    Consistency => "Consistency ratio: {cr} (up to 0.10 counts as consistent).", "Consistentieratio: {cr} (tot 0,10 geldt als consistent).", "Ratio de cohérence : {cr} (jusqu’à 0,10, les réponses sont cohérentes).";
    ConsistencyPoor => "Some answers contradict each other. Revisit this one: you said {a} is {given} times as important as {b}, while your other answers suggest {implied} times.", "Sommige antwoorden spreken elkaar tegen. Bekijk deze opnieuw: je zei dat {a} {given} keer zo belangrijk is als {b}, terwijl je andere antwoorden op {implied} keer wijzen.", "Certaines réponses se contredisent. Revoyez celle-ci : vous avez indiqué que {a} est {given} fois plus important que {b}, alors que vos autres réponses suggèrent {implied} fois.";
    Revisit => "Revisit this comparison", "Deze vergelijking herbekijken", "Revoir cette comparaison";

    // Results
    ResultsTitle => "Results", "Resultaten", "Résultats";
    ResultsLive => "The results follow your changes as you make them.", "De resultaten volgen je wijzigingen meteen.", "Les résultats suivent vos modifications au fur et à mesure.";
    RankingTitle => "Ranking", "Rangorde", "Classement";
    RankingIntro => "Weighted sum: each bar shows what every criterion adds to the score out of 100.", "Gewogen som: elke balk toont wat elk criterium bijdraagt aan de score op 100.", "Somme pondérée : chaque barre montre l’apport de chaque critère à la note sur 100.";
    RankLine => "{rank}. {option}: {score} of 100", "{rank}. {option}: {score} op 100", "{rank}. {option} : {score} sur 100";
    Tied => "tied", "gelijk", "ex æquo";
    ContributionsCaption => "What each criterion adds to the score (out of 100)", "Wat elk criterium bijdraagt aan de score (op 100)", "Apport de chaque critère à la note (sur 100)";
    Total => "Total", "Totaal", "Total";
    StabilityRises => "{option} stays first unless the weight of {criterion} rises above {at} % (now {now} %).", "{option} blijft eerste, tenzij het gewicht van {criterion} boven {at} % stijgt (nu {now} %).", "{option} reste en tête, sauf si le poids de {criterion} dépasse {at} % (actuellement {now} %).";
    StabilityFalls => "{option} stays first unless the weight of {criterion} falls below {at} % (now {now} %).", "{option} blijft eerste, tenzij het gewicht van {criterion} onder {at} % zakt (nu {now} %).", "{option} reste en tête, sauf si le poids de {criterion} descend sous {at} % (actuellement {now} %).";
    StabilityRobust => "{option} stays first whatever the weight of any single criterion.", "{option} blijft eerste, welk gewicht je een enkel criterium ook geeft.", "{option} reste en tête, quel que soit le poids donné à un seul critère.";
    StabilityTied => "{options} share the first place: with these scores and weights nothing separates them.", "{options} delen de eerste plaats: met deze scores en gewichten is er geen verschil.", "{options} partagent la première place : avec ces notes et ces poids, rien ne les départage.";
    AcceptTitle => "How often each option comes out on top", "Hoe vaak elke optie bovenaan eindigt", "À quelle fréquence chaque option arrive en tête";
    AcceptIntro => "Crossroads redraws the weights and the scores within your ranges {samples} times (SMAA) and counts each option’s places.", "Crossroads trekt de gewichten en de scores binnen je marges {samples} keer opnieuw (SMAA) en telt de plaatsen van elke optie.", "Crossroads tire {samples} fois de nouveaux poids et de nouvelles notes dans vos fourchettes (SMAA) et compte les places de chaque option.";
    AcceptMargin => "Error margin: ± {margin} percentage points (95 %).", "Foutmarge: ± {margin} procentpunten (95 %).", "Marge d’erreur : ± {margin} points de pourcentage (95 %).";
    AcceptComputing => "Computing… {percent} %", "Bezig met rekenen… {percent} %", "Calcul en cours… {percent} %";
    AcceptFirst => "First", "Eerste", "Première";
    AcceptSecond => "Second", "Tweede", "Deuxième";
    AcceptThird => "Third", "Derde", "Troisième";
    AcceptLower => "Lower", "Lager", "Plus bas";
    AcceptCaption => "Share of draws in each place", "Aandeel van de trekkingen per plaats", "Part des tirages à chaque place";
    AcceptLine => "{option}: first in {first} % of draws", "{option}: eerste in {first} % van de trekkingen", "{option} : en tête dans {first} % des tirages";
    TopsisTitle => "Second opinion (TOPSIS)", "Tweede mening (TOPSIS)", "Deuxième avis (TOPSIS)";
    TopsisAgrees => "TOPSIS also puts {option} first.", "Ook TOPSIS zet {option} op de eerste plaats.", "TOPSIS place aussi {option} en tête.";
    TopsisDisagrees => "TOPSIS puts {other} first rather than {option}. The weighted sum lets a strength make up for a weakness; TOPSIS favours the option closest to the best on every criterion. When they disagree, look at where the two options differ before you decide.",
        "TOPSIS zet {other} op de eerste plaats in plaats van {option}. De gewogen som laat een sterkte een zwakte compenseren; TOPSIS verkiest de optie die op elk criterium het dichtst bij de beste ligt. Als ze verschillen, bekijk dan waar de twee opties uiteenlopen voor je kiest.",
        "TOPSIS place {other} en tête plutôt que {option}. La somme pondérée laisse un point fort compenser un point faible ; TOPSIS privilégie l’option la plus proche de la meilleure sur chaque critère. En cas de désaccord, examinez où les deux options diffèrent avant de décider.";
    Closeness => "Closeness", "Nabijheid", "Proximité";
    ExcludedTitle => "Set aside", "Afgevallen", "Écartées";
    ExcludedReason => "{option}: {criterion} scores {value}, below your minimum of {min}.", "{option}: {criterion} scoort {value}, onder je minimum van {min}.", "{option} : {criterion} est noté {value}, sous votre minimum de {min}.";
    IncompleteReason => "{option} is not ranked yet: some scores are missing.", "{option} staat nog niet in de rangorde: er ontbreken scores.", "{option} n’est pas encore classée : des notes manquent.";
    ErrNoCriteria => "Add a criterion to see results.", "Voeg een criterium toe om resultaten te zien.", "Ajoutez un critère pour voir les résultats.";
    ErrDisconnected => "Answer more comparisons: every criterion must be linked to the others.", "Beantwoord meer vergelijkingen: elk criterium moet met de andere verbonden zijn.", "Répondez à d’autres comparaisons : chaque critère doit être relié aux autres.";
    ErrZeroWeights => "Every weight is 0: give points to at least one criterion.", "Elk gewicht is 0: geef minstens één criterium punten.", "Tous les poids valent 0 : donnez des points à au moins un critère.";
    ErrNoRanked => "No option can be ranked yet: score every criterion of at least one option that meets your dealbreakers.", "Nog geen optie kan gerangschikt worden: geef minstens één optie die aan je breekpunten voldoet een score op elk criterium.", "Aucune option ne peut encore être classée : notez tous les critères d’au moins une option qui respecte vos conditions.";
    ErrDuplicateIds => "Two options or two criteria share an identifier, so nothing can be computed. Re-create one of them.", "Twee opties of twee criteria hebben dezelfde sleutel, dus er kan niets berekend worden. Maak er een opnieuw aan.", "Deux options ou deux critères partagent un identifiant : rien ne peut être calculé. Recréez l’un d’eux.";

    // Action plan
    PlanTitle => "Key uncertainties and the cheapest tests", "Grootste onzekerheden en de goedkoopste tests", "Principales incertitudes et tests les plus simples";
    PlanIntro => "What you do not know yet about an option, and the cheapest way to find out. Dated tests form your action plan.", "Wat je nog niet weet over een optie, en de goedkoopste manier om het uit te zoeken. Tests met een datum vormen je actieplan.", "Ce que vous ne savez pas encore d’une option, et le moyen le plus simple de le découvrir. Les tests datés forment votre plan d’action.";
    PlanEmpty => "No uncertainties noted yet.", "Nog geen onzekerheden genoteerd.", "Aucune incertitude notée pour l’instant.";
    AddAction => "Add an uncertainty", "Onzekerheid toevoegen", "Ajouter une incertitude";
    Uncertainty => "What is uncertain", "Wat is onzeker", "Ce qui est incertain";
    Test => "Cheapest test", "Goedkoopste test", "Test le plus simple";
    Due => "Date", "Datum", "Date";
    Done => "Done", "Gedaan", "Fait";
    PlanTable => "Action plan", "Actieplan", "Plan d’action";
    DownloadIcs => "Download the plan as a calendar (.ics)", "Plan downloaden als agenda (.ics)", "Télécharger le plan en agenda (.ics)";
    IcsNothing => "Give an open test a date to download a calendar.", "Geef een open test een datum om een agenda te downloaden.", "Datez un test en cours pour télécharger un agenda.";
    IcsSummary => "Test: {test} ({option})", "Test: {test} ({option})", "Test : {test} ({option})";
    IcsFailed => "The browser refused the download.", "De browser weigerde de download.", "Le navigateur a refusé le téléchargement.";
    DateInvalid => "Write the date as YYYY-MM-DD.", "Schrijf de datum als JJJJ-MM-DD.", "Écrivez la date au format AAAA-MM-JJ.";
    Untitled => "(no text yet)", "(nog geen tekst)", "(pas encore de texte)";

    // Journal
    JournalTitle => "Decision journal", "Beslissingsdagboek", "Journal de décision";
    JournalIntro => "When you decide, write down what and why, in your own words, and when you will look back.", "Schrijf bij je beslissing op wat en waarom, in je eigen woorden, en wanneer je erop terugkijkt.", "Lorsque vous décidez, notez quoi et pourquoi, avec vos propres mots, et quand vous ferez le point.";
    JournalEmpty => "No entries yet.", "Nog geen notities.", "Aucune entrée pour l’instant.";
    AddJournal => "Add a journal entry", "Notitie toevoegen", "Ajouter une entrée";
    Chosen => "Option chosen", "Gekozen optie", "Option choisie";
    NotDecided => "Not decided yet", "Nog niet beslist", "Pas encore décidé";
    DecidedOn => "Date of the decision", "Datum van de beslissing", "Date de la décision";
    Reasons => "Reasons, in your own words", "Redenen, in je eigen woorden", "Raisons, avec vos propres mots";
    ReviewOn => "Review date", "Datum om terug te kijken", "Date de bilan";
    EntryTitle => "Entry of {date}", "Notitie van {date}", "Entrée du {date}";
}
