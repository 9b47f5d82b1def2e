-- What the public lists show (the map's clusters, the idea list with its support and comment counts,
-- ideas per wijk and buurt, ward names) changes only when an idea is added, removed, moved, hidden
-- or shown, or changes status, category, text or counts, or when wards are imported. One counter,
-- raised on every such change (by these triggers; a ward import raises it itself), lets each app
-- instance keep those answers, and a visitor's list pages, in memory and know with one tiny read
-- whether they still hold: a poster sees their own idea on the next request, whichever instance
-- answers it. (An edit of `updated_at` alone, or of the author, does not raise it.)
CREATE TABLE data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE TRIGGER data_version_insert AFTER INSERT ON ideas BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER data_version_delete AFTER DELETE ON ideas BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER data_version_update
AFTER UPDATE OF title, description, category, status, lat, lng, wijk_code, buurt_code, hidden_at,
   support_count, comment_count ON ideas BEGIN
    UPDATE data_version SET version = version + 1 WHERE id = 1;
END;
