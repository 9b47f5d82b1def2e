-- Who answers for wijken no professional covers: one professional, or the team of one organisation
-- (each of its professionals), as the administrator chose. At most one row; none means nobody yet.
CREATE TABLE uncovered_responder (
    id              INTEGER PRIMARY KEY CHECK (id = 1),
    user_id         INTEGER REFERENCES users (id) ON DELETE CASCADE,
    organisation_id INTEGER REFERENCES organisations (id) ON DELETE CASCADE,
    set_by          INTEGER REFERENCES users (id) ON DELETE SET NULL,
    set_at          INTEGER NOT NULL,
    CONSTRAINT uncovered_responder_one CHECK ((user_id IS NULL) <> (organisation_id IS NULL))
);
