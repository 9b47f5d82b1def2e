//! Category names in the reader's language. Only server components call this: the islands get
//! their category names already worded (`worded`), so these texts never travel to the browser.

use crate::domain::views::IdeaFormOptions;
use crate::i18n::{t, Msg};

/// A category's name in the reader's language. The categories a new installation starts with have
/// translations; a category the municipality added or renamed keeps the name it was given (the
/// translation is used only while the stored name is still the shipped Dutch one).
pub fn category_label(slug: &str, stored: &str) -> String {
    /// The categories of the foundation migration: slug, stored name, translation.
    const SHIPPED: [(&str, &str, Msg); 7] = [
        ("groen", "Groen", Msg::CategoryGroen),
        ("spelen", "Spelen", Msg::CategorySpelen),
        (
            "verkeer-en-veiligheid",
            "Verkeer en veiligheid",
            Msg::CategoryVerkeer,
        ),
        ("ontmoeten", "Ontmoeten", Msg::CategoryOntmoeten),
        ("schoon-en-heel", "Schoon en heel", Msg::CategorySchoon),
        ("cultuur", "Cultuur", Msg::CategoryCultuur),
        ("anders", "Anders", Msg::CategoryAnders),
    ];
    SHIPPED
        .iter()
        .find(|(s, name, _)| *s == slug && *name == stored)
        .map_or_else(|| stored.to_owned(), |(_, _, msg)| t(*msg).to_owned())
}

/// The form's options with each category named in the reader's language, for an island.
pub fn worded(mut options: IdeaFormOptions) -> IdeaFormOptions {
    for c in &mut options.categories {
        c.name = category_label(&c.slug, &c.name);
    }
    options
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn shipped_categories_are_translated_and_a_municipality_s_own_names_kept() {
        use crate::i18n::{in_locale, Locale};
        assert_eq!(
            in_locale(Locale::En, || category_label("groen", "Groen")),
            "Green spaces"
        );
        assert_eq!(
            in_locale(Locale::Pl, || category_label(
                "verkeer-en-veiligheid",
                "Verkeer en veiligheid"
            )),
            "Ruch i bezpieczeństwo"
        );
        assert_eq!(
            in_locale(Locale::Nl, || category_label("groen", "Groen")),
            "Groen"
        );
        // Renamed by the municipality, or one of its own: as it was named.
        assert_eq!(
            in_locale(Locale::En, || category_label("groen", "Groen en natuur")),
            "Groen en natuur"
        );
        assert_eq!(
            in_locale(Locale::Tr, || category_label("sport", "Sport")),
            "Sport"
        );
    }
}
