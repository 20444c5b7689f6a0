import { cleanup, fireEvent, render } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { DEFAULT_PACK } from '../../../../src/content/default-pack';
import type { ClinicKey, PackSigner, PackTrust } from '../../../../src/domain/pack-trust';
import type { PackChange } from '../../../../src/domain/protocol-pack-diff';
import { PackDiffView } from '../../../../src/features/settings/PackDiffView';

const looser: PackChange = {
  key: 'bp.hold.systolic',
  ruleId: 'blood-pressure',
  kind: 'changed',
  direction: 'looser',
  text: 'Hold when systolic is at or above 160 → 190',
};
const crisis: PackChange = { key: 'crisis.us', ruleId: 'crisis', kind: 'changed', text: '988 Lifeline 988 → 555 0100' };
const tighter: PackChange = { ...looser, direction: 'tighter', text: 'Hold when systolic is at or above 160 → 150' };

const signer: PackSigner = {
  id: 'clinic-abc',
  publicKey: 'A'.repeat(87),
  fingerprint: '7K2M QX9P 3RTV 8WNB ZT4A',
};
const clinic: ClinicKey = {
  ...signer,
  role: 'clinic',
  name: 'Riverside Clinic',
  addedAt: '2026-12-01T10:00:00.000Z',
};

function view(changes: PackChange[], trust: Exclude<PackTrust, { kind: 'look-alike' }> = { kind: 'unsigned' }) {
  const onApply = vi.fn();
  const onCompared = vi.fn();
  const next = { ...DEFAULT_PACK, name: 'Riverside Clinic rules', publisher: 'Riverside Clinic' };
  const screen = render(
    <PackDiffView
      current={DEFAULT_PACK}
      next={next}
      changes={changes}
      trust={trust}
      busy={false}
      onApply={onApply}
      onCancel={() => {}}
      onCompared={onCompared}
    />,
  );
  return { screen, onApply, onCompared };
}

describe('an unverified pack in the review', () => {
  afterEach(cleanup);

  it('is marked not verified', () => {
    const { screen } = view([tighter]);
    expect(screen.getByText('Not verified.')).toBeTruthy();
  });

  it('applies stricter rules with one tap', () => {
    const { screen, onApply } = view([tighter]);
    fireEvent.click(screen.getByRole('button', { name: 'Apply these rules' }));
    expect(onApply).toHaveBeenCalledTimes(1);
  });

  it('cannot loosen a rule without a second confirmation that names each loosened rule', () => {
    const { screen, onApply } = view([looser, crisis, tighter]);
    fireEvent.click(screen.getByRole('button', { name: 'Apply these rules' }));
    expect(onApply).not.toHaveBeenCalled();
    const named = screen.getByTestId('pack-loosened').textContent ?? '';
    expect(named).toContain('160 → 190');
    expect(named).toContain('988 → 555 0100');
    expect(named).not.toContain('160 → 150');
    fireEvent.click(screen.getByRole('button', { name: 'Yes, apply the less safe rules' }));
    expect(onApply).toHaveBeenCalledTimes(1);
  });
});

describe('a signed pack in the review', () => {
  afterEach(cleanup);

  it('signed by a pinned clinic key, says so and loosens a rule with one tap', () => {
    const { screen, onApply } = view([looser, crisis], { kind: 'verified', clinic });
    expect(screen.getByTestId('pack-trust').textContent).toBe('Signed by Riverside Clinic, verified.');
    fireEvent.click(screen.getByRole('button', { name: 'Apply these rules' }));
    expect(onApply).toHaveBeenCalledTimes(1);
    expect(screen.queryByTestId('pack-loosened')).toBeNull();
  });

  it('signed by a key not pinned yet, still needs the second confirmation to loosen a rule', () => {
    const { screen, onApply } = view([looser], { kind: 'unpinned', signer });
    expect(screen.getByTestId('clinic-fingerprint').textContent).toBe(signer.fingerprint);
    fireEvent.click(screen.getByRole('button', { name: 'Apply these rules' }));
    expect(onApply).not.toHaveBeenCalled();
    expect(screen.getByTestId('pack-loosened').textContent).toContain('160 → 190');
  });

  it('offers the last group of the key among the choices, and reports a typed match', () => {
    const { screen, onCompared } = view([looser], { kind: 'unpinned', signer });
    expect(screen.getByRole('radio', { name: 'ZT4A' })).toBeTruthy();
    fireEvent.input(screen.getByLabelText('Or type the last four characters from the papers'), {
      target: { value: 'zt4a' },
    });
    fireEvent.click(screen.getByRole('button', { name: 'Check and pin Riverside Clinic' }));
    expect(onCompared).toHaveBeenCalledWith(signer, true);
  });

  it('reports a picked group that is not the end of the code as no match', () => {
    const { screen, onCompared } = view([looser], { kind: 'unpinned', signer });
    const decoy = screen.getAllByRole('radio').find((radio) => (radio as HTMLInputElement).value !== 'ZT4A');
    if (!decoy) throw new Error('no decoy offered');
    fireEvent.click(decoy);
    fireEvent.click(screen.getByRole('button', { name: 'Check and pin Riverside Clinic' }));
    expect(onCompared).toHaveBeenCalledWith(signer, false);
  });
});
