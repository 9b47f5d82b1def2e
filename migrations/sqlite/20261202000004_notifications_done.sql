-- A handover offer's notification is done once the offer is answered or withdrawn, by whatever path
-- (accepted, declined, withdrawn by the giver, withdrawn when the lead lets go, an administrator's
-- bulk handover): the receiver no longer sees it as new.
CREATE TRIGGER handover_offer_notification_done AFTER UPDATE OF status ON handovers
WHEN old.status = 'open' AND new.status <> 'open' BEGIN
    UPDATE notifications SET read_at = COALESCE(new.answered_at, old.created_at)
    WHERE user_id = new.to_user AND idea_id = new.idea_id AND kind = 'handover_offered' AND read_at IS NULL;
END;
