import { describe, expect, it } from 'vitest';
import { dummyHash, hashPassword, needsRehash, SCRYPT, verifyPassword } from './password';

describe('password hashing', () => {
  it('stores scrypt parameters, a per-user salt and the key, and verifies only the right password', async () => {
    const h = await hashPassword('correct horse battery');
    const [scheme, N, r, p, salt, key] = h.split('$');
    expect([scheme, Number(N), Number(r), Number(p)]).toEqual(['scrypt', SCRYPT.N, SCRYPT.r, SCRYPT.p]);
    expect(SCRYPT.N).toBeGreaterThanOrEqual(2 ** 15);
    expect(Buffer.from(salt, 'base64url')).toHaveLength(16);
    expect(Buffer.from(key, 'base64url')).toHaveLength(32);
    expect(await verifyPassword('correct horse battery', h)).toBe(true);
    expect(await verifyPassword('correct horse batterY', h)).toBe(false);
    expect(await verifyPassword('', h)).toBe(false);
  });

  it('salts every hash differently', async () => {
    const [a, b] = await Promise.all([hashPassword('same password!'), hashPassword('same password!')]);
    expect(a).not.toBe(b);
    expect(a.split('$')[4]).not.toBe(b.split('$')[4]);
  });

  it('verifies hashes made with other parameters and flags weaker ones for rehashing', async () => {
    const weak = await hashPassword('old password 1', { N: 2 ** 14, r: 8, p: 1 });
    expect(await verifyPassword('old password 1', weak)).toBe(true);
    expect(needsRehash(weak)).toBe(true);
    expect(needsRehash(await hashPassword('new password 1'))).toBe(false);
  });

  it('never matches a malformed or tampered hash', async () => {
    const h = await hashPassword('pw pw pw pw pw');
    for (const bad of ['', 'plain', h.replace('scrypt', 'md5'), h.replace(`$${SCRYPT.N}$`, '$1000$'), h.replace(`$${SCRYPT.N}$`, `$${2 ** 30}$`), h.split('$').slice(0, 5).join('$')]) {
      expect(await verifyPassword('pw pw pw pw pw', bad)).toBe(false);
      expect(needsRehash(bad)).toBe(true);
    }
  });

  it('has a dummy hash for unknown users that no password matches', async () => {
    const d = await dummyHash();
    expect(d).toBe(await dummyHash());
    expect(await verifyPassword('', d)).toBe(false);
    expect(d.startsWith(`scrypt$${SCRYPT.N}$`)).toBe(true);
  });
});
