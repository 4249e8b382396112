import { Command, CommanderError, Option } from 'commander';
import { readFile } from 'node:fs/promises';
import { generate, resolvePlanAsync, type GenerateResult } from '../core/generate.ts';
import { validateRequest, type GenerateRequest } from '../core/request.ts';
import { ENGINE_IDS } from '../engines/registry.ts';
import { scenePlanJsonSchemaText } from '../plan/json-schema.ts';
import { OUTPUT_FORMATS, STYLE_NAMES, type OutputFormat, type StyleName } from '../plan/vocabulary.ts';
import { CancelledError, errorMessage, InvalidRequestError } from '../util/errors.ts';
import { outputNameFor, parseDecimal, parseSize, parseWhole } from './parse-options.ts';
import { createProgressBar } from './progress-bar.ts';
import { addServeCommand } from './serve-command.ts';
import { addWorkerCommand } from './worker-command.ts';

/** Exit codes: 0 success, 1 internal failure, 2 bad input, 130 interrupted. */
export const EXIT = { ok: 0, internal: 1, badInput: 2, interrupted: 130 } as const;

/** Where the CLI writes; tests pass their own. */
export interface CliIO {
  stdout: NodeJS.WriteStream;
  stderr: NodeJS.WriteStream;
}

interface RenderFlags {
  output?: string;
  size?: string;
  seconds?: string;
  fps?: string;
  seed?: string;
  format?: string;
  style?: string;
  engine?: string;
  thumbnail?: string;
  spritesheet?: string;
  savePlan?: string;
  labels?: string;
  json?: boolean;
  progress?: boolean;
}

function addRenderOptions(command: Command): Command {
  return command
    .option('-o, --output <file>', 'video or image to write (format from the extension)')
    .option('-s, --size <WxH>', 'frame size, even numbers from 16 to 3840', '1280x720')
    .option('-t, --seconds <n>', 'length in seconds, 1 to 120')
    .option('--fps <n>', 'frames per second, 1 to 60')
    .option('--seed <n>', 'random seed (default: derived from the prompt)')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).argParser((v) => v))
    .addOption(new Option('--style <style>', 'look of the video').choices([...STYLE_NAMES]).argParser((v) => v))
    .option('--engine <id>', `engine (${ENGINE_IDS.join(', ')})`, 'scene')
    .option('--thumbnail <file.webp>', 'also write a WebP thumbnail')
    .option('--spritesheet <file.jpg>', 'also write a JPEG spritesheet of frames')
    .option('--save-plan <file.json>', 'also write the scene plan used')
    .option('--labels <file.json>', 'also write per-frame labels: every actor\'s box and visibility, and the captions')
    .option('--json', 'print a machine-readable result on stdout')
    .option('--no-progress', 'no progress bar');
}

function requestFrom(flags: RenderFlags, base: Partial<GenerateRequest>, defaultName: (format: string) => string, sizeGiven: boolean): GenerateRequest {
  const size = flags.size && sizeGiven ? parseSize(flags.size) : null;
  const format = flags.format as OutputFormat | undefined;
  return {
    ...base,
    ...(size ? { width: size.width, height: size.height } : {}),
    ...(flags.seconds !== undefined ? { seconds: parseDecimal('seconds', flags.seconds) } : {}),
    ...(flags.fps !== undefined ? { fps: parseWhole('fps', flags.fps) } : {}),
    ...(flags.seed !== undefined ? { seed: parseWhole('seed', flags.seed) } : {}),
    ...(format ? { format } : {}),
    ...(flags.style ? { style: flags.style as StyleName } : {}),
    engine: flags.engine ?? 'scene',
    output: flags.output ?? defaultName(format ?? 'mp4'),
    ...(flags.thumbnail ? { thumbnail: flags.thumbnail } : {}),
    ...(flags.spritesheet ? { spritesheet: flags.spritesheet } : {}),
    ...(flags.savePlan ? { planOutput: flags.savePlan } : {}),
    ...(flags.labels ? { labels: flags.labels } : {}),
  };
}

async function runGenerate(request: GenerateRequest, flags: RenderFlags, io: CliIO): Promise<void> {
  const controller = new AbortController();
  const onSignal = (): void => controller.abort(new CancelledError('interrupted'));
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  const bar = createProgressBar(io.stderr, flags.progress !== false && !flags.json);
  try {
    const result = await generate(request, { signal: controller.signal, onProgress: bar.update });
    bar.done();
    io.stdout.write(flags.json ? `${JSON.stringify(summary(result))}\n` : `${describe(result)}\n`);
  } finally {
    bar.done();
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

function summary(result: GenerateResult): Record<string, unknown> {
  const { plan, ...rest } = result;
  return { ...rest, elapsedMs: Math.round(result.elapsedMs), unresolved: plan.unresolved, caption: plan.shots.map((s) => s.caption) };
}

function describe(result: GenerateResult): string {
  const secs = (result.elapsedMs / 1000).toFixed(1);
  const size = `${result.width}x${result.height}`;
  const what = result.format === 'png' ? `${size} image` : `${size} ${result.seconds}s ${result.fps}fps ${result.format}`;
  const unresolved = result.plan.unresolved.length ? `\nnot understood: ${result.plan.unresolved.join(', ')}` : '';
  return `wrote ${result.output} (${what}, ${(result.bytes / 1024).toFixed(0)} KiB) in ${secs}s${unresolved}`;
}

async function readPlanFile(file: string): Promise<unknown> {
  let text: string;
  try {
    text = file === '-' ? await readStdin() : await readFile(file, 'utf8');
  } catch (error) {
    throw new InvalidRequestError(`cannot read plan file ${file}: ${errorMessage(error)}`, 'plan');
  }
  try {
    return JSON.parse(text);
  } catch (error) {
    throw new InvalidRequestError(`plan file ${file} is not valid JSON: ${errorMessage(error)}`, 'plan');
  }
}

async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Builds the command-line program. */
export function buildProgram(io: CliIO): Command {
  const program = new Command('diorama')
    .description('Open, offline text-to-video: turn a prompt into a video on your CPU.')
    .version('0.1.0')
    .showHelpAfterError('(run with --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });

  addRenderOptions(
    program
      .command('generate')
      .alias('gen')
      .description('make a video (or, with a .png output, an image) from a prompt')
      .argument('<prompt>', 'what the video shows'),
  ).action(async (prompt: string, flags: RenderFlags, command: Command) => {
    const sizeGiven = command.getOptionValueSource('size') === 'cli';
    await runGenerate(requestFrom(flags, { prompt }, (f) => outputNameFor(prompt, f), sizeGiven), flags, io);
  });

  addRenderOptions(
    program
      .command('render')
      .description('render a scene plan (JSON, e.g. from `diorama plan`) to a video; "-" reads stdin')
      .argument('<plan.json>', 'the scene plan file'),
  ).action(async (file: string, flags: RenderFlags, command: Command) => {
    const plan = await readPlanFile(file);
    const sizeGiven = command.getOptionValueSource('size') === 'cli';
    await runGenerate(requestFrom(flags, { plan }, (f) => `render.${f}`, sizeGiven), flags, io);
  });

  program
    .command('plan')
    .description('print the scene plan for a prompt as JSON')
    .argument('<prompt>', 'what the video shows')
    .option('-s, --size <WxH>', 'frame size', '1280x720')
    .option('-t, --seconds <n>', 'length in seconds')
    .option('--fps <n>', 'frames per second')
    .option('--seed <n>', 'random seed')
    .addOption(new Option('-f, --format <format>', 'output format').choices([...OUTPUT_FORMATS]).default('mp4'))
    .addOption(new Option('--style <style>', 'look of the video').choices([...STYLE_NAMES]))
    .action(async (prompt: string, flags: RenderFlags) => {
      const request = requestFrom({ ...flags, output: `plan.${flags.format ?? 'mp4'}` }, { prompt }, () => 'plan.mp4', true);
      const plan = await resolvePlanAsync(validateRequest(request));
      io.stdout.write(`${JSON.stringify(plan, null, 2)}\n`);
    });

  program
    .command('schema')
    .description('print the JSON Schema of the scene plan')
    .action(() => {
      io.stdout.write(scenePlanJsonSchemaText());
    });

  addServeCommand(program, io);
  addWorkerCommand(program, io);
  return program;
}

/** Runs the CLI and returns its exit code. */
export async function main(argv: readonly string[], io: CliIO = { stdout: process.stdout, stderr: process.stderr }): Promise<number> {
  const program = buildProgram(io);
  if (argv.length <= 2) {
    program.outputHelp();
    return EXIT.badInput;
  }
  try {
    await program.parseAsync([...argv]);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof CommanderError) {
      if (error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help') return EXIT.ok;
      return EXIT.badInput; // commander already printed the reason
    }
    if (error instanceof InvalidRequestError) {
      io.stderr.write(`error: ${error.message}\n`);
      return EXIT.badInput;
    }
    if (error instanceof CancelledError) {
      io.stderr.write('interrupted: no file was written\n');
      return EXIT.interrupted;
    }
    io.stderr.write(`internal error: ${errorMessage(error)}\n`);
    if (process.env.DIORAMA_DEBUG) io.stderr.write(`${(error as Error).stack ?? ''}\n`);
    return EXIT.internal;
  }
}
