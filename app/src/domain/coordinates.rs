//! A point on Earth in WGS84 (what Leaflet and GeoJSON speak). Parsing refuses NaN, infinities and
//! out-of-range values; whether the point lies inside the municipality is the wards' business.

use crate::error::AppError;
use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Serialize, Deserialize)]
pub struct Coordinates {
    lat: f64,
    lng: f64,
}

impl Coordinates {
    pub fn parse(lat: f64, lng: f64) -> Result<Self, AppError> {
        if !lat.is_finite()
            || !lng.is_finite()
            || !(-90.0..=90.0).contains(&lat)
            || !(-180.0..=180.0).contains(&lng)
        {
            return Err(AppError::invalid("location", Msg::ErrCoordinatesInvalid));
        }
        Ok(Self { lat, lng })
    }

    /// Parses the text of a form field pair, as a browser without JavaScript sends them.
    pub fn parse_text(lat: &str, lng: &str) -> Result<Self, AppError> {
        let number = |s: &str| s.trim().replace(',', ".").parse::<f64>();
        match (number(lat), number(lng)) {
            (Ok(lat), Ok(lng)) => Self::parse(lat, lng),
            _ => Err(AppError::invalid("location", Msg::ErrCoordinatesInvalid)),
        }
    }

    pub fn lat(&self) -> f64 {
        self.lat
    }

    pub fn lng(&self) -> f64 {
        self.lng
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn accepts_points_on_earth() {
        let c = Coordinates::parse(52.0705, 4.3007).unwrap();
        assert_eq!((c.lat(), c.lng()), (52.0705, 4.3007));
        assert!(Coordinates::parse(-90.0, 180.0).is_ok());
    }

    #[test]
    fn refuses_nan_infinite_and_out_of_range() {
        for (lat, lng) in [
            (f64::NAN, 4.0),
            (52.0, f64::INFINITY),
            (90.1, 4.0),
            (52.0, -180.5),
        ] {
            assert!(Coordinates::parse(lat, lng).is_err(), "{lat},{lng}");
        }
    }

    #[test]
    fn parses_form_text_with_dutch_decimal_comma() {
        let c = Coordinates::parse_text("52,07", " 4.30 ").unwrap();
        assert_eq!((c.lat(), c.lng()), (52.07, 4.30));
        assert!(Coordinates::parse_text("NaN", "4").is_err());
        assert!(Coordinates::parse_text("", "4").is_err());
    }
}
