//! `index --explain FILE` at the edge: reads the file, prints how it is read and sets the exit
//! code. The reading itself is [`crate::corpus::explain`].

use std::io::Write;
use std::process::ExitCode;

use anyhow::Context;

use crate::corpus::import::PageKind;

/// `index --explain FILE`: prints how the file is read. Exit code 0 when it parses without
/// warnings, 1 when it has warnings or does not parse (the report says why), 2 when it cannot be
/// read at all.
pub(super) fn explain_file(path: &std::path::Path) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(path).with_context(|| format!("cannot read {}", path.display()))?;
    let text = String::from_utf8_lossy(&bytes);
    let id = crate::corpus::interview_id(path);
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "File: {}", path.display())?;
    if PageKind::of(path, &text) == PageKind::Html {
        return explain_page(&mut stdout, &id, &text);
    }
    let explanation = crate::corpus::explain::explain_text(&id, &text);
    if std::str::from_utf8(&bytes).is_err() {
        writeln!(
            stdout,
            "warning: the file is not valid UTF-8 and the index will skip it: save it as UTF-8"
        )?;
    }
    write!(stdout, "{}", explanation.text)?;
    Ok(
        if explanation.is_clean() && std::str::from_utf8(&bytes).is_ok() {
            ExitCode::SUCCESS
        } else {
            ExitCode::from(1)
        },
    )
}

/// A saved web page is never read by the index (only `.txt` and `.md` files are): explaining its
/// markup as text would show tags as passages. It is shown as `import` would write it, so the
/// operator sees what importing it gives before writing anything.
fn explain_page(out: &mut impl Write, id: &str, source: &str) -> anyhow::Result<ExitCode> {
    writeln!(
        out,
        "note: the index does not read saved web pages; this is how `interview-bot import` reads it"
    )?;
    match crate::corpus::import::import_page(PageKind::Html, source) {
        Ok(imported) => {
            let explanation = crate::corpus::explain::explain_text(id, &imported.text);
            write!(out, "{}", explanation.text)?;
            Ok(if explanation.is_clean() {
                ExitCode::SUCCESS
            } else {
                ExitCode::from(1)
            })
        }
        Err(error) => {
            writeln!(out, "error: {error}")?;
            Ok(ExitCode::from(1))
        }
    }
}
