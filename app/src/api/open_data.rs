//! What the `/open-data` page shows: the site's own addresses for working examples, the licence
//! and publisher from the configuration, the codes a caller may filter on, and the dataset's
//! DCAT-AP description (JSON-LD, also served alone at `routes::DCAT` for the national register).

use crate::domain::views::CategoryOption;
use crate::error::AppError;
use leptos::prelude::*;
use leptos::server_fn::codec::GetUrl;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct OpenDataFacts {
    /// `https://wijkidee.denhaag.nl`: examples are whole URLs a reader can copy.
    pub site: String,
    pub publisher: String,
    pub licence_url: String,
    pub categories: Vec<CategoryOption>,
    /// The wijk with the most ideas, for the examples: (code, name).
    pub example_wijk: Option<(String, String)>,
    /// The newest public idea, for the feed example.
    pub example_idea: Option<i64>,
    /// The DCAT-AP description, as JSON-LD text.
    pub dcat: String,
}

/// A licence's short name, for the known ones; else its address.
pub fn licence_name(url: &str) -> String {
    let known = [
        ("creativecommons.org/publicdomain/zero/1.0", "CC0 1.0"),
        ("creativecommons.org/licenses/by/4.0", "CC BY 4.0"),
        ("creativecommons.org/licenses/by-sa/4.0", "CC BY-SA 4.0"),
    ];
    known
        .iter()
        .find(|(part, _)| url.contains(part))
        .map_or_else(|| url.to_owned(), |(_, name)| (*name).to_owned())
}

#[server(prefix = "/api", endpoint = "open-data/info", input = GetUrl)]
pub async fn open_data_info() -> Result<OpenDataFacts, AppError> {
    use crate::api::context::{self, internal};
    let state = context::app_state()?;
    let site = state
        .config
        .site_address(context::request_header(http::header::HOST).as_deref());
    let categories = crate::db::categories::list(&state.pool).await.map_err(internal)?;
    let wijken = crate::db::wards::wijken_with_counts(&state.pool)
        .await
        .map_err(internal)?;
    let example_wijk = wijken
        .iter()
        .max_by_key(|w| w.idea_count)
        .map(|w| (w.code.clone(), w.name.clone()));
    let example_idea = crate::db::open_data::newest_id(&state.pool)
        .await
        .map_err(internal)?;
    let changed_at = crate::db::data_version::with_time(&state.pool)
        .await
        .map_err(internal)?
        .1;
    let dcat = catalog::describe(&site, &state.config, changed_at).to_string();
    Ok(OpenDataFacts {
        site,
        publisher: state.config.publisher.clone(),
        licence_url: state.config.data_licence.clone(),
        categories,
        example_wijk,
        example_idea,
        dcat,
    })
}

/// The DCAT-AP description of the catalogue and its one dataset, with a distribution per format.
#[cfg(feature = "ssr")]
pub mod catalog {
    use crate::domain::time::rfc3339;
    use crate::i18n::{text, Locale, Msg};
    use crate::routes;
    use crate::state::AppConfig;
    use serde_json::{json, Value};

    const EU: &str = "http://publications.europa.eu/resource/authority";
    /// The ward boundaries are CBS's Wijk- en buurtkaart (with Kadaster), under CC BY 4.0, whatever
    /// the licence of the ideas.
    const BOUNDARIES_LICENCE: &str = "https://creativecommons.org/licenses/by/4.0/";

    /// A text in Dutch and English, as JSON-LD language-tagged values.
    fn both(msg: Msg) -> Value {
        json!([
            { "@value": text(Locale::Nl, msg), "@language": "nl" },
            { "@value": text(Locale::En, msg), "@language": "en" },
        ])
    }

    fn distribution(
        site: &str,
        licence: &str,
        title: &str,
        path: &str,
        media_type: &str,
        format: Option<&str>,
    ) -> Value {
        let url = format!("{site}{path}");
        let mut d = json!({
            "@type": "dcat:Distribution",
            "dct:title": title,
            "dcat:accessURL": { "@id": url },
            "dcat:downloadURL": { "@id": url },
            "dcat:mediaType": { "@id": format!("http://www.iana.org/assignments/media-types/{media_type}") },
            "dct:license": { "@id": licence },
        });
        if let Some(format) = format {
            d["dct:format"] = json!({ "@id": format!("{EU}/file-type/{format}") });
        }
        d
    }

    pub fn describe(site: &str, config: &AppConfig, changed_at: i64) -> Value {
        let licence = config.data_licence.as_str();
        let page = format!("{site}{}", routes::OPEN_DATA);
        let publisher = json!({ "@type": "foaf:Agent", "foaf:name": config.publisher });
        json!({
            "@context": {
                "dcat": "http://www.w3.org/ns/dcat#",
                "dct": "http://purl.org/dc/terms/",
                "foaf": "http://xmlns.com/foaf/0.1/",
                "vcard": "http://www.w3.org/2006/vcard/ns#",
                "xsd": "http://www.w3.org/2001/XMLSchema#",
            },
            "@id": format!("{page}#catalogus"),
            "@type": "dcat:Catalog",
            "dct:title": both(Msg::DcatCatalogTitle),
            "dct:description": both(Msg::OpenDataIntro),
            "dct:publisher": publisher,
            "foaf:homepage": { "@id": format!("{site}/") },
            "dct:license": { "@id": licence },
            "dcat:dataset": [{
                "@id": format!("{page}#ideeen"),
                "@type": "dcat:Dataset",
                "dct:title": both(Msg::DcatDatasetTitle),
                "dct:description": both(Msg::DcatDatasetDescription),
                "dct:publisher": publisher,
                "dct:license": { "@id": licence },
                "dct:language": [{ "@id": format!("{EU}/language/NLD") }],
                "dct:accessRights": { "@id": format!("{EU}/access-right/PUBLIC") },
                "dct:accrualPeriodicity": { "@id": format!("{EU}/frequency/CONT") },
                "dct:modified": { "@value": rfc3339(changed_at), "@type": "xsd:dateTime" },
                "dcat:theme": [{ "@id": format!("{EU}/data-theme/REGI") }, { "@id": format!("{EU}/data-theme/GOVE") }],
                "dcat:keyword": ["participatie", "bewonersinitiatief", "wijk", "buurt", "ideeën"],
                "dcat:landingPage": { "@id": page },
                "dcat:contactPoint": {
                    "@type": "vcard:Organization",
                    "vcard:fn": config.publisher,
                    "vcard:hasURL": { "@id": format!("{site}/") },
                },
                "dcat:distribution": [
                    distribution(site, licence, "GeoJSON", routes::IDEAS_GEOJSON, "application/geo+json", Some("GEOJSON")),
                    distribution(site, licence, "CSV", routes::IDEAS_CSV, "text/csv", Some("CSV")),
                    distribution(site, licence, "Atom", routes::CITY_FEED, "application/atom+xml", Some("ATOM")),
                    distribution(site, BOUNDARIES_LICENCE, "Wijkgrenzen (GeoJSON), Kadaster / CBS", routes::WARD_OUTLINES, "application/geo+json", Some("GEOJSON")),
                ],
            }],
        })
    }
}
