-- Messages between a resident and the contact person of an idea, through the platform (no addresses
-- are shown to either side). Each resident has one conversation per idea (`resident_id`); the lead
-- and the professionals working on the idea read and answer it, and it stays with the idea when the
-- lead changes.
CREATE TABLE idea_messages (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id     INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    resident_id INTEGER NOT NULL REFERENCES users (id),
    sender_id   INTEGER NOT NULL REFERENCES users (id),
    body        TEXT NOT NULL,
    created_at  INTEGER NOT NULL
);
CREATE INDEX idea_messages_thread ON idea_messages (idea_id, resident_id, id);
