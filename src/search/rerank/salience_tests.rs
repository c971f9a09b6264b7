//! Salience across several interviews: what the refusal rule counts as a word said with
//! intent rather than in passing.

use crate::search::testing::archive_engine;
use crate::search::Abstention;

#[test]
fn an_introduction_naming_the_person_says_its_specific_words_of_them() {
    // "hoy enseña en una universidad pública": the subject left out, forty words from her name.
    let outcome = archive_engine().search("¿Dónde enseña Inés Cárdenas?", 1);
    assert_eq!(outcome.abstention, None);
    assert!(outcome.hits[0]
        .passage
        .text
        .contains("enseña en una universidad"));
    // A common word of her introduction is said of anything: "Trabajó seis años en la planta".
    let years = archive_engine().search("¿Cuántos años tiene Rosa García?", 1);
    assert!(matches!(
        years.abstention,
        Some(Abstention::OnlyInPassing { .. })
    ));
}
