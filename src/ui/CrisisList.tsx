import { smsHref, telHref } from '../lib/phone-links';

/** One crisis line, as the list shows it. */
export interface CrisisLine {
  id: string;
  name: string;
  number: string;
  /** The number as people there write it ("116 123"); the dialled number when absent. */
  shown?: string | undefined;
  channels: readonly ('call' | 'text')[];
  textBody?: string | undefined;
  when: string;
}

/** Crisis numbers with large call and text buttons. Works offline: tel: and sms: links need no network. */
export function CrisisList({
  lines,
  label,
  headingLevel = 2,
}: {
  lines: readonly CrisisLine[];
  /** Whose numbers these are ("United Kingdom numbers"): every list says so, since numbers differ by country. */
  label: string;
  headingLevel?: 2 | 3;
}) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <>
      <p class="crisis-label">{label}</p>
      <ul class="list-plain crisis-list">
        {lines.map((line) => (
          <li key={line.id} class="card">
            <Heading>{line.name}</Heading>
            <p>{line.when}</p>
            <div class="btn-row">
              {line.channels.includes('call') ? (
                <a class="btn btn--danger" href={telHref(line.number)}>
                  Call {line.shown ?? line.number}
                </a>
              ) : null}
              {line.channels.includes('text') ? (
                <a class="btn btn--secondary" href={smsHref(line.number, line.textBody)}>
                  Text {line.textBody ? `${line.textBody} to ` : ''}
                  {line.shown ?? line.number}
                </a>
              ) : null}
            </div>
          </li>
        ))}
      </ul>
    </>
  );
}
