//! What the map asks for (the part of the world in view and the zoom) and what it gets back: every
//! idea that matches the filter, gathered into clusters where they would crowd.
//!
//! Clustering is a grid: the world is cut into cells about `CELL_PIXELS` wide on screen at the
//! requested zoom, anchored at longitude −180 and latitude −90 so a cell stays put while the reader
//! pans (a cluster does not jump about), and each cell with ideas becomes one cluster, or one marker
//! when it holds a single idea. A viewport of 1920 × 1080 px has at most 24 × 14 cells, so the browser
//! never holds more than a few hundred markers, whatever the number of ideas.

use super::Status;
use serde::{Deserialize, Serialize};

/// A cell's width on screen, in CSS pixels.
pub const CELL_PIXELS: f64 = 80.0;
/// From this zoom on (a street), every idea is its own marker.
pub const UNCLUSTERED_FROM_ZOOM: u8 = 18;
/// Ideas sent one by one at most (at street level a view holds far fewer).
pub const MAX_SINGLE_IDEAS: i64 = 1000;

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct BoundingBox {
    pub min_lng: f64,
    pub min_lat: f64,
    pub max_lng: f64,
    pub max_lat: f64,
}

#[derive(Debug, Clone, Copy, PartialEq)]
pub struct MapView {
    pub bbox: BoundingBox,
    pub zoom: u8,
}

/// Why a map request was refused: said to the caller as a 400 with this text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum MapViewError {
    BboxMissing,
    BboxMalformed,
    BboxOutOfRange,
    ZoomMalformed,
}

impl MapViewError {
    /// The message for the developer calling the endpoint (an API answer, not interface text).
    pub fn message(&self) -> &'static str {
        match self {
            Self::BboxMissing => "bbox is required: bbox=minLon,minLat,maxLon,maxLat",
            Self::BboxMalformed => "bbox must be four numbers: minLon,minLat,maxLon,maxLat",
            Self::BboxOutOfRange => {
                "bbox must lie within -180..180 (longitude) and -90..90 (latitude), minimum before maximum"
            }
            Self::ZoomMalformed => "zoom must be a whole number from 0 to 22",
        }
    }
}

impl BoundingBox {
    pub fn parse(text: &str) -> Result<Self, MapViewError> {
        let numbers: Vec<f64> = text
            .split(',')
            .map(|n| n.trim().parse::<f64>())
            .collect::<Result<_, _>>()
            .map_err(|_| MapViewError::BboxMalformed)?;
        let [min_lng, min_lat, max_lng, max_lat] = numbers[..] else {
            return Err(MapViewError::BboxMalformed);
        };
        let lng_ok = |v: f64| v.is_finite() && (-180.0..=180.0).contains(&v);
        let lat_ok = |v: f64| v.is_finite() && (-90.0..=90.0).contains(&v);
        if !(lng_ok(min_lng) && lng_ok(max_lng) && lat_ok(min_lat) && lat_ok(max_lat))
            || min_lng > max_lng
            || min_lat > max_lat
        {
            return Err(MapViewError::BboxOutOfRange);
        }
        Ok(Self {
            min_lng,
            min_lat,
            max_lng,
            max_lat,
        })
    }

    /// `minLon,minLat,maxLon,maxLat`, as in the URL.
    pub fn to_param(&self) -> String {
        format!(
            "{},{},{},{}",
            self.min_lng, self.min_lat, self.max_lng, self.max_lat
        )
    }
}

impl MapView {
    pub fn parse(bbox: Option<&str>, zoom: Option<&str>) -> Result<Self, MapViewError> {
        let bbox = BoundingBox::parse(bbox.ok_or(MapViewError::BboxMissing)?)?;
        let zoom = zoom
            .unwrap_or("12")
            .trim()
            .parse::<u8>()
            .ok()
            .filter(|z| *z <= 22)
            .ok_or(MapViewError::ZoomMalformed)?;
        Ok(Self { bbox, zoom })
    }

    /// The grid at this zoom, or `None` from `UNCLUSTERED_FROM_ZOOM` on.
    pub fn grid(&self) -> Option<Grid> {
        if self.zoom >= UNCLUSTERED_FROM_ZOOM {
            return None;
        }
        let world_pixels = 256.0 * 2f64.powi(i32::from(self.zoom));
        let lng = 360.0 * CELL_PIXELS / world_pixels;
        // A degree of latitude is longer on screen than one of longitude by 1/cos(latitude); the
        // latitude is rounded to a whole degree so the grid does not shift as the reader pans.
        let middle = ((self.bbox.min_lat + self.bbox.max_lat) / 2.0).round();
        let lat = lng * middle.to_radians().cos().max(0.05);
        Some(Grid { lng, lat })
    }
}

/// Cell sizes in degrees.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Grid {
    pub lng: f64,
    pub lat: f64,
}

/// The answer: clusters and single ideas, whose counts add up to `total`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct MapAnswer {
    pub total: i64,
    pub clusters: Vec<MapCluster>,
    pub ideas: Vec<MapIdea>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapCluster {
    pub count: i64,
    /// Where the circle stands: the mean of its ideas.
    pub lat: f64,
    pub lng: f64,
    /// The ideas' extent: `[minLon, minLat, maxLon, maxLat]`; opening the cluster zooms to it.
    pub bounds: [f64; 4],
    /// The buurt (or else the wijk) all its ideas lie in, for its accessible name.
    pub place: Option<String>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapIdea {
    pub id: i64,
    pub lat: f64,
    pub lng: f64,
    pub status: Status,
    pub title: String,
}

impl MapAnswer {
    /// The extent of everything in the answer, `[minLon, minLat, maxLon, maxLat]`.
    pub fn extent(&self) -> Option<[f64; 4]> {
        let boxes = self
            .clusters
            .iter()
            .map(|c| c.bounds)
            .chain(self.ideas.iter().map(|i| [i.lng, i.lat, i.lng, i.lat]));
        boxes.reduce(|a, b| [a[0].min(b[0]), a[1].min(b[1]), a[2].max(b[2]), a[3].max(b[3])])
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_a_view_and_refuses_what_is_not_one() {
        let view = MapView::parse(Some("4.2,52.0,4.4,52.1"), Some("13")).unwrap();
        assert_eq!(view.zoom, 13);
        assert_eq!(view.bbox.max_lat, 52.1);
        assert_eq!(MapView::parse(None, Some("3")), Err(MapViewError::BboxMissing));
        for bad in ["", "1,2,3", "a,b,c,d", "1,2,3,4,5", "NaN,1,2,3"] {
            assert!(MapView::parse(Some(bad), None).is_err(), "{bad}");
        }
        assert_eq!(
            MapView::parse(Some("4.4,52,4.2,53"), None),
            Err(MapViewError::BboxOutOfRange)
        );
        assert_eq!(
            MapView::parse(Some("0,95,1,96"), None),
            Err(MapViewError::BboxOutOfRange)
        );
        assert_eq!(
            MapView::parse(Some("4,52,5,53"), Some("23")),
            Err(MapViewError::ZoomMalformed)
        );
        assert_eq!(
            MapView::parse(Some("4,52,5,53"), Some("-1")),
            Err(MapViewError::ZoomMalformed)
        );
    }

    #[test]
    fn cells_halve_with_each_zoom_and_vanish_at_street_level() {
        let at = |z: &str| MapView::parse(Some("4.2,52.0,4.4,52.1"), Some(z)).unwrap().grid();
        let (g12, g13) = (at("12").unwrap(), at("13").unwrap());
        assert!((g12.lng / g13.lng - 2.0).abs() < 1e-9);
        assert!(
            g12.lat < g12.lng,
            "a degree of latitude is longer on screen in Den Haag"
        );
        assert!(at("18").is_none());
    }

    #[test]
    fn the_extent_covers_clusters_and_ideas() {
        let answer = MapAnswer {
            total: 3,
            clusters: vec![MapCluster {
                count: 2,
                lat: 52.05,
                lng: 4.3,
                bounds: [4.29, 52.04, 4.31, 52.06],
                place: None,
            }],
            ideas: vec![MapIdea {
                id: 1,
                lat: 52.1,
                lng: 4.25,
                status: Status::Ingediend,
                title: "Bankjes".into(),
            }],
        };
        assert_eq!(answer.extent(), Some([4.25, 52.04, 4.31, 52.1]));
        assert_eq!(MapAnswer::default().extent(), None);
    }
}
