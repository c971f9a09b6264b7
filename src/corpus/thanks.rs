//! The interviewer's thanks after the last answer ("Thank you for your time, Ana.", "Muchas
//! gracias por la conversación.", "Obrigado pela entrevista."), printed without a label: the
//! last paragraph of the file, short, opening by thanking someone it names or speaks to, with
//! no word of the speaker about themselves. Closing a conversation so is the interviewer's
//! part; the interviewee who thanks back speaks of themselves ("Thank you for having me"),
//! thanks others ("Thanks to everyone who…") or thanks without turning to anyone ("Gracias por
//! la invitación."), and keeps their words.

use super::address::{addresses_listener, speaks_of_own_side, speaks_of_self};
use super::assembled::Assembled;
use super::cues::{sentence_pieces, words, SENTENCE_ENDS};
use super::labels::speaker_of;
use super::name_words::trim_word;
use super::reading::{Clutter, Dropped, Para, Speaker};

/// A sign-off is a sentence or two: past this many words a paragraph opening with thanks goes
/// on to say more, as an answer does.
const MAX_THANKS_WORDS: usize = 20;

/// Thanking opens the paragraph: within its first words, after a name and a comma ("Tobias,
/// thank you") or a word that makes the thanks stronger ("Muchas gracias").
const THANKS_WITHIN_WORDS: usize = 3;

/// The words that make thanks stronger before the word of thanking, lowercase.
pub(super) const STRONGER: [&str; 6] =
    ["many", "muchas", "muchísimas", "mil", "muito", "muitíssimo"];

/// The verbs and nouns of thanking in the languages read here, lowercase: a closed class of
/// the language, like its pronouns.
pub(super) const THANKING: [&str; 9] = [
    "thank",
    "thanks",
    "gracias",
    "obrigado",
    "obrigada",
    "obrigadão",
    "agradecemos",
    "agradeço",
    "agradezco",
];

/// A preposition right after the thanks turns them to others ("Thanks to the volunteers",
/// "Gracias a todos", "Obrigada aos meus pais"): the interviewee crediting people. English
/// has its own ("thanks a lot" is no preposition).
const TO_OTHERS: [&str; 7] = ["a", "al", "à", "ao", "aos", "às", "as"];

/// See [`TO_OTHERS`]: the English thanks words and their preposition.
const ENGLISH_THANKS: ([&str; 2], &str) = (["thank", "thanks"], "to");

/// Possessives of the second person that address.rs leaves out because they also mean "his",
/// "her" or "their" ("su", "seu") or are a Portuguese pronoun too ("tu"), lowercase: after
/// thanks ("Gracias por su tiempo", "Obrigado pelo seu tempo") they point at the one thanked.
const THANKED_POSSESSIVES: [&str; 10] = [
    "tu", "tus", "su", "sus", "seu", "sua", "seus", "suas", "vos", "vosso",
];

/// The "you" every English thanks carries ("thank you for having us" speaks to no one more
/// than "thanks for having us" does).
const THANK_YOU: &str = "thank you";

/// Takes the interviewer's closing thanks out of the last answer (see the module doc). The
/// answer keeps at least one paragraph: a reply that is only thanks is the interviewee's.
/// `guests` are the names known for the interviewee (front matter, headline): thanks naming
/// one of them are said to the guest, comma or not.
pub fn drop_closing_thanks(
    out: &mut Assembled,
    paras: &[Para],
    speakers: &[Speaker],
    guests: &[&str],
) {
    let Some(last_para) = paras.last() else {
        return;
    };
    let Some(turn) = out.turns.last_mut() else {
        return;
    };
    let Some((text, line)) = turn.answer.last() else {
        return;
    };
    let closes = *line == last_para.line
        && turn.answer.len() >= 2
        && speaker_of(&last_para.text, speakers).is_none()
        && (is_thanks(text) || is_farewell(text, paras) || thanks_the_guest(text, guests));
    if !closes {
        return;
    }
    let keep = turn.answer.len() - 1;
    turn.speakers.truncate(keep);
    if let Some((text, line)) = turn.answer.pop() {
        out.dropped.push(Dropped {
            line,
            text,
            reason: Clutter::AfterInterview,
        });
    }
}

/// A farewell runs to a few sentences at most: thanks, wishes, congratulations.
const MAX_FAREWELL_WORDS: usize = 60;

/// Thanks that go on with wishes ("Many thanks for talking to us, Lena! Good luck with the
/// shop, and congratulations on the prize!"): a first sentence of thanks to
/// the listener naming someone by a capitalised word another paragraph uses (in practice the
/// guest's name; a place thanked for would pass too, which only a last paragraph with no word
/// of the speaker about themselves can reach), and no word of the speaker about themselves or
/// their side anywhere. The interviewee thanking back speaks of
/// themselves ("I thank you too…") or thanks without naming anyone.
fn is_farewell(text: &str, paras: &[Para]) -> bool {
    let first = sentence_pieces(text, &SENTENCE_ENDS).next().unwrap_or(text);
    let named_elsewhere = |word: &str| {
        (paras.iter())
            .any(|p| p.text != text && p.text.split_whitespace().any(|w| trim_word(w) == word))
    };
    let names = first
        .split_whitespace()
        .skip(1)
        .map(trim_word)
        .filter(|w| w.starts_with(char::is_uppercase))
        .filter(|w| !THANKING.contains(&w.to_lowercase().as_str()))
        .any(named_elsewhere);
    words(text) <= MAX_FAREWELL_WORDS && is_thanks(first) && names && !speaks_of_own_side(text)
}

/// A short paragraph opening with thanks that names the guest by their first name, with or
/// without a comma ("Thanks for taking the time to talk with us Ana!"), and no word of the
/// speaker about themselves: the interviewer turning to the guest. The guest never thanks
/// themselves by name; thanking the interviewer back names the interviewer, not the guest.
fn thanks_the_guest(text: &str, guests: &[&str]) -> bool {
    let first_names = guests.iter().filter_map(|g| g.split_whitespace().next());
    let mut first_names = first_names.filter(|n| n.starts_with(char::is_uppercase));
    let names = first_names.any(|n| text.split_whitespace().any(|w| trim_word(w) == n));
    names && opens_with_thanks(text) && !speaks_of_self(text)
}

/// A short paragraph opening by thanking the listener, naming them or speaking to them,
/// without the speaker's "I"/"me".
pub fn is_thanks(text: &str) -> bool {
    opens_with_thanks(text) && !speaks_of_self(text) && turns_to_the_thanked(text)
}

/// The thanks name the one thanked ("…, Rosalía", "Jonas, thanks") or speak to them in the
/// second person ("your time", "usted", "seu tempo"), past the "you" of "thank you".
fn turns_to_the_thanked(text: &str) -> bool {
    let lower = text.to_lowercase();
    let rest = match lower.find(THANK_YOU) {
        Some(at) => format!("{}{}", &lower[..at], &lower[at + THANK_YOU.len()..]),
        None => lower,
    };
    let possessive = rest
        .split(|c: char| !c.is_alphabetic())
        .any(|w| THANKED_POSSESSIVES.contains(&w));
    addresses_listener(&rest) || possessive || names_by_vocative(text)
}

/// A capitalised word set off by commas or closing the sentence after one ("Thank you,
/// Jonas.", "Gracias, Rosalía, y suerte"), or a run of them opening the text before a comma
/// ("Jonas Berg, thanks"), that is no word of thanking ("Thanks, and safe travels").
fn names_by_vocative(text: &str) -> bool {
    let raw: Vec<&str> = text.split_whitespace().collect();
    let capital = |k: usize| {
        let core = raw[k].trim_matches(|c: char| !c.is_alphabetic());
        core.starts_with(char::is_uppercase) && !THANKING.contains(&core.to_lowercase().as_str())
    };
    (0..raw.len()).any(|k| {
        let set_off_before = k > 0 && raw[k - 1].ends_with(',');
        let set_off_after = raw[k].ends_with(',');
        let closes = k + 1 == raw.len() || raw[k].ends_with(['.', '!']);
        let opening_run = set_off_after && (0..=k).all(capital);
        capital(k) && ((set_off_before && (set_off_after || closes)) || opening_run)
    })
}

/// A short paragraph opening by thanking the listener, not others ("Thanks a lot for talking
/// with me."): what a labelled host says to close.
pub fn opens_with_thanks(text: &str) -> bool {
    let raw: Vec<&str> = text.split_whitespace().collect();
    let lower: Vec<String> = raw
        .iter()
        .map(|w| {
            w.trim_matches(|c: char| !c.is_alphanumeric())
                .to_lowercase()
        })
        .collect();
    let thanks_at = lower
        .iter()
        .take(THANKS_WITHIN_WORDS)
        .position(|w| THANKING.contains(&w.as_str()));
    let Some(at) = thanks_at else {
        return false;
    };
    // What stands before the thanks: nothing, a name set off by a comma, or a word making
    // them stronger; not a subject ("We thank the council…").
    let opens =
        at == 0 || raw[at - 1].ends_with(',') || (at == 1 && STRONGER.contains(&lower[0].as_str()));
    if !opens {
        return false;
    }
    let english = ENGLISH_THANKS.0.contains(&lower[at].as_str());
    let to_others = lower.get(at + 1).is_some_and(|w| match english {
        true => w == ENGLISH_THANKS.1,
        false => TO_OTHERS.contains(&w.as_str()),
    });
    words(text) <= MAX_THANKS_WORDS && !to_others
}

#[cfg(test)]
mod tests {
    use super::super::assembled::Draft;
    use super::super::rhythm::tests::paras;
    use super::*;

    #[test]
    fn thanks_to_the_listener_are_told_from_the_interviewees_own() {
        assert!(is_thanks("Thank you for your time, Jonas, and good luck."));
        assert!(is_thanks("Jonas, thanks for the tour of the yard."));
        assert!(is_thanks("Jonas, thanks a lot."));
        assert!(is_thanks("Jonas Berg, thanks for coming."));
        assert!(is_thanks("Muchas gracias por la conversación, Marisa."));
        assert!(is_thanks("Gracias por su tiempo y por el paseo."));
        assert!(is_thanks(
            "Obrigada pelo seu tempo e boa sorte com o livro."
        ));
        assert!(is_thanks("Thank you for your patience with the questions."));
        assert!(!is_thanks("Thank you for having me."));
        // The interviewee's own thanks turn to no one.
        assert!(!is_thanks("Thanks for having us."));
        assert!(!is_thanks("Thank you for having us on the show."));
        assert!(!is_thanks("Gracias por la invitación."));
        assert!(!is_thanks("Obrigada pelo convite."));
        assert!(!is_thanks("Many thanks, and safe travels home."));
        assert!(opens_with_thanks("Thanks a lot for talking with me today."));
        assert!(!is_thanks(
            "Thanks to everyone who carried sandbags that night."
        ));
        assert!(!is_thanks("Gracias a todos los vecinos."));
        assert!(!is_thanks("We thank the council for nothing at all."));
        assert!(!is_thanks(&format!(
            "Thanks for asking. {}",
            "word ".repeat(30)
        )));
    }

    fn assembled(answer: &[&str]) -> Assembled {
        let body = paras(answer);
        Assembled {
            turns: vec![Draft {
                question: "Any plans?".to_string(),
                line: 0,
                answer: body.iter().map(|p| (p.text.clone(), p.line)).collect(),
                ..Draft::default()
            }],
            ..Assembled::default()
        }
    }

    #[test]
    fn the_last_paragraph_thanking_the_listener_leaves_the_last_answer() {
        let texts = [
            "A new boat, if the bank agrees.",
            "Thank you for your time.",
        ];
        let mut out = assembled(&texts);
        drop_closing_thanks(&mut out, &paras(&texts), &[], &[]);
        assert_eq!(out.turns[0].answer.len(), 1);
        assert_eq!(out.dropped[0].text, "Thank you for your time.");
        // Thanks going on with wishes, naming the guest the file names elsewhere.
        let farewell = [
            "I'm Lena, and I have run the bakery since 2009.",
            "Bread, mostly, and I thank you for asking.",
            "Many thanks for talking to us, Lena! Good luck with the ovens and the new \
             shop, and congratulations on the city prize!",
        ];
        let mut out = assembled(&farewell);
        out.turns[0].answer.remove(0);
        drop_closing_thanks(&mut out, &paras(&farewell), &[], &[]);
        assert_eq!(out.turns[0].answer.len(), 1);
        let mut own = farewell;
        own[2] = "Many thanks for talking to us, Lena! I hope my ovens and my new shop do as \
                  well.";
        let mut out = assembled(&own);
        out.turns[0].answer.remove(0);
        drop_closing_thanks(&mut out, &paras(&own), &[], &[]);
        assert_eq!(out.turns[0].answer.len(), 2);
        // An answer of thanks alone stays the interviewee's.
        let alone = ["Thank you, that means a lot."];
        let mut out = assembled(&alone);
        drop_closing_thanks(&mut out, &paras(&alone), &[], &[]);
        assert_eq!(out.turns[0].answer.len(), 1);
    }

    #[test]
    fn short_thanks_naming_the_guest_without_a_comma_leave_the_last_answer() {
        let texts = [
            "Patience, and a good mentor.",
            "Thank you so much for the chat Lena, and good luck with the harbour! 🎉",
        ];
        let guests = ["Lena Marsh"];
        let mut out = assembled(&texts);
        drop_closing_thanks(&mut out, &paras(&texts), &[], &guests);
        assert_eq!(out.turns[0].answer.len(), 1);
        // Without the guest's name, or naming the interviewer, the thanks are the guest's own.
        for guests in [&[][..], &["Rui Campos"][..]] {
            let mut out = assembled(&texts);
            drop_closing_thanks(&mut out, &paras(&texts), &[], guests);
            assert_eq!(out.turns[0].answer.len(), 2);
        }
        // The guest thanking in the first person, or a longer paragraph, stays.
        assert!(!thanks_the_guest("Thanks Lena, I loved it.", &guests));
        let long = format!("Thanks Lena for {}", "word ".repeat(30));
        assert!(!thanks_the_guest(&long, &guests));
        assert!(!thanks_the_guest("Lena thanked the crew.", &guests));
    }
}
