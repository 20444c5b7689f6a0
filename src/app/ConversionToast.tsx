import { useLocation } from 'preact-iso';
import { lockConversion, lockStatus } from '../state/app-lock';
import { LockProgress } from '../ui/LockProgress';

/**
 * Progress of a lock change that carries on after unlocking (one interrupted earlier), wherever the person is.
 * The App lock screen and the first run show their own progress, so this stays away from them.
 */
export function ConversionToast() {
  const { path } = useLocation();
  const conversion = lockConversion.value;
  if (!conversion || lockStatus.value !== 'unlocked' || path === '/settings/lock') return null;
  return (
    <div class="toast">
      <LockProgress {...conversion} />
    </div>
  );
}
