//! `wijkidee`: serve the platform, import wards. Run `wijkidee --help`.

use anyhow::Context;
use app::domain::WardLevel;
use clap::{Parser, Subcommand, ValueEnum};
use std::net::SocketAddr;
use std::path::PathBuf;
use tracing_subscriber::EnvFilter;
use wijkidee::config::{find_site_root, ServeConfig, DEFAULT_ADDR, DEFAULT_DATABASE_URL};
use wijkidee::wards_import::{self, ImportOptions};

/// Wijkidee: residents pin ideas for their neighbourhood on a map of the wards; professionals in the
/// wijk take them up; the gemeente shows what became of each.
#[derive(Parser)]
#[command(name = "wijkidee", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
}

#[derive(Subcommand)]
enum Command {
    /// Start the web server. Runs pending database migrations first and loads Den Haag's wards into
    /// an empty database.
    Serve(ServeArgs),
    /// Manage wards (wijken and buurten).
    Wards {
        #[command(subcommand)]
        command: WardsCommand,
    },
    /// Demo data beyond `serve --demo`.
    Demo {
        #[command(subcommand)]
        command: DemoCommand,
    },
    /// Administrators.
    Admin {
        #[command(subcommand)]
        command: AdminCommand,
    },
}

#[derive(Subcommand)]
enum AdminCommand {
    /// Make an administrator: a new account with a password printed once, or an existing account
    /// (same email) given the administrator role.
    Create {
        /// The administrator's email address.
        #[arg(long)]
        email: String,
        /// The name others see.
        #[arg(long, default_value = "Beheerder")]
        name: String,
        #[arg(long, env = "WIJKIDEE_DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
        database_url: String,
    },
}

#[derive(Subcommand)]
enum DemoCommand {
    /// Add many ideas spread over the buurten (to measure a big city: `make bench`).
    Seed {
        /// How many ideas to add.
        #[arg(long, value_parser = clap::value_parser!(u32).range(1..=2_000_000))]
        ideas: u32,
        /// The same seed gives the same ideas.
        #[arg(long, default_value_t = 1)]
        seed: u64,
        #[arg(long, env = "WIJKIDEE_DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
        database_url: String,
    },
}

#[derive(clap::Args)]
struct ServeArgs {
    /// Address to listen on.
    #[arg(long, env = "WIJKIDEE_ADDR", default_value = DEFAULT_ADDR)]
    addr: SocketAddr,
    /// Database: sqlite://path/to/file.db (embedded, created when missing) or postgres://user@host/db.
    #[arg(long, env = "WIJKIDEE_DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
    database_url: String,
    /// Seed demo residents and ideas; their passwords are printed at start.
    #[arg(long)]
    demo: bool,
    /// Directory of the built site (pkg/, leaflet/, favicon). Default: found beside the binary.
    #[arg(long, env = "WIJKIDEE_SITE_ROOT")]
    site_root: Option<PathBuf>,
    /// Map tile URL template ({z}/{x}/{y}); default: PDOK BRT-Achtergrondkaart.
    #[arg(long, env = "WIJKIDEE_TILE_URL")]
    tile_url: Option<String>,
    /// Supports at which an idea shows "genoeg steun" and is marked for professionals.
    #[arg(long, env = "WIJKIDEE_SUPPORT_THRESHOLD", default_value_t = 25, value_parser = clap::value_parser!(i64).range(1..=100_000))]
    support_threshold: i64,
    /// Days without activity after which a lead's claim is stalled: shown on the workbench, lead reminded.
    #[arg(long, env = "WIJKIDEE_STALL_DAYS", default_value_t = 30, value_parser = clap::value_parser!(i64).range(1..=3650))]
    stall_days: i64,
    /// The municipality's time zone, in which dates are shown: an IANA name (Europe/Amsterdam,
    /// America/Kralendijk) or a POSIX TZ rule (CET-1CEST,M3.5.0,M10.5.0/3).
    #[arg(long, env = "WIJKIDEE_TIME_ZONE", default_value = "Europe/Amsterdam", value_parser = check_zone)]
    time_zone: String,
    /// Who publishes this site and its open data (the feeds' author, the dataset's publisher).
    #[arg(long, env = "WIJKIDEE_PUBLISHER", default_value = app::state::DEFAULT_PUBLISHER)]
    publisher: String,
    /// The open data's licence, as its URL (default: CC0 1.0, public domain).
    #[arg(long, env = "WIJKIDEE_DATA_LICENCE", default_value = app::state::DEFAULT_DATA_LICENCE)]
    data_licence: String,
    /// SMTP server for notification mail: smtp://host:25, smtp://user:pass@host:587?tls=required,
    /// smtps://host. Without it, notifications stay in the app.
    #[arg(long, env = "WIJKIDEE_SMTP_URL")]
    smtp_url: Option<String>,
    /// Sender of notification mail.
    #[arg(
        long,
        env = "WIJKIDEE_MAIL_FROM",
        default_value = "Wijkidee <noreply@localhost>"
    )]
    mail_from: String,
    /// Public address of this site, for links in mail (e.g. https://wijkidee.denhaag.nl).
    #[arg(long, env = "WIJKIDEE_PUBLIC_URL")]
    public_url: Option<String>,
    /// Always mark the session cookie Secure (default: Secure except on localhost).
    #[arg(long, env = "WIJKIDEE_SECURE_COOKIES")]
    secure_cookies: Option<bool>,
    /// Threads that render pages (default: one per core).
    #[arg(long, env = "WIJKIDEE_RENDER_THREADS", value_parser = clap::value_parser!(usize))]
    render_threads: Option<usize>,
    /// Seconds without a sign of life from the runtime or a render thread after which the process
    /// exits (status 70) for its supervisor to restart it; 0 turns the watchdog off.
    #[arg(long, env = "WIJKIDEE_WATCHDOG_SECONDS", default_value_t = 30)]
    watchdog_seconds: u64,
}

#[derive(Subcommand)]
enum WardsCommand {
    /// Import wards from a GeoJSON FeatureCollection in WGS84 (one transaction: all or nothing).
    Import {
        /// The GeoJSON file.
        file: PathBuf,
        /// Whether the file holds wijken or buurten.
        #[arg(long, value_enum)]
        level: Level,
        /// Property with the CBS code (default wijkcode/buurtcode, or WK_CODE/BU_CODE).
        #[arg(long)]
        code_prop: Option<String>,
        /// Property with the name (default wijknaam/buurtnaam, or WK_NAAM/BU_NAAM).
        #[arg(long)]
        name_prop: Option<String>,
        #[arg(long, env = "WIJKIDEE_DATABASE_URL", default_value = DEFAULT_DATABASE_URL)]
        database_url: String,
    },
}

#[derive(Clone, Copy, ValueEnum)]
enum Level {
    Wijk,
    Buurt,
}

#[tokio::main]
async fn main() -> anyhow::Result<()> {
    tracing_subscriber::fmt()
        .with_env_filter(
            EnvFilter::try_from_default_env().unwrap_or_else(|_| EnvFilter::new("info,sqlx=warn")),
        )
        .init();
    match Cli::parse().command {
        Command::Serve(args) => serve(args).await,
        Command::Admin {
            command:
                AdminCommand::Create {
                    email,
                    name,
                    database_url,
                },
        } => {
            let pool = wijkidee::prepare_database(&database_url).await?;
            match wijkidee::admin::create_administrator(&pool, &email, &name).await? {
                Some(password) => println!(
                    "Beheerder {email} aangemaakt. Wachtwoord (wordt maar één keer getoond): {password}"
                ),
                None => println!("Het bestaande account {email} is nu beheerder."),
            }
            Ok(())
        }
        Command::Demo {
            command:
                DemoCommand::Seed {
                    ideas,
                    seed,
                    database_url,
                },
        } => {
            let pool = wijkidee::prepare_database(&database_url).await?;
            let started = std::time::Instant::now();
            let n = wijkidee::demo_bulk::seed_ideas(&pool, ideas as usize, seed).await?;
            println!(
                "{n} ideeën toegevoegd in {:.1} s",
                started.elapsed().as_secs_f64()
            );
            Ok(())
        }
        Command::Wards {
            command:
                WardsCommand::Import {
                    file,
                    level,
                    code_prop,
                    name_prop,
                    database_url,
                },
        } => {
            let text =
                std::fs::read_to_string(&file).with_context(|| format!("cannot read {}", file.display()))?;
            let level = match level {
                Level::Wijk => WardLevel::Wijk,
                Level::Buurt => WardLevel::Buurt,
            };
            let pool = wijkidee::prepare_database(&database_url).await?;
            let options = ImportOptions { code_prop, name_prop };
            let n = wards_import::import(&pool, &text, level, &options)
                .await
                .with_context(|| format!("importing {}", file.display()))?;
            println!("Imported {n} {}en from {}", level.as_str(), file.display());
            Ok(())
        }
    }
}

fn check_zone(setting: &str) -> Result<String, String> {
    match app::domain::time::Zone::from_setting(setting) {
        Some(_) => Ok(setting.to_owned()),
        None => Err(format!(
            "unknown time zone {setting:?}: give Europe/Amsterdam, America/Kralendijk, UTC or a POSIX TZ rule"
        )),
    }
}

async fn serve(args: ServeArgs) -> anyhow::Result<()> {
    let zone = app::domain::time::Zone::from_setting(&args.time_zone)
        .ok_or_else(|| anyhow::anyhow!("unknown time zone {}", args.time_zone))?;
    app::domain::time::set_zone(zone);
    let site_root = find_site_root(args.site_root.as_deref()).map_err(anyhow::Error::msg)?;
    let mut app = app::state::AppConfig::default();
    if let Some(url) = args.tile_url {
        app.map.tile_url = url;
    }
    app.support_threshold = args.support_threshold;
    app.stall_days = args.stall_days;
    app.secure_cookies = args.secure_cookies;
    app.publisher = args.publisher;
    app.data_licence = args.data_licence;
    let mail = args.smtp_url.map(|smtp_url| wijkidee::mail::MailConfig {
        smtp_url,
        from: args.mail_from,
        poll_interval: std::time::Duration::from_secs(10),
    });
    let config = ServeConfig {
        addr: args.addr,
        database_url: args.database_url,
        demo: args.demo,
        site_root: Some(site_root),
        app,
        mail,
        public_url: args.public_url,
        render_threads: args
            .render_threads
            .unwrap_or_else(wijkidee::config::default_render_threads),
        watchdog: (args.watchdog_seconds > 0).then(|| std::time::Duration::from_secs(args.watchdog_seconds)),
    };
    let running = wijkidee::spawn(config).await?;
    println!("Wijkidee luistert op http://{}", running.addr);
    running.server.await??;
    Ok(())
}
