// A thin adapter over MediaRecorder: records audio on the device and hands back the bytes. Nothing is sent anywhere.

/** A finished recording. */
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

// Preferred containers, most widely playable first; the browser picks its own when none is supported.
const MIME_TYPES = ['audio/webm;codecs=opus', 'audio/webm', 'audio/mp4', 'audio/ogg;codecs=opus'];

/** True when this browser can record audio at all. */
export function canRecordAudio(): boolean {
  return typeof MediaRecorder !== 'undefined' && typeof navigator.mediaDevices?.getUserMedia === 'function';
}

/** Asks for the microphone (the browser shows its own permission prompt). */
export function openMicrophone(): Promise<MediaStream> {
  return navigator.mediaDevices.getUserMedia({ audio: true, video: false });
}

function pickMimeType(): string | undefined {
  return MIME_TYPES.find((type) => MediaRecorder.isTypeSupported(type));
}

/**
 * Starts recording a stream. The stream's tracks are stopped when the recording ends, so the microphone light
 * goes off; pass `keepStream` to leave them running (tests feeding a synthetic stream).
 */
export function startRecording(stream: MediaStream, options: { keepStream?: boolean } = {}): ActiveRecording {
  const mimeType = pickMimeType();
  const recorder = new MediaRecorder(stream, mimeType ? { mimeType } : undefined);
  const chunks: Blob[] = [];
  const startedAt = performance.now();
  recorder.addEventListener('dataavailable', (event) => {
    if (event.data.size > 0) chunks.push(event.data);
  });
  const release = () => {
    if (!options.keepStream) for (const track of stream.getTracks()) track.stop();
  };
  // A timeslice makes the recorder hand over data every second, so a long note is not held in one buffer.
  recorder.start(1000);
  return {
    stop() {
      return new Promise<Recording>((resolve, reject) => {
        recorder.addEventListener(
          'stop',
          () => {
            release();
            const type = recorder.mimeType || mimeType || 'audio/webm';
            const blob = new Blob(chunks, { type });
            blob
              .arrayBuffer()
              .then((audio) => resolve({ audio, mimeType: type, durationMs: performance.now() - startedAt }))
              .catch(reject);
          },
          { once: true },
        );
        recorder.addEventListener('error', () => reject(new Error('The recording failed.')), { once: true });
        if (recorder.state === 'inactive') reject(new Error('The recording had already stopped.'));
        else recorder.stop();
      });
    },
    cancel() {
      if (recorder.state !== 'inactive') recorder.stop();
      release();
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
