//! Role labels numbered per person, as oral-history archives set them when several people ask
//! (`P/1 –`, `P/2 –` for the first and second interviewer, `R –` for the answer): the number
//! tells the askers apart, the letter says the role.

use super::roles::is_generic;

/// `P/1` → `P`, `Q/2` → `Q`: a role label with the number of the person after a slash.
/// Any other label is returned as it is.
pub fn without_number(label: &str) -> &str {
    match label.split_once('/') {
        Some((role, number))
            if is_generic(role)
                && !number.is_empty()
                && number.chars().all(|c| c.is_ascii_digit()) =>
        {
            role
        }
        _ => label,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_role_label_is_the_role() {
        assert_eq!(without_number("P/1"), "P");
        assert_eq!(without_number("Q/2"), "Q");
        assert_eq!(without_number("Ana/1"), "Ana/1");
        assert_eq!(without_number("P/x"), "P/x");
    }
}
