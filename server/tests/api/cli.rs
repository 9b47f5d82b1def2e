//! The `wijkidee` binary: its help, and clear failures.

use std::process::Command;

fn wijkidee(args: &[&str]) -> std::process::Output {
    Command::new(env!("CARGO_BIN_EXE_wijkidee"))
        .args(args)
        .env("RUST_LOG", "error")
        .output()
        .expect("runs")
}

#[test]
fn help_explains_every_subcommand() {
    let out = wijkidee(&["--help"]);
    assert!(out.status.success());
    let text = String::from_utf8_lossy(&out.stdout);
    assert!(text.contains("serve") && text.contains("wards"), "{text}");
    let serve = String::from_utf8_lossy(&wijkidee(&["serve", "--help"]).stdout).to_string();
    for flag in [
        "--addr",
        "--database-url",
        "--demo",
        "WIJKIDEE_DATABASE_URL",
        "WIJKIDEE_ADDR",
    ] {
        assert!(serve.contains(flag), "serve --help mentions {flag}");
    }
    let import = String::from_utf8_lossy(&wijkidee(&["wards", "import", "--help"]).stdout).to_string();
    for flag in ["--level", "--code-prop", "--name-prop"] {
        assert!(import.contains(flag), "wards import --help mentions {flag}");
    }
}

#[test]
fn serve_without_site_files_says_where_it_looked() {
    let out = wijkidee(&[
        "serve",
        "--site-root",
        "/nonexistent/site",
        "--addr",
        "127.0.0.1:0",
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("/nonexistent/site") && err.contains("pkg/wijkidee.js"),
        "{err}"
    );
}

#[test]
fn importing_a_bad_file_names_the_feature_and_imports_nothing() {
    let dir = std::env::temp_dir().join(format!("wijkidee-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let file = dir.join("bad.geojson");
    std::fs::write(
        &file,
        r#"{"type":"FeatureCollection","features":[{"type":"Feature","properties":{"buurtcode":"BU03630001"},"geometry":{"type":"Polygon","coordinates":[[[4.89,52.37],[4.9,52.37],[4.9,52.38],[4.89,52.37]]]}}]}"#,
    )
    .unwrap();
    let url = format!("sqlite://{}/cli.db", dir.display());
    let out = wijkidee(&[
        "wards",
        "import",
        file.to_str().unwrap(),
        "--level",
        "buurt",
        "--database-url",
        &url,
    ]);
    assert!(!out.status.success());
    let err = String::from_utf8_lossy(&out.stderr);
    assert!(
        err.contains("feature 1 (BU03630001)") && err.contains("no name property"),
        "{err}"
    );

    let not_json = dir.join("not.geojson");
    std::fs::write(&not_json, "dit is geen json").unwrap();
    let out = wijkidee(&[
        "wards",
        "import",
        not_json.to_str().unwrap(),
        "--level",
        "wijk",
        "--database-url",
        &url,
    ]);
    assert!(String::from_utf8_lossy(&out.stderr).contains("not JSON"));
    let _ = std::fs::remove_dir_all(dir);
}

#[test]
fn admin_create_makes_the_first_administrator() {
    let dir = std::env::temp_dir().join(format!("wijkidee-admin-{}", rand::random::<u32>()));
    let url = format!("sqlite://{}/a.db", dir.display());
    let out = wijkidee(&[
        "admin",
        "create",
        "--email",
        "beheer@gemeente.example",
        "--database-url",
        &url,
    ]);
    let text = String::from_utf8_lossy(&out.stdout).to_string();
    assert!(
        out.status.success(),
        "{text}{}",
        String::from_utf8_lossy(&out.stderr)
    );
    assert!(text.contains("Wachtwoord"), "{text}");
    let again = wijkidee(&[
        "admin",
        "create",
        "--email",
        "beheer@gemeente.example",
        "--database-url",
        &url,
    ]);
    assert!(String::from_utf8_lossy(&again.stdout).contains("is nu beheerder"));
    let bad = wijkidee(&["admin", "create", "--email", "geen-adres", "--database-url", &url]);
    assert!(!bad.status.success());
    let _ = std::fs::remove_dir_all(dir);
}
