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
    /// Who publishes the site and its open data: the feeds' author, the dataset's publisher.
    pub publisher: String,
    /// The open data's licence, as its URL.
    pub data_licence: String,
}

pub const DEFAULT_PUBLISHER: &str = "Gemeente Den Haag";
/// CC0 1.0: the open data is in the public domain, the usual choice of Dutch municipalities.
pub const DEFAULT_DATA_LICENCE: &str = "https://creativecommons.org/publicdomain/zero/1.0/";

impl AppConfig {
    /// Where people reach this site, for whole links (an invitation, the open data's URLs): the
    /// configured address, else the host this request came to (https except on this machine).
    pub fn site_address(&self, host: Option<&str>) -> String {
        if let Some(url) = &self.public_url {
            return url.trim_end_matches('/').to_owned();
        }
        let host = host
            .filter(|h| {
                !h.is_empty()
                    && h.bytes()
                        .all(|b| b.is_ascii_alphanumeric() || b"-.:[]".contains(&b))
            })
            .unwrap_or("localhost");
        let scheme = if crate::auth::is_local_host(host) {
            "http"
        } else {
            "https"
        };
        format!("{scheme}://{host}")
    }
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
            publisher: DEFAULT_PUBLISHER.to_owned(),
            data_licence: DEFAULT_DATA_LICENCE.to_owned(),
        }
    }
}
