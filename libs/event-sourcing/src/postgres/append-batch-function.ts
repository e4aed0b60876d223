/**
 * `<schema>.append_batch`: several appends, each to its own stream, in one statement and one
 * commit (group commit), for appends that queued while every connection was busy.
 *
 * Each element of `p_batch` is `{streamId, expected, recordedAt, events}` and goes through
 * `append_to_stream` on its own, in array order: a stale expectation refuses that element alone
 * (its one row without a position), the others are written. Rows carry the element's index
 * (1-based). The caller sorts elements by stream id, so two batches lock stream heads in the same
 * order and cannot deadlock each other. An error (a duplicate event id) rolls back the whole
 * batch; the caller then appends its elements one by one, so only the faulty one fails.
 */
export const appendBatchFunctionDdl = (schema: string): string => `
CREATE OR REPLACE FUNCTION ${schema}.append_batch(p_batch jsonb)
RETURNS TABLE (out_index integer, out_revision text, out_position text, out_prev_hash text, out_hash text)
LANGUAGE plpgsql AS $$
DECLARE
  v_append jsonb;
  v_index  integer;
BEGIN
  FOR v_append, v_index IN SELECT x.value, x.n::integer FROM jsonb_array_elements(p_batch) WITH ORDINALITY AS x(value, n) ORDER BY x.n LOOP
    RETURN QUERY
    SELECT v_index, a.out_revision, a.out_position, a.out_prev_hash, a.out_hash
    FROM ${schema}.append_to_stream(v_append->>'streamId', (v_append->>'expected')::bigint, (v_append->>'recordedAt')::timestamptz, v_append->'events') a;
  END LOOP;
END $$;
`;
