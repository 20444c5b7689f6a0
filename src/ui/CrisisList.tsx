import { smsHref, telHref } from '../lib/phone-links';

/** One crisis line, as the list shows it. */
export interface CrisisLine {
  id: string;
  name: string;
  number: string;
  channels: readonly ('call' | 'text')[];
  textBody?: string | undefined;
  when: string;
}

/** Crisis numbers with large call and text buttons. Works offline: tel: and sms: links need no network. */
export function CrisisList({ lines, headingLevel = 2 }: { lines: readonly CrisisLine[]; headingLevel?: 2 | 3 }) {
  const Heading = headingLevel === 2 ? 'h2' : 'h3';
  return (
    <ul class="list-plain crisis-list">
      {lines.map((line) => (
        <li key={line.id} class="card">
          <Heading>{line.name}</Heading>
          <p>{line.when}</p>
          <div class="btn-row">
            {line.channels.includes('call') ? (
              <a class="btn btn--danger" href={telHref(line.number)}>
                Call {line.number}
              </a>
            ) : null}
            {line.channels.includes('text') ? (
              <a class="btn btn--secondary" href={smsHref(line.number, line.textBody)}>
                Text {line.textBody ? `${line.textBody} to ` : ''}
                {line.number}
              </a>
            ) : null}
          </div>
        </li>
      ))}
    </ul>
  );
}
