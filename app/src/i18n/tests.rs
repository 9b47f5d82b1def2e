//! The translation files against the code: every text in every language, every key in use, and
//! numbers worded by each language's plural rules. (A key missing in a language, or a variable a
//! translation lost, already stops the build: `build.rs`.)

use super::*;
use std::path::Path;

#[test]
fn counts_read_as_dutch() {
    assert_eq!(idea_count(1), "1 idee");
    assert_eq!(idea_count(0), "0 ideeën");
}

#[test]
fn a_key_crosses_the_wire_as_its_name_and_back() {
    for msg in Msg::ALL {
        let json = serde_json::to_string(msg).unwrap();
        assert_eq!(json, format!("\"{}\"", msg.key()));
        assert_eq!(serde_json::from_str::<Msg>(&json).unwrap(), *msg);
    }
    assert!(serde_json::from_str::<Msg>("\"NoSuchKey\"").is_err());
}

#[test]
fn every_message_has_text_in_every_language() {
    for locale in Locale::ALL {
        for msg in Msg::ALL {
            assert!(!text(locale, *msg).trim().is_empty(), "{} {msg:?}", locale.tag());
        }
    }
}

/// Every `.rs` file of the app and the server, as text.
fn source_files() -> Vec<String> {
    fn walk(dir: &Path, out: &mut Vec<String>) {
        for entry in std::fs::read_dir(dir).unwrap() {
            let path = entry.unwrap().path();
            if path.is_dir() {
                walk(&path, out);
            } else if path.extension().is_some_and(|e| e == "rs") {
                out.push(std::fs::read_to_string(&path).unwrap());
            }
        }
    }
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    walk(&root.join("src"), &mut files);
    walk(&root.join("../server/src"), &mut files);
    files
}

fn names(code: &str, name: &str) -> bool {
    code.match_indices(name).any(|(at, _)| {
        !code[at + name.len()..]
            .chars()
            .next()
            .is_some_and(|c| c.is_alphanumeric() || c == '_')
    })
}

/// A translation file may not keep a text the code no longer uses.
#[test]
fn every_key_is_used_by_the_code() {
    let files = source_files();
    let unused: Vec<&str> = Msg::ALL
        .iter()
        .map(|m| m.key())
        .filter(|key| {
            let named = format!("Msg::{key}");
            // A stored enum names its label's key without the `Msg::` (`domain/stored_enum.rs`).
            let labelled = format!(", {key};");
            !files
                .iter()
                .any(|code| names(code, &named) || code.contains(&labelled))
        })
        .collect();
    assert!(
        unused.is_empty(),
        "keys in locales/*.ftl that no code uses: {unused:?}"
    );
}

/// A text with variables or forms is filled in with `fill`; `t` would show its raw form.
#[test]
fn texts_with_variables_are_filled_not_shown_raw() {
    let files = source_files();
    for msg in Msg::ALL {
        if !text(Locale::Nl, *msg).contains('{') {
            continue;
        }
        let raw = format!("t(Msg::{})", msg.key());
        assert!(!files.iter().any(|code| names(code, &raw)), "{raw}: use fill");
    }
}

/// The texts the browser gets are those its islands name, and every error.
#[test]
fn the_browser_gets_the_islands_texts_only() {
    assert!(Msg::IN_BROWSER.contains(&Msg::CommentSubmit));
    // Raised by the browser's own check of a title; a server's refusals arrive worded.
    assert!(Msg::IN_BROWSER.contains(&Msg::ErrTitleTooShort));
    assert!(!Msg::IN_BROWSER.contains(&Msg::ErrOutsideWards));
    // Refusals only the server makes (who may do what, the workflow, accounts) arrive worded.
    assert!(!Msg::IN_BROWSER.contains(&Msg::ErrAdministratorsOnly));
    assert!(!Msg::IN_BROWSER.contains(&Msg::ErrTransitionNotAllowed));
    assert!(!Msg::IN_BROWSER.contains(&Msg::ErrPasswordTooShort));
    assert!(!Msg::IN_BROWSER.contains(&Msg::HomeIntro));
    let (path, body) = browser_texts(Locale::Ar, "CET-1CEST,M3.5.0,M10.5.0/3");
    assert!(
        path.starts_with("/teksten/ar.") && path.ends_with(".js"),
        "{path}"
    );
    let quoted = |m: Msg| serde_json::to_string(text(Locale::Ar, m)).unwrap();
    assert!(body.contains(&quoted(Msg::CommentSubmit)) && !body.contains(&quoted(Msg::HomeIntro)));
    assert!(body.contains("__wijkideeZone=\"CET-1CEST,M3.5.0,M10.5.0/3\""));
}

fn ideas(locale: Locale, n: i64) -> String {
    fill_in(locale, Msg::IdeaCount, &[("count", &n.to_string())])
}

#[test]
fn arabic_has_six_forms() {
    let forms: Vec<String> = [0, 1, 2, 3, 11, 100].map(|n| ideas(Locale::Ar, n)).to_vec();
    for (i, a) in forms.iter().enumerate() {
        for b in &forms[i + 1..] {
            assert_ne!(a, b, "two Arabic counts share a form: {forms:?}");
        }
    }
    // 3–10 share a form, as do 11–99.
    assert_eq!(ideas(Locale::Ar, 4).replace('4', "3"), forms[3]);
    assert_eq!(ideas(Locale::Ar, 12).replace("12", "11"), forms[4]);
}

#[test]
fn polish_has_three_forms_for_whole_numbers() {
    let [one, two, five, twenty_two, twenty_five] = [1, 2, 5, 22, 25].map(|n| ideas(Locale::Pl, n));
    assert_ne!(one.replace('1', ""), two.replace('2', ""));
    assert_ne!(two.replace('2', ""), five.replace('5', ""));
    assert_eq!(twenty_two.replace("22", "2"), two);
    assert_eq!(twenty_five.replace("25", "5"), five);
}

#[test]
fn one_and_many_in_dutch_english_and_turkish() {
    for locale in [Locale::Nl, Locale::En, Locale::Tr] {
        assert!(ideas(locale, 1).starts_with('1'), "{locale:?}");
        assert!(ideas(locale, 7).contains('7'), "{locale:?}");
    }
    assert_ne!(
        ideas(Locale::En, 1).replace('1', ""),
        ideas(Locale::En, 7).replace('7', "")
    );
}
