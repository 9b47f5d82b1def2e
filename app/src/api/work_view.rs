//! What a caller sees of the work on one idea: who claimed it, its timeline, the notes they may read,
//! the handovers they take part in, and which tools they may use. Every work endpoint (claims,
//! statuses, notes, handovers) loads a [`Context`] first and answers with [`view`].

use crate::api::context::{self, internal};
use crate::db;
use crate::domain::coverage::Coverage;
use crate::domain::permissions::{self, Actor, IdeaFacts};
use crate::domain::progress;
use crate::domain::records::{HandoverState, TimelineKind};
use crate::domain::roles::{ClaimKind, NoteVisibility, Title};
use crate::domain::views::{
    ClaimView, Colleague, HandoverView, IdeaProgress, IdeaWork, MilestoneView, NoteView, TimelineEntry,
};
use crate::domain::Status;
use crate::error::AppError;
use crate::state::AppState;

pub struct Context {
    pub state: AppState,
    pub actor: Option<Actor>,
    pub name: String,
    pub role_label: String,
    pub idea: db::ideas::IdeaFacts,
    pub facts: IdeaFacts,
}

impl Context {
    /// Whether the caller holds a claim (lead or supporting) on the idea.
    pub async fn claimed(&self) -> Result<bool, AppError> {
        match &self.actor {
            Some(a) => db::claims::has_claim(&self.state.pool, self.idea.id, a.user_id)
                .await
                .map_err(internal),
            None => Ok(false),
        }
    }

    pub fn by(&self) -> db::timeline::Actor<'_> {
        db::timeline::Actor {
            user_id: self.actor.as_ref().map(|a| a.user_id).unwrap_or_default(),
            name: &self.name,
            role_label: &self.role_label,
        }
    }
}

pub async fn context(idea_id: i64) -> Result<Context, AppError> {
    let state = context::app_state()?;
    let user = context::current_user(&state).await?;
    let idea = context::visible_idea(&state, idea_id).await?;
    let lead = db::claims::lead(&state.pool, idea_id).await.map_err(internal)?;
    let (actor, name, role_label) = match user {
        Some(u) => {
            let actor = db::professionals::actor(&state.pool, u.user_id)
                .await
                .map_err(internal)?;
            let profile = db::professionals::public_profile(&state.pool, u.user_id)
                .await
                .map_err(internal)?;
            let label = crate::wording::function_key(profile.function.as_deref(), Some(&profile.role));
            (Some(actor), u.display_name, label)
        }
        None => (None, String::new(), String::new()),
    };
    let facts = IdeaFacts {
        author_id: idea.author_id,
        wijk_code: idea.wijk_code.clone(),
        lead,
    };
    Ok(Context {
        state,
        actor,
        name,
        role_label,
        idea,
        facts,
    })
}

pub async fn view(c: &Context) -> Result<IdeaWork, AppError> {
    let pool = &c.state.pool;
    let id = c.idea.id;
    let claims = db::claims::for_idea(pool, id).await.map_err(internal)?;
    let has_claim = c
        .actor
        .as_ref()
        .is_some_and(|a| claims.iter().any(|cl| cl.user_id == a.user_id));
    let notes = db::notes::for_idea(pool, id)
        .await
        .map_err(internal)?
        .into_iter()
        .filter_map(|n| {
            let visibility = NoteVisibility::parse(&n.visibility)?;
            permissions::read_note(c.actor.as_ref(), visibility, n.organisation_id).then(|| NoteView {
                id: n.id,
                author_name: n.author_name,
                title: Title::of(n.function.as_deref(), None),
                organisation: n.organisation,
                visibility,
                body: n.body,
                created_at: n.created_at,
            })
        })
        .collect();
    let timeline = db::timeline::for_idea(pool, id)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|e| TimelineEntry {
            actor_name: e.actor_name,
            actor_role: e.actor_role,
            kind: TimelineKind::parse(&e.kind).unwrap_or(TimelineKind::Status),
            from_status: e.from_status.as_deref().and_then(Status::parse),
            to_status: e.to_status.as_deref().and_then(Status::parse),
            explanation: e.explanation,
            merged_into: e.merged_into,
            referred_to: e.referred_to,
            previous_lead: e.previous_lead,
            milestone_title: e.milestone_title,
            old_date: e.old_date,
            new_date: e.new_date,
            percent: e.percent,
            created_at: e.created_at,
        })
        .collect();
    let can_hand_over = permissions::hand_over(c.actor.as_ref(), &c.facts).is_ok();
    let colleagues = if can_hand_over {
        db::professionals::working_in(pool, &c.idea.wijk_code)
            .await
            .map_err(internal)?
            .into_iter()
            .filter(|p| Some(p.user_id) != c.facts.lead)
            .map(|p| Colleague {
                title: Title::of(p.function.as_deref(), Some(&p.role)),
                user_id: p.user_id,
                display_name: p.display_name,
                organisation: p.organisation,
            })
            .collect()
    } else {
        Vec::new()
    };
    let handovers = match &c.actor {
        Some(a) if a.role.works_on_ideas() => db::handovers::involving(pool, id, a.user_id)
            .await
            .map_err(internal)?
            .into_iter()
            .map(|h| handover_view(h, a.user_id))
            .collect(),
        _ => Vec::new(),
    };
    let coverage = if claims.is_empty() {
        db::coverage::coverage(pool, &c.idea.wijk_code)
            .await
            .map_err(internal)?
    } else {
        Coverage::Covered
    };
    let status = current_status(pool, id).await?;
    let progress = progress_view(c, status, has_claim).await?;
    Ok(IdeaWork {
        coverage,
        progress,
        claims: claims
            .into_iter()
            .map(|cl| ClaimView {
                display_name: cl.display_name,
                title: Title::of(cl.function.as_deref(), None),
                organisation: cl.organisation,
                lead: ClaimKind::parse(&cl.kind) == Some(ClaimKind::Lead),
            })
            .collect(),
        timeline,
        notes,
        can_claim: !has_claim && permissions::claim(c.actor.as_ref(), &c.facts).is_ok(),
        can_steer: permissions::steer(c.actor.as_ref(), &c.facts).is_ok(),
        can_write_note: permissions::write_note(
            c.actor.as_ref(),
            &c.facts,
            has_claim,
            NoteVisibility::Professionals,
        )
        .is_ok(),
        has_lead: c.facts.lead.is_some(),
        has_claim,
        status,
        can_hand_over,
        colleagues,
        handovers,
    })
}

/// The milestones and percentage, and whether the reader may keep them now.
async fn progress_view(c: &Context, status: Status, has_claim: bool) -> Result<IdeaProgress, AppError> {
    let pool = &c.state.pool;
    let milestones: Vec<MilestoneView> = db::progress::milestones(pool, c.idea.id)
        .await
        .map_err(internal)?
        .into_iter()
        .map(|m| MilestoneView {
            id: m.id,
            title: m.title,
            planned_on: m.planned_on,
            done_on: m.done_on,
        })
        .collect();
    let by_hand = db::progress::percent_by_hand(pool, c.idea.id)
        .await
        .map_err(internal)?;
    let done = milestones.iter().filter(|m| m.done_on.is_some()).count();
    Ok(IdeaProgress {
        percent: progress::shown_percent(by_hand, done, milestones.len()),
        by_hand: by_hand.is_some(),
        milestones,
        can_keep: progress::keeps_progress(status)
            && permissions::keep_progress(c.actor.as_ref(), &c.facts, has_claim).is_ok(),
    })
}

pub fn handover_view(h: db::handovers::HandoverDetail, reader: i64) -> HandoverView {
    // A state this version does not know (written by a newer one) reads as closed.
    let status = HandoverState::parse(&h.status).unwrap_or(HandoverState::Withdrawn);
    HandoverView {
        to_me: status == HandoverState::Open && h.to_user == reader,
        from_me: status == HandoverState::Open && h.from_user == reader,
        id: h.id,
        idea_id: h.idea_id,
        idea_title: h.idea_title,
        wijk_name: h.wijk_name,
        from_name: h.from_name,
        to_name: h.to_name,
        note: h.note,
        status,
        created_at: h.created_at,
    }
}

async fn current_status(pool: &sqlx::AnyPool, id: i64) -> Result<Status, AppError> {
    Ok(db::ideas::facts(pool, id)
        .await
        .map_err(internal)?
        .ok_or_else(AppError::not_found)?
        .status())
}
