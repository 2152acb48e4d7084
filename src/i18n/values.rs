//! Texts of the values card sort and top-five ranking (`#/values`): English | Dutch | French.
//!
//! Dutch uses informal "je"; French uses "vous" and epicene wording. Value names and
//! descriptions are in [`super::catalog_names`].

crate::i18n::catalogue! {
    /// Texts of the values screen.
    pub enum ValuesText;
    // Page
    Intro => "Which work values matter most to you? Sort every card into one of three piles, then pick and rank your top five. The cards show where your own experiences honoured a value.",
        "Welke werkwaarden vind jij het belangrijkst? Leg elke kaart op een van de drie stapels en kies en rangschik daarna je top vijf. Op de kaarten zie je waar je eigen ervaringen een waarde tot haar recht lieten komen.",
        "Quelles valeurs de travail comptent le plus pour vous ? Classez chaque carte dans l’une des trois piles, puis choisissez et ordonnez vos cinq valeurs principales. Les cartes indiquent où vos propres expériences ont respecté une valeur.";
    HowTo => "Drag a card by its handle onto a pile, or use the buttons on the card: they do everything dragging does.",
        "Sleep een kaart aan haar handvat naar een stapel, of gebruik de knoppen op de kaart: daarmee kun je alles wat slepen ook kan.",
        "Faites glisser une carte par sa poignée vers une pile, ou utilisez les boutons de la carte : ils permettent tout ce que permet le glisser-déposer.";
    // Piles
    Unsorted => "Cards to sort", "Kaarten om te sorteren", "Cartes à classer";
    UnsortedCountOne => "{n} of {total} cards left to sort.", "Nog {n} van de {total} kaarten te sorteren.", "Il reste {n} carte à classer sur {total}.";
    UnsortedCount => "{n} of {total} cards left to sort.", "Nog {n} van de {total} kaarten te sorteren.", "Il reste {n} cartes à classer sur {total}.";
    AllSorted => "Every card is sorted. Now choose your top five below.", "Alle kaarten zijn gesorteerd. Kies hieronder je top vijf.", "Toutes les cartes sont classées. Choisissez maintenant vos cinq valeurs principales ci-dessous.";
    VeryImportant => "Very important", "Heel belangrijk", "Très importante";
    Important => "Important", "Belangrijk", "Importante";
    LessImportant => "Less important", "Minder belangrijk", "Moins importante";
    PileEmpty => "No cards here yet. Drag a card here or use the buttons on a card.", "Nog geen kaarten. Sleep een kaart hierheen of gebruik de knoppen op een kaart.", "Aucune carte pour l’instant. Faites glisser une carte ici ou utilisez les boutons d’une carte.";
    PileCountOne => "{n} card", "{n} kaart", "{n} carte";
    PileCount => "{n} cards", "{n} kaarten", "{n} cartes";
    // Card
    DragHandle => "Drag", "Slepen", "Glisser";
    MoveTo => "Put {name} on a pile", "Leg {name} op een stapel", "Placer {name} dans une pile";
    BackToUnsorted => "Back to the cards to sort", "Terug naar de kaarten om te sorteren", "Remettre parmi les cartes à classer";
    AddToTop => "Add to top five", "Aan top vijf toevoegen", "Ajouter aux cinq principales";
    InTop => "Number {n} in your top five", "Nummer {n} in je top vijf", "N° {n} de vos cinq valeurs principales";
    Evidence => "Honoured in {n} energising experiences", "Kwam tot haar recht in {n} ervaringen die energie gaven", "Respectée dans {n} expériences stimulantes";
    EvidenceOne => "Honoured in {n} energising experience", "Kwam tot haar recht in {n} ervaring die energie gaf", "Respectée dans {n} expérience stimulante";
    EvidenceViolated => "Gone against in {n} draining experiences", "Kwam in het gedrang in {n} ervaringen die energie kostten", "Mise à mal dans {n} expériences épuisantes";
    EvidenceViolatedOne => "Gone against in {n} draining experience", "Kwam in het gedrang in {n} ervaring die energie kostte", "Mise à mal dans {n} expérience épuisante";
    EvidenceNone => "Not in your experiences yet", "Nog niet in je ervaringen", "Pas encore dans vos expériences";
    EvidenceLink => "See your experiences", "Bekijk je ervaringen", "Voir vos expériences";
    CustomMark => "your own value", "je eigen waarde", "votre propre valeur";
    Remove => "Remove", "Verwijderen", "Supprimer";
    // Custom values
    AddCustomLabel => "Add your own value", "Voeg je eigen waarde toe", "Ajouter votre propre valeur";
    AddCustomHint => "A value that is missing from the cards, in a few words.", "Een waarde die niet bij de kaarten zit, in een paar woorden.", "Une valeur absente des cartes, en quelques mots.";
    AddCustom => "Add value", "Waarde toevoegen", "Ajouter la valeur";
    ErrorEmpty => "Type a name for your value first.", "Typ eerst een naam voor je waarde.", "Saisissez d’abord le nom de votre valeur.";
    ErrorDuplicate => "That value is already among the cards.", "Die waarde zit al bij de kaarten.", "Cette valeur figure déjà parmi les cartes.";
    ErrorTooLong => "Keep the name to 200 characters or fewer.", "Houd de naam op 200 tekens of minder.", "Limitez le nom à 200 caractères.";
    ErrorFull => "You have reached the maximum of 500 values of your own.", "Je hebt het maximum van 500 eigen waarden bereikt.", "Vous avez atteint le maximum de 500 valeurs personnelles.";
    // Top five
    TopTitle => "Your top five", "Je top vijf", "Vos cinq valeurs principales";
    TopIntro => "Choose up to five values from your very important and important cards with “Add to top five”, then put them in order: most important first.",
        "Kies met “Aan top vijf toevoegen” maximaal vijf waarden uit je heel belangrijke en belangrijke kaarten en zet ze daarna in volgorde: de belangrijkste eerst.",
        "Choisissez jusqu’à cinq valeurs parmi vos cartes très importantes et importantes avec « Ajouter aux cinq principales », puis ordonnez-les : la plus importante en premier.";
    TopCountOne => "{n} of 5 chosen", "{n} van de 5 gekozen", "{n} choisie sur 5";
    TopCount => "{n} of 5 chosen", "{n} van de 5 gekozen", "{n} choisies sur 5";
    TopEmpty => "No values chosen yet.", "Nog geen waarden gekozen.", "Aucune valeur choisie pour l’instant.";
    TopFullHint => "Your top five is full. Take one out to add another.", "Je top vijf is vol. Haal er een uit om een andere toe te voegen.", "Vos cinq valeurs principales sont choisies. Retirez-en une pour en ajouter une autre.";
    MoveUp => "Move up", "Omhoog", "Monter";
    MoveDown => "Move down", "Omlaag", "Descendre";
    RemoveFromTop => "Take out of top five", "Uit top vijf halen", "Retirer des cinq principales";
    // Announcements
    SaidPlaced => "“{name}” is now on the pile {pile}.", "“{name}” ligt nu op de stapel {pile}.", "« {name} » est maintenant dans la pile {pile}.";
    SaidUnsorted => "“{name}” is back among the cards to sort.", "“{name}” ligt weer bij de kaarten om te sorteren.", "« {name} » est de retour parmi les cartes à classer.";
    SaidTop => "“{name}” is now number {n} of your top five.", "“{name}” staat nu op nummer {n} van je top vijf.", "« {name} » est maintenant n° {n} de vos cinq valeurs principales.";
    SaidOutOfTop => "“{name}” is no longer in your top five.", "“{name}” staat niet meer in je top vijf.", "« {name} » ne fait plus partie de vos cinq valeurs principales.";
    SaidTopFull => "Your top five is full. Take one out first.", "Je top vijf is vol. Haal er eerst een uit.", "Vos cinq valeurs principales sont choisies. Retirez-en d’abord une.";
    SaidAdded => "Added “{name}” to the cards to sort.", "“{name}” is toegevoegd aan de kaarten om te sorteren.", "« {name} » a été ajoutée aux cartes à classer.";
    SaidRemoved => "Removed “{name}”.", "“{name}” is verwijderd.", "« {name} » a été supprimée.";
    SaidLeftTop => "{name} also left your top five.", "{name} staat ook niet meer in je top vijf.", "{name} ne fait plus partie de votre top cinq.";
    SaidBackInTop => "{name} is back in its pile and in your top five.", "{name} staat terug op zijn stapel en in je top vijf.", "{name} est de retour dans sa pile et dans votre top cinq.";
    SaidRestored => "Restored “{name}”.", "“{name}” is teruggezet.", "« {name} » a été rétablie.";
    Undo => "Undo", "Ongedaan maken", "Annuler la suppression";
}
