//! Reading raw variables: empty values count as unset; numbers within their range, flags,
//! URLs, addresses and id lists are parsed with an error that names the variable.

use std::path::PathBuf;

use reqwest::Url;

use super::ConfigError;

/// A whole-number setting: its variable, default and accepted range.
pub(super) struct Number {
    variable: &'static str,
    default: u64,
    range: std::ops::RangeInclusive<u64>,
    /// What the number means, for the error message.
    meaning: &'static str,
}

impl Number {
    pub(super) const fn new(
        variable: &'static str,
        default: u64,
        range: std::ops::RangeInclusive<u64>,
        meaning: &'static str,
    ) -> Number {
        Number {
            variable,
            default,
            range,
            meaning,
        }
    }
}

/// Raw settings: a lookup where empty values count as unset.
pub(super) struct Vars<'a>(pub(super) &'a dyn Fn(&str) -> Option<String>);

impl Vars<'_> {
    pub(super) fn get(&self, name: &str) -> Option<String> {
        (self.0)(name)
            .map(|v| v.trim().to_string())
            .filter(|v| !v.is_empty())
    }

    pub(super) fn path(&self, name: &str, default: &str) -> PathBuf {
        PathBuf::from(self.get(name).unwrap_or_else(|| default.to_string()))
    }

    pub(super) fn number(&self, setting: &Number) -> Result<u64, ConfigError> {
        let Some(value) = self.get(setting.variable) else {
            return Ok(setting.default);
        };
        let range = &setting.range;
        value
            .parse::<u64>()
            .ok()
            .filter(|v| range.contains(v))
            .ok_or_else(|| ConfigError {
                variable: setting.variable,
                reason: format!(
                    "'{value}' is not a whole number from {} to {} ({}; default {})",
                    range.start(),
                    range.end(),
                    setting.meaning,
                    setting.default
                ),
            })
    }

    pub(super) fn flag(&self, variable: &'static str, default: bool) -> Result<bool, ConfigError> {
        match self.get(variable).map(|v| v.to_ascii_lowercase()) {
            None => Ok(default),
            Some(v) if ["1", "true", "yes", "on"].contains(&v.as_str()) => Ok(true),
            Some(v) if ["0", "false", "no", "off"].contains(&v.as_str()) => Ok(false),
            Some(v) => Err(ConfigError {
                variable,
                reason: format!("'{v}' is not true or false"),
            }),
        }
    }

    /// An `http(s)://` URL; `default` when unset.
    pub(super) fn url(&self, variable: &'static str, default: &str) -> Result<Url, ConfigError> {
        let value = self.get(variable).unwrap_or_else(|| default.to_string());
        Url::parse(&value)
            .ok()
            .filter(|url| matches!(url.scheme(), "http" | "https"))
            .ok_or_else(|| ConfigError {
                variable,
                reason: format!("'{value}' is not an http:// or https:// URL"),
            })
    }

    pub(super) fn address(
        &self,
        variable: &'static str,
        example: &str,
    ) -> Result<Option<std::net::SocketAddr>, ConfigError> {
        self.get(variable)
            .map(|value| {
                value.parse().map_err(|_| ConfigError {
                    variable,
                    reason: format!("'{value}' is not an address:port such as {example}"),
                })
            })
            .transpose()
    }
}

/// Parses a comma- or space-separated list of Telegram ids.
pub(super) fn id_list<T: std::str::FromStr>(
    value: Option<String>,
    variable: &'static str,
) -> Result<Option<Vec<T>>, ConfigError> {
    let Some(value) = value else {
        return Ok(None);
    };
    value
        .split([',', ' '])
        .filter(|part| !part.trim().is_empty())
        .map(|part| {
            part.trim().parse::<T>().map_err(|_| ConfigError {
                variable,
                reason: format!(
                    "'{}' is not a Telegram id (a whole number; separate ids with commas)",
                    part.trim()
                ),
            })
        })
        .collect::<Result<Vec<T>, _>>()
        .map(Some)
}
