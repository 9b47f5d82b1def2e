//! Wijken no professional covers, and who answers for them (see `domain::coverage`). A wijk is
//! covered while a professional or gemeente editor has it in their werkgebied; the answer is always
//! computed from the werkgebied table, so inviting someone for a wijk covers it at once.

use crate::domain::coverage::{Coverage, Responder};
use sqlx::AnyPool;

const OPEN: &str = "('ingediend', 'opgepakt', 'in_voorbereiding', 'in_uitvoering')";

/// `w` (a row of `wards`) is a wijk nobody covers.
pub(crate) const UNCOVERED: &str =
    "w.level = 'wijk' AND NOT EXISTS (SELECT 1 FROM werkgebied cg JOIN users cu ON cu.id = cg.user_id \
     WHERE cg.wijk_code = w.code AND cu.role IN ('professional', 'editor'))";

/// `u` (a row of `users`) answers for the uncovered wijken: named themselves, or of the named organisation.
pub(crate) const RESPONDS: &str =
    "u.role IN ('professional', 'editor') AND EXISTS (SELECT 1 FROM uncovered_responder r \
     WHERE r.user_id = u.id OR r.organisation_id = u.organisation_id)";

/// The wijken a professional answers for beyond their werkgebied: every uncovered wijk when they are
/// (of) the responder, none otherwise.
pub async fn answered_by(pool: &AnyPool, user_id: i64) -> Result<Vec<String>, sqlx::Error> {
    sqlx::query_scalar(sqlx::AssertSqlSafe(format!(
        "SELECT w.code FROM wards w JOIN users u ON u.id = $1 WHERE {UNCOVERED} AND {RESPONDS} ORDER BY w.code"
    )))
    .bind(user_id)
    .fetch_all(pool)
    .await
}

/// SQL for the wijken a professional works in or answers for, with the user id bound twice: as
/// `$first` and `$first + 1`.
pub(crate) fn scope_sql(first: usize) -> String {
    format!(
        "SELECT g.wijk_code FROM werkgebied g WHERE g.user_id = ${first} UNION \
         SELECT w.code FROM wards w JOIN users u ON u.id = ${} WHERE {UNCOVERED} AND {RESPONDS}",
        first + 1
    )
}

/// The wijken on a professional's workbench: their werkgebied (`false`), then the uncovered wijken
/// they answer for where open ideas wait (`true`), each by name.
pub async fn bench_wijken(pool: &AnyPool, user_id: i64) -> Result<Vec<(String, String, bool)>, sqlx::Error> {
    let rows: Vec<(String, String, i64)> = sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT w.code, w.name, CAST(0 AS BIGINT) AS uncovered FROM werkgebied g JOIN wards w ON w.code = g.wijk_code \
         WHERE g.user_id = $1 UNION ALL \
         SELECT w.code, w.name, CAST(1 AS BIGINT) FROM wards w JOIN users u ON u.id = $2 WHERE {UNCOVERED} AND {RESPONDS} \
         AND EXISTS (SELECT 1 FROM ideas i WHERE i.wijk_code = w.code AND i.hidden_at IS NULL AND i.status IN {OPEN}) \
         ORDER BY 3, 2, 1"
    )))
    .bind(user_id)
    .bind(user_id)
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(code, name, uncovered)| (code, name, uncovered == 1))
        .collect())
}

/// One uncovered wijk, with the open ideas waiting there.
#[derive(Debug, Clone, PartialEq, Eq, sqlx::FromRow)]
pub struct UncoveredWijk {
    pub code: String,
    pub name: String,
    pub open_ideas: i64,
}

/// Every uncovered wijk, those with the most open ideas first.
pub async fn uncovered_wijken(pool: &AnyPool) -> Result<Vec<UncoveredWijk>, sqlx::Error> {
    sqlx::query_as(sqlx::AssertSqlSafe(format!(
        "SELECT w.code, w.name, (SELECT COUNT(*) FROM ideas i WHERE i.wijk_code = w.code AND i.hidden_at IS NULL \
         AND i.status IN {OPEN}) AS open_ideas \
         FROM wards w WHERE {UNCOVERED} ORDER BY open_ideas DESC, w.name, w.code"
    )))
    .fetch_all(pool)
    .await
}

#[derive(sqlx::FromRow)]
struct ResponderRow {
    user_id: Option<i64>,
    organisation_id: Option<i64>,
    display_name: Option<String>,
    function: Option<String>,
    role: Option<String>,
    person_organisation: Option<String>,
    team: Option<String>,
}

const RESPONDER: &str = "SELECT r.user_id, r.organisation_id, u.display_name, u.function, u.role, \
     uo.name AS person_organisation, o.name AS team FROM uncovered_responder r LEFT JOIN users u ON u.id = r.user_id \
     LEFT JOIN organisations uo ON uo.id = u.organisation_id LEFT JOIN organisations o ON o.id = r.organisation_id";

async fn responder_row(pool: &AnyPool) -> Result<Option<ResponderRow>, sqlx::Error> {
    sqlx::query_as(RESPONDER).fetch_optional(pool).await
}

/// The administrator's current choice.
pub async fn responder(pool: &AnyPool) -> Result<Option<Responder>, sqlx::Error> {
    Ok(responder_row(pool)
        .await?
        .and_then(|r| match (r.user_id, r.organisation_id) {
            (Some(user), _) => Some(Responder::Professional(user)),
            (None, Some(org)) => Some(Responder::Organisation(org)),
            _ => None,
        }))
}

/// Names who answers for uncovered wijken, or nobody. `false` when the professional or organisation
/// does not exist (or the account is no professional's): nothing changes then.
pub async fn set_responder(pool: &AnyPool, choice: Option<Responder>, by: i64) -> Result<bool, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    sqlx::query("DELETE FROM uncovered_responder")
        .execute(&mut *tx)
        .await?;
    let (user, organisation) = match choice {
        None => {
            tx.commit().await?;
            return Ok(true);
        }
        Some(Responder::Professional(id)) => (Some(id), None),
        Some(Responder::Organisation(id)) => (None, Some(id)),
    };
    let inserted = sqlx::query(
        "INSERT INTO uncovered_responder (id, user_id, organisation_id, set_by, set_at) \
         SELECT 1, $1, $2, $3, $4 WHERE EXISTS (SELECT 1 FROM users WHERE id = $5 AND role IN ('professional', 'editor')) \
         OR EXISTS (SELECT 1 FROM organisations WHERE id = $6)",
    )
    .bind(user)
    .bind(organisation)
    .bind(by)
    .bind(super::now())
    .bind(user.unwrap_or(-1))
    .bind(organisation.unwrap_or(-1))
    .execute(&mut *tx)
    .await?
    .rows_affected()
        == 1;
    if inserted {
        tx.commit().await?;
    } else {
        tx.rollback().await?;
    }
    Ok(inserted)
}

/// Who reads new ideas in a wijk, for its ideas' pages.
pub async fn coverage(pool: &AnyPool, wijk_code: &str) -> Result<Coverage, sqlx::Error> {
    let covered: i64 = sqlx::query_scalar(
        "SELECT COUNT(*) FROM werkgebied g JOIN users u ON u.id = g.user_id \
         WHERE g.wijk_code = $1 AND u.role IN ('professional', 'editor')",
    )
    .bind(wijk_code)
    .fetch_one(pool)
    .await?;
    if covered > 0 {
        return Ok(Coverage::Covered);
    }
    Ok(match responder_row(pool).await? {
        Some(ResponderRow {
            user_id: Some(_),
            display_name: Some(name),
            function,
            role,
            person_organisation,
            ..
        }) => Coverage::Professional {
            name,
            title: crate::domain::roles::Title::of(function.as_deref(), role.as_deref()),
            organisation: person_organisation,
        },
        Some(ResponderRow {
            organisation_id: Some(_),
            team: Some(organisation),
            ..
        }) => Coverage::Team { organisation },
        _ => Coverage::Nobody,
    })
}

/// Tells whoever answers for uncovered wijken of a new idea in one (nothing when the wijk is covered).
pub async fn notify_new_idea<'c, E>(
    executor: E,
    wijk_code: &str,
    idea_id: i64,
    author_id: i64,
) -> Result<(), sqlx::Error>
where
    E: sqlx::Executor<'c, Database = sqlx::Any>,
{
    sqlx::query(sqlx::AssertSqlSafe(format!(
        "INSERT INTO notifications (user_id, kind, idea_id, wijk_code, created_at) \
         SELECT u.id, 'uncovered_idea', $1, w.code, $2 FROM users u JOIN wards w ON w.code = $3 \
         WHERE {RESPONDS} AND u.id <> $4 AND {UNCOVERED}"
    )))
    .bind(idea_id)
    .bind(super::now())
    .bind(wijk_code)
    .bind(author_id)
    .execute(executor)
    .await?;
    Ok(())
}
