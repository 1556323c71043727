/**
 * `npm run lab -- <command> [options]`: the model core on the command line. Prints
 * exactly one JSON object on stdout; errors are one line on stderr and a non-zero
 * exit code. One file per command; add new ones to COMMANDS.
 */
import { UsageError, describeOptions, type OptionSpecs } from './args';
import { gradientsOptions, runGradients } from './gradients';
import { runTrain } from './train';
import { trainOptions } from './train-options';
import { ngramOptions, runNgram } from './ngram';
import { compareOptions, runCompare } from './compare';

interface Command {
  summary: string;
  options: OptionSpecs;
  run(argv: readonly string[]): Promise<unknown>;
}

const COMMANDS: Record<string, Command> = {
  gradients: {
    summary: 'forward + BPTT of a fresh language model on a random sequence: loss, gradient norms per step, states',
    options: gradientsOptions,
    run: runGradients,
  },
  train: {
    summary: 'train a model as the notebook does; JSON progress lines, then the result',
    options: trainOptions,
    run: runTrain,
  },
  ngram: {
    summary: "chapter 1's character n-gram (interpolated Kneser-Ney): held-out perplexity",
    options: ngramOptions,
    run: runNgram,
  },
  compare: {
    summary: "chapter 1's comparison: n-gram, shipped simple RNN and LSTM perplexities on the same held-out text",
    options: compareOptions,
    run: runCompare,
  },
};

function usage(): string {
  const lines = ['usage: npm run lab -- <command> [options]', '', 'commands:'];
  for (const [name, c] of Object.entries(COMMANDS)) lines.push(`  ${name}  ${c.summary}`, describeOptions(c.options));
  return lines.join('\n');
}

async function main(argv: readonly string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === '--help' || name === 'help') {
    process.stderr.write(usage() + '\n');
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS[name];
  if (!command) {
    process.stderr.write(`lab: unknown command "${name}" (commands: ${Object.keys(COMMANDS).join(', ')})\n`);
    return 2;
  }
  if (rest.includes('--help')) {
    process.stderr.write(`${name}: ${command.summary}\n${describeOptions(command.options)}\n`);
    return 0;
  }
  try {
    const result = await command.run(rest);
    process.stdout.write(JSON.stringify(result) + '\n');
    return 0;
  } catch (err) {
    const message = err instanceof Error ? err.message : String(err);
    process.stderr.write(`lab ${name}: ${message.split('\n')[0]}\n`);
    return err instanceof UsageError ? 2 : 1;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (err: unknown) => {
    process.stderr.write(`lab: ${err instanceof Error ? err.message : String(err)}\n`);
    process.exitCode = 1;
  },
);
