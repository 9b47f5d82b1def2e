//! `wijkidee demo seed --ideas N`: a database with many ideas spread over the municipality's buurten,
//! for measuring what a big city does to the map and the pages (`make bench`, the scale tests).
//! Points are drawn inside the buurten' outlines (held in memory), ideas are written a thousand to a
//! transaction: 100,000 ideas take seconds, not an hour of single commits.

use app::db::{self, ideas::NewIdea, wards::Location};
use app::domain::{Coordinates, DisplayName, Email, IdeaDescription, IdeaTitle};
use rand::{rngs::StdRng, Rng, SeedableRng};
use sqlx::AnyPool;

const BATCH: usize = 1000;
const TITLES: [&str; 8] = [
    "Meer bankjes in het park",
    "Een moestuin voor de buurt",
    "Veilig oversteken bij de school",
    "Speeltoestellen voor jonge kinderen",
    "Bomen in de straat",
    "Een buurtfeest in de zomer",
    "Fietsenrekken bij de winkels",
    "Minder zwerfafval op het plein",
];

/// Adds `count` ideas by a seeding account; returns how many were written. The same seed gives
/// the same ideas.
pub async fn seed_ideas(pool: &AnyPool, count: usize, seed: u64) -> anyhow::Result<usize> {
    let buurten = db::wards::buurt_shapes(pool).await?;
    anyhow::ensure!(!buurten.is_empty(), "no buurten in the database to put ideas in");
    let categories = db::categories::list(pool).await?;
    anyhow::ensure!(!categories.is_empty(), "no categories in the database");
    let email = Email::parse("zaaier@demo.wijkidee.nl")?;
    let author = match db::users::find_by_email(pool, &email).await? {
        Some(user) => user.id,
        None => db::users::create(pool, &email, &DisplayName::parse("Zaaier")?, "no-login").await?,
    };
    let description = IdeaDescription::parse(
        "Een idee voor de buurt, gemaakt om te meten hoe Wijkidee met veel ideeën omgaat.",
    )?;
    let mut rng = StdRng::seed_from_u64(seed);
    let now = db::now();
    let mut written = 0;
    while written < count {
        let mut tx = db::begin_write(pool).await?;
        for _ in 0..BATCH.min(count - written) {
            let (buurt, wijk, shape) = &buurten[rng.gen_range(0..buurten.len())];
            let b = shape.bounding_box();
            let at = loop {
                let (lng, lat) = (
                    rng.gen_range(b.min_lng..=b.max_lng),
                    rng.gen_range(b.min_lat..=b.max_lat),
                );
                if shape.contains(lng, lat) {
                    break Coordinates::parse(lat, lng)?;
                }
            };
            let idea = NewIdea {
                title: IdeaTitle::parse(TITLES[rng.gen_range(0..TITLES.len())])?,
                description: description.clone(),
                category: categories[rng.gen_range(0..categories.len())].slug.clone(),
                at,
                location: Location {
                    wijk: wijk.clone(),
                    buurt: Some(buurt.clone()),
                },
                author_id: author,
            };
            let created_at = now - rng.gen_range(0..(730 * 86_400));
            db::ideas::insert_at(&mut *tx, &idea, created_at).await?;
            written += 1;
        }
        tx.commit().await?;
    }
    Ok(written)
}
