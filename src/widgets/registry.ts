/**
 * Every live widget a chapter can embed, by the name the MDX uses
 * (`<Widget name="gradient-flow" />`). Each is its own lazily loaded chunk, so a
 * chapter's text and equations appear before any model code (or tfjs) arrives.
 * Props are the widget's starting settings; the widget owns its store.
 */
import { lazy, type ComponentType, type LazyExoticComponent } from 'react';
import type { WidgetProps } from './widget-props';

type WidgetModule = { default: ComponentType<WidgetProps> };

const modules: Record<string, () => Promise<WidgetModule>> = {
  'gradient-flow': () => import('./gradient-flow/GradientFlow'),
  'lag-race': () => import('./lag-race/LagRace'),
  'cliff-surface': () => import('./cliff-surface/CliffSurface'),
  'lm-trainer': () => import('./lm-trainer/LmTrainer'),
  'perplexity-compare': () => import('./perplexity-compare/PerplexityCompare'),
  'generator': () => import('./generator/Generator'),
  'own-text': () => import('./own-text/OwnText'),
  'lm-step-view': () => import('./lm-step-view/LmStepView'),
  'bptt-sum': () => import('./bptt-sum/BpttSum'),
  'teacher-forcing': () => import('./teacher-forcing/TeacherForcing'),
  'lstm-step': () => import('./lstm-step/LstmStep'),
  'lstm-gates': () => import('./lstm-gates/LstmGates'),
  'cell-gradient': () => import('./cell-gradient/CellGradient'),
  'hidden-vs-cell': () => import('./hidden-vs-cell/HiddenVsCell'),
  'exploding-clipping': () => import('./exploding-clipping/ExplodingClipping'),
  'tickets': () => import('./tickets/Tickets'),
  'sentiment-pooling': () => import('./sentiment-pooling/SentimentPooling'),
  'bidirectional-sentiment': () => import('./bidirectional-sentiment/BidirectionalSentiment'),
  'tagger': () => import('./tagger/Tagger'),
  'stack-depth': () => import('./stack-depth/StackDepth'),
  'bidirectional-lm-leak': () => import('./bidirectional-lm-leak/LmLeak'),
  'encoder-decoder': () => import('./encoder-decoder/EncoderDecoder'),
};

/** Every widget name the chapters use; a name not (yet) in `modules` shows a marked placeholder. */
export const PLANNED_WIDGETS = [
  'lm-trainer', 'lm-step-view', 'teacher-forcing', 'bptt-sum', 'generator', 'perplexity-compare', 'own-text',
  'tagger', 'sentiment-pooling', 'encoder-decoder',
  'gradient-flow', 'exploding-clipping', 'cliff-surface', 'tickets', 'lag-race',
  'lstm-gates', 'lstm-step', 'hidden-vs-cell', 'cell-gradient',
  'bidirectional-sentiment', 'bidirectional-lm-leak', 'stack-depth',
] as const;

const cache = new Map<string, LazyExoticComponent<ComponentType<WidgetProps>>>();

export function widgetComponent(name: string): LazyExoticComponent<ComponentType<WidgetProps>> | undefined {
  const load = modules[name];
  if (!load) return undefined;
  let component = cache.get(name);
  if (!component) {
    component = lazy(load);
    cache.set(name, component);
  }
  return component;
}

export function isKnownWidget(name: string): boolean {
  return name in modules || (PLANNED_WIDGETS as readonly string[]).includes(name);
}
