//! Page numbers left in a transcript copied from a printed or PDF page: a number alone on its
//! line ("2") where the page broke. A lone number could be someone's one-word answer, so the
//! file must show the sequence: its bare numbers count upwards, page after page.

/// A page number has at most this many digits (a transcript runs to a few hundred pages).
const MAX_PAGE_DIGITS: usize = 4;

/// The file prints its page numbers when this many bare numbers at least count upwards: one
/// alone could be an answer.
const MIN_PAGE_NUMBERS: usize = 2;

/// The line is a number and nothing else ("12"), as a page's footer prints it.
fn bare_number(line: &str) -> Option<u32> {
    let line = line.trim();
    let digits =
        (1..=MAX_PAGE_DIGITS).contains(&line.len()) && line.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| line.parse().ok()).flatten()
}

/// The indices of the lines that are the file's page numbers: its bare numbers, when there are
/// [`MIN_PAGE_NUMBERS`] or more and each is greater than the one before.
pub fn page_number_lines(lines: &[(usize, &str)]) -> Vec<usize> {
    let numbers: Vec<(usize, u32)> = (lines.iter().enumerate())
        .filter_map(|(k, (_, l))| bare_number(l).map(|n| (k, n)))
        .collect();
    let ascending = numbers.windows(2).all(|w| w[0].1 < w[1].1);
    if numbers.len() < MIN_PAGE_NUMBERS || !ascending {
        return Vec::new();
    }
    numbers.into_iter().map(|(k, _)| k).collect()
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
    }
}
