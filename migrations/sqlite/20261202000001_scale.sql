-- What keeps pages the same size and speed as the city grows.
--
-- How many public ideas there are per wijk, buurt, category and status, kept by triggers, so the list's
-- total, a wijk's and a buurt's count are sums over a few hundred rows instead of counts over every
-- idea. At most buurten × categories × statuses rows (114 × 8 × 10 in Den Haag), whatever the
-- city's size; an idea without a buurt counts under buurt ''.
CREATE TABLE idea_counts (
    wijk_code  TEXT NOT NULL,
    buurt_code TEXT NOT NULL,
    category   TEXT NOT NULL,
    status     TEXT NOT NULL,
    ideas      INTEGER NOT NULL,
    PRIMARY KEY (wijk_code, buurt_code, category, status)
);

INSERT INTO idea_counts (wijk_code, buurt_code, category, status, ideas)
SELECT wijk_code, COALESCE(buurt_code, ''), category, status, COUNT(*) FROM ideas WHERE hidden_at IS NULL
GROUP BY wijk_code, COALESCE(buurt_code, ''), category, status;

CREATE TRIGGER idea_counts_insert AFTER INSERT ON ideas WHEN NEW.hidden_at IS NULL BEGIN
    INSERT INTO idea_counts (wijk_code, buurt_code, category, status, ideas)
    SELECT NEW.wijk_code, COALESCE(NEW.buurt_code, ''), NEW.category, NEW.status, 1 WHERE true
    ON CONFLICT (wijk_code, buurt_code, category, status) DO UPDATE SET ideas = ideas + 1;
END;

CREATE TRIGGER idea_counts_delete AFTER DELETE ON ideas WHEN OLD.hidden_at IS NULL BEGIN
    UPDATE idea_counts SET ideas = ideas - 1
    WHERE wijk_code = OLD.wijk_code AND buurt_code = COALESCE(OLD.buurt_code, '')
      AND category = OLD.category AND status = OLD.status;
END;

CREATE TRIGGER idea_counts_update AFTER UPDATE OF wijk_code, buurt_code, category, status, hidden_at ON ideas BEGIN
    UPDATE idea_counts SET ideas = ideas - 1
    WHERE OLD.hidden_at IS NULL
      AND wijk_code = OLD.wijk_code AND buurt_code = COALESCE(OLD.buurt_code, '')
      AND category = OLD.category AND status = OLD.status;
    INSERT INTO idea_counts (wijk_code, buurt_code, category, status, ideas)
    SELECT NEW.wijk_code, COALESCE(NEW.buurt_code, ''), NEW.category, NEW.status, 1 WHERE NEW.hidden_at IS NULL
    ON CONFLICT (wijk_code, buurt_code, category, status) DO UPDATE SET ideas = ideas + 1;
END;

-- The list's page is chosen from these alone (db/idea_search.rs): public ideas in each order the
-- list offers, so skipping to a deep page reads index entries, not rows. Partial (public ideas
-- only) rather than led by `hidden_at`: an index led by it looks selective to a planner without
-- statistics, and SQLite then scanned every idea through it for the map instead of `ideas_map`.
CREATE INDEX ideas_public_newest ON ideas (created_at, id) WHERE hidden_at IS NULL;
CREATE INDEX ideas_public_support ON ideas (support_count, created_at, id) WHERE hidden_at IS NULL;
CREATE INDEX ideas_public_comments ON ideas (comment_count, created_at, id) WHERE hidden_at IS NULL;
