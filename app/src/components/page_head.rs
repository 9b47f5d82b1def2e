//! The head of every page: its title, a description and whether search engines may index it.
//!
//! Every page writes exactly these three, in this order, so that the `<head>` of every page has the
//! same shape: the islands router patches the old head with the new one node by node, and a page
//! with one element more or less there would stop the patch before it reaches the body.

use crate::i18n::{t, Msg};
use leptos::prelude::*;
use leptos_meta::{Meta, Title};

#[component]
pub fn PageHead(
    #[prop(into)] title: String,
    #[prop(optional, into)] description: Option<String>,
    #[prop(optional)] noindex: bool,
) -> impl IntoView {
    let description = description.unwrap_or_else(|| t(Msg::AppTagline).to_owned());
    view! {
        <Title text=title/>
        <Meta name="description" content=description/>
        <Meta name="robots" content=if noindex { "noindex" } else { "index, follow" }/>
    }
}
