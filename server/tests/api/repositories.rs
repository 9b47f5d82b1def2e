//! Every repository function, on both engines, without HTTP.

use crate::both_engines;
use crate::helpers::TestApp;
use app::db;
use app::domain::{Coordinates, DisplayName, Email, IdeaDescription, IdeaTitle, WardCode};

both_engines!(users_sessions_and_failures, |app: TestApp| async move {
    let pool = &app.pool;
    let email = Email::parse("repo@example.nl").unwrap();
    let id = db::users::create(pool, &email, &DisplayName::parse("Repo").unwrap(), "hash")
        .await
        .unwrap();
    let twice = db::users::create(pool, &email, &DisplayName::parse("Twee").unwrap(), "hash").await;
    assert!(
        matches!(twice, Err(db::users::CreateUserError::EmailTaken)),
        "{twice:?}"
    );
    let user = db::users::find_by_email(pool, &email).await.unwrap().unwrap();
    assert_eq!(
        (user.id, user.display_name.as_str(), user.password_hash.as_str()),
        (id, "Repo", "hash")
    );
    db::users::set_password_hash(pool, id, "nieuw").await.unwrap();
    assert_eq!(
        db::users::find_by_email(pool, &email)
            .await
            .unwrap()
            .unwrap()
            .password_hash,
        "nieuw"
    );
    assert_eq!(db::users::count(pool).await.unwrap(), 1);

    db::sessions::create(pool, "token-hash", id).await.unwrap();
    assert_eq!(
        db::sessions::find_user(pool, "token-hash")
            .await
            .unwrap()
            .unwrap()
            .user_id,
        id
    );
    assert!(db::sessions::find_user(pool, "other").await.unwrap().is_none());
    sqlx::query("UPDATE sessions SET expires_at = 1")
        .execute(pool)
        .await
        .unwrap();
    assert!(
        db::sessions::find_user(pool, "token-hash")
            .await
            .unwrap()
            .is_none(),
        "expired sessions do not count"
    );
    assert_eq!(db::sessions::delete_expired(pool).await.unwrap(), 1);
    db::sessions::create(pool, "again", id).await.unwrap();
    db::sessions::delete(pool, "again").await.unwrap();
    assert!(db::sessions::find_user(pool, "again").await.unwrap().is_none());

    db::login_failures::record(pool, "repo@example.nl").await.unwrap();
    db::login_failures::record(pool, "repo@example.nl").await.unwrap();
    assert_eq!(
        db::login_failures::count_since(pool, "repo@example.nl", 0)
            .await
            .unwrap(),
        2
    );
    assert_eq!(
        db::login_failures::count_since(pool, "repo@example.nl", db::now() + 10)
            .await
            .unwrap(),
        0
    );
    db::login_failures::clear(pool, "repo@example.nl").await.unwrap();
    assert_eq!(
        db::login_failures::count_since(pool, "repo@example.nl", 0)
            .await
            .unwrap(),
        0
    );
});

both_engines!(wards_and_categories, |app: TestApp| async move {
    let pool = &app.pool;
    let categories = db::categories::list(pool).await.unwrap();
    let slugs: Vec<&str> = categories.iter().map(|c| c.slug.as_str()).collect();
    assert_eq!(
        slugs,
        [
            "groen",
            "spelen",
            "verkeer-en-veiligheid",
            "ontmoeten",
            "schoon-en-heel",
            "cultuur",
            "anders"
        ]
    );
    assert!(db::categories::exists(pool, "spelen").await.unwrap());
    assert!(!db::categories::exists(pool, "zwemmen").await.unwrap());

    // Every buurt's interior point lies in that buurt and in its wijk.
    for option in db::wards::buurt_options(pool).await.unwrap() {
        let code = WardCode::parse(&option.code).unwrap();
        let at = db::wards::interior_point(pool, &code).await.unwrap().unwrap();
        let found = db::wards::locate(pool, at).await.unwrap().unwrap();
        assert_eq!(found.buurt.as_ref(), Some(&code), "{}", option.name);
        assert_eq!(found.wijk, code.wijk(), "{}", option.name);
    }
    assert_eq!(
        db::wards::locate(pool, Coordinates::parse(52.3731, 4.8922).unwrap())
            .await
            .unwrap(),
        None
    );
    let row = db::wards::find(pool, &WardCode::parse("WK051829").unwrap())
        .await
        .unwrap()
        .unwrap();
    assert_eq!(
        (row.level.as_str(), row.name.as_str()),
        ("wijk", "Schildersbuurt")
    );
    assert_eq!(db::wards::wijken_with_counts(pool).await.unwrap().len(), 44);
    let buurten = db::wards::buurten_with_counts(pool, &WardCode::parse("WK051829").unwrap())
        .await
        .unwrap();
    assert_eq!(buurten.len(), 3);
    assert_eq!(
        db::wards::outlines(pool, app::domain::WardLevel::Buurt, None)
            .await
            .unwrap()
            .len(),
        114
    );
});

both_engines!(ideas_insert_list_find, |app: TestApp| async move {
    let pool = &app.pool;
    let author = db::users::create(
        pool,
        &Email::parse("a@example.nl").unwrap(),
        &DisplayName::parse("Auteur").unwrap(),
        "h",
    )
    .await
    .unwrap();
    let buurt = WardCode::parse("BU05182916").unwrap();
    let at = db::wards::interior_point(pool, &buurt).await.unwrap().unwrap();
    let location = db::wards::locate(pool, at).await.unwrap().unwrap();
    let new = db::ideas::NewIdea {
        title: IdeaTitle::parse("Speelplek opknappen").unwrap(),
        description: IdeaDescription::parse("Het klimrek is kapot.").unwrap(),
        category: "spelen".into(),
        at,
        location,
        author_id: author,
    };
    let older = db::ideas::insert_at(pool, &new, 1_000).await.unwrap();
    let newer = db::ideas::insert(pool, &new).await.unwrap();
    let list = db::ideas::list(pool).await.unwrap();
    assert_eq!(list.iter().map(|i| i.id).collect::<Vec<_>>(), [newer, older]);
    assert_eq!(list[0].buurt_name.as_deref(), Some("Schildersbuurt-Noord"));
    assert_eq!(list[0].category_name, "Spelen");
    let schilderswijk = WardCode::parse("WK051829").unwrap();
    let in_wijk = db::ideas::list_in_wijk(pool, &schilderswijk, 10).await.unwrap();
    assert_eq!(in_wijk.len(), 2);
    assert_eq!(
        db::ideas::list_in_wijk(pool, &schilderswijk, 1).await.unwrap()[0].id,
        newer
    );
    assert_eq!(db::ideas::count_in_wijk(pool, &schilderswijk).await.unwrap(), 2);
    let empty = WardCode::parse("WK051801").unwrap();
    assert!(db::ideas::list_in_wijk(pool, &empty, 10)
        .await
        .unwrap()
        .is_empty());
    assert_eq!(db::ideas::count_in_wijk(pool, &empty).await.unwrap(), 0);
    let detail = db::ideas::find(pool, older).await.unwrap().unwrap();
    assert_eq!(
        (detail.author_name.as_str(), detail.summary.created_at),
        ("Auteur", 1_000)
    );
    assert!(db::ideas::find(pool, 987_654).await.unwrap().is_none());
    assert_eq!(db::ideas::count(pool).await.unwrap(), 2);
    assert_eq!(db::ideas::count_by_author(pool, author).await.unwrap(), 2);
    let counts = db::wards::wijken_with_counts(pool).await.unwrap();
    assert_eq!(
        counts.iter().find(|w| w.code == "WK051829").unwrap().idea_count,
        2
    );
});
