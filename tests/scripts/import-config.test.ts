import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, expect, test } from 'vitest';
import { run, type ImportIo } from '../../scripts/import-config.ts';

const MISTRAL = 'tests/fixtures/configs/mistral/config.json';
const REFERENCE = 'hf-mistralai-mistral-7b-v0-1';

let data: string;
beforeAll(() => {
  data = mkdtempSync(join(tmpdir(), 'atlas-import-test-'));
  cpSync('data', data, { recursive: true });
});

const cli = (args: string[]) => spawnSync(process.execPath, ['scripts/import-config.ts', ...args], { encoding: 'utf8' });

/** Run the CLI in this process with a fake fetch; returns its exit code and output. */
async function runWith(args: string[], fetch: ImportIo['fetch'] = () => Promise.reject(new Error('unexpected fetch'))) {
  const lines: string[] = [];
  const code = await run(args, { fetch, log: (line) => lines.push(line) });
  return { code, out: lines.join('\n') };
}

test('a new row gets a provenance line for every value', async () => {
  const { out } = await runWith([MISTRAL, '--id', 'not-a-model', '--reference', REFERENCE, '--data', data]);
  expect(out).toContain(`new ${data}/architectures.csv row not-a-model`);
  expect(out).toContain(`architectures | not-a-model | kv_heads | reported | ${REFERENCE} | config.json: num_key_value_heads`);
  expect(out).toContain(
    `architectures | not-a-model | head_dim | derived | ${REFERENCE} | config.json: hidden_size, num_attention_heads | hidden_size / num_attention_heads = 4096 / 32`,
  );
});

test('a dry run prints the diff, the provenance lines and the validator verdict, and writes nothing', async () => {
  const before = readFileSync(join(data, 'architectures.csv'), 'utf8');
  const { code, out } = await runWith([MISTRAL, '--id', 'mistral-7b', '--reference', REFERENCE, '--data', data]);
  expect(out).toContain('family mistral (from model_type "mistral")');
  expect(out).toMatch(/kept {4}layers +32 +from num_hidden_layers/);
  expect(out).toMatch(/differs context_tokens +8192 → 32768 +from max_position_embeddings/);
  // Only new and differing cells get a provenance line; kept cells keep their source.
  expect(out).toContain(`architectures | mistral-7b | context_tokens | reported | ${REFERENCE} | config.json: max_position_embeddings`);
  expect(out).not.toContain('architectures | mistral-7b | kv_heads |');
  expect(out).toMatch(/provenance lines \(\d+; the \d+ kept cells keep their source\)/);
  expect(out).toContain("1 cell differs from the existing row: --write replaces it with the config's value");
  expect(out).toContain('the validator finds no problem in the result');
  expect(out).toContain('dry run: nothing written');
  expect(code).toBe(0);
  expect(readFileSync(join(data, 'architectures.csv'), 'utf8')).toBe(before);
});

test('--write updates architectures.csv and provenance.csv in canonical form, and the result validates', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-import-write-'));
  cpSync(data, dir, { recursive: true });
  const result = cli([MISTRAL, '--id', 'mistral-7b', '--reference', REFERENCE, '--data', dir, '--write']);
  expect(result.stderr).toBe('');
  expect(result.stdout).toContain(`written: ${dir}/architectures.csv (row mistral-7b)`);
  expect(result.status).toBe(0);
  const row = readFileSync(join(dir, 'architectures.csv'), 'utf8')
    .split('\n')
    .find((l) => l.startsWith('mistral-7b,'));
  // context_tokens 8192 → 32768; the row keeps its own reference and locator.
  expect(row).toBe(
    'mistral-7b,causal-decoder,rmsnorm,pre,rope,swiglu,no,32,32,8,128,4096,14336,32000,32768,no,n/a,n/a,n/a,n/a,hf-mistralai-mistral-7b-v0-1,config.json,gqa,0,32,4096,0,,,,,n/a,n/a,n/a,n/a,n/a,no,10000,,,,,n/a,n/a,',
  );
  const provenanceBefore = readFileSync(join(data, 'provenance.csv'), 'utf8').split('\n');
  const provenance = readFileSync(join(dir, 'provenance.csv'), 'utf8').split('\n');
  // A kept cell's curated line is untouched.
  const layersLine = provenanceBefore.find((l) => l.startsWith('architectures,mistral-7b,layers,'));
  expect(layersLine).toBeDefined();
  expect(provenance).toContain(layersLine);
  expect(provenance).toContain(
    `architectures,mistral-7b,context_tokens,reported,${REFERENCE},config.json: max_position_embeddings,max_position_embeddings: the longest position the config allows; check the model card for the context it was trained and released with`,
  );
  // One line per cell: the old context_tokens line was replaced, not duplicated.
  expect(provenance.filter((l) => l.startsWith('architectures,mistral-7b,context_tokens,'))).toHaveLength(1);
  expect(spawnSync(process.execPath, ['scripts/format-data.ts', '--data', dir, '--check'], { encoding: 'utf8' }).status).toBe(0);
  expect(spawnSync(process.execPath, ['scripts/validate.ts', '--data', dir], { encoding: 'utf8' }).status).toBe(0);
});

test('without --reference it says what is missing and writes nothing', async () => {
  const dry = await runWith([MISTRAL, '--id', 'mistral-7b', '--data', data]);
  expect(dry.out).toContain('--reference is missing: the provenance lines need the id of this config.json in');
  expect(dry.code).toBe(0);
  const write = await runWith([MISTRAL, '--id', 'mistral-7b', '--data', data, '--write']);
  expect(write.out).toContain('Nothing written.');
  expect(write.code).toBe(1);
  const unknown = await runWith([MISTRAL, '--id', 'mistral-7b', '--data', data, '--reference', 'no-such-ref']);
  expect(unknown.out).toContain('--reference: expected an id in');
  expect(unknown.out).toContain('got "no-such-ref"');
  expect(unknown.code).toBe(1);
});

test('the validator problems of the result are reported, and block --write', async () => {
  const { code, out } = await runWith([MISTRAL, '--id', 'not-a-model', '--reference', REFERENCE, '--data', data, '--write']);
  expect(out).toContain('note: not-a-model is not in');
  expect(out).toMatch(/the validator finds \d+ problems? in the result/);
  expect(out).toContain('not-a-model');
  expect(out).toContain('not written: fix the problems above first');
  expect(code).toBe(1);
});

test('a config whose context differs from the curated row shows it in the diff (Llama 2 7B, early config)', async () => {
  const { out } = await runWith(['tests/fixtures/configs/llama2/config.json', '--id', 'llama-2-7b', '--data', data]);
  expect(out).toMatch(/differs context_tokens +4096 → 2048 +from max_position_embeddings/);
  expect(out).toMatch(/kept {4}kv_heads +32 +from num_key_value_heads/);
});

test('names the keys it did not understand', async () => {
  const { out } = await runWith(['tests/fixtures/configs/phi3/config.json', '--id', 'phi-4-mini', '--data', data]);
  expect(out).toContain('keys not understood (check them by hand): full_attn_mod, interpolate_factor, lm_head_bias');
});

test('a blob URL is fetched in its raw form', async () => {
  const asked: string[] = [];
  const text = readFileSync(MISTRAL, 'utf8');
  const { code, out } = await runWith(['https://huggingface.co/mistralai/Mistral-7B-v0.1/blob/main/config.json', '--id', 'mistral-7b', '--data', data], (url) => {
    asked.push(url);
    return Promise.resolve({ ok: true, status: 200, text: () => Promise.resolve(text) });
  });
  expect(asked).toEqual(['https://huggingface.co/mistralai/Mistral-7B-v0.1/resolve/main/config.json']);
  expect(out).toContain('https://huggingface.co/mistralai/Mistral-7B-v0.1/resolve/main/config.json: family mistral');
  expect(code).toBe(0);
});

test('with no network it says so in one line', async () => {
  const offline = () => Promise.reject(new TypeError('fetch failed', { cause: new Error('getaddrinfo ENOTFOUND huggingface.co') }));
  const { code, out } = await runWith(['https://huggingface.co/x/y/blob/main/config.json', '--id', 'x', '--data', data], offline);
  expect(out).toBe(
    'import: cannot fetch https://huggingface.co/x/y/resolve/main/config.json: no network connection (getaddrinfo ENOTFOUND huggingface.co); download the file and pass its path instead',
  );
  expect(code).toBe(2);
  const missing = await runWith(['https://huggingface.co/x/y/blob/main/config.json', '--id', 'x', '--data', data], () =>
    Promise.resolve({ ok: false, status: 404, text: () => Promise.resolve('') }),
  );
  expect(missing.out).toBe('import: cannot fetch https://huggingface.co/x/y/resolve/main/config.json: expected HTTP 200, got 404');
});

test('user errors are one line, never a stack trace', () => {
  const array = join(mkdtempSync(join(tmpdir(), 'atlas-import-array-')), 'config.json');
  writeFileSync(array, '[1, 2]');
  const cases: [string[], string][] = [
    [['nope.json', '--id', 'x'], 'import: cannot read nope.json: no such file'],
    [[MISTRAL], 'import: expected --id <model-id>'],
    [['package.json', '--id', 'x'], 'import: package.json: expected a Hugging Face config.json (model_type, hidden_size, num_hidden_layers, …), got none of the keys'],
    [[array, '--id', 'x'], `import: ${array}: expected a JSON object of config keys, got an array`],
    [['README.md', '--id', 'x'], 'import: README.md: expected JSON, got text that does not parse'],
  ];
  for (const [args, message] of cases) {
    const result = cli(args);
    expect(result.stdout + result.stderr).toContain(message);
    expect(result.stdout + result.stderr).not.toMatch(/\n\s+at /);
    expect(result.status).toBe(2);
  }
});
