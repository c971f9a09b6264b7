//! A word no passage uses is no partner for the question's rarest word (see [`super::anchor`]).

#[test]
fn a_word_no_passage_uses_is_no_partner_for_the_rarest_one() {
    use crate::search::fixtures::typed_concept;
    use crate::search::query::QueryPlan;
    // "Quais autores ela mais admira?": "admira" is in no passage, so no passage could say
    // "autores" near it, and the rule would refuse whatever the archive holds.
    let plan = QueryPlan {
        concepts: vec![typed_concept("autor"), typed_concept("admira")],
        ..QueryPlan::default()
    };
    let naming = [false, false];
    let used = |c: &crate::search::query::Concept| c.words != "admira";
    assert_eq!(super::anchor(&plan, 0, &naming, &used), None);
    let anchor = super::anchor(&plan, 0, &naming, &|_| true).unwrap();
    assert_eq!(anchor.partners_at, [1]);
}
