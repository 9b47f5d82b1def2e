//! Server functions that change anything refuse requests from other sites.

use crate::both_engines;
use crate::helpers::PASSWORD;

both_engines!(
    cross_site_posts_are_refused,
    |app: crate::helpers::TestApp| async move {
        let form = [
            ("email", "eva@example.nl"),
            ("display_name", "Eva"),
            ("password", PASSWORD),
        ];
        let by_origin = app
            .client
            .post(app.url("/api/account/register"))
            .header("Origin", "https://evil.example")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(by_origin.status(), 403);
        let by_fetch_site = app
            .client
            .post(app.url("/api/account/register"))
            .header("Sec-Fetch-Site", "cross-site")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(by_fetch_site.status(), 403);
        assert_eq!(app.count("users").await, 0, "nothing stored");

        let same_origin = app
            .client
            .post(app.url("/api/account/register"))
            .header("Origin", app.base.clone())
            .header("Sec-Fetch-Site", "same-origin")
            .form(&form)
            .send()
            .await
            .unwrap();
        assert_eq!(same_origin.status(), 200);
        // Reading public data from elsewhere is fine.
        let read = app
            .client
            .get(app.url("/api/ideas/list"))
            .header("Sec-Fetch-Site", "cross-site")
            .send()
            .await
            .unwrap();
        assert_eq!(read.status(), 200);
    }
);
