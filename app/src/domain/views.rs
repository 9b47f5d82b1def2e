//! What crosses the wire to pages: plain `Serialize` structs with only public fields. Nothing personal
//! beyond an author's chosen display name ever appears here (no emails, no ids of sessions, no hashes).

use super::Status;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaSummary {
    pub id: i64,
    pub title: String,
    pub category: String,
    pub category_name: String,
    pub status: Status,
    pub lat: f64,
    pub lng: f64,
    pub wijk_code: String,
    pub wijk_name: String,
    pub buurt_name: Option<String>,
    pub created_at: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaDetail {
    pub summary: IdeaSummary,
    pub description: String,
    pub author_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct WardSummary {
    pub code: String,
    pub name: String,
    pub idea_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WardPage {
    pub code: String,
    pub name: String,
    pub buurten: Vec<WardSummary>,
    pub ideas: Vec<IdeaSummary>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryOption {
    pub slug: String,
    pub name: String,
}

/// A buurt to choose instead of a pin, for those who do not use the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BuurtOption {
    pub code: String,
    pub name: String,
    pub wijk_name: String,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub display_name: String,
}

/// What the browser's map needs from the server's configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapSettings {
    pub tile_url: String,
    pub tile_attribution: String,
    pub center_lat: f64,
    pub center_lng: f64,
    pub zoom: f64,
}
