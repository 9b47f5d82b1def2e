//! One public idea in each open-data format: a GeoJSON Feature (RFC 7946: WGS84 longitude before
//! latitude, no `crs`), a CSV row (RFC 4180: CRLF, fields with a comma, quote or line break quoted,
//! quotes doubled), and the XML text escaping Atom and Open311 need.
//!
//! The same columns, in the same order, in every format, so a program can switch between them.

use app::db::open_data::PublicIdea;
use app::domain::time::rfc3339;
use serde_json::{json, Value};

/// Seven decimals are a centimetre: more than a pin on a map means, and short.
fn rounded(degrees: f64) -> f64 {
    (degrees * 1e7).round() / 1e7
}

/// The idea's page, as a whole URL.
pub fn idea_url(site: &str, id: i64) -> String {
    format!("{site}{}", app::routes::idea(id))
}

pub fn geojson_feature(idea: &PublicIdea, site: &str) -> Value {
    json!({
        "type": "Feature",
        "id": idea.id,
        "geometry": { "type": "Point", "coordinates": [rounded(idea.lng), rounded(idea.lat)] },
        "properties": {
            "id": idea.id,
            "title": idea.title,
            "description": idea.description,
            "category": idea.category,
            "category_name": idea.category_name,
            "status": idea.status,
            "wijk_code": idea.wijk_code,
            "wijk_name": idea.wijk_name,
            "buurt_code": idea.buurt_code,
            "buurt_name": idea.buurt_name,
            "created_at": rfc3339(idea.created_at),
            "updated_at": rfc3339(idea.updated_at),
            "support_count": idea.support_count,
            "comment_count": idea.comment_count,
            "url": idea_url(site, idea.id),
        },
    })
}

pub const CSV_COLUMNS: [&str; 17] = [
    "id",
    "title",
    "description",
    "category",
    "category_name",
    "status",
    "lat",
    "lng",
    "wijk_code",
    "wijk_name",
    "buurt_code",
    "buurt_name",
    "created_at",
    "updated_at",
    "support_count",
    "comment_count",
    "url",
];

pub fn csv_header() -> String {
    let mut line = CSV_COLUMNS.join(",");
    line.push_str("\r\n");
    line
}

pub fn csv_row(out: &mut String, idea: &PublicIdea, site: &str) {
    let fields = [
        idea.id.to_string(),
        csv_text(&idea.title),
        csv_text(&idea.description),
        idea.category.clone(),
        csv_text(&idea.category_name),
        idea.status.clone(),
        rounded(idea.lat).to_string(),
        rounded(idea.lng).to_string(),
        idea.wijk_code.clone(),
        csv_text(&idea.wijk_name),
        idea.buurt_code.clone().unwrap_or_default(),
        csv_text(idea.buurt_name.as_deref().unwrap_or_default()),
        rfc3339(idea.created_at),
        rfc3339(idea.updated_at),
        idea.support_count.to_string(),
        idea.comment_count.to_string(),
        idea_url(site, idea.id),
    ];
    for (n, field) in fields.iter().enumerate() {
        if n > 0 {
            out.push(',');
        }
        csv_field(out, field);
    }
    out.push_str("\r\n");
}

/// Text a resident wrote, made safe for spreadsheets: a cell that starts like a formula (`=`, `+`,
/// `-`, `@`, a tab or a carriage return) gets a leading apostrophe, so opening the export in a
/// spreadsheet never runs what someone typed as an idea's title (OWASP's advice on CSV injection).
pub fn csv_text(text: &str) -> String {
    if text.starts_with(['=', '+', '-', '@', '\t', '\r']) {
        format!("'{text}")
    } else {
        text.to_owned()
    }
}

fn csv_field(out: &mut String, field: &str) {
    if field.contains([',', '"', '\r', '\n']) {
        out.push('"');
        out.push_str(&field.replace('"', "\"\""));
        out.push('"');
    } else {
        out.push_str(field);
    }
}

/// Text for XML content or an attribute value; characters XML 1.0 forbids are left out.
pub fn xml_escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&apos;"),
            '\t' | '\n' | '\r' => out.push(c),
            c if (c as u32) < 0x20 || c == '\u{FFFE}' || c == '\u{FFFF}' => {}
            c => out.push(c),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn csv_quotes_what_needs_it_and_defuses_formulas() {
        let mut out = String::new();
        csv_field(&mut out, "plain");
        out.push('|');
        csv_field(&mut out, "a, \"b\"\r\nc");
        assert_eq!(out, "plain|\"a, \"\"b\"\"\r\nc\"");
        assert_eq!(csv_text("=HYPERLINK(\"x\")"), "'=HYPERLINK(\"x\")");
        assert_eq!(csv_text("-5 bomen"), "'-5 bomen");
        assert_eq!(csv_text("Meer bankjes"), "Meer bankjes");
    }

    #[test]
    fn xml_escapes_markup_and_drops_forbidden_characters() {
        assert_eq!(
            xml_escape("<a href=\"x\">'&'</a>\u{1}"),
            "&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;"
        );
    }
}
