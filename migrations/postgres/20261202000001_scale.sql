-- What keeps pages the same size and speed as the city grows.
--
-- How many public ideas there are per wijk, category and status, kept by a trigger, so the list's
-- total and a wijk's count are a sum over a few hundred rows instead of a count over every idea.
-- At most wijken × categories × statuses rows (44 × 8 × 10 in Den Haag), whatever the city's size.
CREATE TABLE idea_counts (
    wijk_code TEXT NOT NULL,
    category  TEXT NOT NULL,
    status    TEXT NOT NULL,
    ideas     BIGINT NOT NULL,
    PRIMARY KEY (wijk_code, category, status)
);

INSERT INTO idea_counts (wijk_code, category, status, ideas)
SELECT wijk_code, category, status, COUNT(*) FROM ideas WHERE hidden_at IS NULL
GROUP BY wijk_code, category, status;

CREATE FUNCTION idea_counts_follow() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP IN ('UPDATE', 'DELETE') AND OLD.hidden_at IS NULL THEN
        UPDATE idea_counts SET ideas = ideas - 1
        WHERE wijk_code = OLD.wijk_code AND category = OLD.category AND status = OLD.status;
    END IF;
    IF TG_OP IN ('INSERT', 'UPDATE') AND NEW.hidden_at IS NULL THEN
        INSERT INTO idea_counts (wijk_code, category, status, ideas)
        VALUES (NEW.wijk_code, NEW.category, NEW.status, 1)
        ON CONFLICT (wijk_code, category, status) DO UPDATE SET ideas = idea_counts.ideas + 1;
    END IF;
    RETURN NULL;
END;
$$;

CREATE TRIGGER idea_counts_insert_delete AFTER INSERT OR DELETE ON ideas
FOR EACH ROW EXECUTE FUNCTION idea_counts_follow();

CREATE TRIGGER idea_counts_update AFTER UPDATE OF wijk_code, category, status, hidden_at ON ideas
FOR EACH ROW EXECUTE FUNCTION idea_counts_follow();

-- The list's page is chosen from these alone (db/idea_search.rs): public ideas in each order the
-- list offers, so skipping to a deep page reads index entries, not rows.
CREATE INDEX ideas_public_newest ON ideas (hidden_at, created_at, id);
CREATE INDEX ideas_public_support ON ideas (hidden_at, support_count, created_at, id);
CREATE INDEX ideas_public_comments ON ideas (hidden_at, comment_count, created_at, id);
