//! Settings, read once from the environment (and `.env`, loaded by `main`) and validated into a
//! [`Config`] that is passed explicitly to whatever needs it. Every variable is documented in
//! `.env.example`.

use std::path::PathBuf;

use crate::search::{IndexLocation, SearchSettings};

/// A setting that is present but unusable. Names the variable and says what to do.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("{variable}: {reason}")]
pub struct ConfigError {
    /// The environment variable at fault.
    pub variable: &'static str,
    /// What is wrong with it and how to fix it.
    pub reason: String,
}

/// Everything the engine needs to load and search a corpus.
#[derive(Debug, Clone, PartialEq)]
pub struct EngineConfig {
    /// Directory of interview files (`CORPUS_DIR`, default `corpus`).
    pub corpus_dir: PathBuf,
    /// Directory of operator files: synonyms and interface texts (`CONFIG_DIR`, default `config`).
    pub config_dir: PathBuf,
    /// Where the index lives (`INDEX_DIR`; in memory when unset).
    pub index: IndexLocation,
    /// Retrieval knobs (`MIN_COVERAGE`).
    pub search: SearchSettings,
}

impl EngineConfig {
    /// The operator's synonyms file.
    pub fn synonyms_path(&self) -> PathBuf {
        self.config_dir.join("synonyms.txt")
    }
}

/// Validated configuration.
#[derive(Debug, Clone, PartialEq)]
pub struct Config {
    /// Engine settings.
    pub engine: EngineConfig,
}

impl Config {
    /// Reads the process environment.
    ///
    /// # Errors
    /// A [`ConfigError`] for the first variable that is set but invalid.
    pub fn from_env() -> Result<Config, ConfigError> {
        Config::from_lookup(|name| std::env::var(name).ok())
    }

    /// Reads settings through `lookup` (the environment in production, a map in tests). Empty
    /// values count as unset, as in most `.env` tooling.
    ///
    /// # Errors
    /// A [`ConfigError`] for the first variable that is set but invalid.
    pub fn from_lookup(lookup: impl Fn(&str) -> Option<String>) -> Result<Config, ConfigError> {
        let get = |name: &str| {
            lookup(name)
                .map(|v| v.trim().to_string())
                .filter(|v| !v.is_empty())
        };
        let min_coverage = match get("MIN_COVERAGE") {
            None => SearchSettings::default().min_coverage,
            Some(value) => value
                .parse::<f32>()
                .ok()
                .filter(|v| (0.0..=1.0).contains(v))
                .ok_or_else(|| ConfigError {
                    variable: "MIN_COVERAGE",
                    reason: format!(
                        "'{value}' is not a number between 0 and 1 (share of the question a passage must match; default {})",
                        SearchSettings::default().min_coverage
                    ),
                })?,
        };
        Ok(Config {
            engine: EngineConfig {
                corpus_dir: get("CORPUS_DIR")
                    .map_or_else(|| PathBuf::from("corpus"), PathBuf::from),
                config_dir: get("CONFIG_DIR")
                    .map_or_else(|| PathBuf::from("config"), PathBuf::from),
                index: get("INDEX_DIR").map_or(IndexLocation::Memory, |dir| {
                    IndexLocation::Directory(PathBuf::from(dir))
                }),
                search: SearchSettings { min_coverage },
            },
        })
    }
}

#[cfg(test)]
mod tests {
    use std::collections::HashMap;

    use super::*;

    fn config(vars: &[(&str, &str)]) -> Result<Config, ConfigError> {
        let vars: HashMap<String, String> = vars
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect();
        Config::from_lookup(|name| vars.get(name).cloned())
    }

    #[test]
    fn defaults_serve_the_shipped_corpus_from_memory() {
        let config = config(&[]).unwrap();
        assert_eq!(config.engine.corpus_dir, PathBuf::from("corpus"));
        assert_eq!(
            config.engine.synonyms_path(),
            PathBuf::from("config/synonyms.txt")
        );
        assert_eq!(config.engine.index, IndexLocation::Memory);
        assert_eq!(config.engine.search, SearchSettings::default());
    }

    #[test]
    fn variables_override_defaults_and_empty_values_count_as_unset() {
        let config = config(&[
            ("CORPUS_DIR", "/srv/c"),
            ("INDEX_DIR", "/var/i"),
            ("MIN_COVERAGE", "0.7"),
            ("CONFIG_DIR", " "),
        ])
        .unwrap();
        assert_eq!(config.engine.corpus_dir, PathBuf::from("/srv/c"));
        assert_eq!(
            config.engine.index,
            IndexLocation::Directory("/var/i".into())
        );
        assert_eq!(config.engine.search.min_coverage, 0.7);
        assert_eq!(config.engine.config_dir, PathBuf::from("config"));
    }

    #[test]
    fn invalid_values_name_the_variable() {
        for bad in ["abc", "1.5", "-0.1", "NaN"] {
            let error = config(&[("MIN_COVERAGE", bad)]).unwrap_err();
            assert_eq!(error.variable, "MIN_COVERAGE");
            assert!(error.to_string().contains(bad));
        }
    }
}
