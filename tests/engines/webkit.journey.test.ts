// The main journeys in WebKitGTK (MiniBrowser under Xvfb, WebKitWebDriver): the engine of Safari on iPhone.
import { describe } from 'vitest';
import { mainJourneys } from './journey-suite';
import { launchWebKit } from './webkit-engine';

describe('WebKitGTK', () => mainJourneys(launchWebKit));
