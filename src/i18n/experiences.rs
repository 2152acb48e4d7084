//! Texts of the experiences screen and its evidence profile: English | Dutch | French.
//!
//! Dutch uses informal "je"; French uses "vous" and epicene wording. Rows are grouped by part of
//! the screen. Value and talent names are in [`super::catalog_names`].

crate::i18n::catalogue! {
    /// Texts of the experiences screen (`#/experiences`).
    pub enum ExperienceText;
    // Page and list
    PageTitle => "Experiences", "Ervaringen", "Expériences";
    Intro => "Your experiences are assets. Write down the ones that shaped you, say how they left you, and note the talents you used and the values at stake. The evidence profile below shows what your own history says.",
        "Je ervaringen zijn je kapitaal. Schrijf de ervaringen op die je gevormd hebben, zeg hoe je je erbij voelde en noteer welke talenten je inzette en welke waarden op het spel stonden. Het bewijsprofiel hieronder laat zien wat je eigen geschiedenis vertelt.",
        "Vos expériences sont un capital. Notez celles qui ont compté, dites si elles vous ont donné ou pris de l’énergie et indiquez les talents mobilisés et les valeurs en jeu. Le profil de preuves ci-dessous montre ce que révèle votre propre parcours.";
    ListTitle => "Your experiences", "Je ervaringen", "Vos expériences";
    Add => "Add an experience", "Ervaring toevoegen", "Ajouter une expérience";
    ListEmpty => "No experiences yet. Add one and, if the blank page feels like a wall, start from a prompt.",
        "Nog geen ervaringen. Voeg er een toe en begin met een schrijfvraag als het lege blad je tegenhoudt.",
        "Aucune expérience pour l’instant. Ajoutez-en une et, si la page blanche vous bloque, partez d’une question d’inspiration.";
    ListFull => "You have reached the maximum of 500 experiences.", "Je hebt het maximum van 500 ervaringen bereikt.", "Vous avez atteint le maximum de 500 expériences.";
    Untitled => "Untitled experience", "Ervaring zonder titel", "Expérience sans titre";
    Edit => "Edit", "Bewerken", "Modifier";
    MoveUp => "Move up", "Omhoog", "Monter";
    MoveDown => "Move down", "Omlaag", "Descendre";
    Delete => "Delete", "Verwijderen", "Supprimer";
    Undo => "Undo", "Ongedaan maken", "Annuler la suppression";
    Deleted => "Deleted “{title}”.", "“{title}” is verwijderd.", "« {title} » a été supprimée.";
    Restored => "Restored “{title}”.", "“{title}” is teruggezet.", "« {title} » a été rétablie.";
    Moved => "“{title}” is now number {n} of {total}.", "“{title}” staat nu op plaats {n} van {total}.", "« {title} » est maintenant en position {n} sur {total}.";
    Ongoing => "ongoing", "loopt nog", "en cours";
    EnergyNotRated => "Energy not rated yet", "Energie nog niet ingevuld", "Énergie pas encore indiquée";
    EnergyShown => "Energy: {label}", "Energie: {label}", "Énergie : {label}";
    CardTalents => "Talents", "Talenten", "Talents";
    CardHonoured => "Values honoured", "Waarden die tot hun recht kwamen", "Valeurs respectées";
    CardViolated => "Values gone against", "Waarden die in het gedrang kwamen", "Valeurs mises à mal";
    CardTags => "Tags", "Labels", "Mots-clés";

    // Kinds
    KindJob => "Job", "Baan", "Emploi";
    KindProject => "Project", "Project", "Projet";
    KindRole => "Role", "Rol", "Rôle";
    KindVolunteering => "Volunteering", "Vrijwilligerswerk", "Bénévolat";
    KindStudy => "Study", "Studie", "Études";
    KindLifeEvent => "Life event", "Levensgebeurtenis", "Événement de vie";

    // Form
    FormTitle => "Edit experience: {title}", "Ervaring bewerken: {title}", "Modifier l’expérience : {title}";
    FieldTitle => "Title", "Titel", "Titre";
    FieldTitleHint => "A few words you will recognise, such as “Treasurer of the football club”.",
        "Een paar woorden die je herkent, zoals “Penningmeester van de voetbalclub”.",
        "Quelques mots que vous reconnaîtrez, par exemple « Trésorerie du club de football ».";
    FieldKind => "Kind of experience", "Soort ervaring", "Type d’expérience";
    FieldPeriod => "Period", "Periode", "Période";
    FieldFrom => "From", "Van", "Du";
    FieldTo => "To", "Tot", "Au";
    FieldPeriodHint => "A year or a year and month, such as 2021 or 2021-03.", "Een jaar of een jaar en maand, zoals 2021 of 2021-03.", "Une année ou une année et un mois, par exemple 2021 ou 2021-03.";
    FieldOngoing => "Still ongoing", "Loopt nog", "Toujours en cours";
    FieldDid => "What I did", "Wat ik deed", "Ce que j’ai fait";
    FieldAchieved => "What I achieved", "Wat ik bereikte", "Ce que j’ai accompli";
    FieldLearned => "What I learned", "Wat ik leerde", "Ce que j’ai appris";
    FieldEnergy => "How did it leave you?", "Hoe voelde je je erbij?", "Cette expérience vous a-t-elle donné ou pris de l’énergie ?";
    FieldEnergyHint => "Energising stories count as evidence for the talents and values in them; draining ones count against.",
        "Ervaringen die energie gaven, tellen als bewijs voor de talenten en waarden erin; ervaringen die energie kostten, tellen ertegen.",
        "Les expériences qui vous ont donné de l’énergie comptent en faveur de leurs talents et valeurs ; celles qui vous en ont pris comptent contre.";
    Energy1 => "1 – very draining", "1 – kostte veel energie", "1 – très épuisant";
    Energy2 => "2 – draining", "2 – kostte energie", "2 – épuisant";
    Energy3 => "3 – neutral", "3 – neutraal", "3 – neutre";
    Energy4 => "4 – energising", "4 – gaf energie", "4 – stimulant";
    Energy5 => "5 – very energising", "5 – gaf veel energie", "5 – très stimulant";
    FieldTalents => "Talents I used", "Talenten die ik inzette", "Talents mobilisés";
    FieldHonoured => "Values it honoured", "Waarden die tot hun recht kwamen", "Valeurs respectées";
    FieldViolated => "Values it went against", "Waarden die in het gedrang kwamen", "Valeurs mises à mal";
    ValuesHint => "In one story a value is either honoured or gone against: ticking one side clears the other.",
        "In één ervaring komt een waarde tot haar recht of komt ze in het gedrang: als je de ene kant aanvinkt, verdwijnt het vinkje aan de andere kant.",
        "Dans une même expérience, une valeur est soit respectée, soit mise à mal : cocher un côté décoche l’autre.";
    ValuesMeaning => "What the values mean", "Wat de waarden betekenen", "Ce que signifient les valeurs";
    CustomTalent => "Another talent, in your own words", "Een ander talent, in je eigen woorden", "Un autre talent, avec vos propres mots";
    CustomHonoured => "Another value it honoured, in your own words", "Nog een waarde die tot haar recht kwam, in je eigen woorden", "Une autre valeur respectée, avec vos propres mots";
    CustomViolated => "Another value it went against, in your own words", "Nog een waarde die in het gedrang kwam, in je eigen woorden", "Une autre valeur mise à mal, avec vos propres mots";
    FieldTags => "Tags, in your own words", "Labels, in je eigen woorden", "Mots-clés, avec vos propres mots";
    FieldTagsHint => "Keywords that help you spot themes, such as “people” or “data”.", "Trefwoorden die je helpen thema’s te zien, zoals “mensen” of “data”.", "Des mots-clés qui aident à repérer des thèmes, par exemple « personnes » ou « données ».";
    AddEntry => "Add", "Toevoegen", "Ajouter";
    RemoveEntry => "Remove “{name}”", "“{name}” verwijderen", "Retirer « {name} »";
    EntryDuplicate => "“{name}” is already in the list.", "“{name}” staat al in de lijst.", "« {name} » figure déjà dans la liste.";
    EntryFull => "This list is full.", "Deze lijst is vol.", "Cette liste est pleine.";
    Done => "Done", "Klaar", "Terminé";

    // Prompts
    PromptLabel => "Start from a prompt", "Begin met een schrijfvraag", "Partir d’une question d’inspiration";
    PromptHint => "A prompt fills in nothing: it shows a question and an example beside the form.",
        "Een schrijfvraag vult niets in: ze toont een vraag en een voorbeeld naast het formulier.",
        "Une question d’inspiration ne remplit rien : elle affiche une question et un exemple à côté du formulaire.";
    PromptNone => "No prompt", "Geen schrijfvraag", "Aucune question";
    PromptExample => "Example:", "Voorbeeld:", "Exemple :";
    PromptFlow => "A time you lost track of time", "Een moment waarop je de tijd vergat", "Un moment où vous avez perdu la notion du temps";
    PromptFlowQuestion => "Think of a moment when the hours flew by. What were you doing, with whom, and what made it so absorbing?",
        "Denk aan een moment waarop de uren voorbijvlogen. Wat deed je, met wie, en wat maakte het zo boeiend?",
        "Pensez à un moment où les heures ont filé. Que faisiez-vous, avec qui, et qu’est-ce qui vous captivait autant ?";
    PromptFlowExample => "Preparing a hands-on session for new colleagues on our ERP system: I rewrote the guide three times and forgot lunch. Talents: teaching, writing. Values honoured: helping, learning. Energy: 5.",
        "Een praktijksessie over ons ERP-systeem voorbereiden voor nieuwe collega’s: ik herschreef de handleiding drie keer en vergat te lunchen. Talenten: lesgeven, schrijven. Waarden: anderen helpen, leren. Energie: 5.",
        "Préparer un atelier pratique sur notre ERP pour les nouvelles recrues : j’ai réécrit le guide trois fois et oublié de déjeuner. Talents : enseigner, rédiger. Valeurs respectées : aider les autres, apprentissage. Énergie : 5.";
    PromptProud => "An achievement you are proud of", "Een prestatie waar je trots op bent", "Une réussite qui vous remplit de fierté";
    PromptProudQuestion => "Something you made happen, big or small. What was hard, what did you do, and what changed because of you?",
        "Iets wat jij voor elkaar kreeg, groot of klein. Wat was er moeilijk, wat deed je, en wat veranderde er dankzij jou?",
        "Quelque chose que vous avez fait aboutir, petit ou grand. Qu’est-ce qui était difficile, qu’avez-vous fait, et qu’est-ce qui a changé grâce à vous ?";
    PromptProudExample => "Cut the monthly close from nine working days to five by mapping every step with the team. Talents: analysing, organising. Values honoured: craftsmanship, autonomy. Energy: 5.",
        "De maandafsluiting teruggebracht van negen naar vijf werkdagen door elke stap samen met het team in kaart te brengen. Talenten: analyseren, organiseren. Waarden: vakmanschap, autonomie. Energie: 5.",
        "Faire passer la clôture mensuelle de neuf à cinq jours ouvrés en cartographiant chaque étape avec l’équipe. Talents : analyser, organiser. Valeurs respectées : travail bien fait, autonomie. Énergie : 5.";
    PromptQuit => "A day you wanted to quit", "Een dag waarop je wilde stoppen", "Un jour où vous vouliez tout arrêter";
    PromptQuitQuestion => "A day that drained you. What happened, and which of your values did it go against? Draining stories are evidence too: they show what matters to you.",
        "Een dag die je uitputte. Wat gebeurde er, en welke van je waarden kwamen in het gedrang? Ook zulke ervaringen zijn bewijs: ze tonen wat voor jou belangrijk is.",
        "Une journée qui a vidé votre énergie. Que s’est-il passé, et quelles valeurs ont été mises à mal ? Ces expériences aussi sont des preuves : elles montrent ce qui compte pour vous.";
    PromptQuitExample => "Preparing the numbers for a restructuring that cost twelve colleagues their jobs. Values gone against: meaning, relationships. Energy: 1.",
        "De cijfers voorbereiden voor een reorganisatie waardoor twaalf collega’s hun baan verloren. Waarden in het gedrang: zingeving, relaties. Energie: 1.",
        "Préparer les chiffres d’une restructuration qui a coûté leur emploi à douze collègues. Valeurs mises à mal : sens, relations. Énergie : 1.";

    // Evidence profile
    EvidenceTitle => "Evidence profile", "Bewijsprofiel", "Profil de preuves";
    EvidenceIntro => "Which talents and values recur in your stories. Each story counts by its energy: energising stories (4–5) count for what they mention, draining ones (1–2) against, neutral or unrated ones not at all. A value that a draining story went against counts as a sign that it matters to you.",
        "Welke talenten en waarden terugkomen in je ervaringen. Elke ervaring telt volgens haar energie: ervaringen die energie gaven (4–5) tellen voor wat erin staat, ervaringen die energie kostten (1–2) ertegen, neutrale of niet-ingevulde niet. Een waarde die in het gedrang kwam in een ervaring die energie kostte, telt als teken dat ze belangrijk voor je is.",
        "Les talents et valeurs qui reviennent dans vos expériences. Chaque expérience compte selon son énergie : celles qui vous ont donné de l’énergie (4–5) comptent en faveur de ce qu’elles mentionnent, celles qui vous en ont pris (1–2) contre, les neutres ou non notées pas du tout. Une valeur mise à mal dans une expérience épuisante indique qu’elle compte pour vous.";
    EvidenceEmpty => "Add experiences, tick the talents and values in them and rate their energy to see your evidence profile.",
        "Voeg ervaringen toe, vink de talenten en waarden erin aan en geef hun energie aan om je bewijsprofiel te zien.",
        "Ajoutez des expériences, cochez leurs talents et valeurs et indiquez leur énergie pour voir votre profil de preuves.";
    EvidenceTalents => "Talents", "Talenten", "Talents";
    EvidenceValues => "Values", "Waarden", "Valeurs";
    ChartTalentsTitle => "Evidence strength per talent", "Sterkte van het bewijs per talent", "Force des preuves par talent";
    ChartValuesTitle => "Evidence strength per value", "Sterkte van het bewijs per waarde", "Force des preuves par valeur";
    ChartDesc => "Bars to the right are backed by energising stories, bars to the left by draining ones. {items}",
        "Balken naar rechts worden gestaafd door ervaringen die energie gaven, balken naar links door ervaringen die energie kostten. {items}",
        "Les barres vers la droite s’appuient sur des expériences stimulantes, celles vers la gauche sur des expériences épuisantes. {items}";
    ShowTable => "Show the numbers as a table", "Toon de cijfers als tabel", "Afficher les chiffres sous forme de tableau";
    ColTalent => "Talent", "Talent", "Talent";
    ColValue => "Value", "Waarde", "Valeur";
    ColStrength => "Strength", "Sterkte", "Force";
    ColRank => "Rank", "Plaats", "Rang";
    ColEnergising => "Energising stories", "Ervaringen die energie gaven", "Expériences stimulantes";
    ColDraining => "Draining stories", "Ervaringen die energie kostten", "Expériences épuisantes";
    ColHonoured => "Stories honouring it", "Ervaringen waarin ze tot haar recht kwam", "Expériences où elle est respectée";
    ColViolated => "Stories going against it", "Ervaringen waarin ze in het gedrang kwam", "Expériences où elle est mise à mal";
    RankTied => "{rank} (tied)", "{rank} (gedeeld)", "{rank} (ex aequo)";
    StrengthShown => "strength {n}", "sterkte {n}", "force {n}";
    UsedIn => "Used in:", "Ingezet in:", "Mobilisé dans :";
    HonouredIn => "Honoured in:", "Tot haar recht gekomen in:", "Respectée dans :";
    ViolatedIn => "Gone against in:", "In het gedrang gekomen in:", "Mise à mal dans :";
    ThemesTitle => "Recurring themes", "Terugkerende thema’s", "Thèmes récurrents";
    ThemesEnergising => "In your energising experiences", "In je ervaringen die energie gaven", "Dans vos expériences stimulantes";
    ThemesDraining => "In your draining experiences", "In je ervaringen die energie kostten", "Dans vos expériences épuisantes";
    ThemesNone => "Nothing recurs yet: a theme needs at least two stories.", "Nog niets komt terug: een thema heeft minstens twee ervaringen nodig.", "Rien ne revient encore : un thème demande au moins deux expériences.";
    ThemeItemOne => "{name} ({kind}): {n} story", "{name} ({kind}): {n} ervaring", "{name} ({kind}) : {n} expérience";
    ThemeItem => "{name} ({kind}): {n} stories", "{name} ({kind}): {n} ervaringen", "{name} ({kind}) : {n} expériences";
    ThemeTalent => "talent", "talent", "talent";
    ThemeValueHonoured => "value honoured", "waarde tot haar recht gekomen", "valeur respectée";
    ThemeValueViolated => "value gone against", "waarde in het gedrang", "valeur mise à mal";
    ThemeTag => "tag", "label", "mot-clé";
}
