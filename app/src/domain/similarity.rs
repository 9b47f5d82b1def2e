//! "Bestaat dit idee al?": whether two idea titles are about the same thing, and whether two points are
//! near. Titles are compared by their meaningful words (Dutch stop words dropped, diacritics folded,
//! words cut to a stem of at most 6 letters so "bankjes" meets "bankje"); the score is the share of the
//! shorter title's words found in the other.

const STOP_WORDS: &[&str] = &[
    "de", "het", "een", "en", "of", "in", "op", "aan", "bij", "van", "voor", "met", "naar", "om", "te",
    "door", "over", "uit", "tot", "meer", "minder", "graag", "nieuwe", "nieuw", "wij", "we", "ik", "je",
    "onze", "ons", "er", "is", "zijn", "wordt", "worden", "kan", "kunnen", "moet", "willen", "geen", "niet",
    "wat", "hier", "daar", "deze", "die", "dat", "dit",
];

/// The stems of a title's meaningful words.
pub fn stems(title: &str) -> Vec<String> {
    let mut out: Vec<String> = title
        .split(|c: char| !c.is_alphanumeric())
        .map(fold)
        .filter(|w| w.chars().count() >= 3 && !STOP_WORDS.contains(&w.as_str()))
        .map(|w| w.chars().take(6).collect())
        .collect();
    out.sort();
    out.dedup();
    out
}

fn fold(word: &str) -> String {
    word.to_lowercase()
        .chars()
        .map(|c| match c {
            'á' | 'à' | 'â' | 'ä' => 'a',
            'é' | 'è' | 'ê' | 'ë' => 'e',
            'í' | 'ì' | 'î' | 'ï' => 'i',
            'ó' | 'ò' | 'ô' | 'ö' => 'o',
            'ú' | 'ù' | 'û' | 'ü' => 'u',
            'ç' => 'c',
            other => other,
        })
        .collect()
}

/// 0.0 (nothing shared) to 1.0 (every word of the shorter title is in the other).
pub fn title_similarity(a: &str, b: &str) -> f64 {
    let (a, b) = (stems(a), stems(b));
    let shorter = a.len().min(b.len());
    if shorter == 0 {
        return 0.0;
    }
    let shared = a.iter().filter(|w| b.contains(w)).count();
    shared as f64 / shorter as f64
}

/// Titles at least this similar are shown as a possible duplicate.
pub const SIMILAR_ENOUGH: f64 = 0.5;

/// Distance in metres between two points (`geo`'s haversine; plenty for a neighbourhood).
#[cfg(feature = "ssr")]
pub fn distance_m(lat1: f64, lng1: f64, lat2: f64, lng2: f64) -> f64 {
    use geo::{Distance, Haversine, Point};
    Haversine.distance(Point::new(lng1, lat1), Point::new(lng2, lat2))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn similar_titles_score_high_and_others_low() {
        assert!(
            title_similarity(
                "Meer bankjes in het Zuiderpark",
                "Bankje bij de vijver Zuiderpark"
            ) >= 0.5
        );
        assert!(title_similarity("Speeltuin opknappen", "Nieuwe speeltuin aan de Laan") >= 0.5);
        assert!(title_similarity("Meer bankjes in het Zuiderpark", "Minder hondenpoep op de stoep") < 0.5);
        assert_eq!(title_similarity("de het een", "de het een"), 0.0);
        assert_eq!(stems("Café Één Plein"), vec!["cafe", "plein"]);
    }

    #[cfg(feature = "ssr")]
    #[test]
    fn distances_in_the_city() {
        // Den Haag Centraal to the Binnenhof: about 800 m.
        let d = distance_m(52.0809, 4.3247, 52.0799, 4.3133);
        assert!((700.0..900.0).contains(&d), "{d}");
        assert_eq!(distance_m(52.0, 4.3, 52.0, 4.3), 0.0);
    }
}
