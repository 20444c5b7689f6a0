// The shell's mode: the one fact that decides what the whole app shows, computed from the signals that feed it
// (storage letting go, storage trouble, the lock, the first run). App renders from this and nothing else.
import { computed, signal } from '@preact/signals';
import { onStorageClosing, type StorageClosing } from '../storage/closing';
import { lockStatus } from './app-lock';
import { settings } from './settings';
import { storageTrouble } from './storage-trouble';

/** Every mode the shell can be in, most overriding first. */
export type ShellMode = 'stepped-aside' | 'erased' | 'storage-trouble' | 'locked' | 'first-run' | 'open';

/** What the shell shows in one mode. App maps the names to components. */
export interface ShellView {
  /** A whole-page screen instead of the shell (header, routes, navigation), or none. */
  page: 'step-aside' | 'erased' | null;
  /** Which routes are open, or 'banner' for the storage trouble banner in their place. */
  routes: 'all' | 'while-locked' | 'first-run' | 'banner';
  /** What any other path shows. */
  fallback: 'not-found' | 'lock' | 'welcome' | null;
  /**
   * The Router's key: a change of key remounts every screen (locking must unmount every screen that read sealed
   * data). The first run and the open app share one, so a restore on /settings/backup stays mounted to say it is done.
   */
  routerKey: 'open' | 'locked' | null;
  /** Whether the main navigation shows. */
  nav: boolean;
  /** Whether the lock conversion's progress toast may show. */
  conversionToast: boolean;
}

/** The table: what each mode shows. */
export const SHELL_VIEWS: Readonly<Record<ShellMode, ShellView>> = {
  'stepped-aside': {
    page: 'step-aside',
    routes: 'banner',
    fallback: null,
    routerKey: null,
    nav: false,
    conversionToast: false,
  },
  erased: { page: 'erased', routes: 'banner', fallback: null, routerKey: null, nav: false, conversionToast: false },
  'storage-trouble': {
    page: null,
    routes: 'banner',
    fallback: null,
    routerKey: null,
    nav: false,
    conversionToast: false,
  },
  locked: {
    page: null,
    routes: 'while-locked',
    fallback: 'lock',
    routerKey: 'locked',
    nav: false,
    conversionToast: false,
  },
  'first-run': {
    page: null,
    routes: 'first-run',
    fallback: 'welcome',
    routerKey: 'open',
    nav: false,
    conversionToast: false,
  },
  open: { page: null, routes: 'all', fallback: 'not-found', routerKey: 'open', nav: true, conversionToast: true },
};

// A mirror of the storage layer's record (storage/closing), written only by its listener: the fact lives there.
const closing = signal<StorageClosing | undefined>(undefined);
onStorageClosing((state) => {
  closing.value = state;
});

/**
 * The shell's mode. The first run shows at once when the start-up hint says so (or there is no hint: a first visit),
 * without waiting for the settings to be read; if storage then says the first run was done, the mode follows.
 */
export const shellMode = computed<ShellMode>(() =>
  shellModeOf({
    closing: closing.value,
    storageTrouble: Boolean(storageTrouble.value),
    locked: lockStatus.value === 'locked',
    firstRunDone: settings.value.firstRunDone,
  }),
);

/** What decides the shell's mode, each from its one owner. */
export interface ShellInputs {
  closing: StorageClosing | undefined;
  storageTrouble: boolean;
  locked: boolean;
  firstRunDone: boolean;
}

/** The mode for these inputs: what overrides what (a pure rule, so it can be tested on its own). */
export function shellModeOf(inputs: ShellInputs): ShellMode {
  if (inputs.closing === 'stepped-aside') return 'stepped-aside';
  if (inputs.closing === 'erased') return 'erased';
  if (inputs.storageTrouble) return 'storage-trouble';
  if (inputs.locked) return 'locked';
  return inputs.firstRunDone ? 'open' : 'first-run';
}

/** What the shell shows now. */
export const shellView = computed<ShellView>(() => SHELL_VIEWS[shellMode.value]);
