-- Issue 10 (languages): words are chosen for the reader, so the database keeps keys.
-- A timeline row names the actor's function or role by its stored form, not by its Dutch label.
UPDATE idea_events SET actor_role = CASE actor_role
    WHEN 'community builder' THEN 'community_builder'
    WHEN 'ideeënmakelaar' THEN 'ideeenmakelaar'
    WHEN 'opbouwwerker' THEN 'opbouwwerker'
    WHEN 'wijkmanager' THEN 'wijkmanager'
    WHEN 'professional' THEN 'professional'
    WHEN 'bewoner' THEN 'resident'
    WHEN 'redacteur gemeente' THEN 'editor'
    WHEN 'moderator' THEN 'moderator'
    WHEN 'beheerder' THEN 'administrator'
    ELSE actor_role
END;

-- The interface language a resident or professional chose (a BCP 47 tag: nl, en, tr, ar, pl);
-- it also decides the language of their mail. Empty until they choose or log in.
ALTER TABLE users ADD COLUMN locale TEXT;
