//! On `/beheer`: the invitations not yet used, with who invited whom, when and until when, and a
//! button to revoke each (its link then says it was revoked). Plain forms: no JavaScript needed.

use crate::api::invitations::{list_invitations, RevokeInvitation};
use crate::domain::time::iso_date;
use crate::i18n::{fill, t, Locale, Msg};
use crate::wording::{format_date, work_words};
use leptos::prelude::*;

#[component]
pub fn InvitationsSection() -> impl IntoView {
    let revoke = ServerAction::<RevokeInvitation>::new();
    let open = Resource::new(move || revoke.version().get(), |_| list_invitations());
    view! {
        <Suspense fallback=|| ()>
            {move || Suspend::new(async move {
                open.await.ok().map(|list| view! {
                    <section class="panel" aria-labelledby="invitations-heading" data-testid="open-invitations">
                        <h2 id="invitations-heading">{t(Msg::AdminOpenInvitations)}</h2>
                        {move || revoke.value().get().map(|r| match r {
                            Ok(()) => view! { <p class="notice notice-success" role="status">{t(Msg::AdminInvitationRevoked)}</p> }.into_any(),
                            Err(e) => view! { <p class="notice notice-error" role="alert">{e.to_string()}</p> }.into_any(),
                        })}
                        {if list.is_empty() {
                            view! { <p class="muted">{t(Msg::AdminNoOpenInvitations)}</p> }.into_any()
                        } else {
                            view! {
                                <ul class="invitation-list">
                                    {list.into_iter().map(|v| view! {
                                        <li data-testid="open-invitation">
                                            <p><strong>{v.email}</strong> " · " {work_words(&v.work)}</p>
                                            <p class="muted">
                                                {fill(Msg::AdminInvitedBy, &[("name", &v.invited_by.unwrap_or_else(|| "–".into()))])} " "
                                                <time datetime=iso_date(v.created_at)>{format_date(v.created_at)}</time> " · "
                                                {t(Msg::AdminInvitationUntil)} " "
                                                <time datetime=iso_date(v.expires_at)>{format_date(v.expires_at)}</time> " · "
                                                {t(Msg::AdminInvitationLanguage)} " "
                                                <bdi lang=v.language.clone() data-testid="invitation-language">
                                                    {Locale::parse(&v.language).map_or(v.language.clone(), |l| l.native_name().to_owned())}
                                                </bdi>
                                            </p>
                                            <ActionForm action=revoke attr:class="inline-form" attr:data-done=t(Msg::AdminInvitationRevoked)>
                                                <input type="hidden" name="id" value=v.id.to_string()/>
                                                <button type="submit" class="button button-quiet">{t(Msg::AdminRevokeInvitation)}</button>
                                            </ActionForm>
                                        </li>
                                    }).collect_view()}
                                </ul>
                            }.into_any()
                        }}
                    </section>
                })
            })}
        </Suspense>
    }
}
