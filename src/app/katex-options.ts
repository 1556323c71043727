/**
 * KaTeX settings shared by the chapters (through rehype-katex) and by the
 * <Equation> component. `trust` lets through only \htmlClass and \htmlData, the two
 * commands the chapters use to colour gate terms and link symbols to pictures.
 */
export const katexOptions = {
  // Strict, except for the HTML extension (\htmlClass), which `trust` already vets.
  strict: (code: string) => (code === 'htmlExtension' ? 'ignore' : 'error'),
  throwOnError: true,
  trust: (context: { command: string }) => context.command === '\\htmlClass' || context.command === '\\htmlData',
  macros: {},
};
