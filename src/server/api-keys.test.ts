import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { InvalidRequestError } from '../util/errors.ts';
import { ApiError } from './api-error.ts';
import { LOCAL_OWNER, loadKeyRing } from './api-keys.ts';

describe('loadKeyRing', () => {
  it('reads keys from the environment and a file (with labels and comments)', () => {
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'keys-')), 'keys.txt');
    writeFileSync(file, '# team keys\nsk-file-key-1  alice\n\nsk-file-key-2 # bob\n');
    const ring = loadKeyRing({ env: 'sk-env-key-1, sk-env-key-2', file });
    expect(ring).toMatchObject({ open: false, count: 4 });
    const owners = ['sk-env-key-1', 'sk-env-key-2', 'sk-file-key-1', 'sk-file-key-2'].map((k) => ring.ownerOf(`Bearer ${k}`));
    expect(new Set(owners).size).toBe(4);
    for (const owner of owners) expect(owner).not.toContain('sk-');
  });

  it('refuses missing and unknown keys with a 401', () => {
    const ring = loadKeyRing({ env: 'sk-only-one-key' });
    for (const header of [undefined, '', 'Basic abc', 'Bearer sk-only-one-ke', 'Bearer sk-only-one-key2']) {
      expect(() => ring.ownerOf(header)).toThrow(ApiError);
      try {
        ring.ownerOf(header);
      } catch (error) {
        expect((error as ApiError).status).toBe(401);
      }
    }
    expect(ring.ownerOf('bearer sk-only-one-key')).toBe(ring.ownerOf('Bearer sk-only-one-key'));
  });

  it('with no keys everything belongs to the local owner', () => {
    const ring = loadKeyRing({});
    expect(ring.open).toBe(true);
    expect(ring.ownerOf(undefined)).toBe(LOCAL_OWNER);
  });

  it('rejects short keys and unreadable files', () => {
    expect(() => loadKeyRing({ env: 'short' })).toThrow(InvalidRequestError);
    expect(() => loadKeyRing({ file: '/nonexistent/keys' })).toThrow(/cannot read the keys file/);
  });
});
