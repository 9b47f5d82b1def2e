-- Issue 11 (progress): milestones of an idea in preparation or execution, a percentage set by hand
-- (with its reason on the timeline), timeline rows that name a milestone and its dates, the
-- summaries gemeente editors publish for a wijk, and a notification kind for progress updates.

-- A milestone: what will be done, planned for a calendar day (`2027-03-01`, the municipality's
-- date, not a moment), done on one. Shown in order of the planned day.
CREATE TABLE milestones (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    planned_on TEXT NOT NULL,
    done_on    TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX milestones_idea ON milestones (idea_id, planned_on, id);

-- Progress in percent set by hand; NULL means it follows from the milestones done.
ALTER TABLE ideas ADD COLUMN progress_percent INTEGER;

-- What a progress row of the timeline names: the milestone, the date before and after (a planned
-- day that moves shows both), the percentage. A progress update's text is in `explanation`.
ALTER TABLE idea_events ADD COLUMN milestone_title TEXT;
ALTER TABLE idea_events ADD COLUMN old_date TEXT;
ALTER TABLE idea_events ADD COLUMN new_date TEXT;
ALTER TABLE idea_events ADD COLUMN percent INTEGER;
CREATE INDEX idea_events_kind ON idea_events (kind, created_at);

-- Feeds list progress from the timeline, so a new row changes the public data.
CREATE TRIGGER data_version_events_insert AFTER INSERT ON idea_events BEGIN
    UPDATE data_version SET version = version + 1, changed_at = CAST(strftime('%s', 'now') AS INTEGER) WHERE id = 1;
END;

-- A gemeente editor's summary heading a wijk's progress page. Earlier ones stay readable; the
-- newest is the current one. The name and function key are kept as published.
CREATE TABLE ward_summaries (
    id           INTEGER PRIMARY KEY AUTOINCREMENT,
    wijk_code    TEXT NOT NULL REFERENCES wards (code),
    body         TEXT NOT NULL,
    author_id    INTEGER REFERENCES users (id) ON DELETE SET NULL,
    author_name  TEXT NOT NULL,
    author_role  TEXT NOT NULL,
    published_at INTEGER NOT NULL
);
CREATE INDEX ward_summaries_wijk ON ward_summaries (wijk_code, id);

-- A progress update for an idea's followers ('progress'). SQLite cannot change a CHECK constraint
-- in place: the notifications table is rebuilt as in 20261202000006, its trigger dropped and made again.
DROP TRIGGER handover_offer_notification_done;
CREATE TABLE notifications_new (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id     INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind        TEXT NOT NULL CHECK (kind IN ('comment', 'status', 'ward_ideas', 'handover_offered',
                    'handover_accepted', 'handover_declined', 'new_contact', 'claim_stalled', 'supports',
                    'uncovered_idea', 'message', 'progress')),
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
CREATE UNIQUE INDEX notifications_supports_day ON notifications (user_id, idea_id, detail)
    WHERE kind = 'supports';
CREATE TRIGGER handover_offer_notification_done AFTER UPDATE OF status ON handovers
WHEN old.status = 'open' AND new.status <> 'open' BEGIN
    UPDATE notifications SET read_at = COALESCE(new.answered_at, old.created_at)
    WHERE user_id = new.to_user AND idea_id = new.idea_id AND kind = 'handover_offered' AND read_at IS NULL;
END;
