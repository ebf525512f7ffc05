-- Migration 6: the office's users and their roles. Roles are off until an administrator turns them on
-- for the campaign; until then one person on one laptop works without signing in.

ALTER TABLE campaign ADD COLUMN roles_enabled INTEGER NOT NULL DEFAULT 0 CHECK (roles_enabled IN (0, 1));

CREATE TABLE app_user (
    id            INTEGER PRIMARY KEY,
    login         TEXT NOT NULL UNIQUE COLLATE NOCASE,
    full_name     TEXT NOT NULL DEFAULT '',
    role          TEXT NOT NULL CHECK (role IN ('clerk', 'secretary', 'administrator')),
    password_hash TEXT NOT NULL, -- libsodium crypto_pwhash_str (Argon2id), salt and parameters inside
    created_at    TEXT NOT NULL,
    disabled      INTEGER NOT NULL DEFAULT 0 CHECK (disabled IN (0, 1))
);
