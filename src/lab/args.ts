/**
 * A small option parser shared by the lab commands: `--name value` or
 * `--name=value`, every option declared with its type and range, anything else an
 * error with a one-line message.
 */

export class UsageError extends Error {}

export type OptionSpec =
  | { kind: 'int'; min: number; max: number; default: number; help: string }
  | { kind: 'number'; min: number; max: number; default: number; help: string }
  | { kind: 'choice'; choices: readonly string[]; default: string; help: string };

export type OptionSpecs = Record<string, OptionSpec>;

/** Parsed values: numbers for int/number options, strings for choices. */
export type ParsedOptions<S extends OptionSpecs> = {
  [K in keyof S]: S[K] extends { kind: 'choice' } ? string : number;
};

function parseValue(name: string, spec: OptionSpec, raw: string): number | string {
  if (spec.kind === 'choice') {
    if (!spec.choices.includes(raw)) throw new UsageError(`--${name} must be one of ${spec.choices.join(', ')}; got "${raw}".`);
    return raw;
  }
  const value = raw.trim() === '' ? NaN : Number(raw);
  if (!Number.isFinite(value)) throw new UsageError(`--${name} needs a number; got "${raw}".`);
  if (spec.kind === 'int' && !Number.isInteger(value)) throw new UsageError(`--${name} needs a whole number; got "${raw}".`);
  if (value < spec.min || value > spec.max) throw new UsageError(`--${name} must be between ${spec.min} and ${spec.max}; got ${raw}.`);
  return value;
}

/** Parses argv (without the command name) against the declared options; defaults fill the rest. */
export function parseOptions<S extends OptionSpecs>(argv: readonly string[], specs: S): ParsedOptions<S> {
  const out: Record<string, number | string> = {};
  for (const [name, spec] of Object.entries(specs)) out[name] = spec.default;
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k];
    if (!arg.startsWith('--')) throw new UsageError(`Unexpected argument "${arg}": options look like --name value.`);
    const eq = arg.indexOf('=');
    const name = arg.slice(2, eq === -1 ? undefined : eq);
    const spec = specs[name];
    if (!spec) throw new UsageError(`Unknown option --${name}. Options: ${Object.keys(specs).map((n) => '--' + n).join(' ')}.`);
    let raw: string;
    if (eq !== -1) raw = arg.slice(eq + 1);
    else {
      if (k + 1 >= argv.length) throw new UsageError(`--${name} needs a value.`);
      raw = argv[++k];
    }
    out[name] = parseValue(name, spec, raw);
  }
  return out as ParsedOptions<S>;
}

/** One line per option, for --help. */
export function describeOptions(specs: OptionSpecs): string {
  return Object.entries(specs)
    .map(([name, s]) => {
      const range = s.kind === 'choice' ? s.choices.join('|') : `${s.min}…${s.max}`;
      return `  --${name} <${range}>  ${s.help} (default ${s.default})`;
    })
    .join('\n');
}
