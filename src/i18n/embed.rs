//! Texts of embedding: the snippet generator and the compact embedded chrome.

crate::i18n::catalogue! {
    /// The embed-snippet generator and embedded chrome.
    pub enum EmbedText;
    Intro => "Put Crossroads, or just some of its modules, on your blog or workshop page. Each visitor’s answers stay in their own browser; nothing reaches you or your site.",
        "Zet Crossroads, of enkele modules ervan, op je blog of workshoppagina. De antwoorden van elke bezoeker blijven in diens eigen browser; niets komt bij jou of je site terecht.",
        "Intégrez Crossroads, ou seulement certains de ses modules, à votre blog ou à votre page d’atelier. Les réponses de chaque visiteur ou visiteuse restent dans son propre navigateur ; rien ne vous parvient, ni à votre site.";
    Modules => "Modules to show", "Te tonen modules", "Modules à afficher";
    ModulesHint => "None ticked means all modules.", "Niets aangevinkt betekent alle modules.", "Aucune case cochée signifie tous les modules.";
    LanguageChoice => "Language", "Taal", "Langue";
    LanguageVisitor => "The visitor’s browser language", "De taal van de browser van de bezoeker", "La langue du navigateur de la personne";
    ThemeChoice => "Theme", "Thema", "Thème";
    ThemeVisitor => "The visitor’s system setting", "De systeeminstelling van de bezoeker", "Le réglage système de la personne";
    Height => "Starting height (pixels)", "Beginhoogte (pixels)", "Hauteur de départ (pixels)";
    Snippet => "Code to paste into your page", "Code om in je pagina te plakken", "Code à coller dans votre page";
    SnippetHint => "The script line is optional: it lets the frame grow with its content. Downloads of exports need the allow-downloads permission, which the snippet includes.",
        "De scriptregel is optioneel: daarmee groeit het kader mee met de inhoud. Voor het downloaden van exports is de toestemming allow-downloads nodig; die staat in de code.",
        "La ligne de script est facultative : elle permet au cadre de s’agrandir avec son contenu. Le téléchargement des exports nécessite l’autorisation allow-downloads, incluse dans le code.";
    Copy => "Copy the code", "Code kopiëren", "Copier le code";
    Copied => "Copied to the clipboard.", "Gekopieerd naar het klembord.", "Copié dans le presse-papiers.";
    CopyFailed => "Copying was refused by the browser: select the code and copy it by hand.", "De browser weigerde te kopiëren: selecteer de code en kopieer hem zelf.", "Le navigateur a refusé la copie : sélectionnez le code et copiez-le vous-même.";
    Preview => "Live preview", "Live voorbeeld", "Aperçu en direct";
    PreviewTitle => "Preview of the embedded Crossroads", "Voorbeeld van de ingesloten Crossroads", "Aperçu du Crossroads intégré";
    HostHeaders => "Hosting Crossroads yourself? Serve the headers in its _headers file, including Access-Control-Allow-Origin: * (needed when a page embeds it in a sandbox without allow-same-origin).",
        "Host je Crossroads zelf? Stuur de headers uit het _headers-bestand mee, ook Access-Control-Allow-Origin: * (nodig als een pagina het insluit in een sandbox zonder allow-same-origin).",
        "Vous hébergez Crossroads vous-même ? Envoyez les en-têtes de son fichier _headers, y compris Access-Control-Allow-Origin: * (nécessaire quand une page l’intègre dans un bac à sable sans allow-same-origin).";
    WorkshopEmbedLink => "Embed Crossroads in your own page", "Crossroads insluiten in je eigen pagina", "Intégrer Crossroads dans votre propre page";
    ExportNow => "Export", "Exporteren", "Exporter";
    OpenFull => "Open in a full window", "In een volledig venster openen", "Ouvrir dans une fenêtre complète";
}
