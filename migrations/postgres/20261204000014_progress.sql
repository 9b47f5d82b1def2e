-- Issue 11 (progress): milestones of an idea in preparation or execution, a percentage set by hand
-- (with its reason on the timeline), timeline rows that name a milestone and its dates, the
-- summaries gemeente editors publish for a wijk, and a notification kind for progress updates.

-- A milestone: what will be done, planned for a calendar day (`2027-03-01`, the municipality's
-- date, not a moment), done on one. Shown in order of the planned day.
CREATE TABLE milestones (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id    BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    title      TEXT NOT NULL,
    planned_on TEXT NOT NULL,
    done_on    TEXT,
    created_at BIGINT NOT NULL
);
CREATE INDEX milestones_idea ON milestones (idea_id, planned_on, id);

-- Progress in percent set by hand; NULL means it follows from the milestones done.
ALTER TABLE ideas ADD COLUMN progress_percent BIGINT;

-- What a progress row of the timeline names: the milestone, the date before and after (a planned
-- day that moves shows both), the percentage. A progress update's text is in `explanation`.
ALTER TABLE idea_events ADD COLUMN milestone_title TEXT;
ALTER TABLE idea_events ADD COLUMN old_date TEXT;
ALTER TABLE idea_events ADD COLUMN new_date TEXT;
ALTER TABLE idea_events ADD COLUMN percent BIGINT;
CREATE INDEX idea_events_kind ON idea_events (kind, created_at);

-- Feeds list progress from the timeline, so a new row changes the public data.
CREATE CONSTRAINT TRIGGER data_version_events
AFTER INSERT ON idea_events
DEFERRABLE INITIALLY DEFERRED
FOR EACH ROW EXECUTE FUNCTION data_version_raise();

-- A gemeente editor's summary heading a wijk's progress page. Earlier ones stay readable; the
-- newest is the current one. The name and function key are kept as published.
CREATE TABLE ward_summaries (
    id           BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    wijk_code    TEXT NOT NULL REFERENCES wards (code),
    body         TEXT NOT NULL,
    author_id    BIGINT REFERENCES users (id) ON DELETE SET NULL,
    author_name  TEXT NOT NULL,
    author_role  TEXT NOT NULL,
    published_at BIGINT NOT NULL
);
CREATE INDEX ward_summaries_wijk ON ward_summaries (wijk_code, id);

-- A progress update for an idea's followers ('progress').
ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('comment', 'status', 'ward_ideas',
    'handover_offered', 'handover_accepted', 'handover_declined', 'new_contact', 'claim_stalled', 'supports',
    'uncovered_idea', 'message', 'progress'));
