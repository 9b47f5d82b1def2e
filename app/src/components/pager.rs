//! "Vorige · Pagina 2 van 5 · Volgende": plain links that keep the filter, so paging works without
//! JavaScript and every page has its own address. The links carry the keyset cursor of the page's
//! first or last idea (see `domain::filter`), so a deep page costs what the first does.

use crate::domain::filter::{IdeaFilter, ListKey};
use crate::i18n::{fill, t, Msg};
use leptos::prelude::*;

/// `edges`: the keys of the page's first and last idea (none on an empty page).
#[component]
pub fn Pager(
    filter: IdeaFilter,
    page: i64,
    page_count: i64,
    edges: Option<(ListKey, ListKey)>,
) -> impl IntoView {
    if page_count <= 1 {
        return ().into_any();
    }
    let href = |target: IdeaFilter| {
        let query = target.to_query();
        if query.is_empty() {
            "/".to_owned()
        } else {
            format!("/?{query}")
        }
    };
    let current = IdeaFilter { page, ..filter };
    let previous_target = match edges {
        Some((first, _)) => current.previous_page(first),
        None => current.with_page(page - 1),
    };
    let next_target = match edges {
        Some((_, last)) => current.next_page(last),
        None => current.with_page(page + 1),
    };
    let previous = (page > 1).then(
        || view! { <a href=href(previous_target) rel="prev" class="button">{t(Msg::PagePrevious)}</a> },
    );
    let next = (page < page_count).then(|| view! { <a href=href(next_target) rel="next" class="button" data-testid="page-next">{t(Msg::PageNext)}</a> });
    view! {
        <nav class="pager" aria-label=t(Msg::PagerLabel)>
            {previous}
            <span aria-current="page">{fill(Msg::PageOf, &[("page", &crate::i18n::number(page)), ("count", &crate::i18n::number(page_count))])}</span>
            {next}
        </nav>
    }
    .into_any()
}
