-- Professionals at work: organisations, roles, invitations, claims, the public timeline, notes, handovers.

CREATE TABLE organisations (
    id         BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    name       TEXT NOT NULL,
    kind       TEXT NOT NULL CHECK (kind IN ('gemeente', 'welzijnsorganisatie', 'woningcorporatie', 'bewonersorganisatie', 'anders')),
    created_at BIGINT NOT NULL,
    CONSTRAINT organisations_name_key UNIQUE (name)
);

-- Everyone is a resident; a professional has a function and an organisation; editor, moderator and
-- administrator are roles on top.
ALTER TABLE users ADD COLUMN role TEXT NOT NULL DEFAULT 'resident'
    CHECK (role IN ('resident', 'professional', 'editor', 'moderator', 'administrator'));
ALTER TABLE users ADD COLUMN function TEXT
    CHECK (function IN ('community_builder', 'ideeenmakelaar', 'opbouwwerker', 'wijkmanager', 'anders'));
ALTER TABLE users ADD COLUMN organisation_id BIGINT REFERENCES organisations (id);

-- The wijken a professional works in.
CREATE TABLE werkgebied (
    user_id   BIGINT NOT NULL REFERENCES users (id) ON DELETE CASCADE,
    wijk_code TEXT NOT NULL REFERENCES wards (code),
    CONSTRAINT werkgebied_pkey PRIMARY KEY (user_id, wijk_code)
);

CREATE TABLE invitations (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    token_hash      TEXT NOT NULL,
    email           TEXT NOT NULL,
    role            TEXT NOT NULL,
    function        TEXT,
    organisation_id BIGINT REFERENCES organisations (id),
    werkgebied      TEXT NOT NULL DEFAULT '',
    invited_by      BIGINT NOT NULL REFERENCES users (id),
    created_at      BIGINT NOT NULL,
    expires_at      BIGINT NOT NULL,
    accepted_at     BIGINT,
    CONSTRAINT invitations_token_key UNIQUE (token_hash)
);

-- Who works on an idea: one lead at most, any number supporting.
CREATE TABLE claims (
    idea_id          BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    user_id          BIGINT NOT NULL REFERENCES users (id),
    kind             TEXT NOT NULL CHECK (kind IN ('lead', 'supporting')),
    created_at       BIGINT NOT NULL,
    last_activity_at BIGINT NOT NULL,
    reminded_at      BIGINT,
    CONSTRAINT claims_pkey PRIMARY KEY (idea_id, user_id)
);
CREATE UNIQUE INDEX claims_one_lead ON claims (idea_id) WHERE kind = 'lead';
CREATE INDEX claims_user ON claims (user_id);

-- The public timeline: appended, never changed.
CREATE TABLE idea_events (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id     BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    actor_id    BIGINT REFERENCES users (id),
    actor_name  TEXT NOT NULL,
    actor_role  TEXT NOT NULL,
    kind        TEXT NOT NULL,
    from_status TEXT,
    to_status   TEXT,
    explanation TEXT,
    merged_into BIGINT REFERENCES ideas (id),
    referred_to TEXT,
    created_at  BIGINT NOT NULL
);
CREATE INDEX idea_events_idea ON idea_events (idea_id, id);

CREATE TABLE notes (
    id              BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id         BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    author_id       BIGINT NOT NULL REFERENCES users (id),
    organisation_id BIGINT REFERENCES organisations (id),
    visibility      TEXT NOT NULL CHECK (visibility IN ('organisatie', 'professionals', 'openbaar')),
    body            TEXT NOT NULL,
    created_at      BIGINT NOT NULL
);
CREATE INDEX notes_idea ON notes (idea_id, id);

CREATE TABLE handovers (
    id          BIGINT GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
    idea_id     BIGINT NOT NULL REFERENCES ideas (id) ON DELETE CASCADE,
    from_user   BIGINT NOT NULL REFERENCES users (id),
    to_user     BIGINT NOT NULL REFERENCES users (id),
    note        TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'accepted', 'declined', 'withdrawn')),
    created_at  BIGINT NOT NULL,
    answered_at BIGINT
);
CREATE INDEX handovers_to ON handovers (to_user, status);
CREATE UNIQUE INDEX handovers_one_open ON handovers (idea_id) WHERE status = 'open';
