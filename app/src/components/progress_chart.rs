//! Ideas submitted and realised per month, as a bar chart drawn on the server (SVG: no script, sharp
//! in print) with the same numbers in a table beside it. The chart is one image with a title for
//! screen readers; the table is where they (and anyone who wants the exact numbers) read them.

use crate::api::progress_report::MonthFigures;
use crate::i18n::{fill, number, t, Msg};
use crate::wording::month_name;
use leptos::prelude::*;

/// The drawing's own units. Narrow enough that its 14-unit labels stay readable when a phone
/// shrinks the chart to its width (about 9 px there, 17 px beside the table on a desktop).
const WIDTH: i64 = 520;
const HEIGHT: i64 = 220;
/// Room for the axis labels: left for the numbers, below for the years.
const LEFT: i64 = 40;
const BOTTOM: i64 = 30;
const TOP: i64 = 10;

/// The month's name and year, as the table heads its rows.
pub fn month_and_year(m: &MonthFigures) -> String {
    fill(
        Msg::MonthYear,
        &[("month", month_name(m.month)), ("year", &m.year.to_string())],
    )
}

/// A round top for the axis: 1, 2 or 5 times a power of ten, at least `max` (and at least 5).
fn axis_top(max: i64) -> i64 {
    let mut step = 1;
    loop {
        for f in [1, 2, 5] {
            if f * step >= max.max(5) {
                return f * step;
            }
        }
        step *= 10;
    }
}

/// The values with a grid line: even steps from 0 to `top` (four for a top of 2, 20, 200…; five else).
fn grid_lines(top: i64) -> Vec<i64> {
    let mut lead = top;
    while lead >= 10 {
        lead /= 10;
    }
    let divisions = if lead == 2 { 4 } else { 5 };
    (0..=divisions).map(|i| top * i / divisions).collect()
}

#[component]
pub fn ProgressChart(months: Vec<MonthFigures>) -> impl IntoView {
    let top = axis_top(
        months
            .iter()
            .map(|m| m.submitted.max(m.realised))
            .max()
            .unwrap_or(0),
    );
    let plot_h = HEIGHT - TOP - BOTTOM;
    let slot = (WIDTH - LEFT) as f64 / months.len().max(1) as f64;
    let y = move |v: i64| TOP as f64 + plot_h as f64 * (1.0 - v as f64 / top as f64);
    let bar_w = (slot * 0.36).max(1.0);
    let grid = grid_lines(top);
    let bars = months
        .iter()
        .enumerate()
        .map(|(i, m)| {
            let x = LEFT as f64 + slot * i as f64 + slot * 0.12;
            let base = y(0);
            // The first month and every January name their year below the axis.
            let year = (i == 0 || m.month == 1).then(|| {
                view! { <text x=format!("{x:.1}") y=(HEIGHT - 8).to_string() class="chart-axis">{m.year}</text> }
            });
            view! {
                <rect class="chart-submitted" x=format!("{x:.1}") y=format!("{:.1}", y(m.submitted))
                    width=format!("{bar_w:.1}") height=format!("{:.1}", base - y(m.submitted))/>
                <rect class="chart-realised" x=format!("{:.1}", x + bar_w) y=format!("{:.1}", y(m.realised))
                    width=format!("{bar_w:.1}") height=format!("{:.1}", base - y(m.realised))/>
                {year}
            }
        })
        .collect_view();
    let rows = months
        .iter()
        .rev()
        .map(|m| {
            view! {
                <tr>
                    <th scope="row">{month_and_year(m)}</th>
                    <td>{number(m.submitted)}</td>
                    <td>{number(m.realised)}</td>
                </tr>
            }
        })
        .collect_view();
    let submitted: i64 = months.iter().map(|m| m.submitted).sum();
    let realised: i64 = months.iter().map(|m| m.realised).sum();
    let description = fill(
        Msg::ChartDescription,
        &[("submitted", &number(submitted)), ("realised", &number(realised))],
    );
    view! {
        <div class="chart-and-table">
            <figure class="chart">
                <svg viewBox=format!("0 0 {WIDTH} {HEIGHT}") role="img" aria-labelledby="chart-title chart-desc" focusable="false">
                    <title id="chart-title">{t(Msg::ChartTitle)}</title>
                    <desc id="chart-desc">{description}</desc>
                    {grid.into_iter().map(|v| {
                        let at = format!("{:.1}", y(v));
                        view! {
                            <line class="chart-grid" x1=LEFT.to_string() x2=WIDTH.to_string() y1=at.clone() y2=at.clone()/>
                            <text class="chart-axis" x=(LEFT - 6).to_string() y=at text-anchor="end" dominant-baseline="middle">{v}</text>
                        }
                    }).collect_view()}
                    {bars}
                </svg>
                <figcaption class="chart-legend">
                    <span><span class="swatch swatch-submitted" aria-hidden="true"></span>{t(Msg::ChartSubmitted)}</span>
                    <span><span class="swatch swatch-realised" aria-hidden="true"></span>{t(Msg::ChartRealised)}</span>
                </figcaption>
            </figure>
            <div class="table-scroll" role="region" aria-labelledby="chart-table-caption" tabindex="0">
                <table class="figures" data-testid="month-table">
                    <caption id="chart-table-caption">{t(Msg::ChartTableCaption)}</caption>
                    <thead>
                        <tr>
                            <th scope="col">{t(Msg::ChartMonth)}</th>
                            <th scope="col">{t(Msg::ChartSubmitted)}</th>
                            <th scope="col">{t(Msg::ChartRealised)}</th>
                        </tr>
                    </thead>
                    <tbody>{rows}</tbody>
                </table>
            </div>
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::{axis_top, grid_lines};

    #[test]
    fn the_axis_ends_on_a_round_number_above_the_highest_bar() {
        assert_eq!(axis_top(0), 5);
        assert_eq!(axis_top(3), 5);
        assert_eq!(axis_top(7), 10);
        assert_eq!(axis_top(11), 20);
        assert_eq!(axis_top(20), 20);
        assert_eq!(axis_top(480), 500);
        assert_eq!(axis_top(501), 1000);
    }

    #[test]
    fn grid_lines_fall_on_whole_even_steps() {
        assert_eq!(grid_lines(5), vec![0, 1, 2, 3, 4, 5]);
        assert_eq!(grid_lines(20), vec![0, 5, 10, 15, 20]);
        assert_eq!(grid_lines(100), vec![0, 20, 40, 60, 80, 100]);
    }
}
