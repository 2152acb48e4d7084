//! Texts of the facilitator guide (`#/workshop/guide`): a 90-minute self-management workshop
//! with Crossroads. Dutch uses informal "je"; French "vous" and epicene wording.

crate::i18n::catalogue! {
    /// The facilitator guide.
    pub enum GuideText;
    Title => "Facilitator guide: a 90-minute self-management workshop", "Handleiding voor begeleiders: een workshop zelfsturing van 90 minuten", "Guide d’animation : un atelier de 90 minutes sur l’autonomie de carrière";
    Intro => "For HR professionals, coaches and trainers. Participants work on their own device; you never see their answers unless they choose to hand in a small anonymous file.",
        "Voor hr-professionals, coaches en trainers. Deelnemers werken op hun eigen apparaat; je ziet hun antwoorden nooit, tenzij ze zelf een klein anoniem bestand inleveren.",
        "Pour les professionnels et professionnelles des RH, les coachs et les formateurs et formatrices. Chaque personne travaille sur son propre appareil ; vous ne voyez jamais les réponses, sauf si la personne choisit de remettre un petit fichier anonyme.";
    BeforeTitle => "Before the workshop", "Vóór de workshop", "Avant l’atelier";
    Before1 => "Try the link on a phone and a laptop. Print or project the link (or embed Crossroads in your workshop page).",
        "Probeer de link op een telefoon en een laptop. Druk de link af of projecteer hem (of sluit Crossroads in op je workshoppagina).",
        "Testez le lien sur un téléphone et un ordinateur. Imprimez ou projetez le lien (ou intégrez Crossroads à votre page d’atelier).";
    Before2 => "Fill in the organisation check with HR, so you can answer questions about what the organisation offers.",
        "Vul met hr de organisatiecheck in, zodat je vragen kunt beantwoorden over wat de organisatie biedt.",
        "Remplissez le diagnostic d’organisation avec les RH, pour pouvoir répondre aux questions sur ce que propose l’organisation.";
    Before3 => "Tell managers the workshop is happening and that self-management is wanted, so nobody is surprised afterwards.",
        "Laat leidinggevenden weten dat de workshop plaatsvindt en dat zelfsturing gewenst is, zodat niemand achteraf verrast is.",
        "Prévenez les managers que l’atelier a lieu et que l’autonomie de carrière est souhaitée, pour que personne ne soit surpris ensuite.";
    Before4 => "Plan for at least five participants: the group picture stays hidden below five, to protect individuals.",
        "Reken op minstens vijf deelnemers: onder de vijf blijft het groepsbeeld verborgen, om individuen te beschermen.",
        "Prévoyez au moins cinq personnes : en dessous de cinq, la vue de groupe reste masquée pour protéger chaque personne.";
    PlanTitle => "Running order", "Draaiboek", "Déroulé";
    Minutes => "{start}–{end} min ({minutes} min)", "{start}–{end} min ({minutes} min)", "{start}–{end} min ({minutes} min)";
    DoLabel => "What happens", "Wat er gebeurt", "Ce qui se passe";
    SayLabel => "What you can say", "Wat je kunt zeggen", "Ce que vous pouvez dire";
    S1Title => "Welcome: careers became a negotiation", "Welkom: loopbanen zijn een onderhandeling geworden", "Accueil : la carrière est devenue une négociation";
    S1Do => "Introduce the aim: everyone leaves knowing better what they want, what they offer and what their options are.",
        "Vertel het doel: iedereen gaat weg met een beter beeld van wat ze willen, wat ze bieden en welke opties ze hebben.",
        "Présentez l’objectif : chaque personne repart en sachant mieux ce qu’elle veut, ce qu’elle apporte et quelles sont ses options.";
    S1Say => "“Careers are no longer a ladder someone else sets up for you. You cannot negotiate if you don’t know what you want, so today is about finding that out.”",
        "“Een loopbaan is geen ladder meer die iemand anders voor je neerzet. Je kunt niet onderhandelen als je niet weet wat je wilt, dus daar gaat het vandaag om.”",
        "« La carrière n’est plus une échelle que quelqu’un d’autre installe pour vous. On ne peut pas négocier sans savoir ce qu’on veut : c’est ce que nous allons chercher aujourd’hui. »";
    S2Title => "Open Crossroads and the privacy promise", "Crossroads openen en de privacybelofte", "Ouvrir Crossroads et la promesse de confidentialité";
    S2Do => "Everyone opens the link on their own device. Point to “Your data”: everything stays in their browser.",
        "Iedereen opent de link op het eigen apparaat. Wijs op “Je gegevens”: alles blijft in de eigen browser.",
        "Chaque personne ouvre le lien sur son appareil. Montrez « Vos données » : tout reste dans son navigateur.";
    S2Say => "“What you type stays on your device. I won’t see it. At the end you may hand in a small file with a few numbers, without your name, if you want to.”",
        "“Wat je typt, blijft op je apparaat. Ik zie het niet. Aan het eind mag je, als je wilt, een klein bestand met een paar getallen inleveren, zonder je naam.”",
        "« Ce que vous saisissez reste sur votre appareil. Je ne le vois pas. À la fin, vous pourrez, si vous le souhaitez, remettre un petit fichier de quelques chiffres, sans votre nom. »";
    S3Title => "Experiences are assets", "Ervaringen zijn kapitaal", "Les expériences sont des atouts";
    S3Do => "Each person records three experiences that gave them energy: what they did, which talents they used, which values it honoured. Pairs then tell each other one story.",
        "Iedereen legt drie ervaringen vast die energie gaven: wat ze deden, welke talenten ze gebruikten, welke waarden erin zaten. Daarna vertellen duo’s elkaar één verhaal.",
        "Chaque personne note trois expériences qui lui ont donné de l’énergie : ce qu’elle a fait, les talents mobilisés, les valeurs respectées. Puis, en binôme, chaque personne raconte une histoire.";
    S3Say => "“Don’t look for what is missing. Look for what your own history already shows about you.”",
        "“Zoek niet naar wat ontbreekt. Kijk wat je eigen geschiedenis al over je laat zien.”",
        "« Ne cherchez pas ce qui manque. Regardez ce que votre propre parcours montre déjà de vous. »";
    S4Title => "Career attitudes", "Loopbaanhouding", "Attitudes de carrière";
    S4Do => "Everyone takes the career-attitudes check (about 8 minutes), then reads their chart and one next step.",
        "Iedereen vult de check loopbaanhouding in (ongeveer 8 minuten) en leest daarna de eigen grafiek en één volgende stap.",
        "Chaque personne remplit le questionnaire sur les attitudes de carrière (environ 8 minutes), puis lit son graphique et une piste d’action.";
    S4Say => "“This is a mirror for reflection, not a test with right answers. A low score tells you where a small step could help.”",
        "“Dit is een spiegel om over na te denken, geen test met goede antwoorden. Een lage score laat zien waar een kleine stap kan helpen.”",
        "« C’est un miroir pour réfléchir, pas un test avec de bonnes réponses. Un score bas indique où un petit pas peut aider. »";
    S5Title => "Values: the top five", "Waarden: de top vijf", "Valeurs : les cinq principales";
    S5Do => "Everyone sorts the value cards and picks a top five. In threes, people say why their first value matters.",
        "Iedereen sorteert de waardenkaarten en kiest een top vijf. In drietallen vertelt iedereen waarom de eerste waarde telt.",
        "Chaque personne trie les cartes de valeurs et choisit ses cinq principales. En trio, chaque personne explique pourquoi sa première valeur compte.";
    S5Say => "“Your values are your criteria. Later they become the yardstick for your options.”",
        "“Je waarden zijn je criteria. Straks worden ze de maatstaf voor je opties.”",
        "« Vos valeurs sont vos critères. Elles deviendront ensuite l’étalon de vos options. »";
    S6Title => "Options and kinds of move", "Opties en soorten stappen", "Options et types de mouvement";
    S6Do => "Everyone lists two to four real options and tags each with its kind of move: up, sideways, across, growing in place, a step back, leaving, or exploring.",
        "Iedereen zet twee tot vier echte opties op een rij en geeft elke optie een soort stap: omhoog, opzij, schuin, groeien in de functie, een stap terug, vertrekken of verkennen.",
        "Chaque personne liste deux à quatre options réelles et indique pour chacune le type de mouvement : monter, latéral, transversal, enrichir le poste, prendre du recul, partir ou explorer.";
    S6Say => "“Careers move in more directions than up. Which direction would fit you right now?”",
        "“Een loopbaan kan meer kanten op dan omhoog. Welke richting past nu bij jou?”",
        "« Une carrière peut aller dans bien d’autres directions que vers le haut. Laquelle vous conviendrait maintenant ? »";
    S7Title => "Hand-in and the group picture", "Inleveren en het groepsbeeld", "Remise des fichiers et vue de groupe";
    S7Do => "Whoever wants to downloads a hand-in file (Workshop page) and sends or drops it to you. Load them in your own browser and show the group picture.",
        "Wie wil, downloadt een inleverbestand (pagina Workshop) en stuurt het naar je. Laad de bestanden in je eigen browser en laat het groepsbeeld zien.",
        "Les personnes qui le souhaitent téléchargent un fichier de remise (page Atelier) et vous l’envoient. Chargez les fichiers dans votre navigateur et montrez la vue de groupe.";
    S7Say => "“Handing in is voluntary. The file holds only your scores, top values and kinds of move — no name, no text. You can open it to check.”",
        "“Inleveren is vrijwillig. Het bestand bevat alleen je scores, je topwaarden en soorten stappen — geen naam, geen tekst. Je kunt het openen om dat na te gaan.”",
        "« La remise est facultative. Le fichier ne contient que vos scores, vos valeurs principales et des types de mouvement — ni nom, ni texte. Vous pouvez l’ouvrir pour le vérifier. »";
    S8Title => "Close: your negotiation brief", "Afsluiting: je gespreksvoorbereiding", "Clôture : votre préparation d’entretien";
    S8Do => "Everyone writes one thing they will ask for and one next step, and plans a career conversation. Remind them to export their workbook.",
        "Iedereen schrijft één ding op waar ze om gaan vragen en één volgende stap, en plant een loopbaangesprek. Herinner iedereen eraan het werkboek te exporteren.",
        "Chaque personne note une demande qu’elle formulera et une prochaine étape, et planifie un entretien de carrière. Rappelez d’exporter le carnet.";
    S8Say => "“You now know better what you want and what you offer. That is your side of the negotiation.”",
        "“Je weet nu beter wat je wilt en wat je te bieden hebt. Dat is jouw kant van de onderhandeling.”",
        "« Vous savez mieux maintenant ce que vous voulez et ce que vous apportez. C’est votre part de la négociation. »";
    PrivacyTitle => "Hand-ins and privacy", "Inleveren en privacy", "Remise des fichiers et confidentialité";
    Privacy1 => "Handing in is voluntary. Never ask for anyone’s workbook file; the hand-in file is enough.",
        "Inleveren is vrijwillig. Vraag nooit om iemands werkboekbestand; het inleverbestand is genoeg.",
        "La remise est facultative. Ne demandez jamais le carnet de quelqu’un : le fichier de remise suffit.";
    Privacy2 => "The hand-in file holds a random id, attitude scores, top-five value keys and kinds of move: no name, no free text, no scores of options.",
        "Het inleverbestand bevat een willekeurige code, scores op loopbaanhouding, de top vijf waarden en soorten stappen: geen naam, geen vrije tekst, geen scores van opties.",
        "Le fichier de remise contient un identifiant aléatoire, les scores d’attitudes, les cinq valeurs principales et les types de mouvement : ni nom, ni texte libre, ni notes d’options.";
    Privacy3 => "The files load only in your browser; nothing is uploaded. Below five participants nothing is shown. File names can carry names: rename or ignore them, and delete the files after the workshop.",
        "De bestanden worden alleen in je browser geladen; er wordt niets geüpload. Onder de vijf deelnemers wordt niets getoond. Bestandsnamen kunnen namen bevatten: hernoem of negeer ze, en verwijder de bestanden na de workshop.",
        "Les fichiers sont chargés uniquement dans votre navigateur ; rien n’est envoyé. En dessous de cinq personnes, rien n’est affiché. Les noms de fichiers peuvent contenir des noms : renommez-les ou ignorez-les, et supprimez les fichiers après l’atelier.";
    Privacy4 => "Show the group, never individuals: discuss patterns (“many of us value balance”), not who answered what.",
        "Laat de groep zien, nooit individuen: bespreek patronen (“velen van ons hechten aan balans”), niet wie wat antwoordde.",
        "Montrez le groupe, jamais les individus : parlez de tendances (« beaucoup d’entre nous tiennent à l’équilibre »), pas de qui a répondu quoi.";
    AfterTitle => "After the workshop", "Na de workshop", "Après l’atelier";
    After1 => "Share the group picture (or its CSV) with HR as input for the organisation check, and delete the hand-in files.",
        "Deel het groepsbeeld (of de CSV) met hr als input voor de organisatiecheck, en verwijder de inleverbestanden.",
        "Partagez la vue de groupe (ou son CSV) avec les RH pour nourrir le diagnostic d’organisation, puis supprimez les fichiers de remise.";
}
