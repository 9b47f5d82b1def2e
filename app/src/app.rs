//! The document shell, the routes and the frame (header, footer) around every page.

use crate::components::header::SiteHeader;
use crate::components::swap::Swap;
use crate::i18n::{self, t, Msg};
use crate::pages::{
    account::{LoginPage, RegisterPage},
    admin::AdminPage,
    admin_professional::AdminProfessionalPage,
    home::HomePage,
    idea::IdeaPage,
    invitation::InvitationPage,
    my_ideas::MyIdeasPage,
    not_found::NotFound,
    notifications::NotificationsPage,
    open_data::OpenDataPage,
    progress::{CityProgressPage, WardProgressPage},
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
    // The request's locale, chosen by `server::locale` (account, cookie, Accept-Language), once for
    // every text on the page.
    let locale = i18n::current();
    provide_context(locale);
    view! {
        <!DOCTYPE html>
        <html lang=locale.tag() dir=locale.dir()>
            <head>
                <meta charset="utf-8"/>
                <meta name="viewport" content="width=device-width, initial-scale=1"/>
                <HashedStylesheet options=options.clone() id="leptos"/>
                <AutoReload options=options.clone()/>
                <script nonce=leptos::nonce::use_nonce()>{ISLAND_GUARD}</script>
                <script nonce=leptos::nonce::use_nonce()>{crate::focus_keeper::SCRIPT}</script>
                <BrowserTexts locale/>
                <HydrationScripts options islands=true islands_router=true/>
                <MetaTags/>
            </head>
            <body>
                <App/>
            </body>
        </html>
    }
}

/// The islands router hydrates the islands of a page it brings in with `window.__hydrateIsland`,
/// which Leptos defines as soon as its JavaScript has loaded, before the WebAssembly is ready; a
/// link followed in that moment would call into WebAssembly that is not there yet (or, earlier
/// still, into nothing). This keeps those calls back until `hydrate()` has run; the islands
/// skipped meanwhile are hydrated by Leptos' first pass over the whole page, which comes after.
///
/// It also hides `document.startViewTransition` from the router: with a view transition the router
/// changes the address before the page is patched, and a transition the browser aborts (a resized
/// window, a hidden tab) leaves an error in the console and, seen in Chromium, a page not patched.
/// Without it the new page simply replaces the old one in place, which is all the design asks.
/// Last, it marks `<html class="js">`, which hides what only readers without JavaScript need.
const ISLAND_GUARD: &str =
    "(()=>{let real=null;Object.defineProperty(window,'__hydrateIsland',{configurable:true,\
get(){return(el,id)=>(window.__wijkideeReady&&real?real(el,id):undefined);},set(f){real=f;}});\
try{Object.defineProperty(document,'startViewTransition',{value:undefined,configurable:true});}catch(e){}\
document.documentElement.classList.add('js');})();";

/// The texts the islands may show, in the page's language, from a script named by its content
/// (cached for good); `defer` runs it before the WebAssembly's module starts.
#[component]
fn BrowserTexts(locale: i18n::Locale) -> impl IntoView {
    #[cfg(feature = "ssr")]
    let src = i18n::browser_texts(locale, crate::domain::time::zone().rule())
        .0
        .clone();
    #[cfg(not(feature = "ssr"))]
    let src = {
        let _ = locale;
        String::new()
    };
    view! { <script defer src=src nonce=leptos::nonce::use_nonce()></script> }
}

#[component]
pub fn App() -> impl IntoView {
    provide_meta_context();
    crate::components::session::provide_session();
    view! {
        <Link rel="icon" href="/favicon.ico"/>
        <Title formatter=page_title/>
        <Router>
            <a class="skip-link" href="#inhoud">{t(Msg::SkipToContent)}</a>
            <Swap><SiteHeader/></Swap>
            <main id="inhoud" tabindex="-1">
                <Routes fallback=|| view! { <Swap><NotFound/></Swap> }>
                    <Route path=path!("/") view=HomePage ssr=SsrMode::Async/>
                    <Route path=path!("/ideeen/:id") view=IdeaPage ssr=SsrMode::Async/>
                    <Route path=path!("/wijken") view=|| view! { <Swap><WardsPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/wijken/:code") view=|| view! { <Swap><WardPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/wijken/:code/voortgang") view=|| view! { <Swap><WardProgressPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/voortgang") view=|| view! { <Swap><CityProgressPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/inloggen") view=|| view! { <Swap><LoginPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/registreren") view=|| view! { <Swap><RegisterPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/meldingen") view=|| view! { <Swap><NotificationsPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/mijn-ideeen") view=|| view! { <Swap><MyIdeasPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/afmelden/:token") view=|| view! { <Swap><UnsubscribePage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/uitnodiging/:token") view=|| view! { <Swap><InvitationPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/beheer") view=|| view! { <Swap><AdminPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/beheer/professionals/:id") view=|| view! { <Swap><AdminProfessionalPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/open-data") view=|| view! { <Swap><OpenDataPage/></Swap> } ssr=SsrMode::Async/>
                    <Route path=path!("/werkbank") view=|| view! { <Swap><WorkbenchPage/></Swap> } ssr=SsrMode::Async/>
                </Routes>
            </main>
            <footer class="site-footer">
                <p>{t(Msg::FooterCredits)}</p>
                <p>{t(Msg::FooterLicence)}" · "<a href=crate::routes::PROGRESS>{t(Msg::ProgressLinkCity)}</a>" · "<a href=crate::routes::OPEN_DATA>{t(Msg::FooterOpenData)}</a></p>
            </footer>
            // What the last form did, shown a moment and read out (focus_keeper.rs fills it).
            <p id="gelukt" class="done-line" role="status" aria-live="polite"></p>
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
