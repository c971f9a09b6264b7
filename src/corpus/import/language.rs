//! Which language goes into an imported page's front matter: the page's `<html lang>` says
//! what its template was made for, which a site reusing one template for articles in several
//! languages leaves wrong (`lang="fr"` over a Spanish interview). The answers' own text
//! decides when the detector is sure of it; otherwise the page's word stands.

/// Detection must be this confident (whatlang's scale, 0 to 1) to overrule `<html lang>`:
/// stricter than for filling a missing language, since it contradicts the page.
const MIN_OVERRULING_CONFIDENCE: f64 = 0.9;

/// The language to write: the page's, unless the text's detected language (with its
/// confidence) differs and is sure; the detected one when the page names none.
pub fn settle(page: Option<String>, detected: Option<(String, f64)>) -> Option<String> {
    match (page, detected) {
        (Some(page), Some((text, confidence)))
            if text != page && confidence >= MIN_OVERRULING_CONFIDENCE =>
        {
            Some(text)
        }
        (Some(page), _) => Some(page),
        (None, detected) => detected.map(|(language, _)| language),
    }
}

/// Two-letter codes for the languages an archive is likely to hold; others keep whatlang's
/// three-letter code, which the front matter accepts just as well.
pub fn iso_639_1(code: &'static str) -> &'static str {
    const CODES: &[(&str, &str)] = &[
        ("eng", "en"),
        ("spa", "es"),
        ("por", "pt"),
        ("fra", "fr"),
        ("deu", "de"),
        ("ita", "it"),
        ("nld", "nl"),
        ("cat", "ca"),
        ("rus", "ru"),
        ("ukr", "uk"),
        ("pol", "pl"),
        ("tur", "tr"),
        ("ara", "ar"),
        ("cmn", "zh"),
        ("jpn", "ja"),
        ("kor", "ko"),
        ("hin", "hi"),
        ("swe", "sv"),
        ("dan", "da"),
        ("nob", "nb"),
        ("fin", "fi"),
        ("ell", "el"),
        ("heb", "he"),
        ("ron", "ro"),
        ("hun", "hu"),
        ("ces", "cs"),
    ];
    CODES
        .iter()
        .find(|(three, _)| *three == code)
        .map_or(code, |(_, two)| two)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_sure_detection_overrules_a_template_language() {
        let fr = || Some("fr".to_string());
        assert_eq!(
            settle(fr(), Some(("es".into(), 1.0))).as_deref(),
            Some("es")
        );
        assert_eq!(
            settle(fr(), Some(("es".into(), 0.6))).as_deref(),
            Some("fr")
        );
        assert_eq!(
            settle(None, Some(("pt".into(), 0.6))).as_deref(),
            Some("pt")
        );
        assert_eq!(settle(fr(), None).as_deref(), Some("fr"));
    }
}
