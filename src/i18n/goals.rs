//! Texts of the goals screen (`#/goals`): goals by horizon, what success means, constraints.
//! English | Dutch | French; Dutch uses informal "je", French "vous" and epicene wording.

crate::i18n::catalogue! {
    /// Texts of the goals screen.
    pub enum GoalsText;
    Intro => "Where do you want to be, and what would make it a success for you? Success here is your own: not a title or a ladder, but what you count as a good working life.",
        "Waar wil je staan, en wanneer is het voor jou geslaagd? Succes is hier van jou: geen titel of ladder, maar wat jij een goed werkleven vindt.",
        "Où voulez-vous être, et qu’est-ce qui en ferait une réussite pour vous ? Ici, la réussite vous appartient : ni un titre ni une échelle, mais ce que vous considérez comme une vie professionnelle réussie.";
    GoalsTitle => "Goals", "Doelen", "Objectifs";
    Horizon1 => "In one year", "Over één jaar", "Dans un an";
    Horizon3 => "In three years", "Over drie jaar", "Dans trois ans";
    Horizon10 => "In ten years", "Over tien jaar", "Dans dix ans";
    Add1 => "Add a goal for one year", "Doel voor één jaar toevoegen", "Ajouter un objectif à un an";
    Add3 => "Add a goal for three years", "Doel voor drie jaar toevoegen", "Ajouter un objectif à trois ans";
    Add10 => "Add a goal for ten years", "Doel voor tien jaar toevoegen", "Ajouter un objectif à dix ans";
    HorizonEmpty => "No goals for this horizon yet.", "Nog geen doelen voor deze termijn.", "Aucun objectif pour cette échéance pour l’instant.";
    GoalLegend => "Goal {n}", "Doel {n}", "Objectif {n}";
    GoalText => "What I want", "Wat ik wil", "Ce que je veux";
    GoalWhy => "Why it matters to me", "Waarom het voor mij belangrijk is", "Pourquoi c’est important pour moi";
    Remove => "Remove goal", "Doel verwijderen", "Supprimer l’objectif";
    Untitled => "an empty goal", "een leeg doel", "un objectif vide";
    SaidRemoved => "Removed {goal}.", "{goal} is verwijderd.", "{goal} : supprimé.";
    SaidRestored => "Restored {goal}.", "{goal} is teruggezet.", "{goal} : rétabli.";
    Undo => "Undo", "Ongedaan maken", "Annuler la suppression";
    ListFull => "You have reached the maximum of 500 goals.", "Je hebt het maximum van 500 doelen bereikt.", "Vous avez atteint le maximum de 500 objectifs.";
    // Success
    SuccessTitle => "What success means to me", "Wat succes voor mij betekent", "Ce que la réussite signifie pour moi";
    SuccessIntro => "How much does each side of success matter to you?", "Hoe belangrijk is elke kant van succes voor jou?", "Quelle importance accordez-vous à chaque dimension de la réussite ?";
    SuccessRated => "{n} of 8 rated", "{n} van de 8 gescoord", "{n} sur 8 évaluées";
    Scale1 => "1 – hardly matters", "1 – nauwelijks belangrijk", "1 – compte peu";
    Scale2 => "2 – matters a little", "2 – een beetje belangrijk", "2 – compte un peu";
    Scale3 => "3 – matters", "3 – belangrijk", "3 – compte";
    Scale4 => "4 – matters a lot", "4 – heel belangrijk", "4 – compte beaucoup";
    Scale5 => "5 – matters most", "5 – het allerbelangrijkst", "5 – compte le plus";
    Recognition => "Recognition", "Erkenning", "Reconnaissance";
    RecognitionHint => "Being seen and valued for what you do.", "Gezien en gewaardeerd worden om wat je doet.", "Que votre travail soit vu et apprécié à sa juste valeur.";
    MeaningfulWork => "Meaningful work", "Zinvol werk", "Travail porteur de sens";
    MeaningfulWorkHint => "Work that matters to you and to others.", "Werk dat ertoe doet, voor jou en voor anderen.", "Un travail qui compte pour vous et pour les autres.";
    Influence => "Influence", "Invloed", "Influence";
    InfluenceHint => "Having a say in decisions and direction.", "Meebeslissen over koers en keuzes.", "Peser sur les décisions et les orientations.";
    Authenticity => "Authenticity", "Authenticiteit", "Authenticité";
    AuthenticityHint => "Being yourself at work, in line with who you are.", "Jezelf zijn op het werk, trouw aan wie je bent.", "Être vous-même au travail, fidèle à qui vous êtes.";
    PersonalLife => "Personal life", "Privéleven", "Vie personnelle";
    PersonalLifeHint => "Room for the people and things you love outside work.", "Ruimte voor de mensen en dingen waar je buiten het werk van houdt.", "De la place pour les personnes et les activités qui vous sont chères hors du travail.";
    Growth => "Growth", "Groei", "Développement";
    GrowthHint => "Learning and developing over the years.", "Leren en je ontwikkelen door de jaren heen.", "Apprendre et évoluer au fil des années.";
    QualityWork => "Quality work", "Kwaliteitswerk", "Travail de qualité";
    QualityWorkHint => "Doing work you are proud of.", "Werk leveren waar je trots op bent.", "Faire un travail dont vous êtes fier ou fière.";
    Satisfaction => "Satisfaction", "Tevredenheid", "Satisfaction";
    SatisfactionHint => "Being content with your work and career as a whole.", "Tevreden zijn over je werk en loopbaan als geheel.", "Trouver de la satisfaction dans votre travail et dans votre parcours dans son ensemble.";
    SuccessText => "In my own words, success is…", "In mijn eigen woorden is succes…", "Avec mes propres mots, la réussite, c’est…";
    SuccessTextHint => "A sentence or two you can say out loud in a career conversation.", "Een zin of twee die je hardop kunt zeggen in een loopbaangesprek.", "Une phrase ou deux que vous pourriez dire à voix haute lors d’un entretien de carrière.";
    // Constraints
    ConstraintsTitle => "Constraints", "Randvoorwaarden", "Contraintes";
    ConstraintsIntro => "Practical limits any option has to meet. The decision module offers them as dealbreakers.",
        "Praktische grenzen waaraan elke optie moet voldoen. De keuzemodule biedt ze aan als harde eisen.",
        "Les limites pratiques que toute option doit respecter. Le module de décision les propose comme critères éliminatoires.";
    IncomeFloor => "Income floor (net, per month)", "Minimuminkomen (netto, per maand)", "Revenu minimum (net, par mois)";
    IncomeFloorHint => "The least you need, in your own currency, such as 3400. Leave empty if there is none.", "Het minimum dat je nodig hebt, in je eigen munt, zoals 3400. Laat leeg als er geen is.", "Le minimum dont vous avez besoin, dans votre monnaie, par exemple 3400. Laissez vide s’il n’y en a pas.";
    Location => "Location", "Locatie", "Lieu";
    LocationHint => "Where the work can be, such as “within an hour of home” or “remote”.", "Waar het werk kan zijn, zoals “binnen een uur van huis” of “op afstand”.", "Où le travail peut se situer, par exemple « à moins d’une heure de chez moi » ou « à distance ».";
    MaxHours => "Most hours a week", "Maximaal aantal uren per week", "Nombre d’heures maximum par semaine";
    MaxHoursHint => "Such as 32. Leave empty if there is no limit.", "Zoals 32. Laat leeg als er geen grens is.", "Par exemple 32. Laissez vide s’il n’y a pas de limite.";
    Timing => "Timing", "Timing", "Calendrier";
    TimingHint => "When a change can or cannot happen.", "Wanneer een verandering wel of niet kan.", "Quand un changement peut ou ne peut pas avoir lieu.";
    ErrorNotANumber => "Type a number, such as 3400 or 38.5. What you typed is kept here but not saved.", "Typ een getal, zoals 3400 of 38,5. Wat je typte blijft hier staan, maar is niet bewaard.", "Saisissez un nombre, par exemple 3400 ou 38,5. Votre saisie reste affichée mais n’est pas enregistrée.";
    ErrorNegative => "The number cannot be negative.", "Het getal kan niet negatief zijn.", "Le nombre ne peut pas être négatif.";
    ErrorIncomeTooLarge => "That is more than 1,000,000,000.", "Dat is meer dan 1.000.000.000.", "C’est plus de 1 000 000 000.";
    ErrorHoursTooLarge => "A week has 168 hours at most.", "Een week heeft hoogstens 168 uur.", "Une semaine compte au plus 168 heures.";
}

/// The name and hint of success dimension `key` (see `domain::goals::SUCCESS_DIMENSIONS`);
/// `None` for a key that is not one of them.
pub fn success_dimension_texts(key: &str) -> Option<(GoalsText, GoalsText)> {
    use GoalsText as G;
    Some(match key {
        "recognition" => (G::Recognition, G::RecognitionHint),
        "meaningful_work" => (G::MeaningfulWork, G::MeaningfulWorkHint),
        "influence" => (G::Influence, G::InfluenceHint),
        "authenticity" => (G::Authenticity, G::AuthenticityHint),
        "personal_life" => (G::PersonalLife, G::PersonalLifeHint),
        "growth" => (G::Growth, G::GrowthHint),
        "quality_work" => (G::QualityWork, G::QualityWorkHint),
        "satisfaction" => (G::Satisfaction, G::SatisfactionHint),
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    #[test]
    fn every_success_dimension_has_a_name() {
        for key in crate::domain::goals::SUCCESS_DIMENSIONS {
            assert!(super::success_dimension_texts(key).is_some(), "{key}");
        }
        assert!(super::success_dimension_texts("salary").is_none());
    }
}
