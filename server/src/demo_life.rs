//! The demo lived in: what a gemeente trying Wijkidee should see at work on the first start. More
//! professionals of the two organisations, covering more wijken (and a team that answers for the
//! wijken nobody covers); neighbours who support ideas (a few with enough support); comments, a
//! professional among them; a realised, a rejected and a referred idea with their public
//! explanations; and a resident's message to a contact person, answered. Added once, with the ideas.

use app::db;
use app::domain::coverage::Responder;
use app::domain::roles::{ClaimKind, ProfessionalFunction, Role};
use app::domain::workflow::Justification;
use app::domain::{CommentBody, DisplayName, Email, Status};
use sqlx::AnyPool;

/// Demo neighbours: accounts that only support ideas (they cannot log in: no password works).
const NEIGHBOURS: usize = 32;

/// Who the demo has at work, by id.
pub struct Cast {
    pub residents: Vec<i64>,
    pub ilse: i64,
    pub omar: i64,
    pub welzijn: i64,
    pub gemeente: i64,
}

pub async fn seed(pool: &AnyPool, ideas: &[i64], cast: &Cast) -> anyhow::Result<()> {
    more_professionals(pool, cast).await?;
    supports(pool, ideas, cast).await?;
    conversations(pool, ideas, cast).await?;
    outcomes(pool, ideas, cast).await?;
    Ok(())
}

/// A community builder of the welfare organisation in Moerwijk and Laak, a gemeente wijkmanager in
/// Centrum and Scheveningen; the welfare team answers for the wijken nobody covers.
async fn more_professionals(pool: &AnyPool, cast: &Cast) -> anyhow::Result<()> {
    for (email, name, role, function, organisation, wijken) in [
        (
            "sanne@demo.wijkidee.nl",
            "Sanne",
            Role::Professional,
            ProfessionalFunction::CommunityBuilder,
            cast.welzijn,
            &["WK051836", "WK051838"][..],
        ),
        (
            "ruud@demo.wijkidee.nl",
            "Ruud",
            Role::Editor,
            ProfessionalFunction::Wijkmanager,
            cast.gemeente,
            &["WK051828", "WK051807"][..],
        ),
    ] {
        let id = match db::users::find_by_email(pool, &Email::parse(email)?).await? {
            Some(user) => user.id,
            None => db::users::create(pool, &Email::parse(email)?, &DisplayName::parse(name)?, "!").await?,
        };
        let wijken: Vec<String> = wijken.iter().map(|w| w.to_string()).collect();
        db::professionals::assign(pool, id, role, Some(function), Some(organisation), &wijken).await?;
    }
    db::coverage::set_responder(pool, Some(Responder::Organisation(cast.welzijn)), cast.ilse).await?;
    Ok(())
}

/// Neighbours support ideas: the first two past the threshold (25), the others a few each.
async fn supports(pool: &AnyPool, ideas: &[i64], cast: &Cast) -> anyhow::Result<()> {
    let mut neighbours = Vec::new();
    for n in 1..=NEIGHBOURS {
        let email = Email::parse(&format!("buur{n}@demo.wijkidee.nl"))?;
        let id = match db::users::find_by_email(pool, &email).await? {
            Some(user) => user.id,
            None => {
                db::users::create(
                    pool,
                    &email,
                    &DisplayName::parse(&format!("Buurtbewoner {n}"))?,
                    "!",
                )
                .await?
            }
        };
        neighbours.push(id);
    }
    for (i, &idea) in ideas.iter().enumerate() {
        let wanted = match i {
            0 => 27,
            1 => 31,
            _ => (i * 7) % 13,
        };
        for &neighbour in neighbours.iter().take(wanted) {
            db::supports::add(pool, idea, neighbour).await?;
        }
        // The demo residents support each other's ideas too (never their own, as the site refuses).
        let author = db::ideas::facts(pool, idea).await?.map(|f| f.author_id);
        for &resident in cast.residents.iter().skip(i % 3).step_by(2) {
            if Some(resident) != author {
                db::supports::add(pool, idea, resident).await?;
            }
        }
    }
    Ok(())
}

/// Comments under the first ideas (a professional answering among them), and a resident's message
/// to the playground's contact person with its answer.
async fn conversations(pool: &AnyPool, ideas: &[i64], cast: &Cast) -> anyhow::Result<()> {
    let r = &cast.residents;
    let comments: [(usize, i64, &str); 6] = [
        (
            0,
            r[1],
            "Goed plan! Ik heb nog plantenbakken over, die mogen jullie hebben.",
        ),
        (
            0,
            r[3],
            "Doe ik mee. Zaterdagochtend kan ik helpen met tegels wippen.",
        ),
        (
            1,
            r[0],
            "Mijn kinderen spelen hier elke dag. Schaduw is echt nodig in de zomer.",
        ),
        (
            1,
            cast.ilse,
            "Dank voor jullie reacties. We plannen in het voorjaar een bewonersavond over het ontwerp.",
        ),
        (
            2,
            r[4],
            "Ik kook graag mee, bijvoorbeeld Surinaams of Hindoestaans.",
        ),
        (6, r[2], "Met zitranden erbij wordt het Plein veel gezelliger."),
    ];
    for (idea, author, text) in comments {
        if let Some(&idea) = ideas.get(idea) {
            db::comments::insert(pool, idea, None, author, &CommentBody::parse(text)?).await?;
        }
    }
    if let Some(&playground) = ideas.get(1) {
        let asker = r[0];
        db::messages::add(
            pool,
            playground,
            asker,
            asker,
            "Mag ik bij de bewonersavond een tekening van de kinderen laten zien?",
        )
        .await?;
        db::messages::add(
            pool,
            playground,
            asker,
            cast.ilse,
            "Heel graag! Neem ze mee, dan hangen we ze op. Ik stuur je de datum zodra die vaststaat.",
        )
        .await?;
        // Each side was told, as when they write through the site.
        use app::domain::views::NotificationKind::Message;
        db::notifications::to_user(pool, cast.ilse, Message, playground, Some(asker)).await?;
        db::notifications::to_user(pool, asker, Message, playground, Some(cast.ilse)).await?;
    }
    Ok(())
}

/// What became of a few ideas, each with its public explanation: realised, not feasible, referred.
async fn outcomes(pool: &AnyPool, ideas: &[i64], cast: &Cast) -> anyhow::Result<()> {
    let ilse = db::timeline::Actor {
        user_id: cast.ilse,
        name: "Ilse",
        role_label: "ideeenmakelaar",
    };
    let omar = db::timeline::Actor {
        user_id: cast.omar,
        name: "Omar",
        role_label: "opbouwwerker",
    };
    let explained = |text: &str| Justification {
        explanation: Some(text.to_owned()),
        ..Justification::default()
    };
    // Fietsnietjes bij de Grote Markt (Centrum): realised.
    if let Some(&bikes) = ideas.get(8) {
        db::claims::claim(pool, bikes, ClaimKind::Lead, &ilse).await?;
        for (from, to) in [
            (Status::Opgepakt, Status::InVoorbereiding),
            (Status::InVoorbereiding, Status::InUitvoering),
        ] {
            db::timeline::change_status(pool, bikes, &ilse, from, to, &Justification::default()).await?;
        }
        let done = explained("In maart zijn 40 fietsnietjes geplaatst aan de Grote Marktstraat en de Prinsegracht. Dank aan iedereen die meedacht!");
        db::timeline::change_status(
            pool,
            bikes,
            &ilse,
            Status::InUitvoering,
            Status::Gerealiseerd,
            &done,
        )
        .await?;
    }
    // Muurschildering in de Transvaal: not feasible, with why and what next.
    if let Some(&mural) = ideas.get(5) {
        db::claims::claim(pool, mural, ClaimKind::Lead, &omar).await?;
        let why = explained("De eigenaar van de muur geeft geen toestemming. We zoeken met de jongeren een andere plek; wie een muur weet, kan reageren.");
        db::timeline::change_status(pool, mural, &omar, Status::Opgepakt, Status::NietHaalbaar, &why).await?;
    }
    // Afvalbakken bij de Haagse Markt: referred to the service that places them.
    if let Some(&bins) = ideas.get(3) {
        db::claims::claim(pool, bins, ClaimKind::Lead, &ilse).await?;
        let why = Justification {
            explanation: Some("Afvalbakken plaatst de gemeente via een melding openbare ruimte. We hebben de melding gedaan, met jullie foto's.".into()),
            referred_to: Some("Meldingen openbare ruimte, gemeente Den Haag".into()),
            ..Justification::default()
        };
        db::timeline::change_status(pool, bins, &ilse, Status::Opgepakt, Status::Doorverwezen, &why).await?;
    }
    Ok(())
}
