-- Participation: supports, comments, following, notifications, the mail outbox, full-text search.

ALTER TABLE ideas ADD COLUMN support_count BIGINT NOT NULL DEFAULT 0;
ALTER TABLE ideas ADD COLUMN comment_count BIGINT NOT NULL DEFAULT 0;
-- Set by a moderator: a hidden idea is left out of every list and refuses new comments.
ALTER TABLE ideas ADD COLUMN hidden_at BIGINT;
CREATE INDEX ideas_support ON ideas (support_count, created_at);
CREATE INDEX ideas_comments ON ideas (comment_count, created_at);

-- How a resident wants notifications by mail: 'direct' (each one), 'daily' (a digest) or 'never'.
ALTER TABLE users ADD COLUMN email_frequency TEXT NOT NULL DEFAULT 'direct'
    CHECK (email_frequency IN ('direct', 'daily', 'never'));
-- The secret in every mail's unsubscribe link (works without logging in).
ALTER TABLE users ADD COLUMN unsubscribe_token TEXT;
ALTER TABLE users ADD COLUMN last_digest_at BIGINT;
CREATE UNIQUE INDEX users_unsubscribe_token ON users (unsubscribe_token);

CREATE TABLE supports (
    idea_id    BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    CONSTRAINT supports_pkey PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX supports_user ON supports (user_id);

CREATE TABLE comments (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id    BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    parent_id  BIGINT REFERENCES comments (id),
    author_id  BIGINT NOT NULL REFERENCES users (id),
    body       TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    edited_at  BIGINT,
    deleted_at BIGINT
);
CREATE INDEX comments_idea ON comments (idea_id, id);

CREATE TABLE idea_follows (
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idea_id    BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    CONSTRAINT idea_follows_pkey PRIMARY KEY (user_id, idea_id)
);
CREATE INDEX idea_follows_idea ON idea_follows (idea_id);

CREATE TABLE ward_follows (
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    wijk_code  TEXT NOT NULL REFERENCES wards (code),
    created_at BIGINT NOT NULL,
    CONSTRAINT ward_follows_pkey PRIMARY KEY (user_id, wijk_code)
);
CREATE INDEX ward_follows_wijk ON ward_follows (wijk_code);

-- kind: 'comment' (on a followed idea), 'status' (a followed idea changed status),
-- 'ward_ideas' (new ideas in a followed wijk, bundled: one unread row per wijk counts them).
CREATE TABLE notifications (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('comment', 'status', 'ward_ideas')),
    idea_id    BIGINT REFERENCES ideas (id) ON DELETE CASCADE,
    wijk_code  TEXT REFERENCES wards (code),
    actor_id   BIGINT REFERENCES users (id) ON DELETE SET NULL,
    detail     TEXT,
    item_count BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL,
    read_at    BIGINT,
    mailed_at  BIGINT
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, id);
CREATE INDEX notifications_unmailed ON notifications (mailed_at, user_id);
-- One open (unread, unmailed) bundle of new ideas per reader and wijk.
CREATE UNIQUE INDEX notifications_open_bundle ON notifications (user_id, wijk_code)
    WHERE kind = 'ward_ideas' AND read_at IS NULL AND mailed_at IS NULL;

-- Mail waiting to be sent; a row survives restarts and is retried with backoff until sent.
CREATE TABLE outbox (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    unsubscribe_url TEXT,
    created_at      BIGINT NOT NULL,
    attempts        BIGINT NOT NULL DEFAULT 0,
    next_attempt_at BIGINT NOT NULL,
    claimed_until   BIGINT,
    sent_at         BIGINT,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Full-text search with the Dutch snowball stemmer ("bankjes" finds "bankje"); title weighs more.
ALTER TABLE ideas ADD COLUMN search tsvector GENERATED ALWAYS AS (
    setweight(to_tsvector('dutch', title), 'A') || setweight(to_tsvector('dutch', description), 'B')
) STORED;
CREATE INDEX ideas_search ON ideas USING GIN (search);
