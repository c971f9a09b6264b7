//! What an inline button does, encoded in Telegram's callback data (at most 64 bytes:
//! <https://core.telegram.org/bots/api#inlinekeyboardbutton>).

/// Telegram's limit for `callback_data`, in bytes.
pub const MAX_CALLBACK_DATA_BYTES: usize = 64;

/// What a [`Action::Use`] button carries to mean "every interview".
const ALL: &str = "all";

/// A button press the bot understands.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Action {
    /// Send the whole answer the quote belongs to.
    FullAnswer { quote_id: String },
    /// Replace the card with the question's next match (`rank` counts from 0).
    NextMatch { session: u64, rank: usize },
    /// Show a quote (topic lists and no-match suggestions).
    Show { quote_id: String },
    /// A rating of the answer to a remembered question (`quote_id` is `None` for a no-match
    /// reply).
    Feedback {
        session: u64,
        helpful: bool,
        quote_id: Option<String>,
    },
    /// Show this page (from 0) of the list of interviews.
    Interviews { page: usize },
    /// Ask about the interview with this [`crate::corpus::interview_code`] only; `None`: about
    /// every interview again.
    Use { code: Option<String> },
}

impl Action {
    /// The callback data for this action; always within Telegram's limit, because quote ids are
    /// short by construction.
    pub fn encode(&self) -> String {
        let data = match self {
            Action::FullAnswer { quote_id } => format!("f:{quote_id}"),
            Action::NextMatch { session, rank } => format!("n:{session:x}:{rank}"),
            Action::Show { quote_id } => format!("q:{quote_id}"),
            Action::Feedback {
                session,
                helpful,
                quote_id,
            } => {
                format!(
                    "h:{session:x}:{}:{}",
                    u8::from(*helpful),
                    quote_id.as_deref().unwrap_or_default()
                )
            }
            Action::Interviews { page } => format!("l:{page}"),
            Action::Use { code } => format!("u:{}", code.as_deref().unwrap_or(ALL)),
        };
        debug_assert!(data.len() <= MAX_CALLBACK_DATA_BYTES, "{data}");
        data
    }

    /// Reads callback data; `None` for anything else (an old version's buttons, forged data).
    pub fn decode(data: &str) -> Option<Action> {
        let (kind, rest) = data.split_once(':')?;
        match kind {
            "f" if !rest.is_empty() => Some(Action::FullAnswer {
                quote_id: rest.to_string(),
            }),
            "q" if !rest.is_empty() => Some(Action::Show {
                quote_id: rest.to_string(),
            }),
            "h" => {
                let mut parts = rest.splitn(3, ':');
                let session = u64::from_str_radix(parts.next()?, 16).ok()?;
                let helpful = match parts.next()? {
                    "1" => true,
                    "0" => false,
                    _ => return None,
                };
                let quote = parts.next()?;
                Some(Action::Feedback {
                    session,
                    helpful,
                    quote_id: (!quote.is_empty()).then(|| quote.to_string()),
                })
            }
            "l" => Some(Action::Interviews {
                page: rest.parse().ok()?,
            }),
            "u" if rest == ALL => Some(Action::Use { code: None }),
            "u" if !rest.is_empty() && rest.bytes().all(|b| b.is_ascii_hexdigit()) => {
                Some(Action::Use {
                    code: Some(rest.to_string()),
                })
            }
            "n" => {
                let (session, rank) = rest.split_once(':')?;
                Some(Action::NextMatch {
                    session: u64::from_str_radix(session, 16).ok()?,
                    rank: rank.parse().ok()?,
                })
            }
            _ => None,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn actions_round_trip_within_the_size_limit() {
        let actions = [
            Action::FullAnswer {
                quote_id: "a1b2c3-12-34".into(),
            },
            Action::NextMatch {
                session: u64::MAX,
                rank: 9,
            },
            Action::Show {
                quote_id: "ffffff-0-1".into(),
            },
            Action::Feedback {
                session: u64::MAX,
                helpful: false,
                quote_id: Some("ffffffffff-99-99".into()),
            },
            Action::Feedback {
                session: 1,
                helpful: true,
                quote_id: None,
            },
            Action::Interviews { page: 1_000 },
            Action::Use {
                code: Some("ffffffffff".into()),
            },
            Action::Use { code: None },
        ];
        for action in actions {
            let data = action.encode();
            assert!(data.len() <= MAX_CALLBACK_DATA_BYTES);
            assert_eq!(Action::decode(&data), Some(action));
        }
    }

    #[test]
    fn unknown_or_malformed_data_is_ignored() {
        for data in [
            "", "x", "f:", "n:zz:1", "l:", "l:x", "u:", "u:zz", "n:1", "n:1:x", "z:1", "🙂:1",
            "h:1:2:x", "h:1",
        ] {
            assert_eq!(Action::decode(data), None, "{data}");
        }
    }
}
