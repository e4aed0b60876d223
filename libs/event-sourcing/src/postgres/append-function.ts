/**
 * `<schema>.append_to_stream`: a whole append in one statement, so one round trip and one commit.
 * It locks the stream row (creating it only when the expectation allows a new stream), checks the
 * expected revision, digests each event's hash template (hash-template.ts) with the previous hash
 * and the revision filled in, inserts the events and moves the stream's head.
 *
 * `expected`: NULL for `any`, -1 for `no-stream`, else the exact revision. A stale expectation
 * returns one row with the stream's actual revision and no position, having written nothing
 * (rather than raising, so the caller gets the revision without parsing an error message).
 * Otherwise one row per event; bigints as text, as everywhere in this store.
 *
 * Each statement of a PL/pgSQL function takes a fresh snapshot under READ COMMITTED, so the
 * second lock below sees a row a concurrent creator committed while this one waited on it.
 */
export const appendFunctionDdl = (schema: string): string => `
CREATE OR REPLACE FUNCTION ${schema}.append_to_stream(p_stream_id text, p_expected bigint, p_recorded_at timestamptz, p_events jsonb)
RETURNS TABLE (out_revision text, out_position text, out_prev_hash text, out_hash text)
LANGUAGE plpgsql AS $$
DECLARE
  v_revision  bigint;
  v_last_hash text;
  v_first     bigint;
  v_event     jsonb;
  v_n         integer := 0;
  v_prevs     text[] := '{}';
  v_hashes    text[] := '{}';
BEGIN
  SELECT s.revision, s.last_hash INTO v_revision, v_last_hash FROM ${schema}.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
  IF NOT FOUND THEN
    IF p_expected IS NOT NULL AND p_expected <> -1 THEN
      RETURN QUERY SELECT '-1'::text, NULL::text, NULL::text, NULL::text;
      RETURN;
    END IF;
    -- Concurrent creators queue on this row instead of racing past each other.
    INSERT INTO ${schema}.streams (stream_id, revision) VALUES (p_stream_id, -1) ON CONFLICT DO NOTHING;
    SELECT s.revision, s.last_hash INTO v_revision, v_last_hash FROM ${schema}.streams s WHERE s.stream_id = p_stream_id FOR UPDATE;
  END IF;
  IF p_expected IS NOT NULL AND v_revision <> p_expected THEN
    RETURN QUERY SELECT v_revision::text, NULL::text, NULL::text, NULL::text;
    RETURN;
  END IF;

  v_first := v_revision + 1;
  FOR v_event IN SELECT x.value FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(value, n) ORDER BY x.n LOOP
    v_revision := v_revision + 1;
    v_n := v_n + 1;
    v_prevs[v_n] := v_last_hash;
    v_last_hash := encode(sha256(convert_to(
      (v_event->>'head') || COALESCE('"' || v_last_hash || '"', 'null') || (v_event->>'middle') || '"' || v_revision::text || '"' || (v_event->>'tail'),
      'UTF8')), 'hex');
    v_hashes[v_n] := v_last_hash;
  END LOOP;

  RETURN QUERY
  INSERT INTO ${schema}.events AS e (event_id, stream_id, stream_revision, event_type, schema_version, data, metadata, recorded_at, prev_hash, hash)
  SELECT (x.value->>'id')::uuid, p_stream_id, v_first + x.n - 1, x.value->>'type', (x.value->>'schemaVersion')::integer,
         x.value->'data', x.value->'metadata', p_recorded_at, v_prevs[x.n], v_hashes[x.n]
  FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(value, n)
  ORDER BY x.n
  RETURNING e.stream_revision::text, e.global_position::text, e.prev_hash, e.hash;

  UPDATE ${schema}.streams SET revision = v_revision, last_hash = v_last_hash WHERE stream_id = p_stream_id;
END $$;
`;
