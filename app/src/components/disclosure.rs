//! A `<details>` tool whose open state lives outside it. The professionals' panel is rebuilt when
//! its data reloads after an action; a plain `<details>` would then snap shut under the hand of
//! someone who had just opened it. Here the state survives the rebuild: which tool is open is kept
//! in a signal owned by the page, and an action that succeeded folds the tools away.

use leptos::prelude::*;

/// Which of a panel's tools is open, if any (by name).
pub type OpenTool = RwSignal<Option<&'static str>>;

#[component]
pub fn Disclosure(
    /// Names this tool among the panel's tools.
    name: &'static str,
    open: OpenTool,
    summary: &'static str,
    children: Children,
) -> impl IntoView {
    let details = NodeRef::<leptos::html::Details>::new();
    let on_toggle = move |_| {
        let Some(details) = details.get_untracked() else {
            return;
        };
        if details.open() {
            open.set(Some(name));
        } else if open.get_untracked() == Some(name) {
            open.set(None);
        }
    };
    view! {
        <details class="comment-tool" node_ref=details prop:open=move || open.get() == Some(name) on:toggle=on_toggle>
            <summary>{summary}</summary>
            {children()}
        </details>
    }
}
