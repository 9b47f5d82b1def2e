//! Wijken no professional covers. An idea there must still reach someone: the administrator names
//! who answers for those wijken (one professional, or an organisation's team), they see such ideas
//! on their workbench and may take them on, and the idea's page tells its author who that is, or
//! honestly that nobody is named yet.

use serde::{Deserialize, Serialize};

/// Who answers for the uncovered wijken, as the administrator's form sends it
/// (`professional-12`, `organisatie-3`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum Responder {
    Professional(i64),
    Organisation(i64),
}

impl Responder {
    pub fn as_value(self) -> String {
        match self {
            Responder::Professional(id) => format!("professional-{id}"),
            Responder::Organisation(id) => format!("organisatie-{id}"),
        }
    }

    /// `None` for anything else, the empty choice ("nobody") included.
    pub fn parse(s: &str) -> Option<Self> {
        let id = |prefix: &str| {
            s.trim()
                .strip_prefix(prefix)
                .and_then(|n| n.parse::<i64>().ok())
                .filter(|n| *n > 0)
        };
        id("professional-")
            .map(Responder::Professional)
            .or_else(|| id("organisatie-").map(Responder::Organisation))
    }
}

/// Who reads a new idea in its wijk, as the idea's page says it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub enum Coverage {
    /// Professionals work in the idea's wijk.
    Covered,
    /// Nobody works in the wijk; this professional answers for such wijken.
    Professional {
        name: String,
        title: Option<crate::domain::roles::Title>,
        organisation: Option<String>,
    },
    /// Nobody works in the wijk; this organisation's team answers for such wijken.
    Team { organisation: String },
    /// Nobody works in the wijk, and nobody is named to answer yet.
    Nobody,
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_choice_reads_back_as_written() {
        for r in [Responder::Professional(12), Responder::Organisation(3)] {
            assert_eq!(Responder::parse(&r.as_value()), Some(r));
        }
        for nonsense in [
            "",
            "professional-",
            "organisatie-x",
            "professional--4",
            "team-3",
            "12",
        ] {
            assert_eq!(Responder::parse(nonsense), None, "{nonsense}");
        }
    }
}
