//! Who is logged in, shared by the header and the pages. The account actions live here too, so that
//! logging in, registering or out refreshes everything that depends on the session.

use crate::api::auth::{who_am_i, Login, Logout, Register};
use crate::api::notifications::unread_notifications;
use crate::domain::views::CurrentUser;
use crate::error::AppError;
use leptos::prelude::*;

#[derive(Clone, Copy)]
pub struct Session {
    pub login: ServerAction<Login>,
    pub register: ServerAction<Register>,
    pub logout: ServerAction<Logout>,
    pub user: Resource<Result<Option<CurrentUser>, AppError>>,
    /// The number in the header's bell.
    pub unread: Resource<Result<i64, AppError>>,
}

pub fn provide_session() {
    let login = ServerAction::<Login>::new();
    let register = ServerAction::<Register>::new();
    let logout = ServerAction::<Logout>::new();
    let user = Resource::new(
        move || {
            (
                login.version().get(),
                register.version().get(),
                logout.version().get(),
            )
        },
        |_| who_am_i(),
    );
    let unread = Resource::new(
        move || {
            (
                login.version().get(),
                register.version().get(),
                logout.version().get(),
            )
        },
        |_| unread_notifications(),
    );
    provide_context(Session {
        login,
        register,
        logout,
        user,
        unread,
    });
}

pub fn use_session() -> Session {
    expect_context::<Session>()
}
