//! From configuration to a listening server: database, migrations, default wards, demo data, router.

use crate::config::ServeConfig;
use crate::wards_import::{self, ImportOptions};
use app::domain::WardLevel;
use app::state::{AppConfig, AppState};
use leptos::config::{Env, LeptosOptions};
use sqlx::AnyPool;
use std::net::SocketAddr;
use std::sync::Arc;

const DEN_HAAG_WIJKEN: &str = include_str!("../../data/denhaag/denhaag_wijken_wgs84.geojson");
const DEN_HAAG_BUURTEN: &str = include_str!("../../data/denhaag/denhaag_buurten_wgs84.geojson");

/// Connects, migrates (an error stops the start), and loads Den Haag's wards into an empty database.
pub async fn prepare_database(url: &str) -> anyhow::Result<AnyPool> {
    let pool = app::db::connect(url).await?;
    app::db::migrate(&pool, url).await?;
    if app::db::wards::count(&pool).await? == 0 {
        let wijken = ImportOptions {
            name_prop: Some("wijknaam_kort".into()),
            ..Default::default()
        };
        let n = wards_import::import(&pool, DEN_HAAG_WIJKEN, WardLevel::Wijk, &wijken).await?;
        let m = wards_import::import(
            &pool,
            DEN_HAAG_BUURTEN,
            WardLevel::Buurt,
            &ImportOptions::default(),
        )
        .await?;
        tracing::info!(
            wijken = n,
            buurten = m,
            "loaded Den Haag's wards into the empty database"
        );
    }
    let expired = app::db::sessions::delete_expired(&pool).await?;
    if expired > 0 {
        tracing::info!(expired, "removed expired sessions");
    }
    Ok(pool)
}

pub struct Running {
    pub addr: SocketAddr,
    pub pool: AnyPool,
    pub server: tokio::task::JoinHandle<std::io::Result<()>>,
}

/// Prepares everything and starts serving in the background; returns the bound address.
pub async fn spawn(config: ServeConfig) -> anyhow::Result<Running> {
    let pool = prepare_database(&config.database_url).await?;
    if config.demo {
        let accounts = crate::demo::seed(&pool).await?;
        println!("Demo accounts (new passwords at every start with --demo):");
        for a in &accounts {
            println!(
                "  {:<28} {:<8} wachtwoord: {}",
                a.email, a.display_name, a.password
            );
        }
    }
    let listener = tokio::net::TcpListener::bind(config.addr).await?;
    let addr = listener.local_addr()?;
    let site_root = config
        .site_root
        .as_ref()
        .map(|p| p.display().to_string())
        .unwrap_or_else(|| ".".into());
    let leptos_options = LeptosOptions::builder()
        .output_name("wijkidee")
        .site_root(site_root)
        .site_pkg_dir("pkg")
        .site_addr(addr)
        .env(Env::PROD)
        .hash_files(config.site_root.is_some() && crate::static_files::hash_file_present("hash.txt"))
        .build();
    let app_config = AppConfig {
        public_url: config.public_url.clone(),
        mail_enabled: config.mail.is_some(),
        ..config.app.clone()
    };
    let state = AppState {
        leptos_options,
        pool: pool.clone(),
        config: Arc::new(app_config),
        kept: Arc::default(),
    };
    if let Some(mail) = config.mail.clone() {
        let public_url = config
            .public_url
            .clone()
            .unwrap_or_else(|| format!("http://{addr}"));
        crate::mail::spawn_worker(pool.clone(), mail, public_url)?;
    }
    crate::reminders::spawn(
        pool.clone(),
        config.app.stall_days,
        std::time::Duration::from_secs(3600),
    );
    let render_threads = crate::render_threads::RenderThreads::start(config.render_threads)?;
    if let Some(limit) = config.watchdog {
        crate::watchdog::spawn(
            tokio::runtime::Handle::current(),
            Some(render_threads.clone()),
            limit,
            crate::watchdog::exit_on_stall,
        )?;
    }
    let router = crate::router::router(state, render_threads);
    let server = tokio::spawn(async move {
        axum::serve(listener, router.into_make_service())
            .with_graceful_shutdown(shutdown_signal())
            .await
    });
    Ok(Running { addr, pool, server })
}

async fn shutdown_signal() {
    let ctrl_c = async {
        let _ = tokio::signal::ctrl_c().await;
    };
    #[cfg(unix)]
    let terminate = async {
        if let Ok(mut s) = tokio::signal::unix::signal(tokio::signal::unix::SignalKind::terminate()) {
            s.recv().await;
        }
    };
    #[cfg(not(unix))]
    let terminate = std::future::pending::<()>();
    tokio::select! { _ = ctrl_c => {}, _ = terminate => {} }
}
