//! What an idea's work leaves behind: the kinds of lines on its timeline, and the states of a handover.

use super::stored_enum::stored_enum;

stored_enum!(TimelineKind {
    ClaimLead => "claim_lead", TimelineClaimLead;
    ClaimSupporting => "claim_supporting", TimelineClaimSupporting;
    Release => "release", TimelineRelease;
    Handover => "handover", TimelineHandover;
    Status => "status", TimelineStatus;
    Edited => "edited", TimelineEdited;
    MilestoneAdded => "milestone_added", TimelineMilestoneAdded;
    MilestoneMoved => "milestone_moved", TimelineMilestoneMoved;
    MilestoneDone => "milestone_done", TimelineMilestoneDone;
    MilestoneReopened => "milestone_reopened", TimelineMilestoneReopened;
    MilestoneRemoved => "milestone_removed", TimelineMilestoneRemoved;
    ProgressSet => "progress_set", TimelineProgressSet;
    ProgressFollowsMilestones => "progress_follows_milestones", TimelineProgressFollowsMilestones;
    Update => "update", TimelineUpdate;
});

impl TimelineKind {
    /// Whether the open-data feeds list rows of this kind: status changes and progress. Claims,
    /// releases, handovers and edits are the work's own business.
    pub fn in_feeds(self) -> bool {
        !matches!(
            self,
            TimelineKind::ClaimLead
                | TimelineKind::ClaimSupporting
                | TimelineKind::Release
                | TimelineKind::Handover
                | TimelineKind::Edited
        )
    }
}

stored_enum!(HandoverState {
    Open => "open", HandoverStatusOpen;
    Accepted => "accepted", HandoverStatusAccepted;
    Declined => "declined", HandoverStatusDeclined;
    Withdrawn => "withdrawn", HandoverStatusWithdrawn;
});

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn stored_forms_round_trip() {
        for k in TimelineKind::ALL {
            assert_eq!(TimelineKind::parse(k.as_str()), Some(*k));
        }
        for s in HandoverState::ALL {
            assert_eq!(HandoverState::parse(s.as_str()), Some(*s));
        }
        assert_eq!(HandoverState::parse("maybe"), None);
    }

    #[test]
    fn feeds_list_status_changes_and_progress_not_the_work_itself() {
        for kind in [
            TimelineKind::Status,
            TimelineKind::MilestoneMoved,
            TimelineKind::Update,
        ] {
            assert!(kind.in_feeds(), "{kind:?}");
        }
        for kind in [
            TimelineKind::ClaimLead,
            TimelineKind::Handover,
            TimelineKind::Edited,
        ] {
            assert!(!kind.in_feeds(), "{kind:?}");
        }
    }
}
