//! Texts of export, import, view-only mode and their errors.

crate::i18n::catalogue! {
    /// Export, import and file errors.
    pub enum ExchangeText;
    ExportTitle => "Export your workbook", "Je werkboek exporteren", "Exporter votre carnet";
    ExportText => "Download everything you entered as a file. Keep it somewhere safe, or give it to your coach: it opens in any Crossroads.",
        "Download alles wat je invulde als bestand. Bewaar het op een veilige plek of geef het aan je coach: het opent in elke Crossroads.",
        "Téléchargez tout ce que vous avez saisi dans un fichier. Conservez-le en lieu sûr ou confiez-le à votre coach : il s’ouvre dans n’importe quel Crossroads.";
    ExportButton => "Export to a file", "Exporteren naar een bestand", "Exporter dans un fichier";
    ExportEncrypt => "Protect the file with a passphrase", "Het bestand beveiligen met een wachtzin", "Protéger le fichier par une phrase secrète";
    ExportPassphrase => "Passphrase", "Wachtzin", "Phrase secrète";
    ExportPassphraseRepeat => "Repeat the passphrase", "Herhaal de wachtzin", "Répétez la phrase secrète";
    ExportPassphraseHint => "Use four or more unrelated words. Crossroads never stores it: without it, the file cannot be opened.",
        "Gebruik vier of meer losse woorden. Crossroads bewaart de wachtzin nooit: zonder kan het bestand niet geopend worden.",
        "Utilisez au moins quatre mots sans lien entre eux. Crossroads ne la conserve jamais : sans elle, le fichier ne peut pas être ouvert.";
    ExportPassphraseMismatch => "The two passphrases differ.", "De twee wachtzinnen verschillen.", "Les deux phrases secrètes diffèrent.";
    StrengthWeak => "Strength: weak", "Sterkte: zwak", "Robustesse : faible";
    StrengthFair => "Strength: fair", "Sterkte: redelijk", "Robustesse : moyenne";
    StrengthStrong => "Strength: strong", "Sterkte: sterk", "Robustesse : élevée";
    ExportDeriving => "Protecting the file… this takes a moment.", "Het bestand wordt beveiligd… even geduld.", "Protection du fichier… un instant.";
    ExportDone => "Exported {file}.", "{file} is geëxporteerd.", "{file} a été exporté.";
    ExportFailed => "The file could not be created: {reason}", "Het bestand kon niet worden gemaakt: {reason}", "Le fichier n’a pas pu être créé : {reason}";
    ExportViewOnlyNote => "You are viewing someone else’s file: exporting saves that file, not your own workbook.",
        "Je bekijkt het bestand van iemand anders: exporteren bewaart dat bestand, niet je eigen werkboek.",
        "Vous consultez le fichier de quelqu’un d’autre : l’export enregistre ce fichier, pas votre propre carnet.";

    ImportTitle => "Open or import a file", "Een bestand openen of importeren", "Ouvrir ou importer un fichier";
    ImportText => "Choose a Crossroads file (.crossroads.json, an encrypted .crossroads.enc.json, or a Crossroads HTML report), or drop it here. Nothing changes until you choose what to do with it.",
        "Kies een Crossroads-bestand (.crossroads.json, een versleuteld .crossroads.enc.json of een Crossroads-rapport in HTML) of sleep het hierheen. Er verandert niets tot je kiest wat je ermee doet.",
        "Choisissez un fichier Crossroads (.crossroads.json, un fichier chiffré .crossroads.enc.json ou un rapport HTML Crossroads), ou déposez-le ici. Rien ne change tant que vous n’avez pas choisi quoi en faire.";
    ImportChoose => "Choose a file", "Kies een bestand", "Choisir un fichier";
    ImportDrop => "or drop a file here", "of sleep een bestand hierheen", "ou déposez un fichier ici";
    ImportReading => "Reading the file…", "Het bestand wordt gelezen…", "Lecture du fichier…";
    ImportPassphrasePrompt => "This file is protected. Enter its passphrase to open it.", "Dit bestand is beveiligd. Geef de wachtzin om het te openen.", "Ce fichier est protégé. Saisissez sa phrase secrète pour l’ouvrir.";
    ImportUnlock => "Open", "Openen", "Ouvrir";
    PreviewTitle => "What the file holds", "Wat er in het bestand staat", "Contenu du fichier";
    PreviewFrom => "Exported on {date}", "Geëxporteerd op {date}", "Exporté le {date}";
    PreviewCounts => "{experiences}, {takes}, {values}, {talents}, {goals}, {options}, {criteria}", "{experiences}, {takes}, {values}, {talents}, {goals}, {options}, {criteria}", "{experiences}, {takes}, {values}, {talents}, {goals}, {options}, {criteria}";
    CountExperiencesOne => "{n} experience", "{n} ervaring", "{n} expérience";
    CountExperiences => "{n} experiences", "{n} ervaringen", "{n} expériences";
    CountTakesOne => "{n} attitude take", "{n} invulling van de loopbaanhouding", "{n} passation des attitudes";
    CountTakes => "{n} attitude takes", "{n} invullingen van de loopbaanhouding", "{n} passations des attitudes";
    CountValuesOne => "{n} top value", "{n} topwaarde", "{n} valeur principale";
    CountValues => "{n} top values", "{n} topwaarden", "{n} valeurs principales";
    CountTalentsOne => "{n} talent", "{n} talent", "{n} talent";
    CountTalents => "{n} talents", "{n} talenten", "{n} talents";
    CountGoalsOne => "{n} goal", "{n} doel", "{n} objectif";
    CountGoals => "{n} goals", "{n} doelen", "{n} objectifs";
    CountOptionsOne => "{n} option", "{n} optie", "{n} option";
    CountOptions => "{n} options", "{n} opties", "{n} options";
    CountCriteriaOne => "{n} criterion", "{n} criterium", "{n} critère";
    CountCriteria => "{n} criteria", "{n} criteria", "{n} critères";
    PreviewView => "Open to view", "Openen om te bekijken", "Ouvrir en lecture seule";
    PreviewViewHint => "Read-only: nothing is saved, and your own workbook stays as it is. For coaches reading a client’s file.",
        "Alleen lezen: er wordt niets bewaard en je eigen werkboek blijft zoals het is. Voor coaches die het bestand van een cliënt lezen.",
        "Lecture seule : rien n’est enregistré et votre propre carnet reste tel quel. Pour les coachs qui lisent le fichier d’une personne accompagnée.";
    PreviewReplace => "Replace my workbook", "Mijn werkboek vervangen", "Remplacer mon carnet";
    PreviewReplaceHint => "Your current workbook goes to the backup slot first, and you can undo.", "Je huidige werkboek gaat eerst naar de back-up en je kunt het ongedaan maken.", "Votre carnet actuel est d’abord mis en sauvegarde, et vous pouvez annuler.";
    PreviewMerge => "Merge into my workbook", "Samenvoegen met mijn werkboek", "Fusionner avec mon carnet";
    PreviewMergeHint => "Adds what is new; items with clashing ids are renamed.", "Voegt toe wat nieuw is; onderdelen met botsende id’s krijgen een nieuwe naam.", "Ajoute ce qui est nouveau ; les éléments dont l’identifiant est déjà pris sont renommés.";
    MergeAsk => "Both workbooks have a different {part}. Which one do you keep?", "Beide werkboeken hebben een andere {part}. Welke hou je?", "Les deux carnets ont un contenu différent pour : {part}. Lequel conservez-vous ?";
    MergePartValues => "values sort", "waardensortering", "tri des valeurs";
    MergePartSuccess => "meaning of success and constraints", "betekenis van succes en randvoorwaarden", "définition de la réussite et contraintes";
    MergePartWeighting => "weighting of criteria", "weging van criteria", "pondération des critères";
    MergeMine => "Mine", "Die van mij", "Le mien";
    MergeTheirs => "The file’s", "Die uit het bestand", "Celui du fichier";
    MergeDone => "Merged: {added}, {renamed}, {skipped}.", "Samengevoegd: {added}, {renamed}, {skipped}.", "Fusion terminée : {added}, {renamed}, {skipped}.";
    MergeAddedOne => "{n} item added", "{n} onderdeel toegevoegd", "{n} élément ajouté";
    MergeAdded => "{n} items added", "{n} onderdelen toegevoegd", "{n} éléments ajoutés";
    MergeRenamedOne => "{n} renamed", "{n} hernoemd", "{n} renommé";
    MergeRenamed => "{n} renamed", "{n} hernoemd", "{n} renommés";
    MergeSkippedOne => "{n} already present", "{n} was er al", "{n} déjà présent";
    MergeSkipped => "{n} already present", "{n} waren er al", "{n} déjà présents";
    ReplaceDone => "Your workbook was replaced by the file.", "Je werkboek is vervangen door het bestand.", "Votre carnet a été remplacé par le fichier.";
    Undo => "Undo", "Ongedaan maken", "Annuler";
    UndoDone => "Your previous workbook is back.", "Je vorige werkboek is terug.", "Votre carnet précédent est rétabli.";
    ViewBanner => "You are viewing {file}, read-only. Nothing is saved; your own workbook is untouched.", "Je bekijkt {file}, alleen lezen. Er wordt niets bewaard; je eigen werkboek blijft onaangeroerd.", "Vous consultez {file} en lecture seule. Rien n’est enregistré ; votre propre carnet reste intact.";
    ViewClose => "Close and return to my workbook", "Sluiten en terug naar mijn werkboek", "Fermer et revenir à mon carnet";
    ViewSaveState => "Viewing a file: not saved", "Bestand bekijken: niet bewaard", "Consultation d’un fichier : non enregistré";

    ErrTooLarge => "This file is {size}, more than the 5 MB a Crossroads file can be. It was not read.", "Dit bestand is {size}, groter dan de 5 MB die een Crossroads-bestand mag zijn. Het is niet gelezen.", "Ce fichier fait {size}, plus que les 5 Mo autorisés pour un fichier Crossroads. Il n’a pas été lu.";
    ErrNotJson => "This is not a readable Crossroads file (it may be cut off or damaged).", "Dit is geen leesbaar Crossroads-bestand (het is mogelijk afgebroken of beschadigd).", "Ce n’est pas un fichier Crossroads lisible (il est peut-être tronqué ou endommagé).";
    ErrDuplicateKey => "The file is ambiguous: the field “{key}” appears twice in one place.", "Het bestand is dubbelzinnig: het veld “{key}” komt twee keer voor op dezelfde plek.", "Le fichier est ambigu : le champ « {key} » apparaît deux fois au même endroit.";
    ErrWrongFormat => "This file is not a Crossroads workbook.", "Dit bestand is geen Crossroads-werkboek.", "Ce fichier n’est pas un carnet Crossroads.";
    ErrNoWorkbookInHtml => "This HTML file does not carry a Crossroads workbook.", "Dit HTML-bestand bevat geen Crossroads-werkboek.", "Ce fichier HTML ne contient pas de carnet Crossroads.";
    ErrNewerVersion => "This file was made with a newer Crossroads (file version {file}; this one reads up to version {supported}). Open it with an up-to-date Crossroads.",
        "Dit bestand is gemaakt met een nieuwere Crossroads (bestandsversie {file}; deze leest tot versie {supported}). Open het met een recente Crossroads.",
        "Ce fichier a été créé avec une version plus récente de Crossroads (version de fichier {file} ; celle-ci lit jusqu’à la version {supported}). Ouvrez-le avec un Crossroads à jour.";
    ErrInvalidValue => "The field {path} has a value of the wrong type or out of range.", "Het veld {path} heeft een waarde van het verkeerde type of buiten het toegestane bereik.", "Le champ {path} contient une valeur d’un type incorrect ou hors des limites permises.";
    ErrInvalid => "The file breaks the rules of the format: {detail}.", "Het bestand houdt zich niet aan de regels van het formaat: {detail}.", "Le fichier ne respecte pas les règles du format : {detail}.";
    ErrWorkbookTooLarge => "The workbook in this file is {size}, more than the 1 MB Crossroads can keep.", "Het werkboek in dit bestand is {size}, groter dan de 1 MB die Crossroads kan bewaren.", "Le carnet de ce fichier fait {size}, plus que le 1 Mo que Crossroads peut conserver.";
    ErrUnsupportedEncryption => "This file is protected in a way Crossroads does not support.", "Dit bestand is beveiligd op een manier die Crossroads niet ondersteunt.", "Ce fichier est protégé d’une manière que Crossroads ne prend pas en charge.";
    ErrWrongPassphrase => "Wrong passphrase. Check it and try again.", "Verkeerde wachtzin. Controleer hem en probeer opnieuw.", "Phrase secrète incorrecte. Vérifiez-la et réessayez.";
    ErrDamaged => "The passphrase is right, but the file is damaged and cannot be decrypted.", "De wachtzin klopt, maar het bestand is beschadigd en kan niet ontsleuteld worden.", "La phrase secrète est correcte, mais le fichier est endommagé et ne peut pas être déchiffré.";
    ErrBadEncoding => "The protected file is damaged: its field “{field}” is not valid.", "Het beveiligde bestand is beschadigd: het veld “{field}” is ongeldig.", "Le fichier protégé est endommagé : son champ « {field} » n’est pas valide.";
    ErrOutOfMemory => "This device does not have enough memory to open this protected file.", "Dit apparaat heeft niet genoeg geheugen om dit beveiligde bestand te openen.", "Cet appareil n’a pas assez de mémoire pour ouvrir ce fichier protégé.";
    ImportOpening => "Unlocking the file…", "Het bestand wordt ontgrendeld…", "Déverrouillage du fichier…";
    ErrReadFailed => "The browser could not read the file.", "De browser kon het bestand niet lezen.", "Le navigateur n’a pas pu lire le fichier.";
    ReasonBrowserRefused => "the browser refused", "de browser weigerde het", "le navigateur l’a refusé";
    ErrKept => "Your workbook was not changed.", "Je werkboek is niet gewijzigd.", "Votre carnet n’a pas été modifié.";
}
