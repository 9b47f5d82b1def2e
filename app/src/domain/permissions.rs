//! Who may do what, in one place. Every server function that acts on behalf of someone asks one of
//! these functions; each answers `Ok(())` or the reason for refusal. No I/O: the caller gathers the
//! facts (the actor, the idea's wijk and claims) and these rules decide.

use super::roles::{NoteVisibility, Role};
use super::Status;
use crate::i18n::Msg;

/// The caller, as far as permissions go. `None` everywhere below means a visitor.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Actor {
    pub user_id: i64,
    pub role: Role,
    pub organisation_id: Option<i64>,
    /// The wijken this professional works in, and the uncovered wijken they answer for.
    pub werkgebied: Vec<String>,
}

/// What the rules need to know about an idea.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct IdeaFacts {
    pub author_id: i64,
    pub wijk_code: String,
    pub lead: Option<i64>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Refusal {
    /// 401: log in first.
    LoginRequired,
    /// 403, with the reason.
    Forbidden(Msg),
}

pub type Decision = Result<(), Refusal>;

fn actor(actor: Option<&Actor>) -> Result<&Actor, Refusal> {
    actor.ok_or(Refusal::LoginRequired)
}

fn professional(a: Option<&Actor>) -> Result<&Actor, Refusal> {
    let a = actor(a)?;
    if a.role.works_on_ideas() {
        Ok(a)
    } else {
        Err(Refusal::Forbidden(Msg::ErrProfessionalsOnly))
    }
}

fn in_werkgebied(a: &Actor, idea: &IdeaFacts) -> Decision {
    if a.werkgebied.contains(&idea.wijk_code) {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrOutsideWerkgebied))
    }
}

/// Taking part (posting an idea, commenting, following, reading one's notifications): anyone
/// logged in. Answers who.
pub fn participate(user: Option<i64>) -> Result<i64, Refusal> {
    user.ok_or(Refusal::LoginRequired)
}

/// Supporting an idea: anyone logged in but its author.
pub fn support(user: Option<i64>, author_id: i64) -> Decision {
    if participate(user)? == author_id {
        Err(Refusal::Forbidden(Msg::ErrOwnIdeaSupport))
    } else {
        Ok(())
    }
}

/// Editing or deleting a comment: its author.
pub fn change_comment(user: Option<i64>, comment_author: i64) -> Decision {
    if participate(user)? == comment_author {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrCommentNotYours))
    }
}

/// Claiming (as lead or supporting): a professional whose werkgebied holds the idea's wijk.
pub fn claim(a: Option<&Actor>, idea: &IdeaFacts) -> Decision {
    in_werkgebied(professional(a)?, idea)
}

/// Letting go of one's own claim: a professional (whether they hold one is the data's question).
pub fn release(a: Option<&Actor>) -> Decision {
    professional(a).map(|_| ())
}

/// Releasing the lead, changing status, handing over: the lead; a gemeente editor of the wijk may
/// change status too.
pub fn steer(a: Option<&Actor>, idea: &IdeaFacts) -> Decision {
    let a = professional(a)?;
    if idea.lead == Some(a.user_id) {
        return Ok(());
    }
    if a.role == Role::Editor && in_werkgebied(a, idea).is_ok() {
        return Ok(());
    }
    Err(Refusal::Forbidden(Msg::ErrLeadOnly))
}

/// Keeping an idea's milestones, progress and updates: its lead and supporting professionals (the
/// caller passes `claimed`), and a gemeente editor of the wijk.
pub fn keep_progress(a: Option<&Actor>, idea: &IdeaFacts, claimed: bool) -> Decision {
    let a = professional(a)?;
    if claimed || idea.lead == Some(a.user_id) {
        return Ok(());
    }
    if a.role == Role::Editor && in_werkgebied(a, idea).is_ok() {
        return Ok(());
    }
    Err(Refusal::Forbidden(Msg::ErrProgressKeepersOnly))
}

/// Publishing a wijk's progress summary: a gemeente editor whose werkgebied holds the wijk.
pub fn summarise_ward(a: Option<&Actor>, wijk_code: &str) -> Decision {
    let a = actor(a)?;
    if a.role == Role::Editor && a.werkgebied.iter().any(|w| w == wijk_code) {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrEditorsOfWardOnly))
    }
}

/// Offering an idea to another professional: its lead (a handover moves the lead role, so only the
/// lead can give it away).
pub fn hand_over(a: Option<&Actor>, idea: &IdeaFacts) -> Decision {
    let a = professional(a)?;
    if idea.lead == Some(a.user_id) {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrLeadOnly))
    }
}

/// Who can receive an idea from its lead: a professional whose werkgebied holds the idea's wijk, not
/// the lead. The answer is about the chosen receiver (bad input), not the caller.
pub fn receive_handover(receiver: &Actor, idea: &IdeaFacts) -> Result<(), Msg> {
    if !receiver.role.works_on_ideas() {
        return Err(Msg::ErrHandoverToProfessionalsOnly);
    }
    if idea.lead == Some(receiver.user_id) {
        return Err(Msg::ErrHandoverToSelf);
    }
    if !receiver.werkgebied.contains(&idea.wijk_code) {
        return Err(Msg::ErrHandoverReceiverOutside);
    }
    Ok(())
}

/// Who can receive all ideas of a professional who leaves (an administrator chooses): a professional.
pub fn receive_bulk_handover(receiver: &Actor, from_user: i64) -> Result<(), Msg> {
    if !receiver.role.works_on_ideas() {
        return Err(Msg::ErrHandoverToProfessionalsOnly);
    }
    if receiver.user_id == from_user {
        return Err(Msg::ErrHandoverToSelf);
    }
    Ok(())
}

/// Accepting or declining a handover: the professional it was offered to.
pub fn answer_handover(a: Option<&Actor>, offered_to: i64) -> Decision {
    let a = professional(a)?;
    if a.user_id == offered_to {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrHandoverNotYours))
    }
}

/// Withdrawing an offer to hand over: the professional who made it.
pub fn withdraw_handover(a: Option<&Actor>, offered_by: i64) -> Decision {
    let a = professional(a)?;
    if a.user_id == offered_by {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrHandoverNotYours))
    }
}

/// Withdrawing an idea: its author.
pub fn withdraw(a: Option<&Actor>, idea: &IdeaFacts) -> Decision {
    if actor(a)?.user_id == idea.author_id {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrAuthorOnly))
    }
}

/// Writing a note: a professional of the idea's werkgebied (or one who has claimed it; the caller
/// passes `claimed`). An organisation note needs an organisation.
pub fn write_note(
    a: Option<&Actor>,
    idea: &IdeaFacts,
    claimed: bool,
    visibility: NoteVisibility,
) -> Decision {
    let a = professional(a)?;
    if !claimed {
        in_werkgebied(a, idea)?;
    }
    if visibility == NoteVisibility::Organisatie && a.organisation_id.is_none() {
        return Err(Refusal::Forbidden(Msg::ErrNoOrganisation));
    }
    Ok(())
}

/// Reading a note: public ones everyone; `professionals` every professional; `organisatie` only the
/// professionals of the writer's organisation.
pub fn read_note(a: Option<&Actor>, visibility: NoteVisibility, note_organisation: Option<i64>) -> bool {
    match visibility {
        NoteVisibility::Openbaar => true,
        NoteVisibility::Professionals => a.is_some_and(|a| a.role.works_on_ideas()),
        NoteVisibility::Organisatie => a.is_some_and(|a| {
            a.role.works_on_ideas() && a.organisation_id.is_some() && a.organisation_id == note_organisation
        }),
    }
}

/// Changing an idea's title, description, category or place: its author, and only while nobody has
/// picked it up (`ingediend`), so what professionals and supporters read does not change under them.
pub fn edit_own_idea(user: Option<i64>, idea: &IdeaFacts, status: Status) -> Decision {
    if participate(user)? != idea.author_id {
        return Err(Refusal::Forbidden(Msg::ErrAuthorOnly));
    }
    if status != Status::Ingediend {
        return Err(Refusal::Forbidden(Msg::ErrEditOnlyWhileSubmitted));
    }
    Ok(())
}

/// Writing to an idea's contact person: a resident (professionals coordinate in notes). Whether the
/// idea has a contact person yet is the data's question.
pub fn message_contact(a: Option<&Actor>) -> Decision {
    if actor(a)?.role == Role::Resident {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrMessagesResidentsOnly))
    }
}

/// Reading and answering residents' messages about an idea: the professionals working on it (a
/// claim) or in its wijk, as for notes.
pub fn answer_messages(a: Option<&Actor>, idea: &IdeaFacts, claimed: bool) -> Decision {
    let a = professional(a)?;
    if claimed {
        Ok(())
    } else {
        in_werkgebied(a, idea)
    }
}

/// Managing organisations and inviting professionals: administrators.
pub fn administer(a: Option<&Actor>) -> Decision {
    if actor(a)?.role == Role::Administrator {
        Ok(())
    } else {
        Err(Refusal::Forbidden(Msg::ErrAdministratorsOnly))
    }
}

/// The workbench: professionals.
pub fn use_workbench(a: Option<&Actor>) -> Decision {
    professional(a).map(|_| ())
}

#[cfg(test)]
mod tests {
    use super::*;

    fn person(id: i64, role: Role, org: Option<i64>, wijken: &[&str]) -> Actor {
        Actor {
            user_id: id,
            role,
            organisation_id: org,
            werkgebied: wijken.iter().map(|w| w.to_string()).collect(),
        }
    }

    fn idea(lead: Option<i64>) -> IdeaFacts {
        IdeaFacts {
            author_id: 1,
            wijk_code: "WK051829".into(),
            lead,
        }
    }

    #[test]
    fn progress_is_kept_by_those_working_on_it_and_editors_of_the_wijk() {
        let lead = person(10, Role::Professional, Some(1), &["WK051829"]);
        let supporter = person(11, Role::Professional, Some(2), &["WK051829"]);
        let colleague = person(12, Role::Professional, Some(2), &["WK051829"]);
        let editor = person(13, Role::Editor, Some(3), &["WK051829"]);
        let editor_elsewhere = person(14, Role::Editor, Some(3), &["WK051828"]);
        let resident = person(1, Role::Resident, None, &[]);
        let facts = idea(Some(10));
        assert_eq!(keep_progress(Some(&lead), &facts, true), Ok(()));
        assert_eq!(keep_progress(Some(&supporter), &facts, true), Ok(()));
        assert_eq!(keep_progress(Some(&editor), &facts, false), Ok(()));
        let refused = Err(Refusal::Forbidden(Msg::ErrProgressKeepersOnly));
        assert_eq!(keep_progress(Some(&colleague), &facts, false), refused);
        assert_eq!(keep_progress(Some(&editor_elsewhere), &facts, false), refused);
        assert_eq!(
            keep_progress(Some(&resident), &facts, true),
            Err(Refusal::Forbidden(Msg::ErrProfessionalsOnly))
        );
        assert_eq!(keep_progress(None, &facts, false), Err(Refusal::LoginRequired));
    }

    #[test]
    fn ward_summaries_are_written_by_editors_of_that_wijk() {
        let editor = person(13, Role::Editor, Some(3), &["WK051829"]);
        let professional = person(10, Role::Professional, Some(1), &["WK051829"]);
        assert_eq!(summarise_ward(Some(&editor), "WK051829"), Ok(()));
        let refused = Err(Refusal::Forbidden(Msg::ErrEditorsOfWardOnly));
        assert_eq!(summarise_ward(Some(&editor), "WK051828"), refused);
        assert_eq!(summarise_ward(Some(&professional), "WK051829"), refused);
        assert_eq!(summarise_ward(None, "WK051829"), Err(Refusal::LoginRequired));
    }

    #[test]
    fn residents_take_part_once_logged_in() {
        assert_eq!(participate(None), Err(Refusal::LoginRequired));
        assert_eq!(participate(Some(7)), Ok(7));
        assert_eq!(support(Some(2), 1), Ok(()));
        assert_eq!(
            support(Some(1), 1),
            Err(Refusal::Forbidden(Msg::ErrOwnIdeaSupport))
        );
        assert_eq!(support(None, 1), Err(Refusal::LoginRequired));
        assert_eq!(change_comment(Some(3), 3), Ok(()));
        assert_eq!(
            change_comment(Some(4), 3),
            Err(Refusal::Forbidden(Msg::ErrCommentNotYours))
        );
    }

    #[test]
    fn only_the_author_edits_and_only_while_submitted() {
        let facts = idea(None);
        assert_eq!(edit_own_idea(Some(1), &facts, Status::Ingediend), Ok(()));
        assert_eq!(
            edit_own_idea(None, &facts, Status::Ingediend),
            Err(Refusal::LoginRequired)
        );
        assert_eq!(
            edit_own_idea(Some(2), &facts, Status::Ingediend),
            Err(Refusal::Forbidden(Msg::ErrAuthorOnly))
        );
        assert_eq!(
            edit_own_idea(Some(1), &facts, Status::Opgepakt),
            Err(Refusal::Forbidden(Msg::ErrEditOnlyWhileSubmitted))
        );
    }

    #[test]
    fn residents_write_to_the_contact_and_the_wijk_answers() {
        let resident = person(1, Role::Resident, None, &[]);
        let here = person(2, Role::Professional, Some(10), &["WK051829"]);
        let elsewhere = person(3, Role::Professional, Some(10), &["WK051801"]);
        assert_eq!(message_contact(None), Err(Refusal::LoginRequired));
        assert_eq!(message_contact(Some(&resident)), Ok(()));
        assert!(message_contact(Some(&here)).is_err());
        assert_eq!(answer_messages(Some(&here), &idea(None), false), Ok(()));
        assert!(answer_messages(Some(&elsewhere), &idea(None), false).is_err());
        assert_eq!(answer_messages(Some(&elsewhere), &idea(None), true), Ok(()));
        assert!(answer_messages(Some(&resident), &idea(None), true).is_err());
    }

    #[test]
    fn claiming_needs_a_professional_of_the_wijk() {
        let author = person(1, Role::Resident, None, &[]);
        let here = person(2, Role::Professional, Some(10), &["WK051829"]);
        let elsewhere = person(3, Role::Professional, Some(10), &["WK051801"]);
        let admin = person(4, Role::Administrator, None, &["WK051829"]);
        assert_eq!(claim(None, &idea(None)), Err(Refusal::LoginRequired));
        assert!(claim(Some(&author), &idea(None)).is_err());
        assert_eq!(claim(Some(&here), &idea(None)), Ok(()));
        assert_eq!(
            claim(Some(&elsewhere), &idea(None)),
            Err(Refusal::Forbidden(Msg::ErrOutsideWerkgebied))
        );
        assert!(claim(Some(&admin), &idea(None)).is_err());
    }

    #[test]
    fn only_the_lead_or_a_gemeente_editor_steers() {
        let lead = person(2, Role::Professional, Some(10), &["WK051829"]);
        let other = person(3, Role::Professional, Some(11), &["WK051829"]);
        let editor = person(5, Role::Editor, Some(10), &["WK051829"]);
        assert_eq!(steer(Some(&lead), &idea(Some(2))), Ok(()));
        assert_eq!(
            steer(Some(&other), &idea(Some(2))),
            Err(Refusal::Forbidden(Msg::ErrLeadOnly))
        );
        assert_eq!(steer(Some(&editor), &idea(Some(2))), Ok(()));
        assert_eq!(
            withdraw(Some(&person(1, Role::Resident, None, &[])), &idea(None)),
            Ok(())
        );
        assert!(withdraw(Some(&lead), &idea(None)).is_err());
    }

    #[test]
    fn only_the_lead_hands_over_and_only_to_a_professional_of_the_wijk() {
        let lead = person(2, Role::Professional, Some(10), &["WK051829"]);
        let colleague = person(3, Role::Professional, Some(11), &["WK051829"]);
        let elsewhere = person(4, Role::Professional, Some(11), &["WK051801"]);
        let resident = person(1, Role::Resident, None, &["WK051829"]);
        let editor = person(5, Role::Editor, Some(10), &["WK051829"]);
        let led = idea(Some(2));
        assert_eq!(hand_over(Some(&lead), &led), Ok(()));
        assert_eq!(
            hand_over(Some(&editor), &led),
            Err(Refusal::Forbidden(Msg::ErrLeadOnly))
        );
        assert_eq!(hand_over(None, &led), Err(Refusal::LoginRequired));
        assert_eq!(receive_handover(&colleague, &led), Ok(()));
        assert_eq!(receive_handover(&editor, &led), Ok(()));
        assert_eq!(
            receive_handover(&resident, &led),
            Err(Msg::ErrHandoverToProfessionalsOnly)
        );
        assert_eq!(receive_handover(&lead, &led), Err(Msg::ErrHandoverToSelf));
        assert_eq!(
            receive_handover(&elsewhere, &led),
            Err(Msg::ErrHandoverReceiverOutside)
        );
        assert_eq!(receive_bulk_handover(&elsewhere, 2), Ok(()));
        assert_eq!(
            receive_bulk_handover(&resident, 2),
            Err(Msg::ErrHandoverToProfessionalsOnly)
        );
        assert_eq!(answer_handover(Some(&colleague), 3), Ok(()));
        assert_eq!(withdraw_handover(Some(&lead), 2), Ok(()));
        assert_eq!(
            withdraw_handover(Some(&colleague), 2),
            Err(Refusal::Forbidden(Msg::ErrHandoverNotYours))
        );
        assert_eq!(
            answer_handover(Some(&elsewhere), 3),
            Err(Refusal::Forbidden(Msg::ErrHandoverNotYours))
        );
    }

    #[test]
    fn notes_are_read_by_whom_their_visibility_names() {
        let gemeente = person(2, Role::Professional, Some(10), &[]);
        let welzijn = person(3, Role::Professional, Some(11), &[]);
        let resident = person(1, Role::Resident, None, &[]);
        let org = NoteVisibility::Organisatie;
        assert!(read_note(Some(&gemeente), org, Some(10)));
        assert!(
            !read_note(Some(&welzijn), org, Some(10)),
            "another organisation's note"
        );
        assert!(!read_note(Some(&resident), org, Some(10)));
        assert!(!read_note(None, NoteVisibility::Professionals, Some(10)));
        assert!(read_note(Some(&welzijn), NoteVisibility::Professionals, Some(10)));
        assert!(!read_note(
            Some(&resident),
            NoteVisibility::Professionals,
            Some(10)
        ));
        assert!(read_note(None, NoteVisibility::Openbaar, Some(10)));
        let lone = person(6, Role::Professional, None, &[]);
        assert!(
            !read_note(Some(&lone), org, None),
            "no organisation reads no organisation note"
        );
    }
}
