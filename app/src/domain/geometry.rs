//! Ward shapes and the point-in-polygon test that assigns an idea to its ward.
//!
//! Wards are few (Den Haag: 44 wijken, 114 buurten) and change rarely, so they are stored as GeoJSON
//! text with a bounding box; the database narrows the candidates by box and this module decides by
//! shape. The test is even-odd ray casting over all rings, so holes (enclaves) are respected.

use serde::{Deserialize, Serialize};

/// `[lng, lat]`, GeoJSON's order.
pub type Position = [f64; 2];

/// One polygon: an outer ring and any holes, each ring closed or not.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Polygon {
    pub rings: Vec<Vec<Position>>,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize, Default)]
pub struct Shape {
    pub polygons: Vec<Polygon>,
}

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct BoundingBox {
    pub min_lng: f64,
    pub min_lat: f64,
    pub max_lng: f64,
    pub max_lat: f64,
}

/// Why a GeoJSON geometry is not a usable ward shape.
#[derive(Debug, Clone, PartialEq, thiserror::Error)]
pub enum GeometryError {
    #[error("geometry type {0:?} is not Polygon or MultiPolygon")]
    WrongType(String),
    #[error("coordinates are not a list of rings of [lon, lat] positions")]
    Malformed,
    #[error("a ring has fewer than 4 positions")]
    RingTooShort,
    #[error("position [{0}, {1}] is not a WGS84 longitude/latitude (is the file in RD New, EPSG:28992?)")]
    NotWgs84(f64, f64),
}

impl Shape {
    /// Reads a GeoJSON `geometry` object (Polygon or MultiPolygon, WGS84).
    pub fn from_geojson(geometry: &serde_json::Value) -> Result<Self, GeometryError> {
        let kind = geometry.get("type").and_then(|t| t.as_str()).unwrap_or_default();
        let coords = geometry.get("coordinates").ok_or(GeometryError::Malformed)?;
        let polygons = match kind {
            "Polygon" => vec![parse_polygon(coords)?],
            "MultiPolygon" => coords
                .as_array()
                .ok_or(GeometryError::Malformed)?
                .iter()
                .map(parse_polygon)
                .collect::<Result<_, _>>()?,
            other => return Err(GeometryError::WrongType(other.to_owned())),
        };
        if polygons.is_empty() {
            return Err(GeometryError::Malformed);
        }
        Ok(Self { polygons })
    }

    /// The shape as a GeoJSON MultiPolygon, coordinates rounded to 6 decimals (~10 cm).
    pub fn to_geojson(&self) -> serde_json::Value {
        let round = |v: f64| (v * 1e6).round() / 1e6;
        let coords: Vec<Vec<Vec<[f64; 2]>>> = self
            .polygons
            .iter()
            .map(|p| {
                p.rings
                    .iter()
                    .map(|r| r.iter().map(|[x, y]| [round(*x), round(*y)]).collect())
                    .collect()
            })
            .collect();
        serde_json::json!({ "type": "MultiPolygon", "coordinates": coords })
    }

    pub fn bounding_box(&self) -> BoundingBox {
        let mut b = BoundingBox {
            min_lng: f64::MAX,
            min_lat: f64::MAX,
            max_lng: f64::MIN,
            max_lat: f64::MIN,
        };
        for [x, y] in self.polygons.iter().flat_map(|p| p.rings.iter().flatten()) {
            b.min_lng = b.min_lng.min(*x);
            b.max_lng = b.max_lng.max(*x);
            b.min_lat = b.min_lat.min(*y);
            b.max_lat = b.max_lat.max(*y);
        }
        b
    }

    pub fn contains(&self, lng: f64, lat: f64) -> bool {
        self.polygons.iter().any(|p| p.contains(lng, lat))
    }

    /// A point guaranteed inside the shape (a centroid can fall outside a crescent-shaped ward): the
    /// middle of the widest inside stretch of the horizontal line through the box's middle.
    pub fn interior_point(&self) -> Position {
        let b = self.bounding_box();
        let mut best: Option<(f64, Position)> = None;
        for step in 0..9 {
            let lat = b.min_lat + (b.max_lat - b.min_lat) * (0.5 + f64::from(step - 4) * 0.1);
            let mut xs: Vec<f64> = self
                .polygons
                .iter()
                .flat_map(|p| p.rings.iter())
                .flat_map(|ring| crossings(ring, lat))
                .collect();
            xs.sort_by(f64::total_cmp);
            for pair in xs.chunks_exact(2) {
                let width = pair[1] - pair[0];
                if best.is_none_or(|(w, _)| width > w) {
                    best = Some((width, [(pair[0] + pair[1]) / 2.0, lat]));
                }
            }
        }
        best.map(|(_, p)| p)
            .unwrap_or([(b.min_lng + b.max_lng) / 2.0, (b.min_lat + b.max_lat) / 2.0])
    }
}

impl BoundingBox {
    pub fn contains(&self, lng: f64, lat: f64) -> bool {
        (self.min_lng..=self.max_lng).contains(&lng) && (self.min_lat..=self.max_lat).contains(&lat)
    }
}

impl Polygon {
    pub fn contains(&self, lng: f64, lat: f64) -> bool {
        let crossings_left = self
            .rings
            .iter()
            .flat_map(|ring| crossings(ring, lat))
            .filter(|x| *x < lng)
            .count();
        crossings_left % 2 == 1
    }
}

/// The longitudes where a ring's edges cross the horizontal line at `lat` (half-open per edge, so a
/// vertex on the line is counted once).
fn crossings(ring: &[Position], lat: f64) -> impl Iterator<Item = f64> + '_ {
    let n = ring.len();
    (0..n).filter_map(move |i| {
        let [x1, y1] = ring[i];
        let [x2, y2] = ring[(i + 1) % n];
        if (y1 > lat) != (y2 > lat) {
            Some(x1 + (lat - y1) * (x2 - x1) / (y2 - y1))
        } else {
            None
        }
    })
}

fn parse_polygon(v: &serde_json::Value) -> Result<Polygon, GeometryError> {
    let rings = v
        .as_array()
        .ok_or(GeometryError::Malformed)?
        .iter()
        .map(parse_ring)
        .collect::<Result<Vec<_>, _>>()?;
    if rings.is_empty() {
        return Err(GeometryError::Malformed);
    }
    Ok(Polygon { rings })
}

fn parse_ring(v: &serde_json::Value) -> Result<Vec<Position>, GeometryError> {
    let positions = v.as_array().ok_or(GeometryError::Malformed)?;
    if positions.len() < 4 {
        return Err(GeometryError::RingTooShort);
    }
    positions
        .iter()
        .map(|p| {
            let pair = p
                .as_array()
                .filter(|a| a.len() >= 2)
                .ok_or(GeometryError::Malformed)?;
            let x = pair[0].as_f64().ok_or(GeometryError::Malformed)?;
            let y = pair[1].as_f64().ok_or(GeometryError::Malformed)?;
            if !(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y) {
                return Err(GeometryError::NotWgs84(x, y));
            }
            Ok([x, y])
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use serde_json::json;

    fn square_with_hole() -> Shape {
        Shape::from_geojson(&json!({
            "type": "Polygon",
            "coordinates": [
                [[0.0, 0.0], [10.0, 0.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]],
                [[4.0, 4.0], [6.0, 4.0], [6.0, 6.0], [4.0, 6.0], [4.0, 4.0]]
            ]
        }))
        .unwrap()
    }

    #[test]
    fn inside_outside_and_in_the_hole() {
        let s = square_with_hole();
        assert!(s.contains(1.0, 1.0));
        assert!(!s.contains(5.0, 5.0));
        assert!(!s.contains(11.0, 5.0));
        assert!(!s.contains(-0.1, 5.0));
    }

    #[test]
    fn interior_point_of_a_crescent_is_inside() {
        let c = Shape::from_geojson(&json!({"type": "Polygon", "coordinates": [[
            [0.0, 0.0], [10.0, 0.0], [10.0, 2.0], [2.0, 2.0], [2.0, 8.0], [10.0, 8.0], [10.0, 10.0], [0.0, 10.0], [0.0, 0.0]
        ]]}))
        .unwrap();
        let [x, y] = c.interior_point();
        assert!(c.contains(x, y), "{x},{y}");
        let s = square_with_hole();
        let [x, y] = s.interior_point();
        assert!(s.contains(x, y));
    }

    #[test]
    fn refuses_rd_new_coordinates_and_other_types() {
        let rd = json!({"type": "Polygon", "coordinates": [[[81000.0, 455000.0], [82000.0, 455000.0], [82000.0, 456000.0], [81000.0, 455000.0]]]});
        assert!(matches!(
            Shape::from_geojson(&rd),
            Err(GeometryError::NotWgs84(..))
        ));
        let point = json!({"type": "Point", "coordinates": [4.3, 52.1]});
        assert!(matches!(
            Shape::from_geojson(&point),
            Err(GeometryError::WrongType(_))
        ));
        let short = json!({"type": "Polygon", "coordinates": [[[0.0, 0.0], [1.0, 0.0], [0.0, 0.0]]]});
        assert_eq!(Shape::from_geojson(&short), Err(GeometryError::RingTooShort));
    }

    #[test]
    fn bounding_box() {
        let b = square_with_hole().bounding_box();
        assert_eq!(
            (b.min_lng, b.min_lat, b.max_lng, b.max_lat),
            (0.0, 0.0, 10.0, 10.0)
        );
        assert!(b.contains(5.0, 5.0) && !b.contains(10.5, 5.0));
    }
}
