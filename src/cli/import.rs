//! The `import` command at the edge: reads the page, writes the corpus file (never over an
//! existing one without `--force`) and shows how the new file reads. The conversion itself is
//! [`crate::corpus::import`].

use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context};

use crate::corpus::import::{import_page, PageKind};

/// Imports `page` into `out` (default: `corpus_dir/<slug>.txt`) and prints how the new file
/// reads (the `index --explain` report).
///
/// # Errors
/// The page cannot be read or imported, the target exists and `force` is off, or the file
/// cannot be written; each message names the file and what to do.
pub(super) fn run(
    page: &Path,
    out: Option<PathBuf>,
    force: bool,
    corpus_dir: &Path,
) -> anyhow::Result<ExitCode> {
    let bytes = std::fs::read(page)
        .with_context(|| format!("cannot read the page {}: check the path", page.display()))?;
    let source = match String::from_utf8(bytes) {
        Ok(text) => text,
        Err(error) => {
            tracing::warn!(
                "{} is not UTF-8: undecodable bytes become \u{fffd}; save the page as UTF-8 for exact text",
                page.display()
            );
            String::from_utf8_lossy(error.as_bytes()).into_owned()
        }
    };
    // Letters saved in the wrong encoding are written out repaired.
    let source = crate::corpus::mojibake::repair(&source).map_or(source, |r| r.text);
    let imported = import_page(PageKind::of(page, &source), &source)
        .with_context(|| format!("cannot import {}", page.display()))?;
    let target = out.unwrap_or_else(|| corpus_dir.join(imported.file_name()));
    write_new(&target, &imported.text, force)?;
    // Shown as `index --explain` shows it, so the operator checks the new file at once.
    let explanation =
        crate::corpus::explain::explain_text(&crate::corpus::interview_id(&target), &imported.text);
    let mut stdout = std::io::stdout().lock();
    writeln!(stdout, "wrote {}", target.display())?;
    write!(stdout, "{}", explanation.text)?;
    Ok(ExitCode::SUCCESS)
}

/// Writes `text` to `path`; without `force`, fails if the file exists (checked by the creation
/// itself, so a file appearing meanwhile is not overwritten either).
fn write_new(path: &Path, text: &str, force: bool) -> anyhow::Result<()> {
    let mut options = std::fs::OpenOptions::new();
    options.write(true);
    if force {
        options.create(true).truncate(true);
    } else {
        options.create_new(true);
    }
    let mut file = match options.open(path) {
        Ok(file) => file,
        Err(error) if error.kind() == std::io::ErrorKind::AlreadyExists => bail!(
            "{} already exists: pass --force to replace it, or --out FILE to write elsewhere",
            path.display()
        ),
        Err(error) => {
            return Err(error).with_context(|| {
                format!(
                    "cannot write {}: check that its directory exists and is writable (or set CORPUS_DIR / pass --out)",
                    path.display()
                )
            })
        }
    };
    file.write_all(text.as_bytes())
        .with_context(|| format!("cannot write {}", path.display()))
}
