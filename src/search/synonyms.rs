//! Operator synonyms in Solr's format, applied to questions (never to the index, so editing the
//! file needs no rebuild).
//!
//! ```text
//! # comment
//! OAS, Organization of American States      # equivalent: any one finds the others
//! jab, jabs => vaccine                       # one-way: the left side is replaced by the right
//! ```
//! Entries are compared after analysis (stemming, stopwords), so "Organisation of the American
//! States" in a question matches the entry above.

use fnv::FnvHashMap as HashMap;
use std::path::{Path, PathBuf};

use super::analyzer::{Analyzer, Language};

/// Languages with a synonyms file of their own, `synonyms.<code>.txt` beside `synonyms.txt`
/// (which stays the English one).
const OTHER_LANGUAGES: [Language; 2] = [Language::Es, Language::Pt];

/// A synonym line that could not be used; the other lines still apply.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{path}:{line}: {reason}")]
pub struct SynonymError {
    /// The synonyms file.
    pub path: PathBuf,
    /// 1-based line.
    pub line: usize,
    /// What is wrong.
    pub reason: String,
}

/// One rule: questions containing any `pattern` also look for every `expansion`.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Rule {
    patterns: Vec<Vec<String>>,
    expansions: Vec<Vec<String>>,
}

impl Rule {
    /// Reads one rule line (without its comment), or says why it cannot be used.
    fn parse(line: &str, analyzer: &mut Analyzer) -> Result<Rule, &'static str> {
        let mut sides = line.split("=>");
        let left = sides.next().unwrap_or_default();
        let right = sides.next();
        if sides.next().is_some() {
            return Err("more than one '=>' on a line");
        }
        let mut side_terms = |side: &str| -> Vec<Vec<String>> {
            let mut seqs: Vec<Vec<String>> = side
                .split(',')
                .map(|entry| analyzer.terms(entry))
                .filter(|terms| !terms.is_empty())
                .collect();
            seqs.dedup();
            seqs
        };
        let patterns = side_terms(left);
        let expansions = match right {
            Some(right) => side_terms(right),
            None => patterns.clone(),
        };
        if patterns.is_empty() || expansions.is_empty() {
            return Err("no searchable word on one side (only stopwords or punctuation)");
        }
        if right.is_none() && patterns.len() < 2 {
            return Err("a synonym group needs at least two entries separated by ','");
        }
        Ok(Rule {
            patterns,
            expansions,
        })
    }
}

/// The rules (by index) whose patterns start with each term, each rule once per term.
fn index_by_first_term(rules: &[Rule]) -> HashMap<String, Vec<usize>> {
    let mut by_first_term: HashMap<String, Vec<usize>> = HashMap::default();
    for (index, rule) in rules.iter().enumerate() {
        for pattern in &rule.patterns {
            let rules = by_first_term.entry(pattern[0].clone()).or_default();
            if !rules.contains(&index) {
                rules.push(index);
            }
        }
    }
    by_first_term
}

/// A synonym found in a question: the span of question terms it covers and what to look for
/// instead of them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SynonymMatch {
    /// Index of the first covered term in the question's term list.
    pub start: usize,
    /// Number of question terms covered.
    pub len: usize,
    /// Term sequences to search for (the matched words themselves included for `,` rules).
    pub alternatives: Vec<Vec<String>>,
}

/// All synonym rules, ready to match analysed questions.
#[derive(Debug, Clone, Default)]
pub struct Synonyms {
    rules: Vec<Rule>,
    /// Rules by the first term of each of their patterns, so matching a question costs one
    /// lookup per word instead of a scan of every rule.
    by_first_term: HashMap<String, Vec<usize>>,
    /// The rules of the other languages' files, applied to questions analysed in them.
    others: Vec<(Language, Synonyms)>,
}

impl Synonyms {
    /// Reads a synonyms file. A missing file means no synonyms.
    ///
    /// # Errors
    /// Returns the rules that could be read and an error for every line that could not (or for
    /// the file itself when it exists but cannot be read).
    pub fn load(path: &Path) -> (Synonyms, Vec<SynonymError>) {
        Synonyms::load_in(Language::En, path)
    }

    /// Reads `synonyms.txt` (English) and every `synonyms.<language>.txt` of `config_dir`.
    ///
    /// # Errors
    /// As [`Synonyms::load`], for every file.
    pub fn load_all(config_dir: &Path) -> (Synonyms, Vec<SynonymError>) {
        let (mut synonyms, mut errors) = Synonyms::load(&config_dir.join("synonyms.txt"));
        for language in OTHER_LANGUAGES {
            let path = config_dir.join(format!("synonyms.{}.txt", language.code()));
            let (other, other_errors) = Synonyms::load_in(language, &path);
            errors.extend(other_errors);
            if !other.is_empty() {
                synonyms.others.push((language, other));
            }
        }
        (synonyms, errors)
    }

    /// The rules for questions analysed in `language` (none when it has no file).
    pub fn for_language(&self, language: Language) -> &Synonyms {
        static NONE: std::sync::LazyLock<Synonyms> = std::sync::LazyLock::new(Synonyms::default);
        if language == Language::En {
            return self;
        }
        self.others
            .iter()
            .find(|(l, _)| *l == language)
            .map_or(&NONE, |(_, synonyms)| synonyms)
    }

    /// Reads one language's synonyms file; see [`Synonyms::load`].
    ///
    /// # Errors
    /// As [`Synonyms::load`].
    pub fn load_in(language: Language, path: &Path) -> (Synonyms, Vec<SynonymError>) {
        match std::fs::read_to_string(path) {
            Ok(text) => Synonyms::parse_in(language, path, &text),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => (Synonyms::default(), vec![]),
            Err(e) => (
                Synonyms::default(),
                vec![SynonymError {
                    path: path.to_path_buf(),
                    line: 0,
                    reason: format!("cannot read synonyms file: {e}"),
                }],
            ),
        }
    }

    /// Parses Solr-format synonym lines; `path` only labels errors.
    pub fn parse(path: &Path, text: &str) -> (Synonyms, Vec<SynonymError>) {
        Synonyms::parse_in(Language::En, path, text)
    }

    /// Parses synonym lines written in `language`; `path` only labels errors.
    pub fn parse_in(language: Language, path: &Path, text: &str) -> (Synonyms, Vec<SynonymError>) {
        let mut analyzer = Analyzer::new(language);
        let mut rules = Vec::new();
        let mut errors = Vec::new();
        for (index, raw_line) in text.lines().enumerate() {
            let line = raw_line.split(" #").next().unwrap_or_default().trim();
            if line.is_empty() || line.starts_with('#') {
                continue;
            }
            match Rule::parse(line, &mut analyzer) {
                Ok(rule) => rules.push(rule),
                Err(reason) => errors.push(SynonymError {
                    path: path.to_path_buf(),
                    line: index + 1,
                    reason: reason.to_string(),
                }),
            }
        }
        let by_first_term = index_by_first_term(&rules);
        (
            Synonyms {
                rules,
                by_first_term,
                others: Vec::new(),
            },
            errors,
        )
    }

    /// Number of usable rules, in every language.
    pub fn len(&self) -> usize {
        self.rules.len() + self.others.iter().map(|(_, s)| s.len()).sum::<usize>()
    }

    /// True when no rule is loaded.
    pub fn is_empty(&self) -> bool {
        self.len() == 0
    }

    /// Finds synonyms in a question's terms, longest match first, without overlaps.
    pub fn find(&self, terms: &[String]) -> Vec<SynonymMatch> {
        let mut matches = Vec::new();
        let mut at = 0;
        while at < terms.len() {
            let candidates = self
                .by_first_term
                .get(&terms[at])
                .map_or(&[][..], Vec::as_slice);
            let best = candidates
                .iter()
                .flat_map(|&rule| self.rules[rule].patterns.iter())
                .filter(|pattern| terms[at..].starts_with(pattern))
                .max_by_key(|pattern| pattern.len());
            match best {
                Some(pattern) => {
                    let mut alternatives: Vec<Vec<String>> = Vec::new();
                    // A rule with this pattern is among those filed under its first term.
                    let expansions = candidates
                        .iter()
                        .map(|&rule| &self.rules[rule])
                        .filter(|r| r.patterns.contains(pattern))
                        .flat_map(|r| r.expansions.iter());
                    for alternative in expansions {
                        if !alternatives.contains(alternative) {
                            alternatives.push(alternative.clone());
                        }
                    }
                    matches.push(SynonymMatch {
                        start: at,
                        len: pattern.len(),
                        alternatives,
                    });
                    at += pattern.len();
                }
                None => at += 1,
            }
        }
        matches
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn terms(text: &str) -> Vec<String> {
        Analyzer::default().terms(text)
    }

    fn parse(text: &str) -> (Synonyms, Vec<SynonymError>) {
        Synonyms::parse(Path::new("synonyms.txt"), text)
    }

    #[test]
    fn equivalent_groups_expand_both_ways_and_multiword_entries_match_analysed_text() {
        let (synonyms, errors) = parse("# comment\n\nOAS, Organization of American States\n");
        assert!(errors.is_empty());
        let found = synonyms.find(&terms(
            "the organisation of the American states and Almagro",
        ));
        assert_eq!(found.len(), 1);
        assert_eq!((found[0].start, found[0].len), (0, 3));
        assert!(found[0].alternatives.contains(&terms("OAS")));
        assert!(found[0]
            .alternatives
            .contains(&terms("Organization of American States")));

        let found = synonyms.find(&terms("OAS secretary"));
        assert_eq!((found[0].start, found[0].len), (0, 1));
        assert_eq!(found[0].alternatives.len(), 2);
    }

    #[test]
    fn explicit_mappings_replace_the_left_side() {
        let (synonyms, _) = parse("jab, jabs => vaccine\n");
        let found = synonyms.find(&terms("covid jabs"));
        assert_eq!(found.len(), 1);
        assert_eq!(found[0].start, 1);
        assert_eq!(found[0].alternatives, vec![terms("vaccine")]);
    }

    #[test]
    fn bad_lines_are_reported_with_their_line_and_skipped() {
        let (synonyms, errors) = parse("a => b => c\nthe, of\nsolo\nbank, lender\n");
        assert_eq!(synonyms.len(), 1);
        let lines: Vec<_> = errors.iter().map(|e| e.line).collect();
        assert_eq!(lines, [1, 2, 3]);
        assert!(errors[0].to_string().starts_with("synonyms.txt:1: "));
    }

    #[test]
    fn the_shipped_files_read_without_errors_and_cover_general_words() {
        let config = Path::new(env!("CARGO_MANIFEST_DIR")).join("config");
        let (synonyms, errors) = Synonyms::load_all(&config);
        assert!(errors.is_empty(), "{errors:?}");
        // A paraphrase's everyday word finds the one the interviewee used.
        for (language, asked, said) in [
            (Language::Es, "gastar", "consumo"),
            (Language::Es, "temor", "preocupación"),
            (Language::Pt, "propina", "corrupção"),
            (Language::Pt, "colheita", "safra"),
        ] {
            let mut analyzer = Analyzer::new(language);
            let found = synonyms.for_language(language).find(&analyzer.terms(asked));
            assert_eq!(found.len(), 1, "{asked}");
            assert!(
                found[0].alternatives.contains(&analyzer.terms(said)),
                "{asked}"
            );
        }
        // No entry shares its stem with a common unrelated word: "viento" is not "venta",
        // "medidas" not "miedo", "habitantes" not "habitação", "alta" not "aumento".
        for (language, word) in [
            (Language::Es, "viento"),
            (Language::Es, "medidas"),
            (Language::Pt, "habitantes"),
            (Language::Pt, "maré alta"),
        ] {
            let terms = Analyzer::new(language).terms(word);
            let found = synonyms.for_language(language).find(&terms);
            assert!(found.is_empty(), "{word}: {found:?}");
        }
        // Groups whose words share a stem join: "election" must not find "named" through
        // "elected".
        let mut english = Analyzer::new(Language::En);
        let found = synonyms.find(&english.terms("election"));
        assert!(!found[0].alternatives.contains(&english.terms("named")));
        // "positions" shares its stem with "positive": no group of hopes may hold it.
        let found = synonyms.find(&english.terms("positions"));
        assert!(found
            .iter()
            .all(|m| !m.alternatives.contains(&english.terms("hope"))));
    }

    #[test]
    fn missing_file_means_no_synonyms() {
        let (synonyms, errors) = Synonyms::load(Path::new("/nonexistent/synonyms.txt"));
        assert!(synonyms.is_empty() && errors.is_empty());
    }
}
