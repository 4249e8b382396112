import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { InvalidRequestError } from '../util/errors.ts';
import { ApiError } from './api-error.ts';

/** The owner of every video when the server has no keys (it then listens on loopback only). */
export const LOCAL_OWNER = 'local';

/** Who may call the API. */
export interface KeyRing {
  /** True when no keys are configured: anyone who can connect may call, as owner "local". */
  readonly open: boolean;
  readonly count: number;
  /** The owner id for an Authorization header; throws a 401 ApiError when it is missing or unknown. */
  ownerOf(authorization: string | null | undefined): string;
}

/**
 * Loads API keys from an environment variable (comma or whitespace
 * separated) and/or a keys file (one key per line, optionally followed by a
 * label; `#` starts a comment). A video's owner is a hash of its key, so the
 * database never holds keys.
 */
export function loadKeyRing(sources: { env?: string | undefined; file?: string | undefined }): KeyRing {
  const keys: string[] = [];
  if (sources.env) keys.push(...sources.env.split(/[\s,]+/).filter(Boolean));
  if (sources.file) {
    let text: string;
    try {
      text = readFileSync(sources.file, 'utf8');
    } catch (error) {
      throw new InvalidRequestError(`cannot read the keys file ${sources.file}: ${(error as Error).message}`, 'keys-file');
    }
    for (const line of text.split(/\r?\n/)) {
      const key = line.replace(/#.*/, '').trim().split(/\s+/)[0];
      if (key) keys.push(key);
    }
  }
  for (const key of keys) {
    if (key.length < 8 || !/^[\x21-\x7e]+$/.test(key)) {
      throw new InvalidRequestError('API keys must be at least 8 printable characters without spaces', 'keys');
    }
  }
  return createKeyRing(keys);
}

/** A key ring over the given keys (none: an open, loopback-only server). */
export function createKeyRing(keys: readonly string[]): KeyRing {
  const owners = new Map(keys.map((key) => [hashKey(key), ownerIdOf(key)]));
  if (owners.size === 0) {
    return { open: true, count: 0, ownerOf: () => LOCAL_OWNER };
  }
  return {
    open: false,
    count: owners.size,
    ownerOf(authorization) {
      const match = /^Bearer\s+(\S+)\s*$/i.exec(authorization ?? '');
      if (!match) {
        throw new ApiError(
          401,
          "You didn't provide an API key. You need to provide your API key in an Authorization header using Bearer auth (i.e. Authorization: Bearer YOUR_KEY).",
          null,
          null,
        );
      }
      // Comparing hashes: the lookup time does not depend on how much of a guessed key is right.
      const owner = owners.get(hashKey(match[1]!));
      if (!owner) throw new ApiError(401, 'Incorrect API key provided.', 'invalid_api_key', null);
      return owner;
    },
  };
}

function hashKey(key: string): string {
  return createHash('sha256').update(key).digest('hex');
}

/** A stable, non-secret owner id for a key. */
export function ownerIdOf(key: string): string {
  return `key_${hashKey(`diorama-owner:${key}`).slice(0, 24)}`;
}
