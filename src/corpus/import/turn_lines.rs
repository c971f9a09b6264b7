//! A paragraph of a page holding several speakers' turns, parted only by line breaks
//! (`<p>P.— ¿…?<br>R.— Sí…<br><br>P.— …</p>`), as some newspaper sites print a whole
//! interview in a few paragraphs. When several of its lines open with a speaker label, each
//! labelled line starts a paragraph of its own; a line without a label goes on the turn above.

use crate::corpus::labels::split_label;

/// A paragraph is cut into turns only when this many of its lines open with a label: one
/// label-like opening ("Latin America: a region…") may be a sentence, two are a dialogue.
const MIN_LABELLED_LINES: usize = 2;

/// The indices of the lines that start a turn (the first line always among them), or nothing
/// when the paragraph is one turn.
pub fn turn_starts(lines: &[String]) -> Vec<usize> {
    let labelled: Vec<usize> = lines
        .iter()
        .enumerate()
        .filter(|(_, line)| split_label(line.trim()).is_some())
        .map(|(i, _)| i)
        .collect();
    if labelled.len() < MIN_LABELLED_LINES {
        return Vec::new();
    }
    let mut starts = vec![0];
    starts.extend(labelled.into_iter().filter(|&i| i > 0));
    starts
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::corpus::import::PageKind;

    fn lines(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    #[test]
    fn labelled_lines_start_turns() {
        let para = lines(&[
            "P.— ¿Vuelve usted al taller cada mañana?",
            " R.— Sí, antes de que abra la panadería de enfrente.",
            " Después desayuno allí.",
            " P.— ¿Y los domingos?",
        ]);
        assert_eq!(turn_starts(&para), vec![0, 1, 3]);
    }

    #[test]
    fn a_text_before_the_first_label_stays_a_paragraph_of_its_own() {
        let para = lines(&["Madrid, enero.", " P.— ¿Cuándo empezó?", " R.— Muy joven."]);
        assert_eq!(turn_starts(&para), vec![0, 1, 2]);
    }

    /// A newspaper page printing its interview as `P.—`/`R.—` lines parted by `<br>`, a few
    /// turns to a paragraph: each turn is read, the statement prompt included.
    #[test]
    fn a_page_of_press_labels_parted_by_line_breaks_is_imported_turn_by_turn() {
        let page = r#"<html lang="es"><head><title>Entrevistas</title></head><body>
            <div id="texto"><p>La ceramista Olvido Lasarte nos recibe en su taller de Teruel,
            entre hornos de leña y estanterías llenas de piezas que todavía no han salido a la
            venta, con el barro aún en las manos y una radio encendida al fondo.</p>
            <p>Pregunta.— Dicen que usted no vende por internet.<br>
            Respuesta.— Es verdad. Prefiero que la gente toque la pieza antes de llevársela.<br>
            <br>
            P.— ¿Y no pierde clientes?<br>
            R.— Alguno, pero los que vienen vuelven. Y traen a sus hijos.<br>
            Eso no lo da una pantalla.</p>
            <p>P.— ¿Qué le enseñó su abuela?<br>
            R.— A esperar. El horno manda, no el calendario.</p></div></body></html>"#;
        let imported = crate::corpus::import::import_page(PageKind::Html, page).unwrap();
        let interview = crate::corpus::parse("x", &imported.text).unwrap();
        let questions: Vec<&str> = interview
            .turns
            .iter()
            .map(|t| t.question.as_str())
            .collect();
        assert_eq!(
            questions,
            [
                "Dicen que usted no vende por internet.",
                "¿Y no pierde clientes?",
                "¿Qué le enseñó su abuela?"
            ]
        );
        assert!(interview.turns[1].answer[0].starts_with("Alguno, pero"));
        assert!(interview.turns[1].answer.concat().contains("Eso no lo da"));
        assert!(!imported.text.contains("R.—"));
    }

    #[test]
    fn one_label_like_line_is_no_dialogue() {
        let para = lines(&["Latin America: a region of lakes.", " And of rivers."]);
        assert!(turn_starts(&para).is_empty());
        assert!(turn_starts(&lines(&["One line only."])).is_empty());
    }
}
