//! A transcript's production credit ("Transcript by Rui Dias.", "Transcrito por…"): who or
//! what typed the recording out is page furniture, not anyone's words in the conversation,
//! and names nobody who speaks in it.

/// How a transcript's production credit opens, lowercase: who or what typed the recording
/// out names nobody who speaks in it.
const TRANSCRIPT_CREDITS: &[&str] = &[
    "transcript by",
    "transcribed by",
    "transcription by",
    "transcript courtesy of",
    "transcripción de",
    "transcripción por",
    "transcripción realizada por",
    "transcrito por",
    "transcrita por",
    "transcrição de",
    "transcrição por",
    "transcrição feita por",
];

/// A transcript's credit line ("Transcript by Rui Dias.", "Transcribed by a machine and
/// checked by Ana Ruiz"): a phrase of [`TRANSCRIPT_CREDITS`], then a name or a few words, and
/// no question.
pub fn is_transcript_credit(line: &str) -> bool {
    let lower = line.trim().to_lowercase();
    TRANSCRIPT_CREDITS.iter().any(|opening| {
        lower
            .strip_prefix(opening)
            .is_some_and(|rest| rest.starts_with([' ', ':']) && !rest.trim().is_empty())
    }) && !lower.ends_with('?')
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_credit_names_the_transcriber_and_asks_nothing() {
        assert!(is_transcript_credit("Transcript by Lena Hart."));
        assert!(is_transcript_credit("Transcrição feita por Rui Dias"));
        assert!(!is_transcript_credit("Transcript by whom?"));
        assert!(!is_transcript_credit("Transcripts bored me."));
    }
}
