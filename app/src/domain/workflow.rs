//! The idea lifecycle as one explicit state machine (PRODUCT.md).
//!
//! Main path: ingediend → opgepakt → in_voorbereiding → in_uitvoering → gerealiseerd, one step back
//! allowed while work is under way. Side exits (niet_haalbaar, samengevoegd, doorverwezen) from any
//! open state, each with a public explanation; samengevoegd names the idea it merged into, doorverwezen
//! where it went. Ingetrokken only by the author, while the idea is still ingediend. A closed idea can be
//! reopened (back to opgepakt) with an explanation. `ingediend → opgepakt` happens by claiming, and
//! `opgepakt → ingediend` when the lead releases it, never as a bare status change.

use super::Status;
use crate::i18n::Msg;

/// Who asks for the change, as far as the state machine cares.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mover {
    /// The idea's author (a resident).
    Author,
    /// A professional with the right to move this idea (the lead, or an editor).
    Professional,
}

/// What comes with a change besides the target state.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Justification {
    /// The public explanation; required for side exits, withdrawal and reopening.
    pub explanation: Option<String>,
    /// For `samengevoegd`: the surviving idea.
    pub merged_into: Option<i64>,
    /// For `doorverwezen`: where the idea went (an organisation, a service).
    pub referred_to: Option<String>,
}

/// Why a change is refused; each has a message for the reader.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    NotAllowed,
    ExplanationRequired,
    MergeTargetRequired,
    ReferralRequired,
    ClaimInstead,
}

impl Refusal {
    pub fn message(self) -> Msg {
        match self {
            Refusal::NotAllowed => Msg::ErrTransitionNotAllowed,
            Refusal::ExplanationRequired => Msg::ErrExplanationRequired,
            Refusal::MergeTargetRequired => Msg::ErrMergeTargetRequired,
            Refusal::ReferralRequired => Msg::ErrReferralRequired,
            Refusal::ClaimInstead => Msg::ErrClaimInstead,
        }
    }
}

pub fn is_closed(status: Status) -> bool {
    !is_open(status)
}

pub fn is_open(status: Status) -> bool {
    matches!(
        status,
        Status::Ingediend | Status::Opgepakt | Status::InVoorbereiding | Status::InUitvoering
    )
}

fn is_side_exit(status: Status) -> bool {
    matches!(
        status,
        Status::NietHaalbaar | Status::Samengevoegd | Status::Doorverwezen
    )
}

/// Whether the move `from → to` is on the map at all, for this mover (before checking what comes with it).
fn on_the_map(from: Status, to: Status, mover: Mover) -> Result<(), Refusal> {
    use Status::*;
    let allowed = match mover {
        Mover::Author => from == Ingediend && to == Ingetrokken,
        Mover::Professional => match (from, to) {
            (Ingediend, Opgepakt) => return Err(Refusal::ClaimInstead),
            (Opgepakt, InVoorbereiding)
            | (InVoorbereiding, InUitvoering)
            | (InUitvoering, Gerealiseerd)
            | (InVoorbereiding, Opgepakt)
            | (InUitvoering, InVoorbereiding) => true,
            (from, to) if is_open(from) && is_side_exit(to) => true,
            (from, Opgepakt) if is_closed(from) => true,
            _ => false,
        },
    };
    if allowed {
        Ok(())
    } else {
        Err(Refusal::NotAllowed)
    }
}

/// Whether the move `from → to` must come with a public explanation.
pub fn needs_explanation(from: Status, to: Status) -> bool {
    is_side_exit(to) || to == Status::Ingetrokken || is_closed(from)
}

/// Checks a change of status. `Ok` means it may be recorded as asked.
pub fn check(from: Status, to: Status, mover: Mover, why: &Justification) -> Result<(), Refusal> {
    on_the_map(from, to, mover)?;
    let explained = why.explanation.as_deref().is_some_and(|e| !e.trim().is_empty());
    if needs_explanation(from, to) && !explained {
        return Err(Refusal::ExplanationRequired);
    }
    if to == Status::Samengevoegd && why.merged_into.is_none() {
        return Err(Refusal::MergeTargetRequired);
    }
    if to == Status::Doorverwezen && why.referred_to.as_deref().is_none_or(|r| r.trim().is_empty()) {
        return Err(Refusal::ReferralRequired);
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;
    use Status::*;

    fn explained() -> Justification {
        Justification {
            explanation: Some("Besproken met de bewoner.".into()),
            merged_into: Some(1),
            referred_to: Some("Meldingen openbare ruimte".into()),
        }
    }

    /// Every (from, to, mover) pair and whether it is allowed with a full justification.
    fn expected(from: Status, to: Status, mover: Mover) -> bool {
        match mover {
            Mover::Author => from == Ingediend && to == Ingetrokken,
            Mover::Professional => matches!(
                (from, to),
                (Opgepakt, InVoorbereiding)
                    | (InVoorbereiding, InUitvoering)
                    | (InUitvoering, Gerealiseerd)
                    | (InVoorbereiding, Opgepakt)
                    | (InUitvoering, InVoorbereiding)
                    | (
                        Ingediend | Opgepakt | InVoorbereiding | InUitvoering,
                        NietHaalbaar | Samengevoegd | Doorverwezen
                    )
                    | (
                        Gerealiseerd | NietHaalbaar | Samengevoegd | Doorverwezen | Ingetrokken,
                        Opgepakt
                    )
            ),
        }
    }

    #[test]
    fn every_transition_is_allowed_or_refused_as_the_lifecycle_says() {
        let mut allowed = 0;
        for from in Status::ALL {
            for to in Status::ALL {
                for mover in [Mover::Author, Mover::Professional] {
                    let got = check(from, to, mover, &explained()).is_ok();
                    assert_eq!(got, expected(from, to, mover), "{from:?} → {to:?} by {mover:?}");
                    allowed += usize::from(got);
                }
            }
        }
        // 5 main-path steps and steps back, 4 open states × 3 side exits, 5 reopenings, 1 withdrawal.
        assert_eq!(allowed, 5 + 12 + 5 + 1);
    }

    #[test]
    fn claiming_not_a_status_change_picks_an_idea_up() {
        assert_eq!(
            check(Ingediend, Opgepakt, Mover::Professional, &explained()),
            Err(Refusal::ClaimInstead)
        );
    }

    #[test]
    fn side_exits_withdrawal_and_reopening_need_an_explanation() {
        let none = Justification::default();
        for (from, to, mover) in [
            (Opgepakt, NietHaalbaar, Mover::Professional),
            (Ingediend, Ingetrokken, Mover::Author),
            (Gerealiseerd, Opgepakt, Mover::Professional),
        ] {
            assert_eq!(
                check(from, to, mover, &none),
                Err(Refusal::ExplanationRequired),
                "{to:?}"
            );
        }
        let blank = Justification {
            explanation: Some("   ".into()),
            ..Default::default()
        };
        assert_eq!(
            check(Opgepakt, NietHaalbaar, Mover::Professional, &blank),
            Err(Refusal::ExplanationRequired)
        );
        let only_why = Justification {
            explanation: Some("Dubbel".into()),
            ..Default::default()
        };
        assert_eq!(
            check(Opgepakt, Samengevoegd, Mover::Professional, &only_why),
            Err(Refusal::MergeTargetRequired)
        );
        assert_eq!(
            check(Opgepakt, Doorverwezen, Mover::Professional, &only_why),
            Err(Refusal::ReferralRequired)
        );
        // The main path needs no explanation.
        assert_eq!(
            check(
                Opgepakt,
                InVoorbereiding,
                Mover::Professional,
                &Justification::default()
            ),
            Ok(())
        );
    }
}
