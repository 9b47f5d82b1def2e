-- Handover and stalled claims: new notification kinds, and the previous lead on a handover's timeline entry.

ALTER TABLE notifications DROP CONSTRAINT notifications_kind_check;
ALTER TABLE notifications ADD CONSTRAINT notifications_kind_check CHECK (kind IN ('comment', 'status', 'ward_ideas',
    'handover_offered', 'handover_accepted', 'handover_declined', 'new_contact', 'claim_stalled'));

-- On a handover entry: who led before (the actor is the new lead).
ALTER TABLE idea_events ADD COLUMN previous_lead TEXT;
CREATE INDEX claims_stalled ON claims (kind, last_activity_at);
