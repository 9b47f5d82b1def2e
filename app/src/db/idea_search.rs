//! The filtered, sorted, paged idea list: one query for the page and one for the total, whatever the
//! filter. Full-text search is the engine's own: FTS5 on SQLite (diacritics folded, every word matched
//! as a prefix), tsvector with the Dutch stemmer on PostgreSQL (also prefix-matched, so a half-typed
//! word finds something). Search words reach SQL only as bound values, built from letters and digits.

use super::ideas::{SummaryRow, SUMMARY_COLUMNS, SUMMARY_JOINS};
use super::Backend;
use crate::domain::filter::{search_stem, IdeaFilter, IdeaPage, Sort, PAGE_SIZE};
use sqlx::AnyPool;

pub(super) enum Value {
    Text(String),
    Int(i64),
    Real(f64),
}

/// A WHERE clause whose `$n` placeholders are numbered as conditions are added.
#[derive(Default)]
pub(super) struct Conditions {
    sql: Vec<String>,
    pub(super) values: Vec<Value>,
}

impl Conditions {
    /// Adds a condition with one `?` placeholder.
    pub(super) fn push(&mut self, condition: &str, value: Value) {
        self.values.push(value);
        self.sql
            .push(condition.replace('?', &format!("${}", self.values.len())));
    }

    pub(super) fn where_clause(&self) -> String {
        let mut all = vec!["i.hidden_at IS NULL".to_owned()];
        all.extend(self.sql.iter().cloned());
        format!("WHERE {}", all.join(" AND "))
    }

    /// The same conditions over `idea_counts` (aliased `i`), which holds public ideas only.
    fn counts_where_clause(&self) -> String {
        if self.sql.is_empty() {
            String::new()
        } else {
            format!("WHERE {}", self.sql.join(" AND "))
        }
    }
}

/// Binds the conditions' values in order, whatever the row type.
pub(super) fn bind_all<'q, O>(
    mut query: sqlx::query::QueryAs<'q, sqlx::Any, O, sqlx::any::AnyArguments>,
    values: &'q [Value],
) -> sqlx::query::QueryAs<'q, sqlx::Any, O, sqlx::any::AnyArguments> {
    for v in values {
        query = match v {
            Value::Text(s) => query.bind(s.as_str()),
            Value::Int(n) => query.bind(*n),
            Value::Real(x) => query.bind(*x),
        };
    }
    query
}

pub(super) fn conditions(backend: Backend, filter: &IdeaFilter) -> Conditions {
    let mut c = Conditions::default();
    if let Some(wijk) = &filter.wijk {
        c.push("i.wijk_code = ?", Value::Text(wijk.clone()));
    }
    if let Some(category) = &filter.category {
        c.push("i.category = ?", Value::Text(category.clone()));
    }
    if let Some(status) = filter.status {
        c.push("i.status = ?", Value::Text(status.as_str().to_owned()));
    }
    let words: Vec<String> = filter.search_words().iter().map(|w| search_stem(w)).collect();
    if !words.is_empty() {
        match backend {
            Backend::Sqlite => {
                let query = words
                    .iter()
                    .map(|w| format!("\"{w}\"*"))
                    .collect::<Vec<_>>()
                    .join(" AND ");
                c.push(
                    "i.id IN (SELECT rowid FROM ideas_fts WHERE ideas_fts MATCH ?)",
                    Value::Text(query),
                );
            }
            Backend::Postgres => {
                let query = words
                    .iter()
                    .map(|w| format!("{w}:*"))
                    .collect::<Vec<_>>()
                    .join(" & ");
                c.push("i.search @@ to_tsquery('dutch', ?)", Value::Text(query));
            }
        }
    }
    c
}

fn order_by(sort: Sort) -> &'static str {
    match sort {
        Sort::Newest => "i.created_at DESC, i.id DESC",
        Sort::MostSupported => "i.support_count DESC, i.created_at DESC, i.id DESC",
        Sort::MostDiscussed => "i.comment_count DESC, i.created_at DESC, i.id DESC",
    }
}

pub async fn search(pool: &AnyPool, filter: &IdeaFilter) -> Result<IdeaPage, sqlx::Error> {
    let c = conditions(super::backend(pool), filter);
    let where_clause = c.where_clause();

    // Without search words the total is a sum of maintained counters (`idea_counts`), not a count
    // over every idea; a search counts its matches, which the full-text index finds.
    let count_sql = if filter.search_words().is_empty() {
        format!(
            "SELECT CAST(COALESCE(SUM(i.ideas), 0) AS BIGINT) FROM idea_counts i {}",
            c.counts_where_clause()
        )
    } else {
        format!("SELECT COUNT(*) FROM ideas i {where_clause}")
    };
    let (total,): (i64,) = bind_all(sqlx::query_as(sqlx::AssertSqlSafe(count_sql)), &c.values)
        .fetch_one(pool)
        .await?;

    let page_count = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = filter.page.clamp(1, page_count);
    let n = c.values.len();
    // The page's ids first, from an index alone (`ideas_public_*`), then the details of those 20:
    // a deep page skips index entries, not joined rows, so page 2,000 costs little more than page 1.
    let order = order_by(filter.sort);
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE i.id IN \
         (SELECT i.id FROM ideas i {where_clause} ORDER BY {order} LIMIT ${} OFFSET ${}) ORDER BY {order}",
        n + 1,
        n + 2
    );
    let mut values = c.values;
    values.push(Value::Int(PAGE_SIZE));
    values.push(Value::Int((page - 1) * PAGE_SIZE));
    let rows: Vec<SummaryRow> = bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &values)
        .fetch_all(pool)
        .await?;
    Ok(IdeaPage {
        ideas: rows.into_iter().map(Into::into).collect(),
        total,
        page,
        page_count,
    })
}
