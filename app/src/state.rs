//! What every request can reach on the server: options, the pool and the configuration. Passed to the
//! router and provided as context to server functions; no globals, so each test has its own database.

use crate::domain::views::MapSettings;
use axum::extract::FromRef;
use leptos::config::LeptosOptions;
use sqlx::AnyPool;
use std::sync::Arc;

#[derive(Clone)]
pub struct AppState {
    pub leptos_options: LeptosOptions,
    pub pool: AnyPool,
    pub config: Arc<AppConfig>,
    /// Answers kept while the public data is unchanged (see `kept`).
    pub kept: Arc<crate::kept::KeptAnswers>,
}

impl FromRef<AppState> for LeptosOptions {
    fn from_ref(state: &AppState) -> Self {
        state.leptos_options.clone()
    }
}

#[derive(Debug, Clone)]
pub struct AppConfig {
    pub map: MapSettings,
    /// Whether session cookies carry `Secure`. `None`: decide per request (not on localhost).
    pub secure_cookies: Option<bool>,
    /// Supports at which an idea shows "genoeg steun" and is marked for professionals.
    pub support_threshold: i64,
    /// Days without activity after which a lead's claim counts as stalled (and the lead is reminded).
    pub stall_days: i64,
    /// Where residents reach the site, for whole links (an invitation); `None`: the request's host.
    pub public_url: Option<String>,
    /// Whether mail is sent (SMTP configured), so a page can say an invitation was mailed.
    pub mail_enabled: bool,
}

impl Default for AppConfig {
    fn default() -> Self {
        Self {
            map: MapSettings {
                tile_url: "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
                    .to_owned(),
                tile_attribution: "Kaartgegevens © <a href=\"https://www.kadaster.nl\">Kadaster</a> · \
                    Wijkgrenzen: Kadaster / <a href=\"https://www.cbs.nl\">CBS</a>"
                    .to_owned(),
                center_lat: 52.0705,
                center_lng: 4.3007,
                zoom: 12.0,
            },
            secure_cookies: None,
            support_threshold: 25,
            stall_days: 30,
            public_url: None,
            mail_enabled: false,
        }
    }
}
