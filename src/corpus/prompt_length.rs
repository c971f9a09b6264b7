//! How long a prompt can be in one file: the cut between its short paragraphs (prompts) and
//! its long ones (answers), from the file's own paragraph lengths.

use super::cues::words;
use super::reading::Para;

/// With fewer paragraphs than this, lengths say little: a default prompt limit is used.
pub const MIN_PARAGRAPHS_FOR_RHYTHM: usize = 6;

/// Prompt length limit when the file is too short to measure.
const DEFAULT_PROMPT_WORDS: f64 = 40.0;

/// The measured prompt limit is kept in this range: a prompt of 12 words is always plausible,
/// and past 60 words a paragraph is an answer in any published style.
pub const PROMPT_WORDS_RANGE: (f64, f64) = (12.0, 60.0);

/// The longest a prompt can be in this file, in words: the cut of a two-class split (Otsu's
/// method on the logarithm of paragraph lengths) between short prompts and long answers.
pub fn prompt_limit(paras: &[Para]) -> f64 {
    let mut lengths: Vec<f64> = paras
        .iter()
        .map(|p| (words(&p.text).max(1) as f64).ln())
        .collect();
    if lengths.len() < MIN_PARAGRAPHS_FOR_RHYTHM {
        return DEFAULT_PROMPT_WORDS;
    }
    lengths.sort_by(f64::total_cmp);
    let total: f64 = lengths.iter().sum();
    let n = lengths.len() as f64;
    let mut best = (f64::MIN, DEFAULT_PROMPT_WORDS);
    let mut below = 0.0;
    for i in 1..lengths.len() {
        below += lengths[i - 1];
        if lengths[i] == lengths[i - 1] {
            continue;
        }
        let (w0, w1) = (i as f64 / n, (n - i as f64) / n);
        let (m0, m1) = (below / i as f64, (total - below) / (n - i as f64));
        let between = w0 * w1 * (m0 - m1).powi(2);
        if between > best.0 {
            best = (between, ((lengths[i - 1] + lengths[i]) / 2.0).exp());
        }
    }
    best.1.clamp(PROMPT_WORDS_RANGE.0, PROMPT_WORDS_RANGE.1)
}
