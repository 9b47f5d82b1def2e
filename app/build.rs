//! Reads the translation files (`locales/*.ftl`, Mozilla Fluent) and writes the `Msg` key enum and
//! each language's texts as Rust (`$OUT_DIR/messages.rs`, included by `src/i18n/mod.rs`).
//!
//! Why at build time: a key the code names but Dutch lacks is a compile error (`Msg::Key` does not
//! exist), and a key missing in any other language, a key no language should have, a variable a
//! translation drops or invents, or a plural form the language does not have stops the build with
//! the file and key named. The server then formats from static tables, with no parser at run time.
//!
//! Each message is stored in a compact form that `i18n::format` reads: text, `{name}` for a
//! variable, and `{name\u{1}key\u{2}text\u{1}*key\u{2}text}` for a choice by number (CLDR plural
//! categories or exact numbers; `*` marks the default). Fluent's own syntax stays in the files,
//! where translators and their tools read it.

use fluent_syntax::ast;
use std::collections::{BTreeSet, HashMap};
use std::fmt::Write as _;
use std::path::Path;

/// In the order of `i18n::Locale::ALL`, with each language's CLDR cardinal plural categories.
const LOCALES: [(&str, &[&str]); 5] = [
    ("nl", &["one", "other"]),
    ("en", &["one", "other"]),
    ("tr", &["one", "other"]),
    ("ar", &["zero", "one", "two", "few", "many", "other"]),
    ("pl", &["one", "few", "many", "other"]),
];

/// The files whose code runs in the browser (islands and what they use). The texts they name are
/// sent to the browser; the rest, and the errors servers answer (they come worded), stay on the
/// server. Domain files only the server calls stay off this list although the browser's build
/// compiles them: the refusals of `permissions`, `workflow` and `account` are the server's to say.
const BROWSER_CODE: &[&str] = &[
    "src/components/idea_form.rs",
    "src/components/similar_ideas.rs",
    "src/components/field.rs",
    "src/components/comments.rs",
    "src/components/island_events.rs",
    "src/components/icons.rs",
    "src/components/map/mod.rs",
    "src/components/map/leaflet_map.rs",
    "src/components/map/clusters.rs",
    "src/components/map/markers.rs",
    "src/components/map/controls.rs",
    "src/pages/admin_invite.rs",
    "src/pages/notifications.rs",
    "src/pages/unsubscribe.rs",
    "src/wording.rs",
    "src/error.rs",
    "src/domain/comment_text.rs",
    "src/domain/coordinates.rs",
    "src/domain/coverage.rs",
    "src/domain/email_frequency.rs",
    "src/domain/filter.rs",
    "src/domain/geometry.rs",
    "src/domain/idea_text.rs",
    "src/domain/linkify.rs",
    "src/domain/map_view.rs",
    "src/domain/mod.rs",
    "src/domain/roles.rs",
    "src/domain/similarity.rs",
    "src/domain/status.rs",
    "src/domain/stored_enum.rs",
    "src/domain/time.rs",
    "src/domain/views.rs",
    "src/domain/ward_code.rs",
    "src/domain/workbench.rs",
];

struct Message {
    compact: String,
    variables: BTreeSet<String>,
}

fn main() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR"));
    println!("cargo::rerun-if-changed=locales");
    let mut problems = Vec::new();
    let mut tables: Vec<(Vec<String>, HashMap<String, Message>)> = Vec::new();
    for (tag, categories) in LOCALES {
        let path = dir.join("locales").join(format!("{tag}.ftl"));
        println!("cargo::rerun-if-changed={}", path.display());
        let source =
            std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("cannot read {}: {e}", path.display()));
        tables.push(read_file(tag, categories, &source, &mut problems));
    }
    let (keys, dutch) = &tables[0];
    for ((tag, _), (other_keys, table)) in LOCALES.iter().zip(&tables).skip(1) {
        for key in keys {
            match table.get(key) {
                None => problems.push(format!("{tag}.ftl: {key} is missing (nl.ftl has it)")),
                Some(m) if m.variables != dutch[key].variables => problems.push(format!(
                    "{tag}.ftl: {key} uses the variables {:?}, nl.ftl {:?}",
                    m.variables, dutch[key].variables
                )),
                Some(_) => {}
            }
        }
        for key in other_keys.iter().filter(|k| !dutch.contains_key(*k)) {
            problems.push(format!("{tag}.ftl: {key} is not a key of nl.ftl"));
        }
    }
    if !problems.is_empty() {
        panic!(
            "the translation files have problems:\n  {}",
            problems.join("\n  ")
        );
    }
    let browser = browser_keys(dir, keys);
    let out = Path::new(&std::env::var("OUT_DIR").unwrap()).join("messages.rs");
    std::fs::write(out, generate(keys, &tables, &browser)).unwrap();
}

/// One file's keys in order and its messages in compact form.
fn read_file(
    tag: &str,
    categories: &[&str],
    source: &str,
    problems: &mut Vec<String>,
) -> (Vec<String>, HashMap<String, Message>) {
    let resource = match fluent_syntax::parser::parse(source) {
        Ok(resource) => resource,
        Err((resource, errors)) => {
            for error in errors {
                let line = source[..error.pos.start.min(source.len())].lines().count();
                problems.push(format!("{tag}.ftl line {line}: {:?}", error.kind));
            }
            resource
        }
    };
    let mut keys = Vec::new();
    let mut messages = HashMap::new();
    for entry in resource.body {
        let ast::Entry::Message(message) = entry else {
            if let ast::Entry::Term(term) = entry {
                problems.push(format!(
                    "{tag}.ftl: -{} is a term; write the words out",
                    term.id.name
                ));
            }
            continue;
        };
        let key = message.id.name.to_owned();
        let Some(pattern) = message.value else {
            problems.push(format!("{tag}.ftl: {key} has no text"));
            continue;
        };
        let mut compact = String::new();
        let mut variables = BTreeSet::new();
        let mut context = Context {
            tag,
            key: &key,
            categories,
            problems,
            variables: &mut variables,
        };
        write_pattern(&pattern, &mut compact, &mut context);
        if messages.contains_key(&key) {
            problems.push(format!("{tag}.ftl: {key} is there twice"));
        }
        keys.push(key.clone());
        messages.insert(key, Message { compact, variables });
    }
    (keys, messages)
}

struct Context<'a> {
    tag: &'a str,
    key: &'a str,
    categories: &'a [&'a str],
    problems: &'a mut Vec<String>,
    variables: &'a mut BTreeSet<String>,
}

impl Context<'_> {
    fn problem(&mut self, what: &str) {
        self.problems
            .push(format!("{}.ftl: {}: {what}", self.tag, self.key));
    }
}

fn write_pattern(pattern: &ast::Pattern<&str>, out: &mut String, cx: &mut Context) {
    for element in &pattern.elements {
        match element {
            ast::PatternElement::TextElement { value } => {
                if value.contains(['\u{1}', '\u{2}']) {
                    cx.problem("control characters in the text");
                }
                out.push_str(value);
            }
            ast::PatternElement::Placeable { expression } => write_expression(expression, out, cx),
        }
    }
}

fn write_expression(expression: &ast::Expression<&str>, out: &mut String, cx: &mut Context) {
    match expression {
        ast::Expression::Inline(ast::InlineExpression::VariableReference { id }) => {
            cx.variables.insert(id.name.to_owned());
            let _ = write!(out, "{{{}}}", id.name);
        }
        ast::Expression::Select {
            selector: ast::InlineExpression::VariableReference { id },
            variants,
        } => {
            cx.variables.insert(id.name.to_owned());
            let _ = write!(out, "{{{}", id.name);
            let mut has_other_default = false;
            for variant in variants {
                out.push('\u{1}');
                if variant.default {
                    out.push('*');
                }
                match &variant.key {
                    ast::VariantKey::Identifier { name } => {
                        if !cx.categories.contains(name) {
                            let known = cx.categories.join(", ");
                            cx.problem(&format!(
                                "[{name}] is not a plural form of this language ({known})"
                            ));
                        }
                        has_other_default |= variant.default && *name == "other";
                        out.push_str(name);
                    }
                    ast::VariantKey::NumberLiteral { value } => {
                        if value.parse::<i64>().is_err() {
                            cx.problem(&format!("[{value}] must be a whole number"));
                        }
                        out.push_str(value);
                    }
                }
                out.push('\u{2}');
                write_pattern(&variant.value, out, cx);
            }
            if !has_other_default {
                cx.problem("a choice needs *[other] as its default");
            }
            out.push('}');
        }
        ast::Expression::Inline(ast::InlineExpression::StringLiteral { value })
            if !value.contains(['{', '}']) =>
        {
            out.push_str(value)
        }
        _ => cx.problem("only { $variable } and choices by a variable's number are supported"),
    }
}

/// Keys the browser's code names (as `Msg::Key`, or as a stored enum's label). An error a server
/// function answers arrives already worded in the reader's language (`AppError::text`), so only the
/// errors the browser raises itself (its parsers, a failed request) need their texts there.
fn browser_keys(dir: &Path, keys: &[String]) -> BTreeSet<String> {
    let mut code = String::new();
    for file in BROWSER_CODE {
        let path = dir.join(file);
        println!("cargo::rerun-if-changed={}", path.display());
        code += &std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{file}: {e}"));
    }
    let is_word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_');
    let names = |key: &str| {
        code.match_indices(key).any(|(at, _)| {
            !is_word(code[..at].chars().next_back()) && !is_word(code[at + key.len()..].chars().next())
        })
    };
    keys.iter().filter(|k| names(k)).cloned().collect()
}

fn generate(
    keys: &[String],
    tables: &[(Vec<String>, HashMap<String, Message>)],
    browser: &BTreeSet<String>,
) -> String {
    let mut code = String::from("// Generated by app/build.rs from app/locales/*.ftl; do not edit.\n\n");
    code.push_str("/// Every interface text, by key. The variants are the keys of `locales/nl.ftl`.\n");
    code.push_str("#[derive(Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]\npub enum Msg {\n");
    for key in keys {
        let _ = writeln!(code, "    {key},");
    }
    code.push_str("}\n\nimpl Msg {\n    pub const ALL: &'static [Msg] = &[");
    for key in keys {
        let _ = write!(code, "Msg::{key}, ");
    }
    code.push_str("];\n    const KEYS: &'static [&'static str] = &[");
    for key in keys {
        let _ = write!(code, "{key:?}, ");
    }
    code.push_str("];\n    /// The texts the browser's islands may show; only these are sent to it.\n");
    code.push_str("    pub const IN_BROWSER: &'static [Msg] = &[");
    for key in browser {
        let _ = write!(code, "Msg::{key}, ");
    }
    code.push_str("];\n}\n\n");
    code.push_str("/// Each language's texts in compact form, in `Locale::ALL` and `Msg::ALL` order.\n");
    let _ = writeln!(
        code,
        "#[cfg(feature = \"ssr\")]\npub(super) static TEXTS: [[&str; {}]; {}] = [",
        keys.len(),
        tables.len()
    );
    for (_, table) in tables {
        code.push_str("    [\n");
        for key in keys {
            let _ = writeln!(code, "        {:?},", table[key].compact);
        }
        code.push_str("    ],\n");
    }
    code.push_str("];\n");
    code
}
