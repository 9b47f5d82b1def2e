//! Atom feeds (RFC 4287) of what happens to ideas: new ideas and status changes, for the city
//! (`/feeds/stad.atom`), a wijk (`/feeds/wijken/{code}.atom`) and one idea
//! (`/feeds/ideeen/{id}.atom`). Every page links the feed of what it shows
//! (`<link rel="alternate" type="application/atom+xml">`, see `PageHead`).
//!
//! Titles are worded in the reader's language (a feed reader sends `Accept-Language`); what people
//! wrote stays as they wrote it. Every feed and entry has the id, title, updated and link the RFC
//! requires, and the feed names the publisher as its author, so no entry needs a person's name: a
//! resident who posts an idea is never named.

use super::conditional::{refusal_headers, Freshness};
use super::formats::{idea_url, xml_escape};
use app::db::open_data::{feed, FeedEvent, FeedScope};
use app::domain::records::TimelineKind;
use app::domain::time::rfc3339;
use app::domain::Status;
use app::i18n::{fill, in_locale, t, Locale, Msg};
use app::state::AppState;
use app::timeline_words::{timeline_words, TimelineFacts};
use axum::extract::{Path, State};
use axum::http::{header, HeaderMap, HeaderValue, StatusCode};
use axum::response::{IntoResponse, Response};
use axum::Extension;
use std::fmt::Write as _;

/// Entries a feed holds: readers poll, so the newest are what counts.
const ENTRIES: i64 = 50;
const CACHE_CONTROL: &str = "public, max-age=300";
const CONTENT_TYPE: &str = "application/atom+xml; charset=utf-8";

/// The feed's address on this site.
pub fn feed_path(scope: &FeedScope) -> String {
    match scope {
        FeedScope::City => app::routes::CITY_FEED.to_owned(),
        FeedScope::Wijk(code) => app::routes::ward_feed(code),
        FeedScope::Idea(id) => app::routes::idea_feed(*id),
    }
}

pub async fn city(state: State<AppState>, locale: Extension<Locale>, headers: HeaderMap) -> Response {
    let title = in_locale(locale.0, || {
        fill(Msg::FeedCityTitle, &[("publisher", &state.config.publisher)])
    });
    answer(state, locale, headers, FeedScope::City, title).await
}

pub async fn wijk(
    state: State<AppState>,
    locale: Extension<Locale>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(code) = file
        .strip_suffix(".atom")
        .and_then(|c| app::domain::WardCode::parse(c).ok())
    else {
        return not_found();
    };
    match app::db::wards::find(&state.pool, &code).await {
        Ok(Some(ward)) if ward.level == app::domain::WardLevel::Wijk.as_str() => {
            let title = in_locale(locale.0, || fill(Msg::FeedWijkTitle, &[("wijk", &ward.name)]));
            answer(state, locale, headers, FeedScope::Wijk(ward.code), title).await
        }
        Ok(_) => not_found(),
        Err(e) => failed(e),
    }
}

pub async fn idea(
    state: State<AppState>,
    locale: Extension<Locale>,
    headers: HeaderMap,
    Path(file): Path<String>,
) -> Response {
    let Some(id) = file.strip_suffix(".atom").and_then(|n| n.parse::<i64>().ok()) else {
        return not_found();
    };
    // A hidden or unknown idea has no feed (and says no more than that).
    match app::db::open_data::one(&state.pool, id).await {
        Ok(Some(idea)) => {
            let title = in_locale(locale.0, || fill(Msg::FeedIdeaTitle, &[("title", &idea.title)]));
            answer(state, locale, headers, FeedScope::Idea(id), title).await
        }
        Ok(None) => not_found(),
        Err(e) => failed(e),
    }
}

fn not_found() -> Response {
    (
        StatusCode::NOT_FOUND,
        refusal_headers("text/plain; charset=utf-8"),
        "no such feed\n",
    )
        .into_response()
}

fn failed(e: sqlx::Error) -> Response {
    tracing::error!(error = %e, "building a feed");
    StatusCode::INTERNAL_SERVER_ERROR.into_response()
}

async fn answer(
    State(state): State<AppState>,
    Extension(locale): Extension<Locale>,
    headers: HeaderMap,
    scope: FeedScope,
    title: String,
) -> Response {
    let (version, changed_at) = match app::db::data_version::with_time(&state.pool).await {
        Ok(found) => found,
        Err(e) => return failed(e),
    };
    let site = state
        .config
        .site_address(headers.get(header::HOST).and_then(|h| h.to_str().ok()));
    let key = format!("{scope:?}|{}|{site}", locale.tag());
    let freshness = Freshness::new("feed", version, &key, Some(changed_at), CACHE_CONTROL);
    let mut answer_headers = freshness.headers();
    answer_headers.insert(header::VARY, HeaderValue::from_static("Accept-Language, Cookie"));
    if freshness.unchanged_for(&headers) {
        return (StatusCode::NOT_MODIFIED, answer_headers).into_response();
    }
    let events = match feed(&state.pool, &scope, ENTRIES).await {
        Ok(events) => events,
        Err(e) => return failed(e),
    };
    let feed = Feed {
        site: &site,
        scope: &scope,
        title: &title,
        publisher: &state.config.publisher,
        locale,
        changed_at,
    };
    answer_headers.insert(header::CONTENT_TYPE, HeaderValue::from_static(CONTENT_TYPE));
    (
        StatusCode::OK,
        answer_headers,
        in_locale(locale, || feed.write(&events)),
    )
        .into_response()
}

struct Feed<'a> {
    site: &'a str,
    scope: &'a FeedScope,
    title: &'a str,
    publisher: &'a str,
    locale: Locale,
    changed_at: i64,
}

impl Feed<'_> {
    /// The page the feed is about.
    fn page(&self) -> String {
        let path = match self.scope {
            FeedScope::City => app::routes::HOME.to_owned(),
            FeedScope::Wijk(code) => app::routes::ward(code),
            FeedScope::Idea(id) => app::routes::idea(*id),
        };
        format!("{}{path}", self.site)
    }

    fn write(&self, events: &[FeedEvent]) -> String {
        let self_url = format!("{}{}", self.site, feed_path(self.scope));
        let updated = events.first().map_or(self.changed_at, |e| e.at);
        let mut out = String::with_capacity(1024 + events.len() * 800);
        out.push_str("<?xml version=\"1.0\" encoding=\"utf-8\"?>\n");
        let _ = write!(
            out,
            "<feed xmlns=\"http://www.w3.org/2005/Atom\" xml:lang=\"{lang}\">\n\
             <id>{id}</id>\n<title>{title}</title>\n<updated>{updated}</updated>\n\
             <link rel=\"self\" type=\"application/atom+xml\" href=\"{id}\"/>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n\
             <author><name>{publisher}</name><uri>{site}/</uri></author>\n\
             <generator uri=\"{site}/open-data\">Wijkidee</generator>\n",
            lang = self.locale.tag(),
            id = xml_escape(&self_url),
            title = xml_escape(self.title),
            updated = rfc3339(updated),
            page = xml_escape(&self.page()),
            publisher = xml_escape(self.publisher),
            site = xml_escape(self.site),
        );
        for event in events {
            self.write_entry(&mut out, event);
        }
        out.push_str("</feed>\n");
        out
    }

    /// A progress row in words, as the idea's timeline says it, by the function of who did it, with
    /// the update's text or the percentage's reason below.
    fn progress_content(&self, event: &FeedEvent, kind: TimelineKind) -> String {
        let facts = TimelineFacts {
            kind,
            previous_lead: None,
            milestone_title: event.milestone_title.as_deref(),
            old_date: event.old_date.as_deref(),
            new_date: event.new_date.as_deref(),
            percent: event.percent,
        };
        let mut content = match event.actor_role.as_deref().filter(|r| !r.is_empty()) {
            Some(role) => format!(
                "{}: {}",
                app::wording::function_key_label(role),
                timeline_words(facts)
            ),
            None => timeline_words(facts),
        };
        if let Some(text) = event.explanation.as_deref().filter(|w| !w.trim().is_empty()) {
            content.push_str("\n\n");
            content.push_str(text);
        }
        content
    }

    fn write_entry(&self, out: &mut String, event: &FeedEvent) {
        let page = idea_url(self.site, event.idea_id);
        let progress = event
            .kind
            .as_deref()
            .and_then(TimelineKind::parse)
            .filter(|k| *k != TimelineKind::Status);
        let (id, title, content, category) =
            match (progress, event.to_status.as_deref().and_then(Status::parse)) {
                (Some(kind), _) => (
                    format!("{page}#gebeurtenis-{}", event.event_id),
                    fill(Msg::FeedProgressEntry, &[("title", &event.title)]),
                    self.progress_content(event, kind),
                    Status::parse(&event.idea_status).unwrap_or(Status::InUitvoering),
                ),
                (None, Some(to)) => {
                    let status_word =
                        |s: Option<&str>| s.and_then(Status::parse).map(|s| t(s.label())).unwrap_or("");
                    let mut content = fill(
                        Msg::FeedStatusContent,
                        &[
                            ("from", status_word(event.from_status.as_deref())),
                            ("to", t(to.label())),
                        ],
                    );
                    if let Some(role) = event.actor_role.as_deref().filter(|r| !r.is_empty()) {
                        content.push(' ');
                        content.push_str(&fill(
                            Msg::FeedStatusBy,
                            &[("role", &app::wording::function_key_label(role))],
                        ));
                    }
                    if let Some(why) = event.explanation.as_deref().filter(|w| !w.trim().is_empty()) {
                        content.push_str("\n\n");
                        content.push_str(why);
                    }
                    (
                        format!("{page}#gebeurtenis-{}", event.event_id),
                        fill(
                            Msg::FeedStatusChanged,
                            &[("title", &event.title), ("status", t(to.label()))],
                        ),
                        content,
                        to,
                    )
                }
                (None, None) => (
                    page.clone(),
                    fill(Msg::FeedSubmitted, &[("title", &event.title)]),
                    event.description.clone(),
                    Status::Ingediend,
                ),
            };
        let _ = write!(
            out,
            "<entry>\n<id>{id}</id>\n<title>{title}</title>\n<updated>{at}</updated>\n<published>{at}</published>\n\
             <link rel=\"alternate\" type=\"text/html\" href=\"{page}\"/>\n\
             <category term=\"{category}\" label=\"{category_label}\"/>\n\
             <content type=\"text\">{content}</content>\n</entry>\n",
            id = xml_escape(&id),
            title = xml_escape(&title),
            at = rfc3339(event.at),
            page = xml_escape(&page),
            category = category.as_str(),
            category_label = xml_escape(t(category.label())),
            content = xml_escape(&content),
        );
    }
}
