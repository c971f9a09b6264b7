//! Who asks among a file's speakers: the label's own meaning (`Q`, `Respuesta`), the front
//! matter, a panel's one guest named in the headline, the first exchange, and otherwise the
//! rhythm of the file.

use super::forms::sole_guest_in_title;
use super::labels::{is_asking_label, is_generic, same_speaker, ANSWER_LABELS};
use super::reading::{Role, Speaker};
use super::Metadata;

/// A speaker whose paragraphs hold a `?` at least this often is the one asking.
const ASKING_SHARE: f64 = 0.5;

/// Roles the labels say themselves (`Q`, `Respuesta`) or the front matter gives; true where
/// the role is decided.
fn roles_by_meaning(found: &mut [(Speaker, usize, usize)], metadata: &Metadata) -> Vec<bool> {
    let mut decided = vec![false; found.len()];
    for (i, (speaker, _, _)) in found.iter_mut().enumerate() {
        let lower = speaker.label.to_lowercase();
        let asks = is_asking_label(&lower)
            || [&metadata.interviewer, &metadata.outlet]
                .into_iter()
                .flatten()
                .any(|name| same_speaker(&speaker.label, name));
        let answers = ANSWER_LABELS.contains(&lower.as_str())
            || metadata
                .interviewee
                .as_ref()
                .is_some_and(|name| same_speaker(&speaker.label, name));
        if asks || answers {
            speaker.role = if asks {
                Role::Interviewer
            } else {
                Role::Interviewee
            };
            decided[i] = true;
        }
    }
    decided
}

/// The role of a file's only label whose meaning, and the front matter, leave it open: the
/// interviewer when its turns ask and the paragraphs under them do not (see
/// [`super::lone_asker`]); otherwise the guest, as before.
pub(super) fn settle_only_label(
    found: &mut [(Speaker, usize, usize)],
    paragraphs: &[(&str, usize)],
    metadata: &Metadata,
) {
    let [(only, _, _)] = found else {
        return;
    };
    let guest = (metadata.interviewee.as_ref()).is_some_and(|name| same_speaker(&only.label, name));
    if only.role == Role::Interviewee
        && !guest
        && !is_generic(&only.label)
        && super::lone_asker::only_label_asks(paragraphs, &only.label)
    {
        only.role = Role::Interviewer;
    }
}

/// Gives each speaker a role: by meaning, by front matter, then by rhythm (the speaker with the
/// shortest paragraphs on average asks), unless the first exchange shows who asked.
pub(super) fn assign_roles(
    found: &mut [(Speaker, usize, usize)],
    metadata: &Metadata,
    asker: Option<&str>,
) {
    let decided = roles_by_meaning(found, metadata);
    let has_interviewer = found
        .iter()
        .zip(&decided)
        .any(|((s, _, _), d)| *d && s.role == Role::Interviewer);
    if has_interviewer {
        return;
    }
    let undecided: Vec<usize> = (0..found.len()).filter(|&i| !decided[i]).collect();
    if found.len() < 2 {
        return;
    }
    if let Some(guest) = sole_guest_in_title(found.iter().map(|(s, _, _)| s), metadata) {
        // A panel show: the one person the headline names answers, everyone else asks.
        for i in undecided {
            found[i].0.role = [Role::Interviewer, Role::Interviewee][usize::from(i == guest)];
        }
        return;
    }
    if let Some(hint) = asker.and_then(|a| {
        undecided
            .iter()
            .find(|&&i| same_speaker(&found[i].0.label, a))
    }) {
        found[*hint].0.role = Role::Interviewer;
        return;
    }
    // The side that asks: most of its paragraphs hold a `?`; else the one with the shortest
    // paragraphs.
    let asking = |i: usize| found[i].2 as f64 / found[i].0.count.max(1) as f64;
    let mean = |i: usize| found[i].1 as f64 / found[i].0.count.max(1) as f64;
    let by_questions = undecided
        .iter()
        .copied()
        .filter(|&i| asking(i) >= ASKING_SHARE)
        .max_by(|&a, &b| asking(a).total_cmp(&asking(b)));
    let by_length = undecided
        .iter()
        .copied()
        .min_by(|&a, &b| mean(a).total_cmp(&mean(b)));
    let sole = || super::asking::sole_asker(undecided.iter().map(|&i| (i, found[i].2)));
    if let Some(asker) = by_questions.or_else(sole).or(by_length) {
        found[asker].0.role = Role::Interviewer;
    }
}
