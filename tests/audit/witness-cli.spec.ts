import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { generateSigningKeyPem, publicKeyPem, signingKeyFromPem } from '@kongthun/audit-evidence';
import { TokenIssuer } from '@kongthun/http';
import { CliRun, kongthunCli } from '@kongthun/testing';
import { paidSicknessClaim, startEmbeddedWithAudit } from './embedded-audit-fixture';

/** `npm run kongthun -- witness ...` in its own process (compiled once), against the embedded host over real HTTP. */
const kongthun = (dir: string, ...args: string[]): Promise<CliRun> => kongthunCli(args, dir);

describe('kongthun witness, against the embedded audit service', () => {
  const dir = mkdtempSync(join(tmpdir(), 'kt-witness-'));
  const witnessPem = generateSigningKeyPem();
  const witness = signingKeyFromPem(witnessPem.privateKeyPem);
  let host: Awaited<ReturnType<typeof startEmbeddedWithAudit>>;
  let url: string;
  let token: string;

  const run = (key: string, state: string) => kongthun(dir, 'witness', '--url', url, '--key', key, '--state', state, '--token', token);
  const state = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  const signNewHead = async () => {
    await host.ledgerCaughtUp();
    return (await host.post('/api/audit/tree-heads', 'auditor').expect(201)).body;
  };
  const witnessSignersOfLatest = async () =>
    (
      (await host.get('/api/audit/tree-heads/latest', 'auditor').expect(200)).body.signatures as {
        signer: string;
        keyId: string;
        name?: string;
      }[]
    ).filter((s) => s.signer === 'witness');

  beforeAll(async () => {
    host = await startEmbeddedWithAudit();
    const server = host.app.getHttpServer();
    await new Promise<void>((listening) => server.listen(0, '127.0.0.1', () => listening()));
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    token = await host.app.get(TokenIssuer).issue({ userId: 'finance-phuket', role: 'provincial-finance', scope: { province: '83' } });
    writeFileSync(join(dir, 'witness.pem'), witnessPem.privateKeyPem);
    await host
      .post('/api/audit/witnesses', 'admin', { name: 'สำนักงานคลังจังหวัดภูเก็ต', publicKeyPem: publicKeyPem(witness.publicKey) })
      .expect(201);
  }, 120_000);
  afterAll(async () => {
    await host?.close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('the first run checks the log signature, co-signs the latest head and remembers it', async () => {
    const head = await signNewHead();
    const { code, stdout, stderr } = await run('witness.pem', 'state.json');
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('first run');
    expect(stdout).toContain(`co-signed tree head size ${head.treeSize}`);
    expect(state('state.json')).toMatchObject({
      format: 'kongthun.witness-state/v1',
      logKeyId: head.signatures[0].keyId,
      treeHead: { treeSize: head.treeSize, rootHash: head.rootHash },
    });
    expect(await witnessSignersOfLatest()).toEqual([expect.objectContaining({ keyId: witness.keyId, name: 'สำนักงานคลังจังหวัดภูเก็ต' })]);
  }, 120_000);

  it('after the ledger grew, the second run verifies consistency from the remembered head and co-signs the new one', async () => {
    const before = state('state.json').treeHead;
    await paidSicknessClaim(host.post, 'rassada', 7, {
      claimId: 'c-1',
      eventDate: '2024-09-10',
      nights: 3,
      amount: '300.00',
      words: 'สามร้อยบาทถ้วน',
    });
    const head = await signNewHead();
    expect(head.treeSize).toBeGreaterThan(before.treeSize);
    const { code, stdout } = await run('witness.pem', 'state.json');
    expect(code).toBe(0);
    expect(stdout).toContain(`consistency ${before.treeSize} → ${head.treeSize}: verified`);
    expect(state('state.json').treeHead).toMatchObject({ treeSize: head.treeSize, rootHash: head.rootHash });
    expect((await witnessSignersOfLatest()).map((s) => s.keyId)).toEqual([witness.keyId]);
  }, 120_000);

  it('a remembered head that is not a prefix of the new one (tampered root) is refused: exit 1, nothing signed, state kept', async () => {
    const remembered = state('state.json');
    const flipped = {
      ...remembered,
      treeHead: {
        ...remembered.treeHead,
        rootHash: `${remembered.treeHead.rootHash[0] === '0' ? '1' : '0'}${remembered.treeHead.rootHash.slice(1)}`,
      },
    };
    writeFileSync(join(dir, 'state.json'), JSON.stringify(flipped));
    await paidSicknessClaim(host.post, 'wichit', 8, {
      claimId: 'c-2',
      eventDate: '2024-09-11',
      nights: 2,
      amount: '200.00',
      words: 'สองร้อยบาทถ้วน',
    });
    const head = await signNewHead();
    const { code, stdout, stderr } = await run('witness.pem', 'state.json');
    expect(code).toBe(1);
    expect(stdout).not.toContain('co-signed');
    expect(stderr).toContain(`REFUSED, not co-signed: the consistency proof from size ${remembered.treeHead.treeSize}`);
    expect(stderr).toContain(`to size ${head.treeSize} does not verify`);
    expect(stderr).toContain('ปฏิเสธ ไม่ลงนามรับรอง: หลักฐานความสอดคล้อง');
    expect(await witnessSignersOfLatest()).toEqual([]);
    expect(state('state.json')).toEqual(flipped);
  }, 120_000);

  it('a key no administrator registered is refused by the service: exit 1 with its code, no state written', async () => {
    writeFileSync(join(dir, 'stranger.pem'), generateSigningKeyPem().privateKeyPem);
    const { code, stderr } = await run('stranger.pem', 'stranger-state.json');
    expect(code).toBe(1);
    expect(stderr).toContain('the audit service refused (audit.witness.not-registered)');
    expect(stderr).toContain('ไม่ได้ขึ้นทะเบียน');
    expect(existsSync(join(dir, 'stranger-state.json'))).toBe(false);
    expect(await witnessSignersOfLatest()).toEqual([]);
  }, 120_000);

  it('a missing option or an unreadable key is a usage error, exit 2', async () => {
    const missing = await kongthun(dir, 'witness', '--url', url, '--key', 'witness.pem');
    const badKey = await kongthun(dir, 'witness', '--url', url, '--key', 'no-such.pem', '--state', 's.json');
    expect([missing.code, badKey.code]).toEqual([2, 2]);
    expect(missing.stderr).toContain('--state is required');
    expect(badKey.stderr).toContain('cannot read no-such.pem');
  }, 120_000);
});
