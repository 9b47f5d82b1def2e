-- An administrator can revoke an open invitation; its link then says so.
ALTER TABLE invitations ADD COLUMN revoked_at INTEGER;
