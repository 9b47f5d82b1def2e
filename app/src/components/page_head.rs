//! The head of every page: its title, a description, whether search engines may index it, and the
//! Atom feed of what it shows (the city's, unless the page is about a wijk or an idea).
//!
//! Every page writes exactly these four, in this order, so that the `<head>` of every page has the
//! same shape: the islands router patches the old head with the new one node by node, and a page
//! with one element more or less there would stop the patch before it reaches the body.

use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_meta::{Link, Meta, Title};

#[component]
pub fn PageHead(
    #[prop(into)] title: String,
    #[prop(optional, into)] description: Option<String>,
    #[prop(optional)] noindex: bool,
    /// The feed of what the page shows (`routes::ward_feed`, `routes::idea_feed`).
    #[prop(optional, into)]
    feed: Option<String>,
) -> impl IntoView {
    let description = description.unwrap_or_else(|| t(Msg::AppTagline).to_owned());
    let feed = feed.unwrap_or_else(|| crate::routes::CITY_FEED.to_owned());
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
        <Meta name="robots" content=if noindex { "noindex" } else { "index, follow" }/>
        <Link rel="alternate" type_="application/atom+xml" title=t(Msg::FeedLinkTitle) href=feed/>
    }
}
