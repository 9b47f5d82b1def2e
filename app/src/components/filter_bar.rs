//! The filter above the idea list: words, wijk, category, status and order. A GET form to `/`, so the
//! filter lands in the URL (shareable, bookmarkable) and works without JavaScript; with JavaScript the
//! router handles it without a page load. The list and the map both read the URL.

use crate::domain::filter::{IdeaFilter, Sort};
use crate::domain::views::{CategoryOption, WardSummary};
use crate::domain::Status;
use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;
use leptos_router::components::Form;

#[component]
pub fn FilterBar(
    filter: Memo<IdeaFilter>,
    wijken: Vec<WardSummary>,
    categories: Vec<CategoryOption>,
) -> impl IntoView {
    let sort_label = |s: Sort| match s {
        Sort::Newest => Msg::SortNewest,
        Sort::MostSupported => Msg::SortMostSupported,
        Sort::MostDiscussed => Msg::SortMostDiscussed,
    };
    view! {
        <section class="panel filter-bar" aria-labelledby="filter-heading">
            <h2 id="filter-heading" class="visually-hidden">{t(Msg::FilterTitle)}</h2>
            <Form method="get" action="/" noscroll=true>
                <div class="filter-grid">
                    <div class="field filter-search">
                        <label for="filter-zoek">{t(Msg::FilterSearch)}</label>
                        // An attribute, written into the page (a server component: `prop:` never reaches
                        // the HTML, and the words a visitor searched for would be gone from the field).
                        <input id="filter-zoek" name="zoek" type="search" maxlength="100"
                            value=filter.read_untracked().text.clone().unwrap_or_default()/>
                    </div>
                    <div class="field">
                        <label for="filter-wijk">{t(Msg::FilterWijk)}</label>
                        <select id="filter-wijk" name="wijk">
                            <option value="">{t(Msg::FilterAllWijken)}</option>
                            {wijken.into_iter().map(|w| {
                                let code = w.code.clone();
                                view! {
                                    <option value=w.code selected=move || filter.read().wijk.as_deref() == Some(code.as_str())>{w.name}</option>
                                }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-onderwerp">{t(Msg::FilterCategory)}</label>
                        <select id="filter-onderwerp" name="onderwerp">
                            <option value="">{t(Msg::FilterAllCategories)}</option>
                            {categories.into_iter().map(|c| {
                                let slug = c.slug.clone();
                                let label = crate::category_names::category_label(&c.slug, &c.name);
                                view! {
                                    <option value=c.slug selected=move || filter.read().category.as_deref() == Some(slug.as_str())>{label}</option>
                                }
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-status">{t(Msg::FilterStatus)}</label>
                        <select id="filter-status" name="status">
                            <option value="">{t(Msg::FilterAllStatuses)}</option>
                            {Status::ALL.into_iter().map(|s| view! {
                                <option value=s.as_str() selected=move || filter.read().status == Some(s)>{t(s.label())}</option>
                            }).collect_view()}
                        </select>
                    </div>
                    <div class="field">
                        <label for="filter-sorteer">{t(Msg::FilterSort)}</label>
                        <select id="filter-sorteer" name="sorteer">
                            {Sort::ALL.into_iter().map(|s| view! {
                                <option value=s.as_str() selected=move || filter.read().sort == s>{t(sort_label(s))}</option>
                            }).collect_view()}
                        </select>
                    </div>
                </div>
                <div class="filter-actions">
                    <button type="submit" class="button button-primary" data-testid="filter-apply">{t(Msg::FilterApply)}</button>
                    {move || filter.read().is_filtered().then(|| view! { <a href=routes::HOME class="button button-quiet">{t(Msg::FilterClear)}</a> })}
                </div>
            </Form>
        </section>
    }
}
