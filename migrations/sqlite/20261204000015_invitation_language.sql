-- Issue 10: an invitation is written in the invitee's language (chosen by the administrator, or the
-- one the invited address's account already has): its mail, and its page until they choose another.
ALTER TABLE invitations ADD COLUMN locale TEXT NOT NULL DEFAULT 'nl';
