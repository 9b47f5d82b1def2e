//! `/open-data`: every open-data endpoint with a working example on this site, the parameters and
//! the codes they take, the licence, the boundaries' credit, and the DCAT-AP description (JSON-LD
//! in the page for harvesters, and alone at `routes::DCAT`).

use super::not_found::LoadError;
use crate::api::open_data::{licence_name, open_data_info, OpenDataFacts};
use crate::components::page_head::PageHead;
use crate::domain::Status;
use crate::i18n::{fill, t, Msg};
use crate::routes;
use leptos::prelude::*;

#[component]
pub fn OpenDataPage() -> impl IntoView {
    let info = Resource::new(|| (), |_| open_data_info());
    view! {
        <PageHead title=t(Msg::OpenDataTitle) description=t(Msg::OpenDataIntro)/>
        <div class="page open-data">
            <h1>{t(Msg::OpenDataTitle)}</h1>
            <p class="lead">{t(Msg::OpenDataIntro)}</p>
            <p>{t(Msg::OpenDataPrivacy)}</p>
            <Suspense fallback=|| view! { <p>{t(Msg::Loading)}</p> }>
                {move || Suspend::new(async move {
                    match info.await {
                        Ok(info) => view! { <OpenDataContent info/> }.into_any(),
                        Err(error) => view! { <LoadError error/> }.into_any(),
                    }
                })}
            </Suspense>
        </div>
    }
}

/// An example address: a link that works, showing the whole URL.
#[component]
fn Example(site: String, path: String) -> impl IntoView {
    let url = format!("{site}{path}");
    view! { <a class="example-url" href=path><code dir="ltr">{url}</code></a> }
}

#[component]
fn OpenDataContent(info: OpenDataFacts) -> impl IntoView {
    let site = info.site.clone();
    let (wijk_code, wijk_name) = info
        .example_wijk
        .clone()
        .unwrap_or_else(|| ("WK051829".to_owned(), "Schilderswijk".to_owned()));
    let example = |path: String| view! { <Example site=site.clone() path/> };
    let geojson = example(format!("{}?wijk={wijk_code}", routes::IDEAS_GEOJSON));
    let csv = example(format!(
        "{}?status={}",
        routes::IDEAS_CSV,
        Status::Gerealiseerd.as_str()
    ));
    let city_feed = example(routes::CITY_FEED.to_owned());
    let wijk_feed = example(routes::ward_feed(&wijk_code));
    let idea_feed = info.example_idea.map(|id| example(routes::idea_feed(id)));
    let wards = example(routes::WARD_OUTLINES.to_owned());
    let dcat = example(routes::DCAT.to_owned());
    let first_category = info
        .categories
        .first()
        .map_or("groen".to_owned(), |c| c.slug.clone());
    let parameters = [
        ("wijk", Msg::OpenDataParamWijk, wijk_code.clone()),
        (
            "status",
            Msg::OpenDataParamStatus,
            Status::InUitvoering.as_str().to_owned(),
        ),
        ("categorie", Msg::OpenDataParamCategory, first_category),
        ("sinds", Msg::OpenDataParamSince, "2026-01-01".to_owned()),
        ("bbox", Msg::OpenDataParamBbox, "4.28,52.06,4.32,52.08".to_owned()),
    ];
    // JSON-LD inside a script element: `</script>` in a value must not end it early.
    let json_ld = info.dcat.replace('<', "\\u003c");
    view! {
        <p>
            {t(Msg::OpenDataLicence)}": "
            <a href=info.licence_url.clone() rel="license">{licence_name(&info.licence_url)}</a>
            ". "{t(Msg::OpenDataPublisher)}": "{info.publisher.clone()}"."
        </p>

        <h2>{t(Msg::OpenDataIdeasHeading)}</h2>
        <dl class="endpoints">
            <dt>"GeoJSON"</dt>
            <dd><p>{t(Msg::OpenDataGeojson)}</p>{geojson}</dd>
            <dt>"CSV"</dt>
            <dd><p>{t(Msg::OpenDataCsv)}</p>{csv}</dd>
        </dl>

        <h3 id="parameters-heading">{t(Msg::OpenDataFiltersHeading)}</h3>
        <p>{t(Msg::OpenDataFiltersIntro)}</p>
        // On a phone the table scrolls sideways inside itself: a region a keyboard can reach.
        <div class="table-scroll" tabindex="0" role="region" aria-labelledby="parameters-heading">
            <table class="parameters">
                <thead>
                    <tr>
                        <th scope="col">{t(Msg::OpenDataParameter)}</th>
                        <th scope="col">{t(Msg::OpenDataMeaning)}</th>
                        <th scope="col">{t(Msg::OpenDataExample)}</th>
                    </tr>
                </thead>
                <tbody>
                    {parameters.into_iter().map(|(name, meaning, value)| view! {
                        <tr>
                            <th scope="row"><code>{name}</code></th>
                            <td>{t(meaning)}</td>
                            <td><code dir="ltr">{format!("{name}={value}")}</code></td>
                        </tr>
                    }).collect_view()}
                </tbody>
            </table>
        </div>
        <h4>{t(Msg::OpenDataStatusCodes)}</h4>
        <ul class="codes">
            {Status::ALL.into_iter().map(|s| view! {
                <li><code>{s.as_str()}</code>" "{t(s.label())}</li>
            }).collect_view()}
        </ul>
        <h4>{t(Msg::OpenDataCategoryCodes)}</h4>
        <ul class="codes">
            {info.categories.iter().map(|c| view! {
                <li><code>{c.slug.clone()}</code>" "{crate::category_names::category_label(&c.slug, &c.name)}</li>
            }).collect_view()}
        </ul>
        <p>{t(Msg::OpenDataCaching)}</p>

        <h2>{t(Msg::OpenDataFeedsHeading)}</h2>
        <p>{t(Msg::OpenDataFeedsIntro)}</p>
        <dl class="endpoints">
            <dt>{t(Msg::OpenDataFeedCity)}</dt>
            <dd>{city_feed}</dd>
            <dt>{fill(Msg::OpenDataFeedWijk, &[("wijk", &wijk_name)])}</dt>
            <dd>{wijk_feed}</dd>
            {idea_feed.map(|feed| view! {
                <dt>{t(Msg::OpenDataFeedIdea)}</dt>
                <dd>{feed}</dd>
            })}
        </dl>

        <h2>{t(Msg::OpenDataWardsHeading)}</h2>
        <p>{t(Msg::OpenDataWards)}</p>
        <p>{wards}</p>

        <h2>{t(Msg::OpenDataCatalogHeading)}</h2>
        <p>{t(Msg::OpenDataCatalog)}</p>
        <p>{dcat}</p>
        <script type="application/ld+json" inner_html=json_ld></script>
    }
}
