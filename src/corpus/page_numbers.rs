//! Page numbers left in a transcript copied from a printed or PDF page: a number alone on its
//! line ("2") where the page broke. A lone number could be someone's one-word answer, so the
//! file must show the sequence: its bare numbers count up by one, page after page, from a
//! first page near the start of a document. A number set as a paragraph of its own under a
//! question ("Year you opened?" / "1987") is the answer to it, not a page.

/// A page number has at most this many digits (a transcript runs to a few hundred pages).
const MAX_PAGE_DIGITS: usize = 4;

/// The file prints its page numbers when this many bare numbers at least count upwards: one
/// alone could be an answer.
const MIN_PAGE_NUMBERS: usize = 2;

/// A printed transcript's first page number on the pasted text is at most this: a page
/// number counts from the document's start, while years ("1987", "2030") and counts are
/// larger.
const MAX_FIRST_PAGE: u32 = 100;

/// The line is a number and nothing else ("12"), as a page's footer prints it.
fn bare_number(line: &str) -> Option<u32> {
    let line = line.trim();
    let digits =
        (1..=MAX_PAGE_DIGITS).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| line.parse().ok()).flatten()
}

/// The indices of the lines that are the file's page numbers: its bare numbers that answer
/// no question, when there are [`MIN_PAGE_NUMBERS`] or more, the first at most
/// [`MAX_FIRST_PAGE`] and each one more than the one before.
pub fn page_number_lines(lines: &[(usize, &str)]) -> Vec<usize> {
    let numbers: Vec<(usize, u32)> = (lines.iter().enumerate())
        .filter(|&(k, _)| !answers_question(lines, k))
        .filter_map(|(k, (_, l))| bare_number(l).map(|n| (k, n)))
        .collect();
    let consecutive = numbers.windows(2).all(|w| w[0].1 + 1 == w[1].1);
    let small = numbers.first().is_some_and(|&(_, n)| n <= MAX_FIRST_PAGE);
    if numbers.len() < MIN_PAGE_NUMBERS || !consecutive || !small {
        return Vec::new();
    }
    numbers.into_iter().map(|(k, _)| k).collect()
}

/// Line `k` is a paragraph of its own (blank lines or the file's edges around it) right after
/// a paragraph closing on a question mark: an answer to it.
fn answers_question(lines: &[(usize, &str)], k: usize) -> bool {
    let blank = |j: usize| lines.get(j).is_none_or(|(_, l)| l.trim().is_empty());
    let alone = (k == 0 || blank(k - 1)) && blank(k + 1);
    let before = lines[..k]
        .iter()
        .rev()
        .map(|(_, l)| l.trim())
        .find(|l| !l.is_empty());
    alone && before.is_some_and(|l| l.ends_with(['?', '？']))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines<'a>(texts: &[&'a str]) -> Vec<(usize, &'a str)> {
        texts.iter().copied().enumerate().collect()
    }

    #[test]
    fn bare_numbers_counting_up_are_page_numbers() {
        let text = [
            "Q: Where did you teach?",
            "1",
            "A: In Elmira.",
            "",
            "2",
            "Q: And then?",
        ];
        assert_eq!(page_number_lines(&lines(&text)), [1, 4]);
    }

    #[test]
    fn a_lone_number_or_numbers_out_of_order_stay() {
        assert!(page_number_lines(&lines(&["How many boats?", "3", "Why?"])).is_empty());
        assert!(page_number_lines(&lines(&["5", "Why?", "3"])).is_empty());
        assert!(page_number_lines(&lines(&["1999", "Why?", "12345", "123456"])).is_empty());
        assert!(page_number_lines(&lines(&["2", "Why?", "5"])).is_empty());
    }

    #[test]
    fn numbers_answering_a_questionnaire_stay() {
        let text = [
            "Year you opened?",
            "",
            "1987",
            "",
            "Year you plan to retire?",
            "",
            "2030",
        ];
        assert!(page_number_lines(&lines(&text)).is_empty());
        let text = ["Boats?", "", "1", "", "Crew?", "", "2"];
        assert!(page_number_lines(&lines(&text)).is_empty());
    }
}
