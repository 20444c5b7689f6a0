// A thin adapter over MediaRecorder: records audio on the device and hands back the bytes. Nothing is sent anywhere.
// Engines differ: iPhone records only audio/mp4, Chromium and Firefox Opus in WebM or Ogg, and some engines (WebKitGTK)
// have a MediaRecorder whose start() throws. Whatever fails, the microphone is let go.

/** A finished recording: the bytes and the container type they are in. */
export interface Recording {
  audio: ArrayBuffer;
  mimeType: string;
  durationMs: number;
}

/** A recording in progress. */
export interface ActiveRecording {
  /** Stops and resolves with the recorded audio. */
  stop(): Promise<Recording>;
  /** Stops and throws the audio away. */
  cancel(): void;
}

/** Why a recording could not start: this browser cannot record, or the microphone was refused or is missing. */
export type RecordingFailure = 'unsupported' | 'not-allowed' | 'no-microphone' | 'microphone';

/** Thrown by beginRecording; the microphone has already been released. */
export class RecordingError extends Error {
  /** Why it failed. */
  readonly failure: RecordingFailure;
  constructor(failure: RecordingFailure) {
    super(`Recording could not start: ${failure}`);
    this.failure = failure;
  }
}

/** The containers tried, in order: Opus in WebM (Chromium, Firefox), MP4 (iPhone, Safari), Opus in Ogg (Firefox). */
export const RECORDING_TYPES = ['audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus'] as const;

/** The first container the engine says it can record, or undefined (then the engine picks its own). */
export function chooseRecordingType(isTypeSupported: (type: string) => boolean): string | undefined {
  return RECORDING_TYPES.find((type) => {
    try {
      return isTypeSupported(type);
    } catch {
      return false;
    }
  });
}

/** True when this browser has the pieces to record audio at all (it may still fail to start). */
export function canRecordAudio(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

function releaseStream(stream: MediaStream): void {
  for (const track of stream.getTracks()) track.stop();
}

function microphoneFailure(error: unknown): RecordingFailure {
  const name = error instanceof DOMException || error instanceof Error ? error.name : '';
  if (name === 'NotAllowedError' || name === 'SecurityError') return 'not-allowed';
  if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'no-microphone';
  if (name === 'NotSupportedError' || name === 'TypeError') return 'unsupported';
  return 'microphone';
}

/**
 * Asks for the microphone (the browser shows its own prompt) and starts recording it. Rejects with RecordingError;
 * the microphone is released on every failure, including a recorder that throws on start().
 */
export async function beginRecording(): Promise<ActiveRecording> {
  if (!canRecordAudio()) throw new RecordingError('unsupported');
  let stream: MediaStream;
  try {
    stream = await navigator.mediaDevices.getUserMedia({ audio: true, video: false });
  } catch (error) {
    throw new RecordingError(microphoneFailure(error));
  }
  try {
    return startRecording(stream);
  } catch {
    // The microphone worked, so the recorder is what failed: this browser cannot record.
    throw new RecordingError('unsupported');
  }
}

/**
 * Starts recording a stream. The stream's tracks are stopped when the recording ends or fails, so the microphone
 * light goes off; `keepStream` leaves them running after a successful recording (tests feeding a synthetic stream).
 */
export function startRecording(stream: MediaStream, options: { keepStream?: boolean } = {}): ActiveRecording {
  const mimeType =
    typeof MediaRecorder.isTypeSupported === 'function'
      ? chooseRecordingType((type) => MediaRecorder.isTypeSupported(type))
      : undefined;
  let recorder: MediaRecorder;
  try {
    recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
    // A timeslice makes the recorder hand over data every second, so a long note is not held in one buffer.
    recorder.start(1000);
  } catch (error) {
    releaseStream(stream);
    throw error;
  }
  const chunks: Blob[] = [];
  const startedAt = performance.now();
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const release = () => {
    if (!options.keepStream) releaseStream(stream);
  };
  // A recorder that fails mid-way (the device went away) must not leave the microphone on.
  recorder.addEventListener('error', () => releaseStream(stream), { once: true });
  return {
    stop() {
      return new Promise<Recording>((resolve, reject) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            const type = recorder.mimeType || mimeType || chunks[0]?.type || 'audio/webm';
            new Blob(chunks, { type })
              .arrayBuffer()
              .then((audio) => resolve({ audio, mimeType: type, durationMs: performance.now() - startedAt }))
              .catch(reject);
          },
          { once: true },
        );
        recorder.addEventListener('error', () => reject(new Error('The recording failed.')), { once: true });
        if (recorder.state === 'inactive') {
          releaseStream(stream);
          reject(new Error('The recording had already stopped.'));
        } else {
          try {
            recorder.stop();
          } catch (error) {
            releaseStream(stream);
            reject(error);
          }
        }
      });
    },
    cancel() {
      try {
        if (recorder.state !== 'inactive') recorder.stop();
      } finally {
        release();
      }
    },
  };
}

/** Makes a playable URL for recorded audio; the caller must revoke it (revokeAudioUrl) when done. */
export function audioUrl(audio: ArrayBuffer, mimeType: string): string {
  return URL.createObjectURL(new Blob([audio], { type: mimeType }));
}

/** Frees a URL made by audioUrl. */
export function revokeAudioUrl(url: string): void {
  URL.revokeObjectURL(url);
}
