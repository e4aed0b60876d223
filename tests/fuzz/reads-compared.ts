import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { RecordedEvent } from '@kongthun/event-sourcing';
import { discoverRoutes } from '@kongthun/identity-service';
import { readUrls } from './read-urls';

interface Answer {
  status: number;
  body: unknown;
}

/** A body as JSON when it is JSON, so that a difference prints as a diff of fields. */
const parsed = (status: number, text: string): Answer => {
  try {
    return { status, body: JSON.parse(text) as unknown };
  } catch {
    return { status, body: text };
  }
};

/**
 * Every read route of the live host, for every id the events name, asked of both hosts in turn;
 * the answers are compared as text, so that even the order of a list counts.
 */
export const readsCompared = async (live: INestApplication, rebuilt: INestApplication, token: string, events: readonly RecordedEvent[]) => {
  const reads = readUrls(
    discoverRoutes(live)
      .filter((route) => route.method === 'GET')
      .map((route) => route.path),
    events,
  );
  const answer = async (app: INestApplication, url: string) => {
    const response = await request(app.getHttpServer()).get(url).set('authorization', token);
    return { status: response.status, text: response.text };
  };
  const differing: { url: string; live: Answer; rebuilt: Answer }[] = [];
  const urls = reads.flatMap((read) => read.urls);
  let ok = 0;
  for (const url of urls) {
    const fromLive = await answer(live, url);
    const fromRebuilt = await answer(rebuilt, url);
    if (fromLive.status === 200) ok += 1;
    if (fromLive.status !== fromRebuilt.status || fromLive.text !== fromRebuilt.text)
      differing.push({ url, live: parsed(fromLive.status, fromLive.text), rebuilt: parsed(fromRebuilt.status, fromRebuilt.text) });
  }
  return { differing, compared: urls.length, ok, unread: reads.filter((read) => read.urls.length === 0).map((read) => read.path) };
};
