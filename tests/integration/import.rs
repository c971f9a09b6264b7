//! `import` as an operator uses it: each saved page in tests/data/pages becomes the same
//! interview as its hand-written text version in tests/data/interviews, without the page's
//! furniture; existing files are never overwritten without `--force`; errors name the file.

use std::path::{Path, PathBuf};

use assert_cmd::Command;
use interview_bot::corpus::import::{import_page, PageKind};
use interview_bot::corpus::{self, Interview};

fn repo(path: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join(path)
}

/// The four test pages, one per common layout.
const PAGES: &[&str] = &[
    "calderon-oxygen-lima",      // bold questions
    "montoya-rural-telehealth",  // <h3> questions
    "ruiz-atencion-primaria-es", // name labels
    "menezes-vaccine-factories", // Q:/A: labels
];

fn imported(id: &str) -> (String, Interview) {
    let page = std::fs::read_to_string(repo(&format!("tests/data/pages/{id}.html"))).unwrap();
    let imported = import_page(PageKind::Html, &page).unwrap_or_else(|e| panic!("{id}: {e}"));
    let interview = corpus::parse(id, &imported.text).unwrap_or_else(|e| panic!("{id}: {e:?}"));
    (imported.text, interview)
}

fn hand_written(id: &str) -> Interview {
    corpus::load_file(&repo(&format!("tests/data/interviews/{id}.txt"))).unwrap()
}

/// The binary, run from an empty directory with CORPUS_DIR pointing at `corpus_dir`.
fn bot(workdir: &Path, corpus_dir: &Path) -> Command {
    let mut command = Command::cargo_bin("interview-bot").unwrap();
    command
        .current_dir(workdir)
        .env("CORPUS_DIR", corpus_dir)
        .env("CONFIG_DIR", repo("config"))
        .env_remove("INDEX_DIR")
        .env_remove("RUST_LOG");
    command
}

#[test]
fn each_page_imports_to_the_structure_of_its_hand_written_version() {
    for id in PAGES {
        let (_, page) = imported(id);
        let text = hand_written(id);
        assert_eq!(page.title, text.title, "{id}");
        assert_eq!(page.intro, text.intro, "{id}: introduction, verbatim");
        assert_eq!(
            page.turns.len(),
            text.turns.len(),
            "{id}: number of questions"
        );
        for (from_page, from_text) in page.turns.iter().zip(&text.turns) {
            assert_eq!(from_page.question, from_text.question, "{id}");
            assert_eq!(from_page.answer, from_text.answer, "{id}: answer, verbatim");
        }
    }
}

/// Who says each answer paragraph: the speaker named on it, else the interviewee.
fn said_by(interview: &Interview) -> Vec<Vec<String>> {
    let interviewee = interview.interviewee().to_string();
    (interview.turns.iter())
        .map(|turn| {
            (0..turn.answer.len())
                .map(|i| turn.speakers.get(i).cloned().flatten())
                .map(|speaker| speaker.unwrap_or_else(|| interviewee.clone()))
                .collect()
        })
        .collect()
}

#[test]
fn a_markdown_page_with_two_guests_keeps_who_said_each_paragraph() {
    // Questions as numbered headings, guests' names alone on their line (full, then short).
    let id = "pereyra-vidal-cooperativa-es";
    let page = std::fs::read_to_string(repo(&format!("tests/data/pages/{id}.md"))).unwrap();
    let imported = import_page(PageKind::Markdown, &page).unwrap();
    let page = corpus::parse(id, &imported.text).unwrap();
    let text = hand_written(id);
    assert_eq!(page.title, text.title);
    assert_eq!(page.intro, text.intro);
    let questions =
        |i: &Interview| -> Vec<String> { i.turns.iter().map(|t| t.question.clone()).collect() };
    assert_eq!(questions(&page), questions(&text));
    for (from_page, from_text) in page.turns.iter().zip(&text.turns) {
        assert_eq!(from_page.answer, from_text.answer, "answer, verbatim");
    }
    assert_eq!(said_by(&page), said_by(&text));
    assert_eq!(page.metadata.interviewer.as_deref(), Some("Daniela Rojas"));
    assert_eq!(page.metadata.date.as_deref(), Some("2025-05-12"));
}

#[test]
fn a_blog_post_with_tags_captions_and_a_footer_imports_as_the_reader_reads_it() {
    // MDX import line, a JSX figure over several lines, an italic caption, sub-headings with
    // their text on the next line, and a newsletter promotion after `<hr/>`.
    let id = "okonkwo-solar-kiosks-blog";
    let path = repo(&format!("tests/data/interviews/{id}.md"));
    let page = std::fs::read_to_string(&path).unwrap();
    let imported = import_page(PageKind::Markdown, &page).unwrap();
    let page = corpus::parse(id, &imported.text).unwrap();
    let text = corpus::load_file(&path).unwrap();
    assert_eq!(page.intro, text.intro);
    for (from_page, from_text) in page.turns.iter().zip(&text.turns) {
        assert_eq!(from_page.question, from_text.question);
        assert_eq!(from_page.answer, from_text.answer, "answer, verbatim");
    }
    assert_eq!(page.turns.len(), text.turns.len());
    assert!(!imported.text.contains("newsletter") && !imported.text.contains("Figure"));
}

#[test]
fn front_matter_comes_from_the_page_metadata() {
    for id in PAGES {
        let (_, page) = imported(id);
        let text = hand_written(id);
        let (got, want) = (&page.metadata, &text.metadata);
        assert_eq!(got.outlet, want.outlet, "{id}: outlet");
        assert_eq!(got.date, want.date, "{id}: date");
        assert_eq!(got.url, want.url, "{id}: canonical URL");
        assert_eq!(got.language, want.language, "{id}: language");
    }
    // Names come from the labels; without them the article's author is the interviewer.
    let (_, labelled) = imported("ruiz-atencion-primaria-es");
    assert_eq!(labelled.metadata.interviewee.as_deref(), Some("Ana Ruiz"));
    assert_eq!(
        labelled.metadata.interviewer.as_deref(),
        Some("Tomás Herrera")
    );
    let (text, bylined) = imported("calderon-oxygen-lima");
    assert!(
        !text.contains("interviewee ="),
        "no label names her: {text}"
    );
    assert_eq!(
        bylined.metadata.interviewer.as_deref(),
        Some("Mark Ellison")
    );
}

#[test]
fn page_furniture_is_not_in_the_corpus_file() {
    let furniture = [
        "Share on",
        "Subscribe",
        "cookies",
        "Most read",
        "Photo:",
        "Tags:",
        "comment",
        "Jorge P.",
        "More interviews",
        "Read more",
        "Related interviews",
        "About the author",
        "Sign me up",
        "Lee también",
        "Boletín",
        "Comentarios",
        "Marcela",
        "Advertisement",
        "Donate today",
        "registry went dark",
        "dataLayer",
        "min read",
        "By Mark Ellison",
        "Inicio",
        "Independent journalism",
    ];
    for id in PAGES {
        let (text, _) = imported(id);
        for line in furniture {
            assert!(!text.contains(line), "{id}: furniture {line:?} kept");
        }
    }
    // The pull quote repeats an answer sentence: the answer keeps it, the quote box is gone.
    let (text, _) = imported("calderon-oxygen-lima");
    assert_eq!(
        text.matches("A ventilator without oxygen is a very expensive")
            .count(),
        1
    );
}

#[test]
fn import_writes_to_the_corpus_directory_and_refuses_to_overwrite() {
    let dir = tempfile::tempdir().unwrap();
    let page = repo("tests/data/pages/montoya-rural-telehealth.html");
    let target = dir
        .path()
        .join("rafael-montoya-on-building-telehealth-for-villages-with-one-bar-of-signal.txt");

    let first = bot(dir.path(), dir.path())
        .arg("import")
        .arg(&page)
        .output()
        .unwrap();
    assert!(first.status.success(), "{first:?}");
    let stdout = String::from_utf8(first.stdout).unwrap();
    assert!(stdout.contains(&target.display().to_string()), "{stdout}");
    assert!(
        stdout.contains("Why leave a comfortable banking job"),
        "{stdout}"
    );
    let written = std::fs::read_to_string(&target).unwrap();

    std::fs::write(&target, "edited by hand").unwrap();
    let again = bot(dir.path(), dir.path())
        .arg("import")
        .arg(&page)
        .output()
        .unwrap();
    assert_eq!(again.status.code(), Some(2));
    let stderr = String::from_utf8(again.stderr).unwrap();
    assert!(stderr.contains("already exists"), "{stderr}");
    assert!(stderr.contains(&target.display().to_string()), "{stderr}");
    assert!(stderr.contains("--force"), "{stderr}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), "edited by hand");

    let forced = bot(dir.path(), dir.path())
        .args(["import", "--force"])
        .arg(&page)
        .output()
        .unwrap();
    assert!(forced.status.success(), "{forced:?}");
    assert_eq!(std::fs::read_to_string(&target).unwrap(), written);
}

#[test]
fn out_names_the_file_and_the_result_loads_as_an_interview() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("ruiz.txt");
    let output = bot(dir.path(), &dir.path().join("unused"))
        .arg("import")
        .arg(repo("tests/data/pages/ruiz-atencion-primaria-es.html"))
        .arg("--out")
        .arg(&out)
        .output()
        .unwrap();
    assert!(output.status.success(), "{output:?}");
    let interview = corpus::load_file(&out).unwrap();
    assert_eq!(interview.interviewee(), "Ana Ruiz");
    assert_eq!(interview.turns.len(), 6);
}

#[test]
fn markdown_pages_take_bold_and_heading_questions() {
    let bold = "---\ntitle: \"Chips and water\"\ndate: 2024-05-01\n---\n# Chips and water\n\n\
        An introduction about chips and the water they need.\n\n\
        **Why does a chip factory need so much water?**\n\n\
        Because every wafer is rinsed many times. Who would have guessed?\n\n\
        The water must be extremely pure.\n\n\
        **Tell us about the drought.**\n\n\
        It was the worst in fifty years.\n";
    let imported = import_page(PageKind::Markdown, bold).unwrap();
    let interview = corpus::parse("md", &imported.text).unwrap();
    assert_eq!(interview.title, "Chips and water");
    assert_eq!(interview.metadata.date.as_deref(), Some("2024-05-01"));
    assert_eq!(interview.metadata.language.as_deref(), Some("en"));
    assert_eq!(interview.intro.len(), 1);
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions,
        [
            "Why does a chip factory need so much water?",
            "Tell us about the drought."
        ]
    );
    assert_eq!(
        interview.turns[0].answer.len(),
        2,
        "a rhetorical '?' stays in the answer"
    );

    let headings = "# Salud digital\n\nUna introducción sobre la salud digital en la región.\n\n\
        ## ¿Qué cambió con la pandemia?\n\nTodo cambió, y muy rápido, en los hospitales públicos.\n\n\
        ## Hable del futuro\n\nEl futuro es la atención primaria, con datos compartidos entre todos.\n";
    let imported = import_page(PageKind::Markdown, headings).unwrap();
    let interview = corpus::parse("md", &imported.text).unwrap();
    assert_eq!(interview.title, "Salud digital");
    assert_eq!(interview.turns.len(), 2);
    assert_eq!(interview.turns[1].question, "Hable del futuro");
}

#[test]
fn errors_name_the_page_and_what_to_do() {
    let dir = tempfile::tempdir().unwrap();
    let missing = dir.path().join("missing.html");
    let empty = dir.path().join("empty.html");
    std::fs::write(&empty, "<html><body><nav>Home</nav><p>Hi</p></body></html>").unwrap();
    let no_questions = dir.path().join("essay.html");
    let essay = format!(
        "<article><p>{}</p></article>",
        "An essay sentence. ".repeat(30)
    );
    std::fs::write(&no_questions, essay).unwrap();

    for (page, expected) in [
        (&missing, "cannot read the page"),
        (&empty, "no article text found"),
        (&no_questions, "no question found"),
    ] {
        let output = bot(dir.path(), dir.path())
            .arg("import")
            .arg(page)
            .output()
            .unwrap();
        assert_eq!(output.status.code(), Some(2), "{page:?}");
        let stderr = String::from_utf8(output.stderr).unwrap();
        assert!(stderr.contains(&page.display().to_string()), "{stderr}");
        assert!(stderr.contains(expected), "{stderr}");
    }
    let files = std::fs::read_dir(dir.path()).unwrap().count();
    assert_eq!(files, 2, "nothing written on error");
}

#[test]
fn an_mdx_blog_post_loses_its_components_captions_and_closing_promotion() {
    // Docusaurus-style post: MDX imports, JSX components over several lines, an image with a
    // Kramdown attribute list and an italic caption glued to an answer, `<hr/>` and a
    // newsletter promotion after the last answer, an author key instead of a name.
    let id = "adeyemi-upholstery-app";
    let page = std::fs::read_to_string(repo(&format!("tests/data/pages/{id}.md"))).unwrap();
    let imported = import_page(PageKind::Markdown, &page).unwrap();
    let written =
        std::fs::read_to_string(repo(&format!("tests/data/interviews/{id}.txt"))).unwrap();
    assert_eq!(
        imported.text, written,
        "the import is the hand-written text"
    );
    let interview = corpus::parse(id, &imported.text).unwrap();
    assert_eq!(interview.metadata.interviewer, None, "'editorial' is a key");
    assert_eq!(interview.interviewee(), "Kemi Adeyemi");
    for furniture in ["import ", "<", "{:", "workbench", "monthly letter"] {
        assert!(!imported.text.contains(furniture), "{furniture}");
    }
}

#[test]
fn credit_lines_a_metadata_line_and_a_footer_under_the_last_rule_stay_out_of_the_interview() {
    let page =
        std::fs::read_to_string(repo("tests/data/pages/vale-tide-clocks-footer.html")).unwrap();
    let imported = import_page(PageKind::Html, &page).unwrap();
    let interview = corpus::parse("vale", &imported.text).unwrap();
    assert_eq!(interview.metadata.interviewee.as_deref(), Some("Nora Vale"));
    assert_eq!(interview.metadata.interviewer.as_deref(), Some("Sam Ortiz"));
    assert_eq!(
        interview.intro.len(),
        1,
        "the credits and place line are no introduction"
    );
    let answers: Vec<usize> = interview.turns.iter().map(|t| t.answer.len()).collect();
    assert_eq!(answers, [1, 2, 1], "the footer under the rule is no answer");
    for furniture in [
        "museum",
        "Falmouth",
        "Mastodon",
        "weekly letter",
        "Porthleven harbour\n",
    ] {
        assert!(!imported.text.contains(furniture), "{furniture}");
    }
}

#[test]
fn explaining_a_saved_page_shows_how_import_reads_it() {
    let dir = tempfile::tempdir().unwrap();
    let output = bot(dir.path(), &dir.path().join("corpus"))
        .args(["index", "--explain"])
        .arg(repo("tests/data/pages/calderon-oxygen-lima.html"))
        .output()
        .unwrap();
    let stdout = String::from_utf8(output.stdout).unwrap();
    assert!(
        stdout.contains("the index does not read saved web pages"),
        "{stdout}"
    );
    let questions = hand_written("calderon-oxygen-lima").turns.len();
    assert!(
        stdout.contains(&format!("Questions: {questions}")),
        "{stdout}"
    );
    assert!(
        !stdout.contains("<p>") && !stdout.contains("<nav"),
        "{stdout}"
    );
    assert!(
        std::fs::read_dir(dir.path()).unwrap().next().is_none(),
        "explaining writes nothing"
    );
}

#[test]
fn answer_initials_are_written_as_the_name_the_article_spells_out() {
    let page = "---\ntitle: \"Notes on Soil\"\n---\n\n\
                I spoke with Dana Ortiz, head gardener at the city park.\n\n\
                **So Dana, how did you start?**\n\n\
                DO: I started as a volunteer, pulling weeds on Saturdays.\n\n\
                **And what do you do now?**\n\n\
                DO: I plan the beds for the whole park.\n";
    let imported = import_page(PageKind::Markdown, page).unwrap();
    assert!(
        imported.text.contains("interviewee = \"Dana Ortiz\""),
        "{}",
        imported.text
    );
}

#[test]
fn the_author_names_the_interviewer_when_the_label_is_initials_or_in_capitals() {
    let page = "---\ntitle: \"Tide Talks: Mara Quist\"\nauthor: Owen Marsh\n---\n\
                In this series I talk to people who keep the harbour going.\n\n\
                **TT:** What do you check first each morning?\n\n\
                **Mara Quist:** The tide tables, then the lock gates.\n\n\
                **TT:** And in winter?\n\n\
                **Mara Quist:** The ice on the gates.\n";
    let imported = import_page(PageKind::Markdown, page).unwrap();
    let interview = corpus::parse("t", &imported.text).unwrap();
    assert_eq!(
        interview.metadata.interviewer.as_deref(),
        Some("Owen Marsh")
    );
    let page = page
        .replace(
            "author: Owen Marsh",
            "author: >\n  Owen Marsh (Harbour Weekly)",
        )
        .replace("**TT:**", "**OWEN MARSH:**");
    let imported = import_page(PageKind::Markdown, &page).unwrap();
    let interview = corpus::parse("t", &imported.text).unwrap();
    assert_eq!(
        interview.metadata.interviewer.as_deref(),
        Some("Owen Marsh")
    );
}

#[test]
fn a_bold_question_among_heading_questions_asks_even_with_a_link_in_it() {
    let page = "# Lights of the coast\n\nWe spoke with Ida Brenn about her forty years as a \
                keeper.\n\n### **What did the first winter teach you?**\n\n\
                That the lamp matters less than the stairs.\n\n\
                [**Your logbook**](https://example.org/log) **was printed last year. Why now?**\n\n\
                Because the harbour museum asked, and I am getting old.\n\n\
                ### **And the next keeper?**\n\nThere will be none: the light is automatic.\n";
    let imported = import_page(PageKind::Markdown, page).expect("imported");
    let interview = corpus::parse("t", &imported.text).expect("parses");
    let questions: Vec<&str> = interview
        .turns
        .iter()
        .map(|t| t.question.as_str())
        .collect();
    assert_eq!(
        questions[1], "Your logbook was printed last year. Why now?",
        "{}",
        imported.text
    );
    assert_eq!(interview.turns[0].answer.len(), 1);
    let read = corpus::parse(
        "t",
        &page.replace(
            "[**Your logbook**](https://example.org/log) **",
            "**Your logbook ",
        ),
    )
    .expect("parses");
    assert_eq!(
        read.turns.len(),
        3,
        "read directly, the bold question asks too"
    );
}
