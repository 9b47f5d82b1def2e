//! The ward workbench's rules, without I/O: which open ideas count as unclaimed, stalled, worked on
//! by several organisations or backed by enough residents, how they are counted per wijk, and in
//! which order each list shows them. The database layer gathers the rows; these functions decide.

use super::Status;
use serde::{Deserialize, Serialize};

/// A list on the workbench, as it appears in the address (`?lijst=…`).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub enum BenchList {
    /// No lead yet: oldest first, then most supported.
    Unclaimed,
    /// The lead did nothing for the stall period: longest silent first.
    Stalled,
    /// Professionals of two or more organisations work on it.
    SeveralOrganisations,
    /// Reached the support threshold: most supported first.
    EnoughSupport,
    /// Claimed (lead or supporting) by a professional of this organisation.
    Organisation(i64),
    /// Claimed (lead or supporting) by this professional.
    Professional(i64),
}

impl BenchList {
    pub fn as_query(self) -> String {
        match self {
            BenchList::Unclaimed => "niet-opgepakt".into(),
            BenchList::Stalled => "stilgevallen".into(),
            BenchList::SeveralOrganisations => "samenwerking".into(),
            BenchList::EnoughSupport => "genoeg-steun".into(),
            BenchList::Organisation(id) => format!("organisatie-{id}"),
            BenchList::Professional(id) => format!("professional-{id}"),
        }
    }

    pub fn parse(s: &str) -> Option<Self> {
        let id = |prefix: &str| s.strip_prefix(prefix).and_then(|n| n.parse::<i64>().ok());
        match s {
            "niet-opgepakt" => Some(BenchList::Unclaimed),
            "stilgevallen" => Some(BenchList::Stalled),
            "samenwerking" => Some(BenchList::SeveralOrganisations),
            "genoeg-steun" => Some(BenchList::EnoughSupport),
            _ => id("organisatie-")
                .map(BenchList::Organisation)
                .or_else(|| id("professional-").map(BenchList::Professional)),
        }
    }
}

/// An open idea in one of the reader's wijken.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchIdea {
    pub id: i64,
    pub title: String,
    pub wijk_code: String,
    pub status: Status,
    pub created_at: i64,
    pub support_count: i64,
    pub lead: Option<i64>,
    /// When the lead last did something on it.
    pub lead_activity: Option<i64>,
}

/// Someone working on an idea.
#[derive(Debug, Clone, PartialEq)]
pub struct BenchClaim {
    pub idea_id: i64,
    pub user_id: i64,
    pub display_name: String,
    pub organisation_id: Option<i64>,
    pub organisation: Option<String>,
}

#[derive(Debug, Clone, Copy)]
pub struct Rules {
    pub now: i64,
    pub stall_days: i64,
    pub support_threshold: i64,
}

impl Rules {
    pub fn is_stalled(&self, idea: &BenchIdea) -> bool {
        idea.lead.is_some()
            && idea
                .lead_activity
                .is_some_and(|t| t <= self.now - self.stall_days * 86_400)
    }

    pub fn days_silent(&self, idea: &BenchIdea) -> Option<i64> {
        idea.lead_activity.map(|t| (self.now - t).max(0) / 86_400)
    }
}

fn organisations_on(idea_id: i64, claims: &[BenchClaim]) -> usize {
    let mut orgs: Vec<i64> = claims
        .iter()
        .filter(|c| c.idea_id == idea_id)
        .filter_map(|c| c.organisation_id)
        .collect();
    orgs.sort_unstable();
    orgs.dedup();
    orgs.len()
}

/// Whether an idea belongs on a list.
pub fn on_list(list: BenchList, idea: &BenchIdea, claims: &[BenchClaim], rules: &Rules) -> bool {
    let claimed_by =
        |pred: &dyn Fn(&BenchClaim) -> bool| claims.iter().any(|c| c.idea_id == idea.id && pred(c));
    match list {
        BenchList::Unclaimed => idea.lead.is_none(),
        BenchList::Stalled => rules.is_stalled(idea),
        BenchList::SeveralOrganisations => organisations_on(idea.id, claims) >= 2,
        BenchList::EnoughSupport => idea.support_count >= rules.support_threshold,
        BenchList::Organisation(org) => claimed_by(&|c| c.organisation_id == Some(org)),
        BenchList::Professional(user) => claimed_by(&|c| c.user_id == user),
    }
}

/// The ideas of a list, in the list's order.
pub fn select<'a>(
    list: BenchList,
    ideas: &'a [BenchIdea],
    claims: &[BenchClaim],
    rules: &Rules,
) -> Vec<&'a BenchIdea> {
    let mut chosen: Vec<&BenchIdea> = ideas.iter().filter(|i| on_list(list, i, claims, rules)).collect();
    match list {
        BenchList::Unclaimed => chosen.sort_by_key(|i| (i.created_at, -i.support_count, i.id)),
        BenchList::Stalled => chosen.sort_by_key(|i| (i.lead_activity, i.id)),
        BenchList::EnoughSupport => chosen.sort_by_key(|i| (-i.support_count, i.created_at, i.id)),
        _ => chosen.sort_by_key(|i| (i.created_at, i.id)),
    }
    chosen
}

/// A count on the workbench, with the list it opens.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct BenchCount {
    pub label: String,
    pub list: String,
    pub count: usize,
}

/// One wijk's numbers.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct WijkBench {
    pub code: String,
    pub name: String,
    /// No professional works here; the reader answers for it as for every uncovered wijk.
    pub uncovered: bool,
    pub open: usize,
    pub unclaimed: usize,
    pub stalled: usize,
    pub several_organisations: usize,
    pub enough_support: usize,
    pub by_organisation: Vec<BenchCount>,
    pub by_professional: Vec<BenchCount>,
}

/// Counts one wijk's open ideas.
pub fn summarise(
    code: &str,
    name: &str,
    ideas: &[BenchIdea],
    claims: &[BenchClaim],
    rules: &Rules,
) -> WijkBench {
    let here: Vec<BenchIdea> = ideas.iter().filter(|i| i.wijk_code == code).cloned().collect();
    let count = |list| here.iter().filter(|i| on_list(list, i, claims, rules)).count();
    let ids: Vec<i64> = here.iter().map(|i| i.id).collect();
    let claims_here: Vec<&BenchClaim> = claims.iter().filter(|c| ids.contains(&c.idea_id)).collect();
    let mut organisations: Vec<(i64, String)> = claims_here
        .iter()
        .filter_map(|c| Some((c.organisation_id?, c.organisation.clone()?)))
        .collect();
    organisations.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    organisations.dedup();
    // Named with their organisation: two colleagues may share a first name.
    let mut professionals: Vec<(i64, String)> = claims_here
        .iter()
        .map(|c| {
            let label = match &c.organisation {
                Some(org) => format!("{} ({org})", c.display_name),
                None => c.display_name.clone(),
            };
            (c.user_id, label)
        })
        .collect();
    professionals.sort_by(|a, b| a.1.cmp(&b.1).then(a.0.cmp(&b.0)));
    professionals.dedup();
    let tally = |list: BenchList, label: String| BenchCount {
        label,
        list: list.as_query(),
        count: count(list),
    };
    WijkBench {
        code: code.to_owned(),
        name: name.to_owned(),
        uncovered: false,
        open: here.len(),
        unclaimed: count(BenchList::Unclaimed),
        stalled: count(BenchList::Stalled),
        several_organisations: count(BenchList::SeveralOrganisations),
        enough_support: count(BenchList::EnoughSupport),
        by_organisation: organisations
            .into_iter()
            .map(|(id, name)| tally(BenchList::Organisation(id), name))
            .collect(),
        by_professional: professionals
            .into_iter()
            .map(|(id, name)| tally(BenchList::Professional(id), name))
            .collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const DAY: i64 = 86_400;
    const NOW: i64 = 1_000 * DAY;
    const RULES: Rules = Rules {
        now: NOW,
        stall_days: 30,
        support_threshold: 25,
    };

    fn idea(id: i64, created_days_ago: i64, support: i64, lead: Option<(i64, i64)>) -> BenchIdea {
        BenchIdea {
            id,
            title: format!("Idee {id}"),
            wijk_code: "WK051829".into(),
            status: if lead.is_some() {
                Status::Opgepakt
            } else {
                Status::Ingediend
            },
            created_at: NOW - created_days_ago * DAY,
            support_count: support,
            lead: lead.map(|l| l.0),
            lead_activity: lead.map(|l| NOW - l.1 * DAY),
        }
    }

    fn claim(idea_id: i64, user_id: i64, org: i64) -> BenchClaim {
        BenchClaim {
            idea_id,
            user_id,
            display_name: format!("Prof {user_id}"),
            organisation_id: Some(org),
            organisation: Some(format!("Org {org}")),
        }
    }

    #[test]
    fn lists_pick_and_order_their_ideas() {
        let ideas = vec![
            idea(1, 10, 3, None),
            idea(2, 40, 1, None),
            idea(3, 40, 9, None),
            idea(4, 50, 30, Some((7, 31))),
            idea(5, 50, 25, Some((8, 29))),
        ];
        let claims = vec![
            claim(4, 7, 100),
            claim(4, 9, 200),
            claim(5, 8, 100),
            claim(5, 10, 100),
        ];
        let ids = |list| {
            select(list, &ideas, &claims, &RULES)
                .iter()
                .map(|i| i.id)
                .collect::<Vec<_>>()
        };
        assert_eq!(
            ids(BenchList::Unclaimed),
            vec![3, 2, 1],
            "oldest first, then most supported"
        );
        assert_eq!(
            ids(BenchList::Stalled),
            vec![4],
            "30 days without activity; 29 is not yet"
        );
        assert_eq!(
            ids(BenchList::SeveralOrganisations),
            vec![4],
            "two people of one organisation is one"
        );
        assert_eq!(
            ids(BenchList::EnoughSupport),
            vec![4, 5],
            "the threshold counts, most supported first"
        );
        assert_eq!(ids(BenchList::Organisation(100)), vec![4, 5]);
        assert_eq!(ids(BenchList::Professional(9)), vec![4]);
        assert_eq!(RULES.days_silent(&ideas[3]), Some(31));
    }

    #[test]
    fn a_wijk_is_summarised_with_links_to_its_lists() {
        let mut elsewhere = idea(6, 1, 100, None);
        elsewhere.wijk_code = "WK051801".into();
        let ideas = vec![idea(1, 10, 3, None), idea(4, 50, 30, Some((7, 31))), elsewhere];
        let claims = vec![claim(4, 7, 100), claim(4, 9, 200)];
        let w = summarise("WK051829", "Schilderswijk", &ideas, &claims, &RULES);
        assert_eq!(
            (
                w.open,
                w.unclaimed,
                w.stalled,
                w.several_organisations,
                w.enough_support
            ),
            (2, 1, 1, 1, 1)
        );
        assert_eq!(
            w.by_organisation,
            vec![
                BenchCount {
                    label: "Org 100".into(),
                    list: "organisatie-100".into(),
                    count: 1
                },
                BenchCount {
                    label: "Org 200".into(),
                    list: "organisatie-200".into(),
                    count: 1
                },
            ]
        );
        assert_eq!(w.by_professional.len(), 2);
        assert_eq!(
            w.by_professional[0].label, "Prof 7 (Org 100)",
            "named with their organisation"
        );
    }

    #[test]
    fn list_names_round_trip_and_unknown_ones_are_refused() {
        for list in [
            BenchList::Unclaimed,
            BenchList::Stalled,
            BenchList::SeveralOrganisations,
            BenchList::EnoughSupport,
            BenchList::Organisation(4),
            BenchList::Professional(12),
        ] {
            assert_eq!(BenchList::parse(&list.as_query()), Some(list));
        }
        assert_eq!(BenchList::parse("alles"), None);
        assert_eq!(BenchList::parse("organisatie-x"), None);
    }
}
