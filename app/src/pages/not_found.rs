//! The 404 page, for unknown routes and for ideas or wards that do not exist. It sets the status so
//! that a missing idea is a real 404, not a 200 that says "not found".

use crate::components::page_head::PageHead;
use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;

#[component]
pub fn NotFound() -> impl IntoView {
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(http::StatusCode::NOT_FOUND);
    }
    view! {
        <PageHead title=t(Msg::NotFoundTitle)/>
        <div class="page narrow">
            <h1>{t(Msg::NotFoundTitle)}</h1>
            <p>{t(Msg::NotFoundText)}</p>
            <p><a href=routes::HOME>{t(Msg::BackToMap)}</a></p>
        </div>
    }
}

/// What a page shows when loading its data failed: 404 for what does not exist, else the message.
#[component]
pub fn LoadError(error: crate::error::AppError) -> impl IntoView {
    if error.kind == crate::error::ErrorKind::NotFound {
        return view! { <NotFound/> }.into_any();
    }
    #[cfg(feature = "ssr")]
    if let Some(response) = use_context::<leptos_axum::ResponseOptions>() {
        response.set_status(
            http::StatusCode::from_u16(error.kind.status())
                .unwrap_or(http::StatusCode::INTERNAL_SERVER_ERROR),
        );
    }
    view! {
        // Every page's head has the same shape (see PageHead), error pages too.
        <PageHead title=t(Msg::ErrorTitle)/>
        <div class="page narrow">
            <h1>{t(Msg::ErrorTitle)}</h1>
            <p>{error.to_string()}</p>
        </div>
    }
    .into_any()
}

/// The same failure inside one section of a page that has its own head and heading (the home page's
/// list or form): the message alone, announced, so the page keeps one title and one `<h1>`.
#[component]
pub fn SectionLoadError(error: crate::error::AppError) -> impl IntoView {
    view! { <p class="panel error" role="alert">{error.to_string()}</p> }
}
