import { synthesizeModels } from '../../src/compile';
import { locate, SourceFile } from '../../src/load/source';
import type { Model } from '../../src/model/model';
import { modelsFromContents } from '../../src/model/pipeline';
import { compareStacks, EntryChange } from '../../src/outputs/diff/compare';
import { detectHazards } from '../../src/outputs/diff/hazards';
import type { HazardCode, HazardSeverity } from '../../src/outputs/diff/hazards';
import type { StackPair, StackSide } from '../../src/outputs/diff/stack-pair';
import type { TerraformJson } from '../../src/outputs/diff/terraform';
import { formatText } from '../../src/outputs/format/text';

/**
 * Hazards of one stack in-process, without git: a base YAML text and a head
 * YAML text are validated, modelled and synthesized (the real compile stage),
 * compared, and run through the hazard registry, as `cogfed diff` does
 * (src/outputs/diff/index.ts) for one file. Positions are in the head text.
 */

export const FILE = 'config/acme.yaml';

/** One hazard as a test asserts on it: `at` is `line:col` in the head file. */
export interface FoundHazard {
  code: HazardCode;
  severity: HazardSeverity;
  subject: string;
  /** The YAML path, dotted (`userPools.customers.domain`). */
  path: string;
  at: string;
  file: string;
  message: string;
  hint: string;
}

export interface HazardRun {
  hazards: FoundHazard[];
  changes: EntryChange[];
}

interface Compiled {
  model: Model;
  source: SourceFile;
  json: TerraformJson;
}

/** Synthesis costs 0.1-0.3 s a call: each YAML text is compiled once per test file. */
const compiled = new Map<string, Compiled>();

function compile(text: string, file: string): Compiled {
  const key = `${file}\0${text}`;
  const hit = compiled.get(key);
  if (hit) return hit;
  const result = modelsFromContents([{ path: file, bytes: Buffer.from(text) }]);
  // A test input with findings is a broken test (as modelOf in test/compile/helpers.ts).
  if (!result.ok)
    throw new Error(`test input does not validate:\n${formatText(result.diagnostics)}`);
  const { model, source } = result.stacks[0];
  const json = (synthesizeModels([model]).get(model.stack) ?? {}) as TerraformJson;
  const entry = { model, source, json };
  compiled.set(key, entry);
  return entry;
}

export interface HazardOptions {
  file?: string;
  /** For a removed stack (head undefined): the stack that took its file's place. */
  renamedTo?: string;
  /**
   * Edit the head's synthesized JSON before the comparison (it gets a copy):
   * for a change the language cannot express yet, such as another provider type.
   */
  editHeadJson?: (json: TerraformJson) => void;
}

/** The hazards a change from `base` to `head` raises; `head` undefined is the stack's file deleted. */
export function hazardsOf(
  base: string,
  head: string | undefined,
  options: HazardOptions = {},
): HazardRun {
  const file = options.file ?? FILE;
  const before = compile(base, file);
  const after = head === undefined ? undefined : compile(head, file);
  let headJson = after?.json;
  if (headJson && options.editHeadJson) {
    headJson = structuredClone(headJson);
    options.editHeadJson(headJson);
  }
  const changes = compareStacks(before.json, headJson);
  const baseSide: StackSide = { model: before.model, json: before.json, file };
  const headSide: StackSide | undefined =
    after && headJson
      ? { model: after.model, json: headJson, file, source: after.source }
      : undefined;
  const pair: StackPair = {
    stack: before.model.stack,
    base: baseSide,
    ...(headSide ? { head: headSide } : {}),
    changes,
    ...(options.renamedTo ? { renamedTo: options.renamedTo } : {}),
  };
  const hazards = detectHazards(pair).map((h): FoundHazard => {
    const span = after ? locate(after.source, h.path, h.target) : undefined;
    return {
      code: h.code,
      severity: h.severity,
      subject: h.subject,
      path: h.path.join('.'),
      at: `${span?.start.line ?? 1}:${span?.start.col ?? 1}`,
      file: h.file,
      message: h.message,
      hint: h.hint,
    };
  });
  // runDiff's order: by position, then code, then subject.
  hazards.sort((x, y) => {
    const [lx, cx] = position(x);
    const [ly, cy] = position(y);
    return (
      lx - ly ||
      cx - cy ||
      (x.code < y.code ? -1 : x.code > y.code ? 1 : 0) ||
      (x.subject < y.subject ? -1 : x.subject > y.subject ? 1 : 0)
    );
  });
  return { hazards, changes };
}

function position(h: FoundHazard): [number, number] {
  const [line, col] = h.at.split(':').map(Number);
  return [line, col];
}

/** The hazards of one code. */
export function only(run: HazardRun, code: HazardCode): FoundHazard[] {
  return run.hazards.filter((h) => h.code === code);
}

/** `code subject@line:col` of every hazard: a compact form to compare whole results. */
export function summary(run: HazardRun): string[] {
  return run.hazards.map((h) => `${h.code} ${h.subject}@${h.at}`);
}

/** What Terraform does to one address (`aws_cognito_user_pool.customers`), if anything. */
export function actionOf(run: HazardRun, address: string): EntryChange['action'] | undefined {
  return run.changes.find((c) => c.address === address)?.action;
}

/** Replace text in a fixture (a string: every occurrence); a search text that matches nothing is a stale test, so it throws. */
export function edit(text: string, search: string | RegExp, replacement: string): string {
  const next =
    typeof search === 'string'
      ? text.split(search).join(replacement)
      : text.replace(search, replacement);
  if (next === text)
    throw new Error(`edit changed nothing: ${String(search)} is not in the fixture`);
  return next;
}
