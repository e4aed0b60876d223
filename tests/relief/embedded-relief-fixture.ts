import { INestApplication } from '@nestjs/common';
import request from 'supertest';
import { PgliteSqlClient, SqlEventStore } from '@kongthun/event-sourcing';
import { AuthenticatedActor, TokenIssuer } from '@kongthun/http';
import { createEmbeddedApp } from '@kongthun/embedded';
import { addDays, dateOfInstant } from '@kongthun/kernel';

/** A valid citizen ID numbered `n` in Chumphon's range (check digit computed). */
export const citizenId = (n: number): string => {
  const base = `3860100${String(n).padStart(5, '0')}`;
  const sum = [...base].reduce((total, digit, i) => total + Number(digit) * (13 - i), 0);
  return `${base}${(11 - (sum % 11)) % 10}`;
};

export const houseNo = (n: number) => `860101${String(n).padStart(5, '0')}`;

export const household = (n: number, village = '86010101', method: 'bank-transfer' | 'promptpay' = 'bank-transfer') => ({
  houseRegistrationNo: houseNo(n),
  villageCode: village,
  head: { citizenId: citizenId(n), name: `นายสมชาย ใจดี${n}`, phone: `08100${String(n).padStart(5, '0')}` },
  members: [{ citizenId: citizenId(500 + n), name: `นางสมศรี ใจดี${n}` }],
  certification: { documentRef: `cert-${n}`, certifierCitizenId: citizenId(900) },
  communityMeetingRef: 'ประชาคมหมู่ 1',
  payee: { method, account: method === 'promptpay' ? `08123${String(n).padStart(5, '0')}` : `020-1-${String(n).padStart(5, '0')}-7` },
});

export const REGISTRATION_HEADER =
  'house_registration_no,village_code,head_citizen_id,head_name,head_phone,member_citizen_ids,member_names,certificate_ref,certifier_citizen_id,community_meeting_ref,payee_method,payee_account';

/** A household as a row of the registration CSV (names in clear: the import encrypts them). */
export const registrationRow = (h: ReturnType<typeof household>): string =>
  [
    h.houseRegistrationNo,
    h.villageCode,
    h.head.citizenId,
    h.head.name,
    h.head.phone,
    h.members.map((m) => m.citizenId).join(';'),
    h.members.map((m) => m.name).join(';'),
    h.certification.documentRef,
    h.certification.certifierCitizenId,
    h.communityMeetingRef,
    h.payee.method,
    h.payee.account,
  ].join(',');

/** A flood in Mueang Chumphon declared ten days ago for seventy days, in these areas. */
export const floodDeclaration = (declarationId: string, areaCodes = ['860101'], expectedHouseholds = 100) => {
  const today = dateOfInstant(new Date().toISOString());
  return {
    declarationId,
    name: 'อุทกภัยอำเภอเมืองชุมพร',
    disasterType: 'flood',
    areaCodes,
    disasterDate: addDays(today, -10),
    from: addDays(today, -10),
    until: addDays(today, 60),
    documentRef: 'ประกาศจังหวัดชุมพร ที่ 17',
    expectedHouseholds,
  };
};

/** The embedded host on PGlite with relief wired in, tokens for a Chumphon officer, two committee members, an auditor and outsiders. */
export const startEmbeddedRelief = async () => {
  const sql = await PgliteSqlClient.open('memory://');
  const store = await SqlEventStore.open(sql);
  const app: INestApplication = await createEmbeddedApp({
    store,
    publishers: [],
    jwtSecret: 'test-secret-test-secret-test-secret',
    citizenIdKey: 'citizen-key-for-tests-only',
    logger: false,
    serviceData: { sql, personalDataKey: 'personal-data-master-key-for-tests-only' },
  });
  await app.init();
  const issuer = app.get(TokenIssuer);
  const actors: Record<string, AuthenticatedActor> = {
    admin: { userId: 'admin', role: 'admin', scope: {} },
    officer: { userId: 'officer-cp', role: 'relief-officer', scope: { areas: ['86'] } },
    chair: { userId: 'chair-cp', role: 'committee', scope: { areas: ['86'] } },
    member: { userId: 'member-cp', role: 'committee', scope: { areas: ['86'] } },
    auditor: { userId: 'auditor-cp', role: 'auditor', scope: { province: '86' } },
    phuketOfficer: { userId: 'officer-pk', role: 'relief-officer', scope: { areas: ['83'] } },
    treasurer: { userId: 'malee', role: 'treasurer', scope: { areas: ['86'] } },
    viewer: { userId: 'viewer-cp', role: 'viewer', scope: { areas: ['86'] } },
  };
  const tokens: Record<string, string> = {};
  for (const [name, actor] of Object.entries(actors)) tokens[name] = `Bearer ${await issuer.issue(actor)}`;
  const server = app.getHttpServer();
  const post = (path: string, as: string, body: object = {}) =>
    request(server).post(`/api/relief${path}`).set('authorization', tokens[as]).send(body);
  const postFile = (path: string, as: string, contentType: string, text: string) =>
    request(server).post(`/api/relief${path}`).set('authorization', tokens[as]).set('content-type', contentType).send(text);
  const postCsv = (path: string, as: string, csv: string) => postFile(path, as, 'text/csv', csv);
  const get = (path: string, as: string) => request(server).get(`/api/relief${path}`).set('authorization', tokens[as]);
  /** How many events the whole store holds: a refusal must leave it unchanged. */
  const eventCount = async () => (await store.readAll({ maxCount: 1_000_000 })).length;
  const close = async () => {
    await app.close();
    await store.close();
  };
  return { app, sql, store, post, postCsv, postFile, get, eventCount, close };
};
