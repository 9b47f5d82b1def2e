//! Configuration for `wijkidee serve`, in layers: defaults, then `WIJKIDEE_*` environment, then flags
//! (clap reads both). No secret has a default.

use app::state::AppConfig;
use std::net::SocketAddr;
use std::path::{Path, PathBuf};

pub const DEFAULT_DATABASE_URL: &str = "sqlite://data/wijkidee.db";
pub const DEFAULT_ADDR: &str = "127.0.0.1:3000";

#[derive(Debug, Clone)]
pub struct ServeConfig {
    pub addr: SocketAddr,
    pub database_url: String,
    pub demo: bool,
    /// The built site (pkg/, leaflet/, favicon); `None` serves the API and pages without assets.
    pub site_root: Option<PathBuf>,
    pub app: AppConfig,
    /// Notification mail; `None` keeps notifications in the app only.
    pub mail: Option<crate::mail::MailConfig>,
    /// The address residents reach this site at, for links in mail. Default: `http://` + the bound address.
    pub public_url: Option<String>,
    /// Threads that render pages (each render stays on one; see `render_threads.rs`).
    pub render_threads: usize,
    /// End the process when the runtime or a render thread stops answering for this long.
    pub watchdog: Option<std::time::Duration>,
}

/// One render thread per core: rendering is the CPU work of a request.
pub fn default_render_threads() -> usize {
    std::thread::available_parallelism().map_or(2, usize::from)
}

impl ServeConfig {
    /// A configuration for tests: port 0, no static files.
    pub fn for_tests(database_url: &str) -> Self {
        Self {
            addr: "127.0.0.1:0".parse().expect("a literal address"),
            database_url: database_url.to_owned(),
            demo: false,
            site_root: None,
            app: AppConfig::default(),
            mail: None,
            public_url: None,
            render_threads: 2,
            watchdog: None,
        }
    }
}

/// Finds the built site: the given path, else `site/` beside the binary (an installed layout), else
/// `../site` from it (cargo-leptos puts the binary in target/release and the site in target/site).
pub fn find_site_root(given: Option<&Path>) -> Result<PathBuf, String> {
    let candidates: Vec<PathBuf> = match given {
        Some(path) => vec![path.to_owned()],
        None => {
            let exe_dir = std::env::current_exe()
                .ok()
                .and_then(|p| p.parent().map(Path::to_owned));
            exe_dir
                .map(|d| vec![d.join("site"), d.join("../site")])
                .unwrap_or_default()
        }
    };
    candidates
        .iter()
        .find(|dir| has_app_script(&dir.join("pkg")))
        .map(|dir| dir.canonicalize().unwrap_or_else(|_| dir.clone()))
        .ok_or_else(|| {
            let tried: Vec<String> = candidates.iter().map(|c| c.display().to_string()).collect();
            format!(
                "the site files (pkg/wijkidee.js, or with its hash: pkg/wijkidee.<hash>.js) were not found in: {}. Build them with `cargo leptos build --release` \
                 (or `make run`), or point --site-root / WIJKIDEE_SITE_ROOT at the built site directory.",
                tried.join(", ")
            )
        })
}

/// `wijkidee.js`, or its hashed name `wijkidee.<hash>.js` from a release build.
fn has_app_script(pkg: &Path) -> bool {
    std::fs::read_dir(pkg).is_ok_and(|entries| {
        entries.filter_map(Result::ok).any(|entry| {
            let name = entry.file_name();
            let name = name.to_string_lossy();
            name.starts_with("wijkidee.") && name.ends_with(".js")
        })
    })
}
