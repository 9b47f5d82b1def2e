//! "Bestaat dit idee al?": while a resident types a title, ideas within 500 m with a similar title are
//! shown, so they can support an existing idea instead of posting it twice. Asked for 400 ms after the
//! last keystroke; only in the browser (an Effect, no resource), and never in the way: the hint is a
//! polite live region beside the form.

use crate::api::ideas::similar_ideas;
use crate::domain::views::SimilarIdea;
use crate::i18n::{counted, fill, t, Msg};
use crate::routes;
use leptos::prelude::*;

/// What the hint looks at: the title as typed, the pin, and the chosen buurt.
#[derive(Clone, Copy)]
pub struct SimilarInputs {
    pub title: RwSignal<String>,
    pub pin: RwSignal<Option<(f64, f64)>>,
    pub buurt: RwSignal<String>,
}

impl SimilarInputs {
    pub fn new(pin: RwSignal<Option<(f64, f64)>>) -> Self {
        Self {
            title: RwSignal::new(String::new()),
            pin,
            buurt: RwSignal::new(String::new()),
        }
    }
}

#[component]
pub fn SimilarIdeasHint(inputs: SimilarInputs) -> impl IntoView {
    let found = RwSignal::new(Vec::<SimilarIdea>::new());
    let generation = StoredValue::new(0_u64);
    Effect::new(move |_| {
        let title = inputs.title.get();
        let pin = inputs.pin.get();
        let buurt = inputs.buurt.get();
        generation.update_value(|g| *g += 1);
        let mine = generation.get_value();
        leptos::task::spawn_local(async move {
            #[cfg(feature = "hydrate")]
            gloo_timers::future::TimeoutFuture::new(400).await;
            // The form may be gone by now (the page changed): then there is nothing to update.
            if generation.try_get_value() != Some(mine) {
                return;
            }
            let (lat, lng) = pin
                .map(|(lat, lng)| (lat.to_string(), lng.to_string()))
                .unwrap_or_default();
            let result = similar_ideas(title, lat, lng, buurt).await.unwrap_or_default();
            if generation.try_get_value() == Some(mine) {
                found.try_set(result);
            }
        });
    });
    view! {
        <div aria-live="polite" class="similar-ideas-region">
            {move || {
                let list = found.get();
                (!list.is_empty()).then(|| view! {
                    <div class="notice similar-ideas" data-testid="similar-ideas">
                        <h3>{t(Msg::SimilarTitle)}</h3>
                        <p>{t(Msg::SimilarIntro)}</p>
                        <ul>
                            {list.into_iter().map(|idea| view! {
                                <li>
                                    <a href=routes::idea(idea.id) dir="auto">{idea.title}</a>
                                    " · " {fill(Msg::SimilarDistance, &[("m", &idea.distance_m.to_string())])}
                                    " · " {counted(idea.support_count, Msg::SupportCount)}
                                </li>
                            }).collect_view()}
                        </ul>
                    </div>
                })
            }}
        </div>
    }
}
