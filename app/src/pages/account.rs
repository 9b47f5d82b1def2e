//! `/inloggen` and `/registreren`. Both are plain forms that work without JavaScript.

use crate::components::field::{field_error, form_error, Field};
use crate::components::page_head::PageHead;
use crate::components::session::use_session;
use crate::error::AppError;
use crate::i18n::{t, Msg};
use crate::routes;
use leptos::prelude::*;

fn general_error(error: Signal<Option<AppError>>) -> impl Fn() -> Option<String> + Copy {
    move || error.get().filter(|e| e.field.is_none()).map(|e| e.to_string())
}

#[component]
pub fn LoginPage() -> impl IntoView {
    let login = use_session().login;
    let error = form_error(move || login.value().get());
    let general = general_error(error);
    view! {
        <PageHead title=t(Msg::LoginTitle)/>
        <div class="page narrow">
            <h1>{t(Msg::LoginTitle)}</h1>
            <p class="notice notice-error" role="alert" hidden=move || general().is_none()>{general}</p>
            <ActionForm action=login attr:class="form panel">
                <Field id="login-email" label=t(Msg::FieldEmail) error=field_error(error, "email")>
                    <input id="login-email" name="email" type="email" autocomplete="email" required aria-describedby="login-email-error"/>
                </Field>
                <Field id="login-password" label=t(Msg::FieldPassword) error=field_error(error, "password")>
                    <input id="login-password" name="password" type="password" autocomplete="current-password" required aria-describedby="login-password-error"/>
                </Field>
                <button type="submit" class="button button-primary">{t(Msg::SubmitLogin)}</button>
            </ActionForm>
            <p>{t(Msg::NoAccountYet)} " " <a href=routes::REGISTER>{t(Msg::NavRegister)}</a></p>
        </div>
    }
}

#[component]
pub fn RegisterPage() -> impl IntoView {
    let register = use_session().register;
    let error = form_error(move || register.value().get());
    let general = general_error(error);
    view! {
        <PageHead title=t(Msg::RegisterTitle)/>
        <div class="page narrow">
            <h1>{t(Msg::RegisterTitle)}</h1>
            <p>{t(Msg::RegisterIntro)}</p>
            <p class="notice notice-error" role="alert" hidden=move || general().is_none()>{general}</p>
            <ActionForm action=register attr:class="form panel">
                <Field id="register-email" label=t(Msg::FieldEmail) error=field_error(error, "email")>
                    <input id="register-email" name="email" type="email" autocomplete="email" required aria-describedby="register-email-error"/>
                </Field>
                <Field id="register-name" label=t(Msg::FieldDisplayName) hint=t(Msg::FieldDisplayNameHint) error=field_error(error, "display_name")>
                    <input id="register-name" name="display_name" type="text" autocomplete="nickname" required maxlength="60" aria-describedby="register-name-hint register-name-error"/>
                </Field>
                <Field id="register-password" label=t(Msg::FieldPassword) hint=t(Msg::FieldPasswordHint) error=field_error(error, "password")>
                    <input id="register-password" name="password" type="password" autocomplete="new-password" required minlength="10" aria-describedby="register-password-hint register-password-error"/>
                </Field>
                <button type="submit" class="button button-primary">{t(Msg::SubmitRegister)}</button>
            </ActionForm>
            <p>{t(Msg::HaveAccount)} " " <a href=routes::LOGIN>{t(Msg::NavLogin)}</a></p>
        </div>
    }
}
