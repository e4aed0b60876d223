/**
 * `<schema>.append_to_stream`: a whole append in one statement, so one round trip and one commit.
 *
 * It reads the stream's head, checks the expected revision, digests each event's hash template
 * (hash-template.ts) with the previous hash and the revision filled in, moves the head, and
 * inserts the events. Moving the head is a compare-and-set (`WHERE revision = <the one read>`, or
 * an INSERT of a new stream's row): a writer that lost the race to a concurrent one finds the
 * head moved, and then refuses (an expected revision) or starts over from the new head (`any`).
 * The head row stays locked until commit, so appends to one stream queue behind each other, and
 * no explicit `FOR UPDATE` lock (one more WAL record) is needed. `no-stream` skips the read.
 *
 * `expected`: NULL for `any`, -1 for `no-stream`, else the exact revision. A stale expectation
 * returns one row with the stream's actual revision and no position, having written nothing
 * (rather than raising, so the caller gets the revision without parsing an error message).
 * Otherwise one row per event; bigints as text, as everywhere in this store.
 *
 * Each statement of a PL/pgSQL function takes a fresh snapshot under READ COMMITTED, so a retry
 * reads the head a concurrent writer committed while this one waited on its row.
 */
export const appendFunctionDdl = (schema: string): string => `
CREATE OR REPLACE FUNCTION ${schema}.append_to_stream(p_stream_id text, p_expected bigint, p_recorded_at timestamptz, p_events jsonb)
RETURNS TABLE (out_revision text, out_position text, out_prev_hash text, out_hash text)
LANGUAGE plpgsql AS $$
DECLARE
  v_exists    boolean;
  v_head      bigint;
  v_revision  bigint;
  v_last_hash text;
  v_event     jsonb;
  v_n         integer;
  v_prevs     text[];
  v_hashes    text[];
BEGIN
  LOOP
    v_exists := false;
    v_head := -1;
    v_last_hash := NULL;
    IF p_expected IS DISTINCT FROM -1 THEN
      SELECT s.revision, s.last_hash INTO v_head, v_last_hash FROM ${schema}.streams s WHERE s.stream_id = p_stream_id;
      v_exists := FOUND;
      IF NOT v_exists THEN v_head := -1; END IF;
      IF p_expected IS NOT NULL AND v_head <> p_expected THEN
        RETURN QUERY SELECT v_head::text, NULL::text, NULL::text, NULL::text;
        RETURN;
      END IF;
    END IF;

    v_revision := v_head;
    v_n := 0;
    v_prevs := '{}';
    v_hashes := '{}';
    FOR v_event IN SELECT x.value FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(value, n) ORDER BY x.n LOOP
      v_revision := v_revision + 1;
      v_n := v_n + 1;
      v_prevs[v_n] := v_last_hash;
      v_last_hash := encode(sha256(convert_to(
        (v_event->>'head') || COALESCE('"' || v_last_hash || '"', 'null') || (v_event->>'middle') || '"' || v_revision::text || '"' || (v_event->>'tail'),
        'UTF8')), 'hex');
      v_hashes[v_n] := v_last_hash;
    END LOOP;

    IF v_exists THEN
      UPDATE ${schema}.streams SET revision = v_revision, last_hash = v_last_hash WHERE stream_id = p_stream_id AND revision = v_head;
    ELSE
      -- Waits for a concurrent creator of the same stream to commit or roll back.
      INSERT INTO ${schema}.streams (stream_id, revision, last_hash) VALUES (p_stream_id, v_revision, v_last_hash) ON CONFLICT DO NOTHING;
    END IF;
    EXIT WHEN FOUND;

    -- Another writer moved the head first.
    IF p_expected IS NOT NULL THEN
      SELECT s.revision INTO v_head FROM ${schema}.streams s WHERE s.stream_id = p_stream_id;
      RETURN QUERY SELECT v_head::text, NULL::text, NULL::text, NULL::text;
      RETURN;
    END IF;
  END LOOP;

  RETURN QUERY
  INSERT INTO ${schema}.events AS e (event_id, stream_id, stream_revision, event_type, schema_version, data, metadata, recorded_at, prev_hash, hash)
  SELECT (x.value->>'id')::uuid, p_stream_id, v_head + x.n, x.value->>'type', (x.value->>'schemaVersion')::integer,
         x.value->'data', x.value->'metadata', p_recorded_at, v_prevs[x.n], v_hashes[x.n]
  FROM jsonb_array_elements(p_events) WITH ORDINALITY AS x(value, n)
  ORDER BY x.n
  RETURNING e.stream_revision::text, e.global_position::text, e.prev_hash, e.hash;
END $$;
`;
