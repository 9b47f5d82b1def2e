-- What keeps pages the same size and speed as the city grows.
--
-- How many public ideas there are per wijk, category and status, kept by triggers, so the list's
-- total and a wijk's count are a sum over a few hundred rows instead of a count over every idea.
-- At most wijken × categories × statuses rows (44 × 8 × 10 in Den Haag), whatever the city's size.
CREATE TABLE idea_counts (
    wijk_code TEXT NOT NULL,
    category  TEXT NOT NULL,
    status    TEXT NOT NULL,
    ideas     INTEGER NOT NULL,
    PRIMARY KEY (wijk_code, category, status)
);

INSERT INTO idea_counts (wijk_code, category, status, ideas)
SELECT wijk_code, category, status, COUNT(*) FROM ideas WHERE hidden_at IS NULL
GROUP BY wijk_code, category, status;

CREATE TRIGGER idea_counts_insert AFTER INSERT ON ideas WHEN NEW.hidden_at IS NULL BEGIN
    INSERT INTO idea_counts (wijk_code, category, status, ideas)
    SELECT NEW.wijk_code, NEW.category, NEW.status, 1 WHERE true
    ON CONFLICT (wijk_code, category, status) DO UPDATE SET ideas = ideas + 1;
END;

CREATE TRIGGER idea_counts_delete AFTER DELETE ON ideas WHEN OLD.hidden_at IS NULL BEGIN
    UPDATE idea_counts SET ideas = ideas - 1
    WHERE wijk_code = OLD.wijk_code AND category = OLD.category AND status = OLD.status;
END;

CREATE TRIGGER idea_counts_update AFTER UPDATE OF wijk_code, category, status, hidden_at ON ideas BEGIN
    UPDATE idea_counts SET ideas = ideas - 1
    WHERE OLD.hidden_at IS NULL
      AND wijk_code = OLD.wijk_code AND category = OLD.category AND status = OLD.status;
    INSERT INTO idea_counts (wijk_code, category, status, ideas)
    SELECT NEW.wijk_code, NEW.category, NEW.status, 1 WHERE NEW.hidden_at IS NULL
    ON CONFLICT (wijk_code, category, status) DO UPDATE SET ideas = ideas + 1;
END;

-- The list's page is chosen from these alone (db/idea_search.rs): public ideas in each order the
-- list offers, so skipping to a deep page reads index entries, not rows.
CREATE INDEX ideas_public_newest ON ideas (hidden_at, created_at, id);
CREATE INDEX ideas_public_support ON ideas (hidden_at, support_count, created_at, id);
CREATE INDEX ideas_public_comments ON ideas (hidden_at, comment_count, created_at, id);
