//! Labels that switch from names to initials after the first exchange (`Harbour News: …?` /
//! `Rui Lemos: …`, then `HN: …?` / `RL: …`). Once the answering side's initials stand for the
//! name the file wrote in full, another label in initials that asks is the asking side, even
//! when its letters match no name the page wrote (an outlet translated on the first exchange):
//! it is written with the asker's name, so the file's labels count per person.

use super::cues::ends_with_question_mark;
use super::forms::is_initials_of;
use super::labels::split_label;
use super::reading::Para;
use super::roles::is_generic;

/// Initials run to this many letters at most ("PC", "ADG"); a longer word in capitals is a
/// name or an outlet.
const MAX_INITIALS: usize = 4;

fn is_initials(label: &str) -> bool {
    let letters = label.chars().filter(|c| c.is_alphabetic()).count();
    (2..=MAX_INITIALS).contains(&letters)
        && label.chars().all(|c| c.is_uppercase() || c == '.')
        && !is_generic(label)
}

/// The asker's name, and the answerer's initials and name: the full label asking right above
/// the first answer under the name that a later label in initials shortens.
fn switch(labels: &[Option<(String, String)>]) -> Option<(String, String, String)> {
    labels.iter().enumerate().find_map(|(i, label)| {
        let (short, _) = label.as_ref().filter(|(l, _)| is_initials(l))?;
        let first = labels[..i].iter().position(|l| {
            l.as_ref().is_some_and(|(long, said)| {
                long.contains(' ') && is_initials_of(short, long) && !ends_with_question_mark(said)
            })
        })?;
        let (asker, question) = labels[..first].last()?.as_ref()?;
        let (answerer, _) = labels[first].as_ref()?;
        (ends_with_question_mark(question) && asker.contains(' '))
            .then(|| (asker.clone(), short.clone(), answerer.clone()))
    })
}

/// Writes the asker's name for each label in initials that asks, once the answerer's name
/// was shortened to initials (`AL: …?` becomes `Harbour News: …?`), and the answerer's name
/// for those initials (letters that would also shorten the asker's name, "RL" for "Revista
/// Letras" and "Rui Lima", go to the one answering).
pub fn name_asking_initials(paras: &mut [Para]) {
    let labels: Vec<Option<(String, String)>> = paras
        .iter()
        .map(|p| split_label(&p.text).map(|l| (l.label, l.body.to_string())))
        .collect();
    let Some((asker, initials, answerer)) = switch(&labels) else {
        return;
    };
    for (para, label) in paras.iter_mut().zip(&labels) {
        let Some((short, body)) = label else {
            continue;
        };
        if *short == initials {
            para.text = format!("{answerer}: {body}");
        } else if is_initials(short) && ends_with_question_mark(body) {
            para.text = format!("{asker}: {body}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn an_asking_label_in_initials_is_the_asker_once_the_answerer_switched() {
        let texts = [
            "Harbour News: Do you remember your first boat?",
            "Rui Lemos: A rowing boat my uncle built.",
            "NP: Which boat impressed you most?",
            "RL: A tall ship in Lisbon.",
        ];
        let mut body = paras(&texts);
        name_asking_initials(&mut body);
        assert_eq!(body[2].text, "Harbour News: Which boat impressed you most?");
        assert_eq!(body[3].text, "Rui Lemos: A tall ship in Lisbon.");
        // Without a name written out first, capitals that ask are no one's initials.
        let mut alone = paras(&texts[2..]);
        name_asking_initials(&mut alone);
        assert_eq!(alone[0].text, texts[2]);
    }
}
