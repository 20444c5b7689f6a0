// Critical path: App is in the first bundle. Keep heavy work in lazy routes.
import { useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { Welcome } from '../features/welcome';
import { erased, provideEraseEverything } from '../state/app-actions';
import { steppedAside } from '../state/app-status';
import { settings, settingsLoaded } from '../state/settings';
import { openStorage, storageTrouble } from '../state/storage-trouble';
import { themeOverride } from '../state/theme-override';
import { AppErrorBoundary } from './AppErrorBoundary';
import { ErasedScreen } from './ErasedScreen';
import { Header } from './Header';
import { MainNav } from './MainNav';
import { NotFound } from './NotFound';
import { OfflineReadyNotice } from './OfflineReadyNotice';
import { ROUTES } from './routes';
import { StepAsideScreen } from './StepAsideScreen';
import { StorageTroubleBanner } from './StorageTroubleBanner';
import { startServiceWorker } from './sw-registration';
import { UpdatePrompt } from './UpdatePrompt';
import { watchOtherTabs } from './version-change';

/** The whole app: header with the help button, navigation, the current route, and the update prompt. */
export function App() {
  useEffect(() => {
    void openStorage();
    provideEraseEverything(() => import('./erase-everything').then((m) => m.eraseEverything()));
    startServiceWorker();
    return watchOtherTabs();
  }, []);
  useSignalEffect(() => {
    document.documentElement.dataset.theme = themeOverride.value ?? settings.value.theme;
  });

  if (steppedAside.value) return <StepAsideScreen />;
  if (erased.value) return <ErasedScreen />;

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
          ) : !settingsLoaded.value ? null : settings.value.firstRunDone ? (
            <Router>
              {[
                ...ROUTES.map((route) => <Route key={route.path} path={route.path} component={route.component} />),
                <Route key="404" default component={NotFound} />,
              ]}
            </Router>
          ) : (
            <Router>{[<Route key="welcome" default component={Welcome} />]}</Router>
          )}
        </AppErrorBoundary>
      </main>
      {settings.value.firstRunDone ? <MainNav /> : null}
      <div class="toasts">
        <UpdatePrompt />
        <OfflineReadyNotice />
      </div>
    </LocationProvider>
  );
}
