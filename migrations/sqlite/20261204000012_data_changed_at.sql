-- Issue 11 (open data): when the public data last changed, beside its version, so every open-data
-- answer can carry `Last-Modified` and answer `If-Modified-Since` without reading the ideas.
ALTER TABLE data_version ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
UPDATE data_version SET changed_at = COALESCE((SELECT MAX(updated_at) FROM ideas), 0) WHERE id = 1;

DROP TRIGGER data_version_insert;
DROP TRIGGER data_version_delete;
DROP TRIGGER data_version_update;
CREATE TRIGGER data_version_insert AFTER INSERT ON ideas BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = 1;
END;
CREATE TRIGGER data_version_delete AFTER DELETE ON ideas BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = 1;
END;
CREATE TRIGGER data_version_update
AFTER UPDATE OF title, description, category, status, lat, lng, wijk_code, buurt_code, hidden_at,
   support_count, comment_count ON ideas BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = 1;
END;

-- Open311 names the organisation of an idea's lead (`agency_responsible`), so who leads is public
-- data too: a claim, a release or a handover raises the version.
CREATE TRIGGER data_version_claims_insert AFTER INSERT ON claims BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = 1;
END;
CREATE TRIGGER data_version_claims_delete AFTER DELETE ON claims BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = 1;
END;
CREATE TRIGGER data_version_claims_update AFTER UPDATE OF user_id, kind ON claims BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = 1;
END;
