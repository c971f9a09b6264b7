//! Name words that other interviews use as words of their own. A label can be a place or a
//! thing: a newsroom that signs its questions "Rádio Minas:" gives its interview an
//! interviewer whose name holds "Minas", which the archive's other interviews use for the
//! region. Adding that one file must not take every question about the region away from the
//! interviews that talk about it.

use std::collections::HashSet;

use super::NameIndex;
use crate::corpus::Corpus;
use crate::search::terms::CorpusTerms;

/// Other interviews whose text must use a person's name word before it is read as their word,
/// not a name: one other interview may quote a person by name (an interviewee cites the
/// researcher interviewed elsewhere in the archive), two that use a word of theirs are a
/// subject the archive talks about.
const MIN_OTHER_INTERVIEWS: usize = 2;

impl NameIndex {
    /// Whether `term`, one of the question's name words `typed`, is a word of the archive
    /// rather than a name: the text of at least [`MIN_OTHER_INTERVIEWS`] interviews other than
    /// those of the people it names uses it, and the question writes no other word of those
    /// people's names ("Lucía Martín" is a person, whoever else is called Lucía or Martín).
    /// Only name words are looked up, by a scan of the term sets of the corpus's passages.
    pub(in crate::search) fn used_elsewhere(
        &self,
        term: &str,
        typed: &[String],
        (corpus, terms): (&Corpus, &CorpusTerms),
    ) -> bool {
        let (Some(people), Some(id)) = (self.people.get(term), terms.id(term)) else {
            return false;
        };
        let whole_name = (typed.iter().filter(|other| *other != term))
            .filter_map(|other| self.people.get(other))
            .any(|others| others.iter().any(|person| people.contains(person)));
        if whole_name {
            return false;
        }
        let own: HashSet<usize> = people.iter().map(|(at, _)| *at).collect();
        let mut others = HashSet::new();
        for passage in &corpus.passages {
            if !own.contains(&passage.interview) && terms.in_text(passage, id) {
                others.insert(passage.interview);
                if others.len() >= MIN_OTHER_INTERVIEWS {
                    return true;
                }
            }
        }
        false
    }
}

#[cfg(test)]
mod tests {
    use std::sync::Arc;

    use crate::search::testing::engine_of;

    const RADIO: &str =
        "+++\ntitle = \"A tarde com Joaquim Tavares\"\ninterviewee = \"Joaquim Tavares\"\n\
        interviewer = \"Rádio Minas\"\nlanguage = \"pt\"\n+++\n\n\
        Rádio Minas: Como começou a oficina?\n\n\
        Joaquim Tavares: Comecei a consertar rádios antigos com o meu avô, numa garagem.\n";
    const SCHOOLS: &str = "+++\ntitle = \"Escolas do interior\"\ninterviewee = \"Lúcia Prado\"\n\
        language = \"pt\"\n+++\n\n\
        P: Como estão as escolas rurais?\n\n\
        R: Em Minas as escolas rurais perderam professores e muitas fecharam as portas.\n";
    const TRAINS: &str = "+++\ntitle = \"Trens de carga\"\ninterviewee = \"Rui Bastos\"\n\
        language = \"pt\"\n+++\n\n\
        P: O que leva o trem de carga?\n\n\
        R: Leva minério de Minas até o porto, três vezes por semana.\n";

    fn engine(files: &[(&str, &str)]) -> crate::search::Engine {
        let dir = tempfile::tempdir().unwrap();
        for (name, text) in files {
            std::fs::write(dir.path().join(name), text).unwrap();
        }
        let loaded = crate::corpus::load_dir(dir.path()).unwrap().interviews;
        engine_of(loaded.into_iter().map(Arc::new).collect())
    }

    fn quoted(engine: &crate::search::Engine, question: &str) -> Option<String> {
        let outcome = engine.search(question, 1);
        outcome.hits.first().map(|h| h.passage.text.to_string())
    }

    #[test]
    fn a_label_word_other_interviews_use_names_no_one() {
        let question = "Por que as escolas rurais de Minas fecharam?";
        let without = engine(&[("prado.txt", SCHOOLS), ("bastos.txt", TRAINS)]);
        let answer = quoted(&without, question);
        assert!(answer.is_some_and(|text| text.contains("perderam professores")));
        let with = engine(&[
            ("prado.txt", SCHOOLS),
            ("bastos.txt", TRAINS),
            ("tavares.txt", RADIO),
        ]);
        let answer = quoted(&with, question);
        assert!(answer.is_some_and(|text| text.contains("perderam professores")));
    }

    #[test]
    fn a_name_word_one_other_interview_uses_or_written_whole_still_names() {
        use crate::search::analyzer::{Analyzer, Language};
        let term = Analyzer::new(Language::Pt).terms("Minas").remove(0);
        let whole = Analyzer::new(Language::Pt).terms("Rádio Minas");
        let used = |files: &[(&str, &str)], typed: &[String]| {
            let engine = engine(files);
            let at = (engine.analyses.iter()).position(|t| t.language == Language::Pt);
            let (names, terms) = (&engine.names[at.unwrap()], &engine.analyses[at.unwrap()]);
            names.used_elsewhere(&term, typed, (&engine.corpus, terms))
        };
        let alone = [term.clone()];
        assert!(!used(
            &[("prado.txt", SCHOOLS), ("tavares.txt", RADIO)],
            &alone
        ));
        let all = [
            ("prado.txt", SCHOOLS),
            ("bastos.txt", TRAINS),
            ("tavares.txt", RADIO),
        ];
        assert!(used(&all, &alone));
        assert!(!used(&all, &whole), "the whole name is a name");
    }
}
