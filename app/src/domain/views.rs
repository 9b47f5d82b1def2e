//! What crosses the wire to pages: plain `Serialize` structs with only public fields. Nothing personal
//! beyond an author's chosen display name ever appears here (no emails, no ids of sessions, no hashes).

use super::linkify::TextPart;
use super::roles::{Title, Work};
use super::{EmailFrequency, Status};
use serde::{Deserialize, Serialize};

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaSummary {
    pub id: i64,
    pub title: String,
    pub category: String,
    pub category_name: String,
    pub status: Status,
    pub lat: f64,
    pub lng: f64,
    pub wijk_code: String,
    pub wijk_name: String,
    pub buurt_name: Option<String>,
    pub created_at: i64,
    pub support_count: i64,
    pub comment_count: i64,
}

impl IdeaSummary {
    /// Where the idea is, in words: its buurt, with the wijk when asked for and when it is not the
    /// same name ("Archipelbuurt", never "Archipelbuurt, Archipelbuurt").
    pub fn place(&self, with_wijk: bool) -> String {
        match &self.buurt_name {
            Some(buurt) if with_wijk && *buurt != self.wijk_name => format!("{buurt}, {}", self.wijk_name),
            Some(buurt) => buurt.clone(),
            None => self.wijk_name.clone(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaDetail {
    pub summary: IdeaSummary,
    pub description: String,
    pub author_name: String,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[cfg_attr(feature = "ssr", derive(sqlx::FromRow))]
pub struct WardSummary {
    pub code: String,
    pub name: String,
    pub idea_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WardPage {
    pub code: String,
    pub name: String,
    pub buurten: Vec<WardSummary>,
    /// The newest few; `idea_count` says how many there are in all.
    pub ideas: Vec<IdeaSummary>,
    pub idea_count: i64,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CategoryOption {
    pub slug: String,
    pub name: String,
}

/// A buurt to choose instead of a pin, for those who do not use the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BuurtOption {
    pub code: String,
    pub name: String,
    pub wijk_name: String,
}

impl BuurtOption {
    /// As a list of buurten shows it: "Zuidwal (Centrum)".
    pub fn label(&self) -> String {
        format!("{} ({})", self.name, self.wijk_name)
    }
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct CurrentUser {
    pub display_name: String,
    /// For the navigation only (the workbench, administration); every server function checks again.
    pub role: super::roles::Role,
}

/// What the browser's map needs from the server's configuration.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MapSettings {
    pub tile_url: String,
    pub tile_attribution: String,
    pub center_lat: f64,
    pub center_lng: f64,
    pub zoom: f64,
}

/// What the reader may do with an idea and has done: depends on who asks, so never cached with the idea.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Participation {
    pub support_count: i64,
    /// The municipality's threshold; at or above it the idea shows "genoeg steun".
    pub support_threshold: i64,
    pub logged_in: bool,
    pub is_author: bool,
    pub supported: bool,
    pub following: bool,
    /// Whether the idea still takes supports (not withdrawn or closed).
    pub open_for_support: bool,
    /// Nobody has picked it up yet (`ingediend`): only then does "still needed" mean something.
    pub awaits_pickup: bool,
}

impl Participation {
    pub fn enough_support(&self) -> bool {
        self.support_count >= self.support_threshold
    }
}

/// A comment as shown under an idea. A deleted comment keeps its place (its replies stay) but loses
/// its text and author.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct CommentView {
    pub id: i64,
    pub parent_id: Option<i64>,
    pub author_name: Option<String>,
    /// For someone who works here: their title and organisation (worded as "ideeënmakelaar,
    /// Gemeente Den Haag"), shown as a badge a resident's name cannot look like.
    pub author_work: Option<Work>,
    pub parts: Vec<TextPart>,
    /// The raw text, only for the reader's own comment while it can still be edited.
    pub editable_text: Option<String>,
    pub created_at: i64,
    pub edited: bool,
    pub deleted: bool,
    pub mine: bool,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "snake_case")]
pub enum NotificationKind {
    Comment,
    Status,
    WardIdeas,
    /// A lead offers the reader an idea to take over.
    HandoverOffered,
    /// The receiver took over the reader's idea.
    HandoverAccepted,
    /// The receiver declined the reader's offer.
    HandoverDeclined,
    /// The reader's idea has a new lead: their new contact.
    NewContact,
    /// The reader leads an idea on which nothing happened for a long time.
    ClaimStalled,
    /// Residents supported the reader's idea: one a day, counting that day's supports.
    Supports,
    /// A new idea in a wijk no professional covers, for whoever answers for those wijken.
    UncoveredIdea,
    /// A message about an idea between its author and its contact person.
    Message,
    /// A progress update on an idea the reader follows.
    Progress,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotificationView {
    pub id: i64,
    pub kind: NotificationKind,
    pub idea_id: Option<i64>,
    pub idea_title: Option<String>,
    pub wijk_code: Option<String>,
    pub wijk_name: Option<String>,
    pub actor_name: Option<String>,
    pub status: Option<Status>,
    /// A status change's public explanation, as the professional wrote it.
    pub explanation: Option<String>,
    pub item_count: i64,
    pub created_at: i64,
    pub read: bool,
}

impl NotificationView {
    /// Where the notification leads: its idea, or the wijk for a bundle of new ideas there.
    pub fn target(&self) -> String {
        match (&self.idea_id, &self.wijk_code) {
            (Some(id), _) if !(self.item_count > 1 && self.wijk_code.is_some()) => crate::routes::idea(*id),
            (_, Some(code)) => crate::routes::ward(code),
            _ => crate::routes::HOME.to_owned(),
        }
    }
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NotificationList {
    pub items: Vec<NotificationView>,
    pub unread: i64,
    pub email_frequency: EmailFrequency,
}

/// An existing idea near a new one with a similar title.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct SimilarIdea {
    pub id: i64,
    pub title: String,
    pub distance_m: i64,
    pub support_count: i64,
}

/// "opgepakt door Naam, functie, organisatie": public, by name.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct ClaimView {
    pub display_name: String,
    /// Their function, else their role: a key the page words.
    pub title: Option<Title>,
    pub organisation: Option<String>,
    pub lead: bool,
}

/// One line of an idea's public timeline.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct TimelineEntry {
    pub actor_name: String,
    pub actor_role: String,
    pub kind: super::records::TimelineKind,
    pub from_status: Option<Status>,
    pub to_status: Option<Status>,
    pub explanation: Option<String>,
    pub merged_into: Option<i64>,
    pub referred_to: Option<String>,
    /// On a handover: who led before (the actor is the new lead).
    pub previous_lead: Option<String>,
    /// On progress rows: the milestone, its day before and after (`2027-03-01`), the percentage.
    pub milestone_title: Option<String>,
    pub old_date: Option<String>,
    pub new_date: Option<String>,
    pub percent: Option<i64>,
    pub created_at: i64,
}

/// One milestone of an idea, in order.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct MilestoneView {
    pub id: i64,
    pub title: String,
    /// Calendar days, `2027-03-01`.
    pub planned_on: String,
    pub done_on: Option<String>,
}

/// An idea's progress: its milestones, the percentage shown (and whether a person set it), and
/// whether the reader may keep it now.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize, Default)]
pub struct IdeaProgress {
    pub milestones: Vec<MilestoneView>,
    pub percent: Option<i64>,
    pub by_hand: bool,
    pub can_keep: bool,
}

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct NoteView {
    pub id: i64,
    pub author_name: String,
    /// Their function, else their role: a key the page words.
    pub title: Option<Title>,
    pub organisation: Option<String>,
    pub visibility: super::roles::NoteVisibility,
    pub body: String,
    pub created_at: i64,
}

/// A professional one can hand an idea to.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Colleague {
    pub user_id: i64,
    pub display_name: String,
    /// Their function, else their role: a key the page words.
    pub title: Option<Title>,
    pub organisation: Option<String>,
}

/// A handover as its giver and receiver see it (never anyone else: the note may hold contact details).
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct HandoverView {
    pub id: i64,
    pub idea_id: i64,
    pub idea_title: String,
    pub wijk_name: String,
    pub from_name: String,
    pub to_name: String,
    pub note: String,
    pub status: super::records::HandoverState,
    pub created_at: i64,
    /// Open and offered to the reader: they can accept or decline.
    pub to_me: bool,
    /// Open and offered by the reader: they can withdraw it.
    pub from_me: bool,
}

/// The professional side of an idea as the reader may see it.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaWork {
    pub claims: Vec<ClaimView>,
    pub timeline: Vec<TimelineEntry>,
    /// Only the notes this reader may read.
    pub notes: Vec<NoteView>,
    pub can_claim: bool,
    pub can_steer: bool,
    pub has_claim: bool,
    /// Whether the reader may write a note here.
    pub can_write_note: bool,
    /// Whether the idea has a lead (so claiming means supporting).
    pub has_lead: bool,
    pub status: Status,
    /// The reader leads and may offer the idea to one of `colleagues`.
    pub can_hand_over: bool,
    pub colleagues: Vec<Colleague>,
    /// Handovers of this idea the reader gave or received, newest first.
    pub handovers: Vec<HandoverView>,
    /// Who reads the idea while nobody has claimed it (`Covered` once someone has).
    pub coverage: crate::domain::coverage::Coverage,
    pub progress: IdeaProgress,
}

/// What the new-idea form offers: the categories, and the buurten for those who do not use the map.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaFormOptions {
    pub categories: Vec<CategoryOption>,
    pub buurten: Vec<BuurtOption>,
}

/// A reader's own page (`/mijn-ideeen`): who they are and the ideas they wrote, support and follow.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MyIdeas {
    pub display_name: String,
    pub email: String,
    pub written: Vec<IdeaSummary>,
    pub supported: Vec<IdeaSummary>,
    pub followed: Vec<IdeaSummary>,
}

/// One message in a resident's conversation with the professionals about an idea.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageView {
    pub id: i64,
    pub sender_name: String,
    /// For a professional: title and organisation (worded as "ideeënmakelaar, Gemeente Den Haag").
    pub sender_work: Option<Work>,
    pub body: String,
    pub created_at: i64,
    pub mine: bool,
}

/// One resident's conversation about an idea, oldest message first.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct MessageThread {
    pub resident_id: i64,
    pub resident_name: String,
    pub messages: Vec<MessageView>,
}

/// The person who answers a resident's messages about an idea.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Contact {
    pub name: String,
    pub work: Option<Work>,
}

/// The messages part of an idea's page, as far as the reader may see it: a resident their own
/// conversation, the professionals working on the idea every conversation; a visitor nothing.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct IdeaMessages {
    /// Who answers: the contact person, once the idea has one.
    pub contact: Option<Contact>,
    /// The reader is a resident and may write to the contact person.
    pub can_write: bool,
    /// The reader works on the idea and may answer.
    pub can_answer: bool,
    pub threads: Vec<MessageThread>,
}
