-- The full-text index holds public ideas only: an idea a moderator hides leaves it, and comes back
-- when shown again. A search can then count its matches in the index alone, without reading an idea
-- row per match (a common word matches one idea in eight). The external-content table needs each
-- removal to name the text as it was indexed, hence `old.` in the removals.
DROP TRIGGER ideas_fts_insert;
DROP TRIGGER ideas_fts_delete;
DROP TRIGGER ideas_fts_update;

CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas WHEN new.hidden_at IS NULL BEGIN
    INSERT INTO ideas_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas WHEN old.hidden_at IS NULL BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
-- One trigger, its two steps in this order (out with the old text, in with the new), so a word in
-- both is indexed once.
CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, description, hidden_at ON ideas BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, title, description)
        SELECT 'delete', old.id, old.title, old.description WHERE old.hidden_at IS NULL;
    INSERT INTO ideas_fts (rowid, title, description)
        SELECT new.id, new.title, new.description WHERE new.hidden_at IS NULL;
END;

INSERT INTO ideas_fts (ideas_fts) VALUES ('delete-all');
INSERT INTO ideas_fts (rowid, title, description) SELECT id, title, description FROM ideas WHERE hidden_at IS NULL;
