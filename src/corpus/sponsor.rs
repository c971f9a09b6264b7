//! A show's sponsor message in its opening: the hosts read an advertiser's copy before the
//! guest speaks. Told from the names the opening repeats and the conversation never says
//! again; a person the front matter or the introduction presents is no advertiser, and the
//! host's paragraph presenting the guest is no sponsor message.

use std::collections::HashMap;

use super::labels::is_nameless;
use super::layout::Assembled;
use super::prose::prose_name;
use super::reading::{Clutter, Dropped, Para, Role, Speaker};

/// A brand named this often in a show's opening, and never once the guest speaks, is an
/// advertiser: its sponsor message repeats it ("…our friends at Acme. We love Acme.").
const MIN_SPONSOR_MENTIONS: usize = 3;

/// A show's sponsor message in its opening (a labelled file's introduction, often the hosts'
/// talk before the guest's first words): the paragraphs naming a brand the opening
/// repeats ([`MIN_SPONSOR_MENTIONS`] times or more) and the conversation never names. The
/// guest and the show's subject are named again once the guest speaks; an advertiser is not.
/// A paragraph naming a guest (an interviewee's label) presents who is about to speak: it
/// neither counts towards a brand's mentions nor is dropped, so the subject the host
/// announces with the guest ("the interview today is with Mara, who runs the Regatta…") is no
/// brand even when a cut excerpt never names it again.
pub fn drop_sponsor_copy(
    out: &mut Assembled,
    paras: &[Para],
    speakers: &[Speaker],
    people: &[&str],
) {
    let Some(first) = out.turns.first().map(|t| t.line) else {
        return;
    };
    let conversation: Vec<&str> = paras
        .iter()
        .filter(|p| p.line >= first)
        .map(|p| p.text.as_str())
        .collect();
    let guests = guest_words(speakers);
    let presents_guest = |text: &str| names(text).iter().any(|n| guests.contains(n));
    let mut counts: HashMap<String, usize> = HashMap::new();
    for (text, _) in out.intro.iter().filter(|(t, _)| !presents_guest(t)) {
        for name in names(text) {
            *counts.entry(name).or_insert(0) += 1;
        }
    }
    let later: Vec<String> = conversation.iter().flat_map(|t| names(t)).collect();
    let mut people = people_words(people, out.intro.iter().map(|(t, _)| t.as_str()));
    people.extend(presented_words(&out.intro, &conversation));
    let brand = |name: &String| {
        counts.get(name).is_some_and(|&n| n >= MIN_SPONSOR_MENTIONS)
            && !later.contains(name)
            && !people.contains(name)
    };
    let (ads, kept): (Vec<_>, Vec<_>) = std::mem::take(&mut out.intro)
        .into_iter()
        .partition(|(text, _)| !presents_guest(text) && names(text).iter().any(brand));
    out.intro = kept;
    out.dropped
        .extend(ads.into_iter().map(|(text, line)| Dropped {
            line,
            text,
            reason: Clutter::PageFurniture,
        }));
}

/// The words of the guests' labels ("Mara Quist", a handle such as "Rivet"): the names a host
/// presents the guest by. Generic labels ("Guest", "A") name nobody.
fn guest_words(speakers: &[Speaker]) -> Vec<String> {
    speakers
        .iter()
        .filter(|s| s.role == Role::Interviewee && !is_nameless(&s.label))
        .flat_map(|s| names(&s.label))
        .collect()
}

/// The capitalised words of a text longer than two letters: the names a brand or a person
/// may go by ("Tidelog", "Quist"), not "So" or "I". A word in capitals is the same name
/// ("THE HARBOURMEN is a band…" names "The Harbourmen" the conversation says again).
fn names(text: &str) -> Vec<String> {
    text.split(|c: char| !c.is_alphanumeric())
        .filter(|w| w.chars().count() > 2 && w.chars().next().is_some_and(char::is_uppercase))
        .map(ordinary_case)
        .collect()
}

/// A word set in capitals written with a capital and small letters ("QUIST" gives "Quist");
/// other words as they are.
fn ordinary_case(word: &str) -> String {
    if word.chars().any(char::is_lowercase) {
        return word.to_string();
    }
    let mut chars = word.chars();
    let first = chars.next().map(String::from).unwrap_or_default();
    first + &chars.as_str().to_lowercase()
}

/// The words of the person the introduction presents (a magazine's standfirst naming the
/// interviewee it never names again once the conversation starts): no advertiser.
fn presented_words(intro: &[(String, usize)], conversation: &[&str]) -> Vec<String> {
    let texts: Vec<&str> = intro.iter().map(|(t, _)| t.as_str()).collect();
    let whole: Vec<&str> = texts.iter().chain(conversation).copied().collect();
    prose_name(&texts, &whole, None)
        .map(|name| name.split_whitespace().map(str::to_string).collect())
        .unwrap_or_default()
}

/// The words of the names the front matter gives (`interviewee = "Lena Hart"`), and a
/// nickname the introduction sets in parentheses inside that name ("Katarzyna (Kasia)
/// Nowak"): a person the opening names often is no advertiser.
fn people_words<'a>(names: &[&str], texts: impl Iterator<Item = &'a str>) -> Vec<String> {
    let mut found: Vec<String> = names
        .iter()
        .flat_map(|n| n.split_whitespace())
        .map(str::to_string)
        .collect();
    for text in texts {
        let words: Vec<&str> = text.split_whitespace().collect();
        for w in words.windows(3) {
            let nick = w[1].strip_prefix('(').and_then(|n| n.strip_suffix(')'));
            let inside = |x: &str| {
                found
                    .iter()
                    .any(|f| f == x.trim_matches(|c: char| !c.is_alphanumeric()))
            };
            if let Some(nick) = nick.filter(|_| inside(w[0]) && inside(w[2])) {
                found.push(nick.to_string());
            }
        }
    }
    found
}

#[cfg(test)]
mod tests {
    #[test]
    fn a_sponsor_message_in_the_hosts_opening_is_not_quotable() {
        let text = "**Ana Host:** Welcome back to Harbour Talk. Today our guest is Mara Quist, \
                    who rebuilt the breakwater at Porto Novo.\n\n\
                    This week we are brought to you by Tidelog. Tidelog keeps your tide tables \
                    in your pocket.\n\nTry Tidelog free for a month.\n\n\
                    **Bo Cohost:** Mara, welcome! What got you into harbours?\n\n\
                    **Mara Quist:** My father, who fished out of Porto Novo for forty years.\n\n\
                    **Ana Host:** How did the breakwater start?\n\n\
                    **Mara Quist:** With a storm, in 2014. Porto Novo lost half its boats.\n\n\
                    **Bo Cohost:** And who paid for it?\n\n\
                    **Mara Quist:** The fishermen first, then the town, slowly.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let intro = &reading.interview.intro;
        assert!(
            intro.iter().any(|p| p.starts_with("Welcome back")),
            "{intro:?}"
        );
        assert!(!intro.iter().any(|p| p.contains("Tidelog")), "{intro:?}");
        let ads = reading
            .dropped
            .iter()
            .filter(|d| d.text.contains("Tidelog"));
        assert_eq!(ads.count(), 2);
    }

    #[test]
    fn the_hosts_paragraph_presenting_the_guest_is_no_sponsor_message() {
        // "Regatta" is said three times before the guest speaks and never after (a cut
        // excerpt), once in the sponsor message and twice where the host presents the guest.
        let text =
            "**Ana Host:** Welcome back to Harbour Talk. First, a word from our sponsor.\n\n\
                    **Ana Host:** This week we are brought to you by Tidelog. Tidelog keeps your \
                    tide tables in your pocket, and it plans your Regatta days too.\n\n\
                    **Ana Host:** Your first month of Tidelog is free.\n\n\
                    **Ana Host:** So, the conversation today is with Mara Quist. She has sailed \
                    every Regatta since 1990, and she told us how the Regatta began.\n\n\
                    **Ana Host:** Mara, welcome! What got you into harbours?\n\n\
                    **Mara Quist:** My father, who fished out of Porto Novo for forty years.\n\n\
                    **Ana Host:** How did the breakwater start?\n\n\
                    **Mara Quist:** With a storm, in 2014. Porto Novo lost half its boats.\n\n\
                    **Ana Host:** And who paid for it?\n\n\
                    **Mara Quist:** The fishermen first, then the town, slowly.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let intro = &reading.interview.intro;
        assert!(
            intro
                .iter()
                .any(|p| p.contains("conversation today is with")),
            "{:?}",
            reading.dropped
        );
        assert!(!intro.iter().any(|p| p.contains("Tidelog")), "{intro:?}");
    }

    #[test]
    fn the_person_a_standfirst_presents_is_no_advertiser() {
        let text = "Mara Quist rebuilt a breakwater.\n\n\
                    Mara Quist may not be famous, but every fisherman in Porto Novo knows her.\n\n\
                    In 2014 she won a prize for it.\n\n\
                    \"A harbour is a promise,\" Quist once said.\n\n\
                    Q: How did you start?\n\nA: By accident, in 2001, after a storm.\n\n\
                    Q: And the stones?\n\nA: Granite, from the hills above the town.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        assert_eq!(reading.interview.intro.len(), 3, "{:?}", reading.dropped);
    }

    #[test]
    fn a_name_in_capitals_the_conversation_says_again_is_no_brand() {
        let text = "The Harbourmen Interview\n\n\
                    THE HARBOURMEN is a rock band from Porto Novo, formed in 2019.\n\n\
                    THE HARBOURMEN have signed with Tidewater Records.\n\n\
                    THE HARBOURMEN line-up:\n\n\
                    ZINE – What is The Harbourmen doing now?\n\n\
                    Playing every weekend by the docks.\n\n\
                    ZINE – What's next for The Harbourmen?\n\n\
                    A first album, in the spring.\n";
        let reading = crate::corpus::read("t", text).expect("parses");
        let intro = &reading.interview.intro;
        assert!(
            intro.iter().any(|p| p.contains("rock band")),
            "{:?}",
            reading.dropped
        );
    }
}
