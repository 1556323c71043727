/** The step's equations, rendered live by KaTeX; scrolls sideways when wider than the screen. */
import { Tex } from '../../viz/Tex';
import type { StepView } from './compute';
import { stepTex } from './step-tex';

export function StepEquations({ view, compact }: { view: StepView; compact: boolean }) {
  return (
    <div className="step-equations" role="group" aria-label={`The equations for unit ${view.unit} at step ${view.t + 1}`}>
      <Tex tex={stepTex(view, compact)} display />
    </div>
  );
}
