import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { checkWebhookConfig, signWebhook } from './webhook-sender.ts';

describe('signWebhook', () => {
  it('signs `${id}.${timestamp}.${body}` with the base64-decoded whsec_ secret', () => {
    const key = Buffer.from('0123456789abcdef0123456789abcdef');
    const secret = `whsec_${key.toString('base64')}`;
    const expected = createHmac('sha256', key).update('evt_1.1700000000.{"a":1}').digest('base64');
    expect(signWebhook(secret, 'evt_1', 1700000000, '{"a":1}')).toBe(`v1,${expected}`);
  });
});

describe('checkWebhookConfig', () => {
  it('needs both a URL and a secret, or neither', () => {
    expect(checkWebhookConfig(undefined, undefined)).toBeNull();
    expect(() => checkWebhookConfig('http://x/hook', undefined)).toThrow(/secret/);
    expect(() => checkWebhookConfig(undefined, 'whsec_abc')).toThrow(/URL/);
    expect(() => checkWebhookConfig('ftp://x', 'whsec_abc')).toThrow(/http/);
    expect(checkWebhookConfig('https://x/hook', 'whsec_abc')).toEqual({ url: 'https://x/hook', secret: 'whsec_abc' });
  });
});
