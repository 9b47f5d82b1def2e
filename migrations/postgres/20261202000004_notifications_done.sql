-- A handover offer's notification is done once the offer is answered or withdrawn, by whatever path
-- (accepted, declined, withdrawn by the giver, withdrawn when the lead lets go, an administrator's
-- bulk handover): the receiver no longer sees it as new.
CREATE FUNCTION handover_offer_notification_done() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE notifications SET read_at = COALESCE(NEW.answered_at, OLD.created_at)
    WHERE user_id = NEW.to_user AND idea_id = NEW.idea_id AND kind = 'handover_offered' AND read_at IS NULL;
    RETURN NULL;
END
$$;

CREATE TRIGGER handover_offer_notification_done AFTER UPDATE OF status ON handovers
FOR EACH ROW WHEN (OLD.status = 'open' AND NEW.status <> 'open')
EXECUTE FUNCTION handover_offer_notification_done();
