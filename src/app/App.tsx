// Critical path: App is in the first bundle. Keep heavy work in lazy routes.
import { useSignalEffect } from '@preact/signals';
import { useEffect } from 'preact/hooks';
import { LocationProvider, Route, Router } from 'preact-iso';
import { Welcome } from '../features/welcome';
import { steppedAside } from '../state/app-status';
import { initSettings, settings, settingsLoaded } from '../state/settings';
import { AppErrorBoundary } from './AppErrorBoundary';
import { Header } from './Header';
import { MainNav } from './MainNav';
import { NotFound } from './NotFound';
import { OfflineReadyNotice } from './OfflineReadyNotice';
import { ROUTES } from './routes';
import { StepAsideScreen } from './StepAsideScreen';
import { startServiceWorker } from './sw-registration';
import { UpdatePrompt } from './UpdatePrompt';
import { watchOtherTabs } from './version-change';

/** The whole app: header with the help button, navigation, the current route, and the update prompt. */
export function App() {
  useEffect(() => {
    void initSettings();
    startServiceWorker();
    return watchOtherTabs();
  }, []);
  useSignalEffect(() => {
    document.documentElement.dataset.theme = settings.value.theme;
  });

  if (steppedAside.value) return <StepAsideScreen />;

  return (
    <LocationProvider>
      <a class="skip-link" href="#main">
        Skip to content
      </a>
      <Header />
      <main id="main">
        <AppErrorBoundary>
          {!settingsLoaded.value ? null : settings.value.firstRunDone ? (
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
