import { ApiError, badRequest } from './api-error.ts';

/** A request body read into plain fields and uploaded files, whatever its encoding. */
export interface RequestBody {
  /** Text fields and JSON values; bracketed multipart keys become nested objects. */
  readonly fields: Record<string, unknown>;
  /** File parts by field name. */
  readonly files: Record<string, File>;
}

/**
 * Reads a JSON, multipart/form-data or urlencoded body. The official
 * clients send create as multipart, with nested objects as bracketed keys
 * (`input_reference[image_url]=…`, `video[id]=…`); these come out as the
 * same nested objects a JSON body would have.
 */
export async function readRequestBody(request: Request): Promise<RequestBody> {
  const type = (request.headers.get('content-type') ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json') || type === '') {
    const text = await request.text();
    if (text.trim() === '') return { fields: {}, files: {} };
    let value: unknown;
    try {
      value = JSON.parse(text);
    } catch {
      throw badRequest(
        'We could not parse the JSON body of your request. (HINT: This likely means you aren’t using your HTTP library correctly.)',
        null,
        'invalid_json',
      );
    }
    if (!value || typeof value !== 'object' || Array.isArray(value)) throw badRequest('The request body must be a JSON object.', null, 'invalid_json');
    return { fields: value as Record<string, unknown>, files: {} };
  }
  if (type === 'multipart/form-data' || type === 'application/x-www-form-urlencoded') {
    let form: FormData;
    try {
      form = await request.formData();
    } catch (error) {
      if (error instanceof ApiError) throw error;
      throw badRequest(`The ${type} body could not be read: ${(error as Error).message}`, null, 'invalid_body');
    }
    const fields: Record<string, unknown> = {};
    const files: Record<string, File> = {};
    for (const [key, value] of form.entries()) {
      if (typeof value === 'string') setBracketed(fields, key, value);
      else files[key] = value;
    }
    return { fields, files };
  }
  throw new ApiError(415, `Unsupported Content-Type "${type}": send application/json or multipart/form-data.`, 'unsupported_media_type');
}

/** `a[b][c]` → fields.a.b.c; `a[]` appends to an array. Plain keys are set as they are. */
export function setBracketed(target: Record<string, unknown>, key: string, value: string): void {
  const match = /^([^[\]]+)((?:\[[^[\]]*\])+)$/.exec(key);
  if (!match) {
    target[key] = value;
    return;
  }
  const path = [match[1]!, ...[...match[2]!.matchAll(/\[([^[\]]*)\]/g)].map((m) => m[1]!)];
  let node: Record<string, unknown> | unknown[] = target;
  for (let i = 0; i < path.length; i++) {
    const part = path[i]!;
    const last = i === path.length - 1;
    if (part === '__proto__' || part === 'constructor' || part === 'prototype') return;
    if (Array.isArray(node)) {
      if (last) node.push(value);
      else {
        const child: Record<string, unknown> = {};
        node.push(child);
        node = child;
      }
      continue;
    }
    if (last) {
      node[part] = value;
      continue;
    }
    const wantsArray = path[i + 1] === '';
    const existing = node[part];
    if (wantsArray ? Array.isArray(existing) : existing && typeof existing === 'object' && !Array.isArray(existing)) {
      node = existing as Record<string, unknown> | unknown[];
    } else {
      const child: Record<string, unknown> | unknown[] = wantsArray ? [] : {};
      node[part] = child;
      node = child;
    }
  }
}
