//! Wards (CBS wijken and buurten). The database narrows by bounding box; `Shape::contains` decides.

use crate::domain::geometry::Shape;
use crate::domain::views::{BuurtOption, WardSummary};
use crate::domain::{Coordinates, WardCode, WardLevel};
use sqlx::AnyPool;

#[derive(Debug, Clone)]
pub struct NewWard {
    pub code: WardCode,
    pub name: String,
    /// For a buurt: the wijk it lies in.
    pub wijk_code: Option<WardCode>,
    pub shape: Shape,
}

/// Where a point lies: always a wijk, a buurt where the municipality has them.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Location {
    pub wijk: WardCode,
    pub buurt: Option<WardCode>,
}

#[derive(Debug, Clone, sqlx::FromRow)]
pub struct WardRow {
    pub code: String,
    pub level: String,
    pub name: String,
    pub wijk_code: Option<String>,
}

/// Inserts or updates all wards in one transaction: a file is imported whole or not at all.
pub async fn import(pool: &AnyPool, level: WardLevel, wards: &[NewWard]) -> Result<usize, sqlx::Error> {
    let mut tx = super::begin_write(pool).await?;
    for ward in wards {
        let b = ward.shape.bounding_box();
        let [label_lng, label_lat] = ward.shape.interior_point();
        sqlx::query(
            "INSERT INTO wards (code, level, name, wijk_code, geometry, min_lng, min_lat, max_lng, max_lat, label_lng, label_lat) \
             VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11) \
             ON CONFLICT (code) DO UPDATE SET level = excluded.level, name = excluded.name, \
             wijk_code = excluded.wijk_code, geometry = excluded.geometry, min_lng = excluded.min_lng, \
             min_lat = excluded.min_lat, max_lng = excluded.max_lng, max_lat = excluded.max_lat, \
             label_lng = excluded.label_lng, label_lat = excluded.label_lat",
        )
        .bind(ward.code.as_str())
        .bind(level.as_str())
        .bind(ward.name.as_str())
        .bind(ward.wijk_code.as_ref().map(|c| c.as_str().to_owned()))
        .bind(ward.shape.to_geojson().to_string())
        .bind(b.min_lng)
        .bind(b.min_lat)
        .bind(b.max_lng)
        .bind(b.max_lat)
        .bind(label_lng)
        .bind(label_lat)
        .execute(&mut *tx)
        .await?;
    }
    // Ward names and outlines are shown by lists kept in memory: they are out of date now.
    super::data_version::raise(&mut *tx).await?;
    tx.commit().await?;
    Ok(wards.len())
}

pub async fn count(pool: &AnyPool) -> Result<i64, sqlx::Error> {
    sqlx::query_scalar("SELECT COUNT(*) FROM wards")
        .fetch_one(pool)
        .await
}

/// The wijk (and buurt) containing the point, or `None` outside every ward.
pub async fn locate(pool: &AnyPool, at: Coordinates) -> Result<Option<Location>, sqlx::Error> {
    let candidates: Vec<(String, String, Option<String>, String)> = sqlx::query_as(
        "SELECT code, level, wijk_code, geometry FROM wards \
         WHERE min_lng <= $1 AND max_lng >= $2 AND min_lat <= $3 AND max_lat >= $4",
    )
    .bind(at.lng())
    .bind(at.lng())
    .bind(at.lat())
    .bind(at.lat())
    .fetch_all(pool)
    .await?;
    let mut wijk = None;
    let mut buurt = None;
    for (code, level, _parent, geometry) in &candidates {
        let inside = Shape::from_geojson_str(geometry).is_ok_and(|shape| shape.contains(at.lng(), at.lat()));
        if !inside {
            continue;
        }
        let Ok(code) = WardCode::parse(code) else { continue };
        match WardLevel::parse(level) {
            Some(WardLevel::Wijk) => wijk = Some(code),
            Some(WardLevel::Buurt) => buurt = Some(code),
            None => {}
        }
    }
    Ok(wijk.map(|wijk| Location { wijk, buurt }))
}

pub async fn find(pool: &AnyPool, code: &WardCode) -> Result<Option<WardRow>, sqlx::Error> {
    sqlx::query_as("SELECT code, level, name, wijk_code FROM wards WHERE code = $1")
        .bind(code.as_str())
        .fetch_optional(pool)
        .await
}

/// All wijken with their number of public ideas, by name (from the maintained `idea_counts`).
pub async fn wijken_with_counts(pool: &AnyPool) -> Result<Vec<WardSummary>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.code, w.name, CAST(COALESCE(SUM(c.ideas), 0) AS BIGINT) AS idea_count \
         FROM wards w LEFT JOIN idea_counts c ON c.wijk_code = w.code \
         WHERE w.level = 'wijk' GROUP BY w.code, w.name ORDER BY w.name",
    )
    .fetch_all(pool)
    .await
}

/// The buurten of a wijk with their number of public ideas (from the maintained `idea_counts`).
pub async fn buurten_with_counts(pool: &AnyPool, wijk: &WardCode) -> Result<Vec<WardSummary>, sqlx::Error> {
    sqlx::query_as(
        "SELECT w.code, w.name, CAST(COALESCE(SUM(c.ideas), 0) AS BIGINT) AS idea_count \
         FROM wards w LEFT JOIN idea_counts c ON c.buurt_code = w.code \
         WHERE w.level = 'buurt' AND w.wijk_code = $1 GROUP BY w.code, w.name ORDER BY w.name",
    )
    .bind(wijk.as_str())
    .fetch_all(pool)
    .await
}

/// Every buurt with its wijk's name, for choosing a place without the map.
pub async fn buurt_options(pool: &AnyPool) -> Result<Vec<BuurtOption>, sqlx::Error> {
    let rows: Vec<(String, String, String)> = sqlx::query_as(
        "SELECT b.code, b.name, w.name FROM wards b JOIN wards w ON w.code = b.wijk_code \
         WHERE b.level = 'buurt' ORDER BY w.name, b.name",
    )
    .fetch_all(pool)
    .await?;
    Ok(rows
        .into_iter()
        .map(|(code, name, wijk_name)| BuurtOption {
            code,
            name,
            wijk_name,
        })
        .collect())
}

/// A point inside the ward (computed at import), used when someone picks a buurt instead of a pin.
pub async fn interior_point(pool: &AnyPool, code: &WardCode) -> Result<Option<Coordinates>, sqlx::Error> {
    let row: Option<(f64, f64)> = sqlx::query_as("SELECT label_lat, label_lng FROM wards WHERE code = $1")
        .bind(code.as_str())
        .fetch_optional(pool)
        .await?;
    Ok(row.and_then(|(lat, lng)| Coordinates::parse(lat, lng).ok()))
}

/// Outlines as (code, name, GeoJSON geometry text) for the map: all of a level, or one ward.
pub async fn outlines(
    pool: &AnyPool,
    level: WardLevel,
    only: Option<&WardCode>,
) -> Result<Vec<(String, String, String)>, sqlx::Error> {
    match only {
        Some(code) => {
            sqlx::query_as("SELECT code, name, geometry FROM wards WHERE level = $1 AND code = $2")
                .bind(level.as_str())
                .bind(code.as_str())
                .fetch_all(pool)
                .await
        }
        None => {
            sqlx::query_as("SELECT code, name, geometry FROM wards WHERE level = $1 ORDER BY code")
                .bind(level.as_str())
                .fetch_all(pool)
                .await
        }
    }
}

/// Every buurt with its wijk and outline (for seeding many ideas without a query per point).
pub async fn buurt_shapes(pool: &AnyPool) -> Result<Vec<(WardCode, WardCode, Shape)>, sqlx::Error> {
    let rows: Vec<(String, Option<String>, String)> =
        sqlx::query_as("SELECT code, wijk_code, geometry FROM wards WHERE level = 'buurt' ORDER BY code")
            .fetch_all(pool)
            .await?;
    Ok(rows
        .into_iter()
        .filter_map(|(code, wijk, geometry)| {
            let shape = Shape::from_geojson_str(&geometry).ok()?;
            Some((WardCode::parse(&code).ok()?, WardCode::parse(&wijk?).ok()?, shape))
        })
        .collect())
}
