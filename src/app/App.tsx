// Critical path: App is in the first bundle. Keep heavy work in lazy routes.
import { useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { LockScreen } from '../features/lock';
import { Welcome } from '../features/welcome';
import { erased, provideEraseEverything } from '../state/app-actions';
import { loadLockState, lockStatus } from '../state/app-lock';
import { steppedAside } from '../state/app-status';
import { settings, settingsLoaded } from '../state/settings';
import { openStorage, storageTrouble } from '../state/storage-trouble';
import { themeOverride } from '../state/theme-override';
import { AppErrorBoundary } from './AppErrorBoundary';
import { startAutoLock } from './auto-lock';
import { ConversionToast } from './ConversionToast';
import { ErasedScreen } from './ErasedScreen';
import { Header } from './Header';
import { watchLockChannel } from './lock-channel';
import { FIRST_RUN_ROUTES, LOCKED_ROUTES } from './locked-routes';
import { MainNav } from './MainNav';
import { NotFound } from './NotFound';
import { OfflineReadyNotice } from './OfflineReadyNotice';
import { watchPrivacyCover } from './privacy-cover';
import { ROUTES } from './routes';
import { StepAsideScreen } from './StepAsideScreen';
import { StorageTroubleBanner } from './StorageTroubleBanner';
import { startServiceWorker } from './sw-registration';
import { UpdatePrompt } from './UpdatePrompt';
import { watchOtherTabs } from './version-change';

/**
 * The whole app: header with the help button, navigation, the current route, and the update prompt. While locked,
 * the lock screen stands in for every route but the crisis help, and the navigation is hidden.
 */
export function App() {
  useEffect(() => {
    void openStorage();
    // The lock hint in localStorage decided the first screen; the lock record has the last word.
    loadLockState().catch(() => undefined);
    provideEraseEverything(() => import('./erase-everything').then((m) => m.eraseEverything()));
    startServiceWorker();
    const stops = [watchOtherTabs(), watchLockChannel(), startAutoLock(), watchPrivacyCover()];
    return () => {
      for (const stop of stops) stop();
    };
  }, []);
  useSignalEffect(() => {
    document.documentElement.dataset.theme = themeOverride.value ?? settings.value.theme;
  });
  useSignalEffect(() => {
    // With the lock on, have the lock screen ready before it is needed (auto-lock may come offline, mid-thought).
    if (lockStatus.value !== 'off') LockScreen.preload().catch(() => undefined);
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
      <div class="toasts">
        {settings.value.firstRunDone ? <ConversionToast /> : null}
        <UpdatePrompt />
        <OfflineReadyNotice />
      </div>
    </LocationProvider>
  );
}
