import { useEffect, useState } from 'preact/hooks';
import { formatDuration, type VoiceNote } from '../../domain/journal-voice-note';
import { audioUrl, revokeAudioUrl } from '../../platform/media-recorder';

/** Plays one voice note from a blob: URL, freed when the player goes away. */
export function VoiceNotePlayer({ note, label }: { note: VoiceNote; label: string }) {
  const [url, setUrl] = useState<string | null>(null);
  useEffect(() => {
    const made = audioUrl(note.audio, note.mimeType);
    setUrl(made);
    return () => revokeAudioUrl(made);
  }, [note]);
  return (
    <figure class="voice-note">
      <figcaption>
        {label} <span class="muted">({formatDuration(note.durationMs)})</span>
      </figcaption>
      {/* biome-ignore lint/a11y/useMediaCaption: a person's own voice note; there is no caption track to offer. */}
      {url ? <audio controls preload="metadata" src={url} aria-label={label} /> : null}
    </figure>
  );
}
