/** Whichever overlay is open (help or diagnostics); the diagnostics code loads only when opened. */
import { lazy, Suspense } from 'react';
import { HelpDialog } from './HelpDialog';
import { uiStore, useUi } from './ui-store';

const DiagnosticsDialog = lazy(() => import('./DiagnosticsDialog').then((m) => ({ default: m.DiagnosticsDialog })));

export function Overlays() {
  const overlay = useUi((s) => s.overlay);
  const close = () => uiStore.getState().close();
  if (overlay === 'help') return <HelpDialog onClose={close} />;
  if (overlay === 'diagnostics') {
    return (
      <Suspense fallback={null}>
        <DiagnosticsDialog onClose={close} />
      </Suspense>
    );
  }
  return null;
}
