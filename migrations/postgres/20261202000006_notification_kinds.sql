-- New notification kinds: supports bundled per idea and day for its author ('supports'), a new idea
-- in a wijk no professional covers, for whoever answers for those ('uncovered_idea'), and a message
-- between a resident and the idea's contact person ('message').

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('comment', 'status', 'ward_ideas',
    'handover_offered', 'handover_accepted', 'handover_declined', 'new_contact', 'claim_stalled', 'supports',
    'uncovered_idea', 'message'));

-- One supports bundle per author, idea and day (`detail` holds the day, `2026-12-02`): a day's
-- supports add to its count, so the author hears of them at most once a day.
CREATE UNIQUE INDEX notifications_supports_day ON notifications (user_id, idea_id, detail)
    WHERE kind = 'supports';
