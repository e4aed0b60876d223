import { emptyRoot } from './merkle-hash';
import { MerkleTree } from './merkle-tree';
import { verifyConsistency, verifyInclusion } from './verify';
import { MAX, entry, hex, leaves, refRoots, rng, tree, unhex } from './reference.testing';

describe('RFC 6962 known answers (transparency-dev/merkle test vectors)', () => {
  const data = ['', '00', '10', '2021', '3031', '40414243', '5051525354555657', '606162636465666768696a6b6c6d6e6f'];
  const roots = [
    'e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855',
    '6e340b9cffb37a989ca544e6bb780a2c78901d3fb33738768511a30617afa01d',
    'fac54203e7cc696cf0dfcb42c92a1d9dbaf70ad9e621f4bd8d98662f00e3c125',
    'aeb6bcfe274b70a14fb067a5e5578264db0fa9b51af5e0ba159158f329e06e77',
    'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
    '4e3bbb1f7b478dcfe71fb631631519a3bca12c9aefca1612bfce4c13a86264d4',
    '76e67dadbcdf1e10e1b74ddc608abd2f98dfb16fbce75277b5232a127f2087ef',
    'ddb89be403809e325750d3d263cd78929c2942b7942a34b77e122c9594a74c8c',
    '5dc9da79a70659a9ad559cb701ded9a2ab9d823aad2f4960cfe370eff4604328',
  ];
  const kat = new MerkleTree();
  data.forEach((d) => kat.append(unhex(d)));

  it('roots for sizes 0..8, including the empty tree', () => {
    expect(hex(emptyRoot())).toBe(roots[0]);
    for (let n = 0; n <= 8; n++) expect(hex(kat.root(n))).toBe(roots[n]);
  });

  it.each([
    [
      0,
      [
        '96a296d224f285c67bee93c30f8a309157f0daa35dc5b87e410b78630a09cfc7',
        '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
        '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
      ],
    ],
    [
      5,
      [
        'bc1a0643b12e4d2d7c77918f44e0f4f79a838b6cf9ec5b5c283e1f4d88599e6b',
        'ca854ea128ed050b41b35ffc1b87b8eb2bde461e9e3b5596ece6b9d5975a0ae0',
        'd37ee418976dd95753c1c73862b9398fa2a2cf9b4ff0fdfe8b30cd95209614b7',
      ],
    ],
  ])('inclusion proof for leaf %i in the size-8 tree', (index, expected) => {
    const proof = kat.inclusionProof(index, 8);
    expect(proof.map(hex)).toEqual(expected);
    expect(verifyInclusion(kat.leafHash(index), index, 8, proof, unhex(roots[8]))).toBe(true);
  });

  it('consistency proof 2 -> 8', () => {
    const proof = kat.consistencyProof(2, 8);
    expect(proof.map(hex)).toEqual([
      '5f083f0a1a33ca076a95279832580db3e0ef4584bdff1f54c8a360f50de3031e',
      '6b47aaf29ee3c2af9af889bc1fb9254dabd31177f16232dd6aab035ca39bf6e4',
    ]);
    expect(verifyConsistency(2, 8, unhex(roots[2]), unhex(roots[8]), proof)).toBe(true);
  });
});

describe('MerkleTree against the reference MTH', () => {
  it('root equals MTH at every size 1..1000 while appending, and for every past size after', () => {
    const t = new MerkleTree();
    for (let n = 1; n <= MAX; n++) {
      expect(t.append(entry(n - 1))).toBe(n - 1);
      expect(t.size).toBe(n);
      if (!t.root().equals(refRoots[n])) throw new Error(`root mismatch at size ${n}`);
    }
    for (let n = 0; n <= MAX; n++) {
      if (!t.root(n).equals(refRoots[n])) throw new Error(`historical root mismatch at size ${n}`);
    }
  });

  it('inclusion proofs verify for all indices (size <= 64) or a sample (size <= 1000)', () => {
    const pick = rng(1);
    let checked = 0;
    for (let n = 1; n <= MAX; n++) {
      const indices = n <= 64 ? [...Array(n).keys()] : [0, n - 1, pick(n), pick(n), pick(n)];
      for (const i of indices) {
        const proof = tree.inclusionProof(i, n);
        if (!verifyInclusion(leaves[i], i, n, proof, refRoots[n])) throw new Error(`inclusion ${i}/${n}`);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(2080 + 936 * 4);
  });

  it('consistency proofs verify for every pair up to 64, and into every size up to 1000 from 1, n-1 and a sampled size', () => {
    const pick = rng(2);
    const pairs: [number, number][] = [];
    for (let m = 0; m <= 64; m++) for (let n = m; n <= 64; n++) pairs.push([m, n]);
    for (let n = 65; n <= MAX; n++) pairs.push([1, n], [n - 1, n], [pick(n + 1), n]);
    for (const [m, n] of pairs) {
      const proof = tree.consistencyProof(m, n);
      if (!verifyConsistency(m, n, refRoots[m], refRoots[n], proof)) throw new Error(`consistency ${m}->${n}`);
    }
  });
});
