-- Participation: supports, comments, following, notifications, the mail outbox, full-text search.

ALTER TABLE ideas ADD COLUMN support_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE ideas ADD COLUMN comment_count INTEGER NOT NULL DEFAULT 0;
-- Set by a moderator: a hidden idea is left out of every list and refuses new comments.
ALTER TABLE ideas ADD COLUMN hidden_at INTEGER;
CREATE INDEX ideas_support ON ideas (support_count, created_at);
CREATE INDEX ideas_comments ON ideas (comment_count, created_at);

-- How a resident wants notifications by mail: 'direct' (each one), 'daily' (a digest) or 'never'.
ALTER TABLE users ADD COLUMN email_frequency TEXT NOT NULL DEFAULT 'direct'
    CHECK (email_frequency IN ('direct', 'daily', 'never'));
-- The secret in every mail's unsubscribe link (works without logging in).
ALTER TABLE users ADD COLUMN unsubscribe_token TEXT;
ALTER TABLE users ADD COLUMN last_digest_at INTEGER;
CREATE UNIQUE INDEX users_unsubscribe_token ON users (unsubscribe_token);

CREATE TABLE supports (
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    CONSTRAINT supports_pkey PRIMARY KEY (idea_id, user_id)
);
CREATE INDEX supports_user ON supports (user_id);

CREATE TABLE comments (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    parent_id  INTEGER REFERENCES comments (id),
    author_id  INTEGER NOT NULL REFERENCES users (id),
    body       TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    edited_at  INTEGER,
    deleted_at INTEGER
);
CREATE INDEX comments_idea ON comments (idea_id, id);

CREATE TABLE idea_follows (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    idea_id    INTEGER NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    CONSTRAINT idea_follows_pkey PRIMARY KEY (user_id, idea_id)
);
CREATE INDEX idea_follows_idea ON idea_follows (idea_id);

CREATE TABLE ward_follows (
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    wijk_code  TEXT NOT NULL REFERENCES wards (code),
    created_at INTEGER NOT NULL,
    CONSTRAINT ward_follows_pkey PRIMARY KEY (user_id, wijk_code)
);
CREATE INDEX ward_follows_wijk ON ward_follows (wijk_code);

-- kind: 'comment' (on a followed idea), 'status' (a followed idea changed status),
-- 'ward_ideas' (new ideas in a followed wijk, bundled: one unread row per wijk counts them).
CREATE TABLE notifications (
    id         INTEGER PRIMARY KEY AUTOINCREMENT,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    kind       TEXT NOT NULL CHECK (kind IN ('comment', 'status', 'ward_ideas')),
    idea_id    INTEGER REFERENCES ideas (id) ON DELETE CASCADE,
    wijk_code  TEXT REFERENCES wards (code),
    actor_id   INTEGER REFERENCES users (id) ON DELETE SET NULL,
    detail     TEXT,
    item_count INTEGER NOT NULL DEFAULT 1,
    created_at INTEGER NOT NULL,
    read_at    INTEGER,
    mailed_at  INTEGER
);
CREATE INDEX notifications_user ON notifications (user_id, read_at, id);
CREATE INDEX notifications_unmailed ON notifications (mailed_at, user_id);
-- One open (unread, unmailed) bundle of new ideas per reader and wijk.
CREATE UNIQUE INDEX notifications_open_bundle ON notifications (user_id, wijk_code)
    WHERE kind = 'ward_ideas' AND read_at IS NULL AND mailed_at IS NULL;

-- Mail waiting to be sent; a row survives restarts and is retried with backoff until sent.
CREATE TABLE outbox (
    id              INTEGER PRIMARY KEY AUTOINCREMENT,
    recipient       TEXT NOT NULL,
    subject         TEXT NOT NULL,
    body            TEXT NOT NULL,
    unsubscribe_url TEXT,
    created_at      INTEGER NOT NULL,
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_until   INTEGER,
    sent_at         INTEGER,
    last_error      TEXT
);
CREATE INDEX outbox_due ON outbox (sent_at, next_attempt_at);

-- Full-text search over title and description; diacritics folded, prefixes matched at query time
-- (SQLite has no Dutch stemmer; "bankje" then also finds "bankjes").
CREATE VIRTUAL TABLE ideas_fts USING fts5(
    title, description, content = 'ideas', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
INSERT INTO ideas_fts (ideas_fts) VALUES ('rebuild');
CREATE TRIGGER ideas_fts_insert AFTER INSERT ON ideas BEGIN
    INSERT INTO ideas_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
CREATE TRIGGER ideas_fts_delete AFTER DELETE ON ideas BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
END;
CREATE TRIGGER ideas_fts_update AFTER UPDATE OF title, description ON ideas BEGIN
    INSERT INTO ideas_fts (ideas_fts, rowid, title, description) VALUES ('delete', old.id, old.title, old.description);
    INSERT INTO ideas_fts (rowid, title, description) VALUES (new.id, new.title, new.description);
END;
