//! Names of the catalogued work values and talents (`crate::domain::catalog`), and a one-line
//! description of each value, in English, Dutch and French.
//!
//! [`value_name`], [`value_description`] and [`talent_name`] map a catalogue key to its text;
//! custom keys (typed by the person) have no entry and are shown as typed. Used by the
//! experiences screen and reused by the values and talents modules.

crate::i18n::catalogue! {
    /// The name of each catalogued work value.
    pub enum ValueName;
    Autonomy => "Autonomy", "Autonomie", "Autonomie";
    Security => "Security", "Zekerheid", "Sécurité";
    Learning => "Learning", "Leren", "Apprentissage";
    Meaning => "Meaning", "Zingeving", "Sens";
    Recognition => "Recognition", "Erkenning", "Reconnaissance";
    Relationships => "Relationships", "Relaties", "Relations";
    Balance => "Work–life balance", "Balans werk en privé", "Équilibre vie pro et perso";
    Income => "Income", "Inkomen", "Revenu";
    Creativity => "Creativity", "Creativiteit", "Créativité";
    Leadership => "Leadership", "Leidinggeven", "Leadership";
    Variety => "Variety", "Afwisseling", "Variété";
    LocationFlexibility => "Location flexibility", "Plaatsonafhankelijk werken", "Liberté du lieu de travail";
    Expertise => "Expertise", "Vakkennis", "Expertise";
    Challenge => "Challenge", "Uitdaging", "Défi";
    Helping => "Helping others", "Anderen helpen", "Aider les autres";
    Status => "Status", "Status", "Statut";
    Teamwork => "Teamwork", "Samenwerken", "Travail d’équipe";
    Structure => "Structure", "Structuur", "Cadre structuré";
    Adventure => "Adventure", "Avontuur", "Aventure";
    Integrity => "Integrity", "Integriteit", "Intégrité";
    Influence => "Influence", "Invloed", "Influence";
    Sustainability => "Sustainability", "Duurzaamheid", "Durabilité";
    Entrepreneurship => "Entrepreneurship", "Ondernemerschap", "Esprit d’entreprise";
    Craftsmanship => "Craftsmanship", "Vakmanschap", "Travail bien fait";
}

crate::i18n::catalogue! {
    /// A one-line description of each catalogued work value.
    pub enum ValueDescription;
    Autonomy => "Deciding for yourself how and when you do your work.", "Zelf bepalen hoe en wanneer je je werk doet.", "Décider vous-même comment et quand vous travaillez.";
    Security => "A steady job and income you can count on.", "Een vaste baan en een inkomen waarop je kunt rekenen.", "Un emploi stable et un revenu sur lesquels compter.";
    Learning => "Growing, picking up new knowledge and skills.", "Groeien, nieuwe kennis en vaardigheden opdoen.", "Progresser, acquérir de nouvelles connaissances et compétences.";
    Meaning => "Work that matters to you and to the world around you.", "Werk dat ertoe doet, voor jou en voor de wereld om je heen.", "Un travail qui compte pour vous et pour le monde qui vous entoure.";
    Recognition => "Having what you contribute seen and appreciated.", "Gezien en gewaardeerd worden om wat je bijdraagt.", "Voir votre contribution remarquée et appréciée.";
    Relationships => "Good contact with the people you work with.", "Goed contact met de mensen met wie je werkt.", "De bonnes relations avec les personnes qui vous entourent au travail.";
    Balance => "Room for family, friends, rest and interests outside work.", "Ruimte voor gezin, vrienden, rust en interesses buiten het werk.", "Du temps pour la famille, les amis, le repos et vos centres d’intérêt.";
    Income => "Earning well and being paid fairly for your work.", "Goed verdienen en eerlijk betaald worden voor je werk.", "Bien gagner votre vie et recevoir une rémunération équitable.";
    Creativity => "Coming up with new ideas and making new things.", "Nieuwe ideeën bedenken en nieuwe dingen maken.", "Imaginer de nouvelles idées et créer des choses nouvelles.";
    Leadership => "Guiding people and taking responsibility for a team.", "Mensen sturen en verantwoordelijkheid dragen voor een team.", "Guider des personnes et prendre la responsabilité d’une équipe.";
    Variety => "Different tasks, places and people; little routine.", "Verschillende taken, plekken en mensen; weinig routine.", "Des tâches, des lieux et des personnes variés ; peu de routine.";
    LocationFlexibility => "Working from where it suits you.", "Werken vanaf de plek die jou uitkomt.", "Travailler depuis l’endroit qui vous convient.";
    Expertise => "Being very good at one field and known for it.", "Heel goed zijn in één vak en daarom gevraagd worden.", "Exceller dans un domaine et faire référence en la matière.";
    Challenge => "Hard problems that stretch what you can do.", "Moeilijke vraagstukken die je tot het uiterste laten gaan.", "Des problèmes difficiles qui repoussent vos limites.";
    Helping => "Making a difference for other people.", "Iets betekenen voor andere mensen.", "Faire une différence pour d’autres personnes.";
    Status => "A position others look up to.", "Een positie waar anderen tegen opkijken.", "Une position que les autres respectent.";
    Teamwork => "Reaching goals together rather than alone.", "Samen doelen bereiken in plaats van alleen.", "Atteindre des objectifs ensemble plutôt qu’en solo.";
    Structure => "Clear tasks, agreements and predictable days.", "Duidelijke taken, afspraken en voorspelbare dagen.", "Des tâches claires, des règles définies et des journées prévisibles.";
    Adventure => "Excitement, risk and the unknown.", "Spanning, risico en het onbekende.", "L’excitation, le risque et l’inconnu.";
    Integrity => "Acting in line with what you believe is right.", "Handelen in lijn met wat je juist vindt.", "Agir en accord avec ce que vous estimez juste.";
    Influence => "Having a say in decisions and changing how things go.", "Meebeslissen en de gang van zaken kunnen veranderen.", "Peser sur les décisions et faire évoluer les choses.";
    Sustainability => "Work that is good for the planet and the future.", "Werk dat goed is voor de planeet en de toekomst.", "Un travail bon pour la planète et pour l’avenir.";
    Entrepreneurship => "Starting things, taking initiative and owning the risk.", "Dingen opstarten, initiatief nemen en het risico dragen.", "Lancer des projets, prendre des initiatives et assumer le risque.";
    Craftsmanship => "Doing a job thoroughly and with pride in the result.", "Werk grondig doen en trots zijn op het resultaat.", "Faire un travail soigné et en tirer de la fierté.";
}

crate::i18n::catalogue! {
    /// The name of each catalogued talent.
    pub enum TalentName;
    Analysing => "Analysing", "Analyseren", "Analyser";
    Organising => "Organising", "Organiseren", "Organiser";
    Coaching => "Coaching", "Coachen", "Accompagner";
    Negotiating => "Negotiating", "Onderhandelen", "Négocier";
    Writing => "Writing", "Schrijven", "Rédiger";
    Presenting => "Presenting", "Presenteren", "Présenter";
    Building => "Building", "Bouwen", "Construire";
    Designing => "Designing", "Ontwerpen", "Concevoir";
    Researching => "Researching", "Onderzoeken", "Faire des recherches";
    Selling => "Selling", "Verkopen", "Vendre";
    Caring => "Caring", "Zorgen", "Prendre soin";
    Teaching => "Teaching", "Lesgeven", "Enseigner";
    Leading => "Leading", "Leiden", "Diriger";
    ProblemSolving => "Solving problems", "Problemen oplossen", "Résoudre des problèmes";
    Listening => "Listening", "Luisteren", "Écouter";
    Planning => "Planning", "Plannen", "Planifier";
    Networking => "Networking", "Netwerken", "Développer un réseau";
    Mediating => "Mediating", "Bemiddelen", "Faire de la médiation";
    Improvising => "Improvising", "Improviseren", "Improviser";
    Numbers => "Working with numbers", "Rekenen en cijferwerk", "Manier les chiffres";
}

/// The name of catalogued value `key`; `None` for a custom value.
pub fn value_name(key: &str) -> Option<ValueName> {
    crate::domain::catalog::VALUES.iter().position(|k| *k == key).and_then(|i| ValueName::ALL.get(i).copied())
}

/// The description of catalogued value `key`; `None` for a custom value.
pub fn value_description(key: &str) -> Option<ValueDescription> {
    crate::domain::catalog::VALUES.iter().position(|k| *k == key).and_then(|i| ValueDescription::ALL.get(i).copied())
}

/// The name of catalogued talent `key`; `None` for a custom talent.
pub fn talent_name(key: &str) -> Option<TalentName> {
    crate::domain::catalog::TALENTS.iter().position(|k| *k == key).and_then(|i| TalentName::ALL.get(i).copied())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::catalog::{TALENTS, VALUES};

    /// `snake_case` key → `CamelCase` variant name.
    fn camel(key: &str) -> String {
        key.split('_').map(|part| {
            let mut chars = part.chars();
            chars.next().map(|c| c.to_ascii_uppercase().to_string() + chars.as_str()).unwrap_or_default()
        }).collect()
    }

    #[test]
    fn every_catalogue_key_has_its_own_name_in_catalogue_order() {
        assert_eq!(ValueName::ALL.len(), VALUES.len());
        assert_eq!(ValueDescription::ALL.len(), VALUES.len());
        assert_eq!(TalentName::ALL.len(), TALENTS.len());
        for key in VALUES {
            assert_eq!(format!("{:?}", value_name(key).unwrap()), camel(key));
            assert_eq!(format!("{:?}", value_description(key).unwrap()), camel(key));
        }
        for key in TALENTS {
            assert_eq!(format!("{:?}", talent_name(key).unwrap()), camel(key));
        }
        assert_eq!(value_name("humour"), None);
        assert_eq!(talent_name(""), None);
    }
}
