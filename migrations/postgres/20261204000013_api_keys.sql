-- Issue 11 (Open311): other systems post ideas with a key an administrator issues and revokes.
-- Each key has its own account (the author of what it posts; it cannot log in and gets no mail),
-- and an idea remembers where it came from.
CREATE TABLE api_keys (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT NOT NULL,
    key_hash   TEXT NOT NULL,
    user_id    BIGINT NOT NULL REFERENCES users (id),
    created_by BIGINT NOT NULL REFERENCES users (id),
    created_at BIGINT NOT NULL,
    revoked_at BIGINT,
    CONSTRAINT api_keys_hash_key UNIQUE (key_hash)
);

ALTER TABLE ideas ADD COLUMN source TEXT NOT NULL DEFAULT 'wijkidee';
