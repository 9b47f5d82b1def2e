-- New notification kinds: supports bundled per idea and day for its author ('supports'), a new idea
-- in a wijk no professional covers, for whoever answers for those ('uncovered_idea'), and a message
-- between a resident and the idea's contact person ('message').

-- SQLite cannot change a CHECK constraint in place: the notifications table is rebuilt. Only the
-- trigger that marks a handover offer's notification done refers to it: it is dropped first and made
-- again, unchanged, at the end.
DROP TRIGGER handover_offer_notification_done;
CREATE TABLE notifications_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('comment', 'status', 'ward_ideas', 'handover_offered',
                    'handover_accepted', 'handover_declined', 'new_contact', 'claim_stalled', 'supports',
                    'uncovered_idea', 'message')),
    idea_id     INTEGER REFERENCES ideas (id) ON DELETE CASCADE,
    wijk_code   TEXT REFERENCES wards (code),
    actor_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    detail      TEXT,
    item_count  INTEGER NOT NULL DEFAULT 1,
    created_at  INTEGER NOT NULL,
    read_at     INTEGER,
    mailed_at   INTEGER,
    explanation TEXT
);
INSERT INTO notifications_new (id, user_id, kind, idea_id, wijk_code, actor_id, detail, item_count, created_at, read_at, mailed_at, explanation)
    SELECT id, user_id, kind, idea_id, wijk_code, actor_id, detail, item_count, created_at, read_at, mailed_at, explanation FROM notifications;
DROP TABLE notifications;
ALTER TABLE notifications_new RENAME TO notifications;
CREATE INDEX notifications_user ON notifications (user_id, read_at, id);
CREATE INDEX notifications_unmailed ON notifications (mailed_at, user_id);
CREATE UNIQUE INDEX notifications_open_bundle ON notifications (user_id, wijk_code)
    WHERE kind = 'ward_ideas' AND read_at IS NULL AND mailed_at IS NULL;

-- One supports bundle per author, idea and day (`detail` holds the day, `2026-12-02`): a day's
-- supports add to its count, so the author hears of them at most once a day.
CREATE UNIQUE INDEX notifications_supports_day ON notifications (user_id, idea_id, detail)
    WHERE kind = 'supports';

CREATE TRIGGER handover_offer_notification_done AFTER UPDATE OF status ON handovers
WHEN old.status = 'open' AND new.status <> 'open' BEGIN
    UPDATE notifications SET read_at = COALESCE(new.answered_at, old.created_at)
    WHERE user_id = new.to_user AND idea_id = new.idea_id AND kind = 'handover_offered' AND read_at IS NULL;
END;
