//! Ward outlines as a map needs them: coordinates rounded to six decimals (10 cm) and each ring
//! simplified (Ramer–Douglas–Peucker) to within about a metre and a half, a fraction of a pixel at
//! every zoom the maps use. The outlines of Den Haag's 44 wijken go from 507 KB to a fraction of that,
//! and a phone parses and projects that many fewer points before the first map is drawn.

use serde_json::Value;

/// How far (in degrees; 0.000015° ≈ 1.7 m north–south, 1 m east–west here) a simplified line may
/// stray from the original.
const TOLERANCE: f64 = 0.000015;

/// Simplifies a GeoJSON `Polygon` or `MultiPolygon` geometry in place; anything else is left alone.
pub fn simplify_geometry(geometry: &mut Value) {
    let kind = geometry
        .get("type")
        .and_then(Value::as_str)
        .unwrap_or_default()
        .to_owned();
    let Some(coordinates) = geometry.get_mut("coordinates") else {
        return;
    };
    match kind.as_str() {
        "Polygon" => simplify_polygon(coordinates),
        "MultiPolygon" => {
            if let Some(polygons) = coordinates.as_array_mut() {
                polygons.iter_mut().for_each(simplify_polygon);
            }
        }
        _ => {}
    }
}

fn simplify_polygon(rings: &mut Value) {
    let Some(rings) = rings.as_array_mut() else { return };
    for ring in rings.iter_mut() {
        let points: Option<Vec<(f64, f64)>> = ring.as_array().map(|ps| {
            ps.iter()
                .filter_map(|p| Some((p.get(0)?.as_f64()?, p.get(1)?.as_f64()?)))
                .collect()
        });
        let Some(points) = points else { continue };
        let kept = simplify_ring(&points);
        *ring = Value::Array(
            kept.into_iter()
                .map(|(x, y)| serde_json::json!([round(x), round(y)]))
                .collect(),
        );
    }
}

fn round(v: f64) -> f64 {
    (v * 1e6).round() / 1e6
}

/// A closed ring, simplified; never fewer than four points (three corners and the closing one).
pub fn simplify_ring(points: &[(f64, f64)]) -> Vec<(f64, f64)> {
    if points.len() <= 4 {
        return points.to_vec();
    }
    // A ring's first and last points are the same: split it at the point farthest from the start,
    // so each half is an open line with distinct ends.
    let far = (1..points.len() - 1)
        .max_by(|&a, &b| distance2(points[0], points[a]).total_cmp(&distance2(points[0], points[b])))
        .unwrap_or(1);
    let mut keep = vec![false; points.len()];
    keep[0] = true;
    keep[far] = true;
    keep[points.len() - 1] = true;
    mark(points, 0, far, &mut keep);
    mark(points, far, points.len() - 1, &mut keep);
    let kept: Vec<(f64, f64)> = points
        .iter()
        .zip(&keep)
        .filter_map(|(p, k)| k.then_some(*p))
        .collect();
    if kept.len() < 4 {
        points.to_vec()
    } else {
        kept
    }
}

/// Marks the points between `from` and `to` that the line needs (iteratively: rings can be long).
fn mark(points: &[(f64, f64)], from: usize, to: usize, keep: &mut [bool]) {
    let mut stack = vec![(from, to)];
    while let Some((a, b)) = stack.pop() {
        if b <= a + 1 {
            continue;
        }
        let (index, distance) = (a + 1..b)
            .map(|i| (i, segment_distance(points[i], points[a], points[b])))
            .max_by(|x, y| x.1.total_cmp(&y.1))
            .unwrap_or((a, 0.0));
        if distance > TOLERANCE {
            keep[index] = true;
            stack.push((a, index));
            stack.push((index, b));
        }
    }
}

fn distance2(a: (f64, f64), b: (f64, f64)) -> f64 {
    (a.0 - b.0).powi(2) + (a.1 - b.1).powi(2)
}

/// The distance from `p` to the segment `a`–`b`, in degrees.
fn segment_distance(p: (f64, f64), a: (f64, f64), b: (f64, f64)) -> f64 {
    let length2 = distance2(a, b);
    if length2 == 0.0 {
        return distance2(p, a).sqrt();
    }
    let t = (((p.0 - a.0) * (b.0 - a.0) + (p.1 - a.1) * (b.1 - a.1)) / length2).clamp(0.0, 1.0);
    distance2(p, (a.0 + t * (b.0 - a.0), a.1 + t * (b.1 - a.1))).sqrt()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn points_on_a_straight_edge_go_corners_stay() {
        // A square with extra points along its edges, and one real bump.
        let mut ring = vec![(0.0, 0.0)];
        for i in 1..10 {
            ring.push((i as f64 * 0.001, 0.0));
        }
        ring.extend([
            (0.01, 0.0),
            (0.01, 0.005),
            (0.0101, 0.0051),
            (0.01, 0.0052),
            (0.01, 0.01),
            (0.0, 0.01),
            (0.0, 0.0),
        ]);
        let kept = simplify_ring(&ring);
        assert!(kept.len() < ring.len());
        for corner in [
            (0.0, 0.0),
            (0.01, 0.0),
            (0.01, 0.01),
            (0.0, 0.01),
            (0.0101, 0.0051),
        ] {
            assert!(kept.contains(&corner), "{corner:?} kept");
        }
        assert!(!kept.contains(&(0.005, 0.0)), "a point on a straight edge goes");
        assert_eq!(kept.first(), kept.last(), "still closed");
    }

    #[test]
    fn a_triangle_stays_whole_and_geometry_is_rounded() {
        let mut g = serde_json::json!({
            "type": "MultiPolygon",
            "coordinates": [[[[4.1234567891, 52.0], [4.2, 52.0], [4.2, 52.1], [4.1234567891, 52.0]]]]
        });
        simplify_geometry(&mut g);
        assert_eq!(g["coordinates"][0][0].as_array().unwrap().len(), 4);
        assert_eq!(g["coordinates"][0][0][0][0], 4.123457);
    }
}
