-- Issue 11 (open data): when the public data last changed, beside its version, so every open-data
-- answer can carry `Last-Modified` and answer `If-Modified-Since` without reading the ideas.
ALTER TABLE data_version ADD COLUMN changed_at BIGINT NOT NULL DEFAULT 0;
UPDATE data_version SET changed_at = COALESCE((SELECT MAX(updated_at) FROM ideas), 0) WHERE id = 1;

CREATE OR REPLACE FUNCTION data_version_raise() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    -- Once per transaction is enough, however many ideas it changed (a bulk seed changes 100,000).
    IF current_setting('wijkidee.data_version_raised', true) = 'yes' THEN
        RETURN NULL;
    END IF;
    PERFORM set_config('wijkidee.data_version_raised', 'yes', true);
    UPDATE data_version
       SET version = version + 1, changed_at = EXTRACT(EPOCH FROM clock_timestamp())::BIGINT
     WHERE id = 1;
    RETURN NULL;
END
$$;

-- Open311 names the organisation of an idea's lead (`agency_responsible`), so who leads is public
-- data too: a claim, a release or a handover raises the version.
CREATE CONSTRAINT TRIGGER data_version_claims
AFTER INSERT OR DELETE OR UPDATE OF user_id, kind ON claims
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION data_version_raise();
