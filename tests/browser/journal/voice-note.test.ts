import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { userEvent } from 'vitest/browser';
import { audioUrl, revokeAudioUrl, startRecording } from '../../../src/platform/media-recorder';
import { closeDb, deleteDb, getDb } from '../../../src/storage/db';
import { STORES } from '../../../src/storage/schema';
import { listVoiceNotesForEntry, loadVoiceNote, saveVoiceNote } from '../../../src/storage/voice-notes-store';

/** A synthetic microphone: a tone from an oscillator, as a MediaStream. */
async function makeToneStream(): Promise<{ stream: MediaStream; playedSeconds(): number; close(): Promise<void> }> {
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
    playedSeconds: () => context.currentTime,
    async close() {
      oscillator.stop();
      await context.close();
    },
  };
}

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
    tone = undefined;
    for (const audio of document.querySelectorAll('audio')) audio.remove();
  });

  it('records audio from a stream, stores it, and plays it back from a blob: URL', async () => {
    tone = await makeToneStream();
    const recording = startRecording(tone.stream, { keepStream: true });
    // A second of sound has gone into the recorder (on the audio clock, which stalls if no audio flows).
    const from = tone.playedSeconds();
    await vi.waitFor(() => expect(tone?.playedSeconds()).toBeGreaterThan(from + 1), { timeout: 5000 });
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

  it('keeps the audio as bytes plus its type, and reads back the very same bytes', async () => {
    const bytes = new Uint8Array([0, 1, 2, 250, 251, 252, 255]);
    await saveVoiceNote({
      id: 'v2',
      createdAt: '2026-12-01T10:00:00.000Z',
      audio: bytes.slice().buffer,
      mimeType: 'audio/mp4',
      durationMs: 1500,
    });
    const raw = (await (await getDb()).get(STORES.voiceNotes, 'v2')) as { audio: unknown };
    expect(raw.audio).toBeInstanceOf(ArrayBuffer);
    expect(raw.audio).not.toBeInstanceOf(Blob);
    const back = await loadVoiceNote('v2');
    expect(back?.mimeType).toBe('audio/mp4');
    expect([...new Uint8Array(back?.audio ?? new ArrayBuffer(0))]).toEqual([...bytes]);
  });

  it('reads a note stored as a Blob, gives its bytes and type, and writes it back as bytes', async () => {
    const bytes = new Uint8Array([9, 8, 7, 6, 5]);
    const db = await getDb();
    await db.put(STORES.voiceNotes, {
      id: 'old',
      createdAt: '2026-11-01T10:00:00.000Z',
      entryId: 'e9',
      audio: new Blob([bytes], { type: 'audio/webm;codecs=opus' }),
      durationMs: 800,
    });
    const [note] = await listVoiceNotesForEntry('e9');
    expect(note?.mimeType).toBe('audio/webm;codecs=opus');
    expect(note?.audio).toBeInstanceOf(ArrayBuffer);
    expect([...new Uint8Array(note?.audio ?? new ArrayBuffer(0))]).toEqual([...bytes]);
    const raw = (await db.get(STORES.voiceNotes, 'old')) as { audio: unknown; mimeType: unknown; entryId: unknown };
    expect(raw.audio).toBeInstanceOf(ArrayBuffer);
    expect(raw.mimeType).toBe('audio/webm;codecs=opus');
    expect(raw.entryId).toBe('e9');
  });
});
