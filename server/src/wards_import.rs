//! Importing a municipality's wards from a GeoJSON FeatureCollection (the CBS wijk- en buurtkaart,
//! reprojected to WGS84). Every feature is checked before anything is written, and the write is one
//! transaction: a bad file changes nothing.

use app::db::wards::NewWard;
use app::domain::geometry::Shape;
use app::domain::{WardCode, WardLevel};
use serde_json::Value;
use sqlx::AnyPool;
use std::collections::HashSet;

#[derive(Debug, Clone, Default)]
pub struct ImportOptions {
    /// The property holding the CBS code; by default `wijkcode`/`buurtcode` (or CBS's `WK_CODE`/`BU_CODE`).
    pub code_prop: Option<String>,
    /// The property holding the name; by default `wijknaam`/`buurtnaam` (or `WK_NAAM`/`BU_NAAM`).
    pub name_prop: Option<String>,
}

#[derive(Debug, thiserror::Error)]
pub enum ImportError {
    #[error("the file is not JSON: {0}")]
    NotJson(#[from] serde_json::Error),
    #[error("the file is not a GeoJSON FeatureCollection (it has no \"features\" list)")]
    NotFeatureCollection,
    #[error(
        "the file declares the coordinate system {0}; wards must be in WGS84 (EPSG:4326). \
         Reproject it first, for example: ogr2ogr -t_srs EPSG:4326 out.geojson in.geojson"
    )]
    WrongCrs(String),
    #[error("the file has no features")]
    Empty,
    #[error("feature {index} ({id}): {problem}")]
    Feature {
        index: usize,
        id: String,
        problem: String,
    },
    #[error("writing the wards failed, nothing was imported: {0}")]
    Db(#[from] sqlx::Error),
}

pub async fn import(
    pool: &AnyPool,
    text: &str,
    level: WardLevel,
    options: &ImportOptions,
) -> Result<usize, ImportError> {
    let wards = parse(text, level, options)?;
    Ok(app::db::wards::import(pool, level, &wards).await?)
}

pub fn parse(text: &str, level: WardLevel, options: &ImportOptions) -> Result<Vec<NewWard>, ImportError> {
    let doc: Value = serde_json::from_str(text)?;
    if doc.get("type").and_then(Value::as_str) != Some("FeatureCollection") {
        return Err(ImportError::NotFeatureCollection);
    }
    check_crs(&doc)?;
    let features = doc
        .get("features")
        .and_then(Value::as_array)
        .ok_or(ImportError::NotFeatureCollection)?;
    if features.is_empty() {
        return Err(ImportError::Empty);
    }
    let (code_props, name_props) = property_names(level, options);
    let mut seen = HashSet::new();
    features
        .iter()
        .enumerate()
        .map(|(i, feature)| {
            let ward = parse_feature(i + 1, feature, level, &code_props, &name_props)?;
            if !seen.insert(ward.code.clone()) {
                return Err(problem(
                    i + 1,
                    ward.code.as_str(),
                    "this code appears twice in the file".into(),
                ));
            }
            Ok(ward)
        })
        .collect()
}

fn check_crs(doc: &Value) -> Result<(), ImportError> {
    let Some(name) = doc.pointer("/crs/properties/name").and_then(Value::as_str) else {
        return Ok(());
    };
    let wgs84 = ["CRS84", "EPSG:4326", "EPSG::4326"]
        .iter()
        .any(|ok| name.ends_with(ok));
    if wgs84 {
        Ok(())
    } else {
        Err(ImportError::WrongCrs(name.to_owned()))
    }
}

fn property_names(level: WardLevel, options: &ImportOptions) -> (Vec<String>, Vec<String>) {
    let defaults = |a: &str, b: &str| vec![a.to_owned(), b.to_owned()];
    let (codes, names) = match level {
        WardLevel::Wijk => (defaults("wijkcode", "WK_CODE"), defaults("wijknaam", "WK_NAAM")),
        WardLevel::Buurt => (defaults("buurtcode", "BU_CODE"), defaults("buurtnaam", "BU_NAAM")),
    };
    (
        options.code_prop.clone().map_or(codes, |p| vec![p]),
        options.name_prop.clone().map_or(names, |p| vec![p]),
    )
}

fn problem(index: usize, id: &str, problem: String) -> ImportError {
    ImportError::Feature {
        index,
        id: id.to_owned(),
        problem,
    }
}

fn parse_feature(
    index: usize,
    feature: &Value,
    level: WardLevel,
    code_props: &[String],
    name_props: &[String],
) -> Result<NewWard, ImportError> {
    let props = feature.get("properties").and_then(Value::as_object);
    let id = feature.get("id").and_then(Value::as_str).unwrap_or("without id");
    let props = props.ok_or_else(|| problem(index, id, "it has no properties".into()))?;
    let find = |names: &[String]| {
        names
            .iter()
            .find_map(|n| props.get(n).and_then(Value::as_str))
            .map(str::to_owned)
    };
    let raw_code = find(code_props).ok_or_else(|| {
        problem(
            index,
            id,
            format!("it has no code property ({})", code_props.join(" or ")),
        )
    })?;
    let code = WardCode::parse(&raw_code)
        .ok()
        .filter(|c| c.level() == level)
        .ok_or_else(|| {
            problem(
                index,
                &raw_code,
                format!("{raw_code:?} is not a CBS {} code", level.as_str()),
            )
        })?;
    let name = find(name_props)
        .map(|n| n.trim().to_owned())
        .filter(|n| !n.is_empty())
        .ok_or_else(|| {
            problem(
                index,
                code.as_str(),
                format!("it has no name property ({})", name_props.join(" or ")),
            )
        })?;
    let geometry = feature
        .get("geometry")
        .filter(|g| !g.is_null())
        .ok_or_else(|| problem(index, code.as_str(), "it has no geometry".into()))?;
    let shape = Shape::from_geojson(geometry).map_err(|e| problem(index, code.as_str(), e.to_string()))?;
    let wijk_code = (level == WardLevel::Buurt).then(|| code.wijk());
    Ok(NewWard {
        code,
        name,
        wijk_code,
        shape,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn collection(features: &str) -> String {
        format!(r#"{{"type":"FeatureCollection","features":[{features}]}}"#)
    }

    const SQUARE: &str =
        r#"{"type":"Polygon","coordinates":[[[4.3,52.0],[4.4,52.0],[4.4,52.1],[4.3,52.1],[4.3,52.0]]]}"#;

    #[test]
    fn parses_a_wijk() {
        let text = collection(&format!(
            r#"{{"type":"Feature","properties":{{"wijkcode":"WK051829","wijknaam":"Schildersbuurt"}},"geometry":{SQUARE}}}"#
        ));
        let wards = parse(&text, WardLevel::Wijk, &ImportOptions::default()).unwrap();
        assert_eq!(wards[0].code.as_str(), "WK051829");
        assert_eq!(wards[0].name, "Schildersbuurt");
    }

    #[test]
    fn names_the_feature_and_the_problem() {
        let no_name = collection(&format!(
            r#"{{"type":"Feature","properties":{{"wijkcode":"WK051829"}},"geometry":{SQUARE}}}"#
        ));
        let err = parse(&no_name, WardLevel::Wijk, &ImportOptions::default())
            .unwrap_err()
            .to_string();
        assert!(
            err.contains("feature 1 (WK051829)") && err.contains("no name"),
            "{err}"
        );

        let buurt_as_wijk = collection(&format!(
            r#"{{"type":"Feature","properties":{{"wijkcode":"BU05182915","wijknaam":"x"}},"geometry":{SQUARE}}}"#
        ));
        assert!(parse(&buurt_as_wijk, WardLevel::Wijk, &ImportOptions::default())
            .unwrap_err()
            .to_string()
            .contains("not a CBS wijk code"));

        let bad_ring = collection(
            r#"{"type":"Feature","properties":{"wijkcode":"WK051829","wijknaam":"x"},"geometry":{"type":"Polygon","coordinates":[[[4.3,52.0],[4.4,52.0],[4.3,52.0]]]}}"#,
        );
        assert!(parse(&bad_ring, WardLevel::Wijk, &ImportOptions::default())
            .unwrap_err()
            .to_string()
            .contains("fewer than 4"));
    }

    #[test]
    fn refuses_other_files() {
        assert!(matches!(
            parse("not json", WardLevel::Wijk, &ImportOptions::default()),
            Err(ImportError::NotJson(_))
        ));
        assert!(matches!(
            parse(
                r#"{"type":"Feature"}"#,
                WardLevel::Wijk,
                &ImportOptions::default()
            ),
            Err(ImportError::NotFeatureCollection)
        ));
        let rd = r#"{"type":"FeatureCollection","crs":{"type":"name","properties":{"name":"urn:ogc:def:crs:EPSG::28992"}},"features":[]}"#;
        assert!(matches!(
            parse(rd, WardLevel::Wijk, &ImportOptions::default()),
            Err(ImportError::WrongCrs(_))
        ));
    }
}
