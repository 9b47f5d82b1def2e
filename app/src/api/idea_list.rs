//! The idea list's endpoint: `GET /api/ideas/list` with the page URL's own parameters, so the list
//! an island fetches is the list the server rendered for the same address.
// One argument per URL parameter (`#[server]` makes them the query string): eight, by design.
#![allow(clippy::too_many_arguments)]

use crate::domain::filter::{IdeaFilter, IdeaPage};
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;

/// One page of ideas, filtered and sorted. The parameters are the page URL's own (`wijk`, `onderwerp`,
/// `status`, `zoek`, `sorteer`, `pagina`, and the keyset cursor `na` or `voor`); values that do not
/// parse are ignored, as on the page.
#[server(prefix = "/api", endpoint = "ideas/list", input = GetUrl)]
pub async fn list_ideas(
    #[server(default)] wijk: Option<String>,
    #[server(default)] onderwerp: Option<String>,
    #[server(default)] status: Option<String>,
    #[server(default)] zoek: Option<String>,
    #[server(default)] sorteer: Option<String>,
    #[server(default)] pagina: Option<String>,
    #[server(default)] na: Option<String>,
    #[server(default)] voor: Option<String>,
) -> Result<IdeaPage, AppError> {
    use crate::api::context;
    let state = context::app_state()?;
    let filter = IdeaFilter::from_query(|key| match key {
        "wijk" => wijk.clone(),
        "onderwerp" => onderwerp.clone(),
        "status" => status.clone(),
        "zoek" => zoek.clone(),
        "sorteer" => sorteer.clone(),
        "pagina" => pagina.clone(),
        "na" => na.clone(),
        "voor" => voor.clone(),
        _ => None,
    });
    // Everything a page of the list shows raises the public data's version when it changes, so a
    // page is searched once per version and filter, then kept (see `kept`).
    let page = state
        .kept
        .lists
        .current(&state.pool, &filter.to_query(), || async {
            crate::db::idea_search::search(&state.pool, &filter)
                .await
                .map(std::sync::Arc::new)
        })
        .await
        .map_err(context::internal)?;
    Ok(page.as_ref().clone())
}

/// Calls `list_ideas` with a filter's values.
pub async fn list_ideas_for(filter: IdeaFilter) -> Result<IdeaPage, AppError> {
    use crate::domain::filter::Cursor;
    let sort = filter.sort;
    let (after, before) = match filter.cursor {
        Some(Cursor::After(key)) => (Some(key.to_param(sort)), None),
        Some(Cursor::Before(key)) => (None, Some(key.to_param(sort))),
        None => (None, None),
    };
    list_ideas(
        filter.wijk,
        filter.category,
        filter.status.map(|s| s.as_str().to_owned()),
        filter.text,
        Some(filter.sort.as_str().to_owned()),
        Some(filter.page.to_string()),
        after,
        before,
    )
    .await
}
