//! The shell's catalogue: one row per key, English | Dutch | French.
//!
//! Dutch uses informal "je"; French uses "vous" and epicene wording. Keep rows grouped by screen.

crate::i18n::catalogue! {
    /// Texts of the app shell: chrome, home, banners, data page, empty states.
    pub enum Key;
    // Chrome
    AppName => "Crossroads", "Crossroads", "Crossroads";
    Tagline => "Your private career workbook", "Je persoonlijke loopbaanwerkboek", "Votre carnet de carrière personnel";
    SkipToContent => "Skip to content", "Naar de inhoud", "Aller au contenu";
    MainNavigation => "Modules", "Modules", "Modules";
    Menu => "Menu", "Menu", "Menu";
    Language => "Language", "Taal", "Langue";
    Theme => "Theme", "Thema", "Thème";
    ThemeSystem => "System", "Systeem", "Système";
    ThemeLight => "Light", "Licht", "Clair";
    ThemeDark => "Dark", "Donker", "Sombre";
    Loading => "Loading your workbook…", "Je werkboek wordt geladen…", "Chargement de votre carnet…";
    FooterPrivacy => "Everything you enter stays in this browser. Nothing is sent anywhere.",
        "Alles wat je invult, blijft in deze browser. Er wordt niets verstuurd.",
        "Tout ce que vous saisissez reste dans ce navigateur. Rien n’est envoyé.";

    // Routes
    NavHome => "Home", "Start", "Accueil";
    NavExperiences => "Experiences", "Ervaringen", "Expériences";
    NavAttitudes => "Career attitudes", "Loopbaanhouding", "Attitudes de carrière";
    NavValues => "Values", "Waarden", "Valeurs";
    NavTalents => "Talents", "Talenten", "Talents";
    NavGoals => "Goals", "Doelen", "Objectifs";
    NavDecision => "Options and decision", "Opties en keuze", "Options et décision";
    NavBrief => "Negotiation brief", "Gespreksvoorbereiding", "Préparation de l’entretien";
    NavReport => "Report", "Rapport", "Rapport";
    NavData => "Your data", "Je gegevens", "Vos données";
    NavWorkshop => "Workshop", "Workshop", "Atelier";
    NavWorkshopEmbed => "Embed Crossroads", "Crossroads insluiten", "Intégrer Crossroads";
    NavWorkshopOrgCheck => "Organisation check", "Organisatiecheck", "Diagnostic d’organisation";
    NavWorkshopGuide => "Facilitator guide", "Handleiding voor begeleiders", "Guide d’animation";
    NavBriefGuide => "Conversation guide", "Gespreksgids", "Guide de l’entretien";
    NavBriefManagerGuide => "Conversation guide for managers", "Gespreksgids voor leidinggevenden", "Guide de l’entretien pour les responsables";

    // Home
    HomeTitle => "Make your next career move your own", "Maak je volgende loopbaanstap echt de jouwe", "Faites de votre prochaine étape de carrière un vrai choix personnel";
    HomeIntro1 => "Crossroads helps you read the evidence in your own experiences: what energises you, which values you honour, which talents you use.",
        "Crossroads helpt je de aanwijzingen in je eigen ervaringen te lezen: wat je energie geeft, welke waarden je belangrijk vindt, welke talenten je inzet.",
        "Crossroads vous aide à lire ce que révèlent vos propres expériences : ce qui vous donne de l’énergie, les valeurs qui comptent pour vous, les talents que vous mobilisez.";
    HomeIntro2 => "From there you weigh your real options and prepare the career conversation with your organisation.",
        "Daarna weeg je je echte opties af en bereid je het loopbaangesprek met je organisatie voor.",
        "Vous comparez ensuite vos options réelles et préparez l’entretien de carrière avec votre organisation.";
    HomeIntro3 => "It runs entirely in your browser: your answers never leave this device unless you export them.",
        "Alles draait in je browser: je antwoorden verlaten dit apparaat nooit, tenzij je ze zelf exporteert.",
        "Tout fonctionne dans votre navigateur : vos réponses ne quittent jamais cet appareil, sauf si vous les exportez.";
    HomeProgress => "Your progress", "Je voortgang", "Votre progression";
    HomeContinue => "Continue where you left off: {module}", "Ga verder waar je gebleven was: {module}", "Reprendre où vous en étiez : {module}";
    HomeStart => "Start with your experiences", "Begin met je ervaringen", "Commencer par vos expériences";
    ModuleNotStarted => "Not started", "Nog niet begonnen", "Pas encore commencé";
    ModuleStarted => "Started", "Begonnen", "Commencé";
    ModuleDone => "Filled in", "Ingevuld", "Complété";
    ExampleTitle => "Try with an example person", "Probeer het met een voorbeeldpersoon", "Essayer avec une personne fictive";
    ExampleText => "Load a filled-in workbook of a fictional mid-career professional to see every module in action. You can remove it again at any time.",
        "Laad het ingevulde werkboek van een fictieve professional halverwege de loopbaan en bekijk elke module in actie. Je kunt het op elk moment weer verwijderen.",
        "Chargez le carnet complété d’une personne fictive en milieu de carrière pour voir chaque module en action. Vous pouvez le retirer à tout moment.";
    ExampleLoad => "Load the example", "Voorbeeld laden", "Charger l’exemple";
    ExampleRemove => "Remove the example", "Voorbeeld verwijderen", "Retirer l’exemple";
    ExampleActive => "You are looking at an example person. Your own workbook is kept aside and comes back when you remove the example.",
        "Je bekijkt een voorbeeldpersoon. Je eigen werkboek is apart bewaard en komt terug zodra je het voorbeeld verwijdert.",
        "Vous consultez une personne fictive. Votre propre carnet est mis de côté et revient dès que vous retirez l’exemple.";

    // Save status
    SaveSaved => "All changes saved on this device", "Alle wijzigingen zijn op dit apparaat bewaard", "Toutes les modifications sont enregistrées sur cet appareil";
    SaveSaving => "Saving…", "Bezig met bewaren…", "Enregistrement…";
    SaveMemoryOnly => "Not saved: this browser does not allow storage here", "Niet bewaard: deze browser staat hier geen opslag toe", "Non enregistré : ce navigateur n’autorise pas le stockage ici";
    SaveFailed => "Not saved: storage is full", "Niet bewaard: de opslag is vol", "Non enregistré : le stockage est plein";

    // Banners
    BannerMemoryOnly => "This browser does not let Crossroads store data here (for example in a private window or a restricted embed). You can keep working, but your work disappears when you close the page: export it to keep it.",
        "Deze browser laat Crossroads hier niets bewaren (bijvoorbeeld in een privévenster of een beperkte insluiting). Je kunt verder werken, maar je werk verdwijnt als je de pagina sluit: exporteer het om het te bewaren.",
        "Ce navigateur ne permet pas à Crossroads d’enregistrer des données ici (par exemple en navigation privée ou dans une intégration restreinte). Vous pouvez continuer, mais votre travail disparaîtra à la fermeture de la page : exportez-le pour le conserver.";
    BannerQuota => "Your browser’s storage is full, so recent changes are kept only in this page. Export your workbook now; saving resumes by itself when space is available.",
        "De opslag van je browser is vol, dus je laatste wijzigingen staan alleen in deze pagina. Exporteer je werkboek nu; bewaren gaat vanzelf verder zodra er weer ruimte is.",
        "Le stockage de votre navigateur est plein : vos dernières modifications ne sont conservées que dans cette page. Exportez votre carnet maintenant ; l’enregistrement reprendra dès que de l’espace sera libéré.";
    BannerTooLarge => "Your workbook has grown past 1 MB, the most Crossroads stores. The last change was not saved: remove something (long texts, old experiences) to continue.",
        "Je werkboek is groter dan 1 MB, het maximum dat Crossroads bewaart. De laatste wijziging is niet bewaard: verwijder iets (lange teksten, oude ervaringen) om verder te gaan.",
        "Votre carnet dépasse 1 Mo, le maximum que Crossroads enregistre. La dernière modification n’a pas été enregistrée : supprimez un élément (textes longs, anciennes expériences) pour continuer.";
    BannerInvalid => "The last change was not saved because it breaks a rule of the workbook file (the detail is below). Undo it or shorten what you entered; everything saved before is safe.",
        "De laatste wijziging is niet bewaard omdat ze een regel van het werkboekbestand overtreedt (details hieronder). Maak ze ongedaan of kort in wat je invulde; alles wat eerder bewaard is, blijft veilig.",
        "La dernière modification n’a pas été enregistrée, car elle enfreint une règle du fichier de carnet (détail ci-dessous). Annulez-la ou raccourcissez ce que vous avez saisi ; tout ce qui a été enregistré auparavant est en sécurité.";
    BannerExportFirst => "Tip: your browser may clear stored data. Exporting your workbook to a file is the real backup.",
        "Tip: je browser kan bewaarde gegevens wissen. Je werkboek exporteren naar een bestand is de echte back-up.",
        "Conseil : votre navigateur peut effacer les données enregistrées. Exporter votre carnet dans un fichier est la véritable sauvegarde.";
    BannerExportOld => "Your last export is {days} days old. Export again so your backup is current.",
        "Je laatste export is {days} dagen oud. Exporteer opnieuw zodat je back-up actueel is.",
        "Votre dernier export date de {days} jours. Exportez à nouveau pour garder une sauvegarde à jour.";
    BannerStorageLoadFailed => "The saved workbook could not be read, so Crossroads started empty. The unreadable copy is kept as a backup on this device.",
        "Het bewaarde werkboek kon niet worden gelezen, dus Crossroads is leeg gestart. De onleesbare kopie blijft als back-up op dit apparaat.",
        "Le carnet enregistré n’a pas pu être lu : Crossroads a démarré vide. La copie illisible est conservée comme sauvegarde sur cet appareil.";
    Dismiss => "Dismiss", "Sluiten", "Fermer";
    GoToData => "Go to your data", "Naar je gegevens", "Vers vos données";

    // Data page
    DataTitle => "Where your data lives", "Waar je gegevens staan", "Où se trouvent vos données";
    DataWhere => "Your workbook is stored in this browser’s local storage on this device, and nowhere else. Crossroads has no server and sends no data: not to us, not to analytics, not to anyone.",
        "Je werkboek staat in de lokale opslag van deze browser op dit apparaat, en nergens anders. Crossroads heeft geen server en verstuurt geen gegevens: niet naar ons, niet naar analysediensten, naar niemand.",
        "Votre carnet est enregistré dans le stockage local de ce navigateur, sur cet appareil, et nulle part ailleurs. Crossroads n’a pas de serveur et n’envoie aucune donnée : ni à nous, ni à des outils d’analyse, ni à personne.";
    DataEviction => "Browsers may clear stored data (for example after weeks without a visit, or when space runs low). Export your workbook to a file to keep it safe.",
        "Browsers kunnen bewaarde gegevens wissen (bijvoorbeeld na weken zonder bezoek, of als de ruimte opraakt). Exporteer je werkboek naar een bestand om het veilig te bewaren.",
        "Les navigateurs peuvent effacer les données enregistrées (par exemple après des semaines sans visite ou quand l’espace manque). Exportez votre carnet dans un fichier pour le mettre à l’abri.";
    DataSize => "Size of your workbook: {size}", "Grootte van je werkboek: {size}", "Taille de votre carnet : {size}";
    DataStorageMode => "Storage", "Opslag", "Stockage";
    DataStorageLocal => "This browser’s local storage", "De lokale opslag van deze browser", "Le stockage local de ce navigateur";
    DataStorageMemory => "Memory only: lost when you close the page", "Alleen in het geheugen: weg als je de pagina sluit", "En mémoire seulement : perdu à la fermeture de la page";
    DataPersisted => "Your browser agreed to keep this data", "Je browser heeft toegezegd deze gegevens te bewaren", "Votre navigateur a accepté de conserver ces données";
    DataNotPersisted => "Your browser may clear this data when space runs low", "Je browser kan deze gegevens wissen als de ruimte opraakt", "Votre navigateur peut effacer ces données si l’espace manque";
    DataLastExport => "Last export: {date}", "Laatste export: {date}", "Dernier export : {date}";
    DataNeverExported => "Never exported yet", "Nog nooit geëxporteerd", "Jamais exporté";
    DataDeleteTitle => "Delete everything", "Alles verwijderen", "Tout supprimer";
    DataDeleteText => "Removes your workbook and its backup from this browser. Exported files are not touched.",
        "Verwijdert je werkboek en de back-up ervan uit deze browser. Geëxporteerde bestanden blijven onaangeroerd.",
        "Supprime votre carnet et sa sauvegarde de ce navigateur. Les fichiers exportés ne sont pas touchés.";
    DataDeleteButton => "Delete everything…", "Alles verwijderen…", "Tout supprimer…";
    DataDeleteFinal => "Delete for good", "Definitief verwijderen", "Supprimer définitivement";
    DataDeleted => "Everything was deleted from this browser.", "Alles is uit deze browser verwijderd.", "Tout a été supprimé de ce navigateur.";
    Cancel => "Cancel", "Annuleren", "Annuler";

    // Panic rescue
    RescueTitle => "Something went wrong", "Er ging iets mis", "Un problème est survenu";
    RescueText => "Crossroads hit an error it cannot recover from. Your work is not lost: download your workbook now, then reload the page.",
        "Crossroads liep tegen een fout aan die het niet kan herstellen. Je werk is niet verloren: download nu je werkboek en laad daarna de pagina opnieuw.",
        "Crossroads a rencontré une erreur dont il ne peut pas se remettre. Votre travail n’est pas perdu : téléchargez votre carnet maintenant, puis rechargez la page.";
    RescueDownload => "Download my workbook", "Mijn werkboek downloaden", "Télécharger mon carnet";
    RescueNothing => "There was no saved workbook to download.", "Er was geen bewaard werkboek om te downloaden.", "Aucun carnet enregistré à télécharger.";
    RescueReload => "Reload Crossroads", "Crossroads opnieuw laden", "Recharger Crossroads";

    // Other tabs
    OtherTabUpdated => "This workbook was changed in another tab or window; you now see that version.",
        "Dit werkboek is gewijzigd in een ander tabblad of venster; je ziet nu die versie.",
        "Ce carnet a été modifié dans un autre onglet ou une autre fenêtre ; c’est cette version qui s’affiche maintenant.";
    OtherTabConflict => "This workbook was changed in another tab while you were editing here. You now see the other tab’s version; your last change here was set aside.",
        "Dit werkboek is gewijzigd in een ander tabblad terwijl je hier aan het bewerken was. Je ziet nu de versie van het andere tabblad; je laatste wijziging hier is apart gezet.",
        "Ce carnet a été modifié dans un autre onglet pendant que vous travailliez ici. Vous voyez maintenant la version de l’autre onglet ; votre dernière modification ici a été mise de côté.";
    OtherTabRestore => "Restore my change", "Mijn wijziging terugzetten", "Rétablir ma modification";

    // Errors
    LanguageUnavailable => "{language} could not be loaded, so the page stays in this language. Check your connection and choose it again.",
        "{language} kon niet worden geladen, dus de pagina blijft in deze taal. Controleer je verbinding en kies de taal opnieuw.",
        "Impossible de charger {language}, la page reste donc dans cette langue. Vérifiez votre connexion et choisissez-la à nouveau.";
    ErrorRouteMissing => "That page does not exist, so you are back home.", "Die pagina bestaat niet; je bent terug op de startpagina.", "Cette page n’existe pas : vous voici de retour à l’accueil.";
}

#[cfg(test)]
mod shell_tests {
    use super::Key;
    use crate::i18n::Text;

    /// `index.html` paints the home page's English title and introduction before the wasm
    /// arrives; the app then draws the same text in place (so the largest paint is the shell's,
    /// with no jump). The shell must never drift from the catalogue.
    #[test]
    fn the_static_shell_shows_the_home_page_english_text() {
        let html = include_str!("../../index.html");
        for key in [Key::HomeTitle, Key::HomeIntro1, Key::HomeIntro2, Key::HomeIntro3] {
            let (en, _, _) = key.row();
            assert!(!en.contains(['<', '&']), "{key:?} needs escaping in index.html");
            assert!(html.contains(&format!(">{en}</")), "index.html does not show {key:?}: {en}");
        }
    }
}
