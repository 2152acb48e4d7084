//! Texts of the talents screen (`#/talents`): English | Dutch | French.
//!
//! Dutch uses informal "je"; French uses "vous" and epicene wording. Talent names are in
//! [`super::catalog_names`].

crate::i18n::catalogue! {
    /// Texts of the talents screen.
    pub enum TalentsText;
    Intro => "Rate each talent on how good you are at it and how much you enjoy it, and link the experiences that show it. Talents you are good at and enjoy are your motivated talents: the ones to build a next step on.",
        "Geef elk talent een score voor hoe goed je erin bent en hoeveel plezier je erin hebt, en koppel de ervaringen die het laten zien. Talenten waar je goed in bent én plezier in hebt, zijn je gemotiveerde talenten: daar bouw je een volgende stap op.",
        "Évaluez chaque talent selon votre niveau et le plaisir que vous y prenez, et reliez les expériences qui le montrent. Les talents que vous maîtrisez et appréciez sont vos talents motivés : c’est sur eux que bâtir une prochaine étape.";
    RatedCount => "{n} of {total} talents rated on both scales.", "{n} van de {total} talenten op beide schalen gescoord.", "Talents évalués sur les deux échelles : {n} sur {total}.";
    ListTitle => "Rate your talents", "Scoor je talenten", "Évaluez vos talents";
    Proficiency => "How good are you at it?", "Hoe goed ben je erin?", "Quel est votre niveau ?";
    Enjoyment => "How much do you enjoy it?", "Hoeveel plezier heb je erin?", "Quel plaisir y prenez-vous ?";
    Prof1 => "1 – beginner", "1 – beginner", "1 – novice";
    Prof2 => "2 – basic", "2 – basis", "2 – notions";
    Prof3 => "3 – capable", "3 – voldoende", "3 – à l’aise";
    Prof4 => "4 – strong", "4 – sterk", "4 – solide";
    Prof5 => "5 – excellent", "5 – uitstekend", "5 – excellent";
    Enj1 => "1 – dislike it", "1 – vind ik niks", "1 – je n’aime pas";
    Enj2 => "2 – rather not", "2 – liever niet", "2 – plutôt pas";
    Enj3 => "3 – neutral", "3 – neutraal", "3 – neutre";
    Enj4 => "4 – like it", "4 – vind ik leuk", "4 – j’aime bien";
    Enj5 => "5 – love it", "5 – vind ik heerlijk", "5 – j’adore";
    NotClassified => "Rate both scales to see where it falls.", "Scoor beide schalen om te zien waar het valt.", "Évaluez les deux échelles pour voir où il se situe.";
    Clear => "Clear ratings", "Scores wissen", "Effacer l’évaluation";
    Remove => "Remove", "Verwijderen", "Supprimer";
    CustomMark => "your own talent", "je eigen talent", "votre propre talent";
    // Evidence and links
    UsedIn => "Used in {n} of your experiences, {m} of them energising.", "Gebruikt in {n} van je ervaringen, waarvan {m} met energie.", "Mobilisé dans {n} de vos expériences (stimulantes : {m}).";
    NotUsedYet => "None of your experiences mentions it yet.", "Nog geen van je ervaringen noemt het.", "Aucune de vos expériences ne le mentionne encore.";
    LinksTitle => "Supporting experiences ({n} linked)", "Ervaringen als bewijs ({n} gekoppeld)", "Expériences à l’appui ({n})";
    LinksLegend => "Experiences that show {name}", "Ervaringen die {name} laten zien", "Expériences qui montrent : {name}";
    LinksNone => "Add experiences first; then you can link them here.", "Voeg eerst ervaringen toe; daarna kun je ze hier koppelen.", "Ajoutez d’abord des expériences ; vous pourrez ensuite les relier ici.";
    LinksUsedHint => "(you noted this talent there)", "(je noteerde dit talent daar)", "(vous y avez noté ce talent)";
    Untitled => "Untitled experience", "Ervaring zonder titel", "Expérience sans titre";
    // Custom talents
    AddCustomLabel => "Add your own talent", "Voeg je eigen talent toe", "Ajouter votre propre talent";
    AddCustomHint => "A talent or skill that is missing from the list.", "Een talent of vaardigheid die niet in de lijst staat.", "Un talent ou une compétence absente de la liste.";
    AddCustom => "Add talent", "Talent toevoegen", "Ajouter le talent";
    ErrorEmpty => "Type a name for your talent first.", "Typ eerst een naam voor je talent.", "Saisissez d’abord le nom de votre talent.";
    ErrorDuplicate => "That talent is already in the list.", "Dat talent staat al in de lijst.", "Ce talent figure déjà dans la liste.";
    ErrorTooLong => "Keep the name to 200 characters or fewer.", "Houd de naam op 200 tekens of minder.", "Limitez le nom à 200 caractères.";
    ErrorFull => "You have reached the maximum of 500 talents.", "Je hebt het maximum van 500 talenten bereikt.", "Vous avez atteint le maximum de 500 talents.";
    SaidAdded => "Added “{name}”. Rate it below.", "“{name}” is toegevoegd. Geef het hieronder een score.", "« {name} » a été ajouté. Évaluez-le ci-dessous.";
    SaidRemoved => "Removed the ratings of “{name}”.", "De scores van “{name}” zijn verwijderd.", "L’évaluation de « {name} » a été supprimée.";
    SaidRestored => "Restored “{name}”.", "“{name}” is teruggezet.", "« {name} » a été rétabli.";
    Undo => "Undo", "Ongedaan maken", "Annuler la suppression";
    // Quadrants
    ChartSection => "Where your talents fall", "Waar je talenten vallen", "Où se situent vos talents";
    ChartEmpty => "Rate talents on both scales to see them on the chart.", "Scoor talenten op beide schalen om ze in de grafiek te zien.", "Évaluez des talents sur les deux échelles pour les voir sur le graphique.";
    ChartTitle => "Talents by proficiency and enjoyment", "Talenten naar vaardigheid en plezier", "Talents selon le niveau et le plaisir";
    ChartDesc => "Proficiency runs from left to right, enjoyment from bottom to top; high means 4 or 5. {summary}",
        "Vaardigheid loopt van links naar rechts, plezier van onder naar boven; hoog betekent 4 of 5. {summary}",
        "Le niveau va de gauche à droite, le plaisir de bas en haut ; élevé signifie 4 ou 5. {summary}";
    AxisProficiency => "Proficiency →", "Vaardigheid →", "Niveau →";
    AxisEnjoyment => "Enjoyment →", "Plezier →", "Plaisir →";
    Motivated => "Motivated talents", "Gemotiveerde talenten", "Talents motivés";
    BurnoutRisk => "Burnout risks", "Risico op opbranden", "Risques d’épuisement";
    GrowthArea => "Growth areas", "Groeigebieden", "Pistes de développement";
    LowPriority => "Low priority", "Lage prioriteit", "Faible priorité";
    MotivatedHint => "Good at it and enjoy it: build your next step on these.", "Goed in en plezier in: bouw je volgende stap hierop.", "Maîtrisés et appréciés : appuyez votre prochaine étape sur eux.";
    BurnoutRiskHint => "Good at it but it drains you: others may keep asking for it. Say how much of it you want.",
        "Goed in, maar het kost je energie: anderen blijven er misschien om vragen. Zeg hoeveel je ervan wilt doen.",
        "Maîtrisés mais épuisants : on risque de continuer à vous les demander. Dites quelle place vous voulez leur laisser.";
    GrowthAreaHint => "You enjoy it but are not there yet: worth learning more.", "Je hebt er plezier in, maar je bent er nog niet: de moeite waard om verder te leren.", "Vous les appréciez sans les maîtriser encore : ils valent la peine d’être développés.";
    LowPriorityHint => "Neither strong nor enjoyable: no need to build on these.", "Niet sterk en niet leuk: daar hoef je niet op te bouwen.", "Ni forts ni plaisants : inutile de bâtir sur eux.";
    QuadrantNone => "None", "Geen", "Aucun";
    QuadrantSummary => "{quadrant}: {names}.", "{quadrant}: {names}.", "{quadrant} : {names}.";
    TableCaption => "Talents by quadrant, with their ratings", "Talenten per kwadrant, met hun scores", "Talents par quadrant, avec leur évaluation";
    ColTalent => "Talent", "Talent", "Talent";
    ColQuadrant => "Quadrant", "Kwadrant", "Quadrant";
    ColProficiency => "Proficiency", "Vaardigheid", "Niveau";
    ColEnjoyment => "Enjoyment", "Plezier", "Plaisir";
}
