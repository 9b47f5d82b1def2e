-- Foundation: wards, categories, accounts, sessions, ideas. Times are Unix seconds.

CREATE TABLE wards (
    code       TEXT PRIMARY KEY,
    level      TEXT NOT NULL CHECK (level IN ('wijk', 'buurt')),
    name       TEXT NOT NULL,
    wijk_code  TEXT,
    geometry   TEXT NOT NULL,
    min_lng    REAL NOT NULL,
    min_lat    REAL NOT NULL,
    max_lng    REAL NOT NULL,
    max_lat    REAL NOT NULL,
    label_lng  REAL NOT NULL,
    label_lat  REAL NOT NULL
);
CREATE INDEX wards_level_box ON wards (level, min_lng, max_lng);

CREATE TABLE categories (
    slug     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    position INTEGER NOT NULL
);
INSERT INTO categories (slug, name, position) VALUES
    ('groen', 'Groen', 1),
    ('spelen', 'Spelen', 2),
    ('verkeer-en-veiligheid', 'Verkeer en veiligheid', 3),
    ('ontmoeten', 'Ontmoeten', 4),
    ('schoon-en-heel', 'Schoon en heel', 5),
    ('cultuur', 'Cultuur', 6),
    ('anders', 'Anders', 7);

CREATE TABLE users (
    id            INTEGER PRIMARY KEY AUTOINCREMENT,
    email         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    INTEGER NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    INTEGER NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_failures (
    id        INTEGER PRIMARY KEY AUTOINCREMENT,
    email     TEXT NOT NULL,
    failed_at INTEGER NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, failed_at);

CREATE TABLE ideas (
    id          INTEGER PRIMARY KEY AUTOINCREMENT,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    category    TEXT NOT NULL REFERENCES categories (slug),
    status      TEXT NOT NULL DEFAULT 'ingediend',
    lat         REAL NOT NULL,
    lng         REAL NOT NULL,
    wijk_code   TEXT NOT NULL REFERENCES wards (code),
    buurt_code  TEXT REFERENCES wards (code),
    author_id   INTEGER NOT NULL REFERENCES users (id),
    created_at  INTEGER NOT NULL,
    updated_at  INTEGER NOT NULL
);
CREATE INDEX ideas_created ON ideas (created_at);
CREATE INDEX ideas_wijk ON ideas (wijk_code, created_at);
