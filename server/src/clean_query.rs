//! A page's address without empty parameters. A filter form without JavaScript sends every field,
//! empty ones too (`/?wijk=&categorie=&status=&zoek=bankje`); such an address is sent on, once, to the
//! same page with only the parameters that say something (`/?zoek=bankje`), so what people share,
//! bookmark and see in their history is short, and one page has one address (and one kept copy).

use axum::extract::Request;
use axum::http::{header, Method, StatusCode};
use axum::middleware::Next;
use axum::response::{IntoResponse, Response};

/// The query without empty parameters, or `None` when it has none to drop.
pub fn without_empty(query: &str) -> Option<String> {
    let kept: Vec<&str> = query
        .split('&')
        .filter(|pair| !pair.is_empty())
        .filter(|pair| pair.split_once('=').is_some_and(|(_, value)| !value.is_empty()))
        .collect();
    let dropped = query.split('&').count() != kept.len();
    dropped.then(|| kept.join("&"))
}

pub async fn drop_empty(request: Request, next: Next) -> Response {
    let is_page = request.method() == Method::GET && !request.uri().path().starts_with("/api/");
    if let (true, Some(query)) = (is_page, request.uri().query()) {
        if let Some(clean) = without_empty(query) {
            let path = request.uri().path();
            let target = if clean.is_empty() {
                path.to_owned()
            } else {
                format!("{path}?{clean}")
            };
            return (StatusCode::SEE_OTHER, [(header::LOCATION, target)]).into_response();
        }
    }
    next.run(request).await
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_parameters_that_say_something_stay() {
        assert_eq!(
            without_empty("wijk=&categorie=&zoek=bankje").as_deref(),
            Some("zoek=bankje")
        );
        assert_eq!(without_empty("wijk=&status=").as_deref(), Some(""));
        assert_eq!(
            without_empty("zoek=bank&&sorteer=steun").as_deref(),
            Some("zoek=bank&sorteer=steun")
        );
        assert_eq!(without_empty("welkom").as_deref(), Some(""));
        assert_eq!(without_empty("zoek=bank&pagina=2"), None, "nothing to drop");
    }
}
