import { afterEach, describe, expect, it, vi } from 'vitest';
import { shareOrDownload } from '../../../src/platform/share-file';

// The calendar file goes through the share sheet where the browser takes files (navigator.canShare({ files })),
// and is saved as a download otherwise.

function calendarFile(): File {
  return new File(['BEGIN:VCALENDAR\r\nEND:VCALENDAR\r\n'], 'reminders.ics', { type: 'text/calendar' });
}

function stubShare(canShare: boolean, share: (data: ShareData) => Promise<void>) {
  const spy = vi.fn(share);
  Object.defineProperty(navigator, 'canShare', { configurable: true, value: () => canShare });
  Object.defineProperty(navigator, 'share', { configurable: true, value: spy });
  return spy;
}

/** Counts downloads started by clicking a link with a download name. */
function watchDownloads(): string[] {
  const names: string[] = [];
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    names.push(this.download);
  });
  return names;
}

describe('handing over a file', () => {
  afterEach(() => {
    Reflect.deleteProperty(navigator, 'canShare');
    Reflect.deleteProperty(navigator, 'share');
    vi.restoreAllMocks();
  });

  it('uses the share sheet with the file where the browser can share files', async () => {
    const share = stubShare(true, async () => undefined);
    const downloads = watchDownloads();
    expect(await shareOrDownload(calendarFile(), 'Stillpoint reminders')).toBe('shared');
    expect(share).toHaveBeenCalledTimes(1);
    const data = share.mock.calls[0]?.[0];
    expect(data?.files?.[0]?.name).toBe('reminders.ics');
    expect(data?.title).toBe('Stillpoint reminders');
    expect(downloads).toEqual([]);
  });

  it('saves a download where the share sheet cannot take files', async () => {
    const share = stubShare(false, async () => undefined);
    const downloads = watchDownloads();
    expect(await shareOrDownload(calendarFile(), 'Stillpoint reminders')).toBe('downloaded');
    expect(share).not.toHaveBeenCalled();
    expect(downloads).toEqual(['reminders.ics']);
  });

  it('does nothing more when the person closes the share sheet', async () => {
    stubShare(true, async () => {
      throw new DOMException('Share canceled', 'AbortError');
    });
    const downloads = watchDownloads();
    expect(await shareOrDownload(calendarFile(), 'Stillpoint reminders')).toBe('cancelled');
    expect(downloads).toEqual([]);
  });

  it('falls back to a download when the share sheet refuses the file', async () => {
    stubShare(true, async () => {
      throw new DOMException('Not allowed', 'NotAllowedError');
    });
    const downloads = watchDownloads();
    expect(await shareOrDownload(calendarFile(), 'Stillpoint reminders')).toBe('downloaded');
    expect(downloads).toEqual(['reminders.ics']);
  });
});
