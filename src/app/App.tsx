// Critical path: App is in the first bundle. Keep heavy work in lazy routes.
import { computed, useSignalEffect } from '@preact/signals';
import { useEffect, useRef, useState } from 'preact/hooks';
import { ErrorBoundary, LocationProvider, lazy, Route, Router } from 'preact-iso';
import { LockScreen } from '../features/lock';
import { provideEraseEverything } from '../state/app-actions';
import { loadLockState, lockConversion, lockStatus } from '../state/app-lock';
import { offlineReady, updateReady } from '../state/app-update';
import { settings } from '../state/settings';
import { type ShellView, shellView } from '../state/shell-mode';
import { openStorage, storageTrouble } from '../state/storage-trouble';
import { themeOverride } from '../state/theme-override';
import { storageClosing } from '../storage/closing';
import { afterFirstScreen } from '../ui/after-first-screen';
import { AppErrorBoundary } from './AppErrorBoundary';
import { showAppIcon } from './app-icon';
import { ErasedScreen } from './ErasedScreen';
import { Header } from './Header';
import { keepHeightAsProperty } from './height-property';
import { watchLockChannel } from './lock-channel';
import { MainNav } from './MainNav';
import { StepAsideScreen } from './StepAsideScreen';
import { FALLBACKS, ROUTE_SETS } from './shell-screens';
import { keepRoomForToasts } from './toast-room';

/** How long after start-up the lock record is checked when the hint says the lock is off. */
const LOCK_CHECK_DELAY_MS = 3000;

// Lock pieces that only matter once a lock exists stay out of the first bundle.
const ConversionToast = lazy(() => import('./ConversionToast').then((m) => m.ConversionToast));
const lockExists = computed(() => lockStatus.value !== 'off');
// Rare notices load when they show: the service worker's two notices (which only the lazily loaded registration ever
// raises).
const UpdatePrompt = lazy(() => import('./UpdatePrompt').then((m) => m.UpdatePrompt));
const OfflineReadyNotice = lazy(() => import('./OfflineReadyNotice').then((m) => m.OfflineReadyNotice));

/**
 * The storage trouble banner, loaded when needed: it is rare, and precached like every chunk, so it loads even when
 * storage will not. (Not preact-iso's lazy: outside a Router its suspension would reach the error boundary.)
 */
function StorageTrouble({ message }: { message: string }) {
  const [Banner, setBanner] = useState<typeof import('./StorageTroubleBanner').StorageTroubleBanner>();
  useEffect(() => {
    void import('./StorageTroubleBanner').then((m) => setBanner(() => m.StorageTroubleBanner));
  }, []);
  return Banner ? <Banner message={message} /> : null;
}

/** The routes of the current mode, or the storage trouble banner in their place. */
function Routes({ view }: { view: ShellView }) {
  if (view.routes === 'banner' || !view.routerKey || !view.fallback)
    return storageTrouble.value ? <StorageTrouble message={storageTrouble.value} /> : null;
  return (
    // Keyed: locking or unlocking on the same URL must swap the screen (a Router only notices URLs).
    <Router key={view.routerKey}>
      {[
        ...ROUTE_SETS[view.routes].map((route) => (
          <Route key={route.path} path={route.path} component={route.component} />
        )),
        <Route key="fallback" default component={FALLBACKS[view.fallback]} />,
      ]}
    </Router>
  );
}

/**
 * Registers the service worker, its code loaded now rather than with the first bundle. If that load is cut off (the
 * network dropped during a first visit), it is tried again once the browser is back online.
 */
function startServiceWorker(): void {
  import('./sw-registration').then(
    (m) => m.startServiceWorker(),
    () => addEventListener('online', startServiceWorker, { once: true }),
  );
}

/** Start-up work that waits until the first screen is usable, so its downloads never compete with that screen. */
function startAfterFirstScreen(): () => void {
  let stopWatchingTabs: (() => void) | undefined;
  let stopSweep: (() => void) | undefined;
  let gone = false;
  const cancel = afterFirstScreen(() => {
    showAppIcon();
    // After an erase (or a step-aside) nothing may start again: no storage read, no service worker.
    if (storageClosing()) return;
    void openStorage();
    startServiceWorker();
    import('./version-change')
      .then((m) => {
        if (!gone) stopWatchingTabs = m.watchOtherTabs();
      })
      .catch(() => undefined);
    import('../state/share-expiry-sweep')
      .then((m) => {
        if (!gone) stopSweep = m.scheduleExpirySweep();
      })
      .catch(() => undefined);
  });
  return () => {
    gone = true;
    cancel();
    stopWatchingTabs?.();
    stopSweep?.();
  };
}

/**
 * The whole app: header with the help button, navigation, the current route, and the update prompt, as the shell's
 * mode says (state/shell-mode: one table of what each mode shows).
 */
export function App() {
  const toasts = useRef<HTMLDivElement>(null);
  const header = useRef<HTMLElement>(null);
  useEffect(() => (toasts.current ? keepRoomForToasts(toasts.current) : undefined), []);
  // The sticky header covers the top of the page: what scrolls into view stops below it (shell.css, scroll padding).
  useEffect(() => (header.current ? keepHeightAsProperty(header.current, '--header-height') : undefined), []);
  useEffect(() => {
    // The lock hint in localStorage decided the first screen; the lock record has the last word. With the hint on,
    // the lock screen is up and needs the engine now; with it off, the check waits until the first screen is done,
    // so the engine's download never competes with the screen's (a sealed read meanwhile brings the lock screen).
    // (After an erase or a step-aside the storage layer refuses to open, so a late check creates nothing.)
    const checkLock = () => void loadLockState().catch(() => undefined);
    const lockCheck = setTimeout(checkLock, lockStatus.value === 'off' ? LOCK_CHECK_DELAY_MS : 0);
    provideEraseEverything(() => import('./erase-everything').then((m) => m.eraseEverything()));
    const stops = [startAfterFirstScreen(), watchLockChannel()];
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

  const view = shellView.value;
  if (view.page === 'step-aside') return <StepAsideScreen />;
  if (view.page === 'erased') return <ErasedScreen />;

  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header bar={header} />
      <main id="main">
        <AppErrorBoundary>
          <Routes view={view} />
        </AppErrorBoundary>
      </main>
      {view.nav ? <MainNav /> : null}
      <div class="toasts" ref={toasts}>
        {view.conversionToast && lockConversion.value ? (
          // A lazy component suspends while it loads: outside a Router it needs a boundary of its own, or the
          // suspension escapes as "Uncaught [object Promise]" (seen when the lock is turned on).
          <ErrorBoundary>
            <ConversionToast />
          </ErrorBoundary>
        ) : null}
        {updateReady.value ? (
          <ErrorBoundary>
            <UpdatePrompt />
          </ErrorBoundary>
        ) : null}
        {offlineReady.value ? (
          <ErrorBoundary>
            <OfflineReadyNotice />
          </ErrorBoundary>
        ) : null}
      </div>
    </LocationProvider>
  );
}
