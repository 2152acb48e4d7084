//! Errors in the person's language: the problems [`Workbook::validate`] finds (a machine code
//! with its arguments, see [`ValidationProblem::code`]) and the reasons a file cannot be read
//! or opened. Library text (serde_json's, the encrypted file's parameters, the browser's) is
//! never part of the message: it is kept apart as a technical detail the UI shows in a closed
//! disclosure.
//!
//! [`Workbook::validate`]: crate::domain::workbook::Workbook::validate

use crate::domain::brief::BriefProblem;
use crate::domain::crypto::CryptoError;
use crate::domain::decision::model::{MAX_SAMPLES, MAX_SEED, MIN_SAMPLES};
use crate::domain::decision::DecisionError;
use crate::domain::file::FileError;
use crate::domain::workbook::{ValidationError, ValidationProblem};

use super::{format, number, ExchangeText, Lang};

crate::i18n::catalogue! {
    /// What is wrong at a place of a workbook (the place is the file's JSON path, kept as is).
    pub enum ProblemText;
    At => "{path}: {problem}", "{path}: {problem}", "{path} : {problem}";
    TooLong => "{chars} characters, at most {max} allowed", "{chars} tekens, hoogstens {max} toegestaan", "{chars} caractères, {max} au maximum";
    TooMany => "more than {max} items", "meer dan {max} onderdelen", "plus de {max} éléments";
    DuplicateId => "the id “{id}” is used twice", "het id “{id}” komt twee keer voor", "l’identifiant « {id} » est utilisé deux fois";
    EmptyId => "an item has no id", "een onderdeel heeft geen id", "un élément n’a pas d’identifiant";
    UnknownReference => "refers to “{id}”, which does not exist", "verwijst naar “{id}”, dat niet bestaat", "renvoie à « {id} », qui n’existe pas";
    OutOfRange => "must lie between {min} and {max}", "moet tussen {min} en {max} liggen", "doit être compris entre {min} et {max}";
    NotADate => "must be a date written YYYY-MM-DD", "moet een datum zijn in de vorm JJJJ-MM-DD", "doit être une date au format AAAA-MM-JJ";
    DuplicateOptionId => "two options have the id “{id}”", "twee opties hebben het id “{id}”", "deux options ont l’identifiant « {id} »";
    DuplicateCriterionId => "two criteria have the id “{id}”", "twee criteria hebben het id “{id}”", "deux critères ont l’identifiant « {id} »";
    UnknownOption => "{section} refers to an option “{id}” that does not exist", "{section} verwijst naar een optie “{id}” die niet bestaat", "{section} renvoie à une option « {id} » qui n’existe pas";
    UnknownCriterion => "{section} refers to a criterion “{id}” that does not exist", "{section} verwijst naar een criterium “{id}” dat niet bestaat", "{section} renvoie à un critère « {id} » qui n’existe pas";
    DuplicateScore => "option “{option}” is scored twice on criterion “{criterion}”", "optie “{option}” krijgt twee scores op criterium “{criterion}”", "l’option « {option} » est notée deux fois pour le critère « {criterion} »";
    ScoreOutOfRange => "the score of option “{option}” on criterion “{criterion}” must lie between 0 and 10, with its lower bound no higher and its upper bound no lower than the score",
        "de score van optie “{option}” op criterium “{criterion}” moet tussen 0 en 10 liggen, met de ondergrens niet hoger en de bovengrens niet lager dan de score",
        "la note de l’option « {option} » pour le critère « {criterion} » doit être comprise entre 0 et 10, avec une borne basse qui ne la dépasse pas et une borne haute qui ne lui est pas inférieure";
    InvalidDirectWeight => "the weight of criterion “{criterion}” must be a number of 0 or more", "het gewicht van criterium “{criterion}” moet een getal van 0 of meer zijn", "le poids du critère « {criterion} » doit être un nombre supérieur ou égal à 0";
    RankDuplicate => "criterion “{criterion}” appears twice in the ranking", "criterium “{criterion}” staat twee keer in de rangorde", "le critère « {criterion} » figure deux fois dans le classement";
    RankMissing => "criterion “{criterion}” is missing from the ranking", "criterium “{criterion}” ontbreekt in de rangorde", "le critère « {criterion} » manque dans le classement";
    PairwiseSelf => "criterion “{criterion}” is compared with itself", "criterium “{criterion}” wordt met zichzelf vergeleken", "le critère « {criterion} » est comparé à lui-même";
    RatioOutOfRange => "the ratio of “{a}” to “{b}” must lie between 1/9 and 9", "de verhouding van “{a}” tot “{b}” moet tussen 1/9 en 9 liggen", "le rapport entre « {a} » et « {b} » doit être compris entre 1/9 et 9";
    DuplicatePair => "criteria “{a}” and “{b}” are compared more than once", "criteria “{a}” en “{b}” worden meer dan één keer vergeleken", "les critères « {a} » et « {b} » sont comparés plus d’une fois";
    DealbreakerOutOfRange => "the dealbreaker on “{criterion}” must have a minimum between 0 and 10", "het breekpunt op “{criterion}” moet een minimum tussen 0 en 10 hebben", "la condition non négociable sur « {criterion} » doit avoir un minimum compris entre 0 et 10";
    SamplesOutOfRange => "the number of SMAA draws must lie between {min} and {max}, not {samples}", "het aantal SMAA-trekkingen moet tussen {min} en {max} liggen, niet {samples}", "le nombre de tirages SMAA doit être compris entre {min} et {max}, et non {samples}";
    SeedOutOfRange => "the SMAA seed must be at most {max}, not {seed}", "het startgetal van SMAA mag hoogstens {max} zijn, niet {seed}", "la graine de SMAA doit valoir au plus {max}, et non {seed}";
    BriefTooLong => "a text longer than {max} characters", "een tekst van meer dan {max} tekens", "un texte de plus de {max} caractères";
    BriefUnknownSection => "not a section of the brief", "geen onderdeel van de gespreksvoorbereiding", "ne fait pas partie de la préparation de l’entretien";
    BriefBadId => "the id “{id}” of an added line must start with “added:”", "het id “{id}” van een toegevoegde regel moet beginnen met “added:”", "l’identifiant « {id} » d’une ligne ajoutée doit commencer par « added: »";
    TechnicalDetail => "Technical detail", "Technische details", "Détail technique";
}

/// A message for the person, and the technical detail behind it (library or browser text,
/// usually English) for a closed disclosure, if there is one.
#[derive(Clone, Debug, PartialEq)]
pub struct Explained {
    pub message: String,
    pub technical: Option<String>,
}

impl Explained {
    /// A message with no technical detail.
    pub fn plain(message: String) -> Self {
        Explained { message, technical: None }
    }

    /// A message and the technical detail behind it (none when it is blank).
    pub fn with(message: String, technical: String) -> Self {
        Explained { message, technical: Some(technical).filter(|t| !t.trim().is_empty()) }
    }
}

/// A validation problem with its place: `experiences[e3].title: 201 characters, …`.
pub fn validation_error(lang: Lang, err: &ValidationError) -> String {
    format(lang, ProblemText::At, &[("path", &err.at), ("problem", &validation_problem(lang, &err.problem))])
}

/// What a validation problem means, without its place.
pub fn validation_problem(lang: Lang, problem: &ValidationProblem) -> String {
    use ProblemText as P;
    let count = |n: usize| number::count(lang, n);
    match problem {
        ValidationProblem::TooLong { max_chars, chars } => format(lang, P::TooLong, &[("chars", &count(*chars)), ("max", &count(*max_chars))]),
        ValidationProblem::TooMany { max } => format(lang, P::TooMany, &[("max", &count(*max))]),
        ValidationProblem::DuplicateId { id } => format(lang, P::DuplicateId, &[("id", id)]),
        ValidationProblem::EmptyId => format(lang, P::EmptyId, &[]),
        ValidationProblem::UnknownReference { id } => format(lang, P::UnknownReference, &[("id", id)]),
        ValidationProblem::OutOfRange { min, max } => {
            format(lang, P::OutOfRange, &[("min", &number::decimal(lang, *min, 2)), ("max", &number::decimal(lang, *max, 2))])
        }
        ValidationProblem::NotADate => format(lang, P::NotADate, &[]),
        ValidationProblem::Decision(err) => decision_error(lang, err),
        ValidationProblem::Brief(problem) => brief_problem(lang, problem),
    }
}

/// A rule of the decision that a workbook breaks.
pub fn decision_error(lang: Lang, err: &DecisionError) -> String {
    use ProblemText as P;
    let f = |key, args: &[(&str, &str)]| format(lang, key, args);
    match err {
        DecisionError::DuplicateOptionId { id } => f(P::DuplicateOptionId, &[("id", id)]),
        DecisionError::DuplicateCriterionId { id } => f(P::DuplicateCriterionId, &[("id", id)]),
        DecisionError::UnknownOption { section, id } => f(P::UnknownOption, &[("section", section.as_str()), ("id", id)]),
        DecisionError::UnknownCriterion { section, id } => f(P::UnknownCriterion, &[("section", section.as_str()), ("id", id)]),
        DecisionError::DuplicateScore { option, criterion } => f(P::DuplicateScore, &[("option", option), ("criterion", criterion)]),
        DecisionError::ScoreOutOfRange { option, criterion } => f(P::ScoreOutOfRange, &[("option", option), ("criterion", criterion)]),
        DecisionError::InvalidDirectWeight { criterion } => f(P::InvalidDirectWeight, &[("criterion", criterion)]),
        DecisionError::RankDuplicate { criterion } => f(P::RankDuplicate, &[("criterion", criterion)]),
        DecisionError::RankMissing { criterion } => f(P::RankMissing, &[("criterion", criterion)]),
        DecisionError::PairwiseSelf { criterion } => f(P::PairwiseSelf, &[("criterion", criterion)]),
        DecisionError::RatioOutOfRange { a, b } => f(P::RatioOutOfRange, &[("a", a), ("b", b)]),
        DecisionError::DuplicatePair { a, b } => f(P::DuplicatePair, &[("a", a), ("b", b)]),
        DecisionError::DealbreakerOutOfRange { criterion } => f(P::DealbreakerOutOfRange, &[("criterion", criterion)]),
        DecisionError::SamplesOutOfRange { samples } => f(
            P::SamplesOutOfRange,
            &[
                ("min", &number::integer(lang, i64::from(MIN_SAMPLES))),
                ("max", &number::integer(lang, i64::from(MAX_SAMPLES))),
                ("samples", &number::integer(lang, i64::from(*samples))),
            ],
        ),
        DecisionError::SeedOutOfRange { seed } => f(
            P::SeedOutOfRange,
            &[
                ("max", &number::integer(lang, i64::try_from(MAX_SEED).unwrap_or(i64::MAX))),
                ("seed", &number::integer(lang, i64::try_from(*seed).unwrap_or(i64::MAX))),
            ],
        ),
    }
}

/// A rule of the brief's edits that a workbook breaks. Counts and ids share the workbook's rows.
pub fn brief_problem(lang: Lang, problem: &BriefProblem) -> String {
    use ProblemText as P;
    let count = |n: usize| number::count(lang, n);
    match problem {
        BriefProblem::TooLong { max_chars } => format(lang, P::BriefTooLong, &[("max", &count(*max_chars))]),
        BriefProblem::TooMany { max } => format(lang, P::TooMany, &[("max", &count(*max))]),
        BriefProblem::UnknownSection => format(lang, P::BriefUnknownSection, &[]),
        BriefProblem::BadId { id } => format(lang, P::BriefBadId, &[("id", id)]),
        BriefProblem::DuplicateId { id } => format(lang, P::DuplicateId, &[("id", id)]),
    }
}

/// Why a workbook file could not be imported (or a stored copy read).
pub fn file_error(lang: Lang, err: &FileError) -> Explained {
    use ExchangeText as E;
    let f = |key, args: &[(&str, &str)]| format(lang, key, args);
    match err {
        FileError::TooLarge { bytes } => Explained::plain(f(E::ErrTooLarge, &[("size", &number::megabytes(lang, *bytes as u64))])),
        FileError::NotJson { detail } => Explained::with(f(E::ErrNotJson, &[]), detail.clone()),
        FileError::DuplicateKey { key } => Explained::plain(f(E::ErrDuplicateKey, &[("key", key)])),
        FileError::WrongFormat { .. } => Explained::plain(f(E::ErrWrongFormat, &[])),
        FileError::NoWorkbookInHtml => Explained::plain(f(E::ErrNoWorkbookInHtml, &[])),
        FileError::NewerVersion { file, supported } => Explained::plain(f(
            E::ErrNewerVersion,
            &[("file", &number::integer(lang, i64::try_from(*file).unwrap_or(i64::MAX))), ("supported", &number::integer(lang, i64::from(*supported)))],
        )),
        FileError::InvalidValue { path, detail } => Explained::with(f(E::ErrInvalidValue, &[("path", path)]), detail.clone()),
        FileError::Invalid { problems } => {
            let list: Vec<String> = problems.iter().map(|p| validation_error(lang, p)).collect();
            Explained::plain(f(E::ErrInvalid, &[("detail", &list.join("; "))]))
        }
        FileError::WorkbookTooLarge { bytes } => {
            Explained::plain(f(E::ErrWorkbookTooLarge, &[("size", &number::megabytes(lang, *bytes as u64))]))
        }
    }
}

/// Why an encrypted file could not be sealed or opened.
pub fn crypto_error(lang: Lang, err: &CryptoError) -> Explained {
    use ExchangeText as E;
    let f = |key, args: &[(&str, &str)]| format(lang, key, args);
    match err {
        CryptoError::TooLarge { bytes } => Explained::plain(f(E::ErrTooLarge, &[("size", &number::megabytes(lang, *bytes as u64))])),
        CryptoError::NotJson => Explained::plain(f(E::ErrNotJson, &[])),
        CryptoError::NotEncryptedFile => Explained::plain(f(E::ErrWrongFormat, &[])),
        CryptoError::UnsupportedVersion | CryptoError::UnsupportedKdf { .. } | CryptoError::UnsupportedCipher => {
            Explained::with(f(E::ErrUnsupportedEncryption, &[]), err.to_string())
        }
        CryptoError::BadEncoding { field } => Explained::plain(f(E::ErrBadEncoding, &[("field", field)])),
        CryptoError::WrongPassphrase => Explained::plain(f(E::ErrWrongPassphrase, &[])),
        CryptoError::Damaged | CryptoError::PlaintextNotUtf8 => Explained::plain(f(E::ErrDamaged, &[])),
        CryptoError::OutOfMemory { .. } => Explained::plain(f(E::ErrOutOfMemory, &[])),
    }
}

/// The browser refused to hand a file over (a download); `detail` is the browser's own words.
pub fn browser_refused(lang: Lang, detail: String) -> Explained {
    Explained::with(format(lang, ExchangeText::ReasonBrowserRefused, &[]), detail)
}

/// The browser could not read a picked or dropped file; `detail` is the browser's own words.
pub fn read_failed(lang: Lang, detail: &str) -> Explained {
    Explained::with(format(lang, ExchangeText::ErrReadFailed, &[]), detail.to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::decision::Section;
    use crate::i18n::{placeholders, tr};

    /// One problem of every kind, including every rule of the decision and the brief.
    fn every_problem() -> Vec<ValidationProblem> {
        use DecisionError as D;
        let s = String::from;
        vec![
            ValidationProblem::TooLong { max_chars: 200, chars: 1_234 },
            ValidationProblem::TooMany { max: 500 },
            ValidationProblem::DuplicateId { id: s("e1") },
            ValidationProblem::EmptyId,
            ValidationProblem::UnknownReference { id: s("e9") },
            ValidationProblem::OutOfRange { min: 0.0, max: 1e9 },
            ValidationProblem::NotADate,
            ValidationProblem::Decision(D::DuplicateOptionId { id: s("o1") }),
            ValidationProblem::Decision(D::DuplicateCriterionId { id: s("c1") }),
            ValidationProblem::Decision(D::UnknownOption { section: Section::Scores, id: s("o9") }),
            ValidationProblem::Decision(D::UnknownCriterion { section: Section::Dealbreakers, id: s("c9") }),
            ValidationProblem::Decision(D::DuplicateScore { option: s("o1"), criterion: s("c1") }),
            ValidationProblem::Decision(D::ScoreOutOfRange { option: s("o1"), criterion: s("c1") }),
            ValidationProblem::Decision(D::InvalidDirectWeight { criterion: s("c1") }),
            ValidationProblem::Decision(D::RankDuplicate { criterion: s("c1") }),
            ValidationProblem::Decision(D::RankMissing { criterion: s("c2") }),
            ValidationProblem::Decision(D::PairwiseSelf { criterion: s("c1") }),
            ValidationProblem::Decision(D::RatioOutOfRange { a: s("c1"), b: s("c2") }),
            ValidationProblem::Decision(D::DuplicatePair { a: s("c1"), b: s("c2") }),
            ValidationProblem::Decision(D::DealbreakerOutOfRange { criterion: s("c1") }),
            ValidationProblem::Decision(D::SamplesOutOfRange { samples: 12 }),
            ValidationProblem::Decision(D::SeedOutOfRange { seed: u64::MAX }),
            ValidationProblem::Brief(BriefProblem::TooLong { max_chars: 10_000 }),
            ValidationProblem::Brief(BriefProblem::TooMany { max: 6 }),
            ValidationProblem::Brief(BriefProblem::UnknownSection),
            ValidationProblem::Brief(BriefProblem::BadId { id: s("line:1") }),
            ValidationProblem::Brief(BriefProblem::DuplicateId { id: s("added:1") }),
        ]
    }

    /// Every machine code a validation problem can have (`ValidationProblem::code`).
    const CODES: &[&str] = &[
        "too_long", "too_many", "duplicate_id", "empty_id", "unknown_reference", "out_of_range", "not_a_date",
        "duplicate_option_id", "duplicate_criterion_id", "unknown_option", "unknown_criterion", "duplicate_score",
        "score_out_of_range", "invalid_direct_weight", "rank_duplicate", "rank_missing", "pairwise_self",
        "ratio_out_of_range", "duplicate_pair", "dealbreaker_out_of_range", "samples_out_of_range", "seed_out_of_range",
        "brief_too_long", "brief_too_many", "brief_unknown_section", "brief_bad_id", "brief_duplicate_id",
    ];

    #[test]
    fn the_samples_cover_every_problem_code() {
        let mut codes: Vec<&str> = every_problem().iter().map(ValidationProblem::code).collect();
        codes.sort_unstable();
        codes.dedup();
        let mut expected = CODES.to_vec();
        expected.sort_unstable();
        assert_eq!(codes, expected);
    }

    #[test]
    fn every_problem_renders_complete_text_in_every_language() {
        for problem in every_problem() {
            let err = ValidationError { at: "experiences[e3].title".into(), problem: problem.clone() };
            let en = validation_error(Lang::En, &err);
            for lang in Lang::ALL {
                let text = validation_error(lang, &err);
                let bare = text.strip_prefix("experiences[e3].title").unwrap_or_default();
                assert!(bare.chars().filter(|c| c.is_alphabetic()).count() >= 8, "{} in {lang:?} is too short: {text}", problem.code());
                assert!(placeholders(&text).is_empty(), "{} in {lang:?} has an unfilled placeholder: {text}", problem.code());
                assert!(!text.contains('{') && !text.contains('}'), "{} in {lang:?}: {text}", problem.code());
                if lang != Lang::En {
                    assert_ne!(text, en, "{} reads as English in {lang:?}", problem.code());
                    assert_ne!(validation_problem(lang, &problem), validation_problem(Lang::En, &problem), "{} in {lang:?}", problem.code());
                }
            }
        }
    }

    #[test]
    fn problems_keep_their_path_and_arguments_and_numbers_are_localised() {
        let err = ValidationError { at: "experiences[e3].title".into(), problem: ValidationProblem::TooLong { max_chars: 200, chars: 1_234 } };
        assert_eq!(validation_error(Lang::En, &err), "experiences[e3].title: 1,234 characters, at most 200 allowed");
        assert_eq!(validation_error(Lang::Nl, &err), "experiences[e3].title: 1.234 tekens, hoogstens 200 toegestaan");
        assert!(validation_error(Lang::Fr, &err).starts_with("experiences[e3].title : 1"), "{}", validation_error(Lang::Fr, &err));
        let dup = ValidationError { at: "experiences".into(), problem: ValidationProblem::DuplicateId { id: "e1".into() } };
        assert_eq!(validation_error(Lang::Fr, &dup), "experiences : l’identifiant « e1 » est utilisé deux fois");
        let unknown = ValidationProblem::Decision(DecisionError::UnknownCriterion { section: Section::Dealbreakers, id: "c9".into() });
        assert!(validation_problem(Lang::Nl, &unknown).starts_with("dealbreakers verwijst"));
    }

    /// A `FileError` of every kind, with library text where the variant carries it.
    fn every_file_error() -> Vec<FileError> {
        vec![
            FileError::TooLarge { bytes: 6_000_000 },
            FileError::NotJson { detail: "EOF while parsing an object at line 1 column 12".into() },
            FileError::DuplicateKey { key: "title".into() },
            FileError::WrongFormat { found: Some("other".into()) },
            FileError::WrongFormat { found: None },
            FileError::NoWorkbookInHtml,
            FileError::NewerVersion { file: 2, supported: 1 },
            FileError::InvalidValue { path: "workbook.experiences[0].energy".into(), detail: "invalid type: string \"high\", expected u8".into() },
            FileError::Invalid { problems: vec![ValidationError { at: "experiences".into(), problem: ValidationProblem::DuplicateId { id: "e1".into() } }] },
            FileError::WorkbookTooLarge { bytes: 1_200_000 },
        ]
    }

    #[test]
    fn file_errors_keep_library_text_out_of_the_message() {
        for err in every_file_error() {
            let en = file_error(Lang::En, &err);
            for lang in Lang::ALL {
                let explained = file_error(lang, &err);
                assert!(!explained.message.contains('{'), "{err:?} in {lang:?}: {}", explained.message);
                for english in ["invalid type", "expected", "EOF", "line 1", "is used twice"] {
                    if lang != Lang::En {
                        assert!(!explained.message.contains(english), "{err:?} in {lang:?} shows English: {}", explained.message);
                    }
                }
                if lang != Lang::En {
                    assert_ne!(explained.message, en.message, "{err:?} in {lang:?}");
                }
                assert_eq!(explained.technical, en.technical, "the technical detail is the library's own text");
            }
        }
        let not_json = file_error(Lang::Fr, &FileError::NotJson { detail: "EOF while parsing".into() });
        assert_eq!(not_json.technical.as_deref(), Some("EOF while parsing"));
        let invalid = file_error(Lang::Nl, &FileError::InvalidValue { path: "workbook.x".into(), detail: "invalid type".into() });
        assert!(invalid.message.contains("workbook.x"), "{}", invalid.message);
        assert_eq!(invalid.technical.as_deref(), Some("invalid type"));
        assert_eq!(file_error(Lang::Nl, &FileError::NoWorkbookInHtml).technical, None);
    }

    #[test]
    fn crypto_and_browser_errors_keep_their_detail_apart() {
        let kdf = CryptoError::UnsupportedKdf { detail: "m_kib 9 out of range".into() };
        for lang in Lang::ALL {
            let explained = crypto_error(lang, &kdf);
            assert!(!explained.message.contains("m_kib"), "{}", explained.message);
            assert!(explained.technical.as_deref().is_some_and(|t| t.contains("m_kib")));
            assert_eq!(crypto_error(lang, &CryptoError::NotJson).technical, None);
            let refused = browser_refused(lang, "SecurityError".into());
            assert_eq!((refused.message.contains("SecurityError"), refused.technical.as_deref()), (false, Some("SecurityError")));
            let read = read_failed(lang, "NotReadableError: The file could not be read");
            assert!(!read.message.contains("NotReadableError"), "{}", read.message);
            assert_eq!(read.technical.as_deref(), Some("NotReadableError: The file could not be read"));
        }
        assert_eq!(tr(Lang::Fr, ProblemText::TechnicalDetail), "Détail technique");
    }
}
