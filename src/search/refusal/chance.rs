//! Words of a question that one passage meets together more than chance would have it.
//!
//! Across several interviews, a passage meeting the question's words once each, apart, is
//! what an archive says in passing somewhere (see `Abstention::OnlyInPassing`): "How old is
//! Okafor?" finds "old" in one of her answers. But when two or more of the question's words
//! meet in one passage (its text or the interviewer's question it answers) that the corpus
//! would hold together by chance in less than one passage, the passage is about them, however
//! far apart it says them: a paraphrase ("What did he do with his old laptop hoping to get rid
//! of it?") meets the words it shares with its answer once each, and its other words, the
//! asker's own, are nowhere. The bar is calibrated by the corpus: words used by shares `p` and
//! `q` of its `n` passages meet in about `n·p·q` passages by chance, so two words common in a
//! large archive are met in passing there, and rarer ones in a small folder are not.

/// Passages of the corpus expected to meet the met words together by chance, under which
/// their meeting in the passage found is taken for more than chance: one, that passage itself.
/// It is a bar on an expected count, not a significance level; on the archive's development
/// questions, the shipped set and four folders of real interviews, 0.1 to 2.0 measured alike
/// (two paraphrases more answered, no off-topic question).
pub(in crate::search) const CHANCE_MEETINGS: f64 = 1.0;

/// Distinct words of the question a passage must meet: one word is always met by chance in
/// the passages that use it.
pub(in crate::search) const MIN_MET: usize = 2;

/// Whether words used by `shares` of a corpus's `passages` (one share per distinct concept a
/// passage meets, out of `asked` concepts in the question) meet in one passage less often
/// than chance would have them. A question of many words has many pairs to find somewhere,
/// so the expected count is taken over every set of that many of its concepts.
pub(in crate::search) fn beyond_chance(shares: &[f64], asked: usize, passages: u64) -> bool {
    if shares.len() < MIN_MET {
        return false;
    }
    let sets = subsets(asked.max(shares.len()), shares.len());
    let expected = shares.iter().product::<f64>() * passages as f64 * sets;
    expected < CHANCE_MEETINGS
}

/// How many sets of `k` concepts `m` concepts make (m choose k).
fn subsets(m: usize, k: usize) -> f64 {
    (0..k).fold(1.0, |sets, i| sets * (m - i) as f64 / (i + 1) as f64)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_rare_words_meet_beyond_chance_in_a_small_corpus_but_not_common_ones_in_a_large() {
        // Two words each used by 3 of 40 passages: 40 · (3/40)² = 0.225 passages by chance.
        assert!(beyond_chance(&[3.0 / 40.0, 3.0 / 40.0], 2, 40));
        // Each used by 8 of 40: 1.6 passages by chance.
        assert!(!beyond_chance(&[8.0 / 40.0, 8.0 / 40.0], 2, 40));
        // In an archive of 1,200 passages, words used by 30 and 60 meet in 1.5 by chance, and
        // with a third word used by one passage in ten, in 0.15.
        assert!(!beyond_chance(&[30.0 / 1200.0, 60.0 / 1200.0], 2, 1200));
        assert!(beyond_chance(&[30.0 / 1200.0, 60.0 / 1200.0, 0.1], 3, 1200));
    }

    #[test]
    fn a_question_of_many_words_has_many_pairs_to_meet_by_chance() {
        // 0.225 expected for one pair; a question of six words has fifteen pairs: 3.4.
        assert!(!beyond_chance(&[3.0 / 40.0, 3.0 / 40.0], 6, 40));
        assert_eq!(subsets(6, 2), 15.0);
        assert_eq!(subsets(4, 4), 1.0);
    }

    /// A small archive of invented interviews, written in `dir`: a potter, a baker and a
    /// ferryman, three exchanges each.
    fn small_archive(dir: &std::path::Path) -> crate::search::Engine {
        let kettle = "The kettle my grandmother left me sits on the stove by the door. Every \
                      morning it boils before the first clay is wedged, and the whole place \
                      smells of tea and wet earth for an hour or so. Last spring I finally \
                      hoped a dealer at the market would take it off my hands.";
        let people: [(&str, [(&str, &str); 3]); 3] = [
            (
                "Mara Quell",
                [
                    ("What do you keep in the workshop?", kettle),
                    (
                        "How did you start?",
                        "With a wheel bought from a school that closed.",
                    ),
                    ("Do you teach?", "Two evenings a week, beginners only."),
                ],
            ),
            (
                "Olek Brun",
                [
                    ("When do you get up?", "At three, every day but Monday."),
                    ("What flour do you use?", "Rye from a mill up the valley."),
                    (
                        "Do you sell abroad?",
                        "No, only in the village and the next town.",
                    ),
                ],
            ),
            (
                "Tavi Renn",
                [
                    (
                        "How long is the crossing?",
                        "Twenty minutes when the river is calm.",
                    ),
                    (
                        "Is it dangerous in winter?",
                        "Ice is the worst of it, not the wind.",
                    ),
                    (
                        "Who rides with you?",
                        "Schoolchildren, farmers, now and then a tourist.",
                    ),
                ],
            ),
        ];
        for (name, exchanges) in people {
            let body: String = (exchanges.iter())
                .map(|(q, a)| format!("Q: {q}\n\nA: {a}\n\n"))
                .collect();
            let text = format!(
                "+++\ntitle = \"Talking to {name}\"\ninterviewee = \"{name}\"\n+++\n{body}"
            );
            let file = name.replace(' ', "-").to_lowercase();
            std::fs::write(dir.join(format!("{file}.txt")), text).unwrap();
        }
        let loaded = crate::corpus::load_dir(dir).unwrap().interviews;
        crate::search::testing::engine_of(loaded.into_iter().map(std::sync::Arc::new).collect())
    }

    #[test]
    fn a_paraphrase_meeting_two_rare_words_far_apart_in_one_answer_is_answered() {
        let dir = tempfile::tempdir().unwrap();
        let engine = small_archive(dir.path());
        let outcome = engine.search(
            "What did she do with the rusty kettle she hoped to get rid of?",
            1,
        );
        assert_eq!(outcome.hits.len(), 1, "{:?}", outcome.abstention);
        assert!(outcome.hits[0].passage.text.contains("kettle"));
        let elsewhere = engine.search("Did the ferryman ever hope the ice would hold?", 1);
        assert!(
            elsewhere.hits.is_empty(),
            "{:?}",
            elsewhere.hits[0].passage.text
        );
    }

    #[test]
    fn one_word_however_rare_is_met_by_chance_where_it_is_used() {
        assert!(!beyond_chance(&[1.0 / 1200.0], 1, 1200));
        assert!(!beyond_chance(&[], 0, 1200));
    }
}
