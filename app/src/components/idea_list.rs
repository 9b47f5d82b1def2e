//! The list of ideas beside the map: the same ideas the map shows, readable without the map.

use super::status_badge::StatusBadge;
use crate::domain::time::iso_date;
use crate::domain::views::IdeaSummary;
use crate::i18n::{counted, t, Msg};
use crate::routes;
use crate::wording::format_date;
use leptos::prelude::*;

#[component]
pub fn IdeaList(ideas: Vec<IdeaSummary>, #[prop(optional)] show_ward: Option<bool>) -> impl IntoView {
    let show_ward = show_ward.unwrap_or(true);
    if ideas.is_empty() {
        return view! { <p class="empty">{t(Msg::IdeaListEmpty)}</p> }.into_any();
    }
    view! {
        <ol class="idea-list" data-testid="idea-list">
            {ideas.into_iter().map(|idea| view! { <IdeaCard idea show_ward/> }).collect_view()}
        </ol>
    }
    .into_any()
}

#[component]
fn IdeaCard(idea: IdeaSummary, show_ward: bool) -> impl IntoView {
    let place = idea.place(show_ward);
    view! {
        <li class="idea-card">
            <h3 class="idea-card-title"><a href=routes::idea(idea.id) dir="auto">{idea.title}</a></h3>
            <p class="idea-card-meta">
                <StatusBadge status=idea.status/>
                <span class="tag">{crate::category_names::category_label(&idea.category, &idea.category_name)}</span>
                <span class="idea-card-place">{place}</span>
                <time datetime=iso_date(idea.created_at)>{format_date(idea.created_at)}</time>
            </p>
            <p class="idea-card-counts">
                <span data-testid="card-supports"><span aria-hidden="true">"♥ "</span>{counted(idea.support_count, Msg::SupportCount)}</span>
                <span><super::icons::SpeechIcon/>" "{counted(idea.comment_count, Msg::CommentCount)}</span>
            </p>
        </li>
    }
}
