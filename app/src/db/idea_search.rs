//! The filtered, sorted, paged idea list: one query for the page and one for the total, whatever the
//! filter. Full-text search is the engine's own: FTS5 on SQLite (diacritics folded, every word matched
//! as a prefix), tsvector with the Dutch stemmer on PostgreSQL (also prefix-matched, so a half-typed
//! word finds something). Search words reach SQL only as bound values, built from letters and digits.

use super::ideas::{SummaryRow, SUMMARY_COLUMNS, SUMMARY_JOINS};
use super::Backend;
use crate::domain::filter::{search_stem, Cursor, IdeaFilter, IdeaPage, ListKey, Sort, PAGE_SIZE};
use sqlx::AnyPool;

#[derive(Clone)]
pub(super) enum Value {
    Text(String),
    Int(i64),
    Real(f64),
}

/// A search counts its matches up to this many: past it the list says "meer dan 1000 ideeën" and
/// pages through the first 50 pages. Counting the 12,500 ideas that share a common word, for every
/// search, would cost many times what showing their first page does.
pub const MAX_COUNTED_MATCHES: i64 = 1000;

/// Matches past which a search pages by walking the order's index (`Conditions::walking_the_order`);
/// below it, fetching the few matches and sorting them is quicker.
const COMMON_MATCHES: i64 = 200;

/// A WHERE clause whose `$n` placeholders are numbered as conditions are added.
#[derive(Default, Clone)]
pub(super) struct Conditions {
    sql: Vec<String>,
    pub(super) values: Vec<Value>,
    /// Which condition is SQLite's full-text match, if any.
    full_text: Option<usize>,
}

impl Conditions {
    /// Adds a condition with one `?` placeholder.
    pub(super) fn push(&mut self, condition: &str, value: Value) {
        self.values.push(value);
        self.sql
            .push(condition.replace('?', &format!("${}", self.values.len())));
    }

    /// Adds a condition with no placeholder: only for SQL built from parsed values (numbers, the
    /// stored forms of an enum), never from text a caller sent.
    pub(super) fn push_fixed(&mut self, condition: String) {
        self.sql.push(condition);
    }

    /// For a word many ideas share, on SQLite: `+i.id` keeps the planner from fetching every match
    /// and sorting them all; it walks the order's index instead and tests each idea against the
    /// matches, stopping after a page (a word one idea in eight has: some 160 index entries).
    fn walking_the_order(mut self) -> Self {
        if let Some(n) = self.full_text {
            self.sql[n] = format!("+{}", self.sql[n]);
        }
        self
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
                c.full_text = Some(c.sql.len() - 1);
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

/// The columns an order sorts by, most significant first; every one descending.
fn sort_columns(sort: Sort) -> &'static [&'static str] {
    match sort {
        Sort::Newest => &["i.created_at", "i.id"],
        Sort::MostSupported => &["i.support_count", "i.created_at", "i.id"],
        Sort::MostDiscussed => &["i.comment_count", "i.created_at", "i.id"],
    }
}

fn order_by(sort: Sort, direction: &str) -> String {
    sort_columns(sort)
        .iter()
        .map(|column| format!("{column} {direction}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `(i.created_at, i.id) < ($3, $4)`: the ideas after `key` in the list's (descending) order, or
/// before it with `>`. A row-value comparison both engines read from the order's index.
fn keyset_condition(c: &mut Conditions, sort: Sort, key: ListKey, comparison: &str) {
    let columns = sort_columns(sort);
    let values = [key.count, key.created_at, key.id];
    let values = &values[values.len() - columns.len()..];
    let mut placeholders = Vec::new();
    for value in values {
        c.values.push(Value::Int(*value));
        placeholders.push(format!("${}", c.values.len()));
    }
    c.sql.push(format!(
        "({}) {comparison} ({})",
        columns.join(", "),
        placeholders.join(", ")
    ));
}

pub async fn search(pool: &AnyPool, filter: &IdeaFilter) -> Result<IdeaPage, sqlx::Error> {
    let backend = super::backend(pool);
    let c = conditions(backend, filter);
    let where_clause = c.where_clause();
    let only_words = !filter.search_words().is_empty()
        && filter.wijk.is_none()
        && filter.category.is_none()
        && filter.status.is_none();

    // Without search words the total is a sum of maintained counters (`idea_counts`), not a count
    // over every idea; a search counts its matches, which the full-text index finds, up to a limit.
    let count_sql = if filter.search_words().is_empty() {
        format!(
            "SELECT CAST(COALESCE(SUM(i.ideas), 0) AS BIGINT) FROM idea_counts i {}",
            c.counts_where_clause()
        )
    } else if only_words && backend == Backend::Sqlite {
        // The index holds public ideas only (see the `search_public` migration): count there.
        format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM ideas_fts WHERE ideas_fts MATCH $1 LIMIT {}) matches",
            MAX_COUNTED_MATCHES + 1
        )
    } else {
        format!(
            "SELECT COUNT(*) FROM (SELECT 1 FROM ideas i {where_clause} LIMIT {}) matches",
            MAX_COUNTED_MATCHES + 1
        )
    };
    let (counted,): (i64,) = bind_all(sqlx::query_as(sqlx::AssertSqlSafe(count_sql)), &c.values)
        .fetch_one(pool)
        .await?;
    let more = counted > MAX_COUNTED_MATCHES && !filter.search_words().is_empty();
    let total = if more { MAX_COUNTED_MATCHES } else { counted };

    let page_count = ((total + PAGE_SIZE - 1) / PAGE_SIZE).max(1);
    let page = filter.page.clamp(1, page_count);
    let c = if backend == Backend::Sqlite && counted > COMMON_MATCHES {
        c.walking_the_order()
    } else {
        c
    };
    let mut rows = match filter.cursor.filter(|_| page > 1) {
        Some(cursor) => page_from_cursor(pool, &c, filter.sort, cursor).await?,
        None => Vec::new(),
    };
    // Without a cursor, or when its idea's neighbours are gone (hidden since), the page by number.
    if rows.is_empty() {
        rows = page_by_number(pool, c, filter.sort, page).await?;
    }
    Ok(IdeaPage {
        ideas: rows.into_iter().map(Into::into).collect(),
        total,
        more,
        page,
        page_count,
    })
}

/// The 20 ideas after (or before) the cursor's idea: read from the order's index at a known place,
/// so page 2,000 costs what page 2 does.
async fn page_from_cursor(
    pool: &AnyPool,
    c: &Conditions,
    sort: Sort,
    cursor: Cursor,
) -> Result<Vec<SummaryRow>, sqlx::Error> {
    let mut c = c.clone();
    // Before the cursor: the nearest 20 above it, read upwards, then shown in the list's order.
    let (key, comparison, inner) = match cursor {
        Cursor::After(key) => (key, "<", "DESC"),
        Cursor::Before(key) => (key, ">", "ASC"),
    };
    keyset_condition(&mut c, sort, key, comparison);
    c.values.push(Value::Int(PAGE_SIZE));
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE i.id IN \
         (SELECT i.id FROM ideas i {} ORDER BY {} LIMIT ${}) ORDER BY {}",
        c.where_clause(),
        order_by(sort, inner),
        c.values.len(),
        order_by(sort, "DESC"),
    );
    bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &c.values)
        .fetch_all(pool)
        .await
}

/// Page `page` by its number: the page's ids first, from an index alone (`ideas_public_*`), then the
/// details of those 20, so even an OFFSET skips index entries rather than joined rows.
async fn page_by_number(
    pool: &AnyPool,
    c: Conditions,
    sort: Sort,
    page: i64,
) -> Result<Vec<SummaryRow>, sqlx::Error> {
    let n = c.values.len();
    let order = order_by(sort, "DESC");
    let sql = format!(
        "SELECT {SUMMARY_COLUMNS} {SUMMARY_JOINS} WHERE i.id IN \
         (SELECT i.id FROM ideas i {} ORDER BY {order} LIMIT ${} OFFSET ${}) ORDER BY {order}",
        c.where_clause(),
        n + 1,
        n + 2
    );
    let mut values = c.values;
    values.push(Value::Int(PAGE_SIZE));
    values.push(Value::Int((page - 1) * PAGE_SIZE));
    bind_all(sqlx::query_as(sqlx::AssertSqlSafe(sql)), &values)
        .fetch_all(pool)
        .await
}
