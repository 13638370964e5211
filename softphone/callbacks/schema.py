"""The shared store's tables, created and upgraded by the softphone itself; read by DBAs.

    python -m softphone.callbacks.schema     # prints every version's SQL, as applied

Each entry of ``VERSIONS`` upgrades the schema by one version and is never edited once released:
a change is a new entry. ``migrate`` applies the missing ones in one transaction, under an
advisory lock, so a hundred softphones starting at once upgrade it exactly once. A store whose
version is newer than this softphone knows is left alone (the softphone says to update it).

What the store holds, and nothing more: the configured numbers (site, unassigned route, and a
counter ordering them by when their last lease ended, not a time), one row per live lease, and
the free number each connected softphone is offered next. A lease row is deleted when the lease
ends; no call, number dialled or location is ever written.

Roles (the DBA's part): the softphones' role owns these objects (it creates them); the SIP
proxy's role needs only ``GRANT SELECT ON callback_route TO kamailio``; for a read-only admin
view, ``GRANT SELECT ON callback_lease, callback_number``. Behind a statement pooler
(pgbouncer), use session or transaction pooling: the softphone prepares no statements.
"""

from __future__ import annotations

from typing import Any

from softphone.blocks.text import translate

COMPONENT = "callbacks"
MIGRATION_LOCK = 0x50F7_CA11  # pg_advisory_xact_lock key while upgrading

VERSION_1 = r"""
-- The configured callback numbers (ELINs), one row each, upserted from the fleet settings.
CREATE TABLE callback_number (
    number           text PRIMARY KEY CHECK (number ~ '^\+[1-9][0-9]{6,14}$'),
    site             text NOT NULL DEFAULT '',   -- '' is the default pool (callback.pool)
    unassigned_route text NOT NULL DEFAULT '',   -- where a call goes while nobody holds it
    released         bigint NOT NULL DEFAULT 0   -- order of the last release (a counter)
);
CREATE SEQUENCE callback_release_order;

-- The live leases. The primary key is the guarantee that a number has at most one holder.
CREATE TABLE callback_lease (
    number      text PRIMARY KEY REFERENCES callback_number (number) ON DELETE CASCADE,
    token       uuid NOT NULL UNIQUE,          -- this lease; a number leased again is a new one
    agent       text NOT NULL,
    workstation text NOT NULL,
    address     text NOT NULL DEFAULT '',      -- the agent's SIP user, where callbacks go
    taken_at    timestamptz NOT NULL DEFAULT now(),
    expires_at  timestamptz NOT NULL,          -- pushed forward while an emergency call is up
    paused      boolean NOT NULL DEFAULT false -- an emergency call is up (for display)
);
CREATE INDEX callback_lease_expiry ON callback_lease (expires_at);

-- Free numbers offered in advance: every connected softphone is told every few seconds which
-- free number it would take next, and no two are offered the same one while free numbers last,
-- so an emergency call asserts its number without waiting on the network and still apart from
-- every other agent's. An offer is not a lease: it binds nothing, concerns no call, and lapses.
CREATE TABLE callback_offer (
    number        text PRIMARY KEY REFERENCES callback_number (number) ON DELETE CASCADE,
    agent         text NOT NULL,
    workstation   text NOT NULL,
    offered_until timestamptz NOT NULL,
    UNIQUE (agent, workstation)
);

-- A number becomes the most recently released when its lease row goes, however it goes.
CREATE FUNCTION callback_lease_released() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    UPDATE callback_number SET released = nextval('callback_release_order')
     WHERE number = OLD.number;
    RETURN OLD;
END $$;
CREATE TRIGGER callback_lease_released AFTER DELETE ON callback_lease
    FOR EACH ROW EXECUTE FUNCTION callback_lease_released();

-- For the SIP proxy: where a call to a configured number goes now. `agent` is the holder's
-- SIP user while a lease is live (NULL otherwise); `unassigned` is the number's fallback.
CREATE VIEW callback_route AS
SELECT n.number, l.address AS agent, n.unassigned_route AS unassigned
  FROM callback_number n
  LEFT JOIN callback_lease l ON l.number = n.number AND l.expires_at > now();

-- Every function below takes the same per-site advisory lock, so the allocation, the offers and
-- the recording of one site's numbers happen one at a time; different sites do not wait.

-- The offer for one softphone: its current offer if that number is still free, else the least
-- recently released free number nobody else is offered, else NULL.
CREATE FUNCTION callback_offer(p_numbers text[], p_site text, p_agent text, p_workstation text,
                               p_seconds double precision)
RETURNS text
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    chosen text;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('softphone.callback'), hashtext(p_site));
    DELETE FROM callback_lease AS l WHERE l.expires_at <= now();
    DELETE FROM callback_offer AS o
     WHERE o.offered_until <= now()
        OR EXISTS (SELECT 1 FROM callback_lease l WHERE l.number = o.number);
    SELECT o.number INTO chosen FROM callback_offer o
     WHERE o.agent = p_agent AND o.workstation = p_workstation AND o.number = ANY (p_numbers);
    IF chosen IS NULL THEN
        DELETE FROM callback_offer AS o
         WHERE o.agent = p_agent AND o.workstation = p_workstation;
        SELECT n.number INTO chosen
          FROM callback_number n
         WHERE n.number = ANY (p_numbers)
           AND NOT EXISTS (SELECT 1 FROM callback_lease l WHERE l.number = n.number)
           AND NOT EXISTS (SELECT 1 FROM callback_offer o WHERE o.number = n.number)
         ORDER BY n.released, array_position(p_numbers, n.number)
         LIMIT 1;
        IF chosen IS NULL THEN
            RETURN NULL;
        END IF;
        INSERT INTO callback_offer (number, agent, workstation, offered_until)
        VALUES (chosen, p_agent, p_workstation, now() + make_interval(secs => p_seconds));
    ELSE
        UPDATE callback_offer AS o
           SET offered_until = now() + make_interval(secs => p_seconds)
         WHERE o.number = chosen;
    END IF;
    RETURN chosen;
END $$;

-- The allocation, atomic: expired leases are deleted first; then this softphone's own offer if
-- still free, else the least recently released free number (one nobody is offered first), which
-- is leased at once. When every number is held, the oldest lease is returned with its holder,
-- and moved to the back of the line so that the next claim gets the next oldest; it changes
-- hands only when the call that asserts it is recorded (`callback_record` with p_asserted), so a
-- claim answered too late takes nothing from anyone (`callback_restore` puts the line back).
CREATE FUNCTION callback_claim(p_numbers text[], p_site text, p_token uuid, p_agent text,
                               p_workstation text, p_address text, p_seconds double precision)
RETURNS TABLE (number text, reused_agent text, reused_workstation text,
               reused_taken_at timestamptz)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    chosen text;
    previous record;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('softphone.callback'), hashtext(p_site));
    DELETE FROM callback_lease AS l WHERE l.expires_at <= now();
    SELECT n.number INTO chosen
      FROM callback_number n
      LEFT JOIN callback_offer o ON o.number = n.number AND o.offered_until > now()
     WHERE n.number = ANY (p_numbers)
       AND NOT EXISTS (SELECT 1 FROM callback_lease l WHERE l.number = n.number)
     ORDER BY (o.agent = p_agent AND o.workstation = p_workstation) IS NOT TRUE,
              o.number IS NOT NULL, n.released, array_position(p_numbers, n.number)
     LIMIT 1;
    DELETE FROM callback_offer AS o
     WHERE (o.agent = p_agent AND o.workstation = p_workstation) OR o.number = chosen;
    IF chosen IS NOT NULL THEN
        INSERT INTO callback_lease (number, token, agent, workstation, address, expires_at,
                                    paused)
        VALUES (chosen, p_token, p_agent, p_workstation, p_address,
                now() + make_interval(secs => p_seconds), true);
        RETURN QUERY SELECT chosen, NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT l.number, l.agent, l.workstation, l.taken_at INTO previous
      FROM callback_lease l
     WHERE l.number = ANY (p_numbers)
     ORDER BY l.taken_at, l.number
     LIMIT 1
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;  -- none of the pool's numbers is known to the store yet
    END IF;
    UPDATE callback_lease AS l SET taken_at = clock_timestamp() WHERE l.number = previous.number;
    RETURN QUERY SELECT previous.number::text, previous.agent::text, previous.workstation::text,
                        previous.taken_at::timestamptz;
END $$;

-- Undo a claim whose answer came too late (the call went out with the number chosen in
-- advance): a number leased by it is deleted; an oldest lease it pointed at regains its place.
CREATE FUNCTION callback_restore(p_site text, p_token uuid, p_number text,
                                 p_taken_at timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('softphone.callback'), hashtext(p_site));
    IF p_taken_at IS NULL THEN
        DELETE FROM callback_lease AS l WHERE l.token = p_token;
    ELSE
        UPDATE callback_lease AS l SET taken_at = p_taken_at WHERE l.number = p_number;
    END IF;
END $$;

-- A softphone makes the store hold its lease (after an emergency call, a pause, a resume, a
-- restart, or when the store is back after an outage). `p_stale` are this softphone's earlier
-- tokens, deleted first. If another agent holds the number: with p_asserted (an emergency call
-- has just given this number to an answering point) the lease is taken back and the other
-- holder returned ('taken'); otherwise this softphone has lost it ('lost').
CREATE FUNCTION callback_record(p_number text, p_site text, p_token uuid, p_agent text,
                                p_workstation text, p_address text, p_seconds double precision,
                                p_paused boolean, p_asserted boolean, p_stale uuid[])
RETURNS TABLE (outcome text, other_agent text, other_workstation text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    current record;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('softphone.callback'), hashtext(p_site));
    DELETE FROM callback_lease AS l WHERE l.token = ANY (p_stale) AND l.token <> p_token;
    DELETE FROM callback_lease AS l WHERE l.expires_at <= now();
    IF NOT EXISTS (SELECT 1 FROM callback_number n WHERE n.number = p_number) THEN
        RETURN QUERY SELECT 'unknown'::text, NULL::text, NULL::text;  -- not a pool number
        RETURN;
    END IF;
    DELETE FROM callback_offer AS o WHERE o.number = p_number;
    SELECT l.token, l.agent, l.workstation INTO current
      FROM callback_lease l WHERE l.number = p_number FOR UPDATE;
    IF NOT FOUND THEN
        DELETE FROM callback_lease AS l WHERE l.token = p_token;  -- its number changed
        INSERT INTO callback_lease (number, token, agent, workstation, address, expires_at,
                                    paused)
        VALUES (p_number, p_token, p_agent, p_workstation, p_address,
                now() + make_interval(secs => p_seconds), p_paused);
        RETURN QUERY SELECT 'recorded'::text, NULL::text, NULL::text;
    ELSIF current.token = p_token THEN
        UPDATE callback_lease AS l
           SET expires_at = now() + make_interval(secs => p_seconds), paused = p_paused,
               address = p_address
         WHERE l.number = p_number;
        RETURN QUERY SELECT 'recorded'::text, NULL::text, NULL::text;
    ELSIF p_asserted THEN
        DELETE FROM callback_lease AS l WHERE l.token = p_token;
        UPDATE callback_lease AS l
           SET token = p_token, agent = p_agent, workstation = p_workstation,
               address = p_address, taken_at = now(),
               expires_at = now() + make_interval(secs => p_seconds), paused = p_paused
         WHERE l.number = p_number;
        RETURN QUERY SELECT 'taken'::text, current.agent::text, current.workstation::text;
    ELSE
        RETURN QUERY SELECT 'lost'::text, current.agent::text, current.workstation::text;
    END IF;
END $$;
"""

VERSION_2 = r"""
-- The line of reuse follows the claims alone. Version 1 stamped a lease again when the call that
-- asserted a reused number was recorded, with the time that record's transaction began: under
-- load, records arrive in another order than the claims, so a number reused a moment ago could
-- look older than one reused an hour ago, and be reused again first. Now a claim notes its token
-- on the lease it reuses, and recording that call keeps the claim's place in line; only a number
-- asserted without a claim (an offer gone stale) goes to the back. Every time is taken when the
-- lock is held (clock_timestamp()), not when the transaction began (now()).
ALTER TABLE callback_lease ALTER COLUMN taken_at SET DEFAULT clock_timestamp();
ALTER TABLE callback_lease ADD COLUMN claimed_by uuid[] NOT NULL DEFAULT '{}';

CREATE OR REPLACE FUNCTION callback_claim(p_numbers text[], p_site text, p_token uuid,
                                          p_agent text, p_workstation text, p_address text,
                                          p_seconds double precision)
RETURNS TABLE (number text, reused_agent text, reused_workstation text,
               reused_taken_at timestamptz)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    chosen text;
    previous record;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('softphone.callback'), hashtext(p_site));
    DELETE FROM callback_lease AS l WHERE l.expires_at <= now();
    SELECT n.number INTO chosen
      FROM callback_number n
      LEFT JOIN callback_offer o ON o.number = n.number AND o.offered_until > now()
     WHERE n.number = ANY (p_numbers)
       AND NOT EXISTS (SELECT 1 FROM callback_lease l WHERE l.number = n.number)
     ORDER BY (o.agent = p_agent AND o.workstation = p_workstation) IS NOT TRUE,
              o.number IS NOT NULL, n.released, array_position(p_numbers, n.number)
     LIMIT 1;
    DELETE FROM callback_offer AS o
     WHERE (o.agent = p_agent AND o.workstation = p_workstation) OR o.number = chosen;
    IF chosen IS NOT NULL THEN
        INSERT INTO callback_lease (number, token, agent, workstation, address, expires_at,
                                    paused)
        VALUES (chosen, p_token, p_agent, p_workstation, p_address,
                now() + make_interval(secs => p_seconds), true);
        RETURN QUERY SELECT chosen, NULL::text, NULL::text, NULL::timestamptz;
        RETURN;
    END IF;
    SELECT l.number, l.agent, l.workstation, l.taken_at INTO previous
      FROM callback_lease l
     WHERE l.number = ANY (p_numbers)
     ORDER BY l.taken_at, l.number
     LIMIT 1
       FOR UPDATE;
    IF NOT FOUND THEN
        RETURN;  -- none of the pool's numbers is known to the store yet
    END IF;
    UPDATE callback_lease AS l
       SET taken_at = clock_timestamp(), claimed_by = l.claimed_by || p_token
     WHERE l.number = previous.number;
    RETURN QUERY SELECT previous.number::text, previous.agent::text, previous.workstation::text,
                        previous.taken_at::timestamptz;
END $$;

CREATE OR REPLACE FUNCTION callback_restore(p_site text, p_token uuid, p_number text,
                                            p_taken_at timestamptz)
RETURNS void
LANGUAGE plpgsql AS $$
#variable_conflict use_column
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('softphone.callback'), hashtext(p_site));
    IF p_taken_at IS NULL THEN
        DELETE FROM callback_lease AS l WHERE l.token = p_token;
    ELSE
        UPDATE callback_lease AS l
           SET taken_at = p_taken_at, claimed_by = array_remove(l.claimed_by, p_token)
         WHERE l.number = p_number;
    END IF;
END $$;

CREATE OR REPLACE FUNCTION callback_record(p_number text, p_site text, p_token uuid,
                                           p_agent text, p_workstation text, p_address text,
                                           p_seconds double precision, p_paused boolean,
                                           p_asserted boolean, p_stale uuid[])
RETURNS TABLE (outcome text, other_agent text, other_workstation text)
LANGUAGE plpgsql AS $$
#variable_conflict use_column
DECLARE
    current record;
BEGIN
    PERFORM pg_advisory_xact_lock(hashtext('softphone.callback'), hashtext(p_site));
    DELETE FROM callback_lease AS l WHERE l.token = ANY (p_stale) AND l.token <> p_token;
    DELETE FROM callback_lease AS l WHERE l.expires_at <= now();
    IF NOT EXISTS (SELECT 1 FROM callback_number n WHERE n.number = p_number) THEN
        RETURN QUERY SELECT 'unknown'::text, NULL::text, NULL::text;  -- not a pool number
        RETURN;
    END IF;
    DELETE FROM callback_offer AS o WHERE o.number = p_number;
    SELECT l.token, l.agent, l.workstation INTO current
      FROM callback_lease l WHERE l.number = p_number FOR UPDATE;
    IF NOT FOUND THEN
        DELETE FROM callback_lease AS l WHERE l.token = p_token;  -- its number changed
        INSERT INTO callback_lease (number, token, agent, workstation, address, expires_at,
                                    paused)
        VALUES (p_number, p_token, p_agent, p_workstation, p_address,
                now() + make_interval(secs => p_seconds), p_paused);
        RETURN QUERY SELECT 'recorded'::text, NULL::text, NULL::text;
    ELSIF current.token = p_token THEN
        UPDATE callback_lease AS l
           SET expires_at = now() + make_interval(secs => p_seconds), paused = p_paused,
               address = p_address
         WHERE l.number = p_number;
        RETURN QUERY SELECT 'recorded'::text, NULL::text, NULL::text;
    ELSIF p_asserted THEN
        DELETE FROM callback_lease AS l WHERE l.token = p_token;
        UPDATE callback_lease AS l
           SET token = p_token, agent = p_agent, workstation = p_workstation,
               address = p_address,
               taken_at = CASE WHEN p_token = ANY (l.claimed_by) THEN l.taken_at
                               ELSE clock_timestamp() END,
               claimed_by = array_remove(l.claimed_by, p_token),
               expires_at = now() + make_interval(secs => p_seconds), paused = p_paused
         WHERE l.number = p_number;
        RETURN QUERY SELECT 'taken'::text, current.agent::text, current.workstation::text;
    ELSE
        RETURN QUERY SELECT 'lost'::text, current.agent::text, current.workstation::text;
    END IF;
END $$;
"""

VERSIONS: tuple[str, ...] = (VERSION_1, VERSION_2)
LATEST = len(VERSIONS)


class SchemaTooNew(RuntimeError):
    """The store was upgraded by a newer softphone; this one must be updated to use it."""


def migrate(connection: Any) -> int:
    """Bring the schema to ``LATEST`` (``connection``: psycopg, not in a transaction); returns
    the version found before. Raises ``SchemaTooNew`` for a store newer than this code."""
    with connection.transaction():
        connection.execute("SELECT pg_advisory_xact_lock(%s)", (MIGRATION_LOCK,))
        connection.execute("CREATE TABLE IF NOT EXISTS softphone_schema ("
                           "component text PRIMARY KEY, version integer NOT NULL)")
        row = connection.execute("SELECT version FROM softphone_schema WHERE component = %s",
                                 (COMPONENT,)).fetchone()
        found = int(row[0]) if row else 0
        if found > LATEST:
            raise SchemaTooNew(translate(
                "CallbackStore", "the shared callback store's schema is version {found}, newer "
                                 "than this softphone knows ({latest}): update the softphone on "
                                 "this workstation").format(found=found, latest=LATEST))
        for version in range(found + 1, LATEST + 1):
            connection.execute(VERSIONS[version - 1])
        if found < LATEST:
            connection.execute(
                "INSERT INTO softphone_schema (component, version) VALUES (%s, %s) "
                "ON CONFLICT (component) DO UPDATE SET version = EXCLUDED.version",
                (COMPONENT, LATEST))
    return found


def sql() -> str:
    parts = [f"-- version {number}\n{text.strip()}\n" for number, text in
             enumerate(VERSIONS, start=1)]
    return "\n".join(parts)


if __name__ == "__main__":
    print(sql())
