//! The document shell, the routes and the frame (header, footer) around every page.

use crate::components::header::SiteHeader;
use crate::i18n::{t, Locale, Msg};
use crate::pages::{
    account::{LoginPage, RegisterPage},
    admin::AdminPage,
    home::HomePage,
    idea::IdeaPage,
    invitation::InvitationPage,
    not_found::NotFound,
    notifications::NotificationsPage,
    unsubscribe::UnsubscribePage,
    wards::{WardPage, WardsPage},
    workbench::WorkbenchPage,
};
use leptos::prelude::*;
use leptos_meta::{provide_meta_context, HashedStylesheet, Link, MetaTags, Title};
use leptos_router::{
    components::{Route, Router, Routes},
    path, SsrMode,
};

pub fn shell(options: LeptosOptions) -> impl IntoView {
    #[cfg(feature = "ssr")]
    set_content_security_policy();
    let locale = Locale::default();
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <link rel="stylesheet" href="/leaflet/leaflet.css"/>
                <script src="/leaflet/leaflet.js"></script>
                <AutoReload options=options.clone()/>
                <HydrationScripts options/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    crate::components::session::provide_session();
    crate::components::map::provide_map_settings();
    view! {
        <Link rel="icon" href="/favicon.ico"/>
        <Title formatter=page_title/>
        <Router>
            <a class="skip-link" href="#inhoud">{t(Msg::SkipToContent)}</a>
            <SiteHeader/>
            <main id="inhoud" tabindex="-1">
                <Routes fallback=NotFound>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/ideeen/:id") view=IdeaPage ssr=SsrMode::Async/>
                    <Route path=path!("/wijken") view=WardsPage ssr=SsrMode::Async/>
                    <Route path=path!("/wijken/:code") view=WardPage ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen") view=LoginPage ssr=SsrMode::Async/>
                    <Route path=path!("/registreren") view=RegisterPage ssr=SsrMode::Async/>
                    <Route path=path!("/meldingen") view=NotificationsPage ssr=SsrMode::Async/>
                    <Route path=path!("/afmelden/:token") view=UnsubscribePage ssr=SsrMode::Async/>
                    <Route path=path!("/uitnodiging/:token") view=InvitationPage ssr=SsrMode::Async/>
                    <Route path=path!("/beheer") view=AdminPage ssr=SsrMode::Async/>
                    <Route path=path!("/werkbank") view=WorkbenchPage ssr=SsrMode::Async/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{t(Msg::FooterCredits)}</p>
                <p>{t(Msg::FooterLicence)}</p>
            </footer>
        </Router>
    }
}

/// "Page · Wijkidee". leptos_meta writes the server-rendered `<title>` without escaping, and a title
/// can be a resident's text (`</title><script>…`), so it is escaped here on the server; in the
/// browser the text goes to `document.title`, which takes it literally.
fn page_title(page: String) -> String {
    let text = if page.is_empty() {
        t(Msg::AppName).to_owned()
    } else {
        format!("{page} · {}", t(Msg::AppName))
    };
    #[cfg(feature = "ssr")]
    let text = text
        .replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;");
    text
}

/// A Content-Security-Policy for every page: scripts only from this site or carrying this response's
/// nonce (Leptos puts it on its own inline scripts), WebAssembly allowed, no framing, forms only to
/// this site. Images may come from any https host because the tile server is configuration.
#[cfg(feature = "ssr")]
fn set_content_security_policy() {
    let (Some(nonce), Some(response)) = (
        leptos::nonce::use_nonce(),
        use_context::<leptos_axum::ResponseOptions>(),
    ) else {
        return;
    };
    let policy = format!(
        "default-src 'self'; script-src 'self' 'nonce-{nonce}' 'wasm-unsafe-eval'; \
         style-src 'self' 'unsafe-inline'; img-src 'self' data: https:; connect-src 'self'; \
         font-src 'self'; object-src 'none'; base-uri 'self'; form-action 'self'; frame-ancestors 'none'"
    );
    if let Ok(value) = http::HeaderValue::from_str(&policy) {
        response.insert_header(http::header::CONTENT_SECURITY_POLICY, value);
    }
}
