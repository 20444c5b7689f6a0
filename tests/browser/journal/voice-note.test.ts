import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { audioUrl, revokeAudioUrl, startRecording } from '../../../src/platform/media-recorder';
import { closeDb, deleteDb } from '../../../src/storage/db';
import { listVoiceNotesForEntry, saveVoiceNote } from '../../../src/storage/voice-notes-store';

/** A synthetic microphone: a tone from an oscillator, as a MediaStream. */
async function makeToneStream(): Promise<{ stream: MediaStream; close(): Promise<void> }> {
  // A real click gives the page user activation, which Chromium needs before an AudioContext will run.
  const button = document.createElement('button');
  button.textContent = 'Start tone';
  document.body.append(button);
  await userEvent.click(button);
  button.remove();
  const context = new AudioContext();
  await context.resume();
  const oscillator = new OscillatorNode(context, { frequency: 440 });
  const destination = new MediaStreamAudioDestinationNode(context);
  oscillator.connect(destination);
  oscillator.start();
  return {
    stream: destination.stream,
    async close() {
      oscillator.stop();
      await context.close();
    },
  };
}

const wait = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Resolves once an audio element has read the recording's metadata. */
function loadMetadata(src: string): Promise<HTMLAudioElement> {
  return new Promise((resolve, reject) => {
    const audio = document.createElement('audio');
    audio.preload = 'metadata';
    audio.addEventListener('loadedmetadata', () => resolve(audio), { once: true });
    audio.addEventListener('error', () => reject(new Error('audio could not load')), { once: true });
    audio.src = src;
    document.body.append(audio);
  });
}

describe('voice notes in a real browser', () => {
  let tone: Awaited<ReturnType<typeof makeToneStream>> | undefined;
  beforeEach(async () => {
    await closeDb();
    await deleteDb();
  });
  afterEach(async () => {
    await tone?.close();
    for (const audio of document.querySelectorAll('audio')) audio.remove();
  });

  it('records audio from a stream, stores it, and plays it back from a blob: URL', async () => {
    tone = await makeToneStream();
    const recording = startRecording(tone.stream, { keepStream: true });
    await wait(1200);
    const made = await recording.stop();
    expect(made.audio.byteLength).toBeGreaterThan(0);
    expect(made.mimeType).toMatch(/^audio\//);
    expect(made.durationMs).toBeGreaterThan(0);

    await saveVoiceNote({ id: 'v1', createdAt: new Date().toISOString(), entryId: 'e1', ...made });
    const [stored] = await listVoiceNotesForEntry('e1');
    if (!stored) throw new Error('the voice note was not stored');
    expect(stored.audio.byteLength).toBe(made.audio.byteLength);

    const url = audioUrl(stored.audio, stored.mimeType);
    expect(url).toMatch(/^blob:/);
    const audio = await loadMetadata(url);
    expect(audio.readyState).toBeGreaterThanOrEqual(HTMLMediaElement.HAVE_METADATA);
    revokeAudioUrl(url);
  });

  it('throws the audio away when a recording is cancelled', async () => {
    tone = await makeToneStream();
    const recording = startRecording(tone.stream, { keepStream: true });
    recording.cancel();
    await expect(recording.stop()).rejects.toThrow();
  });
});
