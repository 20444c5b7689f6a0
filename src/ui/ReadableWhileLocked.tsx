/** The plain list of what the app lock leaves readable, shown before it is turned on. */
export function ReadableWhileLocked({ lines, headingId }: { lines: readonly string[]; headingId: string }) {
  return (
    <section class="card" aria-labelledby={headingId}>
      <h2 id={headingId}>What stays readable while Stillpoint is locked</h2>
      <p>Anyone holding this device can see these, so crisis help never waits for a passphrase:</p>
      <ul>
        {lines.map((line) => (
          <li key={line}>{line}</li>
        ))}
      </ul>
      <p>
        Everything else is encrypted: your journal and voice notes, readings, questionnaire answers, plans, care plan,
        coaches and patients, and what was shared.
      </p>
    </section>
  );
}
