//! The site's static files, answered on tokio's runtime without touching Leptos: the app's own
//! WebAssembly, JavaScript and CSS under `/pkg/`, and Leaflet under `/leaflet/`.
//!
//! A release build names the app's files by their content's hash (`hash-files` in Cargo.toml) and
//! stores brotli and gzip copies beside them (`cargo leptos build --release --precompress`): a
//! browser gets the smallest copy it accepts, and may keep a `/pkg/` file for a year without asking
//! again, since a changed file has a new name. Leaflet's files keep their names, so they are kept a
//! day and then revalidated (`Last-Modified`).

use axum::http::{header, HeaderValue};
use axum::Router;
use leptos::config::LeptosOptions;
use std::path::{Path, PathBuf};
use tower_http::services::ServeDir;
use tower_http::set_header::SetResponseHeaderLayer;

/// A year, and never revalidated: only for files whose name carries their hash.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Files whose name does not change with their content.
pub const REVALIDATE_DAILY: &str = "public, max-age=86400";

pub fn routes<S: Clone + Send + Sync + 'static>(options: &LeptosOptions) -> Router<S> {
    let root = PathBuf::from(options.site_root.as_ref());
    let pkg_cache = if options.hash_files { IMMUTABLE } else { "no-cache" };
    Router::new()
        .nest_service(
            &format!("/{}", options.site_pkg_dir),
            served(&root.join(options.site_pkg_dir.as_ref()), pkg_cache),
        )
        .nest_service("/leaflet", served(&root.join("leaflet"), REVALIDATE_DAILY))
}

fn served<S: Clone + Send + Sync + 'static>(dir: &Path, cache: &'static str) -> Router<S> {
    Router::new()
        .fallback_service(ServeDir::new(dir).precompressed_br().precompressed_gzip())
        .layer(SetResponseHeaderLayer::overriding(
            header::CACHE_CONTROL,
            HeaderValue::from_static(cache),
        ))
}

/// Whether the release build wrote the hash file that names the hashed files (beside the binary).
pub fn hash_file_present(name: &str) -> bool {
    std::env::current_exe()
        .ok()
        .and_then(|exe| exe.parent().map(|dir| dir.join(name)))
        .is_some_and(|path| path.is_file())
}
