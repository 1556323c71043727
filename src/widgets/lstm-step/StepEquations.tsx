/** The step's equations, rendered live by KaTeX; scrolls sideways when wider than the screen. */
import { useMessages } from '../../app/messages';
import { Tex } from '../../viz/Tex';
import type { StepView } from './compute';
import { stepTex } from './step-tex';
import { lstmStepText } from './text';

export function StepEquations({ view, compact }: { view: StepView; compact: boolean }) {
  const m = useMessages(lstmStepText);
  return (
    <div className="step-equations" role="group" aria-label={m.equations(view.unit, view.t + 1)}>
      <Tex tex={stepTex(view, m, compact)} display />
    </div>
  );
}
