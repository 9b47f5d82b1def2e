-- Foundation: wards, categories, accounts, sessions, ideas. Times are Unix seconds.

CREATE TABLE wards (
    code       TEXT PRIMARY KEY,
    level      TEXT NOT NULL CHECK (level IN ('wijk', 'buurt')),
    name       TEXT NOT NULL,
    wijk_code  TEXT,
    geometry   TEXT NOT NULL,
    min_lng    DOUBLE PRECISION NOT NULL,
    min_lat    DOUBLE PRECISION NOT NULL,
    max_lng    DOUBLE PRECISION NOT NULL,
    max_lat    DOUBLE PRECISION NOT NULL,
    label_lng  DOUBLE PRECISION NOT NULL,
    label_lat  DOUBLE PRECISION NOT NULL
);
CREATE INDEX wards_level_box ON wards (level, min_lng, max_lng);

CREATE TABLE categories (
    slug     TEXT PRIMARY KEY,
    name     TEXT NOT NULL,
    position BIGINT NOT NULL
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
    id            BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email         TEXT NOT NULL,
    display_name  TEXT NOT NULL,
    password_hash TEXT NOT NULL,
    created_at    BIGINT NOT NULL,
    CONSTRAINT users_email_key UNIQUE (email)
);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    user_id    BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);

CREATE TABLE login_failures (
    id        BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    email     TEXT NOT NULL,
    failed_at BIGINT NOT NULL
);
CREATE INDEX login_failures_email ON login_failures (email, failed_at);

CREATE TABLE ideas (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    title       TEXT NOT NULL,
    description TEXT NOT NULL,
    category    TEXT NOT NULL REFERENCES categories (slug),
    status      TEXT NOT NULL DEFAULT 'ingediend',
    lat         DOUBLE PRECISION NOT NULL,
    lng         DOUBLE PRECISION NOT NULL,
    wijk_code   TEXT NOT NULL REFERENCES wards (code),
    buurt_code  TEXT REFERENCES wards (code),
    author_id   BIGINT NOT NULL REFERENCES users (id),
    created_at  BIGINT NOT NULL,
    updated_at  BIGINT NOT NULL
);
CREATE INDEX ideas_created ON ideas (created_at);
CREATE INDEX ideas_wijk ON ideas (wijk_code, created_at);
