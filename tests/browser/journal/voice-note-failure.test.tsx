import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { VoiceNotes } from '../../../src/features/journal/VoiceNotes';
import { closeDb, deleteDb } from '../../../src/storage/db';

// Engines whose recorder fails (WebKitGTK throws NotSupportedError from start()) or who refuse the microphone: the
// person is told plainly, offered writing, and the microphone goes off.

/** A fake microphone: one track whose stop() is watched. */
function fakeMicrophone() {
  const track = { kind: 'audio', stop: vi.fn() };
  const stream = { getTracks: () => [track], getAudioTracks: () => [track] } as unknown as MediaStream;
  return { track, stream };
}

/** Installs a fake MediaRecorder that supports only `supported` and whose start() may throw. */
function installRecorder(options: { supported: string[]; startThrows?: boolean }) {
  const made: { mimeType?: string }[] = [];
  class FakeRecorder extends EventTarget {
    static isTypeSupported(type: string): boolean {
      return options.supported.includes(type);
    }
    state: RecordingState = 'inactive';
    mimeType: string;
    constructor(_stream: MediaStream, init?: MediaRecorderOptions) {
      super();
      this.mimeType = init?.mimeType ?? '';
      made.push({ mimeType: init?.mimeType });
    }
    start(): void {
      if (options.startThrows) throw new DOMException('The operation is not supported.', 'NotSupportedError');
      this.state = 'recording';
    }
    stop(): void {
      this.state = 'inactive';
      this.dispatchEvent(new Event('stop'));
    }
  }
  vi.stubGlobal('MediaRecorder', FakeRecorder);
  return made;
}

function installGetUserMedia(impl: () => Promise<MediaStream>) {
  const getUserMedia = vi.fn(impl);
  vi.spyOn(navigator, 'mediaDevices', 'get').mockReturnValue({ getUserMedia } as unknown as MediaDevices);
  return getUserMedia;
}

function renderNotes() {
  return render(<VoiceNotes ids={[]} onChange={() => undefined} />);
}

describe('a voice note that cannot be recorded', () => {
  beforeEach(async () => {
    await closeDb();
    await deleteDb();
  });
  afterEach(() => {
    cleanup();
    vi.unstubAllGlobals();
    vi.restoreAllMocks();
  });

  it('says this browser cannot record, offers writing, and stops the microphone when start() throws', async () => {
    installRecorder({ supported: ['audio/webm;codecs=opus'], startThrows: true });
    const mic = fakeMicrophone();
    installGetUserMedia(async () => mic.stream);
    const view = renderNotes();
    fireEvent.click(view.getByRole('button', { name: 'Record a voice note' }));
    await view.findByText('This browser cannot record voice notes. You can write your note instead.');
    expect(view.queryByText(/microphone is not available/)).toBeNull();
    expect(mic.track.stop).toHaveBeenCalled();
    expect(view.queryByRole('button', { name: 'Record a voice note' })).toBeNull();
  });

  it('says the microphone was not allowed when the person refused it, and offers writing', async () => {
    installRecorder({ supported: ['audio/mp4'] });
    installGetUserMedia(async () => {
      throw new DOMException('Permission denied', 'NotAllowedError');
    });
    const view = renderNotes();
    fireEvent.click(view.getByRole('button', { name: 'Record a voice note' }));
    const alert = await view.findByRole('alert');
    expect(alert.textContent).toMatch(/not allowed to use the microphone.*or write instead/);
    expect(view.getByRole('button', { name: 'Record a voice note' })).toBeTruthy();
  });

  it('records MP4 where that is the only type the engine supports, as on an iPhone', async () => {
    const made = installRecorder({ supported: ['audio/mp4'] });
    const mic = fakeMicrophone();
    installGetUserMedia(async () => mic.stream);
    const view = renderNotes();
    fireEvent.click(view.getByRole('button', { name: 'Record a voice note' }));
    await view.findByRole('button', { name: 'Stop and keep' });
    expect(made).toEqual([{ mimeType: 'audio/mp4' }]);
    expect(mic.track.stop).not.toHaveBeenCalled();
  });

  it('says so at once where the browser has no recorder at all', () => {
    vi.stubGlobal('MediaRecorder', undefined);
    const view = renderNotes();
    expect(view.getByText('This browser cannot record voice notes. You can write your note instead.')).toBeTruthy();
  });
});
