import { JwtService } from '@nestjs/jwt';

export type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any

/** The Chumphon people the distributed relief tests act as, with the role and scope their tokens carry. */
const ACTORS: Record<string, { role: string; scope: object }> = {
  'officer-cp': { role: 'relief-officer', scope: { areas: ['86'] } },
  'chair-cp': { role: 'committee', scope: { areas: ['86'] } },
  'auditor-cp': { role: 'auditor', scope: { province: '86' } },
  'auditor-national': { role: 'auditor', scope: { national: true } },
};

export interface Answer {
  status: number;
  /** The JSON answer, or undefined when the body is not JSON (a bank file). */
  body: Json | undefined;
  text: string;
}

/**
 * HTTP to a service process as one of `ACTORS`, signed with the run's JWT secret: a body that is a
 * string goes as CSV, an object as JSON.
 */
export const reliefCaller = (secret: string) => {
  const jwt = new JwtService({ secret });
  return async (url: string, method: string, as: string, body?: object | string): Promise<Answer> => {
    const { role, scope } = ACTORS[as];
    const response = await fetch(url, {
      method,
      headers: {
        authorization: `Bearer ${await jwt.signAsync({ role, scope }, { subject: as, expiresIn: '1h' })}`,
        'content-type': typeof body === 'string' ? 'text/csv' : 'application/json',
      },
      body: body === undefined ? undefined : typeof body === 'string' ? body : JSON.stringify(body),
    });
    const text = await response.text();
    let json: Json | undefined;
    try {
      json = text ? (JSON.parse(text) as Json) : {};
    } catch {
      json = undefined;
    }
    return { status: response.status, body: json, text };
  };
};

/** A write that must succeed: the answer, or the test fails saying what the service answered. */
export const succeeded = (path: string, answer: Answer): Answer => {
  expect({ path, status: answer.status < 300 ? 'ok' : answer.status, body: answer.status < 300 ? null : answer.body }).toEqual({
    path,
    status: 'ok',
    body: null,
  });
  return answer;
};
