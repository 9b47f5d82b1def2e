//! The language switch on every page: each language named in itself, leading to the same page in
//! that language. Plain links to a server route, so the switch works without JavaScript; marked
//! `rel="external"` so the islands router lets the browser load the page anew, with the new
//! language's `<html lang dir>` and texts.

use crate::i18n::{self, t, Locale, Msg};
use crate::routes;
use leptos::prelude::*;

#[component]
pub fn LanguageNav() -> impl IntoView {
    let current = i18n::current();
    let here = this_page();
    view! {
        <nav class="language-nav" aria-label=t(Msg::LanguageNavLabel)>
            <ul>
                {Locale::ALL.into_iter().map(|locale| view! {
                    <li>
                        <a href=routes::language(locale.tag(), &here) rel="external nofollow"
                            lang=locale.tag() hreflang=locale.tag() dir=locale.dir()
                            aria-current=(locale == current).then_some("true")>
                            {locale.native_name()}
                        </a>
                    </li>
                }).collect_view()}
            </ul>
        </nav>
    }
}

/// The path and query of the page being rendered.
fn this_page() -> String {
    #[cfg(feature = "ssr")]
    {
        use_context::<http::request::Parts>()
            .and_then(|parts| parts.uri.path_and_query().map(|pq| pq.as_str().to_owned()))
            .unwrap_or_else(|| routes::HOME.to_owned())
    }
    #[cfg(not(feature = "ssr"))]
    {
        routes::HOME.to_owned()
    }
}
