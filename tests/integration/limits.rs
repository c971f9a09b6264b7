//! The codebase's limits, so that a newcomer can read any part at once and change it without
//! surprises: no file in `src/` over [`MAX_FILE_LINES`], no function over [`MAX_FN_LINES`]
//! (unless a comment right above it says why one long `match` is clearer whole), and no cycle
//! among `src/`'s modules, neither between top-level modules (`corpus`, `search`, `bot`, …) nor
//! between the sibling modules inside one (`bot::ops`, `bot::reload`, …). A failure prints
//! every offender, with file and line.
//!
//! The source is read as text with the same brace counting as `fnlen.py`: string and character
//! literals and `//` comments are blanked first, so braces inside them do not count.
//!
//! Also here: the integration tests stay one binary.

use std::collections::{BTreeMap, BTreeSet, VecDeque};
use std::path::{Path, PathBuf};

use regex::Regex;

/// Longest file in `src/`, in lines: one a reader takes in at once.
const MAX_FILE_LINES: usize = 500;

/// Longest function, counted from its `fn` line to its closing brace: one screen.
const MAX_FN_LINES: usize = 60;

/// What a comment right above a longer function must contain, followed by the reason.
const LONG_MATCH_MARK: &str = "long-match:";

/// A Rust file of `src/`, with the module path it defines (`src/bot/store/mod.rs` is
/// `bot::store`, `src/lib.rs` the crate root).
struct Source {
    /// Relative to the repository, for messages.
    path: PathBuf,
    module: Vec<String>,
    lines: Vec<String>,
}

fn repo() -> PathBuf {
    PathBuf::from(env!("CARGO_MANIFEST_DIR"))
}

/// Every `.rs` file under `src/`, in path order.
fn sources() -> Vec<Source> {
    let mut files = Vec::new();
    let mut dirs = vec![repo().join("src")];
    while let Some(dir) = dirs.pop() {
        for entry in std::fs::read_dir(&dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                dirs.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                files.push(path);
            }
        }
    }
    files.sort();
    files
        .into_iter()
        .map(|file| {
            let path = file.strip_prefix(repo()).unwrap().to_path_buf();
            let text = std::fs::read_to_string(&file).unwrap();
            Source {
                module: module_of(&path),
                lines: text.lines().map(str::to_owned).collect(),
                path,
            }
        })
        .collect()
}

/// `src/a/b.rs` and `src/a/b/mod.rs` define `a::b`; `src/lib.rs` and `src/main.rs` the root.
fn module_of(path: &Path) -> Vec<String> {
    let mut parts: Vec<String> = path
        .with_extension("")
        .iter()
        .skip(1)
        .map(|p| p.to_string_lossy().into_owned())
        .collect();
    if matches!(
        parts.last().map(String::as_str),
        Some("mod" | "lib" | "main")
    ) {
        parts.pop();
    }
    parts
}

/// The code of a line: string and character literals emptied, a `//` comment cut off.
fn code_of(line: &str) -> String {
    let chars: Vec<char> = line.chars().collect();
    let mut code = String::new();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '"' => {
                i += 1;
                while i < chars.len() && chars[i] != '"' {
                    i += if chars[i] == '\\' { 2 } else { 1 };
                }
                code.push_str("\"\"");
            }
            '\'' if chars.get(i + 1) == Some(&'\\') => {
                i += 3;
                while i < chars.len() && chars[i] != '\'' {
                    i += 1;
                }
                code.push_str("''");
            }
            '\'' if chars.get(i + 2) == Some(&'\'') => {
                i += 2;
                code.push_str("''");
            }
            '/' if chars.get(i + 1) == Some(&'/') => break,
            c => code.push(c),
        }
        i += 1;
    }
    code
}

/// Opening and closing braces on a line of code.
fn braces(code: &str) -> (i64, i64) {
    let count = |c| code.matches(c).count() as i64;
    (count('{'), count('}'))
}

/// A function: its name, first line (1-based) and length in lines.
struct Function {
    name: String,
    line: usize,
    length: usize,
}

/// The functions of a file that have a body, measured from `fn` to the closing brace.
fn functions(lines: &[String]) -> Vec<Function> {
    let fn_line =
        Regex::new(r"^\s*(pub(\([^)]*\))?\s+)?(const\s+)?(async\s+)?(unsafe\s+)?fn\s+(\w+)")
            .unwrap();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let Some(name) = fn_line.captures(line).map(|c| c[6].to_owned()) else {
            continue;
        };
        let (mut depth, mut opened) = (0, false);
        for (end, line) in lines.iter().enumerate().skip(start) {
            let code = code_of(line);
            if !opened && code.contains(';') && !code.contains('{') {
                break;
            }
            let (open, close) = braces(&code);
            depth += open - close;
            opened |= open > 0;
            if opened && depth <= 0 {
                let length = end - start + 1;
                found.push(Function {
                    name,
                    line: start + 1,
                    length,
                });
                break;
            }
        }
    }
    found
}

/// Whether a comment right above line `index` (attributes between allowed) carries the mark.
fn marked_long(lines: &[String], index: usize) -> bool {
    lines[..index]
        .iter()
        .rev()
        .map(|line| line.trim())
        .take_while(|line| line.starts_with("//") || line.starts_with("#["))
        .any(|line| line.starts_with("//") && line.contains(LONG_MATCH_MARK))
}

#[test]
fn no_file_in_src_is_longer_than_the_limit() {
    let long: Vec<String> = sources()
        .iter()
        .filter(|s| s.lines.len() > MAX_FILE_LINES)
        .map(|s| format!("{}: {} lines", s.path.display(), s.lines.len()))
        .collect();
    assert!(
        long.is_empty(),
        "files over {MAX_FILE_LINES} lines (split them by responsibility):\n{}",
        long.join("\n")
    );
}

#[test]
fn no_function_is_longer_than_the_limit_unless_a_comment_says_why() {
    let mut long = Vec::new();
    for source in sources() {
        for f in functions(&source.lines) {
            if f.length > MAX_FN_LINES && !marked_long(&source.lines, f.line - 1) {
                let (path, name, line, length) = (source.path.display(), f.name, f.line, f.length);
                long.push(format!("{path}:{line} {name}: {length} lines"));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over {MAX_FN_LINES} lines (split them, or say why one long match is clearer \
         whole in a `// {LONG_MATCH_MARK} …` comment right above):\n{}",
        long.join("\n")
    );
}

/// A module path mentioned in code, where it was mentioned.
struct Mention {
    /// The module that mentions it (the file's module; inline modules such as `tests` count as
    /// their file).
    from: Vec<String>,
    /// The absolute path mentioned, without `crate`.
    to: Vec<String>,
    line: usize,
}

/// The file's code with blanked literals and comments, one string, and the inline module
/// (`mod tests { … }`) each line is in, relative to the file's module.
fn code_and_inline_modules(lines: &[String]) -> (String, Vec<Vec<String>>) {
    let inline = Regex::new(r"^\s*(pub(\([^)]*\))?\s+)?mod\s+(\w+)\s*\{").unwrap();
    let (mut code, mut scopes) = (String::new(), Vec::new());
    let mut stack: Vec<(String, i64)> = Vec::new();
    let mut depth = 0;
    for line in lines {
        let line_code = code_of(line);
        if let Some(name) = inline.captures(&line_code).map(|c| c[3].to_owned()) {
            stack.push((name, depth));
        }
        scopes.push(stack.iter().map(|(name, _)| name.clone()).collect());
        let (open, close) = braces(&line_code);
        depth += open - close;
        while stack.last().is_some_and(|&(_, at)| depth <= at) {
            stack.pop();
        }
        code.push_str(&line_code);
        code.push('\n');
    }
    (code, scopes)
}

/// The paths a use tree starting at `text` names, each as its segments: `a::{b, c::D}` gives
/// `a::b` and `a::c::D`; a glob or `self` ends a path where it stands.
fn use_tree(text: &str) -> Vec<Vec<String>> {
    let mut segments = Vec::new();
    let mut rest = text;
    loop {
        rest = rest.trim_start();
        if let Some(group) = rest.strip_prefix('{') {
            let mut paths = Vec::new();
            for item in top_level_items(group) {
                for mut path in use_tree(item) {
                    path.retain(|s| s != "self");
                    paths.push([segments.clone(), path].concat());
                }
            }
            return paths;
        }
        let length = rest
            .find(|c: char| !(c.is_alphanumeric() || c == '_'))
            .unwrap_or(rest.len());
        if length == 0 {
            return vec![segments];
        }
        segments.push(rest[..length].to_owned());
        rest = rest[length..].trim_start();
        match rest.strip_prefix("::") {
            Some(after) => rest = after,
            None => return vec![segments],
        }
    }
}

/// The comma-separated items of a brace group, up to its closing brace.
fn top_level_items(group: &str) -> Vec<&str> {
    let (mut items, mut depth, mut start) = (Vec::new(), 0, 0);
    for (i, c) in group.char_indices() {
        match c {
            '{' => depth += 1,
            '}' if depth == 0 => {
                items.push(&group[start..i]);
                break;
            }
            '}' => depth -= 1,
            ',' if depth == 0 => {
                items.push(&group[start..i]);
                start = i + 1;
            }
            _ => {}
        }
    }
    items.retain(|item| !item.trim().is_empty());
    items
}

/// Every `crate::…` and `super::…` path a file mentions, made absolute.
fn mentions(source: &Source) -> Vec<Mention> {
    let (code, scopes) = code_and_inline_modules(&source.lines);
    let start = Regex::new(r"\b(crate|super)::").unwrap();
    let mut found = Vec::new();
    for m in start.find_iter(&code) {
        let before = code[..m.start()].trim_end();
        if before.ends_with("::") || before.ends_with('$') {
            continue; // The rest of a path already read, or a macro's `$crate`.
        }
        let line = code[..m.start()].matches('\n').count();
        let here = [source.module.clone(), scopes[line].clone()].concat();
        for path in use_tree(&code[m.start()..]) {
            if let Some(to) = absolute(&here, &path) {
                let from = source.module.clone();
                found.push(Mention {
                    from,
                    to,
                    line: line + 1,
                });
            }
        }
    }
    found
}

/// `path` as seen from module `here`, without `crate`; `None` above the crate root.
fn absolute(here: &[String], path: &[String]) -> Option<Vec<String>> {
    if path.first().map(String::as_str) == Some("crate") {
        return Some(path[1..].to_vec());
    }
    let mut base = here.to_vec();
    let mut rest = path;
    while rest.first().map(String::as_str) == Some("super") {
        base.pop()?;
        rest = &rest[1..];
    }
    Some([base, rest.to_vec()].concat())
}

/// Modules with the first place each edge was seen (`file:line`).
type Graph = BTreeMap<String, BTreeMap<String, String>>;

/// The module graph at two levels: between top-level modules, and between the children of
/// each top-level module. Only paths that name a module count, not items.
fn module_graph(sources: &[Source]) -> Graph {
    let mut modules: BTreeSet<Vec<String>> = BTreeSet::new();
    let inline = Regex::new(r"^\s*(pub(\([^)]*\))?\s+)?mod\s+(\w+)\s*\{").unwrap();
    for source in sources {
        for depth in 1..=source.module.len() {
            modules.insert(source.module[..depth].to_vec());
        }
        for line in &source.lines {
            if let Some(c) = inline.captures(line) {
                modules.insert([source.module.clone(), vec![c[3].to_owned()]].concat());
            }
        }
    }
    let mut graph = Graph::new();
    for source in sources {
        for mention in mentions(source) {
            let (from, to) = (&mention.from, &mention.to);
            let level = (0..from.len().min(to.len()).min(2)).find(|&i| from[i] != to[i]);
            let Some(level) = level else { continue };
            if !modules.contains(&to[..=level]) {
                continue;
            }
            let place = format!("{}:{}", source.path.display(), mention.line);
            graph
                .entry(from[..=level].join("::"))
                .or_default()
                .entry(to[..=level].join("::"))
                .or_insert(place);
        }
    }
    graph
}

/// The shortest way from `start` back to itself, if there is one.
fn cycle_through(graph: &Graph, start: &str) -> Option<Vec<String>> {
    let mut came_from: BTreeMap<&str, &str> = BTreeMap::new();
    let mut queue = VecDeque::from([start]);
    while let Some(node) = queue.pop_front() {
        for next in graph.get(node).into_iter().flat_map(BTreeMap::keys) {
            if next == start {
                let mut way_back = vec![start.to_owned()];
                let mut at = node;
                while at != start {
                    way_back.push(at.to_owned());
                    at = came_from[at];
                }
                way_back.push(start.to_owned());
                way_back.reverse();
                return Some(way_back);
            }
            if !came_from.contains_key(next.as_str()) {
                came_from.insert(next, node);
                queue.push_back(next);
            }
        }
    }
    None
}

/// Each cycle once (the shortest through its first module), with where each step is made.
fn cycles(graph: &Graph) -> Vec<String> {
    let mut seen: BTreeSet<BTreeSet<String>> = BTreeSet::new();
    let mut found = Vec::new();
    for start in graph.keys() {
        let Some(cycle) = cycle_through(graph, start) else {
            continue;
        };
        if !seen.insert(cycle.iter().cloned().collect()) {
            continue;
        }
        let steps: Vec<String> = cycle
            .windows(2)
            .map(|w| format!("  {} -> {} ({})", w[0], w[1], graph[&w[0]][&w[1]]))
            .collect();
        found.push(format!("{}\n{}", cycle.join(" -> "), steps.join("\n")));
    }
    found
}

#[test]
fn modules_depend_on_each_other_one_way() {
    let found = cycles(&module_graph(&sources()));
    assert!(
        found.is_empty(),
        "module cycles (move what both sides need into a leaf module):\n{}",
        found.join("\n")
    );
}

#[test]
fn the_reader_of_module_paths_follows_use_trees_and_super() {
    let source = Source {
        path: PathBuf::from("src/bot/ops.rs"),
        module: module_of(Path::new("src/bot/ops.rs")),
        lines: [
            "use crate::bot::{reload::Live, store::{self, Store}};",
            "use super::texts; // crate::not_this",
            "fn f() { let s = \"crate::nor_this\"; crate::search::Engine::new(); }",
            "mod tests {",
            "    use super::super::render;",
            "}",
        ]
        .map(str::to_owned)
        .to_vec(),
    };
    let named: Vec<(String, usize)> = mentions(&source)
        .into_iter()
        .map(|m| (m.to.join("::"), m.line))
        .collect();
    let expected = [
        ("bot::reload::Live", 1),
        ("bot::store", 1),
        ("bot::store::Store", 1),
        ("bot::texts", 2),
        ("search::Engine::new", 3),
        ("bot::render", 5),
    ];
    let expected: Vec<(String, usize)> = expected.map(|(p, l)| (p.to_owned(), l)).to_vec();
    assert_eq!(named, expected);
}

#[test]
fn a_cycle_is_found_and_printed_with_where_each_step_is() {
    let mut graph = Graph::new();
    for (from, to) in [("a", "b"), ("b", "c"), ("c", "a"), ("c", "d")] {
        let place = format!("src/{from}.rs:1");
        graph
            .entry(from.into())
            .or_default()
            .insert(to.into(), place);
    }
    let found = cycles(&graph);
    assert_eq!(found.len(), 1, "{found:?}");
    assert!(found[0].starts_with("a -> b -> c -> a\n  a -> b (src/a.rs:1)"));
}

#[test]
fn function_lengths_count_from_fn_to_the_closing_brace_ignoring_braces_in_text() {
    let lines: Vec<String> = [
        "/// Doc.",
        "pub(crate) async fn f() {",
        "    let s = \"}\"; let c = '{'; let q = '\\''; // }",
        "}",
        "fn g();",
        "// long-match: one table reads best whole",
        "#[allow(clippy::too_many_lines)]",
        "fn h<'a>(x: &'a str) {}",
    ]
    .map(str::to_owned)
    .to_vec();
    let found: Vec<(String, usize, usize)> = functions(&lines)
        .into_iter()
        .map(|f| (f.name, f.line, f.length))
        .collect();
    assert_eq!(found, [("f".into(), 2, 3), ("h".into(), 8, 1)]);
    assert!(marked_long(&lines, 7) && !marked_long(&lines, 1));
}

/// Every `.rs` file directly in `tests/` would be compiled and linked as a binary of its own,
/// with its own copy of the fake Bot API: integration tests are modules of `tests/integration`.
#[test]
fn integration_tests_are_one_binary() {
    let stray: Vec<String> = std::fs::read_dir(repo().join("tests"))
        .unwrap()
        .map(|entry| entry.unwrap().path())
        .filter(|path| path.extension().is_some_and(|e| e == "rs"))
        .map(|path| path.display().to_string())
        .collect();
    assert!(
        stray.is_empty(),
        "move these into tests/integration/ as modules of main.rs: {stray:?}"
    );
}
