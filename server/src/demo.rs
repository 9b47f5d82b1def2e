//! `--demo`: realistic Haagse demo data, so a first start shows a living map. Demo residents get fresh
//! random passwords at every start (printed once); their ideas are added only the first time.
//! Demo professionals (a gemeente ideeënmakelaar, a welfare opbouwwerker) and an administrator come
//! with them, at work on a few ideas. Without `--demo` no demo account exists.

use app::db::{self, ideas::NewIdea};
use app::domain::roles::{ClaimKind, NoteVisibility, OrganisationKind, ProfessionalFunction, Role};
use app::domain::workflow::Justification;
use app::domain::{Coordinates, DisplayName, Email, IdeaDescription, IdeaTitle, Status, WardCode};
use rand::{rngs::StdRng, Rng, SeedableRng};
use sqlx::AnyPool;

pub struct DemoAccount {
    pub email: String,
    pub display_name: String,
    pub password: String,
}

const RESIDENTS: [(&str, &str); 5] = [
    ("fatima@demo.wijkidee.nl", "Fatima"),
    ("joost@demo.wijkidee.nl", "Joost"),
    ("mehmet@demo.wijkidee.nl", "Mehmet"),
    ("ingrid@demo.wijkidee.nl", "Ingrid"),
    ("priya@demo.wijkidee.nl", "Priya"),
];

/// Demo professionals: (email, name, role, function, organisation). Their werkgebied is `WERKGEBIED`.
/// (email, name, role, function, organisation with its kind)
type DemoProfessional = (
    &'static str,
    &'static str,
    Role,
    Option<ProfessionalFunction>,
    Option<(&'static str, OrganisationKind)>,
);

const PROFESSIONALS: [DemoProfessional; 3] = [
    (
        "ilse@demo.wijkidee.nl",
        "Ilse",
        Role::Professional,
        Some(ProfessionalFunction::Ideeenmakelaar),
        Some(("Gemeente Den Haag", OrganisationKind::Gemeente)),
    ),
    (
        "omar@demo.wijkidee.nl",
        "Omar",
        Role::Professional,
        Some(ProfessionalFunction::Opbouwwerker),
        Some(("Welzijn Centrum (demo)", OrganisationKind::Welzijnsorganisatie)),
    ),
    (
        "beheer@demo.wijkidee.nl",
        "Beheer",
        Role::Administrator,
        None,
        None,
    ),
];

/// Schildersbuurt, Transvaalkwartier and Centrum.
const WERKGEBIED: [&str; 3] = ["WK051829", "WK051830", "WK051828"];

/// (buurt, category, title, description, author, days ago)
const IDEAS: &[(&str, &str, &str, &str, usize, i64)] = &[
    ("BU05182915", "groen", "Geveltuintjes in de Jacob Catsstraat", "Veel huizen hebben een stoep zonder groen. Met geveltuintjes wordt de straat koeler en vrolijker. Wij willen met buren tegels wippen en planten delen.", 0, 3),
    ("BU05182916", "spelen", "Speelplek op het Teniersplantsoen opknappen", "Het klimrek is kapot en er is weinig schaduw. Kinderen uit de buurt spelen nu op straat. Graag een nieuw toestel en een paar bomen.", 2, 9),
    ("BU05182917", "ontmoeten", "Buurtmaaltijd in het buurthuis", "Eens per maand samen koken en eten, voor iedereen uit de wijk. Veel ouderen zijn alleen, en zo leren nieuwe bewoners de buurt kennen.", 0, 14),
    ("BU05183033", "schoon-en-heel", "Meer afvalbakken bij de Haagse Markt", "Op marktdagen ligt er veel zwerfafval in de zijstraten. Extra afvalbakken en een opruimactie met ondernemers zouden helpen.", 2, 5),
    ("BU05183032", "verkeer-en-veiligheid", "Veiliger oversteken bij de Paul Krugerlaan", "Bij de school steken veel kinderen over tussen geparkeerde auto's. Een zebrapad met drempel maakt het veiliger.", 3, 21),
    ("BU05183034", "cultuur", "Muurschildering over de geschiedenis van de Transvaal", "Een blinde muur aan het plein kan een kunstwerk worden, gemaakt met jongeren uit de wijk, over wie hier woonden en wonen.", 4, 33),
    ("BU05182811", "groen", "Bloembakken op het Plein", "Het Plein is mooi, maar erg stenig. Grote bloembakken met zitranden geven kleur en een plek om even te zitten.", 1, 40),
    ("BU05182813", "ontmoeten", "Bankjes langs de gracht bij de Uilebomen", "Langs het water is nergens een plek om te zitten. Een paar bankjes zouden het een ontmoetingsplek maken.", 3, 12),
    ("BU05182814", "verkeer-en-veiligheid", "Fietsnietjes bij de Grote Markt", "Fietsen staan overal tegen gevels. Meer fietsnietjes houden de stoep vrij voor rolstoelen en kinderwagens.", 1, 7),
    ("BU05180701", "cultuur", "Zomerconcerten op het Prins Willemplein", "Kleine concerten op zondagmiddag, met muzikanten uit Scheveningen. Gratis, voor jong en oud.", 4, 55),
    ("BU05180704", "spelen", "Trapveldje bij de Visserijbuurt", "Er is geen plek om te voetballen. Het grasveld achter de flats kan met twee doeltjes een trapveld worden.", 2, 18),
    ("BU05180702", "schoon-en-heel", "Opruimdag in de Vissershaven", "Samen met de havenbedrijven één keer per seizoen de kades en het water schoonmaken.", 0, 61),
    ("BU05182665", "groen", "Tiny forest in Bezuidenhout", "Op het braakliggende stuk aan de Juliana van Stolberglaan past een klein bos. Goed voor vogels, insecten en de buurt.", 3, 26),
    ("BU05182664", "verkeer-en-veiligheid", "30 km per uur in de Stuyvesantstraat", "Auto's rijden hier veel te hard. Met drempels of een versmalling wordt het rustiger.", 1, 2),
    ("BU05182666", "ontmoeten", "Ruilkast voor boeken en speelgoed", "Een weerbestendige kast op het pleintje waar buren boeken en speelgoed kunnen ruilen.", 4, 44),
    ("BU05183620", "spelen", "Waterspeelplaats in Moerwijk", "In de zomer is het hier heet en er is geen zwembad dichtbij. Een kleine waterspeelplek zou kinderen veel plezier geven.", 2, 30),
    ("BU05183637", "groen", "Moestuin voor de buurt", "Op het grasveld bij de flats samen groente kweken. Er zijn al tien buren die mee willen doen.", 0, 16),
    ("BU05183638", "schoon-en-heel", "Grofvuil-ophaaldag in Moerwijk-Noord", "Bij de containers staat vaak grofvuil. Een vaste ophaaldag per maand zou dat voorkomen.", 3, 11),
    ("BU05183824", "ontmoeten", "Huiskamer van de wijk in de oude bibliotheek", "Het lege pand kan een plek worden waar buren koffie drinken, hulp vragen en activiteiten organiseren.", 4, 70),
    ("BU05183825", "verkeer-en-veiligheid", "Betere verlichting in het Laakpark", "Het park is 's avonds erg donker. Veel mensen lopen er dan liever niet. Meer lampen langs het hoofdpad graag.", 1, 24),
    ("BU05183823", "cultuur", "Open podium in Spoorwijk", "Een maandelijkse avond waar buurtbewoners muziek maken, gedichten voorlezen of verhalen vertellen.", 0, 35),
    ("BU05183536", "groen", "Pluktuin in het Zuiderpark", "Een hoek van het park met fruitbomen en bessenstruiken waar iedereen mag plukken.", 2, 48),
    ("BU05183536", "spelen", "Skatebaan uitbreiden in het Zuiderpark", "De skatebaan is altijd vol. Een extra bowl zou de jongeren uit de hele stad ruimte geven.", 1, 6),
    ("BU05182055", "schoon-en-heel", "Ondergrondse containers op de Fahrenheitstraat", "De vuilniszakken op straat trekken meeuwen aan. Ondergrondse containers zouden de straat schoner maken.", 3, 19),
    ("BU05182054", "groen", "Boomspiegels beplanten in de Heesterbuurt", "De stukjes grond rond de bomen zijn kaal. Bewoners willen ze adopteren en beplanten.", 4, 52),
    ("BU05181806", "ontmoeten", "Koffieochtend voor ouderen in Waldeck", "Elke dinsdag koffie in het wijkcentrum, met vervoer voor wie slecht ter been is.", 0, 80),
    ("BU05181786", "verkeer-en-veiligheid", "Schoolzone bij de basisschool in Houtwijk", "Bij het brengen en halen is het chaos. Een schoolzone met duidelijke borden en een kiss-and-ride helpt.", 2, 27),
    ("BU05182561", "spelen", "Speeltuin voor peuters in Mariahoeve", "Er zijn veel jonge gezinnen, maar de speeltuin is voor grote kinderen. Graag een hoek voor peuters.", 1, 37),
    ("BU05182568", "groen", "Wilde bloemen in de bermen van Marlot", "Minder maaien en bloemen zaaien, goed voor bijen en vlinders.", 3, 65),
    ("BU05184002", "ontmoeten", "Buurtfeest op het Hoge Veld", "Een jaarlijks straatfeest om nieuwe en oude bewoners van Wateringse Veld met elkaar kennis te laten maken.", 4, 90),
    ("BU05184213", "verkeer-en-veiligheid", "Zebrapad bij winkelcentrum Ypenburg", "Oversteken naar het winkelcentrum is gevaarlijk, vooral voor ouderen en kinderen.", 0, 13),
    ("BU05184214", "spelen", "Natuurspeelplaats aan het water in Ypenburg", "Boomstammen, zand en water: een speelplek waar kinderen de natuur ontdekken.", 2, 58),
    ("BU05181252", "cultuur", "Kunstroute door de Bomenbuurt", "Eén weekend per jaar openen kunstenaars uit de buurt hun ateliers voor bezoekers.", 1, 74),
    ("BU05182245", "schoon-en-heel", "Graffiti weghalen in de Zoutmanstraat", "Samen met eigenaren de bekladde gevels schoonmaken, en een vaste plek voor legale graffiti maken.", 3, 33),
    ("BU05183721", "ontmoeten", "Zitplekken rond de Hobbemamarkt", "Marktbezoekers hebben geen plek om even te zitten. Een paar bankjes onder de bomen graag.", 4, 8),
    ("BU05183480", "groen", "Groen schoolplein in Morgenstond", "Het schoolplein is alleen tegels. Na schooltijd kan een groen plein ook een buurttuin zijn.", 0, 42),
];

pub async fn seed(pool: &AnyPool) -> anyhow::Result<Vec<DemoAccount>> {
    let mut accounts = Vec::new();
    let mut author_ids = Vec::new();
    for (email, name) in RESIDENTS {
        author_ids.push(account(pool, email, name, &mut accounts).await?);
    }
    let mut professional_ids = Vec::new();
    let mut organisations = Vec::new();
    for (email, name, role, function, organisation) in PROFESSIONALS {
        let id = account(pool, email, name, &mut accounts).await?;
        let organisation = match organisation {
            Some((org_name, kind)) => Some(organisation_id(pool, org_name, kind).await?),
            None => None,
        };
        organisations.extend(organisation);
        let wijken: Vec<String> = if role.works_on_ideas() {
            WERKGEBIED.iter().map(|w| w.to_string()).collect()
        } else {
            Vec::new()
        };
        db::professionals::assign(pool, id, role, function, organisation, &wijken).await?;
        professional_ids.push(id);
    }
    if db::ideas::count_by_author(pool, author_ids[0]).await? == 0 {
        let ideas = seed_ideas(pool, &author_ids).await?;
        seed_work(pool, &ideas, professional_ids[0], professional_ids[1]).await?;
        let cast = crate::demo_life::Cast {
            residents: author_ids.clone(),
            ilse: professional_ids[0],
            omar: professional_ids[1],
            gemeente: organisations[0],
            welzijn: organisations[1],
        };
        crate::demo_life::seed(pool, &ideas, &cast).await?;
    }
    Ok(accounts)
}

/// Makes the account, or gives an existing one a new password; records it for printing.
async fn account(
    pool: &AnyPool,
    email: &str,
    name: &str,
    accounts: &mut Vec<DemoAccount>,
) -> anyhow::Result<i64> {
    let password = random_password();
    let hash = app::auth::hash_password(&password).map_err(|e| anyhow::anyhow!("hashing: {e}"))?;
    let email = Email::parse(email)?;
    let id = match db::users::find_by_email(pool, &email).await? {
        Some(user) => {
            db::users::set_password_hash(pool, user.id, &hash).await?;
            user.id
        }
        None => db::users::create(pool, &email, &DisplayName::parse(name)?, &hash).await?,
    };
    accounts.push(DemoAccount {
        email: email.as_str().to_owned(),
        display_name: name.to_owned(),
        password,
    });
    Ok(id)
}

async fn organisation_id(pool: &AnyPool, name: &str, kind: OrganisationKind) -> anyhow::Result<i64> {
    if let Some(existing) = db::professionals::organisations(pool)
        .await?
        .into_iter()
        .find(|o| o.name == name)
    {
        return Ok(existing.id);
    }
    Ok(db::professionals::create_organisation(pool, name, kind).await?)
}

/// Professionals at work on a few ideas, so the workbench and the idea pages show something: one
/// idea being prepared by two organisations (with milestones and an update), one whose lead went
/// quiet (stalled), the rest open.
async fn seed_work(pool: &AnyPool, ideas: &[i64], ilse: i64, omar: i64) -> anyhow::Result<()> {
    let (Some(&playground), Some(&dinner)) = (ideas.get(1), ideas.get(2)) else {
        return Ok(());
    };
    let ilse_actor = db::timeline::Actor {
        user_id: ilse,
        name: "Ilse",
        role_label: "ideeenmakelaar",
    };
    let omar_actor = db::timeline::Actor {
        user_id: omar,
        name: "Omar",
        role_label: "opbouwwerker",
    };
    db::claims::claim(pool, playground, ClaimKind::Lead, &ilse_actor).await?;
    db::claims::claim(pool, playground, ClaimKind::Supporting, &omar_actor).await?;
    let why = Justification::default();
    db::timeline::change_status(
        pool,
        playground,
        &ilse_actor,
        Status::Opgepakt,
        Status::InVoorbereiding,
        &why,
    )
    .await?;
    db::notes::add(
        pool,
        playground,
        ilse,
        db::professionals::actor(pool, ilse).await?.organisation_id,
        NoteVisibility::Openbaar,
        "We kijken met de speeltuinvereniging welk toestel past. In het voorjaar komt er een bewonersavond.",
    )
    .await?;
    // Its progress: a bewonersavond held, the toestel still to come, and an update for followers.
    let day = |days: i64| app::domain::time::iso_date(db::now() + days * 86_400);
    db::progress::add_milestone(
        pool,
        playground,
        &ilse_actor,
        "Bewonersavond over het toestel",
        &day(-10),
    )
    .await?;
    db::progress::add_milestone(pool, playground, &omar_actor, "Toestel bestellen", &day(45)).await?;
    let held = db::progress::milestones(pool, playground).await?[0].id;
    let done = db::progress::Change::Done(&day(-10));
    db::progress::change_milestone(pool, playground, held, &ilse_actor, done).await?;
    db::progress::post_update(
        pool,
        playground,
        &omar_actor,
        "Op de bewonersavond kozen twintig buren samen een klimrek. We vragen nu offertes op.",
    )
    .await?;
    db::claims::claim(pool, dinner, ClaimKind::Lead, &omar_actor).await?;
    sqlx::query("UPDATE claims SET last_activity_at = $1 WHERE idea_id = $2")
        .bind(db::now() - 40 * 86_400)
        .bind(dinner)
        .execute(pool)
        .await?;
    Ok(())
}

async fn seed_ideas(pool: &AnyPool, authors: &[i64]) -> anyhow::Result<Vec<i64>> {
    let mut ids = Vec::new();
    let mut rng = StdRng::seed_from_u64(2026);
    let now = db::now();
    for &(buurt, category, title, description, author, days_ago) in IDEAS {
        let code = WardCode::parse(buurt)?;
        let Some(centre) = db::wards::interior_point(pool, &code).await? else {
            continue;
        };
        let at = jittered_inside(pool, centre, &mut rng).await?;
        let Some(location) = db::wards::locate(pool, at).await? else {
            continue;
        };
        let idea = NewIdea {
            title: IdeaTitle::parse(title)?,
            description: IdeaDescription::parse(description)?,
            category: category.to_owned(),
            at,
            location,
            author_id: authors[author % authors.len()],
        };
        let hour = rng.gen_range(0..86_400);
        let id = db::ideas::insert_at(pool, &idea, now - days_ago * 86_400 - hour).await?;
        // As when a resident posts one: the author follows their idea from the start.
        db::follows::follow_idea(pool, idea.author_id, id).await?;
        ids.push(id);
    }
    Ok(ids)
}

/// A point near the buurt's centre (so markers do not stack), kept only if it stays in the same buurt.
async fn jittered_inside(
    pool: &AnyPool,
    centre: Coordinates,
    rng: &mut StdRng,
) -> anyhow::Result<Coordinates> {
    let home = db::wards::locate(pool, centre).await?;
    for _ in 0..5 {
        let candidate = Coordinates::parse(
            centre.lat() + rng.gen_range(-0.0015..0.0015),
            centre.lng() + rng.gen_range(-0.0025..0.0025),
        )?;
        if db::wards::locate(pool, candidate).await? == home {
            return Ok(candidate);
        }
    }
    Ok(centre)
}

fn random_password() -> String {
    const WORDS: &[&str] = &[
        "tulp", "molen", "duin", "haring", "fiets", "gracht", "kade", "meeuw", "strand", "polder", "klomp",
        "dijk", "vlieger", "markt", "plein", "brug", "toren", "haven", "lantaarn", "bankje",
    ];
    let mut rng = rand::thread_rng();
    let words: Vec<&str> = (0..3).map(|_| WORDS[rng.gen_range(0..WORDS.len())]).collect();
    format!("{}-{}", words.join("-"), rng.gen_range(10..100))
}
