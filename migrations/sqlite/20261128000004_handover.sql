-- Handover and stalled claims: new notification kinds, and the previous lead on a handover's timeline entry.

-- SQLite cannot change a CHECK constraint in place: the notifications table is rebuilt (nothing refers to it).
CREATE TABLE notifications_new (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('comment', 'status', 'ward_ideas', 'handover_offered',
                   'handover_accepted', 'handover_declined', 'new_contact', 'claim_stalled')),
    idea_id    INTEGER REFERENCES ideas (id) ON DELETE CASCADE,
    wijk_code  TEXT REFERENCES wards (code),
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    detail     TEXT,
    item_count INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    read_at    INTEGER,
    mailed_at  INTEGER
);
INSERT INTO notifications_new (id, user_id, kind, idea_id, wijk_code, actor_id, detail, item_count, created_at, read_at, mailed_at)
    SELECT id, user_id, kind, idea_id, wijk_code, actor_id, detail, item_count, created_at, read_at, mailed_at FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, read_at, id);
CREATE INDEX notifications_unmailed ON notifications (mailed_at, user_id);
CREATE UNIQUE INDEX notifications_open_bundle ON notifications (user_id, wijk_code)
    WHERE kind = 'ward_ideas' AND read_at IS NULL AND mailed_at IS NULL;

-- On a handover entry: who led before (the actor is the new lead).
ALTER TABLE idea_events ADD COLUMN previous_lead TEXT;
CREATE INDEX claims_stalled ON claims (kind, last_activity_at);
