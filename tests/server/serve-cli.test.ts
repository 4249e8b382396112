/** `diorama serve` and `diorama worker` refuse bad options with exit code 2 and one line of reason. */
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.ts';
import { tempDir } from './helpers.ts';

async function run(args: string[]): Promise<{ code: number; stderr: string }> {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  let err = '';
  stderr.on('data', (c: Buffer) => (err += c.toString()));
  const code = await main(['node', 'diorama', ...args], { stdout: stdout as never, stderr: stderr as never });
  return { code, stderr: err };
}

describe('serve and worker options', () => {
  it('rejects bad serve options', async () => {
    const data = tempDir('cli');
    expect(await run(['serve', '--data', data, '--port', 'eighty'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--port') });
    expect(await run(['serve', '--data', data, '--workers', '0'])).toMatchObject({ code: 2, stderr: expect.stringContaining('--workers') });
    expect(await run(['serve', '--data', data, '--queue', 'http://redis'])).toMatchObject({ code: 2, stderr: expect.stringContaining('redis://') });
    expect(await run(['serve', '--data', data, '--keys-file', '/nonexistent/keys'])).toMatchObject({ code: 2, stderr: expect.stringContaining('keys file') });
    expect(await run(['serve', '--data', data, '--webhook-url', 'http://hook'])).toMatchObject({ code: 2, stderr: expect.stringContaining('secret') });
  });

  it('rejects bad worker options', async () => {
    expect((await run(['worker', '--data', tempDir('cli')])).code).toBe(2);
    expect(await run(['worker', '--queue', 'redis://127.0.0.1:6379', '--data', tempDir('cli')])).toMatchObject({
      code: 2,
      stderr: expect.stringContaining('not a Diorama data folder'),
    });
  });
});
