//! The idea lifecycle's states (PRODUCT.md). Each has a word, a colour class and an icon, so status is
//! never told by colour alone. The transitions arrive with the professionals' workflow.

use crate::i18n::Msg;
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum Status {
    Ingediend,
    Opgepakt,
    InVoorbereiding,
    InUitvoering,
    Gerealiseerd,
    NietHaalbaar,
    Samengevoegd,
    Doorverwezen,
    Ingetrokken,
}

impl Status {
    pub const ALL: [Status; 9] = [
        Status::Ingediend,
        Status::Opgepakt,
        Status::InVoorbereiding,
        Status::InUitvoering,
        Status::Gerealiseerd,
        Status::NietHaalbaar,
        Status::Samengevoegd,
        Status::Doorverwezen,
        Status::Ingetrokken,
    ];

    /// The value stored in the database and used in URLs.
    pub fn as_str(self) -> &'static str {
        match self {
            Status::Ingediend => "ingediend",
            Status::Opgepakt => "opgepakt",
            Status::InVoorbereiding => "in_voorbereiding",
            Status::InUitvoering => "in_uitvoering",
            Status::Gerealiseerd => "gerealiseerd",
            Status::NietHaalbaar => "niet_haalbaar",
            Status::Samengevoegd => "samengevoegd",
            Status::Doorverwezen => "doorverwezen",
            Status::Ingetrokken => "ingetrokken",
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|st| st.as_str() == s)
    }

    pub fn label(self) -> Msg {
        match self {
            Status::Ingediend => Msg::StatusIngediend,
            Status::Opgepakt => Msg::StatusOpgepakt,
            Status::InVoorbereiding => Msg::StatusInVoorbereiding,
            Status::InUitvoering => Msg::StatusInUitvoering,
            Status::Gerealiseerd => Msg::StatusGerealiseerd,
            Status::NietHaalbaar => Msg::StatusNietHaalbaar,
            Status::Samengevoegd => Msg::StatusSamengevoegd,
            Status::Doorverwezen => Msg::StatusDoorverwezen,
            Status::Ingetrokken => Msg::StatusIngetrokken,
        }
    }

    /// Open311 GeoReport v2 knows two states: an idea is `open` while it can still be realised.
    pub fn open311(self) -> &'static str {
        if self.accepts_support() {
            "open"
        } else {
            "closed"
        }
    }

    /// Whether residents can still take part: support it, and it can still change. Realised ideas stay
    /// open for comments (people thank and discuss), but supporting them no longer means anything.
    pub fn accepts_support(self) -> bool {
        matches!(
            self,
            Status::Ingediend | Status::Opgepakt | Status::InVoorbereiding | Status::InUitvoering
        )
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn round_trips_through_its_stored_form() {
        for s in Status::ALL {
            assert_eq!(Status::parse(s.as_str()), Some(s));
        }
        assert_eq!(Status::parse("bogus"), None);
    }
}
