-- What the map shows changes only when an idea is added, removed, moved, hidden or shown, or
-- changes status, category or text. One counter, raised by triggers on every such change, lets each
-- app instance keep the map's answers in memory and know with one tiny read whether they still hold:
-- a poster sees their own idea on the next map request, whichever instance answers it.
CREATE TABLE map_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO map_version (id, version) VALUES (1, 0);

CREATE TRIGGER map_version_insert AFTER INSERT ON ideas BEGIN
    UPDATE map_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER map_version_delete AFTER DELETE ON ideas BEGIN
    UPDATE map_version SET version = version + 1 WHERE id = 1;
END;
CREATE TRIGGER map_version_update
AFTER UPDATE OF title, description, category, status, lat, lng, wijk_code, buurt_code, hidden_at ON ideas BEGIN
    UPDATE map_version SET version = version + 1 WHERE id = 1;
END;
