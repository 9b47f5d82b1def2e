//! CLDR cardinal plural rules (CLDR 46, `plurals.xml`) for whole numbers in our languages: which
//! form of a word a number takes. Written out rather than taken from a library because five small
//! rules cost the browser's WebAssembly nothing, and every case is tested below.

use super::Locale;

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Category {
    Zero,
    One,
    Two,
    Few,
    Many,
    Other,
}

impl Category {
    pub fn name(self) -> &'static str {
        match self {
            Category::Zero => "zero",
            Category::One => "one",
            Category::Two => "two",
            Category::Few => "few",
            Category::Many => "many",
            Category::Other => "other",
        }
    }
}

/// The plural category of the whole number `n` in `locale`.
pub fn category(locale: Locale, n: i64) -> Category {
    let n = n.unsigned_abs();
    match locale {
        // Dutch, English, Turkish: one for 1, other for the rest.
        Locale::Nl | Locale::En | Locale::Tr => {
            if n == 1 {
                Category::One
            } else {
                Category::Other
            }
        }
        // Arabic: 0, 1, 2 each their own; 3–10 few, 11–99 many (by the last two digits), else other.
        Locale::Ar => match (n, n % 100) {
            (0, _) => Category::Zero,
            (1, _) => Category::One,
            (2, _) => Category::Two,
            (_, 3..=10) => Category::Few,
            (_, 11..=99) => Category::Many,
            _ => Category::Other,
        },
        // Polish: one for 1; few when it ends in 2–4 but not 12–14; many for the other integers.
        Locale::Pl => {
            if n == 1 {
                Category::One
            } else if matches!(n % 10, 2..=4) && !matches!(n % 100, 12..=14) {
                Category::Few
            } else {
                Category::Many
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::Category::*;
    use super::*;

    #[test]
    fn arabic() {
        let cases = [
            (0, Zero),
            (1, One),
            (2, Two),
            (3, Few),
            (10, Few),
            (11, Many),
            (99, Many),
            (100, Other),
            (102, Other),
            (103, Few),
            (111, Many),
            (1000, Other),
        ];
        for (n, want) in cases {
            assert_eq!(category(Locale::Ar, n), want, "ar {n}");
        }
    }

    #[test]
    fn polish() {
        let cases = [
            (0, Many),
            (1, One),
            (2, Few),
            (4, Few),
            (5, Many),
            (12, Many),
            (14, Many),
            (21, Many),
            (22, Few),
            (25, Many),
            (102, Few),
            (112, Many),
        ];
        for (n, want) in cases {
            assert_eq!(category(Locale::Pl, n), want, "pl {n}");
        }
    }

    #[test]
    fn dutch_english_turkish() {
        for locale in [Locale::Nl, Locale::En, Locale::Tr] {
            assert_eq!(category(locale, 1), One);
            for n in [0, 2, 5, 11, 21, 101] {
                assert_eq!(category(locale, n), Other, "{locale:?} {n}");
            }
        }
    }
}
