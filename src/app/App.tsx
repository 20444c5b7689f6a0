// Critical path: App is in the first bundle. Keep heavy work in lazy routes.
import { computed, useSignalEffect } from '@preact/signals';
import { useEffect, useRef } from 'preact/hooks';
import { LocationProvider, lazy, Route, Router } from 'preact-iso';
import { LockScreen } from '../features/lock';
import { Welcome } from '../features/welcome';
import { erased, provideEraseEverything } from '../state/app-actions';
import { loadLockState, lockConversion, lockStatus } from '../state/app-lock';
import { steppedAside } from '../state/app-status';
import { settings, settingsLoaded } from '../state/settings';
import { openStorage, storageTrouble } from '../state/storage-trouble';
import { themeOverride } from '../state/theme-override';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ErasedScreen } from './ErasedScreen';
import { Header } from './Header';
import { watchLockChannel } from './lock-channel';
import { FIRST_RUN_ROUTES, LOCKED_ROUTES } from './locked-routes';
import { MainNav } from './MainNav';
import { NotFound } from './NotFound';
import { OfflineReadyNotice } from './OfflineReadyNotice';
import { ROUTES } from './routes';
import { StepAsideScreen } from './StepAsideScreen';
import { StorageTroubleBanner } from './StorageTroubleBanner';
import { startServiceWorker } from './sw-registration';
import { keepRoomForToasts } from './toast-room';
import { UpdatePrompt } from './UpdatePrompt';
import { watchOtherTabs } from './version-change';

/** How long after start-up the lock record is checked when the hint says the lock is off. */
const LOCK_CHECK_DELAY_MS = 3000;

// Lock pieces that only matter once a lock exists stay out of the first bundle.
const ConversionToast = lazy(() => import('./ConversionToast').then((m) => m.ConversionToast));
const lockExists = computed(() => lockStatus.value !== 'off');

/**
 * The whole app: header with the help button, navigation, the current route, and the update prompt. While locked,
 * the lock screen stands in for every route but the crisis help, and the navigation is hidden.
 */
export function App() {
  const toasts = useRef<HTMLDivElement>(null);
  useEffect(() => (toasts.current ? keepRoomForToasts(toasts.current) : undefined), []);
  useEffect(() => {
    void openStorage();
    // The lock hint in localStorage decided the first screen; the lock record has the last word. With the hint on,
    // the lock screen is up and needs the engine now; with it off, the check waits until the first screen is done,
    // so the engine's download never competes with the screen's (a sealed read meanwhile brings the lock screen).
    // (After an erase or a step-aside the storage layer refuses to open, so a late check creates nothing.)
    const checkLock = () => void loadLockState().catch(() => undefined);
    const lockCheck = setTimeout(checkLock, lockStatus.value === 'off' ? LOCK_CHECK_DELAY_MS : 0);
    provideEraseEverything(() => import('./erase-everything').then((m) => m.eraseEverything()));
    startServiceWorker();
    const stops = [watchOtherTabs(), watchLockChannel()];
    return () => {
      clearTimeout(lockCheck);
      for (const stop of stops) stop();
    };
  }, []);
  useSignalEffect(() => {
    document.documentElement.dataset.theme = themeOverride.value ?? settings.value.theme;
  });
  useSignalEffect(() => {
    if (!lockExists.value) return;
    // With the lock on, have the lock screen ready before it is needed (auto-lock may come offline, mid-thought),
    // and start the auto-lock and the cover while hidden.
    LockScreen.preload().catch(() => undefined);
    let stop: (() => void) | undefined;
    let gone = false;
    import('./lock-watchers')
      .then((m) => {
        if (!gone) stop = m.startLockWatchers();
      })
      .catch(() => undefined);
    return () => {
      gone = true;
      stop?.();
    };
  });

  if (steppedAside.value) return <StepAsideScreen />;
  if (erased.value) return <ErasedScreen />;
  const locked = lockStatus.value === 'locked';

  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main">
        <AppErrorBoundary>
          {storageTrouble.value ? (
            <StorageTroubleBanner message={storageTrouble.value} />
          ) : !settingsLoaded.value ? null : locked ? (
            // Keyed Routers: locking or unlocking on the same URL must swap the screen (a Router only notices URLs),
            // and unmount every screen that read sealed data.
            <Router key="locked">
              {[
                ...LOCKED_ROUTES.map((route) => (
                  <Route key={route.path} path={route.path} component={route.component} />
                )),
                <Route key="lock" default component={LockScreen} />,
              ]}
            </Router>
          ) : settings.value.firstRunDone ? (
            <Router key="open">
              {[
                ...ROUTES.map((route) => <Route key={route.path} path={route.path} component={route.component} />),
                <Route key="404" default component={NotFound} />,
              ]}
            </Router>
          ) : (
            // Keyed like the open Router: a restore on /settings/backup finishes the first run, and the restore
            // screen must stay mounted to say it is done.
            <Router key="open">
              {[
                ...FIRST_RUN_ROUTES.map((route) => (
                  <Route key={route.path} path={route.path} component={route.component} />
                )),
                <Route key="welcome" default component={Welcome} />,
              ]}
            </Router>
          )}
        </AppErrorBoundary>
      </main>
      {settings.value.firstRunDone && !locked ? <MainNav /> : null}
      <div class="toasts" ref={toasts}>
        {settings.value.firstRunDone && lockConversion.value ? <ConversionToast /> : null}
        <UpdatePrompt />
        <OfflineReadyNotice />
      </div>
    </LocationProvider>
  );
}
