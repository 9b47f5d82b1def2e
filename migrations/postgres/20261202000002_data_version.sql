-- What the public lists show (the map's clusters, the idea list with its support and comment counts,
-- ideas per wijk and buurt, ward names) changes only when an idea is added, removed, moved, hidden
-- or shown, or changes status, category, text or counts, or when wards are imported. One counter,
-- raised on every such change (by these triggers; a ward import raises it itself), lets each app
-- instance keep those answers, and a visitor's list pages, in memory and know with one tiny read
-- whether they still hold: a poster sees their own idea on the next request, whichever instance
-- answers it. (An edit of `updated_at` alone, or of the author, does not raise it.)
--
-- The trigger is deferred to commit: the counter's row lock is then the last lock a writing
-- transaction takes, held only while it commits, so it can neither join a deadlock nor make writers
-- queue behind each other's whole transactions. A reader that sees the new number sees the change.
CREATE TABLE data_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO data_version (id, version) VALUES (1, 0);

CREATE FUNCTION data_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Once per transaction is enough, however many ideas it changed (a bulk seed changes 100,000).
    IF current_setting('wijkidee.data_version_raised', true) = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('wijkidee.data_version_raised', 'yes', true);
    UPDATE data_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER data_version_change
AFTER INSERT OR DELETE
   OR UPDATE OF title, description, category, status, lat, lng, wijk_code, buurt_code, hidden_at,
   support_count, comment_count ON ideas
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION data_version_raise();
