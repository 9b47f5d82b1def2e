-- Issue 11 (Open311): other systems post ideas with a key an administrator issues and revokes.
-- Each key has its own account (the author of what it posts; it cannot log in and gets no mail),
-- and an idea remembers where it came from.
CREATE TABLE api_keys (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    name       TEXT NOT NULL,
    key_hash   TEXT NOT NULL,
    user_id    INTEGER NOT NULL REFERENCES users (id),
    created_by INTEGER NOT NULL REFERENCES users (id),
    created_at INTEGER NOT NULL,
    revoked_at INTEGER,
    CONSTRAINT api_keys_hash_key UNIQUE (key_hash)
);

ALTER TABLE ideas ADD COLUMN source TEXT NOT NULL DEFAULT 'wijkidee';
