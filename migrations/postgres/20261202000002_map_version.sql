-- What the map shows changes only when an idea is added, removed, moved, hidden or shown, or
-- changes status, category or text. One counter, raised by triggers on every such change, lets each
-- app instance keep the map's answers in memory and know with one tiny read whether they still hold:
-- a poster sees their own idea on the next map request, whichever instance answers it.
--
-- The trigger is deferred to commit: the counter's row lock is then the last lock a writing
-- transaction takes, held only while it commits, so it can neither join a deadlock nor make writers
-- queue behind each other's whole transactions. A reader that sees the new number sees the change.
CREATE TABLE map_version (
    id INTEGER PRIMARY KEY CHECK (id = 1),
    version BIGINT NOT NULL
);
INSERT INTO map_version (id, version) VALUES (1, 0);

CREATE FUNCTION map_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Once per transaction is enough, however many ideas it changed (a bulk seed changes 100,000).
    IF current_setting('wijkidee.map_version_raised', true) = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('wijkidee.map_version_raised', 'yes', true);
    UPDATE map_version SET version = version + 1 WHERE id = 1;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER map_version_change
AFTER INSERT OR DELETE
   OR UPDATE OF title, description, category, status, lat, lng, wijk_code, buurt_code, hidden_at ON ideas
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION map_version_raise();
