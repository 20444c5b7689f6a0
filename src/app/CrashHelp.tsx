// The crash screen's help: a copy of one's data and the crisis numbers. Loaded by AppErrorBoundary once the first
// screen is usable (or when a screen fails before that), so the numbers and the copy stay off the first bundle.
import { crisisLinesWithoutPack } from '../state/crisis-lines-for';
import { CrisisList } from '../ui/CrisisList';
import { RescueCopy } from './RescueCopy';

/** Below the crash screen's reload button: save a copy of everything, and the numbers to call for help now. */
export function CrashHelp() {
  // The pack may be what failed to load, so the numbers come from the country and the clinic's cached numbers.
  const lines = crisisLinesWithoutPack();
  return (
    <>
      <RescueCopy
        label="Save a copy of my data"
        done="A copy of your data was saved to your downloads."
        failed="Your data could not be copied right now. It is still stored on this device."
      />
      <h2>If you need help now</h2>
      <CrisisList lines={lines.resources} label={lines.label} headingLevel={3} />
    </>
  );
}
