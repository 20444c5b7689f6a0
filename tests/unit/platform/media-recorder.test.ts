import { describe, expect, it } from 'vitest';
import { chooseRecordingType } from '../../../src/platform/media-recorder';

/** An engine's isTypeSupported that knows only the given types. */
function engineSupporting(...types: string[]): (type: string) => boolean {
  return (type) => types.includes(type);
}

describe('choosing the recording type from what the engine supports', () => {
  it('records Opus in WebM where the engine has it (Chromium, Firefox)', () => {
    expect(chooseRecordingType(engineSupporting('audio/webm;codecs=opus', 'audio/mp4', 'audio/ogg;codecs=opus'))).toBe(
      'audio/webm;codecs=opus',
    );
  });

  it('records MP4 on an iPhone, whose recorder knows no WebM', () => {
    expect(chooseRecordingType(engineSupporting('audio/mp4'))).toBe('audio/mp4');
  });

  it('records Opus in Ogg where that is all there is', () => {
    expect(chooseRecordingType(engineSupporting('audio/ogg;codecs=opus'))).toBe('audio/ogg;codecs=opus');
  });

  it('leaves the choice to the engine when it supports none of them', () => {
    expect(chooseRecordingType(engineSupporting('audio/x-unknown'))).toBeUndefined();
  });

  it('treats a type check that throws as unsupported', () => {
    const throwsOnWebm = (type: string) => {
      if (type.startsWith('audio/webm')) throw new Error('no');
      return type === 'audio/mp4';
    };
    expect(chooseRecordingType(throwsOnWebm)).toBe('audio/mp4');
  });
});
