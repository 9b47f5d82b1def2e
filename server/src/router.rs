//! The router: plain routes (health, open data, static files) answered on tokio's runtime; Leptos
//! pages and server functions under `/api/` answered on the render threads (`render_threads.rs`
//! says why); and the layers every request passes (outermost last).

use crate::render_threads::{OnRenderThreads, RenderThreads};
use crate::{
    clean_query, locale, notification_links, open_data, page_cache, request_trace, security, static_files,
};
use app::state::AppState;
use app::{shell, App};
use axum::extract::State;
use axum::http::{header, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::routing::get;
use axum::{middleware, Router};
use leptos::prelude::provide_context;
use leptos_axum::{generate_route_list, AxumRouteListing, LeptosRoutes};
use std::sync::OnceLock;
use std::time::Duration;
use tower_http::compression::CompressionLayer;
use tower_http::limit::RequestBodyLimitLayer;
use tower_http::set_header::SetResponseHeaderLayer;
use tower_http::timeout::TimeoutLayer;

/// The app's routes, listed once per process. Listing them renders the app with resource loading
/// switched off by a process-wide flag (leptos_server's `SuppressResourceLoad`); doing that again
/// while another server in the same process renders a page (the tests start many) would leave that
/// page's resources pending forever.
fn route_list() -> Vec<AxumRouteListing> {
    static ROUTES: OnceLock<Vec<AxumRouteListing>> = OnceLock::new();
    ROUTES.get_or_init(|| generate_route_list(App)).clone()
}

pub fn router(state: AppState, render_threads: RenderThreads) -> Router {
    // A visitor's list pages come from memory while the public data is unchanged (`page_cache`),
    // before a render thread is asked for anything.
    let leptos = tower::ServiceBuilder::new()
        .layer(middleware::from_fn(clean_query::drop_empty))
        .layer(middleware::from_fn_with_state(
            (state.clone(), page_cache::PageCache::default()),
            page_cache::serve,
        ))
        .service(OnRenderThreads::new(render_threads, leptos_router(state.clone())));
    Router::new()
        .route("/healthz", get(healthz))
        .route("/data/wijken.geojson", get(open_data::wards::all_wijken))
        .route("/data/wijken/{file}", get(open_data::wards::one_wijk))
        .route("/api/v1/map", get(open_data::map::view))
        .route("/api/v1/{file}", get(open_data::ideas::export))
        .route("/open-data/dcat.jsonld", get(open_data::catalog::dcat))
        .route(
            "/open311/v2/{file}",
            get(open_data::open311::top).post(open_data::open311_post::create),
        )
        .route("/open311/v2/services/{file}", get(open_data::open311::service))
        .route(
            "/open311/v2/requests/{file}",
            get(open_data::open311::one_request),
        )
        .route("/feeds/stad.atom", get(open_data::atom::city))
        .route("/feeds/wijken/{file}", get(open_data::atom::wijk))
        .route("/feeds/ideeen/{file}", get(open_data::atom::idea))
        .route("/meldingen/{id}", get(notification_links::open))
        .route("/taal/{tag}", get(locale::switch))
        .route("/teksten/{file}", get(locale::texts))
        .route(
            "/api/mail/one-click/{token}",
            axum::routing::post(one_click_unsubscribe),
        )
        .layer(axum::Extension(open_data::wards::OutlineCache::default()))
        .merge(static_files::routes(&state.leptos_options))
        .fallback_service(leptos)
        // leptos_routes_with_context registers every server function under /api/ itself, so
        // the guards wrap the whole router rather than a separate /api router.
        .layer(middleware::from_fn(security::error_status))
        .layer(middleware::from_fn(security::refuse_cross_site))
        .layer(middleware::from_fn(security::explain_too_large))
        .layer(RequestBodyLimitLayer::new(security::MAX_BODY_BYTES))
        // No request may hold a worker forever (a stuck render, a slow client upload).
        .layer(TimeoutLayer::with_status_code(
            StatusCode::REQUEST_TIMEOUT,
            Duration::from_secs(30),
        ))
        // Every layer inside this one, and every page and server function, knows the reader's language.
        .layer(middleware::from_fn_with_state(state.clone(), locale::choose))
        .layer(CompressionLayer::new())
        .layer(header_layer(header::X_CONTENT_TYPE_OPTIONS, "nosniff"))
        .layer(header_layer(header::X_FRAME_OPTIONS, "DENY"))
        .layer(header_layer(
            header::REFERRER_POLICY,
            "strict-origin-when-cross-origin",
        ))
        .layer(request_trace::propagate_id())
        .layer(request_trace::trace())
        .layer(request_trace::set_id())
        .with_state(state)
}

/// Everything Leptos answers: the pages, the server functions and the 404 page (with the files of
/// the site root that `static_files` does not serve itself, such as the favicon).
fn leptos_router(state: AppState) -> Router {
    let page_state = state.clone();
    Router::new()
        .leptos_routes_with_context(
            &state,
            route_list(),
            move || provide_context(page_state.clone()),
            {
                let options = state.leptos_options.clone();
                move || shell(options.clone())
            },
        )
        .fallback(leptos_axum::file_and_error_handler_with_context::<AppState, _>(
            {
                let state = state.clone();
                move || provide_context(state.clone())
            },
            shell,
        ))
        .with_state(state)
}

fn header_layer(name: header::HeaderName, value: &'static str) -> SetResponseHeaderLayer<HeaderValue> {
    SetResponseHeaderLayer::if_not_present(name, HeaderValue::from_static(value))
}

/// 200 when the database answers, 503 when it does not.
async fn healthz(State(state): State<AppState>) -> Response {
    match sqlx::query_scalar::<_, i64>("SELECT 1")
        .fetch_one(&state.pool)
        .await
    {
        Ok(_) => (StatusCode::OK, "ok").into_response(),
        Err(e) => {
            tracing::error!(error = %e, "health check: database does not answer");
            (StatusCode::SERVICE_UNAVAILABLE, "database unavailable").into_response()
        }
    }
}

/// RFC 8058 one-click unsubscribe: a mail program POSTs here (no login, no cookie) for the reader.
async fn one_click_unsubscribe(
    State(state): State<AppState>,
    axum::extract::Path(token): axum::extract::Path<String>,
) -> Response {
    if token.is_empty() || token.len() > 128 {
        return StatusCode::NOT_FOUND.into_response();
    }
    match app::db::users::unsubscribe(&state.pool, &token).await {
        Ok(true) => (StatusCode::OK, "afgemeld").into_response(),
        Ok(false) => StatusCode::NOT_FOUND.into_response(),
        Err(e) => {
            tracing::error!(error = %e, "one-click unsubscribe failed");
            StatusCode::INTERNAL_SERVER_ERROR.into_response()
        }
    }
}
