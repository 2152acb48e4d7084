//! Texts of the organisation readiness check for HR (`#/workshop/org-check`): statements,
//! suggestions, themes and bands. Dutch uses informal "je"; French "vous" and epicene wording.

crate::i18n::catalogue! {
    /// The organisation check.
    pub enum OrgText;
    Title => "Organisation check for HR", "Organisatiecheck voor hr", "Diagnostic d’organisation pour les RH";
    Intro => "Is your organisation ready for employees who steer their own careers? Rate each statement for your organisation as it is today. You get a score per theme and concrete suggestions for the weakest points.",
        "Is je organisatie klaar voor medewerkers die zelf hun loopbaan sturen? Beoordeel elke stelling voor je organisatie zoals die nu is. Je krijgt een score per thema en concrete suggesties voor de zwakste punten.",
        "Votre organisation est-elle prête pour des personnes qui pilotent leur propre carrière ? Évaluez chaque affirmation pour votre organisation telle qu’elle est aujourd’hui. Vous obtenez un score par thème et des suggestions concrètes pour les points les plus faibles.";
    Storage => "Your answers are kept in this browser only, apart from any personal workbook, and are never part of an exported file.",
        "Je antwoorden blijven alleen in deze browser, los van een persoonlijk werkboek, en komen nooit in een geëxporteerd bestand.",
        "Vos réponses restent uniquement dans ce navigateur, séparées de tout carnet personnel, et ne figurent jamais dans un fichier exporté.";
    Progress => "{answered} of {total} statements answered", "{answered} van {total} stellingen beantwoord", "Affirmations renseignées : {answered} sur {total}";
    Clear => "Clear my answers", "Mijn antwoorden wissen", "Effacer mes réponses";
    Cleared => "Your answers were cleared.", "Je antwoorden zijn gewist.", "Vos réponses ont été effacées.";
    UndoClear => "Undo", "Ongedaan maken", "Annuler";
    ResultsTitle => "Results per theme", "Resultaat per thema", "Résultats par thème";
    ResultsEmpty => "Answer at least half the statements of a theme to see its score.",
        "Beantwoord minstens de helft van de stellingen van een thema om de score te zien.",
        "Répondez à au moins la moitié des affirmations d’un thème pour voir son score.";
    ThemeScore => "{percent} % ready: {band}", "{percent} % klaar: {band}", "{percent} % prêt : {band}";
    ThemeNotScored => "Not scored yet ({answered} of {total} answered)", "Nog geen score ({answered} van {total} beantwoord)", "Pas encore de score ({answered} sur {total} renseignées)";
    SuggestionsTitle => "What you can do", "Wat je kunt doen", "Ce que vous pouvez faire";
    TableCaption => "Readiness per theme", "Gereedheid per thema", "Maturité par thème";
    ColTheme => "Theme", "Thema", "Thème";
    ColScore => "Score", "Score", "Score";
    ColBand => "Stage", "Fase", "Stade";
    BandStarting => "starting", "beginnend", "débutant";
    BandDeveloping => "developing", "in ontwikkeling", "en progression";
    BandEstablished => "established", "stevig verankerd", "bien établi";
    AnswerNotAtAll => "Not at all", "Helemaal niet", "Pas du tout";
    AnswerALittle => "A little", "Een beetje", "Un peu";
    AnswerLargely => "Largely", "Grotendeels", "En grande partie";
    AnswerFully => "Fully", "Volledig", "Entièrement";
    BarrierHint => "This statement describes a barrier: agreeing lowers the score.", "Deze stelling beschrijft een drempel: instemmen verlaagt de score.", "Cette affirmation décrit un frein : l’approuver fait baisser le score.";

    ThemeCommunicate => "Communicating the changing career model", "Het veranderende loopbaanmodel uitdragen", "Communiquer le nouveau modèle de carrière";
    ThemeCommunicateIntro => "Do employees hear, clearly and from the top, that careers are no longer a fixed ladder and what the organisation offers instead?",
        "Horen medewerkers duidelijk, en van de top, dat loopbanen geen vaste ladder meer zijn en wat de organisatie ervoor in de plaats biedt?",
        "Les équipes entendent-elles clairement, et de la part de la direction, que les carrières ne sont plus une échelle fixe, et ce que l’organisation propose à la place ?";
    ThemeDevelop => "Developing career attitudes", "Loopbaanhouding ontwikkelen", "Développer les attitudes de carrière";
    ThemeDevelopIntro => "Do people get workshops, coaching and room to try things, so they can learn to steer their own careers?",
        "Krijgen mensen workshops, coaching en ruimte om dingen uit te proberen, zodat ze leren hun eigen loopbaan te sturen?",
        "Les personnes bénéficient-elles d’ateliers, de coaching et d’espace pour expérimenter, afin d’apprendre à piloter leur carrière ?";
    ThemeManagers => "Preparing managers", "Leidinggevenden voorbereiden", "Préparer les managers";
    ThemeManagersIntro => "Do managers know that self-management is wanted, and can they support it in everyday conversations?",
        "Weten leidinggevenden dat zelfsturing gewenst is, en kunnen ze het ondersteunen in gewone gesprekken?",
        "Les managers savent-ils que l’autonomie de carrière est souhaitée, et savent-ils la soutenir au quotidien ?";
    ThemePolicies => "HR policies that help or hinder", "Hr-beleid dat helpt of hindert", "Politiques RH qui aident ou freinent";
    ThemePoliciesIntro => "Do pay, grading and procedures reward self-managed moves, or do they quietly punish them?",
        "Belonen beloning, functieniveaus en procedures zelfgestuurde stappen, of straffen ze die stilletjes af?",
        "La rémunération, la classification et les procédures récompensent-elles les évolutions choisies, ou les pénalisent-elles discrètement ?";

    Cm1 => "Our organisation has told employees plainly that careers are no longer a fixed ladder, and what replaces it.",
        "Onze organisatie heeft medewerkers duidelijk gezegd dat loopbanen geen vaste ladder meer zijn, en wat ervoor in de plaats komt.",
        "Notre organisation a dit clairement aux équipes que les carrières ne sont plus une échelle fixe, et ce qui la remplace.";
    Cm1Do => "Write a one-page “how careers work here now” and discuss it in team meetings, including moves sideways, across and in place.",
        "Schrijf één pagina “zo werken loopbanen hier nu” en bespreek die in teamoverleggen, inclusief stappen opzij, naar een ander vakgebied en groei in de eigen functie.",
        "Rédigez une page « comment les carrières fonctionnent ici aujourd’hui » et discutez-en en réunion d’équipe, y compris les mouvements latéraux, transversaux et l’enrichissement du poste.";
    Cm2 => "Employees know that sideways moves, moves to another function and growing in their current role count as real career steps.",
        "Medewerkers weten dat een stap opzij, een overstap naar een ander vakgebied en groeien in de eigen functie echte loopbaanstappen zijn.",
        "Les équipes savent qu’un mouvement latéral, un changement de métier ou l’enrichissement du poste actuel sont de vraies étapes de carrière.";
    Cm2Do => "Share stories of colleagues who made lateral, diagonal or in-place moves, on the intranet and at staff meetings.",
        "Deel verhalen van collega’s die opzij, schuin of binnen hun functie een stap zetten, op intranet en in personeelsbijeenkomsten.",
        "Partagez des témoignages de collègues ayant fait un mouvement latéral, transversal ou sur place, sur l’intranet et lors des réunions du personnel.";
    Cm3 => "Leaders say openly that employees are expected to steer their own careers, and that the organisation supports them in it.",
        "Leidinggevenden aan de top zeggen openlijk dat medewerkers zelf hun loopbaan sturen, en dat de organisatie hen daarin steunt.",
        "La direction dit ouvertement qu’on attend de chaque personne qu’elle pilote sa carrière, et que l’organisation l’y aide.";
    Cm3Do => "Ask a senior leader to open the next career workshop and say what the organisation offers in return for self-management.",
        "Vraag iemand uit de directie de volgende loopbaanworkshop te openen en te zeggen wat de organisatie biedt in ruil voor zelfsturing.",
        "Demandez à une personne de la direction d’ouvrir le prochain atelier carrière et de dire ce que l’organisation offre en échange de cette autonomie.";
    Cm4 => "Internal vacancies are mostly filled before employees hear about them.",
        "Interne vacatures zijn meestal al ingevuld voordat medewerkers ervan horen.",
        "Les postes internes sont le plus souvent pourvus avant que les équipes n’en entendent parler.";
    Cm4Do => "Publish every internal opening for at least two weeks before looking outside.",
        "Publiceer elke interne vacature minstens twee weken voordat je extern gaat werven.",
        "Publiez chaque poste interne pendant au moins deux semaines avant de recruter à l’extérieur.";
    Dv1 => "Employees can join a workshop on career self-management every few years.",
        "Medewerkers kunnen om de paar jaar een workshop over loopbaanzelfsturing volgen.",
        "Les équipes peuvent suivre un atelier sur l’autonomie de carrière tous les deux ou trois ans.";
    Dv1Do => "Run a 90-minute self-management workshop (see the facilitator guide) with one pilot team this quarter.",
        "Geef dit kwartaal met één pilotteam een workshop zelfsturing van 90 minuten (zie de handleiding voor begeleiders).",
        "Organisez ce trimestre, avec une équipe pilote, un atelier de 90 minutes sur l’autonomie de carrière (voir le guide d’animation).";
    Dv2 => "Employees can talk to a career coach, inside or outside the organisation, without going through their manager.",
        "Medewerkers kunnen met een loopbaancoach praten, binnen of buiten de organisatie, zonder via hun leidinggevende te gaan.",
        "Les équipes peuvent parler à un ou une coach de carrière, interne ou externe, sans passer par leur manager.";
    Dv2Do => "Offer a few confidential coaching sessions per employee that people book themselves.",
        "Bied per medewerker een paar vertrouwelijke coachgesprekken aan die mensen zelf inplannen.",
        "Proposez à chaque personne quelques séances de coaching confidentielles qu’elle réserve elle-même.";
    Dv3 => "Development budgets can be spent on the employee’s next step, not only on the current job.",
        "Opleidingsbudget mag naar de volgende stap van de medewerker, niet alleen naar de huidige functie.",
        "Le budget formation peut servir à la prochaine étape de la personne, pas seulement à son poste actuel.";
    Dv3Do => "Let part of each person’s training budget follow their own career plan.",
        "Laat een deel van ieders opleidingsbudget het eigen loopbaanplan volgen.",
        "Laissez une partie du budget formation de chaque personne suivre son propre projet de carrière.";
    Dv4 => "Employees get time for trial projects, shadowing or job rotation.",
        "Medewerkers krijgen tijd voor proefprojecten, meeloopdagen of jobrotatie.",
        "Les équipes disposent de temps pour des projets d’essai, des journées d’immersion ou de la rotation de postes.";
    Dv4Do => "Set up a small internal marketplace for short trial projects and shadowing days.",
        "Zet een kleine interne marktplaats op voor korte proefprojecten en meeloopdagen.",
        "Créez une petite place de marché interne pour des projets d’essai courts et des journées d’immersion.";
    Mg1 => "Managers know that the organisation wants employees to manage their own careers.",
        "Leidinggevenden weten dat de organisatie wil dat medewerkers zelf hun loopbaan sturen.",
        "Les managers savent que l’organisation souhaite que chaque personne gère sa propre carrière.";
    Mg1Do => "Brief managers on the changed career model before any employee workshop, so questions do not catch them off guard.",
        "Licht leidinggevenden in over het veranderde loopbaanmodel vóór er workshops voor medewerkers zijn, zodat vragen hen niet overvallen.",
        "Informez les managers du nouveau modèle de carrière avant tout atelier destiné aux équipes, pour que les questions ne les prennent pas au dépourvu.";
    Mg2 => "Managers hold a career conversation with each team member at least once a year, apart from the performance review.",
        "Leidinggevenden voeren minstens één keer per jaar een loopbaangesprek met elk teamlid, los van de beoordeling.",
        "Les managers mènent au moins un entretien de carrière par an avec chaque membre de l’équipe, distinct de l’évaluation.";
    Mg2Do => "Make the career conversation its own yearly meeting, with a short guide of open questions.",
        "Maak van het loopbaangesprek een eigen jaarlijks gesprek, met een korte leidraad van open vragen.",
        "Faites de l’entretien de carrière un rendez-vous annuel à part, avec un court guide de questions ouvertes.";
    Mg3 => "Managers are trained to listen to what people want rather than to tell them their next step.",
        "Leidinggevenden zijn getraind om te luisteren naar wat mensen willen in plaats van hun volgende stap voor te schrijven.",
        "Les managers sont formés à écouter ce que les personnes veulent plutôt qu’à leur dicter leur prochaine étape.";
    Mg3Do => "Give managers a half-day practice session in coaching conversations.",
        "Geef leidinggevenden een halve dag oefening in coachende gesprekken.",
        "Offrez aux managers une demi-journée d’entraînement aux entretiens de coaching.";
    Mg4 => "Managers lose standing when a good team member moves to another department.",
        "Leidinggevenden verliezen aanzien als een goed teamlid naar een andere afdeling gaat.",
        "Un manager perd en considération lorsqu’un bon membre de l’équipe part dans un autre service.";
    Mg4Do => "Recognise managers who help people move on: count talent that grows into other teams as a contribution.",
        "Waardeer leidinggevenden die mensen helpen doorstromen: tel talent dat doorgroeit naar andere teams mee als bijdrage.",
        "Valorisez les managers qui aident les personnes à évoluer : comptez les talents partis grandir dans d’autres équipes comme une contribution.";
    Pl1 => "Pay and grading reward only moving up the ladder.",
        "Beloning en functieniveaus belonen alleen omhoog klimmen.",
        "La rémunération et la classification ne récompensent que la montée dans la hiérarchie.";
    Pl1Do => "Review pay and grading so that lateral moves, enrichment and growing expertise can be rewarded too.",
        "Herzie beloning en functieniveaus zodat ook stappen opzij, verrijking van de functie en groeiende vakkennis beloond kunnen worden.",
        "Revoyez la rémunération et la classification pour que les mouvements latéraux, l’enrichissement du poste et l’expertise puissent aussi être récompensés.";
    Pl2 => "A step back in responsibility, chosen by the employee, is treated as a failure.",
        "Een stap terug in verantwoordelijkheid, door de medewerker zelf gekozen, geldt als mislukking.",
        "Un retrait de responsabilités, choisi par la personne, est vu comme un échec.";
    Pl2Do => "Make a chosen step back (for care, health, study or balance) a documented and respected option.",
        "Maak een gekozen stap terug (voor zorg, gezondheid, studie of balans) een vastgelegde en gerespecteerde mogelijkheid.",
        "Faites d’un retrait choisi (pour des raisons familiales, de santé, d’études ou d’équilibre) une option écrite et respectée.";
    Pl3 => "Part-time work, sabbaticals and flexible arrangements are open to everyone, whatever their level.",
        "Deeltijd, sabbaticals en flexibele afspraken staan open voor iedereen, op elk niveau.",
        "Le temps partiel, les congés sabbatiques et les aménagements flexibles sont ouverts à tout le monde, à tous les niveaux.";
    Pl3Do => "Check who actually uses flexible arrangements and remove the unwritten rules that hold others back.",
        "Kijk wie flexibele afspraken echt gebruikt en haal de ongeschreven regels weg die anderen tegenhouden.",
        "Regardez qui utilise réellement les aménagements flexibles et supprimez les règles tacites qui freinent les autres.";
    Pl4 => "Internal candidates can apply for a role without their manager’s permission.",
        "Interne kandidaten kunnen solliciteren zonder toestemming van hun leidinggevende.",
        "Les candidatures internes sont possibles sans l’autorisation du ou de la manager.";
    Pl4Do => "Let employees apply internally without prior approval, and inform the manager once a candidate is shortlisted.",
        "Laat medewerkers intern solliciteren zonder vooraf toestemming te vragen, en informeer de leidinggevende pas als iemand op de shortlist staat.",
        "Permettez les candidatures internes sans accord préalable, et informez le ou la manager seulement quand la candidature est retenue.";
    KeepCommunicate => "Strong here. Keep the message alive: repeat it when structures or leaders change.",
        "Sterk punt. Houd de boodschap levend: herhaal haar bij elke reorganisatie of wisseling van leiding.",
        "Point fort. Faites vivre le message : répétez-le à chaque changement de structure ou de direction.";
    KeepDevelop => "Strong here. Measure who takes part, and invite the groups that do not yet.",
        "Sterk punt. Kijk wie meedoet en nodig de groepen uit die nog niet meedoen.",
        "Point fort. Mesurez qui participe et invitez les groupes qui ne le font pas encore.";
    KeepManagers => "Strong here. Pair experienced managers with new ones so the habit carries on.",
        "Sterk punt. Koppel ervaren leidinggevenden aan nieuwe, zodat de gewoonte blijft.",
        "Point fort. Associez des managers expérimentés aux nouveaux pour que l’habitude perdure.";
    KeepPolicies => "Strong here. Check new policies against self-management before they are adopted.",
        "Sterk punt. Toets nieuw beleid op zelfsturing voordat het wordt ingevoerd.",
        "Point fort. Vérifiez chaque nouvelle politique au regard de l’autonomie de carrière avant de l’adopter.";
}
