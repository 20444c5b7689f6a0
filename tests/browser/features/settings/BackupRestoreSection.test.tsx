import { cleanup, fireEvent, render, waitFor } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { BackupRestoreSection } from '../../../../src/features/settings/BackupRestoreSection';

/** A file that says it is this large, and notes whether anyone tried to read it. */
function makeHugeFile(bytes: number): { file: File; wasRead: () => boolean } {
  let read = false;
  const file = new File(['{}'], 'huge-backup.json', { type: 'application/json' });
  Object.defineProperty(file, 'size', { value: bytes });
  file.arrayBuffer = () => {
    read = true;
    return Promise.resolve(new ArrayBuffer(0));
  };
  return { file, wasRead: () => read };
}

describe('choosing a backup file', () => {
  afterEach(cleanup);

  it('refuses a file over 200 MiB before reading it, and says how large it is', async () => {
    const view = render(<BackupRestoreSection />);
    const input = view.getByLabelText('Choose a backup file') as HTMLInputElement;
    const huge = makeHugeFile(250 * 1024 * 1024);
    Object.defineProperty(input, 'files', { value: [huge.file] });
    fireEvent.change(input);
    await waitFor(() => expect(view.getByRole('alert').textContent).toMatch(/This file is 262 MB\. .* at most 210 MB/));
    expect(huge.wasRead()).toBe(false);
  });
});
