//! "Vorige · Pagina 2 van 5 · Volgende": plain links that keep the filter, so paging works without
//! JavaScript and every page has its own address.

use crate::domain::filter::IdeaFilter;
use crate::i18n::{fill, t, Msg};
use leptos::prelude::*;

#[component]
pub fn Pager(filter: IdeaFilter, page: i64, page_count: i64) -> impl IntoView {
    if page_count <= 1 {
        return ().into_any();
    }
    let href = |n: i64| {
        let query = filter.with_page(n).to_query();
        if query.is_empty() {
            "/".to_owned()
        } else {
            format!("/?{query}")
        }
    };
    let previous = (page > 1)
        .then(|| view! { <a href=href(page - 1) rel="prev" class="button">{t(Msg::PagePrevious)}</a> });
    let next = (page < page_count).then(|| view! { <a href=href(page + 1) rel="next" class="button" data-testid="page-next">{t(Msg::PageNext)}</a> });
    view! {
        <nav class="pager" aria-label=t(Msg::PagerLabel)>
            {previous}
            <span aria-current="page">{fill(Msg::PageOf, &[("page", &page.to_string()), ("count", &page_count.to_string())])}</span>
            {next}
        </nav>
    }
    .into_any()
}
