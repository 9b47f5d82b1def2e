//! Ward shapes on the georust crates: `geojson` reads and writes the GeoJSON (RFC 7946), `geo` answers
//! which ward holds a point (`Contains`, holes respected), a ward's bounding box, a label point that
//! lies inside even a crescent-shaped ward (`InteriorPoint`), and the simplified outline a map draws
//! (`Simplify`, Ramer–Douglas–Peucker).
//!
//! Wards are few (Den Haag: 44 wijken, 114 buurten) and change rarely, so they are stored as GeoJSON
//! text with a bounding box; the database narrows the candidates by box and this module decides by
//! shape. What this module adds to the crates is what a ward file must be: a Polygon or
//! MultiPolygon in WGS84 longitude/latitude (a file in RD New is refused with a hint), rings of at
//! least four positions.

use geo::{BoundingRect, Contains, InteriorPoint, MapCoords, MultiPolygon, Point, Simplify};
use geojson::{GeometryValue, PolygonType};

/// `[lng, lat]`, GeoJSON's order.
pub type Position = [f64; 2];

/// A ward's outline: one or more polygons, each with any holes (enclaves).
#[derive(Debug, Clone, PartialEq)]
pub struct Shape(MultiPolygon<f64>);

#[derive(Debug, Clone, Copy, PartialEq)]
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
        if let Some(kind) = geometry.get("type").and_then(|t| t.as_str()) {
            if kind != "Polygon" && kind != "MultiPolygon" {
                return Err(GeometryError::WrongType(kind.to_owned()));
            }
        }
        let parsed: geojson::Geometry =
            serde_json::from_value(geometry.clone()).map_err(|_| GeometryError::Malformed)?;
        Self::from_value(&parsed.value)
    }

    /// Reads GeoJSON geometry text, as the database stores it.
    pub fn from_geojson_str(text: &str) -> Result<Self, GeometryError> {
        let parsed: geojson::Geometry = text.parse().map_err(|_| GeometryError::Malformed)?;
        Self::from_value(&parsed.value)
    }

    fn from_value(value: &GeometryValue) -> Result<Self, GeometryError> {
        let polygons: Vec<&PolygonType> = match value {
            GeometryValue::Polygon { coordinates } => vec![coordinates],
            GeometryValue::MultiPolygon { coordinates } => coordinates.iter().collect(),
            other => return Err(GeometryError::WrongType(other.type_name().to_owned())),
        };
        if polygons.is_empty() || polygons.iter().any(|p| p.is_empty()) {
            return Err(GeometryError::Malformed);
        }
        for position in polygons
            .iter()
            .flat_map(|p| p.iter())
            .flat_map(|ring| ring.iter())
        {
            let (x, y) = match position.as_slice() {
                [x, y, ..] => (*x, *y),
                _ => return Err(GeometryError::Malformed),
            };
            if !(-180.0..=180.0).contains(&x) || !(-90.0..=90.0).contains(&y) {
                return Err(GeometryError::NotWgs84(x, y));
            }
        }
        if polygons.iter().flat_map(|p| p.iter()).any(|ring| ring.len() < 4) {
            return Err(GeometryError::RingTooShort);
        }
        let multi = match value {
            GeometryValue::Polygon { .. } => {
                geo::Polygon::<f64>::try_from(value).map(|p| MultiPolygon::new(vec![p]))
            }
            _ => MultiPolygon::<f64>::try_from(value),
        };
        Ok(Self(multi.map_err(|_| GeometryError::Malformed)?))
    }

    /// The shape as a GeoJSON MultiPolygon, coordinates rounded to 6 decimals (~10 cm).
    pub fn to_geojson(&self) -> serde_json::Value {
        let rounded = self
            .0
            .map_coords(|c| geo::coord! { x: round6(c.x), y: round6(c.y) });
        serde_json::to_value(geojson::Geometry::from(&rounded)).unwrap_or(serde_json::Value::Null)
    }

    /// The outline a map draws: no point strays more than `tolerance` degrees from the original line,
    /// and every ring keeps at least four positions.
    pub fn simplified(&self, tolerance: f64) -> Self {
        Self(self.0.simplify(tolerance))
    }

    /// How many positions the outline has (what a browser parses and projects).
    pub fn position_count(&self) -> usize {
        self.0
            .iter()
            .map(|p| p.exterior().0.len() + p.interiors().iter().map(|r| r.0.len()).sum::<usize>())
            .sum()
    }

    pub fn bounding_box(&self) -> BoundingBox {
        match self.0.bounding_rect() {
            Some(rect) => BoundingBox {
                min_lng: rect.min().x,
                min_lat: rect.min().y,
                max_lng: rect.max().x,
                max_lat: rect.max().y,
            },
            None => BoundingBox {
                min_lng: 0.0,
                min_lat: 0.0,
                max_lng: 0.0,
                max_lat: 0.0,
            },
        }
    }

    pub fn contains(&self, lng: f64, lat: f64) -> bool {
        self.0.contains(&Point::new(lng, lat))
    }

    /// A point guaranteed inside the shape (a centroid can fall outside a crescent-shaped ward).
    pub fn interior_point(&self) -> Position {
        match self.0.interior_point() {
            Some(p) => [p.x(), p.y()],
            None => {
                let b = self.bounding_box();
                [(b.min_lng + b.max_lng) / 2.0, (b.min_lat + b.max_lat) / 2.0]
            }
        }
    }
}

impl BoundingBox {
    pub fn contains(&self, lng: f64, lat: f64) -> bool {
        (self.min_lng..=self.max_lng).contains(&lng) && (self.min_lat..=self.max_lat).contains(&lat)
    }
}

fn round6(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
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
        let broken = json!({"type": "Polygon", "coordinates": "here"});
        assert_eq!(Shape::from_geojson(&broken), Err(GeometryError::Malformed));
        assert_eq!(Shape::from_geojson_str("{"), Err(GeometryError::Malformed));
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

    #[test]
    fn written_and_read_back_rounded_to_six_decimals() {
        let s = Shape::from_geojson(&json!({"type": "Polygon", "coordinates": [[
            [4.1234567891, 52.0], [4.2, 52.0], [4.2, 52.1], [4.1234567891, 52.0]
        ]]}))
        .unwrap();
        let written = s.to_geojson();
        assert_eq!(written["type"], "MultiPolygon");
        assert_eq!(written["coordinates"][0][0][0][0], 4.123457);
        let again = Shape::from_geojson_str(&written.to_string()).unwrap();
        assert_eq!(again.position_count(), 4);
    }

    #[test]
    fn simplifying_drops_points_on_straight_edges_and_keeps_corners() {
        // A square with extra points along its bottom edge, and one real bump on the right.
        let mut ring: Vec<[f64; 2]> = (0..10).map(|i| [f64::from(i) * 0.001, 0.0]).collect();
        ring.extend([
            [0.01, 0.0],
            [0.01, 0.005],
            [0.0101, 0.0051],
            [0.01, 0.0052],
            [0.01, 0.01],
            [0.0, 0.01],
            [0.0, 0.0],
        ]);
        let s = Shape::from_geojson(&json!({"type": "Polygon", "coordinates": [ring]})).unwrap();
        let simple = s.simplified(0.000015);
        assert!(simple.position_count() < s.position_count());
        let kept = simple.to_geojson()["coordinates"][0][0].clone();
        for corner in [
            [0.0, 0.0],
            [0.01, 0.0],
            [0.01, 0.01],
            [0.0, 0.01],
            [0.0101, 0.0051],
        ] {
            assert!(
                kept.as_array().unwrap().contains(&json!(corner)),
                "{corner:?} kept"
            );
        }
        assert!(!kept.as_array().unwrap().contains(&json!([0.005, 0.0])));
        let triangle = Shape::from_geojson(&json!({"type": "Polygon", "coordinates": [[
            [0.0, 0.0], [1.0, 0.0], [1.0, 1.0], [0.0, 0.0]
        ]]}))
        .unwrap();
        assert_eq!(
            triangle.simplified(10.0).position_count(),
            4,
            "a ring keeps four positions"
        );
    }
}
