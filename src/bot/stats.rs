//! `/stats` for admins: questions answered and refused, all time and by day (counters kept in
//! the state store, so they survive restarts), and the most frequent unanswered questions.

use super::state::AppState;
use super::store::StatsSummary;
use crate::render::telegram;

/// Days listed by /stats.
const DAYS_SHOWN: usize = 7;

/// Unanswered questions listed by /stats.
const TOP_UNANSWERED: usize = 10;

/// The /stats message (Telegram HTML).
pub fn render(state: &AppState) -> String {
    match state.store.stats(DAYS_SHOWN, TOP_UNANSWERED) {
        Ok(summary) => format_summary(&summary),
        Err(error) => {
            tracing::warn!(%error, "cannot read the /stats counters");
            "The counters cannot be read right now (see the bot's log).".to_string()
        }
    }
}

fn format_summary(summary: &StatsSummary) -> String {
    let line = |answered: u64, refused: u64| {
        let questions = answered + refused;
        let rate = if questions == 0 {
            0.0
        } else {
            100.0 * answered as f64 / questions as f64
        };
        format!("{questions} questions, {answered} answered ({rate:.0}%)")
    };
    let mut out = format!(
        "<b>All time</b>: {}",
        line(summary.answered, summary.refused)
    );
    for day in &summary.days {
        out.push_str(&format!(
            "\n{}: {}",
            telegram::escape(&day.day),
            line(day.answered, day.refused)
        ));
    }
    out.push_str("\n<b>Top unanswered</b>:");
    if summary.top_unanswered.is_empty() {
        out.push_str(" none");
    }
    for (question, count) in &summary.top_unanswered {
        out.push_str(&format!(
            "\n{count}× {}",
            telegram::escape(telegram::truncate(question, 100))
        ));
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::bot::store::DayCount;

    #[test]
    fn the_summary_shows_totals_days_and_escaped_questions() {
        let summary = StatsSummary {
            answered: 3,
            refused: 1,
            days: vec![DayCount {
                day: "2026-11-30".into(),
                answered: 1,
                refused: 1,
            }],
            top_unanswered: vec![("<b>cake</b>".into(), 1)],
        };
        let text = format_summary(&summary);
        assert!(
            text.contains("All time</b>: 4 questions, 3 answered (75%)"),
            "{text}"
        );
        assert!(
            text.contains("2026-11-30: 2 questions, 1 answered (50%)"),
            "{text}"
        );
        assert!(text.contains("1× &lt;b&gt;cake"), "{text}");
    }
}
